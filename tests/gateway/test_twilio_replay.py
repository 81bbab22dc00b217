"""Replayed Twilio requests: a captured signed request is acted on once, however late it comes back,
even after the resident's rows were purged or erased (tombstones in bot.residents.contacts)."""

from tests.erasure import erase_contact
from bot.residents.records import create_schema
from bot.residents.pseudonyms import pseudonym
from bot.gateway.state import GATEWAY

from .conftest import PSEUDONYM_KEY, inbound_params, settle, sign

PHONE = "+447700900123"
SMS_ID = pseudonym(PSEUDONYM_KEY, "sms", PHONE)


async def test_a_captured_request_replayed_after_a_week_is_ignored(make_client, fake_rasa, fake_twilio):
    now = [1_800_000_000.0]
    client = await make_client(clock=lambda: now[0])
    params = inbound_params(PHONE, "hello")
    headers = {"X-Twilio-Signature": sign(params)}
    assert (await client.post("/webhooks/twilio", data=params, headers=headers)).status == 200
    await settle(client)
    now[0] += 30 * 86_400  # the message's own row is purged after a week (at start-up and by retention)
    await client.close()
    client = await make_client(clock=lambda: now[0])
    replay = await client.post("/webhooks/twilio", data=params, headers=headers)
    await settle(client)
    assert replay.status == 200  # Twilio-shaped answer; nothing is done with it
    assert fake_rasa.messages() == ["hello"] and len(fake_twilio.sent) == 1


async def test_a_replay_after_erasure_does_not_bring_the_number_back(client, fake_rasa, fake_twilio):
    params = inbound_params(PHONE, "hello")
    headers = {"X-Twilio-Signature": sign(params)}
    await client.post("/webhooks/twilio", data=params, headers=headers)
    await settle(client)
    store = client.app[GATEWAY].store
    assert erase_contact(store.engine, SMS_ID) == 1
    await client.post("/webhooks/twilio", data=params, headers=headers)
    await settle(client)
    assert store.get_contact(SMS_ID) is None
    assert fake_rasa.messages() == ["hello"]


def test_tombstones_outlive_the_messages_rows_then_go(tmp_path):
    from bot.db import make_engine
    from bot.residents.contacts import SEEN_S, Store

    now = [1_000.0]
    store = Store(make_engine(f"sqlite:///{tmp_path / 'gw.db'}"), clock=lambda: now[0])
    create_schema(store.engine)
    assert store.claim_inbound("SM" + "a" * 32, SMS_ID, "hi")
    now[0] += 8 * 86_400
    store.purge_inbound()
    assert store.seen_inbound("SM" + "a" * 32) and not store.claim_inbound("SM" + "a" * 32, SMS_ID, "hi")
    now[0] += SEEN_S
    store.purge_inbound()
    assert not store.seen_inbound("SM" + "a" * 32)
