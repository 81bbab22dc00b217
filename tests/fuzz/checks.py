"""Sending a fuzzed request (aiohttp's test client, or raw bytes on a socket for malformed HTTP) and the
properties every response must have: no 5xx, no stack trace or internals, JSON where JSON is promised."""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass, field
from typing import Iterable, List, Optional, Tuple

import aiohttp
import jsonschema
from multidict import CIMultiDict
from yarl import URL

from tests.fuzz import spec

# Never in a response, unless the request itself carried it (a page may echo what it was sent).
LEAK_MARKERS = ("Traceback", 'File "', "Exception", "sqlalchemy", "aiohttp.", "asyncio.", "site-packages",
                "/work/", ".py\", line", "NoneType", "<module>")
EXCEPTION_REPR = re.compile(r"\b[A-Z][A-Za-z]*(Error|Exception|Warning)\(|<class '[\w.]+'>|"
                            r"\b[A-Z][A-Za-z]*(Error|Exception): ")
MESSAGES_SCHEMA = spec.json_schema({"$ref": "#/components/schemas/Messages"})
API_ERROR_SCHEMA = spec.json_schema({"$ref": "#/components/schemas/ApiError"})
WIDGET_WORDS_SCHEMA = spec.json_schema({"$ref": "#/components/schemas/WidgetWords"})


@dataclass
class Request:
    method: str
    target: str  # path and query as sent on the wire (percent-encoded ASCII)
    headers: List[Tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    raw: bool = False  # send byte for byte on a socket instead of through aiohttp's client
    wire: Optional[bytes] = None  # a whole hand-made request (malformed HTTP); implies raw

    def blob(self) -> str:
        """Everything the client sent, decoded loosely: what a page could legitimately echo back."""
        from urllib.parse import unquote_to_bytes

        parts = [self.target, unquote_to_bytes(self.target).decode("utf-8", "replace")]
        parts += [f"{k}: {v}" for k, v in self.headers]
        parts += [self.body.decode("utf-8", "replace"),
                  unquote_to_bytes(self.body).decode("utf-8", "replace")]
        try:
            parts.append(json.dumps(json.loads(self.body), ensure_ascii=False))
        except (ValueError, UnicodeDecodeError, RecursionError):
            pass
        if self.wire:
            parts.append(self.wire.decode("utf-8", "replace"))
        return "\n".join(parts).lower()

    def __repr__(self) -> str:
        body = self.body if len(self.body) <= 300 else self.body[:300] + b"...(%d bytes)" % len(self.body)
        how = "raw " if self.raw or self.wire else ""
        if self.wire:
            return f"<{how}wire {self.wire[:400]!r}>"
        return f"<{how}{self.method} {self.target[:300]} headers={self.headers!r} body={body!r}>"


@dataclass
class Response:
    status: int
    headers: CIMultiDict
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


async def send(client, request: Request, timeout: float = 15.0) -> Response:
    # aiohttp's client (3.9) can hang when a server answers before reading a large body, so such
    # bodies go on a socket too (the server itself answers at once; test_malformed_http shows it).
    if request.raw or request.wire is not None or len(request.body) > 32_000 \
            or not _encodable(request.headers):
        return await asyncio.wait_for(_send_raw(client, request), timeout)
    try:
        response = await client.request(request.method, URL(request.target, encoded=True),
                                        headers=CIMultiDict(request.headers), data=request.body,
                                        allow_redirects=False, skip_auto_headers=("Content-Type", "User-Agent"),
                                        timeout=timeout)
        async with response:
            return Response(response.status, CIMultiDict(response.headers), await response.read())
    except aiohttp.ClientResponseError:
        # aiohttp's client could not read the answer (e.g. a header over its 8 KB limit): read it raw.
        return await asyncio.wait_for(_send_raw(client, request), timeout)


def _encodable(headers: List[Tuple[str, str]]) -> bool:
    try:
        for name, value in headers:
            (name + value).encode("utf-8")
    except UnicodeEncodeError:
        return False  # aiohttp's client cannot send it; a raw socket can
    return True


async def _send_raw(client, request: Request) -> Response:
    host, port = client.server.host, client.server.port
    if request.wire is not None:
        wire = request.wire
    else:
        names = {k.lower() for k, _ in request.headers}
        lines = [f"{request.method} {request.target} HTTP/1.1".encode("latin-1", "replace")]
        if "host" not in names:
            lines.append(f"Host: {host}:{port}".encode())
        for name, value in request.headers:
            lines.append(name.encode("latin-1", "replace") + b": " + value.encode("utf-8", "surrogatepass"))
        if "content-length" not in names and "transfer-encoding" not in names:
            lines.append(b"Content-Length: %d" % len(request.body))
        lines.append(b"Connection: close")
        wire = b"\r\n".join(lines) + b"\r\n\r\n" + request.body
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(wire)
        await writer.drain()
        if request.wire is not None:
            # A hand-made request may promise more body than it sends: end it, as a client that
            # gives up would (a well-formed request keeps its side open until the answer).
            writer.write_eof()
        data = await reader.read()
    except ConnectionResetError:
        data = b""
    finally:
        writer.close()
    return parse_response(data)


def parse_response(data: bytes) -> Response:
    if not data:
        return Response(0, CIMultiDict(), b"")  # the server closed the connection without answering
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split()[1])
    headers: CIMultiDict = CIMultiDict()
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        headers.add(name.decode("latin-1").strip(), value.decode("latin-1").strip())
    if headers.get("Transfer-Encoding", "").lower() == "chunked":
        out, rest = b"", body
        while rest:
            size_line, _, rest = rest.partition(b"\r\n")
            size = int(size_line.split(b";")[0] or b"0", 16)
            if size == 0:
                break
            out, rest = out + rest[:size], rest[size + 2:]
        body = out
    return Response(status, headers, body)


def check(request: Request, response: Response, *, secrets: Iterable[str] = (), api: bool = False,
          allow_no_answer: bool = False) -> None:
    """The properties every answer to hostile input must have."""
    context = f"\nrequest: {request!r}\nresponse: {response.status} {dict(response.headers)!r}\n" \
              f"{response.text[:800]}"
    if response.status == 0:
        assert allow_no_answer, "the server closed the connection without answering" + context
        return
    assert response.status < 500, "5xx" + context
    text = response.text
    lowered = text.lower()
    suspects = [m.lower() for m in LEAK_MARKERS if m.lower() in lowered]
    suspects += [found.group(0).lower() for found in EXCEPTION_REPR.finditer(text)]
    if suspects:  # (rare: only then is what the request carried worth working out)
        sent = request.blob()
        for suspect in suspects:
            assert suspect in sent, f"response leaks or shows {suspect!r}" + context
    for secret in secrets:
        assert secret not in text and all(secret not in v for v in response.headers.values()), \
            "response leaks a secret or internal address" + context
    from_app = "X-Content-Type-Options" in response.headers  # not aiohttp's parser refusing bad HTTP
    if api and from_app and request.method not in ("HEAD", "OPTIONS") and response.status != 204:
        assert response.headers.get("Content-Type", "").startswith("application/json"), \
            "the widget API must answer JSON" + context
        try:
            data = json.loads(response.body)
            ok = WIDGET_WORDS_SCHEMA if request.target.startswith("/api/web/words") else MESSAGES_SCHEMA
            jsonschema.validate(data, ok if response.status == 200 else API_ERROR_SCHEMA)
        except (ValueError, jsonschema.ValidationError) as error:
            raise AssertionError(f"not the JSON docs/openapi.yaml promises: {error}" + context) from None
