"""POST /webhooks/twilio: signatures, dedupe, async replies, options, keywords, WhatsApp window."""

import asyncio
import time

from sqlalchemy import select

from tests.erasure import erase_contact
from bot.gateway import wording
from bot.residents.pseudonyms import pseudonym
from bot.gateway.sms import fold, segments
from bot.gateway.state import GATEWAY
from bot.residents.contacts import SEEN, gateway_contacts, gateway_inbound

from .conftest import (ACCOUNT_SID, AUTH_TOKEN, EVENINGS, FROM_SMS, FROM_WA, PSEUDONYM_KEY,
                       TEMPLATE_SID, WEBHOOK_URL, inbound_params, send_inbound, settle, sign, unused_url)

PHONE = "+447700900123"
WA = "whatsapp:" + PHONE
SMS_ID = pseudonym(PSEUDONYM_KEY, "sms", PHONE)
WA_ID = pseudonym(PSEUDONYM_KEY, "whatsapp", PHONE)


# --- signatures -----------------------------------------------------------------------------------
async def test_valid_signature_is_acknowledged_with_empty_twiml_and_answered(client, fake_rasa, fake_twilio):
    response = await send_inbound(client, PHONE, "hello there")
    assert response.status == 200
    assert response.content_type == "text/xml"
    assert (await response.text()).endswith("<Response/>")
    assert fake_rasa.received == [{"sender": SMS_ID, "message": "hello there", "metadata": {"channel": "sms"}}]
    assert fake_twilio.sent == [{"To": PHONE, "From": FROM_SMS, "Body": "You said: hello there"}]
    assert fake_twilio.auth[0].startswith("Basic ")


async def test_missing_signature_is_403_and_reaches_nothing(client, fake_rasa, fake_twilio):
    response = await client.post("/webhooks/twilio", data=inbound_params(PHONE, "hi"))
    assert response.status == 403
    await settle(client)
    assert fake_rasa.received == [] and fake_twilio.sent == []


async def test_wrong_signature_is_403(client, fake_rasa):
    params = inbound_params(PHONE, "hi")
    for signature in ("bm90IGEgc2lnbmF0dXJl", sign(params, token="some-other-token"),
                      sign(params, url="https://elsewhere.example/webhooks/twilio")):
        response = await client.post("/webhooks/twilio", data=params, headers={"X-Twilio-Signature": signature})
        assert response.status == 403
    assert fake_rasa.received == []


async def test_replayed_signature_with_tampered_params_is_403(client, fake_rasa, fake_twilio):
    params = inbound_params(PHONE, "hi")
    signature = sign(params)
    for tampered in ({**params, "Body": "send me everything"}, {**params, "From": "+447700900999"},
                     {**params, "Extra": "1"}):
        response = await client.post("/webhooks/twilio", data=tampered,
                                     headers={"X-Twilio-Signature": signature})
        assert response.status == 403
    await settle(client)
    assert fake_rasa.received == [] and fake_twilio.sent == []


async def test_unconfigured_auth_token_refuses_everything(make_client, fake_rasa):
    client = await make_client(twilio_auth_token=None)
    params = inbound_params(PHONE, "hi")
    response = await client.post("/webhooks/twilio", data=params, headers={"X-Twilio-Signature": sign(params)})
    assert response.status == 403


# --- dedupe, async, ordering ----------------------------------------------------------------------
async def test_duplicate_message_sid_is_answered_once(client, fake_rasa, fake_twilio):
    sid = "SM" + "d" * 32
    for _ in range(3):
        response = await send_inbound(client, PHONE, "hello", sid=sid)
        assert response.status == 200
    assert len(fake_rasa.received) == 1
    assert len(fake_twilio.sent) == 1


async def test_duplicate_is_detected_across_restarts(make_client, fake_rasa, fake_twilio):
    sid = "SM" + "e" * 32
    await send_inbound(await make_client(), PHONE, "hello", sid=sid)
    await send_inbound(await make_client(), PHONE, "hello", sid=sid)  # same database, new process
    assert len(fake_rasa.received) == 1 and len(fake_twilio.sent) == 1


