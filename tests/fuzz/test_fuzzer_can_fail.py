"""The fuzz suite must be able to fail: its checks reject what they are meant to reject, and a
deliberately broken handler is caught by the same strategies that fuzz the real one."""

from __future__ import annotations

import pytest
from hypothesis import Phase, given, settings, strategies as st
from multidict import CIMultiDict

from bot.gateway import views_web
from tests.fuzz import spec
from tests.fuzz.checks import Request, Response, check
from tests.fuzz.test_hostile_input import World, crashes, fuzz_settings, run_one  # noqa: F401 - a fixture

POST = Request("POST", "/api/web/messages", [("Content-Type", "application/json")], b'{"text": "hi"}')
JSON = CIMultiDict({"Content-Type": "application/json", "X-Content-Type-Options": "nosniff"})
HTML = CIMultiDict({"Content-Type": "text/html"})


@pytest.mark.parametrize("response", [
    Response(500, HTML, b"Internal error"),
    Response(502, HTML, b""),
    Response(400, HTML, b'Traceback (most recent call last):\n  File "bot/x.py", line 1'),
    Response(200, HTML, b"<p>ValueError('embedded null byte')</p>"),
    Response(200, HTML, b"sqlalchemy.exc.OperationalError: database is locked"),
    Response(200, HTML, b"rasa at http://127.0.0.1:5005 said no"),
    Response(200, JSON, b"<html>not json</html>"),
    Response(200, JSON, b'{"messages": [{"text": 1}]}'),
    Response(400, JSON, b'{"messages": []}'),
], ids=["500", "502", "traceback", "exception-repr", "sqlalchemy", "internal-url", "api-not-json",
        "api-wrong-shape", "api-error-without-error"])
def test_the_checks_reject(response):
    with pytest.raises(AssertionError):
        check(POST, response, secrets=("http://127.0.0.1:5005",), api=True)


def test_the_checks_allow_an_echo_of_what_was_sent():
    sent = Request("GET", "/console/login?next=%2Fconsole%2FTraceback", [], b"")
    check(sent, Response(200, HTML, b'<input name="next" value="/console/Traceback">'))
    check(POST, Response(400, JSON, b'{"error": "text must be a string"}'), api=True)
    check(POST, Response(200, JSON, b'{"messages": [{"text": "ok", "buttons": [], "cards": []}]}'), api=True)


@pytest.fixture
def broken(monkeypatch):
    """The widget API with a planted bug: any message with a non-ASCII character fails to encode
    (the kind of 500 the fuzzer found for real), behind the error middleware that hides the trace."""
    real = views_web._read_limited

    async def read_then_choke(request, limit):
        raw = await real(request, limit)
        if raw and b"\\u" in raw:  # json.dumps escapes every non-ASCII character as \uXXXX
            raise UnicodeEncodeError("ascii", "\u00e9", 0, 1, "planted: no non-ASCII text here")
        return raw

    monkeypatch.setattr(views_web, "_read_limited", read_then_choke)


@pytest.fixture
def broken_world(broken, client, console, fake_rasa):
    return World(client, console, (fake_rasa.url,))


OPERATION = next(op for op in spec.operations() if op.id == "sendWebMessage")


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a deliberately broken handler: the fuzzer must find the input that breaks it")
@settings(fuzz_settings(150), phases=[Phase.explicit, Phase.generate], report_multiple_bugs=False)
@given(data=st.data())
async def test_the_fuzzer_catches_a_broken_handler(broken_world, crashes, data):
    request, kiosk = data.draw(broken_world.strategy(OPERATION), label="request")
    await run_one(broken_world, request, kiosk, crashes)
