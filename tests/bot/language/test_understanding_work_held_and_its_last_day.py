"""Work held now, said as the work rather than a job title ("I drive for a delivery firm", "I bring home about
1500 a month from the care home", "now doing security"), and a last day to come or gone ("finishing at
Christmas", "40 of us are going in January", "finished last Friday")."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("said", [
    "I'm 38, I drive for a delivery firm out of Telford and I want to get into IT support",
    "I bring home about 1500 a month from the care home and I'm sick of being skint",
    "left the army last year and now doing security in Redditch. I want to get into cyber security",
    "I'm a woman, 31, living in Handsworth and working in retail management",
    "I have HND in computer science but I am doing care work. I want to go back into IT",
])
def test_work_done_now_is_being_in_work(understanding, said):
    assert facts(understanding, said)["employment_status"] == "employed"


def test_another_persons_schooling_is_not_the_resident_studying(understanding):
    said = "I'm 35 and a mum of four. Now the youngest is at school I want to work in something like IT support"
    assert facts(understanding, said).get("employment_status") != "in_education"


def test_the_workforce_going_at_a_time_to_come_is_still_in_work_whatever_the_jobcentre_said(understanding):
    said = ("they've put in an automated inspection line and 40 of us are going in January. The woman at the "
            "jobcentre said have a look at IT")
    found = facts(understanding, said)
    assert (found["employment_status"], found["background"]) == ("employed", "displaced_worker")


@pytest.mark.parametrize("said, status", [("finishing at Christmas", "employed"),
                                          ("leaving end of the month", "employed"),
                                          ("finished last Friday", "unemployed"),
                                          ("left in March", "unemployed")])
def test_a_last_day_to_come_is_in_work_and_one_gone_is_not(understanding, said, status):
    assert facts(understanding, said, asked="employment_status")["employment_status"] == status


@pytest.mark.parametrize("said, years", [
    ("Willenhall lad, 28 years making locks, the factory's gone fully automated and I'm out. Fifty.", 50),
])
def test_years_spent_doing_a_job_are_not_an_age(understanding, said, years):
    assert facts(understanding, said)["age"] == years
