"""For coordinators: what one journey was recommended, each turn re-explained against the catalogue
version it came from (bot.residents.audit), and how often each pathway was shown per version."""

from __future__ import annotations

import datetime as dt
import re

from aiohttp import web

from bot.console.auth import require
from bot.console.state import db, render
from bot.residents import audit

# A journey pseudonym (web-/sms-/wa- and hex digits); anything else is refused before a query runs.
JOURNEY = re.compile(r"^(web|sms|wa)-[0-9a-f]{8,36}$")


def _when(at: float) -> str:
    return dt.datetime.fromtimestamp(at, dt.timezone.utc).strftime("%-d %b %Y %H:%M UTC")


@require("coordinator")
async def audit_page(request: web.Request) -> web.StreamResponse:
    journey = request.query.get("journey", "").strip()[:64]
    valid = bool(JOURNEY.match(journey))

    def load(session):
        return (audit.history(session, journey) if valid else []), audit.counts(session)

    found, counts = await db(request, load)
    error = "" if valid or not journey else "That is not a journey id (web-, sms- or wa- and hex digits)."
    return render(request, "audit.html", status=400 if error else 200, journey=journey if valid else "",
                  found=found, counts=counts, error=error, when=_when, asked=bool(journey))


def add_routes(routes: web.UrlDispatcher) -> None:  # the console sub-app's router
    routes.add_get("/audit", audit_page)


__all__ = ["add_routes"]
