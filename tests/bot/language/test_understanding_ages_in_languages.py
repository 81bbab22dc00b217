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
