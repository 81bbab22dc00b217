"""More of what residents say in their own languages (worded fresh here): a workplace closed "by them", a
closing outranking the wish to retrain it causes, being free at a time, "part time" work in Roman Urdu, a
topic named beside "computers", asylum and resettlement said plainly, and short answers in everyday words."""

import pytest

from tests.bot.language.reading import facts


def test_a_workplace_they_closed_is_a_job_lost(understanding):
    found = facts(understanding, "المعمل اللي كنت فيه قفلوه السنة الماضية وأنا هلأ بدون شغل", language="ar")
    assert (found["background"], found["employment_status"]) == ("displaced_worker", "unemployed")


def test_a_closing_outranks_the_retraining_it_causes(understanding):
    found = facts(understanding, "Fabrykę, gdzie pracuję, zamykają w maju, więc chcę się przekwalifikować",
                  language="pl")
    assert found["background"] == "displaced_worker"


@pytest.mark.parametrize("text, language, when", [
    ("میں صرف ہفتہ اتوار کو فارغ ہوتی ہوں، کوئی کورس ہے؟", "ur", "evenings_weekends"),
    ("mam wolne tylko w weekendy, jest coś dla mnie?", "pl", "evenings_weekends"),
])
def test_being_free_at_a_time_is_when_they_can_study(understanding, text, language, when):
    assert facts(understanding, text, language=language)["availability"] == when


def test_part_time_work_in_roman_urdu_is_not_a_study_time(understanding):
    found = facts(understanding, "main ek dukaan mein part time kaam karti hun", language="ur-latn")
    assert found.get("availability") != "part_time"


def test_a_topic_named_beside_computers_is_the_wish(understanding):
    found = facts(understanding, "ਉਹ ਕੰਪਿਊਟਰ ਸਿੱਖਣਾ ਚਾਹੁੰਦਾ, ਕੋਡਿੰਗ ਵੀ ਸਿੱਖਣੀ ਹੈ", language="pa")
    assert found["interest"] == "coding"


@pytest.mark.parametrize("text, language, status", [
    ("میرا اسائلم کلیم ابھی چل رہا ہے", "ur", "asylum_seeker"),
    ("قدمت لجوء قبل ستة أشهر", "ar", "asylum_seeker"),
    ("ਅਸੀਂ ਅਫਗਾਨ ਸਕੀਮ ਨਾਲ ਆਏ ਹਾਂ", "pa", "afghan_resettlement"),
])
def test_asylum_and_resettlement_said_plainly(understanding, text, language, status):
    assert facts(understanding, text, language=language)["immigration_status"] == status


@pytest.mark.parametrize("asked, text, language, value", [
    ("employment_status", "مش مسموح لي اشتغل هون", "ar", "unemployed"),
    ("employment_status", "fac curățenie la un hotel dimineața", "ro", "employed"),
    ("employment_status", "کالج میں کیشیئر ہوں", "ur", "employed"),  # the job, not the college it is in
    ("employment_status", "ما بتشتغل حالياً", "ar", "unemployed"),
    ("english_level", "średni raczej", "pl", "intermediate"),
    ("english_level", "ਉਹ ਇੱਥੇ ਹੀ ਜੰਮੀ ਹੈ", "pa", "fluent"),
    ("interest", "pata nahi yaar, jo bhi kaam aaye", "ur-latn", "not_sure"),
    ("interest", "مش عارفة، أي شي", "ar", "not_sure"),
    ("availability", "doar cât sunt copiii la școală", "ro", "part_time"),
    ("availability", "ਪੂਰਾ ਦਿਨ ਖਾਲੀ ਹਾਂ", "pa", "full_time"),
])
def test_short_answers_in_everyday_words(understanding, asked, text, language, value):
    assert facts(understanding, text, asked=asked, language=language)[asked] == value


@pytest.mark.parametrize("text, language", [
    ("میں بیس سال درزی رہا ہوں، اب ویب ڈیزائن کی طرف جانا چاہتا ہوں", "ur"),
    ("Am fost bucătar 15 ani și aș vrea să trec în IT", "ro"),
    ("main nurse hun lekin ab data mein switch karna chahti hun", "ur-latn"),
])
def test_moving_into_a_field_from_work_they_name_is_a_career_change(understanding, text, language):
    assert facts(understanding, text, language=language)["background"] == "career_changer"


@pytest.mark.parametrize("text, language", [
    ("Mam 18 lat, skończyłem szkołę i chcę wejść w IT", "pl"),   # a school leaver
    ("Vreau să trec în IT, am 19 ani", "ro"),                     # no work named
])
def test_moving_into_a_field_without_work_named_is_not_a_career_change(understanding, text, language):
    assert facts(understanding, text, language=language).get("background") != "career_changer"
