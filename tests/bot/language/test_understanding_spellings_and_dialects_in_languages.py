"""How residents really type their own language (worded fresh here): Urdu number words in the letters phones
type, Arabic years said "عام", Moroccan Arabic's words for working and wanting, loanwords for the weekend and for shifts, and Roman Urdu's many
spellings of one word. (Places written in script are tested on the real gazetteer, in test_places.)"""

import pytest

from tests.bot.language.reading import facts


def test_a_childs_age_in_urdu_words_is_their_age(understanding):
    found = facts(understanding, "میری بیٹی سولہ سال کی ہے، وہ کوڈنگ سیکھنا چاہتی ہے", language="ur")
    assert (found["age"], found["asking_for"]) == (16, "she")


@pytest.mark.parametrize("text", ["ستة وثلاثين عام", "36 عام"])
def test_years_said_as_aam_are_an_age(understanding, text):
    assert facts(understanding, text, asked="age", language="ar")["age"] == 36


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


def test_a_nationality_answering_the_status_question_is_not_a_place_by_its_sound(understanding):
    found = facts(understanding, "برطانوی", asked="immigration_status", language="ur")
    assert found == {"immigration_status": "british_irish"}


def test_a_grandsons_age_in_punjabi_is_his(understanding):
    found = facts(understanding, "ਮੇਰਾ ਪੋਤਾ 18 ਸਾਲ ਦਾ, ਕਾਲਜ ਮੁੱਕ ਗਿਆ ਉਹਦਾ", language="pa")
    assert (found["age"], found["asking_for"], found["background"]) == (18, "he", "school_leaver")


@pytest.mark.parametrize("text, slot, value", [
    ("ਡਿਲੀਵਰੀ ਡਰਾਈਵਰ ਹਾਂ", "employment_status", "employed"),
    ("ਮੇਰੀ ਛੋਟੀ ਜਿਹੀ ਦੁਕਾਨ ਹੈ, ਆਪਣਾ ਕੰਮ ਹੈ", "employment_status", "self_employed"),
    ("ਪਿਛਲੇ ਮਹੀਨੇ ਰਿਡੰਡੈਂਸੀ ਹੋ ਗਈ", "background", "displaced_worker"),
    ("اشتغل بمحل حلاقة والفلوس قليلة ما تكفي", "background", "low_wage"),
    ("W Polsce skończyłam licencjat z pedagogiki", "qualification_level", 6),
    ("am terminat liceul si am luat bacu", "qualification_level", 3),
    ("o firma care a intrat in administrare si am ramas fara job", "background", "displaced_worker")])
def test_situations_as_each_language_says_them(understanding, text, slot, value):
    language = {"ਡ": "pa", "ਮ": "pa", "ਪ": "pa", "ا": "ar", "W": "pl"}.get(text[0], "ro")
    assert facts(understanding, text, language=language)[slot] == value


def test_own_work_beside_a_job_is_self_employed(understanding):
    assert facts(understanding, "ਮੈਂ ਕੋਰੀਅਰ ਡਰਾਈਵਰ ਹਾਂ ਆਪਣਾ ਕੰਮ।", language="pa")["employment_status"] == "self_employed"


@pytest.mark.parametrize("text, language, when", [
    ("ਸ਼ਾਮ ਨੂੰ ਦੁਕਾਨ ਤੇ ਕੰਮ ਕਰਦਾ ਹਾਂ, ਪੜ੍ਹਾਈ ਸਿਰਫ਼ ਸਵੇਰੇ ਹੋ ਸਕਦੀ ਹੈ", "pa", "part_time"),
    ("Lucrez la curatenie. Pot doar dimineata cat sunt copiii la scoala.", "ro", "part_time"),
    ("koi computer course hai jo shaam ko ya weekend pe ho?", "ur", "evenings_weekends")])
def test_when_they_can_study_said_of_the_studying_or_what_they_can_manage(understanding, text, language, when):
    assert facts(understanding, text, language=language)["availability"] == when


def test_when_they_work_is_not_when_they_study(understanding):
    assert "availability" not in facts(understanding, "pracuję wieczorami w sklepie", language="pl")