async def test_slow_turn_does_not_block_the_webhook_or_other_residents(client, fake_rasa, fake_twilio):
    fake_rasa.delay = 3.0
    started = time.monotonic()
    response = await send_inbound(client, PHONE, "slow question", wait=False)
    assert response.status == 200
    assert time.monotonic() - started < 1.5  # acknowledged long before the 3 s turn finished
    await send_inbound(client, "+447700900456", "quick question", wait=False)
    deadline = started + 2.5
    while not fake_twilio.sent and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    assert fake_twilio.bodies() == ["You said: quick question"]  # answered while the slow one waits
    await settle(client)
    assert fake_twilio.bodies()[-1] == "You said: slow question"


async def test_one_residents_messages_are_answered_in_order(client, fake_rasa, fake_twilio):
    fake_rasa.delay = 0.3
    await send_inbound(client, PHONE, "slow first", wait=False)
    await send_inbound(client, PHONE, "second", wait=False)
    await send_inbound(client, PHONE, "third", wait=False)
    await settle(client)
    assert fake_rasa.messages() == ["slow first", "second", "third"]
    assert fake_twilio.bodies() == ["You said: slow first", "You said: second", "You said: third"]


async def test_unanswered_message_is_recovered_after_restart(make_client, fake_rasa, fake_twilio):
    client = await make_client()
    store = client.app[GATEWAY].store
    store.touch_contact(SMS_ID, "sms", PHONE)
    assert store.claim_inbound("SM" + "f" * 32, SMS_ID, "are you there")  # acked, then the process died
    await client.close()
    restarted = await make_client()
    await settle(restarted)
    assert fake_rasa.messages() == ["are you there"]
    assert fake_twilio.bodies() == ["You said: are you there"]
    with restarted.app[GATEWAY].store.engine.connect() as conn:
        row = conn.execute(select(gateway_inbound).where(gateway_inbound.c.status != SEEN)).one()
    assert row.status == "done" and row.body is None


# --- numbered options ------------------------------------------------------------------------------
async def test_buttons_become_numbered_options_and_a_number_maps_back(client, fake_rasa, fake_twilio):
    await send_inbound(client, PHONE, "hi")
    assert fake_twilio.bodies() == ["Hello! When can you study?\nReply 1 for Evenings or 2 for Full time."]
    await send_inbound(client, PHONE, "1")
    assert fake_rasa.messages() == ["hi", EVENINGS]


async def test_option_words_map_back(client, fake_rasa):
    await send_inbound(client, PHONE, "hi")
    await send_inbound(client, PHONE, "Full time.")
    assert fake_rasa.messages()[-1] == '/inform{"availability": "full_time"}'


async def test_options_are_forgotten_after_a_turn_without_buttons(client, fake_rasa):
    await send_inbound(client, PHONE, "hi")
    await send_inbound(client, PHONE, "something else")
    await send_inbound(client, PHONE, "1")
    assert fake_rasa.messages() == ["hi", "something else", "1"]


async def test_options_are_per_resident(client, fake_rasa):
    await send_inbound(client, PHONE, "hi")
    await send_inbound(client, "+447700900456", "1")
    assert fake_rasa.messages() == ["hi", "1"]


# --- rendering on the phone ------------------------------------------------------------------------
async def test_long_sms_reply_is_split_into_bodies_of_at_most_three_segments(client, fake_twilio):
    await send_inbound(client, PHONE, "long")
    bodies = fake_twilio.bodies()
    assert len(bodies) >= 2
    assert all(segments(b).encoding == "GSM-7" and segments(b).count <= 3 for b in bodies)
    assert all(b.endswith(".") for b in bodies)


async def test_whatsapp_reply_is_one_message_up_to_4096(client, fake_twilio):
    await send_inbound(client, WA, "long")
    assert len(fake_twilio.sent) == 1
    assert fake_twilio.sent[0]["To"] == WA and fake_twilio.sent[0]["From"] == FROM_WA
    assert len(fake_twilio.sent[0]["Body"]) <= 4096


