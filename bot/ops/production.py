"""The production profile's process topology (docs/deploying.md), built on bot.ops.processes.

    internet -> (TLS in front) -> nginx :8080 -> gateway-1..n (127.0.0.1:8081..)
                                  nginx :5005 -> rasa-1..n    (127.0.0.1:5011..)   PostgreSQL `events`
                                  nginx :5055 -> actions-1..n (127.0.0.1:5061..)   Redis ticket locks

Every process is a named supervisor Service (`nginx`, `rasa-1`, `actions-2`, `gateway-1`, and `redis`
when the stack runs its own), so a fault drill can stop, kill or restart any one of them:
`stack.restart("rasa-2")`, `stack.service("actions-1").stop()`. PostgreSQL and Redis normally run
outside the stack (scripts/prod-services); `make run-prod` starts them first.

Rasa replicas share the PostgreSQL tracker store (components.tracker_store) and the Redis lock store
(components.lock_store), so nginx may send any turn of any conversation to any replica; the gateways
keep nothing that matters in memory (bot.gateway.coordination), so nginx may send any request to any of them.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import sys
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple
from urllib.parse import urlsplit

import yaml

from bot.ops.backoffice import RASA_ROUTES, go_private, loopback_networks, new_token, write_private
from bot.db import redacted_url
from bot.ops.processes import (LOOPBACK, Service, Stack, StackError, action_endpoint, action_service, jobs_service,
                           keep_secret, private_var, rasa_service, run_stack, token_from_env, tracker_store_config)


@dataclass(frozen=True)
class ProductionConfig:
    root: Path
    python: Path
    model_path: Path
    var_dir: Path
    rasa_token: str
    database_url: str
    tracker_store_url: str
    redis_url: Optional[str] = None  # None: only when own_redis_port is set
    replicas: int = 2
    action_servers: int = 2
    gateways: int = 1  # 0: no gateway and no public listener (tests that talk to Rasa only)
    rasa_balancer_port: int = 5005
    actions_balancer_port: int = 5055
    public_port: int = 8080
    public_host: str = "0.0.0.0"
    rasa_ports: Tuple[int, ...] = ()  # default 5011, 5012, ...
    action_ports: Tuple[int, ...] = ()  # default 5061, ...
    gateway_ports: Tuple[int, ...] = ()  # default 8081, ...
    tracker_pool_size: int = 2
    tracker_max_overflow: int = 3
    # bot.db.make_engine per engine (WAYMARK_DB_POOL_SIZE / _MAX_OVERFLOW); the embedded default is
    # 5 + 10. 3 + 4 covers the 6 worker threads asyncio gives a process on 2 cores.
    db_pool_size: int = 3
    db_max_overflow: int = 4
    own_redis_port: Optional[int] = None  # run redis-server as the child service "redis"
    # Its password: the resume-code limits, answering leases and conversation locks live there, and any
    # process on the host can reach a loopback port.
    own_redis_password: str = field(default_factory=new_token)
    nginx: str = "nginx"
    redis_server: str = "redis-server"
    env: Tuple[Tuple[str, str], ...] = ()  # extra environment for every Waymark process
    state_name: str = "prod"  # logs, nginx config and pids under var_dir/<state_name>
    # The action servers' shared secret; Rasa sends it with every call (write_endpoints).
    action_token: str = field(default_factory=new_token)
    # The TLS proxy in front of nginx, trusted to say who the client is (X-Forwarded-For).
    trusted_proxies: Tuple[str, ...] = field(default_factory=loopback_networks)

    def __post_init__(self) -> None:
        if not self.rasa_ports:
            object.__setattr__(self, "rasa_ports", tuple(5011 + i for i in range(self.replicas)))
        if not self.action_ports:
            object.__setattr__(self, "action_ports", tuple(5061 + i for i in range(self.action_servers)))
        if not self.gateway_ports:
            object.__setattr__(self, "gateway_ports", tuple(8081 + i for i in range(self.gateways)))
        if (len(self.rasa_ports), len(self.action_ports), len(self.gateway_ports)) != (
                self.replicas, self.action_servers, self.gateways):
            raise ValueError("one port per replica, action server and gateway")
        if self.redis_url is None and self.own_redis_port is None:
            raise ValueError("a Redis URL, or own_redis_port to run one")

    @property
    def state_dir(self) -> Path:
        return self.var_dir / self.state_name

    @property
    def rasa_url(self) -> str:
        return f"http://{LOOPBACK}:{self.rasa_balancer_port}"

    @property
    def action_url(self) -> str:
        return f"http://{LOOPBACK}:{self.actions_balancer_port}/webhook"

    @property
    def web_api_url(self) -> str:
        """The public web API (what the widget posts to), reached from this machine through nginx."""
        return f"http://{LOOPBACK}:{self.public_port}/api/web/messages"

    @property
    def effective_redis_url(self) -> str:
        return self.redis_url or f"redis://:{self.own_redis_password}@{LOOPBACK}:{self.own_redis_port}/0"


# --- connection budget -----------------------------------------------------------------------------

ERASURE_CONNECTIONS = 2  # bot.residents.rights.forget: two short-lived engines, one connection each at a time
COMMAND_CONNECTIONS = 3  # `db upgrade`, `pathways load`, `retention run` while the stack runs


def connection_budget(config: ProductionConfig) -> Dict[str, int]:
    """The most PostgreSQL connections the stack can open (docs/deploying.md: well under 100).

    Rasa replica: its tracker store pool. Action server: the matching engine's pool plus one erasure
    in flight. Gateway: two engines (its own tables, and the console's tracker reader).
    """
    ours = config.db_pool_size + config.db_max_overflow
    rasa = config.replicas * (config.tracker_pool_size + config.tracker_max_overflow)
    actions = config.action_servers * (ours + ERASURE_CONNECTIONS)
    gateways = config.gateways * 2 * ours
    total = rasa + actions + gateways + COMMAND_CONNECTIONS
    return {"rasa": rasa, "actions": actions, "gateways": gateways, "commands": COMMAND_CONNECTIONS,
            "total": total}


# --- generated files -------------------------------------------------------------------------------

def lock_store_config(redis_url: str) -> dict:
    """Rasa's lock store keywords for a redis:// URL (components.lock_store reads them)."""
    parts = urlsplit(redis_url)
    config = {"type": "components.lock_store.DegradableRedisLockStore", "url": parts.hostname or LOOPBACK,
              "port": parts.port or 6379, "db": int((parts.path or "/0").lstrip("/") or 0),
              "key_prefix": "waymark"}
    if parts.password:
        config["password"] = parts.password
    if parts.username:
        config["username"] = parts.username
    return config


def write_endpoints(config: ProductionConfig) -> Path:
    """The replicas' endpoints: actions behind nginx, PostgreSQL tracker store, Redis lock store.

    Holds passwords and the action servers' secret, so it is written 0600 under var/ (never committed).
    """
    data = yaml.safe_load((config.root / "endpoints.yml").read_text()) or {}
    data["action_endpoint"] = action_endpoint(config.action_url, config.action_token, data.get("action_endpoint"))
    data["tracker_store"] = tracker_store_config(config.tracker_store_url, {
        **(data.get("tracker_store") or {}),
        "pool_size": config.tracker_pool_size, "max_overflow": config.tracker_max_overflow})
    data["lock_store"] = lock_store_config(config.effective_redis_url)
    return write_private(config.state_dir / "run" / "endpoints.yml", yaml.safe_dump(data, sort_keys=False))


# The action servers' routes (actions.server): Rasa's calls, and the health check.
ACTION_ROUTES: Tuple[Tuple[Tuple[str, ...], str], ...] = (
    (("POST",), r"^/webhook$"),
    (("GET",), r"^/health$"),
)


def _locations(routes, body: str) -> str:
    """One location per allowed route (other methods refused), and 403 for every other path."""
    out = []
    for methods, pattern in routes:
        out.append(f"""        location ~ {pattern} {{
            limit_except {' '.join(methods)} {{ deny all; }}
{body}
        }}""")
    out.append("        location / { return 403; }")
    return "\n".join(out)


def nginx_config(config: ProductionConfig) -> str:
    """nginx as the balancer in front of the replicas, the action servers and the gateways.

    The loopback balancers pass only the routes Waymark uses (bot.ops.backoffice.RASA_ROUTES, ACTION_ROUTES):
    Rasa's admin routes (`PUT /model` loads a model, i.e. runs code) answer 403 here, and again at each
    replica. The public listener refuses compressed request bodies (415) before any gateway inflates
    one, and takes the client's address from the trusted TLS proxy in front (real_ip).
    """
    state = config.state_dir / "nginx"

    def upstream(name: str, ports: Sequence[int], method: str) -> str:
        # max_fails=0: never mark a server down. Marked down, it is probed with one request at a time
        # when it returns, and every other request meanwhile gets 502 "no live upstreams" (the drills
        # saw ~200 turns fail in 50 ms after a start-up probe). A refused connect on loopback costs
        # microseconds and `proxy_next_upstream error` moves on to the next server anyway.
        servers = "\n".join(f"        server {LOOPBACK}:{p} max_fails=0;" for p in ports)
        return f"    upstream {name} {{\n        {method};\n{servers}\n        keepalive 16;\n    }}\n"

    proxy = """            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_connect_timeout 2s;
            # A dead server (connection refused) is skipped and the request goes to the next one;
            # a request already sent is never sent again (POST is not idempotent: a turn would double).
            proxy_next_upstream error timeout;
            proxy_next_upstream_tries 0;"""
    user = "user www-data;\n" if os.geteuid() == 0 else ""
    public = ""
    if config.gateways:
        trusted = "\n".join(f"        set_real_ip_from {network};" for network in config.trusted_proxies)
        public = f"""
    server {{
        listen {config.public_host}:{config.public_port};
        access_log off;  # the gateway logs requests without addresses; nginx would log them
        # A compressed body would be inflated by the gateway before any size cap applies: refused here
        # (and by the gateway itself).
        if ($http_content_encoding !~* "^(identity)?$") {{ return 415; }}
        # The client's address, as the TLS proxy in front (WAYMARK_TRUSTED_PROXIES) saw it: the
        # right-most X-Forwarded-For entry that is not a trusted proxy. From anyone else the header
        # is ignored and the connecting address counts.
{trusted}
        real_ip_header X-Forwarded-For;
        real_ip_recursive on;
        location / {{
            proxy_pass http://gateways;
{proxy}
            proxy_read_timeout 60s;
            proxy_set_header Host $http_host;
            # Exactly one address, the one real_ip settled on: the gateways (WAYMARK_TRUST_PROXY=1,
            # nginx on loopback trusted) read the right-most untrusted entry, which is this one, and
            # nothing a client wrote reaches them.
            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_set_header X-Forwarded-Proto $scheme;
        }}
    }}
"""
    rasa_proxy = f"""            proxy_pass http://rasa;
{proxy}
            proxy_read_timeout 30s;  # the gateway gives up at 20 s (WAYMARK_RASA_TIMEOUT)
            add_header X-Waymark-Upstream $upstream_addr always;  # loopback only: which replica"""
    actions_proxy = f"""            proxy_pass http://actions;
{proxy}
            proxy_read_timeout 60s;
            add_header X-Waymark-Upstream $upstream_addr always;"""
    return f"""# Generated by bot/ops/production.py for this run; edit that file, not this one.
{user}worker_processes 1;
pid {state / 'nginx.pid'};
error_log {state / 'error.log'} warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_max_body_size 1m;
    client_body_buffer_size 1m;  # bodies stay in memory: nothing is written to temp files
    proxy_max_temp_file_size 0;
    client_body_temp_path {state / 'tmp' / 'body'};
    proxy_temp_path {state / 'tmp' / 'proxy'};
    fastcgi_temp_path {state / 'tmp' / 'fastcgi'};
    uwsgi_temp_path {state / 'tmp' / 'uwsgi'};
    scgi_temp_path {state / 'tmp' / 'scgi'};

{upstream('rasa', config.rasa_ports, 'least_conn')}
{upstream('actions', config.action_ports, 'least_conn')}
{upstream('gateways', config.gateway_ports, 'least_conn') if config.gateways else ''}
    server {{
        listen {LOOPBACK}:{config.rasa_balancer_port};
        location = /nginx-health {{ access_log off; return 200 "ok\\n"; }}
{_locations(RASA_ROUTES, rasa_proxy)}
    }}

    server {{
        listen {LOOPBACK}:{config.actions_balancer_port};
{_locations(ACTION_ROUTES, actions_proxy)}
    }}
{public}}}
"""


def write_nginx_config(config: ProductionConfig) -> Path:
    state = config.state_dir / "nginx"
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (state / "tmp" / sub).mkdir(parents=True, exist_ok=True)
    path = state / "nginx.conf"
    path.write_text(nginx_config(config))
    return path


# --- services --------------------------------------------------------------------------------------

def _port_open(port: int) -> bool:
    try:
        with socket.create_connection((LOOPBACK, port), timeout=0.5):
            return True
    except OSError:
        return False


# A replica killed mid-turn leaves its conversation's ticket lock in Redis until the lock expires, and
# that resident waits that long (Rasa's default: 60 s, past the gateway's 20 s timeout). A turn takes
# well under a second (p99 ~3 s at 50 residents), so 15 s still keeps every live turn locked.
TICKET_LOCK_LIFETIME = 15


def app_env(config: ProductionConfig) -> Dict[str, str]:
    """What every Waymark process is told, whatever the supervisor's own environment says."""
    return {
        "WAYMARK_DATABASE_URL": config.database_url,
        "WAYMARK_TRACKER_STORE_URL": config.tracker_store_url,
        "WAYMARK_REDIS_URL": config.effective_redis_url,
        "WAYMARK_VAR_DIR": str(config.var_dir),
        "WAYMARK_DB_POOL_SIZE": str(config.db_pool_size),
        "WAYMARK_DB_MAX_OVERFLOW": str(config.db_max_overflow),
        **dict(config.env),
    }


def services(config: ProductionConfig) -> List[Service]:
    logs = config.state_dir / "log"
    env = app_env(config)
    out: List[Service] = []
    if config.own_redis_port is not None:
        redis_dir = config.state_dir / "redis"
        port = config.own_redis_port
        # The password goes in a 0600 file, not on the command line (`ps` shows every process's).
        conf = write_private(redis_dir / "redis.conf", "\n".join((
            f"port {port}", f"bind {LOOPBACK}", "protected-mode yes", f"requirepass {config.own_redis_password}",
            'save ""', "appendonly no", f'dir "{redis_dir}"', "maxmemory 256mb",
            "maxmemory-policy volatile-lru", "")))
        out.append(Service(
            name="redis", argv=[config.redis_server, str(conf)],
            health_url="", log_path=logs / "redis.log", check=lambda: _port_open(port)))
    nginx_conf = write_nginx_config(config)
    out.append(Service(
        name="nginx",
        argv=[config.nginx, "-p", str(nginx_conf.parent), "-c", str(nginx_conf),
              "-e", str(nginx_conf.parent / "error.log"), "-g", "daemon off;"],
        health_url=f"http://{LOOPBACK}:{config.rasa_balancer_port}/nginx-health",
        log_path=logs / "nginx.log"))
    for i, port in enumerate(config.action_ports, 1):
        out.append(action_service(f"actions-{i}", config.python, port, config.action_token,
                                  logs / f"actions-{i}.log", env))
    endpoints = write_endpoints(config)
    for i, port in enumerate(config.rasa_ports, 1):
        out.append(rasa_service(
            f"rasa-{i}", config.python, port, config.model_path, endpoints, config.root / "credentials.yml",
            config.rasa_token, logs / f"rasa-{i}.log",
            env={"TICKET_LOCK_LIFETIME": str(TICKET_LOCK_LIFETIME), **env,
                 "SQL_POOL_SIZE": str(config.tracker_pool_size),
                 "SQL_MAX_OVERFLOW": str(config.tracker_max_overflow)}))
    for i, port in enumerate(config.gateway_ports, 1):
        out.append(Service(
            name=f"gateway-{i}",
            argv=[str(config.python), "-m", "bot.gateway", "--host", LOOPBACK, "--port", str(port)],
            health_url=f"http://{LOOPBACK}:{port}/healthz",
            log_path=logs / f"gateway-{i}.log",
            env={**env, "WAYMARK_RASA_URL": config.rasa_url, "RASA_TOKEN": config.rasa_token,
                 "WAYMARK_GATEWAY_INSTANCE": f"gateway-{i}", "WAYMARK_TRUST_PROXY": "1",
                 "WAYMARK_GATEWAY_PORT": str(port)}))
    if config.gateways:  # the scheduled jobs (bot.jobs); a second stack's copy runs nothing twice
        out.append(jobs_service("jobs", config.python, config.state_dir / "run" / "jobs.heartbeat",
                                logs / "jobs.log", {**env, "WAYMARK_RASA_URL": config.rasa_url,
                                                    "RASA_TOKEN": config.rasa_token}))
    return out


# --- the stack -------------------------------------------------------------------------------------

class ProductionStack(Stack):
    """A Stack that checks where Rasa writes, restarts what dies, and records its process ids."""

    def __init__(self, config: ProductionConfig, services_: Optional[Sequence[Service]] = None):
        super().__init__(config, services_ if services_ is not None else services(config))  # type: ignore[arg-type]
        self.production = config
        self.restarts: Dict[str, int] = {}

    def start(self, timeout: float = 420.0) -> None:
        try:
            super().start(timeout)
            for service in self.services:
                if service.name.startswith("rasa-"):
                    verify_tracker_store(self.production, service)
        except BaseException:
            self.stop()
            raise
        self.write_pids()

    def restart(self, name: str, timeout: float = 180.0) -> None:
        super().restart(name, timeout)
        if name.startswith("rasa-"):
            verify_tracker_store(self.production, self.service(name))
        self.write_pids()

    def stop(self) -> None:
        """In waves: gateways (they finish replies in flight), then nginx (its keep-alive connections
        would hold the replicas' graceful shutdown open), then everything else at once."""
        waves = [[s for s in self.services if s.name.startswith("gateway-")],
                 [s for s in self.services if s.name == "nginx"],
                 [s for s in self.services if not s.name.startswith(("gateway-", "nginx", "redis"))],
                 [s for s in self.services if s.name == "redis"]]
        for wave in waves:
            _stop_together(wave)

    def write_pids(self) -> Path:
        """var/prod/run/pids.json: name -> pid, for drills that kill a process from outside."""
        path = self.production.state_dir / "run" / "pids.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        pids = {s.name: s.process.pid for s in self.services if s.process is not None}
        path.write_text(json.dumps(pids, indent=2) + "\n")
        return path

    def watch(self, backoff_max: float = 30.0, say=print) -> None:  # type: ignore[override]
        """Keep every service running: one that exits is started again, the others are left alone.

        Restarts back off (1 s, 2 s, ... up to `backoff_max`) until the service is ready again; a Rasa
        replica that comes back is checked like at start and stopped again if it keeps nothing.
        """
        due: Dict[str, float] = {}  # exited: when to start it again
        starting: set = set()  # started again, not ready yet
        delay: Dict[str, float] = {}
        while True:
            now = time.monotonic()
            for service in self.services:
                code = service.exited()
                if code is None:
                    if service.name in starting and service.is_ready():
                        starting.discard(service.name)
                        try:
                            if service.name.startswith("rasa-"):
                                verify_tracker_store(self.production, service)
                        except StackError as error:
                            say(f"{error}; stopping it", flush=True)
                            service.stop()
                            continue
                        delay.pop(service.name, None)
                        say(f"{service.name} is back", flush=True)
                    continue
                starting.discard(service.name)
                if service.name not in due:
                    wait = delay.get(service.name, 1.0)
                    delay[service.name] = min(wait * 2, backoff_max)
                    due[service.name] = now + wait
                    say(f"{service.name} stopped (code {code}); starting it again in {wait:.0f}s "
                        f"(log: {service.log_path})", flush=True)
                elif now >= due.pop(service.name):
                    service.start(self.config.root)
                    starting.add(service.name)
                    self.restarts[service.name] = self.restarts.get(service.name, 0) + 1
                    self.write_pids()
            time.sleep(1)


def _stop_together(services_: Sequence[Service], grace: float = 15.0) -> None:
    running = [s for s in services_ if s.process is not None and s.process.poll() is None]
    for service in running:
        try:
            os.killpg(service.process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + grace
    for service in running:
        try:
            service.process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except Exception:  # noqa: BLE001 - subprocess.TimeoutExpired: it had its chance
            service.stop(grace=0.1)


def verify_tracker_store(config: ProductionConfig, replica: Service, timeout: float = 30.0) -> None:
    """Write one event through a replica's API and find it in the database, or refuse to go on.

    Rasa falls back to an in-memory tracker store when the configured one cannot be imported; that
    replica would then answer residents while keeping nothing. This makes it impossible to miss.
    """
    from bot.db import make_engine
    from bot.residents.tracker_db import erase, events_table
    from sqlalchemy import func, select

    port = int(urlsplit(replica.health_url).port or 0)
    probe = f"waymark-probe-{uuid.uuid4().hex[:12]}"
    url = (f"http://{LOOPBACK}:{port}/conversations/{probe}/tracker/events"
           f"?token={config.rasa_token}")
    body = json.dumps({"event": "action", "name": "action_listen"}).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            if response.status != 200:
                raise StackError(f"{replica.name}: probe event refused ({response.status})")
    except (urllib.error.URLError, OSError) as error:
        raise StackError(f"{replica.name}: could not write a probe event ({error}); "
                         f"see {replica.log_path}") from None
    engine = make_engine(config.tracker_store_url)
    try:
        with engine.connect() as conn:
            table = events_table(conn)
            found = 0 if table is None else conn.execute(
                select(func.count()).where(table.c.sender_id == probe)).scalar_one()
        erase(engine, [probe])
    finally:
        engine.dispose()
    if not found:
        raise StackError(
            f"{replica.name} is not keeping conversations in the tracker store database "
            f"({redacted_url(config.tracker_store_url)}): it has probably fallen back to an in-memory "
            f"tracker store. Refusing to run like that; see {replica.log_path}")


# --- python -m bot.supervisor --production ---------------------------------------------------------

def read_env_file(path: Path) -> Dict[str, str]:
    values: Dict[str, str] = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    return values


def main(argv: Optional[Sequence[str]] = None) -> int:
    from bot.settings import ROOT, Settings, https_problem

    parser = argparse.ArgumentParser(prog="python -m bot.supervisor --production",
                                     description="Start the production profile (docs/deploying.md).")
    parser.add_argument("--env-file", type=Path, default=ROOT / "var" / "prod" / "prod.env",
                        help="settings written by scripts/prod-services (the environment wins)")
    parser.add_argument("--replicas", type=int)
    parser.add_argument("--action-servers", type=int)
    parser.add_argument("--gateways", type=int)
    args = parser.parse_args(list(argv or []))
    go_private()  # before anything is written: var/ 0700, every file 0600, in every child too
    if args.env_file.exists():
        for key, value in read_env_file(args.env_file).items():
            os.environ.setdefault(key, value)
    settings = Settings.from_env()
    https = https_problem(settings)
    if https:
        print(f"The production profile serves residents, so it needs https: {https}.\n"
              f"Put it behind TLS (docs/deploying.md, TLS in front) and set PUBLIC_BASE_URL=https://….\n"
              f"To try Waymark on this machine, use `make run`.", file=sys.stderr)
        return 1
    problems = [name for name, url in (("WAYMARK_DATABASE_URL", settings.database_url),
                                       ("WAYMARK_TRACKER_STORE_URL", settings.tracker_store_url))
                if not url.startswith("postgresql")]
    if not settings.redis_url:
        problems.append("WAYMARK_REDIS_URL")
    if problems:
        print(f"The production profile needs PostgreSQL and Redis; not set for it: {', '.join(problems)}.\n"
              f"Start them with `scripts/prod-services start` (make run-prod does), or set them.",
              file=sys.stderr)
        return 1
    private_var(settings.var_dir)
    token, generated = token_from_env()
    config = ProductionConfig(
        root=settings.root, python=Path(sys.executable),
        model_path=settings.root / "models" / "waymark.tar.gz", var_dir=settings.var_dir,
        rasa_token=token, action_token=settings.action_token or new_token(),
        trusted_proxies=settings.trusted_proxies, database_url=settings.database_url,
        tracker_store_url=settings.tracker_store_url, redis_url=settings.redis_url,
        replicas=args.replicas or settings.rasa_replicas,
        action_servers=args.action_servers or settings.action_servers,
        gateways=settings.gateways if args.gateways is None else args.gateways,
        public_host=settings.gateway_host, public_port=settings.gateway_port,
        tracker_pool_size=settings.tracker_pool_size, tracker_max_overflow=settings.tracker_max_overflow,
        db_pool_size=int(os.environ.get("WAYMARK_DB_POOL_SIZE", "3")),
        db_max_overflow=int(os.environ.get("WAYMARK_DB_MAX_OVERFLOW", "4")))
    budget = connection_budget(config)
    token_file = keep_secret(config.state_dir, "rasa.token", token) if generated else None
    stack = ProductionStack(config)
    names = ", ".join(s.name for s in stack.services)
    return run_stack(
        stack, f"Starting the production profile: {names} (loading {config.replicas} models takes a while)...",
        lambda: _banner(config, token_file, budget),
        "\nStopping Waymark (PostgreSQL and Redis keep running: make stop-prod)...")


def _banner(config: ProductionConfig, token_file: Optional[Path], budget: Dict[str, int]) -> str:
    token_line = (f"  RASA_TOKEN was not set, so this run made one: it is in {token_file} (readable only by you)"
                  if token_file else "  Rasa's API token: taken from RASA_TOKEN")
    return "\n".join([
        "",
        "Waymark is running (production profile).",
        *([f"  Public (nginx -> {config.gateways} gateway(s)): http://localhost:{config.public_port}/"]
          if config.gateways else []),
        f"  Rasa, {config.replicas} replicas behind nginx (loopback): {config.rasa_url}",
        f"  Action servers, {config.action_servers} behind nginx (loopback, shared secret): {config.action_url}",
        f"  PostgreSQL: {redacted_url(config.tracker_store_url)}  (at most {budget['total']} of its "
        f"max_connections from here: rasa {budget['rasa']}, actions {budget['actions']}, "
        f"gateways {budget['gateways']}, commands {budget['commands']})",
        f"  Redis: {urlsplit(config.effective_redis_url).hostname}:{urlsplit(config.effective_redis_url).port}",
        token_line,
        f"  Logs: {config.state_dir / 'log'}; process ids: {config.state_dir / 'run' / 'pids.json'}",
        "A process that dies is started again. Ctrl-C stops Waymark; `make stop-prod` stops PostgreSQL and Redis.",
    ])


__all__ = ["ProductionConfig", "ProductionStack", "connection_budget", "lock_store_config", "main",
           "nginx_config", "services", "verify_tracker_store", "write_endpoints", "write_nginx_config"]
