"""The embedded SQLite store under two processes writing at once."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from bot.db import make_engine, writing


@pytest.fixture
def two_engines(tmp_path):
    # Two engines on one file stand for two processes (the action server and the jobs runner).
    url = f"sqlite:///{tmp_path / 'waymark.db'}"
    first, second = make_engine(url), make_engine(url)
    with first.begin() as conn:
        conn.execute(text("create table rows (id integer primary key, value text)"))
        conn.execute(text("insert into rows (value) values ('kept'), ('gone')"))
    yield first, second
    first.dispose()
    second.dispose()


def _write_from_another_process(engine, finished: threading.Event) -> None:
    with engine.begin() as conn:
        conn.execute(text("insert into rows (value) values ('meanwhile')"))
    finished.set()


def test_a_read_then_write_transaction_waits_for_another_writer_instead_of_failing(two_engines):
    first, second = two_engines
    finished = threading.Event()
    with writing(first).begin() as conn:
        ids = [row.id for row in conn.execute(text("select id from rows where value = 'gone'"))]
        other = threading.Thread(target=_write_from_another_process, args=(second, finished))
        other.start()
        # The other writer waits for this transaction (its busy timeout), it does not slip in between.
        assert not finished.wait(0.5)
        conn.execute(text("delete from rows where id = :id"), {"id": ids[0]})
    other.join(10)
    assert finished.is_set()
    with first.connect() as conn:
        assert sorted(v for (v,) in conn.execute(text("select value from rows"))) == ["kept", "meanwhile"]


def test_a_plain_transaction_whose_snapshot_went_stale_fails_at_its_first_write(two_engines):
    # Why `writing` exists: the same steps on a plain BEGIN fail immediately, whatever the busy timeout.
    first, second = two_engines
    finished = threading.Event()
    with pytest.raises(OperationalError, match="locked"):
        with first.begin() as conn:
            list(conn.execute(text("select id from rows")))
            _write_from_another_process(second, finished)
            conn.execute(text("delete from rows where value = 'gone'"))


def test_an_engines_errors_do_not_quote_the_values_a_statement_was_given(tmp_path):
    # Failures are logged with their trace in every process; the values are residents' numbers and words.
    for url in (f"sqlite:///{tmp_path / 'values.db'}", "sqlite://"):
        engine = make_engine(url)
        try:
            with engine.begin() as conn:
                conn.execute(text("create table contacts (address text unique)"))
                conn.execute(text("insert into contacts values (:a)"), {"a": "+447700900123"})
            with pytest.raises(Exception) as raised:
                with engine.begin() as conn:
                    conn.execute(text("insert into contacts values (:a)"), {"a": "+447700900123"})
            assert "UNIQUE" in str(raised.value) and "7700900123" not in str(raised.value)
        finally:
            engine.dispose()
