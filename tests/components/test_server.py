"""Rasa started through components.server: the token out of `ps`, the admin routes closed, the channels
behind the token, /ready open.

One real Rasa process (no model: it starts in seconds and its API answers all the same).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.ops.processes import free_port
from tests.local_http import call as _call
from components import server

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "rasa-token-" + "q" * 30




@pytest.fixture(scope="module")
def rasa(tmp_path_factory):
    """(port, pid) of `python -m components.server … --enable-api` with RASA_TOKEN set and no model."""
    work = tmp_path_factory.mktemp("rasa")
    (work / "models").mkdir()
    port = free_port()
    env = {**os.environ, "RASA_TOKEN": TOKEN, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "components.server", "--model", str(work / "models"), "--enable-api",
         "--credentials", str(ROOT / "credentials.yml"), "--interface", "127.0.0.1", "--port", str(port)],
        cwd=work, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while True:
        try:
            if _call(port, "GET", "/")[0] == 200:
                break
        except OSError:
            pass
        assert process.poll() is None, "rasa exited"
        assert time.monotonic() < deadline, "rasa did not start"
        time.sleep(0.5)
    yield port, process.pid
    process.terminate()
    process.wait(timeout=60)


def test_the_token_is_not_on_rasas_command_line(rasa):
    _, pid = rasa
    cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode()
    assert "components.server" in cmdline
    assert TOKEN not in cmdline and "--auth-token" not in cmdline


def test_the_api_still_demands_the_token_it_was_given(rasa):
    port, _ = rasa
    assert _call(port, "GET", "/status")[0] == 401
    assert _call(port, "GET", "/status?token=wrong")[0] == 401
    assert _call(port, "GET", f"/status?token={TOKEN}")[0] == 409  # authenticated; no model loaded


@pytest.mark.parametrize("method, path", [
    ("PUT", "/model"), ("DELETE", "/model"), ("POST", "/model/train"), ("POST", "/model/parse"),
    ("PUT", "/conversations/web-a/tracker/events"), ("POST", "/conversations/web-a/execute"),
    ("POST", "/conversations/web-a/trigger_intent"), ("GET", "/domain"), ("GET", "/version"),
])
def test_admin_routes_are_refused_even_with_the_token(rasa, method, path):
    port, _ = rasa
    body = {"model_server": {"url": "http://127.0.0.1:9/model.tar.gz"}} if method != "GET" else None
    status, text = _call(port, method, f"{path}?token={TOKEN}", body)
    assert (status, json.loads(text)) == (403, {"error": "not available"})


def test_readiness_needs_no_token_and_says_only_whether_a_model_is_loaded(rasa):
    port, _ = rasa
    assert _call(port, "GET", "/ready") == (503, "loading")


@pytest.mark.parametrize("channel", ["rest", "waymark_rest"])
@pytest.mark.parametrize("authorization", [None, "", "Bearer", "Bearer wrong", TOKEN, f"Bearer {TOKEN}x",
                                           f"Basic {TOKEN}", f"bearer {TOKEN}"])
def test_a_channel_refuses_a_message_without_rasas_token(rasa, channel, authorization):
    """Otherwise any process on the machine could speak as any resident (any sender id)."""
    port, _ = rasa
    headers = {} if authorization is None else {"Authorization": authorization}
    status, text = _call(port, "POST", f"/webhooks/{channel}/webhook",
                         {"sender": "web-someone-else", "message": "what do you know about me?"}, headers)
    assert (status, json.loads(text)) == (401, {"error": "not authorised"})
    # Nor as a query parameter, the way Rasa's own API takes it (URLs end up in logs).
    assert _call(port, "POST", f"/webhooks/{channel}/webhook?token={TOKEN}", {"sender": "a", "message": "hi"},
                 headers)[0] == 401


@pytest.mark.parametrize("channel", ["rest", "waymark_rest"])
def test_a_channel_takes_a_message_with_rasas_token_as_a_bearer_header(rasa, channel):
    port, _ = rasa
    status, _ = _call(port, "POST", f"/webhooks/{channel}/webhook", {"sender": "a", "message": "hi"},
                      {"Authorization": f"Bearer {TOKEN}"})
    assert status == 200  # no model loaded: Rasa answers, with nothing to say


def test_a_token_on_the_command_line_or_none_at_all_is_refused(capsys):
    assert server.main(["--enable-api", "--auth-token", "x"], env={"RASA_TOKEN": "t"}) == 2
    assert server.main(["--enable-api", "--auth-token=x"], env={"RASA_TOKEN": "t"}) == 2
    assert "not on the command line" in capsys.readouterr().err
    assert server.main(["--enable-api"], env={}) == 2
    assert "RASA_TOKEN" in capsys.readouterr().err


def _status_of_a_body_never_sent(port: int, path: str, length: int, headers: str = "") -> int:
    """Announce a `length`-byte body and send none of it: a capped server answers at once."""
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n{headers}"
                     f"Content-Length: {length}\r\n\r\n".encode())
        return int(sock.recv(4096).split(b" ", 2)[1])


def test_rasa_refuses_a_body_over_its_cap_before_reading_it(rasa):
    """Sanic's default cap is 100 MB, and a request that passes the middleware is read in full into
    memory; one that does not is answered at once (its body is then drained, up to the cap)."""
    from bot.ops.backoffice import RASA_REQUEST_MAX_BYTES

    port, _ = rasa
    authorised = f"Authorization: Bearer {TOKEN}\r\n"
    assert _status_of_a_body_never_sent(port, "/webhooks/rest/webhook", RASA_REQUEST_MAX_BYTES + 1,
                                        authorised) == 413
    assert _status_of_a_body_never_sent(port, "/webhooks/rest/webhook", 50_000_000, authorised) == 413
    assert _status_of_a_body_never_sent(port, "/webhooks/rest/webhook", 50_000_000) == 401
