"""A referral's packet to its provider: composed when the referral is made, delivered by the jobs runner.

The packet holds only what the resident agreed to share with this provider: a first name if a worker
recorded one, how they will be in touch, the pathway, the facts the pathway's rules turn on, and what to
bring to enrol (bot.pathways.evidence). It is stored with the referral (bot.residents.records.referral_mail) and sent by
`deliver_due`, so a mail server that is down loses nothing: each failure waits longer before the next try
(RETRY_BASE_S doubling, at most RETRY_MAX_S), and after MAX_ATTEMPTS the mail is marked failed and shown
to coordinators, who can send it again. Consent is checked again at sending: a resident who has since
said "don't share my details", or whose referral was withdrawn, is never emailed about.

Delivery is SMTP (standard library smtplib, run in the caller's thread) when WAYMARK_SMTP_HOST is set,
else a file per mail in var/mail-outbox/ (0600) for a person to read and forward: the embedded profile
starts no mail server.
"""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
import time
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.dialogue.intake import PRONOUNS
from bot.pathways import evidence
from bot.residents import rights
from bot.pathways.providers import Providers
from bot.residents.records import referral_mail, referral_records
from bot.settings import Settings

log = logging.getLogger("waymark.mail")

RETRY_BASE_S = 60.0
RETRY_MAX_S = 6 * 3600.0
MAX_ATTEMPTS = 20  # about four days of tries at the longest wait
NO_ADDRESS_RECHECK_S = 3600.0  # an address added to providers.yml is picked up within the hour
LEASE_S = 300.0  # a claimed mail is not claimed again while one runner is sending it
BATCH = 50
PENDING = ("queued", "no_address")
STATUS_WORDS = {"queued": "waiting to send", "sent": "emailed to the provider",
                "outbox": "written to the mail outbox", "no_address": "no referral address for this provider",
                "failed": "could not be sent", "withdrawn": "not sent: consent withdrawn"}
# Rule -> the resident's fact it turns on; a fact goes in the packet only when the pathway has the rule.
RULE_FACTS = (
    (("min_age", "max_age"), "age", "Age"),
    (("region",), "local_authority", "Lives in"),
    (("employment_status",), "employment_status", "Employment"),
    (("max_income",), "annual_income", "Yearly income"),
    (("requires_universal_credit",), "universal_credit", "On Universal Credit"),
    (("min_qualification_level", "max_qualification_level"), "qualification_level", "Highest qualification level (RQF)"),
    (("immigration_statuses",), "immigration_status", "Immigration status"),
    (("english_levels",), "english_level", "English"),
    (("backgrounds",), "background", "Background"),
)
Send = Callable[[Settings, EmailMessage], None]


def retry_delay(attempts: int) -> float:
    """Seconds to wait after the `attempts`-th failure: 1 min, 2, 4, ... at most 6 hours."""
    return min(RETRY_MAX_S, RETRY_BASE_S * 2 ** max(0, attempts - 1))


def _word(value: Any) -> str:
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return str(value).replace("_", " ")


def enrolment_facts(eligibility: Mapping[str, Any], facts: Mapping[str, Any]) -> List[str]:
    """The resident's facts this pathway's rules turn on, as "Label: value" lines."""
    out = []
    for rules, fact, label in RULE_FACTS:
        has_rule = any(eligibility.get(r) not in (None, False, (), [], "", "national") for r in rules)
        if has_rule and facts.get(fact) not in (None, ""):
            out.append(f"{label}: {_word(facts[fact])}")
    return out


def first_name(name: Optional[str]) -> Optional[str]:
    words = (name or "").split()
    return words[0][:60] if words else None


