"""Rasa NLU component: a thin adapter from bot.language.understanding to Rasa entities.

Put it in config.yml after the intent classifiers (and after FallbackClassifier):

    - name: components.waymark_nlu.WaymarkFactExtractor

Each fact a message gives becomes an entity named after its slot, with a typed value (int, float,
bool or str), so slots fill from `from_entity` mappings without any further parsing. Messages we
cannot read get the `unreadable` intent (reason in intent["reason"]: empty, too_long,
unreadable) so the dialogue can answer politely. Nothing is trained: the spaCy pipeline is built
by `make nlp` and loaded once when the Rasa model loads.

A quick reply the assistant has just offered, typed instead of tapped ("Working with data", "2",
"yes, delete it"), means its payload (bot.language.typed_replies): Rasa hands NLU components the tracker at
parse time, and the offered replies are on its last bot turn. The payload's intent (confidence 1.0)
and entities replace what the classifier and the extractor would have read into the words.
"""

from __future__ import annotations

import functools
import logging
import os
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import ENTITY_ATTRIBUTE_CONFIDENCE_TYPE  # "confidence_entity"
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.constants import INTENT_MESSAGE_PREFIX
from rasa.shared.core.constants import REQUESTED_SLOT
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot.dialogue import intake, slots
from bot.language.asked_beside import asked_beside
from bot.language import typed_replies
from bot.language.choice import asked_for, language_after
from bot.language.answers import ANSWER_MAX_WORDS, answers_within
from bot.language.partings import says_goodbye
from bot.settings import Settings
from bot.language.understanding import Understanding, classify_unreadable
from components import speedups

UNREADABLE_INTENT = "unreadable"
CHOOSE_LANGUAGE_INTENT = "choose_language"
LANGUAGE_SLOT = "language"
# Marks an entity said only as a short reply ("not sure"): it answers the open question and nothing
# else (bot.language.facts.Fact.weak; the intake form keeps other held facts as they were).
WEAK = "weak"
# Intents that say a message is none of our business; a short statement of one of our facts ("off sick",
# "zero hours") is not that, whatever the words looked like to the classifier.
NOT_OURS = ("out_of_scope", "abuse")
# What a reply that answers the open question is not, whatever the classifier made of it: a request, or a
# parting ("ਪਹਿਲਾਂ ਬੇਸਿਕ ਸਿੱਖਣਾ, ਫੇਰ ਦੇਖਾਂਗੇ", the basics first, then we'll see, is no goodbye).
NOT_AN_ANSWER = tuple(intake.NOT_FACT_INTENTS) + ("goodbye",)
# The facts an introduction gives ("my uncle is 62, lives in Sparkbrook"): who the routes are for and theirs.
INTRODUCTION_FACTS = frozenset(intake.PROFILE_SLOTS) | {intake.ASKING_FOR_SLOT}
# A goodbye is said in a few words ("ok thanks, bye for now"); a longer reply to an open question is an answer.
PARTING_MAX_WORDS = 5
# ...and the other requests that end or wipe a journey, which are said as shortly ("start again", "forget me").
ENDINGS = ("goodbye", "start_again", "forget_me")
DATA_REQUESTS = ("manage_consent", "what_we_hold")
FULL_INTRODUCTION = 4  # facts of the intake's that make a message an introduction, whatever FAQ it looks like
logger = logging.getLogger(__name__)


def _introduced(facts) -> set:
    """The intake's facts a message states outright (who it is about and theirs)."""
    return {f.slot for f in facts if not f.weak and f.slot in INTRODUCTION_FACTS}


def resolve_paths(config: Dict[Text, Any], env: Optional[Dict[str, str]] = None) -> tuple:
    """(pipeline path, gazetteer path): environment, then config.yml, then the project defaults."""
    env = os.environ if env is None else env
    settings = Settings.from_env(env)

    def pick(env_key: str, config_key: str, default: Path) -> Path:
        chosen = env.get(env_key) or config.get(config_key)
        path = Path(chosen) if chosen else default
        return path if path.is_absolute() else settings.root / path

    return (
        pick("WAYMARK_SPACY_MODEL", "model_path", settings.spacy_model_path),
        pick("WAYMARK_GAZETTEER", "gazetteer_path", settings.gazetteer_path),
    )


@functools.lru_cache(maxsize=4)
def _understanding(model_path: Path, gazetteer_path: Path, built_at: float) -> Understanding:
    # Cached so `rasa test` (several graph loads) loads the pipeline once; keyed by the build time,
    # so a rebuilt pipeline is picked up when the model is loaded again.
    from bot.language import nlp as pipeline
    from bot.language.places import Gazetteer

    nlp = pipeline.load(model_path)
    gazetteer = Gazetteer.load(gazetteer_path)
    stale = pipeline.stale_reason(model_path, gazetteer)
    if stale:
        logger.warning(stale)
    return Understanding(nlp, gazetteer)


