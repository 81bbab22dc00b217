""""Talk to a person": a request in the console's queue, with the packet a worker picks up from.

Inside office hours the request waits for a worker (the gateway keeps the bot quiet once one takes
it); outside them it is a callback offer the resident can accept, with a time of their choosing on
SMS/WhatsApp, or as a reply in this chat on the web (with a resume code to find it again).
"""

from __future__ import annotations

import logging
from typing import List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import channel, entity, language, latest_intent, latest_text, match_held
from actions.context import describe, get_context
from bot.dialogue import handoff_words, slots
from bot.residents import handoff, journeys
from bot.dialogue.next_steps import PHONE_CHANNELS

log = logging.getLogger(__name__)


class ActionHandoff(Action):
    def name(self) -> Text:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        ctx = get_context()
        values = tracker.current_slot_values()
        shown = list(tracker.get_slot(slots.SHOWN) or [])
        payload = None
        if shown:  # the routes shown, with their reasons, go in the packet (in English: a worker reads it)
            result = await match_held(tracker, for_staff=True)
            payload = result.to_payload() if result is not None else None
        where, said = channel(tracker), latest_text(tracker)
        reason = "" if said.startswith("/") else said  # a tapped button says nothing more
        hours = ctx.office_hours()
        try:
            request = await ctx.write(lambda session: handoff.request_handoff(
                session, sender_id=tracker.sender_id, channel=where, profile=handoff_words.profile(values),
                recommendations=handoff_words.shown_recommendations(payload, shown),
                language=handoff_words.language(values.get(slots.ENGLISH_LEVEL)),
                urgency=handoff_words.urgency(said), reason=reason, hours=hours))
        except Exception as error:  # noqa: BLE001 - a resident asking for a person always gets one route
            log.warning("handoff for %s not queued (%s)", tracker.sender_id, describe(error))
            dispatcher.utter_message(text=handoff_words.handoff_unavailable(language(tracker)))
            return []
        log.info("handoff %s for %s: %s", request.id, tracker.sender_id, request.status)
        if request.status == "callback_offered":
            text, buttons = handoff_words.callback_offer(hours.text, where, language(tracker))
            dispatcher.utter_message(text=text, buttons=buttons)
        elif request.status == "waiting":
            dispatcher.utter_message(text=handoff_words.queued(hours.text, language(tracker)))
        else:  # a callback already booked, or a worker already has the conversation
            dispatcher.utter_message(text=handoff_words.already_waiting(language(tracker)))
        return []


class ActionCallbackAnswer(Action):
    """Yes (with a time) or no to the callback offer; no also withdraws a request still waiting."""

    def name(self) -> Text:
        return "action_callback_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        ctx = get_context()
        where, declined = channel(tracker), latest_intent(tracker) == "deny"
        when = handoff_words.callback_when(entity(tracker, "callback_time"), latest_text(tracker))
        keyed = ctx.keyed_settings

        def work(session) -> "tuple[str, Optional[str]]":
            journey = journeys.journey_of(session, tracker.sender_id)
            request = handoff.open_for(session, journey)
            if request is None or request.status == "held":
                return "none", None
            if declined:
                handoff.hand_back(session, request.id)  # closes it: nobody should call
                return "declined", None
            if request.status != "callback_offered":
                return "waiting", None
            handoff.accept_callback(session, request.id, when)
            code = None
            if where not in PHONE_CHANNELS:  # a web chat is found again by code, not by number
                code = journeys.issue_code(session, keyed.pseudonym_key or "", journey,
                                           ttl_s=keyed.resume_code_days * 86_400.0)
            return "booked", code

        try:
            outcome, code = await ctx.write(work)
        except Exception as error:  # noqa: BLE001
            log.warning("callback answer for %s not recorded (%s)", tracker.sender_id, describe(error))
            dispatcher.utter_message(text=handoff_words.handoff_unavailable(language(tracker)))
            return []
        if outcome == "booked":
            text = handoff_words.callback_booked(where, when, code, keyed.resume_code_days,
                                                  language(tracker))
        elif outcome == "declined":
            text = handoff_words.callback_declined(language(tracker))
        else:
            text = (handoff_words.already_waiting(language(tracker)) if outcome == "waiting"
                    else handoff_words.nothing_open(language(tracker)))
        dispatcher.utter_message(text=text)
        return []
