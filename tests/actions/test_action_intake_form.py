"""validate_intake_form with real trackers, a real dispatcher and the fixture catalogue in SQLite."""

from __future__ import annotations

import asyncio

import pytest
from tests.actions.dialogue_helpers import conversation, form_turn, run, slot_events, texts, user

from rasa_sdk.executor import CollectingDispatcher

from actions.intake import ValidateIntakeForm
from bot.dialogue import intake, replies
from bot.dialogue.profile import Profile

ACTION = ValidateIntakeForm()


def engine_next(context, slots, declined=()):
    """The question the engine says matters most, among those not yet known or declined."""
    profile, _ = intake.profile_from_slots(slots)
    result = context.match_now(profile)
    return next((q for q in result.questions if slots.get(q) is None and q not in declined), None)


def test_first_turn_asks_the_engines_most_useful_question(context, dispatcher, domain, domain_dict):
    tracker = form_turn(domain, conversation(in_form=False), user("hello", "greet"))
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events == {"requested_slot": engine_next(context, {})}
    assert events["requested_slot"] == "local_authority"  # a gate comes first
    assert dispatcher.messages == []


def test_several_facts_at_once_fill_every_slot_and_only_what_matters_is_asked(
        context, dispatcher, domain, domain_dict):
    facts = {"age": 45, "local_authority": "Walsall", "background": "displaced_worker"}
    tracker = form_turn(domain, conversation(requested="local_authority"), user("45 walsall lost my job"), facts)
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    for name, value in facts.items():
        assert events[name] == value
    asked = events["requested_slot"]
    assert asked == engine_next(context, facts)
    assert asked not in facts
    assert dispatcher.messages == []


def test_numbers_and_words_are_normalised_to_the_slot_contract(context, dispatcher, domain, domain_dict):
    given = {"age": "45", "qualification_level": 3.0, "availability": "Evenings Weekends",
             "local_authority": "walsall", "universal_credit": "yes"}
    tracker = form_turn(domain, conversation(requested="age"), user("..."), given)
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["age"] == 45
    assert events["qualification_level"] == 3
    assert events["availability"] == "evenings_weekends"
    assert events["local_authority"] == "Walsall"
    assert events["universal_credit"] is True


@pytest.mark.parametrize(
    "slot, value, problem",
    [("age", 200, "age"), ("age", "twelve-ish", "age"), ("qualification_level", 11, "qualification_level"),
     ("interest", "knitting", "interest"), ("annual_income", 9.5, "annual_income_not_yearly"),
     ("annual_income", -5, "annual_income")],
)
def test_an_unusable_answer_is_cleared_explained_and_asked_again(
        context, dispatcher, domain, domain_dict, slot, value, problem):
    held = {"local_authority": "Walsall", "age": 45}
    held.pop(slot, None)
    tracker = form_turn(domain, conversation(held, requested=slot), user("..."), {slot: value})
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events[slot] is None
    assert texts(dispatcher) == [replies.PROBLEMS[problem]]
    if slot in ("age",):
        assert events["requested_slot"] == slot  # a gate: asked again straight away


def test_decline_records_the_question_and_it_is_never_asked_again(context, dispatcher, domain, domain_dict):
    held = {"age": 45, "local_authority": "Walsall", "background": "displaced_worker"}
    first = engine_next(context, held)
    tracker = form_turn(domain, conversation(held, requested=first), user("rather not", "decline"))
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["declined"] == [first]
    assert events["requested_slot"] not in (first, None)
    assert events["requested_slot"] == engine_next(context, held, declined=[first])

    # Later turns keep skipping it.
    later = form_turn(domain, conversation({**held, "declined": [first]}, requested=events["requested_slot"]),
                      user("hi", "greet"))
    assert slot_events(run(ACTION, dispatcher, later, domain_dict))["requested_slot"] != first


