"""A resident's summary for an outreach worker: what is held, what it suggests, and the text sent to a
number the worker typed, through the process's one sender."""

from __future__ import annotations

import pytest

from bot.pathways.catalogue import load_catalogue
from bot.pathways.catalogue_store import load
from bot.residents.notify import Sent
from bot.residents.sending import Outbound
from bot.residents.summary import readable_profile, send_outcome, send_summary, sms_text, suggested, summary_data
from bot.settings import Settings

from tests.bot.records_fixtures import (DEMO_CATALOGUE, KEY, add_events, engine, factory,  # noqa: F401
                                        slot, tracker, user)

JOURNEY = "web-" + "b" * 32


def test_one_odd_fact_does_not_hide_the_rest():
    profile = readable_profile({"age": "very old", "local_authority": "Sandwell"})
    assert (profile.age, profile.local_authority) == (None, "Sandwell")


def test_the_summary_shows_the_facts_held_and_what_the_engine_suggests_for_them(factory, tracker):
    add_events(tracker, JOURNEY, [user("hi"), slot("local_authority", "Birmingham"), slot("age", 30)])
    with factory() as s, s.begin():
        load(s, load_catalogue(DEMO_CATALOGUE), DEMO_CATALOGUE.name)
    with factory() as s, s.begin():
        data = summary_data(s, tracker, JOURNEY)
    assert {name for _label, _words, _assisted, name in data["facts"]} == {"local_authority", "age"}
    assert data["result"].profile.local_authority == "Birmingham" and data["result"].recommendations
    first = data["result"].recommendations[0].pathway
    assert suggested(data, first.id) is first and suggested(data, "not-suggested") is None
    assert set(data["route_facts"]) == {r.pathway.id for r in data["result"].recommendations}


def test_without_a_catalogue_the_summary_says_so_instead_of_failing(factory, tracker):
    with factory() as s, s.begin():
        data = summary_data(s, tracker, JOURNEY)
    assert data["result"] is None and suggested(data, "anything") is None
    assert "RESUME K7Q-4MP" in sms_text(data, "K7Q-4MP", code_days=14)


@pytest.fixture
def sender(engine, tmp_path):
    delivered = []

    async def deliver(contact, text, *, template="default", variables=None):
        delivered.append((contact, text, template, variables))
        return "sent"

    settings = Settings.from_env({"WAYMARK_VAR_DIR": str(tmp_path), "WAYMARK_DATABASE_URL": str(engine.url),
                                  "WAYMARK_PSEUDONYM_KEY": KEY})
    outbound = Outbound(settings, engine, deliver)
    outbound.delivered = delivered
    return outbound


async def test_a_worker_sends_the_summary_through_the_one_sender_with_a_fresh_code(sender):
    sent = await send_summary(sender, {"result": None}, journey_id=JOURNEY, number="07700 900123", channel="sms",
                              consented=True, code_days=14)
    assert send_outcome(sent) == "sent" and sent.code
    [(contact, text, template, variables)] = sender.delivered
    assert contact == sent.contact and variables == {"1": sent.code}
    assert "with a Waymark outreach worker" in text and f"RESUME {sent.code}" in text and "14 days" in text


async def test_nothing_goes_without_consent_or_to_a_number_that_is_not_a_uk_mobile(sender):
    refused = await send_summary(sender, {"result": None}, journey_id=JOURNEY, number="07700 900123",
                                 channel="sms", consented=False, code_days=14)
    bad = await send_summary(sender, {"result": None}, journey_id=JOURNEY, number="123", channel="sms",
                             consented=True, code_days=14)
    assert (send_outcome(refused), send_outcome(bad)) == ("send_consent", "bad_phone")
    assert sender.delivered == []


@pytest.mark.parametrize("status, outcome", [("sent", "sent"), ("template", "sent"), ("failed", "send_failed"),
                                             ("opted_out", "send_failed"), ("capped", "send_capped"),
                                             ("not_allowed", "bad_phone")])
def test_each_result_of_a_send_has_its_notice(status, outcome):
    assert send_outcome(Sent(status)) == outcome
