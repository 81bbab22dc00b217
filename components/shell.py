"""`rasa shell`, with its Rasa behind a token like every other Rasa of Waymark's.

`rasa shell` starts a Rasa of its own (a REST channel on the port given) and posts the terminal's
messages to it, as any sender id, with no credential: while it runs, any process on the machine could
speak in any resident's conversation through it (it shares `make run`'s action server and tracker
store). This entry point makes a token for the run, which no other process sees (not in the
environment, not on a command line), puts that Rasa behind it (components.server.guard: 401 without
it, only Waymark's routes) and has the terminal's messages carry it in a header. No telemetry either.

    python -m components.shell --model models/waymark.tar.gz --endpoints var/run/endpoints.yml -p 5006

Same arguments as `rasa shell`, except that its API stays off (`--enable-api`, `--auth-token`).
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any, AsyncIterator, Dict, List, Optional, Sequence

from bot import quiet
from bot.ops.backoffice import new_token, rasa_auth_headers
from components.server import guard_rasa_apps, keep_private

REFUSED = ("--enable-api", "--auth-token", "--jwt-secret", "--jwt-method", "--jwt-private-key")


def authorised_console(token: str) -> None:
    """The terminal's two ways of posting (rasa.core.channels.console), with the token in a header.

    Rasa's own put `?token=` in the URL (for its API's token, which the channels never checked)."""
    import aiohttp
    from rasa.core.channels import console

    headers = rasa_auth_headers(token)

    async def send_message_receive_block(server_url: str, auth_token: str, sender_id: str,
                                         message: str) -> List[Dict[str, Any]]:
        async with aiohttp.ClientSession(headers=headers) as session:
            async with session.post(f"{server_url}/webhooks/rest/webhook",
                                    json={"sender": sender_id, "message": message}, raise_for_status=True) as resp:
                return await resp.json()

    async def send_message_receive_stream(server_url: str, auth_token: str, sender_id: str, message: str,
                                          request_timeout: Optional[int] = None) -> AsyncIterator[Dict[str, Any]]:
        timeout = console._get_stream_reading_timeout(request_timeout)
        async with aiohttp.ClientSession(headers=headers, timeout=timeout) as session:
            async with session.post(f"{server_url}/webhooks/rest/webhook?stream=true",
                                    json={"sender": sender_id, "message": message}, raise_for_status=True) as resp:
                async for line in resp.content:
                    if line:
                        yield json.loads(line.decode("utf-8"))

    console.send_message_receive_block = send_message_receive_block
    console._send_message_receive_stream = send_message_receive_stream


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    refused = [a for a in args if a.split("=", 1)[0] in REFUSED]
    if refused:
        print(f"components.shell keeps Rasa's API off; drop {', '.join(refused)}.", file=sys.stderr)
        return 2
    quiet.install()  # known third-party warnings only (bot.quiet names each one)
    token = new_token()  # this run's only: the terminal is the one client
    keep_private(os.environ)
    guard_rasa_apps(token)
    authorised_console(token)
    sys.argv = ["rasa", "shell", *args]
    from rasa.__main__ import main as rasa_main

    rasa_main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
