"""Resume codes: unambiguous, expiring, single-use, one journey each, hashed at rest; links."""

import re

from sqlalchemy import select

from bot.residents import journeys
from bot.residents.records import journey_codes, journey_links

from tests.bot.records_fixtures import KEY, engine, factory, session  # noqa: F401 - fixtures

WEB = "web-" + "a" * 32
SMS = "sms-" + "b" * 32
WA = "wa-" + "c" * 32


def test_codes_are_long_enough_not_to_be_guessed_and_read_aloud_in_groups():
    for _ in range(200):
        code = journeys.new_code()
        assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code)
        assert not set(code) & set("01OILUV")
    # 58 bits: at the gateway's limits (docs/security.md) a guess has no real chance.
    assert len(journeys.ALPHABET) ** journeys.CODE_LENGTH > 10 ** 17


def test_an_old_six_character_code_is_a_resume_attempt_that_never_works(session):
    legacy = "K7Q-4MP"
    session.execute(journey_codes.insert().values(code_hash=journeys.code_hash(KEY, "K7Q4MP"), journey_id=WEB,
                                                  created_at=100.0, expires_at=10_000.0))
    assert journeys.parse_resume(f"RESUME {legacy}") == "K7Q4MP"  # answered by the gateway, not the bot
    assert journeys.redeem(session, KEY, legacy, SMS, "sms", now=200.0) is None
    assert journeys.journey_of(session, SMS) == SMS


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
    assert journeys.parse_resume("RESUME K7Q4-MP2X-9HTR") == "K7Q4MP2X9HTR"
    assert journeys.parse_resume("  resume: k7q4 mp2x 9htr. ") == "K7Q4MP2X9HTR"
    assert journeys.parse_resume("resume K7Q4-MP2X-9HT") == "K7Q4MP2X9HT"  # a character short: still an attempt
    assert journeys.parse_resume("resume writing help") is None  # "I" is not in the alphabet
    assert journeys.parse_resume("resume my cv please") is None
    assert journeys.parse_resume("I want to resume") is None
    assert journeys.parse_resume("K7Q4-MP2X-9HTR") is None


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


def test_channels_that_move_with_a_redeemer_are_linked_anew(session):
    journeys.link(session, SMS, WEB, "sms", now=100.0)  # WEB's own phone, linked long ago
    code = journeys.issue_code(session, KEY, WA, now=1_000.0)
    assert journeys.redeem(session, KEY, code, WEB, "web", now=2_000.0) == WA
    linked = dict(session.execute(select(journey_links.c.sender_id, journey_links.c.linked_at)).all())
    assert linked == {WEB: 2_000.0, SMS: 2_000.0}  # both start their cool-down now (bot.residents.rights)
