"""The console as its own aiohttp application, which the gateway mounts under /console/.

Its middlewares (security headers, then bot.console.auth.guard: session, CSRF, sign-in, kiosk lock) run
on its routes alone; the gateway's own (CORS, compressed bodies refused, JSON errors) stay the gateway's
and wrap the console from outside, as they wrap every request the gateway serves.

The console opens nothing itself: at startup (its cleanup context runs after the gateway's, which the
gateway registers first) it borrows the gateway's database engine (our tables live in the same
database) and opens an engine for Rasa's tracker store, which it reads for residents' answers,
transcripts and drop-off, and erases from. Both once per process.
"""

from __future__ import annotations

import asyncio
import logging
from typing import AsyncIterator, Awaitable, Callable

from aiohttp import web

from bot.console import (auth, views_assisted, views_audit, views_catalogue, views_handoff, views_jobs, views_manage,
                         views_summary)
from bot.console.state import CONSOLE, CONSOLE_APP, HEADERS, HERE, PREFIX, Console, gateway_of, make_env
from bot.db import create_schema as create_catalogue_schema, make_engine, session_factory, writing
from bot.residents.pseudonyms import pseudonym
from bot.gateway.ratelimit import RateLimiter
from bot.gateway.state import GATEWAY
from bot.residents.handoff import OfficeHours, collect_web_replies
from bot.residents.records import create_schema

log = logging.getLogger("waymark.console")

PENDING_PATH = "/api/web/messages/pending"  # under the widget API's prefix, so CORS applies
STATIC_FILES = {"console.css": "text/css", "kiosk.js": "text/javascript"}


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Every console response, redirects and errors included: never cached, never framed, scripts and
    styles from our files only (bot.console.state.HEADERS). A view's own headers win."""
    try:
        response = await handler(request)
    except web.HTTPException as error:
        for name, value in HEADERS.items():
            error.headers.setdefault(name, value)
        raise
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def install(app: web.Application) -> web.Application:
    """The console's sub-application for the gateway `app` to mount under PREFIX (built, not started),
    and the widget's route for a worker's replies added to `app` itself (it lives under /api/)."""
    settings = app[GATEWAY].settings
    console = Console(settings=settings, env=make_env(),
                      hours=OfficeHours.from_settings(settings),
                      login_limiter=RateLimiter(10, 60.0),
                      # One fewer than the tries: the hit that is refused is the last wrong one.
                      unlock_failures=RateLimiter(auth.KIOSK_UNLOCK_TRIES - 1, auth.ABSOLUTE_S))
    console_app = web.Application(middlewares=[security_headers, auth.guard])
    console_app[CONSOLE] = console
    app[CONSOLE_APP] = console_app

    async def resources(_console_app: web.Application) -> AsyncIterator[None]:
        gw = app[GATEWAY]
        assert gw.store is not None, "the console starts after the gateway's own resources"
        console.engine = gw.store.engine
        # Console actions read then write (claim a conversation, approve a record) while other processes
        # commit: each transaction takes SQLite's write lock first (bot.db.writing).
        console.factory = session_factory(writing(console.engine))
        console.clock = gw.store.clock
        console.tracker = make_engine(settings.tracker_store_url)
        # The catalogue's tables too (idempotent): a summary before the first `pathways load` then
        # says "no catalogue" instead of failing.
        await asyncio.to_thread(create_catalogue_schema, console.engine)
        await asyncio.to_thread(create_schema, console.engine)
        try:
            yield
        finally:
            console.tracker.dispose()

    console_app.cleanup_ctx.append(resources)
    for module in (auth, views_assisted, views_summary, views_handoff, views_manage, views_jobs, views_catalogue,
                   views_audit):
        module.add_routes(console_app.router)
    console_app.router.add_get("", auth.open_route(to_console))  # /console itself
    console_app.router.add_get("/static/{name}", auth.open_route(static))

    async def collect(request: web.Request) -> web.Response:
        return await collect_replies(request, console)

    # POST with the session in the body, not a GET with it in the URL: access logs record URLs.
    app.router.add_post(PENDING_PATH, collect)
    app.router.add_route("OPTIONS", PENDING_PATH, preflight)
    return console_app


async def to_console(request: web.Request) -> web.StreamResponse:
    raise web.HTTPMovedPermanently(location=PREFIX + "/")


async def static(request: web.Request) -> web.StreamResponse:
    name = request.match_info["name"]
    if name not in STATIC_FILES:
        raise web.HTTPNotFound()
    return web.FileResponse(HERE / "static" / name, headers={"Content-Type": STATIC_FILES[name],
                                                             "Cache-Control": "no-cache"})


async def preflight(request: web.Request) -> web.Response:
    return web.Response(status=204)  # the gateway's middleware adds the CORS headers


async def collect_replies(request: web.Request, console: Console) -> web.Response:
    """`POST /api/web/messages/pending` {"session": "..."}: a worker's replies to a web resident (the
    widget asks while a worker holds the chat; the web has no push). Same session rules as the widget."""
    from bot.gateway.render import web_text
    from bot.gateway.views_web import NO_STORE, SESSION

    gw = gateway_of(request)
    try:
        data = await request.json()
    except (ValueError, LookupError, RecursionError):  # not JSON; an unknown charset; nested too deep
        data = None
    session = data.get("session") if isinstance(data, dict) else None
    if not isinstance(session, str) or not SESSION.match(session):
        return web.json_response({"error": "missing or invalid session"}, status=400, headers=NO_STORE)
    sender = pseudonym(gw.settings.pseudonym_key or "", "web", session)
    assert console.factory is not None

    def run():
        with console.factory() as s, s.begin():
            return collect_web_replies(s, sender)

    texts = await asyncio.to_thread(run)
    # A worker writes in whatever language they write: marked unknown, so the widget gives it dir="auto".
    return web.json_response({"messages": [web_text(t, "") for t in texts]}, headers=NO_STORE)


__all__ = ["install"]
