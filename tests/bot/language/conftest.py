"""The understanding over the small test gazetteer, built once per module that asks for it."""

from pathlib import Path

import pytest

from bot.language import nlp as pipeline
from bot.language.places import Gazetteer
from bot.language.understanding import Understanding

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "gazetteer_small.yml"


@pytest.fixture(scope="module")
def understanding() -> Understanding:
    gazetteer = Gazetteer.load(FIXTURE)
    return Understanding(pipeline.create_nlp(gazetteer), gazetteer)


@pytest.fixture
def today_is_7_december_2026(monkeypatch):
    """Ages from a date of birth are counted from a fixed day, so the tests read the same next year."""
    import datetime as dt

    from bot.language import numbers

    class Today(dt.date):
        @classmethod
        def today(cls):
            return dt.date(2026, 12, 7)

    monkeypatch.setattr(numbers.dt, "date", Today)
