"""A quick reply typed instead of tapped: "Working with data", "good", "2", "yes, delete it".

On SMS, on WhatsApp and in the widget people type the words they see. While the assistant's last
turn offered quick replies, a message that *is* one of them (its title, the title without the part
in brackets, a close typing of it, or its number) means that reply's payload, whatever the intent
classifier or the fact extractor would have made of the words: "Working with data" answers "What
would you like to learn?" and must not record that the resident is employed.

Only whole-message choices count. "no" is not "No, keep it" by prefix (the classifier reads a plain
"no" well), and "I'm not working but I was a cleaner" is an answer in the resident's own words, left
to the understanding. Pure functions: the Rasa component (components/waymark_nlu.py) finds the
offered replies in the tracker and applies the payload.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from typing import Any, Iterable, List, Mapping, Optional, Sequence, Tuple

Option = Tuple[str, str]  # (title, payload)

# Questions whose answer is itself a number: a bare "3" to "What is your highest qualification?"
# means level 3, not the third button. "option 3" / "number 3" still picks the button there.
NUMERIC_ANSWERS = ("age", "annual_income", "qualification_level")
# A typo of a long title still counts ("workin with data"); short titles must match exactly, and a
# message never counts when it differs from the title in a negation ("now working" is not "not working").
FUZZY_MIN_CHARS = 10
FUZZY_RATIO = 0.88
_NEGATIONS = {"not", "no", "never", "nothing", "none", "dont", "don't"}
# Words around a choice that do not change it: "the first one please", "ok good".
_FILLER = {"please", "pls", "plz", "ok", "okay", "thanks", "thank", "you", "ta", "um", "erm", "uh",
           "just", "the", "one", "that", "er"}
_CONTRACTIONS = [(re.compile(p), r) for p, r in (
    (r"\bi'?m\b", "i am"), (r"\bim\b", "i am"), (r"\bdon'?t\b", "do not"), (r"\bcan'?t\b", "can not"),
    (r"\bive\b|\bi've\b", "i have"), (r"\bi'd\b|\bid\b", "i would"), (r"\bu\b", "you"), (r"\bwiv\b", "with"), (r"\bn\b", "and"),
    (r"&", " and "), (r"\bit'?s\b", "it is"),
)]
# Anything but a letter, a digit or a letter's mark separates words.
_WORD = re.compile(r"[^\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0a01-\u0a03"
                   r"\u0a3c-\u0a51\u0a70\u0a71\u0a75]+", re.UNICODE)
_ARABIC_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
# Latin letters with a stroke, not a mark, that an English keyboard types without it.
_LATIN_UNMARKED = {"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss"}
_NUMBER = re.compile(r"^(?:(?:option|number|no|num|choice|#)\s*)?(\d{1,2})(?:\s+(.*))?$")
_EXPLICIT_NUMBER = re.compile(r"^(?:option|number|no|num|choice|#)\s*\d")
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
            "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8}
MAX_TYPED = 120  # longer than any title with a few words round it: an answer in their own words


def normalise(text: str) -> str:
    """Lowercase words without Latin accents, punctuation or apostrophes' variations.

    Titles are offered in the conversation's language, so letters of every script are kept: Latin
    letters lose their marks ("Pracuję" = "pracuje", as people type on an English keyboard), while
    Gurmukhi keeps its marks (a vowel sign is part of the word); Arabic script loses its short vowels and
    hamza marks, which most people leave out when they type ("افضل" = "أفضّل")."""
    kept = []
    for ch in unicodedata.normalize("NFKD", (text or "").replace("\u2019", "'")):
        if ch.isascii():
            kept.append(ch)
        elif unicodedata.category(ch).startswith("M"):
            if kept and not kept[-1].isascii() and not _ARABIC_MARKS.match(ch):
                kept.append(ch)
        elif ch.isalnum():
            kept.append(_LATIN_UNMARKED.get(ch, ch))
    folded = unicodedata.normalize("NFC", "".join(kept)).lower()
    for pattern, repl in _CONTRACTIONS:
        folded = pattern.sub(repl, folded)
    return " ".join(_WORD.sub(" ", folded).split())


def _variants(title: str) -> List[str]:
    out = [normalise(title)]
    bare = normalise(re.sub(r"\([^)]*\)", " ", title))  # "Full time (weekdays)" -> "full time"
    if bare and bare not in out:
        out.append(bare)
    return out


def _strip_filler(words: List[str]) -> List[str]:
    while words and words[0] in _FILLER:
        words = words[1:]
    while words and words[-1] in _FILLER:
        words = words[:-1]
    return words


def payload_slots(payload: str) -> List[str]:
    """The slots a payload's entities name: '/inform{"age": 3}' -> ["age"]."""
    brace = payload.find("{")
    if brace < 0:
        return []
    try:
        entities = json.loads(payload[brace:])
    except ValueError:
        return []
    return list(entities) if isinstance(entities, dict) else []


