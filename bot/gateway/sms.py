"""SMS text: GSM-7 vs UCS-2 segment arithmetic, sentence-boundary splitting, numbered options.

A single character outside GSM-7 (an emoji, a curly apostrophe) turns the whole message into UCS-2
and cuts a segment from 160 to 70 characters, so the bot's typographic punctuation is folded to GSM
equivalents before counting, and splitting happens where a reader would pause.
"""

from __future__ import annotations

import re
import json
from dataclasses import dataclass
from typing import List, Mapping, Optional, Sequence, Tuple

# 3GPP TS 23.038 default alphabet (one septet each) and its extension table (escape + char = two).
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENDED = frozenset("\f^{}\\[~]|€")

GSM7_SINGLE, GSM7_MULTI = 160, 153  # multipart loses 7 septets to the concatenation header
UCS2_SINGLE, UCS2_MULTI = 70, 67
MAX_SEGMENTS = 3

# Typographic characters a template or the bot might use, folded so the reply stays GSM-7.
_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u2026": "...", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": "",
    "\u2022": "-", "\u00b7": "-", "\t": " ",
})


@dataclass(frozen=True)
class Segments:
    encoding: str  # "GSM-7" or "UCS-2"
    count: int
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)


def fold(text: str) -> str:
    return text.translate(_FOLD)


def is_gsm7(text: str) -> bool:
    return all(ch in GSM7_BASIC or ch in GSM7_EXTENDED for ch in text)


def _unit_costs(text: str, gsm: bool) -> List[int]:
    if gsm:
        return [2 if ch in GSM7_EXTENDED else 1 for ch in text]
    # UCS-2 on the wire is UTF-16: characters outside the BMP (most emoji) take two units.
    return [2 if ord(ch) > 0xFFFF else 1 for ch in text]


def segments(text: str) -> Segments:
    """How many SMS segments `text` takes, packing as handsets do (an escape pair never splits)."""
    gsm = is_gsm7(text)
    costs = _unit_costs(text, gsm)
    total = sum(costs)
    single, multi = (GSM7_SINGLE, GSM7_MULTI) if gsm else (UCS2_SINGLE, UCS2_MULTI)
    encoding = "GSM-7" if gsm else "UCS-2"
    if total == 0:
        return Segments(encoding, 0, 0)
    if total <= single:
        return Segments(encoding, 1, total)
    count, used = 1, 0
    for cost in costs:
        if used + cost > multi:
            count, used = count + 1, 0
        used += cost
    return Segments(encoding, count, total)


def fits(text: str, max_segments: int = MAX_SEGMENTS) -> bool:
    return segments(text).count <= max_segments


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
