"""School left, said by someone young enough for it to be their situation, and work in a sector with a digital
wish (worded fresh here): school left at school-leaving age, a school or college named rather than called
"school", "I work in retail and want to get into coding"."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("text", [
    "im 17, left skool with nowt, is there anything going in wolves",
    "my lad is 16 and has finished school, he wants to do something with computers",
])
def test_school_left_at_school_leaving_age_is_a_school_leaver(understanding, text):
    assert facts(understanding, text)["background"] == "school_leaver"


def test_school_left_long_ago_says_only_what_they_left_with(understanding):
    found = facts(understanding, "I'm 44, left school with no GCSEs and work in a warehouse")
    assert "background" not in found


@pytest.mark.parametrize("text", [
    "She left Park Hall Academy last summer and has not found anything",
    "I finished at Sandwell College in June and want to do data",
])
def test_a_school_or_college_by_its_name_left_recently_is_a_school_leaver(understanding, text):
    assert facts(understanding, text)["background"] == "school_leaver"


def test_a_job_left_at_a_college_is_not_school_left(understanding):
    assert facts(understanding, "I left my job at the college last year")["background"] != "school_leaver"


@pytest.mark.parametrize("text", [
    "I work in retail and want to get into coding",
    "done wiv hospitality, want sumthin in IT",
    "I drive buses, looking at something in data",
])
def test_work_in_a_sector_with_a_digital_wish_is_changing_career(understanding, text):
    assert facts(understanding, text)["background"] == "career_changer"
