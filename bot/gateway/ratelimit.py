"""In-memory sliding-window rate limits (per pseudonym, per client address) and per-sender locks.

One gateway process serves a council's residents; state in memory is enough and is lost harmlessly on
restart. Keys are pseudonyms or IP addresses, never phone numbers.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import AsyncIterator, Callable, Deque, Dict, Optional


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after: int = 0  # whole seconds, for the Retry-After header
    first_refusal: bool = False  # tell the resident once per window, not on every extra message


class RateLimiter:
    """At most `limit` events per `window` seconds per key."""

    def __init__(self, limit: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic,
                 max_keys: int = 50_000):
        self.limit = limit
        self.window = window
        self.clock = clock
        self.max_keys = max_keys
        self._hits: Dict[str, Deque[float]] = {}
        self._refused: Dict[str, float] = {}

    def hit(self, key: str) -> Decision:
        if self.limit <= 0:
            return Decision(True)
        now = self.clock()
        hits = self._hits.get(key)
        if hits is None:
            if len(self._hits) >= self.max_keys:
                self._prune(now)
            hits = self._hits[key] = deque()
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) < self.limit:
            hits.append(now)
            self._refused.pop(key, None)
            return Decision(True)
        retry_after = max(1, math.ceil(hits[0] + self.window - now))
        first = key not in self._refused
        self._refused[key] = now
        return Decision(False, retry_after, first)

    def _prune(self, now: float) -> None:
        # Bounded memory: a flood of one-off session ids cannot grow the table without limit.
        for key in [k for k, h in self._hits.items() if not h or h[-1] <= now - self.window]:
            del self._hits[key]
            self._refused.pop(key, None)
        while len(self._hits) >= self.max_keys:
            key = next(iter(self._hits))
            del self._hits[key]
            self._refused.pop(key, None)


class KeyedLocks:
    """One asyncio.Lock per sender: a resident's turns run in order, different residents in parallel."""

    def __init__(self) -> None:
        self._locks: Dict[str, asyncio.Lock] = {}
        self._users: Dict[str, int] = {}

    @asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._users[key] -= 1
            if not self._users[key]:  # last user gone: forget the lock so the dict stays small
                del self._users[key]
                del self._locks[key]

    def __len__(self) -> int:
        return len(self._locks)


def client_address(remote: Optional[str], forwarded_for: Optional[str], trust_proxy: bool) -> str:
    """The address to rate-limit; X-Forwarded-For is believed only behind a configured proxy."""
    if trust_proxy and forwarded_for:
        return forwarded_for.split(",")[0].strip() or (remote or "unknown")
    return remote or "unknown"
