"""Scheduled jobs: two runners on one database run each job once; failures and dead runners recorded
and recovered; the real jobs run (retention, mail, staleness) with counts."""

import threading

import pytest
from sqlalchemy import select

from bot import jobs
from bot.pathways.catalogue import load_catalogue
from bot.db import make_engine
from bot.residents.records import job_runs
from bot.settings import ROOT, Settings
from bot.pathways.catalogue_store import load

from tests.bot.records_fixtures import engine, factory  # noqa: F401 - fixtures


class Counter:
    def __init__(self):
        self.calls = []
        self.lock = threading.Lock()

    def job(self, name, interval=60.0, fail=False):
        def run(ctx):
            with self.lock:
                self.calls.append(name)
            if fail:
                raise RuntimeError("the mail server said no")
            return {"done": 1}
        return jobs.Job(name, interval, run)


def two_runners(tmp_path, engine, job_list, clock, url=None):
    url = url or str(engine.url)
    settings = Settings.from_env({"WAYMARK_VAR_DIR": str(tmp_path / "var"), "WAYMARK_DATABASE_URL": url})
    # Separate engines, as two replicas would have: the only thing shared is the database.
    return [jobs.Runner(settings, make_engine(url), job_list, name=f"replica-{i}", clock=clock) for i in (1, 2)]


def tick_together(runners):
    barrier = threading.Barrier(len(runners))
    ran, errors = {}, []

    def go(runner):
        barrier.wait()
        try:
            ran[runner.name] = runner.tick()
        except Exception as error:  # a runner that crashes is a failure, not a skipped tick
            errors.append(error)

    threads = [threading.Thread(target=go, args=(r,)) for r in runners]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    return ran


def test_two_runners_on_one_database_run_each_job_once(tmp_path, engine):
    counter, now = Counter(), [1000.0]
    runners = two_runners(tmp_path, engine, [counter.job("a"), counter.job("b"), counter.job("c", 3600.0)],
                          lambda: now[0])
    for _ in range(5):
        tick_together(runners)
    assert sorted(counter.calls) == ["a", "b", "c"]
    now[0] += 61.0  # a and b are due again, c is not
    for _ in range(5):
        tick_together(runners)
    assert sorted(counter.calls) == ["a", "a", "b", "b", "c"]
    with jobs.Runner(runners[0].settings, engine, []).factory() as s:
        assert s.execute(select(job_runs.c.name)).scalars().all().count("a") == 2


def test_two_runners_on_one_postgresql_database_run_each_job_once(tmp_path, engine):
    import os
    import sys
    from pathlib import Path

    from bot.residents.records import create_schema
    from harness.testbed import scratch_database

    admin_url = os.environ.get("WAYMARK_TEST_POSTGRES_URL")
    if not admin_url:
        pytest.skip("set WAYMARK_TEST_POSTGRES_URL to race two runners on PostgreSQL")
    with scratch_database(admin_url, ROOT, Path(sys.executable), prefix="waymark_test", prepare=False) as url:
        pg = make_engine(url)
        create_schema(pg)
        counter, now = Counter(), [1000.0]
        runners = two_runners(tmp_path, pg, [counter.job("a"), counter.job("b")], lambda: now[0], url=url)
        for _ in range(10):
            tick_together(runners)
        now[0] += 61.0
        for _ in range(10):
            tick_together(runners)
        assert sorted(counter.calls) == ["a", "a", "b", "b"]
        for r in runners:
            r.engine.dispose()
        pg.dispose()


def test_a_failed_run_is_recorded_and_tried_again_at_the_next_interval(tmp_path, engine):
    counter, now = Counter(), [1000.0]
    [runner, _] = two_runners(tmp_path, engine, [counter.job("mail", fail=True)], lambda: now[0])
    assert runner.tick() == ["mail"]
    with runner.factory() as s:
        [state] = jobs.status(s, now=now[0])
    assert state.last_result == "failed" and "mail server said no" in state.last_error
    assert state.next_run_at == 1060.0 and not state.running
    assert runner.tick() == []
    now[0] = 1060.0
    assert runner.tick() == ["mail"]


def test_a_runner_that_died_mid_job_releases_it_when_its_lease_runs_out(tmp_path, engine):
    counter, now = Counter(), [1000.0]
    dead, alive = two_runners(tmp_path, engine, [counter.job("retention")], lambda: now[0])
    with dead.factory() as s, s.begin():
        assert jobs.claim(s, dead.jobs[0], dead.name, now=now[0])  # ... and never finishes
    assert alive.tick() == []
    with alive.factory() as s:
        assert jobs.status(s, now=now[0])[0].running
    now[0] += jobs.LEASE_S
    assert alive.tick() == ["retention"]


