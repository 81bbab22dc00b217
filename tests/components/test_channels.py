"""WaymarkRestInput: a turn that would end in silence (action server down) ends with an apology."""

from __future__ import annotations

import asyncio
import json
from types import SimpleNamespace
from typing import Any, Callable, List

import pytest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import QueueOutputChannel

from components.channels import APOLOGY, WaymarkRestInput, guard_turn


def _handler(behaviour: str, seen: List[UserMessage]) -> Callable[[UserMessage], Any]:
    async def on_new_message(message: UserMessage) -> None:
        seen.append(message)
        if behaviour == "reply":
            await message.output_channel.send_text_message(message.sender_id, "Which town do you live in?")
        elif behaviour == "fail":
            raise RuntimeError("Failed to execute custom action")
        # "silent": what Rasa 3.6 does when the action server is down: logs, says nothing

    return on_new_message


def _webhook(channel: WaymarkRestInput, on_new_message):
    blueprint = channel.blueprint(on_new_message)
    [route] = [r for r in blueprint._future_routes if r.uri == "/webhook"]
    return route.handler


def _post(handler, body: dict):
    request = SimpleNamespace(json=body, args={})
    response = asyncio.run(handler(request))
    return json.loads(response.body)


def test_the_channel_is_registered_under_its_own_name():
    assert WaymarkRestInput.name() == "waymark_rest"


@pytest.mark.parametrize("behaviour", ["silent", "fail"])
def test_a_turn_with_no_reply_gets_a_short_apology(behaviour):
    seen: List[UserMessage] = []
    handler = _webhook(WaymarkRestInput(), _handler(behaviour, seen))
    replies = _post(handler, {"sender": "resident-1", "message": "I'm 45"})
    assert replies == [{"recipient_id": "resident-1", "text": APOLOGY}]
    assert seen[0].text == "I'm 45" and seen[0].input_channel == "waymark_rest"


def test_a_turn_with_replies_is_passed_through_untouched():
    handler = _webhook(WaymarkRestInput(), _handler("reply", []))
    assert _post(handler, {"sender": "r", "message": "hi"}) == [
        {"recipient_id": "r", "text": "Which town do you live in?"}]


def test_the_next_message_works_once_the_action_server_is_back():
    state = {"behaviour": "silent"}
    seen: List[UserMessage] = []

    async def on_new_message(message: UserMessage) -> None:
        await _handler(state["behaviour"], seen)(message)

    handler = _webhook(WaymarkRestInput(), on_new_message)
    assert _post(handler, {"sender": "r", "message": "30"})[0]["text"] == APOLOGY
    state["behaviour"] = "reply"
    assert _post(handler, {"sender": "r", "message": "30"})[0]["text"] == "Which town do you live in?"


def test_streaming_clients_get_the_apology_too():
    async def go():
        queue: asyncio.Queue = asyncio.Queue()
        channel = QueueOutputChannel(queue)
        await guard_turn(_handler("silent", []))(UserMessage("hi", channel, "r"))
        return await queue.get()

    assert asyncio.run(go()) == {"recipient_id": "r", "text": APOLOGY}


def test_the_wrapped_channel_is_left_as_it_was():
    channel = CollectingOutputChannel()
    original = channel._persist_message
    asyncio.run(guard_turn(_handler("reply", []))(UserMessage("hi", channel, "r")))
    assert channel._persist_message == original
    assert len(channel.messages) == 1


def test_credentials_register_both_rest_channels():
    from rasa.core.run import create_http_input_channels

    from bot.settings import ROOT

    names = {c.name() for c in create_http_input_channels(None, str(ROOT / "credentials.yml"))}
    assert {"rest", "waymark_rest"} <= names
