"""Data rights: what we hold (legibility), change a fact (agency), consent (negotiability), and an
erasure that leaves no row anywhere holding the resident's pseudonyms or phone number."""

import json
from pathlib import Path

import pytest
from sqlalchemy import MetaData, select

from bot.residents import analytics, handoff, journeys, notify, referrals, rights
from bot.console import assisted_db
from bot.residents.pseudonyms import pseudonym
from bot.residents.contacts import Store
from bot.dialogue.profile import ProfileError
from bot.console.auth import _hash, new_session, set_kiosk as _set_kiosk
from bot.residents.records import RESIDENT_KEYS, analytics_events, console_sessions, rights_erasures


def set_kiosk(session, token, assisted_id):
    _set_kiosk(session, _hash(token), assisted_id)

from tests.bot.records_fixtures import (KEY, add_events, bot, cheap_hashing, engine, factory, make_worker,  # noqa: F401
                                       session, slot, tracker, user)

PHONE = "+447700900123"
OTHER_PHONE = "+447700900999"
SMS = pseudonym(KEY, "sms", PHONE)
WA = pseudonym(KEY, "whatsapp", PHONE)  # the same number on WhatsApp: never linked, still theirs
WEB = pseudonym(KEY, "web", "browser-session-0001")
OTHER = pseudonym(KEY, "sms", OTHER_PHONE)
HOURS = handoff.OfficeHours.parse("Mon-Sun 00:00-24:00")
PATHWAY = {"id": "black-codher-bootcamp-birmingham", "title": "Black Codher", "kind": "bootcamp",
           "provider": "CBF"}


def seed_everything(engine, factory, tracker, resident_web: str, resident_sms: str, resident_wa: str,
                    phone: str) -> str:
    """One resident in every store we have: returns the console journey id too."""
    store = Store(engine, clock=lambda: 1_700_000_000.0)
    store.touch_contact(resident_sms, "sms", phone)
    store.touch_contact(resident_wa, "whatsapp", phone)
    store.claim_inbound("SM" + resident_sms[-30:], resident_sms, f"my number is {phone}")
    store.claim_inbound("SM" + resident_wa[-30:], resident_wa, "hello")
    store.finish_inbound("SM" + resident_wa[-30:], "done")
    add_events(tracker, resident_web, [
        {"event": "action", "name": "action_session_start"},
        user("hi, I'm 45 and live in Walsall"), slot("age", 45), slot("local_authority", "Walsall"),
        bot("Thanks. What would you like to learn?"), slot("requested_slot", "interest"),
        user(f"text me on {phone}", channel="assisted"), slot("interest", "data"),
    ])
    add_events(tracker, resident_sms, [user("RESUME ABC-DEF", channel="sms"), bot("Welcome back")])
    with factory() as s, s.begin():
        code = journeys.issue_code(s, KEY, resident_web)
        journeys.redeem(s, KEY, code, resident_sms, "sms")
        journeys.issue_code(s, KEY, resident_web)  # an unused code too
        worker = make_worker(s, f"w{resident_web[-6:]}@example.org")
        item = assisted_db.start(s, key=KEY, worker_id=worker, event_name="Walsall library", now=1.0,
                                 consent={"keep_conversation": True, "share_with_provider": True, "follow_ups": True},
                                 journey_id=resident_web)
        assisted_db.add(s, item, "resident", f"my phone is {phone}", 2.0)
        set_kiosk(s, new_session(s, worker, 1.0), item.id)
        ticket = handoff.request_handoff(s, sender_id=resident_sms, channel="sms", profile={"age": 45},
                                         recommendations=[PATHWAY], reason=f"call me on {phone}", hours=HOURS)
        handoff.take(s, ticket.id, worker)
        handoff.route(s, KEY, resident_sms, "sms", "are you there?")
        ref = referrals.create(s, sender_id=resident_web, pathway=PATHWAY, consented=True, follow_up=True,
                               contact_name="Ama", contact_phone=phone, local_authority="Walsall")
        referrals.set_status(s, ref.id, "contacted", source="import")
        notify.subscribe(s, sender_id=resident_sms, pathway=PATHWAY)
        analytics.record(s, "recommended", local_authority="Walsall", background="refugee", channel="sms",
                         outcome="waitlist_only")
    return item.journey_id


