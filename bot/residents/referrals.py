"""Consented referrals to providers, their status, provider CSV imports and follow-ups.

Status moves forward only: referred -> contacted -> enrolled -> started -> completed, or to withdrawn
from any open status. A provider's CSV often reports a later step than the last one we heard of
(contacted and enrolled between two imports), so skipping forward is allowed; going back, or moving
out of completed/withdrawn, is not. Every accepted change is added to the history and counted in the
anonymous analytics, so outcomes stay in the demand report after the resident is erased.
"""

from __future__ import annotations

import csv
import io
import logging
import secrets
import time
from dataclasses import dataclass, field
from typing import Any, List, Mapping, Optional, Tuple

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from bot.language.words import P_, words_for
from bot.residents import analytics, journeys, mail, rights
from bot.residents.records import referral_history, referral_records

log = logging.getLogger("waymark.referrals")

ORDER = ("referred", "contacted", "enrolled", "started", "completed")
STATUSES = ORDER + ("withdrawn",)
CLOSED = ("completed", "withdrawn")
STATUS_WORDS = {"referred": "Referred", "contacted": "Provider has been in touch", "enrolled": "Enrolled",
                "started": "Started", "completed": "Completed", "withdrawn": "Withdrawn"}
MAX_IMPORT_ROWS = 5000
# A follow-up asks one question; the answer is one of these words by SMS/WhatsApp. Not numbers or
# "no": those are ordinary answers to the bot's own questions and must still reach it.
FOLLOW_UP_ANSWERS = {"STARTED": "started", "APPLIED": "applied", "NOT YET": "not_yet", "NOTYET": "not_yet"}


class ReferralError(ValueError):
    """Something a worker or provider can fix; the message says what."""


class ConsentRequired(ReferralError):
    pass


@dataclass(frozen=True)
class Referral:
    id: int
    reference: str
    journey_id: str
    pathway_id: str
    pathway_title: str
    provider: str
    kind: str
    status: str
    contact_name: Optional[str]
    contact_phone: Optional[str]
    contact_email: Optional[str]
    note: Optional[str]
    follow_up: bool
    created_at: float
    updated_at: float
    followup_answer: Optional[str] = None


@dataclass
class ImportReport:
    applied: int = 0
    unchanged: int = 0
    errors: List[Tuple[int, str]] = field(default_factory=list)  # (line number, what is wrong)


def _referral(row) -> Referral:
    return Referral(row.id, row.reference, row.journey_id, row.pathway_id, row.pathway_title, row.provider,
                    row.kind, row.status, row.contact_name, row.contact_phone, row.contact_email, row.note,
                    bool(row.follow_up), row.created_at, row.updated_at, row.followup_answer)


def can_move(old: str, new: str) -> bool:
    if old in CLOSED or new not in STATUSES or new == old:
        return False
    return new == "withdrawn" or ORDER.index(new) > ORDER.index(old)


def _reference(session: Session) -> str:
    while True:
        ref = "R-" + "".join(secrets.choice(journeys.ALPHABET) for _ in range(6))
        if session.execute(select(referral_records.c.id).where(referral_records.c.reference == ref)).first() is None:
            return ref


def create(session: Session, *, sender_id: str, pathway: Mapping[str, Any], consented: bool,
           follow_up: bool = False, local_authority: Optional[str] = None, contact_name: str = "",
           contact_phone: str = "", contact_email: str = "", note: str = "",
           created_by: Optional[int] = None, follow_up_days: int = 14,
           facts: Optional[Mapping[str, Any]] = None, eligibility: Optional[Mapping[str, Any]] = None,
           channel: Optional[str] = None, now: Optional[float] = None) -> Referral:
    """Refer a resident. `consented`: they agreed, just now, to share their details with this provider.

    `pathway` is a payload pathway or `Pathway.to_summary_dict()` (id, title, provider, kind).
    The provider's packet (bot.residents.mail) is queued in the same transaction: `facts` (the resident's slots)
    and `eligibility` (the pathway's rules) decide which facts it carries and what to bring to enrol.
    """
    if not consented:
        raise ConsentRequired("a referral needs the resident's consent to share their details")
    now = time.time() if now is None else now
    journey_id = journeys.journey_of(session, sender_id)
    rights.set_consent(session, journey_id, share_with_provider=True,
                       **({"follow_ups": True} if follow_up else {}),
                       source="worker" if created_by else "resident", now=now)
    reach = journeys.reachable_sender(session, journey_id) if follow_up else None
    result = session.execute(insert(referral_records).values(
        reference=_reference(session), journey_id=journey_id, sender_id=reach,
        pathway_id=str(pathway["id"]), pathway_title=str(pathway.get("title") or pathway["id"])[:300],
        provider=str(pathway.get("provider") or "")[:300], kind=analytics.clean("kind", pathway.get("kind")) or "other",
        local_authority=analytics.clean("local_authority", local_authority), status="referred",
        contact_name=contact_name.strip()[:200] or None, contact_phone=contact_phone.strip()[:32] or None,
        contact_email=contact_email.strip()[:254] or None, note=note.strip()[:2000] or None,
        follow_up=bool(follow_up and reach), created_by=created_by, created_at=now, updated_at=now,
        followup_due_at=now + follow_up_days * 86_400.0 if follow_up and reach else None))
    referral_id = result.inserted_primary_key[0]
    session.execute(insert(referral_history).values(referral_id=referral_id, status="referred",
                                                    source="console" if created_by else "bot", at=now))
    row = get(session, referral_id)
    assert row is not None
    if row.provider:
        subject, body = mail.compose(reference=row.reference, pathway=pathway, eligibility=eligibility or {},
                                     facts=facts or {}, channel=channel, contact_name=row.contact_name,
                                     contact_phone=row.contact_phone, contact_email=row.contact_email,
                                     note=row.note)
        mail.queue(session, referral_id=referral_id, provider=row.provider, subject=subject, body=body, now=now)
    analytics.record(session, "referral_created", kind=row.kind, local_authority=local_authority)
    analytics.record(session, "referral_status", status="referred", kind=row.kind)
    log.info("referral %s created for %s", referral_id, journey_id)
    return row


