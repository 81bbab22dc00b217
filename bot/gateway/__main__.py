"""`python -m bot.gateway`: serve the gateway (default 0.0.0.0:8080, from Settings)."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Optional, Sequence

from aiohttp import web

from bot.gateway.app import create_app
from bot.gateway.pseudonyms import ensure_pseudonym_key
from bot.settings import Settings

# No client address, referrer or user agent: the access log records what was asked, not who asked.
ACCESS_LOG_FORMAT = '"%r" %s %b %Tf'


def main(argv: Optional[Sequence[str]] = None) -> int:
    settings = Settings.from_env()
    parser = argparse.ArgumentParser(prog="python -m bot.gateway", description=__doc__)
    parser.add_argument("--host", default=settings.gateway_host)
    parser.add_argument("--port", type=int, default=settings.gateway_port)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = ensure_pseudonym_key(settings)  # at process start, never at import
    # Within the supervisor's 15 s grace: 5 s for open requests, then up to 8 s for queued replies.
    app = create_app(settings, shutdown_timeout=8.0)
    web.run_app(app, host=args.host, port=args.port, access_log_format=ACCESS_LOG_FORMAT,
                shutdown_timeout=5.0, print=lambda message: print(message, flush=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
