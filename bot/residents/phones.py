"""Reading a phone number someone typed: the one place Waymark decides what a typed number is.

A number typed into the chat or the console ("07700 900123", "+44 (0)7700-900123", "0044 7700
900123") becomes E.164 (+447700900123) or nothing; a phone's address on an inbound message is read the
same way (`from_address`), so the phone that texts us and the number "send me this" texts are one.
Whether Waymark may *send* to it is a second, separate question: only UK mobiles (+447...) unless the
deployment's allow-list (Settings.send_allowed_prefixes, WAYMARK_SEND_ALLOWED_PREFIXES) names other
prefixes. A number that is not allowed is refused before anything is stored or sent, so Waymark cannot
be pointed at premium or foreign numbers to run up costs.

UK mobile numbers are 07 followed by nine digits (Ofcom, National Telephone Numbering Plan:
https://www.ofcom.org.uk/phones-and-broadband/phone-numbers/numbering); +44 replaces the leading 0.
Not every 07 number is a mobile: 070 is personal numbering (calls forwarded anywhere, sometimes at
premium rates, a favourite of scammers) and 076 is pagers, except 07624 (Isle of Man mobiles)
(http://www.callcosts.uk/number-overview/). Those are never sent to, whatever the allow-list says.
Landlines are refused too: Twilio does not check for them in the UK, and carriers may turn a text to
a landline into a voice call (https://www.twilio.com/en/guidelines/gb/sms).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence, Tuple

UK_MOBILE_PREFIX = "+447"
DEFAULT_ALLOWED = (UK_MOBILE_PREFIX,)
UK_NOT_MOBILE = ("+4470", "+4476")  # personal numbering, pagers ...
UK_MOBILE_EXCEPTIONS = ("+447624",)  # ... but 07624 is the Isle of Man's mobiles

# Anything phone-shaped inside a message: digits with spaces, dots, dashes or brackets.
PHONE_SHAPED = re.compile(r"\(?\+?\d[\d\s().-]{7,}\d")
_SEPARATORS = re.compile(r"[\s().-]+")
# 07..., +447..., 00447..., and +44 (0) 7... as people write it on letterheads.
_UK_MOBILE = re.compile(r"^(?:\+44|0044|44)?0?(7\d{9})$")
_E164 = re.compile(r"^\+[1-9]\d{7,14}$")


def read(text: str) -> Optional[str]:
    """A typed number as E.164, or None when it cannot be one. UK mobiles in any usual spelling;
    other countries only when written with their + code (a bare foreign number is ambiguous)."""
    raw = (text or "").strip()
    if len(raw) > 40:  # no phone number is this long: don't do the work
        return None
    digits = _SEPARATORS.sub("", raw)
    found = _UK_MOBILE.match(digits)
    if found and (digits.startswith(("+44", "0044", "07")) or digits.startswith("447")):
        return "+44" + found.group(1)
    if digits.startswith("00") and _E164.match("+" + digits[2:]):
        return "+" + digits[2:]
    return digits if _E164.match(digits) else None


def from_address(address: str) -> str:
    """A phone as Twilio addresses it ("+447700900123", "whatsapp:+447700900123") or as someone wrote it
    for the local SMS tool ("07700 900123"): E.164 when it reads as a number (`read`), so one phone has
    one pseudonym and one contact however it arrives, the same one "send me this" texts. Anything else
    (a short code, a test sender) is kept as given, without its channel prefix and spaces."""
    number = (address or "").strip()
    if number.lower().startswith("whatsapp:"):
        number = number[len("whatsapp:"):]
    return read(number) or re.sub(r"\s+", "", number)


def find(text: str) -> Optional[str]:
    """The first phone-shaped run in a message, read as a number ("text me on 07700 900123")."""
    for found in PHONE_SHAPED.finditer((text or "")[:2000]):
        number = read(found.group(0))
        if number is not None:
            return number
    return None


def key(text: str) -> str:
    """One spelling per number for comparing numbers typed differently (digits, UK as leading 0);
    used to find a number again in stored text, never to send to."""
    digits = re.sub(r"\D", "", text or "")
    for prefix in ("0044", "44"):
        if digits.startswith(prefix) and len(digits) > 10:
            digits = digits[len(prefix):]
            return digits if digits.startswith("0") else "0" + digits
    return digits


def parse_prefixes(value: str) -> Tuple[str, ...]:
    """`+447,+353` -> ("+447", "+353"). Each must be + and digits; empty means the UK default."""
    prefixes = []
    for item in (value or "").split(","):
        item = item.strip().replace(" ", "")
        if not item:
            continue
        if not re.fullmatch(r"\+[1-9]\d{0,6}", item):
            raise ValueError(f"WAYMARK_SEND_ALLOWED_PREFIXES: {item!r} is not a + and digits prefix")
        prefixes.append(item)
    return tuple(prefixes) or DEFAULT_ALLOWED


@dataclass(frozen=True)
class Destination:
    """A typed number checked for sending: `number` (E.164) when usable, else `problem`."""

    number: Optional[str]
    problem: Optional[str] = None  # "bad_number" | "not_allowed"

    @property
    def ok(self) -> bool:
        return self.number is not None and self.problem is None


def destination(text: str, allowed: Sequence[str] = DEFAULT_ALLOWED) -> Destination:
    """The number to send to, or why not: unreadable ("bad_number") or outside the allow-list."""
    number = read(text)
    if number is None:
        return Destination(None, "bad_number")
    if not number.startswith(tuple(allowed or DEFAULT_ALLOWED)):
        return Destination(None, "not_allowed")
    if number.startswith(UK_NOT_MOBILE) and not number.startswith(UK_MOBILE_EXCEPTIONS):
        return Destination(None, "not_allowed")
    return Destination(number)


def allowed_words(allowed: Sequence[str] = DEFAULT_ALLOWED) -> str:
    """How to say which numbers we can send to, for a resident or a worker."""
    if tuple(allowed or DEFAULT_ALLOWED) == DEFAULT_ALLOWED:
        return "a UK mobile number (starting 07)"
    return "a mobile number starting " + ", ".join(allowed)


__all__ = ["DEFAULT_ALLOWED", "Destination", "PHONE_SHAPED", "UK_MOBILE_PREFIX", "allowed_words", "destination",
           "find", "from_address", "key", "parse_prefixes", "read"]
