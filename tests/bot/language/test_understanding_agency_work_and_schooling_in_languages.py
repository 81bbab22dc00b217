"""Agency work that stopped, a workplace closed, schooling and wishes said of a son, hours of work had, every day
and any hour, in Polish, Romanian, Arabic, Punjabi and Roman Urdu as fresh residents wrote them."""

import pytest

from tests.bot.language.reading import facts


def test_a_polish_son_who_passed_his_matura_and_would_like_to_program(understanding):
    found = facts(understanding, "piszę za syna. Ma dziewiętnaście lat. W Polsce skończył technikum informatyczne i "
                                 "zdał maturę, chciałby zostać programistą.", language="pl")
    assert (found["qualification_level"], found["interest"], found["asking_for"]) == (3, "coding", "he")


def test_studying_at_college_typed_without_diacritics_is_in_education(understanding):
    found = facts(understanding, "siema mam siedemnascie lat, ucze sie w college i chce isc w cyberbezpieczenstwo",
                  language="pl")
    assert found["employment_status"] == "in_education"


@pytest.mark.parametrize("said, language", [
    ("am lucrat prin agentie la un depozit, dupa Craciun ne-au dat afara pe toti", "ro"),
    ("كنت شغال في مغسلة عربات والمحل قفل الشهر الفات", "ar")])
def test_let_go_together_or_the_workplace_closed_is_a_job_lost(understanding, said, language):
    found = facts(understanding, said, language=language)
    assert (found["background"], found["employment_status"]) == ("displaced_worker", "unemployed")


@pytest.mark.parametrize("said", ["agencja nie daje godzin wiec w sumie bez roboty",
                                  "powiedzieli ze nie maja dla mnie zmian"])
def test_an_agency_giving_no_shifts_is_out_of_work(understanding, said):
    assert facts(understanding, said, language="pl")["employment_status"] == "unemployed"


def test_hours_of_work_had_are_work(understanding):
    found = facts(understanding, "ਇੱਕ warehouse ਵਿੱਚ ਸਿਰਫ਼ weekend ਤੇ 16 ਘੰਟੇ ਕੰਮ ਮਿਲਦਾ", language="pa")
    assert found["employment_status"] == "employed"
    assert "employment_status" not in facts(understanding, "ਹਫ਼ਤੇ ਵਿੱਚ 16 ਘੰਟੇ ਕੰਮ ਨਹੀਂ ਮਿਲਦਾ", language="pa")


@pytest.mark.parametrize("said, language", [("orice ora, acum stau acasa", "ro"),
                                            ("teraz to kazdy dzien od rana, nic nie mam", "pl")])
def test_any_hour_or_every_day_is_full_time(understanding, said, language):
    assert facts(understanding, said, asked="availability", language=language)["availability"] == "full_time"


def test_two_weekdays_free_is_part_time_however_always(understanding):
    said = "wolne mam zawsze wtorki i środy, w pozostałe dni jeżdżę do klientów"
    assert facts(understanding, said, asked="availability", language="pl")["availability"] == "part_time"


def test_neither_job_nor_college_is_out_of_work(understanding):
    said = "na job hai na college, abhi ghar pe hi hai"
    assert facts(understanding, said, asked="employment_status", language="ur")["employment_status"] == "unemployed"


@pytest.mark.parametrize("said, language", [("بغات تبدا من الأساس", "ar"), ("od podstaw", "pl"), ("de la zero", "ro"),
                                            ("بنیاد سے شروع کرنا ہے", "ur")])
def test_starting_from_the_basics_is_what_they_want_to_learn(understanding, said, language):
    assert facts(understanding, said, asked="interest", language=language)["interest"] == "general_digital"


def test_weak_english_said_in_the_feminine_is_basic(understanding):
    said = "slabă, înțelege câte ceva dar vorbește greu"
    assert facts(understanding, said, asked="english_level", language="ro")["english_level"] == "basic"


@pytest.mark.parametrize("said, language, slot, value", [
    ("ਫੈਕਟਰੀ ਵਿੱਚ redundancy ਹੋ ਗਈ, ਹੁਣ ਵਿਹਲੇ ਘਰ ਬੈਠੇ ਨੇ", "pa", "background", "displaced_worker"),
    ("ਮੇਰਾ asylum ਦਾ ਕੇਸ ਚੱਲਦਾ, ਹੋਮ ਆਫਿਸ ਨੇ ਹਾਲੇ ਫੈਸਲਾ ਨਹੀਂ ਕੀਤਾ", "pa", "immigration_status", "asylum_seeker"),
    ("شغال فري لانس سواق توصيل بس الفلوس ما تكفي", "ar", "employment_status", "self_employed"),
    ("mama ma status osoby osiedlonej", "pl", "immigration_status", "settled")])
def test_english_words_and_fuller_names_inside_their_language_are_read(understanding, said, language, slot, value):
    assert facts(understanding, said, language=language)[slot] == value


@pytest.mark.parametrize("said, language, value", [("data analyst ਬਣਨਾ", "pa", "data"), ("data analyst", None, "data"),
                                                   ("يحب السايبر سكيورتي", "ar", "cyber_security")])
def test_a_title_or_field_named_as_the_reply_is_what_they_want_to_learn(understanding, said, language, value):
    assert facts(understanding, said, asked="interest", language=language)["interest"] == value


@pytest.mark.parametrize("said", ["I am IT technician", "data analyst here, 10 years"])
def test_a_title_said_as_their_own_job_is_not_a_wish(understanding, said):
    assert "interest" not in facts(understanding, said)


def test_a_wifes_age_said_as_years_she_has_in_moroccan_arabic_is_hers(understanding):
    found = facts(understanding, "سلام، كنكتب على مراتي، عندها 31 عام. كانت خدامة ف الكلينينغ، ودابا ما خدامةش.",
                  language="ar")
    assert (found["age"], found["asking_for"], found["employment_status"]) == (31, "she", "unemployed")


def test_a_factory_closing_many_words_after_it_is_named_is_still_a_closure(understanding):
    said = "جس فیکٹری میں وہ بیس سال سے کام کر رہے تھے وہ پچھلے مہینے بند ہو گئی، اب گھر پر ہیں۔"
    assert facts(understanding, said, language="ur")["background"] == "displaced_worker"


def test_someone_asked_for_dismissed_is_out_of_work(understanding):
    said = "میں اپنے میاں کے لیے پوچھ رہی ہوں۔ پچھلے مہینے فیکٹری نے ان کو نکال دیا"
    assert facts(understanding, said, language="ur")["employment_status"] == "unemployed"
