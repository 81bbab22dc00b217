"""The outreach console, served by the gateway under /console/.

`setup(app)` is the gateway's one mounting line: it mounts the console sub-application and adds the
widget's route for collecting a worker's replies (POST /api/web/messages/pending). Nothing happens at import.
"""

from __future__ import annotations

from aiohttp import web


def setup(app: web.Application) -> None:
    from bot.console.app import install

    install(app)


__all__ = ["setup"]
