"""`python -m bot pathways ...`, run in-process through main(argv) with a temporary database."""

from __future__ import annotations

import json

import pytest

from bot import __main__ as entry
from bot.pathways import pathways_cli
from bot.settings import Settings


@pytest.fixture
def settings(tmp_path, small_catalogue_path) -> Settings:
    return Settings.from_env({
        "WAYMARK_VAR_DIR": str(tmp_path / "var"),
        "WAYMARK_DATABASE_URL": f"sqlite:///{tmp_path / 'var' / 'waymark.db'}",
        "WAYMARK_CATALOGUE": str(small_catalogue_path),
    })


@pytest.fixture
def broken_catalogue(tmp_path, small_catalogue_path):
    path = tmp_path / "broken.yml"
    text = small_catalogue_path.read_text()
    path.write_text(text.replace("kind: hnc", "kind: hnd").replace("locations: [Sandwell]", "locations: [Sandwel]"))
    return path


def run(capsys, settings, *argv):
    code = pathways_cli.main(list(argv), settings)
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_prints_ok_with_count_version_and_hash(capsys, settings):
    code, out, _ = run(capsys, settings, "validate")
    assert code == 0
    assert out.startswith(f"OK: {settings.catalogue_path}: 17 pathways, version test.1, sha256:")


def test_validate_lists_every_problem_and_fails(capsys, settings, broken_catalogue):
    code, out, err = run(capsys, settings, "validate", str(broken_catalogue))
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{broken_catalogue}: entry 'bootcamp-cyber-sandwell' (line ")
    assert "field locations: unknown local authority 'Sandwel' (did you mean 'Sandwell'?)" in lines[0]
    assert lines[1].startswith(f"{broken_catalogue}: entry 'hnc-computing-walsall' (line ")
    assert "field kind: unknown kind 'hnd'" in lines[1]
    assert "2 problems" in err
    assert "Traceback" not in out + err


def test_load_creates_the_database_and_reports_what_it_loaded(capsys, settings):
    code, out, _ = run(capsys, settings, "load")
    assert code == 0
    assert out.startswith("Loaded 17 pathways, version test.1, sha256:")
    assert (settings.var_dir / "waymark.db").exists()


def test_a_bad_catalogue_is_not_loaded_and_the_live_one_stays(capsys, settings, broken_catalogue):
    run(capsys, settings, "load")
    code, _, err = run(capsys, settings, "load", str(broken_catalogue))
    assert code == 1
    assert "the live catalogue is unchanged" in err
    code, out, _ = run(capsys, settings, "match", "--age", "45", "--local-authority", "Walsall")
    assert code == 0
    assert "Catalogue test.1" in out
    assert "HNC in Computing" in out


def test_match_prints_ranked_results_with_reasons_near_misses_and_the_catalogue(capsys, settings):
    run(capsys, settings, "load")
    code, out, _ = run(capsys, settings, "match", "--age", "45", "--local-authority", "Walsall",
                       "--background", "displaced_worker", "--employment-status", "employed", "--income", "18000",
                       "--qualification-level", "2", "--interest", "data", "--availability", "evenings_weekends",
                       "--universal-credit", "yes")
    assert code == 0
    assert "Catalogue test.1 (sha256:" in out
    assert "1. Data Analytics Bootcamp (evenings)" in out
    assert "+ it is for people who live in Walsall, like you" in out
    assert "Near misses (one rule away):" in out
    assert "It is full time only. If you could study full time, this would open to you." in out


def test_match_json_is_the_chat_payload(capsys, settings):
    run(capsys, settings, "load")
    code, out, _ = run(capsys, settings, "match", "--age", "30", "--local-authority", "leicester", "--json")
    assert code == 0
    payload = json.loads(out)
    assert payload["type"] == "pathway_recommendations"
    assert payload["catalogue_version"] == "test.1"
    assert payload["scope"] == "outside_area"
    assert [p["id"] for p in payload["pathways"]] == ["national-careers-service", "women-in-tech-online"]


def test_local_authority_names_are_matched_without_case(capsys, settings):
    run(capsys, settings, "load")
    code, out, _ = run(capsys, settings, "match", "--local-authority", "walsall", "--json")
    assert code == 0
    assert json.loads(out)["scope"] == "wmca"


def test_free_text_places_resolve_through_the_gazetteer(capsys, settings):
    pytest.importorskip("bot.language.places")
    if not settings.gazetteer_path.exists():
        pytest.skip("the gazetteer has not been written yet")
    run(capsys, settings, "load")
    code, out, _ = run(capsys, settings, "match", "--age", "30", "--local-authority", "West Brom")
    assert code == 0
    assert "local_authority=Sandwell" in out


def test_every_option_is_optional(capsys, settings):
    run(capsys, settings, "load")
    code, out, _ = run(capsys, settings, "match")
    assert code == 0
    assert "Scope: area_unknown" in out
    assert "Worth asking next: local_authority, age" in out


@pytest.mark.parametrize("argv, words", [
    (("--income", "lots"), "annual_income: 'lots' is not an amount"),
    (("--universal-credit", "maybe"), "universal_credit: 'maybe' is not yes or no"),
    (("--qualification-level", "9"), "qualification_level: 9 is outside 0-8"),
    (("--limit", "0"), "--limit must be at least 1"),
])
def test_bad_values_are_friendly_errors(capsys, settings, argv, words):
    run(capsys, settings, "load")
    code, out, err = run(capsys, settings, "match", *argv)
    assert code == 1
    assert words in err
    assert "Traceback" not in err


def test_match_before_any_load_says_what_to_do(capsys, settings):
    code, _, err = run(capsys, settings, "match", "--age", "30")
    assert code == 1
    assert "no catalogue is loaded" in err
    assert "python -m bot pathways load" in err


def test_unknown_option_values_are_refused_by_argparse(capsys, settings):
    with pytest.raises(SystemExit) as exited:
        pathways_cli.main(["match", "--interest", "knitting"], settings)
    assert exited.value.code == 2


def test_without_the_gazetteer_a_near_miss_spelling_is_questioned(capsys, settings, tmp_path):
    no_gazetteer = Settings.from_env({"WAYMARK_GAZETTEER": str(tmp_path / "none.yml"),
                                      "WAYMARK_DATABASE_URL": settings.database_url,
                                      "WAYMARK_CATALOGUE": str(settings.catalogue_path)})
    run(capsys, no_gazetteer, "load")
    code, _, err = run(capsys, no_gazetteer, "match", "--local-authority", "Wolverhamton")
    assert code == 1
    assert "did you mean 'Wolverhampton'?" in err


def test_database_errors_never_print_the_password(capsys, settings):
    code, _, err = run(capsys, settings, "load", "--database-url", "postgresql://waymark:s3cret@127.0.0.1:1/x")
    assert code == 1
    assert "s3cret" not in err
    assert "Traceback" not in err


# --- python -m bot ---------------------------------------------------------------------------------


def test_module_entry_dispatches_pathways(capsys, small_catalogue_path):
    assert entry.main(["pathways", "validate", str(small_catalogue_path)]) == 0
    assert capsys.readouterr().out.startswith("OK: ")


def test_module_entry_without_a_command_prints_usage(capsys):
    assert entry.main([]) == 2
    assert "pathways validate|load|match" in capsys.readouterr().out


def test_module_entry_rejects_unknown_commands(capsys):
    assert entry.main(["catalog"]) == 2
    assert "unknown command 'catalog'" in capsys.readouterr().err


def test_the_real_module_runs(tmp_path, small_catalogue_path):
    """One subprocess run, to prove `python -m bot` itself works (the rest run in-process)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "bot", "pathways", "validate", str(small_catalogue_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("OK: ")


def test_a_reload_that_reopens_a_pathway_hands_old_and_new_statuses_to_notify(
    capsys, settings, small_catalogue_path, tmp_path, monkeypatch
):
    calls = []
    monkeypatch.setattr(pathways_cli, "tell_opened",
                        lambda s, old, new: calls.append((s.database_url, old, new)) or ["sent"])
    run(capsys, settings, "load")
    assert calls[0][1] == {}, "the first load has no previous catalogue"
    reopened = tmp_path / "reopened.yml"
    reopened.write_text(small_catalogue_path.read_text().replace("status: closed", "status: open"))
    code, out, _ = run(capsys, settings, "load", str(reopened))
    assert code == 0
    database_url, before, after = calls[-1]
    assert database_url == settings.database_url
    was_closed = [pid for pid, status in before.items() if status == "closed"]
    assert was_closed and all(p.status == "open" for p in after.pathways if p.id in was_closed)
    assert "Told 1 waiting resident(s)" in out


def test_load_with_no_notify_tells_nobody(capsys, settings, monkeypatch):
    monkeypatch.setattr(pathways_cli, "tell_opened", lambda *a: pytest.fail("notified"))
    code, _, _ = run(capsys, settings, "load", "--no-notify")
    assert code == 0


def test_validate_warns_about_entries_not_checked_for_longer_than_the_configured_age(capsys, settings,
                                                                                     small_catalogue_path):
    import dataclasses
    strict = dataclasses.replace(settings, catalogue_stale_days=1)  # the fixture was checked in 2026-11
    code, out, _ = run(capsys, strict, "validate", str(small_catalogue_path))
    assert code == 0
    assert "warning: entry 'bootcamp-data-walsall-evenings': last verified 2026-11-01" in out
    assert "(more than 1)" in out


def test_stale_age_comes_from_the_environment():
    from bot.settings import Settings
    assert Settings.from_env({}).catalogue_stale_days == 180
    assert Settings.from_env({"WAYMARK_CATALOGUE_STALE_DAYS": "90"}).catalogue_stale_days == 90
