"""The enrolment checklist: each rule a pathway applies asks for the document that proves it."""

import pytest

from bot.pathways import evidence

OPEN = {"region": "national"}
LOCAL = {"region": "wmca"}


def keys(eligibility, facts):
    return [item.key for item in evidence.checklist(eligibility, facts)]


@pytest.mark.parametrize("eligibility, facts, expected", [
    (OPEN, {}, ["photo_id"]),
    (LOCAL, {}, ["photo_id", "proof_of_address"]),
    ({**OPEN, "min_age": 19}, {"age": 30}, ["photo_id"]),
    ({**OPEN, "requires_universal_credit": True}, {}, ["photo_id", "benefit_letter"]),
    (OPEN, {"universal_credit": True}, ["photo_id", "benefit_letter"]),
    (OPEN, {"employment_status": "unemployed"}, ["photo_id", "benefit_letter"]),
    ({**OPEN, "employment_status": ["employed"]}, {"employment_status": "unemployed"}, ["photo_id"]),
    ({**OPEN, "max_income": 25750}, {"employment_status": "employed"}, ["photo_id", "payslip"]),
    ({**OPEN, "max_income": 25750}, {}, ["photo_id", "payslip"]),
    ({**OPEN, "max_income": 25750}, {"universal_credit": True, "employment_status": "employed"},
     ["photo_id", "benefit_letter"]),
    ({**OPEN, "immigration_statuses": ["refugee"]}, {"immigration_status": "refugee"},
     ["photo_id", "status_document"]),
    (OPEN, {"immigration_status": "asylum_seeker"}, ["photo_id", "status_document"]),
    ({**OPEN, "immigration_statuses": ["refugee", "british_irish"]}, {"immigration_status": "british_irish"},
     ["photo_id"]),
    ({**OPEN, "max_qualification_level": 2}, {}, ["photo_id", "certificates"]),
    ({**LOCAL, "min_age": 19, "max_income": 30000, "min_qualification_level": 3},
     {"employment_status": "employed", "immigration_status": "settled"},
     ["photo_id", "proof_of_address", "status_document", "payslip", "certificates"]),
])
def test_each_rule_asks_for_the_document_that_proves_it(eligibility, facts, expected):
    assert keys(eligibility, facts) == expected


def test_an_age_rule_asks_for_id_showing_the_date_of_birth():
    with_age = evidence.checklist({**OPEN, "max_age": 24}, {})[0]
    without = evidence.checklist(OPEN, {})[0]
    assert "date of birth" in with_age.text and "date of birth" not in without.text


def test_the_reply_lists_every_item_and_leaves_the_decision_to_the_provider():
    items = evidence.checklist({**LOCAL, "requires_universal_credit": True}, {})
    text = evidence.reply(items, "Skills Bootcamp in Data")
    assert text.startswith("To enrol on Skills Bootcamp in Data")
    assert all(f"- {item.text}" in text for item in items)
    assert "provider decides" in text
    assert evidence.reply([]) == ""


def test_the_reply_is_in_the_residents_language_with_the_course_title_as_written():
    items = evidence.checklist({"min_age": 19, "region": "wmca"}, {"immigration_status": "refugee"})
    text = evidence.reply(items, "Skills Bootcamp in Data", "ar")
    assert "Skills Bootcamp in Data" in text and "Photo ID" not in text
    assert len(text.splitlines()) == len(items) + 2
    assert text.splitlines()[1].startswith("- هوية بصورة")


def test_the_checklist_for_someone_asked_for_speaks_of_their_documents():
    items = evidence.checklist({"min_age": 19, "region": "wmca", "max_income": 25000},
                               {"employment_status": "employed", "immigration_status": "refugee"})
    for person, own in (("he", "his"), ("she", "her"), ("they", "their")):
        text = evidence.reply(items, "Skills Bootcamp in Data", asking_for=person)
        listed = text.splitlines()[1:-1]
        assert len(listed) == len(items)
        assert not any(" your " in f" {line} " for line in listed), person
        assert all(f" {own} " in line for line in listed if not line.startswith("- Photo ID,")), person


def test_the_checklist_for_oneself_still_says_your():
    items = evidence.checklist({"region": "wmca"}, {})
    assert "your name and address" in evidence.reply(items, asking_for="self")
    assert "your name and address" in evidence.reply(items)
