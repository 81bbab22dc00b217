"""App lifecycle: no side effects at import or build, clean shutdown, `python -m bot.gateway`, and
the supervisor running the gateway as a third service."""

import asyncio
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from sqlalchemy import select

from bot import supervisor
from bot.gateway.app import create_app
from bot.gateway.state import GATEWAY
from bot.residents.contacts import gateway_inbound
from bot.settings import ROOT

from .conftest import send_inbound
from bot.ops.processes import free_port


def test_create_app_opens_nothing(settings):
    app = create_app(settings)
    gw = app[GATEWAY]
    assert gw.rasa is None and gw.store is None and gw.twilio is None
    assert not settings.var_dir.exists()


async def test_shutdown_waits_for_replies_and_keeps_what_it_cancels(make_client, fake_rasa, fake_twilio):
    client = await make_client()
    fake_rasa.delay = 0.2
    await send_inbound(client, "+447700900111", "slow but finishes", wait=False)
    store = client.app[GATEWAY].store
    await client.close()  # cleanup waits (up to shutdown_timeout) for the reply in flight
    assert fake_twilio.bodies() == ["You said: slow but finishes"]

    client = await make_client()
    channel = client.app[GATEWAY].twilio
    fake_rasa.delay = 5.0
    await send_inbound(client, "+447700900111", "slow and cut off", wait=False)
    await asyncio.sleep(0.05)
    await channel.close(timeout=0.1)
    with store.engine.connect() as conn:
        statuses = dict(conn.execute(select(gateway_inbound.c.body, gateway_inbound.c.status)).all())
    assert statuses.get("slow and cut off") == "pending"  # answered on the next start, not lost



async def test_the_gateways_one_sender_goes_by_its_channel_and_closes_its_session_at_shutdown(make_client):
    client = await make_client()
    gw = client.app[GATEWAY]
    assert gw.outbound.deliver == gw.twilio.notify and gw.outbound.engine is gw.store.engine
    http = gw.outbound.http
    assert http is gw.rasa.session and not http.closed  # one HTTP session for Rasa and Twilio alike
    await client.close()
    assert http.closed


def test_python_m_bot_gateway_serves_and_stops(tmp_path):
    port = free_port()
    env = {**os.environ, "WAYMARK_VAR_DIR": str(tmp_path / "var"),
           "WAYMARK_DATABASE_URL": f"sqlite:///{tmp_path / 'gw.db'}",
           "WAYMARK_RASA_URL": "http://127.0.0.1:9", "WAYMARK_GATEWAY_HOST": "127.0.0.1"}
    env.pop("WAYMARK_PSEUDONYM_KEY", None)
    process = subprocess.Popen([sys.executable, "-m", "bot.gateway", "--port", str(port)], cwd=ROOT,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                    assert response.status == 200
                    assert response.read() == b'{"ok": true, "rasa": false}'
                    break
            except OSError:
                assert process.poll() is None, process.stdout.read().decode()
                assert time.monotonic() < deadline, "gateway did not start"
                time.sleep(0.2)
        key = tmp_path / "var" / "pseudonym.key"
        assert key.exists() and oct(key.stat().st_mode & 0o777) == "0o600"
    finally:
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=20)
        process.stdout.close()
    assert code == 0


def test_supervisor_runs_the_gateway_when_given_a_port(tmp_path):
    config = supervisor.StackConfig(root=ROOT, python=Path(sys.executable), model_path=tmp_path / "m.tar.gz",
                                    var_dir=tmp_path, rasa_token="tok", rasa_port=5105,
                                    endpoints_path=tmp_path / "endpoints.yml", gateway_port=8123)
    gateway = {s.name: s for s in supervisor.services(config)}["gateway"]
    assert gateway.argv[1:] == ["-m", "bot.gateway", "--port", "8123"]
    assert gateway.health_url == "http://127.0.0.1:8123/healthz"
    assert gateway.env == {"WAYMARK_RASA_URL": "http://127.0.0.1:5105", "RASA_TOKEN": "tok"}
    assert "Chat in your browser: http://localhost:8123/" in supervisor._banner(config, False)
    without = supervisor.StackConfig(root=ROOT, python=Path(sys.executable), model_path=tmp_path / "m",
                                     var_dir=tmp_path, rasa_token="tok", endpoints_path=tmp_path / "e.yml")
    assert [s.name for s in supervisor.services(without)] == ["action server", "rasa"]


async def test_favicon_ico_is_the_svg_icon_not_a_404(client):
    response = await client.get("/favicon.ico")
    assert response.status == 200
    assert response.content_type == "image/svg+xml"
    assert (await response.text()).lstrip().startswith(("<svg", "<?xml"))
