"""Loading is atomic: a new catalogue replaces the old one whole, or not at all."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from bot.pathways.catalogue import load_catalogue
from bot.db import catalogues, pathway_locations, pathways
from bot.pathways.catalogue_store import (active_catalogue, count_pathways, drop_versions, fetch_pathways, load,
                                         version_of)


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


def test_reload_swaps_the_active_version_and_keeps_the_old_one_whole(loaded, small_catalogue_path):
    original = load_catalogue(small_catalogue_path)
    replacement = new_version(original, "test.2")
    with loaded.begin() as session:
        first = active_catalogue(session).id
        load(session, replacement, "v2.yml")
    with loaded() as session:
        active = active_catalogue(session)
        assert active.version == "test.2"
        assert rows(session, catalogues) == 2
        assert session.execute(select(func.count()).where(catalogues.c.is_active)).scalar_one() == 1
        assert count_pathways(session, active.id) == len(replacement.pathways)
        # The earlier version can still be read as it was: an audit record may name it.
        assert count_pathways(session, first) == len(original.pathways)
        assert version_of(session, first).content_hash == original.content_hash


def test_dropping_versions_keeps_the_active_one_and_those_still_named(loaded, small_catalogue_path):
    original = load_catalogue(small_catalogue_path)
    with loaded.begin() as session:
        first = active_catalogue(session).id
        second = load(session, new_version(original, "test.2"), "v2.yml")
        third = load(session, new_version(original, "test.3"), "v3.yml")
        assert drop_versions(session, keep={first}) == 1
    with loaded() as session:
        assert count_pathways(session, first) == len(original.pathways)
        assert count_pathways(session, second) == 0
        assert count_pathways(session, third) == len(original.pathways) - 1
        assert rows(session, catalogues) == 3  # headers stay: the anonymous counts name versions


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
