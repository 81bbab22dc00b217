"""Shared fixtures for the residents' records tests (accounts, journeys, handoff, referrals, notify, rights,
retention, reports): a project database with every table, and a tracker database with a table shaped
exactly like Rasa 3.6's SQL tracker store `events` (rasa/core/tracker_store.py, SQLEvent)."""

from __future__ import annotations

import dataclasses
import json
from typing import Any, Dict, List

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, insert

from bot.residents import accounts
from bot.pathways.catalogue import Catalogue, load_catalogue
from bot.db import create_schema as create_catalogue_schema, make_engine, session_factory
from bot.residents.records import create_schema
from bot.settings import ROOT

KEY = "test-pseudonym-key"

rasa_metadata = MetaData()
rasa_events = Table(
    "events", rasa_metadata,
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255), nullable=False, index=True),
    Column("type_name", String(255), nullable=False),
    Column("timestamp", Float),
    Column("intent_name", String(255)),
    Column("action_name", String(255)),
    Column("data", Text),
)


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch):
    """argon2 at test strength: the code paths are the same, the suite is not slowed by the KDF."""
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    monkeypatch.setattr(accounts, "_DUMMY_HASH", None)


@pytest.fixture
def engine(tmp_path):
    eng = make_engine(f"sqlite:///{tmp_path / 'waymark.db'}")
    create_catalogue_schema(eng)
    create_schema(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def tracker(tmp_path):
    eng = make_engine(f"sqlite:///{tmp_path / 'rasa_tracker.db'}")
    rasa_metadata.create_all(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def factory(engine):
    return session_factory(engine)


@pytest.fixture
def session(factory):
    with factory() as s, s.begin():
        yield s


def add_events(tracker_engine, sender_id: str, events: List[Dict[str, Any]], start: float = 1_700_000_000.0) -> None:
    """Rows as Rasa writes them: type_name, timestamp, intent/action names and the event as JSON."""
    rows = []
    for i, event in enumerate(events):
        stamp = event.get("timestamp", start + i)
        event = {**event, "timestamp": stamp}
        rows.append({"sender_id": sender_id, "type_name": event["event"], "timestamp": stamp,
                     "intent_name": (event.get("parse_data") or {}).get("intent", {}).get("name"),
                     "action_name": event.get("name") if event["event"] == "action" else None,
                     "data": json.dumps(event)})
    with tracker_engine.begin() as conn:
        conn.execute(insert(rasa_events), rows)


def user(text: str, channel: str = "web", **extra) -> Dict[str, Any]:
    return {"event": "user", "text": text, "parse_data": {"intent": {"name": "inform", "confidence": 0.9}},
            "input_channel": "rest", "message_id": "m1", "metadata": {"channel": channel}, **extra}


def slot(name: str, value: Any, **extra) -> Dict[str, Any]:
    return {"event": "slot", "name": name, "value": value, **extra}


def bot(text: str, **extra) -> Dict[str, Any]:
    return {"event": "bot", "text": text, "data": {}, "metadata": {}, **extra}


# A demo catalogue with a waitlisted route in it (black-codher-bootcamp-birmingham), so a reload can open
# one: the shipped pathways.yml holds only sourced facts, and no route there needs to be waitlisted.
DEMO_CATALOGUE = ROOT / "tests" / "fixtures" / "dialogue_catalogue.yml"


def catalogue_with(statuses: Dict[str, str]) -> Catalogue:
    """The demo catalogue with some pathways' statuses changed (a reload's new version)."""
    base = load_catalogue(DEMO_CATALOGUE)
    pathways = tuple(dataclasses.replace(p, status=statuses.get(p.id, p.status)) for p in base.pathways)
    return dataclasses.replace(base, pathways=pathways)


def make_worker(session, email: str = "worker@example.org", role: str = "worker") -> int:
    return accounts.create_user(session, email, role, "correct horse battery staple").id
