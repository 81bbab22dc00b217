"""Residents' contact tables: Twilio contacts (the only place a phone number is kept) and inbound
MessageSids (dedupe, and a record of messages still to answer so a restart loses none). The gateway
writes them; erasure, retention, records and follow-ups read them, so they live in the domain.

Replays: Twilio's signature covers the URL and the POST parameters and nothing else (no time, and the
I-Twilio-Idempotency-Token header is not signed), so a captured signed request stays valid for ever.
What stops it being acted on again is that its MessageSid was seen: besides the message's own row
(kept a week, erased with the resident), every claim leaves a tombstone, a SHA-256 of the MessageSid
with no pseudonym, body or number, kept SEEN_S. A MessageSid never seen here (a request captured but
never delivered, or one older than SEEN_S) cannot be told from a new message.

SQLAlchemy 1.4 in 2.0 style, in the project database (Settings.database_url), tables prefixed
`gateway_` and in their own MetaData so creating them never touches the catalogue schema.
Times are epoch seconds (floats): portable, and no naive/aware datetime confusion on SQLite.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from typing import Callable, List, Optional, Tuple

from sqlalchemy import (Boolean, Column, Float, Index, Integer, MetaData, String, Table, Text, and_, delete,
                        insert, or_, select, update)
from sqlalchemy.sql import Delete
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

gateway_metadata = MetaData()

gateway_contacts = Table(
    "gateway_contacts",
    gateway_metadata,
    Column("pseudonym", String(40), primary_key=True),
    Column("channel", String(16), nullable=False),  # "sms" | "whatsapp"
    Column("address", String(32), nullable=False),  # E.164 number; needed to reply, found by erasure
    Column("opted_out", Boolean, nullable=False, default=False),
    Column("opted_out_at", Float),
    Column("last_inbound_at", Float),  # WhatsApp's 24-hour customer-service window starts here
    Column("last_options", Text),  # JSON [[title, payload], ...] from the last reply's buttons
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
)

gateway_inbound = Table(
    "gateway_inbound",
    gateway_metadata,
    Column("message_sid", String(64), primary_key=True),
    Column("pseudonym", String(40), nullable=False),
    # pending -> done | apologised | failed. Body is held only while pending (cleared when done) so a
    # message acknowledged to Twilio but not yet answered survives a restart.
    Column("status", String(16), nullable=False),
    Column("body", Text),
    Column("attempts", Integer, nullable=False, default=0),
    Column("received_at", Float, nullable=False),
    Column("completed_at", Float),
    Index("ix_gateway_inbound_pending", "status", "received_at"),
)


DAY = 86_400.0
DEDUPE_S = 7 * DAY  # a message's own row: Twilio retries within minutes
SEEN_S = 3 * 365 * DAY  # its tombstone: how long a captured request is refused
SEEN = "seen"  # a tombstone's status; its pseudonym is empty


def tombstone_key(message_sid: str) -> str:
    """A MessageSid's tombstone: "~" (never in a Twilio SID) and 63 hex digits of its SHA-256."""
    return "~" + hashlib.sha256(message_sid.encode("utf-8", "surrogatepass")).hexdigest()[:63]


def expired_inbound(now: float) -> Delete:
    """The one purge rule for gateway_inbound (start-up and `retention run`): messages' own rows after
    DEDUPE_S, tombstones after SEEN_S."""
    return delete(gateway_inbound).where(or_(
        and_(gateway_inbound.c.status != SEEN, gateway_inbound.c.received_at < now - DEDUPE_S),
        and_(gateway_inbound.c.status == SEEN, gateway_inbound.c.received_at < now - SEEN_S)))


@dataclass
class Contact:
    pseudonym: str
    channel: str
    address: str
    opted_out: bool = False
    last_inbound_at: Optional[float] = None
    last_options: List[Tuple[str, str]] = field(default_factory=list)

    @property
    def twilio_address(self) -> str:
        return f"whatsapp:{self.address}" if self.channel == "whatsapp" else self.address


@dataclass(frozen=True)
class PendingInbound:
    message_sid: str
    pseudonym: str
    body: str
    received_at: float


