"""After recommendations: refer me (with consent), tell me when it opens, and send me this.

Each action reads the tracker, asks bot/ what the resident meant and what to say, and calls the store
in one committed session. The pathway always comes from a fresh match over what the resident was shown,
so a referral or a reminder is never about a route the catalogue no longer offers them.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT
from rasa_sdk.types import DomainDict

from actions.common import (channel, entity, held_before_latest_message, language, latest_intent, latest_text,
                            match_held)
from actions.context import describe, get_context
from bot.dialogue import next_steps, replies, sending, slots
from bot.pathways import evidence
from bot.residents import journeys, notify, referrals, rights

log = logging.getLogger(__name__)
SHOWN, LAST_SHOWN = slots.SHOWN, slots.LAST_SHOWN
PENDING, PENDING_NOTIFY, SEND_TO = slots.PENDING_PATHWAY, slots.PENDING_NOTIFY, slots.SEND_TO
SEND_CONFIRMED = slots.SEND_CONFIRMED


async def _shown_pathways(dispatcher: CollectingDispatcher, tracker: Tracker):
    """(ids shown, the match now, their payload dicts by id), or None after telling the resident why not."""
    shown = list(tracker.get_slot(SHOWN) or [])
    if not shown:
        dispatcher.utter_message(text=replies.nothing_shown_yet(language(tracker)))
        return None
    result = await match_held(tracker)
    if result is None:
        dispatcher.utter_message(text=replies.unavailable(language(tracker)))
        return None
    by_id = {p["id"]: p for p in result.to_payload()["pathways"]}
    return shown, result, by_id


def _say(dispatcher: CollectingDispatcher, reply) -> None:
    text, buttons = reply
    dispatcher.utter_message(text=text, buttons=buttons)


class ActionRefer(Action):
    """Which pathway, then the consent question naming what would be shared with its provider."""

    def name(self) -> Text:
        return "action_refer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        found = await _shown_pathways(dispatcher, tracker)
        if found is None:
            return [SlotSet(PENDING, None)]
        shown, _result, by_id = found
        candidates = [by_id[i] for i in shown if i in by_id]
        if not candidates:
            dispatcher.utter_message(text=next_steps.text("stale", language(tracker)))
            return [SlotSet(PENDING, None)]
        chosen = next_steps.pick(candidates, latest_text(tracker), entity(tracker, "pathway_ref"), numbered=shown)
        asking_for = tracker.get_slot(slots.ASKING_FOR)  # referring someone else: said of them
        if chosen is None:
            latest = [by_id[i] for i in tracker.get_slot(LAST_SHOWN) or [] if i in by_id] or candidates
            _say(dispatcher, next_steps.which(latest, "refer_me",
                                              next_steps.text("refer_which", language(tracker), asking_for)))
            return [SlotSet(PENDING, None)]
        ctx = get_context()

        def look(session):
            journey = journeys.journey_of(session, tracker.sender_id)
            open_ones = [r for r in referrals.list_referrals(session, journey_id=journey)
                         if r.pathway_id == chosen["id"] and r.status not in referrals.CLOSED]
            return open_ones, rights.get_consent(session, journey)

        try:
            existing, consent = await ctx.write(look)
        except Exception as error:  # noqa: BLE001
            log.warning("referral check for %s failed (%s)", tracker.sender_id, describe(error))
            dispatcher.utter_message(text=next_steps.text("refer_unavailable", language(tracker)))
            return [SlotSet(PENDING, None)]
        if existing:
            ref = existing[0]
            dispatcher.utter_message(text=next_steps.already_referred(
                chosen, ref.reference, referrals.STATUS_WORDS.get(ref.status, ref.status), language(tracker),
                asking_for=asking_for))
            return [SlotSet(PENDING, None)]
        facts = [n for n in slots.PROFILE if tracker.get_slot(n) is not None]
        ask_follow_up = channel(tracker) in next_steps.PHONE_CHANNELS and not consent.follow_ups
        _say(dispatcher, next_steps.referral_question(
            chosen, facts, ctx.settings.followup_days if ask_follow_up else None, language(tracker),
            asking_for=asking_for))
        return [SlotSet(PENDING, chosen["id"])]


class ActionReferAnswer(Action):
    """Yes: the referral, with consent, and its reference. No: nothing shared."""

    def name(self) -> Text:
        return "action_refer_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        pending = tracker.get_slot(PENDING)
        if latest_intent(tracker) == "deny":
            lang = language(tracker)
            dispatcher.utter_message(text=next_steps.text("refer_declined", lang) if pending
                                     else next_steps.refer_later(lang))
            return [SlotSet(PENDING, None)]
        if not pending:
            dispatcher.utter_message(text=next_steps.text("refer_nothing_pending", language(tracker)))
            return []
        found = await _shown_pathways(dispatcher, tracker)
        if found is None:
            return [SlotSet(PENDING, None)]
        pathway = found[2].get(pending)
        if pathway is None:
            dispatcher.utter_message(text=next_steps.text("stale", language(tracker)))
            return [SlotSet(PENDING, None)]
        ctx = get_context()
        asked_follow_up = entity(tracker, "follow_up") == "yes"
        rules = next((r.pathway.eligibility.to_dict() for r in found[1].recommendations
                      if r.pathway.id == pending), {})
        # Who the facts are about goes too: a provider contacting the asker must know the learner is someone else.
        facts = {n: tracker.get_slot(n) for n in slots.PROFILE + (slots.ASKING_FOR,)
                 if tracker.get_slot(n) is not None}

        def work(session):
            consent = rights.get_consent(session, journeys.journey_of(session, tracker.sender_id))
            return referrals.create(session, sender_id=tracker.sender_id, pathway=pathway, consented=True,
                                    follow_up=asked_follow_up or consent.follow_ups,
                                    local_authority=tracker.get_slot(slots.LOCAL_AUTHORITY),
                                    follow_up_days=ctx.settings.followup_days, facts=facts,
                                    eligibility=rules, channel=channel(tracker))

        try:
            made = await ctx.write(work)
        except Exception as error:  # noqa: BLE001
            log.warning("referral for %s not made (%s)", tracker.sender_id, describe(error))
            dispatcher.utter_message(text=next_steps.text("refer_unavailable", language(tracker)))
            return [SlotSet(PENDING, None)]
        asking_for = tracker.get_slot(slots.ASKING_FOR)  # the facts, the referral and the documents are theirs
        dispatcher.utter_message(text=next_steps.referral_done(
            pathway, made.reference, follow_up_days=ctx.settings.followup_days if made.follow_up else None,
            lang=language(tracker), asking_for=asking_for))
        # What to bring to enrol, from the same rules and facts the provider's packet carries.
        bring = evidence.reply(evidence.checklist(rules, facts), str(pathway.get("title") or ""), language(tracker),
                               asking_for=asking_for)
        if bring:
            dispatcher.utter_message(text=bring)
        return [SlotSet(PENDING, None)]


class ActionNotifyMe(Action):
    """Tell me when a full, waitlisted or closed pathway opens: once, by SMS or WhatsApp."""

    def name(self) -> Text:
        return "action_notify_me"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        found = await _shown_pathways(dispatcher, tracker)
        if found is None:
            return []
        shown, result, by_id = found
        waiting = next_steps.waiting_pathways(result, shown)
        ref = entity(tracker, "pathway_ref")
        if ref and ref in by_id and ref not in {p["id"] for p in waiting}:
            dispatcher.utter_message(text=next_steps.already_open(by_id[ref], language(tracker)))
            return []
        if not waiting:
            dispatcher.utter_message(text=next_steps.text("nothing_waiting", language(tracker)))
            return []
        chosen = next_steps.pick(waiting, latest_text(tracker), ref, numbered=shown)
        if chosen is None:
            _say(dispatcher, next_steps.which(waiting, "notify_me", next_steps.text("notify_which", language(tracker))))
            return []
        return await subscribe(dispatcher, tracker, chosen)


async def subscribe(dispatcher: CollectingDispatcher, tracker: Tracker, pathway: Dict[str, Any],
                    destination: Optional[str] = None) -> List[EventType]:
    """Subscribe, or (on the web with no phone of its own) offer "send me this" first and remember.
    `destination`: the number "send me this" has just sent to, for this one message."""
    try:
        made = await get_context().write(lambda session: notify.subscribe(
            session, sender_id=tracker.sender_id, pathway=pathway, destination=destination))
    except notify.NotReachable:
        _say(dispatcher, next_steps.not_reachable(pathway, language(tracker)))
        return [SlotSet(PENDING_NOTIFY, pathway["id"])]
    except Exception as error:  # noqa: BLE001
        log.warning("notify subscription for %s not made (%s)", tracker.sender_id, describe(error))
        dispatcher.utter_message(text=next_steps.text("notify_unavailable", language(tracker)))
        return []
    dispatcher.utter_message(text=next_steps.subscribed(pathway, made.channel, language(tracker)))
    return [SlotSet(PENDING_NOTIFY, None)]


class ValidateSendForm(Action):
    """send_form: on the web, a usable number ("sms:+44...") and then an explicit yes to sending to it;
    nothing to ask on a phone or before anything was suggested (bot.dialogue.sending.send_form_slots)."""

    def name(self) -> Text:
        return "validate_send_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        needed = bool(tracker.get_slot(SHOWN)) and channel(tracker) not in next_steps.PHONE_CHANNELS
        allowed = get_context().settings.send_allowed_prefixes
        value = sending.send_to_answer(tracker.get_slot(SEND_TO), latest_intent(tracker), latest_text(tracker),
                                          allowed)
        slots = sending.send_form_slots(
            value, before=held_before_latest_message(tracker).get(SEND_TO),
            confirmed=tracker.get_slot(SEND_CONFIRMED), needed=needed, allowed=allowed)
        return [SlotSet(name, value) for name, value in slots.items()]


class ActionAskSendTo(Action):
    def name(self) -> Text:
        return "action_ask_send_to"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        again = held_before_latest_message(tracker).get(REQUESTED_SLOT) == SEND_TO
        lang = language(tracker)
        retry = sending.send_retry(get_context().settings.send_allowed_prefixes, lang)
        dispatcher.utter_message(text=retry if again else sending.send_question(lang),
                                 buttons=sending.send_buttons(lang))
        return []


class ActionAskSendConfirmed(Action):
    """The consent question: what we will send, to which number, how often. Asked again (with how to
    answer) when the reply was neither a yes, a no nor a new number."""

    def name(self) -> Text:
        return "action_ask_send_confirmed"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        held, send_to = held_before_latest_message(tracker), tracker.get_slot(SEND_TO)
        again = held.get(REQUESTED_SLOT) == SEND_CONFIRMED and held.get(SEND_TO) == send_to
        _say(dispatcher, sending.send_confirmation(
            send_to, notify_title=await _pending_title(tracker), again=again, lang=language(tracker)))
        return []


async def _pending_title(tracker: Tracker) -> Optional[str]:
    """The course "tell me when it opens" is waiting to subscribe once a phone is linked, if any."""
    pending = tracker.get_slot(PENDING_NOTIFY)
    if not pending:
        return None
    try:
        result = await match_held(tracker)
    except Exception as error:  # noqa: BLE001 - the question can still be asked
        log.warning("pending course for %s not looked up (%s)", tracker.sender_id, describe(error))
        result = None
    if result is None:
        return sending.pending_course(language(tracker))
    waiting = next_steps.waiting_pathways(result, list(tracker.get_slot(SHOWN) or []))
    return next((str(p.get("title")) for p in waiting if p["id"] == pending), None)


class ActionSendCancelled(Action):
    """No thanks, or forget me / a person / goodbye, while send_form was asking: nothing is sent and
    the number, if one was given, is dropped from the conversation."""

    def name(self) -> Text:
        return "action_send_cancelled"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        had_number = sending.split_send_to(tracker.get_slot(SEND_TO))[1] is not None
        dispatcher.utter_message(text=sending.send_cancelled(had_number, language(tracker)))
        return [SlotSet(SEND_TO, None), SlotSet(SEND_CONFIRMED, None)]


class ActionSendMeThis(Action):
    """The routes shown, to the resident's phone with a resume code (or, on a phone, a copy here)."""

    def name(self) -> Text:
        return "action_send_me_this"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        # The number and the yes are not kept in the conversation: the next "send me this" asks again.
        cleared: List[EventType] = [SlotSet(SEND_TO, None), SlotSet(SEND_CONFIRMED, None)]
        found = await _shown_pathways(dispatcher, tracker)
        if found is None:
            return cleared
        shown, result, _by_id = found
        ctx = get_context()
        keyed, where, lang = ctx.keyed_settings, channel(tracker), language(tracker)
        on_phone = where in next_steps.PHONE_CHANNELS
        if on_phone:
            text = sending.summary(result, shown, code_days=keyed.resume_code_days, on_phone=True, lang=lang,
                                   asking_for=tracker.get_slot(slots.ASKING_FOR))
            try:
                code = await ctx.write(lambda session: journeys.issue_code(
                    session, keyed.pseudonym_key or "", tracker.sender_id, ttl_s=keyed.resume_code_days * 86_400.0))
            except Exception as error:  # noqa: BLE001
                log.warning("resume code for %s not issued (%s)", tracker.sender_id, describe(error))
                dispatcher.utter_message(text=sending.unavailable(lang))
                return cleared
            dispatcher.utter_message(text=text.replace("{code}", code))
            return cleared
        send_channel, number = sending.split_send_to(tracker.get_slot(SEND_TO))
        if number is None:  # asked during the intake: the form did not ask for a number
            dispatcher.utter_message(text=sending.after_questions(lang))
            return cleared
        if tracker.get_slot(SEND_CONFIRMED) is not True:  # never without the explicit yes
            dispatcher.utter_message(text=sending.send_cancelled(True, lang))
            return cleared

        def compose(own_chat: bool) -> str:  # a phone with its own chat is told the code would move it
            return sending.summary(result, shown, code_days=keyed.resume_code_days, on_phone=False,
                                   own_chat=own_chat, lang=lang)

        try:
            sender = await ctx.outbound()
            outcome = await sender.send_me_this(sender_id=tracker.sender_id, number=number, channel=send_channel,
                                                text=compose, consented=True, client=client_of(tracker))
        except Exception as error:  # noqa: BLE001
            log.warning("send-me-this for %s failed (%s)", tracker.sender_id, describe(error))
            dispatcher.utter_message(text=sending.unavailable(lang))
            return cleared
        dispatcher.utter_message(text=sending.sent(outcome.status, number, outcome.code, keyed.resume_code_days,
                                                   allowed=keyed.send_allowed_prefixes, lang=lang))
        pending: Optional[str] = tracker.get_slot(PENDING_NOTIFY)
        if outcome.ok and pending:
            pathway = next((p for p in next_steps.waiting_pathways(result, shown) if p["id"] == pending), None)
            if pathway is not None:
                return cleared + await subscribe(dispatcher, tracker, pathway, destination=outcome.contact)
        return cleared


def client_of(tracker: Tracker) -> Optional[str]:
    """The gateway's opaque key for the caller (a keyed hash of their address bucket), if it sent one."""
    metadata = (tracker.latest_message or {}).get("metadata")
    client = metadata.get("client") if isinstance(metadata, dict) else None
    return str(client)[:128] if client else None
