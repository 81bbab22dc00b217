"""The handoff view shows the conversation's language, marks the resident's words with it, and says an
interpreter may be needed when it is not English."""

from bot.residents import handoff

from tests.console.conftest import add_user, factory_of, login


def _ticket(client, language: str) -> int:
    hours = handoff.OfficeHours.parse("Mon-Sun 00:00-24:00")
    with factory_of(client)() as s, s.begin():
        return handoff.request_handoff(s, sender_id="sms-" + language * 16, channel="sms", profile={"age": 30},
                                       language=language, reason="مجھے مدد چاہیے", hours=hours).id


async def test_a_handoff_in_urdu_marks_the_residents_words_and_asks_for_an_interpreter(client):
    add_user(client, "c@example.org", "coordinator")
    urdu, english = _ticket(client, "ur"), _ticket(client, "en")
    await login(client, "c@example.org")
    page = await (await client.get(f"/console/handoffs/{urdu}")).text()
    assert 'lang="ur" dir="auto">مجھے مدد چاہیے' in page
    assert "Urdu (اردو)" in page and "Interpreter may be needed" in page
    page = await (await client.get(f"/console/handoffs/{english}")).text()
    assert "Interpreter may be needed" not in page and 'lang="en" dir="auto">' in page
