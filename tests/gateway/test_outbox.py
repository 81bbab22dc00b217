"""Texting Waymark on one machine without a Twilio account: replies go to files under var/outbox/,
with the same rules as Twilio (opt-outs, WhatsApp's window), and never with the number in a file name."""

import stat

from bot.residents.records import create_schema
from bot.gateway import wording
from bot.residents.pseudonyms import pseudonym
from bot.gateway.state import GATEWAY
from bot.residents.contacts import Store
from bot.db import make_engine
from bot.gateway.notifier import build_outbound
from bot.settings import ROOT, Settings

from .conftest import PSEUDONYM_KEY, send_inbound

PHONE = "+447700900123"
SMS_ID = pseudonym(PSEUDONYM_KEY, "sms", PHONE)
WA_ID = pseudonym(PSEUDONYM_KEY, "whatsapp", PHONE)


def outbox(settings):
    directory = settings.var_dir / "outbox"
    return sorted(directory.iterdir()) if directory.exists() else []


async def test_without_a_twilio_account_replies_go_to_private_outbox_files(make_client, settings, fake_twilio):
    # The auth token stays: it is what a local sender signs inbound webhooks with.
    client = await make_client(twilio_account_sid=None)
    await send_inbound(client, PHONE, "hello there")
    (path,) = outbox(settings)
    text = path.read_text()
    assert text.endswith("\n\nYou said: hello there\n")
    assert f"To: {SMS_ID} (SMS, number ending 123)" in text
    assert SMS_ID in path.name and "7700900" not in path.name and "7700900" not in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) & 0o077 == 0
    assert fake_twilio.sent == []


async def test_outbox_keeps_twilios_rules_for_opted_out_residents(make_client, settings):
    client = await make_client(twilio_account_sid=None)
    await send_inbound(client, "whatsapp:" + PHONE, "STOP")
    await send_inbound(client, "whatsapp:" + PHONE, "hello")
    (confirmation,) = outbox(settings)  # the one-time STOP confirmation, nothing after it
    assert confirmation.read_text().endswith(wording.OPTED_OUT + "\n")
    result = await client.app[GATEWAY].twilio.notify(WA_ID, "A course starts soon")
    assert result.status == "opted_out" and len(outbox(settings)) == 1


async def test_with_the_outbox_off_nothing_is_sent_and_the_caller_is_told(make_client, settings):
    client = await make_client(twilio_account_sid=None, sms_outbox=False)
    await send_inbound(client, PHONE, "hello")
    result = await client.app[GATEWAY].twilio.notify(SMS_ID, "A course starts soon")
    assert result.status == "unconfigured" and outbox(settings) == []


async def test_twilio_configured_never_writes_to_the_outbox(client, settings, fake_twilio):
    await send_inbound(client, PHONE, "hello")
    assert fake_twilio.bodies() == ["You said: hello"] and outbox(settings) == []


async def test_notifications_from_other_processes_use_the_same_outbox(settings):
    local = Settings.from_env({"WAYMARK_VAR_DIR": str(settings.var_dir), "WAYMARK_DATABASE_URL": settings.database_url,
                               "WAYMARK_PSEUDONYM_KEY": PSEUDONYM_KEY}, root=ROOT)
    engine = make_engine(local.database_url)
    store = Store(engine)
    create_schema(store.engine)
    store.touch_contact(SMS_ID, "sms", PHONE)
    engine.dispose()
    outbound = build_outbound(local)
    try:
        result = await outbound.deliver(SMS_ID, "Your course has places again")
    finally:
        await outbound.aclose()
    assert result.status == "sent"
    (path,) = outbox(local)
    assert path.read_text().endswith("\n\nYour course has places again\n")


def test_the_outbox_is_on_for_the_embedded_profile_only_unless_asked():
    def outbox_for(**env):
        return Settings.from_env({"WAYMARK_VAR_DIR": "/tmp/waymark-var", **env}, root=ROOT).sms_outbox

    assert outbox_for() is True  # SQLite: `make run`
    assert outbox_for(WAYMARK_DATABASE_URL="postgresql://waymark@127.0.0.1/waymark") is False
    assert outbox_for(WAYMARK_SMS_OUTBOX="0") is False
    assert outbox_for(WAYMARK_DATABASE_URL="postgresql://waymark@127.0.0.1/waymark", WAYMARK_SMS_OUTBOX="1") is True
