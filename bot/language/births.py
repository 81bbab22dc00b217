"""Dates of birth, and the age they give today: "born 3rd March 2001", "dob 14/02/1999", "born in the summer of
1966", and in the other languages with their month names ("ਮੇਰਾ ਜਨਮ ਫਰਵਰੀ 1990", "مواليد آذار 1985",
"urodziłem się w lutym 1982", "născut pe 3 martie 1990"). Read by bot.language.numbers on the normalised text."""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator, Optional, Tuple

_MONTHS = {name: k for k, names in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")], start=1) for name in names}
# A season is enough when it is over for this year or not begun: "born in the summer of 1966" (winter spans two
# years, so it is not one)
_SEASONS = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10}
# (as a regular expression's alternatives, longest first: "sept" before "sep")
MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
# The day before a month's name, if said: "3rd", "the 2nd of", "14"
_DAY = r"(?:(?P<day>\d{1,2})(?: ?(?:st|nd|rd|th))?(?: of)? )?"
# A date of birth with at least its month: "born in feb 1998", "born 3rd March 2001", "dob 14/02/1999", "Born May '73".
# The year alone ("born in 1998") leaves two possible ages, so it is asked rather than guessed.
_BORN = re.compile(
    r"(?<![\w])(?:born|dob|d\.o\.b\.?|date of birth)(?: is)?(?: :)?(?: (?:in|on))?(?: the)? "
    + _DAY + r"(?P<month>" + MONTH_NAMES
    + "|" + "|".join(_SEASONS) + r")(?: ,)?(?: of)? (?:' ?|’ ?)?(?P<year>(?:19|20)\d{2}|\d{2}(?! (?:years?|yrs?|days?|weeks?|months?)\b))(?![\w])"
    # (a two-digit year as forms are filled in: "born 2/1/08")
    r"|(?<![\w])(?:born|dob|d\.o\.b\.?|date of birth)(?: is)?(?: :)?(?: on)? (?P<dday>\d{1,2}) ?[/.-] ?"
    r"(?P<dmonth>\d{1,2}) ?[/.-] ?(?P<dyear>(?:19|20)\d{2}|\d{2})(?![\w/.-])"
    # (the year first, then its month: "born 1993, in October", "born 99 in june")
    r"|(?<![\w])(?:born|dob)(?: in)? (?P<yyear>(?:19|20)\d{2}|\d{2})(?: ,)?(?: in)?(?: the)? (?P<ymonth>"
    + MONTH_NAMES + "|" + "|".join(_SEASONS) + r")(?![\w])")

# A birthday said with its year is a date of birth: "my bday is 3rd may 2012", "my birthday's 14 feb 1999" (without
# the year it is only a day of the year: "my birthday is in march")
_BIRTHDAY = re.compile(
    r"(?<![\w])(?:my|his|her|their) (?:birthday|bday|b day|birth day)(?: is| s| 's|s)?(?: :)?(?: on)?(?: the)? "
    + _DAY + r"(?P<month>" + MONTH_NAMES
    + r")(?: ,)?(?: of)? (?P<year>(?:19|20)\d{2})(?![\w])")

# The year alone, with no month after it: "born in 2012", "he was born 2011", "dob 2012" (two possible ages)
_BORN_YEAR = re.compile(r"(?<![\w])(?:born|dob|d\.o\.b\.?)(?: is)?(?: :)?(?: in)? (?P<year>(?:19|20)\d{2})(?![\w/.-])"
                        r"(?! (?:in |,? ?)?(?:the )?(?:" + MONTH_NAMES + "|" + "|".join(_SEASONS) + r"))")

# ...and in the other languages: "ਮੇਰਾ ਜਨਮ ਫਰਵਰੀ 1990 ਦਾ ਹੈ", "میری پیدائش فروری 1990", "أنا مواليد آذار 1985",
# "urodziłem się w lutym 1982", "născut pe 3 martie 1990". Arabic names the months two ways (Levantine and Egyptian).
_MONTHS_IN_LANGUAGES = {name: k for k, names in enumerate([
    ("جنوری", "ਜਨਵਰੀ", "كانون الثاني", "يناير", "stycznia", "styczeń", "styczniu", "ianuarie"),
    ("فروری", "ਫਰਵਰੀ", "ਫ਼ਰਵਰੀ", "شباط", "فبراير", "lutego", "luty", "lutym", "februarie"),
    ("مارچ", "ਮਾਰਚ", "آذار", "اذار", "مارس", "marca", "marzec", "marcu", "martie"),
    ("اپریل", "ਅਪ੍ਰੈਲ", "ਅਪਰੈਲ", "نيسان", "أبريل", "ابريل", "kwietnia", "kwiecień", "kwietniu", "aprilie"),
    ("مئی", "ਮਈ", "أيار", "ايار", "مايو", "maja", "maj", "maju", "mai"),
    ("جون", "ਜੂਨ", "حزيران", "يونيو", "czerwca", "czerwiec", "czerwcu", "iunie"),
    ("جولائی", "ਜੁਲਾਈ", "تموز", "يوليو", "lipca", "lipiec", "lipcu", "iulie"),
    ("اگست", "ਅਗਸਤ", "آب", "اب", "أغسطس", "اغسطس", "sierpnia", "sierpień", "sierpniu", "august"),
    ("ستمبر", "ਸਤੰਬਰ", "أيلول", "ايلول", "سبتمبر", "września", "wrzesień", "wrześniu", "septembrie"),
    ("اکتوبر", "ਅਕਤੂਬਰ", "تشرين الأول", "تشرين الاول", "أكتوبر", "اكتوبر", "października", "październik",
     "październiku", "octombrie"),
    ("نومبر", "ਨਵੰਬਰ", "تشرين الثاني", "نوفمبر", "listopada", "listopad", "listopadzie", "noiembrie"),
    ("دسمبر", "ਦਸੰਬਰ", "كانون الأول", "كانون الاول", "ديسمبر", "grudnia", "grudzień", "grudniu", "decembrie"),
], start=1) for name in names}
_BORN_IN_LANGUAGES = re.compile(
    r"(?<![\w])(?:ਜਨਮ|پیدائش|پیدا ہوا|پیدا ہوئی|مواليد|ولدت|ولادتي|urodziłem się|urodziłam się|urodzony|urodzona|"
    r"urodzilem sie|urodzilam sie|născut|născută|nascut|nascuta)"
    r"(?: (?:w|în|in|pe|la|في|ਦਾ|ਦੀ|کی|کا))?(?: (?P<day>\d{1,2}))? (?P<month>"
    + "|".join(sorted(_MONTHS_IN_LANGUAGES, key=len, reverse=True)) + r") (?P<year>(?:19|20)\d{2})(?![\w])")


