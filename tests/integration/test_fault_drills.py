"""The production profile's proofs under load and faults, shortened for CI (scripts/prove.py runs them at full length).

A production stack of its own (nginx, two Rasa replicas, two action servers, a gateway and its own
redis-server) on loopback and a scratch PostgreSQL database. Each drill drives scripted residents
through the public gateway while one fault happens, then checks every stored conversation against
what each resident was answered (harness.loadgen.check): no 5xx, nothing lost, doubled or reordered.

Needs WAYMARK_TEST_POSTGRES_URL and redis-server, like test_production_profile.py; the PostgreSQL
restart drill also needs that database to be the one scripts/prod-services runs (as in CI).
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

from harness import drills
from bot.settings import ROOT
from harness.testbed import drill_env, loopback_config, postgres_restart_command, scratch_database
from tests.redis_process import REDIS_SERVER

pytestmark = pytest.mark.integration

PG_URL = os.environ.get("WAYMARK_TEST_POSTGRES_URL")
MODEL = ROOT / "models" / "waymark.tar.gz"
REQUIRED = os.environ.get("WAYMARK_REQUIRE_PRODUCTION_TESTS") == "1"
HOW = 'scripts/prod-services start && eval "$(scripts/prod-services env --test)"'

if not PG_URL or REDIS_SERVER is None:
    reason = f"fault drills need WAYMARK_TEST_POSTGRES_URL and redis-server ({HOW})"
    if REQUIRED:
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason, allow_module_level=True)

RESIDENTS, SECONDS = 10, 40.0


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: run `make train`", pytrace=False)
    from bot.ops.production import ProductionStack

    python = Path(sys.executable)
    with scratch_database(PG_URL, ROOT, python, prefix="waymark_drill") as url:
        config = loopback_config(ROOT, python, MODEL, tmp_path_factory.mktemp("drills"), url, own_redis=True,
                                 env=drill_env(ROOT))
        production = ProductionStack(config)
        production.start(timeout=300)
        try:
            yield production
        finally:
            production.stop()


def _passes(drill: drills.Drill) -> None:
    print("\n" + drill.report())  # noqa: T201 - the figures belong in CI's log
    assert drill.ok, drill.report()


def test_soak_every_reply_delivered_once_in_order_and_no_5xx(stack):
    drill = asyncio.run(drills.soak(stack, residents=20, seconds=SECONDS))
    _passes(drill)
    assert drill.run.outcomes() == {"ok": len(drill.run.turns)}


def test_killing_action_servers_is_graceful_and_service_returns_without_restarting_rasa(stack):
    _passes(asyncio.run(drills.kill_action_servers(stack, RESIDENTS, SECONDS)))


def test_postgresql_restart_mid_conversation_loses_nothing(stack):
    restart = postgres_restart_command(ROOT, PG_URL)
    if restart is None:
        reason = "the test PostgreSQL is not the one scripts/prod-services runs, so it cannot be restarted"
        if REQUIRED:
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    drill = asyncio.run(drills.restart_postgres(stack, restart, RESIDENTS, SECONDS))
    _passes(drill)


def test_killing_a_replica_the_other_carries_the_same_conversations(stack):
    drill = asyncio.run(drills.kill_replica(stack, RESIDENTS, SECONDS))
    _passes(drill)
    assert not drill.run.outcomes().get("5xx")


def test_redis_down_is_degraded_then_recovered_under_load(stack):
    _passes(asyncio.run(drills.redis_down(stack, RESIDENTS, SECONDS)))
