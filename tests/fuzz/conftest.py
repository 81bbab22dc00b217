"""Fixtures for the hostile-input fuzz suite: the real gateway (console mounted) in front of the gateway
tests' fake Rasa and fake Twilio, with rate limits off so every example reaches the handlers, a
Rasa-shaped tracker database for the console, and a signed-in coordinator with data to point at.

The fakes are the ones in tests/gateway/conftest.py (imported, not copied); only the settings differ:
a tracker store, a Rasa token to look for in responses, and no rate limits.
"""

from __future__ import annotations

import dataclasses
import os
import re
import uuid
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, Iterator, List

import pytest
from argon2 import PasswordHasher

from bot.residents import accounts, handoff, referrals
from bot.console import assisted_db
from bot.pathways.catalogue import load_catalogue
from bot.console.state import CONSOLE, CONSOLE_APP, make_env
from bot.db import make_engine, session_factory
from bot.gateway.app import create_app
from bot.residents.pseudonyms import pseudonym
from bot.gateway.state import GATEWAY
from bot.settings import ROOT, Settings
from bot.pathways.catalogue_store import load
from tests.bot.records_fixtures import rasa_metadata
from tests.gateway.conftest import (  # noqa: F401 - pytest fixtures, used by name
    ACCOUNT_SID, AUTH_TOKEN, FROM_SMS, FROM_WA, PSEUDONYM_KEY, PUBLIC_BASE_URL, TEMPLATE_SID, FakeRasa,
    FakeTwilio, fake_rasa, fake_twilio)

RASA_TOKEN = "rasa-secret-token-7f3a9c"  # must never show up in a response
PASSWORD = "correct horse battery staple"
COORDINATOR = "coordinator@example.org"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
PATHWAY_ID = re.compile(r'name="pathway_id" value="([^"]+)"')


@lru_cache(maxsize=None)
def _templates():
    return make_env()


@lru_cache(maxsize=None)
def _catalogue():
    return load_catalogue(ROOT / "pathways.yml")


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch):
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    monkeypatch.setattr(accounts, "_DUMMY_HASH", None)


# The production profile keeps our tables in PostgreSQL: WAYMARK_FUZZ_POSTGRES_URL (a server you may
# create databases on) runs the suite there instead, one fresh database per test.
POSTGRES_URL = os.environ.get("WAYMARK_FUZZ_POSTGRES_URL")


@pytest.fixture
def gateway_database_url(tmp_path) -> Iterator[str]:
    if not POSTGRES_URL:
        yield f"sqlite:///{tmp_path / 'waymark.db'}"
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT", future=True)
    name = f"waymark_fuzz_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def settings(tmp_path, fake_rasa, fake_twilio, gateway_database_url) -> Settings:
    tracker_url = f"sqlite:///{tmp_path / 'rasa_tracker.db'}"
    engine = make_engine(tracker_url)
    rasa_metadata.create_all(engine)
    engine.dispose()
    return Settings.from_env({
        "WAYMARK_VAR_DIR": str(tmp_path / "var"),
        "WAYMARK_DATABASE_URL": gateway_database_url,
        "WAYMARK_TRACKER_STORE_URL": tracker_url,
        "WAYMARK_RASA_URL": fake_rasa.url,
        "RASA_TOKEN": RASA_TOKEN,
        "WAYMARK_PSEUDONYM_KEY": PSEUDONYM_KEY,
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_FROM_SMS": FROM_SMS,
        "TWILIO_FROM_WHATSAPP": FROM_WA,
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
        "TWILIO_API_BASE": fake_twilio.url,
        "TWILIO_WHATSAPP_TEMPLATES": f"default={TEMPLATE_SID}",
        "WAYMARK_OFFICE_HOURS": "Mon-Sun 00:00-24:00",
        "WAYMARK_RASA_TIMEOUT": "5",
        # Off, so each example reaches the handler instead of a 429 (the limiter is not under test).
        "WAYMARK_RATE_LIMIT_PER_MINUTE": "0",
        "WAYMARK_IP_RATE_LIMIT_PER_MINUTE": "0",
    }, root=ROOT)


