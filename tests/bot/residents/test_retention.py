"""Retention: journeys idle past the period are purged whole in every store; idempotent."""

from sqlalchemy import func, select

from bot.residents import journeys, referrals, retention, rights
from bot.residents.contacts import Store, gateway_contacts
from bot.residents.records import console_sessions, journey_codes, referral_records, rights_erasures

from tests.bot.records_fixtures import (KEY, add_events, engine, factory, session, slot, tracker,  # noqa: F401
                                       user)

DAY = 86_400.0
T0 = 1_700_000_000.0
OLD_WEB, OLD_SMS = "web-" + "1" * 32, "sms-" + "2" * 32
NEW_WEB = "web-" + "3" * 32
UNKEPT = "web-" + "4" * 32
PATHWAY = {"id": "p1", "title": "Data", "kind": "bootcamp"}


def seed(engine, factory, tracker):
    add_events(tracker, OLD_WEB, [user("I'm 45"), slot("age", 45)], start=T0)
    add_events(tracker, NEW_WEB, [user("I'm 22"), slot("age", 22)], start=T0 + 170 * DAY)
    add_events(tracker, UNKEPT, [user("I'm 30"), slot("age", 30)], start=T0 + 100 * DAY)
    Store(engine, clock=lambda: T0).touch_contact(OLD_SMS, "sms", "+447700900123")
    with factory() as s, s.begin():
        journeys.link(s, OLD_SMS, OLD_WEB, "sms", now=T0)
        referrals.create(s, sender_id=OLD_WEB, pathway=PATHWAY, consented=True, now=T0)
        referrals.create(s, sender_id=NEW_WEB, pathway=PATHWAY, consented=True, now=T0 + 170 * DAY)
        journeys.issue_code(s, KEY, NEW_WEB, now=T0, ttl_s=DAY)  # long expired
        rights.set_consent(s, UNKEPT, keep_conversation=False, now=T0 + 100 * DAY)


def count(engine, table, *where):
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()


def test_retention_purges_idle_journeys_everywhere_and_only_them(engine, factory, tracker):
    seed(engine, factory, tracker)
    report = retention.run(engine, tracker, days=180, now=T0 + 181 * DAY)
    assert report.journeys == 1
    with tracker.connect() as conn:
        senders = {r[0] for r in conn.exec_driver_sql("SELECT DISTINCT sender_id FROM events")}
    assert senders == {NEW_WEB}  # old purged; the unkept conversation went a day after it went quiet
    assert count(engine, gateway_contacts) == 0
    assert count(engine, referral_records, referral_records.c.journey_id == OLD_WEB) == 0
    assert count(engine, referral_records, referral_records.c.journey_id == NEW_WEB) == 1
    assert count(engine, journey_codes) == 0
    assert count(engine, rights_erasures, rights_erasures.c.reason == "retention") == 1


def test_purged_journeys_leave_no_bytes_in_the_database_files_or_their_write_ahead_logs(engine, factory, tracker):
    from tests.bot.residents.test_rights import on_disk

    seed(engine, factory, tracker)
    gone = [OLD_WEB, OLD_SMS, "+447700900123"]
    assert on_disk([engine], [OLD_SMS, "+447700900123"]) and on_disk([tracker], [OLD_WEB])
    retention.run(engine, tracker, days=180, now=T0 + 181 * DAY)
    assert on_disk([engine, tracker], gone) == []
    assert on_disk([tracker], [NEW_WEB])  # what is kept is still there


def test_retention_is_idempotent(engine, factory, tracker):
    seed(engine, factory, tracker)
    retention.run(engine, tracker, days=180, now=T0 + 181 * DAY)
    again = retention.run(engine, tracker, days=180, now=T0 + 181 * DAY)
    assert again.journeys == 0 and again.total == 0
    assert count(engine, rights_erasures) == 1  # nothing done, nothing recorded


def test_recent_activity_on_a_linked_channel_keeps_the_whole_journey(engine, factory, tracker):
    seed(engine, factory, tracker)
    Store(engine, clock=lambda: T0 + 175 * DAY).touch_contact(OLD_SMS, "sms", "+447700900123")
    assert retention.run(engine, tracker, days=180, now=T0 + 181 * DAY).journeys == 0
    with tracker.connect() as conn:
        assert conn.exec_driver_sql(f"SELECT COUNT(*) FROM events WHERE sender_id='{OLD_WEB}'").scalar() == 2


def test_dry_run_changes_nothing(engine, factory, tracker):
    seed(engine, factory, tracker)
    assert retention.run(engine, tracker, days=180, now=T0 + 181 * DAY, dry_run=True).journeys == 1
    assert count(engine, gateway_contacts) == 1


def test_expired_worker_sessions_go(engine, factory, tracker):
    from bot.console.auth import new_session

    with factory() as s, s.begin():
        new_session(s, None, T0)
    retention.run(engine, tracker, days=180, now=T0 + DAY)
    assert count(engine, console_sessions) == 0


def test_cli_runs_with_the_configured_period(tmp_path, monkeypatch, capsys):
    from bot.__main__ import main
    from bot.db import make_engine

    from tests.bot.records_fixtures import rasa_metadata

    tracker_url = f"sqlite:///{tmp_path / 'rasa_tracker.db'}"
    rasa_metadata.create_all(make_engine(tracker_url))
    add_events(make_engine(tracker_url), OLD_WEB, [user("hi")], start=1.0)  # 1970: long idle
    monkeypatch.setenv("WAYMARK_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("WAYMARK_DATABASE_URL", f"sqlite:///{tmp_path / 'waymark.db'}")
    monkeypatch.setenv("WAYMARK_TRACKER_STORE_URL", tracker_url)
    assert main(["retention", "run"]) == 0
    assert "purged 1 journey(s)" in capsys.readouterr().out
    assert main(["retention", "run"]) == 0
    assert "purged 0 journey(s)" in capsys.readouterr().out


def test_retention_waits_for_another_writer_instead_of_failing(engine, tracker, monkeypatch):
    # Retention's erasing transaction reads what is left to purge, then deletes.
    from tests.writers import AnotherWriter

    other = AnotherWriter(str(engine.url))
    purge = journeys.purge_expired
    monkeypatch.setattr(journeys, "purge_expired", lambda session, now: (other.work(session), purge(session, now=now))[1])
    try:
        retention.run(engine, tracker, days=180)
        assert other.values() == ["meanwhile", "ours"]
    finally:
        other.close()
