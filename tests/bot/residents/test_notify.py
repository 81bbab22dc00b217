"""Notify me: each subscriber told once when a reload opens a pathway, by their channel, logged."""

from typing import List

import pytest
from aiohttp import web
from sqlalchemy import select

from bot.dialogue import sending
from bot.residents import handoff, journeys, notify, referrals, rights
from bot.gateway.notifier import build_outbound
from bot.residents.pseudonyms import pseudonym
from bot.residents.contacts import Store
from bot.residents.records import create_schema, notify_log, notify_subscriptions
from bot.residents.sending import Outbound
from bot.settings import Settings
from bot.pathways.catalogue_store import load

from tests.bot.records_fixtures import (KEY, add_events, bot, catalogue_with, engine, factory, session,  # noqa: F401
                                       slot, tracker, user)

CODHER = "black-codher-bootcamp-birmingham"  # waitlisted in the demo catalogue (records_fixtures.DEMO_CATALOGUE)
WEB = "web-" + "a" * 32
SMS = "sms-" + "b" * 32
WA = "wa-" + "c" * 32
PATHWAY = {"id": CODHER, "title": "Black Codher Bootcamp", "kind": "bootcamp"}


class Outbox:
    def __init__(self, result: str = "sent") -> None:
        self.sent: List[tuple] = []
        self.result = result

    def __call__(self, sender_id, text, *, template, variables):
        self.sent.append((sender_id, text, template, variables))
        return self.result


def test_subscribing_needs_a_phone_channel(session):
    with pytest.raises(notify.NotReachable):
        notify.subscribe(session, sender_id=WEB, pathway=PATHWAY)
    journeys.link(session, SMS, WEB, "sms")
    sub = notify.subscribe(session, sender_id=WEB, pathway=PATHWAY)
    assert (sub.sender_id, sub.channel, sub.status) == (SMS, "sms", "open")
    assert notify.subscribe(session, sender_id=SMS, pathway=PATHWAY).id == sub.id  # no duplicate


def test_two_reloads_send_one_message_per_subscriber(session):
    notify.subscribe(session, sender_id=SMS, pathway=PATHWAY)
    notify.subscribe(session, sender_id=WA, pathway=PATHWAY)
    waitlisted = catalogue_with({})
    opened = catalogue_with({CODHER: "open"})
    outbox = Outbox()
    assert notify.notify_opened(session, waitlisted, waitlisted, outbox) == []  # nothing opened
    assert notify.notify_opened(session, waitlisted, opened, outbox) == ["sent", "sent"]
    assert notify.notify_opened(session, waitlisted, opened, outbox) == []  # the same reload again
    assert notify.notify_opened(session, opened, opened, outbox) == []  # the next reload
    assert sorted(s[0] for s in outbox.sent) == [SMS, WA]
    assert "Black Codher" in outbox.sent[0][1] and "Black Codher" in outbox.sent[0][3]["1"]
    rows = session.execute(select(notify_subscriptions.c.status, notify_subscriptions.c.closed_at)).all()
    assert all(status == "sent" and closed for status, closed in rows)
    log = session.execute(select(notify_log.c.pathway_id, notify_log.c.channel, notify_log.c.result)).all()
    assert sorted(log) == [(CODHER, "sms", "sent"), (CODHER, "whatsapp", "sent")]


def test_a_failed_send_is_retried_on_the_next_reload_then_never_again(session):
    notify.subscribe(session, sender_id=SMS, pathway=PATHWAY)
    opened = catalogue_with({CODHER: "open"})
    assert notify.notify_opened(session, {CODHER: "waitlist"}, opened, Outbox("failed")) == ["failed"]
    outbox = Outbox()
    assert notify.notify_opened(session, opened, opened, outbox) == ["sent"]
    assert notify.notify_opened(session, opened, opened, outbox) == []
    assert len(outbox.sent) == 1


def test_withdrawn_consent_closes_the_subscription(session):
    from bot.residents import rights

    notify.subscribe(session, sender_id=SMS, pathway=PATHWAY)
    rights.set_consent(session, SMS, follow_ups=False)
    outbox = Outbox()
    assert notify.notify_opened(session, {CODHER: "waitlist"}, catalogue_with({CODHER: "open"}), outbox) == []


