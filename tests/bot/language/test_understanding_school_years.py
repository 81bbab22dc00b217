"""A school year or birth year as the only sign of age: the youngest and oldest a pupil can be, never a guessed
age, and only a year that fixes them under 16 (Years 7 to 10, a birth year whose two ages are both under 16)."""

import pytest


def _facts(understanding, text, **kwargs):
    return {f.slot: f.value for f in understanding.extract(text, **kwargs)}


@pytest.mark.parametrize("text", [
    "wat can u do if ur in yr 9 and wanna be a hacker",
    "hiya so im in year 10 and we had a careers day about cyber security",
    "My son is in Year 10 at the school round the corner, he's computer mad",
    "she's a year 8 pupil and loves drawing on her tablet",
])
def test_a_school_year_to_year_10_puts_a_pupil_under_16_with_no_age_guessed(understanding, text):
    facts = _facts(understanding, text)
    youngest, oldest = facts.get("school_age")
    assert 11 <= youngest and oldest == youngest + 1 and oldest < 16
    assert facts.get("employment_status") == "in_education"
    assert "age" not in facts


def test_a_birth_year_that_leaves_both_ages_under_16_is_school_age(understanding, today_is_7_december_2026):
    facts = _facts(understanding, "My son was born in 2011 and wants to learn coding")
    assert facts.get("school_age") == [14, 15] and "age" not in facts


@pytest.mark.parametrize("text, ages", [("im in yr 7", [11, 12]), ("he is in year 9", [13, 14]),
                                        ("she's in year ten at school", [14, 15])])
def test_a_school_year_gives_the_two_ages_a_pupil_in_it_can_be(understanding, text, ages):
    assert _facts(understanding, text).get("school_age") == ages


@pytest.mark.parametrize("text", [
    "she was born in 2010 and wants to learn coding",  # 15 or 16 today
    "i was born in 1998 and live in walsall",
])
def test_a_birth_year_that_could_be_16_or_over_says_nothing(understanding, today_is_7_december_2026, text):
    assert "school_age" not in _facts(understanding, text)


@pytest.mark.parametrize("text", [
    "I left school in year 10 and I'm 24 now",
    "when i was in year 9 i loved computers",
    "I'm in year 2 at uni doing computer science",
    "I'm in year 9 of my sentence and want to learn to code",
])
def test_a_school_year_gone_by_or_a_university_year_is_not_school_age(understanding, text):
    assert "school_age" not in _facts(understanding, text)


@pytest.mark.parametrize("text, ages", [
    ("my lad is in year 11 and wants an apprenticeship", [15, 16]),  # pupils turn 16 during Year 11
    ("she's in year 12 and wants to learn coding", [16, 17]),
    ("I'm in sixth form in Walsall and want an apprenticeship", [16, 18]),
])
def test_a_school_year_from_11_on_gives_its_ages_without_making_them_a_child(understanding, text, ages):
    facts = _facts(understanding, text)
    assert facts.get("school_age") == ages and "age" not in facts


def test_gcses_just_finished_give_a_school_leavers_ages(understanding, today_is_7_december_2026):
    assert _facts(understanding, "finished my GCSEs in June, want an apprenticeship").get("school_age") == [16, 17]


def test_a_levels_done_long_ago_give_no_ages(understanding):
    assert "school_age" not in _facts(understanding, "I did my A levels in 1995 and worked in a bank")


def test_a_school_year_dropped_out_of_gives_no_ages(understanding):
    assert "school_age" not in _facts(understanding, "Hi, I dropped out of sixth form in Year 12 and don't know what to do")
