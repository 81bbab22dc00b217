"""Resume codes continue one journey across channels: web -> SMS, SMS -> web, any -> console."""

import json

from bot.residents import handoff, journeys
from bot.residents.pseudonyms import pseudonym

from tests.console.conftest import KEY, add_user, factory_of, login, post_form, send_sms

PHONE = "+447700900456"
SESSION = "widget-session-abcdef"
WEB = pseudonym(KEY, "web", SESSION)
SMS = pseudonym(KEY, "sms", PHONE)
FAILED = handoff.resume_failed(handoff.DEFAULT_CODE_DAYS)  # the tests' settings keep the default


async def web_says(client, text: str, session: str = SESSION):
    response = await client.post("/api/web/messages", data=json.dumps({"session": session, "text": text}),
                                 headers={"Content-Type": "application/json"})
    assert response.status == 200
    return [m["text"] for m in (await response.json())["messages"]]


def issue(client, journey: str) -> str:
    with factory_of(client)() as s, s.begin():
        return journeys.issue_code(s, KEY, journey)


async def test_web_journey_continues_by_sms(client, fake_rasa, fake_twilio):
    await web_says(client, "I'm 30 and live in Dudley")
    code = issue(client, WEB)
    await send_sms(client, PHONE, f"RESUME {code.lower()}")
    assert fake_twilio.sent[-1]["Body"] == handoff.RESUMED
    assert fake_rasa.senders() == [WEB]  # the code itself never reached Rasa
    await send_sms(client, PHONE, "what can I do next?")
    assert fake_rasa.senders() == [WEB, WEB]  # same conversation, now answered by SMS
    assert fake_twilio.sent[-1]["To"] == PHONE and "what can I do next?" in fake_twilio.sent[-1]["Body"]


async def test_sms_journey_continues_on_the_web(client, fake_rasa):
    await send_sms(client, PHONE, "hi")
    code = issue(client, SMS)
    assert await web_says(client, f"RESUME {code}") == [handoff.RESUMED]
    await web_says(client, "carry on")
    assert fake_rasa.senders() == [SMS, SMS]


async def test_a_code_works_once_and_a_wrong_one_is_refused_without_rasa(client, fake_rasa, fake_twilio):
    code = issue(client, WEB)
    await send_sms(client, PHONE, f"RESUME {code}")
    other = "widget-session-zzzzzz"
    assert await web_says(client, f"RESUME {code}", session=other) == [FAILED]
    assert await web_says(client, "RESUME ZZZZ-ZZZZ-ZZZZ", session=other) == [FAILED]
    assert fake_rasa.received == []


async def test_console_resume_field_continues_the_journey(client, fake_rasa):
    await web_says(client, "hello")
    code = issue(client, WEB)
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    bad = await post_form(client, "/console/resume", {"code": "ZZZZ-ZZZZ-ZZZZ", "event_name": "Library"})
    assert "did not work" in await bad.text()
    response = await post_form(client, "/console/resume", {"code": code, "event_name": "Library"})
    page = str(response.url)
    assisted = page.rstrip("/").split("/")[-1]
    await post_form(client, f"/console/assisted/{assisted}/say", {"text": "back again"},
                    token_from=f"/console/assisted/{assisted}")
    assert fake_rasa.received[-1]["sender"] == WEB
    assert fake_rasa.received[-1]["metadata"] == {"channel": "assisted"}


async def test_every_word_about_how_long_a_code_lasts_comes_from_the_setting(make_client, fake_rasa, fake_twilio):
    client = await make_client(resume_code_days=7)
    said = await web_says(client, "RESUME ZZZZ-ZZZZ-ZZZZ")
    await send_sms(client, PHONE, "RESUME ZZZZ-ZZZZ-ZZZZ")
    assert said == [fake_twilio.sent[-1]["Body"]] == [handoff.resume_failed(7)]
    assert "last 7 days" in said[0]
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    bad = await post_form(client, "/console/resume", {"code": "ZZZZ-ZZZZ-ZZZZ", "event_name": "Library"})
    assert "Codes work once and last 7 days." in await bad.text()
    response = await post_form(client, "/console/assisted", {"event_name": "Library", "verbal_consent": "yes"})
    assisted = str(response.url).rstrip("/").split("/")[-1]
    page = await post_form(client, f"/console/assisted/{assisted}/code",
                           token_from=f"/console/assisted/{assisted}/summary")
    assert "It works once, for 7 days." in await page.text()


# --- guessing ---------------------------------------------------------------------------------------
def linked(client, sender: str) -> str:
    with factory_of(client)() as s:
        return journeys.journey_of(s, sender)


