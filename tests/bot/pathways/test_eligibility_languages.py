"""The reasons, conditions and near misses in the resident's language: the same checks as in English
(outcome, rule, the fact to ask, whether something could change), only the words differ, and every figure
(an age, an amount, a level) is the English one's."""

from __future__ import annotations

import re

import pytest

from bot.dialogue import replies
from bot.dialogue.profile import Profile
from bot.language.words import ENGLISH, LANGUAGES, words_for
from bot.pathways.catalogue import load_catalogue
from bot.pathways.eligibility import FAIL, evaluate
from bot.pathways.matching import match
from tests.bot.pathways.test_eligibility import CASES
from tests.conftest import FIXTURES, TODAY

CATALOGUE = load_catalogue(FIXTURES / "small.yml")
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]
# Figures a resident acts on: ages, years, pounds, levels. Western digits in every catalogue (a test of
# translations checks the drafts keep them).
_FIGURES = re.compile(r"£?\d[\d,.]*")
# Every resident the rule cases describe, against every pathway of the fixture.
PROFILES = [facts for (_, _, _, facts, *_rest) in CASES]


def figures(text: str):
    return sorted(f.rstrip(",.") for f in _FIGURES.findall(text))


def checks_in(lang, pathway, facts):
    return evaluate(pathway, Profile.from_mapping(facts), words=words_for(lang))


def test_polish_resident_hears_why_in_polish():
    [check] = [c for c in checks_in("pl", CATALOGUE.get("bootcamp-coding-online"), {"age": 45})
               if c.rule == "min_age"]
    assert check.text == "masz 45 lat, a jest dla osób w wieku 19 lat i więcej"


def test_urdu_resident_hears_the_near_miss_and_what_would_change_it_in_urdu():
    [check] = [c for c in checks_in("ur", CATALOGUE.get("bootcamp-coding-online"), {"age": 17})
               if c.rule == "min_age"]
    assert check.outcome == FAIL
    assert "آپ 17 سال کے ہیں" in check.text and "19" in check.text
    assert "(2 سال میں)" in check.change


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_check_in_every_language_is_the_english_check_in_other_words(lang):
    for facts in PROFILES:
        for pathway in CATALOGUE.pathways:
            english = evaluate(pathway, Profile.from_mapping(facts))
            said = checks_in(lang, pathway, facts)
            assert [(c.rule, c.outcome, c.fact, c.changeable) for c in said] == \
                   [(c.rule, c.outcome, c.fact, c.changeable) for c in english]
            for theirs, ours in zip(said, english):
                assert theirs.text and theirs.text != ours.text, (pathway.id, ours.text)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_arabic_near_miss_keeps_the_figures_of_the_english(lang):
    """Every language, Arabic included: a translated reason, condition or change never loses, adds or
    changes a figure (the numbers are filled in from the same values)."""
    for facts in PROFILES:
        for pathway in CATALOGUE.pathways:
            english = evaluate(pathway, Profile.from_mapping(facts))
            for theirs, ours in zip(checks_in(lang, pathway, facts), english):
                assert figures(theirs.text) == figures(ours.text), (lang, ours.text, theirs.text)
                assert figures(theirs.change) == figures(ours.change), (lang, ours.change, theirs.change)


def test_english_checks_are_said_by_default_as_before():
    pathway, profile = CATALOGUE.get("bootcamp-coding-online"), Profile.from_mapping({"age": 17})
    assert evaluate(pathway, profile) == evaluate(pathway, profile, words=ENGLISH)


def test_polish_match_gives_reasons_near_misses_and_why_in_polish(loaded):
    facts = {"age": 45, "local_authority": "Walsall", "interest": "data", "availability": "part_time"}
    with loaded() as session:
        english = match(session, Profile.from_mapping(facts), today=TODAY)
        polish = match(session, Profile.from_mapping(facts), today=TODAY, words=words_for("pl"))
    assert [r.pathway.id for r in polish.recommendations] == [r.pathway.id for r in english.recommendations]
    assert [n.pathway.id for n in polish.near_misses] == [n.pathway.id for n in english.near_misses]
    assert polish.near_misses and all(n.reason not in {m.reason for m in english.near_misses}
                                      for n in polish.near_misses)
    shown = [r.pathway.id for r in polish.recommendations[:3]]
    text = replies.why_text(polish, shown, "pl")
    assert text.startswith("Dlaczego to zaproponowałem:")
    assert "obejmuje dane, co Cię interesuje" in text


def test_the_one_line_reason_is_chosen_as_in_english_whatever_the_language(loaded):
    """The line shows the most personal reason; a translated reason is ranked by its English msgid."""
    facts = {"age": 45, "local_authority": "Walsall", "interest": "data", "availability": "part_time"}
    with loaded() as session:
        english = match(session, Profile.from_mapping(facts), today=TODAY)
        urdu = match(session, Profile.from_mapping(facts), today=TODAY, words=words_for("ur"))
    for ours, theirs in zip(english.recommendations, urdu.recommendations):
        picked = replies.best_reason(ours.why)
        assert theirs.why[ours.why.index(picked)] == replies.best_reason(theirs.why)
