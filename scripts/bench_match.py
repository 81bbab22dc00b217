"""Benchmark: load a synthetic 100,000-pathway catalogue and time `bot.pathways.matching.match`.

Not a test. Prints the load time and p50/p95/p99 match latency (one session per match, as the action
server does). Figures go to docs/performance.md ("Catalogue matching").

    .venv/bin/python scripts/bench_match.py                      # SQLite file in a temp dir
    .venv/bin/python scripts/bench_match.py --pathways 20000 --matches 200
    .venv/bin/python scripts/bench_match.py --database-url postgresql://...   # an empty database
    .venv/bin/python scripts/bench_match.py --explain            # print SQLite's plan for one query
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, List, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.language import vocab  # noqa: E402
from bot.pathways.catalogue import catalogue_from_data  # noqa: E402
from bot.db import create_schema, make_engine, session_factory  # noqa: E402
from bot.pathways.matching import match  # noqa: E402
from bot.dialogue.profile import Profile  # noqa: E402
from bot.pathways.catalogue_store import load  # noqa: E402
from harness.testbed import scratch_database  # noqa: E402

TODAY = dt.date(2026, 11, 23)
SOURCE = "https://example.org/synthetic"

# Rough shape of a real regional catalogue: bootcamps and short courses dominate.
KIND_WEIGHTS = {
    "bootcamp": 30,
    "course": 20,
    "apprenticeship": 15,
    "essential_digital_skills": 8,
    "hnc": 7,
    "esol": 7,
    "kickstart": 4,
    "youth_outreach": 5,
    "advice_service": 4,
}
# Larger authorities host more provision.
LA_WEIGHTS = {
    "Birmingham": 30, "Coventry": 10, "Dudley": 7, "Sandwell": 7, "Solihull": 5, "Walsall": 6,
    "Wolverhampton": 7, "Cannock Chase": 2, "North Warwickshire": 1, "Nuneaton and Bedworth": 3,
    "Redditch": 2, "Rugby": 2, "Shropshire": 4, "Stratford-on-Avon": 2, "Tamworth": 2,
    "Telford and Wrekin": 4, "Warwick": 3,
}


def _pick(rng: random.Random, weights: Dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def synthetic_pathway(rng: random.Random, index: int) -> Dict[str, Any]:
    kind = _pick(rng, KIND_WEIGHTS)
    national = kind == "advice_service" and rng.random() < 0.7 or rng.random() < 0.05
    delivery = rng.choices(["in_person", "blended", "online"], weights=[45, 25, 30])[0]
    locations: List[str] = []
    if delivery != "online" and rng.random() > 0.03:
        locations = sorted({_pick(rng, LA_WEIGHTS) for _ in range(rng.choice([1, 1, 1, 2, 3]))})
    rules: Dict[str, Any] = {}
    if kind == "bootcamp":
        rules["min_age"] = 19
        if rng.random() < 0.1:
            rules["max_income"] = rng.choice([20000, 25000, 30000])
        if rng.random() < 0.15:
            rules["employment_status"] = ["unemployed"]
        if rng.random() < 0.05:
            rules["target_groups"] = [rng.choice(["women", "black_women", "care_leavers"])]
        if rng.random() < 0.1:
            rules["backgrounds"] = rng.sample(vocab.BACKGROUNDS[:6], 2)
    elif kind == "hnc":
        rules.update(min_age=18, min_qualification_level=3,
                     immigration_statuses=["british_irish", "settled", "pre_settled", "refugee"])
    elif kind == "kickstart":
        rules.update(min_age=16, max_age=24, requires_universal_credit=True, employment_status=["unemployed"])
    elif kind == "esol":
        rules["english_levels"] = rng.choice([["none", "basic"], ["basic", "intermediate"]])
        rules["min_age"] = 19
        if rng.random() < 0.5:
            rules["backgrounds"] = ["refugee"]
    elif kind == "essential_digital_skills":
        rules["min_age"] = 19
        if rng.random() < 0.5:
            rules["max_qualification_level"] = 2
    elif kind == "apprenticeship":
        rules["min_age"] = 16
        if rng.random() < 0.4:
            rules["min_qualification_level"] = 2
    elif kind == "course":
        rules["min_age"] = 19
        if rng.random() < 0.3:
            rules["max_qualification_level"] = 2
        if rng.random() < 0.2:
            rules["requires_universal_credit"] = True
    elif kind == "youth_outreach":
        rules.update(min_age=11, max_age=rng.choice([16, 18]))
    elif kind == "advice_service":
        rules["min_age"] = 13
    if kind in ("apprenticeship", "kickstart"):  # paid work: the right to work in the UK
        rules["requires_right_to_work"] = True
    sources = {rule: SOURCE for rule in rules}
    eligibility = {"region": "national" if national else "wmca", "sources": sources, **rules}
    # A status the source did not give (None) is common in a real catalogue.
    status = rng.choices(["open", "waitlist", "closed", None], weights=[45, 15, 10, 30])[0]
    cohort = TODAY + dt.timedelta(days=rng.randint(1, 300)) if rng.random() < 0.7 else None
    return {
        "id": f"synthetic-{kind.replace('_', '-')}-{index}",
        "title": f"Synthetic {kind} {index}",
        "kind": kind,
        "provider": f"Provider {index % 400}",
        "summary": "Generated for the matching benchmark.",
        "topics": rng.sample(vocab.TOPICS, rng.choice([1, 1, 2])),
        "delivery": delivery,
        "schedule": rng.sample(vocab.SCHEDULES, rng.choice([1, 1, 2])),
        "duration_weeks": rng.choice([6, 12, 16, 52]),
        "entry_requirements": "Not stated: ask the provider",
        "cost": 0 if rng.random() < 0.85 else rng.choice([250, 1200, None]),
        "cost_description": "Generated: ask the provider",
        "funding_body": "West Midlands Combined Authority",
        "locations": locations,
        "status": status,
        "next_cohort": cohort,
        "next_step": {"text": "Apply online", "url": "https://example.org/apply"},
        "source": SOURCE,
        "last_verified": TODAY,
        "eligibility": eligibility,
    }


def synthetic_catalogue(count: int, seed: int) -> Dict[str, Any]:
    rng = random.Random(seed)
    return {"version": "synthetic.1", "updated": TODAY,
            "pathways": [synthetic_pathway(rng, i) for i in range(count)]}


def random_profile(rng: random.Random) -> Profile:
    def maybe(value: Any, known: float = 0.75) -> Any:
        return value if rng.random() < known else None

    where = rng.random()
    la: Optional[str]
    if where < 0.8:
        la = _pick(rng, LA_WEIGHTS)
    elif where < 0.9:
        la = rng.choice(["Leicester", "Manchester", "Stafford"])
    else:
        la = None
    income = rng.choice([0, 9000, 18000, 24000, 32000, 45000, vocab.INCOME_DECLINED])
    return Profile.from_mapping({
        "age": maybe(rng.choice([14, 17, 19, 23, 30, 45, 58]), 0.85),
        "local_authority": la,
        "background": maybe(rng.choice(vocab.BACKGROUNDS)),
        "employment_status": maybe(rng.choice(vocab.EMPLOYMENT_STATUSES)),
        "annual_income": maybe(income, 0.6),
        "qualification_level": maybe(rng.randint(0, 6)),
        "interest": maybe(rng.choice(vocab.INTERESTS)),
        "availability": maybe(rng.choice(vocab.SCHEDULES)),
        "universal_credit": maybe(rng.choice([True, False]), 0.6),
        "immigration_status": maybe(rng.choice(vocab.IMMIGRATION_STATUSES), 0.3),
        "english_level": maybe(rng.choice(vocab.ENGLISH_LEVELS), 0.3),
        "target_groups": rng.sample(vocab.TARGET_GROUPS, 1) if rng.random() < 0.1 else [],
        "excluded_groups": ["women"] if rng.random() < 0.1 else [],
        "digital_confidence": maybe(rng.choice(vocab.DIGITAL_CONFIDENCE), 0.3),
    })


def percentile(values: List[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pathways", type=int, default=100_000)
    parser.add_argument("--matches", type=int, default=500)
    parser.add_argument("--warmup", type=int, default=200,
                        help="matches run first and not timed: a long-running server has compiled its "
                             "statements and warmed its caches")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--database-url", help="default: a fresh SQLite file in a temporary directory; "
                                               "otherwise an empty database")
    parser.add_argument("--postgres-admin-url", help="run on a new, empty PostgreSQL database made (and "
                                                     "dropped) with this role, e.g. $WAYMARK_TEST_POSTGRES_URL")
    parser.add_argument("--via-yaml", action="store_true",
                        help="also write the catalogue as YAML and time `load_catalogue` on it")
    parser.add_argument("--explain", action="store_true", help="print the query plan of one match (SQLite)")
    args = parser.parse_args(argv)

    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs; "
          f"Python {platform.python_version()}; SQLite {sqlite3.sqlite_version}")
    with contextlib.ExitStack() as scope:
        tmp = scope.enter_context(tempfile.TemporaryDirectory(prefix="waymark-bench-"))
        url = args.database_url or f"sqlite:///{Path(tmp) / 'bench.db'}"
        if args.postgres_admin_url:
            url = scope.enter_context(scratch_database(args.postgres_admin_url, ROOT, Path(sys.executable),
                                                       prefix="waymark_bench_match", prepare=False))
        engine = make_engine(url)
        create_schema(engine)
        Session = session_factory(engine)

        data = synthetic_catalogue(args.pathways, args.seed)
        if args.via_yaml:
            _time_yaml(data, Path(tmp) / "pathways.yml")
        started = time.perf_counter()
        catalogue = catalogue_from_data(data, "synthetic")
        del data
        validated = time.perf_counter()
        with Session.begin() as session:
            load(session, catalogue, "synthetic", today=TODAY)
        loaded = time.perf_counter()
        print(f"catalogue: {args.pathways} pathways; validate {validated - started:.1f} s, "
              f"load into {engine.dialect.name} {loaded - validated:.1f} s")

        if args.explain:
            _explain(engine, Session)

        rng = random.Random(args.seed + 1)
        warmup = [random_profile(rng) for _ in range(args.warmup)]
        profiles = [random_profile(rng) for _ in range(args.matches)]
        cold = []
        for profile in warmup:
            t0 = time.perf_counter()
            with Session() as session:
                match(session, profile, today=TODAY)
            cold.append((time.perf_counter() - t0) * 1000)
        if cold:
            print(f"warm-up: first match {cold[0]:.1f} ms; {len(cold)} matches, max {max(cold):.1f} ms "
                  "(each new query shape is compiled once per process)")
        latencies: List[float] = []
        shown = 0
        by_scope: Dict[str, List[float]] = {}
        for profile in profiles:
            t0 = time.perf_counter()
            with Session() as session:
                result = match(session, profile, today=TODAY)
            elapsed = (time.perf_counter() - t0) * 1000
            latencies.append(elapsed)
            by_scope.setdefault(result.scope, []).append(elapsed)
            shown += len(result.recommendations)
        print(f"matches: {len(latencies)}; mean {statistics.mean(latencies):.1f} ms; "
              f"p50 {percentile(latencies, 50):.1f} ms; p95 {percentile(latencies, 95):.1f} ms; "
              f"p99 {percentile(latencies, 99):.1f} ms; max {max(latencies):.1f} ms; "
              f"{shown / len(latencies):.1f} recommendations per match")
        for scope, values in sorted(by_scope.items()):
            print(f"  {scope:<13} n={len(values):<4} p50 {percentile(values, 50):.1f} ms  "
                  f"p95 {percentile(values, 95):.1f} ms")
        engine.dispose()
    return 0


def _time_yaml(data: Dict[str, Any], path: Path) -> None:
    import yaml

    from bot.pathways.catalogue import load_catalogue

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    with path.open("w", encoding="utf-8") as out:
        yaml.dump(data, out, Dumper=dumper, sort_keys=False)
    started = time.perf_counter()
    catalogue = load_catalogue(path)
    print(f"yaml: {path.stat().st_size / 1e6:.0f} MB file; load_catalogue (parse + validate with line "
          f"numbers) {time.perf_counter() - started:.1f} s for {len(catalogue.pathways)} pathways")


def _explain(engine, Session) -> None:
    from bot.pathways.matching import scope_of
    from bot.pathways.search import Search, _Shape, _statement
    from bot.pathways.catalogue_store import active_catalogue

    profile = Profile.from_mapping({"age": 45, "local_authority": "Walsall", "interest": "data"})
    with Session() as session:
        active = active_catalogue(session)
        search = Search(active.id, profile, scope_of(profile))
        for _weight, source, regions, level, topic, schedule, basics in search.plans[:2]:
            shape = _Shape(source, regions[0], level, topic, schedule, 0, basics)
            stmt = _statement(shape).params(**search.params, limit=10)
            sql = str(stmt.compile(engine, compile_kwargs={"literal_binds": True}))
            for row in session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql):
                print(f"  plan ({source}, {level}):", row[-1])


if __name__ == "__main__":
    raise SystemExit(main())
