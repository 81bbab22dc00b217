"""Match a resident to pathways: SQL prefilter and ranking (bot.pathways.search), then plain-English reasons.

The database does the heavy part over the whole catalogue: it drops what a resident can never join
(outside their scope, in person elsewhere, a rule no change could lift) and keeps rows breaking at most
one rule they *could* change, best fit first. Only the few rows returned are evaluated in Python
(bot.pathways.eligibility) for the words. A rule whose fact is unknown is never a violation: it becomes a
condition on the card, and maybe a question.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple

from sqlalchemy.orm import Session

from bot.language import vocab
from bot.pathways.catalogue import Pathway
from bot.pathways.eligibility import FAIL, PASS, UNKNOWN, Check, evaluate, verdict
from bot.dialogue.profile import Profile
from bot.dialogue.replies import pathway_facts
from bot.pathways.rules import (BASICS_KIND, asylum_wait_condition, free_courses_for_jobs, is_free_courses_for_jobs,
                                wants_basics)
from bot.pathways.search import Search
from bot.pathways.snapshot import Snapshots
from bot.pathways.catalogue_store import active_catalogue, fetch_pathways
from bot.language.words import ENGLISH, P_, Words, date_locale

NEAR_MISS_LIMIT = 5
# English levels at which English classes come first: a resident who says their English is "not so good"
# is shown ESOL before anything else they could take (the understanding takes it from their own words).
ESOL_FIRST = ("none", "basic")
# When a need leads, this many more rows are searched, so a route it brings forward is found even when
# the ranking put it below the limit.
NEED_ROOM = 20
# Facts that decide who can even be shown a pathway are asked first.
_GATES = ("local_authority", "age")
_QUESTION_ORDER = vocab.PROFILE_FACTS


class NoCatalogue(LookupError):
    """No catalogue has been loaded into the database yet."""


@dataclass(frozen=True)
class Recommendation:
    pathway: Pathway
    score: float
    why: List[str]
    conditions: List[str]


@dataclass(frozen=True)
class NearMiss:
    pathway: Pathway
    rule: str
    reason: str
    change: str


@dataclass(frozen=True)
class MatchResult:
    catalogue_version: str
    content_hash: str
    profile: Profile
    scope: str  # wmca | outside_area | under_16 | area_unknown
    recommendations: List[Recommendation] = field(default_factory=list)
    near_misses: List[NearMiss] = field(default_factory=list)
    questions: List[str] = field(default_factory=list)
    # For the audit record (bot.residents.audit): the catalogue row matched against, and every rule's
    # check for each pathway shown or nearly shown, from the one evaluation the words came from.
    catalogue_id: Optional[int] = None
    checks: Dict[str, Tuple[Check, ...]] = field(default_factory=dict)

    def to_payload(self) -> Dict[str, Any]:
        """The `custom` message documented in docs/architecture.md."""
        return {
            "type": "pathway_recommendations",
            "catalogue_version": self.catalogue_version,
            "content_hash": self.content_hash,
            "pathways": [
                _card(r.pathway.to_summary_dict(), r.why, r.conditions)
                for r in self.recommendations
            ],
            "near_misses": [
                {"id": n.pathway.id, "title": n.pathway.title, "rule": n.rule, "reason": n.reason,
                 "change": n.change}
                for n in self.near_misses
            ],
        }


def _card(summary: Dict[str, Any], why: Sequence[str], conditions: Sequence[str]) -> Dict[str, Any]:
    """A recommendation in the payload: the pathway's facts, its reasons, and the words for who pays, the
    cost and dates, benefits and where the facts come from (bot.dialogue.replies.pathway_facts)."""
    return {**summary, "why": list(why), "conditions": list(conditions), **pathway_facts(summary)}


def scope_of(profile: Profile) -> str:
    # Age first: a child outside the area still gets only what is safe for a child.
    if profile.under_16:
        return "under_16"
    if profile.local_authority is None:
        return "area_unknown"
    return "wmca" if profile.in_area else "outside_area"


def match(session: Session, profile: Profile, *, limit: int = 10, near_miss_limit: int = NEAR_MISS_LIMIT,
          today: Optional[dt.date] = None, snapshots: Optional[Snapshots] = None, words: Words = ENGLISH,
          ) -> MatchResult:
    """`snapshots`: a long-running process's cache; a small catalogue is then matched in memory
    (bot.pathways.snapshot), with the same result as the SQL search. `words`: the language the reasons,
    conditions and near misses are said in (bot.language.words.words_for); what matches is the same."""
    active = active_catalogue(session)
    if active is None:
        raise NoCatalogue("no catalogue is loaded: run `python -m bot pathways load`")
    today = today or dt.date.today()
    scope = scope_of(profile)
    snapshot = snapshots.get(session, active.id) if snapshots is not None else None
    wanted, limit = limit, (limit + NEED_ROOM if _needs(profile) else limit)
    if snapshot is not None:
        recommended, near = snapshot.search(profile, scope, limit=limit, near_miss_limit=near_miss_limit)
        documents = snapshot.documents
    else:
        search = Search(active.id, profile, scope)
        connection = session.connection()
        recommended = search.top(connection, violations=0, limit=limit)
        near = search.top(connection, violations=1, limit=near_miss_limit)
        documents = fetch_pathways(session, active.id, [f.pathway_id for f in recommended + near])

    eligible: List[Tuple[Pathway, float, List[Check]]] = []
    checked: Dict[str, Tuple[Check, ...]] = {}
    for found in recommended:
        pathway = documents.get(found.pathway_id)
        if pathway is None:  # swapped out between two statements (READ COMMITTED servers): skip it
            continue
        checks = evaluate(pathway, profile, words=words)
        if verdict(checks) != "eligible":  # the SQL and Python rules disagree: trust the words
            continue
        eligible.append((pathway, found.score, checks))
    if scope == "area_unknown":
        # Home not said: a route only the people of some places can join may not be open to them, so it is not
        # offered as one that fits while any route open wherever they live is; where they live is asked.
        anywhere = [e for e in eligible if not _place_bound(e[2])]
        eligible = anywhere or eligible
    recommendations: List[Recommendation] = []
    evaluated: List[List[Check]] = []
    for pathway, score, checks in _needs_first(eligible, profile)[:wanted]:
        evaluated.append(checks)
        checked[pathway.id] = tuple(checks)
        why, conditions = _explain(pathway, profile, checks, today, words)
        recommendations.append(Recommendation(pathway, score, why, conditions))
    near_misses: List[NearMiss] = []
    for found in near:
        pathway = documents.get(found.pathway_id)
        if pathway is None:
            continue
        checks = evaluate(pathway, profile, words=words)
        if verdict(checks) != "near_miss":
            continue
        evaluated.append(checks)
        checked[pathway.id] = tuple(checks)
        failed = next(c for c in checks if c.outcome == FAIL)
        near_misses.append(NearMiss(pathway, failed.rule, failed.text, failed.change))
    questions = _questions(profile, scope, recommendations, evaluated)
    return MatchResult(active.version, active.content_hash, profile, scope, recommendations, near_misses,
                       questions, active.id, checked)


def _place_bound(checks: Sequence[Check]) -> bool:
    """Open only to the people of some places, and whether they are one of them is not yet known."""
    return any(c.rule in ("region", "locations") and c.outcome == UNKNOWN for c in checks)


def _needs(profile: Profile) -> Tuple[str, ...]:
    """Kinds the resident has said they need first, most pressing first."""
    needs = []
    if profile.english_level in ESOL_FIRST:
        needs.append("esol")
    if wants_basics(profile):
        # Essential Digital Skills qualifications are free to adults with no or low digital skills (the
        # national entitlement, bot.pathways.rules): ahead of other everyday-digital courses.
        needs.append(BASICS_KIND)
    return tuple(needs)


def _needs_first(found: List[Tuple[Pathway, float, List[Check]]], profile: Profile,
                 ) -> List[Tuple[Pathway, float, List[Check]]]:
    """The search's order, except that a kind the resident needs first leads (a stable sort). With their home
    unknown, a route only the people of one place can attend does not jump ahead (the search ranks it below
    what anyone can use, bot.pathways.search): an ESOL class in Walsall is no first step for someone who may
    live in Dudley."""
    needs = _needs(profile)
    if not needs:
        return found

    def leads(pathway: Pathway) -> bool:
        return pathway.kind in needs and (profile.local_authority is not None or pathway.is_online)

    return sorted(found, key=lambda f: needs.index(f[0].kind) if leads(f[0]) else len(needs))


# --- words -----------------------------------------------------------------------------------------


def _explain(pathway: Pathway, profile: Profile, checks: Sequence[Check], today: dt.date, w: Words = ENGLISH,
             ) -> Tuple[List[str], List[str]]:
    why = [c.text for c in checks if c.outcome == PASS and c.text]
    conditions = [c.text for c in checks if c.outcome == UNKNOWN]
    if profile.interest in pathway.topics:
        why.append(w.say(P_("reason", "it covers {topic}, which you are interested in"),
                         topic=w.table("topic")[profile.interest]))
    waiting = asylum_wait_condition(pathway.funding_body, profile, w)
    if waiting:
        conditions.append(waiting)
    if is_free_courses_for_jobs(pathway.funding_body):
        free, words = free_courses_for_jobs(profile, w)
        (why if free else conditions).append(words)
    if pathway.kind == "apprenticeship":
        # A job, not a course someone is given for free: the employer pays a wage and the training.
        why.append(w.say(P_("reason", "it is a paid job with training")))
    if pathway.delivery == "online" and profile.local_authority is not None:
        why.append(w.say(P_("reason", "online, so you can join from home")))
    # Only sourced facts: an illustrative entry's example date or fee is never stated.
    facts = pathway.facts()
    cohort = facts["next_cohort"]
    if cohort is not None and cohort >= today and facts["status"] != "closed":
        # TRANSLATORS: {date} is already written in the language (CLDR's long date without the day name).
        date = f"{cohort.day} {cohort:%B %Y}" if w.lang == "en" else _long_date(cohort, w.lang)
        why.append(w.say(P_("reason", "the next cohort starts {date}"), date=date))
    if facts["cost"] is not None and facts["cost"] > 0:
        # TRANSLATORS: keep the amount exactly.
        conditions.append(w.say(P_("condition", "It costs {cost}; ask the provider about funding or a loan"),
                                cost=f"£{facts['cost']:,.0f}"))
    return why, conditions


def _long_date(day: dt.date, lang: str) -> str:
    from babel.dates import format_date  # Babel is loaded only by a conversation in another language

    return format_date(day, format="long", locale=date_locale(lang))


_NOT_FIRST_LANGUAGE = tuple(level for level in vocab.ENGLISH_LEVELS if level != "fluent")


def _questions(profile: Profile, scope: str, recommendations: Sequence[Recommendation],
               evaluated: Sequence[Sequence[Check]]) -> List[str]:
    """Unknown facts whose answer could change what we show, most useful first."""
    if scope == "under_16":
        # Nothing more is asked of a child, but their age when only their school year or birth year is known
        # and a youth route's age band turns on which of its two ages they are
        unsure = any(c.outcome == UNKNOWN and c.fact == "age" for checks in evaluated for c in checks)
        return ["age"] if profile.age is None and unsure else []
    counts: Counter = Counter()
    for checks in evaluated:
        for check in checks:
            if check.outcome == UNKNOWN and check.fact:
                counts[check.fact] += 1
    # Immigration status and English level are personal; a residency rule alone (an HNC's student
    # finance) stays a condition on the card rather than a question put to every resident. They are
    # asked when the resident is a refugee, or when what we would show is built around them.
    refugee = profile.background == "refugee"
    # ...or when English is not their first language and a route we would show needs the right to work (an
    # apprenticeship, a paid placement): their status may rule it out, and the card alone would leave them to
    # find that out after applying.
    newcomer = profile.english_level in _NOT_FIRST_LANGUAGE and any(
        r.pathway.eligibility.requires_right_to_work for r in recommendations)
    if not (refugee or newcomer or any("refugee" in r.pathway.eligibility.backgrounds for r in recommendations)):
        counts.pop("immigration_status", None)
    if not (refugee or any(r.pathway.kind == "esol" for r in recommendations)):
        counts.pop("english_level", None)
    if profile.interest is None and len({t for r in recommendations for t in r.pathway.topics}) > 1:
        counts["interest"] = len(recommendations)
    if profile.availability is None:
        narrow = [r for r in recommendations if set(r.pathway.schedule) != set(vocab.SCHEDULES)]
        if narrow:
            counts["availability"] = len(narrow)
    if scope == "area_unknown":
        # Where they live decides which funded courses are open to them at all (a combined authority's adult
        # skills money, a council's bootcamps). When the best routes for what we know so far are national ones,
        # no card carries an area condition, yet the answer could still bring local courses in: ask anyway.
        counts["local_authority"] = max(counts["local_authority"], 1)
    if scope == "outside_area":
        # Only national options are left: keep it to the facts that can still rule them out (an age band, and
        # the hours of a full-time apprenticeship for someone who may only have evenings).
        counts = Counter({k: v for k, v in counts.items() if k in ("age", "availability")})
    order = {name: i for i, name in enumerate(_QUESTION_ORDER)}
    return sorted(counts, key=lambda f: (f not in _GATES, _GATES.index(f) if f in _GATES else 0,
                                         -counts[f], order.get(f, len(order))))


__all__ = ["MatchResult", "NearMiss", "NoCatalogue", "Recommendation", "match", "scope_of"]
