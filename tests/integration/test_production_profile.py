"""The production profile against real PostgreSQL and Redis (docs/deploying.md).

Runs when WAYMARK_TEST_POSTGRES_URL (a role that may CREATE DATABASE; each run makes and drops its
own databases) and WAYMARK_TEST_REDIS_URL are set; `scripts/prod-services start` and
`eval "$(scripts/prod-services env --test)"` provide both on this machine, and .ci/run does that.
Skipped with a plain message otherwise, unless WAYMARK_REQUIRE_PRODUCTION_TESTS=1 (CI), which fails.

The full-stack tests start the production topology (nginx, two Rasa replicas, two action servers, a
gateway) with its own redis-server child, so Redis can be stopped and started without touching the
shared one.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import List, Optional, Tuple

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from bot.ops.backoffice import rasa_auth_headers
from bot.settings import ROOT
from tests.redis_process import REDIS_SERVER, free_port

pytestmark = pytest.mark.integration

PG_URL = os.environ.get("WAYMARK_TEST_POSTGRES_URL")
REDIS_URL = os.environ.get("WAYMARK_TEST_REDIS_URL")
MODEL = ROOT / "models" / "waymark.tar.gz"
SPACY = ROOT / "var" / "spacy" / "waymark_en"
HOW = ('set WAYMARK_TEST_POSTGRES_URL and WAYMARK_TEST_REDIS_URL (on this machine: '
       'scripts/prod-services start && eval "$(scripts/prod-services env --test)")')

if not (PG_URL and REDIS_URL):
    if os.environ.get("WAYMARK_REQUIRE_PRODUCTION_TESTS") == "1":
        pytest.fail(f"production profile tests required but not configured: {HOW}", pytrace=False)
    pytest.skip(f"production profile tests skipped: no PostgreSQL/Redis given; {HOW}",
                allow_module_level=True)


# --- databases -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def make_database():
    """Fresh PostgreSQL databases for this module, dropped at the end."""
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT", future=True)
    made: List[str] = []

    def make() -> str:
        name = f"waymark_test_{uuid.uuid4().hex[:10]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        made.append(name)
        return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)

    yield make
    with admin.connect() as conn:
        for name in made:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _bot(*args: str, url: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "WAYMARK_DATABASE_URL": url}
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def app_database(make_database) -> str:
    """Migrated, with the catalogue loaded: what `make run-prod` prepares."""
    url = make_database()
    for args in (("db", "upgrade"), ("pathways", "load", str(ROOT / "pathways.yml"))):
        result = _bot(*args, url=url)
        assert result.returncode == 0, result.stderr
    return url


def _rasa_events_table(url: str) -> None:
    """Rasa's own `events` table, with a resident's event in it, made by Rasa's tracker store."""
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from components.tracker_store import ErasingSQLTrackerStore

    parsed = make_url(url)
    store = ErasingSQLTrackerStore(domain=Domain.empty(), dialect="postgresql", host=parsed.host,
                                   port=parsed.port, db=parsed.database, username=parsed.username,
                                   password=parsed.password)
    asyncio.run(store.save(DialogueStateTracker.from_events("web-resident", [UserUttered("hi")])))
    store.engine.dispose()


def _events_snapshot(url: str) -> Tuple[list, list]:
    engine = create_engine(url, future=True)
    try:
        columns = sorted((c["name"], str(c["type"])) for c in inspect(engine).get_columns("events"))
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT id, sender_id, type_name, data FROM events ORDER BY id")).all()
        return columns, [tuple(r) for r in rows]
    finally:
        engine.dispose()


# --- migrations, catalogue, tracker store --------------------------------------------------------

def test_migrations_create_our_tables_on_an_empty_database_and_leave_events_alone(make_database):
    from bot import migrate

    url = make_database()
    _rasa_events_table(url)
    before = _events_snapshot(url)

    up = _bot("db", "upgrade", url=url)
    assert up.returncode == 0, up.stderr
    assert f"at revision {migrate.head_revision()}" in up.stdout
    assert "***" in up.stdout and make_url(url).password not in up.stdout  # no password printed
    tables = set(inspect(create_engine(url)).get_table_names())
    assert migrate.our_tables() | {"events", migrate.VERSION_TABLE} == tables
    assert _bot("db", "check", url=url).returncode == 0
    assert _events_snapshot(url) == before

    assert _bot("db", "downgrade", "base", url=url).returncode == 0
    assert set(inspect(create_engine(url)).get_table_names()) == {"events", migrate.VERSION_TABLE}
    assert _events_snapshot(url) == before
    assert _bot("db", "upgrade", url=url).returncode == 0


