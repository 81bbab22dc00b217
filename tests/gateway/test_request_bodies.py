"""Compressed request bodies: refused with 415 before any handler reads them, and never inflated by the
server that `python -m bot.gateway` runs (aiohttp inflates in the protocol, before middleware)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import zlib
from pathlib import Path
from urllib.parse import urlencode

import pytest
from aiohttp import compression_utils
from multidict import CIMultiDict
from sqlalchemy import func, select

from bot.gateway.app import create_app
from bot.gateway.state import GATEWAY
from bot.residents.contacts import gateway_inbound
from bot.settings import ROOT
from bot.ops.processes import free_port

from .conftest import inbound_params, serve_app, settle, sign, web_message

FORM = "application/x-www-form-urlencoded"


def deflate_bomb(size_kb: int = 256) -> bytes:
    """About `size_kb` KB of deflate that inflates about a thousandfold."""
    compressor, zeros, out = zlib.compressobj(9), bytes(1 << 20), []
    while sum(map(len, out)) < size_kb * 1024:
        out.append(compressor.compress(zeros))
    return b"".join(out) + compressor.flush()


@pytest.fixture
def inflations(monkeypatch):
    """Counts every inflation aiohttp does (request bodies and multipart parts alike)."""
    calls = []
    original = compression_utils.ZLibDecompressor.decompress_sync

    def counting(self, data, max_length=0):
        calls.append(len(data))
        return original(self, data, max_length)

    monkeypatch.setattr(compression_utils.ZLibDecompressor, "decompress_sync", counting)
    return calls


def inbound_count(client) -> int:
    with client.app[GATEWAY].store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(gateway_inbound)).scalar_one()


async def test_a_compressed_signed_twilio_webhook_is_refused_and_reaches_nothing(aiohttp_client, settings, fake_rasa,
                                                                                 fake_twilio):
    # On aiohttp's default server (which inflates) this would otherwise be a valid message.
    client = await serve_app(aiohttp_client, create_app(settings), options={})
    params = inbound_params("+447700900111", "hello")
    response = await client.post("/webhooks/twilio", data=zlib.compress(urlencode(params).encode()),
                                 headers={"Content-Type": FORM, "Content-Encoding": "deflate",
                                          "X-Twilio-Signature": sign(params)})
    assert response.status == 415
    await settle(client)
    assert fake_rasa.received == [] and fake_twilio.sent == [] and inbound_count(client) == 0


async def test_a_compressed_web_message_gets_a_json_415(client, fake_rasa):
    response = await client.post("/api/web/messages", data=zlib.compress(web_message("s" * 20, "hi").encode()),
                                 headers={"Content-Type": "application/json", "Content-Encoding": "gzip, identity"})
    assert response.status == 415
    assert (await response.json())["error"] == "Unsupported Media Type"
    assert response.headers["X-Content-Type-Options"] == "nosniff"  # the usual headers still apply
    assert fake_rasa.received == []


async def test_a_second_content_encoding_header_is_not_overlooked(client, fake_rasa):
    # nginx 1.22's $http_content_encoding sees only the first header; aiohttp inflates by the last.
    headers = CIMultiDict([("Content-Type", "application/json"), ("Content-Encoding", ""),
                           ("Content-Encoding", "deflate")])
    response = await client.post("/api/web/messages", headers=headers,
                                 data=zlib.compress(web_message("s" * 20, "hi").encode()))
    assert response.status == 415
    assert fake_rasa.received == []


async def test_identity_is_not_compression(client, fake_rasa):
    response = await client.post("/api/web/messages", data=web_message("s" * 20, "hi"),
                                 headers={"Content-Type": "application/json", "Content-Encoding": "identity"})
    assert response.status == 200
    assert fake_rasa.messages() == ["hi"]


@pytest.mark.parametrize("path,content_type", [("/webhooks/twilio", FORM), ("/api/web/messages", "application/json"),
                                               ("/console/login", FORM), ("/console/referrals/import", FORM)])
async def test_a_deflate_bomb_is_refused_without_being_inflated(aiohttp_client, settings, inflations, path,
                                                                content_type):
    client = await serve_app(aiohttp_client, create_app(settings))
    response = await client.post(path, data=deflate_bomb(), headers={"Content-Type": content_type,
                                                                     "Content-Encoding": "deflate"})
    assert response.status == 415
    assert inflations == []


def _peak_mib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
    raise AssertionError("no VmHWM")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads peak memory from /proc")
def test_python_m_bot_gateway_does_not_inflate_a_deflate_bomb(tmp_path):
    """Measured with aiohttp's default server: 54 MiB before, 305 MiB peak after one 256 KB bomb."""
    port = free_port()
    env = {**os.environ, "WAYMARK_VAR_DIR": str(tmp_path / "var"), "WAYMARK_PSEUDONYM_KEY": "k",
           "WAYMARK_DATABASE_URL": f"sqlite:///{tmp_path / 'gw.db'}", "TWILIO_AUTH_TOKEN": "t",
           "WAYMARK_TRACKER_STORE_URL": f"sqlite:///{tmp_path / 'tracker.db'}",
           "WAYMARK_RASA_URL": "http://127.0.0.1:9", "WAYMARK_GATEWAY_HOST": "127.0.0.1"}
    process = subprocess.Popen([sys.executable, "-m", "bot.gateway", "--port", str(port)], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).read()
                break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline, "gateway did not start"
                time.sleep(0.2)
        before = _peak_mib(process.pid)
        body = deflate_bomb()
        head = (f"POST /webhooks/twilio HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {FORM}\r\n"
                f"Content-Encoding: deflate\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n")
        with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
            sock.sendall(head.encode() + body)
            status = sock.recv(100).split(b"\r\n", 1)[0]
        assert status == b"HTTP/1.1 415 Unsupported Media Type"
        time.sleep(0.3)
        assert _peak_mib(process.pid) - before < 32
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
