"""WaymarkFactExtractor with Rasa's own objects: Message, TrainingData, Domain, trackers, slot filling."""

import json
from pathlib import Path

import pytest
from rasa.core.actions.action import ActionExtractSlots
from rasa.core.channels import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.slots import TextSlot
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader
from rasa.shared.nlu.training_data.message import Message

from bot.language import nlp as pipeline
from components.waymark_nlu import UNREADABLE_INTENT, WaymarkFactExtractor, resolve_paths

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "gazetteer_small.yml"


@pytest.fixture(scope="module")
def model_path(tmp_path_factory) -> Path:
    return pipeline.build(FIXTURE, tmp_path_factory.mktemp("spacy") / "waymark_en")


@pytest.fixture(scope="module")
def extractor(model_path, tmp_path_factory) -> WaymarkFactExtractor:
    return WaymarkFactExtractor.create(
        {"model_path": str(model_path), "gazetteer_path": str(FIXTURE)},
        LocalModelStorage(tmp_path_factory.mktemp("storage")),
        Resource("waymark_facts"),
        ExecutionContext(GraphSchema({}), "test-model"),
    )


@pytest.fixture(autouse=True)
def _no_env_override(monkeypatch):
    monkeypatch.delenv("WAYMARK_SPACY_MODEL", raising=False)
    monkeypatch.delenv("WAYMARK_GAZETTEER", raising=False)


def classified(text: str, intent: str = "inform") -> Message:
    """A message as the intent classifier leaves it."""
    return Message(data={
        "text": text,
        "intent": {"name": intent, "confidence": 0.8},
        "intent_ranking": [{"name": intent, "confidence": 0.8}, {"name": "greet", "confidence": 0.2}],
    })


def entities(message: Message) -> dict:
    return {e["entity"]: e["value"] for e in message.get("entities", [])}


def test_facts_become_typed_entities(extractor):
    text = "im 22 n on UC in sandwell, got 3 A levels, earn 11k"
    [message] = extractor.process([classified(text)])
    assert entities(message) == {
        "age": 22, "universal_credit": True, "local_authority": "Sandwell",
        "qualification_level": 3, "annual_income": 11000.0,
    }
    for entity in message.get("entities"):
        assert entity["extractor"] == "WaymarkFactExtractor"
        assert entity["confidence_entity"] == 1.0
        assert text[entity["start"]: entity["end"]]
    assert message.get("intent")["name"] == "inform"  # readable messages keep their intent
    assert "entities" in message.as_dict(only_output_properties=True)


def test_entities_from_earlier_extractors_are_kept(extractor):
    message = classified("I'm 45")
    message.set("entities", [{"entity": "other", "value": "x", "start": 0, "end": 1}], add_to_output=True)
    extractor.process([message])
    assert {e["entity"] for e in message.get("entities")} == {"other", "age"}


@pytest.mark.parametrize(
    "text, reason",
    [("", "empty"), ("   ", "empty"), ("😀😀😀", "unreadable"), ("\x00\x01\x02\x03", "unreadable"),
     ("asdfghjkl", "unreadable"), ("I'm 24 " * 200, "too_long")],
)
def test_unreadable_overrides_intent(extractor, text, reason):
    [message] = extractor.process([classified(text, intent="greet")])
    assert message.get("intent") == {"name": UNREADABLE_INTENT, "confidence": 1.0, "reason": reason}
    ranking = message.get("intent_ranking")
    assert ranking[0] == {"name": UNREADABLE_INTENT, "confidence": 1.0}
    assert all(r["confidence"] == 0.0 for r in ranking[1:])
    assert not message.get("entities")


def test_button_payloads_are_left_alone(extractor):
    message = classified('/inform{"universal_credit": true}')
    extractor.process([message])
    assert message.get("intent")["name"] == "inform" and not message.get("entities")


def test_training_data_messages(extractor):
    data = RasaYAMLReader().reads(
        'version: "3.1"\nnlu:\n- intent: inform\n  examples: |\n'
        "    - I'm 24, live in Wolverhampton, got A levels, part time at Tesco on about 11k\n"
        "    - I am refugee from Syria, in Syria I was engineer\n"
        "    - hello there\n"
    )
    processed = extractor.process(list(data.training_examples))
    assert [entities(m) for m in processed] == [
        {"age": 24, "local_authority": "Wolverhampton", "qualification_level": 3,
         "employment_status": "employed", "annual_income": 11000.0, "background": "low_wage"},
        {"background": "refugee", "immigration_status": "refugee"},
        {},
    ]


