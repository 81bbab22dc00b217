"""`python -m bot sms`: a signed inbound webhook to the running gateway, replies read from the outbox."""

import asyncio
import dataclasses

from bot.gateway import local_sms

from .conftest import AUTH_TOKEN, settle

PHONE = "+447700900123"


def gateway_url(client) -> str:
    return str(client.make_url("")).rstrip("/")


async def test_a_local_text_is_accepted_as_signed_and_its_reply_is_printed(make_client, settings, fake_rasa,
                                                                           capsys):
    client = await make_client(twilio_account_sid=None)
    local = dataclasses.replace(settings, twilio_account_sid=None)
    code = await asyncio.to_thread(local_sms.main, ["--from", PHONE, "--gateway", gateway_url(client),
                                                    "--wait", "10", "hello from a phone"], local)
    await settle(client)
    out = capsys.readouterr().out
    assert code == 0
    assert fake_rasa.messages() == ["hello from a phone"]
    assert "You said: hello from a phone" in out and "7700900" not in out


async def test_a_different_auth_token_is_refused_and_said_so(make_client, settings, fake_rasa, capsys):
    client = await make_client(twilio_account_sid=None)
    local = dataclasses.replace(settings, twilio_account_sid=None, twilio_auth_token="not-" + AUTH_TOKEN)
    code = await asyncio.to_thread(local_sms.main, ["--gateway", gateway_url(client), "--wait", "0", "hi"], local)
    assert code == 1 and "403" in capsys.readouterr().err
    assert fake_rasa.received == []


def test_without_an_auth_token_it_explains_what_to_set(settings, capsys):
    code = local_sms.main(["hi"], dataclasses.replace(settings, twilio_auth_token=None))
    assert code == 2 and "TWILIO_AUTH_TOKEN" in capsys.readouterr().err


async def test_a_number_typed_as_people_write_it_is_the_phone_send_me_this_texts(make_client, settings, fake_rasa):
    from bot.residents.pseudonyms import pseudonym
    from bot.gateway.state import GATEWAY

    from .conftest import PSEUDONYM_KEY

    client = await make_client(twilio_account_sid=None)
    local = dataclasses.replace(settings, twilio_account_sid=None)
    code = await asyncio.to_thread(local_sms.main, ["--from", "07700 900123", "--gateway", gateway_url(client),
                                                    "--wait", "0", "hello"], local)
    await settle(client)
    # The same pseudonym and contact as "send me this" to 07700 900123 (bot.residents.sending: phones.destination).
    phone = pseudonym(PSEUDONYM_KEY, "sms", PHONE)
    assert code == 0 and [r["sender"] for r in fake_rasa.received] == [phone]
    contact = await asyncio.to_thread(client.server.app[GATEWAY].store.get_contact, phone)
    assert contact is not None and contact.address == PHONE
