"""Shared fixtures. Keep this small: fixtures used by one test module live in that module."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
# Matching tests pin "today" so cohort dates in the fixtures stay in the future.
TODAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _process_umask_restored():
    """The supervisor's entry points set umask 077 for the process they run in; a test that calls one
    in-process must not change the modes every later test's files are made with."""
    mask = os.umask(0o022)
    os.umask(mask)
    yield
    os.umask(mask)


@pytest.fixture
def small_catalogue_path() -> Path:
    return FIXTURES / "small.yml"


@pytest.fixture
def database_url(tmp_path) -> str:
    """A fresh SQLite file per test."""
    return f"sqlite:///{tmp_path / 'waymark.db'}"


@pytest.fixture
def engine(database_url):
    from bot.db import create_schema, make_engine

    engine = make_engine(database_url)
    create_schema(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine):
    from bot.db import session_factory

    return session_factory(engine)


@pytest.fixture
def loaded(sessions, small_catalogue_path):
    """The small catalogue, live in a fresh database; returns the session factory."""
    from bot.pathways.catalogue import load_catalogue
    from bot.pathways.catalogue_store import load

    with sessions.begin() as session:
        load(session, load_catalogue(small_catalogue_path), str(small_catalogue_path), today=TODAY)
    return sessions
