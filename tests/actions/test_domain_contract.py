"""The domain keeps the contracts the actions and integrations rely on."""

from __future__ import annotations

import yaml

from bot.dialogue import intake
from bot.settings import ROOT

DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text())


def test_slot_names_are_the_documented_contract():
    contract = {"background", "age", "local_authority", "employment_status", "annual_income",
                "qualification_level", "interest", "availability", "universal_credit", "immigration_status",
                "english_level"}
    assert contract == set(intake.PROFILE_SLOTS)
    assert contract <= set(DOMAIN["slots"])
    assert set(DOMAIN["forms"]["intake_form"]["required_slots"]) == contract


def test_every_fact_slot_is_filled_from_its_entity_except_by_questions_and_requests():
    for name in intake.PROFILE_SLOTS:
        mappings = DOMAIN["slots"][name]["mappings"]
        own = [m for m in mappings if m.get("entity") == name]
        assert own and "conditions" not in own[0], name
        for mapping in mappings:
            if mapping["type"] == "from_entity":
                assert set(mapping["not_intent"]) == set(intake.NOT_FACT_INTENTS), name


def test_a_bare_number_only_fills_the_question_just_asked():
    for name in ("age", "annual_income", "qualification_level"):
        [number] = [m for m in DOMAIN["slots"][name]["mappings"] if m.get("entity") == "number"]
        assert number["conditions"] == [{"active_loop": "intake_form", "requested_slot": name}]


def test_every_question_is_asked_by_an_action_and_no_response_goes_unused():
    """The form asks through action_ask_<slot> (bot/dialogue/questions.py); `rasa data validate` flags every
    domain response no story or rule uses, so none of these may come back as responses."""
    for name in intake.PROFILE_SLOTS:
        assert f"action_ask_{name}" in DOMAIN["actions"], name
        assert f"utter_ask_{name}" not in DOMAIN["responses"], name
    for overridden in ("action_default_fallback", "action_default_ask_rephrase", "action_default_ask_affirmation"):
        assert overridden in DOMAIN["actions"]
    assert not {"utter_default", "utter_ask_rephrase"} & set(DOMAIN["responses"])


def _english(name):
    """A response's English: the variation said when no language condition matches."""
    [variation] = [v for v in DOMAIN["responses"][name] if not v.get("condition")]
    return variation


def test_the_privacy_notice_says_what_why_how_long_and_forget_me():
    welcome = _english("utter_welcome")
    text = welcome["text"]
    for words in ("your age", "where you live", "so I only suggest", "180 days", '"forget me"'):
        assert words in text


def test_the_privacy_notice_states_the_retention_period_we_actually_use():
    from bot.settings import Settings

    days = Settings.from_env({}).retention_days
    assert f"{days} days" in _english("utter_welcome")["text"]
    for variation in DOMAIN["responses"]["utter_welcome"]:  # and in every language's notice
        assert str(days) in variation["text"] and '"forget me"' in variation["text"]
