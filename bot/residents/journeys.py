"""Journeys across channels: resume codes and the links they create.

A journey is one Rasa conversation, named by the sender id it started under. A resume code (e.g.
"K7Q4-MP2X-9HTR") typed on another channel links that channel's pseudonym to the journey, and from
then on the gateway sends that channel's messages to Rasa under the journey's id: the same facts, the same
recommendations, answered wherever the resident now is.

Codes: 12 characters in three groups of four ("K7Q4-MP2X-9HTR") from an alphabet without
look-alikes (no 0/O, 1/I/L, U/V), so they can be read out at a library desk or typed on a feature
phone: 29^12 ~ 3.5e17 values (58 bits). That many is what makes guessing hopeless at the rates the
gateway allows (docs/security.md has the arithmetic); the old 6-character codes (29^6 ~ 5.9e8) were
not, so they are recognised as resume attempts but never looked up. Codes expire, are single-use and
belong to one journey; only HMAC(key, code) is stored, so a copy of the database does not give them
away.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
import time
from typing import List, Optional, Set

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from bot.residents.records import journey_codes, journey_links

log = logging.getLogger("waymark.journeys")

ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"  # no 0 O 1 I L U V: nothing to mistake when read aloud
CODE_LENGTH = 12
GROUP = 4  # shown as K7Q4-MP2X-9HTR: three short groups are easier to read out and copy than twelve
LEGACY_LENGTH = 6  # codes issued before: recognised (so they never reach the bot) but refused
DEFAULT_TTL_S = 14 * 86_400.0
# "RESUME K7Q4-MP2X-9HTR", "resume k7q4mp2x9htr", "Resume: K7Q4 MP2X 9HTR"
RESUME_COMMAND = re.compile(r"^\s*resume\b[\s:.-]*([A-Za-z0-9][A-Za-z0-9 -]{4,28}[A-Za-z0-9])\s*[.!]?\s*$",
                            re.IGNORECASE)


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i:i + GROUP] for i in range(0, CODE_LENGTH, GROUP))


def normalise_code(text: str) -> Optional[str]:
    """`k7q4 mp2x-9htr` -> `K7Q4MP2X9HTR`; None when it cannot be a code (wrong length or letters)."""
    raw = re.sub(r"[\s-]+", "", text or "").upper()
    if len(raw) != CODE_LENGTH or any(ch not in ALPHABET for ch in raw):
        return None
    return raw


def code_hash(key: str, code: str) -> str:
    return hmac.new(key.encode("utf-8"), ("resume:" + code).encode("utf-8"), hashlib.sha256).hexdigest()


def parse_resume(text: str) -> Optional[str]:
    """The code in a "RESUME <code>" message, normalised; None for any other message.

    A resume attempt is answered by the gateway, never by the bot, even when the code cannot be
    right: an old 6-character code, or one with a character missing or extra (it has a digit, so it
    is not "resume writing help"). Those come back as they were typed, normalised, and `redeem`
    refuses them without a lookup, with the same words as any other code that did not work.
    """
    match = RESUME_COMMAND.match(text or "")
    if not match:
        return None
    raw = re.sub(r"[\s-]+", "", match.group(1)).upper()
    if len(raw) in (CODE_LENGTH, LEGACY_LENGTH) and all(ch in ALPHABET for ch in raw):
        return raw
    if LEGACY_LENGTH <= len(raw) <= CODE_LENGTH + 4 and raw.isalnum() and any(ch.isdigit() for ch in raw):
        return raw
    return None


def issue_code(session: Session, key: str, journey_id: str, *, now: Optional[float] = None,
               ttl_s: float = DEFAULT_TTL_S) -> str:
    """A fresh code for this journey, shown to the resident once (only its HMAC is kept)."""
    now = time.time() if now is None else now
    journey_id = journey_of(session, journey_id)  # a code asked for on a linked channel
    while True:
        code = new_code()
        digest = code_hash(key, normalise_code(code) or "")
        if session.execute(select(journey_codes.c.code_hash)
                           .where(journey_codes.c.code_hash == digest)).first() is None:
            break
    session.execute(insert(journey_codes).values(code_hash=digest, journey_id=journey_id, created_at=now,
                                                 expires_at=now + ttl_s))
    log.info("resume code issued for %s", journey_id)
    return code


def redeem(session: Session, key: str, code: str, sender_id: str, channel: str, *,
           now: Optional[float] = None) -> Optional[str]:
    """Link `sender_id` to the code's journey and spend the code; the journey id, or None.

    None for a code that is unknown, mistyped, expired or already used: the caller says the same
    thing in every case, so a guess learns nothing.
    """
    now = time.time() if now is None else now
    normal = normalise_code(code)
    if normal is None:
        return None
    digest = code_hash(key, normal)
    row = session.execute(select(journey_codes).where(journey_codes.c.code_hash == digest)).first()
    if row is None or row.expires_at <= now:
        return None
    # Single use: delete first; if another request raced us to it, it is theirs.
    if session.execute(delete(journey_codes).where(journey_codes.c.code_hash == digest)).rowcount != 1:
        return None
    journey_id = row.journey_id
    if sender_id != journey_id:
        # Everything that moves with this pseudonym joins the journey now: a channel linked to the
        # redeemer long ago must wait out the same cool-down (bot.residents.rights) as the redeemer itself.
        moving = set(session.execute(select(journey_links.c.sender_id)
                                     .where(journey_links.c.journey_id == sender_id)).scalars().all())
        link(session, sender_id, journey_id, channel, now=now)
        session.execute(update(journey_links).where(journey_links.c.sender_id.in_(moving | {sender_id}),
                                                    journey_links.c.journey_id == journey_of(session, journey_id))
                        .values(linked_at=now))
    log.info("resume code redeemed: %s continues %s", sender_id, journey_id)
    return journey_id


def link(session: Session, sender_id: str, journey_id: str, channel: str, *,
         now: Optional[float] = None) -> None:
    """From now on `sender_id`'s messages continue `journey_id` (replacing any earlier link).

    Only after proof: `sender_id` is the channel that has just redeemed the journey's code (or one
    already joined that way). Never for a number someone typed: a typed number is a destination, and
    linking it would hand whoever typed it the phone's conversation, records and erasure."""
    now = time.time() if now is None else now
    journey_id = journey_of(session, journey_id)
    if journey_id == sender_id:
        return
    # A pseudonym that was itself a journey brings its own links along (no chains to follow).
    session.execute(update(journey_links).where(journey_links.c.journey_id == sender_id)
                    .values(journey_id=journey_id))
    updated = session.execute(update(journey_links).where(journey_links.c.sender_id == sender_id)
                              .values(journey_id=journey_id, channel=channel, linked_at=now)).rowcount
    if not updated:
        session.execute(insert(journey_links).values(sender_id=sender_id, journey_id=journey_id,
                                                     channel=channel, linked_at=now))