def test_the_catalogue_loads_and_matches_on_postgresql(app_database):
    from bot.db import make_engine, session_factory
    from bot.pathways.matching import match
    from bot.dialogue.profile import Profile

    engine = make_engine(app_database)
    try:
        with session_factory(engine)() as session:
            result = match(session, Profile.from_mapping(
                {"age": 45, "local_authority": "Walsall", "interest": "data"}))
    finally:
        engine.dispose()
    assert result.scope == "wmca"
    assert result.recommendations, "no pathway recommended on PostgreSQL"
    cli = _bot("pathways", "match", "--age", "45", "--local-authority", "Walsall", "--interest", "data",
               url=app_database)
    assert cli.returncode == 0 and result.recommendations[0].pathway.title in cli.stdout


async def test_rasas_tracker_store_on_postgresql_saves_retrieves_and_erases(app_database):
    from rasa.core.agent import Agent
    from rasa.core.tracker_store import TrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, BotUttered, Restarted, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker
    from rasa.utils.endpoints import EndpointConfig

    from bot.ops.processes import tracker_store_config
    from components.tracker_store import ErasingSQLTrackerStore, FailLoudTrackerStore

    config = tracker_store_config(app_database, {"pool_size": 2, "max_overflow": 3})
    store = TrackerStore.create(EndpointConfig.from_dict(config), domain=Domain.empty())
    assert isinstance(store, ErasingSQLTrackerStore)  # not Rasa's in-memory fall-back
    assert (store.engine.pool.size(), store.engine.pool._max_overflow) == (2, 3)
    wrapped = Agent._create_tracker_store(store, Domain.empty())
    assert isinstance(wrapped, FailLoudTrackerStore)

    chat = [UserUttered("I'm 45 in Walsall"), SlotSet("age", 45), BotUttered("Thanks")]
    await wrapped.save(DialogueStateTracker.from_events("web-a", chat))
    await wrapped.save(DialogueStateTracker.from_events("web-b", chat))
    tracker = await wrapped.retrieve("web-a")
    assert tracker is not None and len(tracker.events) == 3
    assert SlotSet("age", 45) in list(tracker.events)

    forget = chat + [UserUttered("forget me"), ActionExecuted("action_forget_me"), Restarted()]
    await wrapped.save(DialogueStateTracker.from_events("web-a", forget))
    assert await wrapped.retrieve("web-a") is None
    assert await store.erase("web-b") == 3
    store.engine.dispose()


# --- two gateways sharing Redis and PostgreSQL -----------------------------------------------------

async def test_two_gateways_share_rate_limits_and_answer_a_twilio_message_once(
        app_database, aiohttp_server, aiohttp_client, tmp_path):
    import dataclasses

    from bot.gateway.app import create_app
    from bot.gateway.state import GATEWAY
    from bot.settings import Settings
    from tests.gateway.conftest import (ACCOUNT_SID, AUTH_TOKEN, FROM_SMS, PUBLIC_BASE_URL, FakeRasa,
                                        FakeTwilio, inbound_params, settle, sign, web_message)

    rasa, twilio = FakeRasa(), FakeTwilio()
    rasa.url = str((await aiohttp_server(rasa.app())).make_url("")).rstrip("/")
    twilio.url = str((await aiohttp_server(twilio.app())).make_url("")).rstrip("/")
    settings = Settings.from_env({
        "WAYMARK_VAR_DIR": str(tmp_path), "WAYMARK_DATABASE_URL": app_database,
        "WAYMARK_TRACKER_STORE_URL": app_database, "WAYMARK_REDIS_URL": REDIS_URL,
        "WAYMARK_RASA_URL": rasa.url, "WAYMARK_PSEUDONYM_KEY": "production-test-key",
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "TWILIO_FROM_SMS": FROM_SMS,
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL, "TWILIO_API_BASE": twilio.url,
        "WAYMARK_RATE_LIMIT_PER_MINUTE": "3"}, root=ROOT)
    clients = [await aiohttp_client(create_app(dataclasses.replace(settings, gateway_instance=name),
                                               rasa_backoff=(0.01,), web_backoff=(0.01,),
                                               twilio_backoff=(0.01,)))
               for name in ("gateway-1", "gateway-2")]
    assert all(c.app[GATEWAY].shared.backend == "redis" for c in clients)

    session = "prod" + uuid.uuid4().hex  # a fresh resident: windows in Redis are keyed by pseudonym
    statuses = []
    for i in range(5):
        response = await clients[i % 2].post("/api/web/messages", data=web_message(session, f"hi {i}"))
        statuses.append(response.status)
    assert statuses == [200, 200, 200, 429, 429]

    number = "+4477009" + str(uuid.uuid4().int)[:5]
    params = inbound_params(number, "hello", sid="SM" + uuid.uuid4().hex)
    for client in clients:  # Twilio retried the webhook and the retry reached the other gateway
        response = await client.post("/webhooks/twilio", data=params,
                                     headers={"X-Twilio-Signature": sign(params)})
        assert response.status == 200
    for client in clients:
        await settle(client)
    assert rasa.messages().count("hello") == 1
    assert len(twilio.bodies(number)) == 1


