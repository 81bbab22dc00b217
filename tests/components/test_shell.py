"""`make shell`'s Rasa (components.shell): closed to every process but the terminal that started it.

The real trained bot in a pseudo-terminal: what the resident at the keyboard types reaches the
conversation, and a message posted to the same Rasa from outside, without the run's token, does not.
"""

from __future__ import annotations

import json
import os
import select
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bot import supervisor
from bot.ops import processes
from components import shell

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "waymark.tar.gz"


def _read_until(fd: int, needle: bytes, seen: bytearray, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while needle not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                seen.extend(os.read(fd, 65536))
            except OSError:
                return needle in seen
    return needle in seen


def _post(port: int, body: dict, headers=None) -> int:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/webhooks/rest/webhook",
                                     data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.integration
def test_the_terminal_is_heard_and_no_one_else_is(tmp_path):
    if not MODEL.exists():
        pytest.skip(f"no trained model at {MODEL}: run `make train`")
    config = supervisor.StackConfig(root=ROOT, python=Path(sys.executable), model_path=MODEL, var_dir=tmp_path,
                                    rasa_token="unused", action_port=processes.free_port())
    endpoints = supervisor.write_endpoints(config)  # SQLite tracker store under tmp_path; no action server
    port = processes.free_port()
    primary, secondary = os.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "components.shell", "--model", str(MODEL), "--endpoints", str(endpoints),
         "-i", "127.0.0.1", "-p", str(port)],
        cwd=ROOT, stdin=secondary, stdout=secondary, stderr=secondary, start_new_session=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm", "RASA_TOKEN": ""})
    os.close(secondary)
    seen = bytearray()
    try:
        assert _read_until(primary, b"Bot loaded", seen, 240), seen.decode(errors="replace")[-2000:]
        assert _post(port, {"sender": "web-someone-else", "message": "forget me"}) == 401
        assert _post(port, {"sender": "web-someone-else", "message": "hi"},
                     {"Authorization": "Bearer unused"}) == 401
        os.write(primary, b"hello there\r")
        deadline = time.monotonic() + 60
        said = []
        while not said and time.monotonic() < deadline:
            _read_until(primary, b"\x00", seen, 1)  # keep the terminal drained
            with sqlite3.connect(tmp_path / "rasa_tracker.db") as db:
                try:
                    said = [json.loads(data).get("text") for sender, data in db.execute(
                        "SELECT sender_id, data FROM events WHERE type_name = 'user'")]
                    senders = {s for (s,) in db.execute("SELECT DISTINCT sender_id FROM events")}
                except sqlite3.OperationalError:
                    said = []
        assert said == ["hello there"], seen.decode(errors="replace")[-2000:]
        assert "web-someone-else" not in senders
        assert process.poll() is None, "rasa shell stopped (did its own message get a 401?)"
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=60)
        os.close(primary)


def test_the_shells_rasa_keeps_its_api_off(capsys):
    for argument in ("--enable-api", "--auth-token=x", "--jwt-secret"):
        assert shell.main(["--model", "m", argument]) == 2
    assert "keeps Rasa's API off" in capsys.readouterr().err
