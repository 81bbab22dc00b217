"""A resident's own age said in their language, in any script's digits; someone else's age is never theirs."""

import pytest


def age(u, text):
    return next((f.value for f in u.extract(text) if f.slot == "age"), None)


@pytest.mark.parametrize("text, years", [
    ("mam 34 lata i szukam kursu", 34), ("am 29 de ani", 29), ("mein 24 saal ka hoon", 24),
    ("meri umar 40 saal hai", 40), ("میری عمر 45 سال ہے", 45), ("میں ۳۳ سال کا ہوں", 33),
    ("عمري ٣١ سنة", 31), ("عندي 27 سنة", 27), ("ਮੈਂ 52 ਸਾਲ ਦਾ ਹਾਂ", 52), ("ਮੇਰੀ ਉਮਰ ੩੬ ਸਾਲ ਹੈ", 36),
])
def test_a_residents_own_age_in_their_language_and_script_is_read(understanding, text, years):
    assert age(understanding, text) == years


@pytest.mark.parametrize("text", [
    "mój syn ma 17 lat", "fiul meu are 18 ani", "mera beta 18 saal ka hai", "میرا بیٹا 18 سال کا ہے",
    "عمر ابني 17 سنة", "ਮੇਰਾ ਪੁੱਤਰ 16 ਸਾਲ ਦਾ ਹੈ",
])
def test_someone_elses_age_in_another_language_is_not_the_residents(understanding, text):
    assert age(understanding, text) is None


@pytest.mark.parametrize("text", [
    "میں نے دبئی میں 12 سال ڈرائیونگ کی", "ہم برمنگھم میں 15 سال سے رہتے ہیں، بیٹی کے لیے پوچھ رہا ہوں",
])
def test_years_spent_somewhere_in_urdu_are_not_an_age(understanding, text):
    # میں after a place is "in", not "I": "in Dubai for 12 years"
    assert age(understanding, text) is None


@pytest.mark.parametrize("text, years", [("salam, 3omri 24, sakin b Oldbury", 24), ("ana 22 sana w sakin f Walsall", 22),
                                         ("3andi 31 sana, bddi course", 31)])
def test_a_residents_own_age_in_arabizi_is_read(understanding, text, years):
    assert age(understanding, text) == years


def test_years_spent_somewhere_in_arabizi_are_not_an_age(understanding):
    assert age(understanding, "3andi 5 snin f UK") is None


def test_no_work_said_in_arabizi_is_read_as_unemployed(understanding):
    facts = {f.slot: f.value for f in understanding.extract("ma 3andi shoghl mn 6 shhur", language="ar")}
    assert facts.get("employment_status") == "unemployed"


@pytest.mark.parametrize("text, lang, who, years", [
    ("Dzień dobry, pytam dla córki. Ma czternaście lat, chodzi do Year 9 w Wednesbury.", "pl", "she", 14),
    ("Bună ziua, sunt bunica unei fetițe de doisprezece ani, stăm în Smethwick.", "ro", "she", 12),
])
def test_a_childs_age_said_in_words_under_fifteen_makes_them_the_one_asked_for(understanding, text, lang, who, years):
    found = {f.slot: f.value for f in understanding.extract(text, language=lang)}
    assert (found.get("asking_for"), found.get("age")) == (who, years)


def test_years_worked_opening_a_polish_clause_are_not_an_age(understanding):
    text = ("piszę za męża. Ma pięćdziesiąt cztery lata, mieszkamy w Halesowen. Dwadzieścia lat przepracował w "
            "odlewni.")
    assert {f.slot: f.value for f in understanding.extract(text, language="pl")}.get("age") == 54


@pytest.mark.parametrize("text, lang", [("buna, am 30 si ceva de ani, stau in Darlaston.", "ro"),
                                        ("i am 30 something, live in Walsall", None), ("im 40 plus", None)])
def test_an_age_given_roughly_is_not_taken_as_exact(understanding, text, lang):
    assert age(understanding, text) is None


@pytest.mark.parametrize("text, lang, who, years", [
    ("ابني عمره سبعتاعش وبايكمّل ثمنتاعش في الصيف", "ar", "he", 17),
    ("hi, ਮੈਂ ਆਪਣੀ ਦਾਦੀ ਜੀ ਵਾਸਤੇ ਪੁੱਛ ਰਹੀ ਹਾਂ। ਉਹ ਸਤਾਹਠ ਸਾਲ ਦੇ ਨੇ", "pa", "she", 67),
    ("میں اپنے چھوٹے بھائی کی طرف سے لکھ رہی ہوں۔ وہ تئیس سال کا ہے", "ur", "he", 23),
    ("میری بیوی کے لیے معلومات چاہئیں۔ اس کی عمر ستائیس برس ہے", "ur", "she", 27),
])
def test_someone_elses_age_in_words_as_each_region_writes_them_is_read(understanding, text, lang, who, years):
    found = {f.slot: f.value for f in understanding.extract(text, language=lang)}
    assert (found.get("asking_for"), found.get("age")) == (who, years)


def test_a_date_of_birth_in_native_digits_gives_the_age_today():
    import datetime as dt

    from bot.language.births import ages_from_birth
    assert [a for a, _, _ in ages_from_birth("ਮੇਰਾ ਜਨਮ ਅਗਸਤ ੧੯੭੧ ਦਾ ਹੈ", dt.date(2026, 12, 7))] == [55]
    assert [a for a, _, _ in ages_from_birth("میری پیدائش فروری ۱۹۹۰", dt.date(2026, 12, 7))] == [36]


def test_years_said_as_baras_are_an_age_in_roman_urdu(understanding):
    assert age(understanding, "Main 32 baras ka hun, Smethwick mein rehta hun") == 32


def test_a_childs_age_in_roman_urdu_words_answers_the_age_question(understanding):
    found = {f.slot: f.value for f in understanding.extract("chaudah saal ka hai, march mein pandrah ka ho jayega",
                                                            asked="age", language="ur-latn")}
    assert found.get("age") == 14
