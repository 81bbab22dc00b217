"""An asylum claim still being decided, said in the resident's own words: never read as a refugee, so
student finance and jobs they may not take are never opened to them. Each case is worded fresh here."""

import pytest


def facts(u, text):
    return {fact.slot: fact.value for fact in u.extract(text)}


@pytest.mark.parametrize("text", [
    "I am 31 and I wait Home Office answer for my asylum since 10 months",
    "my case is still with the home office, I live in Sandwell",
    "still no decision from home office on my claim",
    "I came 2023, my asylum not decided yet, living in Coventry",
    "they refused my asylum and now I am appealing",
    "home office still did not reply about my asylum",
])
def test_an_asylum_claim_still_being_decided_is_an_asylum_seeker(understanding, text):
    assert facts(understanding, text).get("immigration_status") == "asylum_seeker"


@pytest.mark.parametrize("text", [
    "I got my asylum last year and I am waiting for a course",
    "home office granted me refugee status in March, still looking for work",
    "I was given leave to remain by the home office after waiting 2 years",
])
def test_a_claim_granted_is_never_read_as_still_waiting(understanding, text):
    assert facts(understanding, text).get("immigration_status") != "asylum_seeker"


@pytest.mark.parametrize("text", [
    "I work at the home office in Birmingham and I'm still on a low wage",
    "still waiting for my pay rise, I'm a cleaner in Walsall",
])
def test_the_home_office_as_an_employer_or_waiting_for_something_else_says_nothing_of_asylum(understanding, text):
    assert "immigration_status" not in facts(understanding, text)
