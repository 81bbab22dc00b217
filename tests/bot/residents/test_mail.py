"""A referral reaches its provider: the packet over real SMTP on loopback, retries, consent, outbox."""

import dataclasses
import os
import stat

import pytest
from sqlalchemy import select

from bot.pathways import providers
from bot.residents import mail, referrals, rights
from bot.residents.records import referral_mail
from bot.settings import Settings

from tests.bot.records_fixtures import engine, factory, session  # noqa: F401 - fixtures
from tests.smtp_server import SMTPServer, unused_port

SMS = "sms-" + "b" * 32
PATHWAY = {"id": "wmca-bootcamp-data", "title": "Skills Bootcamp in Data", "provider": "Example College",
           "kind": "bootcamp"}
RULES = {"min_age": 19, "region": "wmca", "max_income": None, "requires_universal_credit": True}
FACTS = {"age": 34, "local_authority": "Walsall", "universal_credit": True, "interest": "data",
         "annual_income": 12000}
BOOK = providers.parse("providers:\n  - name: Example College\n    referral_email: referrals@example.ac.uk\n"
                       "    source: https://example.ac.uk/refer\n")


def settings(tmp_path, port=None):
    base = Settings.from_env({"WAYMARK_VAR_DIR": str(tmp_path / "var")})
    if port is None:
        return base
    return dataclasses.replace(base, smtp_host="127.0.0.1", smtp_port=port, smtp_tls="none",
                               mail_from="referrals@waymark.example")


def refer(factory, **kw):
    with factory() as s, s.begin():
        return referrals.create(s, sender_id=SMS, pathway=PATHWAY, consented=True, facts=FACTS, eligibility=RULES,
                                channel="sms", now=kw.pop("now", 1000.0), **kw)


def mail_row(factory):
    with factory() as s:
        return s.execute(select(referral_mail)).one()


def test_the_packet_arrives_over_smtp_with_only_what_the_rules_need(factory, tmp_path):
    ref = refer(factory)
    with SMTPServer() as server:
        counts = mail.deliver_due(factory, settings(tmp_path, server.port), BOOK, now=1001.0)
    assert counts == {"sent": 1}
    [got] = server.inbox.messages
    assert got.rcpt_to == ["referrals@example.ac.uk"] and got.mail_from == "referrals@waymark.example"
    assert got.message["Subject"] == f"Waymark referral {ref.reference}: Skills Bootcamp in Data"
    body = got.message.get_content()
    assert ref.reference in body and "Age: 34" in body and "Lives in: Walsall" in body
    assert "On Universal Credit: yes" in body
    # Facts no rule of this pathway turns on stay with us.
    assert "12000" not in body and "data" not in body.split("Pathway:")[0]
    assert "Universal Credit statement" in body and "date of birth" in body  # the evidence checklist
    assert SMS not in body  # never the pseudonym, never a number we hold
    assert mail_row(factory).status == "sent"


def test_a_second_run_sends_nothing_again(factory, tmp_path):
    refer(factory)
    with SMTPServer() as server:
        mail.deliver_due(factory, settings(tmp_path, server.port), BOOK, now=1001.0)
        assert mail.deliver_due(factory, settings(tmp_path, server.port), BOOK, now=5000.0) == {}
    assert len(server.inbox.messages) == 1


def test_nothing_is_sent_when_consent_was_withdrawn_before_sending(factory, tmp_path):
    refer(factory)
    with factory() as s, s.begin():
        rights.set_consent(s, SMS, share_with_provider=False, source="resident", now=1000.5)
    with SMTPServer() as server:
        counts = mail.deliver_due(factory, settings(tmp_path, server.port), BOOK, now=1001.0)
    assert counts == {"withdrawn": 1} and server.inbox.messages == []
    row = mail_row(factory)
    assert row.status == "withdrawn" and row.body == ""  # the packet's details are dropped


def test_no_mail_is_queued_without_consent(factory):
    with factory() as s, s.begin():
        with pytest.raises(referrals.ConsentRequired):
            referrals.create(s, sender_id=SMS, pathway=PATHWAY, consented=False, facts=FACTS)
    with factory() as s:
        assert s.execute(select(referral_mail)).all() == []


def test_a_server_that_is_down_is_retried_with_backoff_and_delivered_when_it_returns(factory, tmp_path):
    refer(factory)
    port = unused_port()
    cfg = settings(tmp_path, port)
    assert mail.deliver_due(factory, cfg, BOOK, now=1001.0) == {"retrying": 1}
    first = mail_row(factory)
    assert first.status == "queued" and first.attempts == 1 and first.next_attempt_at == 1001.0 + 60
    assert "ConnectionRefusedError" in first.last_error
    assert mail.deliver_due(factory, cfg, BOOK, now=1061.0) == {"retrying": 1}
    assert mail_row(factory).next_attempt_at == 1061.0 + 120  # the wait doubles
    with SMTPServer(port) as server:
        assert mail.deliver_due(factory, cfg, BOOK, now=1100.0) == {}  # not due yet
        assert mail.deliver_due(factory, cfg, BOOK, now=1181.0) == {"sent": 1}
    assert len(server.inbox.messages) == 1
    done = mail_row(factory)
    assert done.status == "sent" and done.attempts == 3 and done.last_error is None


