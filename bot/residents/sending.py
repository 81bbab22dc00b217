"""The process's one way of messaging a resident's phone: `Outbound`, built once where a process starts.

"Send me this", "tell me when it opens", follow-ups and the console's sends all go through it. It holds
what a send needs for the life of the process (the settings, the database engine, the HTTP session
Twilio is reached through) so a message costs only its own work, and it closes them at shutdown.

The message itself goes out through `deliver`, given by the composition root: in the gateway its
channel's notifier (the per-phone lock shared with inbound turns); elsewhere the same rules built by
bot.gateway.notifier.build_outbound. Either way the gateway's rules apply: opt-outs, WhatsApp's
24-hour window and templates. This module never imports the web faces.
"""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, List, Optional, Protocol, Union

from sqlalchemy.engine import Engine, make_url

from bot.language.words import LANGUAGES
from bot.residents import journeys, notify, outbound, phones, tracker_db
from bot.db import make_engine, session_factory, writing
from bot.residents.notify import Claimed, Prepared, Sent, Statuses
from bot.settings import Settings

log = logging.getLogger("waymark.sending")


class Deliver(Protocol):
    """Message a resident by pseudonym; the result has a `status` ("sent", "template", "opted_out", ...)
    or is that status."""

    def __call__(self, sender_id: str, text: str, *, template: str = "default",
                 variables: Optional[Dict[str, str]] = None) -> Awaitable[Any]: ...


def status_of(outcome: Any) -> str:
    return str(getattr(outcome, "status", outcome))


class Outbound:
    """One per process. `settings` carry the pseudonym key (resume codes and numbers' pseudonyms are
    keyed by it); `engine` and `http` (an aiohttp ClientSession, or None when `deliver` needs none)
    are owned from here on and closed by `aclose`."""

    def __init__(self, settings: Settings, engine: Engine, deliver: Deliver, *, http: Any = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.settings = settings
        self.clock = clock
        self.engine = engine
        self.factory = session_factory(writing(engine))  # sends read caps and links, then write
        self.deliver = deliver
        self.http = http
        self.caps = outbound.Caps.from_settings(settings)
        self.key = settings.pseudonym_key or ""
        self._tracker: Optional[Engine] = None  # the tracker store, opened on the first language asked

    async def aclose(self) -> None:
        if self.http is not None:
            await self.http.close()
        self.engine.dispose()
        if self._tracker is not None:
            self._tracker.dispose()

    async def language_of(self, sender_id: str) -> Optional[str]:
        """The language the resident's conversation is held in (its `language` slot), for a text sent days
        later; None (English) when it cannot be read: a follow-up in English beats none."""
        return await asyncio.to_thread(self._language_of, sender_id)

    def _language_of(self, sender_id: str) -> Optional[str]:
        url = self.settings.tracker_store_url
        try:
            if self._tracker is None:
                parsed = make_url(url) if url else None
                if parsed is None or (parsed.get_backend_name() == "sqlite"
                                      and not Path(parsed.database or "").is_file()):
                    return None  # no conversations stored here: nothing to read, and no file made
                self._tracker = make_engine(url)
            with self.factory() as session:
                senders = journeys.identities(session, sender_id)
            held = tracker_db.facts(self._tracker, senders).get("language")
        except Exception as error:  # noqa: BLE001 - the text goes in English
            log.warning("language of %s not read (%s)", sender_id, type(error).__name__)
            return None
        value = held.value if held is not None else None
        return value if value in LANGUAGES and value != "en" else None

    def _write(self, work: Callable[[Any], Any]) -> Any:
        with self.factory() as session, session.begin():
            return work(session)

    async def notify(self, sender_id: str, text: str, *, template: str = "default",
                     variables: Optional[Dict[str, str]] = None) -> str:
        """`text` to a resident by pseudonym; `template` names the WhatsApp template wanted outside the
        24-hour window (the default one unless the deployment configured that name). The status."""
        outcome = await self.deliver(sender_id, text, template=notify.template_name(self.settings, template),
                                     variables=variables)
        return status_of(outcome)

    async def send_me_this(self, *, sender_id: str, number: str, channel: str,
                           text: Union[str, Callable[[bool], str]], consented: bool, client: Optional[str] = None,
                           kind: str = "summary") -> Sent:
        """`text` to a typed number, `{code}` in it replaced by a fresh resume code. `text` may be a
        function of whether that phone already has its own chat with us (it is then told that the code
        would move it).

        Only with consent, only to an allowed number (bot.residents.phones) and within the caps (bot.residents.outbound).
        The number is a destination only: nothing is linked, moved or merged, whoever the number
        belongs to; a reply from that phone joins this conversation only with "RESUME <code>".
        `client`: the gateway's key for the caller (message metadata), for the per-client cap; `kind`:
        what is counted ("summary" from the chat, "console" from a worker)."""
        from bot.residents.pseudonyms import pseudonym

        if not consented:
            return Sent("no_consent")
        where = phones.destination(number, self.settings.send_allowed_prefixes)
        if not where.ok:
            return Sent(where.problem or "bad_number")
        address = str(where.number)
        channel = "whatsapp" if channel == "whatsapp" else "sms"
        contact = pseudonym(self.key, channel, address)

        def prepare(session) -> Prepared:
            return notify.prepare_send(session, key=self.key, caps=self.caps, sender_id=sender_id, contact=contact,
                                       channel=channel, address=address, client=client, kind=kind,
                                       ttl_s=self.settings.resume_code_days * 86_400.0, now=self.clock())

        refused, code, own_chat = await asyncio.to_thread(self._write, prepare)
        if refused is not None or code is None:
            return Sent("capped", contact=contact, cap=refused)
        body = text(own_chat) if callable(text) else text
        status = await self.notify(contact, body.replace("{code}", code), template="summary", variables={"1": code})
        log.info("send-me-this for %s to %s by %s: %s", sender_id, contact, channel, status)
        return Sent(status, code, contact)

    async def tell_opened(self, old: Statuses, new: Statuses) -> List[str]:
        """"Tell me when it opens", after a catalogue swap: claim (committed), send, then record each
        result (committed), so a crash mid-way can leave a subscription `sending`, never sent twice."""
        claimed: List[Claimed] = await asyncio.to_thread(self._write, lambda s: notify.claim(s, old, new))
        results = []
        for item in claimed:
            try:
                lang = await self.language_of(item.subscription.sender_id)
                text = notify.message(*item.parts, lang=lang) if lang and item.parts else item.text
                status = await self.notify(item.subscription.sender_id, text, template="notify",
                                           variables=item.variables)
            except Exception:  # noqa: BLE001 - one failure must not stop the others
                log.exception("notify subscription %s: send failed", item.subscription.id)
                status = "failed"
            await asyncio.to_thread(self._write, lambda s, item=item, status=status: notify.finish(s, item, status))
            results.append(status)
        return results


__all__ = ["Deliver", "Outbound", "status_of"]
