"""The production profile's topology as the supervisor builds it, and its generated nginx running for real."""

import os
import shutil
import stat
import subprocess
import time
from pathlib import Path

import pytest
import yaml

from bot import supervisor
from bot.ops import processes, production
from bot.ops.backoffice import ACTION_REQUEST_MAX_BYTES, RASA_REQUEST_MAX_BYTES

ROOT = Path(__file__).resolve().parents[3]
PG = "postgresql://waymark:s3cret@127.0.0.1:5433/waymark"


def _config(tmp_path, **extra):
    return production.ProductionConfig(
        root=ROOT, python=ROOT / ".venv" / "bin" / "python", model_path=tmp_path / "m.tar.gz",
        var_dir=tmp_path, rasa_token="tok", database_url=PG, tracker_store_url=PG,
        redis_url="redis://:r3dis@127.0.0.1:6380/0", **extra)


def test_every_process_is_a_named_service(tmp_path):
    names = [s.name for s in production.services(_config(tmp_path))]
    assert names == ["nginx", "actions-1", "actions-2", "rasa-1", "rasa-2", "gateway-1", "jobs"]
    names = [s.name for s in production.services(_config(tmp_path, own_redis_port=6999, gateways=2))]
    assert names[:2] == ["redis", "nginx"] and names[-3:] == ["gateway-1", "gateway-2", "jobs"]


def test_the_jobs_runner_is_supervised_on_the_stacks_database_and_ready_after_a_pass(tmp_path):
    config = _config(tmp_path)
    jobs = {s.name: s for s in production.services(config)}["jobs"]
    assert jobs.argv[1:3] == ["-m", "bot.jobs"] and jobs.env["WAYMARK_DATABASE_URL"] == PG
    heartbeat = Path(jobs.argv[jobs.argv.index("--heartbeat") + 1])
    assert not jobs.is_ready()
    heartbeat.parent.mkdir(parents=True, exist_ok=True)
    heartbeat.touch()
    assert jobs.is_ready()


def test_replicas_share_postgresql_and_the_redis_lock_store_through_nginx(tmp_path):
    config = _config(tmp_path)
    path = production.write_endpoints(config)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # it holds passwords
    endpoints = yaml.safe_load(path.read_text())
    assert endpoints["action_endpoint"]["url"] == "http://127.0.0.1:5055/webhook"  # the balancer
    store = endpoints["tracker_store"]
    assert store["type"] == "components.tracker_store.ErasingSQLTrackerStore"
    assert (store["dialect"], store["url"], store["port"], store["db"]) == ("postgresql", "127.0.0.1", 5433, "waymark")
    assert (store["pool_size"], store["max_overflow"]) == (2, 3)
    assert endpoints["lock_store"] == {"type": "components.lock_store.DegradableRedisLockStore",
                                       "url": "127.0.0.1", "port": 6380, "db": 0, "key_prefix": "waymark",
                                       "password": "r3dis"}


def test_rasa_and_action_servers_stay_on_loopback_and_gateways_trust_only_nginx(tmp_path):
    services = {s.name: s for s in production.services(_config(tmp_path))}
    rasa = services["rasa-1"]
    assert rasa.argv[rasa.argv.index("--interface") + 1] == "127.0.0.1" and rasa.env["RASA_TOKEN"] == "tok"
    assert services["actions-1"].env["SANIC_HOST"] == "127.0.0.1"
    gateway = services["gateway-1"]
    assert gateway.argv[gateway.argv.index("--host") + 1] == "127.0.0.1"
    assert gateway.env["WAYMARK_TRUST_PROXY"] == "1"
    assert gateway.env["WAYMARK_RASA_URL"] == "http://127.0.0.1:5005"
    conf = production.nginx_config(_config(tmp_path))
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in conf  # what real_ip settled on, nothing else
    assert "non_idempotent" not in conf  # a turn already sent is never sent to a second replica


