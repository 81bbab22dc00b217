"""What the actions share: settings, the database engines and a way to ask the engine for a match.

Built lazily on first use, never at import time: the action server starts (and the tests import the
actions) without a database, and a database that comes up later is picked up on the next turn.

Actions that keep records use `write` (one session per call, committed when the work returns, rolled back when
it raises) and `record` (anonymous analytics that never get in a resident's way). Both run in a
worker thread, like matching, so one resident's database call never stalls the others.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from contextlib import contextmanager
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple, TypeVar

from sqlalchemy.orm import Session

from bot.dialogue.profile import Profile
from bot.settings import Settings
from bot.pathways.snapshot import Snapshots

logger = logging.getLogger(__name__)

MATCH_LIMIT = 10
T = TypeVar("T")


class Context:
    """Settings plus a lazily created engine and session factory."""

    def __init__(self, settings: Optional[Settings] = None, *, notifier: Optional[Callable] = None) -> None:
        self._settings = settings
        self._factory = None
        self._write_factory = None
        self._tracker_engine = None
        self._keyed: Optional[Settings] = None
        self._lock = threading.Lock()
        self._snapshots = Snapshots()  # the live catalogue in memory while it is small (bot.pathways.snapshot)
        # How "send me this" reaches a phone: None is the gateway's Twilio notifier (tests pass a fake).
        self.notifier = notifier
        self._outbound = None  # bot.residents.sending.Outbound, built on the first send
        self._hours = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = Settings.from_env()
        return self._settings

    @property
    def keyed_settings(self) -> Settings:
        """Settings with the pseudonym key filled (resume codes are HMACs under it): from
        WAYMARK_PSEUDONYM_KEY, else var/pseudonym.key, the same key the gateway uses."""
        if self._keyed is None:
            from bot.residents.pseudonyms import ensure_pseudonym_key

            self._keyed = ensure_pseudonym_key(self.settings)
        return self._keyed

    def office_hours(self):
        """Settings' office hours, read once (bot.residents.office_hours: the documented default, logged, if they
        cannot be read: a typo in the environment must not stop a resident reaching a person)."""
        if self._hours is None:
            from bot.residents.office_hours import OfficeHours

            self._hours = OfficeHours.from_settings(self.settings)
        return self._hours

    def start(self) -> None:
        """At process start: make the engine and, with it, every resident table, so no turn checks
        the schema. A database that is down now is tried again on the first turn that needs it."""
        self._session_factory()

    def _session_factory(self):
        with self._lock:
            if self._factory is None:
                from bot.db import make_engine, session_factory, writing

                from bot.residents.records import create_schema

                engine = make_engine(self.settings.database_url)
                create_schema(engine)  # once, when the engine is made: writes never check it
                self._factory = session_factory(engine)
                # The same engine and pool; each write takes SQLite's write lock first (bot.db.writing), so
                # a commit by the jobs runner or the gateway in between cannot fail it.
                self._write_factory = session_factory(writing(engine))
            return self._factory

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One short session per use, always closed (the action server is long-running)."""
        session = self._session_factory()()
        try:
            yield session
        finally:
            session.close()

    def tracker_engine(self):
        """Rasa's tracker store database (read for "what do you know about me?")."""
        with self._lock:
            if self._tracker_engine is None:
                from bot.db import make_engine

                self._tracker_engine = make_engine(self.settings.tracker_store_url)
            return self._tracker_engine

    def _write_now(self, work: Callable[[Session], T]) -> T:
        self._session_factory()  # builds the write factory beside it
        with self._write_factory() as session, session.begin():
            return work(session)

    async def outbound(self):
        """The action server's one sender (bot.residents.sending.Outbound), built on the first send: inside the
        server's event loop, which its HTTP session belongs to. Our tables are made sure of first, in a
        worker thread; after that no await comes between the check and the assignment, so concurrent
        first sends still build one."""
        if self._outbound is None:
            factory = await asyncio.get_running_loop().run_in_executor(None, self._session_factory)
        if self._outbound is None:
            engine = factory.kw["bind"]
            if self.notifier is not None:
                from bot.residents.sending import Outbound

                self._outbound = Outbound(self.keyed_settings, engine, self.notifier)
            else:
                from bot.gateway.notifier import build_outbound

                self._outbound = build_outbound(self.keyed_settings, engine)
        return self._outbound

    async def aclose(self) -> None:
        """At the server's stop: the sender's HTTP session, then the engines."""
        outbound, self._outbound = self._outbound, None
        if outbound is not None:
            await outbound.aclose()
        self.dispose()

    async def write(self, work: Callable[[Session], T]) -> T:
        """`work(session)` in a worker thread, committed if it returns. Errors are the caller's to
        turn into a helpful message: the action knows what the resident was trying to do."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(None, self._write_now, work)

    async def record(self, event: str, **dims: Any) -> None:
        """One anonymous analytics event; a failure is logged and forgotten (it is only a count)."""
        await self.record_all([(event, dims)])

    async def record_all(self, events: List[Tuple[str, Dict[str, Any]]]) -> None:
        """Several anonymous events in one transaction (all or none)."""
        from bot.residents import analytics

        def work(session: Session) -> None:
            for event, dims in events:
                analytics.record(session, event, **dims)

        try:
            await self.write(work)
        except Exception as error:  # noqa: BLE001 - a count must never cost a resident their reply
            logger.warning("analytics events %s not recorded (%s)", [e for e, _ in events], describe(error))

    def match_now(self, profile: Profile, limit: int = MATCH_LIMIT, lang: Optional[str] = None):
        from bot.language.words import words_for
        from bot.pathways.matching import match

        with self.session() as session:
            return match(session, profile, limit=limit, snapshots=self._snapshots, words=words_for(lang))

    async def match(self, profile: Profile, limit: int = MATCH_LIMIT, lang: Optional[str] = None):
        """The engine's MatchResult, or None when the database or catalogue is unavailable.

        Runs in a worker thread so one resident's query never stalls the others. A failure is logged
        by type only (a resident's facts must not reach the logs) and the next turn simply retries.
        """
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(None, self.match_now, profile, limit, lang)
        except Exception as error:  # noqa: BLE001 - any failure means "not now", never a crash
            logger.warning("Matching unavailable (%s); the resident was told to try again", describe(error))
            return None

    def dispose(self) -> None:
        with self._lock:
            if self._factory is not None:
                self._factory.kw["bind"].dispose()
            if self._tracker_engine is not None:
                self._tracker_engine.dispose()
            self._factory = None
            self._write_factory = None
            self._tracker_engine = None
            self._keyed = None
            self._outbound = None
            self._hours = None
            self._snapshots = Snapshots()


def describe(error: BaseException) -> str:
    """The error's type, plus the database driver's own message (which names no values)."""
    driver_error = getattr(error, "orig", None)
    if driver_error is not None:
        return f"{type(error).__name__}: {driver_error}"
    return type(error).__name__


_context: Optional[Context] = None


def get_context() -> Context:
    global _context
    if _context is None:
        _context = Context()
    return _context


def set_context(context: Optional[Context]) -> Optional[Context]:
    """Swap the shared context (tests point it at a temporary database); returns the previous one."""
    global _context
    previous, _context = _context, context
    return previous
