"""Console sign-in: server-side sessions, the cookie, CSRF synchroniser tokens, roles, kiosk lock.

The cookie holds a random token; the database holds only its SHA-256, the user and the session's CSRF
token. Every POST must carry that CSRF token (form field `csrf_token` or header `X-CSRF-Token`);
SameSite=Strict is a second line, not the only one. Looking at the login form stores nothing: its
token is a signed double submit (a random cookie of its own, LOGIN_COOKIE, and the form carries an
HMAC of it under a key derived from the pseudonym key), so only a sign-in creates a session row, and
signing in always starts a new session (no fixation).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
from dataclasses import dataclass
from http.cookies import CookieError
from typing import Awaitable, Callable, Optional

from aiohttp import hdrs, web
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from bot.residents import accounts
from bot.console.state import PREFIX, console_of, db, redirect, render, url
from bot.gateway.forms import has_nul, read_form
from bot.gateway.ratelimit import client_of
from bot.residents.records import console_sessions

log = logging.getLogger("waymark.console.auth")

COOKIE = "waymark_console"
LOGIN_COOKIE = "waymark_console_login"  # the login form's own CSRF cookie: no session row behind it
IDLE_S = 30 * 60.0
ABSOLUTE_S = 12 * 3600.0
ANONYMOUS_S = 30 * 60.0
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
PUBLIC = {url("/login")}
# Where to go after signing in rides in a Location header: a long URL would push it past what a proxy
# in front accepts (nginx's 4-8 KB buffer: a 502), so longer ones go to the console's home instead.
MAX_NEXT = 512
KIOSK_UNLOCK_TRIES = 5  # wrong passwords at the kiosk before its session ends
KIOSK_ENDED = "The tablet signed out after too many wrong passwords. Sign in again to carry on."
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
# While the tablet is in a resident's hands, only their chat (and the worker's unlock) is reachable.
# A provider's account reaches only its referrals (filtered in the views) and signing out.
_PROVIDER_PATHS = re.compile(r"^/console/(referrals|referrals/\d+/status|logout|static/.+)$")
_KIOSK_PATHS = re.compile(r"^/console/(assisted/(\d+)/(kiosk|kiosk/say|finish)|kiosk-done|unlock|static/.+)$")


@dataclass(frozen=True)
class ConsoleSession:
    token_hash: str
    csrf: str
    user: Optional[accounts.User]
    kiosk_for: Optional[int]


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def session_token(request: web.Request, name: str = COOKIE) -> Optional[str]:
    """Our cookie's value. Python's cookie parser raises on a name it refuses (another site on the
    domain may set "a)b=1"), which made every console page a 500: then read ours out by hand."""
    try:
        return request.cookies.get(name)
    except CookieError:
        for part in request.headers.get(hdrs.COOKIE, "").split(";"):
            key, _, value = part.strip().partition("=")
            if key == name:
                return value
        return None


def _login_key(request: web.Request) -> bytes:
    secret = (console_of(request).settings.pseudonym_key or "").encode("utf-8")
    return hmac.new(secret, b"waymark console login form", hashlib.sha256).digest()


def login_form_token(request: web.Request, cookie: Optional[str]) -> Optional[str]:
    """The token the login form must carry for this LOGIN_COOKIE value ("<issued>.<nonce>"), or None
    when the cookie is missing, malformed or older than ANONYMOUS_S."""
    issued, _, nonce = (cookie or "").partition(".")
    if not (issued.isascii() and issued.isdigit() and len(issued) <= 12 and 20 <= len(nonce) <= 64):
        return None
    age = console_of(request).clock() - int(issued)
    if not -60 <= age <= ANONYMOUS_S:
        return None
    return hmac.new(_login_key(request), cookie.encode("utf-8", "surrogateescape"), hashlib.sha256).hexdigest()


def load_session(session: Session, token: Optional[str], now: float) -> Optional[ConsoleSession]:
    if not token or len(token) > 100:
        return None
    row = session.execute(select(console_sessions).where(console_sessions.c.token_hash == _hash(token))).first()
    if row is None or row.expires_at <= now:
        return None
    user = accounts.get_user(session, row.user_id) if row.user_id else None
    if row.user_id and (user is None or not user.active):
        session.execute(delete(console_sessions).where(console_sessions.c.token_hash == row.token_hash))
        return None
    if user is not None:
        # Sliding idle timeout, never past the absolute limit from sign-in.
        expires = min(now + IDLE_S, row.created_at + ABSOLUTE_S)
        if now - row.last_seen > 60:
            session.execute(update(console_sessions).where(console_sessions.c.token_hash == row.token_hash)
                            .values(last_seen=now, expires_at=expires))
    return ConsoleSession(row.token_hash, row.csrf, user, row.kiosk_for)


def new_session(session: Session, user_id: Optional[int], now: float) -> str:
    session.execute(delete(console_sessions).where(console_sessions.c.expires_at <= now))
    token = secrets.token_urlsafe(32)
    session.execute(insert(console_sessions).values(
        token_hash=_hash(token), user_id=user_id, csrf=secrets.token_urlsafe(32), created_at=now,
        last_seen=now, expires_at=now + (IDLE_S if user_id else ANONYMOUS_S)))
    return token


def end_session(session: Session, token_hash: str) -> None:
    session.execute(delete(console_sessions).where(console_sessions.c.token_hash == token_hash))


def set_kiosk(session: Session, token_hash: str, assisted_id: Optional[int]) -> None:
    session.execute(update(console_sessions).where(console_sessions.c.token_hash == token_hash)
                    .values(kiosk_for=assisted_id))


def set_cookie(request: web.Request, response: web.StreamResponse, token: str) -> None:
    response.set_cookie(COOKIE, token, httponly=True, samesite="Strict", path=PREFIX + "/",
                        secure=console_of(request).secure_cookies)


async def csrf_ok(request: web.Request, expected: Optional[str]) -> bool:
    supplied = request.headers.get(CSRF_HEADER)
    if supplied is None:
        form = await request.post()
        value = form.get(CSRF_FIELD)
        supplied = value if isinstance(value, str) else None
    # aiohttp keeps header bytes that are not UTF-8 as surrogate escapes: encode them back, don't fail.
    return bool(supplied and expected) and hmac.compare_digest(
        supplied.encode("utf-8", "surrogateescape"), expected.encode())  # type: ignore[union-attr]


async def _csrf_valid(request: web.Request, current: Optional[ConsoleSession]) -> bool:
    if current is not None and await csrf_ok(request, current.csrf):
        return True
    # Signing in: the login form's signed double submit, with no session behind it.
    return request.path == url("/login") and await csrf_ok(
        request, login_form_token(request, session_token(request, LOGIN_COOKIE)))


OPEN = "console_open"  # set on a handler that needs no session: the stylesheet, the bare /console


def open_route(handler: Handler) -> Handler:
    """Mark `handler` as served to anyone (the login page's stylesheet must load before signing in)."""
    setattr(handler, OPEN, True)
    return handler


@web.middleware
async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    """The console's own middleware, on its sub-application only: for every console route, the
    session, CSRF on every POST, sign-in and the kiosk lock. A path the console does not serve (404,
    405) and a route marked open_route pass through untouched, as they did before any of this."""
    if request.match_info.http_exception is not None or getattr(request.match_info.handler, OPEN, False):
        return await handler(request)
    console = console_of(request)
    current = await db(request, load_session, session_token(request), console.clock())
    request["console_session"] = current
    path = request.path
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        form = await read_form(request)  # parsed once here; handlers get aiohttp's cached copy
        if form is None or has_nul(form):  # (PostgreSQL cannot store NUL: no field may carry one)
            return render(request, "error.html", status=400, title="This form could not be read",
                          message="Go back, reload the page and try again.")
        if not await _csrf_valid(request, current):
            log.warning("refused a console %s to %s: missing or wrong CSRF token", request.method, path)
            return render(request, "error.html", status=403, title="This form has expired",
                          message="Go back, reload the page and try again.")
    if path in PUBLIC:
        return await handler(request)
    if current is None or current.user is None:
        target = request.path_qs if request.method == "GET" else url("/")
        target = target if len(target) <= MAX_NEXT else url("/")
        raise web.HTTPSeeOther(location=url("/login") + "?" + _qs(next=target))
    if current.user.role == "provider" and not _PROVIDER_PATHS.match(path):
        if path == url("/") and request.method == "GET":
            raise web.HTTPSeeOther(location=url("/referrals"))
        log.warning("refused provider user %s: %s %s", current.user.id, request.method, path)
        return render(request, "error.html", status=403, title="Not available to you",
                      message="A provider account sees its referrals only.")
    if current.kiosk_for is not None:
        match = _KIOSK_PATHS.match(path)
        if not match or (match.group(2) and int(match.group(2)) != current.kiosk_for):
            raise web.HTTPSeeOther(location=url(f"/assisted/{current.kiosk_for}/kiosk"))
    return await handler(request)


def _qs(**params: str) -> str:
    from urllib.parse import urlencode

    return urlencode(params)


def require(role: str) -> Callable[[Handler], Handler]:
    """Coordinator-only views: a worker gets 403 (signed in, not allowed), not a login page."""

    def wrap(handler: Handler) -> Handler:
        async def guarded(request: web.Request) -> web.StreamResponse:
            current = request["console_session"]
            if current is None or current.user is None or current.user.role != role:
                return render(request, "error.html", status=403, title="Not available to you",
                              message="This page is for coordinators.")
            return await handler(request)

        return guarded

    return wrap


def _safe_next(target: Optional[str]) -> str:
    if target and target.startswith(PREFIX + "/") and not target.startswith("//") and "\\" not in target \
            and len(target) <= MAX_NEXT:
        return target
    return url("/")


async def login_page(request: web.Request) -> web.StreamResponse:
    current = request["console_session"]
    if current is not None and current.user is not None:
        raise web.HTTPSeeOther(location=_safe_next(request.query.get("next")))
    ended = request.query.get("ended") == "kiosk"
    return _login_form(request, 200, request.query.get("next", ""), KIOSK_ENDED if ended else "")


def _login_form(request: web.Request, status: int, next_: str, error: str) -> web.Response:
    """The form, with the CSRF token of its own cookie (set afresh when missing or stale)."""
    current = request["console_session"]
    if current is not None:  # a session from before sign-in stored nothing (or a signed-in user)
        return render(request, "login.html", status=status, next=next_, error=error)
    cookie = session_token(request, LOGIN_COOKIE)
    token = login_form_token(request, cookie)
    fresh = token is None
    if fresh:
        cookie = f"{int(console_of(request).clock())}.{secrets.token_urlsafe(24)}"
        token = login_form_token(request, cookie)
    response = render(request, "login.html", status=status, next=next_, error=error, csrf_token=token)
    if fresh:
        response.set_cookie(LOGIN_COOKIE, cookie, httponly=True, samesite="Strict", path=url("/login"),
                            max_age=int(ANONYMOUS_S), secure=console_of(request).secure_cookies)
    return response


async def login(request: web.Request) -> web.StreamResponse:
    console = console_of(request)
    gw_settings = console.settings
    form = await request.post()
    address = client_of(request, gw_settings)
    if not console.login_limiter.hit(address).allowed:
        return _login_form(request, 429, str(form.get("next", "")),
                           "Too many attempts from here. Wait a minute and try again.")
    email, password = str(form.get("email", "")), str(form.get("password", ""))
    result = await db(request, accounts.authenticate, email, password, now=console.clock())
    if result.user is None:
        # The same words whether the email is unknown, the password wrong or the account paused.
        return _login_form(request, 401, str(form.get("next", "")),
                           "Email or password not recognised. After several wrong tries an account "
                           "is paused for a few minutes.")
    previous = request["console_session"]

    def rotate(session: Session) -> str:
        if previous is not None:
            end_session(session, previous.token_hash)
        return new_session(session, result.user.id, console.clock())

    token = await db(request, rotate)
    response = web.HTTPSeeOther(location=_safe_next(str(form.get("next", ""))))
    set_cookie(request, response, token)
    response.del_cookie(LOGIN_COOKIE, path=url("/login"))
    raise response


async def logout(request: web.Request) -> web.StreamResponse:
    await db(request, end_session, request["console_session"].token_hash)
    response = redirect("/login")
    response.del_cookie(COOKIE, path=PREFIX + "/")
    raise response


async def unlock_attempt(request: web.Request, password: str) -> str:
    """The worker's password to leave kiosk mode: "ok", "wrong", or "ended" (the session is gone).

    The same limiter as signing in (keyed by the account: the tablet's address is the whole venue's)
    and the same account lockout; after KIOSK_UNLOCK_TRIES refusals in one session the session ends, so
    a resident left with the tablet cannot keep guessing and the worker signs in again."""
    console, current = console_of(request), request["console_session"]
    if console.login_limiter.hit(f"unlock:{current.user.id}").allowed:
        result = await db(request, accounts.verify_password, current.user.id, password, now=console.clock())
        if result.user is not None:
            return "ok"
    else:
        log.warning("kiosk unlock for user %s refused: too many attempts", current.user.id)
    if console.unlock_failures.hit(current.token_hash).allowed:
        return "wrong"
    await db(request, end_session, current.token_hash)
    log.warning("kiosk session of user %s ended after %d wrong unlock attempts", current.user.id,
                KIOSK_UNLOCK_TRIES)
    return "ended"


def add_routes(routes: web.UrlDispatcher) -> None:
    routes.add_get("/login", login_page)
    routes.add_post("/login", login)
    routes.add_post("/logout", logout)


__all__ = ["COOKIE", "CSRF_FIELD", "CSRF_HEADER", "KIOSK_UNLOCK_TRIES", "LOGIN_COOKIE", "ConsoleSession",
           "add_routes", "guard", "end_session", "load_session", "login_form_token", "new_session", "open_route",
           "require", "set_kiosk", "unlock_attempt"]
