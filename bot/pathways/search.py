"""The SQL side of matching: prefilter the catalogue by the rules and rank what is left, in the database.

Ranking is lexicographic, best first:

0. for a digital beginner (bot.pathways.rules): the basics (Essential Digital Skills, everyday digital) first;
1. fit: the topic they are interested in, then a schedule that suits their availability (a schedule
   that does not suit is a rule: such a pathway can only be a near miss);
2. who it is for: designed for them (their background or a group they named) > general > run for a
   group they have not said they belong to;
3. place: in person where they live > joinable from anywhere > in person somewhere not yet known;
4. status: open > waiting list (> closed, for near misses);
5. the nearest next cohort, then the id.

Levels 1-3 depend on the resident, so each combination is one *plan*: one query over one index range.
Levels 4-5 are fixed per pathway and are the order of the covering indexes (bot.db), so each query
reads rows already in rank order and stops at its LIMIT instead of scoring the whole catalogue. Plans
run best-first and the search stops as soon as it has enough rows: every row of a later plan ranks
below every row already found, so the result is exactly the global top N.

The statement text depends only on the plan's shape; profile values, including "unknown", travel as
bound parameters, so SQLAlchemy compiles each shape once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache, reduce
from operator import add
from typing import Any, Dict, List, Optional, Sequence, Tuple

from sqlalchemy import Boolean, Integer, and_, bindparam, case, false, not_, or_, select, true
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from bot.language import vocab
from bot.db import CLOSED_RANK, pathway_locations, pathways
from bot.dialogue.profile import Profile
from bot.pathways.rules import (BASICS_KIND, BASICS_TOPIC, NO_RIGHT_TO_WORK, SCHEDULE_FIT, excluded_groups, regions_for,
                       wants_basics)


# Score weights. Each level outweighs everything below it put together, so sorting by score is the
# lexicographic order above; the score itself is a 0-1 summary for logs and audits.
BASICS = 72.0  # digital beginners: Essential Digital Skills and everyday-digital courses first
TOPIC, SCHEDULE = 36.0, 18.0
FOR_YOU, GENERAL, OTHER_GROUP = 12.0, 6.0, 0.0
LOCAL, ANYWHERE, PLACE_UNKNOWN = 4.0, 2.0, 0.0
STATUS_VALUE = (1.0, 0.75, 0.5, 0.0)  # by status_rank (bot.db.STATUS_RANKS): open, not known, waitlist, closed
MAX_SCORE = BASICS + TOPIC + SCHEDULE + FOR_YOU + LOCAL + STATUS_VALUE[0]


@dataclass(frozen=True)
class _Shape:
    """What the SQL text depends on."""

    source: str  # local | anywhere | in_person
    region: str  # wmca | national: one index range each, merged in rank order
    level: str  # for_you | general | other_group | youth | youth_targeted | advice
    topic: Optional[bool]  # True: covers their topic; False: does not; None: no constraint
    schedule: Optional[bool]  # likewise for a schedule that fits
    violations: int
    basics: Optional[bool] = None  # likewise for the digital basics (bot.pathways.rules.is_basics)


@dataclass(frozen=True)
class Found:
    pathway_id: str
    score: float  # 0-1


class Search:
    """The plans for one profile. Unknown facts add no constraint, so they never exclude anything."""

    def __init__(self, catalogue_id: int, profile: Profile, scope: str):
        self.params = _params(catalogue_id, profile)
        # A child is shown youth outreach and the advice line whatever their interests.
        fit = scope != "under_16"
        regions = regions_for(profile)  # WMCA-funded places only for its constituent councils' residents
        plans = []
        basics_levels = [(True, BASICS), (False, 0.0)] if fit and wants_basics(profile) else [(None, 0.0)]
        for basics, basics_weight in basics_levels:
            for topic, topic_weight in _topic_levels(profile) if fit else [(None, 0.0)]:
                for schedule, schedule_weight in _schedule_levels(profile) if fit else [(None, 0.0)]:
                    for level, level_weight in _who_levels(profile, scope):
                        for source, place_weight in _sources(profile):
                            weight = basics_weight + topic_weight + schedule_weight + level_weight + place_weight
                            plan_regions = ("national",) if level == "advice" else regions
                            plans.append((weight, source, plan_regions, level, topic, schedule, basics))
        # Stable: equal weights keep the order written above.
        self.plans = sorted(plans, key=lambda plan: -plan[0])

    def top(self, connection: Connection, *, violations: int, limit: int) -> List[Found]:
        """The `limit` best pathways with exactly `violations` changeable rule violations, in rank order."""
        found: List[Found] = []
        for weight, source, regions, level, topic, schedule, basics in self.plans:
            wanted = limit - len(found)
            if wanted <= 0:
                break
            if schedule is False and violations == 0:
                continue  # a schedule that does not fit is itself a violation
            rows = []
            for region in regions:
                statement = _statement(_Shape(source, region, level, topic, schedule, violations, basics))
                rows += connection.execute(statement, {**self.params, "limit": wanted}).all()
            rows.sort(key=lambda r: (r.status_rank, r.cohort_key, r.pathway_id))
            for row in rows[:wanted]:
                score = (weight + STATUS_VALUE[row.status_rank]) / MAX_SCORE
                found.append(Found(row.pathway_id, round(score, 3)))
        return found


def _topic_levels(p: Profile) -> List[Tuple[Optional[bool], float]]:
    if p.interest in (None, vocab.INTEREST_NOT_SURE):
        return [(None, 0.0)]
    return [(True, TOPIC), (False, 0.0)]


def _schedule_levels(p: Profile) -> List[Tuple[Optional[bool], float]]:
    if p.availability is None:
        return [(None, 0.0)]
    return [(True, SCHEDULE), (False, 0.0)]


def _who_levels(p: Profile, scope: str) -> List[Tuple[str, float]]:
    if scope == "under_16":
        # Youth outreach first, then the national advice line; nothing else is shown to a child.
        return [("youth", FOR_YOU), ("youth_targeted", GENERAL), ("advice", OTHER_GROUP)]
    if p.background is not None or p.target_groups:
        return [("for_you", FOR_YOU), ("general", GENERAL), ("other_group", OTHER_GROUP)]
    return [("general", GENERAL), ("other_group", OTHER_GROUP)]


def _sources(p: Profile) -> List[Tuple[str, float]]:
    if p.local_authority is None:
        # Where they live is unknown: joinable from anywhere first, then in person anywhere, each with
        # its "if you live in ..." condition.
        return [("anywhere", ANYWHERE), ("in_person", PLACE_UNKNOWN)]
    if not p.in_area:
        return [("anywhere", ANYWHERE)]  # national options only: see the regions in Search
    return [("local", LOCAL), ("anywhere", ANYWHERE)]


def _bit(value: str, vocabulary: Sequence[str]) -> int:
    return 1 << vocabulary.index(value)


def _every(vocabulary: Sequence[str]) -> int:
    return (1 << len(vocabulary)) - 1


def _params(catalogue_id: int, p: Profile) -> Dict[str, Any]:
    """Bound values. An unknown fact gets a value under which its rule can never be violated (an age
    no minimum exceeds, a bit every list includes), so unknowns never exclude."""
    params: Dict[str, Any] = {
        "catalogue_id": catalogue_id,
        "local_authority": p.local_authority or "",
        "age_for_min": p.age if p.age is not None else 1000,
        "age_for_max": p.age if p.age is not None else -1,
        "income": p.annual_income if p.income_known else -1.0,
        "qualification_for_min": p.qualification_level if p.qualification_level is not None else 99,
        "qualification_for_max": p.qualification_level if p.qualification_level is not None else -1,
        "no_universal_credit": p.universal_credit is False,
        "employment_bit": (_bit(p.employment_status, vocab.EMPLOYMENT_STATUSES) if p.employment_status
                           else _every(vocab.EMPLOYMENT_STATUSES)),
        "background_bit": (_bit(p.background, vocab.BACKGROUNDS) if p.background
                           else _every(vocab.BACKGROUNDS)),
        "immigration_bit": (_bit(p.immigration_status, vocab.IMMIGRATION_STATUSES) if p.immigration_status
                            else _every(vocab.IMMIGRATION_STATUSES)),
        "asylum_seeker": p.immigration_status == "asylum_seeker",
        "no_right_to_work": p.immigration_status in NO_RIGHT_TO_WORK,
        "availability_known": p.availability is not None,
        # Target-group bits the resident has not ruled out: a route none of whose groups is left is not
        # for them.
        "not_excluded_bits": _every(vocab.TARGET_GROUPS) & ~sum(_bit(g, vocab.TARGET_GROUPS)
                                                                for g in excluded_groups(p)),
        "english_bit": _every(vocab.ENGLISH_LEVELS),
        "english_at_or_below": _every(vocab.ENGLISH_LEVELS),
        "basics_topic_bit": _bit(BASICS_TOPIC, vocab.TOPICS),
        # Ranking (and, for the schedule, the fit rule)
        "topic_bit": _bit(p.interest, vocab.TOPICS) if p.interest in vocab.TOPICS else 0,
        "schedule_bits": (sum(_bit(s, vocab.SCHEDULES) for s in SCHEDULE_FIT[p.availability])
                          if p.availability else 0),
        "my_background_bit": _bit(p.background, vocab.BACKGROUNDS) if p.background else 0,
        "my_group_bits": sum(_bit(g, vocab.TARGET_GROUPS) for g in p.target_groups),
    }
    if p.english_level is not None:
        rank = vocab.ENGLISH_LEVELS.index(p.english_level)
        params["english_bit"] = 1 << rank
        params["english_at_or_below"] = (1 << (rank + 1)) - 1
    return params


# --- statements ------------------------------------------------------------------------------------


def _has(column: ColumnElement, name: str) -> ColumnElement:
    return column.op("&")(bindparam(name)) != 0


def _lacks(column: ColumnElement, name: str) -> ColumnElement:
    """A list rule is set (non-zero mask) and does not include the resident's value."""
    return and_(column != 0, column.op("&")(bindparam(name)) == 0)