def every_value(engine):
    """(table, column, text) for every value in every table of a database."""
    metadata = MetaData()
    metadata.reflect(bind=engine)
    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            for row in conn.execute(select(table)).mappings():
                for column, value in row.items():
                    if value is not None:
                        yield table.name, column, str(value)


def found(engines, needles):
    """Where any needle appears, also with spaces removed (a number typed as "07700 900 123")."""
    hits = []
    for engine in engines:
        for table, column, text in every_value(engine):
            if any(n in text or n in text.replace(" ", "") for n in needles):
                hits.append((table, column))
    return hits


def number_forms(phone: str):
    return [phone, phone[1:], "0" + phone[3:]]  # +447700900123, 447700900123, 07700900123


def test_erasure_leaves_nothing_in_any_table_of_either_database(engine, factory, tracker):
    seed_everything(engine, factory, tracker, WEB, SMS, WA, PHONE)
    other_web = pseudonym(KEY, "web", "someone-else-0001")
    seed_everything(engine, factory, tracker, other_web, OTHER, pseudonym(KEY, "whatsapp", OTHER_PHONE), OTHER_PHONE)
    needles = [WEB, SMS, WA, *number_forms(PHONE)]
    assert len(found([engine, tracker], needles)) > 15  # the scan does find them before
    # Every table of ours that can name a resident was seeded, so the scan covers them all.
    seeded = {t for t, _, _ in every_value(engine)}
    assert {t.name for t in RESIDENT_KEYS} | {"gateway_contacts", "gateway_inbound", "referral_history",
                                              "console_sessions"} <= seeded

    erasure = rights.erase(engine, tracker, SMS)  # asked for on SMS: the web journey goes too

    assert found([engine, tracker], needles) == []
    assert erasure.receipt.startswith("E-") and erasure.counts["events"] == 10
    assert erasure.counts["gateway_contacts"] == 2 and erasure.counts["referral_records"] == 1
    # The other resident is untouched, so the scan is not vacuous.
    assert found([engine, tracker], [other_web, OTHER, *number_forms(OTHER_PHONE)])
    with factory() as s:
        receipt = s.execute(select(rights_erasures)).one()
        assert receipt.receipt == erasure.receipt and json.loads(receipt.counts)["events"] == 10
        # Anonymous counts stay: the report still knows a Walsall refugee was only waitlisted.
        assert s.execute(select(analytics_events.c.event).where(
            analytics_events.c.event == "recommended")).scalars().all() == ["recommended", "recommended"]
    with engine.connect() as conn:  # the worker's tablet session is no longer tied to them
        kiosks = conn.execute(select(console_sessions.c.kiosk_for)).scalars().all()
    assert sorted(kiosks, key=lambda v: v is not None)[0] is None and len([k for k in kiosks if k]) == 1


def raw_bytes(engine) -> bytes:
    """A SQLite database as it lies on disk: the file, then its write-ahead log (and index) if present."""
    path = Path(engine.url.database)
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists())


def on_disk(engines, needles):
    return [n for n in needles for engine in engines if n.encode() in raw_bytes(engine)]


