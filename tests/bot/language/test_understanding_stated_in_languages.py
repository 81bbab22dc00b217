"""More of what residents state in their own language (worded fresh here): someone else's age and who they
ask for, a topic in an inflected form or wished in the third person, a task they cannot do yet, their
English, settled status, evenings only, and an age texted at the start of a message."""

import pytest

from tests.bot.language.test_understanding_facts_in_languages import facts


@pytest.mark.parametrize("language, text, age, who", [
    ("pl", "Pytam dla córki, ma 16 lat i lubi rysować", 16, "she"),
    ("ro", "Fiul meu are 18 ani și caută ceva de lucru", 18, "he"),
    ("ar", "أسأل عن ابنتي، عمرها 17 سنة", 17, "she"),
    ("ur", "میری بیٹی 20 سال کی ہے اور نوکری ڈھونڈ رہی ہے", 20, "she"),
    ("ur-latn", "meri beti 19 saal ki hai, Walsall mein", 19, "she"),
    ("pa", "ਮੇਰਾ ਭਰਾ 23 ਸਾਲ ਦਾ ਹੈ", 23, "he"),
])
def test_someone_elses_age_makes_them_the_one_asked_for(understanding, language, text, age, who):
    got = facts(understanding, text, language)
    assert got["age"] == age and got["asking_for"] == who


@pytest.mark.parametrize("language, text, age", [
    ("pl", "mam 40 lat, mój syn chodzi do szkoły", 40),
    ("ro", "am 36 de ani, soția mea lucrează", 36),
    ("ur", "میں 45 سال کا ہوں، میرا بیٹا اسکول میں ہے", 45),
])
def test_their_own_age_with_a_relative_named_stays_their_own(understanding, language, text, age):
    got = facts(understanding, text, language)
    assert got["age"] == age and "asking_for" not in got


@pytest.mark.parametrize("language, text, topic", [
    ("pl", "interesuję się analizą danych", "data"),
    ("pl", "chciałbym pracować z komputerem", "general_digital"),
    ("pl", "chce sie uczyc programowania", "coding"),
    ("ro", "vrea să învețe programare", "coding"),
    ("ar", "ابني يحب الأمن السيبراني", "cyber_security"),
    ("ur", "مجھے انٹرنیٹ چلانا نہیں آتا", "general_digital"),
    ("pa", "ਮੈਨੂੰ ਈਮੇਲ ਭੇਜਣੀ ਨਹੀਂ ਆਉਂਦੀ", "general_digital"),
])
def test_a_topic_wished_for_or_a_task_they_cannot_do_yet_is_what_they_want(understanding, language, text, topic):
    assert facts(understanding, text, language)["interest"] == topic


@pytest.mark.parametrize("language, text", [
    ("pl", "pracowałem z komputerem w biurze"),
    ("ro", "am lucrat la calculator zece ani"),
])
def test_a_topic_only_in_what_they_did_is_not_a_wish(understanding, language, text):
    assert "interest" not in facts(understanding, text, language)


@pytest.mark.parametrize("language, text, level", [
    ("pl", "mój angielski jest słaby", "basic"),
    ("pl", "nie mówię po angielsku", "none"),
    ("ro", "engleza mea e slabă", "basic"),
    ("ar", "لا أتحدث الإنجليزية", "none"),
    ("ur", "میری انگریزی کمزور ہے", "basic"),
    ("pa", "ਮੈਨੂੰ ਅੰਗਰੇਜ਼ੀ ਨਹੀਂ ਆਉਂਦੀ", "none"),
])
def test_their_english_said_in_passing_is_taken(understanding, language, text, level):
    assert facts(understanding, text, language)["english_level"] == level


@pytest.mark.parametrize("language, text", [("ar", "عندي إقامة دائمة في بريطانيا"), ("ro", "am rezidență permanentă")])
def test_permanent_residence_is_settled(understanding, language, text):
    assert facts(understanding, text, language)["immigration_status"] == "settled"


@pytest.mark.parametrize("language, text", [
    ("pl", "mogę się uczyć tylko wieczorami"),
    ("ro", "pot studia doar seara"),
    ("ar", "أستطيع الدراسة مساء فقط"),
    ("pa", "ਮੈਂ ਸਿਰਫ਼ ਸ਼ਾਮ ਨੂੰ ਪੜ੍ਹ ਸਕਦੀ ਹਾਂ"),
])
def test_evenings_only_said_in_passing_is_their_availability(understanding, language, text):
    assert facts(understanding, text, language)["availability"] == "evenings_weekends"


@pytest.mark.parametrize("language, text, age", [
    ("pl", "hej 33 lata, walsall, szukam kursu", 33),
    ("ro", "salut, 41 de ani, stau in Dudley", 41),
])
def test_an_age_texted_at_the_start_is_taken(understanding, language, text, age):
    assert facts(understanding, text, language)["age"] == age


@pytest.mark.parametrize("language, text", [
    ("pl", "pracuję tu od 12 lat"),
    ("pl", "przyjechałem 15 lat temu"),
    ("ro", "am venit acum 20 de ani în urmă"),
])
def test_years_of_work_or_since_arriving_are_not_an_age(understanding, language, text):
    assert "age" not in facts(understanding, text, language)
