"""Caps on sending to a typed number, so Waymark cannot be used to spam a phone or run up SMS costs.

"Send me this" (web) and the console's "send summary" message a number someone typed. Each send is
counted in `outbound_sends` (the project database, so several action servers share the counts) and
refused once, within a rolling window (Settings.send_window_hours), any of these is reached:

- per journey: one conversation cannot fan out to many numbers;
- per number: one phone cannot be flooded, whoever asks (every stranger's chat counts together);
- per client: the gateway's keyed hash of the caller's address (message metadata `client`), so new
  sessions from one place do not start afresh; absent (console, older gateway), the others still apply;
- overall: a ceiling on what the deployment can spend in a window, whatever the source.

Counts are keyed by pseudonyms and hashes, never the number: `destination` is a one-way hash of the
number's pseudonym, `client` a hash of the gateway's key. Rows older than the window are purged as
new ones are written (and by retention).

A "tell me when it opens" subscription made with a send is not counted again: it exists only after a
counted send, at most one per send, and sends one message once, so notifications <= counted sends.
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass
from typing import Iterable, List, Optional, Set, Tuple

from sqlalchemy import delete, func, insert, or_, select, text, update
from sqlalchemy.orm import Session

from bot.residents.records import outbound_sends

log = logging.getLogger("waymark.outbound")

MAX_WINDOW_S = 7 * 86_400.0  # retention purges older rows: a longer window could not be counted
_LOCK_ID = 7_245_011  # PostgreSQL advisory lock: counting and writing one send at a time


@dataclass(frozen=True)
class Caps:
    window_s: float = 86_400.0
    per_journey: int = 3
    per_number: int = 3
    per_client: int = 10
    overall: int = 300

    @classmethod
    def from_settings(cls, settings) -> "Caps":
        window = min(max(float(settings.send_window_hours), 0.0) * 3600.0, MAX_WINDOW_S)
        return cls(window, max(settings.send_per_journey, 0), max(settings.send_per_number, 0),
                   max(settings.send_per_client, 0), max(settings.send_overall, 0))


def destination_of(contact: str) -> str:
    """The number's count key: its SMS and WhatsApp pseudonyms share one HMAC of the number (after the
    prefix), so both count together; hashed again so the key is not itself a pseudonym."""
    digest = contact.split("-", 1)[-1]
    return hashlib.sha256(("outbound-destination:" + digest).encode("utf-8")).hexdigest()[:32]


def client_key(client: Optional[str]) -> Optional[str]:
    """The gateway's opaque key, hashed once more so a raw address passed by mistake is never stored."""
    if not client:
        return None
    return hashlib.sha256(("outbound-client:" + str(client)[:200]).encode("utf-8")).hexdigest()[:32]


def _serialise(session: Session) -> None:
    """Several action servers on PostgreSQL: one send is counted at a time (SQLite's first write
    already takes the database's write lock)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _LOCK_ID})


def reserve(session: Session, caps: Caps, *, journey_id: str, contact: str, client: Optional[str] = None,
            kind: str = "summary", now: Optional[float] = None) -> Optional[str]:
    """Count one send to `contact` (a pseudonym) for `journey_id`; None when it may go, else the cap
    it would break ("journey", "number", "client" or "overall"), and then nothing is counted.

    The row is written first and the counts include it, so two servers racing for the last place
    cannot both take it; it is committed with the caller's session."""
    now = time.time() if now is None else now
    _serialise(session)
    session.execute(delete(outbound_sends).where(outbound_sends.c.at <= now - caps.window_s))
    dest, who = destination_of(contact), client_key(client)
    row_id = session.execute(insert(outbound_sends).values(
        journey_id=journey_id, contact=contact, destination=dest, client=who, kind=kind[:16], at=now)
    ).inserted_primary_key[0]
    since = now - caps.window_s
    checks: List[Tuple[str, object, int]] = [
        ("journey", outbound_sends.c.journey_id == journey_id, caps.per_journey),
        ("number", outbound_sends.c.destination == dest, caps.per_number),
    ]
    if who is not None:
        checks.append(("client", outbound_sends.c.client == who, caps.per_client))
    checks.append(("overall", None, caps.overall))
    for name, condition, limit in checks:
        query = select(func.count()).select_from(outbound_sends).where(outbound_sends.c.at > since)
        if condition is not None:
            query = query.where(condition)
        if session.execute(query).scalar_one() > limit:
            session.execute(delete(outbound_sends).where(outbound_sends.c.id == row_id))
            log.warning("send for %s refused: %s cap (%d in %.0fh)", journey_id, name, limit, caps.window_s / 3600)
            return name
    return None


def sent_to(session: Session, journey_ids: Iterable[str]) -> Set[str]:
    """The contacts these journeys have sent to (while the journeys are kept)."""
    ids = list(journey_ids)
    return set(session.execute(select(outbound_sends.c.contact).where(
        outbound_sends.c.journey_id.in_(ids), outbound_sends.c.contact.is_not(None))).scalars().all())


def last_sent_to(session: Session, journey_id: str) -> Optional[str]:
    """The contact this journey most recently sent to, if its row is still within the window."""
    return session.execute(select(outbound_sends.c.contact).where(
        outbound_sends.c.journey_id == journey_id, outbound_sends.c.contact.is_not(None))
        .order_by(outbound_sends.c.at.desc(), outbound_sends.c.id.desc()).limit(1)).scalar()


def in_use(session: Session, contact: str) -> bool:
    """Whether any kept journey still has a send to this contact on record."""
    return session.execute(select(outbound_sends.c.id).where(
        outbound_sends.c.contact == contact, outbound_sends.c.journey_id.is_not(None)).limit(1)).first() is not None


def erase(session: Session, ids: Iterable[str]) -> int:
    """Erasure of these pseudonyms: sends made by their journeys keep only their anonymous count
    (journey and contact cleared); sends *to* their own numbers go entirely. Rows touched."""
    ids = sorted(set(ids))
    phones = [i for i in ids if i.startswith(("sms-", "wa-"))]
    gone = session.execute(delete(outbound_sends).where(or_(
        outbound_sends.c.contact.in_(ids), outbound_sends.c.destination.in_([destination_of(p) for p in phones])))
    ).rowcount
    detached = session.execute(update(outbound_sends).where(outbound_sends.c.journey_id.in_(ids))
                               .values(journey_id=None, contact=None)).rowcount
    return int(gone or 0) + int(detached or 0)


def purge(session: Session, *, now: Optional[float] = None, keep_s: float = MAX_WINDOW_S) -> int:
    now = time.time() if now is None else now
    return int(session.execute(delete(outbound_sends).where(outbound_sends.c.at <= now - keep_s)).rowcount or 0)


__all__ = ["Caps", "MAX_WINDOW_S", "client_key", "destination_of", "erase", "in_use", "last_sent_to", "purge", "reserve",
           "sent_to"]
