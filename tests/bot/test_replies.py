"""bot.replies: the words for recommendations, "why", "more", forget me and fallback suggestions."""

from __future__ import annotations

import pytest

from bot import replies, vocab
from bot.catalogue import load_catalogue
from bot.matching import MatchResult, NearMiss, Recommendation
from bot.profile import Profile
from bot.settings import ROOT

CATALOGUE = load_catalogue(ROOT / "tests" / "fixtures" / "dialogue_catalogue.yml")


def rec(pathway_id, why=("free because you live in Walsall",), conditions=()):
    return Recommendation(CATALOGUE.get(pathway_id), 1.0, list(why), list(conditions))


def result(recs=(), near=(), scope="wmca", profile=Profile(local_authority="Walsall")):
    return MatchResult("test.1", "sha256:x", profile, scope, list(recs), list(near), [])


FIVE = [
    rec("fcfj-l3-data-wolverhampton", ["free because you live in Walsall", "it covers data, which you are interested in"]),
    rec("national-careers-service", ["free, wherever you live", "it covers data, which you are interested in"],
        ["You need to be 13 or over"]),
    rec("skills-toolkit-free-online-courses", ["free, wherever you live", "online, so you can join from home"]),
    rec("learn-my-way-online", ["free, wherever you live"]),
    rec("walsall-works", ["in person in Walsall, where you live"]),
]


def test_first_page_is_a_header_three_lines_and_the_footer():
    lines = replies.recommendations_text(result(FIVE)).splitlines()
    assert lines[0] == "Here are the routes that fit you best:"
    assert len(lines) == 5
    assert lines[1].startswith("1. Level 3 Data Analysis course (Free Courses for Jobs), City of Wolverhampton College.")
    assert lines[2].startswith("2. National Careers Service.")  # the provider is not repeated
    assert all("Next:" in line for line in lines[1:4])
    assert lines[-1] == 'Say "more" for other routes, or "why" for reasons.'


def test_each_line_gives_its_most_telling_reason_without_repeating_one():
    lines = replies.recommendations_text(result(FIVE)).splitlines()
    assert "It covers data, which you are interested in." in lines[1]
    assert "which you are interested in" not in lines[2]  # said already: the next reason instead
    assert "Free, wherever you live." in lines[2]


def test_a_line_names_where_to_go_next():
    line = replies.pathway_line(1, FIVE[1])
    assert "(https://nationalcareers.service.gov.uk)" in line


def test_footer_offers_more_only_when_there_is_more():
    assert replies.recommendations_text(result(FIVE[:3])).splitlines()[-1] == 'Say "why" for reasons.'


@pytest.mark.parametrize("scope, start", [
    ("outside_area", "As you live outside the area I cover"),
    ("under_16", "As you are under 16, the best place to start is your school"),
    ("area_unknown", "Here are routes that could fit you"),
])
def test_the_header_fits_the_residents_situation(scope, start):
    assert replies.recommendations_text(result(FIVE[:1], scope=scope)).startswith(start)


def test_nothing_found_is_said_honestly_with_what_came_close_and_a_person_to_call():
    miss = NearMiss(CATALOGUE.get("wmca-bootcamp-software-dev-birmingham"), "min_age",
                    "you need to be 19 or over", "you can apply when you turn 19")
    text = replies.recommendations_text(result(near=[miss]))
    assert text.startswith("I'm sorry, I couldn't find a route that fits you right now.")
    assert "- Skills Bootcamp in Software Development: You need to be 19 or over. You can apply when you turn 19." in text
    assert "0800 100 900" in text and "8am to 8pm Monday to Friday" in text


def test_nothing_found_outside_the_area_names_the_service_area():
    text = replies.recommendations_text(result(scope="outside_area", profile=Profile(local_authority="Leeds")))
    assert "Leeds is outside the area I cover" in text and vocab.SERVICE_AREA_NAME in text


def test_more_continues_the_numbering_and_ends_honestly():
    shown = [r.pathway.id for r in FIVE[:3]]
    page = replies.next_page(result(FIVE), shown)
    assert [r.pathway.id for r in page] == [r.pathway.id for r in FIVE[3:]]
    text = replies.more_text(result(FIVE), page, 3)
    assert text.splitlines()[1].startswith("4. ") and text.splitlines()[2].startswith("5. ")
    assert text.splitlines()[-1] == 'Say "why" for reasons.'
    assert replies.more_text(result(FIVE), [], 5).startswith("That's all the routes that fit you right now.")


def test_why_gives_every_reason_and_condition_for_the_ones_shown():
    text = replies.why_text(result(FIVE), ["national-careers-service", "gone-from-the-catalogue"])
    assert text.splitlines()[0] == "Why I suggested these:"
    assert ("National Careers Service: Free, wherever you live; it covers data, which you are interested in. "
            "Please check: You need to be 13 or over.") in text
    assert "gone-from" not in text
    assert "Things have changed" in replies.why_text(result(FIVE), ["gone"])


def test_payload_is_the_engines_and_can_be_limited_to_a_page():
    full = replies.payload_for(result(FIVE))
    assert full == result(FIVE).to_payload()
    page = replies.payload_for(result(FIVE), ["walsall-works", "learn-my-way-online"])
    assert [p["id"] for p in page["pathways"]] == ["walsall-works", "learn-my-way-online"]
    assert page["type"] == "pathway_recommendations"


def test_the_service_area_names_every_authority():
    text = replies.service_area_text()
    assert all(name in text for name in vocab.LOCAL_AUTHORITIES)


def test_removed_text_lists_facts_in_plain_words():
    assert replies.removed_text(["age", "annual_income"]).startswith(
        "Done. I have deleted what you told me (your age and your income) and this conversation.")


def test_long_texts_are_cut_at_a_word():
    assert replies._shorten("word " * 40, 30).endswith("…")
    assert len(replies._shorten("word " * 40, 30)) <= 30


def test_suggestions_never_offer_intent_names_inform_or_anything_that_deletes():
    ranking = [{"name": n} for n in ("forget_me", "start_again", "inform", "greet", "faq_laptop")]
    text, buttons = replies.suggestions(ranking)
    assert [b["title"] for b in buttons] == ["Do I need a laptop?", "Talk to a person", "Something else"]
    assert buttons[-1]["payload"] == "/out_of_scope"
    assert "_" not in text
