"""Hostile input at every public endpoint: never a 5xx, never a stack trace in a response.

Every operation in docs/openapi.yaml is fuzzed against the real gateway (console mounted) over aiohttp's
test client, with the gateway tests' fake Rasa and fake Twilio behind it. Requests start from the spec
(path, query and body schemas, media types, the console's cookie and CSRF token, Twilio's signature) and
are then bent: wrong types, missing and extra fields, huge and deeply nested bodies, invalid UTF-8, lone
surrogates, NUL and control characters, injection strings, wrong or broken content types and multipart,
path traversal, bad cookies and CSRF tokens, forged or mangled signatures, odd methods, and raw malformed
HTTP on a socket. Every answer must be < 500, show no trace, exception or internal detail (Rasa's address
and token, secrets, file paths), and the widget API must answer the JSON the spec promises. No exception
may be logged with a trace either (errors the middleware swallowed, or a Twilio turn that crashed).

Bounded for CI: a fixed number of examples per operation, derandomized (the same inputs every run).
WAYMARK_FUZZ_EXAMPLES=2000 runs that many random examples per operation instead (a deeper, slower run).
"""

from __future__ import annotations

import logging
import os
from typing import Any, Dict, List, Optional, Tuple
from urllib.parse import parse_qsl, quote

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from aiohttp.http_exceptions import HttpProcessingError
from multidict import MultiDict
from sqlalchemy import update
from twilio.request_validator import RequestValidator

from bot.residents import accounts
from bot.console import assisted_db
from bot.console.auth import _hash as token_hash
from bot.db import session_factory
from bot.gateway.state import GATEWAY
from bot.residents.records import console_sessions
from tests.fuzz import hostile as h
from tests.fuzz import spec
from tests.fuzz.checks import Request, check, send
from tests.fuzz.conftest import (AUTH_TOKEN, HELD_SESSION, PSEUDONYM_KEY, PUBLIC_BASE_URL, RASA_TOKEN,
                                 SignedIn, sign_in)

DEEP = os.environ.get("WAYMARK_FUZZ_EXAMPLES")


def fuzz_settings(examples: int) -> settings:
    return settings(
        max_examples=int(DEEP) if DEEP else examples, deadline=None, derandomize=not DEEP, database=None,
        print_blob=True, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                                HealthCheck.data_too_large, HealthCheck.filter_too_much,
                                                HealthCheck.large_base_example])


OPERATIONS = spec.operations()
PUBLIC = [op for op in OPERATIONS if not op.is_console]
CONSOLE = [op for op in OPERATIONS if op.is_console]
STATIC_FILES = ["favicon.svg", "widget.js", "widget.css"]
# (CONNECT is left to the malformed-HTTP test: aiohttp takes what follows it as a tunnel, not a body.)
ODD_METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO", "get"]


# --- the world each example runs in ------------------------------------------------------------------------
class World:
    """The gateway under test, the signed-in coordinator, and what no response may contain (public
    responses: `public_secrets`, which may add more)."""

    def __init__(self, client: Any, console: SignedIn, secrets: Tuple[str, ...],
                 public_secrets: Tuple[str, ...] = ()):
        self.client, self.console, self.secrets = client, console, secrets
        self.public_secrets = secrets + public_secrets
        self._strategies: Dict[str, st.SearchStrategy] = {}

    def __repr__(self) -> str:
        return f"World(ids={self.console.ids})"

    def strategy(self, op: spec.Operation) -> st.SearchStrategy:
        """Built once per test, not per example (building strategies costs more than drawing)."""
        if op.id not in self._strategies:
            self._strategies[op.id] = operation_request(op, self)
        return self._strategies[op.id]

    @property
    def factory(self):
        return session_factory(self.client.app[GATEWAY].store.engine)

    async def reset(self, kiosk: bool) -> None:
        """The coordinator's session as each example expects it: signed in, and in kiosk mode or not
        (an earlier example may have signed out, entered kiosk mode or finished the session)."""
        assisted = self.console.ids["assisted"]
        with self.factory() as s, s.begin():
            alive = s.execute(update(console_sessions)
                              .where(console_sessions.c.token_hash == token_hash(self.console.cookie))
                              .values(kiosk_for=assisted if kiosk else None)).rowcount
            if kiosk:
                assisted_db.set_mode(s, assisted, "kiosk")
        if not alive:
            # Hostile passwords at /console/unlock end the session and pause the account, as they
            # should; the coordinator's own sign-in is not what the next example is about.
            with self.factory() as s, s.begin():
                accounts.unlock(s, self.console.ids["self"])
            fresh = await sign_in(self.client)
            self.console.cookie, self.console.csrf = fresh.cookie, fresh.csrf
            await self.reset(kiosk)


