import sqlite3

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from components.tracker_store import ErasingSQLTrackerStore, erasure_requested


def _tracker(sender, *events):
    return DialogueStateTracker.from_events(sender, list(events))


def _rows(db_path, sender):
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT count(*) FROM events WHERE sender_id = ?", (sender,)).fetchone()[0]


@pytest.fixture
def store(tmp_path):
    db = tmp_path / "tracker.db"
    return ErasingSQLTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(db)), db


async def test_forget_me_erases_every_stored_event_of_that_resident_only(store):
    store, db = store
    chat = [UserUttered("I'm 45 in Walsall"), SlotSet("age", 45), BotUttered("Thanks")]
    await store.save(_tracker("resident-a", *chat))
    await store.save(_tracker("resident-b", *chat))
    assert _rows(db, "resident-a") == 3

    forget = chat + [UserUttered("forget me"), ActionExecuted("action_forget_me")]
    await store.save(_tracker("resident-a", *forget))

    assert _rows(db, "resident-a") == 0
    assert _rows(db, "resident-b") == 3
    assert await store.retrieve("resident-a") is None


async def test_an_ordinary_turn_appends_events(store):
    store, db = store
    await store.save(_tracker("r", UserUttered("hi"), BotUttered("hello")))
    await store.save(_tracker("r", UserUttered("hi"), BotUttered("hello"), UserUttered("45")))
    assert _rows(db, "r") == 3


def test_erasure_is_only_requested_when_forget_me_ran_after_the_latest_message():
    ran_earlier = _tracker("r", ActionExecuted("action_forget_me"), UserUttered("hello again"))
    assert not erasure_requested(ran_earlier)
    assert erasure_requested(_tracker("r", UserUttered("yes"), ActionExecuted("action_forget_me")))


async def test_erase_outside_a_turn_reports_the_count(store):
    store, db = store
    await store.save(_tracker("r", UserUttered("hi"), BotUttered("hello")))
    assert await store.erase("r") == 2
    assert _rows(db, "r") == 0