def get(session: Session, referral_id: int) -> Optional[Referral]:
    row = session.execute(select(referral_records).where(referral_records.c.id == referral_id)).first()
    return _referral(row) if row else None


def by_reference(session: Session, reference: str) -> Optional[Referral]:
    row = session.execute(select(referral_records)
                          .where(referral_records.c.reference == reference.strip().upper())).first()
    return _referral(row) if row else None


def list_referrals(session: Session, status: Optional[str] = None, limit: int = 500, *,
                   journey_id: Optional[str] = None, provider: Optional[str] = None) -> List[Referral]:
    """Most recently updated first; `provider`: only referrals to that provider (a provider's view)."""
    query = select(referral_records).order_by(referral_records.c.updated_at.desc()).limit(limit)
    if provider is not None:
        query = query.where(referral_records.c.provider == provider)
    if status:
        query = query.where(referral_records.c.status == status)
    if journey_id:
        query = query.where(referral_records.c.journey_id == journey_id)
    return [_referral(r) for r in session.execute(query).all()]


def set_status(session: Session, referral_id: int, status: str, *, source: str,
               now: Optional[float] = None) -> Referral:
    now = time.time() if now is None else now
    current = get(session, referral_id)
    if current is None:
        raise ReferralError("no such referral")
    status = (status or "").strip().lower()
    if status not in STATUSES:
        raise ReferralError(f"status must be one of {', '.join(STATUSES)}")
    if not can_move(current.status, status):
        raise ReferralError(f"cannot go from {current.status} to {status}")
    session.execute(update(referral_records).where(referral_records.c.id == referral_id,
                                                   referral_records.c.status == current.status)
                    .values(status=status, updated_at=now))
    session.execute(insert(referral_history).values(referral_id=referral_id, status=status, source=source,
                                                    at=now))
    analytics.record(session, "referral_status", status=status, kind=current.kind)
    log.info("referral %s: %s -> %s (%s)", referral_id, current.status, status, source)
    return get(session, referral_id)  # type: ignore[return-value]


def history(session: Session, referral_id: int) -> List[Tuple[str, str, float]]:
    rows = session.execute(select(referral_history).where(referral_history.c.referral_id == referral_id)
                           .order_by(referral_history.c.at, referral_history.c.id)).all()
    return [(r.status, r.source, r.at) for r in rows]


def import_csv(session: Session, text: str, *, now: Optional[float] = None) -> ImportReport:
    """Apply a provider's `reference,status` CSV; every bad row is reported with its line, the good
    rows are applied. A row repeating the current status is unchanged, not an error (re-imports)."""
    report = ImportReport()
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        report.errors.append((1, "the file is empty"))
        return report
    except csv.Error as error:
        report.errors.append((1, f"not a CSV file ({error})"))
        return report
    if "reference" not in header or "status" not in header:
        report.errors.append((1, "the first line must name the columns, including reference and status"))
        return report
    ref_at, status_at = header.index("reference"), header.index("status")
    try:
        for number, row in enumerate(reader, start=2):
            if not any(cell.strip() for cell in row):
                continue
            if number - 1 > MAX_IMPORT_ROWS:
                report.errors.append((number, f"stopped: at most {MAX_IMPORT_ROWS} rows per file"))
                break
            if len(row) <= max(ref_at, status_at):
                report.errors.append((number, "missing the reference or status column"))
                continue
            reference, status = row[ref_at].strip(), row[status_at].strip().lower()
            found = by_reference(session, reference) if reference else None
            if found is None:
                report.errors.append((number, f"no referral with reference {reference[:20]!r}"))
            elif status not in STATUSES:
                report.errors.append((number, f"{status[:20]!r} is not a status ({', '.join(STATUSES)})"))
            elif status == found.status:
                report.unchanged += 1
            elif not can_move(found.status, status):
                report.errors.append((number, f"{found.reference} is {found.status}; it cannot go to {status}"))
            else:
                set_status(session, found.id, status, source="import", now=now)
                report.applied += 1
    except csv.Error as error:
        report.errors.append((reader.line_num, f"cannot read this line ({error})"))
    return report