def test_erasure_leaves_nothing_in_the_database_files_or_their_write_ahead_logs(engine, factory, tracker):
    # Rows deleted in WAL mode are zeroed in the pages the DELETE writes, but the pages as inserted
    # stay in the -wal file until a checkpoint: the scan above reads rows, this one reads the disk.
    web, sms = pseudonym(KEY, "web", "wal-scan-browser-7"), pseudonym(KEY, "sms", "+447700900456")
    wa = pseudonym(KEY, "whatsapp", "+447700900456")
    seed_everything(engine, factory, tracker, web, sms, wa, "+447700900456")
    seed_everything(engine, factory, tracker, WEB, SMS, WA, PHONE)  # someone else, kept
    needles = [web, sms, wa, *number_forms("+447700900456")]
    assert Path(f"{tracker.url.database}-wal").exists()  # the connections are still open: WAL in use
    assert set(on_disk([engine], needles)) >= {web, sms, "+447700900456"}
    assert set(on_disk([tracker], needles)) >= {web, sms}  # the sender ids; the number is in a message

    rights.erase(engine, tracker, web)

    assert on_disk([engine, tracker], needles) == []
    assert on_disk([engine], [WEB, SMS, PHONE]) and on_disk([tracker], [WEB, SMS])  # not a wiped file


def test_erasure_is_repeatable(engine, factory, tracker):
    seed_everything(engine, factory, tracker, WEB, SMS, WA, PHONE)
    first = rights.erase(engine, tracker, WEB)
    second = rights.erase(engine, tracker, WEB)
    assert sum(second.counts.values()) == 0 and second.receipt != first.receipt


def test_what_we_hold_lists_every_store_in_plain_words(engine, factory, tracker):
    seed_everything(engine, factory, tracker, WEB, SMS, WA, PHONE)
    with factory() as s:
        held = rights.what_we_hold(s, tracker, SMS, database_url=str(engine.url))
    by_heading = {h.what: h for h in held}
    assert set(by_heading) >= {"What you told us", "Your conversation", "Your phone number", "Resume codes",
                               "Referrals", "Courses you asked us to tell you about",
                               "Requests to talk to a person", "Messages with an outreach worker",
                               "Sessions with an outreach worker", "Your choices"}
    told = by_heading["What you told us"]
    assert "Your age: 45" in told.items and told.where == "Waymark's server, in the record of your conversation"
    # Described, never located: no file path, file name or table name reaches the resident.
    places = " ".join(h.where for h in held)
    assert "/" not in places and ".db" not in places and "table" not in places
    assert str(tracker.url.database) not in places
    assert "What you'd like to learn: data (recorded with an outreach worker)" in told.items
    assert by_heading["Your phone number"].items == ("Number ending 123 on SMS",)
    assert PHONE not in json.dumps([h.items for h in held])


def test_consent_choices_change_any_time_and_withdrawing_stops_follow_ups(session):
    assert rights.get_consent(session, WEB) == rights.Consent()
    rights.set_consent(session, WEB, share_with_provider=True, follow_ups=True)
    journeys.link(session, SMS, WEB, "sms")
    notify.subscribe(session, sender_id=WEB, pathway=PATHWAY)
    consent = rights.set_consent(session, SMS, follow_ups=False)  # from the linked channel
    assert consent.share_with_provider and not consent.follow_ups and consent.keep_conversation
    assert notify.notify_opened(session, {PATHWAY["id"]: "waitlist"}, {PATHWAY["id"]: "open"},
                                lambda *a, **k: "sent") == []


@pytest.mark.parametrize("name,value,expected", [("age", "25", 25), ("universal_credit", "yes", True),
                                                 ("availability", "part_time", "part_time")])
def test_change_fact_coerces(name, value, expected):
    assert rights.change_fact(name, value) == expected


@pytest.mark.parametrize("name,value", [("age", "two hundred"), ("availability", "sometimes"),
                                        ("ethnicity", "x")])
def test_change_fact_refuses_what_is_not_allowed(name, value):
    with pytest.raises(ProfileError):
        rights.change_fact(name, value)


