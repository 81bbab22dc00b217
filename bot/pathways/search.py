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
from typing import Any, Dict, List, Mapping, Optional, Tuple

from sqlalchemy import Integer, bindparam, case, not_, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from bot.language import vocab
from bot.db import CLOSED_RANK, pathway_locations, pathways
from bot.dialogue.profile import Profile
from bot.pathways.rule_terms import Term, all_of, any_of, column, fact, located_in, negate
from bot.pathways.rules import (BASICS_KIND, BASICS_TOPIC, RULEBOOK, SCHEDULE_FIT, Rulebook, bit, facts_for,
                                regions_for, wants_basics)


# Score weights. Each level outweighs everything below it put together, so sorting by score is the
# lexicographic order above; the score itself is a 0-1 summary for logs and audits.
BASICS = 96.0  # digital beginners: Essential Digital Skills and everyday-digital courses first
TOPIC, SCHEDULE = 48.0, 24.0
# Who it is for. An advice service open to all (a careers or job-shop team that signposts) comes after
# the routes open to all at the same fit: it helps, but it is not a course or a placement. A route run for
# a group the resident has not said they are in still comes last.
FOR_YOU, GENERAL, GENERAL_ADVICE, OTHER_GROUP = 18.0, 12.0, 6.0, 0.0
LEVEL_STEP = FOR_YOU - GENERAL  # one step down the levels above, each this far apart
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

    def __init__(self, catalogue_id: int, profile: Profile, scope: str, rulebook: Rulebook = RULEBOOK):
        self.rulebook = rulebook
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
                        for source, place_weight in _sources(profile, scope):
                            weight = basics_weight + topic_weight + schedule_weight + level_weight + place_weight
                            if source == "in_person" and profile.local_authority is None:
                                # Where they live is unknown: a route that helps only the people of one
                                # place drops a level, below what anyone can use at the same fit.
                                weight = max(weight - LEVEL_STEP, 0.0)
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
                statement = _statement(_Shape(source, region, level, topic, schedule, violations, basics),
                                       self.rulebook)
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
        return [("for_you", FOR_YOU), ("general", GENERAL), ("general_advice", GENERAL_ADVICE),
                ("other_group", OTHER_GROUP)]
    return [("general", GENERAL), ("general_advice", GENERAL_ADVICE), ("other_group", OTHER_GROUP)]


def _sources(p: Profile, scope: str) -> List[Tuple[str, float]]:
    if p.local_authority is None and scope == "under_16":
        # A child is asked nothing more, so where they live stays unknown: nothing they would have to travel to
        # another town for, only what they can join from anywhere
        return [("anywhere", ANYWHERE)]
    if p.local_authority is None:
        # Where they live is unknown: joinable from anywhere first, then in person anywhere, each with
        # its "if you live in ..." condition.
        return [("anywhere", ANYWHERE), ("in_person", PLACE_UNKNOWN)]
    if not p.in_area:
        return [("anywhere", ANYWHERE)]  # national options only: see the regions in Search
    return [("local", LOCAL), ("anywhere", ANYWHERE)]


def _params(catalogue_id: int, p: Profile) -> Dict[str, Any]:
    """Bound values: the rules' facts (bot.pathways.rules.facts_for, which include the groups they named)
    and what the plans rank on."""
    return {
        "catalogue_id": catalogue_id,
        **facts_for(p),
        "local_authority": p.local_authority or "",
        "basics_topic_bit": bit(BASICS_TOPIC, vocab.TOPICS),
        "topic_bit": bit(p.interest, vocab.TOPICS) if p.interest in vocab.TOPICS else 0,
        "my_background_bit": bit(p.background, vocab.BACKGROUNDS) if p.background else 0,
    }


# --- plans -----------------------------------------------------------------------------------------
# Each dimension of a plan, value by value, as the term a pathway must meet to fall in it. The SQL
# statement of a plan is these terms; bot.pathways.snapshot reads the same terms in memory to find the
# plan a pathway falls in. Within one profile's plans the values of a dimension are disjoint.

