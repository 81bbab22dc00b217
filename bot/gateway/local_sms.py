"""`python -m bot sms --from NUMBER "text"`: text the running gateway as Twilio would deliver an SMS or
WhatsApp message, then print the replies that land in the outbox.

This is a real, correctly signed webhook (X-Twilio-Signature computed with the twilio library from
TWILIO_AUTH_TOKEN, for the URL the gateway checks), so it exercises the same path as a phone: the
signature check, pseudonyms, keywords (STOP, HELP), numbered options and the sender's rules. It needs
the gateway started with the same TWILIO_AUTH_TOKEN; replies are readable here only when they go to
the outbox (no TWILIO_ACCOUNT_SID, the embedded profile), otherwise Twilio sends them to the phone.
"""

from __future__ import annotations

import argparse
import secrets
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import List, Optional, Sequence, Set

from twilio.request_validator import RequestValidator

from bot.residents import phones
from bot.gateway.messaging import channel_of
from bot.residents.pseudonyms import ensure_pseudonym_key, pseudonym
from bot.gateway.twilio import webhook_url
from bot.settings import Settings

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
PATH = "/webhooks/twilio"
TEST_NUMBER = "+447700900123"  # Ofcom's range for drama: never a real phone


def _parser(settings: Settings) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot sms",
        description="Send one text to the running gateway as if from a phone, and show the replies written "
                    "to the outbox. Start Waymark with the same TWILIO_AUTH_TOKEN (any value you choose).")
    parser.add_argument("text", help="what the resident texts, e.g. \"hi, im 22 n on UC in sandwell\"")
    parser.add_argument("--from", dest="number", default=TEST_NUMBER,
                        help=f"the resident's number (default {TEST_NUMBER}); prefix whatsapp: for WhatsApp")
    parser.add_argument("--gateway", default=f"http://127.0.0.1:{settings.gateway_port}",
                        help="where the gateway listens (default: this machine, WAYMARK_GATEWAY_PORT)")
    parser.add_argument("--wait", type=float, default=30.0,
                        help="seconds to wait for replies in the outbox (default 30; 0: do not wait)")
    return parser


def signed_request(settings: Settings, gateway: str, number: str, text: str) -> urllib.request.Request:
    """The POST Twilio would make for one inbound message, signed for the URL the gateway checks."""
    sid = "SM" + secrets.token_hex(16)
    to = settings.twilio_from_whatsapp if number.startswith("whatsapp:") else settings.twilio_from_sms
    params = {"MessageSid": sid, "SmsMessageSid": sid, "AccountSid": settings.twilio_account_sid or "AC" + "0" * 32,
              "From": number, "To": to or "+447700900000", "Body": text, "NumMedia": "0"}
    url = webhook_url(settings.public_base_url, gateway.rstrip("/"), PATH)
    signature = RequestValidator(settings.twilio_auth_token or "").compute_signature(url, params)
    return urllib.request.Request(gateway.rstrip("/") + PATH, data=urllib.parse.urlencode(params).encode(),
                                  headers={"X-Twilio-Signature": signature}, method="POST")


def replies_for(directory: Path, resident: str, seen: Set[str]) -> List[Path]:
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if resident in p.name and p.name not in seen)


def main(argv: Optional[Sequence[str]] = None, settings: Optional[Settings] = None) -> int:
    settings = settings or Settings.from_env()
    args = _parser(settings).parse_args(list(sys.argv[1:] if argv is None else argv))
    if not settings.twilio_auth_token:
        print("error: set TWILIO_AUTH_TOKEN, to the same value the gateway was started with (any string "
              "will do locally, e.g. TWILIO_AUTH_TOKEN=local-test make run); the gateway refuses unsigned "
              "webhooks.", file=sys.stderr)
        return EXIT_USAGE
    channel = channel_of(args.number)
    bare = phones.from_address(args.number.split(":", 1)[-1])
    number = ("whatsapp:" if channel == "whatsapp" else "") + bare
    settings = ensure_pseudonym_key(settings)
    resident = pseudonym(settings.pseudonym_key or "", channel, bare)
    directory = settings.outbox_dir
    seen = {p.name for p in replies_for(directory, resident, set())}
    try:
        with urllib.request.urlopen(signed_request(settings, args.gateway, number, args.text), timeout=15) as response:
            response.read()
    except urllib.error.HTTPError as error:
        hint = (" (the gateway checks a different TWILIO_AUTH_TOKEN or PUBLIC_BASE_URL)" if error.code == 403 else "")
        print(f"error: the gateway answered {error.code}{hint}", file=sys.stderr)
        return EXIT_PROBLEM
    except (urllib.error.URLError, OSError) as error:
        print(f"error: no gateway at {args.gateway} ({getattr(error, 'reason', error)}); start it with make run",
              file=sys.stderr)
        return EXIT_PROBLEM
    print(f"Sent as {resident} ({'WhatsApp' if channel == 'whatsapp' else 'SMS'}).")
    if not settings.texts_to_outbox:
        print("Replies do not go to the outbox here (Twilio is configured, or WAYMARK_SMS_OUTBOX=0).")
        return EXIT_OK
    deadline = time.monotonic() + args.wait
    printed = 0
    while time.monotonic() < deadline:
        fresh = replies_for(directory, resident, seen)
        for path in fresh:
            seen.add(path.name)
            body = path.read_text(encoding="utf-8").split("\n\n", 1)[-1].rstrip("\n")
            print(f"\n--- reply ({path.name})\n{body}")
            printed += 1
        if printed and not fresh:
            time.sleep(1.0)  # a reply in several parts arrives within a moment
            if not replies_for(directory, resident, seen):
                break
        else:
            time.sleep(0.2)
    if not printed and args.wait:
        print(f"No reply in {directory} after {args.wait:g} s. (An SMS STOP gets none from Waymark: Twilio "
              f"confirms it itself. Otherwise see var/log/gateway.log.)")
        return EXIT_PROBLEM
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
