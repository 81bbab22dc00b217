"""Atomic catalogue load and swap, and lookups of the live catalogue.

Functions here take a session and never commit: the caller (the CLI, a test) owns the transaction, so a
load either lands whole with the flip to active, or not at all and the previous catalogue stays live.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Dict, Iterable, Iterator, List, Optional, Sequence

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from bot.language import vocab
from bot.pathways.catalogue import Catalogue, Pathway
from bot.db import RULE_COLUMNS, STATUS_RANKS, catalogues, mask, pathway_locations, pathways

# Rows per executemany: large enough to amortise round trips, small enough to bound memory at 100k.
_BATCH = 5000


@dataclass(frozen=True)
class ActiveCatalogue:
    id: int
    version: str
    content_hash: str
    source_path: str
    loaded_at: dt.datetime


def load(session: Session, catalogue: Catalogue, source_path: str, *, today: Optional[dt.date] = None) -> int:
    """Insert `catalogue` under a new id and make it the active one; earlier versions are kept.

    Validation happened before this is called (a Catalogue only exists once valid). Any failure here
    raises, and the caller's rollback leaves the previous catalogue active.
    """
    result = session.execute(
        insert(catalogues).values(
            version=catalogue.version,
            content_hash=catalogue.content_hash,
            source_path=str(source_path),
            loaded_at=dt.datetime.now(dt.timezone.utc),
            is_active=False,
        )
    )
    catalogue_id = result.inserted_primary_key[0]
    today = today or dt.date.today()
    rows = [pathway_row(catalogue_id, p, today) for p in catalogue.pathways]
    for batch in _batches(iter(rows)):
        session.execute(insert(pathways), batch)
    for batch in _batches(_location_rows(rows, catalogue.pathways)):
        session.execute(insert(pathway_locations), batch)

    # Two statements, not one: the one-active unique index is checked row by row.
    session.execute(update(catalogues).where(catalogues.c.is_active).values(is_active=False))
    session.execute(update(catalogues).where(catalogues.c.id == catalogue_id).values(is_active=True))
    # Earlier versions stay whole: a recommendation made from one can be re-explained from its own
    # rows (bot.residents.audit). Every reader filters on the active id; drop_versions prunes.
    return catalogue_id


def drop_versions(session: Session, keep: Iterable[int]) -> int:
    """Delete the pathway rows of every inactive version not in `keep` (the ones an audit record still
    names); their header rows (version, hash, when loaded) stay. Returns how many versions went."""
    keep = set(keep)
    active = active_catalogue(session)
    if active is not None:
        keep.add(active.id)
    stored = set(session.execute(select(pathways.c.catalogue_id).distinct()).scalars())
    gone = sorted(stored - keep)
    if gone:
        session.execute(delete(pathway_locations).where(pathway_locations.c.catalogue_id.in_(gone)))
        session.execute(delete(pathways).where(pathways.c.catalogue_id.in_(gone)))
    return len(gone)


def version_of(session: Session, catalogue_id: int) -> Optional[ActiveCatalogue]:
    """Any stored version's header, active or not (None: never loaded)."""
    row = session.execute(
        select(catalogues.c.id, catalogues.c.version, catalogues.c.content_hash, catalogues.c.source_path,
               catalogues.c.loaded_at).where(catalogues.c.id == catalogue_id)
    ).first()
    return ActiveCatalogue(*row) if row is not None else None


def active_catalogue(session: Session) -> Optional[ActiveCatalogue]:
    row = session.execute(
        select(
            catalogues.c.id,
            catalogues.c.version,
            catalogues.c.content_hash,
            catalogues.c.source_path,
            catalogues.c.loaded_at,
        ).where(catalogues.c.is_active)
    ).first()
    return ActiveCatalogue(*row) if row is not None else None


def fetch_pathways(session: Session, catalogue_id: int, ids: Sequence[str]) -> Dict[str, Pathway]:
    """The full pathways for a handful of ids (the match candidates), keyed by id."""
    if not ids:
        return {}
    rows = session.execute(
        select(pathways.c.pathway_id, pathways.c.document).where(
            pathways.c.catalogue_id == catalogue_id, pathways.c.pathway_id.in_(list(ids))
        )
    )
    return {pathway_id: Pathway.from_dict(document) for pathway_id, document in rows}


def count_pathways(session: Session, catalogue_id: int) -> int:
    return session.execute(
        select(func.count()).select_from(pathways).where(pathways.c.catalogue_id == catalogue_id)
    ).scalar_one()


def pathway_row(catalogue_id: int, p: Pathway, today: dt.date) -> dict:
    return {"catalogue_id": catalogue_id, "pathway_id": p.id, **rule_row(p, today), "document": p.to_dict()}


def rule_row(p: Pathway, today: Optional[dt.date] = None) -> dict:
    """The pathway's rule columns (bot.db.RULE_COLUMNS) as stored, which is what the rules read, in SQL
    and in memory (bot.pathways.snapshot, bot.pathways.eligibility). Only the ranking key `cohort_key`
    depends on `today`; without it the row has none (no rule reads it)."""
    e = p.eligibility
    # An illustrative entry's status and dates are examples, not facts: they neither rank nor exclude.
    facts = p.facts()
    row = {
        "kind": p.kind,
        "status": facts["status"],
        "region": e.region,
        "is_online": p.is_online,
        "min_age": e.min_age,
        "max_age": e.max_age,
        "max_income": e.max_income,
        "min_qual": e.min_qualification_level,
        "max_qual": e.max_qualification_level,
        "requires_uc": e.requires_universal_credit,
        "requires_rtw": e.requires_right_to_work,
        "employment_mask": mask(e.employment_status, vocab.EMPLOYMENT_STATUSES),
        "background_mask": mask(e.backgrounds, vocab.BACKGROUNDS),
        "immigration_mask": mask(e.immigration_statuses, vocab.IMMIGRATION_STATUSES),
        "english_mask": mask(e.english_levels, vocab.ENGLISH_LEVELS),
        "topic_mask": mask(p.topics, vocab.TOPICS),
        "schedule_mask": mask(p.schedule, vocab.SCHEDULES),
        "target_mask": mask(e.target_groups, vocab.TARGET_GROUPS),
        "has_target_groups": bool(e.target_groups),
        "next_cohort": facts["next_cohort"],
        "targeted": bool(e.backgrounds or e.target_groups),
        "status_rank": STATUS_RANKS[facts["status"]],
    }
    if today is not None:
        upcoming = facts["next_cohort"] is not None and facts["next_cohort"] >= today
        # A date already past at load time says nothing about the next start: rank it as unknown.
        row["cohort_key"] = facts["next_cohort"] if upcoming else dt.date.max
    return row


def _location_rows(rows: Sequence[dict], items: Sequence[Pathway]) -> Iterator[dict]:
    for row, p in zip(rows, items):
        rules = {name: row[name] for name in RULE_COLUMNS}
        for authority in p.locations:
            yield {"catalogue_id": row["catalogue_id"], "local_authority": authority, "pathway_id": p.id,
                   **rules}


def _batches(rows: Iterable[dict]) -> Iterator[List[dict]]:
    batch: List[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) == _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


__all__ = ["ActiveCatalogue", "active_catalogue", "count_pathways", "drop_versions", "fetch_pathways", "load",
           "pathway_row", "rule_row", "version_of"]
