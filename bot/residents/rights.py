"""A resident's data rights: legibility, agency, negotiability, and erasure.

- Legibility: `what_we_hold` lists everything held about a resident, in plain words, and where.
- Agency: `change_fact` checks a corrected fact; the console or the dialogue then sets the slot.
- Negotiability: consent choices (keep my conversation, share my details with a provider, follow-ups
  and notifications), changeable at any time with `set_consent`; withdrawing follow-ups stops them.
- Who may: a channel linked to a journey (a resume code typed on a new phone or browser) cannot read
  or erase the journey's record until `link_cooldown` has passed since it was linked
  (`link_waiting_until`); the channel the journey started on, and links older than that, can. A code
  that was guessed or overheard then gets its holder the conversation from here on, not the record.
- Erasure: `erase` deletes everything about a pseudonymous sender in every store (Rasa's `events`,
  our tables, the gateway's phone mapping and message records) and returns a receipt reference. The
  receipt row and the analytics keep counts only. On SQLite the freed space is zeroed (secure_delete), the
  file is rewritten from its live rows and the write-ahead logs are checkpointed and truncated, so no copy
  of the rows stays on disk (bot.db.leave_nothing_behind).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Set, Tuple

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.residents import analytics, audit, journeys, outbound, tracker_db
from bot.db import leave_nothing_behind, session_factory, writing
from bot.residents.contacts import gateway_contacts, gateway_inbound
from bot.dialogue.profile import Profile, ProfileError
from bot.residents.records import (RESIDENT_KEYS, console_assisted, console_handoffs, console_messages,
                         console_sessions, journey_codes, journey_links, notify_subscriptions,
                         referral_history, referral_records, rights_consents, rights_erasures)
from bot.language.words import ENGLISH, P_, Words, date_locale

log = logging.getLogger("waymark.rights")

FACT_LABELS = ENGLISH.table("fact_label")
# Other things a conversation can hold about a resident (not facts for change_fact). Never asked: what a
# resident volunteered, kept in their words' meaning so "what do you know about me?" shows all of it.
HELD_LABELS = {**FACT_LABELS, **ENGLISH.table("held_label")}
# Values whose everyday words depend on the question (a bare "none" reads wrongly out of context).
_NAMED_VALUE_WORDS = {name: ENGLISH.table(name) for name in ("digital_confidence", "asking_for", "language")}
CONSENT_WORDS = ENGLISH.table("consent")


@dataclass(frozen=True)
class Consent:
    keep_conversation: bool = True  # the service needs the conversation to answer across messages
    share_with_provider: bool = False
    follow_ups: bool = False
    recorded: bool = False


@dataclass(frozen=True)
class Held:
    what: str  # a heading in plain words
    where: str  # the store, described in plain words ("Waymark's server, in ..."), never a file path
    items: Tuple[str, ...]
    kind: str = ""  # which store ("told", "choices"...), whatever the language of the heading


# TRANSLATORS: a held value said back: yes / no, and a yearly income ({amount} in pounds, kept as it is).
_YES, _NO = P_("held_value", "yes"), P_("held_value", "no")
_A_YEAR = P_("held_value", "{amount} a year")
_AGE_RANGE = P_("age_range", "{low} to {high}")


def value_words(name: str, value: Any, words: Words = ENGLISH) -> str:
    """A held value in everyday words, in `words`' language (English unless the caller says)."""
    if isinstance(value, bool):
        return words.say(_YES if value else _NO)
    if name == "qualification_level" and isinstance(value, int):
        return words.table("qualification_level").get(value, str(value))
    if name == "school_age" and isinstance(value, (list, tuple)) and len(value) == 2:
        return words.say(_AGE_RANGE, low=value[0], high=value[1])
    if name == "annual_income" and isinstance(value, (int, float)):
        return words.say(_A_YEAR, amount=f"£{value:,.0f}")
    if isinstance(value, (list, tuple)):
        return ", ".join(value_words(name, v, words) for v in value)
    if name in _NAMED_VALUE_WORDS and str(value) in _NAMED_VALUE_WORDS[name]:
        return words.table(name)[str(value)]
    return words.table("held_value").get(str(value), str(value).replace("_", " "))