# --- follow-ups ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FollowUp:
    referral_id: int
    sender_id: str
    pathway_title: str
    status: str = "referred"


# TRANSLATORS: a text message days after a referral; {title} is the course's own name. Keep STARTED, APPLIED,
# NOT YET and STOP in English: they are the replies understood.
_FOLLOW_UP = {
    "enrolled": P_("follow_up", "Hello from Waymark. The provider says you have enrolled on {title}. Have you "
                                "started? Reply STARTED or NOT YET. Reply STOP to stop these messages."),
    "contacted": P_("follow_up", "Hello from Waymark. The provider of {title} says they have been in touch. Did "
                                 "you apply or start? Reply STARTED, APPLIED or NOT YET. Reply STOP to stop these "
                                 "messages."),
    "referred": P_("follow_up", "Hello from Waymark. Did you apply for or start {title}? Reply STARTED, APPLIED or "
                                "NOT YET. Reply STOP to stop these messages."),
}


def follow_up_text(title: str, status: str = "referred", lang: Optional[str] = None) -> str:
    """The question, from what the provider last told us (console or CSV): no asking "did you apply?"
    of someone the provider has already enrolled. In the resident's language (the replies stay English)."""
    entry = _FOLLOW_UP.get(status, _FOLLOW_UP["referred"])
    return words_for(lang).say(entry, title=title)


# Already started (the provider said so) or closed: the follow-up's question has its answer.
NO_FOLLOW_UP = CLOSED + ("started",)


def due_follow_ups(session: Session, *, now: Optional[float] = None) -> List[FollowUp]:
    """Follow-ups to send now: consented (still), reachable, not sent, not yet started or closed."""
    now = time.time() if now is None else now
    rows = session.execute(select(referral_records).where(
        referral_records.c.follow_up, referral_records.c.followup_sent_at.is_(None),
        referral_records.c.followup_due_at <= now, referral_records.c.sender_id.is_not(None),
        referral_records.c.status.not_in(NO_FOLLOW_UP)).order_by(referral_records.c.followup_due_at)).all()
    return [FollowUp(r.id, r.sender_id, r.pathway_title, r.status) for r in rows
            if rights.get_consent(session, r.journey_id).follow_ups]


def mark_follow_up_sent(session: Session, referral_id: int, *, now: Optional[float] = None) -> None:
    session.execute(update(referral_records).where(referral_records.c.id == referral_id)
                    .values(followup_sent_at=time.time() if now is None else now))


def record_follow_up_answer(session: Session, journey_id: str, text: str, *,
                            now: Optional[float] = None) -> Optional[str]:
    """If this journey awaits a follow-up answer and `text` is one, record it and return the thanks."""
    answer = FOLLOW_UP_ANSWERS.get(" ".join((text or "").upper().replace(".", " ").split()))
    if answer is None:
        return None
    row = session.execute(select(referral_records).where(
        referral_records.c.journey_id == journey_id, referral_records.c.followup_sent_at.is_not(None),
        referral_records.c.followup_answer.is_(None)).order_by(referral_records.c.followup_sent_at.desc())
    ).first()
    if row is None:
        return None
    now = time.time() if now is None else now
    session.execute(update(referral_records).where(referral_records.c.id == row.id)
                    .values(followup_answer=answer, followup_answered_at=now, updated_at=now))
    if answer == "started" and can_move(row.status, "started"):
        set_status(session, row.id, "started", source="follow_up", now=now)
    log.info("follow-up answer recorded for referral %s", row.id)
    if answer == "started":
        return "That's great news. Thank you for letting us know, and good luck!"
    if answer == "applied":
        return "Thank you. Good luck with your application. Message us any time if you need help."
    return "Thank you for letting us know. Message us any time and we'll help you find a route."


__all__ = ["CLOSED", "ConsentRequired", "FollowUp", "ImportReport", "ORDER", "Referral", "ReferralError",
           "STATUSES", "STATUS_WORDS", "by_reference", "can_move", "create", "due_follow_ups",
           "follow_up_text", "get", "history", "import_csv", "list_referrals", "mark_follow_up_sent",
           "record_follow_up_answer", "set_status"]
