"""The held-out residents (eval/residents/heldout.yml) against the real trained assistant, over REST.

The gates are the evaluation's deterministic scores, never its timings. The thresholds are the
baseline measured before the understanding fixes (docs/nlu.md, "Residents' evaluation set"): they
only ever go up (fully right) or down (ineligible), as fixes land.
"""

from __future__ import annotations

import functools
import importlib.util
import sys

import pytest

from bot.settings import ROOT

pytestmark = pytest.mark.integration

# A ratchet on the held-out part (docs/nlu.md has the history): raised whenever a fix lands, never
# lowered. Before today's understanding and catalogue fixes: 8 of 82 fully right and 82 ineligible
# routes; after them, measured on 2026-12-04: 45 of 82 and 6; after answers in residents' own words
# were read against the open question: 53 of 82 and 3; after clause-bound negation and needs-first
# ordering: 54 of 82 and 3; after advice services open to all were ranked after routes open to all:
# 57 of 82 and 4 (one more route shown on an age condition to a resident whose age was not understood);
# after sixty fresh development residents' situations, ages and people were read: 60 of 82 and 3;
# after asylum claims in residents' own words, Higher Nationals at 18+ and terse messages: 62 of 82 and 0.
# after terse phone openings, a trade they are sick of, and the place they work offered: 65 of 82 and 0;
# after seven blind batches of development residents (2026-12-05): 71 of 82 and 0. The held-out part then
# grew by 60 residents written after the last fix and never read (h083-h142, to keep it a fifth of the set):
# 54 of those 60 fully right on first sight, 2 age-band misses; 125 of 142 and 2 in all. After an eighth
# blind batch (d561-d600) it stayed 125 of 142; ten more written then (h143-h152, to keep it a fifth as
# development reached 600): 8 of 10 on first sight; 133 of 152 and 2 in all; then an age before the place
# and the wish: 134 of 152 and 1. Thirteen more written with two more blind development batches (h153-h165,
# weighted to the weakest classes, to keep a fifth as development reached 660): 9 of 13 on first sight;
# 143 of 165 and 1; after those batches' fixes 144 of 165 and 1. Five more with a third batch (h166-h170):
# 4 of 5 on first sight; 148 of 170 and 1. Ten more with a fourth batch (h171-h180, as development reached
# 720): 10 of 10 on first sight; 158 of 180 and 1. Ten more with a fifth (h181-h190, as development reached
# 760): 9 of 10 on first sight; 167 of 190 and 1. Ten more with a sixth (h191-h200, as development reached
# 800): 4 of 10 on first sight; 171 of 200. Ten more with a seventh (h201-h210, work situations said every
# way, as development reached 840): 4 of 10 on first sight; 175 of 210 and 1, unchanged by that batch's fixes.
# Thirty more with three more blind batches (h211-h240, as development reached 960): 185 of 230 after the first
# two batches' fixes, 189 of 240 and 1 after the third's (the last ten: 4 of 10).
# Thirty more with three blind batches (h241-h270, as development reached 1080; the last written towards the
# edges where a wrong route harms: ages near the rules, councils just outside the area, someone asked for):
# 6, 6 and 3 of 10 on first sight, and 206 of 270 after all three batches' fixes. They brought 6 more
# ineligible recommendations (5 by age, 2 funder, 2 place in all: 7 residents), measured before any fix on them
# and unchanged after; the limit below is raised with them to the measured figure plus one, for the set as it
# now stands (for the 240 residents before them it stays at most 2). Ten more with a blind batch of messages
# about two people (h271-h280): 7 of 10 on first sight, 213 of 280 and 7; after that batch's fixes (the asker's
# own age beside someone asked for) 213 of 280 and 5 (by age 3, funder 2, place 2).
# Twenty more (h281-h300, two blind batches): 216 of 290 with the first ten and 10 ineligible (the first ten's,
# by age: 5 more, measured before any fix on them), 225 of 300 and 10 with the second ten (8 of 10 on first sight).
# Thirty more (h301-h330, three blind batches: young people, adults in and out of work, non-native writers):
# 237 of 320 and 13 ineligible with the first twenty on the code before their batches' fixes (12 of 20 on first
# sight; 3 more by age, not read), 240 of 320 and 9 after the fixes from the development residents written with
# them (ages said in passing: "if ur 13", "a woman of 56", "26 wanna"), 247 of 330 and 9 with the last ten (7 of
# 10 on first sight).
# Twenty-four more (h331-h354, two blind batches): 254 of 342 and 9 ineligible with the first twelve on the code
# before any fix (7 of 12 on first sight), 256 of 342 after that batch's fixes, 265 of 354 and 10 with the second
# twelve (9 of 12 on first sight; one more by age, one by a group they said they are not in, not read), the same
# after the second batch's fixes; 265 of 357 and 11 with three more (h355-h357, 0 of 3 on first sight, one by age).
# Twenty-five more (h358-h382, a blind batch): 284 of 382 and 11 ineligible on the code before any fix on them
# (19 of 25 on first sight, none ineligible); 285 of 382 and 11 after the fixes from the development residents
# written with them (the first try of those fixes reached 13: ESOL classes in one town led for residents whose
# home was unknown, fixed in bot.pathways.matching before landing).
# Forty more (h383-h407 and h408-h422, two blind batches weighted to ages and to people asking for someone else):
# 317 of 422 and 13 ineligible on the code before any fix on them (18 of 25 and 14 of 15 on first sight, two by
# age); 319 of 422 and 13 after the fixes from the development residents written with them.
# Thirty more (h423-h437 and h438-h452, two blind batches: ages and stages said every way, and adults in work):
# 341 of 452 and 14 ineligible on the code before any fix on them (11 of 15 and 11 of 15 on first sight, one by a
# group they said they are not in); 342 of 452 and 14 after the fixes from the development residents written
# with them.
# Fifteen more (h453-h467, a blind batch weighted to young people and those asking for them): 12 of 15 on first
# sight, none ineligible; 359 of 467 and 14 after the fixes from the development residents written with them
# (13 of the 15).
# Fifteen more (h468-h482, a blind batch weighted to how age, place and time are said): 9 of 15 on first sight
# with one ineligible (schedule); 369 of 482 and 15 after the fixes from the development residents written with
# them (the old part 360 and 14).
# Ten more (h483-h492, a blind batch weighted to young people and those asking for them): 9 of 10 on first sight,
# none ineligible; 379 of 492 and 15 after that pass's fixes.
# Sixty more (h493-h552, a blind batch across every class, never read): 49 of 60 on first scoring with one
# resident shown an ineligible route; 433 of 552 and 17 ineligible after the fixes from the development residents
# written beside them (d1961-d2060) and the rest of that pass.
# The twenty-eighth pass (ages said roughly, work said by what they do; 150 development residents, none held out):
# 434 of 552 and 16 ineligible (unread). Five more (h553-h557, written after that pass's last change, so the
# held-out part stays a fifth of the set as the development part grew): all five right; 439 of 557 and 16.
# The gate sits two residents inside the fully-right figure, for a model retrained on another machine;
# the ineligible limit is the measured figure plus one for the same reason, never loosened for the same set.
# The targets are at least 95% fully right and 0 ineligible.
BASELINE_FULLY_RIGHT = 437
INELIGIBLE_AT_MOST = 17


