"""The FAQ answers, and every other message, in each language keep the English figures: ages, weeks,
years, dates, amounts, phone numbers, levels and web addresses a resident acts on. A draft that drops,
adds or changes one fails here, whoever wrote it."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from bot.language import translations
from bot.language.words import catalogue_path

_FIGURES = re.compile(r"£?\d+(?:[.,:]\d+)*")
_ADDRESSES = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:gov|org|co|ac|nhs)\.uk\S*")


# Differences drafted before this test, each read and kept on purpose: the income question's hourly example
# is left out where only English hours are understood; the careers service's hours are on the 24-hour
# clock in Polish and Romanian; "over 50" is said in words in Arabic. A new one needs a reason here.
KNOWN = {
    (lang, context, msgid_start)
    for lang in ("ur", "pa", "ar", "pl", "ro")
    for context, msgid_start in (("question", "About how much do you earn"), ("question_again", "Please give a rough"),
                                 ("problem", "I need the amount for a whole year"),
                                 ("question_he", "About how much does he earn"),
                                 ("question_she", "About how much does she earn"),
                                 ("question_they", "About how much do they earn"))
} | {("pl", "recommendations", "The National Careers Service"), ("ro", "recommendations", "The National Careers Service"),
     ("ar", "group_who", "people over 50")}


def known(lang: str, message) -> bool:
    return any(lang == k and message.context == c and message.id.startswith(start) for k, c, start in KNOWN)


def figures(text: str) -> Counter:
    return Counter(_FIGURES.findall(text or ""))


def addresses(text: str) -> Counter:
    return Counter(a.rstrip(".,;)") for a in _ADDRESSES.findall(text or ""))


@pytest.mark.parametrize("lang", translations.TRANSLATED)
def test_every_faq_answer_is_translated_with_the_figures_of_the_english(lang):
    catalog = translations.read(catalogue_path(lang), lang)
    answers = [m for m in translations.messages(catalog) if m.context in translations.FAQ_RESPONSES]
    assert {m.context for m in answers} == set(translations.FAQ_RESPONSES)
    for message in answers:
        assert message.string and message.fuzzy, message.context  # an AI draft until a fluent speaker checks it
        assert figures(message.string) == figures(message.id), (message.context, message.string)
        assert addresses(message.string) == addresses(message.id), message.context


@pytest.mark.parametrize("lang", translations.TRANSLATED)
def test_arabic_and_every_language_keep_the_figures_and_addresses_of_every_message(lang):
    catalog = translations.read(catalogue_path(lang), lang)
    for message in translations.messages(catalog):
        if not message.string or known(lang, message):
            continue
        assert figures(message.string) == figures(message.id), (message.context, message.id, message.string)
        assert addresses(message.string) == addresses(message.id), (message.context, message.id)
