"""A workplace named only by their working there, closing; a school year said without "in"; a status said of
"someone like me" in a question; getting on computers as what they want to learn."""

import pytest

from tests.bot.language.reading import facts


def test_any_workplace_they_work_at_closing_down_is_a_job_lost(understanding):
    found = facts(understanding, "The pot bank I work at in Longton is closing down after 150 years, they told us Friday")
    assert found["background"] == "displaced_worker"


def test_a_workplace_closing_for_the_evening_is_not_a_closure(understanding):
    assert "background" not in facts(understanding, "the place i work at is closing at 6 today")


def test_year_eleven_said_without_in_is_still_at_school_and_leaving(understanding):
    found = facts(understanding, "hi im year 11 in walsall, turned 16 in october")
    assert (found["employment_status"], found["background"]) == ("in_education", "school_leaver")


@pytest.mark.parametrize("said", ["is there something for somebody on the care worker visa like me",
                                  "is there anything for someone on a student visa like me?"])
def test_a_status_said_of_someone_like_me_in_a_question_is_theirs(understanding, said):
    assert facts(understanding, said)["immigration_status"] == "visa_holder"


def test_a_status_only_asked_about_is_not_theirs(understanding):
    assert "immigration_status" not in facts(understanding, "is a student visa ok?")


def test_getting_on_computers_is_the_everyday_basics(understanding):
    found = facts(understanding, "doing this for my mum, she's 51. she's keen to get on computers so she doesn't "
                                 "have to ask us for everything")
    assert found["interest"] == "general_digital"


def test_a_place_they_managed_closing_its_doors_is_a_job_lost(understanding):
    said = "The hotel I managed closed its doors in October - the owners sold up and it's being turned into flats."
    assert facts(understanding, said)["background"] == "displaced_worker"


@pytest.mark.parametrize("said, topic", [
    ("now I'm wondering if IT support is too much of a stretch at my age", "it_support"),
    ("I'm wondering if cyber security would suit me", "cyber_security")])
def test_a_field_weighed_up_is_what_they_want_to_learn(understanding, said, topic):
    assert facts(understanding, said)["interest"] == topic


def test_volunteering_for_redundancy_is_a_job_being_lost(understanding):
    said = "When they asked for volunteers for redundancy at the parts plant I put my hand up, they were cutting 200 of us"
    assert facts(understanding, said)["background"] == "displaced_worker"


def test_living_somewhere_and_working_there_in_one_breath_is_work_held(understanding):
    found = facts(understanding, "I live in Walsall and work in meat factory there on the line, very cold")
    assert found["employment_status"] == "employed"


@pytest.mark.parametrize("said", ["i want a job so i can earn and work in IT", "I live in Walsall and want to work in IT"])
def test_work_wished_for_after_and_is_not_work_held(understanding, said):
    assert facts(understanding, said).get("employment_status") != "employed"


@pytest.mark.parametrize("said", ["still at amazon", "yeah still with the council"])
def test_still_at_the_workplace_named_is_work_held(understanding, said):
    assert facts(understanding, said, asked="employment_status")["employment_status"] == "employed"


@pytest.mark.parametrize("said", ["still at school", "still at home"])
def test_still_at_school_or_home_is_not_a_job(understanding, said):
    assert facts(understanding, said, asked="employment_status").get("employment_status") != "employed"
