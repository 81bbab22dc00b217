"""A small catalogue held in memory, so a turn's match costs no database round trips beyond one.

bot.pathways.search ranks in SQL, one statement per plan, which is what a 100,000-pathway catalogue needs: each
plan reads an index range in rank order and the search stops early. A catalogue the size of a
region's real offer (the shipped one has 80 pathways) rarely fills the top 10 from the first plans, so
a match walks most of them: up to 48 statements for the recommendations and 48 more for the near
misses. On PostgreSQL each is a round trip plus a plan, 10-45 ms a match, and the intake form matches
on every turn to choose its next question; that was more CPU per turn than Rasa's own.

A Snapshot holds one catalogue's pathways (parsed once) and answers the same question in process:
the Python rules (bot.pathways.eligibility, which the SQL mirrors) pick the candidates, and each is placed in
the bot.pathways.search plan it belongs to, so the order is the SQL's order, exactly
(tests/bot/pathways/test_snapshot.py compares the two on random profiles). Catalogue rows never change under
an id (a reload makes a new catalogue), so a snapshot never goes stale; a reload is picked up on the
next match by its new id.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.language import vocab
from bot.pathways.catalogue import Pathway
from bot.db import pathways
from bot.pathways.eligibility import evaluate, verdict
from bot.dialogue.profile import Profile
from bot.pathways.rules import SCHEDULE_FIT, is_basics, wants_basics
from bot.pathways.search import MAX_SCORE, STATUS_VALUE, Found, Search
from bot.pathways.catalogue_store import count_pathways

# Above this the catalogue stays in the database (bot.pathways.search): its index ranges stop early, and
# holding it would cost every action server hundreds of MB.
SNAPSHOT_LIMIT = 2000


@dataclass(frozen=True)
class _Entry:
    pathway: Pathway
    status_rank: int
    cohort_key: dt.date  # as stored at load time, so ties break exactly as in SQL


class Snapshot:
    def __init__(self, catalogue_id: int, entries: List[_Entry]):
        self.catalogue_id = catalogue_id
        self.entries = entries
        self.documents: Dict[str, Pathway] = {e.pathway.id: e.pathway for e in entries}

    @classmethod
    def read(cls, session: Session, catalogue_id: int) -> "Snapshot":
        rows = session.execute(
            select(pathways.c.document, pathways.c.status_rank, pathways.c.cohort_key)
            .where(pathways.c.catalogue_id == catalogue_id)
        )
        return cls(catalogue_id, [_Entry(Pathway.from_dict(document), rank, key) for document, rank, key in rows])

    def search(self, profile: Profile, scope: str, *, limit: int, near_miss_limit: int,
               ) -> Tuple[List[Found], List[Found]]:
        """(recommended, near misses), each best first: what Search.top returns for violations 0 and 1."""
        plans = _plan_index(Search(self.catalogue_id, profile, scope))
        fit = scope != "under_16"
        ranked: Dict[str, List[Tuple[Tuple, float]]] = {"eligible": [], "near_miss": []}
        for entry in self.entries:
            plan = plans.get(_plan_key(entry.pathway, profile, fit))
            if plan is None:  # no plan reads it: out of scope, or in person somewhere else
                continue
            outcome = verdict(evaluate(entry.pathway, profile))
            if outcome not in ranked:
                continue
            order, weight = plan
            key = (order, entry.status_rank, entry.cohort_key, entry.pathway.id)
            ranked[outcome].append((key, weight + STATUS_VALUE[entry.status_rank]))
        return (_best(ranked["eligible"], limit), _best(ranked["near_miss"], near_miss_limit))


def _best(ranked: List[Tuple[Tuple, float]], limit: int) -> List[Found]:
    ranked.sort(key=lambda item: item[0])
    return [Found(key[3], round(score / MAX_SCORE, 3)) for key, score in ranked[:limit]]


# source, region, level, topic, schedule, basics
_Key = Tuple[str, str, str, Optional[bool], Optional[bool], Optional[bool]]


def _plan_index(search: Search) -> Dict[_Key, Tuple[int, float]]:
    """Each plan's (position, weight) by what a pathway must be to fall in it. Plans are disjoint, so a
    pathway falls in at most one; its position is its rank before status and cohort."""
    index: Dict[_Key, Tuple[int, float]] = {}
    for position, (weight, source, regions, level, topic, schedule, basics) in enumerate(search.plans):
        for region in regions:
            index.setdefault((source, region, level, topic, schedule, basics), (position, weight))
    return index


def _plan_key(p: Pathway, profile: Profile, fit: bool) -> _Key:
    """Where the pathway would sit among a profile's plans: bot.pathways.search._statement, read as Python. A
    key that names no plan of this profile means no statement would return the pathway."""
    e = p.eligibility
    targeted = bool(e.backgrounds or e.target_groups)
    if profile.age is not None and profile.age < 16:  # scope under_16: youth outreach and advice only
        if p.kind == "youth_outreach":
            level = "youth_targeted" if targeted else "youth"
        elif p.kind == "advice_service":
            level = "advice"
        else:
            level = "none"
    elif not targeted:
        level = "general"
    else:
        for_you = profile.background in e.backgrounds or bool(set(profile.target_groups) & set(e.target_groups))
        level = "for_you" if for_you else "other_group"
    if p.is_online:
        source = "anywhere"
    elif profile.local_authority is None:
        source = "in_person"
    elif profile.local_authority in p.locations:
        source = "local"
    else:
        source = "elsewhere"
    topic = schedule = basics = None
    if fit and wants_basics(profile):
        basics = is_basics(p.kind, p.topics)
    if fit and profile.interest not in (None, vocab.INTEREST_NOT_SURE):
        topic = profile.interest in p.topics
    if fit and profile.availability is not None:
        schedule = any(s in SCHEDULE_FIT[profile.availability] for s in p.schedule)
    return (source, e.region, level, topic, schedule, basics)


class Snapshots:
    """One per process (the action server's Context holds it): the live catalogue's snapshot, read on
    first use and whenever the live catalogue changes. Thread-safe (matches run in worker threads)."""

    def __init__(self, limit: int = SNAPSHOT_LIMIT):
        self.limit = limit
        self._lock = threading.Lock()
        self._current: Optional[Tuple[int, Optional[Snapshot]]] = None  # (catalogue id, None if too big)

    def get(self, session: Session, catalogue_id: int) -> Optional[Snapshot]:
        """The catalogue's snapshot, or None when it is too big to hold (then search in SQL)."""
        current = self._current
        if current is not None and current[0] == catalogue_id:
            return current[1]
        with self._lock:
            current = self._current
            if current is None or current[0] != catalogue_id:
                small = count_pathways(session, catalogue_id) <= self.limit
                current = (catalogue_id, Snapshot.read(session, catalogue_id) if small else None)
                self._current = current  # the previous catalogue's snapshot goes with it
            return current[1]


__all__ = ["SNAPSHOT_LIMIT", "Snapshot", "Snapshots"]
