"""Referrals (list, status, provider CSV import), the demand report (coordinators) and accounts
(coordinators)."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Optional

from aiohttp import web

from bot.residents import accounts, mail, referrals, reports
from bot.console.auth import require
from bot.console.state import HEADERS, console_of, db, path_id, redirect, render

log = logging.getLogger("waymark.console.manage")

MAX_CSV_BYTES = 60 * 1024  # the gateway caps request bodies at 64 KB: about 3,000 rows


# --- referrals ------------------------------------------------------------------------------------------
def _own_provider(request: web.Request) -> Optional[str]:
    """The provider a provider account is limited to; None for workers and coordinators."""
    user = request["console_session"].user
    return (user.provider or "") if user.role == "provider" else None


async def referral_list(request: web.Request) -> web.StreamResponse:
    status = request.query.get("status") or None
    if status not in (None, *referrals.STATUSES):
        status = None
    provider = _own_provider(request)

    def load(session):
        found = referrals.list_referrals(session, status, provider=provider)
        return found, mail.for_referrals(session, [r.id for r in found])

    items, mails = await db(request, load)
    nexts = {r.id: [s for s in referrals.STATUSES if referrals.can_move(r.status, s)] for r in items}
    return render(request, "referrals.html", items=items, nexts=nexts, selected=status or "", mails=mails,
                  statuses=referrals.STATUSES, words=referrals.STATUS_WORDS, notice=request.query.get("notice", ""))


def _forbidden(request: web.Request) -> web.Response:
    return render(request, "error.html", status=403, title="Not available to you",
                  message="This referral is not to your organisation.")


async def referral_status(request: web.Request) -> web.StreamResponse:
    referral_id = path_id(request)
    provider = _own_provider(request)
    if provider is not None:
        found = await db(request, referrals.get, referral_id)
        if found is None or found.provider != provider:
            return _forbidden(request)
    form = await request.post()
    try:
        await db(request, referrals.set_status, referral_id, str(form.get("status", "")), source="console",
                 now=console_of(request).clock())
    except referrals.ReferralError:
        raise redirect("/referrals?notice=invalid") from None
    raise redirect("/referrals?notice=updated")


async def import_page(request: web.Request) -> web.StreamResponse:
    return render(request, "referrals_import.html", report=None, error="")


async def import_csv(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    upload = form.get("file")
    raw: Optional[bytes] = None
    if upload is not None and hasattr(upload, "file"):
        raw = upload.file.read(MAX_CSV_BYTES + 1)
    text_field = form.get("text")
    if not raw and isinstance(text_field, str):
        raw = text_field.encode("utf-8")
    if not raw:
        return render(request, "referrals_import.html", report=None, error="Choose a CSV file or paste its rows.")
    if len(raw) > MAX_CSV_BYTES:
        return render(request, "referrals_import.html", report=None, error="That file is too big: split it into files of up to 3,000 rows.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return render(request, "referrals_import.html", report=None, error="Save the file as CSV (UTF-8).")
    report = await db(request, referrals.import_csv, text, now=console_of(request).clock())
    log.info("referral import: %d applied, %d unchanged, %d error(s)", report.applied, report.unchanged,
             len(report.errors))
    return render(request, "referrals_import.html", report=report, error="")


# --- demand report --------------------------------------------------------------------------------------
def _date(value: Optional[str]) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


async def _report(request: web.Request) -> reports.Report:
    console = console_of(request)
    since, until = _date(request.query.get("since")), _date(request.query.get("until"))
    return await db(request, reports.build, console.tracker, since=since, until=until)


@require("coordinator")
async def report_page(request: web.Request) -> web.StreamResponse:
    report = await _report(request)
    charts = {t.key: reports.svg_bars(t) for t in report.tables if t.chart and t.rows}
    return render(request, "reports.html", report=report, charts=charts, small=reports.SMALL,
                  hidden=reports.HIDDEN, query=request.query_string)


@require("coordinator")
async def report_csv(request: web.Request) -> web.StreamResponse:
    report = await _report(request)
    body = await asyncio.to_thread(reports.to_csv, report)
    return web.Response(text=body, content_type="text/csv", charset="utf-8", headers={
        **HEADERS, "Content-Disposition": 'attachment; filename="waymark-demand.csv"'})


# --- accounts -------------------------------------------------------------------------------------------
@require("coordinator")
async def users(request: web.Request) -> web.StreamResponse:
    items = await db(request, accounts.list_users)
    return render(request, "users.html", items=items, roles=accounts.ROLES, error="",
                  notice=request.query.get("notice", ""))


@require("coordinator")
async def create_user(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    try:
        await db(request, accounts.create_user, str(form.get("email", "")), str(form.get("role", "")),
                 str(form.get("password", "")), now=console_of(request).clock(),
                 provider=str(form.get("provider", "")) or None)
    except accounts.AccountError as error:
        items = await db(request, accounts.list_users)
        return render(request, "users.html", status=400, items=items, roles=accounts.ROLES, error=str(error),
                      notice="")
    raise redirect("/users?notice=created")


def _user_id(request: web.Request) -> int:
    return path_id(request)


@require("coordinator")
async def set_active(request: web.Request) -> web.StreamResponse:
    user_id = _user_id(request)
    form = await request.post()
    if user_id == request["console_session"].user.id:
        raise redirect("/users?notice=self")  # a coordinator cannot lock themselves out
    await db(request, accounts.set_active, user_id, form.get("active") == "yes")
    raise redirect("/users?notice=updated")


@require("coordinator")
async def unlock_user(request: web.Request) -> web.StreamResponse:
    await db(request, accounts.unlock, _user_id(request))
    raise redirect("/users?notice=updated")


def add_routes(routes: web.UrlDispatcher) -> None:  # the console sub-app's router
    routes.add_get("/referrals", referral_list)
    routes.add_post("/referrals/{id}/status", referral_status)
    routes.add_get("/referrals/import", import_page)
    routes.add_post("/referrals/import", import_csv)
    routes.add_get("/reports", report_page)
    routes.add_get("/reports/demand.csv", report_csv)
    routes.add_get("/users", users)
    routes.add_post("/users", create_user)
    routes.add_post("/users/{id}/active", set_active)
    routes.add_post("/users/{id}/unlock", unlock_user)


__all__ = ["add_routes"]
