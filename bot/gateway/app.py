"""`create_app(settings)`: the gateway's aiohttp application.

Resources (HTTP client session, database engine, background senders) are opened in a cleanup
context, so building the app has no side effects beyond ensuring the pseudonym key exists, and
shutdown waits for replies in flight before closing them.
"""

from __future__ import annotations

import asyncio
import logging
import time
from functools import partial
from typing import AsyncIterator, Awaitable, Callable, Optional, Sequence, Tuple
from urllib.parse import urlsplit

import aiohttp
from aiohttp import hdrs, web
from aiohttp.web_urldispatcher import PrefixedSubAppResource
from sqlalchemy.exc import DBAPIError

from bot.console import setup as setup_console
from bot.console.state import PREFIX as CONSOLE_PREFIX
from bot.db import make_engine, transient
from bot.gateway import expect, views_twilio, views_web, wording
from bot.gateway.messaging import TwilioChannel
from bot.residents.pseudonyms import ensure_pseudonym_key
from bot.gateway.rasa_client import RasaClient
from bot.gateway.ratelimit import trusted_networks
from bot.gateway.resume_limits import ResumeLimits
from bot.gateway.coordination import HeldConversations, SharedLimiter, make_shared_state
from bot.residents import handoff
from bot.gateway.security import DEFAULT_CSP
from bot.gateway.state import GATEWAY, Gateway
from bot.residents.contacts import Store
from bot.residents.records import create_schema
from bot.gateway.twilio import make_sender
from bot.residents.sending import Outbound
from bot.settings import Settings

log = logging.getLogger("waymark.gateway")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

# For whatever serves the app (bot.gateway.__main__, tests): aiohttp inflates a compressed body in
# the protocol, as it arrives and before any middleware can refuse it; with this off it never does.
SERVER_OPTIONS = {"auto_decompress": False}

CROSS_ORIGIN_PATHS = ("/api/web/messages", "/api/web/words", "/widget.js", "/widget.css", "/static/")
API_PREFIX = "/api/"


def create_app(settings: Settings, *, clock: Callable[[], float] = time.time,
               rasa_backoff: Sequence[float] = (1.0, 2.0, 4.0), web_backoff: Sequence[float] = (0.5,),
               twilio_backoff: Sequence[float] = (0.5, 2.0), shutdown_timeout: float = 10.0,
               limiter_clock: Callable[[], float] = time.monotonic) -> web.Application:
    settings = ensure_pseudonym_key(settings)
    trusted_networks(settings.trusted_proxies)  # a mistyped CIDR fails here, not on every request
    expect.install()  # before any route exists: aiohttp's own Expect handler can fail with a 500
    # Twilio posts well under this even for a 4,096-character WhatsApp message; the web API reads its
    # own body with a tighter cap so it can answer 413 with a polite message.
    app = web.Application(client_max_size=64 * 1024, middlewares=[headers_middleware, errors_middleware,
                                                                  encoding_middleware])
    # Coordination state: in this process (embedded), or in Redis shared by every gateway (WAYMARK_REDIS_URL);
    # no connection is opened here.
    shared = make_shared_state(settings.redis_url, _instance(settings), clock=limiter_clock)
    app[GATEWAY] = Gateway(
        settings=settings,
        web_limiter=SharedLimiter(shared, "web", settings.rate_limit_per_minute, 60.0),
        ip_limiter=SharedLimiter(shared, "ip", settings.ip_rate_limit_per_minute, 60.0),
        web_backoff=tuple(web_backoff),
        shared=shared,
        resume_limits=ResumeLimits.from_settings(shared, settings),
    )

    async def resources(app: web.Application) -> AsyncIterator[None]:
        gw = app[GATEWAY]
        session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60))
        engine = make_engine(settings.database_url)
        outbound: Optional[Outbound] = None
        try:
            store = Store(engine, clock=clock)
            await asyncio.to_thread(create_schema, engine)  # once, at start: never per message
            await asyncio.to_thread(store.purge_inbound)
            gw.store = store
            gw.held = HeldConversations(shared, lambda: asyncio.to_thread(handoff.any_held_in, engine))
            gw.rasa = RasaClient(session, settings.rasa_url, token=settings.rasa_token,
                                 timeout=settings.rasa_timeout_s)
            sender = make_sender(session, settings, clock=clock, backoff=twilio_backoff)
            gw.twilio = TwilioChannel(store=store, sender=sender, rasa=gw.rasa,
                                      pseudonym_key=settings.pseudonym_key or "",
                                      max_chars=settings.max_message_chars,
                                      limiter=gw.web_limiter, locks=gw.locks, rasa_backoff=rasa_backoff,
                                      leases=shared, resume_limits=gw.resume_limits,
                                      link_cooldown_s=settings.link_cooldown_hours * 3600.0,
                                      code_days=settings.resume_code_days, held=gw.held)
            gw.outbound = outbound = Outbound(settings, engine, gw.twilio.notify, http=session, clock=clock)
            if not settings.twilio_auth_token:
                log.warning("TWILIO_AUTH_TOKEN is not set: /webhooks/twilio refuses every request")
            recovered = await gw.twilio.recover()
            if recovered:
                log.info("answering %d message(s) left unanswered by the last run", recovered)
            yield
            await gw.twilio.close(shutdown_timeout)
        finally:
            if outbound is not None:
                await outbound.aclose()  # the session and the engine it was given
            else:
                await session.close()
                engine.dispose()
            await shared.close()

    app.cleanup_ctx.append(resources)
    views_web.add_routes(app)
    views_twilio.add_routes(app)
    app.router.add_get("/favicon.ico", favicon)
    # The outreach console: its own application, so its middlewares run on its routes alone. Mounted
    # after the resources above, so its own start after them (aiohttp starts a sub-app after its parent's).
    mount(app, CONSOLE_PREFIX, setup_console(app))
    return app


