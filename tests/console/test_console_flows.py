"""Assisted sessions, kiosk, summary and sending it, handoff quieting the bot, referrals, reports,
accounts and erasure, through the console's own pages."""

import json
import re

import pytest
from sqlalchemy import func, select

from bot.residents import analytics, handoff, referrals
from bot.pathways.catalogue import load_catalogue
from bot.residents.pseudonyms import pseudonym
from bot.gateway.state import GATEWAY
from bot.residents.records import console_assisted, console_messages, journey_codes, journey_links
from bot.settings import ROOT

from tests.bot.records_fixtures import add_events, slot, user
from tests.console.conftest import (DEMO_CATALOGUE, KEY, add_user, factory_of, load_catalogue_into, login,
                                    post_form, send_sms)

PHONE = "+447700900123"
# A "Tell them when it opens" form on the summary, and the route it is for.
NOTIFY_FORM = re.compile(r'/notify"[^>]*>\s*<input[^>]*>\s*<input type="hidden" name="pathway_id" value="([^"]+)"')


async def start_session(client, **consent) -> int:
    data = {"event_name": "Walsall library", "verbal_consent": "yes", **{k: "yes" for k in consent}}
    response = await post_form(client, "/console/assisted", data)
    assert response.status == 200
    return int(str(response.url).rstrip("/").split("/")[-1])


def journey_of(client, assisted_id: int) -> str:
    with factory_of(client)() as s:
        return s.execute(select(console_assisted.c.journey_id).where(console_assisted.c.id == assisted_id)).scalar_one()


def tracker_engine(client):
    from bot.db import make_engine

    return make_engine(client.app[GATEWAY].settings.tracker_store_url)


async def test_start_needs_an_event_and_verbal_consent(client):
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    response = await post_form(client, "/console/assisted", {"event_name": "Library"})
    assert "record the resident" in await response.text()
    with factory_of(client)() as s:
        assert s.execute(select(func.count()).select_from(console_assisted)).scalar_one() == 0


async def test_assisted_turns_reach_rasa_flagged_and_kiosk_turns_self_reported(client, fake_rasa):
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    assisted = await start_session(client)
    journey = journey_of(client, assisted)
    page = f"/console/assisted/{assisted}"
    chat = await post_form(client, f"{page}/say", {"text": "I'm 45, in Walsall"}, token_from=page)
    html = await chat.text()
    assert "You said: I&#39;m 45, in Walsall" in html and "(with worker)" in html
    assert 'value="/inform{&#34;availability&#34;: &#34;evenings_weekends&#34;}"' in html  # quick replies
    await post_form(client, f"{page}/kiosk", token_from=page)
    kiosk = f"{page}/kiosk"
    token = re.search(r'data-csrf="([^"]+)"', await (await client.get(kiosk)).text()).group(1)
    reply = await client.post(f"{kiosk}/say", json={"text": "my own answer"},
                              headers={"X-CSRF-Token": token})
    assert (await reply.json())["messages"][0]["text"] == "You said: my own answer"
    assert [(r["sender"], r["metadata"]["channel"]) for r in fake_rasa.received] == [
        (journey, "assisted"), (journey, "kiosk")]
    # Finishing leaves nothing of the resident's own typing, on screen or on the console.
    done = await client.post(f"{page}/finish", headers={"X-CSRF-Token": token, "Accept": "application/json"})
    assert (await done.json())["next"] == "/console/kiosk-done"
    after = await (await client.get("/console/kiosk-done")).text()
    assert "my own answer" not in after
    with factory_of(client)() as s:
        modes = s.execute(select(console_messages.c.mode)).scalars().all()
    assert "kiosk" not in modes