async def from_address(client, address: str, text: str, session: str):
    response = await client.post("/api/web/messages", data=json.dumps({"session": session, "text": text}),
                                 headers={"Content-Type": "application/json", "X-Forwarded-For": address})
    return [m["text"] for m in (await response.json())["messages"]]


async def test_one_address_cannot_keep_guessing_by_changing_session(make_client, fake_rasa):
    client = await make_client(resume_attempts_per_client_hour=3, trust_proxy=True)
    code = issue(client, SMS)
    for i in range(3):  # a new session and a new made-up left-most address every time
        assert await from_address(client, f"10.9.9.{i}, 203.0.113.9", "RESUME ZZZZ-ZZZZ-ZZZZ",
                                  f"guess-session-{i:06d}") == [FAILED]
    # The fourth try is refused before the code is looked at: even the right code does nothing.
    thief = "guess-session-999999"
    assert await from_address(client, "203.0.113.9", f"RESUME {code}", thief) == [handoff.RESUME_LIMITED]
    assert linked(client, pseudonym(KEY, "web", thief)) == pseudonym(KEY, "web", thief)
    assert fake_rasa.received == []
    # Another address has its own tries, and the refused attempt did not spend the code.
    assert await from_address(client, "203.0.113.5", f"RESUME {code}", SESSION) == [handoff.RESUMED]


async def test_the_overall_limit_holds_across_addresses_and_warns_with_counts(make_client, caplog):
    client = await make_client(resume_attempts_per_client_hour=100, resume_attempts_per_hour=4, trust_proxy=True)
    replies = []
    for i in range(6):
        replies += await from_address(client, f"198.51.100.{i}", "RESUME ZZZZ-ZZZZ-ZZZZ", f"guess-session-{i:06d}")
    assert replies == [FAILED] * 4 + [handoff.RESUME_LIMITED] * 2
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING" and "resume codes" in r.getMessage()]
    assert len(warnings) == 1 and "overall limit of 4 attempts" in warnings[0] and "1 refused" in warnings[0]
    assert "198.51.100" not in caplog.text  # no addresses in the log


async def test_attempts_by_sms_are_limited_per_phone(make_client, fake_twilio):
    client = await make_client(resume_attempts_per_client_hour=2)
    code = issue(client, WEB)
    for _ in range(2):
        await send_sms(client, PHONE, "RESUME ZZZZ-ZZZZ-ZZZZ")
    await send_sms(client, PHONE, f"RESUME {code}")
    said = [m["Body"] for m in fake_twilio.sent if m["To"] == PHONE]
    assert said[-3:] == [FAILED] * 2 + [handoff.RESUME_LIMITED]
    assert linked(client, SMS) == SMS


async def test_console_resume_is_limited_per_worker(make_client, fake_rasa):
    client = await make_client(resume_attempts_per_client_hour=2)
    code = issue(client, WEB)
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    for _ in range(2):
        bad = await post_form(client, "/console/resume", {"code": "ZZZZ-ZZZZ-ZZZZ", "event_name": "Library"})
        assert "did not work" in await bad.text()
    refused = await post_form(client, "/console/resume", {"code": code, "event_name": "Library"})
    assert "Too many codes tried" in await refused.text()
    assert "/assisted/" not in str(refused.url)


async def test_resume_attempts_are_counted_in_analytics(client):
    from sqlalchemy import func, select

    from bot.residents.records import analytics_events

    code = issue(client, SMS)
    await web_says(client, "RESUME ZZZZ-ZZZZ-ZZZZ")
    await web_says(client, f"RESUME {code}")
    with factory_of(client)() as s:
        counts = dict(s.execute(select(analytics_events.c.event, func.count()).where(
            analytics_events.c.event.like("resume_%")).group_by(analytics_events.c.event)).all())
    assert counts == {"resume_failed": 1, "resume_redeemed": 1}


async def test_rasa_is_told_which_channel_continues_a_journey(client, fake_rasa):
    await web_says(client, "hello")
    assert "via" not in fake_rasa.received[-1]["metadata"]  # the journey's own channel
    code = issue(client, WEB)
    await send_sms(client, PHONE, f"RESUME {code}")
    await send_sms(client, PHONE, "what do you know about me?")
    assert fake_rasa.received[-1]["sender"] == WEB
    assert fake_rasa.received[-1]["metadata"] == {"channel": "sms", "via": SMS}  # for the cool-down
    code = issue(client, SMS)
    other = "widget-session-other01"
    await web_says(client, f"RESUME {code}", session=other)
    await web_says(client, "carry on", session=other)
    assert fake_rasa.received[-1]["metadata"]["via"] == pseudonym(KEY, "web", other)
