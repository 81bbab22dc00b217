"""Referrals: consent, forward-only lifecycle, provider CSV import with row errors, follow-ups."""

import asyncio

import pytest
from sqlalchemy import select

from bot.residents import journeys, referrals, rights
from bot.residents.records import analytics_events

from tests.bot.records_fixtures import add_events, engine, factory, session, slot, tracker  # noqa: F401 - fixtures

WEB = "web-" + "a" * 32
SMS = "sms-" + "b" * 32
PATHWAY = {"id": "black-codher-bootcamp-birmingham", "title": "Black Codher", "provider": "Coding Black Females",
           "kind": "bootcamp"}


def make(session, **kw):
    return referrals.create(session, sender_id=kw.pop("sender_id", WEB), pathway=PATHWAY, consented=True,
                            local_authority="Birmingham", now=kw.pop("now", 0.0), **kw)


def test_referral_needs_consent_and_records_it(session):
    with pytest.raises(referrals.ConsentRequired):
        referrals.create(session, sender_id=WEB, pathway=PATHWAY, consented=False)
    ref = make(session, contact_name="Ama", created_by=None)
    assert ref.status == "referred" and ref.reference.startswith("R-")
    assert rights.get_consent(session, WEB).share_with_provider


@pytest.mark.parametrize("path", [
    ["contacted", "enrolled", "started", "completed"],
    ["enrolled"],                      # a provider may report a later step directly
    ["contacted", "withdrawn"],
])
def test_valid_transitions(session, path):
    ref = make(session)
    for status in path:
        ref = referrals.set_status(session, ref.id, status, source="console")
    assert ref.status == path[-1]
    assert [h[0] for h in referrals.history(session, ref.id)] == ["referred"] + path


@pytest.mark.parametrize("path,bad", [
    (["contacted"], "referred"),           # backwards
    (["started"], "enrolled"),             # backwards
    (["started", "completed"], "withdrawn"),  # out of a closed status
    (["withdrawn"], "contacted"),
    ([], "referred"),                      # not a change
    ([], "applied"),                       # not a status
])
def test_invalid_transitions_are_rejected(session, path, bad):
    ref = make(session)
    for status in path:
        referrals.set_status(session, ref.id, status, source="console")
    with pytest.raises(referrals.ReferralError):
        referrals.set_status(session, ref.id, bad, source="console")
    assert referrals.get(session, ref.id).status == (path[-1] if path else "referred")


def test_csv_import_applies_good_rows_and_reports_each_bad_row(session):
    a, b, c = make(session), make(session), make(session)
    referrals.set_status(session, c.id, "withdrawn", source="console")
    text = (
        "Reference,Status,Note\n"
        f"{a.reference},contacted,rang them\n"
        f"{b.reference},enrolled,\n"
        f"{b.reference},enrolled,\n"            # repeated: unchanged, not an error
        "R-NOSUCH,started,\n"
        f"{a.reference},finished,\n"
        f"{c.reference},started,\n"
        f"{a.reference}\n"
        "\n"
    )
    report = referrals.import_csv(session, text)
    assert (report.applied, report.unchanged) == (2, 1)
    assert [line for line, _ in report.errors] == [5, 6, 7, 8]
    assert "no referral" in report.errors[0][1]
    assert "not a status" in report.errors[1][1]
    assert "cannot go to started" in report.errors[2][1]
    assert "missing" in report.errors[3][1]
    assert referrals.get(session, a.id).status == "contacted"
    assert referrals.get(session, b.id).status == "enrolled"


def test_csv_without_the_columns_is_one_clear_error(session):
    report = referrals.import_csv(session, "ref;state\nR-1;x\n")
    assert report.applied == 0 and report.errors[0][0] == 1 and "reference and status" in report.errors[0][1]
    assert referrals.import_csv(session, "").errors == [(1, "the file is empty")]


def test_outcomes_reach_the_anonymous_analytics(session):
    ref = make(session)
    referrals.set_status(session, ref.id, "contacted", source="import")
    rows = session.execute(select(analytics_events.c.event, analytics_events.c.status)).all()
    assert ("referral_created", None) in rows and ("referral_status", "contacted") in rows


