"""A "no", a "not", a "my son" or an "if" reaches to the end of its own clause, not into the next one."""

from pathlib import Path

import pytest

from bot.language import nlp as pipeline
from bot.language.places import Gazetteer
from bot.language.understanding import Understanding

FIXTURE = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "gazetteer_small.yml"


@pytest.fixture(scope="module")
def understanding() -> Understanding:
    gazetteer = Gazetteer.load(FIXTURE)
    return Understanding(pipeline.create_nlp(gazetteer), gazetteer)


def said(u: Understanding, text: str) -> dict:
    return {f.slot: f.value for f in u.extract(text) if f.slot != "target_group"}


@pytest.mark.parametrize("text, slot, value", [
    ("no qualifications and I'm claiming universal credit", "universal_credit", True),
    ("haven't got a job and on UC since march", "universal_credit", True),
    ("not claiming anything and working part time in a shop", "employment_status", "employed"),
    ("no GCSEs and I am on universal credit", "universal_credit", True),
    ("never been to college and i have a level 3 in business", "qualification_level", 3),
])
def test_a_negation_stays_in_its_own_clause(understanding, text, slot, value):
    assert said(understanding, text).get(slot) == value


@pytest.mark.parametrize("text, slot, value", [
    ("no GCSEs or A levels", "qualification_level", 0),
    ("not on UC and not working", "universal_credit", False),
    ("no job and no benefits", "universal_credit", False),
])
def test_a_negation_still_covers_what_it_lists(understanding, text, slot, value):
    assert said(understanding, text).get(slot) == value


def test_a_new_negation_in_the_second_clause_is_its_own(understanding):
    facts = said(understanding, "out of work and not on universal credit")
    assert facts["employment_status"] == "unemployed"
    assert facts["universal_credit"] is False


def test_someone_elses_clause_ends_where_the_resident_speaks_of_themselves(understanding):
    facts = said(understanding, "my wife works and I'm on UC")
    assert facts.get("universal_credit") is True
    assert "employment_status" not in facts  # her job is hers
