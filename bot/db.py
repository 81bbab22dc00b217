"""Database engine and the catalogue tables (SQLAlchemy 1.4 used in 2.0 style).

List-valued rules are stored as integer bitmasks (bit i = position in the vocab tuple), so the match
query tests them with `&` on SQLite and PostgreSQL alike, inside one indexed scan.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from pathlib import Path
from typing import Awaitable, Callable, Iterable, Sequence, TypeVar

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    false,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

T = TypeVar("T")

log = logging.getLogger("waymark.db")

metadata = MetaData()

# Distinct from Rasa's tracker-store tables (`events`), which may share the database.
catalogues = Table(
    "catalogues",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("version", String(64), nullable=False),
    Column("content_hash", String(71), nullable=False),
    Column("source_path", Text, nullable=False),
    Column("loaded_at", DateTime(timezone=True), nullable=False),
    Column("is_active", Boolean, nullable=False, default=False),
)
# At most one live catalogue, even if two loads race.
Index(
    "uq_catalogues_one_active",
    catalogues.c.is_active,
    unique=True,
    sqlite_where=catalogues.c.is_active,
    postgresql_where=catalogues.c.is_active,
)


def _rule_columns() -> list:
    """The columns the match query filters and ranks on (shared by pathways and pathway_locations)."""
    return [
        Column("kind", String(32), nullable=False),
        Column("status", String(16)),  # null: not known from the source (never shown as open)
        Column("region", String(16), nullable=False),
        Column("is_online", Boolean, nullable=False),
        Column("min_age", Integer),
        Column("max_age", Integer),
        Column("max_income", Float),
        Column("min_qual", Integer),
        Column("max_qual", Integer),
        Column("requires_uc", Boolean, nullable=False),
        Column("requires_rtw", Boolean, nullable=False, server_default=false()),  # right to work in the UK
        Column("employment_mask", Integer, nullable=False),
        Column("background_mask", Integer, nullable=False),
        Column("immigration_mask", Integer, nullable=False),
        Column("english_mask", Integer, nullable=False),
        Column("topic_mask", Integer, nullable=False),
        Column("schedule_mask", Integer, nullable=False),
        Column("target_mask", Integer, nullable=False),
        Column("has_target_groups", Boolean, nullable=False),
        Column("next_cohort", Date),
        # Ranking keys, fixed at load time so the match query can read rows already in rank order.
        Column("targeted", Boolean, nullable=False),  # run for a background or target group
        Column("status_rank", Integer, nullable=False),  # STATUS_RANKS: open, not known, waitlist, closed
        Column("cohort_key", Date, nullable=False),  # next cohort, or far future when unknown/past
    ]


RULE_COLUMNS = tuple(c.name for c in _rule_columns())

# Rank order of a pathway's status: open first; a status the source did not give ranks after open
# (it may well be open, but we cannot say so) and before a waiting list; closed last.
STATUS_RANKS = {"open": 0, None: 1, "waitlist": 2, "closed": 3}
CLOSED_RANK = STATUS_RANKS["closed"]

# Index order serves the match query (bot.pathways.search): equality on the place, region and `targeted`, then the
# rank order (status, cohort date, id), so a query walks rows best-first and stops at its LIMIT; the rest
# are the columns it filters on, so SQLite answers from the index alone and never reads the wide
# `document` column of rows it does not return.
_RANKED = ("region", "targeted", "status_rank", "cohort_key", "pathway_id")
_COVERING = ("topic_mask", "schedule_mask", "kind", "min_age", "max_age", "max_income", "min_qual",
             "max_qual", "requires_uc", "requires_rtw", "employment_mask", "background_mask", "immigration_mask",
             "english_mask", "target_mask")

pathways = Table(
    "pathways",
    metadata,
    Column("catalogue_id", Integer, ForeignKey("catalogues.id", ondelete="CASCADE"), primary_key=True),
    Column("pathway_id", String(120), primary_key=True),
    *_rule_columns(),
    Column("document", JSON, nullable=False),
    Index("ix_pathways_match", "catalogue_id", "is_online", *_RANKED, *_COVERING),
)

# One row per local authority a pathway runs in. It carries a copy of the rule columns: the match
# query's "runs where you live" branch then reads one index range instead of looking up thousands of
# pathways one by one (see docs/performance.md).
pathway_locations = Table(
    "pathway_locations",
    metadata,
    Column("catalogue_id", Integer, primary_key=True),
    Column("local_authority", String(64), primary_key=True),
    Column("pathway_id", String(120), primary_key=True),
    *_rule_columns(),
    ForeignKeyConstraint(
        ["catalogue_id", "pathway_id"],
        ["pathways.catalogue_id", "pathways.pathway_id"],
        ondelete="CASCADE",
    ),
    Index("ix_pathway_locations_match", "catalogue_id", "local_authority", "is_online", *_RANKED, *_COVERING),
)


# "Report wrong information" (bot.pathways.corrections): a queue for the skills team. No sender id, on purpose.
catalogue_reports = Table(
    "catalogue_reports",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("pathway_id", String(120), nullable=False),
    Column("catalogue_version", String(64), nullable=False),
    Column("channel", String(16), nullable=False),
    Column("words", Text, nullable=False),
    Column("status", String(16), nullable=False),  # open | fixed | dismissed
    Column("reported_at", Float, nullable=False),
    Column("resolved_at", Float),
    Column("note", Text),
    Index("ix_catalogue_reports_status", "status", "reported_at"),
)


def mask(values: Iterable[str], vocabulary: Sequence[str]) -> int:
    """Bit i set for vocabulary[i]; 0 for an empty list, which rules read as "anyone"."""
    bits = 0
    for value in values:
        bits |= 1 << vocabulary.index(value)
    return bits


def redacted_url(url: str) -> str:
    """A database URL fit for output: the password hidden; a malformed URL shows nothing of itself."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - whatever the parser objects to, never echo a secret
        return "<database url>"


