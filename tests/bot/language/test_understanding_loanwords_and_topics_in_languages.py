"""English terms written in the resident's script (ILR, ARAP, "self employed", "full time"), a field named beside
"computers", networks and e-marketing, an interpreter's English and an IELTS band, and Arabic written with its
short vowels. Worded fresh here (drafts by a non-native author, like the tables they test)."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("lang, text, slot, value", [
    ("ur", "میں سیلف ایمپلائیڈ ہوں", "employment_status", "self_employed"),
    ("pa", "ਮੈਂ ਸੈਲਫ ਇੰਪਲਾਇਡ ਹਾਂ", "employment_status", "self_employed"),
    ("ur", "مجھے آئی ایل آر مل گیا ہے", "immigration_status", "settled"),
    ("pa", "ਮੇਰੇ ਕੋਲ ਆਈ ਐਲ ਆਰ ਹੈ", "immigration_status", "settled"),
    ("ur", "ہم اے آر اے پی پر آئے تھے", "immigration_status", "afghan_resettlement"),
])
def test_english_terms_written_in_their_script_are_read(understanding, lang, text, slot, value):
    assert facts(understanding, text, asked=slot, language=lang).get(slot) == value


def test_full_time_in_punjabi_words_answers_when_they_can_study(understanding):
    assert facts(understanding, "ਪੂਰਾ ਟਾਈਮ ਪੜ੍ਹ ਸਕਦਾ ਹਾਂ", asked="availability", language="pa")["availability"] == "full_time"


@pytest.mark.parametrize("lang, text, interest", [
    ("ur", "کمپیوٹر میں ڈیٹا سیکھنا ہے", "data"),
    ("ur", "میں کمپیوٹر سیکھنا چاہتی ہوں", "general_digital"),
    ("ar", "نفسي اتعلم سوشيال ميديا", "digital_marketing"),
])
def test_a_field_named_beside_computers_is_the_topic(understanding, lang, text, interest):
    assert facts(understanding, text, language=lang).get("interest") == interest


@pytest.mark.parametrize("lang, text, interest", [
    ("pa", "ਨੈੱਟਵਰਕਿੰਗ", "it_support"),
    ("ar", "الشبكات والدعم الفني", "it_support"),
    ("ar", "سوشيال ميديا", "digital_marketing"),
])
def test_networks_and_social_media_answer_what_to_learn(understanding, lang, text, interest):
    assert facts(understanding, text, asked="interest", language=lang).get("interest") == interest


@pytest.mark.parametrize("lang, text, level", [
    ("ur", "میں مترجم تھی", "fluent"),
    ("ar", "عملت كمترجم خمس سنوات", "fluent"),
    ("pa", "ਮੈਂ ਦੁਭਾਸ਼ੀਆ ਸੀ", "fluent"),
    ("pl", "słaba", "basic"),
    ("pa", "ਠੀਕ ਹੈ, IELTS 7.5", "fluent"),
    (None, "got 8 in ielts", "fluent"),
    (None, "IELTS 6", "intermediate"),
    (None, "ielts 3.5 last year", "basic"),
])
def test_an_interpreters_english_an_ielts_band_and_weak_in_polish(understanding, lang, text, level):
    assert facts(understanding, text, asked="english_level", language=lang).get("english_level") == level


def test_arabic_written_with_its_short_vowels_names_the_place():
    from pathlib import Path

    from bot.language.places import Gazetteer

    real = Gazetteer.load(Path(__file__).resolve().parents[3] / "bot" / "data" / "gazetteer.yml")
    assert real.resolve("دَدلي").local_authority == "Dudley"
    assert [m.local_authority for m in real.find("أعيش في وَلسال")] == ["Walsall"]


@pytest.mark.parametrize("lang, text", [
    ("ro", "am 60 de ani si nu stiu sa folosesc calculatorul deloc"),
    ("ar", "عمري 62 ولا أعرف استخدام الكمبيوتر"),
])
def test_not_knowing_how_to_use_a_computer_is_everyday_digital_not_unsure(understanding, lang, text):
    assert facts(understanding, text, language=lang).get("interest") == "general_digital"
