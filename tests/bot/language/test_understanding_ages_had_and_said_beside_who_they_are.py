"""An age had since a birthday gone by ("62 last birthday", "was 52 in sept"), one still to come said as people
say it ("ill be 19 in march", "30 on Christmas Day", "22 in the spring"), put right ("45, oh no, 46 now"), said
after who they are ("I am Afghan girl, 23"), or given inside a longer answer to the age question; and the
lengths of time that are not ages ("twelve years this month")."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("said, age", [
    ("62 last birthday, live just outside Oswestry", 62),
    ("print works shutting after xmas. was 52 in sept. 30 odd yrs there", 52),
    ("I turned 57 in October and I'm looking to retrain", 57),
])
def test_an_age_had_at_a_birthday_gone_by_is_the_age_now(understanding, said, age):
    assert facts(understanding, said)["age"] == age


@pytest.mark.parametrize("said, age", [
    ("hiya im in erdington and ill be 19 in march, wanna get into IT support", 18),
    ("I'll be 30 on Christmas Day (yes really). I'm a line cook in Willenhall", 29),
    ("I will be 40 in the new year and want a change", 39),
])
def test_an_age_still_to_come_said_as_people_say_it_is_a_year_less_now(understanding, said, age):
    assert facts(understanding, said)["age"] == age


def test_the_age_still_to_come_of_the_person_asked_for_is_a_year_less_now(understanding):
    found = facts(understanding, "Asking for my son, he's in his final year at Aston. He'll be 22 in the spring.")
    assert (found["asking_for"], found["age"]) == ("he", 21)


def test_an_age_put_right_with_oh_no_is_the_one_put_right(understanding):
    assert facts(understanding, "Hiya I'm 45, oh no, 46 now, it was my birthday on Tuesday!")["age"] == 46


@pytest.mark.parametrize("said, age", [
    ("Hello, I am Afghan girl, 23. I arrived 6 months ago", 23),
    ("Hello, I am Romanian girl 27 years, I have pre-settled status", 27),
    ("I'm a woman in my fifties (56) and I manage a garden centre", 56),
    ("hello there, twenty-six and living on the Narborough Road in Leicester", 26),
])
def test_an_age_said_beside_who_they_are_or_where_they_live_is_read(understanding, said, age):
    assert facts(understanding, said)["age"] == age


@pytest.mark.parametrize("said", [
    "Left school at sixteen and I've been on the same warehouse floor in Darlaston ever since, twelve years this month.",
    "I am single mum 30 years in UK",
    "my son was 17 in may",
])
def test_time_spent_or_someone_elses_birthday_is_not_the_residents_age(understanding, said):
    assert "age" not in facts(understanding, said)


@pytest.mark.parametrize("said, age", [
    ("like I said, mid fifties. Fifty six if you need the number", 56),
    ("old enough. 41 if it matters", 41),
])
def test_an_age_opening_a_clause_of_a_longer_answer_to_the_age_question_is_read(understanding, said, age):
    assert facts(understanding, said, asked="age")["age"] == age


@pytest.mark.parametrize("said", ["not sure, 30 odd years I worked there", "dunno, 16 hours a week",
                                  "rather not say, I have 2 kids"])
def test_other_numbers_in_an_answer_to_the_age_question_are_not_an_age(understanding, said):
    assert "age" not in facts(understanding, said, asked="age")
