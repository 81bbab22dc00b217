"""Messages we cannot read: empty, far too long, emoji only, binary, keyboard mash.

The Rasa component turns these into the `unreadable` intent so the resident gets a polite reply
and the conversation stays usable. Non-Latin scripts are readable (just not English): they are
left to the NLU's fallback rather than called garbled.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Optional

TOO_LONG = 1000  # characters; longer messages get a polite "in a few words, please"

_KEYBOARD_RUNS = ("qwer", "wert", "erty", "rtyu", "tyui", "yuio", "uiop", "asdf", "sdfg", "dfgh",
                  "fghj", "ghjk", "hjkl", "zxcv", "xcvb", "cvbn", "vbnm")
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_HOME_ROW_WORDS = {"glass", "flask", "flags", "salad", "salads", "dallas", "alaska", "hassle"}


def _mash(word: str) -> bool:
    """Keyboard mash: "sdfghjkl", "asdasd", "ffff", "nmnmnm", "xxxxxxx"."""
    vowels = re.search(r"[aeiouy]", word)
    if len(word) >= 5 and not vowels or len(word) >= 4 and len(set(word)) <= (2 if not vowels else 1):
        return True
    if sum(run in word for run in _KEYBOARD_RUNS) >= 2:
        return True
    for unit in (3, 2):  # a short run typed again and again on one keyboard row: "kjhkjh", "oiuoiu"
        if len(word) >= 2 * unit and word == (word[:unit] * len(word))[: len(word)] and any(
            set(word[:unit]) <= set(row) for row in _ROWS
        ) and len(set(word[:unit])) == unit and (unit == 3 or not re.search(r"[aeiouy]", word)):
            return True
    home_row = set(word) <= set(_ROWS[1]) and len(set(word)) >= 3
    return len(word) >= 5 and home_row and word not in _HOME_ROW_WORDS


def classify_unreadable(text: Optional[str]) -> Optional[str]:
    """"empty", "too_long", "unreadable" (emoji only, binary, keyboard mash) or None."""
    if text is None or not text.strip():
        return "empty"
    if len(text) > TOO_LONG:
        return "too_long"
    sample = text.strip()
    bad = sum(1 for c in sample if c == "\ufffd" or (unicodedata.category(c) in ("Cc", "Cs", "Co")
                                                      and c not in "\n\r\t"))
    if bad and bad >= max(1, len(sample) // 20):
        return "unreadable"
    content = sum(1 for c in sample if c.isalnum())
    visible = sum(1 for c in sample if not c.isspace())
    if content == 0 or (visible > 3 and content / visible < 0.3):
        return "unreadable"
    latin = re.findall(r"[a-z]+", sample.lower())
    if latin and not re.search(r"\d", sample) and sum(map(_mash, latin)) / len(latin) >= 0.6:
        return "unreadable"
    return None


__all__ = ["TOO_LONG", "classify_unreadable"]
