"""Keyed pseudonyms: the only identity Rasa, logs and analytics ever see.

HMAC-SHA256 with a deployment secret, so the mapping cannot be reversed or rebuilt by someone who only
has the pseudonyms (a plain hash of a UK mobile number is brute-forced in minutes).
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import os
import secrets
from pathlib import Path

from bot.settings import Settings

KEY_FILE = "pseudonym.key"
PREFIXES = {"web": "web-", "sms": "sms-", "whatsapp": "wa-"}


def pseudonym(key: str, channel: str, identifier: str) -> str:
    """`web-`/`sms-`/`wa-` + the first 32 hex digits of HMAC-SHA256(key, identifier)."""
    digest = hmac.new(key.encode("utf-8"), identifier.encode("utf-8"), hashlib.sha256).hexdigest()
    return PREFIXES[channel] + digest[:32]


def client_pseudonym(key: str, client: str) -> str:
    """`ip-` + 32 hex digits of HMAC(key, a client's rate-limit bucket): an IPv4 address or IPv6 /64
    (bot.gateway.ratelimit.bucket). Stable per client, so limits can count it; the address itself
    never leaves the gateway."""
    digest = hmac.new(key.encode("utf-8"), ("client:" + client).encode("utf-8"), hashlib.sha256).hexdigest()
    return "ip-" + digest[:32]


def load_or_create_key(var_dir: Path) -> str:
    """Read var/pseudonym.key, creating it (mode 0600) the first time.

    Losing this key orphans every SMS/WhatsApp conversation (new pseudonyms), so it is created once and
    kept; O_EXCL makes two processes starting together agree on one key.
    """
    path = Path(var_dir) / KEY_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        if path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)  # a copied-in key file may have come with loose permissions
        key = path.read_text(encoding="utf-8").strip()
        if not key:
            raise RuntimeError(f"{path} is empty; delete it to generate a new key "
                               "(this resets SMS/WhatsApp pseudonyms)")
        return key
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        key = secrets.token_hex(32)
        handle.write(key + "\n")
    return key


def ensure_pseudonym_key(settings: Settings) -> Settings:
    """Settings with pseudonym_key filled: from WAYMARK_PSEUDONYM_KEY, else var/pseudonym.key."""
    if settings.pseudonym_key:
        return settings
    return dataclasses.replace(settings, pseudonym_key=load_or_create_key(settings.var_dir))