_targeted = column("targeted") == True  # noqa: E712
_advice = column("kind") == "advice_service"
_for_you = any_of(column("background_mask").has_any(fact("my_background_bit")),
                  column("target_mask").has_any(fact("my_group_bits")))
_basics = any_of(column("kind") == BASICS_KIND, column("topic_mask").has_any(fact("basics_topic_bit")))
_topic = column("topic_mask").has_any(fact("topic_bit"))
_schedule_fits = column("schedule_mask").has_any(fact("schedule_bits"))

DIMENSIONS: Dict[str, Mapping[Any, Term]] = {
    "source": {
        "local": all_of(located_in("local_authority"), column("is_online") == False),  # noqa: E712
        "anywhere": column("is_online") == True,  # noqa: E712
        "in_person": column("is_online") == False,  # noqa: E712
    },
    "region": {region: column("region") == region for region in vocab.REGIONS},
    "level": {
        "for_you": all_of(_targeted, _for_you),
        "general": all_of(negate(_targeted), negate(_advice)),
        "general_advice": all_of(negate(_targeted), _advice),
        "other_group": all_of(_targeted, negate(_for_you)),
        "youth": all_of(negate(_targeted), column("kind") == "youth_outreach"),
        "youth_targeted": all_of(_targeted, column("kind") == "youth_outreach"),
        "advice": _advice,  # a child's: national only (see Search); unordered, but a small set
    },
    "topic": {True: _topic, False: negate(_topic)},
    "schedule": {True: _schedule_fits, False: negate(_schedule_fits)},
    "basics": {True: _basics, False: negate(_basics)},
}
# The order of a plan's key (bot.pathways.snapshot) and of _Shape's fields.
KEY = ("source", "region", "level", "topic", "schedule", "basics")


# --- statements ------------------------------------------------------------------------------------


@lru_cache(maxsize=None)  # at most a few hundred shapes, each built and compiled once per process
def _statement(shape: _Shape, rulebook: Rulebook = RULEBOOK):
    table = pathway_locations if shape.source == "local" else pathways
    t = table.c
    where: List[ColumnElement] = [t.catalogue_id == bindparam("catalogue_id")]
    where.append(DIMENSIONS["source"][shape.source].sql(table))
    where.append(DIMENSIONS["region"][shape.region].sql(table))
    where.append(DIMENSIONS["level"][shape.level].sql(table))
    if shape.violations == 0:
        where.append(t.status_rank < CLOSED_RANK)  # bounds the index range
    # Cheap ranking tests before the rules: most rows a plan rejects fail one of these.
    for name in ("basics", "topic", "schedule"):
        wanted = getattr(shape, name)
        if wanted is not None:
            where.append(DIMENSIONS[name][wanted].sql(table))
    fixed, soft = _rules(table, rulebook)
    where.append(not_(or_(*fixed)))
    if shape.violations == 0:
        where.append(not_(or_(*soft)))
    else:
        where.append(reduce(add, [case((rule, 1), else_=0) for rule in soft]) == shape.violations)
    return (select(t.pathway_id, t.status_rank, t.cohort_key).where(*where)
            .order_by(t.status_rank, t.cohort_key, t.pathway_id).limit(bindparam("limit", type_=Integer)))


def _rules(table: Any, rulebook: Rulebook = RULEBOOK) -> Tuple[List[ColumnElement], List[ColumnElement]]:
    """(fixed, soft) violations, from the declarations (bot.pathways.rules.RULES). Fixed ones no change
    could lift, so they exclude; exactly one soft one makes a near miss. The place rules are the plans'
    sources and regions."""
    return ([r.violated.sql(table) for r in rulebook.fixed], [r.violated.sql(table) for r in rulebook.soft])


__all__ = ["DIMENSIONS", "KEY", "MAX_SCORE", "SCHEDULE_FIT", "Found", "Search"]  # SCHEDULE_FIT: declared in bot.pathways.rules
