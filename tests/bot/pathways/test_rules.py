"""Each eligibility rule is declared once (bot.pathways.rules.RULES), and every reader of it agrees: the
SQL search, the in-memory snapshot, and the words (bot.pathways.eligibility)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bot.db import RULE_COLUMNS, create_schema, make_engine, pathways, session_factory
from bot.dialogue.profile import Profile
from bot.pathways import eligibility, rule_terms, rules
from bot.pathways.catalogue import load_catalogue
from bot.pathways.catalogue_store import active_catalogue, load, rule_row
from bot.pathways.eligibility import FAIL, PASS, UNKNOWN, evaluate, verdict
from bot.pathways.matching import scope_of
from bot.pathways.rule_terms import all_of, column, fact
from bot.pathways.rules import RULEBOOK, RULES, Rule, Rulebook, RuledOut, facts_for
from bot.pathways.search import Search
from bot.pathways.snapshot import Snapshot
from tests.bot.pathways.test_matching import FACT_VALUES
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[3]
SHIPPED = load_catalogue(ROOT / "pathways.yml")
# The place rules are the plans' sources and regions (bot.pathways.search.DIMENSIONS), not RULES.
PLACE_CHECKS = {"region", "locations"}

profiles = st.fixed_dictionaries({name: st.sampled_from(values) for name, values in FACT_VALUES.items()}
                                 ).map(Profile.from_mapping)
examples = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def shipped():
    """The shipped catalogue, live in its own database, with its snapshot: (sessions, catalogue id, snapshot)."""
    engine = make_engine("sqlite://")
    create_schema(engine)
    sessions = session_factory(engine)
    with sessions.begin() as session:
        load(session, SHIPPED, "shipped", today=TODAY)
    with sessions() as session:
        catalogue_id = active_catalogue(session).id
        snapshot = Snapshot.read(session, catalogue_id)
    yield sessions, catalogue_id, snapshot
    engine.dispose()


def _both(shipped, profile, rulebook=None, limit=200):
    """(SQL, in memory): each a pair (recommended, near misses) of [(id, score)] best first."""
    sessions, catalogue_id, snapshot = shipped
    scope = scope_of(profile)
    kwargs = {"rulebook": rulebook} if rulebook else {}
    with sessions() as session:
        search = Search(catalogue_id, profile, scope, **kwargs)
        connection = session.connection()
        in_sql = tuple(search.top(connection, violations=v, limit=limit) for v in (0, 1))
    in_memory = snapshot.search(profile, scope, limit=limit, near_miss_limit=limit, **kwargs)
    return in_sql, in_memory


@examples
@given(profile=profiles)
def test_each_declared_rule_holds_for_the_same_pathways_in_sql_and_in_memory(shipped, profile):
    sessions, catalogue_id, snapshot = shipped
    facts = {"catalogue_id": catalogue_id, **facts_for(profile)}
    with sessions() as session:
        for rule in RULES:
            in_sql = set(session.execute(select(pathways.c.pathway_id).where(
                pathways.c.catalogue_id == catalogue_id, rule.violated.sql(pathways)), facts).scalars())
            check = rule.check()
            in_memory = {row["pathway_id"] for row in snapshot.rows if check(row, facts)}
            assert in_sql == in_memory, (rule.name, profile)


@examples
@given(profile=profiles)
def test_sql_and_memory_give_the_same_pathways_in_the_same_order_on_the_shipped_catalogue(shipped, profile):
    in_sql, in_memory = _both(shipped, profile)
    assert in_sql == in_memory, profile


@examples
@given(profile=profiles)
def test_the_words_fail_exactly_the_declared_rules_the_resident_breaks(shipped, profile):
    """eligibility writes a failure for a rule exactly when its declaration holds, and offers a change
    exactly when the declaration says the rule is not fixed."""
    _, catalogue_id, snapshot = shipped
    facts = facts_for(profile)
    checks = [(rule, rule.check()) for rule in RULES]
    for row in snapshot.rows:
        declared = {(rule.name, not rule.fixed) for rule, check in checks if check(row, facts)}
        written = {(c.rule, c.changeable) for c in evaluate(row["pathway"], profile)
                   if c.outcome == FAIL and c.rule not in PLACE_CHECKS}
        assert written == declared, (row["pathway_id"], profile)


def test_every_rule_names_where_its_words_live():
    for rule in RULES:
        assert callable(getattr(eligibility, rule.words, None)), rule


def test_a_comparison_with_a_missing_value_is_false_in_memory_as_in_sql():
    check = (column("min_age") > fact("age")).python()
    assert check({"min_age": None}, {"age": 30}) is False
    assert check({"min_age": 19}, {"age": 30}) is False
    assert check({"min_age": 40}, {"age": 30}) is True


RESIDENT = Profile.from_mapping({"age": 30, "local_authority": "Birmingham", "employment_status": "unemployed"})
_BOOTCAMP = column("kind") == "bootcamp"


def test_a_new_fixed_rule_declared_once_excludes_in_sql_and_in_memory_alike(shipped):
    before, _ = _both(shipped, RESIDENT)
    assert "bootcamp" in _kinds(before[0])
    rulebook = Rulebook(RULES + (Rule("no_bootcamps", _BOOTCAMP, fixed=True, words="_status"),))
    in_sql, in_memory = _both(shipped, RESIDENT, rulebook)
    assert in_sql == in_memory
    shown = in_sql[0] + in_sql[1]
    assert shown and "bootcamp" not in _kinds(shown)
    assert [f for f in before[0] if _kind(f) != "bootcamp"] == in_sql[0]


def test_a_new_soft_rule_declared_once_turns_eligible_routes_into_near_misses_in_both(shipped):
    before, _ = _both(shipped, RESIDENT)
    bootcamps = [f.pathway_id for f in before[0] if _kind(f) == "bootcamp"]
    assert bootcamps
    rulebook = Rulebook(RULES + (Rule("no_bootcamps", _BOOTCAMP, fixed=False, words="_status"),))
    in_sql, in_memory = _both(shipped, RESIDENT, rulebook)
    assert in_sql == in_memory
    assert not any(_kind(f) == "bootcamp" for f in in_sql[0])
    assert set(bootcamps) <= {f.pathway_id for f in in_sql[1]}


def _kind(found) -> str:
    return next(p.kind for p in SHIPPED.pathways if p.id == found.pathway_id)


def _kinds(found) -> set:
    return {_kind(f) for f in found}


# --- the words' outcomes come from the declarations ------------------------------------------------------

FIXTURE = load_catalogue(ROOT / "tests" / "fixtures" / "small.yml")
# Under the fixture's £20,000 cap rule (black-codher-birmingham), everything else met or unknown.
EARNER = {"age": 30, "local_authority": "Birmingham"}


def _replaced(name: str, **changes) -> Rulebook:
    return Rulebook(tuple(replace(rule, **changes) if rule.name == name else rule for rule in RULES))


def _income_check(rulebook: Rulebook, income: int):
    checks = evaluate(FIXTURE.get("black-codher-birmingham"), Profile.from_mapping({**EARNER, "annual_income": income}),
                      rulebook)
    return next(c for c in checks if c.rule == "max_income"), verdict(checks)


def test_a_rule_declared_fixed_instead_of_soft_turns_its_near_miss_into_an_exclusion_with_no_change():
    check, outcome = _income_check(RULEBOOK, 25000)
    assert (check.outcome, outcome) == (FAIL, "near_miss") and check.change
    check, outcome = _income_check(_replaced("max_income", fixed=True), 25000)
    assert (check.outcome, check.change, outcome) == (FAIL, "", "excluded")
    assert check.text == "It is for people earning under £20,000"  # the same words, from the same function


def test_a_rule_whose_comparison_changes_changes_evaluates_verdict_with_no_edit_to_the_words():
    at_the_cap = 20000
    assert _income_check(RULEBOOK, at_the_cap)[1] == "near_miss"  # "under £20,000": the cap itself is over
    cap = column("max_income")
    lenient = _replaced("max_income", violated=all_of(cap.is_set(), cap < fact("income")))
    check, outcome = _income_check(lenient, at_the_cap)
    assert (check.outcome, outcome) == (PASS, "eligible")


def test_a_rule_whose_fact_is_unknown_is_a_condition_asked_only_when_the_rule_lets_us_ask():
    pathway, nothing_known = FIXTURE.get("black-codher-birmingham"), Profile()
    asked = next(c for c in evaluate(pathway, nothing_known) if c.rule == "max_income")
    assert (asked.outcome, asked.fact) == (UNKNOWN, "annual_income")
    never_asked = next(c for c in evaluate(pathway, nothing_known, _replaced("max_income", ask=False))
                       if c.rule == "max_income")
    assert (never_asked.outcome, never_asked.fact, never_asked.text) == (UNKNOWN, None, asked.text)


def test_evaluate_compiles_the_rules_once_per_rulebook_never_per_call(monkeypatch):
    """Once per rulebook: which rules a pathway sets, and a reader for each set of rules pathways set."""
    compiled = []

    def counting(*args, **kwargs):
        compiled.append(args[1] if len(args) > 1 else "")
        return compile(*args, **kwargs)

    monkeypatch.setattr(rule_terms, "compile", counting, raising=False)  # every compilation of a term
    rulebook = _replaced("max_income", fixed=True)  # a new rulebook: nothing compiled for it yet
    profiles = [Profile.from_mapping(facts) for facts in ({}, EARNER, {**EARNER, "annual_income": 25000})]
    for pathway in FIXTURE.pathways:
        evaluate(pathway, profiles[0], rulebook)
    shapes = {rulebook.applies()(rule_row(pathway), {}) for pathway in FIXTURE.pathways}
    assert 1 < len(shapes) < len(FIXTURE.pathways)
    assert len(compiled) == 1 + len(shapes)
    compiled.clear()
    for profile in profiles:
        for pathway in FIXTURE.pathways:
            evaluate(pathway, profile, rulebook)
            evaluate(replace(pathway), profile, rulebook)  # a pathway read again, as after a reload
    assert compiled == []


def test_the_row_evaluate_reads_is_the_row_stored_for_the_matchers(shipped):
    _, _, snapshot = shipped
    for row in snapshot.rows:
        stored = {name: row[name] for name in RULE_COLUMNS if name != "cohort_key"}
        assert rule_row(row["pathway"]) == stored, row["pathway_id"]


def test_an_allow_list_of_every_status_but_a_declared_few_says_the_few_it_rules_out(monkeypatch):
    visas = RuledOut(("visa_holder",), "on a visa with no recourse to public funds", "the learner support grant",
                     "the college checks the rest when you enrol", "https://example.org/declared-in-rules")
    monkeypatch.setitem(rules._RULED_OUT, visas.statuses, visas)
    hnc = FIXTURE.get("hnc-computing-walsall")
    e = replace(hnc.eligibility, immigration_statuses=visas.takes)
    pathway = replace(hnc, eligibility=e)
    said = {c.outcome: c for s in (None, "visa_holder", "refugee")
            for c in evaluate(pathway, Profile.from_mapping({"immigration_status": s}))
            if c.rule == "immigration_statuses"}
    assert said[UNKNOWN].text == ("Not if you are on a visa with no recourse to public funds: the learner support "
                                  "grant does not cover that")
    assert said[FAIL].text == ("It is paid for with the learner support grant, which people on a visa with no "
                               "recourse to public funds cannot get")
    assert said[FAIL].change == ""  # a visa is not a pending claim: the fixed rule, nothing to change
    assert said[PASS].text == ("your status does not rule out the learner support grant (the college checks the "
                               "rest when you enrol)")
