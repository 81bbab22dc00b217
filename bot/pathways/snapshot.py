"""A small catalogue held in memory, so a turn's match costs no database round trips beyond one.

bot.pathways.search ranks in SQL, one statement per plan, which is what a 100,000-pathway catalogue needs: each
plan reads an index range in rank order and the search stops early. A catalogue the size of a
region's real offer (the shipped one has 80 pathways) rarely fills the top 10 from the first plans, so
a match walks most of them: up to 48 statements for the recommendations and 48 more for the near
misses. On PostgreSQL each is a round trip plus a plan, 10-45 ms a match, and the intake form matches
on every turn to choose its next question; that was more CPU per turn than Rasa's own.

A Snapshot holds one catalogue's pathways (parsed once) and answers the same question in process:
the same rule declarations the SQL is built from (bot.pathways.rules.RULES), read as Python over the same
rule columns, pick the candidates, and each is placed in the bot.pathways.search plan it belongs to by the
same plan terms (bot.pathways.search.DIMENSIONS), so the order is the SQL's order, exactly
(tests/bot/pathways/test_snapshot.py compares the two on random profiles). Catalogue rows never change under
an id (a reload makes a new catalogue), so a snapshot never goes stale; a reload is picked up on the
next match by its new id.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any, Dict, List, Optional, Tuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db import RULE_COLUMNS, pathways
from bot.dialogue.profile import Profile
from bot.pathways.catalogue import Pathway
from bot.pathways.catalogue_store import count_pathways
from bot.pathways.rule_terms import Reader, compile_choice
from bot.pathways.rules import Rulebook
from bot.pathways.search import DIMENSIONS, KEY, MAX_SCORE, STATUS_VALUE, Found, Search

# Above this the catalogue stays in the database (bot.pathways.search): its index ranges stop early, and
# holding it would cost every action server hundreds of MB.
SNAPSHOT_LIMIT = 2000

class Snapshot:
    def __init__(self, catalogue_id: int, rows: List[Dict[str, Any]]):
        """`rows`: the pathways' rule columns as stored (bot.db), each with its parsed `pathway` and its
        in-person `locations`, so the rules read exactly what the SQL reads."""
        self.catalogue_id = catalogue_id
        self.rows = rows
        self.documents: Dict[str, Pathway] = {row["pathway"].id: row["pathway"] for row in rows}

    @classmethod
    def read(cls, session: Session, catalogue_id: int) -> "Snapshot":
        columns = [pathways.c.pathway_id, pathways.c.document, *(pathways.c[name] for name in RULE_COLUMNS)]
        rows = []
        for row in session.execute(select(*columns).where(pathways.c.catalogue_id == catalogue_id)).mappings():
            pathway = Pathway.from_dict(row["document"])
            rows.append({**{name: row[name] for name in RULE_COLUMNS}, "pathway_id": row["pathway_id"],
                         "pathway": pathway, "locations": frozenset(pathway.locations)})
        return cls(catalogue_id, rows)

    def search(self, profile: Profile, scope: str, *, limit: int, near_miss_limit: int,
               rulebook: Optional[Rulebook] = None) -> Tuple[List[Found], List[Found]]:
        """(recommended, near misses), each best first: what Search.top returns for violations 0 and 1."""
        search = Search(self.catalogue_id, profile, scope, **({"rulebook": rulebook} if rulebook else {}))
        checker = search.rulebook.checker()  # compiled once per rulebook per process
        facts = search.params
        plans = _plan_index(search)
        place = _placer(tuple(tuple(dict.fromkeys(key[i] for key in plans)) for i in range(len(KEY))))
        ranked: Tuple[List, List] = ([], [])
        for row in self.rows:
            key = place(row, facts)
            plan = plans.get(key)
            if plan is None:  # no plan reads it: out of scope, or in person somewhere else
                continue
            violations = checker(row, facts)
            if violations is None or violations > 1:
                continue
            order, weight = plan
            ranked[violations].append(((order, row["status_rank"], row["cohort_key"], row["pathway_id"]),
                                       weight + STATUS_VALUE[row["status_rank"]]))
        return _best(ranked[0], limit), _best(ranked[1], near_miss_limit)


@lru_cache(maxsize=None)  # one per combination of plan values a profile can have: a few dozen
def _placer(values: Tuple[Tuple[Any, ...], ...]) -> Reader:
    """(row, facts) -> the key of the plan the pathway falls in, given the values each dimension takes
    in a profile's plans (None: the dimension is not constrained). Within one profile's plans a
    dimension's values are disjoint, so at most one term holds; "none" when none does."""
    choices = [[(value, DIMENSIONS[name][value]) for value in used] if None not in used else []
               for name, used in zip(KEY, values)]
    return compile_choice(choices, otherwise="none")


def _best(ranked: List[Tuple[Tuple, float]], limit: int) -> List[Found]:
    ranked.sort(key=lambda item: item[0])
    return [Found(key[3], round(score / MAX_SCORE, 3)) for key, score in ranked[:limit]]


def _plan_index(search: Search) -> Dict[Tuple, Tuple[int, float]]:
    """Each plan's (position, weight) by its key (bot.pathways.search.KEY): the value of each dimension a
    pathway must have to fall in it. Plans are disjoint, so a pathway falls in at most one; its position
    is its rank before status and cohort."""
    index: Dict[Tuple, Tuple[int, float]] = {}
    for position, (weight, source, regions, level, topic, schedule, basics) in enumerate(search.plans):
        for region in regions:
            index.setdefault((source, region, level, topic, schedule, basics), (position, weight))
    return index


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
