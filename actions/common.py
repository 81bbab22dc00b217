"""Reading the tracker the same way in every action: the latest intent and entities, what we held
before the resident's latest message, which channel they are on, and what the engine suggests for
what the resident has told us."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.context import get_context
from bot.dialogue import intake, slots
from bot.language import choice
from bot.language.words import LANGUAGES
from bot.dialogue.profile import Profile
from bot.residents import analytics, journeys


def latest_intent(tracker: Tracker) -> Text:
    return ((tracker.latest_message or {}).get("intent") or {}).get("name") or ""


def latest_entities(tracker: Tracker) -> List[Dict[Text, Any]]:
    return list((tracker.latest_message or {}).get("entities") or [])


def latest_text(tracker: Tracker) -> Text:
    return str((tracker.latest_message or {}).get("text") or "")


def entity(tracker: Tracker, name: Text) -> Optional[Any]:
    """The first value of entity `name` in the latest message (a button payload carries one)."""
    return next((e.get("value") for e in latest_entities(tracker) if e.get("entity") == name), None)


def held_before_latest_message(tracker: Tracker) -> Dict[Text, Any]:
    """Slot values as they were before the resident's latest message."""
    held: Dict[Text, Any] = {}
    events = list(tracker.events)
    last_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=len(events))
    for event in events[:last_user]:
        if event.get("event") == "slot":
            held[event["name"]] = event.get("value")
        elif event.get("event") in ("reset_slots", "restart"):
            held = {}
    return held


TERMINAL = "cmdline"  # Rasa's input channel for `rasa shell` (make shell)


def draws_cards(tracker: Tracker) -> bool:
    """False in the terminal, which prints a custom payload as raw JSON: there the text, which lists
    every route shown with its reason and next step, is the whole answer. Every other channel (the
    gateway, REST clients, the console) gets the payload as documented."""
    return tracker.get_latest_input_channel() != TERMINAL


def channel(tracker: Tracker) -> str:
    """web, sms, whatsapp, assisted or kiosk: what the latest message came through.

    The gateway and the console name it in the message metadata; the conversation's own id (the
    journey's first channel) is only the fallback, since a resident may have moved channel since.
    """
    metadata = (tracker.latest_message or {}).get("metadata")
    said = metadata.get("channel") if isinstance(metadata, dict) else None
    if said in analytics.CHANNELS:
        return str(said)
    return journeys.channel_of(tracker.sender_id or "")


def via(tracker: Tracker) -> Optional[str]:
    """The pseudonym of the channel asking, when it continues another journey (the gateway's "via"
    metadata, bot.gateway.rasa_client); None when it is the journey's own channel (or the console)."""
    metadata = (tracker.latest_message or {}).get("metadata")
    said = metadata.get("via") if isinstance(metadata, dict) else None
    return said if isinstance(said, str) and said and said != tracker.sender_id else None


def slot_events_ever(tracker: Tracker, name: Text) -> List[Any]:
    """Every value slot `name` was ever set to in this conversation, across restarts and sessions
    (the action server gets the whole tracker): for things counted once per journey."""
    return [e.get("value") for e in tracker.events if e.get("event") == "slot" and e.get("name") == name]


def held_profile(tracker: Tracker) -> Profile:
    """The Profile the tracker's slots describe; a value that is not usable is left out (the engine
    never sees it, bot.dialogue.intake.profile_from_slots)."""
    profile, _invalid = intake.profile_from_slots(tracker.current_slot_values())
    return profile


async def match_held(tracker: Tracker, profile: Optional[Profile] = None, *, for_staff: bool = False):
    """The engine's MatchResult for what the resident has told us (or for `profile`, when the caller
    already read it), or None when the database or catalogue is unavailable. Its reasons, conditions and
    near misses are in the conversation's language, or English when they go to a worker (`for_staff`)."""
    return await get_context().match(held_profile(tracker) if profile is None else profile,
                                     lang=None if for_staff else language(tracker))


__all__ = ["channel", "entity", "held_before_latest_message", "latest_entities", "latest_intent", "latest_text",
           "held_profile", "match_held", "slot_events_ever", "via"]


def language(tracker: Tracker) -> Optional[str]:
    """The conversation's language (bot.language.words.LANGUAGES); None means English, and so does a value no
    catalogue has (a forged quick-reply payload can set the slot to anything)."""
    lang = tracker.get_slot(slots.LANGUAGE)
    return lang if lang in LANGUAGES else None


def draft_notice(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """Tells the resident, once per conversation and language, that its translation is a new draft and
    "English please" switches back; the languages told are kept in a slot "forget me" erases."""
    told = list(tracker.get_slot(slots.TRANSLATION_NOTICE) or [])
    lang = language(tracker)
    note = choice.draft_notice(lang, told)
    if note is None:
        return []
    dispatcher.utter_message(text=note)
    return [SlotSet(slots.TRANSLATION_NOTICE, told + [lang])]