@pytest.fixture
async def world(client, console, fake_rasa, tmp_path) -> World:
    # (Not the database's file path: the console's "what we hold" page names where SQLite keeps each
    # kind of data, on purpose, to signed-in staff. Public responses are checked for it below.)
    secrets = (RASA_TOKEN, AUTH_TOKEN, PSEUDONYM_KEY, fake_rasa.url, fake_rasa.url.split("//")[1])
    return World(client, console, secrets, public_secrets=(str(tmp_path),))


class Crashes:
    """Exceptions logged with a trace since the last call (the middleware's 500s, crashed Twilio turns)."""

    def __init__(self, caplog):
        self.caplog = caplog

    def __call__(self) -> List[str]:
        found = [f"{r.name}: {r.getMessage()} ({r.exc_info[0].__name__}: {r.exc_info[1]})"
                 for r in self.caplog.records if r.exc_info and r.exc_info[0] is not None
                 and r.name.startswith("waymark")]  # (aiohttp.server logs every malformed request too)
        self.caplog.clear()
        return found

    def refused_by_parser(self) -> bool:
        """Did aiohttp's HTTP parser refuse a request (it answers 400 and closes; with body bytes still
        unread, the client may see the close before the answer)?"""
        return any(r.name == "aiohttp.server" and r.exc_info
                   and issubclass(r.exc_info[0], HttpProcessingError) for r in self.caplog.records)


@pytest.fixture
def crashes(caplog) -> Crashes:
    caplog.set_level(logging.ERROR)
    return Crashes(caplog)


# --- building one hostile request from the spec -------------------------------------------------------------
_PICKS: Dict[int, st.SearchStrategy] = {}


def weighted(draw, *choices: Tuple[int, Any]) -> Any:
    """Draw from strategies with weights (hypothesis's one_of has none); shrinks towards the first."""
    total = sum(w for w, _ in choices)
    pick = draw(_PICKS.setdefault(total, st.integers(0, total - 1)))
    for weight, strategy in choices:
        if pick < weight:
            return draw(strategy)
        pick -= weight
    raise AssertionError("unreachable")


def _good_path_value(op: spec.Operation, name: str, world: World) -> st.SearchStrategy:
    if name == "id":
        return st.sampled_from(sorted({str(v) for v in world.console.ids.values()}))
    if name == "path":
        return st.sampled_from(STATIC_FILES)
    param = next(p for p in op.params_in("path") if p["name"] == name)
    return h.from_schema(param["schema"]).map(lambda v: quote(str(v), safe=""))


def form_body(draw, schema: Dict[str, Any], csrf: Optional[str], media: str,
              known: Dict[str, List[str]]) -> Tuple[bytes, str]:
    fields = draw(weighted_fields(schema))
    for name, values in known.items():  # sometimes a value that gets further (a real pathway_id)
        if name in fields and values and draw(st.booleans()):
            fields[name] = draw(st.sampled_from(values))
    if csrf is not None:
        fields["csrf_token"] = csrf
    elif "csrf_token" in fields and draw(st.booleans()):
        fields.pop("csrf_token")
    if media.startswith("multipart/"):
        return h.multipart({str(k): str(v) for k, v in fields.items()}), h.MULTIPART
    return h.urlencode(fields), media


def weighted_fields(schema: Dict[str, Any]) -> st.SearchStrategy:
    """Form fields: valid a third of the time, bent the rest."""
    bent = h.mutated_object(schema, form=True)
    return h.cached("fields", schema, lambda: st.one_of(h.from_schema(schema), bent, bent).map(_as_fields))


