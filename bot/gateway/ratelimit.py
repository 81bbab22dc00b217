"""In-memory sliding-window rate limits (per pseudonym, per client address), per-sender locks, and
which client a request came from (behind trusted proxies; IPv6 per /64).

One gateway process serves a council's residents; state in memory is enough and is lost harmlessly on
restart. Keys are pseudonyms or IP addresses, never phone numbers.
"""

from __future__ import annotations

import asyncio
import ipaddress
import math
import time
from collections import deque
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import AsyncIterator, Callable, Deque, Dict, Optional, Tuple, Union


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


LOOPBACK = ("127.0.0.0/8", "::1/128")
Address = Union[ipaddress.IPv4Address, ipaddress.IPv6Address]


def _ip(text: Optional[str]) -> Optional[Address]:
    try:
        ip = ipaddress.ip_address((text or "").strip().strip("[]"))
    except ValueError:
        return None
    mapped = getattr(ip, "ipv4_mapped", None)  # ::ffff:192.0.2.7 is the IPv4 client 192.0.2.7
    return mapped or ip


@lru_cache(maxsize=32)
def trusted_networks(cidrs: Tuple[str, ...]) -> Tuple[ipaddress._BaseNetwork, ...]:
    """The trusted proxies' networks (loopback when none are named); ValueError for a bad CIDR."""
    return tuple(ipaddress.ip_network(c, strict=False) for c in (cidrs or LOOPBACK))


def bucket(address: str) -> str:
    """What one client is limited as: an IPv4 address, or an IPv6 address's /64 (one household or
    phone is given a whole /64, so counting single IPv6 addresses would give it 2^64 buckets)."""
    ip = _ip(address)
    if ip is None:
        return address or "unknown"
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def client_address(remote: Optional[str], forwarded_for: Optional[str], trust_proxy: bool,
                   trusted_proxies: Tuple[str, ...] = ()) -> str:
    """The client to rate-limit (its `bucket`). X-Forwarded-For is read only when `trust_proxy` is on
    and the connection comes from a trusted proxy (`trusted_proxies`, CIDRs; loopback when empty),
    and then from the right: each trusted proxy appends the address it was reached from, so the
    right-most entry that is not a trusted proxy is the client. Entries to its left are whatever
    the client chose to send, and are never believed."""
    peer = _ip(remote)
    if not trust_proxy or not forwarded_for or peer is None:
        return bucket(remote or "unknown")
    trusted = trusted_networks(tuple(trusted_proxies))
    if not any(peer in net for net in trusted if net.version == peer.version):
        return bucket(str(peer))  # not one of our proxies: its header is the client's own words
    client: Address = peer
    for entry in reversed([e.strip() for e in forwarded_for.split(",") if e.strip()]):
        ip = _ip(entry)
        if ip is None:
            break  # a broken chain: go no further left than the last hop we could read
        client = ip
        if not any(ip in net for net in trusted if net.version == ip.version):
            break
    return bucket(str(client))


def client_of(request, settings) -> str:
    """`client_address` for an aiohttp request under the gateway's settings (every
    X-Forwarded-For header, in order: a second header must not hide the first)."""
    forwarded = ",".join(request.headers.getall("X-Forwarded-For", ())) or None
    return client_address(request.remote, forwarded, settings.trust_proxy, settings.trusted_proxies)