def test_follow_ups_are_due_only_when_consented_reachable_and_open(session):
    journeys.link(session, SMS, WEB, "sms")
    due = make(session, follow_up=True, follow_up_days=14, now=0.0)
    make(session, follow_up=False, now=0.0)
    web_only = make(session, sender_id="web-" + "c" * 32, follow_up=True, now=0.0)  # nobody to text
    closed = make(session, follow_up=True, now=0.0)
    referrals.set_status(session, closed.id, "withdrawn", source="console")
    assert referrals.due_follow_ups(session, now=13 * 86_400.0) == []
    items = referrals.due_follow_ups(session, now=14 * 86_400.0)
    assert [i.referral_id for i in items] == [due.id]
    assert items[0].sender_id == SMS and web_only.follow_up is False
    rights.set_consent(session, WEB, follow_ups=False)  # withdrawn: no follow-up
    assert referrals.due_follow_ups(session, now=15 * 86_400.0) == []


def test_follow_up_cli_sends_through_the_notifier_and_marks_sent(engine, factory, tmp_path):
    from bot.ops.admin_cli import send_follow_ups
    from bot.residents.sending import Outbound
    from bot.settings import Settings

    with factory() as s, s.begin():
        journeys.link(s, SMS, WEB, "sms")
        ref = make(s, follow_up=True, follow_up_days=0, now=0.0)
    sent = []

    async def fake_notify(sender_id, text, *, template, variables):
        sent.append((sender_id, text, template, variables))
        return "sent"

    settings = Settings.from_env({"WAYMARK_VAR_DIR": str(tmp_path), "WAYMARK_PSEUDONYM_KEY": "k",
                                  "WAYMARK_DATABASE_URL": str(engine.url)})
    outbound = Outbound(settings, engine, fake_notify)
    assert asyncio.run(send_follow_ups(outbound)) == [f"{ref.id} sent"]
    assert sent[0][0] == SMS and "Black Codher" in sent[0][1] and sent[0][2] == "default"
    assert asyncio.run(send_follow_ups(outbound)) == []  # once


@pytest.mark.parametrize("status, due, asks", [
    ("referred", True, "Did you apply for or start Black Codher?"),
    ("contacted", True, "says they have been in touch. Did you apply or start?"),
    ("enrolled", True, "The provider says you have enrolled on Black Codher. Have you started?"),
    ("started", False, None),  # the provider already told us: nothing to ask
])
def test_the_follow_up_asks_from_what_the_provider_last_reported(session, status, due, asks):
    journeys.link(session, SMS, WEB, "sms")
    ref = make(session, follow_up=True, follow_up_days=14, now=0.0)
    if status != "referred":
        referrals.set_status(session, ref.id, status, source="console", now=1.0)
    items = referrals.due_follow_ups(session, now=14 * 86_400.0)
    assert bool(items) is due
    if due:
        assert items[0].status == status
        assert asks in referrals.follow_up_text(items[0].pathway_title, items[0].status)


def test_the_follow_up_is_sent_in_the_language_the_resident_chats_in(engine, factory, tracker, tmp_path):
    from bot.ops.admin_cli import send_follow_ups
    from bot.residents.sending import Outbound
    from bot.settings import Settings

    with factory() as s, s.begin():
        journeys.link(s, SMS, WEB, "sms")
        make(s, follow_up=True, follow_up_days=0, now=0.0)
    add_events(tracker, WEB, [slot("language", "pl")])  # the web chat where they asked for the referral
    sent = []

    async def fake_notify(sender_id, text, *, template, variables):
        sent.append(text)
        return "sent"

    settings = Settings.from_env({"WAYMARK_VAR_DIR": str(tmp_path), "WAYMARK_PSEUDONYM_KEY": "k",
                                  "WAYMARK_DATABASE_URL": str(engine.url),
                                  "WAYMARK_TRACKER_STORE_URL": str(tracker.url)})
    outbound = Outbound(settings, engine, fake_notify)
    asyncio.run(send_follow_ups(outbound))
    asyncio.run(outbound.aclose())
    [text] = sent
    assert text == referrals.follow_up_text("Black Codher", "referred", "pl")
    assert "Hello from Waymark" not in text and "STARTED" in text and "NOT YET" in text and "STOP" in text


def test_a_follow_up_with_no_conversation_to_read_goes_in_english(engine, factory, tmp_path):
    from bot.residents.sending import Outbound
    from bot.settings import Settings

    settings = Settings.from_env({"WAYMARK_VAR_DIR": str(tmp_path), "WAYMARK_PSEUDONYM_KEY": "k",
                                  "WAYMARK_DATABASE_URL": str(engine.url),
                                  "WAYMARK_TRACKER_STORE_URL": f"sqlite:///{tmp_path / 'none.db'}"})
    outbound = Outbound(settings, engine, None)
    assert asyncio.run(outbound.language_of(SMS)) is None
    assert not (tmp_path / "none.db").exists()  # nothing made by asking
