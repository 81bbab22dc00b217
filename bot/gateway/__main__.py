"""`python -m bot.gateway`: serve the gateway (default 0.0.0.0:8080, from Settings)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from typing import Optional, Sequence

from aiohttp import web

from bot.gateway.app import SERVER_OPTIONS, create_app
from bot.residents.pseudonyms import ensure_pseudonym_key
from bot.settings import Settings

# No client address, referrer or user agent: the access log records what was asked, not who asked.
ACCESS_LOG_FORMAT = '"%r" %s %b %Tf'


async def serve(app: web.Application, host: str, port: int) -> None:
    """What `web.run_app` does, plus the server options it cannot pass (SERVER_OPTIONS: never inflate
    a compressed request body). SIGINT and SIGTERM end it the same way (aiohttp's GracefulExit)."""
    runner = web.AppRunner(app, handle_signals=True, access_log_format=ACCESS_LOG_FORMAT,
                           shutdown_timeout=5.0, **SERVER_OPTIONS)
    await runner.setup()
    try:
        site = web.TCPSite(runner, host, port)
        await site.start()
        print(f"======== Running on {site.name} ========", flush=True)
        while True:
            await asyncio.sleep(3600)
    finally:
        await runner.cleanup()


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
    run(serve(app, args.host, args.port))
    return 0


def run(main_coro) -> None:
    """As `web.run_app` ends: the server's own cleanup (which waits for replies in flight) runs while
    its background tasks are still alive; only then is anything left cancelled."""
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    task = loop.create_task(main_coro)
    try:
        loop.run_until_complete(task)
    except (web.GracefulExit, KeyboardInterrupt):
        pass
    finally:
        task.cancel()
        loop.run_until_complete(asyncio.gather(task, return_exceptions=True))
        rest = asyncio.all_tasks(loop)
        for leftover in rest:
            leftover.cancel()
        loop.run_until_complete(asyncio.gather(*rest, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()


if __name__ == "__main__":
    sys.exit(main())
