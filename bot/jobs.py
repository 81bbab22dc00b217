"""`python -m bot.jobs`: the jobs that keep Waymark's promises, on a schedule, in one supervised process.

Retention ("deleted after you stop chatting" should not depend on someone's cron), follow-ups ("did you
apply / start?"), the referral mail to providers and its retries, and the catalogue staleness check.
Each job has an interval (Settings.job_*_minutes). The `python -m bot retention run` and `referrals
follow-ups` commands stay for running one by hand.

Several replicas (or a second runner started by mistake) run each job once: a job's row in `job_state`
is its claim. A runner takes a job with one conditional UPDATE (due, and not leased by another runner);
PostgreSQL's row lock and SQLite's write lock both let exactly one UPDATE match, and the loser sees the
winner's lease or next run time. The claim is released by finishing (which sets the next run) or, if the
runner died mid-job, by its lease running out (LEASE_S). No separate lock service is needed, in either
profile, and a claim survives a restart of the process that made it.

Every run is logged with its counts (never a resident's details) and kept in `job_runs`; the console's
Jobs page shows coordinators each job's last run, result and next run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import signal
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, List, Mapping, Optional, Sequence

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.residents.records import job_runs, job_state
from bot.residents.sending import Outbound
from bot.settings import Settings

log = logging.getLogger("waymark.jobs")

LEASE_S = 3600.0  # longer than any job takes; a runner that died releases its jobs after this
TICK_S = 5.0
KEEP_RUNS_S = 30 * 86_400.0
Counts = Dict[str, int]


@dataclass(frozen=True)
class Job:
    name: str
    interval_s: float
    run: Callable[["Context"], Mapping[str, int]]


@dataclass(frozen=True)
class Context:
    settings: Settings
    engine: Engine
    factory: sessionmaker
    now: float
    outbound: Optional[Outbound] = None  # the runner's one sender (follow-ups)
    run: Callable[[Awaitable[Any]], Any] = asyncio.run  # the runner's event loop, which the sender's session is on


@dataclass(frozen=True)
class JobStatus:
    name: str
    next_run_at: float
    runner: Optional[str]
    running: bool
    last_started_at: Optional[float]
    last_finished_at: Optional[float]
    last_result: Optional[str]
    last_counts: Dict[str, int]
    last_error: Optional[str]


# --- the jobs --------------------------------------------------------------------------------------------
def _retention(ctx: Context) -> Counts:
    from bot.residents import mail, retention
    from bot.db import make_engine

    tracker = make_engine(ctx.settings.tracker_store_url)
    try:
        report = retention.run(ctx.engine, tracker, days=ctx.settings.retention_days, now=ctx.now)
    finally:
        tracker.dispose()
    outbox = mail.purge_outbox(ctx.settings, days=ctx.settings.retention_days, now=ctx.now)
    return {"journeys": report.journeys, "rows": report.total, "outbox_files": outbox}


def _follow_ups(ctx: Context) -> Counts:
    from bot.ops.admin_cli import send_follow_ups

    if ctx.outbound is None:
        raise RuntimeError("this runner was started without a sender for follow-ups")
    counts: Counts = {}
    for line in ctx.run(send_follow_ups(ctx.outbound)):
        status = line.rpartition(" ")[2]
        counts[status] = counts.get(status, 0) + 1
    return counts


def _referral_mail(ctx: Context) -> Counts:
    from bot.pathways import providers
    from bot.residents import mail

    return mail.deliver_due(ctx.factory, ctx.settings, providers.load(ctx.settings.providers_path), now=ctx.now)


def _catalogue_staleness(ctx: Context) -> Counts:
    with ctx.factory() as session:
        stale, total = stale_pathways(session, ctx.settings.catalogue_stale_days, now=ctx.now)
    if stale:
        log.warning("catalogue: %d of %d pathway(s) not verified for over %d days: %s", len(stale), total,
                    ctx.settings.catalogue_stale_days, ", ".join(stale[:20]) + (" ..." if len(stale) > 20 else ""))
    return {"pathways": total, "stale": len(stale)}


def stale_pathways(session: Session, days: int, *, now: float) -> tuple:
    """(ids of the live catalogue's pathways last verified more than `days` ago, how many there are)."""
    import datetime as dt

    from bot.db import pathways
    from bot.pathways.catalogue_store import active_catalogue

    active = active_catalogue(session)
    if active is None:
        return [], 0
    cutoff = dt.date.fromtimestamp(now) - dt.timedelta(days=days)
    rows = session.execute(select(pathways.c.pathway_id, pathways.c.document)
                           .where(pathways.c.catalogue_id == active.id).order_by(pathways.c.pathway_id)).all()
    stale = [r.pathway_id for r in rows
             if (r.document or {}).get("last_verified") and dt.date.fromisoformat(r.document["last_verified"]) < cutoff]
    return stale, len(rows)


def default_jobs(settings: Settings) -> List[Job]:
    minutes = 60.0
    return [
        Job("referral_mail", settings.job_referral_mail_minutes * minutes, _referral_mail),
        Job("follow_ups", settings.job_follow_ups_minutes * minutes, _follow_ups),
        Job("retention", settings.job_retention_minutes * minutes, _retention),
        Job("catalogue_staleness", settings.job_catalogue_minutes * minutes, _catalogue_staleness),
    ]


# --- claiming and recording ------------------------------------------------------------------------------
def _take(session: Session, job: Job, runner: str, now: float) -> bool:
    return session.execute(update(job_state).where(
        job_state.c.name == job.name, job_state.c.next_run_at <= now,
        or_(job_state.c.lease_until.is_(None), job_state.c.lease_until <= now),
    ).values(lease_until=now + LEASE_S, runner=runner[:120], interval_s=job.interval_s)).rowcount == 1


def claim(session: Session, job: Job, runner: str, *, now: float) -> bool:
    """Take this job if it is due and nobody holds it; True when this runner is to run it now.

    The UPDATE comes first: on SQLite it takes the write lock at once (a read first would make two
    runners' transactions deadlock on upgrading, "database is locked"); on PostgreSQL it waits on the
    row and re-checks the condition after the other runner commits."""
    if _take(session, job, runner, now):
        return True
    if session.execute(select(job_state.c.name).where(job_state.c.name == job.name)).first() is not None:
        return False
    try:
        with session.begin_nested():  # another runner may insert it at the same moment
            session.execute(insert(job_state).values(name=job.name, next_run_at=now, interval_s=job.interval_s))
    except IntegrityError:
        return False
    return _take(session, job, runner, now)


def finish(session: Session, job: Job, runner: str, *, started: float, finished: float, result: str,
           counts: Mapping[str, int], error: Optional[str]) -> None:
    text = json.dumps({str(k): int(v) for k, v in sorted(counts.items())})
    session.execute(update(job_state).where(job_state.c.name == job.name).values(
        next_run_at=started + job.interval_s, lease_until=None, last_started_at=started,
        last_finished_at=finished, last_result=result, last_counts=text, last_error=error))
    session.execute(insert(job_runs).values(name=job.name, runner=runner[:120], started_at=started,
                                            finished_at=finished, result=result, counts=text, error=error))
    session.execute(delete(job_runs).where(job_runs.c.name == job.name,
                                           job_runs.c.started_at < finished - KEEP_RUNS_S))


def status(session: Session, *, now: Optional[float] = None) -> List[JobStatus]:
    now = time.time() if now is None else now
    rows = session.execute(select(job_state).order_by(job_state.c.name)).all()
    return [JobStatus(r.name, r.next_run_at, r.runner, bool(r.lease_until and r.lease_until > now),
                      r.last_started_at, r.last_finished_at, r.last_result, json.loads(r.last_counts or "{}"),
                      r.last_error) for r in rows]


def recent_runs(session: Session, limit: int = 30) -> list:
    return session.execute(select(job_runs).order_by(job_runs.c.started_at.desc(), job_runs.c.id.desc())
                           .limit(limit)).all()


# --- the runner ------------------------------------------------------------------------------------------
class Runner:
    def __init__(self, settings: Settings, engine: Engine, jobs: Sequence[Job], *, name: Optional[str] = None,
                 clock: Callable[[], float] = time.time, outbound: Optional[Outbound] = None,
                 loop: Optional[asyncio.AbstractEventLoop] = None):
        from bot.db import session_factory, writing

        self.settings, self.engine, self.jobs, self.clock = settings, engine, list(jobs), clock
        self.outbound, self.loop = outbound, loop
        # Jobs read and then write (claims, mail leases, erasures) while the gateway and the action
        # server commit to the same SQLite file: each transaction takes the write lock first (bot.db.writing).
        self.factory = session_factory(writing(engine))
        self.name = name or f"{socket.gethostname()}:{os.getpid()}"

    def tick(self) -> List[str]:
        """Run every job that is due and not held elsewhere; the names of those run here."""
        ran = []
        for job in self.jobs:
            now = self.clock()
            with self.factory() as session, session.begin():
                mine = claim(session, job, self.name, now=now)
            if mine:
                self.run_one(job, now)
                ran.append(job.name)
        return ran

    def run_one(self, job: Job, started: float) -> None:
        error: Optional[str] = None
        counts: Mapping[str, int] = {}
        try:
            run = self.loop.run_until_complete if self.loop is not None else asyncio.run
            counts = job.run(Context(self.settings, self.engine, self.factory, started, self.outbound, run)) or {}
            result = "ok"
        except Exception as exc:  # noqa: BLE001 - one job failing must not stop the others
            log.exception("job %s failed", job.name)
            result, error = "failed", f"{type(exc).__name__}: {exc}"[:300]
        finished = self.clock()
        with self.factory() as session, session.begin():
            finish(session, job, self.name, started=started, finished=finished, result=result, counts=counts,
                   error=error)
        log.info("job %s: %s in %.1fs %s", job.name, result, finished - started,
                 json.dumps(dict(sorted(counts.items()))))

    def forever(self, stop: threading.Event, heartbeat: Optional[Path] = None) -> None:
        """Until `stop`. A database that cannot be reached for a while (a restart, a lock held too long)
        is logged and tried again on the next tick: the supervisor would otherwise stop the whole stack."""
        while not stop.is_set():
            self._beat(heartbeat)  # before a long first run too: ready means the loop is running
            try:
                self.tick()
            except Exception:  # noqa: BLE001
                log.exception("jobs pass failed; trying again in %.0fs", TICK_S)
            self._beat(heartbeat)
            stop.wait(TICK_S)

    @staticmethod
    def _beat(heartbeat: Optional[Path]) -> None:
        if heartbeat is not None:
            heartbeat.parent.mkdir(parents=True, exist_ok=True)
            heartbeat.touch()


def main(argv: Optional[Sequence[str]] = None) -> int:
    from bot.db import create_schema as create_catalogue_schema, make_engine
    from bot.residents.records import create_schema

    parser = argparse.ArgumentParser(prog="python -m bot.jobs", description=__doc__.split("\n\n")[0])
    parser.add_argument("--once", action="store_true", help="run what is due now, then exit")
    parser.add_argument("--name", help="this runner's name in the console (default host:pid)")
    parser.add_argument("--heartbeat", type=Path, help="a file touched after every pass (the supervisor's check)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = Settings.from_env()
    engine = make_engine(settings.database_url)
    # One event loop for the runner's life: the sender's HTTP session belongs to it.
    loop = asyncio.new_event_loop()
    outbound: Optional[Outbound] = None
    try:
        create_catalogue_schema(engine)  # a staleness check before the first `pathways load` finds none
        create_schema(engine)
        outbound = loop.run_until_complete(_open_outbound(settings, engine))
        runner = Runner(settings, engine, default_jobs(settings), name=args.name, outbound=outbound, loop=loop)
        if args.once:
            print("ran: " + (", ".join(runner.tick()) or "nothing due"))
            return 0
        stop = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, lambda *_: stop.set())
        log.info("jobs runner %s started: %s", runner.name,
                 ", ".join(f"{j.name} every {j.interval_s / 60:g} min" for j in runner.jobs))
        runner.forever(stop, args.heartbeat)
        return 0
    finally:
        if outbound is not None:
            loop.run_until_complete(outbound.aclose())  # its HTTP session and the engine
        loop.close()
        engine.dispose()


async def _open_outbound(settings: Settings, engine: Engine) -> Outbound:
    """The jobs runner's one sender, built inside its loop (this process's composition root)."""
    from bot.gateway.notifier import build_outbound

    return build_outbound(settings, engine)


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["Context", "Job", "JobStatus", "LEASE_S", "Runner", "claim", "default_jobs", "finish", "main",
           "recent_runs", "stale_pathways", "status"]
