"""Work situations as people describe them (worded fresh here): agency hours cut to nothing, low pay said as
it feels, work done for themselves, doing nothing now, a course packed in, wanting out of the work they do,
a contract not renewed, a last day said tersely, work gone to AI, someone on a worker's caseload, how long
they have been somewhere said before it, a level of English named outright, not knowing what there is."""

import pytest

from tests.bot.language.reading import facts


def test_agency_hours_cut_to_nothing_is_work_gone_whatever_work_is_named(understanding):
    found = facts(understanding, "I was on agency shifts at a depot but they cut my hours to zero in October")
    assert (found["employment_status"], found["background"]) == ("unemployed", "displaced_worker")


@pytest.mark.parametrize("text", [
    "I do nights at a care home and it pays pennies",
    "work full time in a chippy, still skint at the end of the month",
])
def test_low_pay_said_as_it_feels_is_low_wage(understanding, text):
    assert facts(understanding, text)["background"] == "low_wage"


@pytest.mark.parametrize("text", ["I drive trams in Wednesbury and want to learn data",
                                  "been signed off for 3 months with my back, want to retrain in IT"])
def test_driving_for_an_operator_and_being_signed_off_are_work_held(understanding, text):
    assert facts(understanding, text)["employment_status"] == "employed"


def test_driving_a_taxi_is_left_to_the_question(understanding):
    assert "employment_status" not in facts(understanding, "I drive a taxi and want to learn data")


def test_work_done_for_themselves_is_self_employed(understanding):
    assert facts(understanding, "I do cleaning for myself, a few houses")["employment_status"] == "self_employed"
    assert facts(understanding, "I do deliveroo in the evenings")["employment_status"] == "self_employed"
    assert facts(understanding, "doing amazon flex blocks most days")["employment_status"] == "self_employed"


@pytest.mark.parametrize("text", [
    "she's 19 and not doing anything at the moment, just gaming",
    "left school in the summer, not doin nothin rn",
])
def test_doing_nothing_now_is_out_of_work(understanding, text):
    assert facts(understanding, text)["employment_status"] == "unemployed"


def test_doing_nothing_on_a_day_is_not_out_of_work(understanding):
    assert "employment_status" not in facts(understanding, "I'm not doing anything on Thursday, is there a class?")


def test_a_course_packed_in_is_a_school_leaver_and_doing_nothing_after_it_is_out_of_work(understanding):
    found = facts(understanding, "my daughter started sixth form but dropped out at Christmas, she's 17")
    assert found["background"] == "school_leaver"
    found = facts(understanding, "my son's 18, he was at college but quit and now he's not doing anything")
    assert found["employment_status"] == "unemployed"


@pytest.mark.parametrize("text", [
    "had enough of scaffolding, I need a different career, maybe something in data",
    "on maternity leave from the bank and I don't want to go back, I'd like to do web design",
])
def test_wanting_out_of_the_work_they_do_is_a_career_change(understanding, text):
    assert facts(understanding, text)["background"] == "career_changer"


@pytest.mark.parametrize("text", [
    "my fixed term post at the university was not renewed, I'm there until the end of March",
    "agency placement at the council ends, finish friday. wolverhampton",
])
def test_a_contract_not_renewed_or_a_last_day_is_a_job_going(understanding, text):
    assert facts(understanding, text)["background"] == "displaced_worker"


def test_work_gone_to_ai_is_displaced(understanding):
    found = facts(understanding, "I'm a freelance copywriter and since ChatGPT my work has dried up")
    assert found["background"] == "displaced_worker"


def test_someone_on_a_workers_caseload_is_who_they_ask_for(understanding):
    found = facts(understanding, "One of the women on my caseload is keen on web design. She's 27 and lives in Tipton.")
    assert (found["asking_for"], found["age"], found["local_authority"]) == ("she", 27, "Sandwell")


def test_how_long_said_before_the_verb_is_not_an_age(understanding):
    assert facts(understanding, "30 years I've worked there, I'm 58")["age"] == 58
    assert "age" not in facts(understanding, "Dudley, 15 years she's been at the factory")


@pytest.mark.parametrize("text, level", [("medium, I can read but speaking not great", "intermediate"),
                                         ("intermediate, I go to ESOL classes", "intermediate")])
def test_a_level_of_english_named_outright_wins(understanding, text, level):
    assert facts(understanding, text, asked="english_level")["english_level"] == level


def test_not_knowing_then_asking_what_there_is_is_not_sure(understanding):
    assert facts(understanding, "not sure tbh, which ones are there?", asked="interest")["interest"] == "not_sure"