def compose(*, reference: str, pathway: Mapping[str, Any], eligibility: Mapping[str, Any],
            facts: Mapping[str, Any], channel: Optional[str], contact_name: Optional[str] = None,
            contact_phone: Optional[str] = None, contact_email: Optional[str] = None,
            note: Optional[str] = None) -> tuple:
    """(subject, body) of the packet. Nothing beyond what the consent question named."""
    title = str(pathway.get("title") or pathway.get("id"))
    lines = [f"A resident has asked Waymark to refer them to {title}.", "",
             f"Reference: {reference} (quote it when you update the referral)",
             f"Pathway: {title} ({pathway.get('id')})"]
    if facts.get("asking_for") in PRONOUNS:
        # A parent, partner or support worker asked: the facts are the learner's, the contact is the asker's.
        lines[0] = f"A resident has asked Waymark to refer someone they asked on behalf of to {title}."
        lines += ["Asked on behalf of someone else: the facts below are that person's; the contact below is "
                  "the person who asked, who was asked to check the learner agrees to this referral."]
    name = first_name(contact_name)
    if name:
        lines.append(f"First name: {name}")
    lines += ["", "How they would like to be contacted:"]
    if contact_phone or contact_email:
        lines += [f"  {label}: {value}" for label, value in (("Phone", contact_phone), ("Email", contact_email)) if value]
    else:
        where = {"sms": "by text message", "whatsapp": "on WhatsApp", "web": "in the web chat",
                 "console": "with a Waymark outreach worker"}.get(channel or "", "in a chat")
        lines.append(f"  They asked {where} and have your next step and this reference: they will contact "
                     "you. Waymark does not pass on phone numbers by email; the outreach team can pass on "
                     "a message if you quote the reference.")
    if note:  # the console's "Note for the provider", written with the resident
        lines += ["", "Note from the outreach worker:", f"  {note}"]
    told = enrolment_facts(eligibility, facts)
    if told:
        lines += ["", "What they told us that your enrolment rules turn on:"] + [f"  {t}" for t in told]
    items = evidence.checklist(eligibility, facts)
    lines += ["", "We suggested they bring:"] + [f"  - {t}" for t in evidence.lines(items)]
    lines += ["", "Please update the referral's status (contacted, enrolled, started, completed or withdrawn)",
              "in the Waymark console, or send your referrals coordinator a CSV of reference,status.",
              "This email contains personal data shared with the resident's consent for this referral only."]
    return f"Waymark referral {reference}: {title}"[:300], "\n".join(lines)


def queue(session: Session, *, referral_id: int, provider: str, subject: str, body: str,
          now: Optional[float] = None) -> int:
    now = time.time() if now is None else now
    result = session.execute(insert(referral_mail).values(
        referral_id=referral_id, provider=provider[:300], subject=subject[:300], body=body, status="queued",
        attempts=0, next_attempt_at=now, created_at=now))
    return result.inserted_primary_key[0]


@dataclass(frozen=True)
class Mail:
    id: int
    referral_id: int
    reference: str
    provider: str
    status: str
    to_address: Optional[str]
    attempts: int
    next_attempt_at: float
    last_error: Optional[str]
    sent_at: Optional[float]

    @property
    def words(self) -> str:
        return STATUS_WORDS.get(self.status, self.status)


def _mail(row) -> Mail:
    return Mail(row.id, row.referral_id, row.reference, row.provider, row.status, row.to_address, row.attempts,
                row.next_attempt_at, row.last_error, row.sent_at)


def _joined():
    return select(referral_mail, referral_records.c.reference).join(
        referral_records, referral_records.c.id == referral_mail.c.referral_id)


def for_referrals(session: Session, referral_ids: Sequence[int]) -> Dict[int, Mail]:
    """The latest mail of each referral."""
    if not referral_ids:
        return {}
    rows = session.execute(_joined().where(referral_mail.c.referral_id.in_(list(referral_ids)))
                           .order_by(referral_mail.c.id)).all()
    return {r.referral_id: _mail(r) for r in rows}


def problems(session: Session, limit: int = 200) -> List[Mail]:
    """Mails not delivered yet that a coordinator should know about: retrying, failed, no address."""
    rows = session.execute(_joined().where(
        (referral_mail.c.status.in_(("failed", "no_address")))
        | ((referral_mail.c.status == "queued") & (referral_mail.c.attempts > 0)))
        .order_by(referral_mail.c.created_at).limit(limit)).all()
    return [_mail(r) for r in rows]


def retry_now(session: Session, mail_id: int, *, now: Optional[float] = None) -> bool:
    """A coordinator sends a failed (or waiting) mail again now; counts start afresh."""
    now = time.time() if now is None else now
    return session.execute(update(referral_mail).where(
        referral_mail.c.id == mail_id, referral_mail.c.status.in_(("failed", "queued", "no_address")))
        .values(status="queued", attempts=0, next_attempt_at=now, last_error=None)).rowcount == 1


# --- delivery ------------------------------------------------------------------------------------------
def message(settings: Settings, to: str, subject: str, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.mail_from
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain=settings.mail_from.rpartition("@")[2] or "localhost")
    msg.set_content(body)
    return msg


def smtp_send(settings: Settings, msg: EmailMessage) -> None:
    """One message through the configured SMTP server; raises on any failure."""
    assert settings.smtp_host
    context = ssl.create_default_context()
    if settings.smtp_tls == "ssl":
        client: smtplib.SMTP = smtplib.SMTP_SSL(settings.smtp_host, settings.smtp_port,
                                                timeout=settings.mail_timeout_s, context=context)
    else:
        client = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.mail_timeout_s)
    with client:
        client.ehlo()
        if settings.smtp_tls == "starttls":
            client.starttls(context=context)
            client.ehlo()
        if settings.smtp_user:
            client.login(settings.smtp_user, settings.smtp_password or "")
        client.send_message(msg)


