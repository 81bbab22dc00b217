"""The action server refuses every call without the shared secret (actions/server.py), as a real process."""

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

ROOT = Path(__file__).resolve().parents[2]
SECRET = "action-secret-" + "k" * 30




def _what_we_hold_call(sender: str) -> dict:
    """What Rasa posts to run "what do you know about me" for a conversation."""
    return {"next_action": "action_what_we_hold", "sender_id": sender, "version": "3.6.21",
            "domain": {}, "tracker": {"sender_id": sender, "slots": {"immigration_status": "refugee"},
                                      "latest_message": {"text": "what do you know about me",
                                                         "intent": {"name": "what_we_hold"}},
                                      "events": [], "paused": False, "followup_action": None,
                                      "active_loop": {}, "latest_action_name": "action_listen"}}


@pytest.fixture(scope="module")
def action_server(tmp_path_factory):
    var = tmp_path_factory.mktemp("actions-var")
    port = free_port()
    env = {**os.environ, "WAYMARK_ACTION_TOKEN": SECRET, "WAYMARK_VAR_DIR": str(var),
           "WAYMARK_DATABASE_URL": f"sqlite:///{var / 'waymark.db'}",
           "WAYMARK_SPACY_MODEL": str(ROOT / "var" / "spacy" / "waymark_en")}
    process = subprocess.Popen([sys.executable, "-m", "actions.server", "--actions", "actions", "-p", str(port)],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 90
    while True:
        try:
            if _call(port, "GET", "/health")[0] == 200:
                break
        except OSError:
            pass
        assert process.poll() is None, "the action server exited"
        assert time.monotonic() < deadline, "the action server did not start"
        time.sleep(0.3)
    yield port
    process.terminate()
    process.wait(timeout=30)


def test_a_forged_call_without_the_secret_is_refused_and_reveals_nothing(action_server):
    status, body = _call(action_server, "POST", "/webhook", _what_we_hold_call("sms-someone-else"))
    assert status == 401
    assert json.loads(body) == {"error": "not authorised"}


@pytest.mark.parametrize("header", ["Bearer wrong", f"Bearer {SECRET[:-1]}", SECRET, f"Basic {SECRET}",
                                    f"Bearer {SECRET} "])
def test_a_wrong_or_malformed_secret_is_refused(action_server, header):
    status, _ = _call(action_server, "POST", "/webhook", _what_we_hold_call("web-a"), {"Authorization": header})
    assert status == 401


def test_even_the_list_of_actions_needs_the_secret(action_server):
    assert _call(action_server, "GET", "/actions")[0] == 401
    status, body = _call(action_server, "GET", "/actions", headers={"Authorization": f"Bearer {SECRET}"})
    assert status == 200 and {"name": "action_what_we_hold"} in json.loads(body)


def test_the_health_check_needs_no_secret_and_says_nothing_else(action_server):
    assert _call(action_server, "GET", "/health") == (200, '{"status":"ok"}')


def test_rasas_call_with_the_secret_runs_the_action(action_server):
    status, body = _call(action_server, "POST", "/webhook", _what_we_hold_call("web-resident"),
                         {"Authorization": f"Bearer {SECRET}"})
    assert status == 200, body
    assert json.loads(body)["responses"], body  # the resident is answered


def test_without_a_secret_it_refuses_to_start():
    env = {k: v for k, v in os.environ.items() if k != "WAYMARK_ACTION_TOKEN"}
    result = subprocess.run([sys.executable, "-m", "actions.server", "-p", str(free_port())], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "WAYMARK_ACTION_TOKEN" in result.stderr