class _SubAppResource(PrefixedSubAppResource):
    """aiohttp's sub-application resource, matching on the request's path alone.

    aiohttp 3.9.5's own builds `request.url` to read the path, and yarl 1.25 refuses the host it is
    built from whenever the Host header carries a port ("127.0.0.1:8080"): every request the gateway
    could not match elsewhere became a 500. The relative URL holds the same raw path."""

    async def resolve(self, request: web.Request):
        path = request.rel_url.raw_path
        if not path.startswith(self._prefix2) and path != self._prefix:
            return None, set()
        match_info = await self._app.router.resolve(request)
        match_info.add_app(self._app)
        if isinstance(match_info.http_exception, web.HTTPMethodNotAllowed):
            return match_info, match_info.http_exception.allowed_methods
        return match_info, set()


def mount(app: web.Application, prefix: str, subapp: web.Application) -> None:
    """`app.add_subapp(prefix, subapp)`, with the resource above: the same signals (the sub-app's
    cleanup contexts start after the parent's and close after them), middlewares and freezing."""
    app._add_subapp(partial(_SubAppResource, prefix.rstrip("/"), subapp), subapp)


async def favicon(request: web.Request) -> web.StreamResponse:
    """Browsers ask for /favicon.ico on pages that name no icon (the console's, JSON): the same SVG."""
    return web.FileResponse(views_web.STATIC_DIR / "favicon.svg",
                            headers={"Content-Type": "image/svg+xml", "Cache-Control": "max-age=86400"})


def _instance(settings: Settings) -> str:
    """This gateway's name among several: its answering leases survive its own restart."""
    if settings.gateway_instance:
        return settings.gateway_instance
    import socket

    return f"{socket.gethostname()}:{settings.gateway_port}"


def own_origins(settings: Settings) -> Tuple[str, ...]:
    """The gateway's own origins: PUBLIC_BASE_URL's, else what `make run` serves on this machine."""
    if settings.public_base_url:
        parts = urlsplit(settings.public_base_url)
        return (f"{parts.scheme}://{parts.netloc}".lower(),)
    return (f"http://localhost:{settings.gateway_port}", f"http://127.0.0.1:{settings.gateway_port}")


def allowed_origins(settings: Settings) -> Tuple[str, ...]:
    """WAYMARK_ALLOWED_ORIGINS, or only the gateway's own when it is not set: "*" must be asked for."""
    return tuple(o.rstrip("/").lower() for o in settings.allowed_origins) or own_origins(settings)


def _origin_allowed(request: web.Request, origin: str, allowed: Sequence[str]) -> bool:
    if "*" in allowed or origin.rstrip("/").lower() in allowed:
        return True
    # The demo page on this very host: browsers send Origin on same-origin POSTs too.
    host = origin.split("://", 1)[-1]
    return host == request.host


