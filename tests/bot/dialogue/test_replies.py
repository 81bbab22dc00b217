"""bot.dialogue.replies: the words for recommendations, "why", "more", forget me and fallback suggestions."""

from __future__ import annotations

import dataclasses

import pytest

from bot.dialogue import replies
from bot.language import vocab
from bot.pathways.catalogue import load_catalogue
from bot.pathways.matching import MatchResult, NearMiss, Recommendation
from bot.dialogue.profile import Profile
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


def test_a_line_says_what_would_change_the_answer_so_a_text_message_carries_it():
    line = replies.pathway_line(2, FIVE[1])
    assert "Please check: You need to be 13 or over." in line
    two = rec("walsall-works", conditions=["If you live in Walsall", "For people earning under £25,000"])
    assert 'Please check: If you live in Walsall (and 1 more: say "why").' in replies.pathway_line(1, two)
    assert "Please check" not in replies.pathway_line(1, FIVE[0])  # nothing left open


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


def test_what_was_removed_is_listed_in_plain_words():
    assert replies.removed_head(["age", "annual_income"]).startswith(
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


# --- the facts beside each recommendation: who pays, cost and dates, benefits, provenance --------------

SUMMARY = {
    "funding_body": "West Midlands Combined Authority", "cost_description": "Free for eligible adults",
    "next_cohort": "2027-01-11", "application_deadline": None, "illustrative": False,
    "benefits_note": "You usually stay on Universal Credit; tell your work coach first",
    "benefits_source": "https://www.gov.uk/x", "last_verified": "2026-12-04",
    "course_url": "https://college.example/course", "page": "https://college.example/course",
}


def test_facts_say_who_pays_the_cost_the_dates_the_benefits_and_where_they_come_from():
    facts = replies.pathway_facts(SUMMARY)
    assert facts == {
        "paid_by": "Paid for by West Midlands Combined Authority",
        "facts": ["Cost: Free for eligible adults", "Starts 11 Jan 2027",
                  "Benefits: You usually stay on Universal Credit; tell your work coach first."],
        "checked": {"text": "Checked 4 Dec 2026 — see the course page", "url": "https://college.example/course"},
    }


@pytest.mark.parametrize("changes, expected", [
    ({"cost_description": "Ask the provider", "next_cohort": None}, ["Cost and dates: ask the provider"]),
    ({"next_cohort": None}, ["Cost: Free for eligible adults", "Dates: ask the provider"]),
    ({"cost_description": "Ask the provider"}, ["Starts 11 Jan 2027", "Cost: ask the provider"]),
    # an illustrative entry's summary carries no dates; its cost words are examples too
    ({"illustrative": True, "next_cohort": None}, ["Cost and dates: ask the provider"]),
    ({"benefits_source": None, "cost_description": "Ask the provider", "next_cohort": None},
     ["Cost and dates: ask the provider"]),  # a note without its source is not shown
])
def test_what_was_not_sourced_reads_ask_the_provider(changes, expected):
    assert replies.pathway_facts({**SUMMARY, **changes})["facts"][:len(expected)] == expected
    if changes.get("benefits_source", "x") is None:
        assert not any(line.startswith("Benefits") for line in replies.pathway_facts({**SUMMARY, **changes})["facts"])


def test_a_page_other_than_the_course_page_is_named_for_what_it_is():
    facts = replies.pathway_facts({**SUMMARY, "course_url": None, "provider_url": "https://college.example",
                                   "page": "https://college.example"})
    assert facts["checked"]["text"] == "Checked 4 Dec 2026 — see the provider's page"


def test_a_line_says_who_pays_what_it_costs_and_when_it_was_checked():
    line = replies.pathway_line(1, FIVE[0])
    assert "Paid for by West Midlands Combined Authority (Free Courses…" in line
    assert "Cost and dates: ask the provider." in line  # the entry is illustrative: no facts from it
    assert "Checked 28 Oct 2026." in line
    sourced = dataclasses.replace(FIVE[0].pathway, illustrative=False)
    line = replies.pathway_line(1, Recommendation(sourced, 1.0, [], []))
    assert "Cost: Free under Free Courses for Jobs if you are 19 or over" in line


def test_an_unknown_status_never_reads_as_open():
    pathway = dataclasses.replace(CATALOGUE.get("national-careers-service"), status=None)
    line = replies.pathway_line(1, Recommendation(pathway, 1.0, [], []))
    assert "open" not in line.lower()
    payload = MatchResult("t", "h", Profile(), "wmca", [Recommendation(pathway, 1.0, [], [])]).to_payload()
    assert payload["pathways"][0]["status"] is None


def test_an_illustrative_entry_states_no_date_status_or_cost():
    pathway = next(p for p in CATALOGUE.pathways if p.illustrative and p.next_cohort and p.status == "open")
    line = replies.pathway_line(1, rec(pathway.id))
    assert str(pathway.next_cohort.year) not in line and "waiting list" not in line
    assert "Cost and dates: ask the provider" in line
    card = result([rec(pathway.id)]).to_payload()["pathways"][0]
    assert (card["status"], card["next_cohort"], card["cost"]) == (None, None, None)
    assert card["facts"][0] == "Cost and dates: ask the provider"
