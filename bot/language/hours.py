"""The hours a resident says they are free, as a window of the clock: "9 til half 2", "quarter past nine to
quarter to three", "9am-2pm", "between 10 and 2", "from 6 to 9". A window inside the school day is part time
(fitted round children, or round a job), one from late afternoon on is evenings, and a whole working day is
full time. Read by bot.language.understanding on a reply to "When can you study?" only: in an opening, "9 to 5"
is as often the hours someone works as the hours they are free.
"""

from __future__ import annotations

import re
from typing import Optional, Tuple

_WORDS = {w: i for i, w in enumerate(
    "_ one two three four five six seven eight nine ten eleven twelve".split()) if w != "_"}
_HOUR = r"(?:\d{1,2}|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"  # (any script's digits: "۹")


def _time(p: str) -> str:
    """One side of the window, its groups prefixed with `p`: "quarter past nine", "half 2" (half past two, as
    said in the Midlands), "9.30", "2pm"."""
    return (r"(?:(?P<{p}frac>quarter past|quarter to|half past|half) )?(?P<{p}h>" + _HOUR + r")"
            r"(?: ?[:.] ?(?P<{p}m>[0-5]\d))?(?: ?(?P<{p}ampm>am|pm|a m|p m)| ?o ?clock| oclock)?").replace("{p}", p)


_WINDOW = re.compile(
    r"(?<![\w:.])(?:(?:from|between|od|de la|între|intre|من|بين) )?(?:(?:الساعة|الساعه|ora|godz|godziny) )?"
    + _time("a")
    # (and as the other languages join them: "9 سے 2 بجے تک", "6 ਤੋਂ 2", "od 9 do 14", "de la 9 la 2", "من 9 إلى 2")
    + r"(?: ?(?:بجے|ਵਜੇ))? ?(?:to|till|til|until|untill|-|and|through to|سے|ਤੋਂ|do|la|și|si|إلى|الى|لحد|حتى|لل|ل|و) ?"
    + r"(?:(?:الساعة|الساعه) )?" + _time("b") + r"(?![\w:.])")
# a window that is when they are busy, not free: "my shift is 8 to 6", "I work 9 till 5"
_BUSY_BEFORE = re.compile(r"\b(?:work|works|working|shift|shifts|job|duty|on|is|are|do)(?: (?:is|are|from))? ?$")
# ...or says so after it: "6 ਤੋਂ 2 ਵਾਲੀ shift", "8 to 6 at work"
_BUSY_AFTER = re.compile(r"^ ?(?:\S+ )?(?:shifts?|duty|at work|work|ਸ਼ਿਫਟ|ਸ਼ਿਫ਼ਟ|ਡਿਊਟੀ|ਕੰਮ|شفٹ|ڈیوٹی|کام|دوام|شغل|"
                        r"zmiana|zmianę|zmiane|pracuję|pracuje|tura|tură|program|muncă|munca)(?![\w])")
SCHOOL_DAY = (7.0, 18.0)  # inside these a window is daytime
PART_OF_A_DAY = 6.5  # at most this long, a daytime window is part of a day
EVENING_FROM = 16.5  # a window starting here or later is an evening


def _clock(m: "re.Match", p: str, after: Optional[float] = None) -> Optional[float]:
    said = m.group(p + "h")
    hour = float(_WORDS.get(said) or int(said))
    if hour > 23:
        return None
    minutes = int(m.group(p + "m")) / 60 if m.group(p + "m") else 0.0
    frac = m.group(p + "frac")
    ampm = (m.group(p + "ampm") or "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    elif not ampm and 0 < hour < 7:
        hour += 12  # "9 till 3": the afternoon's three, as people say the hours of a day
    value = hour + minutes + {"quarter past": 0.25, "quarter to": -0.25, "half past": 0.5, "half": 0.5}.get(frac, 0.0)
    if after is not None and value <= after and not ampm:
        value += 12  # "6 to 9" is six till nine in the evening
    return value


def window(plain: str) -> Optional[Tuple[float, float]]:
    """(from, to) in hours of the day when the reply gives the hours it is free, else None."""
    m = _WINDOW.search(plain)
    if m is None or _BUSY_BEFORE.search(plain[:m.start()]) or _BUSY_AFTER.match(plain[m.end():]):
        return None
    start = _clock(m, "a")
    end = _clock(m, "b", after=start)
    if start is None or end is None or not 0 < end - start <= 16:
        return None
    return start, end


def schedule(plain: str) -> Optional[str]:
    """part_time, evenings_weekends or full_time for a window of free hours, else None."""
    said = window(plain)
    if said is None:
        return None
    start, end = said
    if start >= EVENING_FROM:
        return "evenings_weekends"
    if SCHOOL_DAY[0] <= start and end <= SCHOOL_DAY[1]:
        return "part_time" if end - start <= PART_OF_A_DAY else "full_time"
    return None


__all__ = ["schedule", "window"]
