"""Ages and wishes as residents write them in their language (worded fresh here): ages in Polish and Romanian
words, dates of birth with the language's month names, "age 54" after an Urdu full stop beside years worked,
someone else's age said with respect in the plural, a mother asked for, and "some computer course" left open
so the field is asked, as in English."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("lang, text, age", [("pl", "czterdzieści dwa", 42), ("pl", "trzydziesci piec", 35),
                                             ("ro", "cincizeci și unu", 51), ("ro", "saptesprezece", 17)])
def test_an_age_in_polish_or_romanian_words_answers_how_old(understanding, lang, text, age):
    assert facts(understanding, text, asked="age", language=lang)["number"] == age


def test_an_age_in_polish_words_in_an_opening(understanding):
    assert facts(understanding, "mam czterdziesci trzy lata i szukam kursu", language="pl")["age"] == 43


@pytest.mark.parametrize("lang, text, age", [
    ("pa", "ਮੇਰਾ ਜਨਮ ਮਾਰਚ 1980 ਦਾ ਹੈ", 46),
    ("ur", "میری پیدائش جنوری 2001 کی ہے", 25),
    ("ar", "أنا مواليد تشرين الأول 1975", 51),
    ("pl", "urodziłam się w listopadzie 1999", 27),
    ("ro", "sunt nascuta pe 2 mai 1970", 56),
])
def test_a_date_of_birth_with_the_languages_month_names_gives_the_age(understanding, lang, text, age):
    assert facts(understanding, text, language=lang)["age"] == age


def test_age_after_an_urdu_full_stop_outweighs_years_worked(understanding):
    found = facts(understanding, "فیکٹری بند ہو گئی، 18 سال وہاں کام کیا۔ عمر 49۔", language="ur")
    assert found["age"] == 49


@pytest.mark.parametrize("lang, text, who", [("pa", "ਮੈਂ ਆਪਣੀ ਮਾਤਾ ਲਈ ਲਿਖ ਰਿਹਾ ਹਾਂ। ਉਹ 61 ਸਾਲ ਦੇ ਹਨ", "she"),
                                             ("ur", "اپنے والد کے لیے پوچھ رہی ہوں، وہ 63 سال کے ہیں", "he")])
def test_a_parents_age_said_with_respect_is_theirs_and_asked_for(understanding, lang, text, who):
    found = facts(understanding, text, language=lang)
    assert (found["asking_for"], found["age"]) == (who, int("".join(c for c in text if c.isdigit())))


@pytest.mark.parametrize("lang, text", [("ur", "وہ کوئی کمپیوٹر کورس کرنا چاہتی ہے"),
                                        ("pa", "ਕੰਪਿਊਟਰ ਦਾ ਕੋਈ ਕੋਰਸ ਕਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ"),
                                        ("pl", "chcialbym sie nauczyc czegos z komputerem"),
                                        ("ro", "vreau ceva cu calculatorul")])
def test_some_computer_course_leaves_the_field_to_be_asked(understanding, lang, text):
    assert "interest" not in facts(understanding, text, language=lang)


@pytest.mark.parametrize("lang, text", [("pl", "chcę się nauczyć obsługi komputera"),
                                        ("pa", "ਮੈਨੂੰ ਕੰਪਿਊਟਰ ਚਲਾਉਣਾ ਨਹੀਂ ਆਉਂਦਾ, ਕੋਈ ਕੋਰਸ ਚਾਹੀਦਾ")])
def test_the_basics_or_not_knowing_how_stays_everyday_digital(understanding, lang, text):
    assert facts(understanding, text, language=lang)["interest"] == "general_digital"


@pytest.mark.parametrize("lang, text, age", [("ro", "Scriu pentru tata, are cincizeci si doi de ani", 52),
                                             ("ar", "أنا رجل أبلغ من العمر واحدًا وخمسين عامًا", 51)])
def test_an_age_in_words_said_of_someone_or_in_formal_arabic(understanding, lang, text, age):
    assert facts(understanding, text, language=lang)["age"] == age


def test_a_daughters_age_said_the_spoken_way_makes_her_the_one_asked_for(understanding):
    found = facts(understanding, "ਮੇਰੀ ਧੀ ਨੇ ਇਸ ਸਾਲ GCSE ਦਿੱਤੇ, 16 ਸਾਲ ਦੀ ਆ", language="pa")
    assert (found["asking_for"], found["age"]) == ("she", 16)


def test_home_named_outweighs_the_town_of_the_factory(understanding):
    found = facts(understanding, "میں Telford کی ایک فیکٹری میں کام کرتا رہا۔ گھر Aston میں ہے۔", language="ur")
    assert found["local_authority"] == "Birmingham"


@pytest.mark.parametrize("lang, text, slot, value", [
    ("pa", "ਤਿੰਨ ਮਹੀਨਿਆਂ ਤੋਂ ਕੰਮ ਨਹੀਂ", "employment_status", "unemployed"),
    ("ar", "أخدت الإقامة كلاجئ الشهر الفات", "immigration_status", "refugee"),
])
def test_work_and_status_said_the_spoken_way(understanding, lang, text, slot, value):
    assert facts(understanding, text, language=lang)[slot] == value


def test_wanting_to_work_in_sudanese_arabic_is_not_work_held(understanding):
    found = facts(understanding, "في السودان كنت مهندس وداير أشتغل في مجال الآي تي", language="ar")
    assert found.get("employment_status") != "employed"


def test_moving_into_a_field_from_work_held_in_formal_arabic_is_a_career_change(understanding):
    found = facts(understanding, "وأعمل مساعدة معلمة بدوام جزئي. أرغب في الانتقال إلى مجال تحليل البيانات", language="ar")
    assert (found["background"], found["interest"]) == ("career_changer", "data")


def test_working_in_egyptian_arabic_is_work_held(understanding):
    found = facts(understanding, "أنا مصري ساكن في Aston وشغال في مطعم طول النهار", language="ar")
    assert found["employment_status"] == "employed"


def test_idle_at_home_in_punjabi_answers_are_you_working(understanding):
    found = facts(understanding, "ਸਕੂਲ ਮੁੱਕ ਗਿਆ, ਹੁਣ ਘਰੇ ਵਿਹਲੀ ਆ", asked="employment_status", language="pa")
    assert found["employment_status"] == "unemployed"


def test_work_done_said_the_polish_way_for_the_minimum_is_work_held(understanding):
    found = facts(understanding, "robie na magazynie na nocki za minimalna", language="pl")
    assert found["employment_status"] == "employed"


def test_college_just_finished_in_polish_is_leaving_school(understanding):
    found = facts(understanding, "mam 18 lat, wlasnie skonczylem college w Aston", language="pl")
    assert found["background"] == "school_leaver"