def test_declining_income_records_prefer_not_to_say(context, dispatcher, domain, domain_dict):
    held = {"age": 30, "local_authority": "Birmingham", "background": "refugee"}
    tracker = form_turn(domain, conversation(held, requested="annual_income"), user("prefer not to say", "decline"))
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["annual_income"] == "prefer_not_to_say"
    assert events["declined"] == ["annual_income"]
    assert events["requested_slot"] != "annual_income"


def test_under_16_no_further_personal_questions(context, dispatcher, domain, domain_dict):
    tracker = form_turn(domain, conversation({"local_authority": "Dudley"}, requested="age"), user("14"), {"age": 14})
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["age"] == 14
    assert events["requested_slot"] is None  # the form ends; action_recommend shows youth options


def test_outside_the_area_is_said_kindly_once_with_the_service_area(context, dispatcher, domain, domain_dict):
    message = user("I live in Leeds", entities={"local_authority": "Leeds"})
    tracker = form_turn(domain, conversation(requested="local_authority"), message, {"local_authority": "Leeds"})
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["local_authority"] == "Leeds"
    [note] = texts(dispatcher)
    assert "Leeds is outside the area" in note
    assert "West Midlands Combined Authority" in note and "Wolverhampton" in note
    assert "national and online routes" in note
    assert events["requested_slot"] == "age"  # the one fact that can still rule national routes out

    # Resuming after a digression does not repeat it.
    again = form_turn(domain, conversation({"local_authority": "Leeds"}, requested="age"), user("is it free", "faq_cost"))
    quiet = CollectingDispatcher()
    run(ACTION, quiet, again, domain_dict)
    assert quiet.messages == []


def test_a_digression_asks_again_without_messages(context, dispatcher, domain, domain_dict):
    held = {"age": 45, "local_authority": "Walsall"}
    tracker = form_turn(domain, conversation(held, requested="interest"), user("what is an hnc", "faq_hnc"))
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert set(events) == {"requested_slot"}
    assert dispatcher.messages == []


def test_groups_a_resident_mentions_accumulate(context, dispatcher, domain, domain_dict):
    held = {"age": 24, "local_authority": "Birmingham", "target_groups": ["care_leavers"]}
    message = user("I'm a woman", entities={"target_group": "women"})
    tracker = form_turn(domain, conversation(held, requested="background"), message)
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["target_groups"] == ["care_leavers", "women"]


def test_when_everything_that_matters_is_known_the_form_ends(context, dispatcher, domain, domain_dict):
    held = {"age": 45, "local_authority": "Walsall", "background": "displaced_worker", "interest": "data",
            "availability": "part_time", "employment_status": "unemployed", "qualification_level": 2}
    tracker = form_turn(domain, conversation(held, requested="universal_credit"), user("yes", "affirm"),
                        {"universal_credit": True})
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["universal_credit"] is True
    assert events["requested_slot"] is None


def test_required_slots_are_what_we_hold_then_what_is_left_to_ask(context, dispatcher, domain, domain_dict):
    held = {"age": 45, "local_authority": "Walsall"}
    tracker = form_turn(domain, conversation(held, requested="background"), user("hi", "greet"))
    form_slots = domain_dict["forms"]["intake_form"]["required_slots"]
    required = asyncio.run(ACTION.required_slots(form_slots, dispatcher, tracker, domain_dict))
    assert required[:2] == ["local_authority", "age"]
    result = context.match_now(Profile(age=45, local_authority="Walsall"))
    assert required[2:] == [q for q in result.questions if q not in held]


def test_without_the_engine_the_intake_goes_on_with_common_questions(no_database, dispatcher, domain, domain_dict):
    tracker = form_turn(domain, conversation(requested="local_authority"), user("Dudley"), {"local_authority": "Dudley"})
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["local_authority"] == "Dudley"
    assert events["requested_slot"] == "age"
    assert dispatcher.messages == []


def test_a_one_word_answer_misread_as_a_request_still_answers_the_question(context, dispatcher, domain, domain_dict):
    held = {"age": 45, "local_authority": "Walsall", "background": "displaced_worker"}
    message = user("data", "forget_me", entities={"interest": "data"})  # "data" as in "delete my data"
    tracker = form_turn(domain, conversation(held, requested="interest"), message)
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["interest"] == "data"
    assert events["requested_slot"] not in ("interest", None)


