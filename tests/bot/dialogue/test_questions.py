"""The intake's questions: one per form slot, buttons that always give a usable answer, and a different
way in after an answer we could not use."""

from __future__ import annotations

import json
import re

import pytest

from bot.dialogue import intake, questions
from bot.language import vocab


def test_every_form_slot_has_a_question():
    assert set(questions.QUESTIONS) == set(intake.PROFILE_SLOTS)
    for slot, question in questions.QUESTIONS.items():
        assert question.slot == slot and question.text.endswith(("?", '".', '"prefer not to say".'))


@pytest.mark.parametrize("slot", intake.PROFILE_SLOTS)
def test_every_button_gives_a_valid_answer_to_its_own_question(slot):
    for title, payload in questions.QUESTIONS[slot].buttons:
        if payload == questions.DECLINE:
            assert title == "Prefer not to say"
            continue
        found = re.fullmatch(r"/inform(\{.*\})", payload)
        assert found, payload
        [(name, value)] = json.loads(found.group(1)).items()
        assert name == slot
        assert intake.check(name, value).ok, (title, value)


def test_button_dicts_are_what_the_dispatcher_takes():
    [first, *_] = questions.question("universal_credit").button_dicts()
    assert first == {"title": "Yes", "payload": '/inform{"universal_credit": true}'}


def test_area_buttons_are_the_constituent_authorities():
    assert [t for t, _ in questions.QUESTIONS["local_authority"].buttons] == list(vocab.CONSTITUENT_AUTHORITIES)


def test_a_place_we_did_not_recognise_is_asked_for_as_a_postcode_or_council():
    again = questions.question("local_authority", retry=True)
    assert "postcode" in again.text and "council" in again.text
    assert again.buttons == questions.QUESTIONS["local_authority"].buttons  # the areas are still one tap away
    assert questions.question("local_authority") == questions.QUESTIONS["local_authority"]
    # Questions without a special retry wording are asked the same way again.
    assert questions.question("interest", retry=True) == questions.QUESTIONS["interest"]


@pytest.mark.parametrize("asked_before, intent, retry", [
    ("local_authority", "inform", True),       # tried to answer, we could not use it
    ("local_authority", "unreadable", True),
    ("local_authority", "faq_cost", False),    # asked something else: the form just picks up again
    ("local_authority", "human_handoff", False),
    ("age", "inform", False),                  # a different question was open
    (None, "greet", False),                    # first time asked
])
def test_retry_only_after_an_attempt_at_this_question(asked_before, intent, retry):
    assert questions.is_retry("local_authority", asked_before, intent) is retry


# ---- asking for someone else; English as a first language in one tap ------------------------------
def test_questions_about_someone_else_are_asked_of_the_asker():
    from bot.dialogue import intake, questions

    assert questions.question("age", about="he").text.startswith("How old is he?")
    assert questions.question("employment_status", about="they").text == "Are they working at the moment?"
    assert questions.question("qualification_level", about="she").text == "What is her highest qualification?"
    for slot in intake.PROFILE_SLOTS:  # every question has a version about them, with the same replies
        for pronoun in intake.PRONOUNS:
            about = questions.question(slot, about=pronoun)
            assert about.text != questions.QUESTIONS[slot].text and "{" not in about.text
            assert about.buttons == questions.QUESTIONS[slot].buttons


def test_questions_about_someone_else_are_in_the_conversations_language_and_differ_by_person():
    from bot.dialogue import intake, questions
    from bot.language.words import LANGUAGES

    for lang in LANGUAGES:
        for slot in intake.PROFILE_SLOTS:
            asked = {p: questions.question(slot, about=p, lang=lang).text for p in intake.PRONOUNS}
            you = questions.question(slot, lang=lang).text
            assert you not in asked.values() and "{" not in "".join(asked.values()), (lang, slot)
            if lang != "en":
                english = {p: questions.question(slot, about=p).text for p in intake.PRONOUNS}
                assert not set(asked.values()) & set(english.values()), (lang, slot)
            assert asked["he"] != asked["they"] and asked["she"] != asked["they"], (lang, slot)


def test_english_as_a_first_language_is_one_tap():
    from bot.dialogue import questions

    buttons = dict(questions.QUESTIONS["english_level"].buttons)
    assert buttons["English is my first language"] == questions.inform("english_level", "fluent")


def test_asking_for_themselves_again_is_asked_in_the_second_person():
    from bot.dialogue import intake, questions

    for slot in intake.PROFILE_SLOTS:
        assert questions.question(slot, about=intake.ASKING_FOR_SELF) == questions.QUESTIONS[slot]
    assert intake.check(intake.ASKING_FOR_SLOT, "self").value == "self"


@pytest.mark.parametrize("lang", ["ur", "pa", "ar", "pl", "ro"])
def test_the_note_on_a_qualification_from_abroad_is_said_in_the_conversations_language(lang):
    from bot.language.identify import identify

    note = questions.abroad_note(3, lang)
    assert "https://www.enic.org.uk" in note and "I've counted" not in note
    assert identify(note.replace("UK ENIC", "").replace("statement of comparability", "")) == lang
