"""Place names written in Urdu, Arabic or Punjabi letters are matched to the gazetteer's English names by
how they sound, where a place is said, and everyday words in those scripts are not taken for places."""

from pathlib import Path

import pytest

from bot.language import script_names
from bot.language.places import Gazetteer

REAL = Path(__file__).resolve().parents[3] / "bot" / "data" / "gazetteer.yml"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load(REAL)


def test_a_name_and_its_spelling_in_another_script_share_a_skeleton():
    assert script_names.latin("Stourbridge") == script_names.skeletons(["ستوربريدج"])[0]
    assert script_names.latin("Tipton") == script_names.skeletons(["ਟਿਪਟਨ"])[0]


@pytest.mark.parametrize("text, council, place", [
    ("أسكن في ستوربريدج مع عائلتي", "Dudley", "Stourbridge"),           # after "in"
    ("ساكن بسمثويك من سنتين", "Sandwell", "Smethwick"),  # "in" written onto the name; "for two years" is no place
    ("ہم برائرلی ہل میں رہتے ہیں", "Dudley", "Brierley Hill"),           # two words before "in"
])
def test_a_place_written_in_another_script_is_found_where_a_place_is_said(gaz, text, council, place):
    [found] = gaz.find(text)
    assert (found.local_authority, found.place) == (council, place)


def test_a_whole_answer_in_another_script_is_the_place(gaz):
    assert gaz.resolve("ਬਿਲਸਟਨ").local_authority == "Wolverhampton"


@pytest.mark.parametrize("text", [
    "میں فیکٹری میں کام کرتا ہوں",          # a factory, before "in"
    "بشتغل بمغسلة سيارات",                  # "I work" and "in a car wash": verbs and nouns with no long vowels
    "في مستشفى المدينة",
    "ਮੈਂ ਦੁਕਾਨ ਵਿੱਚ ਕੰਮ ਕਰਦੀ ਹਾਂ",
    "جاب سینٹر والے کہتے ہیں آن لائن اپلائی کرو، میں کیا کروں؟",  # "میں" here is "I", after a comma
])
def test_everyday_words_in_another_script_are_not_places(gaz, text):
    assert gaz.find(text) == []


def test_no_everyday_answer_in_any_language_is_taken_for_a_place(gaz):
    # every phrase the intake reads as an answer, and every way of saying "I don't know", as a whole reply
    from bot.language.answer_words import ANSWER_WORDS, DONT_KNOW
    said = {p for slots in ANSWER_WORDS.values() for rows in slots.values() for _, phrases in rows for p in phrases}
    said |= {p for phrases in DONT_KNOW.values() for p in phrases}
    assert [(p, gaz.resolve(p).place) for p in sorted(said) if gaz.resolve(p) is not None] == []