def test_after_the_last_attempt_the_mail_is_failed_kept_and_shown(factory, tmp_path):
    refer(factory)
    cfg = settings(tmp_path, unused_port())
    now = 1001.0
    for _ in range(mail.MAX_ATTEMPTS):
        mail.deliver_due(factory, cfg, BOOK, now=now)
        now = mail_row(factory).next_attempt_at
    row = mail_row(factory)
    assert row.status == "failed" and row.body  # nothing lost
    with factory() as s:
        [shown] = mail.problems(s)
        assert shown.status == "failed" and shown.words == "could not be sent"
    with factory() as s, s.begin():
        assert mail.retry_now(s, row.id, now=now)
    with SMTPServer(cfg.smtp_port) as server:
        assert mail.deliver_due(factory, cfg, BOOK, now=now) == {"sent": 1}
    assert len(server.inbox.messages) == 1


def test_a_provider_without_an_address_waits_and_is_sent_once_one_is_added(factory, tmp_path):
    refer(factory)
    with SMTPServer() as server:
        cfg = settings(tmp_path, server.port)
        assert mail.deliver_due(factory, cfg, providers.parse("providers: []"), now=1001.0) == {"no_address": 1}
        with factory() as s:
            assert [m.status for m in mail.problems(s)] == ["no_address"]
        assert mail.deliver_due(factory, cfg, BOOK, now=1001.0 + mail.NO_ADDRESS_RECHECK_S) == {"sent": 1}
    assert len(server.inbox.messages) == 1


def test_without_an_smtp_host_the_mail_goes_to_a_private_outbox_file(factory, tmp_path):
    ref = refer(factory)
    cfg = settings(tmp_path)
    assert mail.deliver_due(factory, cfg, BOOK, now=1001.0) == {"outbox": 1}
    [path] = list(mail.outbox_dir(cfg).iterdir())
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    text = path.read_text()
    assert "To: referrals@example.ac.uk" in text and ref.reference in text


def test_erasing_the_resident_takes_the_packet_with_the_referral(factory):
    refer(factory)
    with factory() as s, s.begin():
        rights.erase_records(s, {SMS})
    with factory() as s:
        assert s.execute(select(referral_mail)).all() == []


@pytest.mark.parametrize("attempts, delay", [(1, 60), (2, 120), (5, 960), (30, 6 * 3600)])
def test_retry_delay_doubles_up_to_six_hours(attempts, delay):
    assert mail.retry_delay(attempts) == delay


def test_outbox_files_older_than_the_retention_period_are_deleted(factory, tmp_path):
    refer(factory)
    cfg = settings(tmp_path)
    mail.deliver_due(factory, cfg, BOOK, now=1001.0)
    [path] = list(mail.outbox_dir(cfg).iterdir())
    os.utime(path, (1001.0, 1001.0))
    assert mail.purge_outbox(cfg, days=180, now=1001.0 + 179 * 86_400) == 0 and path.exists()
    assert mail.purge_outbox(cfg, days=180, now=1002.0 + 180 * 86_400) == 1 and not path.exists()


def test_texts_in_the_outbox_go_after_the_retention_period_too(tmp_path):
    """Without Twilio the gateway writes each text (routes, resume codes, a worker's replies) to
    var/outbox/: the retention job's outbox purge takes them as it takes referral mail."""
    cfg = settings(tmp_path)
    cfg.outbox_dir.mkdir(parents=True)
    old, new = cfg.outbox_dir / "20260101T000000.0-sms-aaaa-1-1.txt", cfg.outbox_dir / "20260601T000000.0-sms-bbbb-1-2.txt"
    for path, when in ((old, 1001.0), (new, 1001.0 + 100 * 86_400)):
        path.write_text("To: sms-aaaa (SMS, number ending 123)\n\nYour routes: RESUME K7Q4-MP2X-9HTR\n")
        os.utime(path, (when, when))
    assert mail.purge_outbox(cfg, days=180, now=1002.0 + 180 * 86_400) == 1
    assert not old.exists() and new.exists()


def test_a_console_referral_carries_the_workers_contact_details_and_note_for_the_provider(factory, tmp_path):
    ref = refer(factory, contact_name="Ama Mensah", contact_phone="07700 900123",
                note="Prefers calls after 3pm", created_by=None)
    with SMTPServer() as server:
        mail.deliver_due(factory, settings(tmp_path, server.port), BOOK, now=1001.0)
    body = server.inbox.messages[0].message.get_content()
    assert "First name: Ama" in body.splitlines() and "Mensah" not in body  # a first name only
    assert "Phone: 07700 900123" in body and "Prefers calls after 3pm" in body
    assert ref.reference in body


def test_a_packet_for_someone_asked_for_tells_the_provider_the_contact_is_the_asker():
    pathway = {"id": "data-bootcamp", "title": "Skills Bootcamp in Data"}
    for_her = mail.compose(reference="WM-1", pathway=pathway, eligibility={}, facts={"age": 19, "asking_for": "she"},
                           channel="web")[1]
    for_self = mail.compose(reference="WM-1", pathway=pathway, eligibility={}, facts={"age": 19, "asking_for": "self"},
                            channel="web")[1]
    assert "on behalf of someone else" in for_her and "check the learner agrees" in for_her
    assert "on behalf of" not in for_self and for_self.startswith("A resident has asked Waymark to refer them")
