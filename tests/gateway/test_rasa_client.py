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