def journey_of(session: Session, sender_id: str) -> str:
    """The conversation this channel's pseudonym continues (itself when it was never linked)."""
    row = session.execute(select(journey_links.c.journey_id)
                          .where(journey_links.c.sender_id == sender_id)).first()
    return row.journey_id if row else sender_id


def senders_of(session: Session, journey_id: str) -> List[str]:
    """Every pseudonym on this journey, the journey's own first."""
    rows = session.execute(select(journey_links.c.sender_id)
                           .where(journey_links.c.journey_id == journey_id)
                           .order_by(journey_links.c.linked_at)).scalars().all()
    return [journey_id] + [r for r in rows if r != journey_id]


def identities(session: Session, sender_id: str) -> Set[str]:
    """All pseudonyms that are the same resident as `sender_id`: what erasure must remove."""
    return set(senders_of(session, journey_of(session, sender_id))) | {sender_id}


def channel_of(sender_id: str) -> str:
    if sender_id.startswith("sms-"):
        return "sms"
    if sender_id.startswith("wa-"):
        return "whatsapp"
    return "web"


def reachable_sender(session: Session, journey_id: str) -> Optional[str]:
    """The pseudonym to message out of the blue (SMS/WhatsApp; the latest linked wins), or None.
    Only the journey's own channel or one that proved itself with a resume code: never a number that
    was merely typed (those are in bot.residents.outbound, per send)."""
    phones = [s for s in senders_of(session, journey_id) if channel_of(s) != "web"]
    return phones[-1] if phones else None


def purge_expired(session: Session, *, now: Optional[float] = None) -> int:
    now = time.time() if now is None else now
    return session.execute(delete(journey_codes).where(journey_codes.c.expires_at <= now)).rowcount


__all__ = ["ALPHABET", "CODE_LENGTH", "channel_of", "code_hash", "identities", "issue_code", "journey_of", "link",
           "new_code", "normalise_code", "parse_resume", "purge_expired", "reachable_sender", "redeem",
           "senders_of"]
