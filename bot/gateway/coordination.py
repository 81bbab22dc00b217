"""What several gateway processes must agree on: rate-limit windows and who answers which message.

Two backends behind one small interface:

- `LocalState` (embedded default, no WAYMARK_REDIS_URL): windows in this process's memory, as before.
- `RedisState` (production, WAYMARK_REDIS_URL): windows and answering leases in Redis, so limits hold
  across every gateway and a message is answered by exactly one of them.

Receipt dedupe of Twilio's retries is the gateway_inbound table's primary key (bot/residents/contacts.py):
in production that table is in PostgreSQL, shared by every gateway and durable, and it also keeps the
body of a message until it has been answered. The lease here adds what the table cannot say: which
gateway is answering a still-pending message right now, so one that restarts (and recovers pending
messages) does not answer a message another gateway is in the middle of answering.

Degraded mode (docs/deploying.md): when Redis does not answer (refused, timed out), `RedisState`
logs one warning, falls back to a `LocalState` (limits become per gateway process; leases are granted
locally), probes Redis every `retry_interval` seconds and goes back to it when it answers (logged).
Requests never fail because Redis is down.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import math
import random
import time
import uuid
from typing import Awaitable, Callable, Dict, Optional, Tuple, TypeVar, Union

from bot.gateway.ratelimit import Decision, RateLimiter

log = logging.getLogger("waymark.gateway.coordination")

T = TypeVar("T")
PREFIX = "waymark:gw:"
LEASE_TTL_S = 300.0  # longer than any one message's handling (Rasa 20 s, Twilio retries)

# Sliding window of hits per key, timed by Redis's clock so gateways on different hosts agree.
# KEYS: hits (sorted set), refused flag. ARGV: window ms, limit, unique member.
# Returns {allowed, retry_after_ms, first_refusal}.
HIT_SCRIPT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  redis.call('DEL', KEYS[2])
  return {1, 0, 0}
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
local retry = tonumber(oldest[2]) + window - now
if redis.call('SET', KEYS[2], '1', 'NX', 'PX', window) then
  return {0, retry, 1}
end
return {0, retry, 0}
"""

# A lease is granted when free or already held by the same owner (a gateway restarted under its name).
CLAIM_SCRIPT = """
local holder = redis.call('GET', KEYS[1])
if (not holder) or holder == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0
"""

RELEASE_SCRIPT = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""


# The version of "which conversations are held": bumped by the console around every take (see
# HeldConversations). A missing key (Redis restarted empty) starts again from a random number, so a
# gateway never mistakes a new version for the one it remembered.
# KEYS: the version. ARGV: a random start.
HELD_VERSION_SCRIPT = """
local version = redis.call('GET', KEYS[1])
if not version then
  redis.call('SET', KEYS[1], ARGV[1])
  version = ARGV[1]
end
return version
"""

HELD_BUMP_SCRIPT = """
if redis.call('EXISTS', KEYS[1]) == 0 then
  redis.call('SET', KEYS[1], ARGV[1])
end
return redis.call('INCR', KEYS[1])
"""
HELD_MAX_AGE_S = 5.0  # a gateway asks the database again at least this often, whatever the version says


def _random_start() -> int:
    return random.SystemRandom().randrange(1 << 52)


class LocalState:
    """In this process only: the embedded default, and the fall-back while Redis is away."""

    backend = "local"
    degraded = False

    def __init__(self, owner: str = "local", clock: Callable[[], float] = time.monotonic):
        self.owner = owner
        self.clock = clock
        self._limiters: Dict[Tuple[str, int, float], RateLimiter] = {}

    async def hit(self, scope: str, key: str, limit: int, window: float) -> Decision:
        limiter = self._limiters.get((scope, limit, window))
        if limiter is None:
            limiter = self._limiters[(scope, limit, window)] = RateLimiter(limit, window, clock=self.clock)
        return limiter.hit(key)

    async def claim(self, token: str, ttl: float = LEASE_TTL_S) -> bool:
        # One process: a message is only ever scheduled once here (the inbound table's primary key).
        return True

    async def release(self, token: str) -> None:
        return None

    async def held_version(self) -> Optional[int]:
        # Unknown: a console in another process may take a conversation without this one hearing of it.
        return None

    async def bump_held(self) -> None:
        return None

    async def close(self) -> None:
        return None


