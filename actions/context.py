"""What the actions share: settings, the database engine and a way to ask the engine for a match.

Built lazily on first use, never at import time: the action server starts (and the tests import the
actions) without a database, and a database that comes up later is picked up on the next turn.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from contextlib import contextmanager
from typing import Iterator, Optional

from sqlalchemy.orm import Session

from bot.profile import Profile
from bot.settings import Settings

logger = logging.getLogger(__name__)

MATCH_LIMIT = 10


class Context:
    """Settings plus a lazily created engine and session factory."""

    def __init__(self, settings: Optional[Settings] = None) -> None:
        self._settings = settings
        self._factory = None
        self._lock = threading.Lock()

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = Settings.from_env()
        return self._settings

    def _session_factory(self):
        with self._lock:
            if self._factory is None:
                from bot.db import make_engine, session_factory

                self._factory = session_factory(make_engine(self.settings.database_url))
            return self._factory

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One short session per use, always closed (the action server is long-running)."""
        session = self._session_factory()()
        try:
            yield session
        finally:
            session.close()

    def match_now(self, profile: Profile, limit: int = MATCH_LIMIT):
        from bot.matching import match

        with self.session() as session:
            return match(session, profile, limit=limit)

    async def match(self, profile: Profile, limit: int = MATCH_LIMIT):
        """The engine's MatchResult, or None when the database or catalogue is unavailable.

        Runs in a worker thread so one resident's query never stalls the others. A failure is logged
        by type only (a resident's facts must not reach the logs) and the next turn simply retries.
        """
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(None, self.match_now, profile, limit)
        except Exception as error:  # noqa: BLE001 - any failure means "not now", never a crash
            logger.warning("Matching unavailable (%s); the resident was told to try again", _describe(error))
            return None

    def dispose(self) -> None:
        with self._lock:
            if self._factory is not None:
                self._factory.kw["bind"].dispose()
            self._factory = None


def _describe(error: BaseException) -> str:
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
