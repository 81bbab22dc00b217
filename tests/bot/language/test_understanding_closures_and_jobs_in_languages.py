"""In residents' own languages: a workplace that has closed or is closing (its name and the closing apart),
a job only ever done for an employer said as theirs, being let go, a study time in the clause after the
wish, fixing computers, and a town after a location word of the language. Each case is worded fresh here,
with controls that must stay unread."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("lang, text", [
    ("pl", "zakład, w którym pracowałem dwadzieścia lat, zamknięto w marcu"),
    ("ro", "fabrica de mobilă unde am lucrat s-a închis anul trecut"),
    ("ar", "الشركة التي كنت أعمل فيها أفلست العام الماضي"),
    ("pa", "ਜਿਸ ਕੰਪਨੀ ਵਿੱਚ ਮੈਂ ਕੰਮ ਕਰਦੀ ਸੀ ਉਹ ਬੰਦ ਹੋ ਗਈ"),
    ("ur-latn", "jis company mein kaam karta tha woh band ho gayi"),
])
def test_a_workplace_that_has_closed_is_out_of_work_and_displaced(understanding, lang, text):
    found = facts(understanding, text, language=lang)
    assert found["employment_status"] == "unemployed" and found["background"] == "displaced_worker"


@pytest.mark.parametrize("lang, text", [
    ("pl", "magazyn, w którym pracuję od lat, zamykają w styczniu"),
    ("ro", "depozitul nostru din Walsall se va închide în martie"),
    ("ar", "المستودع الذي أشتغل فيه رح يسكر بعد شهرين"),
    ("ur", "ہماری کمپنی اگلے مہینے بند ہو جائے گی"),
])
def test_a_workplace_closing_soon_is_still_in_work_and_displaced(understanding, lang, text):
    found = facts(understanding, text, language=lang)
    assert found["employment_status"] == "employed" and found["background"] == "displaced_worker"


@pytest.mark.parametrize("lang, text", [
    ("pl", "sklep jest zamknięty w niedziele"),
    ("ar", "المكتبة مغلقة اليوم"),
])
def test_a_shop_shut_on_a_day_is_no_job_lost(understanding, lang, text):
    assert "background" not in facts(understanding, text, language=lang)


@pytest.mark.parametrize("lang, text", [
    ("pl", "jestem nauczycielką w szkole podstawowej"),
    ("ro", "sunt îngrijitoare la un cămin de bătrâni"),
    ("ar", "أنا معلمة في مدرسة ابتدائية"),
    ("pa", "ਮੈਂ ਨਰਸ ਹਾਂ ਹਸਪਤਾਲ ਵਿੱਚ"),
    ("ur-latn", "mein teacher hoon primary school mein"),
])
def test_a_job_only_done_for_an_employer_said_as_theirs_is_in_work(understanding, lang, text):
    assert facts(understanding, text, language=lang)["employment_status"] == "employed"


def test_a_job_wished_for_in_polish_is_not_work(understanding):
    assert "employment_status" not in facts(understanding, "chcę być nauczycielką", language="pl")


@pytest.mark.parametrize("lang, text", [("ur", "پچھلے ہفتے مجھے نکال دیا"), ("ur-latn", "pichle mahine mujhe nikal diya")])
def test_being_let_go_in_urdu_is_out_of_work(understanding, lang, text):
    assert facts(understanding, text, language=lang)["employment_status"] == "unemployed"


@pytest.mark.parametrize("lang, text, when", [
    ("pl", "chciałabym nauczyć się grafiki, ale tylko w weekendy", "evenings_weekends"),
    ("pa", "ਮੈਂ ਕੋਡਿੰਗ ਸਿੱਖਣਾ ਚਾਹੁੰਦੀ ਹਾਂ, ਹਫ਼ਤੇ ਦੇ ਅਖੀਰ ਤੇ", "evenings_weekends"),
    ("ur-latn", "web design seekhna hai, hafte mein teen din", "part_time"),
])
def test_a_study_time_in_the_clause_after_the_wish_is_when_they_can_learn(understanding, lang, text, when):
    assert facts(understanding, text, language=lang)["availability"] == when


def test_a_time_in_the_clause_before_the_wish_is_when_they_work(understanding):
    assert "availability" not in facts(understanding, "pracuję w weekendy, chcę kurs grafiki", language="pl")


@pytest.mark.parametrize("lang, text", [
    ("ro", "vreau să învăț să repar calculatoare"),
    ("ar", "بدي أتعلم صيانة الكمبيوتر"),
    ("pa", "ਮੈਂ ਕੰਪਿਊਟਰ ਠੀਕ ਕਰਨਾ ਸਿੱਖਣਾ ਚਾਹੁੰਦਾ ਹਾਂ"),
])
def test_fixing_computers_is_it_support(understanding, lang, text):
    assert facts(understanding, text, language=lang)["interest"] == "it_support"