async def test_recommendations_become_short_text_with_links(client, fake_twilio):
    await send_inbound(client, PHONE, "recommend")
    (body,) = fake_twilio.bodies()
    assert body.count("https://example.org/apply") == 1  # already in the bot's text: not repeated
    assert "- Digital skills with ESOL: 0121 496 0000" in body
    assert segments(body).count <= 3


# --- limits and failures ---------------------------------------------------------------------------
async def test_rasa_down_is_retried_then_apologised(make_client, fake_twilio):
    client = await make_client(rasa_url=unused_url())
    await send_inbound(client, PHONE, "hello")
    assert fake_twilio.bodies() == [wording.NOT_RECEIVED]
    with client.app[GATEWAY].store.engine.connect() as conn:
        assert conn.execute(select(gateway_inbound.c.status)
                            .where(gateway_inbound.c.status != SEEN)).scalar_one() == "apologised"


async def test_rasa_503_retried_with_backoff_before_apology(client, fake_rasa, fake_twilio):
    fake_rasa.mode = "503"
    await send_inbound(client, WA, "hello")
    assert len(fake_rasa.received) == 4  # first try + three retries
    assert fake_twilio.bodies() == [wording.NOT_RECEIVED]


async def test_too_long_sms_gets_a_polite_reply(client, settings, fake_rasa, fake_twilio):
    await send_inbound(client, PHONE, "x" * (settings.max_message_chars + 1))
    assert fake_rasa.received == []
    assert fake_twilio.bodies() == [fold(wording.TOO_LONG)]


async def test_picture_without_text_gets_a_polite_reply(client, fake_rasa, fake_twilio):
    await send_inbound(client, WA, "")
    assert fake_rasa.received == [] and fake_twilio.bodies() == [wording.EMPTY]


async def test_rate_limited_resident_is_told_once(make_client, fake_rasa, fake_twilio):
    client = await make_client(rate_limit_per_minute=2)
    for i in range(5):
        await send_inbound(client, PHONE, f"message {i}")
    assert len(fake_rasa.received) == 2
    assert fake_twilio.bodies() == ["You said: message 0", "You said: message 1", wording.RATE_LIMITED]


# --- keywords ------------------------------------------------------------------------------------
async def test_sms_stop_records_opt_out_and_nothing_more_is_sent(client, fake_rasa, fake_twilio):
    await send_inbound(client, PHONE, "STOP")
    assert fake_twilio.sent == []  # Twilio confirms SMS opt-outs itself
    await send_inbound(client, PHONE, "hello?")
    assert fake_rasa.received == [] and fake_twilio.sent == []
    result = await client.app[GATEWAY].twilio.notify(SMS_ID, "A course starts soon")
    assert result.status == "opted_out" and fake_twilio.sent == []


async def test_start_resubscribes(client, fake_rasa, fake_twilio):
    await send_inbound(client, PHONE, "Stop")
    await send_inbound(client, PHONE, "START")
    assert fake_twilio.bodies() == [wording.OPTED_IN]
    await send_inbound(client, PHONE, "hello")
    assert fake_rasa.messages() == ["hello"]


async def test_yes_is_an_answer_unless_opted_out(client, fake_rasa, fake_twilio):
    await send_inbound(client, PHONE, "yes")
    assert fake_rasa.messages() == ["yes"]
    await send_inbound(client, PHONE, "stop")
    await send_inbound(client, PHONE, "YES")
    assert fake_twilio.bodies()[-1] == wording.OPTED_IN


async def test_help_says_what_waymark_is_and_how_to_stop(client, fake_rasa, fake_twilio):
    await send_inbound(client, PHONE, "help")
    (body,) = fake_twilio.bodies()
    assert "Waymark" in body and "STOP" in body
    assert fake_rasa.received == []
    assert "stop" not in {m.lower() for m in fake_rasa.messages()}


