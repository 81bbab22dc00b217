"""Report wrong information about a route shown: which one, then the skills team's queue, and thanks.

The route comes from the widget card's button or the SMS keyword (its id, or its number as listed), or
from the words of a typed report ("the info about the Sandwell course is wrong"); when that does not say
which, we ask, keeping the resident's words for the report that follows their choice. The report holds the
route, the catalogue version, the channel and the words (bot.pathways.corrections), never who sent it.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import channel, entity, language, latest_text
from actions.context import describe, get_context
from bot.dialogue import next_steps, slots
from bot.pathways import catalogue_store, corrections

log = logging.getLogger(__name__)
SHOWN, LAST_SHOWN, PENDING = slots.SHOWN, slots.LAST_SHOWN, slots.PENDING_REPORT


def _shown_routes(session, ids: List[str]):
    """(catalogue version, summaries of the shown routes still in the live catalogue, by id)."""
    active = catalogue_store.active_catalogue(session)
    if active is None:
        return None, {}
    found = catalogue_store.fetch_pathways(session, active.id, ids)
    return active.version, {i: found[i].to_summary_dict() for i in ids if i in found}


def _words(tracker: Tracker) -> Optional[str]:
    """The resident's words: with the payload, kept from the question, or the typed report itself."""
    said = entity(tracker, "report_words")
    if said:
        return str(said)
    text = latest_text(tracker)
    if text and not text.startswith("/"):
        return text
    return tracker.get_slot(PENDING)


class ActionReportWrongInfo(Action):
    def name(self) -> Text:
        return "action_report_wrong_info"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        shown = [str(i) for i in tracker.get_slot(SHOWN) or []]
        if not shown:
            dispatcher.utter_message(text=corrections.say("nothing_shown", language(tracker)))
            return [SlotSet(PENDING, None)]
        ctx = get_context()
        words = _words(tracker)
        try:
            version, by_id = await ctx.write(lambda session: _shown_routes(session, shown))
        except Exception as error:  # noqa: BLE001 - the resident is told to try again
            log.warning("report lookup for %s failed (%s)", tracker.sender_id, describe(error))
            dispatcher.utter_message(text=corrections.say("unavailable", language(tracker)))
            return [SlotSet(PENDING, None)]
        candidates: List[Dict[str, Any]] = [by_id[i] for i in shown if i in by_id]
        ref = entity(tracker, "pathway_ref")
        number = entity(tracker, "number")
        text = latest_text(tracker)
        chosen = by_id.get(str(ref)) if ref else None
        if chosen is None and not ref and number is not None:
            chosen = by_id.get(corrections.position(number, shown) or "")
        if chosen is None and not ref and not text.startswith("/"):
            # Typed: the number may be a price or a year ("it costs £2000"), so the words may still say which.
            chosen = next_steps.pick(candidates, corrections.naming(text), numbered=shown)
        if chosen is None or version is None:
            latest = [by_id[i] for i in tracker.get_slot(LAST_SHOWN) or [] if i in by_id] or candidates
            if not latest:
                dispatcher.utter_message(text=next_steps.text("stale", language(tracker)))
                return [SlotSet(PENDING, None)]
            text, buttons = next_steps.which(latest, "report_wrong_info", corrections.say("which", language(tracker)))
            dispatcher.utter_message(text=text, buttons=buttons)
            return [SlotSet(PENDING, corrections.clean_words(words) or None)]
        where = channel(tracker)
        try:
            await ctx.write(lambda session: corrections.report(
                session, pathway_id=str(chosen["id"]), words=words, channel=where, catalogue_version=version))
        except corrections.ReportError:  # the only one a resident's report can raise: not a route shown
            dispatcher.utter_message(text=corrections.say("not_shown", language(tracker)))
            return [SlotSet(PENDING, None)]
        except Exception as error:  # noqa: BLE001
            log.warning("report from %s not queued (%s)", tracker.sender_id, describe(error))
            dispatcher.utter_message(text=corrections.say("unavailable", language(tracker)))
            return [SlotSet(PENDING, None)]
        dispatcher.utter_message(text=corrections.say("thanks", language(tracker)))
        return [SlotSet(PENDING, None)]