def transient(error: BaseException) -> bool:
    """A lost or refused database connection (a restart: worth retrying), not a bug in a query."""
    if isinstance(error, OperationalError):
        return True
    return isinstance(error, DBAPIError) and bool(error.connection_invalidated)


async def retry_transient(operation: Callable[[], Awaitable[T]], seconds: float, *,
                          on_retry: Callable[[float], None],
                          give_up: Callable[[DBAPIError], BaseException]) -> T:
    """Await `operation()`, retrying a lost connection (a PostgreSQL restart) with backoff from 0.25 s
    to 2 s for up to `seconds`; then raise `give_up(error)`. Other database errors pass straight
    through. Shared by Rasa's tracker store and the gateway's routing step, so both wait alike."""
    deadline, delay = time.monotonic() + seconds, 0.25
    while True:
        try:
            return await operation()
        except DBAPIError as error:
            if not transient(error):
                raise
            if time.monotonic() + delay > deadline:
                raise give_up(error) from error
            on_retry(delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 2.0)


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Every process's engine. Its errors never quote a statement's bound values (hide_parameters):
    SQLAlchemy writes them into the error's text, failures are logged with their trace, and the values
    are residents' numbers and words."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        # Servers drop idle connections; pre-ping and recycle hide that from a resident mid-chat.
        # The production profile sizes the pool for PostgreSQL's connection budget (docs/deploying.md).
        return create_engine(url, future=True, echo=echo, hide_parameters=True, pool_pre_ping=True, pool_recycle=1800,
                             pool_size=int(os.environ.get("WAYMARK_DB_POOL_SIZE", "5")),
                             max_overflow=int(os.environ.get("WAYMARK_DB_MAX_OVERFLOW", "10")))
    database = parsed.database or ""
    in_memory = database in ("", ":memory:") or database.startswith("file::memory:")
    if in_memory:
        engine = create_engine(url, future=True, echo=echo, hide_parameters=True)
    else:
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        # SQLAlchemy 1.4 defaults file databases to NullPool (a new connection and pragmas per
        # session); a small pool keeps match latency down in the long-running action server.
        engine = create_engine(
            url,
            future=True,
            echo=echo,
            hide_parameters=True,
            poolclass=QueuePool,
            pool_size=5,
            max_overflow=5,
            connect_args={"check_same_thread": False, "timeout": 30},
        )
    _configure_sqlite(engine, wal=not in_memory)
    return engine


