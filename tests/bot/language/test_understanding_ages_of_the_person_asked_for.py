"""Whose age is it, and what is it today? The person a relative asks for, with the asker's own age beside
theirs; an age still to come ("he turns 16 next month", "nearly 16") is a year younger now, and an age rule
("16 and over") turns on that year; a date of birth given as the whole answer."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("said, who, age", [
    ("my grandson is 17 and wants to do coding, I'm 70, we live in Dudley", "he", 17),
    ("my niece (19) would like to learn coding, I am 52", "she", 19),
])
def test_a_relation_who_wants_something_is_asked_for_beside_the_askers_own_age(understanding, said, who, age):
    found = facts(understanding, said)
    assert (found["asking_for"], found["age"]) == (who, age)


def test_a_relations_age_beside_the_askers_with_nothing_wanted_is_still_the_askers_story(understanding):
    assert "asking_for" not in facts(understanding, "my daughter is 16 and I'm 42")


def test_the_askers_age_after_their_name_is_not_the_age_of_the_person_asked_for(understanding):
    found = facts(understanding, "Hello I'm Sarah, 39, looking for my nephew (18) who wants to get into IT")
    assert (found["asking_for"], found["age"]) == ("he", 18)


@pytest.mark.parametrize("said, age", [("he turns 16 next month", 15), ("she is nearly 16", 15),
                                       ("my son's almost 18", 17)])
def test_the_age_the_person_asked_for_is_about_to_reach_is_a_year_more_than_now(understanding, said, age):
    assert facts(understanding, said, asked="age", about="he")["age"] == age


def test_someone_elses_age_to_come_is_not_the_residents_own(understanding):
    assert "age" not in facts(understanding, "he turns 16 next month")


def test_an_age_at_the_next_birthday_is_a_year_more_than_now(understanding):
    assert facts(understanding, "56 next birthday", asked="age")["age"] == 55


@pytest.mark.parametrize("said, age", [("12/05/2008", 18), ("3rd feb 1999", 27), ("my dob is 08/12/2008", 17),
                                       ("march 2010", 16)])
def test_a_date_of_birth_as_the_whole_answer_gives_the_age_today(understanding, said, age, today_is_7_december_2026):
    assert facts(understanding, said, asked="age")["age"] == age


def test_a_date_that_is_not_an_answer_to_the_age_question_is_not_an_age(understanding, today_is_7_december_2026):
    assert "age" not in facts(understanding, "12/05/2008", asked="availability")
