"""Rasa's SQL tracker store, plus real erasure: "forget me" deletes the resident's stored events,
and the number typed for "send me this" is removed from them once the send is done or declined
(bot.language.redaction).

Clearing slots would leave every message in the `events` table, so when the confirmed forget-me
action has run in a turn, the save at the end of that turn deletes all of the sender's rows instead
of appending. The next message starts a new, empty conversation. On SQLite the deleted rows are
zeroed (secure_delete) and the write-ahead log is then checkpointed and truncated, so the rows as
they were written do not stay behind in the `-wal` file.

Production profile (docs/deploying.md):

- Pool sized on purpose. Rasa's SQLTrackerStore builds its PostgreSQL engine with 50 connections plus
  100 overflow per process (SQL_POOL_SIZE / SQL_MAX_OVERFLOW), more than PostgreSQL's default 100 for
  a single replica. Rasa touches the store synchronously on its event loop, so a replica never uses
  more than one or two connections at a time: `pool_size` (default 2) + `max_overflow` (default 3).
  Connections are pre-pinged, so a PostgreSQL restart costs a reconnect, not a failed turn.
- Never a silent fall-back to memory. Rasa wraps every tracker store in FailSafeTrackerStore, which on
  any error saves to an in-memory store and answers "no conversation" to reads: a database blip
  would quietly restart residents' conversations and lose what they said. Importing this module
  replaces that wrapper with one that lets errors through, so the turn fails visibly (the gateway
  tells the resident it was not answered) and nothing is written anywhere else. Short outages
  (a PostgreSQL restart) are ridden out by retrying for `retry_seconds` first.
- Refuses to start when the database cannot be reached within `connect_timeout` seconds, instead of
  Rasa's endless "database might take a while to come up" loop.
"""

from __future__ import annotations

import itertools
import json
import logging
import time
from typing import Any, Awaitable, Callable, Collection, Iterator, Optional, Set, TypeVar

import sqlalchemy as sa
from rasa.core.tracker_store import FailSafeTrackerStore, SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.events import ActionExecuted, Restarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.exc import DBAPIError, OperationalError

from bot.language import redaction
from bot.db import leave_nothing_behind, retry_transient

logger = logging.getLogger(__name__)

ERASE_ACTION = "action_forget_me"
STORED_EVENTS = "_waymark_stored_events"  # on a retrieved tracker: how many of its events are stored
DEFAULT_POOL_SIZE = 2
DEFAULT_MAX_OVERFLOW = 3
DEFAULT_RETRY_SECONDS = 8.0  # a turn waits this long for the database before it fails (gateway: 20 s)
DEFAULT_CONNECT_TIMEOUT = 60.0

T = TypeVar("T")


class TrackerStoreUnavailable(RuntimeError):
    """The conversation database could not be reached; the turn fails rather than forgetting."""


