"""The website widget in a real browser: runs tests/browser/widget.test.mjs (Debian's Chromium driven by
playwright-core, checked with axe-core) twice:

- against the scripted fake gateway (tests/browser/fake-gateway.mjs), which serves the real files from
  bot/gateway/ and answers the web API with a scripted conversation;
- against the real gateway (`python -m bot.gateway`), with the same script standing in for Rasa's REST
  channel, so the gateway's routes, Content-Security-Policy and rendering are in the loop too.

Needs /usr/bin/chromium and tests/browser/node_modules: `scripts/install-browser-deps` installs both. Without
them the tests skip, unless WAYMARK_REQUIRE_BROWSER=1 (CI), when they fail instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from bot.supervisor import free_port

pytestmark = pytest.mark.integration

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
NODE = shutil.which("node")


def _require_browser() -> None:
    missing = []
    if not os.access(CHROMIUM, os.X_OK):
        missing.append(f"no Chromium at {CHROMIUM}")
    if not NODE:
        missing.append("node is not on PATH")
    for package in ("playwright-core", "axe-core"):
        if not (HERE / "node_modules" / package / "package.json").exists():
            missing.append(f"tests/browser/node_modules/{package} is missing")
    if missing:
        reason = "; ".join(missing) + ": run scripts/install-browser-deps"
        if os.environ.get("WAYMARK_REQUIRE_BROWSER") == "1":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if proc.stdout:
        proc.stdout.close()


@pytest.fixture
def fake_gateway():
    """The scripted fake gateway's base URL (it is also a fake Rasa REST channel)."""
    _require_browser()
    proc = subprocess.Popen(
        [NODE, "fake-gateway.mjs", "0"], cwd=HERE, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    watchdog = threading.Timer(30, proc.kill)  # a server that never says it is listening
    watchdog.start()
    try:
        line = proc.stdout.readline().strip()
    finally:
        watchdog.cancel()
    if not line.startswith("listening "):
        proc.kill()
        rest = proc.communicate()[0]
        pytest.fail(f"fake gateway did not start: {line}\n{rest}", pytrace=False)
    try:
        yield line.split(" ", 1)[1]
    finally:
        _stop(proc)



@pytest.fixture
def real_gateway(fake_gateway, tmp_path):
    """`python -m bot.gateway` on a free port, with the fake gateway's script as its Rasa."""
    port = free_port()
    env = {
        **os.environ,
        "WAYMARK_RASA_URL": fake_gateway,
        "WAYMARK_VAR_DIR": str(tmp_path),
        "WAYMARK_DATABASE_URL": f"sqlite:///{tmp_path / 'gateway.db'}",
        "WAYMARK_PSEUDONYM_KEY": "browser-test-key",
        "WAYMARK_RATE_LIMIT_PER_MINUTE": "200",
    }
    log_path = tmp_path / "gateway.log"
    with open(log_path, "w") as log_file:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.gateway", "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            _stop(proc)
            pytest.fail(f"the gateway did not start:\n{log_path.read_text()}", pytrace=False)
        time.sleep(0.25)
    try:
        yield url
    finally:
        _stop(proc)


def _run_browser_test(base_url: str) -> None:
    env = {**os.environ, "WAYMARK_BASE_URL": base_url, "WAYMARK_SCRIPTED": "1", "CHROMIUM": CHROMIUM}
    try:
        result = subprocess.run(
            [NODE, "widget.test.mjs"], cwd=HERE, env=env, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300,
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"browser test timed out after 300 s:\n{exc.output or ''}", pytrace=False)
    if result.returncode != 0:
        pytest.fail(f"browser test failed (exit {result.returncode}):\n{result.stdout}", pytrace=False)
    assert "steps passed" in result.stdout, result.stdout


def test_widget_in_chromium_with_axe(fake_gateway):
    _run_browser_test(fake_gateway)


def test_widget_through_the_real_gateway(real_gateway):
    _run_browser_test(real_gateway)