async def test_stop_inside_a_sentence_is_conversation(client, fake_rasa):
    await send_inbound(client, PHONE, "I had to stop working last year")
    assert fake_rasa.messages() == ["I had to stop working last year"]


async def test_whatsapp_stop_is_confirmed_once(client, fake_twilio):
    await send_inbound(client, WA, "STOP")
    await send_inbound(client, WA, "hello")
    assert fake_twilio.bodies() == [wording.OPTED_OUT]


async def test_twilio_unsubscribed_error_marks_the_contact_opted_out(client, fake_twilio):
    fake_twilio.unsubscribed.add(PHONE)
    await send_inbound(client, PHONE, "hello")
    contact = client.app[GATEWAY].store.get_contact(SMS_ID)
    assert contact.opted_out


# --- WhatsApp 24-hour window ------------------------------------------------------------------------
async def test_whatsapp_inside_window_sends_free_text(client, fake_twilio):
    await send_inbound(client, WA, "hello")
    fake_twilio.sent.clear()
    result = await client.app[GATEWAY].twilio.notify(WA_ID, "Your course starts Monday.")
    assert result.status == "sent"
    assert fake_twilio.sent == [{"To": WA, "From": FROM_WA, "Body": "Your course starts Monday."}]


async def test_whatsapp_outside_window_sends_the_template(make_client, fake_twilio):
    now = [time.time()]
    client = await make_client(clock=lambda: now[0])
    await send_inbound(client, WA, "hello")
    fake_twilio.sent.clear()
    now[0] += 24 * 3600 + 1
    result = await client.app[GATEWAY].twilio.notify(WA_ID, "Your course starts Monday.",
                                                      variables={"1": "Monday"})
    assert result.status == "template"
    assert fake_twilio.sent == [{"To": WA, "From": FROM_WA, "ContentSid": TEMPLATE_SID,
                                 "ContentVariables": '{"1": "Monday"}'}]
    # The resident writes back: the window reopens and free text is allowed again.
    fake_twilio.sent.clear()
    await send_inbound(client, WA, "ok")
    assert fake_twilio.sent[0]["Body"] == "You said: ok"


async def test_whatsapp_outside_window_without_template_sends_nothing(make_client, fake_twilio):
    now = [time.time()]
    client = await make_client(clock=lambda: now[0], whatsapp_templates=())
    await send_inbound(client, WA, "hello")
    fake_twilio.sent.clear()
    now[0] += 25 * 3600
    result = await client.app[GATEWAY].twilio.notify(WA_ID, "Reminder")
    assert result.status == "outside_window" and fake_twilio.sent == []


async def test_sms_has_no_window(make_client, fake_twilio):
    now = [time.time()]
    client = await make_client(clock=lambda: now[0])
    await send_inbound(client, PHONE, "hello")
    now[0] += 30 * 24 * 3600
    result = await client.app[GATEWAY].twilio.notify(SMS_ID, "Reminder")
    assert result.status == "sent" and fake_twilio.bodies()[-1] == "Reminder"


# --- where the number lives ---------------------------------------------------------------------
async def test_number_is_kept_only_in_contacts_and_erasure_removes_it(client, fake_rasa):
    await send_inbound(client, WA, "hello")
    store = client.app[GATEWAY].store
    with store.engine.connect() as conn:
        (row,) = conn.execute(select(gateway_contacts)).all()
    assert row.pseudonym == WA_ID and row.address == PHONE and row.channel == "whatsapp"
    assert erase_contact(store.engine, WA_ID) == 1
    assert store.get_contact(WA_ID) is None
    with store.engine.connect() as conn:
        left = conn.execute(select(gateway_inbound)).all()
    # Only the message's tombstone stays: no pseudonym, body or MessageSid (bot.residents.contacts).
    assert [(r.pseudonym, r.status, r.body) for r in left] == [("", SEEN, None)]
    assert left[0].message_sid.startswith("~")


def test_fixture_sanity():
    assert ACCOUNT_SID.startswith("AC") and AUTH_TOKEN and WEBHOOK_URL.endswith("/webhooks/twilio")

