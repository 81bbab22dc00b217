"""validate_intake_form: check what the resident told us, then pick the one question worth asking next."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT, FormValidationAction
from rasa_sdk.types import DomainDict

from actions.context import get_context
from bot import intake, replies, vocab

FORM = "intake_form"
DECLINED = "declined"


def _latest_intent(tracker: Tracker) -> Text:
    return ((tracker.latest_message or {}).get("intent") or {}).get("name") or ""


def _latest_entities(tracker: Tracker) -> List[Dict[Text, Any]]:
    return list((tracker.latest_message or {}).get("entities") or [])


def _held_before_latest_message(tracker: Tracker) -> Dict[Text, Any]:
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


class ValidateIntakeForm(FormValidationAction):
    """Runs on every turn of the intake form (and when it starts or resumes after a digression).

    1. "prefer not to say" / "skip" records the question in `declined`, so it is never asked again.
    2. Every fact we hold is checked against the slot contract; an unusable answer is cleared and
       the resident told why, so the form asks again.
    3. Groups the resident volunteers ("I'm a care leaver") are added to `target_groups`.
    4. `required_slots` asks the engine which unknown facts could change the answer; the first one
       not yet known becomes `requested_slot`. None left: the form ends and we recommend.
    """

    def name(self) -> Text:
        return "validate_intake_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        events: List[EventType] = []
        events += self._declined(tracker)
        events += self._short_answer(tracker)
        events += self._kept(tracker)
        tracker.add_slots(events)
        events += self._checked(dispatcher, tracker, answered=[e["name"] for e in events])
        events += self._target_groups(tracker)
        tracker.add_slots(events)

        required = await self.required_slots(self.domain_slots(domain), dispatcher, tracker, domain)
        following = next((name for name in required if tracker.get_slot(name) is None), None)
        events.append(SlotSet(REQUESTED_SLOT, following))
        return events

    async def required_slots(
        self,
        domain_slots: List[Text],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> List[Text]:
        """What we hold, then only what is unknown and could change the answer (gates first)."""
        slots = tracker.current_slot_values()
        profile, _invalid = intake.profile_from_slots(slots)
        declined = slots.get(DECLINED) or []
        if intake.is_under_16(profile):
            to_ask: List[Text] = []
        else:
            result = await get_context().match(profile)
            if result is None:  # the engine is unavailable: keep going with the common questions
                to_ask = intake.fallback_slots_to_ask(profile, declined)
            else:
                to_ask = intake.slots_to_ask(profile, result.questions, declined)
        allowed = set(domain_slots) if domain_slots else set(intake.PROFILE_SLOTS)
        return [name for name in intake.required_slots(slots, to_ask) if name in allowed]

    @staticmethod
    def _declined(tracker: Tracker) -> List[EventType]:
        requested = tracker.get_slot(REQUESTED_SLOT)
        if _latest_intent(tracker) != "decline" or requested not in intake.PROFILE_SLOTS:
            return []
        if tracker.get_slot(requested) is not None:  # the message answered it after all
            return []
        declined = list(tracker.get_slot(DECLINED) or [])
        events: List[EventType] = []
        if requested not in declined:
            events.append(SlotSet(DECLINED, declined + [requested]))
        if requested == "annual_income":
            events.append(SlotSet("annual_income", vocab.INCOME_DECLINED))
        return events

    @staticmethod
    def _short_answer(tracker: Tracker) -> List[EventType]:
        """A short reply with exactly the fact asked for answers the question, whatever the intent.

        Slot mappings skip questions and requests (so "will it affect my UC?" records nothing), but
        a one-word answer can be misread as one: "data" is not "delete my data".
        """
        if _latest_intent(tracker) not in intake.NOT_FACT_INTENTS:
            return []  # the slot mappings already took whatever the message gave
        requested = tracker.get_slot(REQUESTED_SLOT)
        value = intake.short_answer(requested, (tracker.latest_message or {}).get("text"), _latest_entities(tracker))
        return [] if value is None else [SlotSet(requested, value)]

    @staticmethod
    def _kept(tracker: Tracker) -> List[EventType]:
        """A short answer to the question asked does not change other facts we already held."""
        held = _held_before_latest_message(tracker)
        names = intake.side_effects(tracker.get_slot(REQUESTED_SLOT), (tracker.latest_message or {}).get("text"),
                                    _latest_entities(tracker), held)
        return [SlotSet(name, held[name]) for name in names if tracker.get_slot(name) != held[name]]

    @staticmethod
    def _checked(dispatcher: CollectingDispatcher, tracker: Tracker, answered: List[Text] = ()) -> List[EventType]:
        """Check every held fact; report problems only with what the resident has just said."""
        just_given = {k for k in tracker.slots_to_validate() if k in intake.PROFILE_SLOTS} | set(answered)
        said_now = {e.get("entity") for e in _latest_entities(tracker)}
        events: List[EventType] = []
        for name in intake.PROFILE_SLOTS:
            value = tracker.get_slot(name)
            if value is None:
                continue
            checked = intake.check(name, value)
            if name in just_given or not checked.ok or checked.value != value:
                events.append(SlotSet(name, checked.value))
            if not checked.ok and name in just_given:
                dispatcher.utter_message(text=replies.PROBLEMS.get(checked.problem, replies.PROBLEMS["background"]))
            elif (
                name == "local_authority"
                and checked.ok
                and name in just_given
                and "local_authority" in said_now
                and checked.value not in vocab.LOCAL_AUTHORITIES
            ):
                dispatcher.utter_message(text=replies.outside_area_note(checked.value))
        return events

    @staticmethod
    def _target_groups(tracker: Tracker) -> List[EventType]:
        if _latest_intent(tracker) in intake.NOT_FACT_INTENTS:
            return []
        said = [e.get("value") for e in _latest_entities(tracker) if e.get("entity") == "target_group"]
        if not said:
            return []
        current = tracker.get_slot(intake.TARGET_GROUPS_SLOT) or []
        merged = intake.merge_target_groups(current, said)
        return [] if merged == sorted(current) else [SlotSet(intake.TARGET_GROUPS_SLOT, merged)]