# --- negotiability -------------------------------------------------------------------------------------
def get_consent(session: Session, journey_id: str) -> Consent:
    row = session.execute(select(rights_consents).where(rights_consents.c.journey_id == journey_id)).first()
    if row is None:
        return Consent()
    return Consent(bool(row.keep_conversation), bool(row.share_with_provider), bool(row.follow_ups), True)


def set_consent(session: Session, journey_id: str, *, keep_conversation: Optional[bool] = None,
                share_with_provider: Optional[bool] = None, follow_ups: Optional[bool] = None,
                source: str = "resident", now: Optional[float] = None) -> Consent:
    """Change any of the three choices (None leaves one as it is). Withdrawing follow-ups closes
    the resident's open notifications and cancels follow-ups not yet sent."""
    now = time.time() if now is None else now
    journey_id = journeys.journey_of(session, journey_id)
    current = get_consent(session, journey_id)
    values = {
        "keep_conversation": current.keep_conversation if keep_conversation is None else keep_conversation,
        "share_with_provider": current.share_with_provider if share_with_provider is None else share_with_provider,
        "follow_ups": current.follow_ups if follow_ups is None else follow_ups,
        "source": source, "updated_at": now,
    }
    if current.recorded:
        session.execute(update(rights_consents).where(rights_consents.c.journey_id == journey_id).values(**values))
    else:
        session.execute(insert(rights_consents).values(journey_id=journey_id, **values))
    if not values["follow_ups"]:
        session.execute(update(notify_subscriptions).where(
            notify_subscriptions.c.journey_id == journey_id, notify_subscriptions.c.status == "open")
            .values(status="withdrawn", closed_at=now))
        session.execute(update(referral_records).where(
            referral_records.c.journey_id == journey_id, referral_records.c.followup_sent_at.is_(None))
            .values(follow_up=False))
    log.info("consent choices updated for %s by %s", journey_id, source)
    return get_consent(session, journey_id)


# --- agency -----------------------------------------------------------------------------------------------
def change_fact(name: str, value: Any) -> Any:
    """The corrected value in the slot's form; ProfileError (naming the field) if it is not allowed."""
    if name not in FACT_LABELS:
        raise ProfileError(f"{name}: not a fact we keep")
    profile = Profile.from_mapping({name: value})
    coerced = getattr(profile, name)
    if coerced in (None, ()):
        raise ProfileError(f"{name}: give a value")
    return list(coerced) if isinstance(coerced, tuple) else coerced


# --- who may read or erase --------------------------------------------------------------------------------
class LinkTooNew(Exception):
    """The asking channel was linked to this journey too recently to read or erase its record."""

    def __init__(self, ready_at: float):
        super().__init__(f"linked too recently; allowed from {ready_at:.0f}")
        self.ready_at = ready_at


def link_waiting_until(session: Session, via: str, *, cooldown_s: float,
                       now: Optional[float] = None) -> Optional[float]:
    """None when the channel `via` may read and erase its journey's record; else the time it may.

    `via` is the pseudonym the message came through (the gateway's "via" metadata), not the journey's
    id: the journey's own channel has no link and may always act.
    """
    now = time.time() if now is None else now
    row = session.execute(select(journey_links.c.journey_id, journey_links.c.linked_at)
                          .where(journey_links.c.sender_id == via)).first()
    if row is None or row.journey_id == via:
        return None
    ready = row.linked_at + cooldown_s
    return ready if now < ready else None


def check_link(session: Session, via: Optional[str], *, cooldown_s: float, now: Optional[float] = None) -> None:
    """LinkTooNew unless `via` (None: the journey's own channel) may act on the record now."""
    if via:
        ready = link_waiting_until(session, via, cooldown_s=cooldown_s, now=now)
        if ready is not None:
            log.info("record of a journey withheld from %s: linked too recently", via)
            raise LinkTooNew(ready)


# --- legibility -------------------------------------------------------------------------------------------
# Where each store is, described for a resident (the "store" words table): a server's file paths and table
# names mean nothing to them and tell anyone reading over their shoulder how the server is laid out.


def count_of(number: int, noun: str) -> str:
    """"1 message", "2 messages": what a resident reads never says "message(s)"."""
    return f"{number} {noun}" + ("" if number == 1 else "s")