async def test_a_quick_reply_chosen_together_reads_as_its_button_in_the_transcript(client, fake_rasa):
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    assisted = await start_session(client)
    page = f"/console/assisted/{assisted}"
    await post_form(client, f"{page}/say", {"text": "when can I study?"}, token_from=page)
    payload = '/inform{"availability": "evenings_weekends"}'
    await post_form(client, f"{page}/say", {"payload": payload}, token_from=page)  # what the button posts
    assert fake_rasa.received[-1]["message"] == payload  # Rasa gets the payload, the transcript the title
    with factory_of(client)() as s:
        said = s.execute(select(console_messages.c.text).where(console_messages.c.author == "resident")).scalars().all()
    assert said == ["when can I study?", "Evenings"]


async def test_summary_shows_answers_with_provenance_and_routes(client, fake_rasa):
    load_catalogue_into(client)
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    assisted = await start_session(client)
    journey = journey_of(client, assisted)
    engine = tracker_engine(client)
    add_events(engine, journey, [user("45 in Walsall", channel="assisted"), slot("age", 45),
                                 slot("local_authority", "Walsall"), user("data please", channel="kiosk"),
                                 slot("interest", "data")])
    engine.dispose()
    html = await (await client.get(f"/console/assisted/{assisted}/summary")).text()
    assert re.search(r"Your age</dt>\s*<dd>45 <span class=\"flag\">recorded with a worker", html)
    assert re.search(r"What you&#39;d like to learn</dt>\s*<dd>data <span class=\"flag\">you told us", html)
    assert "Why it fits:" in html and "Next step:" in html
    # A resume code is shown once and only its HMAC is stored.
    code_page = await post_form(client, f"/console/assisted/{assisted}/code",
                                token_from=f"/console/assisted/{assisted}/summary")
    code = re.search(r"resume code: <strong>([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})</strong>", await code_page.text()).group(1)
    with factory_of(client)() as s:
        stored = s.execute(select(journey_codes.c.code_hash)).scalars().all()
    assert len(stored) == 1 and code not in stored[0]
    assert code not in await (await client.get(f"/console/assisted/{assisted}/summary")).text()


async def test_change_a_fact_sets_the_slot_in_rasa(client, fake_rasa):
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    assisted = await start_session(client)
    summary = f"/console/assisted/{assisted}/summary"
    ok = await post_form(client, f"/console/assisted/{assisted}/fact", {"name": "age", "value": "25"},
                         token_from=summary)
    assert "Changed." in await ok.text()
    assert fake_rasa.slot_events == [(journey_of(client, assisted), {"event": "slot", "name": "age", "value": 25})]
    bad = await post_form(client, f"/console/assisted/{assisted}/fact", {"name": "age", "value": "old"},
                          token_from=summary)
    assert "could not be changed" in await bad.text() and len(fake_rasa.slot_events) == 1


async def test_summary_by_sms_with_consent_and_the_phone_joins_only_with_the_code(client, fake_rasa, fake_twilio):
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    resident = pseudonym(KEY, "sms", PHONE)
    await send_sms(client, PHONE, "hi")  # this phone already has its own conversation
    assert fake_rasa.senders() == [resident]
    assisted = await start_session(client)
    journey = journey_of(client, assisted)
    summary = f"/console/assisted/{assisted}/summary"
    refused = await post_form(client, f"/console/assisted/{assisted}/send", {"phone": "07700 900123"},
                              token_from=summary)
    assert "agreed to be sent this" in await refused.text() and fake_twilio.sent[1:] == []
    sent = await post_form(client, f"/console/assisted/{assisted}/send",
                           {"phone": "07700 900123", "channel": "sms", "consent": "yes"}, token_from=summary)
    assert "Their phone joins this conversation when they reply RESUME" in await sent.text()
    body = fake_twilio.sent[-1]["Body"]
    assert fake_twilio.sent[-1]["To"] == PHONE and "with a Waymark outreach worker" in body
    assert "This phone already has its own chat with Waymark" in body  # told the code would move it
    code = re.search(r"reply RESUME ([A-Z0-9-]+)", body).group(1)
    # Sending linked nothing: the phone's own conversation carries on as before.
    await send_sms(client, PHONE, "hello again")
    assert fake_rasa.received[-1]["sender"] == resident
    with factory_of(client)() as s:
        assert s.execute(select(journey_links)).all() == []
    # Texting the code back is the proof: from then on it continues the assisted journey.
    await send_sms(client, PHONE, f"RESUME {code}")
    await send_sms(client, PHONE, "what next?")
    assert fake_rasa.received[-1]["sender"] == journey


