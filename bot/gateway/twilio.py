"""Twilio: webhook signature checks (the twilio library's RequestValidator) and an async sender for
the Messages API that knows WhatsApp's 24-hour window and respects opt-outs.

The twilio library's own REST client is synchronous, so sending uses aiohttp directly against
{TWILIO_API_BASE}/2010-04-01/Accounts/{sid}/Messages.json (tests point it at a local fake).

Without a Twilio account (the embedded profile), `OutboxSender` keeps the same rules and writes each
message to a file under var/outbox/ instead; `make_sender` chooses, once per process.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence

import aiohttp
from twilio.request_validator import RequestValidator

from bot.ops.backoffice import private_dir
from bot.residents.contacts import Contact
from bot.settings import Settings

log = logging.getLogger("waymark.gateway.twilio")

WHATSAPP_WINDOW = 24 * 3600.0
UNSUBSCRIBED = 21610  # Twilio: "Attempt to send to unsubscribed recipient" (the resident sent STOP)
_RETRY_STATUSES = {429, 500, 502, 503, 504}


def webhook_url(public_base_url: Optional[str], request_origin: str, path_qs: str) -> str:
    """The URL Twilio signed: PUBLIC_BASE_URL + path (the request's own origin only when unset)."""
    return (public_base_url or request_origin).rstrip("/") + path_qs


def signature_valid(auth_token: Optional[str], url: str, params: Mapping[str, Any],
                    signature: Optional[str]) -> bool:
    if not auth_token or not signature:
        return False
    try:
        return RequestValidator(auth_token).validate(url, params, signature)
    except (ValueError, TypeError):
        # Not something Twilio signed: a Host header with a bad port (when PUBLIC_BASE_URL is unset,
        # the URL is built from it), or an uploaded file among the parameters.
        return False


@dataclass
class SendResult:
    # sent | template | opted_out | outside_window | unconfigured | unsubscribed | failed
    status: str
    sids: List[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status in ("sent", "template")


class TwilioError(Exception):
    def __init__(self, status: int, code: Optional[int]):
        super().__init__(f"twilio http {status} code {code}")
        self.status = status
        self.code = code


@dataclass(frozen=True)
class TwilioConfig:
    account_sid: Optional[str]
    auth_token: Optional[str]
    from_sms: Optional[str]
    from_whatsapp: Optional[str]
    api_base: str
    templates: Mapping[str, str]

    @classmethod
    def from_settings(cls, settings: Settings) -> "TwilioConfig":
        wa = settings.twilio_from_whatsapp
        if wa and not wa.lower().startswith("whatsapp:"):
            wa = "whatsapp:" + wa
        return cls(settings.twilio_account_sid, settings.twilio_auth_token, settings.twilio_from_sms,
                   wa, settings.twilio_api_base.rstrip("/"), dict(settings.whatsapp_templates))

    @property
    def messages_url(self) -> str:
        return f"{self.api_base}/2010-04-01/Accounts/{self.account_sid}/Messages.json"


class TwilioSender:
    """Sends one reply (several bodies) to one contact, choosing free-form text or a template.

    Policy lives here so every caller (replies, and follow-ups from other features) obeys it:
    nothing goes to an opted-out resident; on WhatsApp, outside 24 hours since the resident last wrote,
    only an approved template (ContentSid) may be sent.
    """

    def __init__(self, session: aiohttp.ClientSession, config: TwilioConfig, *,
                 clock: Callable[[], float] = time.time, backoff: Sequence[float] = (0.5, 2.0),
                 timeout: float = 15.0):
        self.session = session
        self.config = config
        self.clock = clock
        self.backoff = tuple(backoff)
        self.timeout = aiohttp.ClientTimeout(total=timeout)

    def in_window(self, contact: Contact) -> bool:
        if contact.channel != "whatsapp":
            return True
        last = contact.last_inbound_at
        return last is not None and self.clock() - last < WHATSAPP_WINDOW

    def _from(self, channel: str) -> Optional[str]:
        return self.config.from_whatsapp if channel == "whatsapp" else self.config.from_sms

    def _configured(self, sender: Optional[str]) -> bool:
        return bool(self.config.account_sid and self.config.auth_token and sender)

    async def deliver(self, contact: Contact, bodies: Sequence[str], *, template: str = "default",
                      variables: Optional[Dict[str, str]] = None, force: bool = False) -> SendResult:
        """`force` is only for the one-time STOP confirmation, sent to someone who just opted out."""
        if contact.opted_out and not force:
            log.info("not sending to %s: opted out", contact.pseudonym)
            return SendResult("opted_out")
        sender = self._from(contact.channel)
        if not self._configured(sender):
            log.error("twilio sending is not configured (account sid, auth token, from %s)", contact.channel)
            return SendResult("unconfigured")
        base = {"To": contact.twilio_address, "From": sender}
        if not self.in_window(contact):
            content_sid = self.config.templates.get(template)
            if not content_sid:
                log.warning("not sending to %s: outside the WhatsApp 24h window and no %r template",
                            contact.pseudonym, template)
                return SendResult("outside_window")
            fields = {**base, "ContentSid": content_sid}
            if variables:
                fields["ContentVariables"] = json.dumps(variables)
            return await self._send_all(contact, [fields], "template")
        return await self._send_all(contact, [{**base, "Body": body} for body in bodies if body], "sent")

    async def _send_all(self, contact: Contact, requests: List[Dict[str, str]], status: str) -> SendResult:
        sids = []
        for fields in requests:  # one at a time: Twilio queues in the order it accepts them
            try:
                sids.append(await self._transmit(contact, fields))
            except TwilioError as error:
                log.error("twilio refused a message to %s: http %s code %s",
                          contact.pseudonym, error.status, error.code)
                return SendResult("unsubscribed" if error.code == UNSUBSCRIBED else "failed", sids)
        log.info("sent %d message(s) to %s as %s: %s", len(sids), contact.pseudonym, status, ",".join(sids))
        return SendResult(status, sids)

    async def _transmit(self, contact: Contact, fields: Dict[str, str]) -> str:
        return await self._post(fields)

    async def _post(self, fields: Dict[str, str]) -> str:
        auth = aiohttp.BasicAuth(self.config.account_sid or "", self.config.auth_token or "")
        delays = list(self.backoff)
        while True:
            try:
                async with self.session.post(self.config.messages_url, data=fields, auth=auth,
                                             timeout=self.timeout) as response:
                    payload = await _json(response)
                    if 200 <= response.status < 300:
                        return str(payload.get("sid", ""))
                    # Twilio's error "message" can quote the number; keep only status and code.
                    error = TwilioError(response.status, _int(payload.get("code")))
                    if response.status not in _RETRY_STATUSES or not delays:
                        raise error
            except aiohttp.ClientConnectorError:
                # Not connected means not sent; safe to try again. A timeout might have sent it.
                if not delays:
                    raise TwilioError(0, None) from None
            except (aiohttp.ClientError, asyncio.TimeoutError) as error:
                raise TwilioError(0, None) from error
            await asyncio.sleep(delays.pop(0))


class OutboxSender(TwilioSender):
    """Twilio's rules (opt-outs, WhatsApp's 24-hour window and templates) with the Messages API replaced
    by a readable outbox: one 0600 file per message under `directory`, named by time and pseudonym,
    never by number. For trying SMS and WhatsApp on one machine without a Twilio account."""

    def __init__(self, directory: Path, config: TwilioConfig, *, clock: Callable[[], float] = time.time):
        super().__init__(None, config, clock=clock, backoff=())  # type: ignore[arg-type]  # no HTTP
        self.directory = Path(directory)
        self._count = 0

    def _configured(self, sender: Optional[str]) -> bool:
        return True

    async def _transmit(self, contact: Contact, fields: Dict[str, str]) -> str:
        return await asyncio.to_thread(self._write, contact, fields)

    def _write(self, contact: Contact, fields: Dict[str, str]) -> str:
        private_dir(self.directory)
        now = self.clock()
        self._count += 1
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime(now)) + f"{now % 1:.6f}"[1:]
        name = f"{stamp}-{_SAFE.sub('_', contact.pseudonym)}-{os.getpid()}-{self._count}.txt"
        what = (f"Template: {fields['ContentSid']}\nVariables: {fields.get('ContentVariables', '{}')}"
                if "ContentSid" in fields else fields.get("Body", ""))
        text = (f"To: {contact.pseudonym} ({_channel_words(contact.channel)}, number ending "
                f"{contact.address[-3:]})\nSent: {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime(now))}"
                f"\n\n{what}\n")
        path = self.directory / name
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        return "outbox:" + name


_SAFE = re.compile(r"[^A-Za-z0-9_-]")


def _channel_words(channel: str) -> str:
    return "WhatsApp" if channel == "whatsapp" else "SMS"


def make_sender(session: aiohttp.ClientSession, settings: Settings, *, clock: Callable[[], float] = time.time,
                backoff: Sequence[float] = (0.5, 2.0)) -> TwilioSender:
    """The process's one sender: Twilio when it is configured; else the outbox when the settings allow
    it (the embedded profile); else a TwilioSender that answers "unconfigured" and sends nothing."""
    config = TwilioConfig.from_settings(settings)
    if settings.texts_to_outbox:
        log.warning("Twilio is not configured: texts to residents go to %s, not to phones", settings.outbox_dir)
        return OutboxSender(settings.outbox_dir, config, clock=clock)
    return TwilioSender(session, config, clock=clock, backoff=backoff)


async def _json(response: aiohttp.ClientResponse) -> Dict[str, Any]:
    try:
        data = await response.json(content_type=None)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _int(value: Any) -> Optional[int]:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
