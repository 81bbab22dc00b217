"""Facts a resident states in their own language anywhere in a message (worded fresh here).

Status decides what may be offered, so it is read only from plain statements, in the conversation's
language, and never over what the English reading already found."""

import pytest


def facts(u, text, language, asked=None):
    return {f.slot: f.value for f in u.extract(text, asked=asked, language=language)
            if f.slot not in ("target_group", "excluded_group")}


@pytest.mark.parametrize("language, text", [
    ("ar", "أنا طالبة لجوء منذ سنة وأسكن في فندق"),
    ("ar", "قدمت على اللجوء وما زلت أنتظر"),
    ("pl", "od pół roku ubiegam się o azyl"),
    ("ro", "am depus cerere de azil anul trecut"),
    ("ur", "میری پناہ کی درخواست ابھی زیر غور ہے"),
    ("pa", "ਮੇਰੀ ਪਨਾਹ ਦੀ ਅਰਜ਼ੀ ਅਜੇ ਚੱਲ ਰਹੀ ਹੈ"),
])
def test_an_asylum_claim_in_their_language_makes_them_an_asylum_seeker(understanding, language, text):
    assert facts(understanding, text, language)["immigration_status"] == "asylum_seeker"


@pytest.mark.parametrize("language, text", [
    ("ar", "أنا لاجئة من السودان"),
    ("pl", "jestem uchodźczynią z Ukrainy, mam status uchodźcy"),
    ("ro", "sunt refugiat din Siria"),
    ("pa", "ਮੈਂ ਸ਼ਰਨਾਰਥੀ ਹਾਂ"),
])
def test_a_refugee_in_their_language_is_a_refugee(understanding, language, text):
    got = facts(understanding, text, language)
    assert got["immigration_status"] == "refugee" and got["background"] == "refugee"


def test_a_refugee_still_waiting_for_the_decision_is_an_asylum_seeker(understanding):
    # the longer, plainer statement wins: "I am a refugee and waiting for the asylum decision"
    assert facts(understanding, "أنا لاجئ وأنتظر قرار اللجوء", "ar")["immigration_status"] == "asylum_seeker"


@pytest.mark.parametrize("language, text", [
    ("pl", "straciłam pracę w zeszłym miesiącu"),
    ("ro", "am rămas fără loc de muncă în iunie"),
    ("ar", "فقدت عملي بسبب إغلاق المصنع"),
    ("ur", "فیکٹری بند ہو گئی اور میری نوکری چلی گئی"),
    ("ur-latn", "factory band hui aur naukri chali gayi"),
])
def test_out_of_work_in_their_language_is_unemployed(understanding, language, text):
    assert facts(understanding, text, language)["employment_status"] == "unemployed"


@pytest.mark.parametrize("language, text, topic", [
    ("ar", "أريد أن أتعلم تصميم المواقع", "web_design"),
    ("ro", "aș vrea să învăț programare", "coding"),
    ("pl", "szukam kursu programowania", "coding"),
    ("pa", "ਮੈਂ ਕੰਪਿਊਟਰ ਸਿੱਖਣਾ ਚਾਹੁੰਦੀ ਹਾਂ", "general_digital"),
])
def test_a_topic_they_want_to_learn_is_their_interest(understanding, language, text, topic):
    assert facts(understanding, text, language)["interest"] == topic


def test_a_topic_named_without_wanting_to_learn_it_is_not_an_interest(understanding):
    # "I worked as a programmer for ten years" says what they did, not what they want
    assert "interest" not in facts(understanding, "pracowałem jako programista dziesięć lat", "pl")


def test_the_same_words_in_an_english_conversation_are_not_read(understanding):
    assert "immigration_status" not in facts(understanding, "refugiat", None)


def test_what_the_english_reading_found_is_kept(understanding):
    # an English statement in the same message decides; the language table does not overwrite it
    got = facts(understanding, "I am an asylum seeker, jestem uchodźcą", "pl")
    assert got["immigration_status"] == "asylum_seeker"