# TRANSLATORS: "what do you know about me": the heading of each store, and what is in it. A count comes
# in two messages, one (n is 1) and more (any other n): say it without a plural form where the
# language has more than two ("Messages from you: {n}"). {day} is a date already written.
_HEADINGS = {
    "told": P_("held_store", "What you told us"),
    "conversation": P_("held_store", "Your conversation"),
    "phone": P_("held_store", "Your phone number"),
    "links": P_("held_store", "Other ways you've continued this chat"),
    "codes": P_("held_store", "Resume codes"),
    "referrals": P_("held_store", "Referrals"),
    "notify": P_("held_store", "Courses you asked us to tell you about"),
    "handoffs": P_("held_store", "Requests to talk to a person"),
    "messages": P_("held_store", "Messages with an outreach worker"),
    "sessions": P_("held_store", "Sessions with an outreach worker"),
    "advice": P_("held_store", "What we recommended, and from which list of courses"),
    "choices": P_("held_store", "Your choices"),
}
# TRANSLATORS: where a store is kept; {store} is its description ("the record of your conversation").
_WHERE = P_("held", "Waymark's server, in {store}")
_ASSISTED = P_("held_item", " (recorded with an outreach worker)")
_CONVERSATION = {True: P_("held_item", "{n} message from you and the assistant's replies, last on {day}"),
                 False: P_("held_item", "{n} messages from you and the assistant's replies, last on {day}")}
_RETENTION = P_("held_item", "Deleted {days} days after your last message, or now if you ask us to forget you")
# TRANSLATORS: {last3}: the number's last three digits; {channel}: "WhatsApp" or "SMS", kept as they are.
_NUMBER = P_("held_item", "Number ending {last3} on {channel}")
# TRANSLATORS: keep "STOP" in English.
_STOPPED = P_("held_item", " (you replied STOP: we send nothing)")
# TRANSLATORS: {channel}: how the chat was continued ("A phone, by text message").
_LINK = P_("held_item", "{channel}, from {day}")
_ANOTHER_CHAT = P_("held_item", "Another chat")
_CODE = P_("held_item", "A code (stored scrambled) that works until {day}")
# TRANSLATORS: {title} and {provider} are the course's own names; {status} how the referral stands.
_REFERRAL = P_("held_item", "{title} with {provider}: {status}")
_SHARED = P_("held_item", "; shared with them: {what}")
_YOUR_NAME, _YOUR_PHONE, _YOUR_EMAIL = (P_("held_item", "your name"), P_("held_item", "your phone"),
                                        P_("held_item", "your email"))
# TRANSLATORS: {title} is the course's own name; {status} how the request stands.
_SUBSCRIPTION = P_("held_item", "{title}: {status}")
_HANDOFF = P_("held_item", "Asked on {day} ({status}); a copy of your answers and suggestions went with it")
_NOTES = {True: P_("held_item", "{n} message"), False: P_("held_item", "{n} messages")}
# TRANSLATORS: {event}: the name of the session as the worker typed it.
_VISIT = P_("held_item", "{event} on {day}; you agreed out loud to use Waymark")
# TRANSLATORS: {version}: the course list's version, kept as it is.
_ADVICE = {True: P_("held_item", "On {day}: {n} suggestion, {near} nearly suitable, from course list {version}"),
           False: P_("held_item", "On {day}: {n} suggestions, {near} nearly suitable, from course list {version}")}
_UNKNOWN_DAY = P_("held_item", "unknown")


def _where(table: str, words: Words = ENGLISH) -> str:
    return words.say(_WHERE, store=words.table("store")[table])


def _day(when: Optional[float], words: Words = ENGLISH) -> str:
    if not when:
        return words.say(_UNKNOWN_DAY)
    day = dt.datetime.fromtimestamp(when)
    if words.lang == "en":
        return f"{day.day} {day:%B %Y}"
    from babel.dates import format_date  # imported only when a translated record is shown

    return format_date(day.date(), format="long", locale=date_locale(words.lang))


