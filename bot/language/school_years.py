"""A child of school age, told by their school year or birth year when no age is said: "im in yr 9", "my son is
in Year 10 at the school in Erdington", "she was born in 2012".

In England a pupil is 11 to 12 in Year 7 and 14 to 15 in Year 10 (https://www.gov.uk/national-curriculum, the
key stages table), so from Year 7 to Year 10 they are under 16 whenever in the school year it is. Year 11
pupils turn 16 during it, and university and college years are numbered too ("2nd year at uni"), so
neither says anything about age. A birth year alone leaves two possible ages; only when both are under 16 is
the child of school age. What this gives is a fact of its own (school_age: the youngest and oldest they can be),
never a guessed age: a route's age band rules them out only when it rules out both.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple, Optional, Tuple

from bot.dialogue.profile import YOUTH_AGE
from bot.language import births

_YEARS = {"7": 7, "8": 8, "9": 9, "10": 10, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_YEAR = r"(?:year|yr|yr\.|y) ?(?P<{name}>10|7|8|9|seven|eight|nine|ten)(?![\w])"
# A pupil in Year N is N + 4 at its start and N + 5 by its end (Year 7: 11 to 12)
_AGE_IN_YEAR = 4
# ...and not a year of something else: "in year 9 of my sentence", "year 10 at uni", "year 7 of the course"
_NOT_SCHOOL = r"(?! (?:of|at (?:uni|university|college)|in (?:uni|university|college)|apprentice))"
# In a school year: "i am in year 9", "my son is in year 10", "she 's doing year 8", "year 10 pupil",
# "a year 9 student at ...", "just started year 7".
_IN_YEAR = re.compile(
    r"(?<![\w])(?:in|doing|started|starting|into|finishing|going into|moving up to|just started|now in) "
    + _YEAR.format(name="year") + _NOT_SCHOOL
    + r"|(?<![\w])" + _YEAR.format(name="year2") + r" (?:pupil|student|at school|at secondary|kid|child|son|daughter|boy|girl|lad)s?(?![\w])")
# ...but not a school year gone by: "i left in year 10", "when i was in year 9", "dropped out in year 10"
_PAST = frozenset({"left", "quit", "dropped", "out", "was", "were", "back", "since", "when", "from", "after",
                   "excluded", "expelled"})


class SchoolAge(NamedTuple):
    start: int  # the words that said it, in the normalised message
    end: int
    ages: Tuple[int, int]  # the youngest and oldest they can be, both under 16
    pupil: bool  # said as a school year they are in now, so in education too (a birth year says nothing of that)


def school_age(plain: str, today: Optional[dt.date] = None) -> Optional[SchoolAge]:
    """The school year or birth year that puts the resident (or the person they ask for) under 16, or None."""
    for m in _IN_YEAR.finditer(plain):
        if not _PAST.intersection(plain[:m.start()].split()[-3:]):
            year = _YEARS[m.group("year") or m.group("year2")]
            return SchoolAge(m.start(), m.end(), (year + _AGE_IN_YEAR, year + _AGE_IN_YEAR + 1), True)
    for youngest, oldest, start, end in births.ages_from_birth_year(plain, today or dt.date.today()):
        if 5 <= youngest and oldest < YOUTH_AGE:
            return SchoolAge(start, end, (youngest, oldest), False)
    return None


__all__ = ["SchoolAge", "school_age"]
