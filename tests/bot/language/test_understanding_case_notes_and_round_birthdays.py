"""What case notes, employers and tired residents write (worded fresh here): a work coach's note with its
shorthand, a round birthday, "am 23" texted, a partner's age in passing, an employer asking for their staff, a
worker's "... here" introduction, a workplace closing that is still open, the job held now after the one before."""

import pytest

from tests.bot.language.reading import facts


def test_a_work_coachs_case_note_is_read_whole(understanding):
    found = facts(understanding, "WC here from Dudley JCP. Cust: F, 33, lives Halesowen, UC full conditionality, "
                                 "keen on data, avail PT only, Eng 1st lang.")
    assert (found["asking_for"], found["age"], found["universal_credit"]) == ("they", 33, True)
    assert (found["availability"], found["english_level"]) == ("part_time", "fluent")


@pytest.mark.parametrize("text", ["Want coding FT", "can do ft from september, want data"])
def test_ft_in_a_message_is_full_time(understanding, text):
    assert facts(understanding, text)["availability"] == "full_time"


def test_ft_as_feet_is_not_a_time(understanding):
    assert "availability" not in facts(understanding, "I'm 6 ft tall and want coding")


@pytest.mark.parametrize("text, age", [("hit the big 4-0 last month, want to retrain", 40),
                                       ("turning the big 5-0 in spring and fancy a change", 49)])
def test_a_round_birthday_is_an_age(understanding, text, age):
    assert facts(understanding, text)["age"] == age


def test_am_and_an_age_texted_without_i_is_their_age(understanding):
    assert facts(understanding, "wanna do data. am 27. live in tipton")["age"] == 27


def test_a_partners_age_in_passing_does_not_make_the_message_about_them(understanding):
    found = facts(understanding, "I've been out of work a year. I can do evenings when my wife (she's 38) is home.")
    assert "asking_for" not in found and "age" not in found


def test_an_employer_asking_for_one_of_their_staff_gives_the_staffs_age(understanding):
    found = facts(understanding, "I run a cafe. One of my waiting staff - she's 20 - wants to get into web design.")
    assert (found["asking_for"], found["age"]) == ("she", 20)


def test_a_workers_here_introduction_is_not_the_work_of_the_one_asked_for(understanding):
    found = facts(understanding, "Hi, youth worker at a charity in Aston here. One of my young people is 19 and "
                                 "wants to do coding, no quals.")
    assert found["asking_for"] == "they" and found.get("employment_status") != "employed"


@pytest.mark.parametrize("text", ["12 years as a fitter at a plant in Aldridge, which has just announced it's closing",
                                  "the depot I've worked at since I left school is going into administration"])
def test_a_workplace_closing_still_to_come_is_work_held_and_displaced(understanding, text):
    found = facts(understanding, text)
    assert (found["employment_status"], found["background"]) == ("employed", "displaced_worker")


@pytest.mark.parametrize("text", ["Used to be a teacher, now I stack shelves at Asda",
                                  "I'm 50, currently a warehouse operative at a depot in Tipton"])
def test_the_job_held_now_after_the_one_before_is_work(understanding, text):
    assert facts(understanding, text)["employment_status"] == "employed"


@pytest.mark.parametrize("text, age", [("one of my young people is 17 and wants to do coding", 17),
                                       ("one of our clients is 22, lives in Walsall, wants IT", 22)])
def test_one_of_a_workers_people_with_their_age_is_asked_for(understanding, text, age):
    found = facts(understanding, text)
    assert (found["asking_for"], found["age"]) == ("they", age)


@pytest.mark.parametrize("text", ["I make roughly 19-20k", "I earn £18,000 to £20,000", "on 18k - 20k a year"])
def test_a_range_of_pay_is_its_top(understanding, text):
    assert facts(understanding, text)["annual_income"] == 20000


def test_a_range_of_ages_after_pay_leaves_the_pay(understanding):
    assert facts(understanding, "I earn about 22k, are there courses for 18-24 year olds")["annual_income"] == 22000


@pytest.mark.parametrize("text", ["I work in a warehouse at night, the money is low",
                                  "I work in a care home, the pay is small"])
def test_pay_said_plainly_to_be_low_is_low_wage(understanding, text):
    assert facts(understanding, text)["background"] == "low_wage"


def test_no_universal_credit_is_not_on_it(understanding):
    assert facts(understanding, "I live in Lye. No universal credit.")["universal_credit"] is False


def test_working_out_what_is_next_is_not_work(understanding):
    found = facts(understanding, "Lost my job in May. While I work out what's next I want to learn data")
    assert found["employment_status"] == "unemployed"


def test_the_one_asked_for_working_here_keeps_their_work(understanding):
    found = facts(understanding, "My son is 19, he works at a warehouse here. He wants to learn coding")
    assert (found["asking_for"], found["employment_status"]) == ("he", "employed")
