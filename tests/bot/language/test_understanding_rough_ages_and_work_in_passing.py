"""Ages said roughly, the age question answered after a grumble, jobs still held said by their verb, English as their
own language, office kit beside a spreadsheet, pay too small to live on, workplaces shut, a last school year being
left (worded fresh, not from the evaluation)."""

import pytest

from bot.dialogue.profile import Profile, ProfileError
from bot.language.rough_ages import rough_age
from tests.bot.language.test_understanding_days_free_and_children_together import _en


@pytest.mark.parametrize("text, ages", [
    ("late 30s", (37, 39)),
    ("early thirties", (30, 33)),
    ("mid-fifties", (54, 56)),
    ("a bloke in my forties", (40, 49)),
    ("she's 20 something", (20, 29)),
])
def test_an_age_said_roughly_is_the_range_it_names(text, ages):
    assert rough_age(text)[0] == ages


@pytest.mark.parametrize("text", ["born in the late 60s", "worked there 20 odd years", "back in the 90s", "30ish"])
def test_a_decade_of_the_calendar_or_a_length_of_time_is_no_age(text):
    assert rough_age(text) is None


def test_a_rough_age_to_the_age_question_is_kept_as_a_range_never_a_guessed_age(understanding):
    said = _en(understanding, "early forties", asked="age")
    assert said.get("school_age") == [40, 43] and "age" not in said


def test_a_range_within_one_decade_is_a_profile_fact_and_one_across_decades_is_not():
    assert Profile.from_mapping({"school_age": [37, 39]}).school_age == (37, 39)
    with pytest.raises(ProfileError):
        Profile.from_mapping({"school_age": [25, 34]})


@pytest.mark.parametrize("text, age", [
    ("not sure why that matters but 43", 43),
    ("twenty 3", 23),
])
def test_the_age_after_a_grumble_or_half_in_words_is_their_age(understanding, text, age):
    said = _en(understanding, text, asked="age")
    assert said.get("age", said.get("number")) == age


def test_an_age_after_a_greeting_and_a_dash_is_theirs(understanding):
    assert _en(understanding, "Hi there - 41, Walsall, want to learn data").get("age") == 41


@pytest.mark.parametrize("text, status", [
    ("still driving", "employed"),
    ("yes still cleaning at the school", "employed"),
    ("still looking", None),
])
def test_still_doing_the_job_by_its_verb_is_in_work(understanding, text, status):
    assert _en(understanding, text, asked="employment_status").get("employment_status") == status


@pytest.mark.parametrize("text, level", [
    ("English is fine, I was born here", "fluent"),
    ("I speak English every day at work", "fluent"),
    ("I go to college, Entry 2", "basic"),
    ("intermediate I think, I did ESOL entry 3", "intermediate"),
])
def test_their_own_language_or_an_esol_entry_level_says_their_english(understanding, text, level):
    assert _en(understanding, text, asked="english_level").get("english_level") == level


@pytest.mark.parametrize("text", ["not sure tbh, never thought about it", "never really considered it"])
def test_never_having_thought_about_it_is_no_topic_yet(understanding, text):
    assert _en(understanding, text, asked="interest").get("interest") == "not_sure"


@pytest.mark.parametrize("text, topic", [
    ("just want to learn the office things, emails and excel", "general_digital"),
    ("i want to get into excel and data analysis", "data"),
    ("I want learn computer for work, maybe data, spreadsheets", "data"),
    ("searching for a data analyst course", "data"),
])
def test_the_topic_a_wish_names_narrows_computers_and_a_spreadsheet_beside_email_is_office_kit(understanding, text, topic):
    assert _en(understanding, text).get("interest") == topic


@pytest.mark.parametrize("text", [
    "I work in a bakery and the money is very small",
    "do nights at a care home, some weeks I barely clear 250 after tax",
])
def test_pay_too_small_said_with_how_much_so_is_low_pay(understanding, text):
    assert _en(understanding, text).get("background") == "low_wage"


def test_small_money_from_the_home_office_is_support_not_a_wage(understanding):
    assert "background" not in _en(understanding, "i get small money from the home office each week")


@pytest.mark.parametrize("text", [
    "the glassworks is shutting in spring",
    "I was at a packaging firm for 12 years, it closed in May",
])
def test_a_works_or_a_place_they_were_at_shutting_is_a_job_lost_to_change(understanding, text):
    assert _en(understanding, text).get("background") == "displaced_worker"


@pytest.mark.parametrize("text", [
    "Bus driver 15 years, need a plan B, always fancied web design",
    "been a hairdresser ages, is it too late at my age to switch to coding?",
])
def test_a_job_then_a_long_held_wish_or_a_way_out_is_a_change_of_career(understanding, text):
    assert _en(understanding, text).get("background") == "career_changer"


def test_a_last_school_year_being_left_is_a_school_leaver(understanding):
    said = _en(understanding, "year 11 leaver, want an apprenticeship in IT")
    assert said.get("background") == "school_leaver" and said.get("school_age") == [15, 16]


def test_a_field_worked_in_and_wanted_kept_up_is_what_they_want(understanding):
    said = _en(understanding, "I was a graphic designer back home, I want to keep my skills while I wait")
    assert said.get("interest") == "web_design"


def test_passes_counted_with_english_and_maths_are_level_2(understanding):
    assert _en(understanding, "left school in June with 7 passes including english and maths").get(
        "qualification_level") == 2


def test_a_qualification_from_a_course_of_their_own_is_held_not_wanted(understanding):
    said = _en(understanding, "did my college course last year (btec level 3 in IT), now what?")
    assert said.get("qualification_level") == 3


def test_a_visa_that_led_to_indefinite_leave_is_settled(understanding):
    said = _en(understanding, "came here on a student visa years ago and now I have ILR")
    assert said.get("immigration_status") == "settled"


def test_still_finding_nothing_after_study_is_out_of_work(understanding):
    assert _en(understanding, "finished uni last year and still can't find anything").get("background") == "unemployed"


def test_only_when_they_are_at_school_is_part_time(understanding):
    said = _en(understanding, "I have two kids so I can study only when they are at school")
    assert said.get("availability") == "part_time"


def test_a_birthday_to_come_texted_as_il_be_is_the_age_before_it(understanding):
    assert _en(understanding, "il be 16 in march, live in tipton").get("age") == 15


@pytest.mark.parametrize("text", [
    "Im 29, currently packing at a warehouse in Oldbury but want to get into data",
    "left the army in May and now driving for a delivery company, want IT support",
])
def test_work_done_now_said_by_its_verb_without_the_i_is_work_held(understanding, text):
    assert _en(understanding, text).get("employment_status") == "employed"


def test_basic_stuff_first_is_the_basics(understanding):
    assert _en(understanding, "basic stuff first then see", asked="interest").get("interest") == "general_digital"


def test_programs_of_their_own_are_coding_and_no_job_said_of_him_is_out_of_work(understanding):
    said = {f.slot: f.value for f in understanding.extract(
        "he writes his own programs but hasnt got a job", asked="interest", about_held="he")}
    assert said.get("interest") == "coding" and said.get("employment_status") == "unemployed"
