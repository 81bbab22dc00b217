"""The production profile's topology as the supervisor builds it (issue 6); no servers started."""

import shutil
import stat
import subprocess
from pathlib import Path

import pytest
import yaml

from bot import production, supervisor

ROOT = Path(__file__).resolve().parents[2]
PG = "postgresql://waymark:s3cret@127.0.0.1:5433/waymark"


def _config(tmp_path, **extra):
    return production.ProductionConfig(
        root=ROOT, python=ROOT / ".venv" / "bin" / "python", model_path=tmp_path / "m.tar.gz",
        var_dir=tmp_path, rasa_token="tok", database_url=PG, tracker_store_url=PG,
        redis_url="redis://:r3dis@127.0.0.1:6380/0", **extra)


def test_every_process_is_a_named_service(tmp_path):
    names = [s.name for s in production.services(_config(tmp_path))]
    assert names == ["nginx", "actions-1", "actions-2", "rasa-1", "rasa-2", "gateway-1"]
    names = [s.name for s in production.services(_config(tmp_path, own_redis_port=6999, gateways=2))]
    assert names[:2] == ["redis", "nginx"] and names[-2:] == ["gateway-1", "gateway-2"]


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
    rasa = services["rasa-1"].argv
    assert rasa[rasa.index("--interface") + 1] == "127.0.0.1" and "--auth-token=tok" in rasa
    assert services["actions-1"].env["SANIC_HOST"] == "127.0.0.1"
    gateway = services["gateway-1"]
    assert gateway.argv[gateway.argv.index("--host") + 1] == "127.0.0.1"
    assert gateway.env["WAYMARK_TRUST_PROXY"] == "1"
    assert gateway.env["WAYMARK_RASA_URL"] == "http://127.0.0.1:5005"
    conf = production.nginx_config(_config(tmp_path))
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in conf  # overwritten, never appended
    assert "non_idempotent" not in conf  # a turn already sent is never sent to a second replica


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
    for key in ("WAYMARK_DATABASE_URL", "WAYMARK_TRACKER_STORE_URL", "WAYMARK_REDIS_URL"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("WAYMARK_VAR_DIR", str(tmp_path))
    assert supervisor.main(["--production", "--env-file", str(tmp_path / "none.env")]) == 1
    assert "scripts/prod-services start" in capsys.readouterr().err


def test_a_generated_rasa_token_never_reads_as_an_option():
    assert all(not supervisor.token_from_env({})[0].startswith("-") for _ in range(200))


@pytest.mark.skipif(shutil.which("nginx") is None and not Path("/usr/sbin/nginx").exists(),
                    reason="nginx is not installed (Debian: apt-get install nginx)")
def test_nginx_accepts_the_generated_configuration(tmp_path):
    conf = production.write_nginx_config(_config(tmp_path, gateways=2))
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    result = subprocess.run([nginx, "-t", "-p", str(conf.parent), "-c", str(conf),
                             "-e", str(conf.parent / "error.log")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