def load_understanding(config: Dict[Text, Any]) -> Understanding:
    model_path, gazetteer_path = resolve_paths(config)
    meta = model_path / "meta.json"
    return _understanding(model_path, gazetteer_path, meta.stat().st_mtime if meta.exists() else 0.0)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class WaymarkFactExtractor(GraphComponent, EntityExtractorMixin):
    """Residents' facts (age, place, income, ...) as typed entities; unreadable messages flagged."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "model_path": None,  # default: WAYMARK_SPACY_MODEL or var/spacy/waymark_en
            "gazetteer_path": None,  # default: WAYMARK_GAZETTEER or bot/data/gazetteer.yml
            # A short message that states a fact but that the classifier cannot place (it would go to
            # the "did you mean?" fallback: FallbackClassifier's threshold and ambiguity) is an answer:
            # "zero hours", "ARAP", "BN(O)". Keep these equal to FallbackClassifier's in config.yml.
            "answer_max_words": 5,
            "fallback_threshold": 0.3,
            "ambiguity_threshold": 0.1,
        }

    def __init__(self, config: Dict[Text, Any], understanding: Understanding) -> None:
        self._config = config
        self.understanding = understanding

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "WaymarkFactExtractor":
        config = {**cls.get_default_config(), **config}
        # Every Rasa process serving this model passes here once: the place to install the fix.
        speedups.install()
        return cls(config, load_understanding(config))

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "WaymarkFactExtractor":
        return cls.create(config, model_storage, resource, execution_context)

    def process(self, messages: List[Message], tracker: Optional[DialogueStateTracker] = None) -> List[Message]:
        options = typed_replies.offered(tracker.events) if tracker is not None else []
        # The question open as they answer, and who the conversation is about: a short reply in their
        # own words answers that question ("first language", "he's not working").
        asked = tracker.get_slot(REQUESTED_SLOT) if tracker is not None else None
        about = tracker.get_slot(intake.ASKING_FOR_SLOT) if tracker is not None else None
        held = tracker.get_slot(LANGUAGE_SLOT) if tracker is not None else None
        for message in messages:
            text = message.get(TEXT)
            if text is None or text.startswith(INTENT_MESSAGE_PREFIX):
                continue  # button payloads ("/inform{...}") carry their own intent and entities
            # the language the message is read in: the conversation's, or the one this message sets
            changed = language_after(text, held)
            typed = self._read(message, text, options, asked, about, changed or held)
            # "English" to "How good is your English?" in English answers it; it is no request for English
            answered = asked == slots.ENGLISH_LEVEL and (held or "en") == "en" and asked_for(text) == "en"
            if answered and not typed:
                self._an_answer(message, answering=True, instead_of=CHOOSE_LANGUAGE_INTENT)
            self._language(message, text, changed, typed or answered)
        return messages

    def _read(self, message: Message, text: str, options, asked: Optional[str], about: Optional[str],
              language: Optional[str] = None) -> bool:
        """The message's facts, or the quick reply it typed (True), or why it cannot be read."""
        payload = typed_replies.chosen(text, options)
        if payload is not None and self._apply_payload(message, payload):
            return True
        reason = classify_unreadable(text)
        if reason is not None:
            self._mark_unreadable(message, reason)
            return False
        facts = self.understanding.extract(text, asked=asked, about_held=about, language=language)
        entities = self.add_extractor_name([
            {
                ENTITY_ATTRIBUTE_TYPE: fact.slot,
                ENTITY_ATTRIBUTE_VALUE: fact.value,
                ENTITY_ATTRIBUTE_START: fact.start,
                ENTITY_ATTRIBUTE_END: fact.end,
                ENTITY_ATTRIBUTE_CONFIDENCE_TYPE: 1.0,
                **({WEAK: True} if fact.weak else {}),
            }
            for fact in facts
        ])
        message.set(ENTITIES, message.get(ENTITIES, []) + entities, add_to_output=True)
        n_words = len(text.split())
        answering = bool(asked) and answers_within(asked, n_words) and any(
            intake.answers_question(asked, f.slot) for f in facts)
        if answering or (n_words <= self._config["answer_max_words"] and any(not f.weak for f in facts)):
            self._an_answer(message, answering=answering)
        elif self._an_introduction(message, facts):
            # "Can you help my uncle? He's 62, lives in Sparkbrook, ... the council want everything online":
            # called off-topic (or an unsure call), its facts would be dropped with it. One taken for an FAQ
            # whose question the intake answers beside the facts (bot.language.asked_beside) is an
            # introduction too: "is it free? I'm 25, live in Walsall..." gets both.
            named = (message.get(INTENT) or {}).get(INTENT_NAME_KEY) or ""
            # (so is one that says four of the intake's facts or more, in any language: "ਮੇਰੀ ਧੀ ਨੇ GCSE ਦੇ ਪੇਪਰ
            # ਦਿੱਤੇ ਨੇ, ੧੬ ਸਾਲ ਦੀ ਆ, ਅਸੀਂ ਕਵੈਂਟਰੀ ਰਹਿੰਦੇ ਹਾਂ..." is no question about having no qualifications)
            full = len(_introduced(facts)) >= FULL_INTRODUCTION
            beside = named.startswith("faq_") and (asked_beside(text) is not None or full)
            # (nor is one a request about their data or to end: "میں کالڈمور، والسال میں رہتا ہوں اور میری عمر ستاون
            # سال ہے۔ اپنی ٹیکسی چلاتا ہوں..." - I live in Walsall, I'm 57, I drive my own taxi - is no "my choices")
            misread = named in ENDINGS + DATA_REQUESTS and n_words > PARTING_MAX_WORDS and "?" not in text
            self._an_answer(message, instead_of=named if beside or misread else None)
        elif asked in intake.PROFILE_SLOTS and intake.is_dont_know(text):
            self._a_refusal(message)
        elif asked in intake.PROFILE_SLOTS and n_words <= ANSWER_MAX_WORDS:
            # A short reply we cannot place, to an intake question, is an attempt at an answer: the form
            # puts the question once more and then moves on (intake.MAX_ASKS). The two-stage fallback
            # would instead revert it and leave the resident facing "did you mean...?" for ever. Nor is a
            # sentence a parting because it shares a word with one ("ਗੱਲਬਾਤ ਕਰ ਲੈਂਦਾ, ਲਿਖਣ ਵਿੱਚ ਕੱਚਾ ਹਾਂ", I
            # can hold a conversation, my writing is weak), nor a request to start again or be forgotten
            # ("slabă, înțelege câte ceva dar vorbește greu"): ending there would lose the whole journey.
            named = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            # (nor is a short one a goodbye with no word of parting in it: "kaam chala leta hun", I get by)
            parting = n_words <= PARTING_MAX_WORDS and (named != "goodbye" or says_goodbye(text))
            self._an_answer(message, instead_of=named if named in ENDINGS and not parting else None)
        return False

    def _language(self, message: Message, text: str, lang: Optional[str], typed: bool = False) -> None:
        """The conversation's language when this message sets or changes it (`lang`, from
        bot/language/choice.py); a short message that names a language is a request for it, whatever the
        classifier read (a quick reply it typed keeps its own meaning)."""
        if asked_for(text) is not None and not typed:
            message.set(INTENT, {INTENT_NAME_KEY: CHOOSE_LANGUAGE_INTENT, PREDICTED_CONFIDENCE_KEY: 1.0},
                        add_to_output=True)
            message.set(INTENT_RANKING_KEY, [{INTENT_NAME_KEY: CHOOSE_LANGUAGE_INTENT, PREDICTED_CONFIDENCE_KEY: 1.0}],
                        add_to_output=True)
        if lang is None:
            return
        entity = {ENTITY_ATTRIBUTE_TYPE: LANGUAGE_SLOT, ENTITY_ATTRIBUTE_VALUE: lang, ENTITY_ATTRIBUTE_START: 0,
                  ENTITY_ATTRIBUTE_END: len(text), ENTITY_ATTRIBUTE_CONFIDENCE_TYPE: 1.0}
        message.set(ENTITIES, message.get(ENTITIES, []) + self.add_extractor_name([entity]), add_to_output=True)

    def _a_refusal(self, message: Message) -> None:
        """ "Not sure", "skip", "rather not say" to the open question (in any language the intake
        reads, bot.language.answer_words) is `decline`, which the form records, whatever the classifier
        made of it: otherwise an unsure classifier sends it to the fallback and the question is put
        again and again."""
        named = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        if named == "decline":
            return
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != "decline"]
        message.set(INTENT, {INTENT_NAME_KEY: "decline", PREDICTED_CONFIDENCE_KEY: 1.0}, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [{INTENT_NAME_KEY: "decline", PREDICTED_CONFIDENCE_KEY: 1.0}] + ranking,
                    add_to_output=True)

    @staticmethod
    def _an_introduction(message: Message, facts) -> bool:
        """A message of any length that says who and where someone is (an age or a town, and another of the
        intake's facts) is an introduction, whatever else it asks (abuse is still abuse)."""
        intent = message.get(INTENT)
        if not isinstance(intent, dict) or intent.get(INTENT_NAME_KEY) == "abuse":
            return False  # (a training example's intent is its name: never changed)
        said = _introduced(facts)
        # (a place named beside their work, "on zero hrs at a warehouse in walsall", says where they are too)
        placed = any(f.slot == intake.PLACE_ASSUMED_ENTITY for f in facts)
        return (bool(said & {slots.AGE, slots.LOCAL_AUTHORITY}) and len(said) >= 2) or (placed and len(said) >= 1)

    def _an_answer(self, message: Message, answering: bool = False, instead_of: Optional[str] = None) -> None:
        """A short statement of fact the classifier would send to the fallback, or call off-topic or abuse,
        is `inform`. So is a short reply that answers the open question (`answering`) and that the
        classifier took for a request ("computer" to "What would you like to learn?" is not a laptop
        question, "general computer skills to start" is not "start again")."""
        ranking = sorted(message.get(INTENT_RANKING_KEY) or [], key=lambda r: -r.get(PREDICTED_CONFIDENCE_KEY, 0.0))
        top = ranking[0].get(PREDICTED_CONFIDENCE_KEY, 0.0) if ranking else 0.0
        second = ranking[1].get(PREDICTED_CONFIDENCE_KEY, 0.0) if len(ranking) > 1 else 0.0
        unsure = top < self._config["fallback_threshold"] or top - second < self._config["ambiguity_threshold"]
        named = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        if (not unsure and named not in NOT_OURS and not (answering and named in NOT_AN_ANSWER)
                and named != instead_of):
            return
        # just clear of both of FallbackClassifier's tests: a wavering answer, not a certain one. The others are
        # kept below it by the ambiguity margin (a classifier sure of "out_of_scope" at 0.98 would otherwise sit
        # beside an answer capped at 1.0 and send it to the "did you mean?").
        margin = self._config["ambiguity_threshold"]
        confidence = min(1.0, max(top + margin, self._config["fallback_threshold"]) + 0.01)
        below = max(0.0, confidence - margin - 0.01)
        message.set(INTENT, {INTENT_NAME_KEY: "inform", PREDICTED_CONFIDENCE_KEY: confidence}, add_to_output=True)
        message.set(INTENT_RANKING_KEY,
                    [{INTENT_NAME_KEY: "inform", PREDICTED_CONFIDENCE_KEY: confidence}]
                    + [{**r, PREDICTED_CONFIDENCE_KEY: min(r.get(PREDICTED_CONFIDENCE_KEY, 0.0), below)}
                       for r in ranking if r.get(INTENT_NAME_KEY) != "inform"], add_to_output=True)

    def _apply_payload(self, message: Message, payload: str) -> bool:
        """Give `message` the intent and entities of the quick-reply payload it typed."""
        unpacked = YAMLStoryReader.unpack_regex_message(Message(data={TEXT: payload}),
                                                        entity_extractor_name=self.name)
        intent = unpacked.get(INTENT) or {}
        if not intent.get(INTENT_NAME_KEY):
            return False
        message.set(INTENT, {**intent, "typed_reply": True}, add_to_output=True)
        message.set(INTENT_RANKING_KEY, unpacked.get(INTENT_RANKING_KEY), add_to_output=True)
        message.set(ENTITIES, unpacked.get(ENTITIES) or [], add_to_output=True)
        return True

    @staticmethod
    def _mark_unreadable(message: Message, reason: str) -> None:
        intent = {INTENT_NAME_KEY: UNREADABLE_INTENT, PREDICTED_CONFIDENCE_KEY: 1.0, "reason": reason}
        ranking = [
            r for r in (message.get(INTENT_RANKING_KEY) or []) if r.get(INTENT_NAME_KEY) != UNREADABLE_INTENT
        ]
        message.set(INTENT, intent, add_to_output=True)
        message.set(
            INTENT_RANKING_KEY,
            [{INTENT_NAME_KEY: UNREADABLE_INTENT, PREDICTED_CONFIDENCE_KEY: 1.0}]
            + [{**r, PREDICTED_CONFIDENCE_KEY: 0.0} for r in ranking],
            add_to_output=True,
        )


__all__ = ["WaymarkFactExtractor", "UNREADABLE_INTENT", "resolve_paths"]
