"""Data rights, handoff, the fallback and the outside-area note in the resident's language: the words
change, the quick replies' payloads, references, numbers and quoted commands do not."""

from __future__ import annotations

import re

import pytest

from bot.dialogue import fallback_words, handoff_words, replies, rights_words
from bot.language.words import LANGUAGES
from bot.residents import rights

TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]
_FIGURES = re.compile(r"\d[\d ,.]*\d|\d")


def payloads(buttons):
    return [b["payload"] for b in buttons]


def test_polish_resident_sees_their_choices_in_polish():
    text, buttons = rights_words.menu(rights.Consent(), "pl")
    english_text, english_buttons = rights_words.menu(rights.Consent())
    assert text.startswith("Twoje wybory (możesz je zmienić w każdej chwili):")
    assert text.splitlines()[1].endswith(": tak")  # the consent table's words, with their state in Polish
    assert payloads(buttons) == payloads(english_buttons)
    assert [b["title"] for b in buttons] != [b["title"] for b in english_buttons]
    assert english_text.startswith("Your choices (you can change them any time):")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_forget_me_in_every_language_keeps_the_receipt_and_the_quoted_command(lang):
    said = rights_words.erased(["age", "local_authority"], "K7Q2-9XWD", lang)
    assert "K7Q2-9XWD" in said and said != rights_words.erased(["age", "local_authority"], "K7Q2-9XWD")
    assert '"forget me"' in rights_words.erased_partly(["age"], lang)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_changed_choices_keep_the_days_and_stop_in_every_language(lang):
    said = rights_words.changed({"keep_conversation": True, "follow_ups": True}, retention_days=180, lang=lang)
    assert "180" in said and "STOP" in said and '"my choices"' in said


def test_romanian_correction_is_said_in_romanian_with_the_value():
    assert rights_words.corrected([("age", 25)], lang="ro") == "Bine, am schimbat vârsta ta la 25."
    assert rights_words.corrected([("age", 25)]) == "OK, I've changed your age to 25."


@pytest.mark.parametrize("lang", TRANSLATED)
def test_handoff_offer_in_every_language_keeps_the_careers_service_number_and_payloads(lang):
    for channel in ("web", "sms"):
        text, buttons = handoff_words.callback_offer("Mon-Fri 9-5", channel, lang)
        english, english_buttons = handoff_words.callback_offer("Mon-Fri 9-5", channel)
        assert "0800 100 900" in text and text != english
        assert payloads(buttons) == payloads(english_buttons)
    assert "RESUME AB12CD" in handoff_words.callback_booked("web", "any time", "AB12CD", 30, lang)
    assert "0800 100 900" in handoff_words.callback_declined(lang)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_fallback_suggestions_are_in_the_language_with_the_same_payloads(lang):
    ranking = [{"name": "faq_cost"}, {"name": "ask_why"}]
    text, buttons = fallback_words.suggestions(ranking, lang=lang)
    english, english_buttons = fallback_words.suggestions(ranking)
    assert text != english and payloads(buttons) == payloads(english_buttons)
    assert '"talk to a person"' in fallback_words.default_fallback(lang)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_outside_area_note_names_the_places_as_they_are(lang):
    note = replies.outside_area_note("Leicester", lang)
    assert note != replies.outside_area_note("Leicester")
    for place in ("Leicester", "Birmingham", "Wolverhampton", "Shropshire"):
        assert place in note


@pytest.mark.parametrize("lang", TRANSLATED)
def test_what_a_resident_can_do_next_is_offered_in_their_language(lang):
    from bot.dialogue import next_steps
    from bot.pathways import corrections

    for on_phone in (False, True):
        for status in ("open", "waitlist"):
            text, buttons = next_steps.offer([{"status": status}], on_phone=on_phone, lang=lang)
            english, english_buttons = next_steps.offer([{"status": status}], on_phone=on_phone)
            assert text != english and '"my choices"' in text
            assert payloads(buttons) == payloads(english_buttons)
    assert "WRONG" in corrections.phone_hint(lang) and corrections.phone_hint(lang) != corrections.PHONE_HINT
