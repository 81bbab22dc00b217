"""Rasa's SQL tracker store, plus real erasure: "forget me" deletes the resident's stored events.

Clearing slots would leave every message in the `events` table, so when the confirmed forget-me
action has run in a turn, the save at the end of that turn deletes all of the sender's rows instead
of appending. The next message starts a new, empty conversation.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

logger = logging.getLogger(__name__)

ERASE_ACTION = "action_forget_me"


def erasure_requested(tracker: DialogueStateTracker) -> bool:
    """True when the forget-me action ran after the resident's latest message."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, ActionExecuted) and event.action_name == ERASE_ACTION:
            return True
    return False


class ErasingSQLTrackerStore(SQLTrackerStore):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.engine.dialect.name == "sqlite":
            from sqlalchemy import event

            # Deleted rows are overwritten on disk, not left in free pages of var/rasa_tracker.db.
            @event.listens_for(self.engine, "connect")
            def _secure_delete(dbapi_connection, _record):  # pragma: no cover - sqlite hook
                dbapi_connection.execute("PRAGMA secure_delete = ON")

    async def save(self, tracker: DialogueStateTracker) -> None:
        if not erasure_requested(tracker):
            await super().save(tracker)
            return
        with self.session_scope() as session:
            deleted = (
                session.query(self.SQLEvent)
                .filter(self.SQLEvent.sender_id == tracker.sender_id)
                .delete(synchronize_session=False)
            )
            session.commit()
        # An id count only: the conversation's content is exactly what must not reach the logs.
        logger.info("Erased a conversation from the tracker store (%d events)", deleted)

    async def erase(self, sender_id: str) -> int:
        """Delete one sender's events outside a turn (used by erasure tooling)."""
        with self.session_scope() as session:
            deleted = (
                session.query(self.SQLEvent)
                .filter(self.SQLEvent.sender_id == sender_id)
                .delete(synchronize_session=False)
            )
            session.commit()
        return deleted
