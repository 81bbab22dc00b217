"""Work that is over: a job quit or a contract ended, said as done ("quit my job last wk", "contract ... ended last
Friday and wasn't renewed"), and work told of the country they came from ("In Sudan I work as lab technician")
however the tense reads; a school that is a workplace ("I clean in school"); nationality and a partner's visa said
as who they are."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("said", [
    "quit my job last wk, call centre, was doin my head in.",
    "I left my job in October",
])
def test_a_job_left_is_out_of_work(understanding, said):
    assert facts(understanding, said)["employment_status"] == "unemployed"


def test_a_contract_ended_and_not_renewed_is_a_displaced_worker_out_of_work(understanding):
    found = facts(understanding, "Fixed-term contract at the council ended last Friday and wasn't renewed.")
    assert (found["employment_status"], found["background"]) == ("unemployed", "displaced_worker")


def test_a_contract_still_to_end_is_still_work(understanding):
    found = facts(understanding, "my fixed term contract ends in March and won't be renewed")
    assert (found["employment_status"], found["background"]) == ("employed", "displaced_worker")


def test_wanting_to_quit_is_not_leaving(understanding):
    assert facts(understanding, "I want to quit my job, it's doing my head in").get("employment_status") != "unemployed"


def test_work_told_of_the_country_they_came_from_is_not_work_now(understanding):
    found = facts(understanding, "I cannot work yet. In Sudan I work as lab technician in hospital.")
    assert found["employment_status"] == "unemployed"


@pytest.mark.parametrize("said", ["In Pakistan I was a teacher, now I work in Tesco",
                                  "In Poland I work as electrician, here I am cleaner in hotel"])
def test_work_here_and_now_beside_work_back_home_is_still_work(understanding, said):
    assert facts(understanding, said)["employment_status"] == "employed"


def test_a_school_they_clean_is_their_workplace_not_their_studies(understanding):
    assert facts(understanding, "I clean in school in Handsworth, morning and after 3.").get(
        "employment_status") != "in_education"


def test_a_nationality_said_as_who_they_are_is_their_status(understanding):
    assert facts(understanding, "Irish lad, well not a lad anymore, 59")["immigration_status"] == "british_irish"


def test_a_partners_visa_held_as_their_dependant_is_a_visa(understanding):
    said = "came to the UK last year as a dependant on my husband's skilled worker visa"
    assert facts(understanding, said)["immigration_status"] == "visa_holder"


def test_its_my_language_answers_the_english_question(understanding):
    assert facts(understanding, "it's my language", asked="english_level")["english_level"] == "fluent"
