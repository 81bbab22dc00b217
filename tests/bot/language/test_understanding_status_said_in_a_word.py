"""Immigration status said in a word or two, in English or in the resident's language, as the answer to the
status question or beside other facts; and a few everyday answers in the languages. Worded fresh here, with
controls: a status ruled out is not that status."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("reply, value", [
    ("settled", "settled"),
    ("she's pre settled", "pre_settled"),
    ("he's british, got his passport years ago", "british_irish"),
    ("on a spouse visa", "visa_holder"),
])
def test_a_status_in_a_word_answers_the_status_question(understanding, reply, value):
    assert facts(understanding, reply, asked="immigration_status")["immigration_status"] == value


@pytest.mark.parametrize("reply", ["not settled yet", "no visa"])
def test_a_status_ruled_out_is_not_that_status(understanding, reply):
    assert "immigration_status" not in facts(understanding, reply, asked="immigration_status")


def test_an_english_status_word_typed_in_another_language_s_conversation_is_understood(understanding):
    assert facts(understanding, "settled", asked="immigration_status", language="ro")["immigration_status"] == \
        "settled"


@pytest.mark.parametrize("language, text, value", [
    ("ur", "میرے پاس برطانوی پاسپورٹ ہے", "british_irish"),
    ("ur", "وہ سٹوڈنٹ ویزا پر آیا تھا", "visa_holder"),
    ("pa", "ਮੈਂ ਬ੍ਰਿਟਿਸ਼ ਸਿਟੀਜ਼ਨ ਹਾਂ", "british_irish"),
    ("ar", "أنا مواطنة بريطانية منذ سنوات", "british_irish"),
    ("ar", "جئت على تأشيرة عمل", "visa_holder"),
    ("pl", "mam paszport brytyjski od dawna", "british_irish"),
    ("pl", "mam status tymczasowy", "pre_settled"),
    ("ro", "sunt cetățean britanic", "british_irish"),
    ("ro", "am statut temporar", "pre_settled"),
])
def test_a_status_said_in_their_language_is_read(understanding, language, text, value):
    assert facts(understanding, text, language=language)["immigration_status"] == value


def test_a_claim_made_after_coming_on_a_visa_is_seeking_asylum_in_arabic_too(understanding):
    assert facts(understanding, "جئت بتأشيرة دراسة والآن قدمت طلب لجوء", language="ar")["immigration_status"] == \
        "asylum_seeker"


@pytest.mark.parametrize("language, asked, reply, value", [
    ("ur", "availability", "پورا وقت", "full_time"),
    ("ur", "english_level", "گزارے لائق", "intermediate"),
    ("pa", "availability", "ਕਿਸੇ ਸਮੇਂ ਵੀ", "full_time"),
])
def test_everyday_answers_in_their_language_are_understood(understanding, language, asked, reply, value):
    assert facts(understanding, reply, asked=asked, language=language)[asked] == value


@pytest.mark.parametrize("language, reply", [
    ("ar", "كل يوم بس صباحا"),
    ("pa", "ਹਰ ਰੋਜ਼ ਸਵੇਰੇ ਹੀ"),
    ("ur", "روزانہ صبح کے وقت"),
])
def test_every_day_but_at_one_time_of_day_is_that_time_not_full_time(understanding, language, reply):
    assert facts(understanding, reply, asked="availability", language=language)["availability"] == "part_time"


def test_any_time_alone_is_still_full_time(understanding):
    assert facts(understanding, "أي وقت", asked="availability", language="ar")["availability"] == "full_time"
