"""Terse first messages, as residents type them on a phone: an age with no "I am" or "years old" to mark it,
after a greeting, a job or a country, beside where they live."""
import pytest

from tests.bot.language.test_understanding import facts


@pytest.mark.parametrize("text, age", [
    ("hi 41 and living in tipton, need work", 41),
    ("hello 52 from dudley, redundant", 52),
    ("hey 19 n from walsall, wat courses r there", 19),
    ("morning 45 walsall need a job", 45),
    ("hiya, 38 sandwell, out of work", 38),
])
def test_an_age_after_a_greeting_is_taken(understanding, text, age):
    assert facts(understanding, text).get("age") == age


@pytest.mark.parametrize("text, age", [
    ("17 just left college in walsall, want an apprenticeship", 17),
    ("18 just finished sixth form, what can I do", 18),
    ("hi 16 just done my gcses", 16),
])
def test_an_age_opening_a_message_about_what_they_just_did_is_taken(understanding, text, age):
    assert facts(understanding, text).get("age") == age


@pytest.mark.parametrize("text, age", [
    ("i am from sudan 24 years live in walsall", 24),
    ("refugee from syria, 31 yrs living coventry", 31),
])
def test_years_said_before_where_they_live_are_an_age(understanding, text, age):
    assert facts(understanding, text).get("age") == age


@pytest.mark.parametrize("text, age", [
    ("carer 31 tipton, on nights, want something better", 31),
    ("warehouse op 44 walsall", 44),
    ("cleaner 57 west bromwich, no computer", 57),
])
def test_an_age_between_a_job_and_a_place_is_taken(understanding, text, age):
    assert facts(understanding, text).get("age") == age


@pytest.mark.parametrize("text", [
    "hi 16 gcses and a btec, walsall",
    "hello 20 hours a week in walsall",
    "hi 2 kids in tipton",
    "been 20 years living in coventry",
    "for 15 yrs living in walsall",
    "I get the 51 to walsall",
    "worked there 25 years, walsall",
    "hi I did 12 years in the army",
])
def test_other_numbers_in_a_terse_message_are_not_an_age(understanding, text):
    assert "age" not in facts(understanding, text)


def test_years_of_service_beside_an_age_leave_the_age(understanding):
    assert facts(understanding, "bus driver 12 yrs in brum, 38, sick of it")["age"] == 38


@pytest.mark.parametrize("text, age", [
    ("16 left school in june, live in walsall", 16),
    ("18 finished college, want to do IT", 18),
    ("ex forces, out since spring, now 29 and living in tipton", 29),
    ("mum of 3, 41, walsall, want to learn excel", 41),
    ("dad of 2, 36, sandwell", 36),
])
def test_an_age_after_leaving_school_now_or_who_they_are_is_theirs(understanding, text, age):
    assert facts(understanding, text).get("age") == age


@pytest.mark.parametrize("text", [
    "my 2 kids, 12 and 14, live with me in walsall",
    "16 left on the course, walsall",
])
def test_childrens_ages_or_counts_are_not_the_residents_age(understanding, text):
    assert "age" not in facts(understanding, text)
