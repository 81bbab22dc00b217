import os
import sys
import stat
import time
from pathlib import Path

import pytest
import yaml

from bot import supervisor
from bot.ops import processes
from bot.ops.backoffice import ACTION_REQUEST_MAX_BYTES, RASA_REQUEST_MAX_BYTES


def _config(tmp_path, **extra):
    return supervisor.StackConfig(**{
        "root": Path(__file__).resolve().parents[2], "python": Path("/usr/bin/python3"),
        "model_path": tmp_path / "m.tar.gz", "var_dir": tmp_path, "rasa_token": "t", **extra})


def test_rasa_writes_conversations_exactly_where_erasure_and_retention_read_them(tmp_path):
    url = f"sqlite:///{tmp_path / 'elsewhere' / 'tracker.db'}"
    endpoints = yaml.safe_load(supervisor.write_endpoints(_config(tmp_path), url).read_text())
    store = endpoints["tracker_store"]
    assert store["type"] == "components.tracker_store.ErasingSQLTrackerStore"
    assert (store["dialect"], store["db"]) == ("sqlite", str(tmp_path / "elsewhere" / "tracker.db"))


def test_a_postgresql_tracker_url_becomes_rasa_keywords(tmp_path):
    store = processes.tracker_store_config(
        "postgresql://waymark:secret@127.0.0.1:5433/rasa", {"type": "SQL", "db": "old"}
    )
    # The host goes in `url`: Rasa passes it as `host=` itself, so a `host` key would clash.
    assert store == {"type": "SQL", "dialect": "postgresql", "db": "rasa", "url": "127.0.0.1",
                     "port": 5433, "username": "waymark", "password": "secret"}


def test_the_action_server_url_follows_the_run_ports(tmp_path):
    config = _config(tmp_path, action_port=15055)
    endpoints = yaml.safe_load(supervisor.write_endpoints(config).read_text())
    assert endpoints["action_endpoint"]["url"] == "http://127.0.0.1:15055/webhook"


def test_rasa_and_the_action_server_listen_on_loopback_with_their_secrets_in_the_environment(tmp_path):
    config = _config(tmp_path, action_token="a-secret")
    services = {s.name: s for s in supervisor.services(config)}
    rasa, actions = services["rasa"], services["action server"]
    assert rasa.argv[1:3] == ["-m", "components.server"]
    assert rasa.argv[rasa.argv.index("--interface") + 1] == "127.0.0.1"
    assert rasa.env["RASA_TOKEN"] == "t"
    assert actions.argv[1:3] == ["-m", "actions.server"]
    assert actions.env == {"SANIC_HOST": "127.0.0.1", "WAYMARK_ACTION_TOKEN": "a-secret",
                           "SANIC_REQUEST_MAX_SIZE": str(ACTION_REQUEST_MAX_BYTES)}


def test_rasa_runs_without_telemetry_whatever_the_supervisors_own_environment_says(tmp_path, monkeypatch):
    """No usage data and no error reports (Rasa's sentry-sdk starts only with telemetry) leave."""
    monkeypatch.setenv("RASA_TELEMETRY_ENABLED", "true")
    rasa = {s.name: s for s in supervisor.services(_config(tmp_path))}["rasa"]
    assert {**os.environ, **rasa.env}["RASA_TELEMETRY_ENABLED"] == "false"  # what Service.start passes


def test_rasa_and_the_action_server_read_bodies_only_up_to_their_caps(tmp_path, monkeypatch):
    monkeypatch.setenv("SANIC_REQUEST_MAX_SIZE", "100000000")
    services = {s.name: s for s in supervisor.services(_config(tmp_path))}
    assert {**os.environ, **services["rasa"].env}["SANIC_REQUEST_MAX_SIZE"] == str(RASA_REQUEST_MAX_BYTES)
    assert {**os.environ, **services["action server"].env}["SANIC_REQUEST_MAX_SIZE"] == str(
        ACTION_REQUEST_MAX_BYTES)


def test_make_run_supervises_the_jobs_runner_beside_the_gateway(tmp_path):
    names = [s.name for s in supervisor.services(_config(tmp_path, gateway_port=8199))]
    assert names == ["action server", "rasa", "gateway", "jobs"]
    jobs = supervisor.services(_config(tmp_path, gateway_port=8199))[-1]
    assert jobs.argv[1:] == ["-m", "bot.jobs", "--name", "jobs", "--heartbeat",
                             str(tmp_path / "run" / "jobs.heartbeat")]


def test_no_secret_is_on_a_command_line_or_in_a_health_url(tmp_path):
    config = _config(tmp_path, rasa_token="rasa-" + "x" * 40, action_token="act-" + "y" * 40, gateway_port=8199)
    for service in supervisor.services(config):
        for secret in (config.rasa_token, config.action_token):
            assert not any(secret in arg for arg in service.argv), service.name
            assert secret not in service.health_url, service.name