async def test_summary_by_sms_refuses_other_countries_and_stops_at_the_cap(make_client, fake_rasa, fake_twilio):
    client = await make_client(send_per_number=1)
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    assisted = await start_session(client)
    summary, send = f"/console/assisted/{assisted}/summary", f"/console/assisted/{assisted}/send"
    abroad = await post_form(client, send, {"phone": "+353 85 123 4567", "channel": "sms", "consent": "yes"},
                             token_from=summary)
    assert "Enter a UK mobile number." in await abroad.text() and fake_twilio.sent == []
    first = await post_form(client, send, {"phone": "07700 900123", "channel": "sms", "consent": "yes"},
                            token_from=summary)
    assert "Sent." in await first.text()
    again = await post_form(client, send, {"phone": "07700 900123", "channel": "whatsapp", "consent": "yes"},
                            token_from=summary)
    assert "Not sent: the daily limit" in await again.text() and len(fake_twilio.sent) == 1


async def test_handoff_holds_the_bot_quiet_and_the_worker_replies_by_sms(client, fake_rasa, fake_twilio):
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    resident = pseudonym(KEY, "sms", PHONE)
    await send_sms(client, PHONE, "hi")  # creates the contact; the bot answers
    assert fake_rasa.senders() == [resident]
    with factory_of(client)() as s, s.begin():
        ticket = handoff.request_handoff(s, sender_id=resident, channel="sms", profile={"age": 52},
                                         hours=handoff.OfficeHours.parse("Mon-Sun 00:00-24:00"))
    queue = await (await client.get("/console/handoffs")).text()
    assert f"Request {ticket.id}" in queue
    detail = f"/console/handoffs/{ticket.id}"
    await post_form(client, f"{detail}/take", token_from=detail)
    before = len(fake_twilio.sent)
    await send_sms(client, PHONE, "can someone call me")
    assert fake_rasa.senders() == [resident]  # the gateway did not call Rasa
    assert len(fake_twilio.sent) == before  # and the bot said nothing
    assert "can someone call me" in await (await client.get(detail)).text()
    await post_form(client, f"{detail}/reply", {"text": "Hi, this is Sam from the council"}, token_from=detail)
    assert fake_twilio.sent[-1]["Body"] == "Hi, this is Sam from the council" and fake_twilio.sent[-1]["To"] == PHONE
    await post_form(client, f"{detail}/back", token_from=detail)
    await send_sms(client, PHONE, "thanks")
    assert fake_rasa.senders() == [resident, resident]


async def test_web_resident_in_handoff_gets_worker_replies_by_polling(make_client, fake_rasa):
    client = await make_client(allowed_origins=("https://www.dudley.gov.uk",))
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    session_id = "widget-session-0001"
    resident = pseudonym(KEY, "web", session_id)
    with factory_of(client)() as s, s.begin():
        ticket = handoff.request_handoff(s, sender_id=resident, channel="web", profile={},
                                         hours=handoff.OfficeHours.parse("Mon-Sun 00:00-24:00"))
    detail = f"/console/handoffs/{ticket.id}"
    await post_form(client, f"{detail}/reply", {"text": "Hello from Sam"}, token_from=detail)
    response = await client.post("/api/web/messages", data=json.dumps({"session": session_id, "text": "hi"}),
                                 headers={"Content-Type": "application/json"})
    assert (await response.json())["messages"] == [{"text": "Hello from Sam", "buttons": [], "cards": [],
                                                            "lang": "", "dir": "auto"}]
    assert fake_rasa.received == []
    await post_form(client, f"{detail}/reply", {"text": "Still there?"}, token_from=detail)
    poll = await client.post("/api/web/messages/pending", json={"session": session_id},
                             headers={"Origin": "https://www.dudley.gov.uk"})
    assert (await poll.json())["messages"] == [{"text": "Still there?", "buttons": [], "cards": [],
                                                            "lang": "", "dir": "auto"}]
    assert poll.headers["Access-Control-Allow-Origin"] == "https://www.dudley.gov.uk"
    again = await client.post("/api/web/messages/pending", json={"session": session_id})
    assert (await again.json())["messages"] == []  # delivered once
    assert (await client.post("/api/web/messages/pending", json={"session": "bad"})).status == 400
    assert (await client.options("/api/web/messages/pending", headers={
        "Origin": "https://www.dudley.gov.uk", "Access-Control-Request-Method": "POST"})).status == 204


