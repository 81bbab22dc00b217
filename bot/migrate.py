"""`python -m bot db upgrade|downgrade|current|check|stamp`: Alembic migrations for our tables only.

Production (PostgreSQL) creates and changes its schema only through these migrations
(bot/migrations/versions). The embedded profile keeps working as before: `create_schema` paths create
missing tables on SQLite, and a database made that way can be adopted by `db upgrade` (it is stamped
when it already matches the head revision exactly, and refused with the differences when it does not).

Rasa's tracker store may share the database: its `events` table is invisible to Alembic here
(`include_name` / `include_object`), so no migration and no comparison ever touches it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Iterable, List, Optional, Sequence

from sqlalchemy import MetaData, create_engine, inspect, pool
from sqlalchemy.engine import make_url

from bot.db import redacted_url

HERE = Path(__file__).resolve().parent
SCRIPT_LOCATION = HERE / "migrations"
VERSION_TABLE = "waymark_alembic_version"
ADVISORY_LOCK_ID = 7_245_001  # any constant; serialises concurrent `db upgrade` runs on PostgreSQL


def metadatas() -> List[MetaData]:
    """Every MetaData whose tables Waymark owns (catalogue, contacts, residents' records)."""
    from bot.db import metadata
    from bot.residents.contacts import gateway_metadata
    from bot.residents.records import records_metadata

    return [metadata, gateway_metadata, records_metadata]


def target_metadata() -> List[MetaData]:
    return metadatas()


def our_tables() -> set:
    return {name for md in metadatas() for name in md.tables}


def include_name(name: Optional[str], type_: str, parent_names) -> bool:
    """Reflect only our tables: anything else in the database (Rasa's `events`) is never looked at."""
    if type_ == "table":
        return name in our_tables()
    return True


def include_object(obj, name: Optional[str], type_: str, reflected: bool, compare_to) -> bool:
    """Second guard: a reflected table that is not ours is never compared, created or dropped."""
    if type_ == "table":
        return name in our_tables()
    table = getattr(obj, "table", None)
    if table is not None:
        return table.name in our_tables()
    return True


def resolve_url(config) -> str:
    """The URL from the caller (python -m bot db), else WAYMARK_DATABASE_URL via Settings."""
    url = config.attributes.get("url") or config.get_main_option("sqlalchemy.url")
    if url:
        return str(url)
    from bot.settings import Settings

    return Settings.from_env().database_url


def alembic_config(url: str):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    # Passed as an attribute, not an ini option: a password with `%` would upset configparser.
    config.attributes["url"] = url
    return config


def _engine(url: str):
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    return create_engine(url, poolclass=pool.NullPool, future=True)


def current_revision(url: str) -> Optional[str]:
    from alembic.runtime.migration import MigrationContext

    engine = _engine(url)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE}).get_current_revision()
    finally:
        engine.dispose()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def differences(url: str) -> list:
    """What the database lacks or has different from our MetaData (our tables only)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = _engine(url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={
                "target_metadata": target_metadata(), "include_name": include_name,
                "include_object": include_object, "compare_type": True,
                "version_table": VERSION_TABLE,
            })
            return list(compare_metadata(context, target_metadata()))
    finally:
        engine.dispose()


def existing_tables(url: str) -> set:
    engine = _engine(url)
    try:
        return set(inspect(engine).get_table_names()) & our_tables()
    finally:
        engine.dispose()


class NotAdoptable(RuntimeError):
    """Our tables exist without a migration history and differ from the head: a person decides."""


def upgrade(url: str, revision: str = "head") -> str:
    """Bring the database to `revision`; returns the revision it ends at."""
    from alembic import command

    config = alembic_config(url)
    present = existing_tables(url)
    if current_revision(url) is None and present:
        # Made by create_schema (the embedded profile) before migrations existed: the tables there
        # must match the head exactly; tables not made yet are created from the same MetaData.
        blocking = [d for d in differences(url) if not _is_missing_table(d, present)]
        if blocking:
            raise NotAdoptable("\n".join(_describe(blocking)))
        if revision != "head":
            raise NotAdoptable("a database without a migration history can only be brought to head")
        engine = _engine(url)
        try:
            for md in metadatas():
                md.create_all(engine)
        finally:
            engine.dispose()
        command.stamp(config, "head")
    command.upgrade(config, revision)
    return current_revision(url) or "base"


def downgrade(url: str, revision: str) -> str:
    from alembic import command

    command.downgrade(alembic_config(url), revision)
    return current_revision(url) or "base"


def stamp(url: str, revision: str) -> None:
    from alembic import command

    command.stamp(alembic_config(url), revision)


def _is_missing_table(diff, present: set) -> bool:
    """A whole table (or an index on it) that does not exist yet: safe to create, not a conflict."""
    if not (isinstance(diff, tuple) and diff and diff[0] in ("add_table", "add_index")):
        return False
    obj = diff[1]
    table = obj if diff[0] == "add_table" else getattr(obj, "table", None)
    return table is not None and table.name not in present


def _describe(diffs: Iterable) -> List[str]:
    out = []
    for diff in diffs:
        if isinstance(diff, tuple) and diff and isinstance(diff[0], str):
            kind, obj = diff[0], diff[1] if len(diff) > 1 else None
            name = getattr(obj, "name", None) or repr(obj)
            table = getattr(getattr(obj, "table", None), "name", None)
            out.append(f"{kind} {table + '.' if table else ''}{name}")
        else:  # modify_* entries come as lists of tuples
            for item in diff:
                out.append(f"{item[0]} {item[2]}.{item[3]}")
    return out


def describe_current(url: str, where: str) -> str:
    """`db current` in words: a revision, or why there is none and what to do about it."""
    revision, head = current_revision(url), head_revision()
    if revision is not None:
        return f"{where}: at revision {revision} (head {head})"
    if not existing_tables(url):
        return (f"{where}: no revision yet and none of our tables (head {head}): `python -m bot db upgrade` "
                f"creates them, as does `make run`")
    return (f"{where}: no revision recorded (head {head}). Our tables were made directly by the embedded "
            f"profile (`make run` creates what is missing on SQLite), which needs no migration history. "
            f"`python -m bot db check` compares them with the code; `python -m bot db upgrade` adopts them "
            f"(stamps head when they match, and changes nothing when they do not).")


def main(argv: Optional[Sequence[str]] = None) -> int:
    from bot.settings import Settings

    parser = argparse.ArgumentParser(prog="python -m bot db", description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="default: WAYMARK_DATABASE_URL (Settings.database_url)")
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("upgrade", help="migrate to the newest revision (or the one given)")
    up.add_argument("revision", nargs="?", default="head")
    down = sub.add_parser("downgrade", help="migrate back to a revision (`base` removes our tables)")
    down.add_argument("revision")
    sub.add_parser("current", help="the revision the database is at")
    sub.add_parser("check", help="exit 1 when our tables differ from the code's MetaData")
    st = sub.add_parser("stamp", help="record a revision without running migrations")
    st.add_argument("revision")
    args = parser.parse_args(list(sys.argv[2:] if argv is None else argv))
    url = args.database_url or Settings.from_env().database_url
    where = redacted_url(url)
    try:
        if args.command == "upgrade":
            print(f"{where}: at revision {upgrade(url, args.revision)} (head {head_revision()})")
        elif args.command == "downgrade":
            print(f"{where}: at revision {downgrade(url, args.revision)}")
        elif args.command == "current":
            print(describe_current(url, where))
        elif args.command == "stamp":
            stamp(url, args.revision)
            print(f"{where}: stamped {args.revision}")
        elif args.command == "check":
            diffs = differences(url)
            if diffs:
                print(f"{where}: our tables differ from the code:", file=sys.stderr)
                for line in _describe(diffs):
                    print(f"  {line}", file=sys.stderr)
                return 1
            print(f"{where}: our tables match the code (revision {current_revision(url) or 'none'})")
    except NotAdoptable as error:
        print(f"{where}: our tables exist without a migration history and differ from the newest "
              f"revision, so nothing was changed:\n{error}\nBring them in line (or back up and "
              f"recreate them), then `python -m bot db stamp head`.", file=sys.stderr)
        return 1
    except Exception as error:  # noqa: BLE001 - the operator gets one plain line, not a trace
        print(f"{where}: {args.command} failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    return 0


__all__ = ["VERSION_TABLE", "alembic_config", "current_revision", "differences", "downgrade",
           "head_revision", "include_name", "include_object", "main", "stamp", "target_metadata",
           "upgrade"]
