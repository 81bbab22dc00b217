"""SMS and WhatsApp conversations: from an acknowledged webhook to replies sent through Twilio.

Each inbound message becomes a tracked background task, so the webhook answers Twilio at once and a
slow turn never holds up other residents; a per-sender lock keeps one resident's turns in order. The
inbound row stays `pending` until the resident has been answered (or told what went wrong), so a
restart picks it up again instead of losing it.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Dict, Optional, Sequence, Set, Union

from bot.residents import handoff, phones
from bot.gateway import render, sms, wording
from bot.residents.pseudonyms import pseudonym
from bot.gateway.rasa_client import RasaClient, RasaUnavailable, via
from bot.gateway.ratelimit import KeyedLocks, RateLimiter
from bot.gateway.resume_limits import ResumeLimits
from bot.gateway.coordination import HeldConversations, LocalState, SharedLimiter, SharedState, check
from bot.residents.contacts import Contact, Store
from bot.gateway.notifier import Notifier
from bot.gateway.twilio import SendResult, TwilioSender

log = logging.getLogger("waymark.gateway.messaging")

STOP_WORDS = {"STOP", "STOPALL", "UNSUBSCRIBE", "OPTOUT"}
START_WORDS = {"START", "UNSTOP"}
HELP_WORDS = {"HELP", "INFO"}


def keyword(body: str) -> Optional[str]:
    """STOP / START / HELP as a whole message ("Stop.", " stop ") — never inside a sentence."""
    word = body.strip().strip(".!").upper().replace(" ", "")
    if word in STOP_WORDS:
        return "STOP"
    if word in START_WORDS:
        return "START"
    if word in HELP_WORDS:
        return "HELP"
    if word == "YES":
        return "YES"  # re-subscribes only someone who has opted out; otherwise it's an answer
    return None


def channel_of(address: str) -> str:
    return "whatsapp" if address.strip().lower().startswith("whatsapp:") else "sms"


class TwilioChannel:
    def __init__(self, *, store: Store, sender: TwilioSender, rasa: RasaClient, pseudonym_key: str,
                 max_chars: int, limiter: Union[RateLimiter, SharedLimiter], locks: KeyedLocks,
                 rasa_backoff: Sequence[float] = (1.0, 2.0, 4.0), leases: Optional[SharedState] = None,
                 resume_limits: Optional[ResumeLimits] = None,
                 link_cooldown_s: float = handoff.DEFAULT_LINK_COOLDOWN_S,
                 code_days: int = handoff.DEFAULT_CODE_DAYS, held: Optional[HeldConversations] = None):
        self.store = store
        self.held = held  # no held lookup while no worker holds any conversation
        self.link_cooldown_s = link_cooldown_s  # a newly linked phone may not take over a held chat
        self.code_days = code_days  # how long resume codes last, for the words when one does not work
        self.sender = sender
        self.rasa = rasa
        self.key = pseudonym_key
        self.max_chars = max_chars
        self.limiter = limiter
        self.locks = locks
        self.rasa_backoff = tuple(rasa_backoff)
        # With several gateways, exactly one answers a message (also one recovered at start).
        self.leases = leases or LocalState()
        self.resume_limits = resume_limits  # resume attempts per phone and overall
        self._tasks: Set[asyncio.Task] = set()
        # Replies and messages not prompted by one (follow-ups, "send me this") leave by one path.
        self.outgoing = Notifier(store, sender, locks)

    # --- intake (called by the webhook view; must be quick) -----------------------------------------
    async def receive(self, message_sid: str, address: str, body: str) -> bool:
        """Record and schedule one inbound message; False if this MessageSid was already taken."""
        if await asyncio.to_thread(self.store.seen_inbound, message_sid):
            # Before the contact is touched: a replay must not restore an erased number.
            log.info("duplicate webhook %s ignored", message_sid)
            return False
        channel = channel_of(address)
        number = phones.from_address(address)
        sender_id = pseudonym(self.key, channel, number)
        # The contact first: it restarts the WhatsApp window and lets a recovered message be answered.
        await asyncio.to_thread(self.store.touch_contact, sender_id, channel, number)
        if not await asyncio.to_thread(self.store.claim_inbound, message_sid, sender_id, body):
            log.info("duplicate webhook %s for %s ignored", message_sid, sender_id)
            return False
        log.info("inbound %s from %s (%s)", message_sid, sender_id, channel)
        self.schedule(message_sid, sender_id, body)
        return True

    def schedule(self, message_sid: str, sender_id: str, body: str) -> None:
        task = asyncio.get_running_loop().create_task(self._run(message_sid, sender_id, body),
                                                      name=f"twilio-{message_sid}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def recover(self) -> int:
        """Answer messages acknowledged before a restart but never answered."""
        pending = await asyncio.to_thread(self.store.pending_inbound)
        for item in pending:
            log.info("recovering unanswered inbound %s for %s", item.message_sid, item.pseudonym)
            self.schedule(item.message_sid, item.pseudonym, item.body)
        return len(pending)

    async def close(self, timeout: float = 10.0) -> None:
        """Let turns in flight finish; cancel the rest (they stay pending and are recovered later)."""
        tasks = list(self._tasks)
        if not tasks:
            return
        _, still_running = await asyncio.wait(tasks, timeout=timeout)
        for task in still_running:
            task.cancel()
        if still_running:
            log.warning("cancelled %d unanswered inbound message(s) at shutdown; kept for restart",
                        len(still_running))
            await asyncio.gather(*still_running, return_exceptions=True)

    async def idle(self) -> None:
        """Wait for every scheduled message to be handled (tests, and orderly shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # --- one message -------------------------------------------------------------------------------
    async def _run(self, message_sid: str, sender_id: str, body: str) -> None:
        if not await self.leases.claim(message_sid):
            log.info("inbound %s is being answered by another gateway", message_sid)
            return
        try:
            await self._run_claimed(message_sid, sender_id, body)
        finally:
            await self.leases.release(message_sid)

    async def _run_claimed(self, message_sid: str, sender_id: str, body: str) -> None:
        async with self.locks.hold(sender_id):
            try:
                status = await self._handle(message_sid, sender_id, body)
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - a bug must still end in an answer, not silence
                log.exception("failed handling inbound %s for %s", message_sid, sender_id)
                status = "failed"
                contact = await asyncio.to_thread(self.store.get_contact, sender_id)
                if contact is not None:
                    await self._say(contact, wording.NOT_ANSWERED)
            await asyncio.to_thread(self.store.finish_inbound, message_sid, status)

    async def _handle(self, message_sid: str, sender_id: str, body: str) -> str:
        contact = await asyncio.to_thread(self.store.get_contact, sender_id)
        if contact is None:
            log.warning("inbound %s: no contact for %s (erased?); not answered", message_sid, sender_id)
            return "erased"
        word = keyword(body)
        if word == "STOP":
            await asyncio.to_thread(self.store.set_opted_out, sender_id, True)
            log.info("%s opted out", sender_id)
            # SMS: Twilio's own opt-out handling confirms (and would block ours). WhatsApp has none,
            # so we confirm once; after this nothing more is sent.
            if contact.channel == "whatsapp":
                await self._say(contact, wording.OPTED_OUT, force=True)
            return "opted_out"
        if word == "START" or (word == "YES" and contact.opted_out):
            await asyncio.to_thread(self.store.set_opted_out, sender_id, False)
            contact.opted_out = False
            log.info("%s opted in", sender_id)
            await self._say(contact, wording.OPTED_IN)
            return "opted_in"
        if word == "HELP":
            await self._say(contact, wording.HELP, force=True)
            return "help"
        if contact.opted_out:
            log.info("inbound %s from opted-out %s not answered (START re-subscribes)",
                     message_sid, sender_id)
            return "ignored_opted_out"

        decision = await check(self.limiter, sender_id)
        if not decision.allowed:
            log.info("rate limited %s (inbound %s)", sender_id, message_sid)
            if decision.first_refusal:
                await self._say(contact, wording.RATE_LIMITED)
            return "rate_limited"
        text = body.strip()
        if len(text) > self.max_chars:
            await self._say(contact, wording.TOO_LONG)
            return "too_long"
        if not text:
            await self._say(contact, wording.EMPTY)
            return "empty"

        chosen = sms.match_option(text, contact.last_options) or sms.report_payload(text)
        message = chosen or text
        # Before Rasa: "RESUME <code>", follow-up answers, a worker holding the chat, the journey to continue.
        try:
            route = await handoff.route_inbound(self.store.engine, self.key, sender_id, contact.channel, text,
                                              resume_guard=self._resume_guard(sender_id),
                                              link_cooldown_s=self.link_cooldown_s, code_days=self.code_days,
                                              may_be_held=self.held.may_be_held if self.held else None)
        except handoff.StoreUnavailable:
            await self._say(contact, wording.NOT_RECEIVED)
            return "apologised"
        if not route.forward:
            for reply in route.replies:
                await self._say(contact, reply)
            return route.status
        await asyncio.to_thread(self.store.count_attempt, message_sid)
        try:
            turn = await self.rasa.send(route.rasa_sender, message, channel=contact.channel,
                                        backoff=self.rasa_backoff, metadata=via(sender_id, route.rasa_sender))
        except RasaUnavailable as error:
            log.warning("no answer from rasa for inbound %s (%s); apologising", message_sid, error.reason)
            apology = wording.NOT_RECEIVED if error.delivered is False else wording.NOT_ANSWERED
            await self._say(contact, apology)
            return "apologised"
        reply = render.render_text(turn, contact.channel)
        await asyncio.to_thread(self.store.set_options, sender_id, reply.options)
        result = await self._deliver(contact, reply.bodies)
        return "done" if result.ok else "undelivered"

    def _resume_guard(self, sender_id: str):
        limits = self.resume_limits
        if limits is None:
            return None

        async def allowed() -> bool:
            return (await limits.attempt(sender_id)).allowed

        return allowed

    async def _say(self, contact: Contact, text: str, *, force: bool = False) -> SendResult:
        channel_text = render.render_text([{"text": text}], contact.channel)
        return await self._deliver(contact, channel_text.bodies, force=force)

    async def _deliver(self, contact: Contact, bodies, *, force: bool = False) -> SendResult:
        return await self.outgoing.deliver(contact, bodies, force=force)

    # --- outbound not prompted by a message (follow-ups, notifications from other features) --------
    async def notify(self, sender_id: str, text: str, *, template: str = "default",
                     variables: Optional[Dict[str, str]] = None) -> SendResult:
        """Message a resident by pseudonym. Outside WhatsApp's 24h window this sends `template`."""
        return await self.outgoing.notify(sender_id, text, template=template, variables=variables)
