"""Office hours ("Mon-Fri 09:00-17:00; Sat 10:00-13:00", WAYMARK_OFFICE_HOURS in WAYMARK_TIMEZONE): the one
reader of the setting. Whether a person can answer now (`OfficeHours.is_open`) and how the hours are
put to a resident (bot.dialogue.handoff_words.hours_words) both come from what `read` makes of the text, so the
words never promise hours the queue does not keep.

A day range may run past Sunday ("Fri-Mon" is Friday, Saturday, Sunday and Monday). Settings that
cannot be read are logged once at start and the documented default is used: a typo in the
environment must not stop residents reaching a person, nor stop the console starting.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import List, Tuple
from zoneinfo import ZoneInfo

log = logging.getLogger("waymark.office_hours")

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT = "Mon-Fri 09:00-17:00"
DEFAULT_ZONE = "Europe/London"
_SPAN = re.compile(r"^\s*([A-Za-z]{3})(?:\s*-\s*([A-Za-z]{3}))?\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class Span:
    """One part of the setting: from day `first` to day `last` (0 = Monday), `start` to `end` minutes."""

    first: int
    last: int
    start: int
    end: int

    @property
    def days(self) -> List[int]:
        return [(self.first + k) % 7 for k in range((self.last - self.first) % 7 + 1)]


def read(text: str) -> Tuple[Span, ...]:
    """The parts of an office-hours setting; ValueError, saying which part and how to write it, when one
    cannot be read."""
    spans: List[Span] = []
    for part in filter(None, (p.strip() for p in (text or "").split(";"))):
        match = _SPAN.match(part)
        if not match or match.group(1).lower() not in DAYS or (
                match.group(2) and match.group(2).lower() not in DAYS):
            raise ValueError(f"office hours: cannot read {part!r} (write e.g. 'Mon-Fri 09:00-17:00')")
        first = DAYS.index(match.group(1).lower())
        last = DAYS.index(match.group(2).lower()) if match.group(2) else first
        start = int(match.group(3)) * 60 + int(match.group(4))
        end = int(match.group(5)) * 60 + int(match.group(6))
        if not 0 <= start < end <= 24 * 60:
            raise ValueError(f"office hours: {part!r} must start before it ends")
        spans.append(Span(first, last, start, end))
    return tuple(spans)


@dataclass(frozen=True)
class OfficeHours:
    """e.g. "Mon-Fri 09:00-17:00; Sat 10:00-13:00" in a named time zone (UK clocks change)."""

    spans: Tuple[Tuple[int, int, int], ...]  # (weekday, start minute, end minute)
    zone: str = DEFAULT_ZONE
    text: str = ""

    @classmethod
    def parse(cls, text: str, zone: str = DEFAULT_ZONE) -> "OfficeHours":
        spans = tuple((day, span.start, span.end) for span in read(text) for day in span.days)
        ZoneInfo(zone)  # fail at start-up, not at the first handoff
        return cls(spans, zone, text.strip())

    @classmethod
    def from_settings(cls, settings) -> "OfficeHours":
        """Settings' office hours, read once where a process starts; the documented default (logged)
        when they cannot be read."""
        try:
            return cls.parse(settings.office_hours, settings.timezone)
        except Exception as error:  # noqa: BLE001 - ValueError or an unknown zone
            log.warning("office hours unreadable (%s); using %s", error, DEFAULT)
            try:
                return cls.parse(DEFAULT, settings.timezone)
            except Exception:  # noqa: BLE001 - the zone was the problem
                return cls.parse(DEFAULT, DEFAULT_ZONE)

    def is_open(self, now: float) -> bool:
        local = dt.datetime.fromtimestamp(now, ZoneInfo(self.zone))
        minute = local.hour * 60 + local.minute
        return any(day == local.weekday() and start <= minute < end for day, start, end in self.spans)


__all__ = ["DAYS", "DEFAULT", "OfficeHours", "Span", "read"]
