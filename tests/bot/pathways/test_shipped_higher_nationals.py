"""The shipped catalogue's Higher Nationals (HNC/HND): Pearson accredits them for learners aged 18 and over,
so a school leaver of 16 or 17 is not recommended one, and an adult near one still is."""

from pathlib import Path

import pytest

from bot.db import create_schema, make_engine, session_factory
from bot.dialogue.profile import Profile
from bot.pathways.catalogue import load_catalogue
from bot.pathways.catalogue_store import load
from bot.pathways.matching import match
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[3]
HIGHER_NATIONALS = ("hnd-computing-halesowen-college", "hnc-hnd-computing-shrewsbury-colleges-group",
                    "hnc-computing-heart-of-worcestershire")


@pytest.fixture(scope="module")
def shipped():
    engine = make_engine("sqlite://")
    create_schema(engine)
    sessions = session_factory(engine)
    with sessions.begin() as session:
        load(session, load_catalogue(ROOT / "pathways.yml"), "shipped", today=TODAY)
    yield sessions
    engine.dispose()


def _shown(sessions, **facts):
    with sessions() as session:
        result = match(session, Profile.from_mapping(facts), limit=50, near_miss_limit=50, today=TODAY)
    return [r.pathway.id for r in result.recommendations], [n.pathway.id for n in result.near_misses]


@pytest.mark.parametrize("age", [16, 17])
@pytest.mark.parametrize("place", ["Dudley", "Shropshire", "Worcestershire"])
def test_a_school_leaver_under_18_is_not_recommended_a_higher_national(shipped, age, place):
    recommended, _ = _shown(shipped, age=age, local_authority=place, qualification_level=2)
    assert not set(recommended) & set(HIGHER_NATIONALS)


def test_an_adult_near_a_higher_national_is_still_recommended_it(shipped):
    recommended, _ = _shown(shipped, age=19, local_authority="Dudley", qualification_level=3)
    assert "hnd-computing-halesowen-college" in recommended