DOMAIN = """
version: "3.1"
intents: [inform, unreadable]
entities: [age, local_authority, universal_credit, annual_income, qualification_level, number]
slots:
  age: {type: any, mappings: [{type: from_entity, entity: age}]}
  local_authority: {type: text, mappings: [{type: from_entity, entity: local_authority}]}
  universal_credit: {type: bool, mappings: [{type: from_entity, entity: universal_credit}]}
  annual_income: {type: any, mappings: [{type: from_entity, entity: annual_income}]}
  qualification_level: {type: float, mappings: [{type: from_entity, entity: qualification_level}]}
"""


async def test_rasa_fills_slots_with_typed_values_and_serialises(extractor):
    domain = Domain.from_yaml(DOMAIN)
    [message] = extractor.process([classified("im 22 n on UC in sandwell, NVQ 2, on £18,000")])
    parse = {"text": message.get("text"), "intent": message.get("intent"),
             "entities": message.get("entities")}
    tracker = DialogueStateTracker.from_events("resident", [UserUttered(parse["text"], parse["intent"],
                                                                        parse["entities"], parse)])
    events = await ActionExtractSlots(None).run(
        CollectingOutputChannel(), TemplatedNaturalLanguageGenerator(domain.responses), tracker, domain
    )
    for event in events:
        tracker.update(event)
    assert tracker.get_slot("age") == 22
    assert tracker.get_slot("universal_credit") is True
    assert tracker.get_slot("local_authority") == "Sandwell"
    assert tracker.get_slot("annual_income") == 18000.0
    assert tracker.get_slot("qualification_level") == 2
    state = json.loads(json.dumps(tracker.current_state(EventVerbosity.ALL)))  # REST/tracker-store JSON
    assert state["slots"]["universal_credit"] is True
    assert state["latest_message"]["entities"][0]["extractor"] == "WaymarkFactExtractor"
    restored = DialogueStateTracker.from_dict("resident", state["events"], domain.slots)
    assert restored.get_slot("age") == 22


def test_paths_come_from_env_then_config_then_defaults(tmp_path):
    settings_default = resolve_paths({}, env={})
    assert settings_default[0].parts[-2:] == ("spacy", "waymark_en")
    assert resolve_paths({"model_path": "x/y"}, env={})[0] == ROOT / "x" / "y"
    assert resolve_paths({"model_path": "/abs/p"}, env={"WAYMARK_SPACY_MODEL": str(tmp_path)})[0] == tmp_path
    assert resolve_paths({"gazetteer_path": str(FIXTURE)}, env={})[1] == FIXTURE


def test_env_overrides_config(model_path, monkeypatch, tmp_path):
    monkeypatch.setenv("WAYMARK_SPACY_MODEL", str(model_path))
    monkeypatch.setenv("WAYMARK_GAZETTEER", str(FIXTURE))
    component = WaymarkFactExtractor.load(
        {"model_path": "/nowhere"}, LocalModelStorage(tmp_path), Resource("r"),
        ExecutionContext(GraphSchema({}), "m"),
    )
    [message] = component.process([classified("in walsall")])
    assert entities(message) == {"local_authority": "Walsall"}


def test_missing_pipeline_says_how_to_build_it(tmp_path):
    with pytest.raises(pipeline.PipelineMissing, match="make nlp"):
        WaymarkFactExtractor.create(
            {"model_path": str(tmp_path / "none"), "gazetteer_path": str(FIXTURE)},
            LocalModelStorage(tmp_path), Resource("r"), ExecutionContext(GraphSchema({}), "m"),
        )


def test_registered_with_the_default_recipe():
    from rasa.engine.recipes.default_recipe import DefaultV1Recipe

    registered = DefaultV1Recipe._from_registry("components.waymark_nlu.WaymarkFactExtractor")
    assert registered.clazz is WaymarkFactExtractor
    assert registered.is_trainable is False
    assert DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR in registered.types


def test_a_short_fact_the_classifier_cannot_place_is_an_answer_not_a_fallback(extractor):
    message = Message(data={"text": "zero hours", "intent": {"name": "out_of_scope", "confidence": 0.22},
                            "intent_ranking": [{"name": "out_of_scope", "confidence": 0.22},
                                               {"name": "inform", "confidence": 0.2}]})
    extractor.process([message])
    assert message.get("intent")["name"] == "inform"
    ranking = message.get("intent_ranking")
    assert ranking[0]["name"] == "inform" and ranking[0]["confidence"] >= 0.3
    assert ranking[0]["confidence"] - ranking[1]["confidence"] >= 0.1  # FallbackClassifier lets it through