@functools.lru_cache(maxsize=None)
def _driver():
    # scripts/ is not a package: load the same driver `make eval` runs (registered first, as its
    # dataclasses look their module up by name).
    spec = importlib.util.spec_from_file_location("eval_residents", ROOT / "scripts" / "eval_residents.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def held_out(running_bot):
    driver = _driver()
    assistant = driver.Assistant(running_bot.config.rasa_url, running_bot.config.rasa_token)
    return driver.evaluate(assistant, "heldout")["heldout"]


def test_the_evaluation_set_is_valid_and_large_enough():
    residents = _driver().load_set("all")
    parts = [r["part"] for r in residents]
    assert len(residents) >= 200
    # The held-out part is never read, so it cannot grow from residents someone has already tuned to: the
    # development part grows with each fresh set while the held-out part stays whole. It must stay large
    # enough to score every class: at least 80 residents and a fifth of the set.
    assert parts.count("heldout") >= max(80, 0.2 * len(residents))


def test_held_out_residents_are_recommended_no_route_they_cannot_take(held_out):
    assert held_out["ineligible_recommendations"] <= INELIGIBLE_AT_MOST, held_out["ineligible_by_reason"]


def test_held_out_residents_fully_right_do_not_fall_below_the_baseline(held_out):
    assert held_out["fully_right"] >= BASELINE_FULLY_RIGHT, (
        f"{held_out['fully_right']}/{held_out['residents']} fully right; per class: {held_out['per_class']}")


# --- the scoring itself (no assistant needed) -------------------------------------------------------


def _resident(**fields):
    base = {"id": "t", "class": ["constituent"], "channel": "web", "turns": {"opening": "hi", "answers": {}}}
    return {**base, **fields}


# Sample catalogue entries, shaped like pathways.yml's, with only the fields the scorer reads: the
# scoring is tested on them, not on whatever the shipped catalogue happens to hold.
WMCA = "West Midlands Combined Authority"
SAMPLE_CATALOGUE = {
    "bootcamp-full-time-birmingham": {
        "kind": "bootcamp", "delivery": "in_person", "schedule": ["full_time"], "locations": ["Birmingham"],
        "funding_body": WMCA, "eligibility": {"min_age": 19, "region": "wmca"}},
    "bootcamp-evenings-birmingham": {
        "kind": "bootcamp", "delivery": "blended", "schedule": ["part_time", "evenings_weekends"],
        "locations": ["Birmingham"], "funding_body": WMCA, "eligibility": {"min_age": 19, "region": "wmca"}},
    "bootcamp-online-wmca": {
        "kind": "bootcamp", "delivery": "online", "schedule": ["evenings_weekends"], "locations": [],
        "funding_body": f"{WMCA} (Skills Bootcamps)", "eligibility": {"min_age": 19, "region": "wmca"}},
    "advice-wmca": {
        "kind": "advice_service", "delivery": "online", "schedule": ["part_time"], "locations": [],
        "funding_body": WMCA, "eligibility": {"region": "wmca"}},
    "eds-shropshire": {
        "kind": "essential_digital_skills", "delivery": "in_person", "schedule": ["part_time"],
        "locations": ["Shropshire"], "funding_body": "Department for Education (Adult Skills Fund)",
        "eligibility": {"min_age": 19, "region": "national"}},
    "bootcamp-coventry": {
        "kind": "bootcamp", "delivery": "in_person", "schedule": ["part_time"], "locations": ["Coventry"],
        "funding_body": WMCA, "eligibility": {"min_age": 19, "region": "wmca"}},
    "apprenticeship-national": {
        "kind": "apprenticeship", "delivery": "blended", "schedule": ["full_time"], "locations": [],
        "funding_body": "Employer and government", "eligibility": {"min_age": 16, "region": "national"}},
    "eds-birmingham": {
        "kind": "essential_digital_skills", "delivery": "in_person", "schedule": ["part_time"],
        "locations": ["Birmingham"], "funding_body": WMCA, "eligibility": {"min_age": 19, "region": "wmca"}},
}


def _route(pathway_id):
    """A recommended route as the assistant's payload names it."""
    return {"id": pathway_id, "kind": SAMPLE_CATALOGUE[pathway_id]["kind"]}


def test_a_full_time_only_route_is_ineligible_for_someone_who_said_part_time():
    driver = _driver()
    resident = _resident(expect={"availability": "part_time", "age": 30, "local_authority": "Birmingham"})
    assert driver.ineligible_reasons(resident, _route("bootcamp-full-time-birmingham"), SAMPLE_CATALOGUE) == [
        "schedule"]
    assert driver.ineligible_reasons(resident, _route("bootcamp-evenings-birmingham"), SAMPLE_CATALOGUE) == []


def test_a_wmca_funded_place_is_ineligible_outside_the_constituent_councils_but_advice_is_not():
    driver = _driver()
    resident = _resident(expect={"local_authority": "Shropshire", "age": 40}, exclude_funders=["wmca"])
    assert driver.ineligible_reasons(resident, _route("bootcamp-online-wmca"), SAMPLE_CATALOGUE) == ["funder:wmca"]
    assert driver.ineligible_reasons(resident, _route("advice-wmca"), SAMPLE_CATALOGUE) == []
    assert driver.ineligible_reasons(resident, _route("eds-shropshire"), SAMPLE_CATALOGUE) == []


def test_a_route_outside_the_residents_real_age_band_or_place_or_excluded_kind_is_ineligible():
    driver = _driver()
    resident = _resident(expect={"age": 17, "local_authority": "Coventry"}, exclude_kinds=["apprenticeship"])
    assert driver.ineligible_reasons(resident, _route("bootcamp-coventry"), SAMPLE_CATALOGUE) == ["age"]
    assert driver.ineligible_reasons(resident, _route("apprenticeship-national"), SAMPLE_CATALOGUE) == [
        "kind:apprenticeship"]
    assert "place" in driver.ineligible_reasons(
        _resident(expect={"age": 40, "local_authority": "Coventry"}), _route("eds-birmingham"), SAMPLE_CATALOGUE)


def test_a_question_is_counted_each_time_the_assistant_hands_the_turn_back_with_it_open():
    events = [
        {"event": "user"}, {"event": "slot", "name": "requested_slot", "value": "age"},
        {"event": "user"}, {"event": "slot", "name": "requested_slot", "value": "age"},
        {"event": "user"}, {"event": "slot", "name": "requested_slot", "value": "interest"},
        {"event": "slot", "name": "requested_slot", "value": None},
        {"event": "user"}, {"event": "slot", "name": "requested_slot", "value": "availability"},
    ]
    assert dict(_driver().questions_asked(events)) == {"age": 2, "availability": 1}


def test_a_fact_only_given_when_asked_is_not_scored_when_the_assistant_never_asked_for_it():
    driver = _driver()
    resident = _resident(turns={"opening": "hi, 30, Dudley", "answers": {"annual_income": "18k"}},
                         expect={"age": 30, "annual_income": 18000, "local_authority": "Dudley"})
    convo = driver.Conversation(resident, slots={"age": 30, "local_authority": "Dudley"})
    scored = driver.score(convo, SAMPLE_CATALOGUE)
    assert scored.slots == {"age": True, "local_authority": True}
    convo.asked["annual_income"] = 1
    assert driver.score(convo, SAMPLE_CATALOGUE).slots["annual_income"] is False


def test_income_ranges_declined_income_and_places_outside_the_area_compare_as_residents_mean_them():
    right = _driver().slot_right
    assert right("annual_income", {"min": 17000, "max": 18500}, 17940.0)
    assert not right("annual_income", {"min": 17000, "max": 18500}, 23000)
    assert right("annual_income", "prefer_not_to_say", "prefer_not_to_say")
    assert not right("annual_income", 0, "prefer_not_to_say")
    assert right("local_authority", "Manchester", "manchester")
    assert right("local_authority", "Stoke on Trent", "Stoke-on-Trent")
    assert not right("local_authority", "Stoke on Trent", "Stoke")
    assert not right("local_authority", "Dudley", "dudley")
    assert right("universal_credit", False, False) and not right("universal_credit", False, None)


def test_a_resident_whose_conversation_never_reached_routes_is_not_fully_right():
    driver = _driver()
    resident = _resident(expect={"age": 30})
    reached = driver.Conversation(resident, slots={"age": 30}, ended="recommendations")
    capped = driver.Conversation(resident, slots={"age": 30}, ended="turn_cap")
    assert driver.score(reached, SAMPLE_CATALOGUE).fully_right
    assert not driver.score(capped, SAMPLE_CATALOGUE).fully_right


def test_a_child_is_in_the_under_16_scope_by_their_age_or_with_no_age_by_their_school_year():
    driver = _driver()
    resident = _resident(expect_scope="under_16")
    for slots, right in [({"age": 14}, True), ({"school_age": [14, 15]}, True), ({}, False),
                         ({"age": 17, "school_age": [14, 15]}, False), ({"age": 17}, False)]:
        convo = driver.Conversation(resident, slots=slots, ended="recommendations")
        assert driver.score(convo, SAMPLE_CATALOGUE).scope_ok is right, slots
