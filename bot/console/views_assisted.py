"""Assisted sessions: start one at an event with the resident's verbal consent, chat together, or hand
the tablet over in kiosk mode (full screen; nothing left on screen when the resident finishes)."""

from __future__ import annotations

import logging
from typing import Any, Dict, List

from aiohttp import web

from bot.residents import accounts, handoff
from bot.console import assisted_db
from bot.console.auth import COOKIE, set_kiosk, unlock_attempt
from bot.console.state import PREFIX, console_of, db, gateway_of, path_id, redirect, render, url
from bot.gateway import wording
from bot.gateway.rasa_client import RasaUnavailable
from bot.gateway.render import render_web

log = logging.getLogger("waymark.console.assisted")

MAX_TEXT = 1000
MAX_PAYLOAD = 2000


def _user(request: web.Request) -> accounts.User:
    return request["console_session"].user


async def load(request: web.Request) -> assisted_db.Assisted:
    """The assisted session in the URL, if this worker may see it (its worker, or a coordinator)."""
    item = await db(request, assisted_db.get, path_id(request))
    user = _user(request)
    if item is None:
        raise web.HTTPNotFound()
    if item.worker_id != user.id and not user.is_coordinator:
        raise web.HTTPForbidden()
    return item


async def home(request: web.Request) -> web.StreamResponse:
    user = _user(request)
    recent = await db(request, assisted_db.recent, user.id)
    waiting = await db(request, handoff.queue)
    return render(request, "home.html", recent=recent, waiting=len(waiting), error=request.query.get("error", ""))


def _consent(form) -> Dict[str, bool]:
    return {name: form.get(name) == "yes" for name in ("keep_conversation", "share_with_provider", "follow_ups")}