class Store:
    """Synchronous on purpose (SQLAlchemy 1.4 sync engine); the gateway calls it via asyncio.to_thread."""

    def __init__(self, engine: Engine, clock: Callable[[], float] = time.time):
        self.engine = engine
        self.clock = clock

    # --- inbound -----------------------------------------------------------------------------------
    def claim_inbound(self, message_sid: str, pseudonym: str, body: str) -> bool:
        """Record a MessageSid; False if it was seen before (Twilio retried the webhook, or a captured
        request is replayed, even after the resident's rows were erased or purged)."""
        now = self.clock()
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(gateway_inbound).values(
                    message_sid=message_sid, pseudonym=pseudonym, status="pending", body=body,
                    attempts=0, received_at=now))
                conn.execute(insert(gateway_inbound).values(
                    message_sid=tombstone_key(message_sid), pseudonym="", status=SEEN, body=None,
                    attempts=0, received_at=now, completed_at=now))
        except IntegrityError:
            return False
        return True

    def seen_inbound(self, message_sid: str) -> bool:
        """Was this MessageSid claimed before (within SEEN_S)? Checked before anything is touched."""
        with self.engine.connect() as conn:
            return conn.execute(select(gateway_inbound.c.message_sid).where(
                gateway_inbound.c.message_sid.in_((message_sid, tombstone_key(message_sid))))).first() is not None

    def finish_inbound(self, message_sid: str, status: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(gateway_inbound).where(gateway_inbound.c.message_sid == message_sid)
                         .values(status=status, body=None, completed_at=self.clock()))

    def count_attempt(self, message_sid: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(gateway_inbound).where(gateway_inbound.c.message_sid == message_sid)
                         .values(attempts=gateway_inbound.c.attempts + 1))

    def pending_inbound(self, max_age: float = 86_400.0) -> List[PendingInbound]:
        since = self.clock() - max_age
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(gateway_inbound.c.message_sid, gateway_inbound.c.pseudonym,
                       gateway_inbound.c.body, gateway_inbound.c.received_at)
                .where(gateway_inbound.c.status == "pending", gateway_inbound.c.received_at >= since)
                .order_by(gateway_inbound.c.received_at)).all()
        return [PendingInbound(r.message_sid, r.pseudonym, r.body or "", r.received_at) for r in rows]

    def purge_inbound(self) -> int:
        """Drop old rows (expired_inbound) and abandon bodies older than a day."""
        now = self.clock()
        with self.engine.begin() as conn:
            conn.execute(update(gateway_inbound)
                         .where(gateway_inbound.c.status == "pending",
                                gateway_inbound.c.received_at < now - DAY)
                         .values(status="expired", body=None, completed_at=now))
            return conn.execute(expired_inbound(now)).rowcount

    # --- contacts ----------------------------------------------------------------------------------
    def touch_contact(self, pseudonym: str, channel: str, address: str) -> Contact:
        """Create or refresh a contact on inbound: the number may change channel, the window restarts."""
        now = self.clock()
        with self.engine.begin() as conn:
            updated = conn.execute(update(gateway_contacts)
                                   .where(gateway_contacts.c.pseudonym == pseudonym)
                                   .values(channel=channel, address=address, last_inbound_at=now,
                                           updated_at=now)).rowcount
            if not updated:
                try:
                    with conn.begin_nested():
                        conn.execute(insert(gateway_contacts).values(
                            pseudonym=pseudonym, channel=channel, address=address, opted_out=False,
                            last_inbound_at=now, created_at=now, updated_at=now))
                except IntegrityError:  # two first messages raced; the other insert won
                    pass
        contact = self.get_contact(pseudonym)
        assert contact is not None
        return contact

    def get_contact(self, pseudonym: str) -> Optional[Contact]:
        with self.engine.connect() as conn:
            row = conn.execute(select(gateway_contacts)
                               .where(gateway_contacts.c.pseudonym == pseudonym)).first()
        if row is None:
            return None
        options = [tuple(o) for o in json.loads(row.last_options)] if row.last_options else []
        return Contact(row.pseudonym, row.channel, row.address, bool(row.opted_out),
                       row.last_inbound_at, options)

    def set_options(self, pseudonym: str, options: List[Tuple[str, str]]) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(gateway_contacts).where(gateway_contacts.c.pseudonym == pseudonym)
                         .values(last_options=json.dumps(options) if options else None,
                                 updated_at=self.clock()))

    def set_opted_out(self, pseudonym: str, opted_out: bool) -> None:
        now = self.clock()
        with self.engine.begin() as conn:
            conn.execute(update(gateway_contacts).where(gateway_contacts.c.pseudonym == pseudonym)
                         .values(opted_out=opted_out, opted_out_at=now if opted_out else None,
                                 last_options=None, updated_at=now))

    def set_last_inbound(self, pseudonym: str, when: Optional[float]) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(gateway_contacts).where(gateway_contacts.c.pseudonym == pseudonym)
                         .values(last_inbound_at=when, updated_at=self.clock()))
