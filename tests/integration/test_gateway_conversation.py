"""Through the public face: the gateway's web API in front of the real Rasa and action server."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from bot.residents.pseudonyms import pseudonym
from tests.integration.conftest import PSEUDONYM_KEY
from tests.integration.test_rest_conversation import ANSWERS, catalogue_ids, tracker

pytestmark = pytest.mark.integration


def _web(stack, session: str, text: str = "", payload: str = None):
    body = {"session": session, "text": text}
    if payload is not None:
        body["payload"] = payload
    request = urllib.request.Request(
        f"http://127.0.0.1:{stack.config.gateway_port}/api/web/messages",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def _texts(body) -> str:
    return " ".join(m.get("text") or "" for m in body["messages"]).lower()


def _cards(body) -> list:
    return [card for m in body["messages"] for card in (m.get("cards") or [])]


def test_a_resident_on_the_website_reaches_recommendation_cards(running_bot):
    session = "gateway-e2e-session-0001"
    sender = pseudonym(PSEUDONYM_KEY, "web", session)
    status, body = _web(running_bot, session, "hi")
    assert status == 200 and "forget me" in _texts(body)
    status, body = _web(
        running_bot, session,
        "I'm 24, live in Wolverhampton, got A levels, part time at Tesco on about 11k, "
        "want web design, can do evenings",
    )
    for _ in range(10):
        assert status == 200, body
        if _cards(body):
            break
        requested = tracker(running_bot, sender)["slots"].get("requested_slot")
        buttons = [b for m in body["messages"] for b in (m.get("buttons") or [])]
        if buttons and requested not in ANSWERS:
            # Tap the first quick reply, as a resident would.
            status, body = _web(running_bot, session, buttons[0]["title"], buttons[0]["payload"])
        else:
            status, body = _web(running_bot, session, ANSWERS[requested])
    cards = _cards(body)
    assert cards, f"no recommendation cards; last reply: {body}"
    assert {card["id"] for card in cards} <= catalogue_ids()
    assert all(card["title"] and card["why"] for card in cards)
    slots = tracker(running_bot, sender)["slots"]
    assert (slots["age"], slots["local_authority"], slots["interest"]) == (24, "Wolverhampton", "web_design")


def test_oversized_message_gets_413_and_a_polite_reply(running_bot):
    status, body = _web(running_bot, "gateway-e2e-session-0002", "a" * 5000)
    assert status == 413
    assert body["messages"] and "long" in _texts(body)


def test_action_server_down_gives_an_apology_and_recovers_without_restarting_rasa(running_bot):
    session = "gateway-e2e-session-0003"
    assert _web(running_bot, session, "hello")[0] == 200
    running_bot.service("action server").stop()
    try:
        status, body = _web(running_bot, session, "I'm 45 and live in Walsall")
        assert status == 200
        assert "sorry" in _texts(body), body
    finally:
        running_bot.restart("action server")
    status, body = _web(running_bot, session, "I lost my job to automation")
    assert status == 200 and body["messages"], body
    assert "sorry" not in _texts(body), body
