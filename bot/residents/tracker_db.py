"""Rasa's SQL tracker store read and erased directly: the `events` table, reflected, no Rasa import.

Rasa 3.6 keeps one row per event: id, sender_id, type_name, timestamp, intent_name, action_name and
`data` (the event as JSON). The resident's facts are the replay of their `slot` events since the last
reset or restart; who gave each answer is in the `metadata.channel` of the user message before it
("assisted" when a worker typed it with them in the console).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Optional, Tuple

from sqlalchemy import MetaData, Table, delete, func, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import NoSuchTableError
from bot.db import writing

log = logging.getLogger("waymark.tracker_db")

EVENTS_TABLE = "events"
RESETS = ("reset_slots", "restart", "session_started")  # all wipe slots (session start: Rasa 3
# carries slots over only when configured to; the replay here is for display, so it errs on "not held")
# Slots that are the dialogue's bookkeeping, not facts about the resident: what was shown, what is
# waiting for a yes, what was counted. Never listed as "what you told us".
INTERNAL_SLOTS = ("requested_slot", "session_started_metadata", "shown_pathways", "last_shown",
                  "pending_pathway", "pending_notify", "send_confirmed", "recommended_counted",
                  "next_steps_offered", "translation_notice")


@dataclass(frozen=True)
class Fact:
    name: str
    value: Any
    assisted: bool  # given while a worker typed with the resident
    at: Optional[float]


def events_table(conn: Connection) -> Optional[Table]:
    """The reflected `events` table, or None when Rasa has not created it (never run yet)."""
    try:
        return Table(EVENTS_TABLE, MetaData(), autoload_with=conn)
    except NoSuchTableError:
        return None


def _data(raw: Optional[str]) -> Dict[str, Any]:
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _rows(conn: Connection, sender_ids: Iterable[str]):
    table = events_table(conn)
    if table is None:
        return []
    ids = list(sender_ids)
    return conn.execute(select(table.c.sender_id, table.c.type_name, table.c.timestamp, table.c.data)
                        .where(table.c.sender_id.in_(ids)).order_by(table.c.timestamp, table.c.id)).all()


def facts(engine: Engine, sender_ids: Iterable[str]) -> Dict[str, Fact]:
    """The current slot values of a journey's conversations (all its pseudonyms), with provenance."""
    out: Dict[str, Fact] = {}
    assisted = False
    with engine.connect() as conn:
        for row in _rows(conn, sender_ids):
            data = _data(row.data)
            if row.type_name in RESETS:
                out.clear()
            elif row.type_name == "user":
                channel = (data.get("metadata") or {}).get("channel") if isinstance(
                    data.get("metadata"), dict) else None
                assisted = channel == "assisted"
            elif row.type_name == "slot":
                name = data.get("name")
                if not isinstance(name, str) or name in INTERNAL_SLOTS:
                    continue
                value = data.get("value")
                if value in (None, "", []):
                    out.pop(name, None)
                else:
                    out[name] = Fact(name, value, assisted, row.timestamp)
    return out


def counts(engine: Engine, sender_ids: Iterable[str]) -> Tuple[int, int, Optional[float]]:
    """(events, messages from the resident, last activity) for a journey's conversations."""
    with engine.connect() as conn:
        table = events_table(conn)
        if table is None:
            return 0, 0, None
        ids = list(sender_ids)
        total, last = conn.execute(select(func.count(), func.max(table.c.timestamp))
                                   .where(table.c.sender_id.in_(ids))).one()
        said = conn.execute(select(func.count()).where(table.c.sender_id.in_(ids),
                                                       table.c.type_name == "user")).scalar_one()
    return int(total), int(said), last


def last_activity(engine: Engine) -> Dict[str, float]:
    """sender id -> time of its latest event, for every conversation in the store (retention)."""
    with engine.connect() as conn:
        table = events_table(conn)
        if table is None:
            return {}
        rows = conn.execute(select(table.c.sender_id, func.max(table.c.timestamp))
                            .group_by(table.c.sender_id)).all()
    return {sender: float(last or 0.0) for sender, last in rows}


def erase(engine: Engine, sender_ids: Iterable[str]) -> int:
    """Delete every event of these senders; on SQLite the freed space is zeroed (bot.db.make_engine)."""
    ids = sorted(set(sender_ids))
    if not ids:
        return 0
    with writing(engine).begin() as conn:  # reads the table, then deletes
        table = events_table(conn)
        if table is None:
            return 0
        deleted = conn.execute(delete(table).where(table.c.sender_id.in_(ids))).rowcount
    return int(deleted or 0)


def stopped_at(engine: Engine) -> Dict[str, int]:
    """Drop-off: per intake question, how many conversations ended while it was being asked.

    A conversation's last `requested_slot` value says which question was open when it went quiet;
    None means the form finished. Only counts leave this function.
    """
    out: Dict[str, int] = {}
    with engine.connect() as conn:
        table = events_table(conn)
        if table is None:
            return out
        last: Dict[str, Optional[str]] = {}
        rows = conn.execute(select(table.c.sender_id, table.c.data)
                            .where(table.c.type_name == "slot", table.c.data.like('%requested_slot%'))
                            .order_by(table.c.sender_id, table.c.timestamp, table.c.id))
        for sender, raw in rows:
            data = _data(raw)
            if data.get("name") == "requested_slot":
                value = data.get("value")
                last[sender] = value if isinstance(value, str) else None
    for question in last.values():
        if question:
            out[question] = out.get(question, 0) + 1
    return out


def transcript(engine: Engine, sender_ids: Iterable[str], limit: int = 200) -> List[Tuple[str, str]]:
    """(who, text) for the latest messages of a conversation: "resident" or "bot"."""
    lines: List[Tuple[str, str]] = []
    with engine.connect() as conn:
        for row in _rows(conn, sender_ids):
            if row.type_name in ("user", "bot"):
                text = _data(row.data).get("text")
                if isinstance(text, str) and text:
                    lines.append(("resident" if row.type_name == "user" else "bot", text))
    return lines[-limit:]


__all__ = ["Fact", "counts", "erase", "events_table", "facts", "last_activity", "stopped_at", "transcript"]
