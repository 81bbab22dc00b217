"""The conversation's language is a stored fact: set by the first message in another language, changed only
when the resident asks for a language by name."""

import pytest

from bot.language import choice, words
from bot.language.choice import asked_for, chosen_reply, draft_notice, language_after


@pytest.mark.parametrize("text, lang", [
    ("English please", "en"), ("english", "en"), ("Can we talk in English?", "en"), ("po angielsku", "en"),
    ("in Polish", "pl"), ("Polski", "pl"), ("po polsku proszę", "pl"),
    ("Urdu please", "ur"), ("اردو", "ur"), ("اردو میں بات کریں", "ur"),
    ("urdu mein", "ur-latn"), ("roman urdu please", "ur-latn"),
    ("ਪੰਜਾਬੀ", "pa"), ("ਪੰਜਾਬੀ ਵਿੱਚ", "pa"), ("Punjabi pls", "pa"),
    ("العربية", "ar"), ("بالعربي من فضلك", "ar"), ("arabic", "ar"),
    ("Română", "ro"), ("în română vă rog", "ro"), ("romana", "ro"), ("let's talk in Romanian", "ro"),
])
def test_a_language_named_as_the_whole_request_is_asked_for(text, lang):
    assert asked_for(text) == lang


@pytest.mark.parametrize("text", [
    "I speak Polish and English at home", "I live in Poland", "my English is basic", "polish, urdu",
    "I want to learn English and then do a coding bootcamp in Birmingham", "ok", "", None,
])
def test_a_message_that_only_mentions_a_language_asks_for_none(text):
    assert asked_for(text) is None


def test_the_first_message_in_another_language_sets_it():
    assert language_after("Cześć, szukam kursu komputerowego w Birmingham", None) == "pl"
    assert language_after("mein 24 saal ka hoon, Birmingham mein rehta hoon", None) == "ur-latn"


def test_roman_urdu_asked_for_by_name_or_urdu_named_in_latin_letters_keeps_the_latin_letters():
    assert language_after("Roman Urdu please", "ur") == "ur-latn"
    assert language_after("urdu", "ur-latn") is None
    assert language_after("اردو", "ur-latn") == "ur"  # asked for in Urdu script: answered in it


def test_english_is_the_default_and_is_not_stored_from_what_is_written():
    assert language_after("Hello, I am looking for a computer course near Walsall", None) is None


def test_a_later_message_never_flips_it():
    for later in ("Wolverhampton", "ok", "34", "Hello, I need help finding a course in Dudley please",
                  "Bună ziua, caut un curs de programare"):
        assert language_after(later, "pl") is None


def test_asking_for_a_language_changes_it_and_asking_again_changes_nothing():
    assert language_after("English please", "pl") == "en"
    assert language_after("po polsku", "en") == "pl"
    assert language_after("Polski", "pl") is None


def test_the_reply_to_a_choice_is_in_the_language_chosen_and_names_it_there():
    assert chosen_reply("en") == "OK, I'll talk in English."
    text = chosen_reply("pl")
    assert "polski" in text and "OK" not in text and "English" not in text
    assert "العربية" in chosen_reply("ar")


def test_the_new_translation_notice_is_in_the_language_while_it_is_a_draft_and_only_once():
    notice = draft_notice("pl")
    assert notice and "English please" in notice and "przetłumaczone" in notice
    assert draft_notice("pl", told=["pl"]) is None
    assert draft_notice("ro", told=["pl"]) is not None  # a second language is new too
    assert draft_notice("en") is None and draft_notice(None) is None


def test_a_reviewed_language_gets_no_notice(monkeypatch):
    reviewed = words.Words("pl", words.load_translations("pl"), drafts=False)
    monkeypatch.setattr(choice, "words_for", lambda lang: reviewed)
    assert draft_notice("pl") is None


def test_choosing_a_language_no_longer_says_the_reasons_stay_english():
    """The reasons a course fits are said in the language now; only the providers' own words are English."""
    from bot.language.choice import chosen_reply

    assert "reasons" not in chosen_reply("pl") and "organizatorzy kursów" in chosen_reply("pl")