def test_a_real_request_that_mentions_a_fact_is_left_to_the_digression(context, dispatcher, domain, domain_dict):
    message = user("can i talk to a person in birmingham", "human_handoff", entities={"local_authority": "Birmingham"})
    tracker = form_turn(domain, conversation(requested="local_authority"), message)
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert set(events) == {"requested_slot"}  # nothing filled: Rasa rejects the form, the rule answers


def test_a_short_answer_keeps_the_background_we_already_held(context, dispatcher, domain, domain_dict):
    held = {"age": 17, "local_authority": "Sandwell", "background": "school_leaver"}
    extracted = {"employment_status": "unemployed", "background": "unemployed"}
    message = user("unemployed", "inform", entities=extracted)
    tracker = form_turn(domain, conversation(held, requested="employment_status"), message, extracted)
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["employment_status"] == "unemployed"
    assert events["background"] == "school_leaver"


def _said_at(text, said):
    """A user message whose entities carry the spans they were read from (user() puts every one at 0-1)."""
    from rasa.shared.core.events import UserUttered

    parse = {"intent": {"name": "inform", "confidence": 1.0}, "entities": said, "text": text}
    return UserUttered(text, parse["intent"], said, parse_data=parse)


def test_a_long_answer_to_the_work_question_keeps_the_situation_its_own_words_would_change(
        context, dispatcher, domain, domain_dict):
    held = {"age": 41, "local_authority": "Sandwell", "background": "refugee"}
    message = _said_at("no job, I am looking after my children", [
        {"entity": "employment_status", "value": "unemployed", "start": 0, "end": 6},
        {"entity": "background", "value": "unemployed", "start": 0, "end": 6}])  # one phrase, both facts
    extracted = {"employment_status": "unemployed", "background": "unemployed"}
    tracker = form_turn(domain, conversation(held, requested="employment_status"), message, extracted)
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["employment_status"] == "unemployed"
    assert events["background"] == "refugee"
    assert not any("changed" in t for t in texts(dispatcher))


def test_work_said_beside_when_they_can_study_keeps_them_self_employed(context, dispatcher, domain, domain_dict):
    held = {"age": 47, "local_authority": "Solihull", "employment_status": "self_employed"}
    message = _said_at("evenings, I still have to work in the day", [
        {"entity": "availability", "value": "evenings_weekends", "start": 0, "end": 8},
        {"entity": "employment_status", "value": "employed", "start": 10, "end": 41}])
    extracted = {"availability": "evenings_weekends", "employment_status": "employed"}
    tracker = form_turn(domain, conversation(held, requested="availability"), message, extracted)
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["availability"] == "evenings_weekends"
    assert events.get("employment_status", "self_employed") == "self_employed"


def test_an_employer_said_to_the_work_question_replaces_self_employed(context, dispatcher, domain, domain_dict):
    held = {"age": 47, "local_authority": "Solihull", "employment_status": "self_employed"}
    message = _said_at("I work for the council now", [
        {"entity": "employment_status", "value": "employed", "start": 0, "end": 26}])
    extracted = {"employment_status": "employed"}
    tracker = form_turn(domain, conversation(held, requested="employment_status"), message, extracted)
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["employment_status"] == "employed"


def test_a_situation_said_in_its_own_words_beside_the_answer_still_changes_it(context, dispatcher, domain, domain_dict):
    held = {"age": 41, "local_authority": "Sandwell", "background": "low_wage"}
    message = _said_at("not working, the factory shut and they brought in robots", [
        {"entity": "employment_status", "value": "unemployed", "start": 0, "end": 11},
        {"entity": "background", "value": "displaced_worker", "start": 13, "end": 29}])
    extracted = {"employment_status": "unemployed", "background": "displaced_worker"}
    tracker = form_turn(domain, conversation(held, requested="employment_status"), message, extracted)
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["background"] == "displaced_worker"


