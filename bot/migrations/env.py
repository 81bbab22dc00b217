"""Alembic environment for Waymark's own tables only.

Rasa's tracker store keeps its `events` table in the same database; `include_name` and
`include_object` make Alembic look only at the tables in our MetaData, so neither a migration nor
an autogenerate comparison ever sees (or drops) `events` or anything else that is not ours.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool

from bot.migrate import (ADVISORY_LOCK_ID, VERSION_TABLE, include_name, include_object, resolve_url,
                         target_metadata)

config = context.config
url = resolve_url(config)


def _configure(**kwargs) -> None:
    context.configure(
        target_metadata=target_metadata(),
        include_name=include_name,
        include_object=include_object,
        version_table=VERSION_TABLE,
        compare_type=True,
        # SQLite cannot ALTER most things in place; batch mode rebuilds tables when a later
        # migration needs it (the embedded profile can run migrations too).
        render_as_batch=url.startswith("sqlite"),
        **kwargs,
    )


def run_migrations_offline() -> None:
    _configure(url=url, literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(url, poolclass=pool.NullPool, future=True)
    try:
        with engine.connect() as connection:
            _run(connection)
    finally:
        engine.dispose()


def _run(connection) -> None:
    _configure(connection=connection)
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Several hosts may run `db upgrade` at once while deploying: one waits for the other.
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({ADVISORY_LOCK_ID})")
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