async def test_referral_from_the_summary_then_status_and_csv_import(client, fake_rasa):
    load_catalogue_into(client)
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    assisted = await start_session(client)
    engine = tracker_engine(client)
    add_events(engine, journey_of(client, assisted), [slot("age", 30), slot("local_authority", "Birmingham")])
    engine.dispose()
    summary = f"/console/assisted/{assisted}/summary"
    pathway_id = re.search(r'name="pathway_id" value="([^"]+)"', await (await client.get(summary)).text()).group(1)
    no = await post_form(client, f"/console/assisted/{assisted}/refer", {"pathway_id": pathway_id},
                         token_from=summary)
    assert "needs the resident" in await no.text()
    yes = await post_form(client, f"/console/assisted/{assisted}/refer",
                          {"pathway_id": pathway_id, "consent": "yes", "contact_name": "Ama"}, token_from=summary)
    assert "Referral made." in await yes.text()
    with factory_of(client)() as s:
        ref = referrals.list_referrals(s)[0]
    listing = await (await client.get("/console/referrals")).text()
    assert ref.reference in listing and "Ama" in listing
    bad = await post_form(client, f"/console/referrals/{ref.id}/status", {"status": "referred"},
                          token_from="/console/referrals")
    assert "not allowed" in await bad.text()
    ok = await post_form(client, f"/console/referrals/{ref.id}/status", {"status": "contacted"},
                         token_from="/console/referrals")
    assert "Updated." in await ok.text()
    text = f"reference,status\n{ref.reference},enrolled\nR-NOPE23,started\n"
    report = await post_form(client, "/console/referrals/import", {"text": text}, token_from="/console/referrals/import")
    html = await report.text()
    assert "1 updated" in html and "no referral with reference" in html and ">3</th>" in html
    with factory_of(client)() as s:
        assert referrals.get(s, ref.id).status == "enrolled"


async def test_demand_report_page_and_csv_for_a_coordinator(client):
    add_user(client, "c@example.org", "coordinator")
    with factory_of(client)() as s, s.begin():
        for _ in range(12):
            analytics.record(s, "recommended", local_authority="Dudley", background="low_wage", channel="web",
                             outcome="open")
        for _ in range(2):
            analytics.record(s, "recommended", local_authority="Dudley", background="refugee", channel="web",
                             outcome="none")
    await login(client, "c@example.org")
    html = await (await client.get("/console/reports")).text()
    assert '<svg class="chart" role="img"' in html and "<title id=" in html and ">Dudley</text>" in html
    assert "&lt;5" in html and ">2<" not in html
    csv = await client.get("/console/reports/demand.csv?since=2020-01-01")
    assert csv.content_type == "text/csv" and "attachment" in csv.headers["Content-Disposition"]
    body = await csv.text()
    # 12 + a + b = 14 with a, b under 5: 0+2, 1+1 or 2+0, so the 2 cannot be worked out.
    assert "Dudley,12,<5,<5,14" in body and ",2," not in body


