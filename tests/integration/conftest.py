"""Start the real trained bot (Rasa, action server, gateway) once for the integration tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import ROOT
from bot.ops.processes import free_port

MODEL = ROOT / "models" / "waymark.tar.gz"
PSEUDONYM_KEY = "integration-test-pseudonym-key"



def _require_or_skip(reason: str) -> None:
    # make test sets WAYMARK_REQUIRE_INTEGRATION so a missing model fails CI instead of skipping.
    if os.environ.get("WAYMARK_REQUIRE_INTEGRATION") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def running_bot(tmp_path_factory):
    if not MODEL.exists():
        _require_or_skip(f"no trained model at {MODEL}: run `make train`")
    from bot import supervisor
    from bot.ops import processes

    var_dir = tmp_path_factory.mktemp("var")
    database_url = f"sqlite:///{var_dir / 'waymark.db'}"
    overrides = {
        "WAYMARK_DATABASE_URL": database_url,
        "WAYMARK_VAR_DIR": str(var_dir),
        # The spaCy pipeline is built once by `make nlp`; a temporary var/ must not hide it.
        "WAYMARK_SPACY_MODEL": str(ROOT / "var" / "spacy" / "waymark_en"),
        "WAYMARK_GATEWAY_HOST": "127.0.0.1",
        "WAYMARK_PSEUDONYM_KEY": PSEUDONYM_KEY,
        "WAYMARK_TRACKER_STORE_URL": f"sqlite:///{var_dir / 'rasa_tracker.db'}",
        # SMS journeys are texted in as Twilio would, signed with this; replies land in var/outbox
        "TWILIO_AUTH_TOKEN": "integration-test-twilio-token",
    }
    previous = {k: os.environ.get(k) for k in overrides}
    os.environ.update(overrides)
    subprocess.run(
        [sys.executable, "-m", "bot", "pathways", "load", str(ROOT / "pathways.yml")],
        check=True, cwd=ROOT, capture_output=True,
    )

    config = supervisor.StackConfig(
        root=ROOT,
        python=Path(sys.executable),
        model_path=MODEL,
        var_dir=var_dir,
        rasa_token="integration-test-token",
        rasa_port=free_port(),
        action_port=free_port(),
        gateway_port=free_port(),
    )
    stack = processes.Stack(config, supervisor.services(config))
    stack.start(timeout=300)
    try:
        yield stack
    finally:
        stack.stop()
        for key, value in previous.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