def test_reloading_the_same_demo_catalogue_tells_nobody_an_illustrative_route_has_opened(engine, factory):
    example = "wmca-bootcamp-software-dev-birmingham"  # illustrative in the demo catalogue, its status an example
    catalogue = catalogue_with({})
    assert catalogue.get(example).illustrative and catalogue.get(example).status == "open"
    with factory() as s, s.begin():
        load(s, catalogue, "dialogue_catalogue.yml")
        notify.subscribe(s, sender_id=SMS, pathway={"id": example, "title": "Software bootcamp", "kind": "bootcamp"})
    with factory() as s, s.begin():
        outbox = Outbox()
        assert notify.notify_opened(s, notify.snapshot(s), catalogue, outbox) == []
    assert outbox.sent == []


async def test_after_catalogue_swap_uses_the_live_snapshot(engine, factory, tmp_path):
    catalogue = catalogue_with({CODHER: "waitlist"})
    with factory() as s, s.begin():
        load(s, catalogue, "pathways.yml")
        notify.subscribe(s, sender_id=SMS, pathway=PATHWAY)
    with factory() as s:
        before = notify.snapshot(s)
    assert before[CODHER] == "waitlist"
    sent = []

    async def send(sender_id, text, *, template, variables):
        sent.append(sender_id)
        return "sent"

    settings = Settings.from_env({"WAYMARK_VAR_DIR": str(tmp_path), "WAYMARK_DATABASE_URL": str(engine.url)})
    new = catalogue_with({CODHER: "open"})
    outbound = Outbound(settings, engine, send)
    assert await outbound.tell_opened(before, new) == ["sent"]
    assert await outbound.tell_opened(before, new) == []
    assert sent == [SMS]


async def test_whatsapp_outside_24_hours_is_sent_by_template(engine, factory, tmp_path, aiohttp_server):
    posted = []

    async def messages(request):
        posted.append(dict(await request.post()))
        return web.json_response({"sid": "SM" + "0" * 32}, status=201)

    fake = web.Application()
    fake.router.add_post("/2010-04-01/Accounts/{sid}/Messages.json", messages)
    server = await aiohttp_server(fake)
    store = Store(engine, clock=lambda: 1_000_000.0)
    create_schema(store.engine)
    store.touch_contact(WA, "whatsapp", "+447700900123")
    store.set_last_inbound(WA, 1_000_000.0 - 3 * 86_400)  # wrote three days ago
    with factory() as s, s.begin():
        notify.subscribe(s, sender_id=WA, pathway=PATHWAY)
    settings = Settings.from_env({
        "WAYMARK_VAR_DIR": str(tmp_path), "WAYMARK_DATABASE_URL": str(engine.url), "WAYMARK_PSEUDONYM_KEY": "k",
        "TWILIO_ACCOUNT_SID": "AC" + "0" * 32, "TWILIO_AUTH_TOKEN": "t", "TWILIO_FROM_WHATSAPP": "+447700900001",
        "TWILIO_API_BASE": str(server.make_url("")).rstrip("/"),
        "TWILIO_WHATSAPP_TEMPLATES": "default=HX" + "a" * 32 + ",notify=HX" + "b" * 32})
    outbound = build_outbound(settings)
    try:
        results = await outbound.tell_opened({CODHER: "waitlist"}, catalogue_with({CODHER: "open"}))
    finally:
        await outbound.aclose()
    assert results == ["template"]
    assert posted[0]["ContentSid"] == "HX" + "b" * 32 and "Body" not in posted[0]
    assert "Black Codher" in posted[0]["ContentVariables"]


def _settings(engine, tmp_path, **env):
    return Settings.from_env({"WAYMARK_VAR_DIR": str(tmp_path), "WAYMARK_DATABASE_URL": str(engine.url),
                              "WAYMARK_PSEUDONYM_KEY": KEY, **env})


class Phone:
    """Stands in for the gateway's notifier: what would be sent, answering `status`."""

    def __init__(self, status: str = "sent") -> None:
        self.status = status
        self.sent: List[tuple] = []

    async def __call__(self, sender_id, text, *, template, variables):
        self.sent.append((sender_id, text, variables))
        return self.status


