"""Notify me: tell a resident once when a full, waitlisted or closed pathway opens again.

The Black Codher bootcamp had 300 applicants for 40 places; the 240 turned away are the case. A
resident subscribes to a pathway; when a catalogue reload makes it `open`, each open subscription is
claimed (so two reloads, or two processes, cannot send twice), sent through the resident's channel
(WhatsApp outside 24 hours by template, via the gateway's notifier), closed and logged. The log row is
anonymous (pathway, channel, result) and outlives an erasure.

Hook for the catalogue load path (bot/store.py is not changed here):

    before = bot.notify.snapshot(session)           # statuses of the live catalogue, before the swap
    bot.store.load(session, catalogue, path); session.commit()
    bot.notify.after_catalogue_swap(settings, before, catalogue)
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from dataclasses import dataclass
from typing import Any, AsyncIterator, Awaitable, Callable, Dict, List, Mapping, Optional, Tuple, Union

from sqlalchemy import insert, or_, select, update
from sqlalchemy.orm import Session

from bot import analytics, journeys, rights
from bot.catalogue import Catalogue
from bot.db import make_engine, pathways, session_factory
from bot.records import create_schema, notify_log, notify_subscriptions
from bot.settings import Settings
from bot.store import active_catalogue

log = logging.getLogger("waymark.notify")

Statuses = Union[Catalogue, Mapping[str, str], None]
SendSync = Callable[..., str]  # send(sender_id, text, template=..., variables=...) -> result status
SendAsync = Callable[..., Awaitable[Any]]
OK_RESULTS = ("sent", "template")


class NotReachable(ValueError):
    """No SMS/WhatsApp channel for this resident: a web chat cannot be messaged later."""


@dataclass(frozen=True)
class Subscription:
    id: int
    journey_id: str
    sender_id: str
    channel: str
    pathway_id: str
    pathway_title: str
    status: str


@dataclass(frozen=True)
class Claimed:
    subscription: Subscription
    text: str
    variables: Dict[str, str]


def _sub(row) -> Subscription:
    return Subscription(row.id, row.journey_id, row.sender_id, row.channel, row.pathway_id,
                        row.pathway_title, row.status)


def subscribe(session: Session, *, sender_id: str, pathway: Mapping[str, Any],
              now: Optional[float] = None) -> Subscription:
    """The resident asked to be told when `pathway` (id, title, kind) opens: that is their consent to
    one message, recorded as the follow-ups choice. One open subscription per journey and pathway."""
    now = time.time() if now is None else now
    journey_id = journeys.journey_of(session, sender_id)
    reach = sender_id if journeys.channel_of(sender_id) != "web" else journeys.reachable_sender(session, journey_id)
    if reach is None:
        raise NotReachable("we can only tell you by SMS or WhatsApp")
    existing = session.execute(select(notify_subscriptions).where(
        notify_subscriptions.c.journey_id == journey_id, notify_subscriptions.c.pathway_id == pathway["id"],
        notify_subscriptions.c.status == "open")).first()
    if existing is not None:
        return _sub(existing)
    rights.set_consent(session, journey_id, follow_ups=True, now=now)
    result = session.execute(insert(notify_subscriptions).values(
        journey_id=journey_id, sender_id=reach, channel=journeys.channel_of(reach),
        pathway_id=str(pathway["id"]), pathway_title=str(pathway.get("title") or pathway["id"])[:300],
        status="open", created_at=now))
    analytics.record(session, "notify_subscribed", kind=pathway.get("kind"))
    log.info("notify subscription %s for %s on %s", result.inserted_primary_key[0], journey_id, pathway["id"])
    row = session.execute(select(notify_subscriptions)
                          .where(notify_subscriptions.c.id == result.inserted_primary_key[0])).one()
    return _sub(row)


def snapshot(session: Session) -> Dict[str, str]:
    """pathway id -> status of the live catalogue: take it before a reload replaces it."""
    active = active_catalogue(session)
    if active is None:
        return {}
    rows = session.execute(select(pathways.c.pathway_id, pathways.c.status)
                           .where(pathways.c.catalogue_id == active.id)).all()
    return {pid: status for pid, status in rows}


def _statuses(catalogue: Statuses) -> Dict[str, str]:
    if catalogue is None:
        return {}
    if isinstance(catalogue, Catalogue):
        return {p.id: p.status for p in catalogue.pathways}
    return dict(catalogue)


def message(title: str, provider: str = "", next_step: str = "") -> str:
    who = f" ({provider})" if provider else ""
    step = f" {next_step.rstrip('.')}." if next_step else ""
    return (f"Good news from Waymark: {title}{who} is open for applications again.{step} "
            "You asked us to tell you once; we won't message about it again. Reply STOP to stop messages.")


def claim(session: Session, old: Statuses, new: Statuses, *, now: Optional[float] = None) -> List[Claimed]:
    """Mark the subscriptions to notify as `sending` and return them with their message.

    Pathways that are open in `new` and were not open in `old`, plus earlier failed sends for any
    pathway open now. The conditional UPDATE is the exactly-once guard: a subscription another run
    already claimed is skipped.
    """
    now = time.time() if now is None else now
    before, after = _statuses(old), _statuses(new)
    opened = [pid for pid, status in after.items() if status == "open" and before.get(pid) != "open"]
    still_open = [pid for pid, status in after.items() if status == "open"]
    if not still_open:
        return []
    rows = session.execute(select(notify_subscriptions).where(or_(
        (notify_subscriptions.c.status == "open") & notify_subscriptions.c.pathway_id.in_(opened),
        (notify_subscriptions.c.status == "failed") & notify_subscriptions.c.pathway_id.in_(still_open)))
        .order_by(notify_subscriptions.c.id)).all()
    claimed: List[Claimed] = []
    for row in rows:
        taken = session.execute(update(notify_subscriptions).where(
            notify_subscriptions.c.id == row.id, notify_subscriptions.c.status == row.status)
            .values(status="sending")).rowcount
        if taken != 1:
            continue
        pathway = new.get(row.pathway_id) if isinstance(new, Catalogue) else None
        title = pathway.title if pathway else row.pathway_title
        provider = pathway.provider if pathway else ""
        step = pathway.next_step.text if pathway else ""
        claimed.append(Claimed(_sub(row), message(title, provider, step), {"1": title, "2": step or title}))
    return claimed


def finish(session: Session, item: Claimed, result: str, *, now: Optional[float] = None) -> None:
    """Close a sent subscription (or mark it failed, to retry on the next reload) and log it."""
    now = time.time() if now is None else now
    ok = result in OK_RESULTS
    session.execute(update(notify_subscriptions).where(notify_subscriptions.c.id == item.subscription.id)
                    .values(status="sent" if ok else "failed", closed_at=now if ok else None))
    session.execute(insert(notify_log).values(pathway_id=item.subscription.pathway_id,
                                              channel=item.subscription.channel, result=result[:16], at=now))
    if ok:
        analytics.record(session, "notify_sent", channel=item.subscription.channel)
    log.info("notify subscription %s: %s", item.subscription.id, result)


def notify_opened(session: Session, old_catalogue: Statuses, new_catalogue: Statuses, send: SendSync, *,
                  template: str = "default", now: Optional[float] = None) -> List[str]:
    """Notify every subscriber of pathways that opened, once each; returns the send results."""
    results = []
    for item in claim(session, old_catalogue, new_catalogue, now=now):
        result = send(item.subscription.sender_id, item.text, template=template, variables=item.variables)
        status = getattr(result, "status", result)
        finish(session, item, str(status), now=now)
        results.append(str(status))
    return results


@contextlib.asynccontextmanager
async def gateway_notifier(settings: Settings) -> AsyncIterator[SendAsync]:
    """The gateway's `TwilioChannel.notify`, built outside the gateway process (CLI, reload hook):
    the same opt-out and WhatsApp-window rules as every other message."""
    import aiohttp

    from bot.gateway.messaging import TwilioChannel
    from bot.gateway.pseudonyms import ensure_pseudonym_key
    from bot.gateway.rasa_client import RasaClient
    from bot.gateway.ratelimit import KeyedLocks, RateLimiter
    from bot.gateway.store import Store
    from bot.gateway.twilio import TwilioConfig, TwilioSender

    settings = ensure_pseudonym_key(settings)
    engine = make_engine(settings.database_url)
    session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60))
    try:
        store = Store(engine)
        sender = TwilioSender(session, TwilioConfig.from_settings(settings))
        rasa = RasaClient(session, settings.rasa_url, token=settings.rasa_token)  # Rasa's channels want it
        channel = TwilioChannel(store=store, sender=sender, rasa=rasa,
                                pseudonym_key=settings.pseudonym_key or "", max_chars=settings.max_message_chars,
                                limiter=RateLimiter(settings.rate_limit_per_minute, 60.0), locks=KeyedLocks())
        yield channel.notify
    finally:
        await session.close()
        engine.dispose()


def template_name(settings: Settings, preferred: str) -> str:
    """A named WhatsApp template when configured (TWILIO_WHATSAPP_TEMPLATES), else the default."""
    return preferred if preferred in dict(settings.whatsapp_templates) else "default"


async def after_catalogue_swap_async(settings: Settings, old: Statuses, new: Statuses, *,
                                     send: Optional[SendAsync] = None) -> List[str]:
    """Claim (committed), send, then record each result (committed): a crash mid-way can leave a
    subscription `sending`, never sent twice."""
    engine = make_engine(settings.database_url)
    factory = session_factory(engine)
    try:
        await asyncio.to_thread(create_schema, engine)

        def claim_all() -> List[Claimed]:
            with factory() as session, session.begin():
                return claim(session, old, new)

        def record(item: Claimed, result: str) -> None:
            with factory() as session, session.begin():
                finish(session, item, result)

        claimed = await asyncio.to_thread(claim_all)
        if not claimed:
            return []
        results = []
        async with contextlib.AsyncExitStack() as stack:
            notifier = send or await stack.enter_async_context(gateway_notifier(settings))
            for item in claimed:
                try:
                    outcome = await notifier(item.subscription.sender_id, item.text,
                                             template=template_name(settings, "notify"), variables=item.variables)
                    status = str(getattr(outcome, "status", outcome))
                except Exception:  # noqa: BLE001 - one failure must not stop the others
                    log.exception("notify subscription %s: send failed", item.subscription.id)
                    status = "failed"
                await asyncio.to_thread(record, item, status)
                results.append(status)
        return results
    finally:
        engine.dispose()


_UK_MOBILE = re.compile(r"^(?:\+44|0044|0)(7\d{9})$")


def e164(text: str) -> Optional[str]:
    """A mobile number as Twilio wants it (+447700900123), or None when it does not look like one."""
    digits = re.sub(r"[\s().-]+", "", text or "")
    found = _UK_MOBILE.match(digits)
    if found:
        return "+44" + found.group(1)
    return digits if re.fullmatch(r"\+[1-9]\d{7,14}", digits) else None


async def send_me_this(settings: Settings, *, sender_id: str, number: str, channel: str, text: str,
                       consented: bool, send: Optional[SendAsync] = None) -> Tuple[str, Optional[str]]:
    """"Send me this": `text` to the resident's phone, `{code}` in it replaced by a fresh resume code.

    Only with consent. The number becomes a gateway contact (no WhatsApp window is open for a number
    that never wrote to us, so a template goes) linked to the journey, so a reply from that phone
    continues the same conversation. Returns (send status, code); ("no_consent" | "bad_number", None).
    """
    from bot.gateway.pseudonyms import ensure_pseudonym_key, pseudonym
    from bot.gateway.store import Store

    if not consented:
        return "no_consent", None
    address = e164(number)
    if address is None:
        return "bad_number", None
    channel = "whatsapp" if channel == "whatsapp" else "sms"
    settings = ensure_pseudonym_key(settings)
    key = settings.pseudonym_key or ""
    engine = make_engine(settings.database_url)
    try:
        await asyncio.to_thread(create_schema, engine)
        store = Store(engine)
        contact = pseudonym(key, channel, address)
        if await asyncio.to_thread(store.get_contact, contact) is None:
            await asyncio.to_thread(store.touch_contact, contact, channel, address)
            await asyncio.to_thread(store.set_last_inbound, contact, None)

        def prepare() -> str:
            with session_factory(engine)() as session, session.begin():
                journeys.link(session, contact, sender_id, channel)
                return journeys.issue_code(session, key, sender_id,
                                           ttl_s=settings.resume_code_days * 86_400.0)

        code = await asyncio.to_thread(prepare)
    finally:
        engine.dispose()
    async with contextlib.AsyncExitStack() as stack:
        notifier = send or await stack.enter_async_context(gateway_notifier(settings))
        outcome = await notifier(contact, text.replace("{code}", code),
                                 template=template_name(settings, "summary"), variables={"1": code})
    status = str(getattr(outcome, "status", outcome))
    log.info("send-me-this for %s by %s: %s", sender_id, channel, status)
    return status, code


def after_catalogue_swap(settings: Settings, old: Statuses, new: Statuses) -> List[str]:
    """For the synchronous load path (`python -m bot pathways load`): call after the swap commits."""
    return asyncio.run(after_catalogue_swap_async(settings, old, new))


__all__ = ["Claimed", "NotReachable", "Subscription", "after_catalogue_swap", "after_catalogue_swap_async",
           "claim", "e164", "finish", "gateway_notifier", "message", "notify_opened", "send_me_this", "snapshot",
           "subscribe",
           "template_name"]
