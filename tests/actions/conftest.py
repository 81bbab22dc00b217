"""Fixtures for the action tests: the real domain, a real dispatcher, a real (temporary) database."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict

import pytest
from rasa.shared.core.domain import Domain
from rasa_sdk.executor import CollectingDispatcher

from actions.context import Context, set_context
from bot.catalogue import load_catalogue
from bot.db import create_schema, make_engine, session_factory
from bot.settings import ROOT, Settings
from bot.store import load

FIXTURE_CATALOGUE = ROOT / "tests" / "fixtures" / "dialogue_catalogue.yml"

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


@pytest.fixture
def context(catalogue_db, tmp_path):
    """Point the actions at the fixture database for one test."""
    ctx = Context(_settings(tmp_path, catalogue_db))
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
