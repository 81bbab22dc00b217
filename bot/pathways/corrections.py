""""Report wrong information": what a resident tells us is wrong about a recommended route, queued for
the skills team, who check it against the source and put the catalogue right.

A report holds the pathway id, the catalogue version it was shown from, the channel and the resident's
words, capped and with phone numbers and email addresses taken out. It holds no sender id: a report is
about the route, not the person, so nothing in it leads back to them (and "forget me" has nothing to
find). Functions take a session and never commit; logs carry the report and pathway ids only.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from dataclasses import dataclass
from typing import Dict, List, Optional

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from bot.language.words import P_, words_for
from bot.residents import phones
from bot.pathways.catalogue import Catalogue, Pathway
from bot.db import catalogue_reports, pathways
from bot.pathways.catalogue_store import active_catalogue
from bot.pathways.validator import ID_PATTERN

log = logging.getLogger("waymark.corrections")

MAX_WORDS = 500  # characters kept of what the resident wrote
STATUSES = ("open", "fixed", "dismissed")
# What the resident is told, in the conversation's language (say()); the English constants are the msgids.
_TEXTS = {
    "thanks": P_("corrections", "Thank you for telling us. The skills team will check this route against its "
                                "source and put it right."),
    "which": P_("corrections", "Which route has wrong information?"),
    "nothing_shown": P_("corrections", "I haven't shown you any routes yet, so there is nothing to report. If "
                                       'something I said is wrong, say "talk to a person".'),
    "unavailable": P_("corrections", "Sorry, I couldn't pass that on just now. Please try again in a few minutes, "
                                     'or say "talk to a person".'),
    "not_shown": P_("corrections", "Sorry, that is not one of the routes I showed you."),
}
THANKS = _TEXTS["thanks"][1]


def say(name: str, lang: Optional[str] = None) -> str:
    """One of the replies above in the conversation's language. TRANSLATORS: keep "talk to a person" in
    English: it is what is understood."""
    return words_for(lang).say(_TEXTS[name])
# Said once on SMS/WhatsApp with the first routes: the keyword the gateway reads (bot.gateway.sms).
# TRANSLATORS: on SMS/WhatsApp, after the first routes. Keep WRONG in English: it is the keyword understood.
_PHONE_HINT = P_("corrections", "If a route's details are wrong, reply WRONG, its number and what is wrong.")
PHONE_HINT = _PHONE_HINT[1]


def phone_hint(lang: Optional[str] = None) -> str:
    return words_for(lang).say(_PHONE_HINT)
WHICH = _TEXTS["which"][1]
NOTHING_SHOWN = _TEXTS["nothing_shown"][1]
UNAVAILABLE = _TEXTS["unavailable"][1]
# Words that say what is wrong, not which route: left out when matching a title ("the info about the
# Sandwell course is wrong" names Sandwell, nothing else).
_ABOUT_NOISE = frozenset("""wrong info information incorrect details detail out date dated report reporting
right not isnt anymore any more update updated fix correct""".split())
_WORD = re.compile(r"[a-z0-9']+")

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = phones.PHONE_SHAPED  # what bot.residents.phones takes for a phone number


class ReportError(ValueError):
    """A report that cannot be queued or moved; the message says why in plain words."""


@dataclass(frozen=True)
class Report:
    id: int
    pathway_id: str
    catalogue_version: str
    channel: str
    words: str
    status: str
    reported_at: float
    resolved_at: Optional[float]
    note: Optional[str]


def clean_words(words: Optional[str]) -> str:
    """The resident's words as kept: one line, capped, with contact details removed."""
    text = " ".join(str(words or "").split())[: MAX_WORDS * 2]
    text = _EMAIL.sub("[email removed]", text)
    text = _PHONE.sub("[number removed]", text)
    return text[:MAX_WORDS]


def naming(text: Optional[str]) -> str:
    """What a typed report says about which route, without the words saying it is wrong."""
    return " ".join(w for w in _WORD.findall(str(text or "").lower()) if w.replace("'", "") not in _ABOUT_NOISE)