async def test_coordinator_manages_accounts(client):
    add_user(client, "c@example.org", "coordinator")
    await login(client, "c@example.org")
    weak = await post_form(client, "/console/users", {"email": "n@example.org", "role": "worker", "password": "short"},
                           token_from="/console/users")
    assert weak.status == 400 and "at least 12" in await weak.text()
    made = await post_form(client, "/console/users", {"email": "n@example.org", "role": "worker",
                                                      "password": "a long enough password"}, token_from="/console/users")
    assert "Account created." in await made.text() and "n@example.org" in await made.text()


async def test_forget_from_the_console_erases_and_gives_a_receipt(client, fake_rasa):
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    assisted = await start_session(client)
    journey = journey_of(client, assisted)
    engine = tracker_engine(client)
    add_events(engine, journey, [user("hi"), slot("age", 33)])
    held = await (await client.get(f"/console/assisted/{assisted}/held")).text()
    assert "Your age: 33" in held and "server, in the record of your conversation" in held and ".db" not in held
    not_confirmed = await post_form(client, f"/console/assisted/{assisted}/forget", token_from=f"/console/assisted/{assisted}/held")
    assert "Delete everything" in await not_confirmed.text()
    done = await post_form(client, f"/console/assisted/{assisted}/forget", {"confirm": "yes"},
                           token_from=f"/console/assisted/{assisted}/held")
    assert re.search(r"Receipt reference: <strong>E-[A-Z0-9]{4}-[A-Z0-9]{4}</strong>", await done.text())
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM events").scalar() == 0
    engine.dispose()
    with factory_of(client)() as s:
        assert s.execute(select(func.count()).select_from(console_assisted)).scalar_one() == 0
        assert s.execute(select(func.count()).select_from(journey_links)).scalar_one() == 0


async def test_only_the_worker_holding_a_handoff_or_a_coordinator_can_reply_or_hand_it_back(
        make_client, fake_rasa, fake_twilio):
    # Three browsers (three gateways on one database, as behind the production profile's nginx).
    holder, other, coordinator = await make_client(), await make_client(), await make_client()
    add_user(holder, "holder@example.org")
    add_user(holder, "other@example.org")
    add_user(holder, "coord@example.org", "coordinator")
    await login(holder, "holder@example.org")
    await login(other, "other@example.org")
    await login(coordinator, "coord@example.org")
    resident = pseudonym(KEY, "sms", PHONE)
    await send_sms(holder, PHONE, "hi")
    with factory_of(holder)() as s, s.begin():
        ticket = handoff.request_handoff(s, sender_id=resident, channel="sms", profile={},
                                         hours=handoff.OfficeHours.parse("Mon-Sun 00:00-24:00"))
    detail = f"/console/handoffs/{ticket.id}"
    await post_form(holder, f"{detail}/take", token_from=detail)
    sent = len(fake_twilio.sent)

    page = await (await other.get(detail)).text()
    assert "Another worker has this conversation" in page and f"{detail}/reply" not in page
    reply = await post_form(other, f"{detail}/reply", {"text": "I am not the holder"}, token_from=detail)
    back = await post_form(other, f"{detail}/back", token_from=detail)
    assert reply.status == back.status == 403
    assert len(fake_twilio.sent) == sent
    with factory_of(holder)() as s:
        assert handoff.get(s, ticket.id).status == "held"
        assert "I am not the holder" not in [text for _, text, _ in handoff.messages(s, ticket.id)]

    await post_form(holder, f"{detail}/reply", {"text": "Hello from the holder"}, token_from=detail)
    await post_form(coordinator, f"{detail}/reply", {"text": "A coordinator here"}, token_from=detail)
    assert [m["Body"] for m in fake_twilio.sent[sent:]] == ["Hello from the holder", "A coordinator here"]
    await post_form(coordinator, f"{detail}/back", token_from=detail)
    with factory_of(holder)() as s:
        assert handoff.get(s, ticket.id).status == "closed"