# The whole reply to "How old are you?" a date: "12/05/2008", "3rd Feb 1999", "march 2010" (days first, as in the UK)
_DATE_REPLY = re.compile(
    r"(?:my )?(?:(?:born|dob|d\.o\.b\.?|date of birth)(?: is)?(?: :)?(?: (?:in|on))? )?(?:the )?(?:"
    r"(?P<dday>\d{1,2}) ?[/.-] ?(?P<dmonth>\d{1,2}) ?[/.-] ?(?P<dyear>(?:19|20)\d{2})"
    r"|" + _DAY + r"(?P<month>" + MONTH_NAMES + r")(?: ,)? (?P<year>(?:19|20)\d{2}))")


# Arabic-Indic, Urdu (Extended Arabic-Indic) and Gurmukhi digits as ASCII, for the years written "19.." and "20.."
_ASCII_DIGITS = {ord(c): str(k) for block in ("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "੦੧੨੩੪੫੬੭੮੯") for k, c in enumerate(block)}


def _age_from_birth(m: re.Match, today: dt.date) -> Optional[int]:
    if "dyear" in m.re.groupindex and m.group("dyear"):
        day, month, year = int(m.group("dday")), int(m.group("dmonth")), int(m.group("dyear"))
    elif "yyear" in m.re.groupindex and m.group("yyear"):
        day, month, year = None, _MONTHS.get(m.group("ymonth")) or _SEASONS[m.group("ymonth")], int(m.group("yyear"))
    else:
        day = int(m.group("day")) if m.group("day") else None
        said = m.group("month")
        month, year = _MONTHS.get(said) or _MONTHS_IN_LANGUAGES.get(said) or _SEASONS[said], int(m.group("year"))
    if year < 100:  # "08" is 2008 and "95" 1995: the century that makes them a living age
        year += 2000 if 2000 + year <= today.year else 1900
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    had_birthday = (month, day or 0) <= (today.month, today.day) if day else month < today.month
    if day is None and month == today.month:
        return None  # this month, day not said: either age
    return today.year - year - (0 if had_birthday else 1)


def age_on(born: dt.date, today: dt.date) -> int:
    """The age today of someone born on `born`."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def ages_from_birth(text: str, today: dt.date) -> Iterator[Tuple[int, int, int]]:
    """(age today, start, end) for each date of birth in `text` whose age can be told (not the year alone)."""
    text = text.translate(_ASCII_DIGITS)  # "ਅਗਸਤ ੧੯੭੧": one character for one, so the offsets hold
    english = _BORN.finditer(text) if ("born" in text or "dob" in text or "birth" in text or "d.o.b" in text) else ()
    birthday = _BIRTHDAY.finditer(text) if ("day" in text) else ()
    for m in list(english) + list(birthday) + list(_BORN_IN_LANGUAGES.finditer(text)):
        years = _age_from_birth(m, today)
        if years is not None:
            yield years, m.start(), m.end()


def ages_from_birth_year(text: str, today: dt.date) -> Iterator[Tuple[int, int, int, int]]:
    """(youngest, oldest, start, end) for each birth year said alone: the ages before and after this year's
    birthday, which a month would decide."""
    for m in _BORN_YEAR.finditer(text):
        year = int(m.group("year"))
        yield today.year - year - 1, today.year - year, m.start(), m.end()


def age_from_date_reply(plain: str, today: dt.date) -> Optional[Tuple[int, int, int]]:
    """(age today, start, end) when the whole reply to "How old are you?" is a date of birth."""
    m = _DATE_REPLY.fullmatch(plain.strip(" .!"))
    if m is None:
        return None
    years = _age_from_birth(m, today)
    offset = plain.index(plain.strip(" .!"))
    return (years, offset, offset + m.end()) if years is not None and 5 <= years <= 110 else None


__all__ = ["MONTH_NAMES", "age_from_date_reply", "age_on", "ages_from_birth", "ages_from_birth_year"]