# --- corrections through rights.change_fact, and the demand report's counts ------------------
def _counted(context, event):
    from sqlalchemy import select

    from bot.residents.records import analytics_events, create_schema

    with context.session() as session:
        create_schema(session.get_bind())  # nothing may have been written yet
        return session.execute(select(analytics_events.c.question, analytics_events.c.channel)
                               .where(analytics_events.c.event == event)).all()


def test_a_correction_is_confirmed_in_plain_words(context, dispatcher, domain, domain_dict):
    held = {"age": 30, "local_authority": "Leeds"}
    tracker = form_turn(domain, conversation(held, in_form=False), user("actually I'm 25"), {"age": 25})
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["age"] == 25
    assert texts(dispatcher) == ["OK, I've changed your age to 25."]


def test_a_first_answer_is_not_announced_as_a_change(context, dispatcher, domain, domain_dict):
    tracker = form_turn(domain, conversation({"local_authority": "Walsall"}, requested="age"), user("45"), {"age": 45})
    run(ACTION, dispatcher, tracker, domain_dict)
    assert texts(dispatcher) == []


def test_the_conversation_and_each_answer_are_counted_without_ids_or_text(context, dispatcher, domain, domain_dict):
    first = form_turn(domain, conversation(in_form=False), user("hello", "greet", metadata={"channel": "sms"}))
    run(ACTION, dispatcher, first, domain_dict)
    assert _counted(context, "conversation_started") == [(None, "sms")]
    answer = form_turn(domain, conversation(requested="local_authority"),
                       user("walsall", metadata={"channel": "sms"}), {"local_authority": "Walsall"})
    run(ACTION, dispatcher, answer, domain_dict)
    assert _counted(context, "question_answered") == [("local_authority", "sms")]
    assert _counted(context, "conversation_started") == [(None, "sms")]  # the form's later runs are not counted


def test_console_sessions_are_counted_by_the_console_not_twice(context, dispatcher, domain, domain_dict):
    run(ACTION, dispatcher, form_turn(domain, conversation(in_form=False),
                                      user("hello", "greet", metadata={"channel": "assisted"})), domain_dict)
    assert _counted(context, "conversation_started") == []


def test_a_declined_question_is_not_counted_as_answered(context, dispatcher, domain, domain_dict):
    held = {"age": 45, "local_authority": "Walsall", "background": "displaced_worker"}
    tracker = form_turn(domain, conversation(held, requested="annual_income"), user("rather not", "decline"))
    run(ACTION, dispatcher, tracker, domain_dict)
    assert _counted(context, "question_answered") == []


def test_a_question_asked_beside_the_facts_is_answered_before_the_next_question(context, dispatcher, domain,
                                                                                  domain_dict):
    facts = {"age": 25, "local_authority": "Walsall"}
    tracker = form_turn(domain, conversation(in_form=False), user("is it free? I'm 25 and live in Walsall"), facts)
    events = slot_events(run(ACTION, dispatcher, tracker, domain_dict))
    assert events["age"] == 25 and events["local_authority"] == "Walsall"
    assert [m.get("response") for m in dispatcher.messages] == ["utter_faq_cost"]


def test_asking_for_a_person_beside_the_facts_says_how_to_reach_one(context, dispatcher, domain, domain_dict):
    tracker = form_turn(domain, conversation(in_form=False), user("Can I talk to someone? 33, Coventry, lost my job"),
                        {"age": 33, "local_authority": "Coventry"})
    run(ACTION, dispatcher, tracker, domain_dict)
    assert any('"talk to a person"' in text for text in texts(dispatcher))


def test_a_message_the_classifier_took_for_the_question_is_not_answered_twice(context, dispatcher, domain,
                                                                               domain_dict):
    tracker = form_turn(domain, conversation(requested="age"), user("is it free?", "faq_cost"))
    run(ACTION, dispatcher, tracker, domain_dict)
    assert not any(m.get("response") == "utter_faq_cost" for m in dispatcher.messages)
