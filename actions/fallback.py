"""The two-stage fallback in plain words: "did you mean...?", "say it another way", and the way out.

Rasa's built-in versions of these default actions utter `utter_ask_rephrase` / `utter_default`; these
custom actions (same names, listed in domain.yml) take the words from bot/dialogue/fallback_words.py instead, so every
response in the domain is one a story or rule uses (`rasa data validate` has nothing to warn about).
"""

from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import language
from bot.dialogue import fallback_words


class ActionDefaultAskAffirmation(Action):
    """First stage: offer the likely meanings in plain words, not intent names."""

    def name(self) -> Text:
        return "action_default_ask_affirmation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        ranking = (tracker.latest_message or {}).get("intent_ranking") or []
        text, buttons = fallback_words.suggestions(ranking, lang=language(tracker))
        dispatcher.utter_message(text=text, buttons=buttons)
        return []


class ActionDefaultAskRephrase(Action):
    """Second stage, after "none of these": ask for it in other words."""

    def name(self) -> Text:
        return "action_default_ask_rephrase"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        dispatcher.utter_message(text=fallback_words.ask_rephrase(language(tracker)))
        return []


class ActionDefaultFallback(Action):
    """The way out (two unclear messages in a row, or no policy is sure what to do): say what works.

    Like Rasa's own, it reverts the resident's message, so the conversation carries on from where it
    was (an intake question stays the open question) instead of from a message we could not use.
    """

    def name(self) -> Text:
        return "action_default_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        dispatcher.utter_message(text=fallback_words.default_fallback(language(tracker)))
        return [UserUtteranceReverted()]
