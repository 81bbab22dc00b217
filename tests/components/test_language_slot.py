"""The NLU component keeps the conversation's language: the first message in another language sets the
`language` slot, a language named by the resident is asked for, and nothing flips it afterwards."""

from pathlib import Path

from rasa.core.actions.action import ActionExtractSlots
from rasa.core.channels import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.slots import TextSlot
from rasa.shared.core.trackers import DialogueStateTracker

from tests.components.test_waymark_nlu import classified, entities, extractor, model_path  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


def _held(lang=None) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("resident", [SlotSet("language", lang)] if lang else [], slots=[
        TextSlot("language", mappings=[]), TextSlot("requested_slot", mappings=[])])


async def _slots_after(message) -> DialogueStateTracker:
    domain = Domain.load(str(ROOT / "domain.yml"))
    parse = {"text": message.get("text"), "intent": message.get("intent"), "entities": message.get("entities")}
    tracker = DialogueStateTracker.from_events("resident", [UserUttered(parse["text"], parse["intent"],
                                                                        parse["entities"], parse)], slots=domain.slots)
    for event in await ActionExtractSlots(None).run(
            CollectingOutputChannel(), TemplatedNaturalLanguageGenerator(domain.responses), tracker, domain):
        tracker.update(event)
    return tracker


async def test_a_first_message_in_polish_fills_the_language_slot_of_the_real_domain(extractor):
    message = classified("Dzień dobry, mam 34 lata i szukam kursu komputerowego", "greet")
    extractor.process([message], tracker=_held())
    assert entities(message)["language"] == "pl"
    assert (await _slots_after(message)).get_slot("language") == "pl"


def test_a_later_message_in_english_does_not_flip_it(extractor):
    message = classified("Hello, I would like to find a coding course in Coventry", "greet")
    extractor.process([message], tracker=_held("pl"))
    assert "language" not in entities(message)


def test_an_english_message_stores_nothing_english_is_the_default(extractor):
    message = classified("Hello, I would like to find a coding course in Coventry", "greet")
    extractor.process([message], tracker=_held())
    assert "language" not in entities(message)


def test_a_language_named_is_asked_for_whatever_the_classifier_read(extractor):
    message = classified("English please", "affirm")
    extractor.process([message], tracker=_held("ur"))
    assert message.get("intent")["name"] == "choose_language"
    assert entities(message)["language"] == "en"


def test_a_typed_quick_reply_keeps_its_own_meaning(extractor):
    offered = {"event": "bot", "text": "Which?", "data": {"buttons": [
        {"title": "English", "payload": '/inform{"interest": "general_digital"}'}]}}
    tracker = DialogueStateTracker.from_dict("resident", [offered], slots=[TextSlot("language", mappings=[]),
                                                                          TextSlot("requested_slot", mappings=[])])
    message = classified("English", "inform")
    extractor.process([message], tracker=tracker)
    assert message.get("intent")["name"] == "inform"


def _asked(slot: str, lang=None) -> DialogueStateTracker:
    events = [SlotSet("requested_slot", slot)] + ([SlotSet("language", lang)] if lang else [])
    return DialogueStateTracker.from_events("resident", events, slots=[
        TextSlot("language", mappings=[]), TextSlot("requested_slot", mappings=[])])


def test_english_to_the_english_question_in_english_is_an_answer_not_a_switch(extractor):
    message = classified("english", "choose_language")
    extractor.process([message], tracker=_asked("english_level"))
    assert message.get("intent")["name"] != "choose_language"
    assert entities(message)["english_level"] == "fluent"


def test_english_to_another_question_or_in_another_language_still_asks_for_english(extractor):
    for tracker in (_asked("availability"), _asked("english_level", "pl")):
        message = classified("english", "inform")
        extractor.process([message], tracker=tracker)
        assert message.get("intent")["name"] == "choose_language"