# --- the whole topology ----------------------------------------------------------------------------

def _post(url: str, body: dict, timeout: float = 60.0, token: Optional[str] = None) -> Tuple[int, dict, object]:
    """`token`: Rasa's, for its channels (the gateway's public API takes none)."""
    request = urllib.request.Request(url, data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json", **rasa_auth_headers(token)})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.status, dict(response.headers), json.loads(response.read() or b"null")


@pytest.fixture(scope="module")
def stack(app_database, tmp_path_factory):
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: run `make train`", pytrace=False)
    from bot.ops.production import ProductionConfig, ProductionStack

    own_redis = REDIS_SERVER is not None
    config = ProductionConfig(
        root=ROOT, python=Path(sys.executable), model_path=MODEL,
        var_dir=tmp_path_factory.mktemp("prod-var"), rasa_token="production-test-token",
        database_url=app_database, tracker_store_url=app_database,
        redis_url=None if own_redis else REDIS_URL, own_redis_port=free_port() if own_redis else None,
        redis_server=REDIS_SERVER or "redis-server",
        replicas=2, action_servers=2, gateways=1,
        rasa_balancer_port=free_port(), actions_balancer_port=free_port(), public_port=free_port(),
        public_host="127.0.0.1", rasa_ports=(free_port(), free_port()),
        action_ports=(free_port(), free_port()), gateway_ports=(free_port(),),
        env=(("WAYMARK_SPACY_MODEL", str(SPACY)), ("WAYMARK_PSEUDONYM_KEY", "production-test-key")))
    production = ProductionStack(config)
    started = time.monotonic()
    production.start(timeout=420)
    production.started_in = time.monotonic() - started  # type: ignore[attr-defined]
    try:
        yield production
    finally:
        production.stop()


def _conversation(stack, sender: str) -> List[Tuple[str, str]]:
    """(type, name or text) of a conversation's events, oldest first, from PostgreSQL."""
    engine = create_engine(stack.production.tracker_store_url, future=True)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT type_name, action_name, data FROM events "
                                     "WHERE sender_id = :s ORDER BY id"), {"s": sender}).all()
    finally:
        engine.dispose()
    out = []
    for type_name, action, data in rows:
        if type_name == "user":
            out.append(("user", json.loads(data).get("text")))
        elif type_name == "action":
            out.append(("action", action))
    return out


def _turns_in_order(events: List[Tuple[str, str]]) -> List[str]:
    """The user messages, asserting no turn started before the previous one had finished."""
    said, in_turn = [], False
    for kind, value in events:
        if kind == "user":
            assert not in_turn, f"two turns of one conversation overlapped: {events}"
            said.append(value)
            in_turn = True
        elif kind == "action" and value == "action_listen":
            in_turn = False
    return said


def _concurrent_turns(stack, sender: str, count: int) -> List[str]:
    """`count` messages for one conversation sent at once, alternately straight to each replica."""
    ports = stack.production.rasa_ports
    messages = [f"message {i}" for i in range(count)]

    def send(i: int):
        url = f"http://127.0.0.1:{ports[i % len(ports)]}/webhooks/rest/webhook"
        return _post(url, {"sender": sender, "message": messages[i]}, token=stack.production.rasa_token)[0]

    with ThreadPoolExecutor(count) as pool:
        assert list(pool.map(send, range(count))) == [200] * count
    return messages


