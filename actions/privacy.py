"""A resident's data rights in the chat: what we hold, their choices, and forget me.

Forget me: once the resident has confirmed, `bot.residents.rights.forget` erases them from every store of ours
(referrals, requests, reminders, resume codes, the gateway's phone mappings, and the tracker rows of
every channel linked to this journey) and gives a receipt; the tracker store
(components/tracker_store.py) also sees this action in the turn and deletes the stored conversation,
so nothing the resident said is kept even when our own database is down.

A chat continued with a resume code less than a day ago (settings.link_cooldown_hours) can do
neither: `bot.residents.rights` refuses, the resident is told why and how, and the conversation goes on (no
restart, so the tracker store erases nothing either).
"""

from __future__ import annotations

import asyncio
import functools
import logging
from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import AllSlotsReset, EventType, Restarted
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import entity, language, latest_text, via
from actions.context import describe, get_context
from bot.dialogue import rights_words, slots
from bot.language.words import words_for
from bot.residents import journeys, rights

log = logging.getLogger(__name__)


class ActionForgetMe(Action):
    def name(self) -> Text:
        return "action_forget_me"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        held = [
            name
            for name in slots.PROFILE + slots.VOLUNTEERED
            if tracker.get_slot(name) not in (None, [], "")
        ]
        settings = get_context().settings
        try:
            erasure = await asyncio.get_running_loop().run_in_executor(
                None, functools.partial(rights.forget, settings, tracker.sender_id, via=via(tracker)))
        except rights.LinkTooNew as refused:
            dispatcher.utter_message(text=rights_words.link_too_new(
                refused.ready_at, erase=True, zone=settings.timezone, hours=settings.link_cooldown_hours,
                lang=language(tracker)))
            return []
        except Exception as error:  # noqa: BLE001 - the conversation is still erased by the tracker store
            log.warning("erasure for %s incomplete (%s); the resident was asked to repeat it",
                        tracker.sender_id, describe(error))
            dispatcher.utter_message(text=rights_words.erased_partly(held, language(tracker)))
        else:
            dispatcher.utter_message(text=rights_words.erased(held, erasure.receipt, language(tracker)))
            # The widget then clears what the browser kept (transcript, session id), so a shared computer
            # keeps nothing. Not after a partial erasure: the resident must repeat it in the same session.
            dispatcher.utter_message(json_message={"type": "conversation_erased"})
        return [AllSlotsReset(), Restarted()]


class ActionWhatWeHold(Action):
    """ "What do you know about me?": every store, what is in it, in plain words."""

    def name(self) -> Text:
        return "action_what_we_hold"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        ctx = get_context()
        settings = ctx.settings
        asking = via(tracker)

        def look(session):
            rights.check_link(session, asking, cooldown_s=settings.link_cooldown_hours * 3600.0)
            return rights.what_we_hold(session, ctx.tracker_engine(), tracker.sender_id,
                                       retention_days=settings.retention_days, words=words_for(language(tracker)))

        try:
            held = await ctx.write(look)
        except rights.LinkTooNew as refused:
            dispatcher.utter_message(text=rights_words.link_too_new(
                refused.ready_at, erase=False, zone=settings.timezone, hours=settings.link_cooldown_hours,
                lang=language(tracker)))
            return []
        except Exception as error:  # noqa: BLE001 - tell the resident, never crash
            log.warning("what-we-hold for %s unavailable (%s)", tracker.sender_id, describe(error))
            dispatcher.utter_message(text=rights_words.held_unavailable(language(tracker)))
            return []
        dispatcher.utter_message(text=rights_words.held_text(held, language(tracker)))
        return []


class ActionConsent(Action):
    """Consent choices, changeable at any time: the menu, or the change the message asks for."""

    def name(self) -> Text:
        return "action_consent"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        ctx = get_context()
        changes = rights_words.consent_request(latest_text(tracker), entity(tracker, "consent_choice"))
        try:
            if changes:
                await ctx.write(lambda session: rights.set_consent(session, tracker.sender_id, **changes))
            else:
                consent = await ctx.write(lambda session: rights.get_consent(
                    session, journeys.journey_of(session, tracker.sender_id)))
        except Exception as error:  # noqa: BLE001
            log.warning("consent for %s not read/changed (%s)", tracker.sender_id, describe(error))
            dispatcher.utter_message(text=rights_words.consent_unavailable(language(tracker)))
            return []
        if changes:
            dispatcher.utter_message(text=rights_words.changed(
                changes, retention_days=ctx.settings.retention_days, lang=language(tracker)))
        else:
            text, buttons = rights_words.menu(consent, language(tracker))
            dispatcher.utter_message(text=text, buttons=buttons)
        return []