@pytest.mark.parametrize("text, language, age", [
    ("کیا میں آپ والے کورس کر سکتا ہوں؟ عمر 24 سال ہے۔", "ur", 24),  # after an Arabic-script question mark
    ("ਮੈਂ ਟੈਲਫੋਰਡ ਰਹਿੰਦੀ ਹਾਂ, ਬਤਾਲੀ ਸਾਲਾਂ ਦੀ ਹਾਂ।", "pa", 42),  # forty-two spelt as spoken
    ("hej mam 29l, robie na magazynie", "pl", 29),  # "l" for lat
    ("jestem kierowcą, w marcu skończyłem 50 lat", "pl", 50),  # turned fifty in March
    ("am împlinit 40 de ani și lucrez la curățenie", "ro", 40)])
def test_an_age_as_each_language_says_it(understanding, text, language, age):
    assert facts(understanding, text, language=language)["age"] == age


@pytest.mark.parametrize("text, language", [("córka skończyła 17 lat w maju", "pl"),
                                            ("Va scriu pentru fiica mea, a implinit 17 ani luna trecuta", "ro")])
def test_a_birthday_someone_else_just_had_is_their_age(understanding, text, language):
    found = facts(understanding, text, language=language)
    assert (found["age"], found["asking_for"]) == (17, "she")


@pytest.mark.parametrize("text, language, slot, value", [
    ("ਸ਼ਿਫ਼ਟ ਮੈਨੇਜਰ ਹਾਂ ਪਰ ਹੁਣ ਲਾਈਨ ਬਦਲਣੀ ਚਾਹੁੰਦਾ, ਕੋਡਿੰਗ ਸਿੱਖ ਕੇ", "pa", "background", "career_changer"),
    ("ਮੈਂ 18 ਸਾਲ ਦਾ। ਕਾਲਜ ਹੁਣੇ ਖਤਮ ਹੋਇਆ।", "pa", "background", "school_leaver"),
    ("ਸਫ਼ਾਈ ਦਾ ਕੰਮ ਕਰਦੀ ਹਾਂ, ਤਨਖਾਹ ਬਹੁਤ ਥੋੜ੍ਹੀ ਹੈ", "pa", "background", "low_wage"),
    ("student visa ਤੇ ਆਂ, ਮਾਸਟਰਜ਼ ਕਰ ਰਿਹਾ", "pa", "employment_status", "in_education"),
    ("abhi ek warehouse me night shift karta hun", "ur", "employment_status", "employed"),
    ("اشتغل تكسي لحسابي. اريد اتعلم IT support حتى اغير شغلتي", "ar", "background", "career_changer"),
    ("خلصت الكلية السنة الماضية وقاعدة بالبيت", "ar", "employment_status", "unemployed"),
    ("إجينا مع برنامج إعادة التوطين", "ar", "background", "refugee"),
    ("عندي إجازة جامعية من جامعة دمشق", "ar", "qualification_level", 6),
    ("lucrez ca șofer de curierat pentru Amazon, pe cont propriu", "ro", "employment_status", "self_employed"),
    ("lucrez pe santier. m-am saturat, vreau sa invat programare", "ro", "background", "career_changer")])
def test_more_situations_as_each_language_says_them(understanding, text, language, slot, value):
    assert facts(understanding, text, language=language)[slot] == value


@pytest.mark.parametrize("text, language", [("Am 22 de ani, stau in Bilston. Nu lucrez de 4 luni.", "ro"),
                                            ("mam 58 lat, nie pracuje od 2 lat", "pl")])
def test_out_of_work_said_in_an_opening_is_an_out_of_work_background(understanding, text, language):
    found = facts(understanding, text, language=language)
    assert (found["employment_status"], found["background"]) == ("unemployed", "unemployed")


def test_a_refugee_out_of_work_keeps_the_refugee_background(understanding):
    assert facts(understanding, "انا لاجئ من سوريا وما عم اشتغل", language="ar")["background"] == "refugee"


def test_a_workplace_closed_with_arabic_in_written_onto_it_is_a_job_lost(understanding):
    found = facts(understanding, "وخسرت شغلي بالمعمل لما سكّر", language="ar")
    assert (found["background"], found["employment_status"]) == ("displaced_worker", "unemployed")
