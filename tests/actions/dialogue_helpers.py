"""Helpers for the action tests: real trackers built the way Rasa builds what it sends the action server.

Trackers are a DialogueStateTracker from real events and the real domain's slots, serialised with
`current_state()` and read back by the SDK. For the form, the tracker is the temporary one Rasa's
FormAction sends to `validate_intake_form`.
"""

from __future__ import annotations

import asyncio
from typing import Any, Dict, Iterable, List, Optional

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.settings import ROOT

FORM = "intake_form"
FIXTURE_CATALOGUE = ROOT / "tests" / "fixtures" / "dialogue_catalogue.yml"


def user(text: str = "", intent: str = "inform", entities: Optional[Dict[str, Any]] = None,
         ranking: Optional[List[Dict[str, Any]]] = None, metadata: Optional[Dict[str, Any]] = None) -> UserUttered:
    """A user message as NLU parsed it; `metadata` is what the gateway or console sent with it."""
    ents = [{"entity": k, "value": v, "start": 0, "end": 1} for k, v in (entities or {}).items()]
    parse = {"intent": {"name": intent, "confidence": 1.0}, "entities": ents, "text": text}
    if ranking is not None:
        parse["intent_ranking"] = ranking
    return UserUttered(text, parse["intent"], ents, parse_data=parse, metadata=metadata)


def build_tracker(domain: Domain, events: Iterable[Event], sender: str = "resident") -> Tracker:
    state_tracker = DialogueStateTracker.from_events(sender, list(events), slots=domain.slots)
    return Tracker.from_dict(state_tracker.current_state(EventVerbosity.ALL))


def conversation(slots: Optional[Dict[str, Any]] = None, *, in_form: bool = True,
                 requested: Optional[str] = None) -> List[Event]:
    """A conversation so far: welcome, the form active, and these facts already held."""
    events: List[Event] = [ActionExecuted("action_listen"), user("hello", "greet"),
                           ActionExecuted("utter_welcome")]
    if in_form:
        events += [ActionExecuted(FORM), ActiveLoop(FORM)]
    events += [SlotSet(k, v) for k, v in (slots or {}).items()]
    if requested:
        events.append(SlotSet("requested_slot", requested))
    events.append(ActionExecuted("action_listen"))
    return events


def form_turn(domain: Domain, history: List[Event], message: UserUttered,
              extracted: Optional[Dict[str, Any]] = None) -> Tracker:
    """What FormAction sends validate_intake_form after a user turn.

    `extracted` is what action_extract_slots set from the message (the slot candidates): Rasa applies
    them after the message, then appends them again after the form's ActionExecuted.
    """
    extracted = extracted or {}
    requested = DialogueStateTracker.from_events("x", history, slots=domain.slots).get_slot("requested_slot")
    events = list(history) + [message] + [SlotSet(k, v) for k, v in extracted.items()]
    events += [SlotSet("requested_slot", requested), ActionExecuted(FORM)]
    events += [SlotSet(k, v) for k, v in extracted.items()]
    return build_tracker(domain, events)


def run(action, dispatcher, tracker, domain_dict) -> List[Dict[str, Any]]:
    return asyncio.run(action.run(dispatcher, tracker, domain_dict))


def slot_events(events: List[Dict[str, Any]]) -> Dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def texts(dispatcher: CollectingDispatcher) -> List[str]:
    return [m["text"] for m in dispatcher.messages if m.get("text")]