async def test_a_route_whose_status_is_not_known_is_not_offered_tell_them_when_it_opens(client, fake_rasa):
    load_catalogue_into(client)  # the shipped catalogue: statuses are null unless a source gave one
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    assisted = await start_session(client)
    engine = tracker_engine(client)
    add_events(engine, journey_of(client, assisted), [slot("age", 30), slot("local_authority", "Birmingham"),
                                                      slot("interest", "coding")])
    engine.dispose()
    page = await (await client.get(f"/console/assisted/{assisted}/summary")).text()
    listed = set(re.findall(r'name="pathway_id" value="([^"]+)"', page))
    shipped = load_catalogue(ROOT / "pathways.yml")
    assert listed, "routes are listed"
    assert set(NOTIFY_FORM.findall(page)) == {i for i in listed if shipped.get(i).status in ("waitlist", "closed")}
    unknown = sorted(i for i in listed if shipped.get(i).status is None)[0]
    refused = await post_form(client, f"/console/assisted/{assisted}/notify", {"pathway_id": unknown},
                              token_from=f"/console/assisted/{assisted}/summary")
    assert "notice=notify_not_waiting" in str(refused.url), "a forged form for an unknown status is refused"


async def test_tell_them_when_it_opens_goes_to_the_number_the_summary_went_to_without_linking_it(
        client, fake_rasa, fake_twilio):
    from bot.residents.records import notify_subscriptions

    load_catalogue_into(client, DEMO_CATALOGUE)
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    assisted = await start_session(client)
    engine = tracker_engine(client)
    add_events(engine, journey_of(client, assisted), [
        slot("age", 28), slot("local_authority", "Birmingham"), slot("target_groups", ["black_women"]),
        slot("interest", "coding"), slot("background", "career_changer"), slot("availability", "part_time")])
    engine.dispose()
    summary = f"/console/assisted/{assisted}/summary"
    page = await (await client.get(summary)).text()
    [waiting] = NOTIFY_FORM.findall(page)
    assert waiting == "black-codher-bootcamp-birmingham"  # the one waitlisted route they were shown
    notify = f"/console/assisted/{assisted}/notify"
    first = await post_form(client, notify, {"pathway_id": waiting}, token_from=summary)
    assert "send them the summary by phone first" in await first.text()
    await post_form(client, f"/console/assisted/{assisted}/send",
                    {"phone": "07700 900123", "channel": "sms", "consent": "yes"}, token_from=summary)
    done = await post_form(client, notify, {"pathway_id": waiting}, token_from=summary)
    assert "They will be told once, when it opens." in await done.text()
    with factory_of(client)() as s:
        [sub] = s.execute(select(notify_subscriptions)).all()
        assert s.execute(select(journey_links)).all() == []
    assert (sub.journey_id, sub.sender_id, sub.pathway_id) == (journey_of(client, assisted),
                                                                pseudonym(KEY, "sms", PHONE), waiting)


async def test_forget_from_the_console_deletes_the_texts_written_to_the_outbox_for_them(make_client, fake_rasa):
    """Without Twilio a summary sent to the number the worker typed is a file under var/outbox/; the
    resident's erasure takes it with the contact it created."""
    client = await make_client(twilio_account_sid=None, sms_outbox=True)
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    assisted = await start_session(client)
    sent = await post_form(client, f"/console/assisted/{assisted}/send",
                           {"phone": "07700 900555", "channel": "sms", "consent": "yes"},
                           token_from=f"/console/assisted/{assisted}/summary")
    assert "Sent." in await sent.text()
    outbox = client.app[GATEWAY].settings.outbox_dir
    assert len(list(outbox.glob("*.txt"))) == 1
    await post_form(client, f"/console/assisted/{assisted}/forget", {"confirm": "yes"},
                    token_from=f"/console/assisted/{assisted}/held")
    assert list(outbox.glob("*.txt")) == []
