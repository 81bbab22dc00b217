"""`POST /webhooks/twilio`: SMS and WhatsApp inbound, for Twilio only (signed requests).

Answers within milliseconds with empty TwiML; the reply goes out later through the Messages API, so
Twilio's 15-second webhook limit and a slow turn never meet.
"""

from __future__ import annotations

import logging

from aiohttp import web

from bot.residents import phones
from bot.gateway.forms import read_form
from bot.residents.contacts import gateway_contacts, gateway_inbound
from bot.gateway.state import GATEWAY
from bot.gateway.twilio import signature_valid, webhook_url

log = logging.getLogger("waymark.gateway.twilio")

MESSAGE_SID_MAX = gateway_inbound.c.message_sid.type.length
ADDRESS_MAX = gateway_contacts.c.address.type.length
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'


def _storable(message_sid: str, address: str) -> bool:
    """What Twilio sends fits our columns (MessageSids are 34 characters, numbers E.164); anything
    else is not an inbound message, and PostgreSQL would refuse it (a 500, which Twilio retries)."""
    number = phones.from_address(address)
    return 0 < len(message_sid) <= MESSAGE_SID_MAX and 0 < len(number) <= ADDRESS_MAX \
        and "\x00" not in message_sid + address


def twiml() -> web.Response:
    return web.Response(text=EMPTY_TWIML, content_type="text/xml")


async def twilio_webhook(request: web.Request) -> web.Response:
    gw = request.app[GATEWAY]
    params = await read_form(request)
    if params is None:
        return web.Response(status=400, text="unreadable form")
    # Not request.url: it is rebuilt from the Host header and, behind a proxy, is not what Twilio signed.
    url = webhook_url(gw.settings.public_base_url, f"{request.scheme}://{request.host}",
                      request.rel_url.path_qs)
    if not signature_valid(gw.settings.twilio_auth_token, url, params,
                           request.headers.get("X-Twilio-Signature")):
        log.warning("refused a twilio webhook: missing or invalid signature")
        return web.Response(status=403, text="invalid signature")
    message_sid = params.get("MessageSid") or params.get("SmsMessageSid")
    address = params.get("From")
    if not (isinstance(message_sid, str) and isinstance(address, str) and _storable(message_sid, address)):
        return twiml()  # signed but not an inbound message (e.g. a status callback): nothing to do
    body = params.get("Body")
    assert gw.twilio is not None
    # NUL, if a message ever carries one, is dropped: PostgreSQL cannot store it (a 500, retried).
    await gw.twilio.receive(message_sid, address, body.replace("\x00", "") if isinstance(body, str) else "")
    return twiml()


def add_routes(app: web.Application) -> None:
    app.router.add_post("/webhooks/twilio", twilio_webhook)
