"""Caps on sends to typed numbers: per journey, per number, per client and overall, over a window,
counted in the database without the number, erasable without resetting the caps."""

from sqlalchemy import delete, select

from bot.residents import outbound
from bot.residents.pseudonyms import pseudonym
from bot.residents.contacts import Store, gateway_contacts
from bot.residents.records import outbound_sends
from bot.residents.sending import Outbound
from bot.settings import Settings

from tests.bot.records_fixtures import KEY, engine, factory, session  # noqa: F401 - fixtures

CAPS = outbound.Caps(window_s=3600.0, per_journey=2, per_number=2, per_client=3, overall=5)
T0 = 1_700_000_000.0


def number(n: int) -> str:
    return f"+4477009{n:05d}"


def sms(n: int) -> str:
    return pseudonym(KEY, "sms", number(n))


def web(n: int) -> str:
    return pseudonym(KEY, "web", f"browser-{n}")


def send(session, journey, contact, client=None, at=T0):
    return outbound.reserve(session, CAPS, journey_id=journey, contact=contact, client=client, now=at)


def test_one_chat_cannot_fan_out_to_many_numbers(session):
    assert send(session, web(1), sms(1)) is None
    assert send(session, web(1), sms(2)) is None
    assert send(session, web(1), sms(3)) == "journey"
    assert send(session, web(2), sms(3)) is None  # another chat may


def test_one_number_cannot_be_flooded_whoever_asks_on_either_channel(session):
    assert send(session, web(1), sms(1)) is None
    assert send(session, web(2), pseudonym(KEY, "whatsapp", number(1))) is None  # same number, WhatsApp
    assert send(session, web(3), sms(1)) == "number"
    assert send(session, web(3), sms(2)) is None


def test_one_client_cannot_start_afresh_with_new_sessions(session):
    for n in range(3):
        assert send(session, web(n), sms(n), client="client-a") is None
    assert send(session, web(9), sms(9), client="client-a") == "client"
    assert send(session, web(9), sms(9), client="client-b") is None
    assert send(session, web(10), sms(10)) is None  # no client key (console, older gateway): other caps only


def test_the_overall_ceiling_holds_whatever_the_source(session):
    for n in range(5):
        assert send(session, web(n), sms(n), client=f"client-{n}") is None
    assert send(session, web(7), sms(7), client="client-7") == "overall"


def test_a_refused_send_is_not_counted_and_the_window_moves_on(session):
    assert send(session, web(1), sms(1)) is None
    assert send(session, web(1), sms(2)) is None
    for _ in range(5):
        assert send(session, web(1), sms(3)) == "journey"
    assert len(session.execute(select(outbound_sends)).all()) == 2
    later = T0 + CAPS.window_s + 1
    assert send(session, web(1), sms(3), at=later) is None
    assert len(session.execute(select(outbound_sends)).all()) == 1  # rows past the window are purged


def test_counts_are_kept_without_the_number_or_the_clients_key(session):
    send(session, web(1), sms(1), client="203.0.113.7")
    [row] = session.execute(select(outbound_sends)).mappings().all()
    values = " ".join(str(v) for v in row.values())
    for needle in (number(1), number(1)[1:], "0" + number(1)[3:], "203.0.113.7"):
        assert needle not in values
    # Pseudonyms only: the number's (while its chat is kept) and a one-way key that outlives it.
    assert row["contact"] == sms(1) and sms(1)[4:] not in row["destination"]
    assert row["destination"] == outbound.destination_of(sms(1)) and row["client"] == outbound.client_key("203.0.113.7")


def test_erasure_unties_a_chats_sends_but_keeps_the_count_and_a_numbers_own_erasure_removes_it(session):
    send(session, web(1), sms(1))
    send(session, web(2), sms(1))
    outbound.erase(session, {web(1)})  # the sender's forget me
    rows = session.execute(select(outbound_sends.c.journey_id, outbound_sends.c.contact)).all()
    assert sorted(rows, key=str) == sorted([(None, None), (web(2), sms(1))], key=str)
    assert send(session, web(3), sms(1)) == "number"  # forget me did not reset the cap
    outbound.erase(session, {sms(1), pseudonym(KEY, "whatsapp", number(1))})  # the number's own forget me
    assert session.execute(select(outbound_sends)).all() == []


