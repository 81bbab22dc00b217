"""Loading is atomic: a new catalogue replaces the old one whole, or not at all."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from bot.pathways.catalogue import load_catalogue
from bot.db import catalogues, pathway_locations, pathways
from bot.pathways.catalogue_store import active_catalogue, count_pathways, fetch_pathways, load


def new_version(catalogue, version: str):
    """The same pathways under another version (and one fewer pathway, so the swap is visible)."""
    return dataclasses.replace(catalogue, version=version, pathways=catalogue.pathways[:-1],
                               content_hash=f"sha256:{version}")


def rows(session, table) -> int:
    return session.execute(select(func.count()).select_from(table)).scalar_one()


def test_load_makes_the_catalogue_active(loaded, small_catalogue_path):
    catalogue = load_catalogue(small_catalogue_path)
    with loaded() as session:
        active = active_catalogue(session)
        assert (active.version, active.content_hash) == (catalogue.version, catalogue.content_hash)
        assert active.source_path == str(small_catalogue_path)
        assert count_pathways(session, active.id) == len(catalogue.pathways)
        walsall = session.execute(select(func.count()).select_from(pathway_locations)
                                  .where(pathway_locations.c.local_authority == "Walsall")).scalar_one()
        assert walsall == sum("Walsall" in p.locations for p in catalogue.pathways)


def test_stored_documents_rebuild_the_same_pathways(loaded, small_catalogue_path):
    catalogue = load_catalogue(small_catalogue_path)
    with loaded() as session:
        stored = fetch_pathways(session, active_catalogue(session).id, [p.id for p in catalogue.pathways])
    assert stored == {p.id: p for p in catalogue.pathways}


def test_list_rules_are_stored_as_bitmasks(loaded):
    with loaded() as session:
        row = session.execute(select(pathways).where(pathways.c.pathway_id == "hnc-computing-walsall")).one()
    # british_irish, settled, pre_settled, refugee are bits 0-3; asylum_seeker (bit 4) is not among them
    assert row.immigration_mask == 0b001111
    assert row.is_online is False and row.region == "wmca"


def test_reload_swaps_and_drops_the_old_rows_but_keeps_its_history(loaded, small_catalogue_path):
    replacement = new_version(load_catalogue(small_catalogue_path), "test.2")
    with loaded.begin() as session:
        load(session, replacement, "v2.yml")
    with loaded() as session:
        active = active_catalogue(session)
        assert active.version == "test.2"
        assert rows(session, catalogues) == 2  # the old header stays, for audits
        assert session.execute(select(func.count()).where(catalogues.c.is_active)).scalar_one() == 1
        assert rows(session, pathways) == len(replacement.pathways)
        assert session.execute(select(func.count()).select_from(pathways)
                               .where(pathways.c.catalogue_id != active.id)).scalar_one() == 0


def test_a_write_that_fails_midway_rolls_back_and_the_old_catalogue_stays_live(loaded, small_catalogue_path):
    good = load_catalogue(small_catalogue_path)
    # Two pathways with one id cannot both be stored: the insert fails after the header row is written.
    broken = dataclasses.replace(good, version="broken", pathways=good.pathways + good.pathways[:1])
    with pytest.raises(IntegrityError):
        with loaded.begin() as session:
            load(session, broken, "broken.yml")
    with loaded() as session:
        assert active_catalogue(session).version == good.version
        assert rows(session, catalogues) == 1
        assert rows(session, pathways) == len(good.pathways)


def test_nothing_is_active_before_the_first_load(sessions):
    with sessions() as session:
        assert active_catalogue(session) is None


def test_load_does_not_commit_on_its_own(loaded, small_catalogue_path):
    replacement = new_version(load_catalogue(small_catalogue_path), "test.2")
    with loaded() as session:
        load(session, replacement, "v2.yml")
        session.rollback()  # the caller changed its mind
    with loaded() as session:
        assert active_catalogue(session).version == "test.1"
