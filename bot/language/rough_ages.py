"""An age said roughly, with no number of years: "late 30s", "in my early thirties", "mid-fifties", "40 something", "30 odd".

What it gives is the youngest and oldest they can be (the school_age fact, as a school year gives), never a guessed
age: a route's age band rules them out only when it rules out both ends, and is a question only when the band falls
inside the range. "Early" is the first four years of a decade, "mid" the middle three, "late" the last three, and a
decade alone all ten.
"""

from __future__ import annotations

import re
from typing import Optional, Tuple

_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fourties": 40, "fifties": 50, "sixties": 60}
_PART = {"early": (0, 3), "mid": (4, 6), "middle": (4, 6), "late": (7, 9)}
_DECADE = r"(?:(?P<d{n}>[2-6]0) ?'?s|(?P<w{n}>" + "|".join(_DECADE_WORDS) + r"))"
# (a decade of the calendar is not an age: "born in the late 60s", "since the early 2000s", "back in the 90s")
_ROUGH = re.compile(
    r"(?<![\w'])(?<!the )(?:(?P<part>early|mid|middle|late) ?-? ?" + _DECADE.format(n=1)
    + r"|(?:in|into) (?:my|his|her|their|your) " + _DECADE.format(n=2)
    + r"|(?P<d3>[2-6]0) ?-? ?(?:something|odd(?! (?:years?|yrs?|hours?|hrs?|quid|pounds?|grand|k|days?|weeks?)\b))"
    + r")(?![\w])")
_BORN = re.compile(r"\b(?:born|since|from|back)\W*(?:\w+\W+){0,2}$")


def rough_age(plain: str) -> Optional[Tuple[Tuple[int, int], int, int]]:
    """((youngest, oldest), start, end) of an age said as part of a decade, or None."""
    for m in _ROUGH.finditer(plain):
        if _BORN.search(plain[:m.start()]):
            continue
        word = m.group("w1") or m.group("w2")
        decade = int(m.group("d1") or m.group("d2") or m.group("d3") or _DECADE_WORDS[word])
        low, high = _PART.get(m.group("part") or "", (0, 9))
        return (decade + low, decade + high), m.start(), m.end()
    return None


__all__ = ["rough_age"]
