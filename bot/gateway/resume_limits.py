"""How often resume codes may be tried: per client and overall, counted by every gateway together.

A resume attempt is counted before its code is checked, so a burst of parallel requests cannot spend
more than the budget, and a refused attempt is never looked up: a client over its limit learns
nothing about any code. Clients are an IPv4 address, an IPv6 /64 (bot.gateway.ratelimit.bucket) or a
phone's pseudonym; the overall limit holds whatever the number of clients, and when it trips a
WARNING says so with counts (someone may be guessing). The windows live in the shared state
(bot.gateway.coordination: Redis in production), so several gateways do not multiply the budget.
"""

from __future__ import annotations

import logging

from bot.gateway.ratelimit import Decision
from bot.gateway.coordination import SharedLimiter, SharedState

log = logging.getLogger("waymark.gateway.resume")

HOUR = 3600.0
REPORT_EVERY = 100  # while refusing overall, a WARNING with the running count this often


class ResumeLimits:
    def __init__(self, state: SharedState, *, per_client: int, overall: int, window: float = HOUR):
        self.window = window
        self.per_client = SharedLimiter(state, "resume-client", per_client, window)
        self.overall = SharedLimiter(state, "resume-all", overall, window)
        self.refused_overall = 0  # in this process, since it started: for the WARNING lines

    @classmethod
    def from_settings(cls, state: SharedState, settings) -> "ResumeLimits":
        return cls(state, per_client=settings.resume_attempts_per_client_hour,
                   overall=settings.resume_attempts_per_hour)

    async def attempt(self, client: str) -> Decision:
        """May `client` try a code now? Counts the attempt whatever the code turns out to be."""
        mine = await self.per_client.hit(client)
        if not mine.allowed:
            if mine.first_refusal:
                log.info("resume attempts refused for one client: over %d in %.0f s",
                         self.per_client.limit, self.window)
            return mine
        everyone = await self.overall.hit("all")
        if not everyone.allowed:
            self.refused_overall += 1
            if everyone.first_refusal or self.refused_overall % REPORT_EVERY == 0:
                log.warning("resume codes: over the overall limit of %d attempts in %.0f s; every attempt is "
                            "refused for up to %d s (%d refused by this gateway so far). Someone may be "
                            "guessing codes.", self.overall.limit, self.window, everyone.retry_after,
                            self.refused_overall)
            return everyone
        return mine


__all__ = ["ResumeLimits"]