def position(number: object, shown: List[str]) -> Optional[str]:
    """The id at `number` as numbered on the list (1 is the first shown), or None."""
    try:
        index = int(str(number).strip())
    except (TypeError, ValueError):
        return None
    return shown[index - 1] if 1 <= index <= len(shown) else None


def report(session: Session, *, pathway_id: str, words: Optional[str], channel: str,
           catalogue_version: str, now: Optional[float] = None) -> int:
    """Queue a report; returns its id. Raises ReportError for an id that is not a pathway id."""
    if not isinstance(pathway_id, str) or len(pathway_id) > 120 or not ID_PATTERN.match(pathway_id):
        raise ReportError("that is not one of the routes I showed you")
    result = session.execute(insert(catalogue_reports).values(
        pathway_id=pathway_id, catalogue_version=str(catalogue_version)[:64], channel=str(channel)[:16],
        words=clean_words(words), status="open", reported_at=now if now is not None else time.time()))
    report_id = result.inserted_primary_key[0]
    log.info("catalogue report %s queued for pathway %s", report_id, pathway_id)
    return report_id


def reports(session: Session, status: str = "open", limit: int = 200) -> List[Report]:
    """The queue, oldest first (the skills team works through it in order)."""
    rows = session.execute(select(catalogue_reports).where(catalogue_reports.c.status == status)
                           .order_by(catalogue_reports.c.reported_at, catalogue_reports.c.id).limit(limit))
    return [_report(row) for row in rows]


def resolve(session: Session, report_id: int, status: str, note: Optional[str] = None,
            now: Optional[float] = None) -> None:
    """Close a report as fixed (the catalogue was corrected) or dismissed (the information was right)."""
    if status not in STATUSES[1:]:
        raise ReportError(f"a report is closed as fixed or dismissed, not {status!r}")
    done = session.execute(update(catalogue_reports)
                           .where(catalogue_reports.c.id == report_id, catalogue_reports.c.status == "open")
                           .values(status=status, note=(note or "")[:MAX_WORDS] or None,
                                   resolved_at=now if now is not None else time.time()))
    if done.rowcount != 1:
        raise ReportError("no open report has that number")
    log.info("catalogue report %s closed as %s", report_id, status)


def purge_closed(session: Session, before: float) -> int:
    """Delete reports closed before `before` (retention): their words are not kept longer than needed."""
    result = session.execute(delete(catalogue_reports).where(catalogue_reports.c.status != "open",
                                                             catalogue_reports.c.resolved_at < before))
    return result.rowcount


def live_catalogue(session: Session) -> Optional[Catalogue]:
    """The catalogue residents are shown now, rebuilt from its stored entries; None before the first load."""
    active = active_catalogue(session)
    if active is None:
        return None
    rows = session.execute(select(pathways.c.document).where(pathways.c.catalogue_id == active.id)
                           .order_by(pathways.c.pathway_id)).scalars()
    return Catalogue(active.version, active.loaded_at.date(), tuple(Pathway.from_dict(d) for d in rows),
                     active.content_hash)


def stale_entries(session: Session, today: dt.date, days: int) -> Optional[List[Pathway]]:
    """The live entries last checked against their source more than `days` ago, oldest first
    (Catalogue.stale); None when no catalogue is loaded."""
    live = live_catalogue(session)
    return None if live is None else live.stale(today, days)


def routes_of(session: Session, items: List[Report]) -> Dict[str, Pathway]:
    """The live catalogue's entries the reports are about (a route since removed is absent)."""
    live = live_catalogue(session)
    wanted = {r.pathway_id for r in items}
    return {p.id: p for p in (live.pathways if live else ()) if p.id in wanted}


def _report(row) -> Report:
    return Report(row.id, row.pathway_id, row.catalogue_version, row.channel, row.words, row.status,
                  row.reported_at, row.resolved_at, row.note)


__all__ = ["say", "MAX_WORDS", "NOTHING_SHOWN", "PHONE_HINT", "phone_hint", "Report", "ReportError", "THANKS", "UNAVAILABLE", "WHICH",
           "clean_words", "live_catalogue", "naming", "position", "purge_closed", "report", "reports", "resolve",
           "routes_of", "stale_entries"]
