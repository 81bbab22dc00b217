"""The service area asked about beside their own town, a relation's age before "dunno what to do", a birth year
written short after its month, and mending phones and computers said as a trade."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("said, place", [
    ("Is this only for Birmingham? I'm in Lichfield, 30, work in retail", "Lichfield"),
    ("hey is this just for walsall? im in manchester, after a cyber security bootcamp", "Manchester"),
    ("hiya do u only do birmingham or is stoke on trent ok? im 23 n wanna learn to code", "Stoke-on-Trent")])
def test_the_area_asked_about_is_not_home_beside_the_town_they_are_in(understanding, said, place):
    assert facts(understanding, said)["local_authority"] == place


def test_living_only_somewhere_is_still_home(understanding):
    assert facts(understanding, "I only live in Walsall since june")["local_authority"] == "Walsall"


def test_a_relations_age_before_not_knowing_what_to_do_is_who_is_asked_for(understanding):
    found = facts(understanding, "my nephew 18 dunno what to do wiv himself. done btec level 2 IT")
    assert (found["asking_for"], found["age"]) == ("he", 18)


def test_a_birth_year_written_short_after_its_month_gives_the_age(understanding, today_is_7_december_2026):
    assert facts(understanding, "I'm wondering if I'm too old to retrain. Born May '73, live in Walsall.")["age"] == 53


@pytest.mark.parametrize("said", ["In my country I repair phones and computers in small shop and I want this job in UK also.",
                                  "In Afghanistan I also fixed the computers on the base, I want to do this job here."])
def test_mending_phones_and_computers_is_it_support(understanding, said):
    assert facts(understanding, said)["interest"] == "it_support"
