"""Roman Urdu ("mein 24 saal ka hoon, Birmingham mein rehta hoon") is answered in the letters it is written
in: many British Pakistanis who write it read Urdu script slowly or not at all."""

import datetime as dt
import re

from bot.dialogue.questions import questions_in
from bot.gateway import render
from bot.language import choice, translations
from bot.language.identify import identify
from bot.language.answers import in_language
from bot.language.words import catalogue_path, date_locale
from bot.pathways.matching import _long_date

URDU_SCRIPT = re.compile("[\u0600-\u06ff]")


def test_a_first_message_in_roman_urdu_sets_the_conversation_in_roman_urdu():
    assert identify("assalam o alaikum, mujhe computer course chahiye") == "ur-latn"
    assert choice.language_after("mein 30 saal ki hoon aur Walsall mein rehti hoon", None) == "ur-latn"


def test_urdu_script_is_still_answered_in_urdu_script():
    assert identify("میں برمنگھم میں رہتا ہوں") == "ur"


def test_every_roman_urdu_entry_is_written_in_latin_letters():
    catalog = translations.read(catalogue_path("ur-latn"), "ur-latn")
    in_urdu_script = [m.id for m in translations.messages(catalog) if URDU_SCRIPT.search(m.string or "")]
    assert in_urdu_script == []


def test_roman_urdu_questions_come_from_their_own_catalogue_not_the_urdu_script_one():
    asked = questions_in("ur-latn")["employment_status"]
    assert not URDU_SCRIPT.search(asked.text) and asked.text != questions_in("en")["employment_status"].text
    assert all(not URDU_SCRIPT.search(title) for title, _ in asked.buttons)
    urdu = questions_in("ur")["employment_status"]
    assert [payload for _, payload in asked.buttons] == [payload for _, payload in urdu.buttons]


def test_roman_urdu_is_laid_out_left_to_right_and_is_one_of_ours():
    assert render.direction("ur-latn") == "ltr" and render.direction("ur") == "rtl"
    assert render.known("ur-latn") == "ur-latn"


def test_a_date_in_roman_urdu_has_english_month_names():
    assert date_locale("ur-latn") == "en_GB"
    assert _long_date(dt.date(2027, 1, 12), "ur-latn") == "12 January 2027"


def test_a_roman_urdu_conversation_reads_roman_urdu_answers():
    assert in_language("availability", "sirf shaam ko", "ur-latn") is not None
    assert in_language("availability", "sirf shaam ko", "ur") is not None  # an Urdu-script one reads it too
