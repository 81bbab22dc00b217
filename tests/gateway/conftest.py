"""Fakes for the gateway tests: a Rasa REST channel and Twilio's Messages API, both real aiohttp
servers on loopback, plus a gateway built from Settings pointing at them."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import socket
from typing import Any, Dict, List

import pytest
from aiohttp import web
from twilio.request_validator import RequestValidator

from aiohttp.test_utils import TestServer

from bot.gateway.app import SERVER_OPTIONS, create_app
from bot.gateway.state import GATEWAY
from bot.settings import ROOT, Settings

AUTH_TOKEN = "test-auth-token-0123456789abcdef"
ACCOUNT_SID = "AC" + "0" * 32
PUBLIC_BASE_URL = "https://waymark.example.org"
WEBHOOK_URL = PUBLIC_BASE_URL + "/webhooks/twilio"
FROM_SMS = "+447700900000"
FROM_WA = "whatsapp:+447700900001"
TEMPLATE_SID = "HX" + "a" * 32
PSEUDONYM_KEY = "test-pseudonym-key"

EVENINGS = '/inform{"availability": "evenings_weekends"}'
FULL_TIME = '/inform{"availability": "full_time"}'
PATHWAYS = [
    {"id": "wm-web-bootcamp", "title": "Web Development Bootcamp", "kind": "bootcamp",
     "provider": "Code Midlands", "why": ["You want web design", "It runs in the evenings"],
     "conditions": ["Live in the WMCA area"], "status": "open",
     "next_step": {"text": "Apply online", "url": "https://example.org/apply"}},
    {"id": "wm-digital-esol", "title": "Digital skills with ESOL", "kind": "course",
     "provider": "Sandwell College", "why": ["Free on Universal Credit"], "conditions": [],
     "status": "open", "next_step": {"text": "Call to book", "phone": "0121 496 0000"}},
]


class FakeRasa:
    """Canned replies by message; `mode` switches to failure behaviours."""

    def __init__(self) -> None:
        self.received: List[Dict[str, Any]] = []
        self.mode = "ok"  # ok | 503 | 500 | empty | slow
        self.delay = 0.0
        self.url = ""
        self.authorization: List[str] = []  # each webhook call's Authorization header
        self.health_queries: List[str] = []  # each health check's path and query

    async def webhook(self, request: web.Request) -> web.StreamResponse:
        self.authorization.append(request.headers.get("Authorization", ""))
        data = await request.json()
        self.received.append(data)
        if self.mode == "503":
            return web.Response(status=503)
        if self.mode == "500":
            return web.Response(status=500, text="Traceback (most recent call last): secret")
        if self.mode == "empty":
            return web.json_response([])
        message, sender = data["message"], data["sender"]
        if message.startswith("slow") or self.mode == "slow":
            await asyncio.sleep(self.delay or 1.0)
        if message == "hi":
            return web.json_response([{"recipient_id": sender, "text": "Hello! When can you study?",
                                       "buttons": [{"title": "Evenings", "payload": EVENINGS},
                                                   {"title": "Full time", "payload": FULL_TIME}]}])
        if message == "recommend":
            return web.json_response([
                {"recipient_id": sender, "text": "Here are routes that fit you. 1. Web Development "
                 "Bootcamp: apply at https://example.org/apply"},
                {"recipient_id": sender, "custom": {"type": "pathway_recommendations",
                                                    "catalogue_version": "2026.11.1",
                                                    "content_hash": "sha256:abc",
                                                    "pathways": PATHWAYS, "near_misses": []}},
            ])
        if message == "forget me":
            return web.json_response([
                {"recipient_id": sender, "text": "Done. Your receipt reference is E-ABCD-EFGH."},
                {"recipient_id": sender, "custom": {"type": "conversation_erased"}},
            ])
        if message == "long":
            text = " ".join(f"Sentence {i} tells you something useful about courses." for i in range(30))
            return web.json_response([{"recipient_id": sender, "text": text}])
        return web.json_response([{"recipient_id": sender, "text": f"You said: {message}"}])

    async def status(self, request: web.Request) -> web.Response:
        self.health_queries.append(str(request.rel_url))
        return web.json_response({"model_file": "waymark.tar.gz"})

    async def ready(self, request: web.Request) -> web.Response:
        self.health_queries.append(str(request.rel_url))
        return web.Response(text="ready")

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/webhooks/rest/webhook", self.webhook)
        app.router.add_get("/status", self.status)
        app.router.add_get("/ready", self.ready)
        app.router.add_get("/", self.status)
        return app

    def messages(self) -> List[str]:
        return [r["message"] for r in self.received]


class FakeTwilio:
    def __init__(self) -> None:
        self.sent: List[Dict[str, str]] = []
        self.auth: List[str] = []
        self.unsubscribed: set = set()
        self.url = ""

    async def create(self, request: web.Request) -> web.Response:
        form = dict(await request.post())
        self.auth.append(request.headers.get("Authorization", ""))
        if form.get("To") in self.unsubscribed:
            return web.json_response({"code": 21610, "message": f"{form['To']} is unsubscribed",
                                      "status": 400}, status=400)
        self.sent.append(form)
        return web.json_response({"sid": f"SM{len(self.sent):032d}", "status": "queued"}, status=201)

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/2010-04-01/Accounts/{sid}/Messages.json", self.create)
        return app

    def bodies(self, to: str | None = None) -> List[str]:
        return [m.get("Body", "") for m in self.sent if to is None or m["To"] == to]


async def serve_app(aiohttp_client, app, options=SERVER_OPTIONS):
    """A test client for `app` on a server set up as `python -m bot.gateway` sets up its own
    (aiohttp_client's server_kwargs never reach the runner in aiohttp 3.9)."""
    server = TestServer(app)
    await server.start_server(**options)
    return await aiohttp_client(server)


def unused_url() -> str:
    """A loopback URL where nothing listens: Rasa "down"."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
async def fake_rasa(aiohttp_server) -> FakeRasa:
    fake = FakeRasa()
    server = await aiohttp_server(fake.app())
    fake.url = str(server.make_url("")).rstrip("/")
    return fake


@pytest.fixture
async def fake_twilio(aiohttp_server) -> FakeTwilio:
    fake = FakeTwilio()
    server = await aiohttp_server(fake.app())
    fake.url = str(server.make_url("")).rstrip("/")
    return fake


@pytest.fixture
def settings(tmp_path, fake_rasa, fake_twilio) -> Settings:
    env = {
        "WAYMARK_VAR_DIR": str(tmp_path / "var"),
        "WAYMARK_DATABASE_URL": f"sqlite:///{tmp_path / 'waymark.db'}",
        "WAYMARK_RASA_URL": fake_rasa.url,
        "WAYMARK_PSEUDONYM_KEY": PSEUDONYM_KEY,
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_FROM_SMS": FROM_SMS,
        "TWILIO_FROM_WHATSAPP": FROM_WA,
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
        "TWILIO_API_BASE": fake_twilio.url,
        "TWILIO_WHATSAPP_TEMPLATES": f"default={TEMPLATE_SID}",
        "WAYMARK_RASA_TIMEOUT": "5",
    }
    return Settings.from_env(env, root=ROOT)


@pytest.fixture
def make_client(aiohttp_client, settings):
    """Build a gateway (with fast retries) and a test client for it; overrides replace settings."""

    async def make(*, clock=None, **overrides):
        kwargs = dict(rasa_backoff=(0.01, 0.01, 0.01), web_backoff=(0.01,), twilio_backoff=(0.01,))
        if clock is not None:
            kwargs["clock"] = clock
        app = create_app(dataclasses.replace(settings, **overrides), **kwargs)
        return await serve_app(aiohttp_client, app)

    return make


@pytest.fixture
async def client(make_client):
    return await make_client()


def sign(params: Dict[str, str], url: str = WEBHOOK_URL, token: str = AUTH_TOKEN) -> str:
    return RequestValidator(token).compute_signature(url, params)


_sids = iter(range(1, 1_000_000))


def inbound_params(from_: str, body: str, sid: str | None = None) -> Dict[str, str]:
    to = FROM_WA if from_.startswith("whatsapp:") else FROM_SMS
    return {"MessageSid": sid or f"SM{next(_sids):032x}", "AccountSid": ACCOUNT_SID, "From": from_,
            "To": to, "Body": body, "NumMedia": "0"}


async def send_inbound(client, from_: str, body: str, *, sid: str | None = None, wait: bool = True):
    """POST a correctly signed Twilio webhook; by default wait until the gateway has replied."""
    params = inbound_params(from_, body, sid)
    response = await client.post("/webhooks/twilio", data=params,
                                 headers={"X-Twilio-Signature": sign(params)})
    if wait:
        await settle(client)
    return response


async def settle(client) -> None:
    await client.app[GATEWAY].twilio.idle()


def web_message(session: str, text: str | None = None, **extra) -> str:
    body = {"session": session, **({"text": text} if text is not None else {}), **extra}
    return json.dumps(body)
