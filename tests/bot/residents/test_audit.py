"""The audit record of advice: each recommendation is recorded with its catalogue version and every rule's
outcome, re-explained later from that version, and unlinked from the person by "forget me" and retention."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import time

from sqlalchemy import func, select

from bot.__main__ import main as bot_main
from bot.dialogue.profile import Profile
from bot.pathways.catalogue import load_catalogue
from bot.pathways.catalogue_store import active_catalogue, count_pathways, load
from bot.pathways.matching import match
from bot.residents import audit, retention, rights
from bot.residents.records import advice_counts, advice_records
from bot.settings import Settings
from tests.bot.records_fixtures import cheap_hashing, engine, factory, tracker  # noqa: F401
from tests.conftest import FIXTURES, TODAY

SMALL = load_catalogue(FIXTURES / "small.yml")
JOURNEY = "web-" + "a" * 32
OTHER = "web-" + "b" * 32
WALSALL_45 = Profile.from_mapping({"age": 45, "local_authority": "Walsall"})
T0 = 1_790_000_000.0  # 20 Sept 2026


def _load(factory, catalogue, name="v1.yml") -> int:
    with factory() as s, s.begin():
        return load(s, catalogue, name, today=TODAY)


def _recommend(factory, journey=JOURNEY, profile=WALSALL_45, now=T0):
    """What the recommend action does: match, then record the first page it shows."""
    with factory() as s:
        result = match(s, profile, today=TODAY)
    shown = [r.pathway.id for r in result.recommendations[:3]]
    with factory() as s, s.begin():
        audit.record(s, journey, "web", result, shown, now=now)
    return result, shown


def _changed(catalogue, pathway_id: str, **changes):
    """The next version: one pathway's title or rules changed."""
    pathways = tuple(dataclasses.replace(p, **changes) if p.id == pathway_id else p for p in catalogue.pathways)
    return dataclasses.replace(catalogue, version="test.2", pathways=pathways, content_hash="sha256:test.2")


def test_a_recommendation_is_recorded_with_its_version_order_and_every_rules_outcome(factory):
    _load(factory, SMALL)
    result, shown = _recommend(factory)
    with factory() as s:
        row = s.execute(select(advice_records)).one()
    assert (row.journey_id, row.channel, row.content_hash) == (JOURNEY, "web", SMALL.content_hash)
    assert json.loads(row.shown) == shown and shown
    assert json.loads(row.near_misses) == [n.pathway.id for n in result.near_misses]
    outcomes = json.loads(row.outcomes)
    first = result.recommendations[0]
    # The same checks the words came from, rule by rule.
    assert outcomes[first.pathway.id] == [[c.rule, c.outcome] for c in result.checks[first.pathway.id]]
    assert ["min_age", "pass"] in outcomes[first.pathway.id] or first.pathway.eligibility.min_age is None


def test_a_past_recommendation_is_re_explained_from_its_own_version_after_a_reload(factory):
    first_id = _load(factory, SMALL)
    _result, shown = _recommend(factory)
    target = SMALL.get(shown[0])
    # The catalogue is reloaded with that pathway renamed and its age rule changed.
    _load(factory, _changed(SMALL, target.id, title="Renamed course",
                            eligibility=dataclasses.replace(target.eligibility, min_age=50)), "v2.yml")
    with factory() as s:
        [explained] = audit.history(s, JOURNEY)
        text = audit.show_text(s, JOURNEY)
    assert (explained.catalogue_id, explained.version, explained.content_hash) == (
        first_id, SMALL.version, SMALL.content_hash)
    assert f"{target.id} - {target.title} ({target.provider})" in text
    assert "Renamed course" not in text
    assert f"min_age = {target.eligibility.min_age}: pass" in text
    assert "min_age = 50" not in text


def test_the_command_prints_the_reproduction(factory, engine, capsys):
    _load(factory, SMALL)
    _recommend(factory)
    settings = Settings.from_env({"WAYMARK_DATABASE_URL": str(engine.url)})
    assert audit.main(["show", JOURNEY], settings=settings) == 0
    out = capsys.readouterr().out
    assert f"catalogue {SMALL.version}" in out and SMALL.content_hash in out
    assert bot_main(["audit", "nonsense"]) == 2


def test_forget_me_unlinks_the_record_leaving_only_anonymous_counts(engine, factory, tracker):
    _load(factory, SMALL)
    _result, shown = _recommend(factory)
    _recommend(factory, journey=OTHER)
    erasure = rights.erase(engine, tracker, JOURNEY)
    assert erasure.counts["advice_records"] == 1
    with factory() as s:
        assert audit.history(s, JOURNEY) == []
        assert len(audit.history(s, OTHER)) == 1  # someone else's stays theirs
        left = s.execute(select(advice_counts)).all()
    day = dt.datetime.fromtimestamp(T0, dt.timezone.utc).date()
    assert {(r.day, r.pathway_id, r.shown_as, r.count) for r in left if r.shown_as == "recommended"} == {
        (day, pid, "recommended", 1) for pid in shown}
    assert set(advice_counts.c.keys()) == {"day", "catalogue_id", "pathway_id", "shown_as", "count"}


