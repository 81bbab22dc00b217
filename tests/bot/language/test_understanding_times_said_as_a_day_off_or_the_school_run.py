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
