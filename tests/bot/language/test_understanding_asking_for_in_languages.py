"""Asking for someone, said in the resident's language with no age yet ("piszę w imieniu syna", "نيابة عن
ابني"): the questions are about that person. Doing something for a relative is not asking for them."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("lang, text, who", [
    ("pl", "Piszę w imieniu córki, szuka kursu z danych", "she"),
    ("pl", "pytam dla mojego brata", "he"),
    ("ro", "Scriu în numele fiului meu", "he"),
    ("ro", "întreb pentru sora mea, vrea un curs", "she"),
    ("ur", "میں اپنی بیٹی کی طرف سے لکھ رہا ہوں", "she"),
    ("ur-latn", "mein apne bhai ke liye pooch raha hoon", "he"),
    ("pa", "ਮੈਂ ਆਪਣੇ ਪੁੱਤਰ ਲਈ ਪੁੱਛ ਰਹੀ ਹਾਂ", "he"),
    ("ar", "أكتب نيابة عن زوجتي", "she"),
    ("ar", "أسأل عن ابني", "he"),
])
def test_asking_for_a_relative_in_their_language_is_about_them(understanding, lang, text, who):
    assert facts(understanding, text, language=lang)["asking_for"] == who


@pytest.mark.parametrize("lang, text", [
    ("pl", "Pracuję dla mojego brata w sklepie"),
    ("ur", "میں اپنے بھائی کے لیے کام کرتا ہوں"),
    ("ar", "أعمل من أجل ابني"),
    ("ro", "lucrez pentru fratele meu"),
])
def test_doing_something_for_a_relative_is_not_asking_for_them(understanding, lang, text):
    assert "asking_for" not in facts(understanding, text, language=lang)
