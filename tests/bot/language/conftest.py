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