def what_we_hold(session: Session, tracker_engine: Engine, sender_id: str, *, database_url: Optional[str] = None,
                 retention_days: int = 180, words: Words = ENGLISH) -> List[Held]:
    """Every store that holds something about the resident, in `words`' language (the values are the
    same words as everywhere else; a course's own names and statuses stay as they are). (`database_url` is
    no longer shown: each store is described, not located; the parameter stays for callers that pass it.)"""
    w = words
    ids = journeys.identities(session, sender_id)
    journey_id = journeys.journey_of(session, sender_id)
    out: List[Held] = []

    def held(kind: str, table: str, items: Iterable[str]) -> None:
        out.append(Held(w.say(_HEADINGS[kind]), _where(table, w), tuple(items), kind=kind))

    labels = {**w.table("fact_label"), **w.table("held_label")}
    facts = tracker_db.facts(tracker_engine, journeys.senders_of(session, journey_id))
    if facts:
        held("told", "events", (f"{labels.get(f.name, f.name)}: {value_words(f.name, f.value, w)}"
                                + (w.say(_ASSISTED) if f.assisted else "") for f in facts.values()))
    events, said, last = tracker_db.counts(tracker_engine, ids)
    if events:
        held("conversation", "events", (w.say(_CONVERSATION[said == 1], n=said, day=_day(last, w)),
                                        w.say(_RETENTION, days=retention_days)))
    contacts = session.execute(select(gateway_contacts).where(gateway_contacts.c.pseudonym.in_(ids))).all()
    if contacts:
        held("phone", "gateway_contacts", (
            w.say(_NUMBER, last3=c.address[-3:], channel="WhatsApp" if c.channel == "whatsapp" else "SMS")
            + (w.say(_STOPPED) if c.opted_out else "") for c in contacts))
    links = session.execute(select(journey_links.c.channel, journey_links.c.linked_at).where(
        journey_links.c.journey_id == journey_id, journey_links.c.sender_id != journey_id)
        .order_by(journey_links.c.linked_at)).all()
    if links:
        # Each with its day, so a resident can notice one that was not them.
        link_words = w.table("link_channel")
        held("links", "journey_links", (
            w.say(_LINK, channel=link_words.get(link.channel) or w.say(_ANOTHER_CHAT), day=_day(link.linked_at, w))
            for link in links))
    codes = session.execute(select(journey_codes.c.expires_at).where(journey_codes.c.journey_id == journey_id)).all()
    if codes:
        held("codes", "journey_codes", (w.say(_CODE, day=_day(c.expires_at, w)) for c in codes))
    refs = session.execute(select(referral_records).where(referral_records.c.journey_id == journey_id)).all()
    if refs:
        def shared(r) -> str:
            what = [w.say(e) for e, v in ((_YOUR_NAME, r.contact_name), (_YOUR_PHONE, r.contact_phone),
                                          (_YOUR_EMAIL, r.contact_email)) if v]
            return w.say(_SHARED, what=", ".join(what)) if what else ""
        held("referrals", "referral_records", (
            w.say(_REFERRAL, title=r.pathway_title, provider=r.provider, status=w("referral_status", r.status, str(r.status)))
            + shared(r) for r in refs))
    subs = session.execute(select(notify_subscriptions).where(notify_subscriptions.c.journey_id == journey_id)).all()
    if subs:
        held("notify", "notify_subscriptions", (w.say(_SUBSCRIPTION, title=s.pathway_title,
                                                       status=w("subscription_status", s.status, str(s.status))) for s in subs))
    handoffs = session.execute(select(console_handoffs).where(console_handoffs.c.journey_id == journey_id)).all()
    if handoffs:
        held("handoffs", "console_handoffs", (w.say(_HANDOFF, day=_day(h.created_at, w),
                                                     status=w("handoff_status", h.status, str(h.status)))
                                              for h in handoffs))
    notes = session.execute(select(console_messages.c.id).where(console_messages.c.journey_id == journey_id)).all()
    if notes:
        held("messages", "console_messages", (w.say(_NOTES[len(notes) == 1], n=len(notes)),))
    visits = session.execute(select(console_assisted).where(console_assisted.c.journey_id == journey_id)).all()
    if visits:
        held("sessions", "console_assisted", (w.say(_VISIT, event=v.event_name, day=_day(v.started_at, w))
                                              for v in visits))
    advice = audit.history(session, journey_id)
    if advice:
        held("advice", "advice_records", (
            w.say(_ADVICE[len(a.shown) == 1], day=_day(a.at, w), n=len(a.shown), near=len(a.near_misses),
                  version=a.version) for a in advice))
    consent = get_consent(session, journey_id)
    held("choices", "rights_consents", (f"{words_}: {value_words('consent', getattr(consent, name), w)}"
                                        for name, words_ in w.table("consent").items()))
    return out