def test_a_short_fact_read_as_abuse_or_off_topic_is_an_answer(extractor):
    message = Message(data={"text": "off sick", "intent": {"name": "abuse", "confidence": 0.62},
                            "intent_ranking": [{"name": "abuse", "confidence": 0.62}]})
    extractor.process([message])
    assert message.get("intent")["name"] == "inform"


@pytest.mark.parametrize("text, intent, confidence", [
    ("zero hours", "greet", 0.9),  # the classifier is sure: its call
    ("not sure", "decline", 0.2),  # a weak fact is not a statement
    ("I was on zero hours at the warehouse for years before it shut", "out_of_scope", 0.2),  # not short
])
def test_a_sure_classifier_a_weak_fact_or_a_long_message_is_left_alone(extractor, text, intent, confidence):
    message = Message(data={"text": text, "intent": {"name": intent, "confidence": confidence},
                            "intent_ranking": [{"name": intent, "confidence": confidence}]})
    extractor.process([message])
    assert message.get("intent")["name"] == intent


@pytest.mark.parametrize("text", [
    "Could you help my aunt please? She is 58, lives in Tipton and the GP wants her to book everything online",
    "hi there, I'm 27 from Walsall and my landlord says I should sort my life out, want to learn coding",
])
def test_a_long_introduction_called_off_topic_is_an_answer_so_its_facts_are_kept(extractor, text):
    message = Message(data={"text": text, "intent": {"name": "out_of_scope", "confidence": 0.71},
                            "intent_ranking": [{"name": "out_of_scope", "confidence": 0.71}]})
    extractor.process([message])
    assert message.get("intent")["name"] == "inform"
    assert "age" in entities(message)


def test_an_introduction_the_classifier_is_sure_is_off_topic_clears_the_did_you_mean(extractor):
    # out_of_scope at 0.98: the answer it becomes must stand clear of it by the ambiguity margin
    message = Message(data={"text": "I'm 61 in Walsall and can't even send an email, is there a course for me?",
                            "intent": {"name": "out_of_scope", "confidence": 0.98},
                            "intent_ranking": [{"name": "out_of_scope", "confidence": 0.98},
                                               {"name": "greet", "confidence": 0.01}]})
    extractor.process([message])
    ranking = [r["confidence"] for r in message.get("intent_ranking")]
    assert message.get("intent")["name"] == "inform"
    assert ranking[0] - max(ranking[1:]) >= extractor._config["ambiguity_threshold"]


def test_an_introduction_full_of_facts_taken_for_an_faq_is_an_answer_in_any_language(extractor):
    message = _classified_as("ਮੇਰੀ ਧੀ ਨੇ ਇਸ ਸਾਲ GCSE ਦਿੱਤੇ, 16 ਸਾਲ ਦੀ ਆ। ਅਸੀਂ Aston ਰਹਿੰਦੇ ਹਾਂ। ਉਹਨੂੰ ਕੋਡਿੰਗ ਦਾ ਸ਼ੌਕ ਆ",
                             [("faq_no_qualifications", 0.93), ("inform", 0.04)])
    extractor.process([message])
    assert message.get("intent")["name"] == "inform" and entities(message)["age"] == 16


