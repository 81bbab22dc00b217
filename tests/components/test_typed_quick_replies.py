"""Every quick reply the assistant offers, typed instead of tapped, means its payload.

The offered replies are collected from where they are defined (bot/dialogue/questions.py, domain.yml's
responses, the send and consent and handoff and next-step offers), so a new button is covered here
without anyone writing a test for it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, List, Tuple

import pytest
import yaml
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
from rasa.shared.nlu.training_data.message import Message

from bot.dialogue import handoff_words, next_steps, questions, rights_words, sending
from bot.language import typed_replies
from bot.language.words import LANGUAGES
from bot.residents import rights
from bot.language import nlp as pipeline
from components.waymark_nlu import WaymarkFactExtractor

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "gazetteer_small.yml"
Offer = Tuple[str, List[Dict[str, str]]]


def _offers() -> List[Offer]:
    out: List[Offer] = [(f"question:{slot}", q.button_dicts()) for slot, q in questions.QUESTIONS.items()]
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    for name, variants in (domain.get("responses") or {}).items():
        for variant in variants:
            if variant.get("buttons") and not variant.get("condition"):  # other languages: below
                out.append((f"response:{name}", variant["buttons"]))
    out.append(("send:number", list(sending.SEND_BUTTONS)))
    out.append(("send:confirm", list(sending.SEND_CONFIRM_BUTTONS)))
    for consent in (rights.Consent(), rights.Consent(share_with_provider=True, follow_ups=True,
                                                     keep_conversation=False)):
        out.append(("consent menu", rights_words.menu(consent)[1]))
    for where in ("web", "sms"):
        out.append((f"handoff:{where}", handoff_words.callback_offer("Mon-Fri 9-5", where)[1]))
    pathways = [{"id": "p1", "title": "Data bootcamp", "status": "open"},
                {"id": "p2", "title": "IT support HNC", "status": "waitlist"}]
    out.append(("next steps", next_steps.offer(pathways)[1]))
    return out


OFFERS = _offers()
CASES = [(name, buttons, i) for name, buttons in OFFERS for i in range(len(buttons))]


@pytest.fixture(scope="module")
def extractor(tmp_path_factory) -> WaymarkFactExtractor:
    model_path = pipeline.build(FIXTURE, tmp_path_factory.mktemp("spacy") / "waymark_en")
    return WaymarkFactExtractor.create(
        {"model_path": str(model_path), "gazetteer_path": str(FIXTURE)},
        LocalModelStorage(tmp_path_factory.mktemp("storage")),
        Resource("waymark_facts"),
        ExecutionContext(GraphSchema({}), "test-model"),
    )


def offered(buttons: List[Dict[str, str]]) -> DialogueStateTracker:
    """A conversation whose last assistant turn offered `buttons`, now waiting for the resident."""
    return DialogueStateTracker.from_events("resident", [
        ActionExecuted("action_listen"), UserUttered("hi", {"name": "greet", "confidence": 1.0}),
        BotUttered("A question?", data={"buttons": buttons}), ActionExecuted("action_listen")])


def parsed(extractor, text: str, tracker, intent: str = "out_of_scope") -> Message:
    message = Message(data={"text": text, "intent": {"name": intent, "confidence": 0.6},
                            "intent_ranking": [{"name": intent, "confidence": 0.6}]})
    [out] = extractor.process([message], tracker=tracker)
    return out


def meaning(message: Message) -> Tuple[str, Dict]:
    return message.get("intent")["name"], {e["entity"]: e["value"] for e in message.get("entities") or []}


def payload_meaning(payload: str) -> Tuple[str, Dict]:
    return meaning(YAMLStoryReader.unpack_regex_message(Message(data={"text": payload})))


def test_the_generated_cases_cover_every_question_and_both_confirmations():
    names = {name for name, _ in OFFERS}
    assert {f"question:{slot}" for slot, q in questions.QUESTIONS.items() if q.buttons} <= names
    assert "response:utter_confirm_forget_me" in names and "send:confirm" in names
    assert len(CASES) > 50


@pytest.mark.parametrize("name, buttons, index", CASES, ids=[f"{n}:{b[i]['title']}" for n, b, i in CASES])
def test_a_typed_title_means_its_payload(extractor, name, buttons, index):
    title, payload = buttons[index]["title"], buttons[index]["payload"]
    tracker = offered(buttons)
    expected = payload_meaning(payload)
    assert meaning(parsed(extractor, title, tracker)) == expected
    loose = re.sub(r"[^\w ]", "", title).lower() + "!"  # typed lowercase, no punctuation
    assert meaning(parsed(extractor, loose, tracker)) == expected
    options = typed_replies.as_options(buttons)
    number = f"{index + 1}" if not typed_replies.numeric_question(options) else f"option {index + 1}"
    assert meaning(parsed(extractor, number, tracker)) == expected


def test_the_issues_examples_typed(extractor):
    interest = offered(questions.QUESTIONS["interest"].button_dicts())
    assert meaning(parsed(extractor, "Working with data", interest, "inform")) == ("inform", {"interest": "data"})
    employment = offered(questions.QUESTIONS["employment_status"].button_dicts())
    assert meaning(parsed(extractor, "working for an employer", employment)) == (
        "inform", {"employment_status": "employed"})
    forget = next(b for n, b in OFFERS if n == "response:utter_confirm_forget_me")
    assert meaning(parsed(extractor, "yes, delete it", offered(forget), "forget_me"))[0] == "affirm"
    english = offered(questions.QUESTIONS["english_level"].button_dicts())
    assert meaning(parsed(extractor, "Good", english, "affirm")) == ("inform", {"english_level": "intermediate"})


def test_a_close_typing_counts_but_not_an_opposite_or_an_answer_in_their_own_words(extractor):
    employment = offered(questions.QUESTIONS["employment_status"].button_dicts())
    assert meaning(parsed(extractor, "workin for an emplyer", employment)) == (
        "inform", {"employment_status": "employed"})
    own_words = parsed(extractor, "not working, I was a cleaner till March", employment, "inform")
    assert own_words.get("intent")["name"] == "inform"
    assert meaning(own_words)[1].get("employment_status") == "unemployed"  # the extractor read it


def test_a_bare_number_to_a_question_answered_with_a_number_is_that_number(extractor):
    level = offered(questions.QUESTIONS["qualification_level"].button_dicts())
    message = parsed(extractor, "3", level, "inform")
    assert message.get("intent")["name"] == "inform" and not message.get("intent").get("typed_reply")


def test_nothing_is_chosen_when_the_last_turn_offered_nothing(extractor):
    tracker = offered(questions.QUESTIONS["interest"].button_dicts())
    tracker.update(UserUttered("data", {"name": "inform", "confidence": 1.0}))
    tracker.update(BotUttered("How old are you?"))
    message = parsed(extractor, "2", tracker, "inform")
    assert not message.get("intent").get("typed_reply")
    assert not parsed(extractor, "Working with data", None, "inform").get("intent").get("typed_reply")


def _unmarked(text: str) -> str:
    """As typed on an English keyboard: Latin letters without their marks or strokes, lower case."""
    import unicodedata
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return plain.replace("ł", "l")


def offered_in(lang: str, slot: str) -> DialogueStateTracker:
    """A conversation held in `lang` whose last assistant turn asked for `slot` with its quick replies."""
    tracker = offered(questions.question(slot, lang=lang).button_dicts())
    tracker.update(SlotSet("language", lang))
    return tracker


TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]


def _translated_responses() -> List[Tuple[str, str, List[Dict[str, str]]]]:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    return [(variant["condition"][0]["value"], name, variant["buttons"])
            for name, variants in domain["responses"].items() for variant in variants
            if variant.get("buttons") and variant.get("condition")]


RESPONSE_CASES = [(lang, name, buttons, i) for lang, name, buttons in _translated_responses()
                  for i in range(len(buttons))]


@pytest.mark.parametrize("lang, name, buttons, index", RESPONSE_CASES,
                         ids=[f"{lang}:{name}:{i}" for lang, name, _, i in RESPONSE_CASES])
def test_a_translated_responses_quick_reply_typed_means_its_payload(extractor, lang, name, buttons, index):
    tracker = offered(buttons)
    tracker.update(SlotSet("language", lang))
    expected = payload_meaning(buttons[index]["payload"])
    assert meaning(parsed(extractor, buttons[index]["title"], tracker)) == expected


LANGUAGE_CASES = [(lang, slot, i) for lang in TRANSLATED for slot, q in questions.questions_in(lang).items()
                  if q.buttons for i in range(len(q.buttons))]


@pytest.mark.parametrize("lang, slot, index", LANGUAGE_CASES,
                         ids=[f"{lang}:{slot}:{i}" for lang, slot, i in LANGUAGE_CASES])
def test_a_quick_reply_typed_in_the_conversations_language_means_its_payload(extractor, lang, slot, index):
    buttons = questions.question(slot, lang=lang).button_dicts()
    title, payload = buttons[index]["title"], buttons[index]["payload"]
    tracker = offered_in(lang, slot)
    expected = payload_meaning(payload)
    assert meaning(parsed(extractor, title, tracker)) == expected
    if lang in ("pl", "ro"):
        assert meaning(parsed(extractor, _unmarked(title), tracker)) == expected


def test_a_polish_resident_typing_a_polish_title_fills_the_slot_it_answers(extractor):
    interest = offered_in("pl", "interest")
    assert meaning(parsed(extractor, "Praca z danymi", interest, "inform")) == ("inform", {"interest": "data"})
    work = offered_in("pl", "employment_status")
    assert meaning(parsed(extractor, "pracuje u pracodawcy", work)) == ("inform", {"employment_status": "employed"})
    credit = offered_in("pl", "universal_credit")
    assert meaning(parsed(extractor, "Nie", credit, "deny")) == ("inform", {"universal_credit": False})
