"""Report wrong information: a resident's report lands in the skills team's queue, with the route and
their words and nothing that leads back to them."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select

from bot.pathways import corrections
from bot.db import catalogue_reports


def queue(sessions, **kwargs) -> int:
    values = {"pathway_id": "bootcamp-coding-online", "words": "the course finished last year",
              "channel": "web", "catalogue_version": "test.1", "now": 100.0, **kwargs}
    with sessions.begin() as session:
        return corrections.report(session, **values)


def test_a_report_lands_in_the_queue_with_the_route_and_the_residents_words(sessions):
    report_id = queue(sessions)
    with sessions() as session:
        (report,) = corrections.reports(session)
    assert (report.id, report.pathway_id, report.catalogue_version, report.channel) == \
        (report_id, "bootcamp-coding-online", "test.1", "web")
    assert report.words == "the course finished last year"
    assert report.status == "open"


def test_the_queue_is_oldest_first(sessions):
    later = queue(sessions, now=200.0)
    earlier = queue(sessions, now=100.0)
    with sessions() as session:
        assert [r.id for r in corrections.reports(session)] == [earlier, later]


def test_contact_details_are_taken_out_and_the_words_capped(sessions):
    queue(sessions, words="wrong phone, ring me on 07700 900123 or mail jo.bloggs@example.org " + "x" * 2000)
    with sessions() as session:
        (report,) = corrections.reports(session)
    assert "07700" not in report.words and "jo.bloggs" not in report.words
    assert "[number removed]" in report.words and "[email removed]" in report.words
    assert len(report.words) == corrections.MAX_WORDS


def test_nothing_in_a_report_leads_back_to_the_resident():
    assert {c.name for c in catalogue_reports.columns}.isdisjoint({"sender_id", "journey_id", "pseudonym"})


@pytest.mark.parametrize("bad", ["", "../etc", "Not A Slug", "x" * 121, None])
def test_a_report_about_no_route_is_refused_politely(sessions, bad):
    with pytest.raises(corrections.ReportError, match="not one of the routes I showed you"):
        queue(sessions, pathway_id=bad)


def test_a_report_is_closed_as_fixed_or_dismissed_once(sessions):
    report_id = queue(sessions)
    with sessions.begin() as session:
        corrections.resolve(session, report_id, "fixed", note="dates corrected", now=300.0)
    with sessions() as session:
        assert corrections.reports(session) == []
        (fixed,) = corrections.reports(session, status="fixed")
    assert (fixed.note, fixed.resolved_at) == ("dates corrected", 300.0)
    with sessions.begin() as session, pytest.raises(corrections.ReportError, match="no open report"):
        corrections.resolve(session, report_id, "dismissed")
    with sessions.begin() as session, pytest.raises(corrections.ReportError, match="fixed or dismissed"):
        corrections.resolve(session, report_id, "open")


def test_closed_reports_are_purged_after_retention_open_ones_never(sessions):
    closed, still_open = queue(sessions), queue(sessions)
    with sessions.begin() as session:
        corrections.resolve(session, closed, "dismissed", now=500.0)
    with sessions.begin() as session:
        assert corrections.purge_closed(session, before=1000.0) == 1
    with sessions() as session:
        assert [r for (r,) in session.execute(select(catalogue_reports.c.id))] == [still_open]


def test_logs_carry_ids_never_the_words(sessions, caplog):
    caplog.set_level(logging.INFO, logger="waymark.corrections")
    queue(sessions, words="my name is Jo and the date is wrong")
    assert "bootcamp-coding-online" in caplog.text and "Jo" not in caplog.text
