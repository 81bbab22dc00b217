"""The resident's summary (printable; by SMS/WhatsApp with consent, with a resume code) and their
rights from the console: see what is held, change a fact, change consent, refer, notify, forget."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiohttp import web
from sqlalchemy.orm import Session

from bot.dialogue import next_steps
from bot.pathways import corrections
from bot.residents import journeys, notify, outbound, referrals, rights
from bot.residents.summary import send_outcome, send_summary, suggested, summary_data
from bot.console import assisted_db
from bot.console.state import console_of, db, gateway_of, redirect, render
from bot.console.views_assisted import load
from bot.dialogue.profile import ProfileError
from bot.language.words import ENGLISH

log = logging.getLogger("waymark.console.summary")

NOTICES = {
    "consent": "The resident's choices are saved.", "fact": "Changed. The suggestions below follow it.",
    "fact_failed": "That could not be changed: the assistant is not reachable, or the value is not allowed.",
    "referred": "Referral made.", "refer_consent": "A referral needs the resident's consent to share.",
    "notify": "They will be told once, when it opens.",
    "notify_not_waiting": "Only a route that is full or closed can be followed until it opens.",
    "notify_unreachable":
    "We can only tell them by SMS or WhatsApp: send them the summary by phone first.",
    "sent": "Sent. Their phone joins this conversation when they reply RESUME with the code in the message.",
    "send_failed": "It could not be sent (check the number, or they may have replied STOP).",
    "send_consent": "Tick that the resident agreed to be sent this.", "bad_phone": "Enter a UK mobile number.",
    "reported": "Thank you: the skills team will check that route against its source.",
    "report_failed": "That report could not be queued.",
    "send_capped": "Not sent: the daily limit of messages to this number, for this session or across Waymark "
    "has been reached. Show them a resume code instead.",
}


# Only what the catalogue knows: an unknown status (None) is shown as nothing, never as "open" or "None",
# and only a waiting list or a closed route can be "told when it opens" (bot.dialogue.next_steps.NOT_OPEN).
STATUS_WORDS = ENGLISH.table("route_status")


async def _page(request: web.Request, item: assisted_db.Assisted, **extra: Any) -> web.Response:
    console = console_of(request)
    data = await db(request, summary_data, console.tracker, item.journey_id)
    notice = NOTICES.get(request.query.get("notice", ""), "")
    return render(request, "summary.html", item=item, notice=notice, fact_names=rights.FACT_LABELS,
                  status_words=STATUS_WORDS,
                  statuses=referrals.STATUS_WORDS, consent_words=rights.CONSENT_WORDS,
                  **{"code": None, **data, **extra})


async def summary(request: web.Request) -> web.StreamResponse:
    item = await load(request)
    return await _page(request, item)


async def new_code(request: web.Request) -> web.StreamResponse:
    """Shown once, on this page (not after a redirect): only its HMAC is stored."""
    item = await load(request)
    console = console_of(request)
    code = await db(request, journeys.issue_code, console.settings.pseudonym_key or "", item.journey_id,
                    now=console.clock(), ttl_s=console.settings.resume_code_days * 86_400.0)
    return await _page(request, item, code=code)


async def send(request: web.Request) -> web.StreamResponse:
    """The summary and a resume code to a number the worker typed: a destination only (the same rules
    as "send me this": allowed numbers, caps, nothing linked until that phone replies with the code)."""
    item = await load(request)
    form = await request.post()
    if form.get("consent") != "yes":
        raise redirect(f"/assisted/{item.id}/summary?notice=send_consent")
    console, gw = console_of(request), gateway_of(request)
    assert gw.outbound is not None
    data = await db(request, summary_data, console.tracker, item.journey_id)
    sent = await send_summary(gw.outbound, data, journey_id=item.journey_id, number=str(form.get("phone", ""))[:40],
                              channel=str(form.get("channel", "")), consented=True,
                              code_days=console.settings.resume_code_days)
    outcome = send_outcome(sent)
    if outcome in ("sent", "send_failed"):  # it was tried: the number's pseudonym, never the number
        log.info("summary for assisted session %s sent to %s: %s", item.id, sent.contact, sent.status)
    raise redirect(f"/assisted/{item.id}/summary?notice={outcome}")


async def consent(request: web.Request) -> web.StreamResponse:
    item = await load(request)
    form = await request.post()
    await db(request, rights.set_consent, item.journey_id, source="worker", now=console_of(request).clock(),
             **{name: form.get(name) == "yes" for name in rights.CONSENT_WORDS})
    raise redirect(f"/assisted/{item.id}/summary?notice=consent")


async def change_fact(request: web.Request) -> web.StreamResponse:
    """Agency: set the slot in Rasa's tracker (HTTP API, token), so the conversation follows too."""
    item = await load(request)
    form = await request.post()
    gw = gateway_of(request)
    name = str(form.get("name", ""))
    try:
        value = rights.change_fact(name, str(form.get("value", "")).strip())
    except ProfileError:
        raise redirect(f"/assisted/{item.id}/summary?notice=fact_failed") from None
    ok = gw.rasa is not None and await gw.rasa.set_slot(item.journey_id, name, value)
    if not ok:
        log.warning("could not set a slot for assisted session %s", item.id)
    raise redirect(f"/assisted/{item.id}/summary?notice={'fact' if ok else 'fact_failed'}")


