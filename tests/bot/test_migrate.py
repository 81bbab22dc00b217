"""Migrations for our tables only: they match the code, and never touch Rasa's `events`."""

import sqlite3

import pytest
from sqlalchemy import create_engine, inspect

from bot import migrate
from bot.db import create_schema as create_catalogue_schema


def _url(path):
    return f"sqlite:///{path}"


def _make_events(path):
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255), data TEXT)")
        conn.execute("INSERT INTO events (sender_id, data) VALUES ('web-abc', '{}')")


def _events(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT sender_id, data FROM events").fetchall()


def test_the_migrations_build_exactly_the_tables_the_code_defines(tmp_path):
    url = _url(tmp_path / "w.db")
    assert migrate.upgrade(url) == migrate.head_revision()
    tables = set(inspect(create_engine(url)).get_table_names())
    assert migrate.our_tables() <= tables
    assert migrate.VERSION_TABLE in tables
    # A change to a MetaData without a migration fails here: `python -m bot db check` in CI terms.
    assert migrate.differences(url) == []


def test_rasas_events_table_is_never_touched_up_or_down(tmp_path):
    path = tmp_path / "w.db"
    _make_events(path)
    url = _url(path)
    migrate.upgrade(url)
    assert migrate.differences(url) == []  # `events` is not reported as extraneous either
    migrate.downgrade(url, "base")
    assert set(inspect(create_engine(url)).get_table_names()) == {"events", migrate.VERSION_TABLE}
    assert _events(path) == [("web-abc", "{}")]


def test_only_our_tables_are_reflected():
    assert migrate.include_name("events", "table", {}) is False
    assert migrate.include_name("catalogues", "table", {}) is True
    assert migrate.include_name("gateway_inbound", "table", {}) is True


def test_an_embedded_database_made_by_create_schema_is_adopted(tmp_path):
    url = _url(tmp_path / "w.db")
    engine = create_engine(url)
    create_catalogue_schema(engine)  # what `pathways load` makes: only the catalogue's tables
    engine.dispose()
    assert migrate.upgrade(url) == migrate.head_revision()
    assert migrate.differences(url) == []


def test_a_database_that_differs_from_the_head_is_not_adopted(tmp_path):
    path = tmp_path / "w.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE catalogues (id INTEGER PRIMARY KEY)")  # not what the code defines
    with pytest.raises(migrate.NotAdoptable):
        migrate.upgrade(_url(path))
    assert migrate.current_revision(_url(path)) is None


def test_the_command_line_reports_and_checks(tmp_path, capsys):
    url = _url(tmp_path / "w.db")
    assert migrate.main(["--database-url", url, "upgrade"]) == 0
    assert migrate.main(["--database-url", url, "check"]) == 0
    assert migrate.main(["--database-url", url, "current"]) == 0
    out = capsys.readouterr().out
    assert f"at revision {migrate.head_revision()}" in out
    assert "match the code" in out


def test_current_on_an_embedded_database_says_why_there_is_no_revision_and_what_to_run(tmp_path, capsys):
    url = _url(tmp_path / "w.db")
    assert migrate.main(["--database-url", url, "current"]) == 0
    assert "none of our tables" in capsys.readouterr().out
    engine = create_engine(url)
    create_catalogue_schema(engine)  # what `make run` makes on SQLite, without a migration history
    engine.dispose()
    assert migrate.main(["--database-url", url, "current"]) == 0
    out = capsys.readouterr().out
    assert "at revision none" not in out
    assert "made directly by the embedded profile" in out and "python -m bot db upgrade" in out