def _classified_as(text, ranking):
    return Message(data={"text": text, "intent": {"name": ranking[0][0], "confidence": ranking[0][1]},
                         "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking]})


def test_a_long_introduction_the_classifier_wavers_over_is_an_answer_not_a_did_you_mean(extractor):
    message = _classified_as("I'm 52 in Bilston and on universal credit, will doing a course stop my benefits?",
                             [("faq_universal_credit", 0.41), ("inform", 0.38)])
    extractor.process([message])
    assert message.get("intent")["name"] == "inform" and entities(message)["age"] == 52


def test_work_placed_in_a_town_the_classifier_wavers_over_is_an_introduction(extractor):
    # where they work is where they are, until they say otherwise: the intake asks whether it is home
    message = _classified_as("hi on zero hours at a warehouse in walsall, want something more stable. can i do a course",
                             [("faq_cost", 0.35), ("inform", 0.31)])
    extractor.process([message])
    assert message.get("intent")["name"] == "inform"
    assert entities(message)["employment_status"] == "employed"


def test_an_introduction_taken_for_an_faq_it_also_asks_is_an_answer_the_intake_answers_beside(extractor):
    message = _classified_as("are the courses free? I'm 38 and live in Wednesfield", [("faq_cost", 0.93)])
    extractor.process([message])
    assert message.get("intent")["name"] == "inform"


@pytest.mark.parametrize("text, intent", [
    ("are the courses free?", "faq_cost"),  # no introduction: the FAQ's own rule answers
    ("I'm 38 and live in Wednesfield, I want to talk to a person", "human_handoff"),  # a person is asked for
])
def test_a_sure_faq_without_an_introduction_or_a_request_for_a_person_is_left_alone(extractor, text, intent):
    message = _classified_as(text, [(intent, 0.93)])
    extractor.process([message])
    assert message.get("intent")["name"] == intent


@pytest.mark.parametrize("text", [
    "what do you think of the football in Walsall this season, are they going up",
    "I'm 30 and I want to know the weather tomorrow",
])
def test_an_off_topic_message_naming_only_a_town_or_an_age_stays_off_topic(extractor, text):
    message = Message(data={"text": text, "intent": {"name": "out_of_scope", "confidence": 0.9},
                            "intent_ranking": [{"name": "out_of_scope", "confidence": 0.9}]})
    extractor.process([message])
    assert message.get("intent")["name"] == "out_of_scope"


def _tracker_asking(slot: str, asking_for: str = None) -> DialogueStateTracker:
    events = [SlotSet("requested_slot", slot)] + ([SlotSet("asking_for", asking_for)] if asking_for else [])
    return DialogueStateTracker.from_events("resident", events, slots=[
        TextSlot("requested_slot", mappings=[]), TextSlot("asking_for", mappings=[])])


def test_a_short_reply_in_their_own_words_answers_the_open_question(extractor):
    message = classified("my mother tongue", "faq_esol")
    extractor.process([message], tracker=_tracker_asking("english_level"))
    assert entities(message) == {"english_level": "fluent"}
    assert message.get("entities")[0]["weak"] is True
    assert message.get("intent")["name"] == "inform"  # an answer, not a question about ESOL


def test_a_reply_about_the_person_asked_for_fills_their_fact(extractor):
    message = classified("he does not work at the moment")
    extractor.process([message], tracker=_tracker_asking("employment_status", "he"))
    assert entities(message)["employment_status"] == "unemployed"


def test_an_answer_the_classifier_took_for_a_request_is_still_an_answer(extractor):
    message = classified("computers mostly", "faq_laptop")
    extractor.process([message], tracker=_tracker_asking("interest"))
    assert entities(message) == {"interest": "general_digital"}
    assert message.get("intent")["name"] == "inform"


def test_an_answer_that_ends_with_a_parting_word_is_still_an_answer(extractor):
    # "the basics first, then we'll see" to "What would you like to learn?": no goodbye
    message = classified("ਪਹਿਲਾਂ ਬੇਸਿਕ ਸਿੱਖਣਾ, ਫੇਰ ਦੇਖਾਂਗੇ", "goodbye")
    extractor.process([message], tracker=_tracker_asking_in("interest", "pa"))
    assert entities(message)["interest"] == "general_digital"
    assert message.get("intent")["name"] == "inform"


def test_a_rough_age_to_the_age_question_is_an_answer_not_a_goodbye(extractor):
    # "late 30s", taken by the classifier for a parting ("later"), had ended the journey at the second question
    message = classified("late 30s", "goodbye")
    extractor.process([message], tracker=_tracker_asking("age"))
    assert entities(message) == {"school_age": [37, 39]}
    assert message.get("intent")["name"] == "inform"


def test_a_goodbye_that_answers_nothing_is_left_to_the_classifier(extractor):
    message = classified("ok bye", "goodbye")
    extractor.process([message], tracker=_tracker_asking("interest"))
    assert message.get("intent")["name"] == "goodbye"


@pytest.mark.parametrize("text, language", [("kaam chala leti hoon", "ur"), ("ma descurc asa si asa", "ro")])
def test_a_short_reply_with_no_word_of_parting_is_no_goodbye(extractor, text, language):
    # "I get by" to "How good is your English?", taken by the classifier for a goodbye, had ended the journey
    message = classified(text, "goodbye")
    extractor.process([message], tracker=_tracker_asking_in("english_level", language))
    assert message.get("intent")["name"] == "inform"


def test_a_sentence_in_reply_to_a_question_is_never_taken_for_a_goodbye(extractor):
    # "I can hold a conversation, weak at writing" to "How good is your English?": ending the journey there
    # would lose everything the resident has said
    message = classified("ਗੱਲਬਾਤ ਕਰ ਲੈਂਦਾ, ਲਿਖਣ ਵਿੱਚ ਕੱਚਾ ਹਾਂ ਜੀ", "goodbye")
    extractor.process([message], tracker=_tracker_asking_in("english_level", "pa"))
    assert message.get("intent")["name"] == "inform"


@pytest.mark.parametrize("text, intent", [("slabă, înțelege câte ceva dar vorbește greu", "forget_me"),
                                          ("she would like to begin again with something new please", "start_again")])
def test_a_sentence_in_reply_to_a_question_never_wipes_the_journey(extractor, text, intent):
    message = classified(text, intent)
    extractor.process([message], tracker=_tracker_asking("english_level"))
    assert message.get("intent")["name"] == "inform"


def test_an_introduction_taken_for_a_request_about_their_data_is_an_introduction(extractor):
    # "I live in Caldmore, Walsall and I'm 57. I drive my own taxi but apps have halved what I earn."
    text = "میں کالڈمور، والسال میں رہتا ہوں اور میری عمر ستاون سال ہے۔ اپنی ٹیکسی چلاتا ہوں لیکن کمائی آدھی رہ گئی ہے۔"
    message = classified(text, "manage_consent")
    extractor.process([message], tracker=DialogueStateTracker.from_events("resident", []))
    assert message.get("intent")["name"] == "inform"
    assert entities(message)["age"] == 57


def test_a_short_request_to_start_again_while_a_question_is_open_is_still_heard(extractor):
    message = classified("start again", "start_again")
    extractor.process([message], tracker=_tracker_asking("interest"))
    assert message.get("intent")["name"] == "start_again"


def test_with_no_question_open_the_same_words_are_left_to_the_classifier(extractor):
    message = classified("my mother tongue", "faq_esol")
    extractor.process([message], tracker=DialogueStateTracker.from_events("resident", []))
    assert entities(message) == {} and message.get("intent")["name"] == "faq_esol"


def _tracker_asking_in(slot: str, language: str) -> DialogueStateTracker:
    return DialogueStateTracker.from_events(
        "resident", [SlotSet("requested_slot", slot), SlotSet("language", language)],
        slots=[TextSlot("requested_slot", mappings=[]), TextSlot("language", mappings=[])])


def test_a_reply_in_the_conversations_language_answers_the_open_question(extractor):
    message = classified("tylko wieczorami", "out_of_scope")
    extractor.process([message], tracker=_tracker_asking_in("availability", "pl"))
    assert entities(message) == {"availability": "evenings_weekends"}
    assert message.get("intent")["name"] == "inform"  # past the fallback


@pytest.mark.parametrize("text, language", [("چھوڑ دیں", "ur"), ("ਛੱਡੋ", "pa"), ("تخطي", "ar"), ("pomiń", "pl")])
def test_skip_in_their_language_declines_the_open_question_instead_of_the_fallback(extractor, text, language):
    message = classified(text, "greet")  # an unsure classifier's guess
    message.set("intent", {"name": "greet", "confidence": 0.2})
    extractor.process([message], tracker=_tracker_asking_in("english_level", language))
    assert message.get("intent") == {"name": "decline", "confidence": 1.0}


def test_skip_with_no_question_open_is_left_to_the_classifier(extractor):
    message = classified("pomiń", "greet")
    extractor.process([message], tracker=DialogueStateTracker.from_events("resident", []))
    assert message.get("intent")["name"] == "greet"


def test_a_first_message_is_read_in_the_language_it_is_written_in(extractor):
    # no language held yet: the message's own language decides which words state a fact
    message = classified("مرحبا، أنا طالبة لجوء وأعيش في Coventry منذ سنة")
    extractor.process([message], tracker=DialogueStateTracker.from_events("resident", []))
    got = entities(message)
    assert got["immigration_status"] == "asylum_seeker" and got["language"] == "ar"


def test_a_short_reply_we_cannot_place_to_an_intake_question_goes_to_the_form_not_the_fallback(extractor):
    # the form asks once more and then moves on; the fallback would revert it and loop
    message = Message(data={"text": "hmm qwerty", "intent": {"name": "greet", "confidence": 0.25},
                            "intent_ranking": [{"name": "greet", "confidence": 0.25},
                                               {"name": "inform", "confidence": 0.2}]})
    extractor.process([message], tracker=_tracker_asking_in("availability", "pl"))
    assert message.get("intent")["name"] == "inform"
    assert message.get("intent")["confidence"] >= 0.3


def test_a_sure_request_during_the_intake_is_left_to_the_classifier(extractor):
    message = classified("forget me", "forget_me")
    extractor.process([message], tracker=_tracker_asking("availability"))
    assert message.get("intent")["name"] == "forget_me"
