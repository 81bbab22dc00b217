"""How residents really type their own language (worded fresh here): Urdu number words in the letters phones
type, Arabic years said "عام", a place name with the vowel Urdu puts before "sm-", Moroccan Arabic's "f" (in)
and its words for working and wanting, loanwords for the weekend and for shifts, and Roman Urdu's many
spellings of one word."""

import pytest

from tests.bot.language.reading import facts


def test_a_childs_age_in_urdu_words_is_their_age(understanding):
    found = facts(understanding, "میری بیٹی سولہ سال کی ہے، وہ کوڈنگ سیکھنا چاہتی ہے", language="ur")
    assert (found["age"], found["asking_for"]) == (16, "she")


@pytest.mark.parametrize("text", ["ستة وثلاثين عام", "36 عام"])
def test_years_said_as_aam_are_an_age(understanding, text):
    assert facts(understanding, text, asked="age", language="ar")["age"] == 36


def test_a_place_written_with_urdus_leading_vowel_is_found(understanding):
    assert facts(understanding, "ہم اسمیتھ وک میں رہتے ہیں", language="ur")["local_authority"] == "Sandwell"


def test_moroccan_in_written_onto_a_place_after_living_is_the_place(understanding):
    assert facts(understanding, "انا ساكن فوالسال", language="ar")["local_authority"] == "Walsall"


def test_moroccan_words_for_working_and_wanting_to_learn(understanding):
    found = facts(understanding, "انا خدامة فالتنظيف بارت تايم. بغيت نتعلم الكمبيوتر", language="ar")
    assert (found["employment_status"], found["interest"]) == ("employed", "general_digital")


def test_moroccan_not_working_is_not_work(understanding):
    assert "employment_status" not in facts(understanding, "انا ماشي خدام دابا", language="ar")


@pytest.mark.parametrize("text, language", [("ويكند بس", "ar"), ("ਵੀਕੈਂਡ ਤੇ", "pa"), ("ویکنڈ پر", "ur")])
def test_the_weekend_as_a_loanword_is_evenings_and_weekends(understanding, text, language):
    assert facts(understanding, text, asked="availability", language=language)["availability"] == "evenings_weekends"


def test_shifts_put_in_are_work_in_punjabi(understanding):
    assert facts(understanding, "ਵੇਅਰਹਾਊਸ ਚ ਨਾਈਟ ਸ਼ਿਫਟ ਲਾਉਂਦਾ", language="pa")["employment_status"] == "employed"


def test_roman_urdu_spelt_as_texted_is_read_as_the_tables_spell_it(understanding):
    found = facts(understanding, "mai tipton mein rehta hu, factory mein shift krta hu, pese bohot kam hain",
                  language="ur")
    assert (found["background"], found["employment_status"]) == ("low_wage", "employed")


def test_roman_urdu_not_working_with_its_spellings(understanding):
    assert facts(understanding, "abi kch nhi kr rha", asked="employment_status", language="ur")[
        "employment_status"] == "unemployed"
