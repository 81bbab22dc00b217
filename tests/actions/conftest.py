"""Fixtures for the action tests: the real domain, a real dispatcher, a real (temporary) database."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any, Dict, List

import pytest
from rasa.shared.core.domain import Domain
from rasa_sdk.executor import CollectingDispatcher

from actions.context import Context, set_context
from bot.pathways.catalogue import load_catalogue
from bot.db import create_schema, make_engine, session_factory
from bot.settings import ROOT, Settings
from bot.pathways.catalogue_store import load

FIXTURE_CATALOGUE = ROOT / "tests" / "fixtures" / "dialogue_catalogue.yml"

@pytest.fixture(autouse=True)
def nothing_reaches_var(monkeypatch, tmp_path):
    """A test that forgets the `context` fixture still never touches the real var/ (forget me erases)."""
    var = tmp_path / "isolated-var"
    monkeypatch.setenv("WAYMARK_VAR_DIR", str(var))
    monkeypatch.setenv("WAYMARK_DATABASE_URL", f"sqlite:///{tmp_path / 'isolated.db'}")
    monkeypatch.setenv("WAYMARK_TRACKER_STORE_URL", f"sqlite:///{tmp_path / 'isolated_tracker.db'}")
    monkeypatch.setenv("WAYMARK_PSEUDONYM_KEY", "test-pseudonym-key")
    previous = set_context(None)
    yield
    made = set_context(previous)
    if made is not None:
        made.dispose()


@pytest.fixture(scope="session")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


@pytest.fixture(scope="session")
def domain_dict(domain: Domain) -> Dict[str, Any]:
    return domain.as_dict()


def _settings(tmp: Path, url: str) -> Settings:
    return Settings.from_env({"WAYMARK_DATABASE_URL": url, "WAYMARK_VAR_DIR": str(tmp)})


@pytest.fixture(scope="session")
def catalogue_db(tmp_path_factory) -> str:
    """A SQLite file with the fixture catalogue loaded, shared by the session (tests only read it)."""
    tmp = tmp_path_factory.mktemp("catalogue")
    url = f"sqlite:///{tmp / 'waymark.db'}"
    engine = make_engine(url)
    create_schema(engine)
    with session_factory(engine)() as session:
        load(session, load_catalogue(FIXTURE_CATALOGUE), str(FIXTURE_CATALOGUE))
        session.commit()
    engine.dispose()
    return url


def _own_copy(url: str, tmp: Path) -> str:
    """A test's own copy of the catalogue database: the actions now write (analytics, referrals, ...)."""
    source = Path(url[len("sqlite:///"):])
    target = tmp / "waymark.db"
    shutil.copy(source, target)
    for suffix in ("-wal", "-shm"):
        if Path(f"{source}{suffix}").exists():
            shutil.copy(f"{source}{suffix}", f"{target}{suffix}")
    return f"sqlite:///{target}"


class FakeNotifier:
    """Stands in for the gateway's Twilio notifier: records what would be sent, answers `status`."""

    def __init__(self, status: str = "sent") -> None:
        self.status = status
        self.sent: List[Dict[str, Any]] = []

    async def __call__(self, sender_id: str, text: str, *, template: str = "default", variables=None) -> str:
        self.sent.append({"sender_id": sender_id, "text": text, "template": template, "variables": variables})
        return self.status


@pytest.fixture
def notifier() -> FakeNotifier:
    return FakeNotifier()


@pytest.fixture
def catalogue_copy(catalogue_db, tmp_path) -> str:
    """This test's own copy of the fixture database, for a test that builds its own Context."""
    return _own_copy(catalogue_db, tmp_path)


@pytest.fixture
def context(catalogue_db, tmp_path, notifier):
    """Point the actions at (a copy of) the fixture database for one test."""
    settings = _settings(tmp_path, _own_copy(catalogue_db, tmp_path))
    ctx = Context(dataclasses.replace(settings, pseudonym_key="test-pseudonym-key"), notifier=notifier)
    ctx.start()  # as the action server does before its first turn
    previous = set_context(ctx)
    yield ctx
    ctx.dispose()
    set_context(previous)


@pytest.fixture
def no_database(tmp_path):
    """Point the actions at a database with no catalogue in it (as before `pathways load`)."""
    ctx = Context(_settings(tmp_path, f"sqlite:///{tmp_path / 'empty.db'}"))
    previous = set_context(ctx)
    yield ctx
    ctx.dispose()
    set_context(previous)


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()
