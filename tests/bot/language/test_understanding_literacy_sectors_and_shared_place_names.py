"""Reading and writing weaker than speaking, a line of work said in place of a job, English wished for beside
computers, the asylum system, a job automated already, a home said at the head of its clause, and short replies
(a weekend job, "english obvs", an interpreter's English). Worded fresh here, with controls."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("text, level", [
    ("her speaking is fine but her reading and writing are poor", "basic"),
    ("good when I talk, but I struggle to read English", "basic"),
    ("fluent, reading and writing as well", "fluent"),
])
def test_weak_reading_and_writing_sets_the_english_level(understanding, text, level):
    assert facts(understanding, text, asked="english_level").get("english_level") == level


def test_weak_reading_and_writing_said_up_front_wins_over_okay_speaking(understanding):
    read = facts(understanding, "my neighbour's English is ok when she talks but her writing is very weak")
    assert read.get("english_level") == "basic"


@pytest.mark.parametrize("text, employed", [
    ("I'm 31, I live in Walsall and work in hospitality", True),
    ("I work in care, nights mostly", True),
    ("i want to work in retail", False),
    ("I used to work in admin, been out of work a year", False),
])
def test_a_line_of_work_held_now_is_in_work(understanding, text, employed):
    assert (facts(understanding, text).get("employment_status") == "employed") is employed


@pytest.mark.parametrize("text, interest", [
    ("i need learn english and computer for job", "general_digital"),
    ("I want to improve my English and computer skills so I can become a web designer", "web_design"),
    ("i want learn english", None),
])
def test_english_wished_for_beside_computers_is_everyday_digital(understanding, text, interest):
    assert facts(understanding, text).get("interest") == interest


@pytest.mark.parametrize("text, status", [
    ("I've been in the asylum system nearly a year, I'm in Walsall", "asylum_seeker"),
    ("I came through the asylum process and was granted refugee status in 2022", "refugee"),
])
def test_in_the_asylum_system_is_a_claim_not_yet_decided(understanding, text, status):
    assert facts(understanding, text).get("immigration_status") == status


@pytest.mark.parametrize("text", [
    "my role's been automated, I'm still there till March",
    "our department has been outsourced and automated",
])
def test_a_job_already_automated_is_displacement(understanding, text):
    assert facts(understanding, text).get("background") == "displaced_worker"


@pytest.mark.parametrize("text, place", [
    ("Finished my degree at Aston in 2023. Living with my nan in Walsall now.", "Walsall"),
    ("work in Dudley but living with my partner in Tipton", "Sandwell"),
])
def test_a_clause_that_opens_with_living_names_home(understanding, text, place):
    assert facts(understanding, text).get("local_authority") == place


@pytest.mark.parametrize("text, status", [
    ("yes I've got a saturday job at Greggs", "employed"),
    ("she has a little cleaning job", "employed"),
    ("looking for a weekend job", None),
])
def test_a_job_of_some_kind_held_answers_the_work_question(understanding, text, status):
    assert facts(understanding, text, asked="employment_status").get("employment_status") == status


@pytest.mark.parametrize("text, level", [
    ("english obvs", "fluent"),
    ("english lol", "fluent"),
    ("good, I worked as a translator for 5 years", "fluent"),
    ("I need an interpreter", None),
])
def test_short_and_telling_answers_about_english(understanding, text, level):
    assert facts(understanding, text, asked="english_level").get("english_level") == level


@pytest.fixture(scope="module")
def real_understanding():
    from pathlib import Path

    from bot.language import nlp as pipeline
    from bot.language.places import Gazetteer
    from bot.language.understanding import Understanding

    gazetteer = Gazetteer.load(Path(__file__).resolve().parents[3] / "bot" / "data" / "gazetteer.yml")
    return Understanding(pipeline.create_nlp(gazetteer), gazetteer)


@pytest.mark.parametrize("text, place", [
    ("im in stoke, lost my job at the warehouse", "Stoke"),  # Stoke-on-Trent, as it is said
    ("we live in Lower Stoke", "Coventry"),
    ("I live in Stoke, Coventry", "Coventry"),  # the part of the city, named with its city
    ("live in stoke coventry, 34", "Coventry"),
])
def test_stoke_alone_is_stoke_on_trent_and_with_coventry_is_coventry(real_understanding, text, place):
    assert facts(real_understanding, text).get("local_authority") == place
