"""Recommendations: the first three, "why" for the ones shown, and "more" for the next three.

Each action sends a short text any channel can show and, for widgets, the documented custom payload
(`dispatcher.utter_message(json_message=...)`) in the same turn.

The first recommendation of a journey is counted for the demand report (who, coarsely, and whether
anything open was found), with the kinds of pathway shown; it is also when we say, once, what else the
resident can do (refer me, send me this, tell me when it opens, their choices).
"""

from __future__ import annotations

import logging
from typing import Any, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import channel, draft_notice, draws_cards, held_profile, language, match_held, slot_events_ever
from actions.context import describe, get_context
from bot.dialogue import intake, next_steps, replies, slots
from bot.pathways import corrections
from bot.residents import analytics, audit, journeys

logger = logging.getLogger(__name__)


async def _audit(tracker: Tracker, result: Any, ids: List[str]) -> None:
    """The audit record of this turn's advice (bot.residents.audit); a failure costs no reply."""
    def work(session: Any) -> None:
        audit.record(session, journeys.journey_of(session, tracker.sender_id), channel(tracker), result, ids)

    try:
        await get_context().write(work)
    except Exception as error:  # noqa: BLE001 - logged by type; the resident still gets their answer
        logger.warning("advice audit record not written (%s)", describe(error))


def _shown(ids: List[str], last: List[str]) -> List[EventType]:
    return [SlotSet(slots.SHOWN, ids), SlotSet(slots.LAST_SHOWN, last)]


def first_page(dispatcher: CollectingDispatcher, result: Any, cards: bool = True,
               asking_for: Any = None, lang: Any = None) -> List[EventType]:
    dispatcher.utter_message(text=replies.recommendations_text(result, asking_for=asking_for, lang=lang))
    ids = [rec.pathway.id for rec in result.recommendations[: replies.PAGE]]
    # The cards are the routes the text lists, no more: the rest come with "more", a page at a time.
    if cards:
        dispatcher.utter_message(json_message=replies.payload_for(result, ids, lang=lang, asking_for=asking_for))
    return _shown(ids, ids)


class ActionRecommend(Action):
    def name(self) -> Text:
        return "action_recommend"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        result = await match_held(tracker)
        if result is None:
            dispatcher.utter_message(text=replies.unavailable(language(tracker)))
            return _shown([], [])
        events = draft_notice(dispatcher, tracker)
        events += first_page(dispatcher, result, draws_cards(tracker), tracker.get_slot(slots.ASKING_FOR),
                             language(tracker))
        await _audit(tracker, result, [r.pathway.id for r in result.recommendations[: replies.PAGE]])
        # Once per journey, across restarts and sessions.
        if result.recommendations and not any(slot_events_ever(tracker, slots.NEXT_STEPS_OFFERED)):
            page = replies.payload_for(result, [r.pathway.id for r in result.recommendations[: replies.PAGE]])
            on_phone = channel(tracker) in next_steps.PHONE_CHANNELS
            text, buttons = next_steps.offer(page["pathways"], on_phone=on_phone, lang=language(tracker))
            if on_phone:  # the card's "Report wrong information" is a keyword on a phone
                text += " " + corrections.phone_hint(language(tracker))
            dispatcher.utter_message(text=text, buttons=buttons)
            events.append(SlotSet(slots.NEXT_STEPS_OFFERED, True))
        if not any(slot_events_ever(tracker, slots.RECOMMENDED_COUNTED)):
            await get_context().record_all(_demand(tracker, result))
            events.append(SlotSet(slots.RECOMMENDED_COUNTED, True))
        return events


def _demand(tracker: Tracker, result: Any) -> List[Any]:
    """The anonymous events for a journey's first recommendation: vocabulary values, never text."""
    where = tracker.get_slot(slots.LOCAL_AUTHORITY)
    outcome = analytics.outcome_of([r.pathway.status for r in result.recommendations])
    events = [("recommended", {"local_authority": where, "background": tracker.get_slot(slots.BACKGROUND),
                               "channel": channel(tracker), "outcome": outcome})]
    events += [("pathway_recommended", {"kind": r.pathway.kind, "local_authority": where})
               for r in result.recommendations[: replies.PAGE]]
    return events


class ActionMoreRecommendations(Action):
    def name(self) -> Text:
        return "action_more_recommendations"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        shown: List[str] = list(tracker.get_slot(slots.SHOWN) or [])
        if not shown and tracker.active_loop.get("name"):
            dispatcher.utter_message(text=replies.nothing_shown_yet(language(tracker)))
            return []
        profile = held_profile(tracker)
        result = await match_held(tracker, profile)
        if result is None:
            dispatcher.utter_message(text=replies.unavailable(language(tracker)))
            return []
        if not shown:
            # Nothing shown yet: after a failed lookup, this is the retry; before the intake has what
            # it needs, we don't recommend blind.
            if intake.slots_to_ask(profile, result.questions, tracker.get_slot(slots.DECLINED) or []):
                dispatcher.utter_message(text=replies.nothing_shown_yet(language(tracker)))
                return []
            await _audit(tracker, result, [r.pathway.id for r in result.recommendations[: replies.PAGE]])
            return first_page(dispatcher, result, draws_cards(tracker), tracker.get_slot(slots.ASKING_FOR),
                              language(tracker))
        page = replies.next_page(result, shown)
        dispatcher.utter_message(text=replies.more_text(result, page, len(shown), language(tracker),
                                                        tracker.get_slot(slots.ASKING_FOR)))
        if not page:
            return []
        ids = [rec.pathway.id for rec in page]
        await _audit(tracker, result, ids)
        if draws_cards(tracker):
            dispatcher.utter_message(json_message=replies.payload_for(result, ids, lang=language(tracker),
                                                                      asking_for=tracker.get_slot(slots.ASKING_FOR)))
        return _shown(shown + ids, ids)


class ActionExplainRecommendations(Action):
    def name(self) -> Text:
        return "action_explain_recommendations"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        last: List[str] = list(tracker.get_slot(slots.LAST_SHOWN) or [])
        if not last:
            dispatcher.utter_message(text=replies.nothing_shown_yet(language(tracker)))
            return []
        result = await match_held(tracker)
        if result is None:
            dispatcher.utter_message(text=replies.unavailable(language(tracker)))
            return []
        dispatcher.utter_message(text=replies.why_text(result, last, language(tracker),
                                                       tracker.get_slot(slots.ASKING_FOR)))
        return []