def _configure_sqlite(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record) -> None:  # pragma: no cover - exercised via every test
        # pysqlite's own transaction handling defers BEGIN until the first write, so a swap's reads
        # would run outside its transaction; take over and emit BEGIN ourselves (SQLAlchemy recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        # Deleted and rewritten rows are overwritten on disk, not left in free pages: an erasure or
        # a retention purge must leave nothing of a resident behind (checkpoint() does the -wal file).
        cursor.execute("PRAGMA secure_delete=ON")
        if wal:
            # Readers (the action server) keep going while `pathways load` writes.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.get_execution_options().get(_WRITES)
                                   else "BEGIN")


_WRITES = "waymark_writes"


def writing(engine: Engine) -> Engine:
    """The same engine (and pool) for a transaction that reads and then writes.

    In WAL mode a plain BEGIN reads from a snapshot; if another process (the jobs runner, the
    gateway) commits before this transaction's first write, that write fails at once with "database
    is locked": SQLite cannot wait its way out of a stale snapshot. BEGIN IMMEDIATE takes the write
    lock first, so the transaction waits its turn (the 30 s busy timeout) instead of failing.
    PostgreSQL ignores the option."""
    return engine.execution_options(**{_WRITES: True})


def checkpoint(engine: Engine) -> bool:
    """Empty a SQLite database's write-ahead log into the database file and truncate the log to 0 bytes.

    In WAL mode a DELETE (even with secure_delete, which zeroes the row in the page it writes) leaves
    the earlier versions of that page, the row as inserted, in the `-wal` file until a checkpoint
    copies the newest pages back and the log is reset. Call this after an erasure has committed,
    never inside a transaction: it runs on a raw connection in autocommit. PostgreSQL, in-memory and
    rollback-journal databases have nothing to do. False (and a warning) when a reader still held part
    of the log; the next erasure or `retention run` tries again.
    """
    if engine.dialect.name != "sqlite":
        return True
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        try:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            busy, _frames, _copied = cursor.fetchone()
        finally:
            cursor.close()
    finally:
        raw.close()
    if busy:
        log.warning("SQLite write-ahead log of %s not emptied: a reader was still using it",
                    redacted_url(str(engine.url)))
    return not busy


def leave_nothing_behind(engine: Engine) -> bool:
    """After an erasure, a retention purge or a redaction has committed: nothing of the rows it removed may
    stay readable in the database's files. On SQLite, secure_delete zeroes a deleted row where it lay, but
    rows moved between pages as the tree is rebalanced can leave copies behind (measured: 13 of 300
    senders deleted in turn stayed readable in the file after secure_delete and a checkpoint; rebuilding
    the indexes did not help). VACUUM rewrites the file from the live rows (0 of 300; 2.3 ms on a 1.3 MB
    file, scaling with its size), then the write-ahead log is emptied. Never inside a transaction. False
    (and a warning) when the file could not be rewritten now; the next erasure or retention run does it.
    Other databases have nothing to do here."""
    if engine.dialect.name != "sqlite" or (engine.url.database or ":memory:") == ":memory:":
        return True
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        try:
            cursor.execute("VACUUM")
        except Exception as error:  # locked by a long writer: leave it to the next run, say so
            log.warning("SQLite file %s not rewritten after an erasure: %s", redacted_url(str(engine.url)),
                        type(error).__name__)
            return False
        finally:
            cursor.close()
    finally:
        raw.close()
    return checkpoint(engine)


def session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(bind=engine, class_=Session, future=True, expire_on_commit=False)


def create_schema(engine: Engine) -> None:
    """Create the catalogue tables if missing (idempotent; leaves any other tables alone)."""
    metadata.create_all(engine)


__all__ = [
    "writing",
    "catalogue_reports",
    "catalogues",
    "checkpoint",
    "leave_nothing_behind",
    "create_schema",
    "make_engine",
    "mask",
    "metadata",
    "pathway_locations",
    "pathways",
    "RULE_COLUMNS",
    "STATUS_RANKS",
    "session_factory",
]
