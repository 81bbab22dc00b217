"""Resume attempts are limited per client and overall, and every gateway counts in the same windows."""

import logging

import pytest

from bot.gateway.resume_limits import ResumeLimits
from bot.gateway.coordination import LocalState, RedisState
from tests.redis_process import RedisProcess, require_redis_server


@pytest.fixture
def redis_server(tmp_path):
    require_redis_server()
    server = RedisProcess(tmp_path / "redis").start()
    yield server
    server.stop()


async def test_a_client_gets_the_same_budget_whichever_gateway_it_reaches(redis_server):
    states = [RedisState(redis_server.url, name) for name in ("gateway-1", "gateway-2")]
    limits = [ResumeLimits(state, per_client=3, overall=100) for state in states]
    allowed = [(await limits[i % 2].attempt("203.0.113.9")).allowed for i in range(5)]
    assert allowed == [True, True, True, False, False]
    assert (await limits[0].attempt("203.0.113.10")).allowed
    for state in states:
        await state.close()


async def test_the_overall_limit_is_shared_by_gateways_and_warns_once(redis_server, caplog):
    states = [RedisState(redis_server.url, name) for name in ("gateway-1", "gateway-2")]
    limits = [ResumeLimits(state, per_client=100, overall=4) for state in states]
    with caplog.at_level(logging.INFO, logger="waymark.gateway.resume"):
        allowed = [(await limits[i % 2].attempt(f"198.51.100.{i}")).allowed for i in range(7)]
    assert allowed == [True] * 4 + [False] * 3
    warnings = [r for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1 and "overall limit of 4" in warnings[0].getMessage()
    for state in states:
        await state.close()


async def test_a_client_over_its_own_limit_does_not_use_up_everyone_elses():
    limits = ResumeLimits(LocalState(), per_client=2, overall=5)
    assert [(await limits.attempt("guesser")).allowed for _ in range(10)] == [True, True] + [False] * 8
    assert [(await limits.attempt(f"resident-{i}")).allowed for i in range(3)] == [True, True, True]
