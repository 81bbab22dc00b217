"""How old someone can be, told by their school year or birth year when no age is said: "im in yr 9", "my son is
in Year 10 at the school in Erdington", "she was born in 2012", "just finished year 11"; or by several children's
ages said together ("my boys are 12 and 15").

In England a pupil is 11 to 12 in Year 7 and 14 to 15 in Year 10 (https://www.gov.uk/national-curriculum, the
key stages table), so from Year 7 to Year 10 they are under 16 whenever in the school year it is; Year 11 pupils
are 15 to 16, and sixth form (Years 12 and 13) 16 to 18. University and college years are numbered too ("2nd year
at uni"), and say nothing about age. A birth year alone leaves two possible ages; only when both are under 16 is
the child of school age. A school year just finished (Year 11 or 13, or its GCSEs or A levels, said as recent)
gives a school leaver's two ages, 16 to 17 or 18 to 19. What this gives is a fact of its own (school_age: the youngest and oldest they can be),
never a guessed age: a route's age band rules them out only when it rules out both.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple, Optional, Tuple

from bot.dialogue.profile import SCHOOL_AGES_BELOW, YOUTH_AGE
from bot.language import births

_YEARS = {"7": 7, "8": 8, "9": 9, "10": 10, "11": 11, "12": 12, "13": 13, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13}
_YEAR = r"(?:year|yr|yr\.|y) ?(?P<{name}>1[0-3]|7|8|9|seven|eight|nine|ten|eleven|twelve|thirteen)(?![\w])"
# A pupil in Year N is N + 4 at its start and N + 5 by its end (Year 7: 11 to 12)
_AGE_IN_YEAR = 4
# ...and not a year of something else: "in year 9 of my sentence", "year 10 at uni", "year 7 of the course"
_NOT_SCHOOL = r"(?! (?:of|at (?:uni|university|college)|in (?:uni|university|college)|apprentice))"
# In a school year: "i am in year 9", "my son is in year 10", "she 's doing year 8", "year 10 pupil",
# "a year 9 student at ...", "just started year 7".
_IN_YEAR = re.compile(
    r"(?<![\w])(?:in|doing|started|starting|into|finishing|going into|moving up to|just started|now in) "
    + _YEAR.format(name="year") + _NOT_SCHOOL
    + r"|(?<![\w])" + _YEAR.format(name="year2") + r" (?:pupil|student|at school|at secondary|kid|child|son|daughter|boy|girl|lad"
    # ...or leaving it at the end of this school year: "yr 13 leavin in summer", "a year 11 leaver"
    + r"|leaver|leaving|leavin|finishing|finishin)s?(?![\w])")
# ...but not a school year gone by: "i left in year 10", "when i was in year 9", "dropped out in year 10"
_PAST = frozenset({"left", "quit", "dropped", "out", "was", "were", "back", "since", "when", "from", "after",
                   "excluded", "expelled"})
# (how far back: "I dropped out of sixth form in Year 12")
_PAST_WINDOW = 6


_LEAVING = ("leaver", "leavers", "leaving", "leavin", "finishing", "finishin")


# The last school year just finished, which says their age as the year in it does: "just finished year 11", "he
# finished Year 11 in the summer", "left after year 13 this summer", "finished sixth form in July". Only said as
# recent: "I left school after year 11" alone may be thirty years ago. The English school year runs from early
# September to mid or late July (https://en.wikipedia.org/wiki/English_school_holidays; each council sets its dates,
# https://www.gov.uk/school-term-holiday-dates), and a year group is those born from September to August. Year 13
# is the end of sixth form.
_LAST_YEARS = {"11": 11, "eleven": 11, "13": 13, "thirteen": 13}
_RECENT = r"(?:this summer|in the summer|over the summer|this year|in july|in june|this june|this july|last month|in may)"
_FINISHED = (r"(?:finished|left|done|completed|did|leaving|left school after|left school at the end of)"
             r"(?: (?:his|her|my|their))?")
# (GCSEs are sat at the end of Year 11 and A levels at the end of Year 13)
_LAST = (r"(?:(?:year|yr) ?(?P<{y}>11|13|eleven|thirteen)|(?P<{s}>sixth form|6th form|a levels|a-levels)"
         r"|(?P<{g}>gcses|gcse 's))")
_JUST_FINISHED = re.compile(
    r"(?<![\w])just " + _FINISHED + r" " + _LAST.format(y="year", s="sixth", g="gcse") + r"(?![\w])"
    r"|(?<![\w])" + _FINISHED + r" " + _LAST.format(y="year2", s="sixth2", g="gcse2")
    + r"(?: at school| at \w+(?: \w+)?)? " + _RECENT + r"(?![\w])")
# The month a school year ends, and the first a pupil can be born in for it (September)
_YEAR_ENDS, _FIRST_BIRTH_MONTH = 7, 9


def _just_finished(plain: str, today: dt.date) -> Optional["SchoolAge"]:
    m = _JUST_FINISHED.search(plain)
    if m is None:
        return None
    if m.group("sixth") or m.group("sixth2"):
        year = 13
    elif m.group("gcse") or m.group("gcse2"):
        year = 11
    else:
        year = _LAST_YEARS[m.group("year") or m.group("year2")]
    # the school year that ended most recently (said in May or June, this one's exams are done)
    ended = today.year if today.month >= 5 else today.year - 1
    # Year N ending in July of `ended` holds those born from September (ended - N - 6) to August (ended - N - 5)
    eldest = dt.date(ended - year - 6, _FIRST_BIRTH_MONTH, 1)
    youngest = dt.date(ended - year - 5, _FIRST_BIRTH_MONTH - 1, 31)
    ages = (births.age_on(youngest, today), births.age_on(eldest, today))
    return SchoolAge(m.start(), m.end(), ages, False)


# In sixth form now (Years 12 and 13): "I'm in sixth form in Walsall", "he's at 6th form"
_SIXTH_FORM = re.compile(r"(?<![\w])(?:i am|i 'm|im|he is|she is|he 's|she 's|they are|currently|still|now) "
                         r"(?:in|at|doing) (?:the |my |his |her )?(?:sixth|6th) form(?![\w])")
_SIXTH_FORM_AGES = (16, 18)


class SchoolAge(NamedTuple):
    start: int  # the words that said it, in the normalised message
    end: int
    ages: Tuple[int, int]  # the youngest and oldest they can be, both under 16
    pupil: bool  # said as a school year they are in now, so in education too (a birth year says nothing of that)
    leaving: bool = False  # ...and the last one, said as being left this summer ("yr 13 leavin in summer"): a school leaver


def school_age(plain: str, today: Optional[dt.date] = None) -> Optional[SchoolAge]:
    """The school year or birth year that puts the resident (or the person they ask for) under 16, or None."""
    for m in _IN_YEAR.finditer(plain):
        if not _PAST.intersection(plain[:m.start()].split()[-_PAST_WINDOW:]):
            year = _YEARS[m.group("year") or m.group("year2")]
            leaving = year in _LAST_YEARS.values() and m.group(0).endswith(_LEAVING)
            return SchoolAge(m.start(), m.end(), (year + _AGE_IN_YEAR, year + _AGE_IN_YEAR + 1), True, leaving)
    for youngest, oldest, start, end in births.ages_from_birth_year(plain, today or dt.date.today()):
        if 5 <= youngest and oldest < YOUTH_AGE:
            return SchoolAge(start, end, (youngest, oldest), False)
    sixth = _SIXTH_FORM.search(plain)
    if sixth:
        return SchoolAge(sixth.start(), sixth.end(), _SIXTH_FORM_AGES, True)
    return _just_finished(plain, today or dt.date.today())


# Several children's ages in a row, for a parent asking for them: "my boys are 12 and 15", "two girls, 13 & 14", "12
# and 15" to "How old are they?" (not a time, an amount or a count: "9 and 3 o'clock", "12 and 15 hours")
_SEVERAL = re.compile(r"(?<![\w£.,:])(?P<a>\d{1,2})(?: ,)? (?:and|&) (?P<b>\d{1,2})(?![\w.,:£%])"
                      r"(?! ?(?:years? (?:ago|of|in|at|experience)|hours?|hrs|days?|weeks?|months?|am|pm|o ?'? ?clock|"
                      r"quid|pounds|k|grand|gcses?|a levels?|kids|children)\b)")


# ...or a group named by its age, by someone who works with them: "a few of my 15 year olds"
_GROUP_AGED = re.compile(r"\b(?:my|our) (?P<a>\d{1,2}) ?-?(?:year|yr) ?-?olds\b")


def several_children(plain: str) -> Optional[SchoolAge]:
    """The youngest and oldest of several young people's ages said together ("the boys are 14 and 16", a teacher's
    "they're 16 and 17"), each from school age to 19: one set of routes fits them all only where it fits both ends."""
    m = _SEVERAL.search(plain) or _GROUP_AGED.search(plain)
    if m is None:
        return None
    ages = sorted((int(m.group("a")), int(m.groupdict().get("b") or m.group("a"))))
    if not (5 <= ages[0] and ages[1] < SCHOOL_AGES_BELOW):
        return None
    return SchoolAge(m.start(), m.end(), (ages[0], ages[1]), False)


__all__ = ["SchoolAge", "school_age", "several_children"]
