"""Several gateways, one set of limits and one answer per message, and Redis going away."""

import asyncio

import pytest

from bot.gateway.coordination import LocalState, RedisState
from bot.gateway.state import GATEWAY
from tests.gateway.conftest import inbound_params, settle, sign, web_message
from tests.redis_process import RedisProcess, free_port, require_redis_server

SMS = "+447700900123"


@pytest.fixture
def redis_server(tmp_path):
    require_redis_server()
    server = RedisProcess(tmp_path / "redis").start()
    yield server
    server.stop()


async def test_a_limit_holds_across_gateways(redis_server):
    a, b = (RedisState(redis_server.url, name) for name in ("gateway-1", "gateway-2"))
    decisions = [await (a if i % 2 else b).hit("web", "web-x", 3, 60.0) for i in range(5)]
    assert [d.allowed for d in decisions] == [True, True, True, False, False]
    assert [d.first_refusal for d in decisions[3:]] == [True, False]  # the resident is told once
    assert 1 <= decisions[3].retry_after <= 60
    assert (await a.hit("web", "web-y", 3, 60.0)).allowed  # another resident is unaffected
    await a.close()
    await b.close()


async def test_one_gateway_answers_a_message_and_a_restarted_one_takes_back_its_own(redis_server):
    a, b = RedisState(redis_server.url, "gateway-1"), RedisState(redis_server.url, "gateway-2")
    assert await a.claim("SM1")
    assert not await b.claim("SM1")
    assert await RedisState(redis_server.url, "gateway-1").claim("SM1")  # gateway-1 after a restart
    await a.release("SM1")
    assert await b.claim("SM1")
    for state in (a, b):
        await state.close()


async def test_without_redis_limits_are_per_process_and_come_back_shared(tmp_path):
    require_redis_server()
    port = free_port()
    a = RedisState(f"redis://127.0.0.1:{port}/0", "gateway-1", retry_interval=0.1)
    b = RedisState(f"redis://127.0.0.1:{port}/0", "gateway-2", retry_interval=0.1)
    # Redis down: requests are still answered, each gateway counting on its own.
    assert [(await a.hit("web", "k", 2, 60.0)).allowed for _ in range(3)] == [True, True, False]
    assert (await b.hit("web", "k", 2, 60.0)).allowed
    assert a.degraded and b.degraded
    assert await a.claim("SM9") and await b.claim("SM9")  # leases granted locally (documented)

    server = RedisProcess(tmp_path / "redis", port=port).start()
    try:
        await asyncio.sleep(0.15)
        assert (await a.hit("web", "k2", 1, 60.0)).allowed
        assert not a.degraded
        await asyncio.sleep(0.15)
        assert not (await b.hit("web", "k2", 1, 60.0)).allowed  # shared again
        assert not b.degraded
    finally:
        await a.close()
        await b.close()
        server.stop()


async def test_the_embedded_default_needs_no_redis(make_client):
    client = await make_client()
    assert isinstance(client.app[GATEWAY].shared, LocalState)


# --- two real gateway apps over one database and one Redis ----------------------------------------

@pytest.fixture
def two_gateways(make_client, redis_server, settings):
    async def make(**overrides):
        common = dict(redis_url=redis_server.url, **overrides)
        first = await make_client(gateway_instance="gateway-1", **common)
        second = await make_client(gateway_instance="gateway-2", **common)
        return first, second

    return make


async def test_web_rate_limit_is_shared_by_two_gateways(two_gateways, fake_rasa):
    first, second = await two_gateways(rate_limit_per_minute=2)
    statuses = []
    for i, client in enumerate((first, second, first, second)):
        response = await client.post("/api/web/messages", data=web_message("s" * 20, f"hello {i}"))
        statuses.append(response.status)
    assert statuses == [200, 200, 429, 429]
    assert len(fake_rasa.received) == 2


async def test_a_twilio_retry_to_another_gateway_is_not_answered_twice(two_gateways, fake_rasa, fake_twilio):
    first, second = await two_gateways()
    params = inbound_params(SMS, "hello")
    for client in (first, second):
        response = await client.post("/webhooks/twilio", data=params,
                                      headers={"X-Twilio-Signature": sign(params)})
        assert response.status == 200
    await settle(first)
    await settle(second)
    assert fake_rasa.messages() == ["hello"]
    assert len(fake_twilio.bodies(SMS)) == 1


