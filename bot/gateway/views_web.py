"""The widget's HTTP API (`POST /api/web/messages`), health, and the widget's pages and files.

Contract (the widget codes against it): the request {"session", "text", "payload"?, "lang"?} where `lang`
is the conversation's language as the widget last heard it; 200 {"messages": [{"text", "buttons", "cards",
"lang", "dir"}], "lang", "dir", "words"?} (each message's language, the conversation's after the turn and,
in another language than English, the widget's own controls in it), plus
"erased": true when the turn erased the resident ("forget me": the widget forgets too); 400/413/429
JSON with "error" (413 and 429 also carry a polite "messages" list). Rasa down is still a 200 whose
message tells the resident plainly that it was not received and to send it again.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import Any, Dict, Optional

from aiohttp import web

from bot.residents import handoff
from bot.gateway import wording
from bot.residents.pseudonyms import client_pseudonym, pseudonym
from bot.gateway.rasa_client import RasaUnavailable, via
from bot.gateway.ratelimit import client_of
from bot.gateway.coordination import check
from bot.gateway.render import (control_words, direction, erased, known, render_web, said_language, turn_language,
                                web_text)
from bot.gateway.security import csp
from bot.gateway.state import GATEWAY

log = logging.getLogger("waymark.gateway.web")

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
TEMPLATES_DIR = HERE / "templates"
SESSION = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
MAX_BODY = 16 * 1024
MAX_PAYLOAD = 2000
NO_STORE = {"Cache-Control": "no-store"}


def _error(status: int, error: str, *, message: Optional[str] = None,
           headers: Optional[Dict[str, str]] = None) -> web.Response:
    body: Dict[str, Any] = {"error": error}
    if message:
        body["messages"] = [web_text(message)]
    return web.json_response(body, status=status, headers={**NO_STORE, **(headers or {})})


async def _read_limited(request: web.Request, limit: int) -> Optional[bytes]:
    """The body, or None when it is over `limit` (checked while reading, not after buffering it all)."""
    if request.content_length is not None and request.content_length > limit:
        return None
    chunks, size = [], 0
    while True:
        chunk = await request.content.readany()
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)


def _storable(value: Optional[str]) -> bool:
    """False for what no text column takes: JSON's unpaired surrogate escapes ("\\ud800", no UTF-8
    for them) and NUL ("\\u0000", which PostgreSQL refuses)."""
    try:
        if value is not None:
            value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return value is None or "\x00" not in value


async def post_message(request: web.Request) -> web.Response:
    gw = request.app[GATEWAY]
    raw = await _read_limited(request, MAX_BODY)
    if raw is None:
        return _error(413, "request body too large", message=wording.TOO_LONG)
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):  # not JSON (or not UTF-8); nested thousands deep
        return _error(400, 'send JSON: {"session": "...", "text": "..."}')
    if not isinstance(data, dict):
        return _error(400, "the body must be a JSON object")
    session, text, payload = data.get("session"), data.get("text"), data.get("payload")
    if not isinstance(session, str) or not SESSION.match(session):
        return _error(400, "missing or invalid session (16-64 characters: letters, digits, _ or -)")
    if payload is not None and (not isinstance(payload, str) or not payload.startswith("/")
                                or len(payload) > MAX_PAYLOAD):
        return _error(400, "invalid payload")
    if text is None and payload is None:
        return _error(400, "missing text")
    held = data.get("lang")
    if held is not None and not isinstance(held, str):
        return _error(400, "lang must be a language code such as \"ur\"")
    held = known(held)  # one we do not speak is English
    if text is not None and not isinstance(text, str):
        return _error(400, "text must be a string")
    if not (_storable(text) and _storable(payload)):
        return _error(400, "text must be valid Unicode, without NUL characters")
    if text and len(text) > gw.settings.max_message_chars:
        return _error(413, "message too long", message=wording.TOO_LONG)

    secret = gw.settings.pseudonym_key or ""
    sender = pseudonym(secret, "web", session)
    address = client_of(request, gw.settings)  # the IPv4 address or IPv6 /64 behind trusted proxies
    for limiter, limited in ((gw.ip_limiter, address), (gw.web_limiter, sender)):
        decision = await check(limiter, limited)
        if not decision.allowed:
            log.info("rate limited web sender %s", sender)
            return _error(429, "rate limited", message=wording.RATE_LIMITED,
                          headers={"Retry-After": str(decision.retry_after)})

    assert gw.rasa is not None and gw.store is not None
    # Resume codes (limited per client address and overall), a worker holding the chat (the bot stays
    # quiet), the journey to continue.
    async def resume_allowed() -> bool:
        return gw.resume_limits is None or (await gw.resume_limits.attempt(address)).allowed

    try:
        route = await handoff.route_inbound(gw.store.engine, secret, sender, "web",
                                          payload or text or "", resume_guard=resume_allowed,
                                          link_cooldown_s=gw.settings.link_cooldown_hours * 3600.0,
                                          code_days=gw.settings.resume_code_days,
                                          may_be_held=gw.held.may_be_held if gw.held else None)
    except handoff.StoreUnavailable:
        return web.json_response({"messages": [web_text(wording.NOT_RECEIVED)]}, headers=NO_STORE)
    if not route.forward:
        # A worker's reply goes out as typed, in whatever language they wrote: marked unknown (dir="auto").
        said_in = "" if route.status == "held" else "en"
        return web.json_response({"messages": [web_text(t, said_in) for t in route.replies]}, headers=NO_STORE)
    async with gw.locks.hold(sender):  # one turn at a time per conversation, in the order sent
        try:
            turn = await gw.rasa.send(route.rasa_sender, payload or text, channel="web", backoff=gw.web_backoff,
                                      metadata={**via(sender, route.rasa_sender),
                                                "client": client_pseudonym(secret, address)})
        except RasaUnavailable as error:
            log.warning("no answer from rasa for web sender %s (%s)", sender, error.reason)
            apology = wording.NOT_RECEIVED if error.delivered is False else wording.NOT_ANSWERED
            return web.json_response({"messages": [web_text(apology)]}, headers=NO_STORE)
    lang = said_language(turn, turn_language(held, text, payload))
    messages = render_web(turn, lang)
    if not messages:
        messages = [web_text(wording.NOT_ANSWERED)]
    body: Dict[str, Any] = {"messages": messages, "lang": lang, "dir": direction(lang)}
    if lang != "en":
        body["words"] = control_words(lang)
    if erased(turn):
        body["erased"] = True  # the widget clears its stored transcript and starts a new session id
    return web.json_response(body, headers=NO_STORE)


async def widget_words(request: web.Request) -> web.Response:
    """The widget's own words in a page's language, fetched when it loads on a page in that language, so
    the button that opens the chat and the words for a lost connection are not English until a first
    reply. The same for everyone (no resident's data), so it may be cached."""
    lang = known(request.query.get("lang"))
    if lang is None:
        return web.json_response({"error": "unknown_language"}, status=400)
    body = {"lang": lang, "dir": direction(lang), "words": control_words(lang) if lang != "en" else {}}
    return web.json_response(body, headers={"Cache-Control": "public, max-age=3600"})


async def preflight(request: web.Request) -> web.Response:
    return web.Response(status=204)  # CORS headers are added by the middleware


async def healthz(request: web.Request) -> web.Response:
    gw = request.app[GATEWAY]
    rasa_ok = await gw.rasa.healthy() if gw.rasa is not None else False
    return web.json_response({"ok": True, "rasa": rasa_ok}, headers=NO_STORE)


def _resolve(base: Path, relative: str) -> Path:
    """A file under `base`, or 404 (also for anything resolving outside it, e.g. `..`)."""
    root = base.resolve()
    try:
        path = (root / relative).resolve()
        found = root in path.parents and path.is_file()
    except (OSError, RuntimeError, ValueError):  # a name too long; a NUL byte (/static/a%00b)
        raise web.HTTPNotFound() from None
    if not found:
        raise web.HTTPNotFound()
    return path


def _file(base: Path, relative: str) -> web.StreamResponse:
    return web.FileResponse(_resolve(base, relative))


def page(template: str):
    async def handler(request: web.Request) -> web.StreamResponse:
        html = _resolve(TEMPLATES_DIR, template).read_text(encoding="utf-8")
        return web.Response(text=html, content_type="text/html",
                            headers={"Content-Security-Policy": csp(html), "Cache-Control": "no-cache"})
    return handler


def asset(name: str):
    async def handler(request: web.Request) -> web.StreamResponse:
        return _file(STATIC_DIR, name)
    return handler


async def static(request: web.Request) -> web.StreamResponse:
    return _file(STATIC_DIR, request.match_info["path"])


def add_routes(app: web.Application) -> None:
    app.router.add_post("/api/web/messages", post_message)
    app.router.add_route("OPTIONS", "/api/web/messages", preflight)
    app.router.add_get("/api/web/words", widget_words)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/", page("demo.html"))
    app.router.add_get("/accessibility", page("accessibility.html"))
    app.router.add_get("/widget.js", asset("widget.js"))
    app.router.add_get("/widget.css", asset("widget.css"))
    app.router.add_get("/static/{path:.+}", static)