def outbox_dir(settings: Settings) -> Path:
    return rights.mail_outbox_dir(settings)  # one place: an erasure deletes from it too


def write_outbox(settings: Settings, msg: EmailMessage, name: str) -> Path:
    """The message as an .eml file only its owner can read (it holds a resident's details)."""
    folder = outbox_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    path = folder / f"{name}.eml"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(bytes(msg))
    os.chmod(path, 0o600)
    return path


def purge_outbox(settings: Settings, *, days: float, now: Optional[float] = None) -> int:
    """Delete outbox files older than `days` (the retention period): a packet someone forgot to forward
    and delete must not outlive the conversation it came from, nor a text the gateway wrote to
    settings.outbox_dir instead of sending it (routes, resume codes, a worker's replies)."""
    now = time.time() if now is None else now
    removed = 0
    for folder, pattern in ((outbox_dir(settings), "*.eml"), (settings.outbox_dir, "*.txt")):
        if not folder.is_dir():
            continue
        for path in folder.glob(pattern):
            try:
                if path.stat().st_mtime < now - days * 86_400.0:
                    path.unlink()
                    removed += 1
            except OSError:
                continue
    return removed


def deliver_due(factory: sessionmaker, settings: Settings, providers: Providers, *,
                now: Optional[float] = None, send: Optional[Send] = None) -> Dict[str, int]:
    """Send every mail that is due; counts by outcome. Safe to run from several runners at once."""
    now = time.time() if now is None else now
    counts: Dict[str, int] = {}

    def count(key: str) -> None:
        counts[key] = counts.get(key, 0) + 1

    with factory() as session, session.begin():
        rows = session.execute(select(referral_mail, referral_records.c.reference, referral_records.c.journey_id,
                                      referral_records.c.status.label("referral_status"))
                               .join(referral_records, referral_records.c.id == referral_mail.c.referral_id)
                               .where(referral_mail.c.status.in_(PENDING), referral_mail.c.next_attempt_at <= now)
                               .order_by(referral_mail.c.next_attempt_at).limit(BATCH)).all()
        claimed = []
        for row in rows:
            took = session.execute(update(referral_mail).where(
                referral_mail.c.id == row.id, referral_mail.c.next_attempt_at == row.next_attempt_at,
                referral_mail.c.status.in_(PENDING)).values(next_attempt_at=now + LEASE_S)).rowcount
            if not took:
                continue  # another runner has it
            if row.referral_status == "withdrawn" or not rights.get_consent(session, row.journey_id).share_with_provider:
                # Never sent, and the packet's personal details are dropped.
                session.execute(update(referral_mail).where(referral_mail.c.id == row.id)
                                .values(status="withdrawn", body="", next_attempt_at=now))
                count("withdrawn")
                continue
            claimed.append(row)
    for row in claimed:
        address = providers.address(row.provider)
        if address is None:
            _record(factory, row.id, status="no_address", next_attempt_at=now + NO_ADDRESS_RECHECK_S)
            count("no_address")
            continue
        msg = message(settings, address, row.subject, row.body)
        try:
            if settings.smtp_host:
                (send or smtp_send)(settings, msg)
                status = "sent"
            else:
                write_outbox(settings, msg, f"{int(now)}-{row.reference}-{row.id}")
                status = "outbox"
        except (smtplib.SMTPException, OSError, ValueError) as error:
            attempts = row.attempts + 1
            gave_up = attempts >= MAX_ATTEMPTS
            reason = f"{type(error).__name__}: {error}"[:300]
            _record(factory, row.id, status="failed" if gave_up else "queued", attempts=attempts,
                    next_attempt_at=now + retry_delay(attempts), last_error=reason, to_address=address)
            log.warning("referral mail %s (referral %s): attempt %d failed (%s)%s", row.id, row.referral_id,
                        attempts, type(error).__name__, "; giving up" if gave_up else "")
            count("failed" if gave_up else "retrying")
            continue
        _record(factory, row.id, status=status, attempts=row.attempts + 1, sent_at=now, to_address=address,
                last_error=None, next_attempt_at=now)
        log.info("referral mail %s (referral %s): %s", row.id, row.referral_id, status)
        count(status)
    return counts


def _record(factory: sessionmaker, mail_id: int, **values: Any) -> None:
    with factory() as session, session.begin():
        session.execute(update(referral_mail).where(referral_mail.c.id == mail_id).values(**values))


__all__ = ["MAX_ATTEMPTS", "Mail", "STATUS_WORDS", "compose", "deliver_due", "enrolment_facts", "first_name",
           "for_referrals", "message", "outbox_dir", "problems", "purge_outbox", "queue", "retry_delay", "retry_now",
           "smtp_send", "write_outbox"]
