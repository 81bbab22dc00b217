"""Notify me: each subscriber told once when a reload opens a pathway, by their channel, logged."""

from typing import List

import pytest
from aiohttp import web
from sqlalchemy import select

from bot import journeys, notify
from bot.gateway.store import Store
from bot.records import notify_log, notify_subscriptions
from bot.settings import Settings
from bot.store import load

from tests.bot.issue5_fixtures import catalogue_with, engine, factory, session  # noqa: F401 - fixtures

CODHER = "black-codher-bootcamp-birmingham"
WEB = "web-" + "a" * 32
SMS = "sms-" + "b" * 32
WA = "wa-" + "c" * 32
PATHWAY = {"id": CODHER, "title": "Black Codher Bootcamp", "kind": "bootcamp"}


class Outbox:
    def __init__(self, result: str = "sent") -> None:
        self.sent: List[tuple] = []
        self.result = result

    def __call__(self, sender_id, text, *, template, variables):
        self.sent.append((sender_id, text, template, variables))
        return self.result


def test_subscribing_needs_a_phone_channel(session):
    with pytest.raises(notify.NotReachable):
        notify.subscribe(session, sender_id=WEB, pathway=PATHWAY)
    journeys.link(session, SMS, WEB, "sms")
    sub = notify.subscribe(session, sender_id=WEB, pathway=PATHWAY)
    assert (sub.sender_id, sub.channel, sub.status) == (SMS, "sms", "open")
    assert notify.subscribe(session, sender_id=SMS, pathway=PATHWAY).id == sub.id  # no duplicate


def test_two_reloads_send_one_message_per_subscriber(session):
    notify.subscribe(session, sender_id=SMS, pathway=PATHWAY)
    notify.subscribe(session, sender_id=WA, pathway=PATHWAY)
    waitlisted = catalogue_with({})
    opened = catalogue_with({CODHER: "open"})
    outbox = Outbox()
    assert notify.notify_opened(session, waitlisted, waitlisted, outbox) == []  # nothing opened
    assert notify.notify_opened(session, waitlisted, opened, outbox) == ["sent", "sent"]
    assert notify.notify_opened(session, waitlisted, opened, outbox) == []  # the same reload again
    assert notify.notify_opened(session, opened, opened, outbox) == []  # the next reload
    assert sorted(s[0] for s in outbox.sent) == [SMS, WA]
    assert "Black Codher" in outbox.sent[0][1] and "Black Codher" in outbox.sent[0][3]["1"]
    rows = session.execute(select(notify_subscriptions.c.status, notify_subscriptions.c.closed_at)).all()
    assert all(status == "sent" and closed for status, closed in rows)
    log = session.execute(select(notify_log.c.pathway_id, notify_log.c.channel, notify_log.c.result)).all()
    assert sorted(log) == [(CODHER, "sms", "sent"), (CODHER, "whatsapp", "sent")]


def test_a_failed_send_is_retried_on_the_next_reload_then_never_again(session):
    notify.subscribe(session, sender_id=SMS, pathway=PATHWAY)
    opened = catalogue_with({CODHER: "open"})
    assert notify.notify_opened(session, {CODHER: "waitlist"}, opened, Outbox("failed")) == ["failed"]
    outbox = Outbox()
    assert notify.notify_opened(session, opened, opened, outbox) == ["sent"]
    assert notify.notify_opened(session, opened, opened, outbox) == []
    assert len(outbox.sent) == 1


def test_withdrawn_consent_closes_the_subscription(session):
    from bot import rights

    notify.subscribe(session, sender_id=SMS, pathway=PATHWAY)
    rights.set_consent(session, SMS, follow_ups=False)
    outbox = Outbox()
    assert notify.notify_opened(session, {CODHER: "waitlist"}, catalogue_with({CODHER: "open"}), outbox) == []


