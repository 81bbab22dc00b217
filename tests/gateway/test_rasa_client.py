"""The gateway's side of Rasa's channel credential: the token in a header on every turn, never in a URL.

Rasa itself refusing a turn without it is tests/components/test_server.py (a real Rasa); here the
gateway is driven through its own web API against the recording FakeRasa.
"""

from __future__ import annotations

import aiohttp
import pytest

from bot.gateway.rasa_client import RasaClient, RasaUnavailable

TOKEN = "rasa-token-" + "k" * 32


async def test_every_turn_carries_rasas_token_as_a_bearer_header(make_client, fake_rasa):
    client = await make_client(rasa_token=TOKEN)
    response = await client.post("/api/web/messages", json={"session": "s" * 24, "text": "hi"})
    assert response.status == 200
    assert fake_rasa.authorization == [f"Bearer {TOKEN}"]


async def test_the_health_check_asks_ready_and_puts_no_token_in_its_url(make_client, fake_rasa):
    client = await make_client(rasa_token=TOKEN)
    assert await (await client.get("/healthz")).json() == {"ok": True, "rasa": True}
    assert fake_rasa.health_queries == ["/ready"]


async def test_a_refused_token_means_rasa_never_got_the_message(aiohttp_server):
    from aiohttp import web

    async def refuse(request):
        return web.json_response({"error": "not authorised"}, status=401)

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", refuse)
    server = await aiohttp_server(app)
    async with aiohttp.ClientSession() as session:
        rasa = RasaClient(session, str(server.make_url("")), token="wrong")
        with pytest.raises(RasaUnavailable) as refused:
            await rasa.send("web-a", "hello", channel="web")
    # Not delivered: the resident is asked to send it again, not told it may have gone through.
    assert (refused.value.reason, refused.value.delivered) == ("http_401", False)


async def _events_server(aiohttp_server, status: int = 200):
    from aiohttp import web

    seen = []

    async def events(request):
        seen.append((request.match_info["sender"], dict(request.query), await request.json()))
        return web.json_response({}, status=status)

    app = web.Application()
    app.router.add_post("/conversations/{sender}/tracker/events", events)
    return await aiohttp_server(app), seen


async def test_setting_a_slot_posts_one_slot_event_to_that_conversation(aiohttp_server):
    server, seen = await _events_server(aiohttp_server)
    async with aiohttp.ClientSession() as session:
        rasa = RasaClient(session, str(server.make_url("")), token=TOKEN)
        assert await rasa.set_slot("assisted-abc", "age", 25) is True
    # Rasa's HTTP API reads its token from the query only (components.server).
    assert seen == [("assisted-abc", {"token": TOKEN}, {"event": "slot", "name": "age", "value": 25})]


async def test_a_slot_rasa_refuses_or_cannot_take_is_reported_as_not_set(aiohttp_server, unused_tcp_port):
    server, seen = await _events_server(aiohttp_server, status=500)
    async with aiohttp.ClientSession() as session:
        assert await RasaClient(session, str(server.make_url("")), token=TOKEN).set_slot("a", "age", 25) is False
        down = RasaClient(session, f"http://127.0.0.1:{unused_tcp_port}", token=TOKEN, timeout=2)
        assert await down.set_slot("a", "age", 25) is False
    assert len(seen) == 1


async def test_without_a_token_no_slot_event_is_sent(aiohttp_server):
    server, seen = await _events_server(aiohttp_server)
    async with aiohttp.ClientSession() as session:
        assert await RasaClient(session, str(server.make_url("")), token=None).set_slot("a", "age", 25) is False
    assert seen == []
