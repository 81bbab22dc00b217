"""Forget me: once the resident has confirmed, clear every fact and start a new conversation.

The tracker store (components/tracker_store.py) sees this action in the turn and deletes the stored
conversation too, so nothing the resident said is kept.
"""

from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import AllSlotsReset, EventType, Restarted
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot import intake, replies


class ActionForgetMe(Action):
    def name(self) -> Text:
        return "action_forget_me"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        held = [
            name
            for name in intake.PROFILE_SLOTS + (intake.TARGET_GROUPS_SLOT,)
            if tracker.get_slot(name) not in (None, [], "")
        ]
        dispatcher.utter_message(text=replies.removed_text(held))
        return [AllSlotsReset(), Restarted()]
