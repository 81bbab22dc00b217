"""Retention also purges closed reports of wrong information once past the period; open ones stay
until the skills team has dealt with them."""

from bot.pathways import corrections
from bot.residents import retention
from bot.db import catalogue_reports

from tests.bot.records_fixtures import engine, factory, session, tracker  # noqa: F401

DAY = 86_400.0
T0 = 1_700_000_000.0


def test_closed_reports_go_after_the_retention_period_and_open_ones_stay(engine, factory, tracker):
    catalogue_reports.create(engine, checkfirst=True)
    with factory() as s, s.begin():
        old = corrections.report(s, pathway_id="p-old", words="closed", channel="web", catalogue_version="1", now=T0)
        recent = corrections.report(s, pathway_id="p-new", words="moved", channel="sms", catalogue_version="1",
                                    now=T0)
        waiting = corrections.report(s, pathway_id="p-open", words="wrong fee", channel="web",
                                     catalogue_version="1", now=T0)
        corrections.resolve(s, old, "fixed", now=T0 + DAY)
        corrections.resolve(s, recent, "dismissed", now=T0 + 100 * DAY)
    report = retention.run(engine, tracker, days=180, now=T0 + 182 * DAY)
    assert report.rows.get("catalogue_reports_closed") == 1
    with factory() as s:
        left = {r.id for status in corrections.STATUSES for r in corrections.reports(s, status)}
    assert left == {recent, waiting}


def test_retention_runs_where_no_report_was_ever_made(engine, factory, tracker):
    retention.run(engine, tracker, days=180, now=T0)  # the table is created if missing, not a crash
