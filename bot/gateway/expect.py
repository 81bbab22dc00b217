"""The `Expect` header, answered without a 500.

aiohttp 3.9.5 handles `Expect` before any middleware runs, with a module-level default handler that
answers anything but `100-continue` with 417 "Unknown Expect: <the value>". When the value is not UTF-8
(`Expect: \\xff`; aiohttp keeps such bytes as surrogate escapes) building that text raises
UnicodeEncodeError, and every URL, even one that does not exist, answers 500. The replacement answers
the same 417 without echoing the value. Routes and aiohttp's per-request system routes (404, 405) all
take the default when they are created, so it is swapped in before the gateway adds any route.
"""

from __future__ import annotations

from aiohttp import hdrs, web, web_urldispatcher
from aiohttp.http import HttpVersion11


async def expect_handler(request: web.Request) -> None:
    if request.version == HttpVersion11:
        if request.headers.get(hdrs.EXPECT, "").lower() == "100-continue":
            await request.writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        else:
            raise web.HTTPExpectationFailed(text="Unknown Expect")


def install() -> None:
    """Make `expect_handler` aiohttp's default (idempotent; process-wide, as aiohttp's own is)."""
    web_urldispatcher._default_expect_handler = expect_handler  # type: ignore[attr-defined]


__all__ = ["expect_handler", "install"]
