"""validate_intake_form and answers as residents give them: "not sure", "skip", a reply for another question."""

from __future__ import annotations

import pytest
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from tests.actions.dialogue_helpers import conversation, form_turn, run, slot_events, texts

from actions.intake import ValidateIntakeForm
from bot.dialogue import intake

ACTION = ValidateIntakeForm()
HELD = {"age": 34, "local_authority": "Walsall", "interest": "coding"}


def said(text: str, intent: str = "inform", weak: dict = None, strong: dict = None) -> UserUttered:
    """A message as the fact extractor marks it: `weak` facts were only a short reply ("not sure")."""
    entities = [{"entity": k, "value": v, "start": 0, "end": len(text), "weak": True} for k, v in (weak or {}).items()]
    entities += [{"entity": k, "value": v, "start": 0, "end": len(text)} for k, v in (strong or {}).items()]
    parse = {"intent": {"name": intent, "confidence": 0.7}, "entities": entities, "text": text}
    return UserUttered(text, parse["intent"], entities, parse_data=parse)


def test_not_sure_to_the_english_question_keeps_what_they_want_to_learn(context, dispatcher, domain, domain_dict):
    message = said("not sure", "decline", weak={"interest": "not_sure"})
    tracker = form_turn(domain, conversation(HELD, requested="english_level"), message, {"interest": "not_sure"})
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["interest"] == "coding"
    assert events["declined"] == ["english_level"]
    assert events["requested_slot"] != "english_level"
    assert not any("changed" in t for t in texts(dispatcher))


QUESTIONS = [s for s in intake.PROFILE_SLOTS if s not in HELD]


@pytest.mark.parametrize("slot", QUESTIONS)
@pytest.mark.parametrize("words", ["not sure", "don't know", "skip", "rather not say", "dunno tbh", "I'd rather not"])
def test_every_question_accepts_dont_know_and_is_then_not_asked_again(
        context, dispatcher, domain, domain_dict, slot, words):
    tracker = form_turn(domain, conversation(HELD, requested=slot), said(words, "inform"))
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert slot in events["declined"]
    assert events["requested_slot"] != slot
    assert events.get("interest", "coding") == "coding"
    if slot == "annual_income":
        assert events["annual_income"] == "prefer_not_to_say"


def test_not_sure_to_the_interest_question_is_an_answer(context, dispatcher, domain, domain_dict):
    held = {"age": 34, "local_authority": "Walsall"}
    message = said("not sure", "decline", weak={"interest": "not_sure"})
    tracker = form_turn(domain, conversation(held, requested="interest"), message, {"interest": "not_sure"})
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["interest"] == "not_sure"
    assert "interest" not in (events.get("declined") or [])


def test_a_short_reply_for_another_question_sets_nothing_new(context, dispatcher, domain, domain_dict):
    held = {"age": 34, "local_authority": "Walsall"}
    message = said("evenings", weak={"availability": "evenings_weekends"}, strong={"universal_credit": True})
    tracker = form_turn(domain, conversation(held, requested="english_level"), message,
                        {"availability": "evenings_weekends", "universal_credit": True})
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events.get("availability") is None
    assert events["universal_credit"] is True  # said outright, so it counts whatever was asked


def test_a_correction_that_names_the_fact_still_changes_it(context, dispatcher, domain, domain_dict):
    message = said("actually I want to do data", strong={"interest": "data"})
    tracker = form_turn(domain, conversation(HELD, requested="english_level"), message, {"interest": "data"})
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["interest"] == "data"
    assert "english_level" not in (events.get("declined") or [])


def test_groups_they_say_they_are_not_in_accumulate_and_reach_the_profile(context, dispatcher, domain, domain_dict):
    message = said("as a man in my forties", strong={})
    message.parse_data["entities"] = message.entities = [
        {"entity": "excluded_group", "value": v, "start": 0, "end": 6} for v in ("women", "black_women")]
    tracker = form_turn(domain, conversation({**HELD, "excluded_groups": ["over_50s"]}, requested="background"), message)
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["excluded_groups"] == ["black_women", "over_50s", "women"]
    profile, _ = intake.profile_from_slots({**HELD, "excluded_groups": events["excluded_groups"],
                                            "digital_confidence": "none"})
    assert profile.excluded_groups == ("black_women", "over_50s", "women")
    assert profile.digital_confidence == "none"


def test_pay_under_the_threshold_given_later_makes_someone_in_work_low_wage(context, dispatcher, domain, domain_dict):
    held = {**HELD, "employment_status": "employed"}
    tracker = form_turn(domain, conversation(held, requested="annual_income"),
                        said("about 19k", strong={"annual_income": 19000.0}), {"annual_income": 19000.0})
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["background"] == "low_wage"


@pytest.mark.parametrize("held", [{"background": "career_changer"}, {"declined": ["background"]},
                                  {"employment_status": "unemployed"}])
def test_pay_never_overrides_a_background_they_gave_or_declined(context, dispatcher, domain, domain_dict, held):
    held = {**HELD, "employment_status": "employed", **held}
    tracker = form_turn(domain, conversation(held, requested="annual_income"),
                        said("about 19k", strong={"annual_income": 19000.0}), {"annual_income": 19000.0})
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events.get("background", held.get("background")) == held.get("background")


