"""Office hours: one reader of the setting, so the queue keeps the hours the resident is told, and every
process keeps the same hours."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.dialogue import handoff_words
from bot.residents.office_hours import DEFAULT, OfficeHours
from bot.settings import ROOT, Settings


def at(year, month, day, hour) -> float:
    return dt.datetime(year, month, day, hour, tzinfo=ZoneInfo("Europe/London")).timestamp()


def test_a_day_range_past_sunday_is_kept_as_the_resident_is_told_it():
    setting = "Fri-Mon 10:00-14:00"
    assert handoff_words.hours_words(setting) == "Friday to Monday, 10am to 2pm"
    hours = OfficeHours.parse(setting)
    # 4 Dec 2026 is a Friday
    assert [hours.is_open(at(2026, 12, day, 12)) for day in range(4, 10)] == [True, True, True, True, False, False]


@pytest.mark.parametrize("setting, said", [
    ("Mon-Fri 09:00-17:00; Sat 10:00-13:00", "Monday to Friday, 9am to 5pm; Saturday, 10am to 1pm"),
    ("tue-thu 8:30-12:15", "Tuesday to Thursday, 8:30am to 12:15pm"),
    ("Sun 00:00-24:00", "Sunday, midnight to midnight"),
    ("weekdays 9-5", "weekdays 9-5"),  # unreadable: said as written (processes keep the default)
])
def test_hours_in_words(setting, said):
    assert handoff_words.hours_words(setting) == said


def test_unreadable_hours_are_the_same_default_in_the_console_and_the_actions(tmp_path):
    from actions.context import Context
    from bot.console.state import CONSOLE, CONSOLE_APP
    from bot.gateway.app import create_app

    settings = Settings.from_env({"WAYMARK_VAR_DIR": str(tmp_path), "WAYMARK_PSEUDONYM_KEY": "k",
                                  "WAYMARK_OFFICE_HOURS": "weekdays 9-5"}, root=ROOT)
    console_hours = create_app(settings)[CONSOLE_APP][CONSOLE].hours  # the gateway and its console still start
    assert console_hours == Context(settings).office_hours() == OfficeHours.parse(DEFAULT)