def test_every_replica_runs_without_telemetry_and_every_server_with_a_body_cap(tmp_path, monkeypatch):
    monkeypatch.setenv("RASA_TELEMETRY_ENABLED", "true")
    monkeypatch.setenv("SANIC_REQUEST_MAX_SIZE", "100000000")
    config = _config(tmp_path, replicas=3, action_servers=2, env=(("RASA_TELEMETRY_ENABLED", "true"),))
    started = {s.name: {**os.environ, **s.env} for s in production.services(config)}
    replicas = [env for name, env in started.items() if name.startswith("rasa-")]
    actions = [env for name, env in started.items() if name.startswith("actions-")]
    assert len(replicas) == 3 and len(actions) == 2
    assert all(env["RASA_TELEMETRY_ENABLED"] == "false" for env in replicas)
    assert all(env["SANIC_REQUEST_MAX_SIZE"] == str(RASA_REQUEST_MAX_BYTES) for env in replicas)
    assert all(env["SANIC_REQUEST_MAX_SIZE"] == str(ACTION_REQUEST_MAX_BYTES) for env in actions)


def test_no_secret_is_on_a_command_line_or_in_a_health_url(tmp_path):
    config = _config(tmp_path, action_token="act-" + "y" * 40, own_redis_port=6999)
    for service in production.services(config):
        for secret in (config.rasa_token, config.action_token):
            assert not any(secret in arg for arg in service.argv), service.name
            assert secret not in service.health_url, service.name
    endpoints = yaml.safe_load(production.write_endpoints(config).read_text())
    assert endpoints["action_endpoint"]["headers"] == {"Authorization": "Bearer " + config.action_token}
    actions = [s for s in production.services(config) if s.name.startswith("actions-")]
    assert all(s.env["WAYMARK_ACTION_TOKEN"] == config.action_token for s in actions)


def test_the_generated_nginx_passes_only_the_rasa_routes_waymark_uses(tmp_path):
    conf = production.nginx_config(_config(tmp_path))
    rasa = conf.split(f"listen 127.0.0.1:5005;")[1].split("\n    }")[0]
    assert "location ~ ^/conversations/[^/]+/tracker/events$ {" in rasa
    assert "limit_except POST { deny all; }" in rasa
    assert "location / { return 403; }" in rasa
    assert "/model" not in rasa
    actions = conf.split(f"listen 127.0.0.1:5055;")[1].split("\n    }")[0]
    assert "location ~ ^/webhook$" in actions and "location / { return 403; }" in actions


def test_the_public_listener_refuses_compressed_bodies_and_takes_the_client_from_trusted_proxies(tmp_path):
    conf = production.nginx_config(_config(tmp_path, trusted_proxies=("10.0.0.0/8", "2001:db8::/32")))
    public = conf.split("listen 0.0.0.0:8080;")[1]
    assert 'if ($http_content_encoding !~* "^(identity)?$") { return 415; }' in public
    assert "set_real_ip_from 10.0.0.0/8;" in public and "set_real_ip_from 2001:db8::/32;" in public
    assert "set_real_ip_from 127.0.0.1" not in public  # only what the setting lists
    assert "real_ip_header X-Forwarded-For;" in public and "real_ip_recursive on;" in public
    default = production.nginx_config(_config(tmp_path))
    assert "set_real_ip_from 127.0.0.1/32;" in default and "set_real_ip_from ::1/128;" in default


