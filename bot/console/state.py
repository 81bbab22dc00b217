"""What the console's handlers share, and the small helpers every view uses."""

from __future__ import annotations

import asyncio
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Optional, TypeVar

import jinja2
from aiohttp import web
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.gateway.ratelimit import RateLimiter
from bot.gateway.state import GATEWAY, Gateway
from bot.residents.handoff import OfficeHours
from bot.settings import Settings

HERE = Path(__file__).resolve().parent
PREFIX = "/console"
T = TypeVar("T")

# The console shows residents' answers: never cached, never framed, scripts and styles from files only.
CONSOLE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
               "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
               "form-action 'self'; frame-ancestors 'none'")
HEADERS = {"Cache-Control": "no-store", "Content-Security-Policy": CONSOLE_CSP, "X-Frame-Options": "DENY"}


@dataclass
class Console:
    settings: Settings
    env: jinja2.Environment
    hours: OfficeHours
    login_limiter: RateLimiter
    unlock_failures: RateLimiter  # per console session: when it refuses, the kiosk session ends
    # Filled at startup (after the gateway's own resources): nothing is opened at import or install.
    engine: Optional[Engine] = None
    factory: Optional[sessionmaker] = None
    tracker: Optional[Engine] = None
    clock: Callable[[], float] = time.time
    extra: Dict[str, Any] = field(default_factory=dict)

    @property
    def secure_cookies(self) -> bool:
        return (self.settings.public_base_url or "").lower().startswith("https://")


CONSOLE = web.AppKey("waymark_console", Console)  # on the console's own application
# On the gateway's application: the console application it mounts (tests reach the console's state so).
CONSOLE_APP = web.AppKey("waymark_console_app", web.Application)


def console_of(request: web.Request) -> Console:
    return request.config_dict[CONSOLE]


def gateway_of(request: web.Request) -> Gateway:
    return request.config_dict[GATEWAY]


def make_env() -> jinja2.Environment:
    # Autoescape everywhere: residents' words (answers, messages, event names) are only ever text.
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    return env


async def db(request: web.Request, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run `fn(session, ...)` in a worker thread inside one transaction, committed on success."""
    factory = console_of(request).factory
    assert factory is not None

    def run() -> T:
        with factory() as session, session.begin():
            return fn(session, *args, **kwargs)

    return await asyncio.to_thread(run)


_ID = re.compile(r"[0-9]{1,19}")
MAX_ID = 2**63 - 1  # SQLite's INTEGER and PostgreSQL's BIGINT stop here


def path_id(request: web.Request, name: str = "id") -> int:
    """The row id in the URL, or 404: only ASCII digits, and never past what the database can hold
    (a bigger number made SQLite raise OverflowError, a 500)."""
    value = request.match_info[name]
    if not _ID.fullmatch(value) or not 0 < int(value) <= MAX_ID:
        raise web.HTTPNotFound()
    return int(value)


def url(path: str) -> str:
    return PREFIX + path


def redirect(path: str) -> web.HTTPSeeOther:
    return web.HTTPSeeOther(location=url(path))


def render(request: web.Request, template: str, *, status: int = 200, **context: Any) -> web.Response:
    env = console_of(request).env
    session = request.get("console_session")
    values = {"user": session.user if session else None, "csrf_token": session.csrf if session else "",
              "kiosk": bool(session and session.kiosk_for), "url": url,
              "code_days": console_of(request).settings.resume_code_days}  # how long resume codes last
    html = env.get_template(template).render({**values, **context})  # a view may pass its own token
    return web.Response(text=html, status=status, content_type="text/html", headers=HEADERS)


__all__ = ["CONSOLE", "CONSOLE_APP", "Console", "HEADERS", "PREFIX", "console_of", "db", "gateway_of", "make_env",
           "path_id", "redirect", "render", "url"]
