import time
from pathlib import Path

import pytest
import yaml

from bot import supervisor


def _config(tmp_path, **extra):
    return supervisor.StackConfig(
        root=Path(__file__).resolve().parents[2], python=Path("/usr/bin/python3"),
        model_path=tmp_path / "m.tar.gz", var_dir=tmp_path, rasa_token="t", **extra,
    )


def test_rasa_writes_conversations_exactly_where_erasure_and_retention_read_them(tmp_path):
    url = f"sqlite:///{tmp_path / 'elsewhere' / 'tracker.db'}"
    endpoints = yaml.safe_load(supervisor.write_endpoints(_config(tmp_path), url).read_text())
    store = endpoints["tracker_store"]
    assert store["type"] == "components.tracker_store.ErasingSQLTrackerStore"
    assert (store["dialect"], store["db"]) == ("sqlite", str(tmp_path / "elsewhere" / "tracker.db"))


def test_a_postgresql_tracker_url_becomes_rasa_keywords(tmp_path):
    store = supervisor.tracker_store_config(
        "postgresql://waymark:secret@127.0.0.1:5433/rasa", {"type": "SQL", "db": "old"}
    )
    # The host goes in `url`: Rasa passes it as `host=` itself, so a `host` key would clash.
    assert store == {"type": "SQL", "dialect": "postgresql", "db": "rasa", "url": "127.0.0.1",
                     "port": 5433, "username": "waymark", "password": "secret"}


def test_the_action_server_url_follows_the_run_ports(tmp_path):
    config = _config(tmp_path, action_port=15055)
    endpoints = yaml.safe_load(supervisor.write_endpoints(config).read_text())
    assert endpoints["action_endpoint"]["url"] == "http://127.0.0.1:15055/webhook"


def test_rasa_and_the_action_server_listen_on_loopback_with_a_token(tmp_path):
    rasa, actions = None, None
    for service in supervisor.services(_config(tmp_path)):
        if service.name == "rasa":
            rasa = service
        if service.name == "action server":
            actions = service
    assert rasa.argv[rasa.argv.index("--interface") + 1] == "127.0.0.1"
    assert rasa.argv[rasa.argv.index("--auth-token") + 1] == "t"
    assert actions.env["SANIC_HOST"] == "127.0.0.1"


def _sleeper(tmp_path, log_line: str) -> supervisor.Service:
    """A process that stays up, never answers its health URL, and logs `log_line`."""
    return supervisor.Service(
        name="rasa", argv=["/bin/sh", "-c", f"echo '{log_line}'; sleep 30"],
        health_url="http://127.0.0.1:9/never", log_path=tmp_path / "rasa.log", fatal=supervisor.RASA_FATAL)


def test_a_rasa_that_cannot_load_its_model_fails_the_start_at_once_instead_of_timing_out(tmp_path):
    service = _sleeper(tmp_path, "ERROR rasa.core.agent - Could not load model due to ...")
    stack = supervisor.Stack(_config(tmp_path), [service])
    started = time.monotonic()
    with pytest.raises(supervisor.StackError, match="Could not load model"):
        stack.start(timeout=60)
    assert time.monotonic() - started < 20
    assert service.exited() is not None  # stopped, not left behind


def test_an_earlier_runs_fatal_line_in_the_same_log_does_not_fail_a_new_start(tmp_path):
    (tmp_path / "rasa.log").write_text("Could not load model (yesterday)\n")
    service = _sleeper(tmp_path, "loading...")
    service.start(tmp_path)
    try:
        time.sleep(0.5)
        assert not service.failed()
    finally:
        service.stop()
