"""What the request handlers share, kept under one typed application key."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional, Sequence

from aiohttp import web

from bot.gateway.ratelimit import KeyedLocks
from bot.gateway.coordination import HeldConversations, SharedLimiter, SharedState
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.gateway.messaging import TwilioChannel
    from bot.gateway.rasa_client import RasaClient
    from bot.gateway.resume_limits import ResumeLimits
    from bot.residents.contacts import Store
    from bot.residents.sending import Outbound


@dataclass
class Gateway:
    settings: Settings
    web_limiter: SharedLimiter
    ip_limiter: SharedLimiter
    locks: KeyedLocks = field(default_factory=KeyedLocks)
    web_backoff: Sequence[float] = (0.5,)
    # Filled by the app's cleanup context at startup: nothing is opened at import or in create_app.
    rasa: Optional["RasaClient"] = None
    store: Optional["Store"] = None
    twilio: Optional["TwilioChannel"] = None
    # The process's one sender for messages not prompted by one (the console's sends); it owns the
    # HTTP session and the engine above and closes them at shutdown.
    outbound: Optional["Outbound"] = None
    # Rate-limit windows and answering leases (in-process, or Redis shared by all gateways).
    shared: Optional[SharedState] = None
    # Resume-code attempts per client and overall (the same shared state); the console uses it too.
    resume_limits: Optional["ResumeLimits"] = None
    # Whether any conversation may be held by a worker: the held lookup is skipped when none is; the
    # console tells it when a worker takes a conversation.
    held: Optional[HeldConversations] = None


GATEWAY = web.AppKey("waymark_gateway", Gateway)
