"""Console tests: the real gateway app (console mounted), a fake Rasa and a fake Twilio on loopback,
a temporary project database and a Rasa-shaped tracker database."""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Dict, List, Optional

import pytest
from aiohttp import web
from argon2 import PasswordHasher
from twilio.request_validator import RequestValidator

from bot.residents import accounts
from bot.pathways.catalogue import load_catalogue
from bot.db import create_schema as create_catalogue_schema, session_factory
from bot.gateway.app import create_app
from bot.gateway.state import GATEWAY
from bot.settings import ROOT, Settings
from bot.pathways.catalogue_store import load

from tests.bot.records_fixtures import DEMO_CATALOGUE, rasa_metadata  # noqa: F401 - DEMO_CATALOGUE for the tests
from tests.gateway.conftest import serve_app

AUTH_TOKEN = "test-auth-token-0123456789abcdef"
KEY = "test-pseudonym-key"
PASSWORD = "correct horse battery staple"
FROM_SMS = "+447700900000"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


class FakeRasa:
    def __init__(self) -> None:
        self.received: List[Dict[str, Any]] = []
        self.slot_events: List[tuple] = []

    async def webhook(self, request: web.Request) -> web.Response:
        data = await request.json()
        self.received.append(data)
        text = data["message"]
        return web.json_response([{"recipient_id": data["sender"], "text": f"You said: {text}",
                                   "buttons": [{"title": "Evenings", "payload": '/inform{"availability": "evenings_weekends"}'}]}])

    async def events(self, request: web.Request) -> web.Response:
        if request.query.get("token") != "rasa-token":
            return web.Response(status=401)
        self.slot_events.append((request.match_info["sender"], await request.json()))
        return web.json_response({"ok": True})

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/webhooks/rest/webhook", self.webhook)
        app.router.add_post("/conversations/{sender}/tracker/events", self.events)
        return app

    def senders(self) -> List[str]:
        return [r["sender"] for r in self.received]


class FakeTwilio:
    def __init__(self) -> None:
        self.sent: List[Dict[str, str]] = []

    async def create(self, request: web.Request) -> web.Response:
        self.sent.append(dict(await request.post()))
        return web.json_response({"sid": f"SM{len(self.sent):032d}"}, status=201)

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/2010-04-01/Accounts/{sid}/Messages.json", self.create)
        return app


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch):
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    monkeypatch.setattr(accounts, "_DUMMY_HASH", None)


@pytest.fixture
async def fake_rasa(aiohttp_server) -> FakeRasa:
    fake = FakeRasa()
    fake.server = await aiohttp_server(fake.app())
    return fake


@pytest.fixture
async def fake_twilio(aiohttp_server) -> FakeTwilio:
    fake = FakeTwilio()
    fake.server = await aiohttp_server(fake.app())
    return fake


@pytest.fixture
def settings(tmp_path, fake_rasa, fake_twilio) -> Settings:
    from bot.db import make_engine

    tracker_url = f"sqlite:///{tmp_path / 'rasa_tracker.db'}"
    engine = make_engine(tracker_url)
    rasa_metadata.create_all(engine)
    engine.dispose()
    return Settings.from_env({
        "WAYMARK_VAR_DIR": str(tmp_path / "var"),
        "WAYMARK_DATABASE_URL": f"sqlite:///{tmp_path / 'waymark.db'}",
        "WAYMARK_TRACKER_STORE_URL": tracker_url,
        "WAYMARK_RASA_URL": str(fake_rasa.server.make_url("")).rstrip("/"),
        "RASA_TOKEN": "rasa-token",
        "WAYMARK_PSEUDONYM_KEY": KEY,
        "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_FROM_SMS": FROM_SMS,
        "TWILIO_FROM_WHATSAPP": "+447700900001",
        "TWILIO_API_BASE": str(fake_twilio.server.make_url("")).rstrip("/"),
        "TWILIO_WHATSAPP_TEMPLATES": "default=HX" + "a" * 32,
        "WAYMARK_OFFICE_HOURS": "Mon-Sun 00:00-24:00",
        "WAYMARK_RASA_TIMEOUT": "5",
    }, root=ROOT)


@pytest.fixture
def make_client(aiohttp_client, settings):
    async def make(**overrides):
        clock = overrides.pop("clock", None)
        kwargs = dict(rasa_backoff=(0.01,), web_backoff=(0.01,), twilio_backoff=(0.01,))
        if clock is not None:
            kwargs["clock"] = clock
        return await serve_app(aiohttp_client, create_app(dataclasses.replace(settings, **overrides), **kwargs))

    return make


@pytest.fixture
async def client(make_client):
    return await make_client()


def factory_of(client):
    return session_factory(client.app[GATEWAY].store.engine)


def add_user(client, email: str, role: str = "worker", password: str = PASSWORD) -> int:
    with factory_of(client)() as s, s.begin():
        return accounts.create_user(s, email, role, password).id


def load_catalogue_into(client, path=ROOT / "pathways.yml") -> None:
    """Make `path` (the shipped catalogue unless told) the gateway's live catalogue."""
    engine = client.app[GATEWAY].store.engine
    create_catalogue_schema(engine)
    with factory_of(client)() as s, s.begin():
        load(s, load_catalogue(path), path.name)


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "no CSRF token on the page"
    return found.group(1)


async def login(client, email: str, password: str = PASSWORD, *, expect: int = 200):
    page = await client.get("/console/login")
    token = csrf_of(await page.text())
    response = await client.post("/console/login", data={"email": email, "password": password,
                                                           "csrf_token": token, "next": ""})
    assert response.status == expect, await response.text()
    return response


async def form_token(client, path: str) -> str:
    page = await client.get(path)
    assert page.status == 200, (path, page.status)
    return csrf_of(await page.text())


async def post_form(client, path: str, data: Optional[Dict[str, Any]] = None, *, token_from: str = "/console/",
                    **kwargs):
    token = await form_token(client, token_from)
    return await client.post(path, data={**(data or {}), "csrf_token": token}, **kwargs)


def sign(url: str, params: Dict[str, str]) -> str:
    return RequestValidator(AUTH_TOKEN).compute_signature(url, params)


_sids = iter(range(1, 10_000_000))


async def send_sms(client, number: str, body: str) -> None:
    params = {"MessageSid": f"SM{next(_sids):032x}", "AccountSid": "AC" + "0" * 32, "From": number,
              "To": FROM_SMS, "Body": body, "NumMedia": "0"}
    url = str(client.make_url("/webhooks/twilio"))
    response = await client.post("/webhooks/twilio", data=params, headers={"X-Twilio-Signature": sign(url, params)})
    assert response.status == 200
    await client.app[GATEWAY].twilio.idle()
