"""The domain's responses in each language: conditional variations on the `language` slot, written from the
catalogues by `python -m bot translations domain`, and picked by Rasa itself when it says the response."""

from __future__ import annotations

import asyncio

import pytest
import yaml
from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from bot.language import translations
from bot.language.translations import DOMAIN_FILE, TRANSLATED, TRANSLATED_RESPONSES, domain_with_translations

DOMAIN_TEXT = DOMAIN_FILE.read_text(encoding="utf-8")


def test_domain_yml_holds_the_catalogues_current_translations():
    assert domain_with_translations(DOMAIN_TEXT) == DOMAIN_TEXT, "run: python -m bot translations domain"


def test_writing_the_translations_again_changes_nothing_and_removes_what_is_stale():
    stale = DOMAIN_TEXT.replace('"Tak, usuń"', '"an old draft"')
    assert stale != DOMAIN_TEXT and domain_with_translations(stale) == DOMAIN_TEXT


def _said(name: str, lang):
    domain = Domain.from_yaml(DOMAIN_TEXT)
    tracker = DialogueStateTracker.from_events("r", [SlotSet("language", lang)] if lang else [], slots=domain.slots)
    generator = TemplatedNaturalLanguageGenerator(domain.responses)
    return asyncio.run(generator.generate(name, tracker, "rest"))


@pytest.mark.parametrize("name", TRANSLATED_RESPONSES)
def test_an_english_resident_hears_the_english_response_unchanged(name):
    english = [v for v in yaml.safe_load(DOMAIN_TEXT)["responses"][name] if not v.get("condition")]
    for lang in (None, "en"):
        said = _said(name, lang)
        assert said["text"] == english[0]["text"]


def test_a_polish_resident_is_greeted_and_told_the_privacy_notice_in_polish():
    said = _said("utter_welcome", "pl")
    assert said["text"].startswith("Cześć, jestem Waymark") and "180 dni" in said["text"]


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_translated_response_has_a_variation_per_language_with_the_same_payloads(lang):
    responses = yaml.safe_load(DOMAIN_TEXT)["responses"]
    for name in TRANSLATED_RESPONSES:
        [english] = [v for v in responses[name] if not v.get("condition")]
        [variation] = [v for v in responses[name] if v.get("condition") == [
            {"type": "slot", "name": "language", "value": lang}]]
        assert variation["text"] != english["text"]
        payloads = [b["payload"] for b in variation.get("buttons", [])]
        assert payloads == [b["payload"] for b in english.get("buttons", [])]


def test_the_responses_english_is_in_the_template_with_the_response_as_context():
    keys = {(m.context, m.id) for m in translations.messages(translations.read(translations.TEMPLATE))}
    for context, message, _ in translations.domain_messages(DOMAIN_TEXT):
        assert (context, message) in keys
