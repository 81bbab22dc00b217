"""Ages said plainly in ways a reader must not miss: the year of birth before its month, a relation's age in
brackets, "woman 29 years" as said in several first languages, and years worked said first."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("said, age", [("born 99 in june", 27), ("I was born 1993, in October", 33),
                                       ("born 2008 in the summer", 18)])
def test_a_year_of_birth_then_its_month_gives_the_age(understanding, said, age, today_is_7_december_2026):
    assert facts(understanding, said, asked="age")["age"] == age


def test_the_year_alone_still_leaves_the_age_to_ask(understanding):
    assert "age" not in facts(understanding, "born in 1993", asked="age")


def test_a_relations_age_in_brackets_with_their_schooling_ended_is_who_is_asked_for(understanding):
    found = facts(understanding, "Hi, it's her mum writing. My daughter (17) quit sixth form in the first term and "
                                 "she's been at home in Walsall ever since.")
    assert (found["asking_for"], found["age"]) == ("she", 17)


def test_a_relations_age_with_nothing_asked_of_them_is_only_a_mention(understanding):
    assert "asking_for" not in facts(understanding, "My daughter (17) lives with me in Walsall")


def test_a_woman_of_so_many_years_said_without_of_is_that_age(understanding):
    assert facts(understanding, "Now living in Walsall, me and my children, two. I am woman 29 years.")["age"] == 29


def test_years_worked_said_first_without_have_are_not_an_age(understanding):
    said = "the factory where i make radiators is shuttin its doors before xmas, 23 year i been there"
    assert "age" not in facts(understanding, said)