def test_the_stack_starts_with_every_process_named(stack):
    names = [s.name for s in stack.services]
    assert {"nginx", "rasa-1", "rasa-2", "actions-1", "actions-2", "gateway-1"} <= set(names)
    print(f"\nproduction stack started in {stack.started_in:.0f}s")  # noqa: T201 - CI time report


def test_one_conversation_through_the_gateway_is_served_by_both_replicas(stack):
    config = stack.production
    session = "prodstack" + uuid.uuid4().hex[:16]
    public = config.web_api_url
    replies = [_post(public, {"session": session, "text": message})[2]["messages"][-1]["text"]
               for message in ("hi", "I'm 45 and I live in Walsall")]
    # The first gate question: where they live or how old they are (the matcher orders them).
    assert any(word in replies[0].lower() for word in ("town", "where", "how old")), replies
    assert replies[1] != replies[0]

    sender, upstreams = "rest-" + uuid.uuid4().hex, set()
    for message in ("hi", "I'm 22 and live in Sandwell", "web design", "evenings"):
        status, headers, body = _post(f"{config.rasa_url}/webhooks/rest/webhook",
                                      {"sender": sender, "message": message}, token=config.rasa_token)
        assert status == 200 and body, body
        upstreams.add(headers.get("X-Waymark-Upstream"))
    assert len(upstreams) == 2, f"nginx sent every turn to one replica: {upstreams}"
    assert _turns_in_order(_conversation(stack, sender)) == [
        "hi", "I'm 22 and live in Sandwell", "web design", "evenings"]


def test_simultaneous_messages_to_both_replicas_are_handled_one_at_a_time(stack):
    sender = "rest-" + uuid.uuid4().hex
    sent = _concurrent_turns(stack, sender, 6)
    said = _turns_in_order(_conversation(stack, sender))
    assert sorted(said) == sorted(sent), "a message was lost or stored twice"


def test_redis_down_is_degraded_not_an_outage_and_it_recovers(stack):
    if stack.production.own_redis_port is None:
        pytest.skip("redis-server is not installed here, so the test cannot stop and start its own Redis")
    config = stack.production
    public = config.web_api_url
    logs = config.state_dir / "log"

    stack.service("redis").stop()
    session = "redisdown" + uuid.uuid4().hex[:16]
    for message in ("hi", "I'm 30 and live in Coventry"):
        status, _, body = _post(public, {"session": session, "text": message})
        assert status == 200
        assert "went wrong" not in body["messages"][0]["text"].lower(), body
    sender = "rest-" + uuid.uuid4().hex
    for message in ("hi", "data"):
        status, _, body = _post(f"{config.rasa_url}/webhooks/rest/webhook", {"sender": sender, "message": message},
                                token=config.rasa_token)
        assert status == 200 and body
    assert "DEGRADED" in (logs / "rasa-1.log").read_text() + (logs / "rasa-2.log").read_text()
    assert "DEGRADED" in (logs / "gateway-1.log").read_text()

    stack.service("redis").start(config.root)
    deadline = time.monotonic() + 20
    while not stack.service("redis").is_ready():
        assert time.monotonic() < deadline, "redis did not come back"
        time.sleep(0.2)
    time.sleep(6)  # past the 5 s probe interval
    recovered = _concurrent_turns(stack, "rest-" + uuid.uuid4().hex, 4)
    status, _, _ = _post(public, {"session": session, "text": "data"})
    assert status == 200
    rasa_logs = (logs / "rasa-1.log").read_text() + (logs / "rasa-2.log").read_text()
    assert rasa_logs.count("is back") >= 2, "a replica did not go back to Redis"
    assert "is back" in (logs / "gateway-1.log").read_text()
    assert len(recovered) == 4


def test_a_replica_restarted_by_name_rejoins(stack):
    stack.restart("rasa-2")  # also proves again that it writes to PostgreSQL
    sender = "rest-" + uuid.uuid4().hex
    status, _, body = _post(f"http://127.0.0.1:{stack.production.rasa_ports[1]}/webhooks/rest/webhook",
                            {"sender": sender, "message": "hi"}, token=stack.production.rasa_token)
    assert status == 200 and body
