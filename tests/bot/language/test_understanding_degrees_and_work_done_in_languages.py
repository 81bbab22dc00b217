"""A degree from back home and work said by what they do, in the resident's own language (worded fresh here).
A degree reads as English reads "degree", "bachelors" and "masters" (bot.language.phrases): done, with its verb
or where and what it was in, never one said to be missing; work is the shift, the duty, what they drive."""

import pytest

from tests.bot.language.test_understanding_facts_in_languages import facts


@pytest.mark.parametrize("language, text, level", [
    ("ur", "میں نے لاہور سے کیمسٹری میں بی ایس کیا ہے، اب برمنگھم میں رہتا ہوں", 6),
    ("ur", "فیصل آباد یونیورسٹی سے بیچلرز کی ہے", 6),
    ("ur", "پشاور سے ایم اے کیا ہے اور اب کام ڈھونڈ رہی ہوں", 7),
    ("ur-latn", "maine Multan se graduation ki hai", 6),
    ("pa", "ਲੁਧਿਆਣੇ ਤੋਂ ਬੀ.ਕਾਮ ਕੀਤੀ ਸੀ, ਹੁਣ ਇੱਥੇ ਰਹਿੰਦਾ ਹਾਂ", 6),
    ("pa", "ਪਟਿਆਲੇ ਤੋਂ ਐਮ.ਏ. ਕੀਤੀ ਹੋਈ ਆ", 7),
    ("ar", "أنا خريج هندسة من جامعة حلب", 6),
    ("ar", "متخرجة من جامعة بغداد وأحب البرمجة", 6),
    ("pl", "mam licencjat z administracji, mieszkam w Walsall", 6),
    ("pl", "skończyłem budownictwo, mam inżyniera z Gliwic", 6),
    ("pl", "zrobiłam magisterkę z socjologii w Krakowie", 7),
    ("ro", "am licență în drept de la Iași", 6),
    ("ro", "sunt economist, licențiat în finanțe", 6),
    ("ro", "am terminat masteratul la Cluj", 7),
])
def test_a_degree_done_back_home_is_read_at_its_level(understanding, language, text, level):
    assert facts(understanding, text, language).get("qualification_level") == level


@pytest.mark.parametrize("language, text", [
    ("ur", "میرے پاس کوئی ڈگری نہیں ہے"),
    ("pa", "ਮੇਰੇ ਕੋਲ ਕੋਈ ਡਿਗਰੀ ਨਹੀਂ"),
    ("ar", "أنا خريج ثانوية بس"),
    ("pl", "nie mam licencjatu ani magisterki"),
    ("ro", "nu am licență, doar bacalaureatul"),
])
def test_a_degree_said_to_be_missing_or_a_school_leaving_certificate_is_not_a_degree(understanding, language, text):
    assert facts(understanding, text, language).get("qualification_level") not in (6, 7)


@pytest.mark.parametrize("language, text", [
    ("ur", "میں فیکٹری میں رات کی شفٹ لگاتی ہوں"),
    ("ur", "اسڈا میں شیلف بھرتا ہوں اور ڈیٹا سیکھنا چاہتا ہوں"),
    ("ur-latn", "main do jobs karti hoon, subah cleaning aur sham ko shop"),
    ("pa", "ਮੈਂ ਟਰੱਕ ਚਲਾਉਂਦਾ ਹਾਂ ਵੁਲਵਰਹੈਂਪਟਨ ਵਿੱਚ"),  # (a taxi, most often driven self-employed, is asked)
    ("pa", "ਹਸਪਤਾਲ 'ਚ ਰਾਤ ਦੀ ਡਿਊਟੀ ਕਰਦੀ ਆਂ"),
    ("ar", "bashta8al fi warehouse bel leil"),
    ("ar", "وشغال هلق بمطعم بوسط المدينة"),
    ("pl", "od pięciu lat jeżdżę ciężarówką po Anglii"),
    ("ro", "acum sunt casieră la un supermarket"),
])
def test_work_said_by_what_they_do_is_work(understanding, language, text):
    assert facts(understanding, text, language).get("employment_status") == "employed"


@pytest.mark.parametrize("language, text", [
    ("ar", "arid ashti8il b el computer"),  # a wish
    ("ar", "مش شغالة دلوقتي"),  # not working
])
def test_work_wished_or_denied_is_not_work(understanding, language, text):
    assert facts(understanding, text, language).get("employment_status") != "employed"


@pytest.mark.parametrize("language, text, when", [
    ("ar", "بشتغل من سبعة الصبح لتلاتة العصر، بالمسا فاضية", "evenings_weekends"),  # the morning is the work
    ("ar", "بالمسا بس", "evenings_weekends"),
    ("pl", "Sklep mam od 15 do 22, więc wolne przedpołudnia", "part_time"),
])
def test_when_they_can_study_said_around_their_work(language, text, when):
    from bot.language import answers

    assert answers.in_language("availability", text, language)[0] == when