def test_forget_builds_its_own_engines_from_settings(engine, factory, tracker, tmp_path):
    from bot.settings import Settings

    seed_everything(engine, factory, tracker, WEB, SMS, WA, PHONE)
    settings = Settings.from_env({"WAYMARK_VAR_DIR": str(tmp_path), "WAYMARK_DATABASE_URL": str(engine.url),
                                  "WAYMARK_TRACKER_STORE_URL": str(tracker.url)})
    assert rights.forget(settings, WEB).counts["events"] == 10
    assert found([engine, tracker], [WEB, SMS, WA, *number_forms(PHONE)]) == []


DAY = 24 * 3600.0


def test_a_channel_linked_by_a_code_waits_out_the_cool_down_before_it_may_act(session):
    code = journeys.issue_code(session, KEY, WEB, now=1_000.0)
    journeys.redeem(session, KEY, code, SMS, "sms", now=2_000.0)
    assert rights.link_waiting_until(session, SMS, cooldown_s=DAY, now=2_001.0) == 2_000.0 + DAY
    assert rights.link_waiting_until(session, SMS, cooldown_s=DAY, now=2_000.0 + DAY) is None
    assert rights.link_waiting_until(session, WEB, cooldown_s=DAY, now=2_001.0) is None  # the journey's own
    with pytest.raises(rights.LinkTooNew) as refused:
        rights.check_link(session, SMS, cooldown_s=DAY, now=2_001.0)
    assert refused.value.ready_at == 2_000.0 + DAY
    rights.check_link(session, None, cooldown_s=DAY, now=2_001.0)  # no "via": the journey's own channel


def test_an_erasure_asked_for_by_a_newly_linked_channel_erases_nothing(engine, factory, tracker):
    seed_everything(engine, factory, tracker, WEB, SMS, WA, PHONE)
    with factory() as s:
        linked_at = s.execute(select(journeys.journey_links.c.linked_at)
                              .where(journeys.journey_links.c.sender_id == SMS)).scalar_one()
    with pytest.raises(rights.LinkTooNew):
        rights.erase(engine, tracker, WEB, via=SMS, cooldown_s=DAY, now=linked_at + 60)
    with factory() as s:
        assert journeys.identities(s, WEB) == {WEB, SMS}
        assert s.execute(select(rights_erasures)).all() == []
    erased = rights.erase(engine, tracker, WEB, via=SMS, cooldown_s=DAY, now=linked_at + DAY)
    assert erased.counts["events"] > 0


def test_one_message_is_said_in_the_singular(engine, factory, tracker):
    add_events(tracker, WEB, [user("hi"), bot("Hello")])
    with factory() as s:
        held = rights.what_we_hold(s, tracker, WEB)
    (conversation,) = [h for h in held if h.what == "Your conversation"]
    assert conversation.items[0].startswith("1 message from you and the assistant's replies")
    assert [rights.count_of(n, "message") for n in (0, 1, 2)] == ["0 messages", "1 message", "2 messages"]


def write_texts(settings, *pseudonyms):
    """A text to each pseudonym, written as the gateway writes it when Twilio is not configured."""
    import asyncio

    from bot.gateway.twilio import OutboxSender, TwilioConfig
    from bot.residents.contacts import Contact

    sender = OutboxSender(settings.outbox_dir, TwilioConfig.from_settings(settings))
    for who in pseudonyms:
        channel = "whatsapp" if who.startswith("wa-") else "sms"
        contact = Contact(who, channel, PHONE if who != OTHER else OTHER_PHONE, False, 1.0, [])
        asyncio.run(sender._transmit(contact, {"Body": "Your routes: Black Codher. RESUME K7Q4-MP2X-9HTR"}))


