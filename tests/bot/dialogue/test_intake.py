"""bot.dialogue.intake: which question to ask next, and whether an answer is usable (pure, no Rasa, no DB)."""

from __future__ import annotations

import pytest

from bot.dialogue import intake
from bot.language import vocab
from bot.dialogue.profile import Profile

ENGINE_ORDER = ["local_authority", "age", "interest", "availability", "background", "employment_status",
                "universal_credit", "english_level"]


def test_asks_the_engines_questions_in_its_order_skipping_what_is_known():
    profile = Profile(age=30, interest="data")
    assert intake.slots_to_ask(profile, ENGINE_ORDER) == [
        "local_authority", "availability", "background", "employment_status", "universal_credit", "english_level"]


def test_declined_questions_are_never_asked_again():
    assert "age" not in intake.slots_to_ask(Profile(), ENGINE_ORDER, declined=["age"])


def test_only_intake_slots_and_no_duplicates():
    assert intake.slots_to_ask(Profile(), ["target_groups", "age", "age", "shoe_size"]) == ["age"]


def test_nothing_more_is_asked_of_a_child():
    assert intake.slots_to_ask(Profile(age=15), ENGINE_ORDER) == []


def test_a_pupil_whose_school_year_put_them_under_16_is_asked_nothing_but_their_age_when_it_matters():
    profile, invalid = intake.profile_from_slots({"school_age": [14, 15], "local_authority": "Dudley"})
    assert profile.under_16 and invalid == []
    assert intake.slots_to_ask(profile, ENGINE_ORDER) == ["age"]
    assert intake.slots_to_ask(profile, ["local_authority", "interest"]) == []
    assert intake.slots_to_ask(profile, ENGINE_ORDER, declined=["age"]) == []


@pytest.mark.parametrize("ages", [[15, 21], [15, 14], [14], "fourteen", True])
def test_a_school_age_that_is_not_two_school_ages_is_left_out_and_named(ages):
    profile, invalid = intake.profile_from_slots({"school_age": ages, "local_authority": "Dudley"})
    assert profile.school_age is None and not profile.under_16
    assert invalid == ["school_age"] and profile.local_authority == "Dudley"


def test_an_age_said_decides_over_a_school_year():
    profile, _ = intake.profile_from_slots({"school_age": [14, 15], "age": 17})
    assert not profile.under_16
    assert "availability" in intake.slots_to_ask(profile, ENGINE_ORDER)
    assert intake.slots_to_ask(Profile(age=16), ["local_authority"]) == ["local_authority"]
    assert intake.fallback_slots_to_ask(Profile(age=12)) == []


def test_without_the_engine_common_questions_are_asked_but_never_sensitive_ones():
    asked = intake.fallback_slots_to_ask(Profile(local_authority="Dudley"), declined=["background"])
    assert asked[0] == "age"
    assert "background" not in asked
    assert "immigration_status" not in asked and "english_level" not in asked


def test_required_slots_are_held_facts_then_questions():
    slots = {"age": 30, "interest": None, "local_authority": "Dudley", "requested_slot": "x"}
    assert intake.required_slots(slots, ["interest", "age"]) == ["local_authority", "age", "interest"]


@pytest.mark.parametrize(
    "slot, given, stored",
    [
        ("age", 45, 45), ("age", "45", 45), ("age", 45.0, 45),
        ("annual_income", 18000, 18000), ("annual_income", "18,000", 18000), ("annual_income", 0, 0),
        ("annual_income", "prefer not to say", vocab.INCOME_DECLINED), ("annual_income", 14820.5, 14820.5),
        ("qualification_level", 0, 0), ("qualification_level", "3", 3),
        ("universal_credit", True, True), ("universal_credit", "no", False), ("universal_credit", "true", True),
        ("local_authority", "wolverhampton", "Wolverhampton"), ("local_authority", "Leeds", "Leeds"),
        ("local_authority", "telford and wrekin", "Telford and Wrekin"),
        ("background", "Displaced Worker", "displaced_worker"), ("interest", "not sure", "not_sure"),
        ("availability", "evenings-weekends", "evenings_weekends"), ("english_level", "none", "none"),
        ("immigration_status", "pre_settled", "pre_settled"), ("employment_status", "self-employed", "self_employed"),
    ],
)
def test_usable_answers_are_normalised(slot, given, stored):
    checked = intake.check(slot, given)
    assert checked.ok and checked.value == stored and type(checked.value) is type(stored)


@pytest.mark.parametrize(
    "slot, given, problem",
    [
        ("age", 4, "age"), ("age", 111, "age"), ("age", 22.5, "age"), ("age", "old", "age"), ("age", True, "age"),
        ("annual_income", -1, "annual_income"), ("annual_income", 5_000_000, "annual_income"),
        ("annual_income", 9.5, "annual_income_not_yearly"), ("annual_income", "lots", "annual_income"),
        ("qualification_level", 9, "qualification_level"), ("qualification_level", 2.5, "qualification_level"),
        ("universal_credit", "maybe", "universal_credit"), ("local_authority", "12345", "local_authority"),
        ("local_authority", "x" * 61, "local_authority"), ("background", "astronaut", "background"),
        ("interest", "knitting", "interest"), ("availability", "never", "availability"),
        ("english_level", "klingon", "english_level"), ("immigration_status", "alien", "immigration_status"),
        ("employment_status", "retired", "employment_status"),
    ],
)
def test_unusable_answers_say_why(slot, given, problem):
    checked = intake.check(slot, given)
    assert not checked.ok and checked.value is None and checked.problem == problem


