"""Recommendations in the conversation's language: the fixed words of the text line and the card (header,
labels, who pays, cost and dates, next step, footer) come from the catalogues; the catalogue's own free
text (a next step, a cost) stays English, marked "(in English)"; the reasons stay English this pass."""

from __future__ import annotations

from bot.dialogue import replies
from bot.language.words import words_for
from tests.bot.dialogue.test_replies import FIVE, result


def test_a_polish_residents_first_page_has_its_fixed_words_in_polish():
    lines = replies.recommendations_text(result(FIVE), lang="pl").splitlines()
    assert lines[0] == "Oto możliwości, które najlepiej do Ciebie pasują:"
    assert lines[-1] == 'Napisz "more", aby zobaczyć inne możliwości, albo "why", aby poznać powody.'
    assert all("Dalej:" in line and "Next:" not in line for line in lines[1:4])
    assert "(po angielsku)" in lines[1]  # the next step is the catalogue's English, marked as such


def test_a_polish_line_says_the_condition_label_and_where_to_go_in_polish():
    line = replies.pathway_line(2, FIVE[1], lang="pl")
    assert "Sprawdź: You need to be 13 or over" in line  # the condition is eligibility's English for now
    assert "(https://nationalcareers.service.gov.uk)" in line


def test_a_polish_card_carries_its_facts_labels_and_language():
    payload = replies.payload_for(result(FIVE), [r.pathway.id for r in FIVE[:3]], lang="pl")
    assert payload["lang"] == "pl"
    assert payload["labels"]["next"] == "Następny krok" and payload["labels"]["why"] == "Dlaczego może Ci pasować"
    assert payload["labels"]["kinds"]["bootcamp"] == words_for("pl")("kind_noun", "bootcamp")
    for card in payload["pathways"]:
        assert not any(fact.startswith(("Cost", "Dates", "Starts")) for fact in card["facts"])
        assert not card["paid_by"] or card["paid_by"].startswith("Finansuje:")


def test_dates_are_written_the_languages_way():
    summary = {"next_cohort": "2027-01-11", "cost_description": "Free", "last_verified": "2026-11-02"}
    facts = replies.pathway_facts(summary, lang="pl")
    assert facts["facts"][0] == "Koszt: Free (po angielsku)"
    assert facts["facts"][1] == "Początek: 11 sty 2027"
    assert replies.pathway_facts(summary)["facts"][1] == "Starts 11 Jan 2027"


def test_an_english_card_and_text_are_what_they_were():
    english = replies.payload_for(result(FIVE), [r.pathway.id for r in FIVE[:3]])
    assert "lang" not in english and "labels" not in english
    assert replies.payload_for(result(FIVE), None, lang="en") == replies.payload_for(result(FIVE))
    assert replies.recommendations_text(result(FIVE), lang="en") == replies.recommendations_text(result(FIVE))


def test_a_card_for_someone_asked_for_is_headed_why_it_could_suit_them():
    ids = [r.pathway.id for r in FIVE[:3]]
    english = replies.payload_for(result(FIVE), ids, asking_for="she")
    assert english["labels"] == {"why": "Why it could suit her",
                                 "referral": "She needs a referral: ask her work coach or adviser."}
    polish = replies.payload_for(result(FIVE), ids, lang="pl", asking_for="he")
    assert polish["labels"]["why"] == "Dlaczego może mu pasować" and polish["labels"]["next"] == "Następny krok"
    assert replies.payload_for(result(FIVE), ids, lang="pl")["labels"]["why"] == "Dlaczego może Ci pasować"
