"""Work said the way people say it (managing a shop, doing a job for a company, cleaning someone else's place,
a sector at the start of a clause, any kind of manager), going freelance as a wish, the last day to come,
a workplace shut for good, the work of someone asked for, the person a worker is helping, a job at a school,
exam results in. Each case is worded fresh here, with controls that must stay unread or keep their meaning."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("text", [
    "I manage the local Co-op in Kingstanding, 44",
    "currently doing admin for a housing charity, 31",
    "I clean offices in the evening, 52, Walsall",
    "32, Tipton, working in hospitality",
    "project manager in Coventry, 47, want to learn data",
])
def test_work_said_the_way_people_say_it_is_in_work(understanding, text):
    assert facts(understanding, text)["employment_status"] == "employed"


@pytest.mark.parametrize("text", ["I want to be a project manager one day", "I run my own cleaning business"])
def test_a_wished_for_job_or_their_own_business_is_not_employed(understanding, text):
    assert facts(understanding, text).get("employment_status") != "employed"


def test_going_freelance_some_day_is_a_wish_not_self_employment(understanding):
    assert facts(understanding, "I'd like to design logos and maybe go freelance eventually").get(
        "employment_status") != "self_employed"
    assert facts(understanding, "I'm freelance, mostly logos")["employment_status"] == "self_employed"


def test_work_moved_to_a_machine_and_a_last_day_to_come_is_in_work_and_displaced(understanding):
    found = facts(understanding, "they're moving everything over to AI and I finish in March")
    assert found["employment_status"] == "employed" and found["background"] == "displaced_worker"


def test_a_workplace_shut_for_good_is_out_of_work(understanding):
    found = facts(understanding, "the pottery I worked at shut for good last winter")
    assert found["employment_status"] == "unemployed" and found["background"] == "displaced_worker"


def test_the_work_of_someone_asked_for_is_theirs(understanding):
    found = facts(understanding, "my wife is 38 and works at a care home, she wants to learn web design")
    assert found["asking_for"] == "she" and found["employment_status"] == "employed"


def test_a_partners_work_beside_the_residents_own_age_is_not_the_residents(understanding):
    assert "employment_status" not in facts(understanding, "my husband works in a factory, I'm 40 and want to code")


def test_the_person_a_worker_is_helping_is_who_they_ask_for(understanding):
    found = facts(understanding, "I'm a mentor at a youth charity. The young man I'm supporting is 19 and loves coding")
    assert found["asking_for"] == "he" and found["age"] == 19


@pytest.mark.parametrize("text", ["caretaker at a school, 58", "I'm a cook in college kitchens"])
def test_a_job_at_a_school_or_college_is_work_not_study(understanding, text):
    assert facts(understanding, text)["employment_status"] == "employed"


def test_being_at_college_is_still_study(understanding):
    assert facts(understanding, "I'm at college doing IT")["employment_status"] == "in_education"


@pytest.mark.parametrize("text", ["got my a level results last week, 18", "just got my GCSE results"])
def test_exam_results_just_in_is_a_school_leaver(understanding, text):
    assert facts(understanding, text)["background"] == "school_leaver"