async def test_send_me_this_needs_consent_and_an_allowed_number_and_sends_a_code_without_linking(
        engine, factory, tmp_path):
    settings, phone = _settings(engine, tmp_path), Phone()
    kwargs = dict(sender_id=WEB, channel="sms", text="Your routes. Reply RESUME {code} to carry on.")
    sender = Outbound(settings, engine, phone)
    assert (await sender.send_me_this(number="07700 900123", consented=False, **kwargs)).status == "no_consent"
    assert (await sender.send_me_this(number="12345", consented=True, **kwargs)).status == "bad_number"
    assert (await sender.send_me_this(number="+353 85 123 4567", consented=True, **kwargs)).status == "not_allowed"
    assert phone.sent == [] and Store(engine).get_contact(pseudonym(KEY, "sms", "+353851234567")) is None
    outcome = await sender.send_me_this(number="07700 900123", consented=True, **kwargs)
    assert outcome.status == "sent" and f"RESUME {outcome.code} to carry on" in phone.sent[0][1]
    phone_id = pseudonym(KEY, "sms", "+447700900123")
    assert phone.sent[0][0] == outcome.contact == phone_id
    with factory() as s:
        assert journeys.journey_of(s, phone_id) == phone_id  # a destination, not a channel of the journey
        assert journeys.identities(s, WEB) == {WEB} and journeys.reachable_sender(s, WEB) is None
    contact = Store(engine).get_contact(phone_id)
    assert contact.address == "+447700900123" and contact.last_inbound_at is None
    ireland = _settings(engine, tmp_path, WAYMARK_SEND_ALLOWED_PREFIXES="+447,+353")
    assert (await Outbound(ireland, engine, phone).send_me_this(number="+353 85 123 4567", consented=True,
                                                                **kwargs)).ok


# --- a stranger types a resident's number -------------------------------------------------------------
RESIDENT_PHONE = "+447700900123"
RESIDENT = pseudonym(KEY, "sms", RESIDENT_PHONE)
STRANGER = pseudonym(KEY, "web", "stranger-browser")


def _resident_texts_waymark(engine, factory, tracker):
    """R has their own conversation by SMS: a contact, Rasa events, a referral and their choices."""
    Store(engine).touch_contact(RESIDENT, "sms", RESIDENT_PHONE)
    add_events(tracker, RESIDENT, [user("hi im 45 in walsall", channel="sms"), slot("age", 45),
                                   slot("local_authority", "Walsall"), bot("Thanks.")])
    add_events(tracker, STRANGER, [user("hi im 19", channel="web"), slot("age", 19)])
    with factory() as s, s.begin():
        assert handoff.route(s, KEY, RESIDENT, "sms", "hi im 45 in walsall").rasa_sender == RESIDENT
        referrals.create(s, sender_id=RESIDENT, pathway=PATHWAY, consented=True, follow_up=True)


async def test_a_phone_with_its_own_chat_is_told_the_code_would_move_it(engine, factory, tracker, tmp_path):
    _resident_texts_waymark(engine, factory, tracker)
    phone, settings = Phone(), _settings(engine, tmp_path)

    def compose(own_chat):
        return sending.phone_summary([], code_days=14, own_chat=own_chat)

    await Outbound(settings, engine, phone).send_me_this(
        sender_id=STRANGER, number="07700 900123", channel="sms", text=compose, consented=True)
    await Outbound(settings, engine, phone).send_me_this(
        sender_id=STRANGER, number="07700 900555", channel="sms", text=compose, consented=True)
    assert "This phone already has its own chat with Waymark: reply RESUME" in phone.sent[0][1]
    assert "To carry on here, reply RESUME" in phone.sent[1][1] and "already" not in phone.sent[1][1]


async def test_a_phone_that_chats_on_whatsapp_is_warned_when_a_code_comes_by_sms(engine, factory, tracker, tmp_path):
    """The number is the phone: a resident who chats with Waymark on WhatsApp and gets a stranger's
    routes by SMS must be told the code would move them too (replying RESUME would join their number
    to the stranger's chat, whose "forget me" then sweeps up the WhatsApp chat with the same number)."""
    Store(engine).touch_contact(pseudonym(KEY, "whatsapp", RESIDENT_PHONE), "whatsapp", RESIDENT_PHONE)
    phone = Phone()

    def compose(own_chat):
        return sending.phone_summary([], code_days=14, own_chat=own_chat)

    await Outbound(_settings(engine, tmp_path), engine, phone).send_me_this(
        sender_id=STRANGER, number="07700 900123", channel="sms", text=compose, consented=True)
    assert phone.sent[0][0] == RESIDENT  # to the number by SMS, as asked
    assert "This phone already has its own chat with Waymark: reply RESUME" in phone.sent[0][1]


