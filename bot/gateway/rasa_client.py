"""Rasa's REST channel on loopback, with timeouts and retries that cannot double a resident's turn.

Only failures where Rasa certainly did not process the message (it could not be reached, or answered
503) are retried. A timeout or a 5xx mid-turn is not retried: Rasa may have recorded the message
already, and sending it again would answer it twice.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any, Dict, List, Mapping, Optional, Sequence
from urllib.parse import quote

import aiohttp

from bot.ops.backoffice import rasa_auth_headers

log = logging.getLogger("waymark.gateway.rasa")

WEBHOOK_PATH = "/webhooks/rest/webhook"
READY_PATH = "/ready"
EVENTS_PATH = "/conversations/{sender}/tracker/events"


class RasaUnavailable(Exception):
    """Rasa (or the action server behind it) gave no usable answer; `reason` is a short code."""

    def __init__(self, reason: str, *, delivered: Optional[bool]):
        super().__init__(reason)
        self.reason = reason
        # False: Rasa certainly never saw the message. None: it may have (timeout, 5xx mid-turn).
        self.delivered = delivered


def via(sender: str, journey: str) -> Dict[str, str]:
    """The "via" metadata: the channel's own pseudonym when it continues another journey, else none."""
    return {"via": sender} if sender != journey else {}


class RasaClient:
    def __init__(self, session: aiohttp.ClientSession, base_url: str, *, token: Optional[str] = None,
                 timeout: float = 20.0, health_ttl: float = 5.0):
        self.session = session
        self.base_url = base_url.rstrip("/")
        self.token = token
        # Rasa's channels refuse a message without its token (components.server): in a header, never
        # in the URL, so it stays out of logs.
        self._headers = rasa_auth_headers(token)
        if not token:
            log.warning("no Rasa token (RASA_TOKEN): Rasa will refuse every message")
        self.timeout = aiohttp.ClientTimeout(total=timeout, sock_connect=min(3.0, timeout))
        self._health_ttl = health_ttl
        self._health: Optional[tuple] = None  # (checked_at, ok)

    async def send(self, sender: str, message: str, *, channel: str, backoff: Sequence[float] = (),
                   metadata: Optional[Mapping[str, str]] = None) -> List[Dict[str, Any]]:
        """One turn; retried after each delay in `backoff` while Rasa certainly did not get it.

        The message's metadata (what actions read, actions/common.py) is `channel` plus `metadata`:
        - "via": the pseudonym of the channel the message came through, when Rasa's sender is the
          journey it continues (bot.residents.journeys): who is asking, for the link's cool-down (bot.residents.rights);
        - "client" (web): HMAC under the pseudonym key of the caller's IPv4 address or IPv6 /64
          (bot.residents.pseudonyms.client_pseudonym), for limits per client in actions. Never the
          address itself.
        """
        delays = list(backoff)
        attempt = 0
        extra = {k: v for k, v in (metadata or {}).items() if k != "channel"}
        while True:
            attempt += 1
            try:
                return await self._post(sender, message, {"channel": channel, **extra})
            except RasaUnavailable as error:
                if error.delivered is not False or not delays:
                    raise
                delay = delays.pop(0)
                log.warning("rasa unavailable (%s) for %s, attempt %d; retrying in %.1fs",
                            error.reason, sender, attempt, delay)
                await asyncio.sleep(delay)

    async def _post(self, sender: str, message: str, metadata: Dict[str, str]) -> List[Dict[str, Any]]:
        body = {"sender": sender, "message": message, "metadata": metadata}
        try:
            async with self.session.post(self.base_url + WEBHOOK_PATH, json=body, headers=self._headers,
                                         timeout=self.timeout) as response:
                if response.status == 503:
                    raise RasaUnavailable("http_503", delivered=False)
                if response.status == 401:  # refused before anything was read: not delivered
                    log.error("Rasa refused the gateway's token: is RASA_TOKEN the same for both?")
                    raise RasaUnavailable("http_401", delivered=False)
                if response.status != 200:
                    raise RasaUnavailable(f"http_{response.status}", delivered=None)
                try:
                    data = await response.json(content_type=None)
                except (ValueError, aiohttp.ContentTypeError):
                    raise RasaUnavailable("bad_json", delivered=None) from None
        except asyncio.TimeoutError:
            raise RasaUnavailable("timeout", delivered=None) from None
        except aiohttp.ClientConnectorError:
            raise RasaUnavailable("connect", delivered=False) from None
        except aiohttp.ClientError as error:
            raise RasaUnavailable(type(error).__name__, delivered=None) from None
        if not isinstance(data, list):
            raise RasaUnavailable("bad_shape", delivered=None)
        messages = [m for m in data if isinstance(m, dict)]
        if not messages:
            # Rasa answers 200 [] when an action failed (e.g. the action server is down): the
            # resident would hear nothing, so treat it as a failure they are told about.
            raise RasaUnavailable("empty", delivered=None)
        return messages

    async def set_slot(self, sender: str, name: str, value: Any) -> bool:
        """Set slot `name` in conversation `sender`'s tracker, so the conversation follows a change made
        outside it (the console's "change a fact"). True when Rasa took it; False, logged by type only,
        when it did not or could not be reached: the caller tells the person who asked.

        Rasa's HTTP API takes its token only as `?token=` (components.server); this is a loopback call,
        and the route is the only tracker write on the allow-list (bot.ops.backoffice.RASA_ROUTES)."""
        if not self.token:
            return False
        url = self.base_url + EVENTS_PATH.format(sender=quote(sender, safe=""))
        try:
            async with self.session.post(url, params={"token": self.token}, timeout=self.timeout,
                                         json={"event": "slot", "name": name, "value": value}) as response:
                if response.status == 200:
                    return True
                log.warning("rasa refused a slot event for %s (http_%d)", sender, response.status)
        except (aiohttp.ClientError, asyncio.TimeoutError) as error:
            log.warning("rasa unreachable for a slot event for %s (%s)", sender, type(error).__name__)
        return False

    async def healthy(self) -> bool:
        """Is Rasa up with a model loaded? Cached briefly so /healthz cannot hammer it.

        `GET /ready` (components.server) needs no token, so none travels in a URL, and says nothing
        but ready or loading."""
        now = time.monotonic()
        if self._health and now - self._health[0] < self._health_ttl:
            return self._health[1]
        try:
            async with self.session.get(self.base_url + READY_PATH,
                                        timeout=aiohttp.ClientTimeout(total=2)) as response:
                ok = response.status == 200
        except (aiohttp.ClientError, asyncio.TimeoutError):
            ok = False
        self._health = (now, ok)
        return ok