# --- erasure ----------------------------------------------------------------------------------------------
def _everyone(session: Session, sender_id: str) -> Set[str]:
    """Every pseudonym of this resident: linked channels, and any contact with the same number."""
    ids: Set[str] = journeys.identities(session, sender_id)
    for _ in range(5):  # a resident has a handful of channels; this settles in one or two rounds
        numbers = session.execute(select(gateway_contacts.c.address)
                                  .where(gateway_contacts.c.pseudonym.in_(ids))).scalars().all()
        more = set(session.execute(select(gateway_contacts.c.pseudonym)
                                   .where(gateway_contacts.c.address.in_(numbers))).scalars().all())
        for other in list(more):
            more |= journeys.identities(session, other)
        if more <= ids:
            break
        ids |= more
    return ids


def erase_records(session: Session, ids: Iterable[str]) -> Dict[str, int]:
    """Delete every row of ours and the gateway's naming these pseudonyms; counts per table."""
    ids = sorted(set(ids))
    counts: Dict[str, int] = {}
    refs = select(referral_records.c.id).where(or_(referral_records.c.journey_id.in_(ids),
                                                   referral_records.c.sender_id.in_(ids)))
    counts["referral_history"] = session.execute(delete(referral_history).where(
        referral_history.c.referral_id.in_(refs))).rowcount
    assisted = select(console_assisted.c.id).where(console_assisted.c.journey_id.in_(ids))
    session.execute(update(console_sessions).where(console_sessions.c.kiosk_for.in_(assisted))
                    .values(kiosk_for=None))
    # The audit record of advice loses its link to the person and becomes anonymous counts.
    counts["advice_records"] = audit.unlink(session, ids)
    for table, keys in RESIDENT_KEYS.items():
        condition = or_(*(table.c[k].in_(ids) for k in keys))
        counts[table.name] = session.execute(delete(table).where(condition)).rowcount
    # Numbers these chats typed and sent routes to: each goes too unless it has a life of its own.
    typed = outbound.sent_to(session, ids) - set(ids)
    counts["outbound_sends"] = outbound.erase(session, ids)
    ids = ids + sorted(c for c in typed if not _kept_for_itself(session, c))
    counts["gateway_inbound"] = session.execute(delete(gateway_inbound).where(
        gateway_inbound.c.pseudonym.in_(ids))).rowcount
    counts["gateway_contacts"] = session.execute(delete(gateway_contacts).where(
        gateway_contacts.c.pseudonym.in_(ids))).rowcount
    return {k: int(v or 0) for k, v in counts.items()}


def _kept_for_itself(session: Session, contact: str) -> bool:
    """A typed number's contact stays when that phone ever wrote to us (its own conversation, or a
    STOP to remember), joined a journey, or another kept chat still sends or notifies it."""
    row = session.execute(select(gateway_contacts.c.last_inbound_at, gateway_contacts.c.opted_out)
                          .where(gateway_contacts.c.pseudonym == contact)).first()
    if row is None or row.last_inbound_at is not None or row.opted_out or outbound.in_use(session, contact):
        return True
    uses = ((journey_links, "sender_id"), (journey_links, "journey_id"), (notify_subscriptions, "sender_id"),
            (referral_records, "sender_id"), (console_handoffs, "sender_id"))
    return any(session.execute(select(table.c[column]).where(table.c[column] == contact).limit(1)).first()
               for table, column in uses)


@dataclass(frozen=True)
class Erasure:
    receipt: str
    counts: Dict[str, int]


def new_receipt() -> str:
    raw = "".join(secrets.choice(journeys.ALPHABET) for _ in range(8))
    return f"E-{raw[:4]}-{raw[4:]}"


def mail_outbox_dir(settings: Any) -> Path:
    """Where referral mail waits for a person to forward it when there is no mail server
    (bot.residents.mail writes it; an erasure deletes from it)."""
    return Path(settings.var_dir) / "mail-outbox"


