"""A birthday just had, said in the first person ("became 52"), and the English word for asylum inside an Urdu
or Arabic message."""

import pytest

from tests.bot.language.test_understanding_facts_in_languages import facts


@pytest.mark.parametrize("language, text, age", [
    ("ur", "میں پچھلے مہینے باون سال کا ہو گیا ہوں۔ Smethwick میں رہتا ہوں۔", 52),
    ("ur", "Pichlay hafte 45 ka hua hun. Caldmore, Walsall mein rehta hun.", 45),
    ("ur", "main 45 saal ka ho gaya hun", 45),
    ("pa", "ਮੈਂ ਪਿਛਲੇ ਮਹੀਨੇ 50 ਸਾਲ ਦਾ ਹੋ ਗਿਆ ਹਾਂ", 50),
])
def test_an_age_just_reached_in_the_first_person_is_their_age(understanding, language, text, age):
    said = facts(understanding, text, language)
    assert said.get("age") == age and "asking_for" not in said


def test_a_sons_age_just_reached_is_his_and_asked_for(understanding):
    said = facts(understanding, "میرا بیٹا 18 سال کا ہو گیا ہے", "ur")
    assert said.get("age") == 18 and said.get("asking_for") == "he"


@pytest.mark.parametrize("language, text", [
    ("ur", "میں Small Heath میں رہتا ہوں، عمر ۲۷ سال۔ میرا asylum کا کیس ابھی Home Office میں چل رہا ہے۔"),
    ("ar", "عندي asylum claim من سنة وساكن في Coventry"),
])
def test_the_english_word_for_asylum_in_another_script_is_an_asylum_seeker(understanding, language, text):
    assert facts(understanding, text, language).get("immigration_status") == "asylum_seeker"


@pytest.mark.parametrize("language, text", [
    ("pa", "ਮੈਂ ੧੮ ਸਾਲ ਦਾ ਹਾਂ, ਹੁਣੇ ਸਿਕਸਥ ਫਾਰਮ ਖਤਮ ਕੀਤਾ"),
    ("ar", "ابني عمره ١٦ سنة وخلص امتحانات الـ GCSE هالصيف"),
    ("ro", "Am 17 ani și tocmai am terminat GCSE-urile"),
    ("pl", "Mam 16 lat, skończyłam GCSE w czerwcu"),
    ("ur", "میری عمر ۱۶ سال ہے، GCSE ختم ہو گئے"),
])
def test_school_exams_or_sixth_form_just_done_is_a_school_leaver(understanding, language, text):
    assert facts(understanding, text, language).get("background") == "school_leaver"


@pytest.mark.parametrize("language, text", [
    ("ar", "بدها تدرس شي بالكمبيوتر بدل ما تكمل A levels"),
    ("pl", "chce kurs komputerowy zamiast A levels"),
    ("ro", "vrea un curs de programare în loc de A levels"),
    (None, "rather than A levels she wants an apprenticeship"),
])
def test_a_levels_not_taken_instead_are_no_qualification_held(understanding, language, text):
    assert "qualification_level" not in facts(understanding, text, language)
