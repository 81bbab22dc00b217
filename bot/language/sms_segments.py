"""SMS segment arithmetic: how many segments a text takes in GSM-7 or UCS-2, and the typographic folding that
keeps the bot's own punctuation GSM-7.

A single character outside GSM-7 (an emoji, a curly apostrophe, any Urdu, Punjabi or Arabic letter) turns
the whole message into UCS-2 and cuts a segment from 160 to 70 characters. Pure text arithmetic, so the
words' own home (bot.language.sms_words) and the gateway's SMS channel (bot.gateway.sms) count alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List

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
