"""validate_intake_form: check what the resident told us, then pick the one question worth asking next."""

from __future__ import annotations

from typing import List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT, FormValidationAction
from rasa_sdk.types import DomainDict

from actions.common import (channel, held_before_latest_message, language, latest_entities, latest_intent,
                            latest_text, match_held)
from actions.context import get_context
from bot.dialogue import handoff_words, intake, questions, replies, rights_words, slots
from bot.language import vocab
from bot.language.asked_beside import PERSON, asked_beside
from bot.residents import rights
from bot.dialogue.profile import ProfileError

FORM = "intake_form"
DECLINED = slots.DECLINED
# The console counts the conversations it starts itself (bot/console/assisted_db.py).
CONSOLE_CHANNELS = ("assisted", "kiosk")


class ValidateIntakeForm(FormValidationAction):
    """Runs on every turn of the intake form (and when it starts or resumes after a digression).

    1. "prefer not to say" / "skip" / "not sure" records the question in `declined`, so it is not asked
       again; a fact said only as a short reply to another question leaves held facts as they were.
    2. Every fact we hold is checked against the slot contract; an unusable answer is cleared and
       the resident told why, so the form asks again.
    3. Groups the resident volunteers ("I'm a care leaver") are added to `target_groups`.
    4. `required_slots` asks the engine which unknown facts could change the answer; the first one
       not yet known becomes `requested_slot`. None left: the form ends and we recommend.
    5. A fact we already held that the message changes ("actually I'm 25") goes through
       `bot.residents.rights.change_fact` and is confirmed in plain words.
    6. Anonymous counts for the demand report: a conversation started, a question answered.
    """

    def name(self) -> Text:
        return "validate_intake_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        events: List[EventType] = []
        self._asked_beside(dispatcher, tracker)
        events += self._place_offered(dispatcher, tracker)
        tracker.add_slots(events)
        events += self._declined(tracker)
        events += self._short_answer(tracker)
        events += self._kept(tracker)
        tracker.add_slots(events)
        events += self._came_back(tracker)
        tracker.add_slots(events)
        events += self._checked(dispatcher, tracker, answered=[e["name"] for e in events])
        events += self._target_groups(tracker)
        events += self._volunteered(dispatcher, tracker)
        tracker.add_slots(events)
        events += self._background_from_pay(tracker)
        tracker.add_slots(events)
        self._corrections(dispatcher, tracker)
        await self._count(tracker)

        required = await self.required_slots(self.domain_slots(domain), dispatcher, tracker, domain)
        following = next((name for name in required if tracker.get_slot(name) is None), None)
        if following is not None and intake.times_asked(tracker.events, following) >= intake.MAX_ASKS:
            # asked twice and still no usable answer: unknown, and on to the next question
            events += self._give_up(tracker, following)
            tracker.add_slots(events)
            required = await self.required_slots(self.domain_slots(domain), dispatcher, tracker, domain)
            following = next((name for name in required if tracker.get_slot(name) is None), None)
        events.append(SlotSet(REQUESTED_SLOT, following))
        return events

    @staticmethod
    def _asked_beside(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        """A question asked beside the facts ("is it free? I'm 25, live in Walsall...") is answered before
        the next question; a message the classifier took for the question itself has its own rule."""
        if latest_intent(tracker) in intake.NOT_FACT_INTENTS:
            return
        asked = asked_beside(latest_text(tracker))
        if asked == PERSON:
            dispatcher.utter_message(text=handoff_words.nothing_open(language(tracker)))
        elif asked is not None:
            dispatcher.utter_message(response=asked)

    @staticmethod
    def _give_up(tracker: Tracker, slot: Text) -> List[EventType]:
        declined = list(tracker.get_slot(DECLINED) or [])
        events: List[EventType] = [] if slot in declined else [SlotSet(DECLINED, declined + [slot])]
        if slot == slots.ANNUAL_INCOME:
            events.append(SlotSet(slots.ANNUAL_INCOME, vocab.INCOME_DECLINED))
        return events

    async def required_slots(
        self,
        domain_slots: List[Text],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> List[Text]:
        """What we hold, then only what is unknown and could change the answer (gates first)."""
        values = tracker.current_slot_values()
        profile, _invalid = intake.profile_from_slots(values)
        declined = values.get(DECLINED) or []
        # (what is asked of a child, nothing or their age alone, is bot.dialogue.intake.slots_to_ask's to decide)
        result = await match_held(tracker, profile)
        if result is None:  # the engine is unavailable: keep going with the common questions
            to_ask: List[Text] = intake.fallback_slots_to_ask(profile, declined)
        else:
            to_ask = intake.slots_to_ask(profile, result.questions, declined)
        allowed = set(domain_slots) if domain_slots else set(intake.PROFILE_SLOTS)
        return [name for name in intake.required_slots(values, to_ask) if name in allowed]

    @staticmethod
    def _place_offered(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
        """ "yes" or "not sure" to the place question that offered the place they named as where they work."""
        if tracker.get_slot(REQUESTED_SLOT) != slots.LOCAL_AUTHORITY or tracker.get_slot(slots.LOCAL_AUTHORITY):
            return []
        area, say_back = intake.place_answer((tracker.latest_message or {}).get("text"),
                                             intake.place_mentioned(tracker.events))
        if area is None:
            return []
        if say_back:
            dispatcher.utter_message(text=questions.place_note(area, language(tracker)))
        return [SlotSet(slots.LOCAL_AUTHORITY, area)]

    @staticmethod
    def _came_back(tracker: Tracker) -> List[EventType]:
        """A question they skipped and have now answered after all is no longer declined."""
        declined = list(tracker.get_slot(DECLINED) or [])
        answered = [name for name in declined if name != slots.ANNUAL_INCOME and tracker.get_slot(name) is not None]
        income = tracker.get_slot(slots.ANNUAL_INCOME)
        if slots.ANNUAL_INCOME in declined and income is not None and income != vocab.INCOME_DECLINED:
            answered.append(slots.ANNUAL_INCOME)
        return [SlotSet(DECLINED, [n for n in declined if n not in answered])] if answered else []

    @staticmethod
    def _declined(tracker: Tracker) -> List[EventType]:
        """ "Prefer not to say", "not sure", "skip": the open question is recorded as declined.

        Any question may be answered so. It is not asked again unless the resident comes back to it
        (a later message that gives the fact still fills it). "Not sure" to the interest question is
        an answer of its own (the extractor reads it as interest not_sure), so it is not declined.
        """
        requested = tracker.get_slot(REQUESTED_SLOT)
        text = (tracker.latest_message or {}).get("text")
        if requested not in intake.PROFILE_SLOTS:
            return []
        if latest_intent(tracker) != "decline" and not intake.is_dont_know(text):
            return []
        held = held_before_latest_message(tracker)
        if tracker.get_slot(requested) is not None and held.get(requested) != tracker.get_slot(requested):
            return []  # the message answered it after all
        declined = list(tracker.get_slot(DECLINED) or [])
        events: List[EventType] = []
        if requested not in declined:
            events.append(SlotSet(DECLINED, declined + [requested]))
        if requested == slots.ANNUAL_INCOME:
            events.append(SlotSet(slots.ANNUAL_INCOME, vocab.INCOME_DECLINED))
        return events

    @staticmethod
    def _short_answer(tracker: Tracker) -> List[EventType]:
        """A short reply with exactly the fact asked for answers the question, whatever the intent.

        Slot mappings skip questions and requests (so "will it affect my UC?" records nothing), but
        a one-word answer can be misread as one: "data" is not "delete my data".
        """
        if latest_intent(tracker) not in intake.NOT_FACT_INTENTS:
            return []  # the slot mappings already took whatever the message gave
        requested = tracker.get_slot(REQUESTED_SLOT)
        value = intake.short_answer(requested, (tracker.latest_message or {}).get("text"), latest_entities(tracker))
        return [] if value is None else [SlotSet(requested, value)]

    @staticmethod
    def _kept(tracker: Tracker) -> List[EventType]:
        """A short answer to the question asked does not change other facts we already held."""
        held = held_before_latest_message(tracker)
        requested = tracker.get_slot(REQUESTED_SLOT)
        entities = latest_entities(tracker)
        names = intake.side_effects(requested, (tracker.latest_message or {}).get("text"), entities, held)
        names += [n for n in intake.weak_side_effects(requested, entities) if n not in names]
        names += [n for n in intake.bundled_side_effects(requested, entities, held) if n not in names]
        names += [n for n in intake.vaguer_side_effects(requested, entities, held) if n not in names]
        return [SlotSet(name, held.get(name)) for name in names if tracker.get_slot(name) != held.get(name)]

    @staticmethod
    def _checked(dispatcher: CollectingDispatcher, tracker: Tracker, answered: List[Text] = ()) -> List[EventType]:
        """Check every held fact; report problems only with what the resident has just said."""
        just_given = {k for k in tracker.slots_to_validate() if k in intake.PROFILE_SLOTS} | set(answered)
        said_now = {e.get("entity") for e in latest_entities(tracker)}
        events: List[EventType] = []
        for name in intake.PROFILE_SLOTS:
            value = tracker.get_slot(name)
            if value is None:
                continue
            checked = intake.check(name, value)
            if name in just_given or not checked.ok or checked.value != value:
                events.append(SlotSet(name, checked.value))
            if not checked.ok and name in just_given:
                dispatcher.utter_message(text=replies.problem(checked.problem, tracker.get_slot(slots.LANGUAGE)))
            elif (
                name == slots.LOCAL_AUTHORITY
                and checked.ok
                and name in just_given
                and slots.LOCAL_AUTHORITY in said_now
                and checked.value not in vocab.LOCAL_AUTHORITIES
            ):
                dispatcher.utter_message(text=replies.outside_area_note(checked.value, language(tracker)))
        return events

    @staticmethod
    def _corrections(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        """Say which held facts the latest message changed, each checked by rights.change_fact."""
        held = held_before_latest_message(tracker)
        changes = []
        for name in intake.PROFILE_SLOTS:
            old, new = held.get(name), tracker.get_slot(name)
            if old is None or new is None or new == old or name not in tracker.slots_to_validate():
                continue
            if name == slots.ANNUAL_INCOME and new == vocab.INCOME_DECLINED:
                continue  # "prefer not to say" is not a correction to announce
            try:
                changes.append((name, rights.change_fact(name, new)))
            except ProfileError:
                continue  # check() took it, Profile did not: say nothing rather than something wrong
        note = rights_words.corrected(changes, tracker.get_slot(slots.ASKING_FOR), language(tracker))
        if note:
            dispatcher.utter_message(text=note)

    @staticmethod
    async def _count(tracker: Tracker) -> None:
        """conversation_started on the form's first run since the conversation (re)started, and
        question_answered when the question that was open now has an answer. Never a text or an id."""
        where = channel(tracker)
        runs = sum(1 for e in tracker.events if e.get("event") == "action" and e.get("name") == FORM)
        if runs == 1 and where not in CONSOLE_CHANNELS:
            await get_context().record("conversation_started", channel=where)
        held = held_before_latest_message(tracker)
        asked = held.get(REQUESTED_SLOT)
        if (asked in intake.PROFILE_SLOTS and latest_intent(tracker) != "decline"
                and held.get(asked) is None and tracker.get_slot(asked) is not None):
            await get_context().record("question_answered", question=asked, channel=where)

    @staticmethod
    def _target_groups(tracker: Tracker) -> List[EventType]:
        """Groups they say they are in, and groups they say they are not in, added to what we held."""
        if latest_intent(tracker) in intake.NOT_FACT_INTENTS:
            return []
        events: List[EventType] = []
        for entity, slot in (("target_group", intake.TARGET_GROUPS_SLOT),
                             ("excluded_group", intake.EXCLUDED_GROUPS_SLOT)):
            said = [e.get("value") for e in latest_entities(tracker) if e.get("entity") == entity]
            if not said:
                continue
            current = tracker.get_slot(slot) or []
            merged = intake.merge_target_groups(current, said, slot)
            if merged != sorted(current):
                events.append(SlotSet(slot, merged))
        return events

    @staticmethod
    def _volunteered(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
        """Facts never asked for: digital confidence, who the facts are about, a qualification from
        abroad (said back to them with the nearest UK level and what a provider may ask for), being of school
        age (until an age is said)."""
        events: List[EventType] = []
        for slot in (intake.DIGITAL_CONFIDENCE_SLOT, intake.ASKING_FOR_SLOT):
            value = tracker.get_slot(slot)
            if value is not None and not intake.check(slot, value).ok:
                events.append(SlotSet(slot, None))
        said = {e.get("entity") for e in latest_entities(tracker)}
        level = tracker.get_slot(slots.QUALIFICATION_LEVEL)
        if intake.QUALIFICATION_ABROAD_SLOT in said and isinstance(level, int) and not isinstance(level, bool):
            dispatcher.utter_message(text=questions.abroad_note(level, language(tracker)))
        elif slots.QUALIFICATION_LEVEL in said and tracker.get_slot(intake.QUALIFICATION_ABROAD_SLOT) is not None:
            events.append(SlotSet(intake.QUALIFICATION_ABROAD_SLOT, None))  # a new answer, from here
        if slots.AGE in said and intake.SCHOOL_AGE_SLOT not in said and tracker.get_slot(intake.SCHOOL_AGE_SLOT):
            events.append(SlotSet(intake.SCHOOL_AGE_SLOT, None))  # the age said decides now; keep no stale fact
        return events

    @staticmethod
    def _background_from_pay(tracker: Tracker) -> List[EventType]:
        """In work on pay under the funding rules' low-wage threshold: a low_wage background (bot.dialogue.intake)."""
        if tracker.get_slot(slots.BACKGROUND) is not None or slots.BACKGROUND in (tracker.get_slot(DECLINED) or []):
            return []
        inferred = intake.background_from_pay(tracker.get_slot(slots.EMPLOYMENT_STATUS),
                                              tracker.get_slot(slots.ANNUAL_INCOME))
        return [SlotSet(slots.BACKGROUND, inferred)] if inferred else []
