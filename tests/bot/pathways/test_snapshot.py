"""A small catalogue matched in memory gives exactly what the SQL search gives, and reads the database
once per catalogue."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest
from sqlalchemy import event

from bot.pathways.catalogue import catalogue_from_data, load_catalogue
from bot.pathways.matching import match, scope_of
from bot.pathways.search import Search
from bot.pathways.snapshot import Snapshot, Snapshots
from bot.pathways.catalogue_store import active_catalogue, load
from tests.bot.pathways.test_matching import random_profiles
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[3]


def _synthetic(count: int, seed: int):
    """scripts/bench_match.py's generator: every kind, rule and place mix a regional catalogue has."""
    spec = importlib.util.spec_from_file_location("bench_match", ROOT / "scripts" / "bench_match.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return catalogue_from_data(module.synthetic_catalogue(count, seed))


CATALOGUES = {
    "shipped": lambda: load_catalogue(ROOT / "pathways.yml"),
    "small fixture": lambda: load_catalogue(ROOT / "tests" / "fixtures" / "small.yml"),
    "synthetic 600": lambda: _synthetic(600, seed=11),
}


@pytest.fixture(params=sorted(CATALOGUES))
def live(request, sessions):
    with sessions.begin() as session:
        load(session, CATALOGUES[request.param](), request.param, today=TODAY)
    return sessions


def test_snapshot_ranks_exactly_as_the_sql_search(live):
    with live() as session:
        catalogue_id = active_catalogue(session).id
        snapshot = Snapshot.read(session, catalogue_id)
        connection = session.connection()
        for profile in random_profiles(300, seed=5):
            scope = scope_of(profile)
            search = Search(catalogue_id, profile, scope)
            for limit in (10, 200):
                expected = (search.top(connection, violations=0, limit=limit),
                            search.top(connection, violations=1, limit=limit))
                assert snapshot.search(profile, scope, limit=limit, near_miss_limit=limit) == expected, profile


def test_match_is_the_same_with_and_without_the_snapshot(live):
    snapshots = Snapshots()
    with live() as session:
        for profile in random_profiles(100, seed=9):
            in_sql = match(session, profile, today=TODAY)
            in_memory = match(session, profile, today=TODAY, snapshots=snapshots)
            assert in_memory == in_sql, profile


def test_after_the_first_match_a_match_reads_only_which_catalogue_is_live(loaded):
    snapshots = Snapshots()
    statements = []
    with loaded() as session:
        event.listen(session.get_bind(), "before_cursor_execute", lambda *args: statements.append(args[2]))
        profile = next(random_profiles(1))
        match(session, profile, today=TODAY, snapshots=snapshots)
        statements.clear()
        for profile in random_profiles(20, seed=2):
            match(session, profile, today=TODAY, snapshots=snapshots)
    assert len(statements) == 20
    assert all("catalogues" in sql and "pathways" not in sql for sql in statements)


def test_a_reloaded_catalogue_is_matched_from_its_new_rows(sessions):
    snapshots = Snapshots()
    first = _synthetic(40, seed=1)
    with sessions.begin() as session:
        load(session, first, "first", today=TODAY)
    profile = random_profiles(1).__next__()
    with sessions() as session:
        before = match(session, profile, today=TODAY, snapshots=snapshots)
    with sessions.begin() as session:
        load(session, _synthetic(40, seed=2), "second", today=TODAY)
    with sessions() as session:
        after = match(session, profile, today=TODAY, snapshots=snapshots)
        assert after == match(session, profile, today=TODAY)
    assert after.content_hash != before.content_hash
    assert {r.pathway.id for r in after.recommendations} <= {p.id for p in _synthetic(40, seed=2).pathways}


def test_a_catalogue_over_the_limit_is_searched_in_sql(loaded):
    snapshots = Snapshots(limit=3)
    with loaded() as session:
        assert snapshots.get(session, active_catalogue(session).id) is None
        profile = next(random_profiles(1, seed=4))
        assert match(session, profile, today=TODAY, snapshots=snapshots) == match(session, profile, today=TODAY)


def test_matches_from_many_threads_share_one_snapshot(loaded):
    import concurrent.futures

    snapshots = Snapshots()
    rng = random.Random(1)
    profiles = list(random_profiles(40, seed=rng.randrange(1000)))

    def one(profile):
        with loaded() as session:
            return match(session, profile, today=TODAY, snapshots=snapshots)

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        results = list(pool.map(one, profiles))
    with loaded() as session:
        assert results == [match(session, p, today=TODAY) for p in profiles]
    assert snapshots._current is not None and snapshots._current[1] is not None
