"""When they can study, said as the shape of their week: "between the school runs", "Mondays are my only day
off", "Only evening I can", or asked for ("is there anything weekends only?"); and work said in a text
straight after their age ("im 22 work in primark")."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("said, when", [
    ("I'd love to do data but it'd have to be between the school runs, 9.15 till 2.45 basically.", "part_time"),
    ("Mondays are my only day off.", "part_time"),
    ("I want learn make websites. Only evening I can.", "evenings_weekends"),
    ("Want to move into data analysis - is there anything weekends only?", "evenings_weekends"),
])
def test_the_time_they_have_said_as_the_shape_of_their_week_is_read(understanding, said, when):
    assert facts(understanding, said)["availability"] == when


@pytest.mark.parametrize("said", ["is it evenings only?", "is this course weekends only?"])
def test_asking_whether_a_course_runs_at_a_time_says_nothing_of_theirs(understanding, said):
    assert "availability" not in facts(understanding, said)


@pytest.mark.parametrize("said", ["hi im 22 work in primark walsall 20hrs a wk on uc.", "i am 30, work as a cleaner"])
def test_work_texted_straight_after_their_age_is_work_now(understanding, said):
    assert facts(understanding, said)["employment_status"] == "employed"


def test_a_wish_to_work_after_their_age_is_not_work_now(understanding):
    assert "employment_status" not in facts(understanding, "im 22 want to work in IT")


@pytest.mark.parametrize("said", ["Sunday I am free and Monday evening.", "I can only come tuesday evenings"])
def test_a_free_day_at_the_weekend_or_a_weekdays_evening_is_evenings_and_weekends(understanding, said):
    assert facts(understanding, said)["availability"] == "evenings_weekends"


def test_work_opening_a_clause_of_a_terse_message_is_work_now(understanding):
    assert facts(understanding, "34, live in Atherstone, work as a purchase ledger clerk.")["employment_status"] == \
        "employed"


def test_work_as_a_team_is_not_a_job(understanding):
    assert "employment_status" not in facts(understanding, "want a job. work as a team is important")


def test_the_basics_they_ask_to_be_taught_are_what_they_want_to_learn(understanding):
    said = "Is there anything to teach an old farmhand the basics?"
    assert facts(understanding, said)["interest"] == "general_digital"
    assert "interest" not in facts(understanding, "Is it about the basics?")


@pytest.mark.parametrize("said", ["I want to learn something with computers for better job.",
                                  "Could he learn anything, or get help with the job searching online?"])
def test_something_or_anything_to_learn_is_left_open(understanding, said):
    assert facts(understanding, said).get("interest") in (None, "not_sure")