def erase_outbox(folder: Optional[Path], names: Iterable[str], pattern: str = "*.txt") -> int:
    """Delete the files in `folder` named for any of `names`. Texts the gateway wrote instead of sending
    them (settings.outbox_dir) are "<time>-<pseudonym>-<process>-<n>.txt"; referral mail
    (mail_outbox_dir) is "<time>-<reference>-<id>.eml". Files deleted."""
    if folder is None or not folder.is_dir():
        return 0
    marks = [f"-{n}-" for n in names if n]
    removed = 0
    for path in folder.glob(pattern):
        if any(mark in path.name for mark in marks):
            try:
                path.unlink()
                removed += 1
            except OSError:
                continue
    return removed


def erase(engine: Engine, tracker_engine: Engine, sender_id: str, *, reason: str = "request",
          now: Optional[float] = None, via: Optional[str] = None, cooldown_s: float = 0.0,
          outbox: Optional[Path] = None, mail_outbox: Optional[Path] = None) -> Erasure:
    """Forget a resident everywhere. Safe to repeat: a second run finds nothing and still gives a
    receipt. Tracker first: if our database then fails, running it again completes the job.

    `via`: the channel asking, when it is not the journey's own; LinkTooNew (nothing erased) while it
    is within `cooldown_s` of being linked. `outbox`: settings.outbox_dir, where the texts written
    for the resident's phones (and for numbers their chat typed, whose contact goes too) are deleted;
    `mail_outbox`: mail_outbox_dir, where their referrals' packets are deleted."""
    now = time.time() if now is None else now
    factory = session_factory(engine)
    with factory() as session:
        check_link(session, via, cooldown_s=cooldown_s, now=now)
        ids = _everyone(session, sender_id)
    counts = {"events": tracker_db.erase(tracker_engine, ids)}
    with session_factory(writing(engine))() as session, session.begin():
        ids |= _everyone(session, sender_id)  # anything linked while the tracker was being cleared
        typed = outbound.sent_to(session, ids) - ids
        references = set(session.execute(select(referral_records.c.reference).where(or_(
            referral_records.c.journey_id.in_(ids), referral_records.c.sender_id.in_(ids)))).scalars().all())
        counts.update(erase_records(session, ids))
        gone = ids | {c for c in typed if session.execute(select(gateway_contacts.c.pseudonym).where(
            gateway_contacts.c.pseudonym == c)).first() is None}
        receipt = new_receipt()
        session.execute(insert(rights_erasures).values(receipt=receipt, reason=reason,
                                                       counts=json.dumps(counts), at=now))
        analytics.record(session, "erasure")
    # Committed: now empty SQLite's write-ahead logs, which still hold the pages as they were before.
    leave_nothing_behind(tracker_engine)
    leave_nothing_behind(engine)
    counts["outbox_texts"] = erase_outbox(outbox, gone)
    counts["outbox_mail"] = erase_outbox(mail_outbox, references, "*.eml")
    log.info("erasure %s (%s): %d pseudonym(s), %d row(s)", receipt, reason, len(ids), sum(counts.values()))
    return Erasure(receipt, counts)


def forget(settings: Any, sender_id: str, *, via: Optional[str] = None) -> Erasure:
    """For other processes (the action server's "forget me"): erase with engines built from Settings,
    if the asking channel `via` has been linked long enough (settings.link_cooldown_hours)."""
    from bot.db import make_engine

    engine, tracker = make_engine(settings.database_url), make_engine(settings.tracker_store_url)
    try:
        return erase(engine, tracker, sender_id, via=via, cooldown_s=settings.link_cooldown_hours * 3600.0,
                     outbox=settings.outbox_dir, mail_outbox=mail_outbox_dir(settings))
    finally:
        engine.dispose()
        tracker.dispose()


__all__ = ["CONSENT_WORDS", "Consent", "Erasure", "FACT_LABELS", "Held", "LinkTooNew", "change_fact", "check_link",
           "erase", "erase_outbox", "erase_records", "forget", "get_consent", "link_waiting_until", "mail_outbox_dir",
           "new_receipt", "set_consent", "value_words", "what_we_hold"]