async def start(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    event = str(form.get("event_name", "")).strip()
    if not event or form.get("verbal_consent") != "yes":
        raise redirect("/?error=start")
    console = console_of(request)
    item = await db(request, assisted_db.start, key=console.settings.pseudonym_key or "",
                    worker_id=_user(request).id, event_name=event, consent=_consent(form), now=console.clock())
    log.info("assisted session %s started by user %s", item.id, item.worker_id)
    raise redirect(f"/assisted/{item.id}")


async def resume(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    console = console_of(request)
    # The same attempt limits as residents' RESUME messages: per worker here, and overall.
    limits = gateway_of(request).resume_limits
    if limits is not None and not (await limits.attempt(f"worker-{_user(request).id}")).allowed:
        raise redirect("/?error=code_limit")
    item = await db(request, assisted_db.resume, key=console.settings.pseudonym_key or "",
                    code=str(form.get("code", "")), worker_id=_user(request).id,
                    event_name=str(form.get("event_name", "")), now=console.clock())
    if item is None:
        raise redirect("/?error=code")
    raise redirect(f"/assisted/{item.id}")


async def chat(request: web.Request) -> web.StreamResponse:
    item = await load(request)
    if item.mode == "kiosk":
        raise redirect(f"/assisted/{item.id}/kiosk")
    lines = await db(request, assisted_db.transcript, item.id)
    buttons = console_of(request).extra.get(("buttons", item.id), [])
    return render(request, "assisted.html", item=item, lines=lines, buttons=buttons)


async def _json_object(request: web.Request) -> Dict[str, Any]:
    """kiosk.js's body; anything that is not a JSON object says nothing (not a 500)."""
    try:
        data = await request.json()
    except (ValueError, LookupError, RecursionError):  # not JSON/UTF-8; an unknown charset; too deep
        return {}
    return data if isinstance(data, dict) else {}


def _readable(value: Any) -> str:
    """A form or JSON value as text the transcript can store: JSON may carry unpaired surrogates
    ("\\ud800"), which have no UTF-8 and which the database refuses (they become "?"), and NUL, which
    PostgreSQL refuses (dropped)."""
    return str(value or "").encode("utf-8", "replace").decode("utf-8").replace("\x00", "")


async def _turn(request: web.Request, item: assisted_db.Assisted, mode: str) -> List[Dict[str, Any]]:
    """Send one message for this assisted session to Rasa (under the journey) and keep the lines."""
    form = await request.post() if request.content_type != "application/json" else await _json_object(request)
    text = _readable(form.get("text")).strip()[:MAX_TEXT]
    payload = _readable(form.get("payload"))
    if payload and (not payload.startswith("/") or len(payload) > MAX_PAYLOAD):
        payload = ""
    if not (text or payload):
        return []
    console, gw = console_of(request), gateway_of(request)
    # The transcript says what the resident chose, as the button said it. A form post carries only
    # the button's payload, so its title comes from the buttons this session was offered.
    offered = {b.get("payload"): b.get("title") for b in console.extra.get(("buttons", item.id), [])}
    shown = _readable(offered.get(payload) or form.get("title") or payload) if payload else text
    await db(request, assisted_db.add, item, "resident", shown, console.clock())
    assert gw.rasa is not None
    async with gw.locks.hold(item.journey_id):
        try:
            turn = await gw.rasa.send(item.journey_id, payload or text, channel=assisted_db.RASA_CHANNEL[mode],
                                      backoff=gw.web_backoff)
            replies = render_web(turn)
        except RasaUnavailable as error:
            log.warning("no answer from rasa for assisted session %s (%s)", item.id, error.reason)
            replies = [{"text": wording.NOT_ANSWERED, "buttons": [], "cards": []}]
    for reply in replies:
        words = reply["text"] or " / ".join(c["title"] for c in reply.get("cards", []))
        if words:
            await db(request, assisted_db.add, item, "bot", words, console.clock())
    console.extra[("buttons", item.id)] = replies[-1]["buttons"] if replies else []
    return replies


async def say(request: web.Request) -> web.StreamResponse:
    item = await load(request)
    await _turn(request, item, "together")
    raise web.HTTPSeeOther(location=url(f"/assisted/{item.id}") + "#latest")


async def enter_kiosk(request: web.Request) -> web.StreamResponse:
    item = await load(request)
    await db(request, assisted_db.set_mode, item.id, "kiosk")
    await db(request, set_kiosk, request["console_session"].token_hash, item.id)
    log.info("assisted session %s handed over in kiosk mode", item.id)
    raise redirect(f"/assisted/{item.id}/kiosk")


async def kiosk(request: web.Request) -> web.StreamResponse:
    item = await load(request)
    if item.mode != "kiosk":
        raise redirect("/kiosk-done")
    lines = await db(request, assisted_db.transcript, item.id, "kiosk")
    buttons = console_of(request).extra.get(("buttons", item.id), [])
    return render(request, "kiosk.html", item=item, lines=lines, buttons=buttons)


async def kiosk_say(request: web.Request) -> web.StreamResponse:
    item = await load(request)
    if item.mode != "kiosk":
        raise web.HTTPConflict()
    replies = await _turn(request, item, "kiosk")
    if request.content_type == "application/json":
        return web.json_response({"messages": replies}, headers={"Cache-Control": "no-store"})
    raise web.HTTPSeeOther(location=url(f"/assisted/{item.id}/kiosk") + "#latest")


async def kiosk_finish(request: web.Request) -> web.StreamResponse:
    """The resident is done: their screen is cleared (the script also empties the page and storage)."""
    item = await load(request)
    await db(request, assisted_db.clear, item.id, "kiosk")
    await db(request, assisted_db.set_mode, item.id, "together")
    console_of(request).extra.pop(("buttons", item.id), None)
    log.info("kiosk finished for assisted session %s", item.id)
    if request.content_type == "application/json" or request.headers.get("Accept") == "application/json":
        return web.json_response({"next": url("/kiosk-done")}, headers={"Cache-Control": "no-store"})
    raise redirect("/kiosk-done")


async def kiosk_done(request: web.Request) -> web.StreamResponse:
    return render(request, "kiosk_done.html", error=request.query.get("error", ""))


async def unlock(request: web.Request) -> web.StreamResponse:
    """Only the worker's password takes the tablet out of kiosk mode; too many wrong ones end the
    session (bot.console.auth.unlock_attempt), and the resident's screen is cleared either way."""
    current = request["console_session"]
    form = await request.post()
    outcome = await unlock_attempt(request, str(form.get("password", "")))
    if outcome == "wrong":
        raise redirect("/kiosk-done?error=password")
    assisted_id = current.kiosk_for
    if outcome == "ok":
        await db(request, set_kiosk, current.token_hash, None)
    if assisted_id is not None:
        # Unlocked without "I've finished" (the resident walked away): clear their screen's lines too.
        item = await db(request, assisted_db.get, assisted_id)
        if item is not None and item.mode == "kiosk":
            await db(request, assisted_db.clear, assisted_id, "kiosk")
            await db(request, assisted_db.set_mode, assisted_id, "together")
            console_of(request).extra.pop(("buttons", assisted_id), None)
    if outcome == "ended":
        response = redirect("/login?ended=kiosk")
        response.del_cookie(COOKIE, path=PREFIX + "/")
        raise response
    raise redirect(f"/assisted/{assisted_id}/summary" if assisted_id else "/")


def add_routes(routes: web.UrlDispatcher) -> None:  # the console sub-app's router
    routes.add_get("/", home)
    routes.add_post("/assisted", start)
    routes.add_post("/resume", resume)
    routes.add_get("/assisted/{id}", chat)
    routes.add_post("/assisted/{id}/say", say)
    routes.add_post("/assisted/{id}/kiosk", enter_kiosk)
    routes.add_get("/assisted/{id}/kiosk", kiosk)
    routes.add_post("/assisted/{id}/kiosk/say", kiosk_say)
    routes.add_post("/assisted/{id}/finish", kiosk_finish)
    routes.add_get("/kiosk-done", kiosk_done)
    routes.add_post("/unlock", unlock)


__all__ = ["add_routes", "load"]
