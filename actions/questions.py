"""action_ask_<slot>: what Rasa's intake form runs to ask for a fact (instead of an utter_ask_ response).

The question and its quick replies come from bot/dialogue/questions.py in the conversation's language (the
`language` slot), worded differently when the resident's last answer could not be used; while that language's
translation is an unchecked draft the resident is told so once, before the question. Each question put to a
resident for the first time is counted (anonymously) for the demand report's drop-off table; asking it again
after a digression is not.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT
from rasa_sdk.types import DomainDict

from actions.common import channel, draft_notice, held_before_latest_message, language, latest_intent
from actions.context import get_context
from bot.dialogue import intake, questions, slots


class AskQuestion(Action, ABC):
    """Asks for `slot`. Abstract: rasa-sdk registers only the per-slot subclasses below."""

    @property
    @abstractmethod
    def slot(self) -> Text:
        ...

    def name(self) -> Text:
        return f"action_ask_{self.slot}"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        asked_before = held_before_latest_message(tracker).get(REQUESTED_SLOT)
        events = draft_notice(dispatcher, tracker)
        offer = intake.place_mentioned(tracker.events) if self.slot == slots.LOCAL_AUTHORITY else None
        question = questions.question(self.slot, retry=questions.is_retry(self.slot, asked_before,
                                                                            latest_intent(tracker)),
                                      about=tracker.get_slot(slots.ASKING_FOR), lang=language(tracker), offer=offer)
        dispatcher.utter_message(text=question.text, buttons=question.button_dicts())
        if asked_before != self.slot:
            await get_context().record("question_asked", question=self.slot, channel=channel(tracker))
        return events


def _class_name(slot: str) -> str:
    return "ActionAsk" + "".join(part.title() for part in slot.split("_"))


# One registered action per form slot: action_ask_local_authority, action_ask_age, ...
ASK_ACTIONS = {slot: type(_class_name(slot), (AskQuestion,), {"slot": slot, "__module__": __name__})
               for slot in slots.PROFILE}
globals().update({cls.__name__: cls for cls in ASK_ACTIONS.values()})

__all__ = ["ASK_ACTIONS", "AskQuestion"] + [cls.__name__ for cls in ASK_ACTIONS.values()]
