"""The audit record of advice: what each resident was recommended, from which catalogue version, and why.

One row per recommendation turn (`record`): the journey, when, the channel, the catalogue version (its
row id and content hash), the pathway ids shown in order, the near misses, and each rule's outcome per
pathway, taken from the same `bot.pathways.eligibility.evaluate` checks the words came from (the rules are
never written again here). Catalogue versions an audit row names are kept (bot.pathways.catalogue_store
keeps every version; `prune_versions` drops only unreferenced ones), so `explain` re-reads the pathway
exactly as it was when the advice was given, however often the catalogue has been reloaded since.

"Forget me" and retention call `unlink`: each row is folded into `advice_counts` (day, version, pathway,
recommended or near miss: nothing about the person) and deleted. Functions take a session and never
commit.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Optional, Sequence, Set, Tuple

from sqlalchemy import delete, func, insert, inspect, select, update
from sqlalchemy.orm import Session

from bot.db import catalogues
from bot.pathways.catalogue import Pathway
from bot.pathways.catalogue_store import drop_versions, fetch_pathways, version_of
from bot.residents.records import advice_counts, advice_records

RECOMMENDED, NEAR_MISS = "recommended", "near_miss"


def record(session: Session, journey_id: str, channel: str, result: Any, shown: Sequence[str], *,
           now: Optional[float] = None) -> Optional[int]:
    """One insert: the cards `shown` (ids, in order) and the result's near misses, with every rule's
    outcome for each. None (nothing written) when the result names no catalogue row."""
    if getattr(result, "catalogue_id", None) is None:
        return None
    near = [n.pathway.id for n in result.near_misses]
    outcomes = {pid: [[c.rule, c.outcome] for c in result.checks.get(pid, ())] for pid in [*shown, *near]}
    return session.execute(insert(advice_records).values(
        journey_id=journey_id, at=time.time() if now is None else now, channel=channel,
        catalogue_id=result.catalogue_id, content_hash=result.content_hash,
        shown=json.dumps(list(shown)), near_misses=json.dumps(near),
        outcomes=json.dumps(outcomes, separators=(",", ":")))).inserted_primary_key[0]


# --- reading it back ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Explained:
    at: float
    channel: str
    catalogue_id: int
    version: str  # the catalogue's own version label ("unknown" if its header is gone)
    content_hash: str
    shown: Tuple[str, ...]
    near_misses: Tuple[str, ...]
    lines: Tuple[str, ...]  # the re-explanation, pathway by pathway


def history(session: Session, journey_id: str) -> List[Explained]:
    """Every recommendation recorded for this journey, oldest first, each re-explained against the
    catalogue version it was made from."""
    rows = session.execute(select(advice_records).where(advice_records.c.journey_id == journey_id)
                           .order_by(advice_records.c.at, advice_records.c.id)).all()
    return [_explain(session, row) for row in rows]


def _explain(session: Session, row: Any) -> Explained:
    shown, near = json.loads(row.shown), json.loads(row.near_misses)
    outcomes: Dict[str, List[List[str]]] = json.loads(row.outcomes)
    header = version_of(session, row.catalogue_id)
    documents = fetch_pathways(session, row.catalogue_id, [*shown, *near])
    lines: List[str] = []
    for label, ids in (("Shown", shown), ("Nearly shown", near)):
        for position, pid in enumerate(ids, 1):
            pathway = documents.get(pid)
            title = f"{pathway.title} ({pathway.provider})" if pathway else "(no longer stored)"
            lines.append(f"{label} {position}: {pid} - {title}")
            for rule, outcome in outcomes.get(pid, []):
                lines.append(f"    {rule}{_rule_words(pathway, rule)}: {outcome}")
    return Explained(row.at, row.channel, row.catalogue_id, header.version if header else "unknown",
                     row.content_hash, tuple(shown), tuple(near), tuple(lines))


def _rule_words(pathway: Optional[Pathway], rule: str) -> str:
    """What the rule said in that version (" = 19"), from the stored pathway."""
    if pathway is None:
        return ""
    if hasattr(pathway.eligibility, rule):
        value = getattr(pathway.eligibility, rule)
    elif hasattr(pathway, rule):
        value = getattr(pathway, rule)
    else:
        return ""
    if isinstance(value, tuple):
        value = ", ".join(str(v) for v in value) or "any"
    return f" = {value}"


def show_text(session: Session, journey_id: str) -> str:
    """What `python -m bot audit show JOURNEY` prints."""
    found = history(session, journey_id)
    if not found:
        return f"No recommendations are recorded for {journey_id}.\n"
    out: List[str] = []
    for e in found:
        when = dt.datetime.fromtimestamp(e.at, dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        out.append(f"{when} on {e.channel}: catalogue {e.version} (#{e.catalogue_id}, {e.content_hash})")
        out.extend(e.lines)
        out.append("")
    return "\n".join(out)


# --- erasure and the anonymous counts left behind ----------------------------------------------------------
def unlink(session: Session, ids: Iterable[str]) -> int:
    """Fold these journeys' records into advice_counts and delete them; returns rows removed."""
    ids = sorted(set(ids))
    if not ids:
        return 0
    rows = session.execute(select(advice_records.c.id, advice_records.c.at, advice_records.c.catalogue_id,
                                  advice_records.c.shown, advice_records.c.near_misses)
                           .where(advice_records.c.journey_id.in_(ids))).all()
    tally: Dict[Tuple[dt.date, int, str, str], int] = {}
    for row in rows:
        day = dt.datetime.fromtimestamp(row.at, dt.timezone.utc).date()
        for shown_as, column in ((RECOMMENDED, row.shown), (NEAR_MISS, row.near_misses)):
            for pid in json.loads(column):
                key = (day, row.catalogue_id, pid, shown_as)
                tally[key] = tally.get(key, 0) + 1
    for (day, catalogue_id, pid, shown_as), n in sorted(tally.items()):
        where = (advice_counts.c.day == day, advice_counts.c.catalogue_id == catalogue_id,
                 advice_counts.c.pathway_id == pid, advice_counts.c.shown_as == shown_as)
        if not session.execute(update(advice_counts).where(*where)
                               .values(count=advice_counts.c.count + n)).rowcount:
            session.execute(insert(advice_counts).values(day=day, catalogue_id=catalogue_id, pathway_id=pid,
                                                         shown_as=shown_as, count=n))
    if rows:
        session.execute(delete(advice_records).where(advice_records.c.id.in_([r.id for r in rows])))
    return len(rows)


