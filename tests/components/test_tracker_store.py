import sqlite3

import pytest
import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, AllSlotsReset, BotUttered, Restarted, SlotSet, UserUttered
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

    forget = chat + [UserUttered("forget me"), ActionExecuted("action_forget_me"), AllSlotsReset(), Restarted()]
    await store.save(_tracker("resident-a", *forget))

    assert _rows(db, "resident-a") == 0
    assert _rows(db, "resident-b") == 3
    assert await store.retrieve("resident-a") is None


def _on_disk(db_path, needle: str) -> bool:
    """The needle anywhere in the raw bytes of the database file or its write-ahead log."""
    files = [db_path, db_path.with_name(db_path.name + "-wal")]
    return any(needle.encode() in f.read_bytes() for f in files if f.exists())


async def test_forget_me_leaves_nothing_in_the_file_or_its_write_ahead_log(store):
    store, db = store
    sender, number = "web-forget-me-on-disk-5e1f", "07700 900789"
    chat = [UserUttered(f"text me on {number}"), SlotSet("send_to", number), BotUttered("Thanks")]
    await store.save(_tracker(sender, *chat))
    await store.save(_tracker("resident-b", UserUttered("I'm 45"), BotUttered("Thanks")))
    assert _on_disk(db, sender) and _on_disk(db, number)

    await store.save(_tracker(sender, *chat, UserUttered("yes"), ActionExecuted("action_forget_me"), Restarted()))

    assert not _on_disk(db, sender) and not _on_disk(db, number)
    assert _on_disk(db, "resident-b")


async def test_an_ordinary_turn_appends_events(store):
    store, db = store
    await store.save(_tracker("r", UserUttered("hi"), BotUttered("hello")))
    await store.save(_tracker("r", UserUttered("hi"), BotUttered("hello"), UserUttered("45")))
    assert _rows(db, "r") == 3


async def test_a_turn_saves_its_new_events_without_counting_the_stored_ones_again(store):
    store, db = store
    await store.save(_tracker("r", UserUttered("hi"), BotUttered("hello")))
    tracker = await store.retrieve("r")
    tracker.update(UserUttered("45"))
    tracker.update(BotUttered("thanks"))
    statements = []
    sa.event.listen(store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))

    await store.save(tracker)

    assert _rows(db, "r") == 4
    assert not any("count(" in sql.lower() for sql in statements)
    assert [e.as_dict().get("text") for e in (await store.retrieve("r")).events] == ["hi", "hello", "45", "thanks"]


async def test_saving_the_same_tracker_twice_stores_each_event_once(store):
    store, db = store
    await store.save(_tracker("r", UserUttered("hi")))
    tracker = await store.retrieve("r")
    tracker.update(BotUttered("hello"))
    await store.save(tracker)
    tracker.update(UserUttered("45"))
    await store.save(tracker)  # the count from retrieve is spent: this one asks the database
    assert _rows(db, "r") == 3


async def test_a_save_retried_after_its_commit_does_not_store_the_events_twice(store, monkeypatch):
    from rasa.core.tracker_store import SQLTrackerStore
    from sqlalchemy.exc import OperationalError

    store, db = store
    await store.save(_tracker("r", UserUttered("hi")))
    tracker = await store.retrieve("r")
    tracker.update(BotUttered("hello"))
    original, calls = SQLTrackerStore.save, []

    async def committed_then_lost(self, tracker):
        calls.append(1)
        await original(self, tracker)
        if len(calls) == 1:  # the commit reached the database, the answer did not
            raise OperationalError("COMMIT", {}, Exception("server closed the connection"))

    monkeypatch.setattr(SQLTrackerStore, "save", committed_then_lost)
    await store.save(tracker)
    assert len(calls) == 2 and _rows(db, "r") == 2


async def test_a_declined_send_takes_the_typed_number_out_of_the_stored_conversation(store):
    store, db = store
    other = "call me on 07700 900999"  # said for something else: not send me this's to remove
    chat = [UserUttered(other), BotUttered("Sorry?"), UserUttered("send me this"), ActionExecuted("send_form"),
            BotUttered("What is your mobile number?"), UserUttered("07700 900123 on whatsapp"),
            SlotSet("send_to", "07700 900123 on whatsapp"), SlotSet("send_to", "whatsapp:+447700900123"),
            BotUttered("I'll send ... ending 0123 on WhatsApp ... Send it?")]
    await store.save(_tracker("r", *chat))
    await store.save(_tracker("someone-else", UserUttered("07700 900123")))
    assert _on_disk(db, "07700 900123") and _on_disk(db, "447700900123")

    await store.save(_tracker("r", *chat, UserUttered("no thanks"), ActionExecuted("action_send_cancelled"),
                              SlotSet("send_to", None)))

    texts = [e.as_dict().get("text") for e in (await store.retrieve("r")).events]
    assert "[number removed] on whatsapp" in texts and other in texts
    slot_values = [e.value for e in (await store.retrieve("r")).events if isinstance(e, SlotSet)]
    assert slot_values == ["[number removed] on whatsapp", "whatsapp:[number removed]", None]
    assert _rows(db, "r") == len(chat) + 3
    # Gone from the file and its write-ahead log, except in the other conversation.
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT sender_id FROM events WHERE data LIKE '%900123%'").fetchall()
    assert rows == [("someone-else",)]
    assert not _on_disk(db, "447700900123")