async def test_a_gateway_starting_up_leaves_a_message_another_is_answering(
        make_client, redis_server, fake_rasa, fake_twilio):
    fake_rasa.delay = 0.5
    first = await make_client(gateway_instance="gateway-1", redis_url=redis_server.url)
    params = inbound_params(SMS, "slow one")
    await first.post("/webhooks/twilio", data=params, headers={"X-Twilio-Signature": sign(params)})
    await asyncio.sleep(0.1)  # gateway-1 is mid-turn; the message is still pending in the table
    second = await make_client(gateway_instance="gateway-2", redis_url=redis_server.url)
    await settle(second)
    await settle(first)
    assert fake_rasa.messages() == ["slow one"]
    assert len(fake_twilio.bodies(SMS)) == 1


async def test_redis_down_the_gateway_still_answers(make_client, fake_rasa):
    client = await make_client(redis_url=f"redis://127.0.0.1:{free_port()}/0")
    response = await client.post("/api/web/messages", data=web_message("d" * 20, "hello"))
    assert response.status == 200
    assert client.app[GATEWAY].shared.degraded


# --- the held lookup, skipped while no worker holds any conversation --------------------------------

def _statements(engine):
    """The SQL each message runs on this gateway's database, recorded as it is sent."""
    from sqlalchemy import event

    seen = []
    event.listen(engine, "before_cursor_execute", lambda conn, cursor, statement, *rest: seen.append(statement))
    return seen


def _hold(engine, sender):
    """A worker takes this resident's conversation (the console's database part)."""
    from bot.db import session_factory
    from bot.residents import handoff
    from tests.bot.records_fixtures import make_worker

    with session_factory(engine)() as session, session.begin():
        hours = handoff.OfficeHours.parse("Mon-Sun 00:00-23:59", "Europe/London")
        item = handoff.request_handoff(session, sender_id=sender, channel="web", profile={}, hours=hours)
        assert handoff.take(session, item.id, make_worker(session))


async def test_no_held_lookup_is_made_while_no_worker_holds_a_conversation(two_gateways, fake_rasa):
    first, _ = await two_gateways()
    await first.post("/api/web/messages", data=web_message("n" * 20, "hello"))
    seen = _statements(first.app[GATEWAY].store.engine)
    response = await first.post("/api/web/messages", data=web_message("n" * 20, "and again"))
    assert response.status == 200 and fake_rasa.messages()[-1] == "and again"
    assert seen and not [s for s in seen if "console_handoffs" in s]


async def test_a_conversation_taken_through_another_gateway_is_held_on_this_one(two_gateways, fake_rasa):
    from bot.residents.pseudonyms import pseudonym

    first, second = await two_gateways()
    session_id = "h" * 20
    await first.post("/api/web/messages", data=web_message(session_id, "hello"))  # first: none held
    gw1, gw2 = first.app[GATEWAY], second.app[GATEWAY]
    sender = pseudonym(gw1.settings.pseudonym_key, "web", session_id)
    # The console on the second gateway takes the conversation, telling the others before and after.
    await gw2.held.changed()
    _hold(gw2.store.engine, sender)
    await gw2.held.changed()
    response = await first.post("/api/web/messages", data=web_message(session_id, "are you there?"))
    assert response.status == 200
    assert "are you there?" not in fake_rasa.messages()  # the worker has it, not the bot


async def test_an_answer_read_while_a_take_was_in_flight_is_asked_again(redis_server):
    from bot.gateway.coordination import HeldConversations

    state, console = RedisState(redis_server.url, "gateway-1"), RedisState(redis_server.url, "gateway-2")
    held_in_db, asked, now = [False], [], [0.0]

    async def any_held():
        asked.append(1)
        return held_in_db[0]

    gateway = HeldConversations(state, any_held, max_age=5.0, clock=lambda: now[0])
    assert not await gateway.may_be_held() and not await gateway.may_be_held()
    assert len(asked) == 1  # the second message asked nothing
    await HeldConversations(console, any_held).changed()  # the take starts...
    assert not await gateway.may_be_held()  # ...read before its commit
    held_in_db[0] = True  # committed
    await HeldConversations(console, any_held).changed()
    assert await gateway.may_be_held()
    held_in_db[0] = False  # handed back, its bump lost: the answer is asked again after max_age
    now[0] = 5.1
    assert not await gateway.may_be_held()
    await state.close()
    await console.close()


async def test_without_redis_every_message_is_looked_up():
    from bot.gateway.coordination import HeldConversations

    async def any_held():
        raise AssertionError("not asked: without a shared version the answer is always maybe")

    assert await HeldConversations(LocalState(), any_held).may_be_held()
