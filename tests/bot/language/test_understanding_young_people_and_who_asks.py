"""Young people and those who ask for them: a birthday said with its year, misspelt relations, NEET written out,
a worker's own work kept apart from the young person's, an age right after who they are, and no English at all."""

import pytest

from tests.bot.language.test_understanding_school_years import _facts


@pytest.mark.parametrize("text, age", [
    ("hi my bday is 3rd may 2012. am i old enuf for a coding bootcamp?", 14),
    ("my birthday's 14 feb 1999 and i live in walsall", 27),
    ("her birthday is the 2nd of June 2009, she wants to do IT", 17),
])
def test_a_birthday_said_with_its_year_is_a_date_of_birth(understanding, today_is_7_december_2026, text, age):
    assert _facts(understanding, text).get("age") == age


def test_a_birthday_without_its_year_is_no_age(understanding, today_is_7_december_2026):
    assert "age" not in _facts(understanding, "my birthday is in march and I want to learn coding")


@pytest.mark.parametrize("text, pronoun", [
    ("My grandaughter is 15 and doing her GCSEs this year, she wants to work with computers", "she"),
    ("my neice is 19 and wants to do coding", "she"),
    ("my nefew is 18, he wants to get into IT", "he"),
])
def test_a_misspelt_relation_is_still_who_they_ask_for(understanding, text, pronoun):
    facts = _facts(understanding, text)
    assert facts.get("asking_for") == pronoun
    assert facts.get("age") in (15, 18, 19)


@pytest.mark.parametrize("text", [
    "She's not in work, education or training. Very bright though.",
    "He is currently not in education, employment or training.",
])
def test_neet_written_out_with_its_commas_is_out_of_work(understanding, text):
    assert _facts(understanding, text, about_held="she").get("employment_status") == "unemployed"


def test_a_worker_working_with_a_young_person_is_asking_for_them_not_in_work(understanding):
    facts = _facts(understanding, "I'm an outreach worker for a youth charity and I'm working with a 17-year-old "
                                  "lad who lives in Walsall. He's NEET at the moment and keeps talking about IT support.")
    assert facts.get("asking_for") == "he"
    assert facts.get("age") == 17
    assert facts.get("employment_status") == "unemployed"


@pytest.mark.parametrize("text", [
    "I'm writing for my uncle because he doesn't speak any English. He's 34.",
    "my mum speaks no English, she is 48",
])
def test_no_english_at_all_said_plainly_is_none(understanding, text):
    assert _facts(understanding, text).get("english_level") == "none"


def test_the_ukraine_scheme_said_loosely_is_still_the_scheme(understanding):
    facts = _facts(understanding, "she came from Ukraine on the visa scheme and lives with a host", about_held="she")
    assert facts.get("immigration_status") == "ukraine_scheme"


def test_going_to_college_is_being_in_education_but_wanting_to_is_not(understanding):
    assert _facts(understanding, "I live in Walsall but I go to college in Wolverhampton").get(
        "employment_status") == "in_education"
    assert "employment_status" not in _facts(understanding, "i want to go to college")


@pytest.mark.parametrize("text, age", [("care leaver 18 need help getting a job in computers", 18),
                                       ("single mum 34 looking for a part time course", 34)])
def test_an_age_right_after_who_they_are_opening_a_terse_message_is_theirs(understanding, text, age):
    assert _facts(understanding, text).get("age") == age


@pytest.mark.parametrize("text", ["full time 40 hours a week", "part time 16 hours at asda"])
def test_hours_after_a_schedule_are_not_an_age(understanding, text):
    assert "age" not in _facts(understanding, text)
