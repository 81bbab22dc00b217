"""A workplace gone for good, a job named with where it is done, a job only ever done for an employer,
off work on sickness benefits, doing nothing now, and courses asked for at a time. Each case is worded fresh
here, with controls that must stay unread or keep their old meaning."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("text", [
    "the print works I was at went under in the spring",
    "my company went into liquidation in august, I'm 47",
    "the garage I worked at ceased trading last year",
    "our firm folded after covid",
])
def test_a_workplace_gone_for_good_is_out_of_work_and_displaced(understanding, text):
    found = facts(understanding, text)
    assert found["employment_status"] == "unemployed"
    assert found["background"] == "displaced_worker"


@pytest.mark.parametrize("text", [
    "the warehouse went bust and now I work at Morrisons",
    "our office is going to be shut down next year",
])
def test_a_closure_to_come_or_a_new_job_since_is_not_out_of_work(understanding, text):
    assert facts(understanding, text).get("employment_status") != "unemployed"


def test_a_shop_shut_for_the_day_is_not_a_job_lost(understanding):
    assert facts(understanding, "the library closed early today so I'm trying online") == {}


@pytest.mark.parametrize("text", [
    "I'm a cook at a care home in Dudley",
    "i am a baker at the supermarket, 33",
    "I'm a postie, been doing it 9 years",
    "nhs staff in coventry, 40",
])
def test_a_job_at_someone_elses_workplace_or_only_done_for_an_employer_is_in_work(understanding, text):
    assert facts(understanding, text)["employment_status"] == "employed"


@pytest.mark.parametrize("text", [
    "I was a baker at a bakery in Aleppo",
    "I want to be a chef at a restaurant one day",
    "I'm a plumber in Tipton",
])
def test_a_past_or_wished_for_job_or_a_trade_without_a_workplace_is_not_read_as_employed(understanding, text):
    assert facts(understanding, text).get("employment_status") is None


@pytest.mark.parametrize("text", [
    "been on the sick since my operation, 45, walsall",
    "I'm on ESA at the moment",
    "long term sick with my back",
])
def test_off_work_on_sickness_benefits_is_not_in_work(understanding, text):
    assert facts(understanding, text)["employment_status"] == "unemployed"


@pytest.mark.parametrize("text", ["finished college, not doing anything at the moment", "doing nothing atm tbh"])
def test_doing_nothing_now_is_out_of_work(understanding, text):
    assert facts(understanding, text)["employment_status"] == "unemployed"


def test_doing_nothing_on_a_day_is_not_out_of_work(understanding):
    assert "employment_status" not in facts(understanding, "I'm not doing anything on Saturdays")


@pytest.mark.parametrize("text", ["do you do part time courses in web design?", "is there a part time class near me"])
def test_asking_for_courses_at_a_time_is_wanting_that_time(understanding, text):
    assert facts(understanding, text)["availability"] == "part_time"


@pytest.mark.parametrize("text", ["is the coding course part time?", "is this bootcamp full time"])
def test_asking_whether_a_course_is_at_a_time_says_nothing_of_theirs(understanding, text):
    assert "availability" not in facts(understanding, text)
