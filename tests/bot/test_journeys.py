"""Resume codes: unambiguous, expiring, single-use, one journey each, hashed at rest; links."""

import re

from sqlalchemy import select

from bot import journeys
from bot.records import journey_codes

from tests.bot.issue5_fixtures import KEY, engine, factory, session  # noqa: F401 - fixtures

WEB = "web-" + "a" * 32
SMS = "sms-" + "b" * 32
WA = "wa-" + "c" * 32


def test_codes_are_short_and_unambiguous():
    for _ in range(200):
        code = journeys.new_code()
        assert re.fullmatch(r"[A-Z2-9]{3}-[A-Z2-9]{3}", code)
        assert not set(code) & set("01OILUV")


def test_code_is_hashed_at_rest_with_a_key(session):
    code = journeys.issue_code(session, KEY, WEB, now=100.0)
    stored = session.execute(select(journey_codes.c.code_hash)).scalar_one()
    assert code not in stored and code.replace("-", "") not in stored
    assert stored == journeys.code_hash(KEY, code.replace("-", ""))
    assert stored != journeys.code_hash("another key", code.replace("-", ""))


def test_redeem_links_the_new_channel_to_the_journey_once(session):
    code = journeys.issue_code(session, KEY, WEB, now=100.0)
    assert journeys.redeem(session, KEY, code.lower().replace("-", " "), SMS, "sms", now=200.0) == WEB
    assert journeys.journey_of(session, SMS) == WEB
    assert journeys.redeem(session, KEY, code, WA, "whatsapp", now=201.0) is None  # single use
    assert journeys.journey_of(session, WA) == WA


def test_expired_and_unknown_codes_fail(session):
    code = journeys.issue_code(session, KEY, WEB, now=100.0, ttl_s=60.0)
    assert journeys.redeem(session, KEY, code, SMS, "sms", now=161.0) is None
    assert journeys.redeem(session, KEY, "ZZZ-ZZZ", SMS, "sms", now=100.0) is None
    assert journeys.redeem(session, KEY, "not a code", SMS, "sms", now=100.0) is None
    assert journeys.purge_expired(session, now=161.0) == 1


def test_parse_resume_message():
    assert journeys.parse_resume("RESUME K7Q-4MP") == "K7Q4MP"
    assert journeys.parse_resume("  resume: k7q 4mp. ") == "K7Q4MP"
    assert journeys.parse_resume("resume writing help") is None  # "I" is not in the alphabet
    assert journeys.parse_resume("I want to resume") is None
    assert journeys.parse_resume("K7Q-4MP") is None


def test_identities_cover_every_linked_channel_and_reachability(session):
    code = journeys.issue_code(session, KEY, WEB)
    journeys.redeem(session, KEY, code, SMS, "sms")
    assert journeys.identities(session, SMS) == {WEB, SMS}
    assert journeys.identities(session, WEB) == {WEB, SMS}
    assert journeys.reachable_sender(session, WEB) == SMS
    assert journeys.reachable_sender(session, WA) == WA


def test_a_journey_that_joins_another_brings_its_links(session):
    journeys.link(session, SMS, WEB, "sms")
    journeys.link(session, WEB, WA, "web")  # WEB's resident resumes WA's journey
    assert journeys.journey_of(session, SMS) == WA
    assert journeys.identities(session, WA) == {WA, WEB, SMS}
