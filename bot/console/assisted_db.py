"""Assisted sessions in the database: a worker, a named event, the resident's verbal consent, and a
transcript that lasts only as long as the session is on screen."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import List, Optional, Tuple

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from bot.residents import analytics, journeys, rights
from bot.residents.pseudonyms import pseudonym
from bot.residents.records import console_assisted, console_messages

MODES = ("together", "kiosk")
# Rasa metadata channel per mode: the tracker then shows which answers a worker typed with the
# resident ("assisted") and which the resident typed alone on the tablet ("kiosk", self-reported).
RASA_CHANNEL = {"together": "assisted", "kiosk": "kiosk"}


@dataclass(frozen=True)
class Assisted:
    id: int
    journey_id: str
    worker_id: Optional[int]
    event_name: str
    mode: str
    started_at: float
    finished_at: Optional[float]

    @property
    def message_mode(self) -> str:
        return "assisted" if self.mode == "together" else "kiosk"


def _assisted(row) -> Assisted:
    return Assisted(row.id, row.journey_id, row.worker_id, row.event_name, row.mode, row.started_at,
                    row.finished_at)


def new_journey_id(key: str) -> str:
    """A fresh web-shaped pseudonym for a resident met in person (no phone or session to hash)."""
    return pseudonym(key, "web", "console:" + secrets.token_hex(16))


def start(session: Session, *, key: str, worker_id: int, event_name: str, consent: dict,
          journey_id: Optional[str] = None, now: float) -> Assisted:
    journey_id = journey_id or new_journey_id(key)
    result = session.execute(insert(console_assisted).values(
        journey_id=journey_id, worker_id=worker_id, event_name=event_name.strip()[:120],
        verbal_consent_at=now, mode="together", started_at=now))
    rights.set_consent(session, journey_id, source="worker", now=now, **consent)
    analytics.record(session, "conversation_started", channel="assisted")
    return get(session, result.inserted_primary_key[0])  # type: ignore[return-value]


def resume(session: Session, *, key: str, code: str, worker_id: int, event_name: str,
           now: float) -> Optional[Assisted]:
    """Continue a journey from its resume code in a new assisted session (None: code not valid)."""
    placeholder = new_journey_id(key)
    journey_id = journeys.redeem(session, key, code, placeholder, "web", now=now)
    if journey_id is None:
        return None
    result = session.execute(insert(console_assisted).values(
        journey_id=journey_id, worker_id=worker_id, event_name=event_name.strip()[:120] or "Resumed",
        verbal_consent_at=now, mode="together", started_at=now))
    return get(session, result.inserted_primary_key[0])


def get(session: Session, assisted_id: int) -> Optional[Assisted]:
    row = session.execute(select(console_assisted).where(console_assisted.c.id == assisted_id)).first()
    return _assisted(row) if row else None


def set_mode(session: Session, assisted_id: int, mode: str) -> None:
    session.execute(update(console_assisted).where(console_assisted.c.id == assisted_id).values(mode=mode))


def add(session: Session, item: Assisted, author: str, text: str, now: float) -> None:
    session.execute(insert(console_messages).values(
        journey_id=item.journey_id, sender_id=item.journey_id, assisted_id=item.id, author=author,
        mode=item.message_mode, text=text, delivered=True, at=now))


def transcript(session: Session, assisted_id: int, mode: Optional[str] = None) -> List[Tuple[str, str, str]]:
    """(author, text, mode) in order; only one mode's lines when asked (the kiosk shows its own)."""
    query = select(console_messages.c.author, console_messages.c.text, console_messages.c.mode).where(
        console_messages.c.assisted_id == assisted_id).order_by(console_messages.c.id)
    if mode:
        query = query.where(console_messages.c.mode == mode)
    return [(r.author, r.text, r.mode) for r in session.execute(query).all()]


def clear(session: Session, assisted_id: int, mode: Optional[str] = None) -> int:
    """Nothing of the chat stays on the console once it is over (Rasa's tracker is the record)."""
    condition = console_messages.c.assisted_id == assisted_id
    if mode:
        condition = condition & (console_messages.c.mode == mode)
    return session.execute(delete(console_messages).where(condition)).rowcount


def finish(session: Session, assisted_id: int, now: float) -> None:
    clear(session, assisted_id)
    session.execute(update(console_assisted).where(console_assisted.c.id == assisted_id)
                    .values(mode="finished", finished_at=now))


def recent(session: Session, worker_id: int, limit: int = 10) -> List[Assisted]:
    rows = session.execute(select(console_assisted).where(console_assisted.c.worker_id == worker_id)
                           .order_by(console_assisted.c.started_at.desc()).limit(limit)).all()
    return [_assisted(r) for r in rows]


__all__ = ["Assisted", "MODES", "RASA_CHANNEL", "add", "clear", "finish", "get", "new_journey_id",
           "recent", "resume", "set_mode", "start", "transcript"]