def test_nan_and_infinity_are_not_numbers():
    assert not intake.check("age", float("nan")).ok
    assert not intake.check("annual_income", float("inf")).ok


def test_unknown_slots_are_a_programming_error():
    with pytest.raises(KeyError):
        intake.check("shoe_size", 9)


def test_target_groups_accumulate_and_drop_unknown_words():
    assert intake.merge_target_groups(["women"], ["care leavers", "women", "pirates"]) == ["care_leavers", "women"]
    assert intake.merge_target_groups(None, []) == []


def test_profile_from_slots_leaves_out_and_names_what_is_not_usable():
    profile, invalid = intake.profile_from_slots(
        {"age": 200, "local_authority": "dudley", "interest": "data", "target_groups": ["women"],
         "requested_slot": "age", "declined": ["annual_income"]})
    assert profile == Profile(local_authority="Dudley", interest="data", target_groups=("women",))
    assert invalid == ["age"]


def test_the_not_fact_intents_are_questions_or_requests():
    assert "inform" not in intake.NOT_FACT_INTENTS and "greet" not in intake.NOT_FACT_INTENTS
    assert "faq_universal_credit" in intake.NOT_FACT_INTENTS


@pytest.mark.parametrize(
    "requested, text, entities, value",
    [
        ("interest", "data", [{"entity": "interest", "value": "data"}], "data"),
        ("age", "45", [{"entity": "number", "value": 45}], 45),
        ("age", "I'm 45", [{"entity": "age", "value": 45}], 45),
        ("local_authority", "can i talk to a person in birmingham", [{"entity": "local_authority", "value": "Birmingham"}], None),
        ("interest", "data", [{"entity": "availability", "value": "part_time"}], None),
        ("interest", "data or coding", [{"entity": "interest", "value": "data"}, {"entity": "interest", "value": "coding"}], None),
        ("interest", "", [{"entity": "interest", "value": "data"}], None),
        (None, "data", [{"entity": "interest", "value": "data"}], None),
        ("local_authority", "45", [{"entity": "number", "value": 45}], None),
    ],
)
def test_a_short_reply_with_exactly_the_fact_asked_for_is_an_answer(requested, text, entities, value):
    assert intake.short_answer(requested, text, entities) == value


def test_a_short_answer_does_not_change_other_facts_in_passing():
    entities = [{"entity": "employment_status", "value": "unemployed"}, {"entity": "background", "value": "unemployed"}]
    held = {"background": "school_leaver", "employment_status": None}
    assert intake.side_effects("employment_status", "unemployed", entities, held) == ["background"]
    assert intake.side_effects("employment_status", "unemployed", entities, {}) == []  # new, so kept
    long = "no I'm unemployed now, I lost my job"
    assert intake.side_effects("employment_status", long, entities, held) == []  # a correction
    assert intake.side_effects("age", "unemployed", entities, held) == []  # not an answer to the question


def test_a_weak_fact_answers_only_the_open_question_and_counts_when_none_is_open():
    entities = [{"entity": "availability", "value": "evenings_weekends", "weak": True},
                {"entity": "universal_credit", "value": True}]
    assert intake.weak_side_effects("english_level", entities) == ["availability"]
    assert intake.weak_side_effects("availability", entities) == []
    assert intake.weak_side_effects(None, entities) == []


@pytest.mark.parametrize("text", ["not sure", "Not sure really", "dunno", "I don't know", "skip", "skip this one",
                                  "rather not say", "I'd rather not", "prefer not to say", "no idea", "pass"])
def test_dont_know_skip_and_rather_not_say_are_recognised(text):
    assert intake.is_dont_know(text)


@pytest.mark.parametrize("text", ["not sure what I want to do", "I'm 25", "no", "evenings", "I don't know English"])
def test_answers_are_not_dont_know(text):
    assert not intake.is_dont_know(text)


def test_times_asked_counts_the_answers_given_to_a_question_since_the_last_restart():
    def asked(slot):
        return [{"event": "slot", "name": "requested_slot", "value": slot}, {"event": "user", "text": "x"}]

    events = asked("age") + asked("english_level") + asked("english_level")
    assert intake.times_asked(events, "english_level") == 2
    assert intake.times_asked(events, "age") == 1
    assert intake.times_asked(events + [{"event": "restart"}] + asked("english_level"), "english_level") == 1
    assert intake.MAX_ASKS == 2


def test_an_everyday_answer_to_the_work_question_keeps_the_background_they_gave():
    entities = [{"entity": "employment_status", "value": "unemployed"}, {"entity": "background", "value": "unemployed"}]
    held = {"background": "school_leaver"}
    assert intake.side_effects("employment_status", "not working at the moment", entities, held) == ["background"]


@pytest.mark.parametrize("text", ["retired", "I'm retired", "retired now", "retired years ago"])
def test_retired_is_a_question_that_does_not_apply_recorded_as_unknown(text):
    assert intake.is_dont_know(text)


@pytest.mark.parametrize("text", ["Depends on the shifts, they change every week.", "depends what's on offer really",
                                  "it depends"])
def test_an_answer_that_depends_is_recorded_as_unknown_not_misheard(text):
    assert intake.is_dont_know(text)


def test_depends_inside_an_answer_is_still_an_answer():
    assert not intake.is_dont_know("I work full time but it depends")


def test_a_school_leavers_ages_are_held_but_do_not_make_them_a_child():
    profile, invalid = intake.profile_from_slots({"school_age": [16, 17], "local_authority": "Dudley"})
    assert profile.school_age == (16, 17) and not invalid
    assert not profile.under_16