def _as_fields(value: Any) -> Dict[str, Any]:
    if not isinstance(value, dict):
        return {"x": str(value)}
    return {str(k): (v if isinstance(v, (str, bytes)) else str(v)) for k, v in value.items()}


@st.composite
def operation_request(draw, op: spec.Operation, world: World) -> Tuple[Request, bool]:
    """One request aimed at `op`, and whether the console session should be in kiosk mode for it."""
    method = op.method if draw(st.integers(0, 14)) else draw(st.sampled_from(ODD_METHODS))

    # Path: a real row or file most of the time (to reach the handler), else something hostile.
    values = {}
    for name in h.sample_names(op):
        values[name] = weighted(draw, (7, _good_path_value(op, name, world)), (3, h.path_segment()))
    target = h.fill_path(op.path, values)

    # Query: the declared parameters, sometimes bent, sometimes junk.
    query = []
    for param in op.params_in("query"):
        if draw(st.booleans()):
            value = weighted(draw, (6, h.from_schema(param["schema"]).map(str)), (4, h.hostile_text))
            query.append(f"{param['name']}={quote(value.encode('utf-8', 'surrogatepass'), safe='')}")
    if draw(st.integers(0, 3)) == 0:
        query.append(draw(h.hostile_query()))
    if any(query):
        target += "?" + "&".join(q for q in query if q)

    headers: List[Tuple[str, str]] = []
    if draw(st.integers(0, 2)) == 0:
        headers.append(("Origin", draw(st.sampled_from(h.ORIGINS))))
    for _ in range(draw(st.integers(0, 2))):
        headers.append((draw(st.sampled_from(h.EXTRA_HEADERS)), draw(h.header_value)))

    # The console's credentials: usually right (to get past the guard), sometimes wrong or hostile.
    csrf_field: Optional[str] = None
    kiosk = False
    if op.is_console:
        cookie = weighted(draw, (8, st.just(f"waymark_console={world.console.cookie}")), (1, st.just(None)),
                          (1, st.one_of(h.header_value.map(lambda v: f"waymark_console={v}"),
                                        st.just(f"waymark_console={world.console.cookie}; waymark_console=x"),
                                        st.just(f"waymark_console={world.console.cookie}; a)b=1"),
                                        st.just("waymark_console=" + "A" * 5000),
                                        st.just('waymark_console="\\"\\x00"'), h.header_value)))
        if cookie is not None:
            headers.append(("Cookie", cookie))
        csrf_mode = weighted(draw, (6, st.just("field")), (2, st.just("header")), (2, st.just("bad")))
        if csrf_mode == "field":
            csrf_field = world.console.csrf
        elif csrf_mode == "header":
            headers.append(("X-CSRF-Token", world.console.csrf))
        else:
            bad = draw(st.one_of(h.header_value, st.just(""), st.just(world.console.csrf + "x")))
            if draw(st.booleans()):
                headers.append(("X-CSRF-Token", bad))
            csrf_field = bad if draw(st.booleans()) else None
        kiosk = "/kiosk" in op.path or "/finish" in op.path or op.path == "/console/unlock"
        kiosk = draw(st.booleans()) if kiosk else draw(st.integers(0, 9)) == 0

    # Body: from the spec, bent, or broken.
    body, content_type = b"", None
    bodies = op.bodies
    if bodies or draw(st.integers(0, 9)) == 0:
        media = draw(st.sampled_from(sorted(bodies))) if bodies else draw(st.sampled_from(h.CONTENT_TYPES))
        schema = bodies.get(media, {"type": "object", "properties": {}})
        kind = draw(st.sampled_from(["valid", "mutated", "mutated", "mutated", "malformed", "malformed",
                                     "empty", "oversized", "deep", "wrong_type"]))
        if media == "application/json":
            if kind == "valid":
                body = h.dumps(draw(h.from_schema(schema)))
            elif kind == "mutated":
                body = h.dumps(draw(h.mutated_object(schema)))
            elif kind == "wrong_type":
                body = h.dumps(draw(h.hostile_json_value))
            elif kind == "deep":
                body = h.deep_json(draw(st.sampled_from([64, 999, 1001, 3000, 7999, 8001, 100_000])))
            elif kind == "oversized":
                body = h.dumps({"session": "a" * 20, "text": "x" * draw(st.sampled_from([16_400, 70_000]))})
            elif kind == "malformed":
                body = draw(h.hostile_bytes)
            content_type = media
            if op.path.startswith("/api/web/messages") and draw(st.integers(0, 4)) == 0:
                # Aim at the held conversation (a worker has it): the handoff path, not Rasa's.
                body = h.dumps({**draw(h.mutated_object(schema)), "session": HELD_SESSION})
        else:
            if kind in ("valid", "mutated", "wrong_type"):
                body, content_type = form_body(draw, schema, csrf_field, media, world.console.known)
            elif kind == "oversized":
                body = b"csrf_token=" + _bytes(csrf_field or "") + b"&text=" + b"A" * 70_000
                content_type = media
            elif kind == "deep":
                body = b"&".join(b"a%d=%d" % (i, i) for i in range(draw(st.sampled_from([100, 5000]))))
                content_type = media
            elif media.startswith("multipart/"):
                body = draw(st.sampled_from(h.BROKEN_MULTIPART))
                content_type = draw(st.sampled_from([h.MULTIPART, "multipart/form-data",
                                                     "multipart/form-data; boundary="]))
            elif kind == "malformed":
                prefix = b"csrf_token=" + _bytes(csrf_field) + b"&" if csrf_field else b""
                body = prefix + draw(h.malformed_form())
                content_type = media
            if content_type is None:
                content_type = media
        if draw(st.integers(0, 5)) == 0:
            content_type = draw(st.sampled_from(h.CONTENT_TYPES))
    elif csrf_field is not None and method == "POST":
        body, content_type = h.urlencode({"csrf_token": csrf_field}), "application/x-www-form-urlencoded"
    if content_type:
        headers.append(("Content-Type", content_type))

    # Twilio's signature: valid over whatever was sent (to reach the handler), else missing or forged.
    if op.path == "/webhooks/twilio":
        mode = weighted(draw, (6, st.just("valid")), (1, st.just("missing")), (3, st.just("forged")))
        if mode == "valid":
            headers.append(("X-Twilio-Signature", twilio_signature(PUBLIC_BASE_URL + target, body)))
        elif mode == "forged":
            headers.append(("X-Twilio-Signature", draw(st.one_of(h.header_value, st.just("=" * 28)))))

    if draw(st.integers(0, 9)) == 0 and headers:  # a header twice (proxies and clients do this)
        headers.append(draw(st.sampled_from(headers)))
    raw = draw(st.integers(0, 4)) == 0
    return Request(method, target, headers, body, raw=raw), kiosk


