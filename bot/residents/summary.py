"""A resident's summary, as an outreach worker sees it and sends it: what we hold, what the engine
suggests for it, their choices and referrals; the same suggestions as an SMS/WhatsApp text with a
resume code; and the send itself, through the process's one sender (bot.residents.sending.Outbound).

The console's views read the request, call these and render; nothing here knows about the web.
"""

from __future__ import annotations

from typing import Any, Dict, Mapping

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.dialogue import replies, sending
from bot.dialogue.profile import Profile, ProfileError
from bot.pathways.matching import NoCatalogue, match
from bot.residents import journeys, referrals, rights, tracker_db
from bot.residents.notify import Sent
from bot.residents.sending import Outbound

ROUTES_BY_PHONE = 6  # the summary text lists at most this many routes
ASKED_WHERE = "with a Waymark outreach worker"


def readable_profile(facts: Mapping[str, Any]) -> Profile:
    """The Profile of every fact that is usable on its own: one odd value (set outside the intake's
    checks) must not hide the rest of the summary."""
    good: Dict[str, Any] = {}
    for name, value in facts.items():
        try:
            Profile.from_mapping({name: value})
        except ProfileError:
            continue
        good[name] = value
    return Profile.from_mapping(good)


def summary_data(session: Session, tracker: Engine, journey_id: str) -> Dict[str, Any]:
    """Everything the summary page shows for a journey; `result` is None before any catalogue is loaded."""
    facts = tracker_db.facts(tracker, journeys.senders_of(session, journey_id))
    profile = readable_profile({name: f.value for name, f in facts.items()})
    try:
        result = match(session, profile)
    except NoCatalogue:
        result = None
    return {
        "facts": [(rights.FACT_LABELS.get(f.name, f.name), rights.value_words(f.name, f.value), f.assisted, f.name)
                  for f in facts.values()],
        "result": result,
        # Who pays, cost, dates and where the facts come from: the words the card and the SMS use.
        "route_facts": {r.pathway.id: replies.pathway_facts(r.pathway.to_summary_dict())
                        for r in (result.recommendations if result else [])},
        "consent": rights.get_consent(session, journey_id),
        "referrals": referrals.list_referrals(session, journey_id=journey_id),
        "reachable": journeys.reachable_sender(session, journey_id) is not None,
    }


def sms_text(data: Dict[str, Any], code: str, code_days: int = 14, own_chat: bool = False) -> str:
    """The summary for a typed number, as "send me this" words it (bot.dialogue.sending.phone_summary)."""
    result = data["result"]
    text = sending.phone_summary(result.recommendations[:ROUTES_BY_PHONE] if result else [],
                                    code_days=code_days, asked_where=ASKED_WHERE, own_chat=own_chat)
    return text.replace("{code}", code)


def suggested(data: Dict[str, Any], pathway_id: Any):
    """The pathway `pathway_id` names, only if it is one of those suggested to this resident; else None."""
    result = data["result"]
    return next((r.pathway for r in (result.recommendations if result else []) if r.pathway.id == pathway_id),
                None)


async def send_summary(sender: Outbound, data: Dict[str, Any], *, journey_id: str, number: str, channel: str,
                       consented: bool, code_days: int) -> Sent:
    """The summary and a fresh resume code to a number a worker typed for the resident: a destination
    only, under the same rules as "send me this" (consent, allowed numbers, caps; nothing is linked
    until that phone replies with the code). No client key: a signed-in worker at a busy event sends
    for many residents; the per-session, per-number and overall caps still hold."""
    return await sender.send_me_this(
        sender_id=journey_id, number=number, channel=channel, consented=consented, kind="console",
        text=lambda own_chat: sms_text(data, "{code}", code_days, own_chat))


def send_outcome(sent: Sent) -> str:
    """What became of a send, in the console's notice names."""
    if sent.status == "no_consent":
        return "send_consent"
    if sent.status in ("bad_number", "not_allowed"):
        return "bad_phone"
    if sent.status == "capped":
        return "send_capped"
    return "sent" if sent.ok else "send_failed"


__all__ = ["readable_profile", "send_outcome", "send_summary", "sms_text", "suggested", "summary_data"]

