"""Raw numbers and message text never reach Rasa's sender id or any log record; the key is kept safe."""

import logging
import os
import stat

import pytest

from bot.residents.pseudonyms import ensure_pseudonym_key, load_or_create_key, pseudonym
from bot.residents.phones import from_address
from bot.settings import ROOT, Settings

from .conftest import PSEUDONYM_KEY, send_inbound, unused_url, web_message

PHONE = "+447700900321"
NATIONAL = PHONE[3:]  # the number as a resident would write it, without +44
SECRET_TEXT = "my name is Alice Example and I live at 12 Secret Road"


def _all_log_text(records) -> str:
    parts = []
    for record in records:
        parts.append(record.getMessage())
        parts.append(record.name)
        if record.exc_info or record.exc_text:
            parts.append(logging.Formatter().formatException(record.exc_info) if record.exc_info
                         else record.exc_text)
    return "\n".join(parts)


def test_pseudonym_is_keyed_and_never_contains_the_number():
    sms = pseudonym(PSEUDONYM_KEY, "sms", PHONE)
    wa = pseudonym(PSEUDONYM_KEY, "whatsapp", from_address("whatsapp:" + PHONE))
    assert sms.startswith("sms-") and len(sms) == 4 + 32
    assert wa == "wa-" + sms[4:]  # the same person on both channels can be found by erasure
    for value in (sms, wa):
        assert PHONE not in value and NATIONAL not in value and NATIONAL[-6:] not in value
    assert pseudonym("another-key", "sms", PHONE) != sms
    assert pseudonym(PSEUDONYM_KEY, "web", "session-abcdefgh01").startswith("web-")


def test_normalise_number():
    assert from_address("whatsapp:+44 7700 900-321") == PHONE
    assert from_address(" +447700900321 ") == PHONE


async def test_no_log_record_contains_the_number_or_the_message(make_client, fake_rasa, fake_twilio, caplog):
    caplog.set_level(logging.DEBUG)
    client = await make_client(rate_limit_per_minute=4)
    await send_inbound(client, PHONE, SECRET_TEXT)
    await send_inbound(client, "whatsapp:" + PHONE, SECRET_TEXT)
    await send_inbound(client, PHONE, SECRET_TEXT, sid="SM" + "1" * 32)
    await send_inbound(client, PHONE, SECRET_TEXT, sid="SM" + "1" * 32)  # duplicate
    fake_twilio.unsubscribed.add(PHONE)  # Twilio's error body quotes the number
    await send_inbound(client, PHONE, SECRET_TEXT)
    for _ in range(3):
        await send_inbound(client, "whatsapp:" + PHONE, SECRET_TEXT)  # and rate limited
    await client.post("/webhooks/twilio", data={"From": PHONE, "Body": SECRET_TEXT})  # unsigned
    await client.post("/api/web/messages", data=web_message("privacy-session-01", SECRET_TEXT),
                      headers={"Content-Type": "application/json"})
    down = await make_client(rasa_url=unused_url())
    await send_inbound(down, PHONE, SECRET_TEXT)
    await down.post("/api/web/messages", data=web_message("privacy-session-02", SECRET_TEXT),
                    headers={"Content-Type": "application/json"})

    assert fake_rasa.received, "the conversation must actually have run"
    assert all(PHONE not in r["sender"] and NATIONAL not in r["sender"] for r in fake_rasa.received)
    logged = _all_log_text(caplog.records)
    assert "waymark.gateway" in logged, "the gateway must have logged something for this to mean anything"
    assert PHONE not in logged and NATIONAL not in logged
    assert SECRET_TEXT not in logged and "Secret Road" not in logged and "Alice" not in logged


def test_key_file_is_created_once_with_mode_0600(tmp_path):
    var = tmp_path / "var"
    first = load_or_create_key(var)
    path = var / "pseudonym.key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(first) == 64
    assert load_or_create_key(var) == first  # stable: pseudonyms survive restarts


def test_loose_key_file_permissions_are_tightened(tmp_path):
    path = tmp_path / "pseudonym.key"
    path.write_text("existing-key\n")
    os.chmod(path, 0o644)
    assert load_or_create_key(tmp_path) == "existing-key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_ensure_pseudonym_key_prefers_the_environment(tmp_path):
    env = {"WAYMARK_VAR_DIR": str(tmp_path), "WAYMARK_PSEUDONYM_KEY": "from-env"}
    assert ensure_pseudonym_key(Settings.from_env(env, root=ROOT)).pseudonym_key == "from-env"
    assert not (tmp_path / "pseudonym.key").exists()
    generated = ensure_pseudonym_key(Settings.from_env({"WAYMARK_VAR_DIR": str(tmp_path)}, root=ROOT))
    assert generated.pseudonym_key == (tmp_path / "pseudonym.key").read_text().strip()


def test_settings_from_env_does_not_touch_the_disk(tmp_path):
    settings = Settings.from_env({"WAYMARK_VAR_DIR": str(tmp_path / "never")}, root=ROOT)
    assert settings.pseudonym_key is None
    assert not (tmp_path / "never").exists()


def test_empty_key_file_is_an_error_not_a_silent_new_key(tmp_path):
    (tmp_path / "pseudonym.key").write_text("")
    with pytest.raises(RuntimeError):
        load_or_create_key(tmp_path)


@pytest.mark.parametrize("table", ["gateway_contacts", "gateway_inbound"])
async def test_a_database_error_is_logged_without_the_number_or_the_message_it_was_storing(
        make_client, caplog, table):
    """A failing statement is logged with its trace (errors_middleware, the Twilio flow), and SQLAlchemy
    writes a statement's bound values into its error's text: the number and the message being stored
    must not ride along into the log."""
    import sqlite3

    from sqlalchemy import event

    from bot.gateway.state import GATEWAY

    caplog.set_level(logging.DEBUG)
    client = await make_client()

    def refuse(cursor, statement, parameters, context):
        """The driver refusing a write to `table` (raised where the driver's own errors are)."""
        if table in statement and not statement.lstrip().upper().startswith("SELECT"):
            raise sqlite3.DataError("value too long for the column")  # as PostgreSQL says it

    event.listen(client.app[GATEWAY].store.engine, "do_execute", refuse)
    response = await send_inbound(client, PHONE, SECRET_TEXT)

    assert response.status == 500  # the failure happened, and was logged with its trace
    logged = _all_log_text(caplog.records)
    assert "DataError" in logged and "value too long for the column" in logged
    assert PHONE not in logged and NATIONAL not in logged
    assert SECRET_TEXT not in logged and "Secret Road" not in logged