def numeric_question(options: Sequence[Option]) -> bool:
    return any(slot in NUMERIC_ANSWERS for _, payload in options for slot in payload_slots(payload))


def chosen(text: Optional[str], options: Sequence[Option]) -> Optional[str]:
    """The payload of the offered reply this message types, or None when it is not one of them."""
    if not options or not text or len(text) > MAX_TYPED or text.lstrip().startswith("/"):
        return None
    said = normalise(text)
    if not said:
        return None
    number = _NUMBER.match(said)
    if number:
        index, rest = int(number.group(1)), number.group(2)
        explicit = bool(_EXPLICIT_NUMBER.match(said))
        if not rest and (explicit or not numeric_question(options)):
            return options[index - 1][1] if 1 <= index <= len(options) else None
        if rest and 1 <= index <= len(options) and rest in _variants(options[index - 1][0]):
            return options[index - 1][1]  # "2 working for an employer"
        if not rest or not explicit:
            return None
    for title, payload in options:
        if said in _variants(title):
            return payload
    words = _strip_filler(said.split())
    if len(words) == 1 and words[0] in _ORDINAL and len(options) > 1:  # "the second one"
        index = _ORDINAL[words[0]]
        return options[index - 1][1] if index <= len(options) else None
    stripped = " ".join(words)
    if not stripped:
        return None
    for title, payload in options:
        if stripped in _variants(title):
            return payload
    return _fuzzy(stripped, options)


def _fuzzy(said: str, options: Sequence[Option]) -> Optional[str]:
    scored = []
    for title, payload in options:
        for variant in _variants(title):
            if len(variant) < FUZZY_MIN_CHARS:
                continue
            if set(said.split()) & _NEGATIONS != set(variant.split()) & _NEGATIONS:
                continue
            scored.append((difflib.SequenceMatcher(None, said, variant).ratio(), payload))
    scored.sort(reverse=True)
    if not scored or scored[0][0] < FUZZY_RATIO:
        return None
    rivals = {payload for ratio, payload in scored if ratio >= FUZZY_RATIO}
    return scored[0][1] if len(rivals) == 1 else None


def offered(events: Iterable[Any]) -> List[Option]:
    """The quick replies of the assistant's turn since the resident last spoke (the last set shown).

    `events` are Rasa events, as objects (BotUttered/UserUttered) or as dicts from a tracker's state.
    """
    live: List[Option] = []
    for event in events:
        kind, data = _kind_and_data(event)
        if kind == "user":
            live = []
        elif kind == "bot":
            buttons = _buttons(data)
            if buttons:
                live = buttons
        elif kind in ("restart", "session_started"):
            live = []
    return live


def _kind_and_data(event: Any) -> Tuple[str, Mapping[str, Any]]:
    if isinstance(event, Mapping):
        return str(event.get("event") or ""), event.get("data") or {}
    return str(getattr(event, "type_name", "")), getattr(event, "data", None) or {}


def _buttons(data: Mapping[str, Any]) -> List[Option]:
    out = []
    for button in data.get("buttons") or []:
        if isinstance(button, Mapping):
            title, payload = button.get("title"), button.get("payload")
            if isinstance(title, str) and isinstance(payload, str) and title.strip() and payload.startswith("/"):
                out.append((title, payload))
    return out


def as_options(buttons: Iterable[Mapping[str, str]]) -> List[Option]:
    return [(b["title"], b["payload"]) for b in buttons]


__all__ = ["FUZZY_RATIO", "NUMERIC_ANSWERS", "Option", "as_options", "chosen", "normalise", "numeric_question",
           "offered", "payload_slots"]
