"""`python -m bot pathways import`: a Find a Course export becomes catalogue entries with our own rules,
what cannot be mapped is reported per course, and the result is validated like any load."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from bot.pathways import pathways_cli
from bot.pathways import pathway_families as fam
from bot.pathways import pathway_import as imp
from bot.pathways.catalogue import parse_catalogue
from bot.language.places import Gazetteer
from bot.settings import ROOT, Settings

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "findacourse_export.json"
EXPORTED = dt.date(2026, 11, 30)
EDS, EDS_EVENING, ESOL, LEVEL3, HNC, PLUMBING, NO_VENUE = (
    f"0b7a6f0e-1c2d-4e5f-8a9b-00000000000{n}" for n in range(1, 8))


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(ROOT / "bot" / "data" / "gazetteer.yml")


@pytest.fixture(scope="module")
def export() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def imported(export, gazetteer) -> imp.ImportResult:
    return imp.import_runs(export["courseRuns"], EXPORTED, FIXTURE.name, gazetteer)


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings.from_env({"WAYMARK_VAR_DIR": str(tmp_path / "var")})


def entry(result: imp.ImportResult, run_id: str) -> dict:
    return next(e for e in result.entries if e["id"] == f"fac-{run_id.lower()}")


def run(capsys, settings, *argv):
    code = pathways_cli.main([str(a) for a in argv], settings)
    out, err = capsys.readouterr()
    return code, out, err


def one_run(export: dict, run_id: str, **changes) -> dict:
    run_ = copy.deepcopy(next(r for r in export["courseRuns"]
                              if str(r.get("courseRunId") or r.get("CourseRunId")).lower() == run_id))
    run_.pop("alternativeCourseRuns", None)
    for key, value in changes.items():
        run_[key] = value
    return run_


# ---- the fixture, course by course ----------------------------------------------------------------
@pytest.mark.parametrize("run_id, kind, level, topics, schedule, delivery, locations, venues", [
    (EDS, "essential_digital_skills", 0, ["general_digital"], ["part_time"], "in_person", ["Walsall"],
     [{"town": "Walsall", "postcode_district": "WS1"}]),
    (EDS_EVENING, "essential_digital_skills", 0, ["general_digital"], ["evenings_weekends"], "in_person",
     ["Walsall"], [{"town": "Walsall", "postcode_district": "WS1"}]),
    (ESOL, "esol", 0, [], ["part_time"], "in_person", ["Sandwell"],
     [{"town": "West Bromwich", "postcode_district": "B70"}]),
    (LEVEL3, "course", 3, ["data", "it_support"], ["part_time", "evenings_weekends"], "online", [], []),
    (HNC, "hnc", 4, ["general_digital"], ["part_time"], "in_person", ["Coventry"],
     [{"town": "Coventry", "postcode_district": "CV1"}]),
])
def test_each_fixture_course_maps_to_its_family_schedule_and_place(imported, run_id, kind, level, topics,
                                                                   schedule, delivery, locations, venues):
    e = entry(imported, run_id)
    assert (e["kind"], e["level"], e["topics"], e["schedule"], e["delivery"]) == (kind, level, topics, schedule,
                                                                                 delivery)
    assert (e["locations"], e["venues"]) == (locations, venues)
    assert e["last_verified"] == EXPORTED
    assert e["status"] is None  # a listing never says "open for applications"


@pytest.mark.parametrize("run_id, rules, sources", [
    (EDS, {"min_age": 19}, {"min_age": fam.ASF_FACTSHEET}),
    (ESOL, {"min_age": 19, "english_levels": ["none", "basic", "intermediate"]},
     {"min_age": fam.ESOL_AGE_SOURCE, "english_levels": fam.ESOL_LEVELS_SOURCE}),
    (LEVEL3, {"min_age": 19}, {"min_age": fam.ASF_FACTSHEET}),
    (HNC, {}, {}),
])
def test_eligibility_is_our_family_rules_with_their_sources_never_the_exports(imported, run_id, rules, sources):
    assert entry(imported, run_id)["eligibility"] == {**rules, "region": "national", "sources": sources}


def test_family_rules_are_those_of_the_hand_kept_entries_of_the_same_family():
    hand = {p["id"]: p["eligibility"] for p in yaml.safe_load((ROOT / "pathways.yml").read_text())["pathways"]}
    assert hand["essential-digital-skills-qualifications"]["sources"] == fam.FAMILIES[
        "essential_digital_skills"].sources
    assert hand["free-courses-for-jobs-level-3"]["sources"]["min_age"] == fam.FAMILIES[
        "level3_digital"].sources["min_age"]
    assert hand["esol-adult-skills-fund"]["english_levels"] == list(fam.FAMILIES["esol"].rules["english_levels"])


def test_the_words_a_resident_reads_come_from_the_export_or_say_ask(imported):
    eds, esol, level3 = (entry(imported, r) for r in (EDS, ESOL, LEVEL3))
    assert eds["entry_requirements"] == "No qualifications needed: you will have a short assessment first."
    assert eds["attendance"] == "Part-time, Daytime, 12 weeks"
    assert eds["cost"] == 0 and eds["cost_description"].startswith("Free for adults 19+")
    assert eds["funding_body"].startswith("Adult Skills Fund")
    assert esol["entry_requirements"] == "Not stated: ask the provider"
    assert (esol["cost"], esol["cost_description"]) == (None, "Ask the provider")
    assert esol["summary"] == ("ESOL Skills for Life (Speaking and Listening) (Entry 2), with Example Sandwell "
                               "College.")
    assert level3["cost"] == 1450.5 and level3["cost_description"].endswith("an Advanced Learner Loan can pay for it")
    assert level3["funding_body"] is None  # the export did not say who pays
    assert level3["course_url"] == "https://www.example.ac.uk/courses/level-3-it-data"  # a bare domain, made a link
    assert level3["source"] == (f"https://www.example.ac.uk/courses/level-3-it-data; Find a Course export "
                                f"{FIXTURE.name}, 2026-11-30")


def test_start_dates_only_where_the_export_gives_a_future_one(imported):
    assert entry(imported, EDS)["next_cohort"] == dt.date(2027, 1, 11)
    assert "next_cohort" not in entry(imported, EDS_EVENING)  # flexible start date
    assert "next_cohort" not in entry(imported, ESOL)  # 2026-09-07 had passed at export
    assert any(g.course == ESOL and g.field == "startDate" and not g.skipped for g in imported.gaps)


def test_unmappable_courses_are_reported_with_field_and_reason_not_guessed(imported):
    skipped = {g.course: g for g in imported.gaps if g.skipped}
    assert set(skipped) == {PLUMBING, NO_VENUE}
    assert skipped[PLUMBING].field == "family" and "not one of our programme families" in skipped[PLUMBING].reason
    assert skipped[NO_VENUE].field == "venue" and "no venue town" in skipped[NO_VENUE].reason
    assert str(skipped[NO_VENUE]).startswith(f"skipped {NO_VENUE} (Level 3 Diploma in Cyber Security): venue: ")
    assert {e["id"] for e in imported.entries}.isdisjoint({f"fac-{PLUMBING}", f"fac-{NO_VENUE}"})


# ---- mappings, table by table ---------------------------------------------------------------------
@pytest.mark.parametrize("study, attend, expected", [
    ("fulltime", "daytime", ("full_time",)),
    ("fulltime", None, ("full_time",)),
    ("parttime", "daytime", ("part_time",)),
    ("parttime", "dayorblockrelease", ("part_time",)),
    ("parttime", "evening", ("evenings_weekends",)),
    ("parttime", "weekend", ("evenings_weekends",)),
    ("parttime", None, ("part_time",)),
    ("flexible", None, ("part_time", "evenings_weekends")),
    ("flexible", "evening", ("evenings_weekends",)),
    (None, "evening", ("evenings_weekends",)),
    (None, "daytime", None),
    (None, None, None),
])
def test_study_mode_and_attendance_pattern_give_our_schedule(study, attend, expected):
    assert fam.schedule_for(study, attend) == expected


@pytest.mark.parametrize("title, level, sector, family", [
    ("Essential Digital Skills Qualification (Entry 3)", 0, "", "essential_digital_skills"),
    ("Essential Digital Skills (Level 1)", 1, "", "essential_digital_skills"),
    ("Essential Digital Skills (Level 1)", None, "", None),  # no level: not guessed
    ("ESOL Skills for Life (Entry 1)", 0, "", "esol"),
    ("English for Speakers of Other Languages Level 2", 2, "", "esol"),
    ("ESOL Level 3 teaching certificate", 3, "", None),
    ("Level 3 Diploma in Software Development", 3, "", "level3_digital"),
    ("Level 3 Extended Diploma", 3, "Information and Communication Technology", "level3_digital"),
    ("Level 3 Diploma in Health and Social Care", 3, "Health, Public Services and Care", None),
    ("Pearson BTEC HNC in Computing", 4, "", "hnc_digital"),
    ("Higher National Diploma in Cyber Security", 5, "", "hnc_digital"),
    ("HNC in Construction", 4, "Construction, Planning and the Built Environment", None),
    ("Level 2 Diploma in Plumbing Studies", 2, "", None),
    ("Level 2 Certificate in IT User Skills", 2, "", None),  # digital, but no family of ours at level 2
])
def test_programme_family_from_title_level_and_sector(title, level, sector, family):
    found = fam.family_of(title, level, sector)
    assert (found.name if found else None) == family


@pytest.mark.parametrize("mode, delivery", [(1, "in_person"), ("ClassroomBased", "in_person"),
                                            ("Classroom based", "in_person"), (2, "online"), ("Online", "online"),
                                            (3, "in_person"), ("WorkBased", "in_person")])
def test_delivery_mode_numbers_names_and_descriptions_map_to_ours(export, gazetteer, mode, delivery):
    result = imp.import_runs([one_run(export, EDS, deliveryMode=mode)], EXPORTED, "x.json", gazetteer)
    assert [e["delivery"] for e in result.entries] == [delivery]


@pytest.mark.parametrize("mode", [0, "Undefined", 9, "BlendedLearning", None])
def test_an_unknown_delivery_mode_is_reported_not_guessed(export, gazetteer, mode):
    result = imp.import_runs([one_run(export, EDS, deliveryMode=mode)], EXPORTED, "x.json", gazetteer)
    assert result.entries == []
    assert [(g.field, g.skipped) for g in result.gaps] == [("deliveryMode", True)]


@pytest.mark.parametrize("venue, locations, venues, skipped_because", [
    ({"town": "Walsall", "postcode": "WS1 9ZZ"}, ["Walsall"], [{"town": "Walsall", "postcode_district": "WS1"}], None),
    ({"town": "West Bromwich", "postcode": "b70 9zz"}, ["Sandwell"],
     [{"town": "West Bromwich", "postcode_district": "B70"}], None),
    ({"town": "Telford", "postcode": "TF1 9ZZ"}, ["Telford and Wrekin"],
     [{"town": "Telford", "postcode_district": "TF1"}], None),
    ({"town": "Sutton Coldfield"}, ["Birmingham"], [{"town": "Sutton Coldfield", "postcode_district": None}], None),
    ({"town": "Manchester", "postcode": "M1 9ZZ"}, None, None, "outside the service area"),
    ({"town": "Walsall", "postcode": "CV1 9ZZ"}, None, None, "different council areas"),
    ({"town": "Walsall", "postcode": "M1 9ZZ"}, None, None, "different council areas"),
    ({"town": "Manchester", "postcode": "WS1 9ZZ"}, None, None, "different council areas"),
    ({"town": "Walsall", "postcode": "WS1 9ZZ"}, ["Walsall"], [{"town": "Walsall", "postcode_district": "WS1"}],
     None),
    ({"town": "Nowhereton"}, None, None, "not a place the gazetteer knows"),
    ({"venueName": "Main campus"}, None, None, "no venue town"),
    (None, None, None, "no venue town"),
])
def test_venue_town_and_postcode_district_give_the_local_authority(export, gazetteer, venue, locations, venues,
                                                                    skipped_because):
    result = imp.import_runs([one_run(export, EDS, venue=venue)], EXPORTED, "x.json", gazetteer)
    if skipped_because is None:
        assert (result.entries[0]["locations"], result.entries[0]["venues"]) == (locations, venues)
    else:
        assert result.entries == []
        assert [g.field for g in result.gaps] == ["venue"] and skipped_because in result.gaps[0].reason


def test_a_full_postcode_is_never_stored_only_its_district(imported):
    text = imp.render(imported.entries, "t", EXPORTED, "header")
    assert "9ZZ" not in text and "9zz" not in text
    assert "postcode_district: WS1" in text


@pytest.mark.parametrize("value, level", [("E", 0), ("e", 0), ("0", 0), ("1", 1), ("3", 3), (4, 4), ("8", 8),
                                          ("9", None), ("X", None), ("H", None), (None, None), ("", None)])
def test_qualification_level_from_the_lars_notation(value, level):
    assert imp._level(value) == level


@pytest.mark.parametrize("unit, value, weeks", [(2, 12, 12), ("Weeks", 30, 30), (4, 2, 104), (3, 6, 26),
                                                (1, 14, 2), (5, 360, None), (0, 10, None), (2, None, None)])
def test_duration_in_weeks_only_from_calendar_units(export, gazetteer, unit, value, weeks):
    result = imp.import_runs([one_run(export, EDS, durationUnit=unit, durationValue=value)], EXPORTED, "x.json",
                             gazetteer)
    assert result.entries[0]["duration_weeks"] == weeks


def test_alternative_runs_become_entries_of_their_own_with_the_shared_course_facts(imported):
    main, evening = entry(imported, EDS), entry(imported, EDS_EVENING)
    assert evening["provider"] == main["provider"] and evening["qualification"] == main["qualification"]
    assert evening["attendance"] == "Part-time, Evening, 12 weeks, flexible start date"


def test_a_run_listed_twice_is_imported_once_and_reported(export, gazetteer):
    twice = [one_run(export, ESOL), one_run(export, ESOL)]
    result = imp.import_runs(twice, EXPORTED, "x.json", gazetteer)
    assert len(result.entries) == 1
    assert [g.reason for g in result.gaps if g.skipped] == ["listed twice in the export: kept the first"]


# ---- the command: validation, determinism, merging, bad input --------------------------------------
def test_import_writes_a_catalogue_that_validates_and_reports_what_it_left_out(capsys, settings, tmp_path):
    out, report = tmp_path / "imported.yml", tmp_path / "report.txt"
    code, stdout, err = run(capsys, settings, "import", FIXTURE, "--out", out, "--report", report)
    assert code == 0, err
    catalogue = parse_catalogue(out.read_text(encoding="utf-8"), str(out))
    assert len(catalogue.pathways) == 5 and catalogue.version == "fac.20261130"
    assert catalogue.updated == EXPORTED
    written = report.read_text(encoding="utf-8")
    assert f"skipped {PLUMBING} (Level 2 Diploma in Plumbing Studies): family:" in written
    assert f"skipped {NO_VENUE} (Level 3 Diploma in Cyber Security): venue:" in written
    assert "7 course runs: 5 mapped, 5 written, 2 left out, 0 kept by hand" in written
    assert written.strip() in err  # the same lines on stderr
    assert stdout == ""


def test_importing_twice_gives_identical_bytes_whatever_the_order_of_the_runs(capsys, settings, tmp_path, export):
    first, second = tmp_path / "a.yml", tmp_path / "b.yml"
    (tmp_path / "again").mkdir()
    shuffled = tmp_path / "again" / FIXTURE.name  # the file name is written into each entry's source
    shuffled.write_text(json.dumps({**export, "courseRuns": export["courseRuns"][::-1]}), encoding="utf-8")
    assert run(capsys, settings, "import", FIXTURE, "--out", first)[0] == 0
    assert run(capsys, settings, "import", shuffled, "--out", second)[0] == 0
    assert first.read_bytes() == second.read_bytes()
    assert b"&id0" not in first.read_bytes()  # written for people: no YAML anchors and aliases
    assert run(capsys, settings, "import", FIXTURE)[1].encode() == first.read_bytes()  # stdout, same bytes


def test_merging_keeps_hand_kept_entries_and_they_win_an_id_collision(capsys, settings, tmp_path):
    hand = yaml.safe_load((ROOT / "pathways.yml").read_text(encoding="utf-8"))
    taken_over = copy.deepcopy(hand["pathways"][0])
    taken_over["id"], taken_over["title"] = f"fac-{HNC}", "Taken over by the skills team"
    hand["pathways"].append(taken_over)
    hand_path, out = tmp_path / "pathways.yml", tmp_path / "merged.yml"
    hand_path.write_text(yaml.safe_dump(hand, sort_keys=False, allow_unicode=True), encoding="utf-8")

    code, _, err = run(capsys, settings, "import", FIXTURE, "--merge-with", hand_path, "--out", out)
    assert code == 0, err
    merged = parse_catalogue(out.read_text(encoding="utf-8"), str(out))
    ids = [p.id for p in merged.pathways]
    assert ids[:len(hand["pathways"])] == [p["id"] for p in hand["pathways"]]  # hand-kept first, in file order
    assert ids[len(hand["pathways"]):] == sorted(ids[len(hand["pathways"]):])  # then imported, sorted
    assert len(ids) == len(hand["pathways"]) + 4 and len(set(ids)) == len(ids)
    assert merged.get(f"fac-{HNC}").title == "Taken over by the skills team"
    assert f"skipped fac-{HNC} (HNC in Digital Technologies (part time)): id: pathways.yml has an entry with this " \
           "id: kept the hand-kept one" in err
    assert merged.version == f"{hand['version']}+fac.20261130"
    assert "5 mapped, 4 written, 2 left out, 1 kept by hand" in err


def test_merging_with_an_invalid_hand_kept_file_writes_nothing(capsys, settings, tmp_path):
    bad, out = tmp_path / "bad.yml", tmp_path / "merged.yml"
    bad.write_text((ROOT / "pathways.yml").read_text(encoding="utf-8").replace("kind: hnc", "kind: hnd", 1))
    code, stdout, err = run(capsys, settings, "import", FIXTURE, "--merge-with", bad, "--out", out)
    assert code == 1 and not out.exists()
    assert "field kind: unknown kind 'hnd'" in stdout and "not imported" in err


def test_an_import_that_does_not_validate_fails_with_the_validators_errors(capsys, settings, tmp_path, export):
    nothing = tmp_path / "nothing.json"
    nothing.write_text(json.dumps({"exportDate": "2026-11-30", "courseRuns": [one_run(export, PLUMBING)]}))
    code, stdout, err = run(capsys, settings, "import", nothing, "--out", tmp_path / "out.yml")
    assert code == 1 and not (tmp_path / "out.yml").exists()
    assert "field pathways: missing or empty" in stdout
    assert "not written" in err


@pytest.mark.parametrize("content, argv, message", [
    ("{not json", (), "is not valid JSON"),
    ('{"courseRuns": []}', (), "does not say when it was exported"),
    ('{"exportDate": "30/11/2026", "courseRuns": []}', (), "is not a date"),
    ('{"exportDate": "2026-11-30", "courseRuns": [1]}', (), "expected"),
    ('{"exportDate": "2026-11-30", "courseRuns": []}', ("--export-date", "2026-11-01"), "not 2026-11-01"),
])
def test_bad_exports_get_a_plain_error_not_a_traceback(capsys, settings, tmp_path, content, argv, message):
    path = tmp_path / "export.json"
    path.write_text(content, encoding="utf-8")
    code, _, err = run(capsys, settings, "import", path, *argv)
    assert code == 1 and message in err and "Traceback" not in err


def test_an_export_over_the_size_cap_is_refused_before_it_is_read(capsys, settings, tmp_path, monkeypatch):
    monkeypatch.setattr(imp, "MAX_EXPORT_BYTES", 100)
    path = tmp_path / "big.json"
    path.write_text(" " * 101, encoding="utf-8")
    code, _, err = run(capsys, settings, "import", path)
    assert code == 1 and "reads at most 100" in err


def test_a_csv_export_with_dotted_columns_maps_like_the_json(capsys, settings, tmp_path, gazetteer):
    path = tmp_path / "export.csv"
    path.write_text(
        "CourseRunId,CourseName,CourseURL,DeliveryMode,StudyMode,AttendancePattern,Cost,Provider.ProviderName,"
        "Venue.Town,Venue.Postcode,Qualification.LearnAimRefTitle,Qualification.QualificationLevel\n"
        f"{ESOL},ESOL Entry 1,https://www.example.ac.uk/esol,1,2,2,0,Example College,Walsall,WS2 9ZZ,"
        "ESOL Skills for Life (Entry 1),E\n", encoding="utf-8")
    runs, when = imp.read_export(path, EXPORTED)
    result = imp.import_runs(runs, when, path.name, gazetteer)
    e = result.entries[0]
    assert (e["kind"], e["schedule"], e["locations"], e["cost"]) == ("esol", ["evenings_weekends"], ["Walsall"], 0)
    assert e["venues"] == [{"town": "Walsall", "postcode_district": "WS2"}]
    code, _, err = run(capsys, settings, "import", path)  # a CSV cannot say its date
    assert code == 1 and "--export-date" in err


def test_merging_with_a_demo_catalogue_keeps_it_a_demo_catalogue(capsys, settings, tmp_path,
                                                                  small_catalogue_path):
    out = tmp_path / "merged.yml"
    code, _, err = run(capsys, settings, "import", FIXTURE, "--merge-with", small_catalogue_path, "--out", out)
    assert code == 0, err
    merged = parse_catalogue(out.read_text(encoding="utf-8"), str(out))
    assert merged.demo and any(p.illustrative for p in merged.pathways)
    assert sum(p.id.startswith("fac-") for p in merged.pathways) == 5


def test_html_in_a_providers_description_becomes_plain_text(export, gazetteer):
    course = {"courseDescription": "<p>Learn to use email &amp; video calls.</p><ul><li>Small classes</li></ul>",
              "entryRequirements": "<strong>None</strong>"}
    result = imp.import_runs([one_run(export, EDS, course=course)], EXPORTED, "x.json", gazetteer)
    assert result.entries[0]["summary"] == "Learn to use email & video calls. Small classes"
    assert result.entries[0]["entry_requirements"] == "None"


def test_a_missing_export_file_is_a_plain_error(capsys, settings, tmp_path):
    code, _, err = run(capsys, settings, "import", tmp_path / "nope.json")
    assert code == 1 and "cannot read" in err and "Traceback" not in err


def test_the_merged_catalogue_never_overwrites_the_hand_kept_one(capsys, settings, tmp_path):
    hand = tmp_path / "pathways.yml"
    hand.write_text((ROOT / "pathways.yml").read_text(encoding="utf-8"), encoding="utf-8")
    before = hand.read_bytes()
    same_file = tmp_path / "." / "pathways.yml"
    code, _, err = run(capsys, settings, "import", FIXTURE, "--merge-with", hand, "--out", same_file)
    assert code == 1 and "would overwrite the hand-kept" in err
    assert hand.read_bytes() == before


@pytest.mark.parametrize("cost, words, loan, expected_cost, expected_words", [
    (0, None, False, 0, "Free (£0 on Find a Course)"),
    (0, "Free if you are 19 or over", False, 0, "Free if you are 19 or over"),
    (250, None, False, 250, "£250.00 (Find a Course)"),
    (99.5, None, True, 99.5, "£99.50 (Find a Course); an Advanced Learner Loan can pay for it"),
    (None, None, False, None, "Ask the provider"),
    (None, "Ask us about fees", False, None, "Ask us about fees"),
    (-5, None, False, None, "Ask the provider"),
    ("120", None, False, 120, "£120.00 (Find a Course)"),  # a CSV cell
])
def test_cost_and_cost_description_from_the_run(export, gazetteer, cost, words, loan, expected_cost,
                                                expected_words):
    course = {"courseDescription": "A course.", "advancedLearnerLoan": loan}
    run_ = one_run(export, EDS, cost=cost, costDescription=words, course=course)
    e = imp.import_runs([run_], EXPORTED, "x.json", gazetteer).entries[0]
    assert (e["cost"], e["cost_description"]) == (expected_cost, expected_words)


def test_a_run_listed_itself_and_as_another_runs_alternative_is_one_run_taken_from_its_own_listing(
        export, gazetteer):
    main = one_run(export, EDS)
    evening = {**one_run(export, EDS), "courseRunId": EDS_EVENING, "attendancePattern": 2,
               "courseName": "EDS evenings (its own listing)"}
    main["alternativeCourseRuns"] = [{**one_run(export, EDS), "courseRunId": EDS_EVENING, "attendancePattern": 2,
                                      "courseName": "EDS evenings (as an alternative)"}]
    result = imp.import_runs([main, evening], EXPORTED, "x.json", gazetteer)
    assert [e["title"] for e in result.entries] == ["Essential Digital Skills (Entry Level 3)",
                                                    "EDS evenings (its own listing)"]
    assert result.gaps == [] and result.runs == 2


@pytest.mark.skipif(not hasattr(yaml, "CSafeDumper"), reason="libyaml not installed")
def test_the_written_bytes_do_not_depend_on_whether_libyaml_is_installed(imported, monkeypatch):
    with_libyaml = imp.render(imported.entries, "t", EXPORTED, "header")

    class PurePython(yaml.SafeDumper):
        def ignore_aliases(self, data):
            return True

    monkeypatch.setattr(imp, "_Dumper", PurePython)
    assert imp.render(imported.entries, "t", EXPORTED, "header") == with_libyaml