def test_rasa_sends_the_action_servers_secret_from_a_file_only_its_owner_reads(tmp_path):
    path = supervisor.write_endpoints(_config(tmp_path, action_token="a-secret"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    endpoint = yaml.safe_load(path.read_text())["action_endpoint"]
    assert endpoint["headers"] == {"Authorization": "Bearer a-secret"}
    from rasa.utils.endpoints import EndpointConfig  # what Rasa builds from it sends the header

    assert EndpointConfig.from_dict(endpoint).headers == {"Authorization": "Bearer a-secret"}


def test_a_generated_rasa_token_goes_to_a_private_file_not_the_banner(tmp_path):
    config = _config(tmp_path, rasa_token="generated-" + "z" * 40, gateway_port=8199)
    token_file = processes.keep_secret(tmp_path, "rasa.token", config.rasa_token)
    banner = supervisor._banner(config, token_file)
    assert config.rasa_token not in banner and str(token_file) in banner
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert token_file.read_text().strip() == config.rasa_token
    assert "for trying it on this machine, not for residents" in banner
    assert "other machines on your network can reach it" in banner  # the gateway's default 0.0.0.0
    local = supervisor._banner(_config(tmp_path, gateway_port=8199, gateway_host="127.0.0.1"), None)
    assert "Gateway listening on this machine only" in local


def test_the_banners_curl_line_sends_rasas_token_from_where_it_is(tmp_path):
    config = _config(tmp_path, rasa_token="generated-" + "z" * 40)
    token_file = processes.keep_secret(tmp_path, "rasa.token", config.rasa_token)
    assert f'-H "Authorization: Bearer $(cat {token_file})"' in supervisor._banner(config, token_file)
    assert '-H "Authorization: Bearer $RASA_TOKEN"' in supervisor._banner(config, None)


def _sleeper(tmp_path, log_line: str) -> processes.Service:
    """A process that stays up, never answers its health URL, and logs `log_line`."""
    return processes.Service(
        name="rasa", argv=["/bin/sh", "-c", f"echo '{log_line}'; sleep 30"],
        health_url="http://127.0.0.1:9/never", log_path=tmp_path / "rasa.log", fatal=processes.RASA_FATAL)


def test_a_rasa_that_cannot_load_its_model_fails_the_start_at_once_instead_of_timing_out(tmp_path):
    service = _sleeper(tmp_path, "ERROR rasa.core.agent - Could not load model due to ...")
    stack = processes.Stack(_config(tmp_path), [service])
    started = time.monotonic()
    with pytest.raises(processes.StackError, match="Could not load model"):
        stack.start(timeout=60)
    assert time.monotonic() - started < 20
    assert service.exited() is not None  # stopped, not left behind


def test_ctrl_c_while_services_load_stops_those_already_started(tmp_path):
    def interrupted() -> bool:
        raise KeyboardInterrupt

    loading = processes.Service(name="rasa", argv=["/bin/sh", "-c", "sleep 30"], health_url="",
                                 log_path=tmp_path / "rasa.log", check=interrupted)
    with pytest.raises(KeyboardInterrupt):
        processes.Stack(_config(tmp_path), [loading]).start(timeout=60)
    assert loading.exited() is not None


def test_an_earlier_runs_fatal_line_in_the_same_log_does_not_fail_a_new_start(tmp_path):
    (tmp_path / "rasa.log").write_text("Could not load model (yesterday)\n")
    service = _sleeper(tmp_path, "loading...")
    service.start(tmp_path)
    try:
        time.sleep(0.5)
        assert not service.failed()
    finally:
        service.stop()


# --- stopping: a real supervisor process, real child processes ------------------------------------

ROOT = Path(__file__).resolve().parents[2]

# Runs the real `python -m bot.supervisor` main (embedded or --production) with its services swapped
# for two sleepers that record their pids (and so prove the mode their files get).
HARNESS = r'''
import sys
from pathlib import Path
from bot import supervisor
from bot.ops import processes, production

profile, ready = sys.argv[1], sys.argv[2] == "ready"
var = Path(sys.argv[3])

def sleepers(config):
    out = []
    for name in ("gateway-1", "actions-1"):  # a gateway and a back-office service: both stop waves
        pidfile = var / f"{name}.pid"
        out.append(processes.Service(
            name=name, argv=["/bin/sh", "-c", f"echo $$ > {pidfile}; exec sleep 120"], health_url="",
            log_path=var / "log" / f"{name}.log",
            check=lambda p=pidfile: ready and p.exists() and p.read_text().strip() != ""))
    return out

supervisor.services = production.services = sleepers
sys.exit(supervisor.main(["--production", "--env-file", str(var / "none.env")] if profile == "production" else []))
'''


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _start_harness(tmp_path, profile: str, ready: bool = True):
    import os
    import subprocess
    import sys

    var = tmp_path / "var"
    out = tmp_path / "supervisor.out"
    env = {**os.environ, "WAYMARK_VAR_DIR": str(var), "PUBLIC_BASE_URL": "https://waymark.example.org",
           "WAYMARK_DATABASE_URL": "postgresql://w:p@127.0.0.1:1/w",
           "WAYMARK_TRACKER_STORE_URL": "postgresql://w:p@127.0.0.1:1/w",
           "WAYMARK_REDIS_URL": "redis://127.0.0.1:1/0"}
    env.pop("RASA_TOKEN", None)
    with open(out, "wb") as sink:
        process = subprocess.Popen([sys.executable, "-c", HARNESS, profile, "ready" if ready else "never",
                                    str(var)], cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    pidfiles = [var / "gateway-1.pid", var / "actions-1.pid"]
    deadline = time.monotonic() + 60
    while not (all(p.exists() and p.read_text().strip() for p in pidfiles)
               and (not ready or "Waymark is running" in out.read_text())):
        assert process.poll() is None, out.read_text()
        assert time.monotonic() < deadline, out.read_text()
        time.sleep(0.1)
    return process, [int(p.read_text()) for p in pidfiles], var, out


def _stop_leftovers(pids) -> None:
    import os
    import signal

    for pid in pids:
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)


@pytest.mark.parametrize("profile", ["embedded", "production"])
@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP"])
def test_a_stop_signal_to_the_supervisor_stops_every_service_it_started(tmp_path, profile, signame):
    import signal

    process, children, _, out = _start_harness(tmp_path, profile)
    try:
        assert all(_alive(pid) for pid in children)
        process.send_signal(getattr(signal, signame))
        assert process.wait(timeout=30) == 0, out.read_text()
        assert not [pid for pid in children if _alive(pid)], f"orphans left running: {out.read_text()}"
        assert "Stopping Waymark" in out.read_text()
    finally:
        process.kill()
        _stop_leftovers(children)


@pytest.mark.parametrize("profile", ["embedded", "production"])
def test_sigterm_while_the_services_are_still_loading_stops_them_too(tmp_path, profile):
    import signal

    process, children, _, out = _start_harness(tmp_path, profile, ready=False)
    try:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
        assert not [pid for pid in children if _alive(pid)], f"orphans left running: {out.read_text()}"
    finally:
        process.kill()
        _stop_leftovers(children)


def test_var_and_everything_waymark_writes_in_it_are_private(tmp_path):
    import signal

    earlier = tmp_path / "var" / "waymark.db"  # as `make catalogue` leaves it, before the supervisor
    earlier.parent.mkdir()
    earlier.write_text("residents")
    earlier.chmod(0o644)
    process, children, var, _ = _start_harness(tmp_path, "embedded")
    try:
        assert stat.S_IMODE(var.stat().st_mode) == 0o700
        assert stat.S_IMODE(earlier.stat().st_mode) == 0o600
        # Written by the children (as SQLite files and logs are), not by the supervisor itself.
        for path in (var / "gateway-1.pid", var / "log" / "gateway-1.log"):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        assert stat.S_IMODE((var / "log").stat().st_mode) == 0o700
        token_file = var / "run" / "rasa.token"  # RASA_TOKEN unset: generated, kept privately
        assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
        _stop_leftovers(children)


def test_the_banner_shows_every_face_and_an_authenticated_rest_example(tmp_path):
    config = _config(tmp_path, rasa_token="generated-" + "z" * 40, gateway_port=8199)
    token_file = processes.keep_secret(tmp_path, "rasa.token", config.rasa_token)
    banner = supervisor._banner(config, token_file, tmp_path / "outbox")
    assert "http://localhost:8199/console/" in banner and "python -m bot users create" in banner
    assert f'-H "Authorization: Bearer $(cat {token_file})"' in banner
    assert f"Texts to residents go to {tmp_path / 'outbox'}" in banner and "python -m bot sms" in banner
    assert "Texts to residents" not in supervisor._banner(config, token_file)  # Twilio sends them


def test_the_action_server_as_started_refuses_a_body_over_its_cap_before_reading_it(tmp_path):
    """Sanic's default cap is 100 MB: Rasa's calls (they carry the secret) are read into memory up to
    that, and a refused call's body is drained up to it after the 401."""
    import socket

    root = Path(__file__).resolve().parents[2]
    port = processes.free_port()
    service = processes.action_service("action server", Path(sys.executable), port, "a-secret",
                                        tmp_path / "actions.log")
    service.env.update({"WAYMARK_VAR_DIR": str(tmp_path), "WAYMARK_DATABASE_URL": f"sqlite:///{tmp_path / 'w.db'}",
                        "WAYMARK_SPACY_MODEL": str(root / "var" / "spacy" / "waymark_en")})
    service.start(root)
    try:
        processes.wait_until_ready([service], timeout=120)
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(b"POST /webhook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         b"Authorization: Bearer a-secret\r\n"
                         b"Content-Length: %d\r\n\r\n" % (ACTION_REQUEST_MAX_BYTES + 1))
            answer = sock.recv(4096)
        # Refused at once, without waiting for the body (rasa-sdk's handler reports Sanic's 413 as a 500).
        assert answer.split(b" ", 2)[1] in (b"413", b"500") and b"exceeds the size limit" in answer, answer
    finally:
        service.stop()
