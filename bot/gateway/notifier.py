"""Messages not prompted by an inbound message, under the gateway's rules, and the `Outbound` built on them.

`Notifier` finds the resident's contact by pseudonym, renders the text for its channel and hands it
to the process's Twilio sender (opt-outs, WhatsApp's 24-hour window and templates live there); a
"you sent STOP" answer from Twilio is remembered. The gateway's TwilioChannel sends its replies
through the same object, so there is one delivery path.

`build_outbound` is for processes other than the gateway (the action server, the jobs runner, the
`python -m bot` commands): called once at start, inside the event loop the sends will run on.
"""

from __future__ import annotations

import asyncio
from typing import Dict, Optional, Sequence

import aiohttp
from sqlalchemy.engine import Engine

from bot.db import make_engine
from bot.gateway import render
from bot.residents.pseudonyms import ensure_pseudonym_key
from bot.gateway.ratelimit import KeyedLocks
from bot.residents.contacts import Contact, Store
from bot.gateway.twilio import SendResult, TwilioSender, make_sender
from bot.residents.sending import Outbound
from bot.settings import Settings


class Notifier:
    def __init__(self, store: Store, sender: TwilioSender, locks: KeyedLocks) -> None:
        self.store = store
        self.sender = sender
        self.locks = locks

    async def deliver(self, contact: Contact, bodies: Sequence[str], *, force: bool = False,
                      template: str = "default", variables: Optional[Dict[str, str]] = None) -> SendResult:
        result = await self.sender.deliver(contact, bodies, force=force, template=template, variables=variables)
        if result.status == "unsubscribed":  # Twilio says they sent STOP; remember so we stop trying
            await asyncio.to_thread(self.store.set_opted_out, contact.pseudonym, True)
        return result

    async def notify(self, sender_id: str, text: str, *, template: str = "default",
                     variables: Optional[Dict[str, str]] = None) -> SendResult:
        """Message a resident by pseudonym. Outside WhatsApp's 24h window this sends `template`."""
        async with self.locks.hold(sender_id):
            contact = await asyncio.to_thread(self.store.get_contact, sender_id)
            if contact is None:
                return SendResult("unknown")
            reply = render.render_text([{"text": text}], contact.channel)
            return await self.deliver(contact, reply.bodies, template=template, variables=variables)


def build_outbound(settings: Settings, engine: Optional[Engine] = None) -> Outbound:
    """The process's Outbound, owning `engine` (made from the settings when not given) and a new HTTP
    session. Call it from a coroutine: the session belongs to the running event loop."""
    settings = ensure_pseudonym_key(settings)
    engine = engine if engine is not None else make_engine(settings.database_url)
    http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60))
    notifier = Notifier(Store(engine), make_sender(http, settings), KeyedLocks())
    return Outbound(settings, engine, notifier.notify, http=http)


__all__ = ["Notifier", "build_outbound"]
