"""What the browser tests share: finding Chromium and node, starting the scripted fake gateway
(tests/browser/fake-gateway.mjs, also a fake Rasa REST channel) and the real gateway
(`python -m bot.gateway` on a free port, its files in a temporary directory), and running a node test
script against one. The fixtures built on these are in tests/browser/conftest.py.

Without /usr/bin/chromium or tests/browser/node_modules the tests skip, unless WAYMARK_REQUIRE_BROWSER=1
(CI), when they fail instead: `scripts/install-browser-deps` installs both.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Dict, Iterator, Mapping

import pytest
from bot.ops.processes import free_port

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
NODE = shutil.which("node")


def require_browser() -> None:
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


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if proc.stdout:
        proc.stdout.close()


@contextlib.contextmanager
def fake_gateway() -> Iterator[str]:
    """The scripted fake gateway's base URL (it is also a fake Rasa REST channel)."""
    require_browser()
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
        stop(proc)


def gateway_env(tmp_path: Path, rasa_url: str, **extra: str) -> Dict[str, str]:
    """The environment of a gateway whose every file (database, tracker store, logs) is in tmp_path."""
    return {
        **os.environ,
        "WAYMARK_RASA_URL": rasa_url,
        "WAYMARK_VAR_DIR": str(tmp_path),
        "WAYMARK_DATABASE_URL": f"sqlite:///{tmp_path / 'gateway.db'}",
        "WAYMARK_TRACKER_STORE_URL": f"sqlite:///{tmp_path / 'rasa_tracker.db'}",
        "WAYMARK_PSEUDONYM_KEY": "browser-test-key",
        "WAYMARK_RATE_LIMIT_PER_MINUTE": "200",
        **extra,
    }


@contextlib.contextmanager
def real_gateway(env: Mapping[str, str], log_path: Path) -> Iterator[str]:
    """`python -m bot.gateway` on a free port with this environment; yields its base URL once healthy."""
    port = free_port()
    with open(log_path, "w") as log_file:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.gateway", "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT, env=dict(env), stdout=log_file, stderr=subprocess.STDOUT,
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
            stop(proc)
            pytest.fail(f"the gateway did not start:\n{log_path.read_text()}", pytrace=False)
        time.sleep(0.25)
    try:
        yield url
    finally:
        stop(proc)


def run_node_test(script: str, base_url: str, timeout: int = 300, **extra_env: str) -> str:
    """Run tests/browser/<script> against base_url; fail with its output unless every step passed."""
    env = {**os.environ, "WAYMARK_BASE_URL": base_url, "CHROMIUM": CHROMIUM, **extra_env}
    try:
        result = subprocess.run(
            [NODE, script], cwd=HERE, env=env, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout,
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"{script} timed out after {timeout} s:\n{exc.output or ''}", pytrace=False)
    if result.returncode != 0:
        pytest.fail(f"{script} failed (exit {result.returncode}):\n{result.stdout}", pytrace=False)
    assert "steps passed" in result.stdout, result.stdout
    return result.stdout


__all__ = ["CHROMIUM", "HERE", "NODE", "ROOT", "fake_gateway", "gateway_env", "real_gateway",
           "require_browser", "run_node_test", "stop"]
