"""Another process committing to the same SQLite file in the middle of our transaction.

`AnotherWriter(url).work` is a transaction body that reads, lets a second engine (the jobs runner, the
gateway, the action server) commit, then writes. On a plain BEGIN that write fails at once with "database
is locked" (a stale WAL snapshot is not retried by the busy timeout); a transaction that took the write
lock first (bot.db.writing) makes the other process wait instead.
"""

from __future__ import annotations

import threading

from sqlalchemy import text

from bot.db import make_engine


class AnotherWriter:
    def __init__(self, url: str):
        self.engine = make_engine(url)
        with self.engine.begin() as conn:
            conn.execute(text("create table if not exists scratch (value text)"))
        self.finished = threading.Event()

    def _commit(self) -> None:
        with self.engine.begin() as conn:
            conn.execute(text("insert into scratch values ('meanwhile')"))
        self.finished.set()

    def work(self, session_or_connection, *_args, **_kwargs) -> int:
        seen = session_or_connection.execute(text("select count(*) from scratch")).scalar_one()
        threading.Thread(target=self._commit, daemon=True).start()
        self.finished.wait(0.5)  # without the write lock taken first, the other commit lands here
        session_or_connection.execute(text("insert into scratch values ('ours')"))
        return seen

    def values(self):
        """What is in the table once the other writer is done."""
        assert self.finished.wait(15)
        with self.engine.connect() as conn:
            return sorted(v for (v,) in conn.execute(text("select value from scratch")))

    def close(self) -> None:
        self.engine.dispose()
