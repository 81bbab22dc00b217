"""The outreach console, served by the gateway under /console/.

`setup(app)` builds the console's sub-application for the gateway to mount under /console (bot.gateway.app)
and adds the widget's route for collecting a worker's replies (POST /api/web/messages/pending) to the
gateway itself. Nothing happens at import.
"""

from __future__ import annotations

from aiohttp import web


def setup(app: web.Application) -> web.Application:
    from bot.console.app import install

    return install(app)


__all__ = ["setup"]