@pytest.fixture
def make_client(aiohttp_client, settings):
    async def make(**overrides):
        app = create_app(dataclasses.replace(settings, **overrides), rasa_backoff=(0.01,),
                         web_backoff=(0.01,), twilio_backoff=(0.01,))
        client = await aiohttp_client(app)
        client.app[CONSOLE_APP][CONSOLE].login_limiter.limit = 0  # fuzzing the login form, not its limiter
        client.app[CONSOLE_APP][CONSOLE].env = _templates()  # compiled once for the whole run, not once per app
        return client

    return make


@pytest.fixture
async def client(make_client):
    return await make_client()


@dataclass
class SignedIn:
    cookie: str
    csrf: str
    ids: Dict[str, int]  # existing rows to aim the {id} routes at: assisted, handoff, referral, user
    # Form values that lead somewhere (e.g. the pathway_ids the summary offers to refer to).
    known: Dict[str, List[str]] = dataclasses.field(default_factory=dict)


async def sign_in(client, email: str = COORDINATOR, password: str = PASSWORD) -> SignedIn:
    # PUBLIC_BASE_URL is https, so the cookie is Secure and the client's jar (plain http) never sends
    # it: every console request here passes its cookie explicitly, which keeps examples independent.
    page = await client.get("/console/login")
    form_cookie = page.cookies["waymark_console_login"].value  # the login form's CSRF cookie
    token = CSRF.search(await page.text()).group(1)
    response = await client.post("/console/login", allow_redirects=False,
                                 cookies={"waymark_console_login": form_cookie},
                                 data={"email": email, "password": password, "csrf_token": token})
    assert response.status == 303, await response.text()
    cookie = response.cookies["waymark_console"].value
    home = await client.get("/console/", cookies={"waymark_console": cookie})
    assert home.status == 200
    return SignedIn(cookie, CSRF.search(await home.text()).group(1), {})


HELD_SESSION = "held-session-0123456789"  # a web resident whose chat a worker holds
PATHWAY = {"id": "wm-web-bootcamp", "title": "Web Development Bootcamp", "provider": "Code Midlands",
           "kind": "bootcamp"}


@pytest.fixture
async def console(client) -> SignedIn:
    """A signed-in coordinator and a row of each kind the {id} routes load (assisted session, handoff,
    referral, another user); the web resident HELD_SESSION is held by a worker, so the widget's messages
    from that session take the handoff path."""
    gw, hours = client.app[GATEWAY], client.app[CONSOLE_APP][CONSOLE].hours
    factory = session_factory(gw.store.engine)
    now = gw.store.clock()
    with factory() as s, s.begin():
        user_id = accounts.create_user(s, COORDINATOR, "coordinator", PASSWORD).id
        other_id = accounts.create_user(s, "worker@example.org", "worker", PASSWORD).id
    signed = await sign_in(client)
    held_sender = pseudonym(PSEUDONYM_KEY, "web", HELD_SESSION)
    with factory() as s, s.begin():
        item = assisted_db.start(s, key=PSEUDONYM_KEY, worker_id=user_id, event_name="Library drop-in",
                                 consent={"keep_conversation": True, "share_with_provider": True,
                                          "follow_ups": True}, now=now)
        waiting = handoff.request_handoff(s, sender_id=item.journey_id, channel="web", profile={"age": 30},
                                          hours=hours, now=now)
        held = handoff.request_handoff(s, sender_id=held_sender, channel="web", profile={}, hours=hours,
                                       now=now)
        handoff.take(s, held.id, user_id, now=now)
        referral = referrals.create(s, sender_id=item.journey_id, pathway=PATHWAY, consented=True,
                                    follow_up=True, now=now)
    signed.ids = {"assisted": item.id, "handoff": waiting.id, "held": held.id, "referral": referral.id,
                  "user": other_id, "self": user_id}
    # The catalogue, so the summary suggests pathways and refer/notify get past "choose one of them".
    with factory() as s, s.begin():
        load(s, _catalogue(), "pathways.yml")
    page = await client.get(f"/console/assisted/{item.id}/summary", cookies={"waymark_console": signed.cookie})
    signed.known = {"pathway_id": sorted(set(PATHWAY_ID.findall(await page.text())))}
    return signed