def _ran_this_turn(tracker: DialogueStateTracker, actions: Collection[str]) -> bool:
    """True when one of `actions` ran after the resident's latest message."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, ActionExecuted) and event.action_name in actions:
            return True
    return False


def erasure_requested(tracker: DialogueStateTracker) -> bool:
    """True when the forget-me action ran after the resident's latest message and ended the
    conversation (its Restarted). Refusing (a chat linked by a resume code too recently, bot.residents.rights)
    it returns no Restarted, and then nothing is erased here either."""
    restarted = False
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, Restarted):
            restarted = True
        elif isinstance(event, ActionExecuted) and event.action_name == ERASE_ACTION:
            return restarted
    return False


def numbers_to_remove(tracker: DialogueStateTracker) -> Set[str]:
    """The numbers given to "send me this", when the send (or its cancelling) ran in this turn."""
    if not _ran_this_turn(tracker, redaction.ENDS_THE_SEND):
        return set()
    return redaction.numbers_given({"event": "slot", "name": e.key, "value": e.value}
                                   for e in tracker.events if isinstance(e, SlotSet))


class ErasingSQLTrackerStore(SQLTrackerStore):
    def __init__(self, *args: Any, pool_size: Optional[int] = None, max_overflow: Optional[int] = None,
                 retry_seconds: Optional[float] = None, connect_timeout: Optional[float] = None,
                 **kwargs: Any) -> None:
        self.retry_seconds = DEFAULT_RETRY_SECONDS if retry_seconds is None else float(retry_seconds)
        url = self.get_db_url(*(kwargs.get(k, d) for k, d in (
            ("dialect", "sqlite"), ("host", None), ("port", None), ("db", "rasa.db"),
            ("username", None), ("password", None), ("login_db", None), ("query", None))))
        _wait_for_database(url, DEFAULT_CONNECT_TIMEOUT if connect_timeout is None else float(connect_timeout))
        super().__init__(*args, **kwargs)
        if self.engine.dialect.name == "sqlite":
            # Rasa's SQLite engine opens a new connection per query and fsyncs a rollback journal on
            # every commit: with the retrieve + save of each turn that was ~44% of Rasa's CPU in a
            # profile. A small pool, WAL and synchronous=NORMAL (durable across a crash of the
            # process; the last commits may be lost only on power loss) keep each turn cheap.
            engine_url = self.engine.url
            self.engine.dispose()
            # Errors never quote bound values (residents' messages, as events): failures are logged.
            self.engine = sa.create_engine(engine_url, poolclass=sa.pool.QueuePool, pool_size=2, hide_parameters=True,
                                           max_overflow=2, connect_args={"check_same_thread": False})
            self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

            @sa.event.listens_for(self.engine, "connect")
            def _pragmas(dbapi_connection, _record):  # pragma: no cover - sqlite hook
                # Deleted rows are overwritten on disk, not left in free pages of var/rasa_tracker.db.
                dbapi_connection.execute("PRAGMA secure_delete = ON")
                dbapi_connection.execute("PRAGMA journal_mode = WAL")
                dbapi_connection.execute("PRAGMA synchronous = NORMAL")
        else:
            # Rasa's engine (50 + 100 connections, no pre-ping) is replaced before any turn uses it.
            engine_url = self.engine.url
            self.engine.dispose()
            options = create_engine_kwargs(engine_url)  # keeps POSTGRESQL_SCHEMA's search_path
            options.update(pool_size=DEFAULT_POOL_SIZE if pool_size is None else int(pool_size),
                           max_overflow=DEFAULT_MAX_OVERFLOW if max_overflow is None else int(max_overflow),
                           pool_pre_ping=True, pool_recycle=1800, pool_timeout=10,
                           hide_parameters=True)  # errors never quote residents' events (they are logged)
            self.engine = sa.create_engine(engine_url, **options)
            self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
            logger.info("Tracker store: %s, pool %d + %d overflow",
                        engine_url.render_as_string(hide_password=True),
                        options["pool_size"], options["max_overflow"])

    async def _retrying(self, what: str, operation: Callable[[], Awaitable[T]]) -> T:
        def give_up(error: DBAPIError) -> TrackerStoreUnavailable:
            logger.error("Tracker store unreachable for %.0fs during %s; the turn fails "
                         "(nothing is kept in memory instead): %s", self.retry_seconds, what,
                         type(error.orig).__name__ if error.orig is not None else error)
            return TrackerStoreUnavailable(f"conversation database unreachable during {what}")

        return await retry_transient(
            operation, self.retry_seconds, give_up=give_up,
            on_retry=lambda delay: logger.warning("Tracker store connection lost during %s; retrying in %.2fs",
                                                  what, delay))

    async def retrieve(self, sender_id: str) -> Optional[DialogueStateTracker]:
        tracker = await self._retrying("retrieve",
                                       lambda: super(ErasingSQLTrackerStore, self).retrieve(sender_id))
        if tracker is not None:
            # What the save at the end of this turn would otherwise count again with a second query
            # over the conversation (Rasa's _additional_events). The turn holds the conversation's
            # lock, so nothing else adds to it in between.
            setattr(tracker, STORED_EVENTS, len(tracker.events))
        return tracker

    async def retrieve_full_tracker(self, conversation_id: str) -> Optional[DialogueStateTracker]:
        parent = super(ErasingSQLTrackerStore, self)
        return await self._retrying("retrieve", lambda: parent.retrieve_full_tracker(conversation_id))

    async def save(self, tracker: DialogueStateTracker) -> None:
        # Saving again after a lost connection is safe: Rasa appends only the events not yet stored.
        await self._retrying("save", lambda: self._save(tracker))

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator:
        stored = getattr(tracker, STORED_EVENTS, None)
        if stored is None:
            return super()._additional_events(session, tracker)
        # Used once: a save retried after a lost connection, or a second save of the same tracker,
        # counts what is really stored (the first attempt may have committed).
        setattr(tracker, STORED_EVENTS, None)
        return itertools.islice(tracker.events, stored, len(tracker.events))

    async def _save(self, tracker: DialogueStateTracker) -> None:
        if not erasure_requested(tracker):
            await super().save(tracker)
            numbers = numbers_to_remove(tracker)
            if numbers:
                self._remove_numbers(tracker.sender_id, numbers)
            return
        deleted = await self.erase(tracker.sender_id)
        # An id count only: the conversation's content is exactly what must not reach the logs.
        logger.info("Erased a conversation from the tracker store (%d events)", deleted)

    def _remove_numbers(self, sender_id: str, numbers: Set[str]) -> None:
        """"Send me this" is over: the number typed for it leaves the stored conversation now."""
        changed = 0
        with self.session_scope() as session:
            for row in session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id):
                data, hit = redaction.redact(json.loads(row.data), numbers)
                if hit:
                    row.data = json.dumps(data)
                    changed += 1
            session.commit()
        leave_nothing_behind(self.engine)  # SQLite: no copy of the number left in the file or its -wal
        logger.info("Removed a send-me-this number from a stored conversation (%d events)", changed)

    async def erase(self, sender_id: str) -> int:
        """Delete every event of one sender (forget me, and erasure tooling)."""
        with self.session_scope() as session:
            deleted = (
                session.query(self.SQLEvent)
                .filter(self.SQLEvent.sender_id == sender_id)
                .delete(synchronize_session=False)
            )
            session.commit()
        leave_nothing_behind(self.engine)  # SQLite: no copy of the rows left in the file or its -wal
        return deleted


def _wait_for_database(url, timeout: float) -> None:
    """Connect once within `timeout` seconds, or refuse to start with a plain message."""
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return
    probe = sa.create_engine(parsed, poolclass=sa.pool.NullPool)
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                with probe.connect():
                    return
            except OperationalError as error:
                if time.monotonic() > deadline:
                    raise TrackerStoreUnavailable(
                        f"Refusing to start: the tracker store database "
                        f"{parsed.render_as_string(hide_password=True)} did not answer within "
                        f"{timeout:.0f}s ({type(error.orig).__name__}). Rasa would otherwise keep "
                        f"conversations nowhere durable.") from None
                logger.warning("Waiting for the tracker store database %s ...",
                               parsed.render_as_string(hide_password=True))
                time.sleep(2)
    finally:
        probe.dispose()


class FailLoudTrackerStore(FailSafeTrackerStore):
    """Rasa's wrapper without the fall-back: errors reach the turn instead of an in-memory store."""

    async def retrieve(self, sender_id: str) -> Optional[DialogueStateTracker]:
        return await self._tracker_store.retrieve(sender_id)

    async def retrieve_full_tracker(self, sender_id: str) -> Optional[DialogueStateTracker]:
        return await self._tracker_store.retrieve_full_tracker(sender_id)

    async def keys(self):
        return await self._tracker_store.keys()

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self._tracker_store.save(tracker)


def install_fail_loud() -> None:
    """Make Rasa's Agent wrap tracker stores in FailLoudTrackerStore (idempotent).

    Runs when Rasa imports this module to build the tracker store, which is before it builds the
    Agent that wraps it. Rasa is pinned (3.6.21); tests/components/test_tracker_store.py checks the
    wrapper Rasa's Agent actually uses.
    """
    import rasa.core.agent as agent

    if agent.FailSafeTrackerStore is not FailLoudTrackerStore:
        agent.FailSafeTrackerStore = FailLoudTrackerStore


install_fail_loud()
