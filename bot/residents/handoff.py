"""Handoff to a person: the queue, the packet a worker reads, the quiet bot, office hours.

"Talk to a person" on any channel creates a request carrying a structured packet (profile,
recommendations with their reasons, language, urgency, channel). Inside office hours it waits in the
console queue; outside them the resident is offered a callback instead. While a worker holds the
conversation the gateway does not pass the resident's messages to Rasa (`route_inbound`), so the bot
stays quiet; the worker replies through the resident's own channel and hands back when done.

`route_inbound` is the gateway's one hook, called for every inbound web/SMS/WhatsApp message before
Rasa: it also handles "RESUME <code>" and answers to referral follow-ups, and tells the gateway which
conversation (journey) Rasa should continue.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from bot.residents import analytics, journeys, referrals, rights
from bot.db import retry_transient, session_factory, writing
from bot.residents.office_hours import OfficeHours
from bot.residents.records import console_handoffs, console_messages, rights_consents
from bot.settings import Settings

log = logging.getLogger("waymark.handoff")

OPEN_STATUSES = ("waiting", "callback_offered", "callback", "held")

RESUMED = ("Welcome back. You're carrying on from where you left off, with what you told us before. "
           "Send a message to continue.")
DEFAULT_CODE_DAYS = round(journeys.DEFAULT_TTL_S / 86_400)  # Settings.resume_code_days unless a caller says


def resume_failed(code_days: int) -> str:
    """A resume code that did not work; `code_days`: how long codes last (Settings.resume_code_days)."""
    return (f"That code didn't work. Codes work once and last {code_days} days. You can ask for a new one "
            "at the end of a chat, or just start again.")
# Over the limit: the code is not even looked at, so these words say nothing about it either.
RESUME_LIMITED = ("Sorry, there have been too many tries with codes. Please wait an hour and try again, "
                  "or just start again.")


# --- requests ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Handoff:
    id: int
    journey_id: str
    sender_id: str
    channel: str
    status: str
    urgency: str
    language: str
    packet: Dict[str, Any]
    created_at: float
    callback_when: Optional[str] = None
    worker_id: Optional[int] = None

    @property
    def office_open(self) -> bool:
        return self.status != "callback_offered"


def _handoff(row) -> Handoff:
    return Handoff(row.id, row.journey_id, row.sender_id, row.channel, row.status, row.urgency,
                   row.language, json.loads(row.packet), row.created_at, row.callback_when, row.worker_id)


def packet(profile: Mapping[str, Any], recommendations: Sequence[Mapping[str, Any]], *, language: str,
           urgency: str, channel: str, reason: str = "") -> Dict[str, Any]:
    """What a worker needs to pick up without asking again. `recommendations` are payload pathways
    (bot.pathways.matching.MatchResult.to_payload()["pathways"]): the reasons travel with them."""
    keep = ("id", "title", "kind", "provider", "status", "why", "conditions", "next_step")
    return {
        "profile": {k: v for k, v in profile.items() if v not in (None, "", [])},
        "recommendations": [{k: r.get(k) for k in keep if k in r} for r in recommendations],
        "language": language, "urgency": urgency, "channel": channel, "reason": reason[:500],
    }


def request_handoff(session: Session, *, sender_id: str, channel: str, profile: Mapping[str, Any],
                    recommendations: Sequence[Mapping[str, Any]] = (), language: str = "en",
                    urgency: str = "normal", reason: str = "", hours: OfficeHours,
                    now: Optional[float] = None) -> Handoff:
    """Queue a request (or return the journey's open one). Outside hours it is a callback offer."""
    now = time.time() if now is None else now
    journey_id = journeys.journey_of(session, sender_id)
    existing = open_for(session, journey_id)
    if existing is not None:
        return existing
    urgency = urgency if urgency in analytics.URGENCIES else "normal"
    status = "waiting" if hours.is_open(now) else "callback_offered"
    body = packet(profile, recommendations, language=language, urgency=urgency, channel=channel,
                  reason=reason)
    result = session.execute(insert(console_handoffs).values(
        journey_id=journey_id, sender_id=sender_id, channel=channel, status=status, urgency=urgency,
        language=language[:16], packet=json.dumps(body), created_at=now))
    analytics.record(session, "handoff_requested", channel=channel, urgency=urgency)
    handoff_id = result.inserted_primary_key[0]
    log.info("handoff %s requested by %s (%s, %s)", handoff_id, journey_id, channel, status)
    return get(session, handoff_id)  # type: ignore[return-value]


def get(session: Session, handoff_id: int) -> Optional[Handoff]:
    row = session.execute(select(console_handoffs).where(console_handoffs.c.id == handoff_id)).first()
    return _handoff(row) if row else None


def open_for(session: Session, journey_id: str) -> Optional[Handoff]:
    row = session.execute(select(console_handoffs).where(
        console_handoffs.c.journey_id == journey_id,
        console_handoffs.c.status.in_(OPEN_STATUSES)).order_by(console_handoffs.c.id.desc())).first()
    return _handoff(row) if row else None


def queue(session: Session) -> List[Handoff]:
    """Open requests, most urgent then oldest first."""
    rank = {"high": 0, "normal": 1, "low": 2}
    rows = session.execute(select(console_handoffs).where(console_handoffs.c.status.in_(OPEN_STATUSES))
                           .order_by(console_handoffs.c.created_at)).all()
    return sorted((_handoff(r) for r in rows), key=lambda h: (rank.get(h.urgency, 1), h.created_at))


def accept_callback(session: Session, handoff_id: int, when: str) -> None:
    """The resident took the out-of-hours offer: call back at the time they gave (their words)."""
    session.execute(update(console_handoffs).where(console_handoffs.c.id == handoff_id,
                                                   console_handoffs.c.status == "callback_offered")
                    .values(status="callback", callback_when=when.strip()[:120]))


def take(session: Session, handoff_id: int, worker_id: int, *, now: Optional[float] = None) -> bool:
    """A worker holds the conversation; from now on the bot is quiet. False if someone else has it."""
    now = time.time() if now is None else now
    return session.execute(update(console_handoffs).where(
        console_handoffs.c.id == handoff_id, console_handoffs.c.status.in_(("waiting", "callback",
                                                                            "callback_offered")))
        .values(status="held", worker_id=worker_id, held_at=now)).rowcount == 1


def may_act(item: Handoff, worker_id: int, coordinator: bool) -> bool:
    """Who may reply in, or hand back, a conversation: anyone while it waits; once a worker holds it,
    only that worker or a coordinator (a resident talks to one person, not whoever opens the page)."""
    return item.status != "held" or item.worker_id == worker_id or coordinator


def hand_back(session: Session, handoff_id: int, *, worker_id: Optional[int] = None, coordinator: bool = False,
              now: Optional[float] = None) -> bool:
    """Close the request; the bot answers again. The worker conversation is kept only with consent.

    From the console pass the worker (`worker_id`, `coordinator`): a conversation another worker holds
    is then left alone (False). Without a worker it is the resident's own side closing it (they said no
    to a callback)."""
    now = time.time() if now is None else now
    row = get(session, handoff_id)
    if row is None or row.status == "closed":
        return False
    allowed = console_handoffs.c.status != "closed"
    if worker_id is not None and not coordinator:  # checked in the update itself: no race with a take
        allowed = allowed & ((console_handoffs.c.status != "held") | (console_handoffs.c.worker_id == worker_id))
    closed = session.execute(update(console_handoffs).where(console_handoffs.c.id == handoff_id, allowed)
                             .values(status="closed", closed_at=now)).rowcount
    if not closed:
        log.warning("handoff %s not handed back: held by another worker", handoff_id)
        return False
    keep = session.execute(select(rights_consents.c.keep_conversation)
                           .where(rights_consents.c.journey_id == row.journey_id)).scalar()
    if not keep:
        session.execute(delete(console_messages).where(console_messages.c.handoff_id == handoff_id,
                                                       console_messages.c.delivered))
    log.info("handoff %s handed back", handoff_id)
    return True


def any_held(session: Session) -> bool:
    """Whether a worker holds any conversation at all (bot.gateway.coordination.HeldConversations)."""
    return session.execute(select(console_handoffs.c.id).where(console_handoffs.c.status == "held")
                           .limit(1)).first() is not None


def any_held_in(engine: Engine) -> bool:
    """`any_held` in its own short transaction (the gateway asks it only when the shared version moves)."""
    with session_factory(engine)() as session, session.begin():
        return any_held(session)


def is_held(session: Session, journey_id: str) -> Optional[Handoff]:
    row = session.execute(select(console_handoffs).where(console_handoffs.c.journey_id == journey_id,
                                                         console_handoffs.c.status == "held")).first()
    return _handoff(row) if row else None


def add_message(session: Session, handoff: Handoff, author: str, text: str, *, delivered: bool = True,
                now: Optional[float] = None) -> None:
    session.execute(insert(console_messages).values(
        journey_id=handoff.journey_id, sender_id=handoff.sender_id, handoff_id=handoff.id, author=author,
        mode="self", text=text, delivered=delivered, at=time.time() if now is None else now))


def messages(session: Session, handoff_id: int) -> List[Tuple[str, str, float]]:
    rows = session.execute(select(console_messages.c.author, console_messages.c.text, console_messages.c.at)
                           .where(console_messages.c.handoff_id == handoff_id)
                           .order_by(console_messages.c.at, console_messages.c.id)).all()
    return [(r.author, r.text, r.at) for r in rows]


def collect_web_replies(session: Session, sender_id: str) -> List[str]:
    """Worker replies waiting for a web resident (the widget has no push): marked delivered."""
    rows = session.execute(select(console_messages.c.id, console_messages.c.text).where(
        console_messages.c.sender_id == sender_id, console_messages.c.author == "worker",
        console_messages.c.delivered.is_(False)).order_by(console_messages.c.id)).all()
    if rows:
        session.execute(update(console_messages).where(console_messages.c.id.in_([r.id for r in rows]))
                        .values(delivered=True))
    return [r.text for r in rows]


# --- the gateway hook -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Inbound:
    forward: bool  # pass the message on to Rasa
    rasa_sender: str  # the conversation Rasa continues (the journey)
    replies: Tuple[str, ...] = field(default_factory=tuple)  # said instead of the bot's answer
    status: str = "forwarded"


# Settings.link_cooldown_hours' default, for callers that do not pass the configured one.
DEFAULT_LINK_COOLDOWN_S = Settings.link_cooldown_hours * 3600.0


def route(session: Session, key: str, sender_id: str, channel: str, text: str, *,
          now: Optional[float] = None, resume_allowed: bool = True,
          link_cooldown_s: float = DEFAULT_LINK_COOLDOWN_S, code_days: int = DEFAULT_CODE_DAYS,
          check_held: bool = True) -> Inbound:
    """`resume_allowed` False: this client is over its resume-attempt limit (bot.gateway.resume_limits).

    A held conversation follows the resident to another channel only when that channel may act on
    the journey (bot.residents.rights.link_waiting_until: its own channel, or a link older than
    `link_cooldown_s`, settings.link_cooldown_hours). A channel linked more recently (a resume code
    typed on a new phone or browser, perhaps guessed or overheard) is heard by the worker, but cannot
    take the conversation: the worker's replies keep going where they went.

    `check_held` False: the caller knows no worker holds any conversation (the lookup is skipped).
    """
    now = time.time() if now is None else now
    # Only a code-shaped word is taken as a resume attempt: "resume writing help" goes to the bot.
    code = journeys.parse_resume(text)
    if code is not None:
        if not resume_allowed:
            analytics.record(session, "resume_limited", channel=channel)
            return Inbound(False, journeys.journey_of(session, sender_id), (RESUME_LIMITED,), "resume_limited")
        journey = journeys.redeem(session, key, code, sender_id, channel, now=now)
        analytics.record(session, "resume_redeemed" if journey else "resume_failed", channel=channel)
        if not journey:
            log.info("resume code refused for %s", sender_id)
        return Inbound(False, journey or journeys.journey_of(session, sender_id),
                       (RESUMED if journey else resume_failed(code_days),),
                       "resumed" if journey else "resume_failed")
    journey_id = journeys.journey_of(session, sender_id)
    answer = referrals.record_follow_up_answer(session, journey_id, text, now=now)
    if answer is not None:
        return Inbound(False, journey_id, (answer,), "follow_up")
    held = is_held(session, journey_id) if check_held else None
    if held is not None:
        if held.sender_id != sender_id:
            if rights.link_waiting_until(session, sender_id, cooldown_s=link_cooldown_s, now=now) is None:
                # The resident moved channel: reply where they are now.
                session.execute(update(console_handoffs).where(console_handoffs.c.id == held.id)
                                .values(sender_id=sender_id, channel=channel))
            else:
                log.info("inbound from %s, linked too recently to take handoff %s: replies stay on %s",
                         sender_id, held.id, held.sender_id)
        add_message(session, held, "resident", text, now=now)
        replies = collect_web_replies(session, sender_id) if channel == "web" else []
        log.info("inbound from %s held by a worker (handoff %s): not sent to rasa", sender_id, held.id)
        return Inbound(False, journey_id, tuple(replies), "held")
    return Inbound(True, journey_id)


class StoreUnavailable(RuntimeError):
    """Our database stayed unreachable (a PostgreSQL restart that outlasted the retries)."""


RETRY_SECONDS = 8.0  # as long as Rasa's tracker store waits (components.tracker_store); gateway: 20 s


async def route_inbound(engine: Engine, key: str, sender_id: str, channel: str, text: str, *,
                      now: Optional[float] = None, retry_seconds: Optional[float] = None,
                      resume_guard: Optional[Callable[[], Awaitable[bool]]] = None,
                      link_cooldown_s: float = DEFAULT_LINK_COOLDOWN_S,
                      code_days: int = DEFAULT_CODE_DAYS,
                      may_be_held: Optional[Callable[[], Awaitable[bool]]] = None) -> Inbound:
    """Gateway hook (web view and Twilio flow): resume codes, follow-up answers, held conversations.

    `link_cooldown_s`: settings.link_cooldown_hours * 3600 (see `route`); `code_days`:
    settings.resume_code_days, for the words when a code does not work.

    `resume_guard` is awaited for each resume attempt, before its code is looked at: False (the
    client or everyone is over the attempt limit) refuses it unchecked.

    `may_be_held` (bot.gateway.coordination.HeldConversations.may_be_held), when given, is awaited
    first: False (no worker holds any conversation, known without a query) skips the held lookup.

    A lost connection (PostgreSQL restarting) is retried for `retry_seconds`, then StoreUnavailable:
    the message must not reach Rasa unchecked, since a worker may be holding the conversation.
    """
    factory = session_factory(writing(engine))  # routing reads (held? a resume code?) and then links
    allowed = True
    if resume_guard is not None and journeys.parse_resume(text or "") is not None:
        allowed = await resume_guard()
    check_held = True if may_be_held is None else await may_be_held()

    def run() -> Inbound:
        with factory() as session, session.begin():
            return route(session, key, sender_id, channel, text or "", now=now, resume_allowed=allowed,
                         link_cooldown_s=link_cooldown_s, code_days=code_days, check_held=check_held)

    retry_seconds = RETRY_SECONDS if retry_seconds is None else retry_seconds

    def give_up(error: DBAPIError) -> StoreUnavailable:
        log.error("database unreachable for %.0fs; message from %s not routed", retry_seconds, sender_id)
        return StoreUnavailable("database unreachable")

    return await retry_transient(
        lambda: asyncio.to_thread(run), retry_seconds, give_up=give_up,
        on_retry=lambda delay: log.warning("database connection lost routing a message from %s; "
                                           "retrying in %.2fs", sender_id, delay))


__all__ = ["Handoff", "Inbound", "OfficeHours", "StoreUnavailable", "accept_callback", "add_message", "any_held", "any_held_in", "route_inbound",
           "collect_web_replies", "get", "hand_back", "is_held", "may_act", "messages", "open_for", "packet", "queue",
           "request_handoff", "route", "take"]