async def test_a_number_stays_until_the_send_is_over(store):
    store, db = store
    asking = [UserUttered("07700 900123"), SlotSet("send_to", "sms:+447700900123"), BotUttered("Send it?")]
    await store.save(_tracker("r", *asking))
    assert _on_disk(db, "447700900123")  # the confirmation still needs it


def test_erasure_is_only_requested_when_forget_me_ran_after_the_latest_message():
    ran_earlier = _tracker("r", ActionExecuted("action_forget_me"), Restarted(), UserUttered("hello again"))
    assert not erasure_requested(ran_earlier)
    assert erasure_requested(_tracker("r", UserUttered("yes"), ActionExecuted("action_forget_me"), Restarted()))


async def test_a_refused_forget_me_erases_nothing(store):
    # A chat linked by a resume code too recently: the action says why and does not restart.
    store, db = store
    chat = [UserUttered("I'm 45 in Walsall"), SlotSet("age", 45), BotUttered("Thanks")]
    await store.save(_tracker("resident-a", *chat))
    refused = chat + [UserUttered("yes"), ActionExecuted("action_forget_me"), BotUttered("Sorry, not yet")]
    assert not erasure_requested(_tracker("resident-a", *refused))
    await store.save(_tracker("resident-a", *refused))
    assert _rows(db, "resident-a") == len(refused)


async def test_erase_outside_a_turn_reports_the_count(store):
    store, db = store
    await store.save(_tracker("r", UserUttered("hi"), BotUttered("hello")))
    assert await store.erase("r") == 2
    assert _rows(db, "r") == 0


# --- production profile: no silent in-memory fall-back, bounded waits -------------------

def test_rasas_agent_wraps_the_store_in_the_fail_loud_wrapper(store):
    from rasa.core.agent import Agent

    from components.tracker_store import FailLoudTrackerStore

    store, _ = store
    assert isinstance(Agent._create_tracker_store(store, Domain.empty()), FailLoudTrackerStore)


async def test_a_broken_store_fails_the_turn_instead_of_falling_back_to_memory(store):
    from rasa.core.agent import Agent

    store, _ = store

    async def broken(*_args, **_kwargs):
        raise RuntimeError("database gone")

    store.retrieve = broken
    store.save = broken
    wrapped = Agent._create_tracker_store(store, Domain.empty())
    with pytest.raises(RuntimeError):
        await wrapped.retrieve("r")
    with pytest.raises(RuntimeError):
        await wrapped.save(_tracker("r", UserUttered("hi")))


async def test_a_lost_connection_is_retried_then_the_turn_goes_on(store, monkeypatch):
    from rasa.core.tracker_store import SQLTrackerStore
    from sqlalchemy.exc import OperationalError

    store, _ = store
    await store.save(_tracker("r", UserUttered("hi")))
    original, calls = SQLTrackerStore.retrieve, []

    async def flaky(self, sender_id):
        calls.append(sender_id)
        if len(calls) == 1:
            raise OperationalError("SELECT", {}, Exception("server closed the connection"))
        return await original(self, sender_id)

    monkeypatch.setattr(SQLTrackerStore, "retrieve", flaky)
    tracker = await store.retrieve("r")
    assert len(calls) == 2 and tracker is not None


async def test_a_store_unreachable_for_longer_than_its_window_fails_plainly(store, monkeypatch):
    from rasa.core.tracker_store import SQLTrackerStore
    from sqlalchemy.exc import OperationalError

    from components.tracker_store import TrackerStoreUnavailable

    store, _ = store
    store.retry_seconds = 0.3

    async def down(self, sender_id):
        raise OperationalError("SELECT", {}, Exception("connection refused"))

    monkeypatch.setattr(SQLTrackerStore, "retrieve", down)
    with pytest.raises(TrackerStoreUnavailable):
        await store.retrieve("r")


def test_rasa_refuses_to_start_when_the_database_never_answers():
    import socket

    from components.tracker_store import TrackerStoreUnavailable

    with socket.socket() as sock:  # a loopback port where nothing listens
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(TrackerStoreUnavailable, match="Refusing to start"):
        ErasingSQLTrackerStore(domain=Domain.empty(), dialect="postgresql", host="127.0.0.1", port=port,
                               db="waymark", username="u", password="p", connect_timeout=0)


async def test_the_embedded_tracker_database_uses_write_ahead_logging(store):
    store, db = store
    await store.save(_tracker("r", UserUttered("hi")))
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_tracker_stores_errors_do_not_quote_residents_events(store):
    # Its rows are the conversation itself; a failed write is logged with its trace.
    tracker_store, _db = store
    assert tracker_store.engine.hide_parameters
