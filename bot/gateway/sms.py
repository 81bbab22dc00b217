"""SMS text: sentence-boundary splitting within the segment limit, numbered options, the WRONG keyword.

A single character outside GSM-7 (an emoji, a curly apostrophe) turns the whole message into UCS-2
and cuts a segment from 160 to 70 characters, so the bot's typographic punctuation is folded to GSM
equivalents before counting, and splitting happens where a reader would pause.
"""

from __future__ import annotations

import re
import json
from typing import List, Mapping, Optional, Sequence, Tuple

# The segment arithmetic lives with the words (bot.language.sms_segments); the channel re-exports it.
from bot.language.sms_segments import MAX_SEGMENTS, Segments, fits, fold, segments  # noqa: F401


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def _pieces(text: str) -> List[str]:
    """Sentences and lines: the places a long reply may be cut."""
    return [p.strip() for p in _SENTENCE_END.split(text) if p and p.strip()]


def _hard_split(piece: str, max_segments: int) -> List[str]:
    """A single over-long sentence: cut between words, or mid-word only when a word is enormous."""
    out: List[str] = []
    current = ""
    for word in piece.split(" "):
        candidate = f"{current} {word}" if current else word
        if fits(candidate, max_segments):
            current = candidate
            continue
        if current:
            out.append(current)
        while not fits(word, max_segments):
            cut = len(word)
            while cut > 1 and not fits(word[:cut], max_segments):
                cut -= 1
            out.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        out.append(current)
    return out


def split_message(text: str, max_segments: int = MAX_SEGMENTS) -> List[str]:
    """Bodies of at most `max_segments` segments each, cut at sentence or line boundaries.

    Lines are kept (numbered options read one per line); the fewest bodies that fit are produced.
    """
    text = text.strip()
    if not text:
        return []
    if fits(text, max_segments):
        return [text]
    bodies: List[str] = []
    current = ""
    for line in text.split("\n"):
        for position, piece in enumerate(_pieces(line)):
            joiner = "\n" if position == 0 else " "
            candidate = f"{current}{joiner}{piece}" if current else piece
            if fits(candidate, max_segments):
                current = candidate
                continue
            if current:
                bodies.append(current)
            if fits(piece, max_segments):
                current = piece
            else:
                *whole, current = _hard_split(piece, max_segments)
                bodies.extend(whole)
    if current:
        bodies.append(current)
    return bodies


_ENGLISH_OPTIONS = {"options": "Reply {options}.", "option": "{number} for {title}", "last": "{first} or {last}"}


def numbered_options(titles: Sequence[str], words: Optional[Mapping[str, str]] = None) -> str:
    """`Reply 1 for Evenings, 2 for Weekends or 3 for Full time.` — short enough for SMS. `words`: the
    frames in the conversation's language (bot.language.sms_words.options_words); English by default."""
    words = words or _ENGLISH_OPTIONS
    titles = [t.strip() for t in titles if t and t.strip()]
    if not titles:
        return ""
    parts = [words["option"].format(number=i, title=title) for i, title in enumerate(titles, start=1)]
    listed = parts[0] if len(parts) == 1 else words["last"].format(first=", ".join(parts[:-1]), last=parts[-1])
    return words["options"].format(options=listed)


_WORDS = re.compile(r"[^\w£€$]+", re.UNICODE)
_NUMBER = re.compile(r"^\s*(?:option\s*)?(\d{1,2})\s*[.):]?\s*$", re.IGNORECASE)


def _norm(text: str) -> str:
    return _WORDS.sub(" ", fold(text).lower()).strip()


def match_option(reply: str, options: Sequence[Tuple[str, str]]) -> str | None:
    """The payload a reply chose: by its number ("1", "1.", "option 1") or by the option's words.

    Only exact choices count: "no" must not pick "No qualifications" by prefix, because the resident
    may be answering something else in their own words, which then goes to Rasa as typed.
    """
    if not options:
        return None
    number = _NUMBER.match(reply)
    if number:
        index = int(number.group(1))
        return options[index - 1][1] if 1 <= index <= len(options) else None
    said = _norm(reply)
    if not said:
        return None
    for title, payload in options:
        if _norm(title) == said:
            return payload
    # "1 evenings" / "1 - evenings": a number with the option's own words.
    head, _, rest = said.partition(" ")
    if head.isdigit() and rest:
        index = int(head)
        if 1 <= index <= len(options) and _norm(options[index - 1][0]) == rest:
            return options[index - 1][1]
    return None


# "WRONG 2 the course has closed": report wrong information about route 2 as numbered on the list. Only
# with a number: "wrong, I live in Dudley" is a correction of an answer, and goes to Rasa as typed.
# The resident is told how in bot.pathways.corrections.PHONE_HINT.
_REPORT = re.compile(r"^\s*wrong\s*(?:no\.?|number|#)?\s*(\d{1,2})\b[\s.:,;)-]*(.*)$", re.IGNORECASE | re.DOTALL)
MAX_REPORT_CHARS = 500


def report_payload(reply: str) -> Optional[str]:
    """The message Rasa understands for a WRONG keyword reply (the number and the words as entities),
    or None when the reply is not one."""
    found = _REPORT.match(reply or "")
    if not found:
        return None
    words = " ".join(found.group(2).split())[:MAX_REPORT_CHARS]
    entities = {"number": int(found.group(1))}
    if words:
        entities["report_words"] = words
    return "/report_wrong_info" + json.dumps(entities)