def _bytes(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # a hostile token may carry a lone surrogate


def twilio_signature(url: str, body: bytes) -> str:
    try:
        params = MultiDict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        return RequestValidator(AUTH_TOKEN).compute_signature(url, params)
    except UnicodeError:  # a body or URL no one could sign: send something signature-shaped
        return "A" * 27 + "="


async def run_one(world: World, request: Request, kiosk: bool, crashes) -> None:
    crashes()  # forget anything an earlier (failed) example left behind
    if request.target.startswith("/console"):
        await world.reset(kiosk)
    response = await send(world.client, request)
    if request.target.startswith("/webhooks/twilio"):
        await world.client.app[GATEWAY].twilio.idle()  # the turn runs after the answer: let it finish
    console = request.target.startswith("/console")
    check(request, response, secrets=world.secrets if console else world.public_secrets,
          api=request.target.startswith("/api/"), allow_no_answer=crashes.refused_by_parser())
    logged = crashes()
    assert not logged, f"exception logged while handling {request!r}: {logged}"


# --- the properties -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("op", PUBLIC, ids=repr)
@fuzz_settings(150)
@given(data=st.data())
async def test_public_endpoint_survives_hostile_input(world, crashes, op, data):
    request, kiosk = data.draw(world.strategy(op), label="request")
    await run_one(world, request, kiosk, crashes)


@pytest.mark.parametrize("op", CONSOLE, ids=repr)
@fuzz_settings(60)
@given(data=st.data())
async def test_console_endpoint_survives_hostile_input(world, crashes, op, data):
    request, kiosk = data.draw(world.strategy(op), label="request")
    await run_one(world, request, kiosk, crashes)


@fuzz_settings(150)
@given(segment=h.path_segment(), raw=st.booleans(), prefix=st.sampled_from(["/static/", "/console/static/"]))
async def test_static_files_never_escape_their_directory(world, crashes, segment, raw, prefix):
    request = Request("GET", prefix + segment, raw=raw)
    response = await send(world.client, request)
    check(request, response, secrets=world.public_secrets)
    assert b"root:x:0:0" not in response.body and b"class Settings" not in response.body
    assert not crashes()


def _wire(method: str, path: str, header: bytes, body: bytes) -> bytes:
    header = header.replace(b"\r", b"").replace(b"\n", b"")
    return (method.encode() + b" " + path.encode() + b" HTTP/1.1\r\nHost: x\r\nX-A: " + header
            + b"\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body)


@fuzz_settings(150)
@given(wire=st.one_of(
    st.builds(_wire, st.sampled_from(ODD_METHODS + ["CONNECT"]),
              st.sampled_from([op.path for op in OPERATIONS] + ["/nope", "/api/nope", "/console/nope"]),
              h.hostile_bytes, h.hostile_bytes),
    st.sampled_from([
        b"GET /\xff HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"GET /console/ HTTP/1.1\r\nHost: x\r\nCookie: waymark_console=\xff\xfe\r\nConnection: close\r\n\r\n",
        b"POST /api/web/messages HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\nConnection: close\r\n\r\n{}",
        b"POST /api/web/messages HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\nConnection: close\r\n\r\n{}",
        b"POST /api/web/messages HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n"
        b"Connection: close\r\n\r\n{}",
        b"POST /api/web/messages HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
        b"Connection: close\r\n\r\n"
        b"zz\r\n{}\r\n0\r\n\r\n",
        b"POST /api/web/messages HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 2\r\n"
        b"Connection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
        b"POST /webhooks/twilio HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\nConnection: close"
        b"\r\n\r\n0\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: \xff\xfe\r\nConnection: close\r\n\r\n",
        b"GET / HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X-Big: " + b"a" * 10_000 + b"\r\nConnection: close\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-%d: 1\r\n" % i for i in range(200)) +
        b"Connection: close\r\n\r\n",
        b"GET /" + b"a" * 10_000 + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03",  # a TLS ClientHello on the plain port
        b"\r\n\r\n", b"GET\r\n\r\n", b"GET / HTTP/1.1\nHost: x\nConnection: close\n\n",
        b"POST /console/login HTTP/1.1\r\nHost: x\r\nX-CSRF-Token: \xff\r\nContent-Length: 0\r\n"
        b"Connection: close\r\n\r\n",
    ])))
async def test_malformed_http_is_refused_cleanly(world, crashes, wire):
    request = Request("RAW", "", wire=wire)
    response = await send(world.client, request)
    check(request, response, secrets=world.secrets, allow_no_answer=True)
    assert not crashes()


@pytest.fixture
async def originless(make_client):
    """A gateway without PUBLIC_BASE_URL: Twilio's signature is then checked against the request's own
    origin, built from its Host header (which the sender controls)."""
    return await make_client(public_base_url=None)


@fuzz_settings(100)
@given(data=st.data())
async def test_twilio_webhook_without_public_base_url(originless, crashes, data):
    host = data.draw(st.one_of(st.just("waymark.example.org"), h.header_value,
                               st.sampled_from(["x:abc", "x:99999", "x:-1", "[::1", "[::1]:80", "a b", ":",
                                                "x:0", "@", "user@host:1", "x:1:2", "[zz]"])), label="host")
    params = data.draw(st.dictionaries(st.sampled_from(["MessageSid", "From", "Body", "To"]), h.hostile_text,
                                       max_size=4), label="params")
    body = h.urlencode(params)
    signature = twilio_signature(f"http://{host}/webhooks/twilio", body)
    request = Request("POST", "/webhooks/twilio", [("Host", host), ("X-Twilio-Signature", signature),
                                                   ("Content-Type", "application/x-www-form-urlencoded")],
                      body, raw=True)
    response = await send(originless, request)
    await originless.app[GATEWAY].twilio.idle()
    check(request, response, secrets=(AUTH_TOKEN, RASA_TOKEN))
    assert not crashes()
