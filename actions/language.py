"""The conversation's language, asked for by name ("English please", "po polsku", "اردو").

The NLU component has already set the `language` slot (bot/language/choice.py); this action says so in
that language, with the once-per-conversation notice while its translation is an unchecked draft.
"""

from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import language, latest_text
from bot.dialogue import slots
from bot.language.choice import asked_for, chosen_reply, draft_notice

LANGUAGE_SLOT = slots.LANGUAGE


class ActionLanguageChosen(Action):
    def name(self) -> Text:
        return "action_language_chosen"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        # The slot, when the component set it; the words, when the classifier alone found the intent.
        lang = asked_for(latest_text(tracker)) or language(tracker) or "en"
        dispatcher.utter_message(text=chosen_reply(lang))
        events: List[EventType] = []
        if tracker.get_slot(LANGUAGE_SLOT) != lang:
            events.append(SlotSet(LANGUAGE_SLOT, lang))
        told = list(tracker.get_slot(slots.TRANSLATION_NOTICE) or [])
        note = draft_notice(lang, told)
        if note:
            dispatcher.utter_message(text=note)
            events.append(SlotSet(slots.TRANSLATION_NOTICE, told + [lang]))
        return events