def _flag(name: str) -> ColumnElement:
    return bindparam(name, type_=Boolean) == true()


@lru_cache(maxsize=None)  # at most a few hundred shapes, each built and compiled once per process
def _statement(shape: _Shape):
    table = pathway_locations if shape.source == "local" else pathways
    t = table.c
    where: List[ColumnElement] = [t.catalogue_id == bindparam("catalogue_id")]
    if shape.source == "local":
        where += [t.local_authority == bindparam("local_authority"), t.is_online == false()]
    else:
        where.append(t.is_online == (false() if shape.source == "in_person" else true()))
    where.append(t.region == shape.region)
    for_you = or_(_has(t.background_mask, "my_background_bit"), _has(t.target_mask, "my_group_bits"))
    where += {
        "for_you": [t.targeted == true(), for_you],
        "general": [t.targeted == false()],
        "other_group": [t.targeted == true(), not_(for_you)],
        "youth": [t.targeted == false(), t.kind == "youth_outreach"],
        "youth_targeted": [t.targeted == true(), t.kind == "youth_outreach"],
        "advice": [t.kind == "advice_service"],  # national only (see Search); unordered, but a small set
    }[shape.level]
    if shape.violations == 0:
        where.append(t.status_rank < CLOSED_RANK)  # bounds the index range
    # Cheap ranking tests before the rules: most rows a plan rejects fail one of these.
    if shape.basics is not None:
        basics = or_(t.kind == BASICS_KIND, _has(t.topic_mask, "basics_topic_bit"))
        where.append(basics if shape.basics else not_(basics))
    for wanted, column, name in ((shape.topic, t.topic_mask, "topic_bit"),
                                 (shape.schedule, t.schedule_mask, "schedule_bits")):
        if wanted is not None:
            where.append(_has(column, name) if wanted else not_(_has(column, name)))
    fixed, soft = _rules(t)
    where.append(not_(or_(*fixed)))
    if shape.violations == 0:
        where.append(not_(or_(*soft)))
    else:
        where.append(reduce(add, [case((rule, 1), else_=0) for rule in soft]) == shape.violations)
    return (select(t.pathway_id, t.status_rank, t.cohort_key).where(*where)
            .order_by(t.status_rank, t.cohort_key, t.pathway_id).limit(bindparam("limit", type_=Integer)))


