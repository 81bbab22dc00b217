"""Coordinators: the scheduled jobs (last run, result, counts, next run) and referral mail that has not
reached its provider, with "send again"."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from aiohttp import web

from bot import jobs
from bot.residents import mail
from bot.console.auth import require
from bot.console.state import console_of, db, path_id, redirect, render


def when(epoch: Optional[float]) -> str:
    if not epoch:
        return "never"
    return dt.datetime.fromtimestamp(epoch, dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


@require("coordinator")
async def jobs_page(request: web.Request) -> web.StreamResponse:
    now = console_of(request).clock()

    def load(session):
        return jobs.status(session, now=now), jobs.recent_runs(session), mail.problems(session)

    states, runs, mails = await db(request, load)
    return render(request, "jobs.html", states=states, runs=runs, mails=mails, when=when, now=now,
                  notice=request.query.get("notice", ""))


@require("coordinator")
async def mail_retry(request: web.Request) -> web.StreamResponse:
    ok = await db(request, mail.retry_now, path_id(request), now=console_of(request).clock())
    raise redirect("/jobs?notice=" + ("retrying" if ok else "unchanged"))


def add_routes(routes: web.UrlDispatcher) -> None:  # the console sub-app's router
    routes.add_get("/jobs", jobs_page)
    routes.add_post("/jobs/mail/{id}/retry", mail_retry)


__all__ = ["add_routes", "when"]