@pytest.mark.parametrize("answer", ["sent", "opted_out", "failed"])
async def test_a_stranger_sending_to_a_residents_number_gets_nothing_of_theirs(
        engine, factory, tracker, tmp_path, answer):
    _resident_texts_waymark(engine, factory, tracker)
    outcome = await Outbound(_settings(engine, tmp_path), engine, Phone(answer)).send_me_this(
        sender_id=STRANGER, number="07700 900123", channel="sms", text="Reply RESUME {code}", consented=True)
    assert outcome.status == answer and outcome.contact == RESIDENT
    with factory() as s, s.begin():
        # R's next text still runs in R's own conversation.
        assert handoff.route(s, KEY, RESIDENT, "sms", "what do you know about me?") == handoff.Inbound(True, RESIDENT)
        assert journeys.journey_of(s, RESIDENT) == RESIDENT and RESIDENT not in journeys.identities(s, STRANGER)
        held = rights.what_we_hold(s, tracker, STRANGER, database_url=str(engine.url))
    said = " ".join(" ".join(h.items) + h.what for h in held)
    assert "Your phone number" not in said and "Walsall" not in said and "Black Codher" not in said
    rights.erase(engine, tracker, STRANGER)  # the stranger's "forget me"
    contact = Store(engine).get_contact(RESIDENT)
    assert contact is not None and contact.last_inbound_at is not None
    with factory() as s:
        assert [r.journey_id for r in referrals.list_referrals(s, journey_id=RESIDENT)] == [RESIDENT]
    from bot.residents import tracker_db
    assert tracker_db.facts(tracker, [RESIDENT])["age"].value == 45
    assert tracker_db.counts(tracker, {STRANGER})[0] == 0  # the stranger's own chat did go


async def test_the_phone_joins_the_web_conversation_only_by_texting_the_code_back(engine, factory, tracker, tmp_path):
    _resident_texts_waymark(engine, factory, tracker)  # here R is the one on the web too
    outcome = await Outbound(_settings(engine, tmp_path), engine, Phone()).send_me_this(
        sender_id=STRANGER, number="07700 900123", channel="sms", text="Reply RESUME {code}", consented=True)
    with factory() as s, s.begin():
        assert handoff.route(s, KEY, RESIDENT, "sms", "hello").rasa_sender == RESIDENT  # a reply is not proof
        assert handoff.route(s, KEY, RESIDENT, "sms", f"RESUME {outcome.code}").status == "resumed"
        assert handoff.route(s, KEY, RESIDENT, "sms", "hello again") == handoff.Inbound(True, STRANGER)
        assert journeys.reachable_sender(s, STRANGER) == RESIDENT


async def test_forget_me_removes_a_number_it_created_that_nobody_else_uses(engine, factory, tracker, tmp_path):
    from bot.residents.records import outbound_sends

    settings = _settings(engine, tmp_path)
    fresh = pseudonym(KEY, "sms", "+447700900555")
    outcome = await Outbound(settings, engine, Phone()).send_me_this(
        sender_id=STRANGER, number="07700 900555", channel="sms", text="{code}", consented=True)
    with factory() as s, s.begin():
        notify.subscribe(s, sender_id=STRANGER, pathway=PATHWAY, destination=outcome.contact)
    assert Store(engine).get_contact(fresh) is not None
    erasure = rights.erase(engine, tracker, STRANGER)
    assert Store(engine).get_contact(fresh) is None and erasure.counts["gateway_contacts"] == 1
    with factory() as s:
        assert s.execute(select(notify_subscriptions)).all() == []
        [row] = s.execute(select(outbound_sends)).all()
    # The count stays (so forget me cannot reset the caps), tied to nobody and to no number.
    assert row.journey_id is None and row.contact is None and fresh[4:] not in row.destination


async def test_notify_me_after_a_send_goes_to_that_number_once_and_only_for_a_number_this_chat_sent_to(
        engine, factory, tmp_path):
    outcome = await Outbound(_settings(engine, tmp_path), engine, Phone()).send_me_this(
        sender_id=STRANGER, number="07700 900555", channel="sms", text="{code}", consented=True)
    with factory() as s, s.begin():
        with pytest.raises(notify.NotReachable):  # a number this chat never sent to
            notify.subscribe(s, sender_id=STRANGER, pathway=PATHWAY, destination=RESIDENT)
        sub = notify.subscribe(s, sender_id=STRANGER, pathway=PATHWAY, destination=outcome.contact)
        assert (sub.journey_id, sub.sender_id) == (STRANGER, outcome.contact)
        assert journeys.identities(s, STRANGER) == {STRANGER}


def test_the_opened_text_is_in_the_residents_language_with_stop_as_it_is_typed():
    text = notify.message("Black Codher", "Coding Black Females", "Apply on the website.", lang="ar")
    assert "Black Codher" in text and "Coding Black Females" in text and "STOP" in text
    assert "Good news" not in text and text != notify.message("Black Codher", "Coding Black Females", "Apply on the website.")