def test_retention_unlinks_old_records_and_drops_versions_no_record_names(engine, factory, tracker):
    first = _load(factory, SMALL)
    _recommend(factory, now=T0)
    second = _load(factory, _changed(SMALL, SMALL.pathways[0].id, title="v2"), "v2.yml")
    _recommend(factory, journey=OTHER, now=T0 + 200 * 86_400)  # recent: stays linked, keeps v2 alive
    third = _load(factory, _changed(SMALL, SMALL.pathways[0].id, title="v3"), "v3.yml")
    with factory() as s:
        assert count_pathways(s, first) > 0  # named by JOURNEY's record until retention
    report = retention.run(engine, tracker, days=180, now=T0 + 200 * 86_400)
    assert report.rows["advice_records"] == 1
    with factory() as s:
        assert audit.history(s, JOURNEY) == []
        assert [e.catalogue_id for e in audit.history(s, OTHER)] == [second]
        assert count_pathways(s, first) == 0
        assert count_pathways(s, second) > 0 and count_pathways(s, third) > 0
        assert s.execute(select(func.sum(advice_counts.c.count))).scalar_one() > 0
        # The demand counts still name the first version after its rows are gone.
        assert {(v, cid) for _p, cid, v, _as, _n in audit.counts(s)} >= {(SMALL.version, first)}


def test_what_we_hold_lists_the_audit_records(engine, factory, tracker):
    _load(factory, SMALL)
    _recommend(factory)
    with factory() as s:
        held = rights.what_we_hold(s, tracker, JOURNEY)
    [advice] = [h for h in held if h.what.startswith("What we recommended")]
    assert len(advice.items) == 1 and SMALL.version in advice.items[0]


def test_recording_costs_one_small_insert_per_turn(factory):
    _load(factory, SMALL)
    with factory() as s:
        result = match(s, WALSALL_45, today=TODAY)
    shown = [r.pathway.id for r in result.recommendations[:3]]
    turns = 200
    started = time.perf_counter()
    for _ in range(turns):
        with factory() as s, s.begin():
            audit.record(s, JOURNEY, "web", result, shown)
    per_turn_ms = (time.perf_counter() - started) * 1000 / turns
    print(f"audit record: {per_turn_ms:.2f} ms per turn (SQLite, own transaction)")
    with factory() as s:
        assert s.execute(select(func.count()).select_from(advice_records)).scalar_one() == turns
        assert active_catalogue(s) is not None
    assert per_turn_ms < 50


def test_the_demand_report_counts_recommendations_per_pathway_and_version_after_forget_me(engine, factory, tracker):
    from bot.residents import reports

    _load(factory, SMALL)
    shown = []
    for i in range(6):
        journey = f"web-{i:032x}"
        _result, shown = _recommend(factory, journey=journey)
        if i % 2:
            rights.erase(engine, tracker, journey)
    with factory() as s:
        table = next(t for t in reports.build(s).tables if t.key == "pathway_versions")
    row = table.rows.index(f"{shown[0]} (catalogue {SMALL.version})")
    assert table.values[row] == [6]  # three forgotten, three not: all counted
    assert table.cell(row, 0) == "6"


def test_on_postgresql_a_reloaded_catalogue_still_explains_past_advice_and_forget_me_leaves_counts(tracker):
    """The production store: versions kept across a reload, the re-explanation, and the unlink's counts."""
    import os
    import sys
    from pathlib import Path

    import pytest

    from bot.db import create_schema as create_catalogue_schema, make_engine, session_factory
    from bot.residents.records import create_schema
    from bot.settings import ROOT
    from harness.testbed import scratch_database

    admin_url = os.environ.get("WAYMARK_TEST_POSTGRES_URL")
    if not admin_url:
        pytest.skip("set WAYMARK_TEST_POSTGRES_URL to run the advice record on PostgreSQL")
    with scratch_database(admin_url, ROOT, Path(sys.executable), prefix="waymark_test", prepare=False) as url:
        pg = make_engine(url)
        try:
            create_catalogue_schema(pg)
            create_schema(pg)
            factory = session_factory(pg)
            first_id = _load(factory, SMALL)
            _result, shown = _recommend(factory)
            target = SMALL.get(shown[0])
            _load(factory, _changed(SMALL, target.id, title="Renamed course"), "v2.yml")
            with factory() as s:
                [explained] = audit.history(s, JOURNEY)
                text = audit.show_text(s, JOURNEY)
            assert (explained.catalogue_id, explained.content_hash) == (first_id, SMALL.content_hash)
            assert f"{target.id} - {target.title}" in text and "Renamed course" not in text

            assert rights.erase(pg, tracker, JOURNEY).counts["advice_records"] == 1
            with factory() as s:
                assert audit.history(s, JOURNEY) == []
                counted = {(r.pathway_id, r.count) for r in s.execute(select(advice_counts))
                           if r.shown_as == "recommended"}
            assert counted == {(pid, 1) for pid in shown}
        finally:
            pg.dispose()