def _rules(t: Any) -> Tuple[List[ColumnElement], List[ColumnElement]]:
    """(fixed, soft) violations. Fixed ones no change could lift, so they exclude; exactly one soft one
    makes a near miss. Mirrors bot.pathways.eligibility rule for rule (the place rules are the sources)."""
    takes_refugees = t.immigration_mask.op("&")(_bit("refugee", vocab.IMMIGRATION_STATUSES)) != 0
    waiting_for_refugee_status = and_(_flag("asylum_seeker"), takes_refugees)
    lacks_english = _lacks(t.english_mask, "english_bit")
    english_below = t.english_mask.op("&")(bindparam("english_at_or_below"))
    fixed = [
        and_(t.max_age.isnot(None), t.max_age < bindparam("age_for_max")),
        and_(t.max_qual.isnot(None), t.max_qual < bindparam("qualification_for_max")),
        _lacks(t.background_mask, "background_bit"),
        and_(_lacks(t.immigration_mask, "immigration_bit"), not_(waiting_for_refugee_status)),
        # Pitched below their English (a beginners' ESOL class for a fluent speaker).
        and_(lacks_english, english_below != 0),
        # Paid work for someone without the right to work (bot.pathways.rules).
        and_(t.requires_rtw == true(), _flag("no_right_to_work")),
        # Run only for groups the resident said they are not in.
        and_(t.target_mask != 0, t.target_mask.op("&")(bindparam("not_excluded_bits")) == 0),
    ]
    soft = [
        t.status_rank == CLOSED_RANK,
        and_(t.min_age.isnot(None), t.min_age > bindparam("age_for_min")),
        and_(t.max_income.isnot(None), t.max_income <= bindparam("income")),
        _lacks(t.employment_mask, "employment_bit"),
        and_(t.min_qual.isnot(None), t.min_qual > bindparam("qualification_for_min")),
        and_(t.requires_uc == true(), _flag("no_universal_credit")),
        # A pending asylum claim can become refugee status, which a rule that takes refugees accepts.
        and_(_lacks(t.immigration_mask, "immigration_bit"), waiting_for_refugee_status),
        # Needs better English than they have: an ESOL course first could open it.
        and_(lacks_english, english_below == 0),
        # No schedule that suits the time they have ("full time only: if you could...").
        and_(_flag("availability_known"), t.schedule_mask.op("&")(bindparam("schedule_bits")) == 0),
    ]
    return fixed, soft


__all__ = ["MAX_SCORE", "SCHEDULE_FIT", "Found", "Search"]  # SCHEDULE_FIT: declared in bot.pathways.rules