def test_a_qualification_from_abroad_is_said_back_with_the_enic_condition(context, dispatcher, domain, domain_dict):
    facts = {"qualification_level": 3, "qualification_abroad": True}
    tracker = form_turn(domain, conversation(HELD, requested="qualification_level"),
                        said("I did the baccalaureate in Romania", strong=facts), facts)
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["qualification_level"] == 3
    [note] = [t for t in texts(dispatcher) if "ENIC" in t]
    assert "Level 3" in note and "statement of comparability" in note


def test_a_later_uk_qualification_is_not_marked_as_from_abroad(context, dispatcher, domain, domain_dict):
    held = {**HELD, "qualification_level": 3, "qualification_abroad": True}
    tracker = form_turn(domain, conversation(held, requested="english_level"),
                        said("actually I did an HND here", strong={"qualification_level": 5}), {"qualification_level": 5})
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["qualification_level"] == 5
    assert events["qualification_abroad"] is None
    assert not [t for t in texts(dispatcher) if "ENIC" in t]


def test_an_age_said_later_replaces_being_of_school_age(context, dispatcher, domain, domain_dict):
    held = {**HELD, "school_age": [14, 15]}
    del held["age"]
    tracker = form_turn(domain, conversation(held, requested="interest"),
                        said("actually I'm 17 now", strong={"age": 17}), {"age": 17})
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["age"] == 17
    assert events["school_age"] is None


def test_a_rough_age_answers_the_age_question_and_it_is_not_put_again(context, dispatcher, domain, domain_dict):
    held = {k: v for k, v in HELD.items() if k != "age"}
    tracker = form_turn(domain, conversation(held, requested="age"),
                        said("late 30s", strong={"school_age": [37, 39]}), {"school_age": [37, 39]})
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert "school_age" not in events and events.get("age") is None  # kept as said, no age guessed
    assert events["requested_slot"] not in (None, "age")
    assert texts(dispatcher) == []


def _place_named_at_work(area: str = "Sandwell") -> UserUttered:
    return said("the factory in Oldbury is shutting", strong={"place_assumed": area})


NO_PLACE = {k: v for k, v in HELD.items() if k != "local_authority"}


def _named_at_work():
    """They named a place only as where they work; the place question is open now."""
    history = conversation(NO_PLACE, requested="local_authority")
    return history[:-1] + [_place_named_at_work(), ActionExecuted("action_listen")]


def test_yes_to_the_place_they_named_at_work_takes_it(context, dispatcher, domain, domain_dict):
    tracker = form_turn(domain, _named_at_work(),
                        said("yes", "affirm"), {})
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["local_authority"] == "Sandwell"
    assert not [t for t in texts(dispatcher) if "where home is" in t]


def test_not_sure_where_they_live_takes_the_place_they_named_and_says_so(context, dispatcher, domain, domain_dict):
    tracker = form_turn(domain, _named_at_work(),
                        said("not sure", "decline"), {})
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["local_authority"] == "Sandwell"
    assert "local_authority" not in (events.get("declined") or [])
    [note] = [t for t in texts(dispatcher) if "where home is" in t]
    assert "Sandwell" in note and "tell me the town" in note


def test_rather_not_say_where_they_live_keeps_the_place_they_named_out(context, dispatcher, domain, domain_dict):
    tracker = form_turn(domain, _named_at_work(),
                        said("rather not say", "decline"), {})
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events.get("local_authority") is None
    assert events["declined"] == ["local_authority"]


def test_not_sure_with_no_place_named_is_declined_as_before(context, dispatcher, domain, domain_dict):
    tracker = form_turn(domain, conversation(NO_PLACE, requested="local_authority"), said("not sure", "decline"), {})
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events.get("local_authority") is None
    assert events["declined"] == ["local_authority"]


def test_a_skipped_question_answered_later_is_no_longer_declined(context, dispatcher, domain, domain_dict):
    held = {**HELD, "declined": ["english_level", "availability"]}
    message = said("actually my english is basic", strong={"english_level": "basic"})
    tracker = form_turn(domain, conversation(held, requested="employment_status"), message, {"english_level": "basic"})
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["english_level"] == "basic"
    assert events["declined"] == ["availability"]


def _asked_twice(slot: str, held: dict, first_reply: str):
    """The conversation after `slot` was asked, answered unusably, and asked again."""
    history = conversation(held, requested=slot)
    history += [said(first_reply), SlotSet("requested_slot", slot), ActionExecuted("action_listen")]
    return history


def test_a_question_answered_unusably_twice_is_not_put_a_third_time(context, dispatcher, domain, domain_dict):
    history = _asked_twice("availability", HELD, "hmm, purple probably")
    tracker = form_turn(domain, history, said("purple, like I said"))
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert "availability" in events["declined"]
    assert events["requested_slot"] != "availability"
    assert events.get("interest", "coding") == "coding"


def test_a_question_answered_unusably_once_is_asked_again(context, dispatcher, domain, domain_dict):
    tracker = form_turn(domain, conversation(HELD, requested="availability"), said("hmm, purple probably"))
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["requested_slot"] == "availability"
    assert "availability" not in (events.get("declined") or [])


def test_income_given_up_on_counts_as_not_said(domain):
    tracker = form_turn(domain, conversation(HELD, requested="annual_income"), said("it varies a lot"))
    events = slot_events(ACTION._give_up(tracker, "annual_income"))
    assert events == {"declined": ["annual_income"], "annual_income": "prefer_not_to_say"}
