"""Retention: `python -m bot retention run` purges conversations and profiles past their time.

A resident's journey (every channel linked to it) is purged whole, exactly as an erasure would, once
its latest activity in any store is older than the retention period (Settings.retention_days, 180 by
default). A resident who chose not to keep their conversation has its messages removed from the
tracker a day after it went quiet. Closed reports of wrong information (bot.pathways.corrections) go after the
same period. Expired resume codes, ended worker sessions and old gateway message
records go too. Idempotent and safe on a schedule: a second run finds nothing to do. Anonymous
analytics are kept.
"""

from __future__ import annotations

import json
import logging
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Set

from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.pathways import corrections
from bot.residents import audit, journeys, outbound, rights, tracker_db
from bot.db import catalogue_reports, leave_nothing_behind, session_factory, writing
from bot.residents.contacts import expired_inbound, gateway_contacts
from bot.residents.records import (console_assisted, console_handoffs, console_messages, console_sessions,
                         journey_codes, journey_links, notify_subscriptions, referral_records,
                         rights_consents, rights_erasures, advice_records)

log = logging.getLogger("waymark.retention")

DAY = 86_400.0
UNKEPT_GRACE_S = DAY  # "don't keep my conversation": gone a day after it goes quiet

# (table, identity column, time columns): every place a journey's activity is recorded.
_ACTIVITY = (
    (console_messages, "journey_id", ("at",)),
    (console_handoffs, "journey_id", ("created_at", "held_at", "closed_at")),
    (console_assisted, "journey_id", ("started_at", "finished_at")),
    (referral_records, "journey_id", ("updated_at",)),
    (notify_subscriptions, "journey_id", ("created_at", "closed_at")),
    (journey_links, "sender_id", ("linked_at",)),
    (journey_codes, "journey_id", ("created_at",)),
    (rights_consents, "journey_id", ("updated_at",)),
    (advice_records, "journey_id", ("at",)),
    (gateway_contacts, "pseudonym", ("updated_at", "last_inbound_at")),
)


@dataclass
class RetentionReport:
    journeys: int = 0
    rows: Dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _links(session: Session) -> Dict[str, str]:
    return dict(session.execute(select(journey_links.c.sender_id, journey_links.c.journey_id)).all())


def last_activity(session: Session, tracker_engine: Engine) -> Dict[str, float]:
    """journey id -> its latest activity in any store (a linked channel counts for its journey)."""
    links = _links(session)
    latest: Dict[str, float] = defaultdict(float)

    def see(identity: str, when: Optional[float]) -> None:
        journey = links.get(identity, identity)
        latest[journey] = max(latest[journey], float(when or 0.0))

    for sender, when in tracker_db.last_activity(tracker_engine).items():
        see(sender, when)
    for table, column, times in _ACTIVITY:
        rows = session.execute(select(table.c[column], *(func.max(table.c[t]) for t in times))
                               .group_by(table.c[column])).all()
        for identity, *values in rows:
            see(identity, max((v for v in values if v is not None), default=0.0))
    return dict(latest)


def run(engine: Engine, tracker_engine: Engine, *, days: int = 180, now: Optional[float] = None,
        dry_run: bool = False) -> RetentionReport:
    now = time.time() if now is None else now
    cutoff = now - days * DAY
    factory = session_factory(engine)
    report = RetentionReport()
    with factory() as session:
        activity = last_activity(session, tracker_engine)
        stale = sorted(j for j, when in activity.items() if when < cutoff)
        groups: List[Set[str]] = [journeys.identities(session, j) for j in stale]
        unkept = session.execute(select(rights_consents.c.journey_id)
                                 .where(rights_consents.c.keep_conversation.is_(False))).scalars().all()
        quiet = [journeys.identities(session, j) for j in unkept
                 if j not in stale and activity.get(j, 0.0) < now - UNKEPT_GRACE_S]
    report.journeys = len(groups)
    if dry_run:
        return report
    everyone: Set[str] = set().union(*groups)
    unkept_conversations: Set[str] = set().union(*quiet)
    report.rows["events"] = tracker_db.erase(tracker_engine, everyone | unkept_conversations)
    with session_factory(writing(engine))() as session, session.begin():  # reads what to erase, then erases
        if everyone:
            for table, count in rights.erase_records(session, everyone).items():
                report.rows[table] = report.rows.get(table, 0) + count
        # Catalogue versions no remaining audit record names: nobody can now ask why they were told.
        report.rows["catalogue_versions_unreferenced"] = audit.prune_versions(session)
        report.rows["journey_codes_expired"] = journeys.purge_expired(session, now=now)
        report.rows["outbound_sends_old"] = outbound.purge(session, now=now)  # counts past any cap window
        report.rows["console_sessions"] = session.execute(delete(console_sessions).where(
            console_sessions.c.expires_at <= now)).rowcount
        # A week of messages' own rows for Twilio's retries; tombstones longer (bot.residents.contacts).
        report.rows["gateway_inbound_old"] = session.execute(expired_inbound(now)).rowcount
        # Reports of wrong information, once closed, keep the resident's words no longer than the rest.
        catalogue_reports.create(session.connection(), checkfirst=True)
        report.rows["catalogue_reports_closed"] = corrections.purge_closed(session, before=cutoff)
        report.rows = {k: int(v or 0) for k, v in report.rows.items() if v}
        if report.total:
            session.execute(insert(rights_erasures).values(
                receipt=rights.new_receipt(), reason="retention", counts=json.dumps(report.rows), at=now))
    # Committed: empty SQLite's write-ahead logs, which still hold the purged rows' earlier pages.
    leave_nothing_behind(tracker_engine)
    leave_nothing_behind(engine)
    log.info("retention: %d journey(s) older than %d days purged, %d row(s)", report.journeys, days,
             report.total)
    return report


__all__ = ["RetentionReport", "last_activity", "run"]