class RedisState:
    backend = "redis"

    def __init__(self, url: str, owner: str, *, fallback: Optional[LocalState] = None,
                 retry_interval: float = 5.0, socket_timeout: float = 0.5, prefix: str = PREFIX):
        import redis.asyncio as aioredis

        self.owner = owner
        self.prefix = prefix
        self.retry_interval = retry_interval
        self.fallback = fallback or LocalState(owner)
        self.redis = aioredis.Redis.from_url(url, socket_timeout=socket_timeout,
                                             socket_connect_timeout=socket_timeout)
        self._hit = self.redis.register_script(HIT_SCRIPT)
        self._claim = self.redis.register_script(CLAIM_SCRIPT)
        self._release = self.redis.register_script(RELEASE_SCRIPT)
        self._held_version = self.redis.register_script(HELD_VERSION_SCRIPT)
        self._held_bump = self.redis.register_script(HELD_BUMP_SCRIPT)
        self.degraded = False
        self._next_probe = 0.0
        self.where = _safe(url)

    # --- degraded mode -----------------------------------------------------------------------------
    async def _use_redis(self) -> bool:
        if not self.degraded:
            return True
        now = time.monotonic()
        if now < self._next_probe:
            return False
        self._next_probe = now + self.retry_interval
        try:
            await self.redis.ping()
        except _REDIS_DOWN:
            return False
        self.degraded = False
        log.warning("shared state: Redis at %s is back; rate limits and leases are shared again",
                    self.where)
        return True

    def _degrade(self, error: BaseException) -> None:
        if not self.degraded:
            log.warning("shared state: Redis at %s unreachable (%s); DEGRADED - rate limits are per "
                        "gateway process until it returns", self.where, type(error).__name__)
        self.degraded = True
        self._next_probe = time.monotonic() + self.retry_interval

    async def _either(self, on_redis: Callable[[], Awaitable[T]], on_local: Callable[[], Awaitable[T]]) -> T:
        if await self._use_redis():
            try:
                return await on_redis()
            except _REDIS_DOWN as error:
                self._degrade(error)
        return await on_local()

    # --- the interface -----------------------------------------------------------------------------
    async def hit(self, scope: str, key: str, limit: int, window: float) -> Decision:
        if limit <= 0:
            return Decision(True)

        async def on_redis() -> Decision:
            base = f"{self.prefix}rl:{scope}:{key}"
            allowed, retry_ms, first = await self._hit(
                keys=[base, base + ":refused"], args=[int(window * 1000), limit, uuid.uuid4().hex])
            if allowed:
                return Decision(True)
            return Decision(False, max(1, math.ceil(int(retry_ms) / 1000)), bool(first))

        return await self._either(on_redis, lambda: self.fallback.hit(scope, key, limit, window))

    async def claim(self, token: str, ttl: float = LEASE_TTL_S) -> bool:
        async def on_redis() -> bool:
            return bool(await self._claim(keys=[f"{self.prefix}lease:{token}"],
                                          args=[self.owner, int(ttl * 1000)]))

        return await self._either(on_redis, lambda: self.fallback.claim(token, ttl))

    async def release(self, token: str) -> None:
        async def on_redis() -> None:
            await self._release(keys=[f"{self.prefix}lease:{token}"], args=[self.owner])

        await self._either(on_redis, lambda: self.fallback.release(token))

    async def held_version(self) -> Optional[int]:
        async def on_redis() -> Optional[int]:
            return int(await self._held_version(keys=[f"{self.prefix}held"], args=[_random_start()]))

        return await self._either(on_redis, self.fallback.held_version)

    async def bump_held(self) -> None:
        async def on_redis() -> None:
            await self._held_bump(keys=[f"{self.prefix}held"], args=[_random_start()])

        await self._either(on_redis, self.fallback.bump_held)

    async def close(self) -> None:
        await self.redis.aclose() if hasattr(self.redis, "aclose") else await self.redis.close()


def _redis_down_errors() -> tuple:
    import redis.exceptions as errors

    # AuthenticationError is a ConnectionError in redis-py, but it is a configuration mistake, not an
    # outage; it is logged by the caller's error handling rather than silently degrading.
    return (errors.ConnectionError, errors.TimeoutError, OSError, asyncio.TimeoutError)


_REDIS_DOWN = _redis_down_errors()


def _safe(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port or 6379}{parts.path or '/0'}"


SharedState = Union[LocalState, RedisState]


def make_shared_state(redis_url: Optional[str], owner: str,
                      clock: Callable[[], float] = time.monotonic) -> SharedState:
    local = LocalState(owner, clock=clock)
    if not redis_url:
        return local
    return RedisState(redis_url, owner, fallback=local)


class SharedLimiter:
    """One limit (per resident, per address) over the shared state; `hit` is awaited."""

    def __init__(self, state: SharedState, scope: str, limit: int, window: float = 60.0):
        self.state = state
        self.scope = scope
        self.limit = limit
        self.window = window

    async def hit(self, key: str) -> Decision:
        return await self.state.hit(self.scope, key, self.limit, self.window)


class HeldConversations:
    """Whether a worker may be holding any conversation, without a database query per message.

    Every gateway keeps (version, answer, until); the console bumps the shared version before a take
    and again after it is committed. A gateway whose version differs, or whose answer is older than
    `max_age` (a bump lost while Redis was away), asks the database (`any_held`) again. Reading the
    version before asking means an answer read while a take was in flight is always re-asked: the
    take's second bump comes after its commit. Without Redis (LocalState: no shared version) the
    answer is always "maybe", and every message is looked up as before.
    """

    def __init__(self, state: "SharedState", any_held: Callable[[], Awaitable[bool]], *,
                 max_age: float = HELD_MAX_AGE_S, clock: Callable[[], float] = time.monotonic):
        self.state = state
        self.any_held = any_held
        self.max_age = max_age
        self.clock = clock
        self._known: Optional[Tuple[int, bool, float]] = None

    async def may_be_held(self) -> bool:
        version = await self.state.held_version()
        if version is None:
            return True
        now = self.clock()
        known = self._known
        if known is not None and known[0] == version and now < known[2]:
            return known[1]
        held = await self.any_held()
        self._known = (version, held, now + self.max_age)
        return held

    async def changed(self) -> None:
        """Called by the console before a take and after its commit (and after a hand back)."""
        await self.state.bump_held()


async def check(limiter, key: str) -> Decision:
    """A limiter's decision, whether it is a SharedLimiter (awaited) or a plain RateLimiter."""
    decision = limiter.hit(key)
    return await decision if inspect.isawaitable(decision) else decision


__all__ = ["HeldConversations", "LEASE_TTL_S", "LocalState", "RedisState", "SharedLimiter", "SharedState", "check",
           "make_shared_state"]