def test_the_real_jobs_run_and_report_counts(tmp_path, factory, engine):
    from tests.bot.records_fixtures import rasa_metadata

    tracker_url = f"sqlite:///{tmp_path / 'tracker.db'}"
    tracker = make_engine(tracker_url)
    rasa_metadata.create_all(tracker)
    tracker.dispose()
    settings = Settings.from_env({"WAYMARK_VAR_DIR": str(tmp_path / "var"), "WAYMARK_DATABASE_URL": str(engine.url),
                                  "WAYMARK_TRACKER_STORE_URL": tracker_url, "WAYMARK_CATALOGUE_STALE_DAYS": "30"})
    with factory() as s, s.begin():
        load(s, load_catalogue(ROOT / "pathways.yml"), "pathways.yml")
    runner = jobs.Runner(settings, engine, [j for j in jobs.default_jobs(settings) if j.name != "follow_ups"],
                         name="here", clock=lambda: 1_800_000_000.0)  # 2027-01-15
    assert sorted(runner.tick()) == ["catalogue_staleness", "referral_mail", "retention"]
    with runner.factory() as s:
        found = {j.name: j for j in jobs.status(s, now=1_800_000_000.0)}
    assert all(j.last_result == "ok" for j in found.values()), found
    staleness = found["catalogue_staleness"].last_counts
    assert staleness["pathways"] > 0 and 0 < staleness["stale"] <= staleness["pathways"]
    assert found["referral_mail"].last_counts == {}
    assert found["retention"].last_counts == {"journeys": 0, "rows": 0, "outbox_files": 0}


@pytest.mark.parametrize("days, expected", [(10_000, 0), (0, "all")])
def test_staleness_counts_pathways_past_their_verification_age(factory, days, expected):
    with factory() as s, s.begin():
        load(s, load_catalogue(ROOT / "pathways.yml"), "pathways.yml")
    with factory() as s:
        stale, total = jobs.stale_pathways(s, days, now=1_800_000_000.0)
    assert len(stale) == (total if expected == "all" else expected)


def test_the_runner_survives_a_pass_that_fails_and_keeps_its_heartbeat(tmp_path, engine, monkeypatch):
    counter, stop = Counter(), threading.Event()
    [runner, _] = two_runners(tmp_path, engine, [counter.job("a")], lambda: 1000.0)
    passes = []

    def flaky():
        passes.append(1)
        if len(passes) == 1:
            raise RuntimeError("database restarting")
        stop.set()
        return []

    monkeypatch.setattr(runner, "tick", flaky)
    monkeypatch.setattr(jobs, "TICK_S", 0.01)
    heartbeat = tmp_path / "run" / "jobs.heartbeat"
    runner.forever(stop, heartbeat)
    assert len(passes) == 2 and heartbeat.exists()


def test_follow_ups_go_through_the_runners_one_sender_on_its_one_loop(tmp_path, engine, factory):
    import asyncio

    from bot.residents import journeys, referrals
    from bot.residents.sending import Outbound

    web, sms = "web-" + "a" * 32, "sms-" + "b" * 32
    with factory() as s, s.begin():
        journeys.link(s, sms, web, "sms")
        referrals.create(s, sender_id=web, pathway={"id": "p", "title": "Black Codher", "kind": "bootcamp"},
                         consented=True, follow_up=True, follow_up_days=0, now=0.0)
    loops = []

    async def phone(sender_id, text, *, template, variables):
        loops.append(asyncio.get_running_loop())
        return "sent"

    settings = Settings.from_env({"WAYMARK_VAR_DIR": str(tmp_path / "var"), "WAYMARK_DATABASE_URL": str(engine.url)})
    loop = asyncio.new_event_loop()
    try:
        runner = jobs.Runner(settings, engine, [j for j in jobs.default_jobs(settings) if j.name == "follow_ups"],
                             name="here", outbound=Outbound(settings, engine, phone), loop=loop)
        assert runner.tick() == ["follow_ups"]
        with runner.factory() as s:
            [job] = jobs.status(s)
        assert (job.last_result, job.last_counts) == ("ok", {"sent": 1})
        assert loops == [loop]  # the loop the sender's HTTP session lives on, not a new one per run
    finally:
        loop.close()


def test_a_job_that_reads_then_writes_waits_for_another_writer_instead_of_failing(tmp_path, engine):
    from tests.writers import AnotherWriter

    other = AnotherWriter(str(engine.url))
    seen = []

    def reads_then_writes(ctx):
        with ctx.factory() as session, session.begin():
            seen.append(other.work(session))
        return {"done": 1}

    try:
        runner = two_runners(tmp_path, engine, [jobs.Job("mail", 60.0, reads_then_writes)], clock=lambda: 1000.0)[0]
        assert runner.tick() == ["mail"]
        assert seen == [0] and other.values() == ["meanwhile", "ours"]
        with runner.factory() as session:
            assert session.execute(select(job_runs.c.result)).scalar_one() == "ok"
    finally:
        other.close()
