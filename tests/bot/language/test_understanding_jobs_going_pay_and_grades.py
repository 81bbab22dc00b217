"""A job going but not yet gone ("put my name down for voluntary redundancy", "told I'm surplus to
requirements", "I've been given notice") is a displaced worker's background without saying they are out of
work; pay "the hour" is pay by the hour, and a debt, savings or a price is not pay; GCSE grades said as numbers
give the level."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("said", [
    "Now they're cutting a shift and I've put my name down for voluntary redundancy.",
    "been told I'm surplus to requirements at the sheet metal place",
])
def test_a_job_going_is_a_displaced_workers_background_without_saying_they_are_out_of_work(understanding, said):
    found = facts(understanding, said)
    assert found["background"] == "displaced_worker" and "employment_status" not in found


def test_voluntary_redundancy_taken_is_still_out_of_work(understanding):
    assert facts(understanding, "I took voluntary redundancy last year")["employment_status"] == "unemployed"


def test_pay_the_hour_is_pay_by_the_hour(understanding):
    found = facts(understanding, "I work in warehouse picking, £11.44 the hour, 30 hours a week")
    assert found["employment_status"] == "employed" and round(found["annual_income"]) == round(11.44 * 30 * 52)


@pytest.mark.parametrize("said", ["I really don't want to go to uni and end up with 50 grand of debt.",
                                  "saved 5 grand for a course", "the course costs £3000"])
def test_a_debt_savings_or_a_price_is_not_pay(understanding, said):
    assert "annual_income" not in facts(understanding, said)


def test_pay_said_beside_a_debt_is_still_pay(understanding):
    assert facts(understanding, "I owe 3k on my card, earn 18k")["annual_income"] == 18000


def test_notice_given_by_the_employer_is_a_job_going(understanding):
    found = facts(understanding, "it's been sold and I've been given notice, finishing end of next month.")
    assert found["background"] == "displaced_worker"


def test_notice_handed_in_by_the_resident_is_their_own_choice(understanding):
    assert facts(understanding, "I've handed in my notice").get("background") != "displaced_worker"


@pytest.mark.parametrize("said, level", [("I got 4s in English and maths and a 5 in computer science.", 2),
                                         ("got 3 in maths", 1)])
def test_gcse_grades_said_as_numbers_give_the_level(understanding, said, level):
    assert facts(understanding, said)["qualification_level"] == level


def test_a_number_of_children_in_a_club_is_not_a_grade(understanding):
    assert "qualification_level" not in facts(understanding, "I have 2 kids in maths club")
