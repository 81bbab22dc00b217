"""The classifier's training and test data in each language the assistant speaks (data/nlu/languages/).

These check the data, not a model: that a resident can go from hello to recommendations, "why", "more",
"send me this" and "forget me" in each language, that the held-out set stays held out, and that no
example fights the rule that reads a message naming a language as choose_language. The model's
per-language intent macro-F1 is gated in scripts/test-all."""

import difflib
import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from bot.language.choice import asked_for

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("ur", "pa", "ar", "pl", "ro")
# What a resident says after the welcome, on the way to and after the recommendations.
RESIDENT_PATH = (
    "greet", "goodbye", "thank_you", "affirm", "deny", "inform", "decline", "ask_why", "ask_more",
    "send_me_this", "refer_me", "notify_me", "what_we_hold", "forget_me", "manage_consent",
    "human_handoff", "start_again", "out_of_scope", "faq_cost", "faq_laptop", "faq_universal_credit",
)


def _examples(path: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for block in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
        lines = [line.strip()[2:].strip() for line in block["examples"].splitlines() if line.strip()]
        found.setdefault(block["intent"], []).extend(lines)
    return found


def _normalised(text: str) -> str:
    text = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return re.sub(r"[^\w ]+", "", text).strip()


def _domain_intents() -> set[str]:
    return set(yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["intents"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_step_of_a_residents_conversation_is_taught_and_tested_in_each_language(lang):
    training = _examples(ROOT / "data" / "nlu" / "languages" / f"{lang}.yml")
    held_out = _examples(ROOT / "tests" / f"test_nlu_{lang}.yml")
    assert set(training) <= _domain_intents()
    assert set(held_out) <= _domain_intents()
    assert [i for i in RESIDENT_PATH if len(training.get(i, [])) < 4] == []
    assert [i for i in RESIDENT_PATH if not held_out.get(i)] == []


def _near(a: str, b: str) -> bool:
    matcher = difflib.SequenceMatcher(None, a, b)
    # The cheap upper bounds first: most pairs fail them, which keeps this test fast.
    return matcher.real_quick_ratio() >= 0.9 and matcher.quick_ratio() >= 0.9 and matcher.ratio() >= 0.9


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_held_out_message_is_a_near_copy_of_a_training_example(lang):
    # Same rule as the English held-out set (docs/nlu.md): difflib ratio >= 0.9 after normalising,
    # against every training file, since another language's file can hold the same words ("pa pa").
    training = [
        _normalised(example)
        for path in (ROOT / "data" / "nlu").rglob("*.yml")
        for examples in _examples(path).values()
        for example in examples
    ]
    near = [
        text for examples in _examples(ROOT / "tests" / f"test_nlu_{lang}.yml").values() for text in examples
        if any(_near(_normalised(text), seen) for seen in training)
    ]
    assert near == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_language_example_would_be_read_as_asking_for_a_language(lang):
    # A short message naming a language is choose_language before the classifier runs
    # (components/waymark_nlu.py); an example of another intent that the rule takes could never be
    # learnt and would only blur the classifier.
    for path in (ROOT / "data" / "nlu" / "languages" / f"{lang}.yml", ROOT / "tests" / f"test_nlu_{lang}.yml"):
        taken = [text for intent, examples in _examples(path).items() if intent != "choose_language"
                 for text in examples if asked_for(text)]
        assert taken == [], path
