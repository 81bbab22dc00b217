"""The action server's writes under another process writing to the same SQLite database."""

from __future__ import annotations

import threading

from sqlalchemy import text

from bot.db import make_engine


async def test_an_action_write_that_reads_first_waits_for_another_writer_instead_of_failing(context):
    # Another engine on the same file stands for the jobs runner or the gateway.
    other = make_engine(context.settings.database_url)
    with other.begin() as conn:
        conn.execute(text("create table scratch (value text)"))
    finished = threading.Event()

    def other_process_writes() -> None:
        with other.begin() as conn:
            conn.execute(text("insert into scratch values ('meanwhile')"))
        finished.set()

    def work(session) -> int:
        seen = session.execute(text("select count(*) from scratch")).scalar_one()
        writer = threading.Thread(target=other_process_writes)
        writer.start()
        finished.wait(0.5)  # without the write lock taken first, the other commit lands here
        session.execute(text("insert into scratch values ('ours')"))
        return seen

    try:
        assert await context.write(work) == 0
        for _ in range(100):
            if finished.wait(0.1):
                break
        with other.connect() as conn:
            assert sorted(v for (v,) in conn.execute(text("select value from scratch"))) == ["meanwhile", "ours"]
    finally:
        other.dispose()