def test_caps_come_from_settings():
    settings = Settings.from_env({"WAYMARK_SEND_WINDOW_HOURS": "2", "WAYMARK_SEND_PER_JOURNEY": "1",
                                  "WAYMARK_SEND_PER_NUMBER": "4", "WAYMARK_SEND_PER_CLIENT": "5",
                                  "WAYMARK_SEND_OVERALL": "6"})
    assert outbound.Caps.from_settings(settings) == outbound.Caps(7200.0, 1, 4, 5, 6)
    assert outbound.Caps.from_settings(Settings.from_env({"WAYMARK_SEND_WINDOW_HOURS": "9999"})).window_s == \
        outbound.MAX_WINDOW_S  # retention purges after a week, so no longer window can be counted


async def test_send_me_this_at_a_cap_sends_nothing_and_creates_nothing(engine, factory, tmp_path):
    settings = Settings.from_env({"WAYMARK_VAR_DIR": str(tmp_path), "WAYMARK_DATABASE_URL": str(engine.url),
                                  "WAYMARK_PSEUDONYM_KEY": KEY, "WAYMARK_SEND_PER_NUMBER": "1"})
    sent = []

    async def phone(sender_id, text, *, template, variables):
        sent.append(sender_id)
        return "sent"

    first = await Outbound(settings, engine, phone).send_me_this(
        sender_id=web(1), number="07700 900123", channel="sms", text="{code}", consented=True, client="c")
    assert first.ok
    with engine.begin() as conn:  # the contact row only: the number's send count must still cap it
        conn.execute(delete(gateway_contacts).where(gateway_contacts.c.pseudonym == first.contact))
    again = await Outbound(settings, engine, phone).send_me_this(
        sender_id=web(2), number="07700 900123", channel="whatsapp", text="{code}", consented=True, client="d")
    assert (again.status, again.cap, again.code) == ("capped", "number", None)
    assert sent == [first.contact] and Store(engine).get_contact(again.contact) is None


def _race(url: str, attempts: int = 12) -> list:
    """`attempts` sends to one number at once, each from its own connection (as from several action
    servers); the answers."""
    import threading

    from bot.db import make_engine, session_factory
    from bot.residents.records import create_schema

    engine = make_engine(url)
    create_schema(engine)
    factory = session_factory(engine)
    caps = outbound.Caps(window_s=3600.0, per_journey=99, per_number=3, per_client=99, overall=99)
    start, answers = threading.Barrier(attempts), []

    def one(n: int) -> None:
        start.wait()
        try:
            with factory() as s, s.begin():
                answers.append(outbound.reserve(s, caps, journey_id=web(n), contact=sms(1), now=T0))
        except Exception as error:  # noqa: BLE001 - a refused transaction is safe: nothing was sent
            answers.append(type(error).__name__)

    threads = [threading.Thread(target=one, args=(n,)) for n in range(attempts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with factory() as s:
        counted = len(s.execute(select(outbound_sends)).all())
    engine.dispose()
    return [answers.count(None), counted, answers]


def test_racing_sends_never_pass_a_cap_on_sqlite(tmp_path):
    allowed, counted, answers = _race(f"sqlite:///{tmp_path / 'race.db'}")
    assert allowed == counted == 3, answers


def test_racing_sends_never_pass_a_cap_on_postgresql():
    import os
    import sys
    from pathlib import Path

    import pytest

    from bot.settings import ROOT
    from harness.testbed import scratch_database

    url = os.environ.get("WAYMARK_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("set WAYMARK_TEST_POSTGRES_URL to race several connections on PostgreSQL")
    with scratch_database(url, ROOT, Path(sys.executable), prefix="waymark_test", prepare=False) as scratch:
        allowed, counted, answers = _race(scratch)
        assert allowed == counted == 3, answers
