"""For the skills team (coordinator accounts): residents' reports of wrong information, each with the
route it is about, closed as fixed or dismissed; and the live entries not checked against their source
for longer than settings.catalogue_stale_days (Catalogue.stale)."""

from __future__ import annotations

import datetime as dt
import logging

from aiohttp import web

from bot.dialogue import replies
from bot.pathways import corrections
from bot.console.auth import require
from bot.console.state import console_of, db, path_id, redirect, render

log = logging.getLogger("waymark.console.catalogue")

NOTICES = {"fixed": "Closed as fixed.", "dismissed": "Closed: the information was right.",
           "invalid": "That report is already closed, or the choice was not fixed or dismissed."}
CLOSED = {"fixed": "Fixed", "dismissed": "Dismissed"}


def _when(at: float) -> str:
    return dt.datetime.fromtimestamp(at, dt.timezone.utc).strftime("%-d %b %Y %H:%M UTC")


@require("coordinator")
async def report_list(request: web.Request) -> web.StreamResponse:
    status = request.query.get("status", "open")
    status = status if status in corrections.STATUSES else "open"

    def load(session):
        items = corrections.reports(session, status)
        return items, corrections.routes_of(session, items)

    items, routes = await db(request, load)
    facts = {pid: replies.pathway_facts(p.to_summary_dict()) for pid, p in routes.items()}
    return render(request, "catalogue_reports.html", items=items, routes=routes, facts=facts, shown=status,
                  statuses=corrections.STATUSES, when=_when, notice=NOTICES.get(request.query.get("notice", ""), ""))


@require("coordinator")
async def close_report(request: web.Request) -> web.StreamResponse:
    report_id = path_id(request)
    form = await request.post()
    status = str(form.get("status", ""))
    try:
        await db(request, corrections.resolve, report_id, status, str(form.get("note", ""))[:corrections.MAX_WORDS],
                 now=console_of(request).clock())
    except corrections.ReportError:
        raise redirect("/catalogue/reports?notice=invalid") from None
    log.info("catalogue report %s closed as %s by user %s", report_id, status, request["console_session"].user.id)
    raise redirect(f"/catalogue/reports?notice={status}")


@require("coordinator")
async def stale_list(request: web.Request) -> web.StreamResponse:
    console = console_of(request)
    days = console.settings.catalogue_stale_days
    today = dt.datetime.fromtimestamp(console.clock(), dt.timezone.utc).date()
    items = await db(request, corrections.stale_entries, today, days)
    return render(request, "catalogue_stale.html", items=items, days=days, today=today)


def add_routes(routes: web.UrlDispatcher) -> None:  # the console sub-app's router
    routes.add_get("/catalogue/reports", report_list)
    routes.add_post("/catalogue/reports/{id}/close", close_report)
    routes.add_get("/catalogue/stale", stale_list)


__all__ = ["add_routes"]
