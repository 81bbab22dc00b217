"""Anonymous events for the demand report: `record(session, event, **dims)`.

No sender id, no text, no time of day: each event is a name, a date and a few dimensions whose values
come from closed vocabularies. A value outside them is stored as "other" (a place outside the area as
"outside_area"), so free text a resident typed can never land here, and an erasure has nothing to find.
"""

from __future__ import annotations

import datetime as dt
from typing import Dict, Optional, Tuple

from sqlalchemy import insert
from sqlalchemy.orm import Session

from bot.language import vocab
from bot.residents.records import analytics_events

REFERRAL_STATUSES = ("referred", "contacted", "enrolled", "started", "completed", "withdrawn")
QUESTIONS = ("local_authority", "age", "background", "employment_status", "annual_income",
             "qualification_level", "universal_credit", "interest", "availability", "immigration_status",
             "english_level")
# web/sms/whatsapp: the resident alone; assisted: typed with a worker; kiosk: the resident on a
# worker's tablet.
CHANNELS = ("web", "sms", "whatsapp", "assisted", "kiosk")
OUTCOMES = ("open", "waitlist_only", "none")
URGENCIES = ("low", "normal", "high")

EVENTS = {
    "conversation_started": ("channel",),
    "question_asked": ("question", "channel"),
    "question_answered": ("question", "channel"),
    # one per recommendation turn: who (coarsely) and whether anything open was found for them
    "recommended": ("local_authority", "background", "channel", "outcome"),
    "pathway_recommended": ("kind", "local_authority"),
    "referral_created": ("kind", "local_authority"),
    "referral_status": ("status", "kind"),
    "handoff_requested": ("channel", "urgency"),
    "notify_subscribed": ("kind",),
    "notify_sent": ("channel",),
    "erasure": (),
    # resume codes: a channel continued a journey, a code that did not work, an attempt over the limit
    "resume_redeemed": ("channel",),
    "resume_failed": ("channel",),
    "resume_limited": ("channel",),
}

_ALLOWED: Dict[str, Tuple[str, ...]] = {
    "channel": CHANNELS,
    "background": vocab.BACKGROUNDS,
    "kind": vocab.KINDS,
    "question": QUESTIONS,
    "status": REFERRAL_STATUSES,
    "outcome": OUTCOMES,
    "urgency": URGENCIES,
}


def clean(dimension: str, value: object) -> Optional[str]:
    """The stored form of one dimension's value: vocabulary, "outside_area", "other" or None."""
    if value is None or value == "":
        return None
    text = str(value)
    if dimension == "local_authority":
        return text if text in vocab.LOCAL_AUTHORITIES else "outside_area"
    return text if text in _ALLOWED[dimension] else "other"


def record(session: Session, event: str, *, day: Optional[dt.date] = None, **dims: object) -> None:
    """Add one anonymous event. Unknown events or dimensions are programming errors: they raise."""
    if event not in EVENTS:
        raise ValueError(f"unknown analytics event {event!r}")
    unknown = set(dims) - set(EVENTS[event])
    if unknown:
        raise ValueError(f"{event}: dimensions {sorted(unknown)} are not recorded for this event")
    values = {name: clean(name, value) for name, value in dims.items()}
    session.execute(insert(analytics_events).values(event=event, day=day or dt.date.today(), **values))


def outcome_of(statuses: "list[str]") -> str:
    """Unmet demand: "open" if anything recommended is open, "waitlist_only", or "none"."""
    if any(s == "open" for s in statuses):
        return "open"
    if any(s == "waitlist" for s in statuses):
        return "waitlist_only"
    return "none"


__all__ = ["CHANNELS", "EVENTS", "OUTCOMES", "QUESTIONS", "REFERRAL_STATUSES", "clean", "outcome_of",
           "record"]
