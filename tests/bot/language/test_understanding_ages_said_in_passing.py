"""Ages said in passing (worded fresh here): the age a question turns on, who they are "of" an age, a terse age
before a wish, the age of someone a worker supports named with two words."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("text, age", [("can u do web stuff if ur 14? live in dudley", 14),
                                       ("is there anything for me if I'm 15?", 15),
                                       ("can I do an apprenticeship at 15?", 15),
                                       ("is there a course I can join at 14?", 14)])
def test_the_age_a_question_turns_on_is_their_age(understanding, text, age):
    assert facts(understanding, text)["age"] == age


@pytest.mark.parametrize("text", ["is it only if you're 19 or over?", "can I come in at 12?"])
def test_a_rule_or_a_time_asked_about_is_not_an_age(understanding, text):
    assert "age" not in facts(understanding, text)


@pytest.mark.parametrize("text, age", [("I'm a woman of 61 and never used a laptop", 61),
                                       ("I'm a bloke of 45 from Walsall", 45)])
def test_a_person_of_an_age_is_that_age(understanding, text, age):
    assert facts(understanding, text)["age"] == age


def test_a_mother_of_many_is_not_an_age(understanding):
    assert "age" not in facts(understanding, "mother of 12, want to learn")


def test_a_terse_age_before_a_wish_is_their_age(understanding):
    assert facts(understanding, "hi m in tipton is this free?? 31 wanna learn data")["age"] == 31


def test_the_age_of_a_young_person_a_worker_has_is_theirs(understanding):
    found = facts(understanding, "I'm a PA with the leaving care team. My young person is 20, lives in Tipton.")
    assert (found["asking_for"], found["age"]) == ("they", 20)
