"""Notify me: tell a resident once when a full, waitlisted or closed pathway opens again.

The Black Codher bootcamp had 300 applicants for 40 places; the 240 turned away are the case. A
resident subscribes to a pathway; when a catalogue reload makes it `open`, each open subscription is
claimed (so two reloads, or two processes, cannot send twice), sent through the resident's channel
(WhatsApp outside 24 hours by template, by the process's bot.residents.sending.Outbound), closed and logged. The
log row is anonymous (pathway, channel, result) and outlives an erasure.

Hook for the catalogue load path:

    before = bot.residents.notify.snapshot(session)           # statuses of the live catalogue, before the swap
    bot.pathways.catalogue_store.load(session, catalogue, path); session.commit()
    await outbound.tell_opened(before, catalogue)   # bot.residents.sending.Outbound, after the swap commits
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Mapping, NamedTuple, Optional, Union

from sqlalchemy import insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.language.words import P_, words_for
from bot.residents import analytics, journeys, outbound, rights
from bot.pathways.catalogue import Catalogue
from bot.db import pathways
from bot.residents.records import notify_log, notify_subscriptions
from bot.settings import Settings
from bot.pathways.catalogue_store import active_catalogue

log = logging.getLogger("waymark.notify")

Statuses = Union[Catalogue, Mapping[str, str], None]
SendSync = Callable[..., str]  # send(sender_id, text, template=..., variables=...) -> result status
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
    parts: tuple = ()  # (title, provider, next step): the text again in the resident's language (message)


def _sub(row) -> Subscription:
    return Subscription(row.id, row.journey_id, row.sender_id, row.channel, row.pathway_id,
                        row.pathway_title, row.status)


def subscribe(session: Session, *, sender_id: str, pathway: Mapping[str, Any], destination: Optional[str] = None,
              now: Optional[float] = None) -> Subscription:
    """The resident asked to be told when `pathway` (id, title, kind) opens: that is their consent to
    one message, recorded as the follow-ups choice. One open subscription per journey and pathway.

    It goes to the resident's own phone channel, or one that proved itself with a resume code; else to
    `destination`, a number this journey has just sent its routes to ("send me this" on the web, which
    asked "now, and once more when it opens"): that number is used for this one message only and is
    never linked to the journey."""
    now = time.time() if now is None else now
    journey_id = journeys.journey_of(session, sender_id)
    reach = sender_id if journeys.channel_of(sender_id) != "web" else journeys.reachable_sender(session, journey_id)
    if reach is None and destination is not None and destination in outbound.sent_to(session, [journey_id]):
        reach = destination
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
        # What residents may read as fact: an illustrative entry's status is an example, never "open".
        return {p.id: p.facts()["status"] for p in catalogue.pathways}
    return dict(catalogue)


# TRANSLATORS: the one text when a course opens again; {title} and {provider} are its own names, {step} its next
# step (in English, as the catalogue has it). Keep STOP in English: it is the reply understood.
_OPENED = P_("notify", "Good news from Waymark: {title} is open for applications again.")
_OPENED_BY = P_("notify", "Good news from Waymark: {title} ({provider}) is open for applications again.")
_ONCE = P_("notify", "You asked us to tell you once; we won't message about it again. Reply STOP to stop messages.")


def message(title: str, provider: str = "", next_step: str = "", lang: Optional[str] = None) -> str:
    w = words_for(lang)
    head = w.say(_OPENED_BY, title=title, provider=provider) if provider else w.say(_OPENED, title=title)
    step = f" {next_step.rstrip('.')}." if next_step else ""
    return f"{head}{step} {w.say(_ONCE)}"


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
        claimed.append(Claimed(_sub(row), message(title, provider, step), {"1": title, "2": step or title},
                               (title, provider, step)))
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


def template_name(settings: Settings, preferred: str) -> str:
    """A named WhatsApp template when configured (TWILIO_WHATSAPP_TEMPLATES), else the default."""
    return preferred if preferred in dict(settings.whatsapp_templates) else "default"


@dataclass(frozen=True)
class Sent:
    """What "send me this" did. `status`: the gateway's result ("sent", "template", "opted_out",
    "failed", ...) or, when nothing was sent, "no_consent" | "bad_number" | "not_allowed" | "capped"
    (then `cap` names the limit). `contact`: the number's pseudonym, a destination only."""

    status: str
    code: Optional[str] = None
    contact: Optional[str] = None
    cap: Optional[str] = None

    @property
    def ok(self) -> bool:
        return self.status in OK_RESULTS


class Prepared(NamedTuple):
    refused: Optional[str]  # the cap reached, when nothing may be sent
    code: Optional[str]  # the resume code the message carries
    own_chat: bool = False  # the number already has its own chat with us


def prepare_send(session: Session, *, key: str, caps: outbound.Caps, sender_id: str, contact: str, channel: str,
                 address: str, client: Optional[str] = None, kind: str = "summary",
                 ttl_s: float = journeys.DEFAULT_TTL_S, now: Optional[float] = None) -> Prepared:
    """Count the send, make sure the gateway can address the number, and issue the code the message
    carries; at a cap, nothing is written and `refused` names it.

    The number is never linked to the journey here: a phone joins a conversation only by texting
    the code back (journeys.redeem), which proves it is in the hands of whoever asked."""
    now = time.time() if now is None else now
    journey_id = journeys.journey_of(session, sender_id)
    refused = outbound.reserve(session, caps, journey_id=journey_id, contact=contact, client=client, kind=kind,
                               now=now)
    if refused is not None:
        return Prepared(refused, None)
    own_chat = _ensure_destination(session, contact, channel, address, now)
    return Prepared(None, journeys.issue_code(session, key, journey_id, now=now, ttl_s=ttl_s), own_chat)


def _ensure_destination(session: Session, contact: str, channel: str, address: str, now: float) -> bool:
    """The gateway needs a contact row to message a number. One that exists (a resident who texts us)
    is left exactly as it is; a new one is made in one statement as never having written to us (no
    WhatsApp window open, and erasable with the chat that typed it), so an inbound message racing
    this can never have its time wiped. True when the phone has written to us: its own chat, on this
    channel or the other (the same number on WhatsApp is the same phone, and its chat is swept up with
    this one if the code is used)."""
    from bot.residents.contacts import gateway_contacts

    row = session.execute(select(gateway_contacts.c.last_inbound_at)
                          .where(gateway_contacts.c.pseudonym == contact)).first()
    elsewhere = session.execute(select(gateway_contacts.c.pseudonym).where(
        gateway_contacts.c.address == address, gateway_contacts.c.pseudonym != contact,
        gateway_contacts.c.last_inbound_at.is_not(None)).limit(1)).first() is not None
    if row is not None:
        return row.last_inbound_at is not None or elsewhere
    try:
        with session.begin_nested():
            session.execute(insert(gateway_contacts).values(
                pseudonym=contact, channel=channel, address=address, opted_out=False, last_inbound_at=None,
                created_at=now, updated_at=now))
    except IntegrityError:  # the phone wrote to us at this very moment: its own row stands
        return True
    return elsewhere


__all__ = ["Claimed", "NotReachable", "OK_RESULTS", "Prepared", "Sent", "Subscription", "claim", "finish", "message",
           "notify_opened", "prepare_send", "snapshot", "subscribe", "template_name"]
