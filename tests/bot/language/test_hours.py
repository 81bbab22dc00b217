"""The hours a resident is free, said as a window of the clock."""

import pytest

from bot.language import hours
from tests.bot.language.reading import facts


@pytest.mark.parametrize("said", ["9 til half 2", "quarter past nine to quarter to three", "9am-2pm",
                                  "between 10 and 2", "9.30 to 2.30 mon to fri", "9 oclock until 2 oclock"])
def test_a_window_inside_the_school_day_is_part_time(said):
    assert hours.schedule(said) == "part_time"


@pytest.mark.parametrize("said", ["from 6 to 9", "7pm - 10pm"])
def test_a_window_from_late_afternoon_is_evenings(said):
    assert hours.schedule(said) == "evenings_weekends"


def test_a_whole_working_day_free_is_full_time():
    assert hours.schedule("free 9 to 5 any day") == "full_time"


@pytest.mark.parametrize("said", ["my shift is 8 to 6", "I work 9 till 5", "6 ਤੋਂ 2 ਵਾਲੀ shift ਆ"])
def test_the_hours_they_are_busy_are_not_a_window_they_are_free(said):
    assert hours.schedule(said) is None


@pytest.mark.parametrize("said", ["I'm 45 and 2 kids", "2 or 3 days"])
def test_numbers_that_are_not_the_clock_are_no_window(said):
    assert hours.window(said) is None


@pytest.mark.parametrize("said, language", [("9 سے 2 بجے تک", "ur"), ("od 9 do 14", "pl"),
                                            ("de la 9 la 2, cand copiii sunt la scoala", "ro"), ("من 9 إلى 2", "ar")])
def test_a_window_in_their_own_language_is_read_too(understanding, said, language):
    assert facts(understanding, said, asked="availability", language=language)["availability"] == "part_time"


def test_a_long_reply_giving_the_school_day_is_part_time_not_every_weekday(understanding):
    said = "I'd need to fit it round my own two, so really only quarter past nine to quarter to three on weekdays"
    assert facts(understanding, said, asked="availability")["availability"] == "part_time"
    assert facts(understanding, "im free 9 til half 2 weekdays", asked="availability")["availability"] == "part_time"
