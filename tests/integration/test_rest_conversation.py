"""A full conversation with the trained bot over the REST channel, as a resident would have it."""

from __future__ import annotations

import json
import urllib.request

import pytest
import yaml

from bot.ops.backoffice import rasa_auth_headers
from bot.settings import ROOT

pytestmark = pytest.mark.integration

# What a resident answers to each question, in their own words.
ANSWERS = {
    "age": "I'm 45",
    "local_authority": "Walsall",
    "background": "I lost my job in a warehouse when they brought in robots",
    "employment_status": "unemployed",
    "annual_income": "just benefits",
    "qualification_level": "GCSEs",
    "interest": "data",
    "availability": "part time",
    "universal_credit": "yes",
    "immigration_status": "British",
    "english_level": "fluent",
}


def _post(url: str, payload: dict, token: str) -> list:
    request = urllib.request.Request(
        url, data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json", **rasa_auth_headers(token)},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def _say(stack, sender: str, text: str) -> list:
    return _post(f"{stack.config.rasa_url}/webhooks/rest/webhook", {"sender": sender, "message": text},
                 stack.config.rasa_token)


def tracker(stack, sender: str) -> dict:
    url = f"{stack.config.rasa_url}/conversations/{sender}/tracker?token={stack.config.rasa_token}"
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


def _recommendations(replies: list):
    for reply in replies:
        custom = reply.get("custom")
        if isinstance(custom, dict) and custom.get("type") == "pathway_recommendations":
            return custom
    return None


def catalogue_ids() -> set:
    data = yaml.safe_load((ROOT / "pathways.yml").read_text())
    return {p["id"] for p in data["pathways"]}


def _converse_until_recommended(stack, sender: str, opening: str, max_turns: int = 14):
    replies = _say(stack, sender, opening)
    asked = []
    for _ in range(max_turns):
        payload = _recommendations(replies)
        if payload is not None:
            return payload, asked
        assert replies, "every message gets a reply"
        requested = tracker(stack, sender)["slots"].get("requested_slot")
        assert requested in ANSWERS, f"asked about {requested!r} with no canned answer: {replies}"
        assert requested not in asked, f"asked for {requested} twice"
        asked.append(requested)
        replies = _say(stack, sender, ANSWERS[requested])
    pytest.fail(f"no recommendations after {max_turns} turns; asked {asked}")


def test_displaced_worker_gets_explained_recommendations_from_the_catalogue(running_bot):
    sender = "e2e-displaced-worker"
    greeting = _say(running_bot, sender, "hello")
    assert any("forget me" in (r.get("text") or "").lower() for r in greeting), greeting

    payload, asked = _converse_until_recommended(
        running_bot, sender, "I'm 45 and live in Walsall, I lost my job to automation"
    )
    assert "age" not in asked and "local_authority" not in asked, "facts already given are not asked"
    assert payload["pathways"], payload
    assert {p["id"] for p in payload["pathways"]} <= catalogue_ids()
    assert payload["catalogue_version"]
    for pathway in payload["pathways"]:
        assert pathway["why"], pathway

    slots = tracker(running_bot, sender)["slots"]
    assert slots["age"] == 45
    assert slots["local_authority"] == "Walsall"
    assert slots["background"] == "displaced_worker"

    why = _say(running_bot, sender, "why did you suggest that?")
    assert why and any(r.get("text") for r in why)
    more = _say(running_bot, sender, "what else is there?")
    assert more and any(r.get("text") for r in more)


def test_correction_after_recommendations_recommends_again(running_bot):
    sender = "e2e-correction"
    _converse_until_recommended(running_bot, sender, "hi im 17 in sandwell, just left school")
    replies = _say(running_bot, sender, "actually I'm 25")
    assert tracker(running_bot, sender)["slots"]["age"] == 25
    assert _recommendations(replies) is not None or any(r.get("text") for r in replies)


def test_outside_the_area_is_told_kindly_and_offered_national_routes(running_bot):
    sender = "e2e-outside"
    payload, _ = _converse_until_recommended(running_bot, sender, "I'm 30 and I live in Manchester")
    kinds_regions = yaml.safe_load((ROOT / "pathways.yml").read_text())["pathways"]
    region = {p["id"]: p["eligibility"]["region"] for p in kinds_regions}
    assert payload["pathways"], payload
    assert all(region[p["id"]] == "national" for p in payload["pathways"]), payload


@pytest.mark.parametrize(
    "message",
    ["", "   ", "x" * 10_000, "😀😀😀🎉", "\x00\x01\x02\ufffd\ufffd", "'; DROP TABLE events; --"],
    ids=["empty", "whitespace", "10k", "emoji", "binary", "injection"],
)
def test_bad_input_gets_a_polite_reply_and_the_conversation_stays_usable(running_bot, message):
    sender = f"e2e-bad-{abs(hash(message)) % 10_000}"
    _say(running_bot, sender, "hello")
    replies = _say(running_bot, sender, message)
    assert replies and all("Traceback" not in (r.get("text") or "") for r in replies), replies
    after = _say(running_bot, sender, "I live in Dudley")
    assert after, "the next message is answered"
    assert tracker(running_bot, sender)["slots"]["local_authority"] == "Dudley"
