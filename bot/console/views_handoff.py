"""The handoff queue: read the packet, hold the conversation (the bot goes quiet), reply through the
resident's own channel, hand back to the bot."""

from __future__ import annotations

import logging

from aiohttp import web

from bot.residents import handoff, rights
from bot.console.state import console_of, db, gateway_of, path_id, redirect, render
from bot.residents.notify import OK_RESULTS

log = logging.getLogger("waymark.console.handoff")

MAX_REPLY = 1000
HANDED_BACK = "You're back with Waymark's assistant now. Send a message to carry on."


async def _load(request: web.Request) -> handoff.Handoff:
    item = await db(request, handoff.get, path_id(request))
    if item is None:
        raise web.HTTPNotFound()
    return item


async def queue(request: web.Request) -> web.StreamResponse:
    items = await db(request, handoff.queue)
    console = console_of(request)
    return render(request, "handoffs.html", items=items, open_now=console.hours.is_open(console.clock()),
                  hours=console.hours.text)


def _may_act(request: web.Request, item: handoff.Handoff) -> bool:
    user = request["console_session"].user
    return handoff.may_act(item, user.id, user.is_coordinator)


def _not_yours(request: web.Request, item: handoff.Handoff) -> web.Response:
    log.warning("user %s refused on handoff %s: held by another worker", request["console_session"].user.id,
                item.id)
    return render(request, "error.html", status=403, title="Another worker has this conversation",
                  message="Only the worker holding it, or a coordinator, can reply or hand it back.")


async def detail(request: web.Request) -> web.StreamResponse:
    item = await _load(request)
    lines = await db(request, handoff.messages, item.id)
    profile = [(rights.FACT_LABELS.get(k, k), rights.value_words(k, v)) for k, v in item.packet.get("profile", {}).items()]
    return render(request, "handoff.html", item=item, lines=lines, profile=profile,
                  notice=request.query.get("notice", ""), may_act=_may_act(request, item))


async def take(request: web.Request) -> web.StreamResponse:
    item = await _load(request)
    user = request["console_session"].user
    taken = await _take(request, item.id, user.id)
    log.info("handoff %s %s by user %s", item.id, "held" if taken else "not taken", user.id)
    raise redirect(f"/handoffs/{item.id}" + ("" if taken else "?notice=taken"))


async def _take(request: web.Request, handoff_id: int, worker_id: int) -> bool:
    """Take the conversation, telling every gateway before and after the commit that holds changed
    (bot.gateway.coordination.HeldConversations): they skip the held lookup while none is held."""
    held = gateway_of(request).held
    if held is not None:
        await held.changed()
    try:
        return await db(request, handoff.take, handoff_id, worker_id, now=console_of(request).clock())
    finally:
        if held is not None:
            await held.changed()


async def _say(request: web.Request, item: handoff.Handoff, text: str) -> bool:
    """Through the resident's channel: SMS/WhatsApp now; web when the widget next collects it."""
    console, gw = console_of(request), gateway_of(request)
    if item.channel in ("sms", "whatsapp"):
        assert gw.outbound is not None
        status = await gw.outbound.notify(item.sender_id, text)
        await db(request, handoff.add_message, item, "worker", text, now=console.clock())
        log.info("worker reply on handoff %s: %s", item.id, status)
        return status in OK_RESULTS
    await db(request, handoff.add_message, item, "worker", text, delivered=False, now=console.clock())
    return True


async def reply(request: web.Request) -> web.StreamResponse:
    item = await _load(request)
    form = await request.post()
    text = str(form.get("text", "")).strip()[:MAX_REPLY]
    if item.status == "closed":
        raise redirect(f"/handoffs/{item.id}?notice=closed")
    if item.status != "held":  # replying takes the conversation: the bot must not talk over a person
        await _take(request, item.id, request["console_session"].user.id)
        item = await _load(request)  # (someone else may have taken it a moment before)
    if not _may_act(request, item):
        return _not_yours(request, item)
    if text:
        ok = await _say(request, item, text)
        raise redirect(f"/handoffs/{item.id}" + ("" if ok else "?notice=failed"))
    raise redirect(f"/handoffs/{item.id}")


async def hand_back(request: web.Request) -> web.StreamResponse:
    item = await _load(request)
    if not _may_act(request, item):
        return _not_yours(request, item)
    user = request["console_session"].user
    if item.status == "held":  # said first, so the closing below tidies it away with the rest
        await _say(request, item, HANDED_BACK)
    await db(request, handoff.hand_back, item.id, worker_id=user.id, coordinator=user.is_coordinator,
             now=console_of(request).clock())
    held = gateway_of(request).held
    if held is not None:
        await held.changed()  # gateways may skip the held lookup again
    raise redirect("/handoffs")


def add_routes(routes: web.UrlDispatcher) -> None:  # the console sub-app's router
    routes.add_get("/handoffs", queue)
    routes.add_get("/handoffs/{id}", detail)
    routes.add_post("/handoffs/{id}/take", take)
    routes.add_post("/handoffs/{id}/reply", reply)
    routes.add_post("/handoffs/{id}/back", hand_back)


__all__ = ["add_routes"]
