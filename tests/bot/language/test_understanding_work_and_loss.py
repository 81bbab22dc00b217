"""Work held, work lost and what a resident says around a question (worded fresh here): a job only ever
done for an employer is work held; a trade often done for oneself is asked about; a job lost by someone
asked for; a closure said as a noun; facts stated before the asking clause of a question; ages texted
beside a school year or with their unit; someone supported "who is 19"."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("text", [
    "Staff nurse, 44, Walsall. I want to move into data.",
    "I'm a primary school teaching assistant in Dudley, 29, and fancy learning web design",
    "been a care worker 8 years, 52, coventry",
])
def test_a_job_only_done_for_an_employer_is_work_held(understanding, text):
    assert facts(understanding, text)["employment_status"] == "employed"


@pytest.mark.parametrize("text", [
    "taxi driver 36 walsall, want to learn coding",
    "I've been a plumber for 20 years, 50, Dudley",
    "I was a teacher in Syria, now in Coventry, 40",
    "retired nurse 66 solihull, want to learn email",
    "I'm a qualified teacher from Iran, 38, living in Walsall",
    "I want to be a nurse, 18, Wolverhampton",
])
def test_a_trade_or_a_job_not_held_now_leaves_work_to_the_question(understanding, text):
    assert "employment_status" not in facts(understanding, text)


@pytest.mark.parametrize("text, background", [
    ("My brother lost his job at the depot when they got robots in. He's 39, lives in Tipton", "displaced_worker"),
    ("my mum 58 lost her job after the shop closure, we're in walsall, she wants to learn computers",
     "displaced_worker"),
])
def test_someone_asked_for_who_lost_their_job_is_out_of_work(understanding, text, background):
    got = facts(understanding, text)
    assert got["employment_status"] == "unemployed" and got["background"] == background


@pytest.mark.parametrize("text", [
    "out of work since march, 27 from bilston, anything in cyber going?",
    "on the dole a year now, 31, oldbury, any coding courses?",
])
def test_facts_stated_before_the_asking_clause_of_a_question_are_taken(understanding, text):
    assert facts(understanding, text)["employment_status"] == "unemployed"


@pytest.mark.parametrize("text", [
    "if I'm out of work, can I still apply?",
    "what is a bootcamp, and is it free?",
])
def test_a_condition_or_a_question_before_the_last_clause_is_still_asked(understanding, text):
    assert "employment_status" not in facts(understanding, text)


@pytest.mark.parametrize("text, age", [
    ("15 finishin yr 10, tipton, want to do coding", 15),
    ("17 doing a levels, walsall, into cyber", 17),
    ("from eritrea, refugee status, 31 yrs coventry want a job in IT", 31),
])
def test_an_age_texted_beside_a_school_year_or_with_its_unit_before_a_place(understanding, text, age):
    assert facts(understanding, text)["age"] == age


@pytest.mark.parametrize("text", ["lived here for 12 years coventry", "16 GCSEs and a level 3",
                                  "been in the uk since 20 years walsall"])
def test_how_long_or_how_many_is_not_an_age(understanding, text):
    assert "age" not in facts(understanding, text)


def test_someone_supported_who_is_their_age_is_who_is_asked_for(understanding):
    got = facts(understanding, "I mentor a young woman from Sudan who is 20. She lives in Walsall and wants to "
                               "learn coding.")
    assert got["asking_for"] == "she" and got["age"] == 20


@pytest.mark.parametrize("text, slot, value", [
    ("Not worked since the kids were born, 38, Dudley", "employment_status", "unemployed"),
    ("I can only study two mornings a week", "availability", "part_time"),
    ("I need to get better at computers", "interest", "general_digital"),
    ("asking for my dad, he's 60, in Walsall, speaks only a bit of English", "english_level", "basic"),
    ("31, wednesbury, care assistant, wages are pants", "background", "low_wage"),
])
def test_situations_in_their_own_words(understanding, text, slot, value):
    assert facts(understanding, text)[slot] == value


@pytest.mark.parametrize("text, status", [
    ("got laid off from the bottling plant in march, 52, tipton", "unemployed"),
    ("they laid me off after 20 years, dudley, 58", "unemployed"),
    ("my warehouse job at the depot in Walsall is going to be automated next spring, 44", "employed"),
])
def test_laid_off_or_a_job_going_is_a_displaced_worker(understanding, text, status):
    got = facts(understanding, text)
    assert got["background"] == "displaced_worker" and got["employment_status"] == status


@pytest.mark.parametrize("text, employed", [
    ("I trained as a lawyer in Iran but I work in a factory now, 41, Walsall", True),
    ("currently working at a car wash, 24, coventry", True),
    ("I want to retrain and work in an office now", False),
])
def test_work_done_now_said_as_where(understanding, text, employed):
    assert (facts(understanding, text).get("employment_status") == "employed") is employed


@pytest.mark.parametrize("text, age", [("nurse 52 walsall want to learn data", 52),
                                       ("retired 68 dudley need help with email", 68)])
def test_an_age_between_a_word_and_the_place_before_the_wish(understanding, text, age):
    assert facts(understanding, text)["age"] == age


def test_a_retired_worker_learning_email_is_not_changing_career(understanding):
    assert "background" not in facts(understanding, "retired nurse 70 walsall want to learn email")


def test_a_bus_before_the_place_is_not_an_age(understanding):
    assert "age" not in facts(understanding, "the 51 walsall want to know the times")
