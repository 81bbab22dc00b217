"""Resume codes continue one journey across channels: web -> SMS, SMS -> web, any -> console."""

import json

from bot import handoff, journeys
from bot.gateway.pseudonyms import pseudonym

from tests.console.conftest import KEY, add_user, factory_of, login, post_form, send_sms

PHONE = "+447700900456"
SESSION = "widget-session-abcdef"
WEB = pseudonym(KEY, "web", SESSION)
SMS = pseudonym(KEY, "sms", PHONE)


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
    assert await web_says(client, f"RESUME {code}", session=other) == [handoff.RESUME_FAILED]
    assert await web_says(client, "RESUME ZZZ-ZZZ", session=other) == [handoff.RESUME_FAILED]
    assert fake_rasa.received == []


async def test_console_resume_field_continues_the_journey(client, fake_rasa):
    await web_says(client, "hello")
    code = issue(client, WEB)
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    bad = await post_form(client, "/console/resume", {"code": "ZZZ-ZZZ", "event_name": "Library"})
    assert "did not work" in await bad.text()
    response = await post_form(client, "/console/resume", {"code": code, "event_name": "Library"})
    page = str(response.url)
    assisted = page.rstrip("/").split("/")[-1]
    await post_form(client, f"/console/assisted/{assisted}/say", {"text": "back again"},
                    token_from=f"/console/assisted/{assisted}")
    assert fake_rasa.received[-1]["sender"] == WEB
    assert fake_rasa.received[-1]["metadata"] == {"channel": "assisted"}