def _cors_headers(request: web.Request, settings: Settings) -> Optional[dict]:
    origin = request.headers.get("Origin")
    if not origin or not request.path.startswith(CROSS_ORIGIN_PATHS):
        return {}
    allowed = allowed_origins(settings)
    if not _origin_allowed(request, origin, allowed):
        return None
    return {
        # No cookies or credentials are used, so "*" is safe when every origin is allowed.
        "Access-Control-Allow-Origin": "*" if "*" in allowed else origin,
        "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": "Content-Type",
        "Access-Control-Max-Age": "600",
        "Vary": "Origin",
    }


@web.middleware
async def headers_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Security headers on every response (errors included) and CORS for the embeddable parts."""
    settings = request.app[GATEWAY].settings
    cors = _cors_headers(request, settings)
    raised: Optional[web.HTTPException] = None
    if cors is None and request.path.startswith(API_PREFIX):
        response: web.StreamResponse = web.json_response({"error": "origin not allowed"}, status=403)
    else:
        try:
            response = await handler(request)
        except web.HTTPException as error:
            response = raised = error
    response.headers.update(cors or {})  # a disallowed origin just gets no ACAO header
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("Content-Security-Policy", DEFAULT_CSP)  # pages set their own
    response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
    if request.path.startswith(("/widget.", "/static/")):
        response.headers["Cross-Origin-Resource-Policy"] = "cross-origin"  # embeddable anywhere
    if raised is not None:
        raise raised
    return response


def _content_codings(request: web.Request) -> list:
    return [c.strip().lower() for value in request.headers.getall(hdrs.CONTENT_ENCODING, ())
            for c in value.split(",") if c.strip()]


@web.middleware
async def encoding_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Compressed request bodies are refused (415) before any handler reads them.

    No client of ours compresses what it sends (Twilio, the widget, the console's forms), and a deflate
    body a few hundred KB long inflates to hundreds of MB whatever the size cap says (aiohttp 3.9.5
    caps the inflated size only after inflating it, CVE-2025-69223). This is the second line: the server
    itself must run with `auto_decompress=False` (SERVER_OPTIONS), because aiohttp inflates a body as
    it arrives from the socket, before any middleware runs; here we make sure the raw compressed bytes
    are then never read as a form or as JSON.
    """
    if any(coding != "identity" for coding in _content_codings(request)):
        log.info("refused a compressed request body on %s", request.path)
        raise web.HTTPUnsupportedMediaType(text="Compressed request bodies are not accepted; send it "
                                                "without Content-Encoding.")
    return await handler(request)


def _api_error(status: int, error: str, headers, message: Optional[str] = None) -> web.Response:
    body: dict = {"error": error}
    if message:
        body["messages"] = [{"text": message, "buttons": [], "cards": []}]
    keep = {k: v for k, v in headers.items() if k.lower() not in ("content-type", "content-length")}
    return web.json_response(body, status=status, headers=keep)


@web.middleware
async def errors_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """JSON errors on the API, and never a stack trace to a client."""
    try:
        return await handler(request)
    except web.HTTPException as error:
        if not request.path.startswith(API_PREFIX) or error.status < 400:
            raise
        if error.status == 413:
            return _api_error(413, "request body too large", error.headers, wording.TOO_LONG)
        return _api_error(error.status, error.reason, error.headers)
    except asyncio.CancelledError:
        raise
    except Exception as error:  # noqa: BLE001 - logged with its trace here, never sent to the client
        if isinstance(error, DBAPIError) and transient(error):
            # PostgreSQL restarting: nothing was changed, and it passes by itself.
            log.warning("database unreachable on %s (%s)", request.path, type(error.orig).__name__)
            if request.path.startswith(API_PREFIX):
                return _api_error(503, "database unavailable", {"Retry-After": "30"}, wording.NOT_RECEIVED)
            return web.Response(status=503, headers={"Retry-After": "30"},
                                text="Waymark is briefly unavailable. Please try again in a minute.")
        log.exception("unhandled error on %s", request.path)
        if request.path.startswith(API_PREFIX):
            return _api_error(500, "internal error", {}, wording.NOT_ANSWERED)
        return web.Response(status=500, text="Internal error")
