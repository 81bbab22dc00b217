"""A production stack on free loopback ports, on a scratch PostgreSQL database: what the fault drills
(scripts/prove.py), the production tests and the benchmarks run against, beside anything already
running on this machine. See bot.ops.production for the topology itself.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import time
import uuid
from pathlib import Path
from typing import Iterator, Optional, Sequence, Tuple

import sqlalchemy as sa

from bot.db import redacted_url
from bot.ops.production import ProductionConfig
from bot.ops.processes import LOOPBACK, StackError, free_port


def loopback_config(root: Path, python: Path, model_path: Path, var_dir: Path, database_url: str, *,
                    redis_url: Optional[str] = None, own_redis: bool = False, replicas: int = 2,
                    action_servers: int = 2, gateways: int = 1,
                    env: Sequence[Tuple[str, str]] = ()) -> ProductionConfig:
    """The topology on free loopback ports, for tests, drills and benchmarks beside a running stack.

    `own_redis`: the stack runs its own redis-server child (a drill can stop it without touching a
    shared one); otherwise `redis_url` is used.
    """
    def ports(n: int) -> Tuple[int, ...]:
        return tuple(free_port() for _ in range(n))

    return ProductionConfig(
        root=root, python=python, model_path=model_path, var_dir=var_dir,
        rasa_token="loopback-" + uuid.uuid4().hex, database_url=database_url, tracker_store_url=database_url,
        redis_url=None if own_redis else redis_url, own_redis_port=free_port() if own_redis else None,
        replicas=replicas, action_servers=action_servers, gateways=gateways,
        rasa_balancer_port=free_port(), actions_balancer_port=free_port(), public_port=free_port(),
        public_host=LOOPBACK, rasa_ports=ports(replicas), action_ports=ports(action_servers),
        gateway_ports=ports(gateways), env=tuple(env))


# One IP (loopback) and fast scripted residents: the gateway's per-address and per-sender limits
# would otherwise answer 429, which a drill would count as a failure that no resident would meet.
DRILL_ENV: Tuple[Tuple[str, str], ...] = (
    ("WAYMARK_PSEUDONYM_KEY", "drill-" + uuid.uuid4().hex),
    ("WAYMARK_IP_RATE_LIMIT_PER_MINUTE", "1000000"),
    ("WAYMARK_RATE_LIMIT_PER_MINUTE", "1000000"),
)


def drill_env(root: Path) -> Tuple[Tuple[str, str], ...]:
    """DRILL_ENV plus the project's spaCy pipeline (the stack's own var dir has none)."""
    return DRILL_ENV + (("WAYMARK_SPACY_MODEL", str(root / "var" / "spacy" / "waymark_en")),)


def postgres_restart_command(root: Path, database_url: str) -> Optional[Tuple[str, ...]]:
    """scripts/prod-services' restart, when `database_url` is the PostgreSQL it runs; else None (a drill
    must not restart a database it did not start)."""
    script = root / "scripts" / "prod-services"
    port = sa.engine.make_url(database_url).port
    if port != int(os.environ.get("WAYMARK_PG_PORT", "5433")):
        return None
    if subprocess.run([str(script), "is-running", "pg"], cwd=root, capture_output=True).returncode != 0:
        return None
    return (str(script), "restart", "pg")


@contextlib.contextmanager
def scratch_database(admin_url: str, root: Path, python: Path, prefix: str = "waymark_scratch", *,
                     prepare: bool = True) -> Iterator[str]:
    """A new PostgreSQL database, dropped afterwards; with `prepare`, migrated and with pathways.yml
    loaded (what `make run-prod` prepares). `admin_url`: a role that may CREATE DATABASE
    (prod-services env --test)."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT", future=True, pool_pre_ping=True)
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = sa.engine.make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        for args in (("db", "upgrade"), ("pathways", "load", str(root / "pathways.yml"))) if prepare else ():
            done = subprocess.run([str(python), "-m", "bot", *args], cwd=root, capture_output=True, text=True,
                                  env={**os.environ, "WAYMARK_DATABASE_URL": url}, timeout=300)
            if done.returncode != 0:
                raise StackError(f"python -m bot {' '.join(args)} failed on {redacted_url(url)}:\n{done.stderr}")
        yield url
    finally:
        try:
            _drop(admin, name)
        finally:
            admin.dispose()


def _drop(admin: sa.engine.Engine, name: str, attempts: int = 10) -> None:
    """DROP DATABASE, ending what still uses it. FORCE may not end an autovacuum worker (after a heavy
    load it is often still vacuuming the scratch database; a non-superuser may not signal it), so
    that case falls back to a plain DROP, which cancels autovacuum itself, retried while it goes."""
    for attempt in range(attempts):
        force = "WITH (FORCE)" if attempt == 0 else ""
        try:
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" {force}'))
            return
        except (sa.exc.ProgrammingError, sa.exc.OperationalError):  # no privilege to end it / in use
            if attempt == attempts - 1:
                raise
            time.sleep(1.0)


__all__ = ["DRILL_ENV", "drill_env", "loopback_config", "postgres_restart_command", "scratch_database"]
