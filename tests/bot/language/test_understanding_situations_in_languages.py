"""What residents say of their work, pay and plans in their own language (worded fresh here): low pay, a
closing or machines brought in, a career change, school just finished, their pay per month, a degree,
when they can study, a terse age, and "I don't know" to a yes / no question."""

import pytest

from tests.bot.language.test_understanding_facts_in_languages import facts


@pytest.mark.parametrize("language, text, asked", [
    ("pl", "nie wiem", "employment_status"),
    ("ro", "nu știu", "universal_credit"),
    ("ar", "لا أعرف", "universal_credit"),
    ("ur-latn", "pata nahi", "employment_status"),
    ("ur", "پتہ نہیں", "universal_credit"),
    ("pa", "ਪਤਾ ਨਹੀਂ", "employment_status"),
])
def test_not_knowing_is_not_the_no_its_words_contain(understanding, language, text, asked):
    assert asked not in facts(understanding, text, language, asked=asked)


@pytest.mark.parametrize("language, text, age", [
    ("ur", "وعلیکم السلام، عمر 41 سال، Walsall", 41),
    ("ur", "عمر ۳۸ سال، بے روزگار ہوں", 38),
    ("ur-latn", "aoa, 33 saal, Handsworth se", 33),
    ("pa", "ਉਮਰ ੪੪ ਸਾਲ, Dudley", 44),
    ("pa", "੨੯ ਸਾਲ, ਕੰਮ ਨਹੀਂ ਕਰਦਾ", 29),
])
def test_a_terse_age_at_a_clause_start_is_their_own(understanding, language, text, age):
    assert facts(understanding, text, language)["age"] == age


@pytest.mark.parametrize("language, text", [
    ("ur-latn", "Walsall, 12 saal se yahan hoon"),
    ("ur", "Coventry، 5 سال پہلے آیا تھا"),
    ("ar", "Dudley، 20 سنة في بريطانيا"),
])
def test_years_of_living_somewhere_are_not_an_age(understanding, language, text):
    assert "age" not in facts(understanding, text, language)


@pytest.mark.parametrize("language, text", [
    ("pl", "pracuję w hotelu za płacę minimalną, a raczej za minimalną stawkę"),
    ("ro", "lucrez la curățenie, salariu foarte mic"),
    ("ur", "ڈرائیور ہوں اور کمائی بہت کم ہے"),
    ("ur-latn", "shop pe hoon, salary bohat kam hai"),
    ("pa", "ਸਟੋਰ ਵਿੱਚ ਹਾਂ, ਘੱਟ ਤਨਖ਼ਾਹ ਮਿਲਦੀ ਹੈ"),
    ("ar", "أعمل في مخزن والراتب قليل جدا"),
])
def test_low_pay_in_their_language_is_a_low_paid_worker_in_work(understanding, language, text):
    got = facts(understanding, text, language)
    assert got["background"] == "low_wage" and got["employment_status"] == "employed"


@pytest.mark.parametrize("language, text, status", [
    ("pl", "zostałam zwolniona, bo zamknęli fabrykę", "unemployed"),
    ("pl", "fabryka się zamyka w maju", "employed"),
    ("ro", "am fost disponibilizat în vară", "unemployed"),
    ("ur", "ہماری کمپنی بند ہو گئی", "unemployed"),
    ("ur-latn", "hamari factory band ho rahi hai", "employed"),
    ("pa", "ਸਾਡੀ ਫੈਕਟਰੀ ਬੰਦ ਹੋ ਗਈ", "unemployed"),
    ("ar", "تم تسريحي من الشركة", "unemployed"),
])
def test_a_closing_or_redundancy_makes_them_a_displaced_worker(understanding, language, text, status):
    got = facts(understanding, text, language)
    assert got["background"] == "displaced_worker" and got["employment_status"] == status


@pytest.mark.parametrize("language, text, background", [
    ("pl", "chcę się przebranżowić", "career_changer"),
    ("ro", "aș vrea să schimb meseria", "career_changer"),
    ("ar", "أفكر في تغيير مهنتي", "career_changer"),
    ("ur-latn", "career badalna chahti hoon", "career_changer"),
    ("pl", "syn skończył technikum w lipcu", "school_leaver"),
    ("ro", "am terminat liceul anul acesta", "school_leaver"),
    ("ar", "أنهت الثانوية هذا الصيف", "school_leaver"),
    ("pa", "ਪਿਛਲੇ ਮਹੀਨੇ ਸਕੂਲ ਖਤਮ ਹੋ ਗਿਆ", "school_leaver"),
])
def test_a_change_of_career_or_school_just_finished_is_their_background(understanding, language, text, background):
    assert facts(understanding, text, language)["background"] == background


@pytest.mark.parametrize("language, text", [
    ("ar", "أريد أن أعمل في البرمجة"),
    ("ro", "vreau să lucrez în IT"),
    ("pl", "chcę pracować w IT"),
])
def test_a_wish_to_work_is_not_being_in_work(understanding, language, text):
    assert "employment_status" not in facts(understanding, text, language)


