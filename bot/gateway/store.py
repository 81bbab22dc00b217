"""The gateway's own tables: Twilio contacts (the only place a phone number is kept) and inbound
MessageSids (dedupe, and a record of messages still to answer so a restart loses none).

SQLAlchemy 1.4 in 2.0 style, in the project database (Settings.database_url), tables prefixed
`gateway_` and in their own MetaData so creating them never touches the catalogue schema.
Times are epoch seconds (floats): portable, and no naive/aware datetime confusion on SQLite.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Callable, List, Optional, Tuple

from sqlalchemy import (Boolean, Column, Float, Index, Integer, MetaData, String, Table, Text, delete,
                        insert, select, update)
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

    def create_schema(self) -> None:
        gateway_metadata.create_all(self.engine)

    # --- inbound -----------------------------------------------------------------------------------
    def claim_inbound(self, message_sid: str, pseudonym: str, body: str) -> bool:
        """Record a MessageSid; False if it was seen before (Twilio retried the webhook)."""
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(gateway_inbound).values(
                    message_sid=message_sid, pseudonym=pseudonym, status="pending", body=body,
                    attempts=0, received_at=self.clock()))
        except IntegrityError:
            return False
        return True

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

    def purge_inbound(self, older_than: float = 7 * 86_400.0) -> int:
        """Drop old MessageSids (Twilio retries within minutes) and abandon bodies older than a day."""
        now = self.clock()
        with self.engine.begin() as conn:
            conn.execute(update(gateway_inbound)
                         .where(gateway_inbound.c.status == "pending",
                                gateway_inbound.c.received_at < now - 86_400.0)
                         .values(status="expired", body=None, completed_at=now))
            return conn.execute(delete(gateway_inbound)
                                .where(gateway_inbound.c.received_at < now - older_than)).rowcount

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

    def forget(self, pseudonym: str) -> int:
        """Erasure ("forget me"): the number and every pending message for this pseudonym go."""
        with self.engine.begin() as conn:
            conn.execute(delete(gateway_inbound).where(gateway_inbound.c.pseudonym == pseudonym))
            return conn.execute(delete(gateway_contacts)
                                .where(gateway_contacts.c.pseudonym == pseudonym)).rowcount


def forget_contact(engine: Engine, pseudonym: str) -> int:
    """For the forget-me flow in other processes (e.g. the action server): erase by pseudonym."""
    store = Store(engine)
    store.create_schema()
    return store.forget(pseudonym)
