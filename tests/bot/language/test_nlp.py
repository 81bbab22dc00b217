"""The spaCy pipeline: build to a path, load it from the path, run it."""

import json
from pathlib import Path

import pytest

from bot.language import nlp as pipeline
from bot.language.places import Gazetteer, GazetteerError
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
FIXTURE = ROOT / "tests" / "fixtures" / "gazetteer_small.yml"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return pipeline.build(FIXTURE, tmp_path_factory.mktemp("spacy") / "waymark_en")


def test_build_writes_meta_with_gazetteer_version_and_hash(built):
    meta = json.loads((built / "meta.json").read_text())
    assert meta["name"] == "waymark_en"
    assert meta["pipeline"] == ["waymark_normalizer", "entity_ruler"]
    assert meta["waymark"]["gazetteer_version"] == "test.1"
    assert meta["waymark"]["inputs_hash"].startswith("sha256:")
    assert meta["waymark"]["inputs_hash"] == pipeline.inputs_hash(Gazetteer.load(FIXTURE))


def test_loaded_pipeline_normalises_and_finds_places_and_facts(built):
    nlp = pipeline.load(built)
    doc = nlp("im 22 n on UC in sandwell, wanna do part-time coding")
    norms = [t.norm_ for t in doc]
    assert norms[:4] == ["i", "am", "22", "and"]
    ents = {(e.text, e.label_, e.ent_id_) for e in doc.ents}
    assert ("sandwell", "PLACE", "Sandwell") in ents
    assert ("on UC", "FACT", "universal_credit=true") in ents
    assert ("part-time", "FACT", "availability=part_time") in ents
    assert ("coding", "FACT", "interest=coding") in ents


def test_tokenizer_splits_numbers_from_units(built):
    nlp = pipeline.load(built)
    assert [t.text for t in nlp("on 11k, 45yrs, 300pw")] == ["on", "11", "k", ",", "45", "yrs", ",", "300", "pw"]


def test_ignore_patterns_shield_fact_words(built):
    doc = pipeline.load(built)("I work as a security guard doing data entry")
    assert {e.label_ for e in doc.ents} == {"IGNORE", "FACT"}  # "i work as" is a fact, the rest shields
    assert not any(e.ent_id_.startswith("interest") for e in doc.ents)


def test_rebuild_replaces_atomically(tmp_path):
    out = tmp_path / "p"
    pipeline.build(FIXTURE, out)
    (out / "stale-marker").write_text("x")
    pipeline.build(FIXTURE, out)
    assert not (out / "stale-marker").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["p"]  # no staging or retired dirs left


def test_bad_gazetteer_leaves_old_build(tmp_path):
    out = pipeline.build(FIXTURE, tmp_path / "p")
    bad = tmp_path / "bad.yml"
    bad.write_text("version: '1'\nlocal_authorities: {Atlantis: {}}\n")
    with pytest.raises(GazetteerError):
        pipeline.build(bad, out)
    assert pipeline.info(out)["gazetteer_version"] == "test.1"


def test_load_missing_says_make_nlp(tmp_path):
    with pytest.raises(pipeline.PipelineMissing, match="make nlp"):
        pipeline.load(tmp_path / "nowhere")


def test_main_build_and_info(tmp_path, capsys):
    out = tmp_path / "cli"
    assert pipeline.main(["build", "--out", str(out), "--gazetteer", str(FIXTURE)]) == 0
    assert "Built" in capsys.readouterr().out
    assert pipeline.main(["nlp", "info", "--path", str(out)]) == 0
    assert '"gazetteer_version": "test.1"' in capsys.readouterr().out
    assert pipeline.main(["build", "--out", str(out), "--gazetteer", str(tmp_path / "no.yml")]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_default_output_comes_from_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("WAYMARK_SPACY_MODEL", str(tmp_path / "from-env"))
    monkeypatch.setenv("WAYMARK_GAZETTEER", str(FIXTURE))
    assert pipeline.build(Settings.from_env()) == tmp_path / "from-env"
    assert (tmp_path / "from-env" / "meta.json").is_file()


def test_stale_pipeline_is_reported(built, tmp_path):
    assert pipeline.stale_reason(built, Gazetteer.load(FIXTURE)) is None
    changed = tmp_path / "g.yml"
    changed.write_text(FIXTURE.read_text().replace("[hillmorton, wolvey]", "[hillmorton, wolvey, bilton]"))
    reason = pipeline.stale_reason(built, Gazetteer.load(changed))
    assert reason and "make nlp" in reason