@pytest.mark.parametrize("language, text", [
    ("ro", "nu lucrez într-o fabrică acum"),
    ("pl", "nie pracuję w tej chwili"),
])
def test_not_working_outweighs_the_word_for_working_inside_it(understanding, language, text):
    assert facts(understanding, text, language)["employment_status"] == "unemployed"


@pytest.mark.parametrize("language, text, income", [
    ("pl", "zarabiam około 1500 funtów na miesiąc", 18000),
    ("ro", "câștig 350 de lire pe săptămână", 18200),
    ("ur-latn", "hafte ke 300 pound kamati hoon", 15600),
    ("pa", "ਮਹੀਨੇ ਦੇ 1300 ਪੌਂਡ ਕਮਾਉਂਦਾ ਹਾਂ", 15600),
    ("ar", "راتبي 1400 جنيه في الشهر", 16800),
])
def test_pay_said_with_its_period_is_their_yearly_income_and_work(understanding, language, text, income):
    got = facts(understanding, text, language)
    assert got["annual_income"] == income and got["employment_status"] == "employed"


@pytest.mark.parametrize("language, text", [
    ("pl", "mam 34 lata, zarabiam mało"),
    ("ur-latn", "meri umar 40, kamata hoon 300"),
])
def test_a_bare_small_amount_beside_an_earning_word_is_not_guessed_at(understanding, language, text):
    assert "annual_income" not in facts(understanding, text, language)


@pytest.mark.parametrize("language, text, level", [
    ("pl", "ukończyłam studia w Krakowie", 6),
    ("ro", "am absolvit facultatea de drept", 6),
    ("ar", "لدي شهادة ماجستير في الهندسة", 7),
])
def test_a_finished_degree_said_in_their_language_is_its_level(understanding, language, text, level):
    assert facts(understanding, text, language)["qualification_level"] == level


@pytest.mark.parametrize("language, text, when", [
    ("pl", "szukam kursu grafiki wieczorami", "evenings_weekends"),
    ("ro", "vreau un curs de programare în weekend", "evenings_weekends"),
    ("ur-latn", "subah ke waqt course karna hai", "part_time"),
    ("ar", "أبحث عن دورة مسائية في البرمجة", "evenings_weekends"),
    ("pa", "ਮੈਂ ਸਿਰਫ਼ ਸਵੇਰੇ ਪੜ੍ਹ ਸਕਦੀ ਹਾਂ", "part_time"),
    ("pl", "chcę się uczyć po pracy", "evenings_weekends"),
])
def test_a_time_said_of_their_learning_is_when_they_can_study(understanding, language, text, when):
    assert facts(understanding, text, language)["availability"] == when


@pytest.mark.parametrize("language, text", [
    ("pl", "pracuję wieczorami w barze i chcę kurs programowania"),
    ("ro", "lucrez în weekend, vreau să învăț programare"),
    ("ur-latn", "shaam ko kaam karta hoon aur coding seekhni hai"),
])
def test_a_time_said_of_their_work_is_not_when_they_can_study(understanding, language, text):
    assert "availability" not in facts(understanding, text, language)


@pytest.mark.parametrize("language, text, topic", [
    ("pl", "byłem kiedyś programistą, teraz chcę nauczyć się marketingu", "digital_marketing"),
    ("ar", "كنت أعمل في التسويق وأريد تعلم البرمجة", "coding"),
])
def test_the_topic_of_the_clause_about_learning_wins_over_a_past_job(understanding, language, text, topic):
    assert facts(understanding, text, language)["interest"] == topic


@pytest.mark.parametrize("text, topic", [
    ("وأحب تحليل البيانات", "data"),
    ("ابني عمره 19 وتعجبه فكرة الدعم الفني ويريد التسجيل", "it_support"),
])
def test_arabic_and_joined_to_a_word_does_not_hide_it(understanding, text, topic):
    assert facts(understanding, text, "ar")["interest"] == topic


@pytest.mark.parametrize("language, text, status", [
    ("ar", "أعمل سائقاً في شركة توصيل", "employed"),
    ("ar", "أخي لا يعمل منذ سنة", "unemployed"),
    ("pl", "pracuję na kasie za grosze", "employed"),
])
def test_work_said_plainly_in_their_language_is_work(understanding, language, text, status):
    assert facts(understanding, text, language)["employment_status"] == status


@pytest.mark.parametrize("language, text", [
    ("ar", "كنت أعمل في مصنع في سوريا"),
    ("ar", "أريد أعمل في شركة كبيرة"),
    ("ro", "aș vrea să lucrez cu calculatorul"),
])
def test_work_wished_for_or_done_before_is_not_work_now(understanding, language, text):
    assert "employment_status" not in facts(understanding, text, language)


@pytest.mark.parametrize("language, text, topic", [
    ("ro", "fiicei mele îi place designul web", "web_design"),
    ("pl", "szukam kursu, najlepiej z danych", "data"),
])
def test_a_liking_or_a_search_names_the_topic(understanding, language, text, topic):
    assert facts(understanding, text, language)["interest"] == topic