def _suggested(data, pathway_id):
    """The pathway the form names, only if it is one of those suggested to this resident."""
    chosen = suggested(data, pathway_id)
    if chosen is None:
        raise web.HTTPBadRequest(text="choose one of the suggested pathways")
    return chosen


async def refer(request: web.Request) -> web.StreamResponse:
    item = await load(request)
    form = await request.post()
    console = console_of(request)
    data = await db(request, summary_data, console.tracker, item.journey_id)
    chosen = _suggested(data, form.get("pathway_id"))
    try:
        await db(request, referrals.create, sender_id=item.journey_id, pathway=chosen.to_summary_dict(),
                 consented=form.get("consent") == "yes", follow_up=form.get("follow_up") == "yes",
                 local_authority=data["result"].profile.local_authority,
                 contact_name=str(form.get("contact_name", "")), contact_phone=str(form.get("contact_phone", "")),
                 contact_email=str(form.get("contact_email", "")), note=str(form.get("note", "")),
                 created_by=request["console_session"].user.id,
                 follow_up_days=console.settings.followup_days, now=console.clock(),
                 facts={k: v for k, v in vars(data["result"].profile).items() if v not in (None, ())},
                 eligibility=chosen.eligibility.to_dict(), channel="console")
    except referrals.ConsentRequired:
        raise redirect(f"/assisted/{item.id}/summary?notice=refer_consent") from None
    raise redirect(f"/assisted/{item.id}/summary?notice=referred")


async def notify_me(request: web.Request) -> web.StreamResponse:
    item = await load(request)
    form = await request.post()
    console = console_of(request)
    data = await db(request, summary_data, console.tracker, item.journey_id)
    chosen = _suggested(data, form.get("pathway_id"))
    if chosen.facts()["status"] not in next_steps.NOT_OPEN:  # as the chat: an unknown status is not "full"
        raise redirect(f"/assisted/{item.id}/summary?notice=notify_not_waiting")

    def subscribe(session: Session) -> notify.Subscription:
        # Their own phone once it has joined with the code; else the number the summary last went to
        # (a destination for this one message, as "send me this" does), never linked.
        return notify.subscribe(session, sender_id=item.journey_id, pathway=chosen.to_summary_dict(),
                                destination=outbound.last_sent_to(session, item.journey_id), now=console.clock())

    try:
        await db(request, subscribe)
    except notify.NotReachable:
        raise redirect(f"/assisted/{item.id}/summary?notice=notify_unreachable") from None
    raise redirect(f"/assisted/{item.id}/summary?notice=notify")


async def report_wrong(request: web.Request) -> web.StreamResponse:
    """A worker reports wrong information for the resident: the route (one suggested to them) and their
    words go to the skills team's queue (bot.pathways.corrections), with nothing that leads back to them."""
    item = await load(request)
    form = await request.post()
    console = console_of(request)
    data = await db(request, summary_data, console.tracker, item.journey_id)
    chosen = _suggested(data, form.get("pathway_id"))
    try:
        await db(request, corrections.report, pathway_id=chosen.id, words=str(form.get("words", "")),
                 channel="assisted", catalogue_version=data["result"].catalogue_version, now=console.clock())
    except corrections.ReportError:
        raise redirect(f"/assisted/{item.id}/summary?notice=report_failed") from None
    raise redirect(f"/assisted/{item.id}/summary?notice=reported")


async def what_we_hold(request: web.Request) -> web.StreamResponse:
    item = await load(request)
    console = console_of(request)
    held = await db(request, rights.what_we_hold, console.tracker, item.journey_id,
                    database_url=console.settings.database_url, retention_days=console.settings.retention_days)
    return render(request, "held.html", item=item, held=held)


async def forget(request: web.Request) -> web.StreamResponse:
    item = await load(request)
    form = await request.post()
    if form.get("confirm") != "yes":
        raise redirect(f"/assisted/{item.id}/held")
    console = console_of(request)
    erasure = await asyncio.to_thread(rights.erase, console.engine, console.tracker, item.journey_id,
                                      now=console.clock(), outbox=console.settings.outbox_dir,
                                      mail_outbox=rights.mail_outbox_dir(console.settings))
    console.extra.pop(("buttons", item.id), None)
    return render(request, "erased.html", receipt=erasure.receipt)


async def end(request: web.Request) -> web.StreamResponse:
    item = await load(request)
    await db(request, assisted_db.finish, item.id, console_of(request).clock())
    console_of(request).extra.pop(("buttons", item.id), None)
    raise redirect("/")


def add_routes(routes: web.UrlDispatcher) -> None:  # the console sub-app's router
    routes.add_get("/assisted/{id}/summary", summary)
    routes.add_post("/assisted/{id}/code", new_code)
    routes.add_post("/assisted/{id}/send", send)
    routes.add_post("/assisted/{id}/consent", consent)
    routes.add_post("/assisted/{id}/fact", change_fact)
    routes.add_post("/assisted/{id}/refer", refer)
    routes.add_post("/assisted/{id}/notify", notify_me)
    routes.add_post("/assisted/{id}/report", report_wrong)
    routes.add_get("/assisted/{id}/held", what_we_hold)
    routes.add_post("/assisted/{id}/forget", forget)
    routes.add_post("/assisted/{id}/end", end)


__all__ = ["add_routes"]
