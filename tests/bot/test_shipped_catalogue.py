"""The shipped catalogue (pathways.yml): real routes, every fact and rule sourced, and the funding rules
hold for it.

Each check names what is wrong with one entry. It runs over every shipped entry (one test per entry),
and over a copy of a shipped entry broken in exactly that way, so that no check can pass by accident.
What residents are shown is asked of the real matcher, with the catalogue loaded as in production; each
table has a control row showing the same facts do bring the route when the rule allows it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Callable, Dict, List

import pytest

from bot.language import vocab
from bot.pathways.catalogue import RULES, Pathway, load_catalogue
from bot.db import create_schema, make_engine, session_factory
from bot.pathways.matching import match
from bot.dialogue.profile import Profile
from bot.pathways.rules import PAID_WORK_KINDS
from bot.settings import ROOT
from bot.pathways.catalogue_store import load

SHIPPED = load_catalogue(ROOT / "pathways.yml")
URL = re.compile(r"https?://\S")
# A day or month with its year ("2 Dec 2026", "December 2026", "2026-12-02"): when the page was seen
# saying so. A year alone ("2025/26") says which year a course runs, not when applications were open.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATED = re.compile(rf"\b(?:\d{{4}}-\d{{2}}-\d{{2}}|(?:\d{{1,2}}\s+)?{_MONTH}\s+\d{{4}})\b", re.IGNORECASE)


# --- what each entry must be ----------------------------------------------------------------------------


def not_illustrative(p: Pathway) -> List[str]:
    return ["illustrative: its facts are examples, not sourced"] if p.illustrative else []


def sourced(p: Pathway) -> List[str]:
    problems = [] if URL.search(p.source) else ["source names no web page"]
    if not isinstance(p.last_verified, dt.date) or p.last_verified > SHIPPED.updated:
        problems.append(f"last_verified {p.last_verified!r} is not a date on or before the catalogue's")
    return problems


def rules_sourced(p: Pathway) -> List[str]:
    e = p.eligibility
    problems = [f"rule {rule} has no source URL" for rule in RULES
                if e.is_set(rule) and not URL.search(e.sources.get(rule) or "")]
    if p.benefits_note and not URL.search(p.benefits_source or ""):
        problems.append("benefits_note has no source URL")
    return problems


def paid_work_needs_the_right_to_work(p: Pathway) -> List[str]:
    if p.kind in PAID_WORK_KINDS and not p.eligibility.requires_right_to_work:
        return [f"a {p.kind} is paid work but does not require the right to work"]
    return []


def open_only_with_a_dated_source(p: Pathway) -> List[str]:
    if p.status == "open" and not DATED.search(p.source):
        return ["status open, but no source says when it was seen open (a date with its month)"]
    return []


def wmca_places_only_in_its_seven_councils(p: Pathway) -> List[str]:
    outside = [la for la in p.locations if la not in vocab.CONSTITUENT_AUTHORITIES]
    if p.eligibility.region == "wmca" and outside:
        return [f"a WMCA-funded place listed for {', '.join(outside)}, outside WMCA's seven councils"]
    return []


def apprenticeships_are_never_free(p: Pathway) -> List[str]:
    if p.kind == "apprenticeship" and re.search(r"\bfree\b", p.cost_description, re.IGNORECASE):
        return ["an apprenticeship is a paid job with training, never 'free'"]
    return []


CHECKS: Dict[str, Callable[[Pathway], List[str]]] = {
    check.__name__: check for check in (
        not_illustrative, sourced, rules_sourced, paid_work_needs_the_right_to_work,
        open_only_with_a_dated_source, wmca_places_only_in_its_seven_councils, apprenticeships_are_never_free)
}


def test_the_shipped_catalogue_is_live_not_a_demo():
    assert SHIPPED.demo is False
    assert len(SHIPPED.pathways) >= 40


@pytest.mark.parametrize("pathway", SHIPPED.pathways, ids=lambda p: p.id)
def test_every_shipped_entry_is_real_and_sourced(pathway):
    problems = {name: found for name, check in CHECKS.items() if (found := check(pathway))}
    assert problems == {}


def test_the_validator_warns_about_nothing_in_the_shipped_catalogue_on_the_day_it_was_published():
    # Stale entries and sources without a web page are only warnings on load: none on the day it shipped.
    assert SHIPPED.warnings(SHIPPED.updated) == []


def _first(test: Callable[[Pathway], bool]) -> Pathway:
    return next(p for p in SHIPPED.pathways if test(p))


def _rules(p: Pathway, **changes) -> Pathway:
    return dataclasses.replace(p, eligibility=dataclasses.replace(p.eligibility, **changes))


ANY = _first(lambda p: True)
APPRENTICESHIP = _first(lambda p: p.kind == "apprenticeship")
PLACEMENT = _first(lambda p: p.kind == "kickstart")
WMCA_PLACE = _first(lambda p: p.eligibility.region == "wmca" and p.locations)

BROKEN = [
    ("not_illustrative", dataclasses.replace(ANY, illustrative=True)),
    ("sourced", dataclasses.replace(ANY, source="College prospectus, 2025/26")),
    ("sourced", dataclasses.replace(ANY, last_verified=SHIPPED.updated + dt.timedelta(days=1))),
    ("rules_sourced", _rules(ANY, max_income=20000, sources={})),
    ("rules_sourced", _rules(ANY, min_age=19, sources={"min_age": "the college told us"})),
    ("rules_sourced", dataclasses.replace(ANY, benefits_note="You usually stay on Universal Credit",
                                          benefits_source="our work coach")),
    ("paid_work_needs_the_right_to_work", _rules(APPRENTICESHIP, requires_right_to_work=False)),
    ("paid_work_needs_the_right_to_work", _rules(PLACEMENT, requires_right_to_work=False)),
    ("open_only_with_a_dated_source", dataclasses.replace(ANY, status="open",
                                                          source="https://example.org/course (course page, 2025/26)")),
    ("wmca_places_only_in_its_seven_councils",
     dataclasses.replace(WMCA_PLACE, locations=WMCA_PLACE.locations + ("Shropshire",))),
    ("apprenticeships_are_never_free",
     dataclasses.replace(APPRENTICESHIP, cost_description="Free if you live in Walsall")),
]


@pytest.mark.parametrize("check, pathway", BROKEN, ids=[f"{name}-{i}" for i, (name, _) in enumerate(BROKEN)])
def test_each_check_catches_a_shipped_entry_broken_its_way(check, pathway):
    assert CHECKS[check](pathway)
    assert not CHECKS[check](next(p for p in SHIPPED.pathways if p.id == pathway.id))


def test_an_open_status_with_a_dated_source_passes():
    seen = dataclasses.replace(ANY, status="open",
                               source="https://example.org/course (course page, seen open for applications on 2 Dec 2026)")
    assert open_only_with_a_dated_source(seen) == []


# --- what residents are shown ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    """The shipped catalogue loaded into a database, as `pathways load` leaves it."""
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('shipped') / 'waymark.db'}")
    create_schema(engine)
    sessions = session_factory(engine)
    with sessions.begin() as session:
        load(session, SHIPPED, "pathways.yml")
    yield sessions
    engine.dispose()


def shown(sessions, **facts) -> List[Pathway]:
    """Every route the resident could be shown: recommendations and near misses, with no cut-off."""
    with sessions() as session:
        result = match(session, Profile.from_mapping(facts), limit=len(SHIPPED.pathways),
                       near_miss_limit=len(SHIPPED.pathways))
    return [r.pathway for r in result.recommendations] + [n.pathway for n in result.near_misses]


RESIDENTS = [
    {"age": 25, "interest": "it_support", "availability": "full_time", "employment_status": "unemployed"},
    {"age": 19, "interest": "coding", "availability": "full_time", "qualification_level": 3},
    {"age": 40, "interest": "data", "availability": "part_time", "english_level": "fluent"},
    {"age": 17, "interest": "not_sure", "availability": "full_time"},
    {"age": 30, "interest": "general_digital", "availability": "evenings_weekends", "universal_credit": True},
    {"age": 58, "interest": "cyber_security", "availability": "part_time", "employment_status": "employed"},
]


@pytest.mark.parametrize("facts", RESIDENTS)
def test_someone_seeking_asylum_in_birmingham_is_shown_no_apprenticeship_or_paid_placement(live, facts):
    seeking = shown(live, local_authority="Birmingham", immigration_status="asylum_seeker", **facts)
    assert seeking, "they are still shown the routes they can take"
    assert [p.id for p in seeking if p.kind == "apprenticeship" or p.eligibility.requires_right_to_work] == []
    # Control: with the right to work, the same resident is shown an apprenticeship.
    settled = shown(live, local_authority="Birmingham", immigration_status="british_irish", **facts)
    assert any(p.kind == "apprenticeship" for p in settled)


@pytest.mark.parametrize("facts", RESIDENTS)
@pytest.mark.parametrize("council", vocab.NON_CONSTITUENT_AUTHORITIES)
def test_a_resident_of_a_non_constituent_council_is_shown_no_wmca_funded_place(live, council, facts):
    there = shown(live, local_authority=council, **facts)
    assert there, "they are still shown national routes and their own area's"
    assert [p.id for p in there if p.eligibility.region == "wmca"] == []
    # Control: the same resident living in Birmingham is shown WMCA-funded places.
    assert any(p.eligibility.region == "wmca" for p in shown(live, local_authority="Birmingham", **facts))


@pytest.mark.parametrize("facts", RESIDENTS)
def test_a_shropshire_resident_is_shown_the_routes_of_their_own_area(live, facts):
    here = [p for p in shown(live, local_authority="Shropshire", **facts) if p.locations]
    assert here and all("Shropshire" in p.locations for p in here)


@pytest.mark.parametrize("council", ["Dudley", "Shropshire", "Redditch"])  # where the shipped HNCs run
def test_someone_seeking_asylum_is_not_recommended_an_hnc_but_told_refugee_status_would_open_it(live, council):
    facts = {"local_authority": council, "age": 30, "interest": "coding", "immigration_status": "asylum_seeker"}
    with live() as session:
        result = match(session, Profile.from_mapping(facts), limit=len(SHIPPED.pathways),
                       near_miss_limit=len(SHIPPED.pathways))
    assert [r.pathway.id for r in result.recommendations if r.pathway.kind == "hnc"] == []
    near = [n for n in result.near_misses if n.pathway.kind == "hnc"]
    assert near and all(n.change == "This opens to you if you are granted refugee status" for n in near)
    # Control: with refugee status, the same resident is recommended one.
    with live() as session:
        refugee = match(session, Profile.from_mapping({**facts, "immigration_status": "refugee"}),
                        limit=len(SHIPPED.pathways))
    assert any(r.pathway.kind == "hnc" for r in refugee.recommendations)


@pytest.mark.parametrize("council", ["Sandwell", "Wolverhampton", "Birmingham", "Nuneaton and Bedworth"])
def test_a_16_year_old_school_leaver_is_not_recommended_a_course_paid_for_by_adult_skills_funding(live, council):
    from bot.pathways.rules import adult_skills_funded

    with live() as session:
        result = match(session, Profile.from_mapping({"local_authority": council, "age": 16,
                                                      "background": "school_leaver", "english_level": "basic"}),
                       limit=len(SHIPPED.pathways))
    assert result.recommendations, "they are still shown routes open at 16"
    assert [r.pathway.id for r in result.recommendations if adult_skills_funded(r.pathway.funding_body)] == []


def test_an_18_year_old_wanting_an_apprenticeship_sees_one_on_the_first_page_not_only_advice(live):
    with live() as session:
        result = match(session, Profile.from_mapping({
            "age": 18, "local_authority": "Solihull", "background": "school_leaver", "interest": "cyber_security",
            "availability": "full_time", "employment_status": "unemployed", "universal_credit": False}))
    first_page = [r.pathway.kind for r in result.recommendations[:3]]
    assert "apprenticeship" in first_page, first_page


def test_an_advice_service_open_to_all_comes_after_the_routes_open_to_all_at_the_same_fit(live):
    from bot.pathways.search import Search

    profile = Profile.from_mapping({"age": 30, "local_authority": "Coventry", "availability": "full_time"})
    plans = Search(1, profile, "wmca").plans
    order = [(plan[3], plan[1]) for plan in plans]  # (who it is for, where)
    assert order.index(("general", "anywhere")) < order.index(("general_advice", "local"))
    assert order.index(("general_advice", "anywhere")) < order.index(("other_group", "local"))


def test_with_home_unknown_a_route_for_one_place_drops_below_what_anyone_can_use(live):
    from bot.pathways.search import Search

    plans = Search(1, Profile.from_mapping({"age": 30}), "area_unknown").plans
    order = [(plan[3], plan[1]) for plan in plans]
    assert order.index(("general_advice", "anywhere")) < order.index(("general", "in_person"))


HIGHER_NATIONALS = {p.id for p in SHIPPED.pathways if p.kind == "hnc"}


@pytest.mark.parametrize("age", [16, 17])
@pytest.mark.parametrize("council", ["Dudley", "Shropshire", "Redditch"])  # where the shipped HNCs run
def test_a_school_leaver_under_18_is_not_recommended_a_higher_national(live, council, age):
    # Pearson accredits its BTEC Higher Nationals for learners aged 18 and over (pathways.yml sources)
    facts = {"local_authority": council, "age": age, "qualification_level": 2, "interest": "coding"}
    with live() as session:
        result = match(session, Profile.from_mapping(facts), limit=len(SHIPPED.pathways))
    assert not {r.pathway.id for r in result.recommendations} & HIGHER_NATIONALS


def test_an_adult_near_a_higher_national_is_still_recommended_it(live):
    facts = {"local_authority": "Dudley", "age": 19, "qualification_level": 3, "interest": "coding"}
    with live() as session:
        result = match(session, Profile.from_mapping(facts), limit=len(SHIPPED.pathways))
    assert "hnd-computing-halesowen-college" in {r.pathway.id for r in result.recommendations}