def test_forget_me_deletes_the_texts_the_outbox_holds_for_the_resident(engine, factory, tracker, tmp_path):
    """Without Twilio the gateway writes each text to var/outbox/ (routes, resume codes, a worker's
    replies), named by pseudonym: an erasure must take them too, and leave another resident's."""
    from bot.settings import Settings

    seed_everything(engine, factory, tracker, WEB, SMS, WA, PHONE)
    settings = Settings.from_env({"WAYMARK_VAR_DIR": str(tmp_path), "WAYMARK_DATABASE_URL": str(engine.url),
                                  "WAYMARK_TRACKER_STORE_URL": str(tracker.url)})
    write_texts(settings, SMS, WA, OTHER)
    assert len(list(settings.outbox_dir.iterdir())) == 3

    rights.forget(settings, WEB)

    left = [p.read_text() for p in settings.outbox_dir.iterdir()]
    assert len(left) == 1 and OTHER in left[0] and SMS not in left[0] and WA not in left[0]


def test_forget_me_deletes_the_referral_mail_waiting_in_the_outbox(engine, factory, tracker, tmp_path):
    """Without a mail server a referral packet (first name, contact, facts) waits in var/mail-outbox/
    for a person to forward: the resident's erasure takes theirs, and leaves another resident's."""
    from email.message import EmailMessage

    from bot.residents import mail
    from bot.residents.records import referral_records
    from bot.settings import Settings

    other_web = pseudonym(KEY, "web", "someone-else-0001")
    seed_everything(engine, factory, tracker, WEB, SMS, WA, PHONE)
    seed_everything(engine, factory, tracker, other_web, OTHER, pseudonym(KEY, "whatsapp", OTHER_PHONE), OTHER_PHONE)
    settings = Settings.from_env({"WAYMARK_VAR_DIR": str(tmp_path), "WAYMARK_DATABASE_URL": str(engine.url),
                                  "WAYMARK_TRACKER_STORE_URL": str(tracker.url)})
    with factory() as s:
        refs = {row.journey_id: row for row in s.execute(select(referral_records))}
    for journey, row in refs.items():
        msg = EmailMessage()
        msg["Subject"] = f"Referral {row.reference}"
        msg.set_content(f"Contact: {row.contact_name}, {row.contact_phone}")
        mail.write_outbox(settings, msg, f"1700000000-{row.reference}-{row.id}")

    rights.forget(settings, WEB)

    left = [p.read_text() for p in mail.outbox_dir(settings).iterdir()]
    assert len(left) == 1 and refs[other_web].reference in left[0] and refs[WEB].reference not in left[0]


@pytest.mark.parametrize("lang", ["ur", "pa", "ar", "pl", "ro"])
def test_what_we_hold_is_said_in_the_residents_language_headings_items_and_dates(engine, factory, tracker, lang):
    from bot.language.words import ENGLISH, words_for

    seed_everything(engine, factory, tracker, WEB, SMS, WA, PHONE)
    with factory() as s:
        english = rights.what_we_hold(s, tracker, SMS)
        held = rights.what_we_hold(s, tracker, SMS, words=words_for(lang))
    assert [h.kind for h in held] == [h.kind for h in english]  # the same stores, in the same order
    for mine, theirs in zip(held, english):
        assert mine.what != theirs.what and mine.where != theirs.where
    assert ENGLISH.table("fact_label")["age"] not in " ".join(i for h in held for i in h.items)
    (told,) = [h for h in held if h.kind == "told"]
    assert any("45" in item for item in told.items)
    (conversation,) = [h for h in held if h.kind == "conversation"]
    assert not any(month in conversation.items[0] for month in ("January", "February", "March", "April", "May", "June",
                                                                 "July", "August", "September", "October", "November",
                                                                 "December"))
    assert PHONE not in json.dumps([h.items for h in held])
    # how a referral, a "tell me when it opens" and a request for a person stand: in their words too
    english_status = {h.kind: " ".join(h.items) for h in english}
    for kind, table in (("referrals", "referral_status"), ("notify", "subscription_status"),
                        ("handoffs", "handoff_status")):
        (mine,) = [h for h in held if h.kind == kind]
        status = next(v for v in ENGLISH.table(table).values() if v in english_status[kind])
        assert status not in " ".join(mine.items)