async def test_after_catalogue_swap_uses_the_live_snapshot(engine, factory, tmp_path):
    catalogue = catalogue_with({CODHER: "waitlist"})  # a status the shipped file may not know
    with factory() as s, s.begin():
        load(s, catalogue, "pathways.yml")
        notify.subscribe(s, sender_id=SMS, pathway=PATHWAY)
    with factory() as s:
        before = notify.snapshot(s)
    assert before[CODHER] == "waitlist"
    sent = []

    async def send(sender_id, text, *, template, variables):
        sent.append(sender_id)
        return "sent"

    settings = Settings.from_env({"WAYMARK_VAR_DIR": str(tmp_path), "WAYMARK_DATABASE_URL": str(engine.url)})
    new = catalogue_with({CODHER: "open"})
    assert await notify.after_catalogue_swap_async(settings, before, new, send=send) == ["sent"]
    assert await notify.after_catalogue_swap_async(settings, before, new, send=send) == []
    assert sent == [SMS]


async def test_whatsapp_outside_24_hours_is_sent_by_template(engine, factory, tmp_path, aiohttp_server):
    posted = []

    async def messages(request):
        posted.append(dict(await request.post()))
        return web.json_response({"sid": "SM" + "0" * 32}, status=201)

    fake = web.Application()
    fake.router.add_post("/2010-04-01/Accounts/{sid}/Messages.json", messages)
    server = await aiohttp_server(fake)
    store = Store(engine, clock=lambda: 1_000_000.0)
    store.create_schema()
    store.touch_contact(WA, "whatsapp", "+447700900123")
    store.set_last_inbound(WA, 1_000_000.0 - 3 * 86_400)  # wrote three days ago
    with factory() as s, s.begin():
        notify.subscribe(s, sender_id=WA, pathway=PATHWAY)
    settings = Settings.from_env({
        "WAYMARK_VAR_DIR": str(tmp_path), "WAYMARK_DATABASE_URL": str(engine.url), "WAYMARK_PSEUDONYM_KEY": "k",
        "TWILIO_ACCOUNT_SID": "AC" + "0" * 32, "TWILIO_AUTH_TOKEN": "t", "TWILIO_FROM_WHATSAPP": "+447700900001",
        "TWILIO_API_BASE": str(server.make_url("")).rstrip("/"),
        "TWILIO_WHATSAPP_TEMPLATES": "default=HX" + "a" * 32 + ",notify=HX" + "b" * 32})
    results = await notify.after_catalogue_swap_async(settings, {CODHER: "waitlist"}, catalogue_with({CODHER: "open"}))
    assert results == ["template"]
    assert posted[0]["ContentSid"] == "HX" + "b" * 32 and "Body" not in posted[0]
    assert "Black Codher" in posted[0]["ContentVariables"]


async def test_send_me_this_needs_consent_links_the_phone_and_includes_a_code(engine, factory, tmp_path):
    settings = Settings.from_env({"WAYMARK_VAR_DIR": str(tmp_path), "WAYMARK_DATABASE_URL": str(engine.url),
                                  "WAYMARK_PSEUDONYM_KEY": "k"})
    sent = []

    async def send(sender_id, text, *, template, variables):
        sent.append((sender_id, text, variables))
        return "sent"

    kwargs = dict(sender_id=WEB, channel="sms", text="Your routes. Text RESUME {code} to carry on.", send=send)
    assert await notify.send_me_this(settings, number="07700 900123", consented=False, **kwargs) == ("no_consent", None)
    assert await notify.send_me_this(settings, number="12345", consented=True, **kwargs) == ("bad_number", None)
    status, code = await notify.send_me_this(settings, number="07700 900123", consented=True, **kwargs)
    assert status == "sent" and f"RESUME {code} to carry on" in sent[0][1]
    from bot.gateway.pseudonyms import pseudonym

    phone_id = pseudonym("k", "sms", "+447700900123")
    assert sent[0][0] == phone_id
    with factory() as s:
        assert journeys.journey_of(s, phone_id) == WEB
    contact = Store(engine).get_contact(phone_id)
    assert contact.address == "+447700900123" and contact.last_inbound_at is None
