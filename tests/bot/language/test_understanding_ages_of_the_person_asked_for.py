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
    found = facts(understanding, "he turns 16 next month")
    assert "age" not in found or found["asking_for"] == "he"
    assert facts(understanding, "I'm 44 and I want to retrain. he turns 16 next month")["age"] == 44


def test_an_age_at_the_next_birthday_is_a_year_more_than_now(understanding):
    assert facts(understanding, "56 next birthday", asked="age")["age"] == 55


@pytest.mark.parametrize("said, age", [("12/05/2008", 18), ("3rd feb 1999", 27), ("my dob is 08/12/2008", 17),
                                       ("march 2010", 16)])
def test_a_date_of_birth_as_the_whole_answer_gives_the_age_today(understanding, said, age, today_is_7_december_2026):
    assert facts(understanding, said, asked="age")["age"] == age


def test_a_date_that_is_not_an_answer_to_the_age_question_is_not_an_age(understanding, today_is_7_december_2026):
    assert "age" not in facts(understanding, "12/05/2008", asked="availability")


@pytest.mark.parametrize("said, who, age", [
    ("Our Josh is seventeen and lives with me in Cannock. He's been out of school since the summer, I'd like to "
     "get him onto something before he gets too used to lie-ins.", "he", 17),
    ("Good morning, I am mother of Kacper, he is 17. He finish GCSE last year and start college but he stop in "
     "October.", "he", 17),
    ("Hello love, I'm 66 and my grandson Tyler has lived with me since he was small. He's 21 now and he's not "
     "worked since he left school.", "he", 21),
    ("I'm a grandad of five, 68 and retired off the buses. My granddaughter lives with us and she'll be 16 in "
     "May. She builds websites for fun.", "she", 15),
    ("We foster a lad in Knowle who turns 16 on the 20th of December. He's in Year 11 and keen to find a tech "
     "apprenticeship.", "he", 15),
    ("I volunteer with a church project. One of the young men who comes is 19, and he's still waiting on his "
     "asylum claim.", "he", 19),
    ("Hello, my son (DOB 03/01/2011) is desperate to do something with computers in the holidays.", "he", 15),
])
def test_someone_whose_age_and_story_are_told_is_the_one_asked_for(understanding, said, who, age,
                                                                  today_is_7_december_2026):
    found = facts(understanding, said)
    assert (found["asking_for"], found["age"]) == (who, age)


def test_the_one_asked_for_who_lives_with_the_asker_shares_their_home(understanding):
    found = facts(understanding, "Our Josh is seventeen and lives with me in Walsall. He's been out of school "
                                 "since the summer.")
    assert found["local_authority"] == "Walsall"


def test_a_young_parent_giving_their_own_age_beside_a_toddlers_is_telling_us_about_themselves(understanding):
    found = facts(understanding, "I'm a young mum, 19, my little girl is 2. I'd love to do web design.")
    assert (found.get("asking_for"), found["age"]) == (None, 19)


def test_the_age_now_said_first_with_the_next_one_is_the_age_now(understanding):
    assert facts(understanding, "14 nearly 15", asked="age")["age"] == 14


@pytest.mark.parametrize("reply, who, age", [("she's 14", "she", 14), ("he is 17 now", "he", 17)])
def test_the_age_question_answered_with_someones_age_makes_them_the_one_asked_for(understanding, reply, who, age):
    found = facts(understanding, reply, asked="age")
    assert (found["asking_for"], found["age"]) == (who, age)


def test_someones_age_in_reply_to_another_question_is_not_an_age(understanding):
    assert "age" not in facts(understanding, "she's 14", asked="availability")
