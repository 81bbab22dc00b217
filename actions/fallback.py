"""The first stage of the two-stage fallback: offer the likely meanings in plain words, not intent names."""

from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot import replies


class ActionDefaultAskAffirmation(Action):
    def name(self) -> Text:
        return "action_default_ask_affirmation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        ranking = (tracker.latest_message or {}).get("intent_ranking") or []
        text, buttons = replies.suggestions(ranking)
        dispatcher.utter_message(text=text, buttons=buttons)
        return []
