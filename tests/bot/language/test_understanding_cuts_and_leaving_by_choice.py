"""Job endings said sideways (worded fresh here): staff being cut with the resident among them, and a last day
that is their own choice, which is a change of career rather than a job lost."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("text", ["the depot are gettin rid of temps n im 1 of em",
                                  "They're cutting drivers at work and I'm one of them, want to learn IT"])
def test_staff_being_cut_with_the_resident_among_them_is_a_job_being_lost(understanding, text):
    found = facts(understanding, text)
    assert (found["background"], found["employment_status"]) == ("displaced_worker", "employed")


def test_staff_being_cut_without_the_resident_among_them_is_not_their_job_lost(understanding):
    assert "background" not in facts(understanding, "they are cutting staff at my sisters work, she is worried")


@pytest.mark.parametrize("text", [
    "I've been a nurse 15 years and I want out of nursing into web design. I finish at the end of July.",
    "Handed my notice in at the bank, I leave at the end of the month and want to retrain in coding"])
def test_a_last_day_they_chose_is_not_a_job_lost(understanding, text):
    assert facts(understanding, text).get("background") != "displaced_worker"


def test_a_last_day_said_alone_is_still_a_job_ending(understanding):
    found = facts(understanding, "I finish at the end of the month, want to learn data")
    assert (found["background"], found["employment_status"]) == ("displaced_worker", "employed")


def test_redundancies_announced_with_the_resident_on_the_list_is_a_job_being_lost(understanding):
    found = facts(understanding, "They've announced more redundancies at the depot and I'm on the list. Want IT.")
    assert (found["background"], found["employment_status"]) == ("displaced_worker", "employed")


def test_a_last_day_counted_down_is_a_job_ending(understanding):
    assert facts(understanding, "my contract's up. finishing in 3 weeks, want to learn coding")["background"] == \
        "displaced_worker"


def test_a_last_day_said_as_a_condition_is_not_a_job_lost(understanding):
    found = facts(understanding, "full time once I finish in June", asked="availability")
    assert found == {"availability": "full_time"}
