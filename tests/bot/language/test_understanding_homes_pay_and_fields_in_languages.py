"""In the resident's language (worded fresh here): home said with the language's own verb for living beside a
workplace in another council, ages said outright over years worked, ages without the word for years, Arabic
numbers typed with ه, money said to be too little, shifts worked, fields named in English, full time and part
time as loanwords in Arabic script, Romanian without diacritics. (Towns in their script: test_places.)"""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("lang, text, council", [
    ("pl", "Pracowałem w Telford, ale mieszkam w Erdington.", "Birmingham"),
    ("ro", "Am lucrat în Telford opt ani, acum locuiesc în Aston.", "Birmingham"),
])
def test_home_said_with_their_verb_for_living_outweighs_where_they_worked(understanding, lang, text, council):
    assert facts(understanding, text, language=lang)["local_authority"] == council


def test_an_age_said_outright_outweighs_years_worked(understanding):
    found = facts(understanding, "ਮੈਂ 48 ਸਾਲਾਂ ਦਾ ਹਾਂ। ਪੰਦਰਾਂ ਸਾਲ ਵੇਅਰਹਾਊਸ ਵਿੱਚ ਕੰਮ ਕੀਤਾ", language="pa")
    assert found["age"] == 48


@pytest.mark.parametrize("lang, text, age", [("pa", "ਮੈਂ 17 ਦਾ ਆਂ, ਵਾਲਸਾਲ ਰਹਿੰਦਾ", 17),
                                             ("ur", "میں 17 کا ہوں", 17),
                                             ("ar", "عمري سبعه وعشرين", 27)])
def test_ages_said_without_the_word_for_years_or_with_a_typed_ha(understanding, lang, text, age):
    assert facts(understanding, text, language=lang)["age"] == age


@pytest.mark.parametrize("lang, text", [("pa", "ਕੇਅਰ ਹੋਮ ਚ ਸ਼ਿਫਟਾਂ ਕਰਦਾ ਆਂ, ਪੈਸੇ ਘੱਟ ਨੇ"),
                                        ("ar", "اشتغل كاشير والراتب ما يكفي"),
                                        ("ur", "ویئر ہاؤس میں کام کرتا ہوں، پیسے بہت کم ہیں")])
def test_money_said_to_be_too_little_in_work_is_low_wage(understanding, lang, text):
    found = facts(understanding, text, language=lang)
    assert (found["background"], found["employment_status"]) == ("low_wage", "employed")


@pytest.mark.parametrize("lang, text, topic", [("pa", "ਮੈਂ data analyst ਬਣਨਾ ਚਾਹੁੰਦੀ ਆਂ", "data"),
                                               ("ur", "میں software developer بننا چاہتا ہوں", "coding"),
                                               ("pl", "chcę zostać web developer", "web_design")])
def test_a_job_in_a_field_named_in_english_with_their_words_for_wanting_is_their_interest(understanding, lang, text, topic):
    assert facts(understanding, text, language=lang)["interest"] == topic


@pytest.mark.parametrize("text, time", [("فول تايم", "full_time"), ("بارت تايم", "part_time")])
def test_full_and_part_time_in_arabic_script_answer_when_they_can_study(understanding, text, time):
    assert facts(understanding, text, asked="availability", language="ar")["availability"] == time


def test_romanian_without_diacritics_names_cyber_security_and_the_baccalaureate(understanding):
    found = facts(understanding, "Ma intereseaza securitatea cibernetica. Am bacalaureatul.", language="ro")
    assert (found["interest"], found["qualification_level"]) == ("cyber_security", 3)


def test_doing_nothing_neither_school_nor_work_in_romanian_is_out_of_work(understanding):
    found = facts(understanding, "de atunci nu face nimic, nici scoala nici lucru", language="ro")
    assert found["employment_status"] == "unemployed"


@pytest.mark.parametrize("lang, text, level", [("ro", "bun", "intermediate")])
def test_a_one_word_english_level_in_romanian(understanding, lang, text, level):
    assert facts(understanding, text, asked="english_level", language=lang)["english_level"] == level


def test_the_basics_first_in_punjabi_is_everyday_digital(understanding):
    assert facts(understanding, "ਪਹਿਲਾਂ ਬੇਸਿਕ ਸਿੱਖਣਾ", asked="interest", language="pa")["interest"] == "general_digital"


def test_a_foundry_closing_in_punjabi_is_a_job_lost(understanding):
    found = facts(understanding, "ਵੀਹ ਸਾਲ ਫਾਊਂਡਰੀ ਵਿੱਚ ਕੰਮ ਕੀਤਾ, ਪਿਛਲੇ ਮਹੀਨੇ ਬੰਦ ਹੋ ਗਈ", language="pa")
    assert found["background"] == "displaced_worker"
