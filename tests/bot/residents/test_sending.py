"""The process's one outbound sender: built once where the process starts, reused by every send,
closed at shutdown."""

import aiohttp
import pytest
from aiohttp import web

import bot.db
from bot.residents import notify
from bot.gateway.notifier import build_outbound
from bot.residents.pseudonyms import pseudonym
from bot.residents.contacts import Store
from bot.settings import Settings

from tests.bot.records_fixtures import KEY, catalogue_with, engine, factory  # noqa: F401 - fixtures

CODHER = "black-codher-bootcamp-birmingham"
WEB = "web-" + "a" * 32


@pytest.fixture
def constructions(monkeypatch):
    """How many database engines (bot.db.make_engine, whoever imported it) and HTTP client sessions are
    built from now on."""
    made = {"engines": 0, "http sessions": 0}
    create_engine = bot.db.create_engine

    def counted_engine(*args, **kwargs):
        made["engines"] += 1
        return create_engine(*args, **kwargs)

    session_init = aiohttp.ClientSession.__init__

    def counted_session(self, *args, **kwargs):
        made["http sessions"] += 1
        session_init(self, *args, **kwargs)

    monkeypatch.setattr(bot.db, "create_engine", counted_engine)
    monkeypatch.setattr(aiohttp.ClientSession, "__init__", counted_session)
    return made


@pytest.fixture
async def twilio(aiohttp_server):
    posted = []

    async def messages(request):
        posted.append(dict(await request.post()))
        return web.json_response({"sid": f"SM{len(posted):032d}"}, status=201)

    fake = web.Application()
    fake.router.add_post("/2010-04-01/Accounts/{sid}/Messages.json", messages)
    server = await aiohttp_server(fake)
    return str(server.make_url("")).rstrip("/"), posted


def _settings(engine, tmp_path, api_base):
    return Settings.from_env({
        "WAYMARK_VAR_DIR": str(tmp_path), "WAYMARK_DATABASE_URL": str(engine.url), "WAYMARK_PSEUDONYM_KEY": KEY,
        "WAYMARK_SMS_OUTBOX": "0", "TWILIO_ACCOUNT_SID": "AC" + "0" * 32, "TWILIO_AUTH_TOKEN": "t",
        "TWILIO_FROM_SMS": "+447700900001", "TWILIO_API_BASE": api_base})


async def test_every_kind_of_send_reuses_the_one_engine_and_http_session(engine, factory, tmp_path, twilio,
                                                                         constructions):
    api_base, posted = twilio
    resident = pseudonym(KEY, "sms", "+447700900777")
    Store(engine).touch_contact(resident, "sms", "+447700900777")
    with factory() as s, s.begin():
        notify.subscribe(s, sender_id=resident, pathway={"id": CODHER, "title": "Black Codher", "kind": "bootcamp"})
    outbound = build_outbound(_settings(engine, tmp_path, api_base))
    assert constructions == {"engines": 1, "http sessions": 1}  # at the composition root, once
    first = await outbound.send_me_this(sender_id=WEB, number="07700 900123", channel="sms", text="RESUME {code}",
                                        consented=True)
    second = await outbound.send_me_this(sender_id=WEB, number="07700 900555", channel="sms", text="RESUME {code}",
                                         consented=True)
    told = await outbound.tell_opened({CODHER: "waitlist"}, catalogue_with({CODHER: "open"}))
    follow_up = await outbound.notify(resident, "Did you apply?", template="followup")
    assert (first.status, second.status, told, follow_up) == ("sent", "sent", ["sent"], "sent")
    assert [p["To"] for p in posted] == ["+447700900123", "+447700900555", "+447700900777", "+447700900777"]
    assert constructions == {"engines": 1, "http sessions": 1}  # no send built its own
    await outbound.aclose()
    assert outbound.http.closed


def test_a_send_that_reads_then_writes_waits_for_another_writer_instead_of_failing(engine, tmp_path):
    from bot.residents.sending import Outbound
    from tests.writers import AnotherWriter

    other = AnotherWriter(str(engine.url))
    settings = Settings.from_env({"WAYMARK_VAR_DIR": str(tmp_path / "var"), "WAYMARK_DATABASE_URL": str(engine.url)})
    try:
        assert Outbound(settings, engine, deliver=None)._write(other.work) == 0
        assert other.values() == ["meanwhile", "ours"]
    finally:
        other.close()