def referenced_versions(session: Session) -> Set[int]:
    return set(session.execute(select(advice_records.c.catalogue_id).distinct()).scalars())


def prune_versions(session: Session) -> int:
    """Drop the rows of catalogue versions no linked audit record names (the active one stays).

    Kept while referenced, so "why was I told this?" can be answered for as long as the person is; once
    their records are unlinked, the counts need only the version's header, which is never dropped."""
    if not inspect(session.connection()).has_table(catalogues.name):
        return 0  # a residents' database no catalogue was ever loaded into
    return drop_versions(session, referenced_versions(session))


def counts(session: Session, *, since: Optional[dt.date] = None, until: Optional[dt.date] = None,
           ) -> List[Tuple[str, int, str, str, int]]:
    """(pathway id, catalogue id, version label, shown as, times): linked records and unlinked counts
    together, most shown first; `since`/`until` bound the day (UTC), inclusive."""
    tally: Dict[Tuple[str, int, str], int] = {}
    query = (select(advice_counts.c.pathway_id, advice_counts.c.catalogue_id, advice_counts.c.shown_as,
                    func.sum(advice_counts.c.count))
             .group_by(advice_counts.c.pathway_id, advice_counts.c.catalogue_id, advice_counts.c.shown_as))
    linked = select(advice_records.c.catalogue_id, advice_records.c.shown, advice_records.c.near_misses)
    if since:
        query = query.where(advice_counts.c.day >= since)
        linked = linked.where(advice_records.c.at >= _start_of(since))
    if until:
        query = query.where(advice_counts.c.day <= until)
        linked = linked.where(advice_records.c.at < _start_of(until + dt.timedelta(days=1)))
    for pid, cid, shown_as, n in session.execute(query):
        tally[(pid, cid, shown_as)] = tally.get((pid, cid, shown_as), 0) + int(n)
    for cid, shown, near in session.execute(linked):
        for shown_as, column in ((RECOMMENDED, shown), (NEAR_MISS, near)):
            for pid in json.loads(column):
                tally[(pid, cid, shown_as)] = tally.get((pid, cid, shown_as), 0) + 1
    labels = dict(session.execute(select(catalogues.c.id, catalogues.c.version)).all())
    return sorted(((pid, cid, labels.get(cid, "unknown"), shown_as, n) for (pid, cid, shown_as), n in tally.items()),
                  key=lambda r: (-r[4], r[0], r[1], r[3]))


def _start_of(day: dt.date) -> float:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc).timestamp()


def journey_counts(session: Session, journey_id: str) -> int:
    return session.execute(select(func.count()).select_from(advice_records)
                           .where(advice_records.c.journey_id == journey_id)).scalar_one()


# --- command line ------------------------------------------------------------------------------------------
USAGE = "usage: python -m bot audit show JOURNEY   (the journey's pseudonym, e.g. web-3f2a...)\n"


def main(argv: Sequence[str], settings: Any = None) -> int:
    import sys

    from bot.db import create_schema as create_catalogue_schema, make_engine, session_factory
    from bot.residents.records import create_schema
    from bot.settings import Settings

    if len(argv) != 2 or argv[0] != "show":
        print(USAGE, end="", file=sys.stderr)
        return 2
    settings = settings or Settings.from_env()
    engine = make_engine(settings.database_url)
    try:
        create_catalogue_schema(engine)
        create_schema(engine)
        with session_factory(engine)() as session:
            print(show_text(session, argv[1]), end="")
    finally:
        engine.dispose()
    return 0


__all__ = ["Explained", "NEAR_MISS", "RECOMMENDED", "counts", "history", "journey_counts", "main",
           "prune_versions", "record", "referenced_versions", "show_text", "unlink"]
