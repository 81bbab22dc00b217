"""Where an editor of pathways.yml is told to look for local authority names is one place, and it
lists exactly the names the validator accepts."""

import yaml

from bot.language import vocab
from bot.settings import ROOT
from bot.pathways.validator import CatalogueError, read_yaml, validate

GAZETTEER = "bot/data/gazetteer.yml"


def test_the_gazetteer_the_catalogue_points_to_lists_exactly_the_names_the_validator_accepts():
    header = (ROOT / "pathways.yml").read_text(encoding="utf-8").split("\nversion", 1)[0]
    assert GAZETTEER in header
    keys = yaml.safe_load((ROOT / GAZETTEER).read_text(encoding="utf-8"))["local_authorities"]
    assert set(keys) == set(vocab.LOCAL_AUTHORITIES)


def test_an_unknown_local_authority_points_the_editor_to_the_same_file_as_the_header():
    data, node = read_yaml((ROOT / "pathways.yml").read_text(encoding="utf-8"), "pathways.yml")
    data["pathways"][0]["locations"] = ["Sandwel"]
    try:
        validate(data, "pathways.yml")
    except CatalogueError as error:
        (problem,) = [p for p in error.problems if p.field == "locations"]
        assert GAZETTEER in problem.message and "did you mean 'Sandwell'" in problem.message
    else:
        raise AssertionError("an unknown local authority was accepted")
