"""Every catalogue version is kept after a reload; matching reads only the active one, in SQL and in
memory alike."""

from __future__ import annotations

import dataclasses

import pytest

from bot.dialogue.profile import Profile
from bot.pathways.catalogue import load_catalogue
from bot.pathways.catalogue_store import count_pathways, load
from bot.pathways.matching import match
from bot.pathways.snapshot import Snapshots
from tests.conftest import FIXTURES, TODAY

SMALL = load_catalogue(FIXTURES / "small.yml")
WALSALL_45 = Profile.from_mapping({"age": 45, "local_authority": "Walsall"})


def _shown_ids(sessions, snapshots):
    with sessions() as session:
        result = match(session, WALSALL_45, today=TODAY, snapshots=snapshots)
    return result, [r.pathway.id for r in result.recommendations] + [n.pathway.id for n in result.near_misses]


@pytest.mark.parametrize("snapshots", [None, Snapshots()], ids=["sql", "snapshot"])
def test_the_matcher_never_reads_an_old_version(sessions, snapshots):
    with sessions.begin() as session:
        first = load(session, SMALL, "v1.yml", today=TODAY)
    before, ids = _shown_ids(sessions, snapshots)
    assert len(ids) >= 2
    gone, renamed = ids[0], ids[1]
    # The next version drops one pathway the resident was shown and renames another.
    pathways = tuple(dataclasses.replace(p, title="Renamed in version 2") if p.id == renamed else p
                     for p in SMALL.pathways if p.id != gone)
    newer = dataclasses.replace(SMALL, version="test.2", pathways=pathways, content_hash="sha256:test.2")
    with sessions.begin() as session:
        load(session, newer, "v2.yml", today=TODAY)
    after, ids_after = _shown_ids(sessions, snapshots)
    with sessions() as session:
        assert count_pathways(session, first) == len(SMALL.pathways)  # the old version is still stored
    assert after.catalogue_version == "test.2" and after.catalogue_id != first
    assert gone not in ids_after
    titles = {r.pathway.id: r.pathway.title for r in after.recommendations}
    titles.update({n.pathway.id: n.pathway.title for n in after.near_misses})
    assert titles[renamed] == "Renamed in version 2"
    assert len(ids_after) == len(set(ids_after))  # no pathway counted twice across versions