def test_the_production_profile_refuses_to_start_without_an_https_public_address(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("WAYMARK_VAR_DIR", str(tmp_path))
    for url in ("", "http://waymark.example.org", "https://"):
        monkeypatch.setenv("PUBLIC_BASE_URL", url)
        assert supervisor.main(["--production", "--env-file", str(tmp_path / "none.env")]) == 1
        assert "needs https" in capsys.readouterr().err
    assert not (tmp_path / "prod").exists()  # refused before anything started


def test_the_connection_budget_stays_well_under_postgresqls_100(tmp_path):
    budget = production.connection_budget(_config(tmp_path))
    assert budget["total"] <= 50
    bigger = production.connection_budget(_config(tmp_path, replicas=4, action_servers=4, gateways=2))
    assert bigger["total"] < 97  # PostgreSQL keeps 3 of its 100 for superusers


def test_the_env_file_is_read_without_overriding_the_environment(tmp_path):
    env = tmp_path / "prod.env"
    env.write_text("# comment\nWAYMARK_REDIS_URL=redis://x\n\nWAYMARK_DATABASE_URL=postgresql://y\n")
    assert production.read_env_file(env) == {"WAYMARK_REDIS_URL": "redis://x",
                                             "WAYMARK_DATABASE_URL": "postgresql://y"}


def test_without_postgresql_and_redis_it_says_what_is_missing(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PUBLIC_BASE_URL", "https://waymark.example.org")
    for key in ("WAYMARK_DATABASE_URL", "WAYMARK_TRACKER_STORE_URL", "WAYMARK_REDIS_URL"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("WAYMARK_VAR_DIR", str(tmp_path))
    assert supervisor.main(["--production", "--env-file", str(tmp_path / "none.env")]) == 1
    assert "scripts/prod-services start" in capsys.readouterr().err


def test_a_generated_rasa_token_never_reads_as_an_option():
    assert all(not processes.token_from_env({})[0].startswith("-") for _ in range(200))


@pytest.mark.skipif(shutil.which("nginx") is None and not Path("/usr/sbin/nginx").exists(),
                    reason="nginx is not installed (Debian: apt-get install nginx)")
def test_nginx_accepts_the_generated_configuration(tmp_path):
    conf = production.write_nginx_config(_config(tmp_path, gateways=2))
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    result = subprocess.run([nginx, "-t", "-p", str(conf.parent), "-c", str(conf),
                             "-e", str(conf.parent / "error.log")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# --- the generated nginx, running, in front of a recording upstream ---------------------------------

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


class _Recorder:
    """One HTTP server standing in for every upstream: records what nginx let through."""

    def __init__(self):
        import http.server
        import threading

        seen = self.seen = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def _any(self):
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                seen.append((self.command, self.path, dict(self.headers)))
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            do_GET = do_POST = do_PUT = do_DELETE = _any

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def running_nginx(tmp_path):
    """The generated configuration served by a real nginx; (config, recorder, request)."""
    import urllib.error
    import urllib.request

    upstream = _Recorder()
    state = {}

    def start(**extra):
        config = _config(tmp_path, replicas=1, action_servers=1, gateways=1, public_host="127.0.0.1",
                         rasa_ports=(upstream.port,), action_ports=(upstream.port,),
                         gateway_ports=(upstream.port,), rasa_balancer_port=processes.free_port(),
                         actions_balancer_port=processes.free_port(), public_port=processes.free_port(),
                         **extra)
        conf = production.write_nginx_config(config)
        state["process"] = subprocess.Popen(
            [NGINX, "-p", str(conf.parent), "-c", str(conf), "-e", str(conf.parent / "error.log"),
             "-g", "daemon off;"], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while not processes.Service("n", [], f"http://127.0.0.1:{config.rasa_balancer_port}/nginx-health",
                                     tmp_path / "n.log").is_ready():
            assert state["process"].poll() is None and time.monotonic() < deadline, "nginx did not start"
            time.sleep(0.1)
        return config

    def request(port, method, path, headers=None, body=None):
        req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body, method=method,
                                     headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    yield start, upstream, request
    if "process" in state:
        state["process"].terminate()
        state["process"].wait(timeout=20)
    upstream.server.shutdown()


@pytest.mark.skipif(NGINX is None, reason="nginx is not installed (Debian: apt-get install nginx)")
def test_nginx_refuses_rasas_admin_routes_before_any_replica_sees_them(running_nginx):
    start, upstream, request = running_nginx
    config = start()
    rasa = config.rasa_balancer_port
    for method, path in (("PUT", "/model?token=tok"), ("DELETE", "/model?token=tok"),
                         ("POST", "/model/train?token=tok"), ("POST", "/model/parse?token=tok"),
                         ("PUT", "/conversations/web-a/tracker/events?token=tok"),
                         ("POST", "/conversations/web-a/execute?token=tok"), ("GET", "/domain?token=tok"),
                         ("GET", "/webhooks/rest/../../model?token=tok")):
        assert request(rasa, method, path, body=b"{}" if method != "GET" else None) == 403, (method, path)
    assert upstream.seen == []
    assert request(rasa, "POST", "/webhooks/rest/webhook", body=b"{}") == 200
    assert request(rasa, "POST", "/conversations/web-a/tracker/events?token=tok", body=b"{}") == 200
    assert request(rasa, "GET", "/status?token=tok") == 200
    assert [(m, p) for m, p, _ in upstream.seen] == [
        ("POST", "/webhooks/rest/webhook"), ("POST", "/conversations/web-a/tracker/events?token=tok"),
        ("GET", "/status?token=tok")]
    actions = config.actions_balancer_port
    assert request(actions, "GET", "/actions") == 403
    assert request(actions, "POST", "/webhook", body=b"{}") == 200


@pytest.mark.skipif(NGINX is None, reason="nginx is not installed (Debian: apt-get install nginx)")
def test_nginx_refuses_compressed_request_bodies_on_the_public_listener(running_nginx):
    start, upstream, request = running_nginx
    public = start().public_port
    for encoding in ("gzip", "deflate", "br", "identity, gzip", "GZIP"):
        assert request(public, "POST", "/webhooks/twilio", {"Content-Encoding": encoding}, b"x") == 415, encoding
    assert upstream.seen == []
    assert request(public, "POST", "/api/web/messages", {"Content-Encoding": "identity"}, b"{}") == 200
    assert request(public, "POST", "/api/web/messages", {}, b"{}") == 200


@pytest.mark.skipif(NGINX is None, reason="nginx is not installed (Debian: apt-get install nginx)")
def test_the_gateway_is_told_the_client_address_the_trusted_proxy_saw_and_nothing_a_client_wrote(running_nginx):
    start, upstream, request = running_nginx
    public = start().public_port  # trusted proxies: loopback, where this test connects from
    # The TLS proxy appended the real client after whatever the client claimed.
    request(public, "GET", "/", {"X-Forwarded-For": "6.6.6.6, 203.0.113.9"})
    request(public, "GET", "/", {"X-Forwarded-For": "6.6.6.6, 203.0.113.9, 127.0.0.1"})
    assert [h.get("X-Forwarded-For") for _, _, h in upstream.seen] == ["203.0.113.9", "203.0.113.9"]


@pytest.mark.skipif(NGINX is None, reason="nginx is not installed (Debian: apt-get install nginx)")
def test_x_forwarded_for_from_an_untrusted_peer_is_ignored(running_nginx):
    start, upstream, request = running_nginx
    public = start(trusted_proxies=("10.0.0.0/8",)).public_port  # loopback is not a trusted proxy now
    request(public, "GET", "/", {"X-Forwarded-For": "203.0.113.9"})
    assert [h.get("X-Forwarded-For") for _, _, h in upstream.seen] == ["127.0.0.1"]


def test_the_stacks_own_redis_refuses_a_process_without_its_password(tmp_path):
    """Redis holds the resume-code attempt windows, the answering leases and Rasa's conversation locks:
    another process on the host that reaches it unauthenticated could reset the guessing limits or
    stall any conversation. The stack's own redis-server demands a password, kept off its command line."""
    import socket
    import subprocess
    import time

    import redis

    from bot.ops.processes import free_port
    from tests.redis_process import REDIS_SERVER, require_redis_server

    require_redis_server()
    port = free_port()
    config = production.ProductionConfig(
        root=ROOT, python=ROOT / ".venv" / "bin" / "python", model_path=tmp_path / "m.tar.gz", var_dir=tmp_path,
        rasa_token="tok", database_url=PG, tracker_store_url=PG, own_redis_port=port, redis_server=REDIS_SERVER)
    service = {s.name: s for s in production.services(config)}["redis"]
    password = redis.Redis.from_url(config.effective_redis_url).connection_pool.connection_kwargs.get("password")
    assert password and len(password) >= 32
    assert not any(password in arg for arg in service.argv)  # `ps` shows every command line
    assert production.lock_store_config(config.effective_redis_url)["password"] == password
    process = subprocess.Popen(service.argv, env={**os.environ, **service.env}, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not service.is_ready() and time.monotonic() < deadline:
            time.sleep(0.05)
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            pass
        stranger = redis.Redis(host="127.0.0.1", port=port, socket_timeout=2)
        with pytest.raises(redis.exceptions.AuthenticationError):
            stranger.set("waymark:resume-all:all", 0)
        stack = redis.Redis.from_url(config.effective_redis_url, socket_timeout=2)
        assert stack.ping()
    finally:
        process.terminate()
        process.wait(timeout=10)
