"""Start, watch and stop Waymark's processes: the services, their health checks and the stack that
runs them, shared by the embedded profile (bot.supervisor), the production profile (bot.ops.production)
and the end-to-end tests.

Rasa's HTTP API had a remote-code-execution hole before 3.6.21, so Rasa and the action server are
bound to loopback, Rasa's API is protected by a token and closed but for the routes Waymark uses, and
the action server refuses calls without its own shared secret (bot.ops.backoffice); only the gateway faces
the world. Secrets travel by environment or 0600 file, never on a command line.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Protocol, Sequence

from bot.ops.backoffice import (ACTION_AUTH_HEADER, ACTION_ENV, ACTION_TOKEN_ENV, RASA_ENV, RASA_TOKEN_ENV, bearer,
                            go_private, open_private_log, private_dir, secret_from_env, tighten,
                            write_private)

LOOPBACK = "127.0.0.1"


def free_port() -> int:
    """A loopback port nothing listens on now, for a run that must not collide with `make run`."""
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]


RASA_FATAL = "Could not load model"  # rasa run keeps serving 503s after this instead of exiting


class StackError(RuntimeError):
    """A process exited or never became ready; the message names it and where its log is."""


@dataclass
class Service:
    name: str
    argv: List[str]
    health_url: str
    log_path: Path
    env: Dict[str, str] = field(default_factory=dict)
    process: Optional[subprocess.Popen] = None
    # Readiness for services without an HTTP health URL (PostgreSQL, Redis): used instead when set.
    check: Optional[Callable[[], bool]] = None
    # A log line after which the process stays up but will never be ready (Rasa without a model).
    fatal: Optional[str] = None
    log_start: int = 0  # where this run's output begins in the (appended) log

    def start(self, cwd: Path) -> None:
        log = open_private_log(self.log_path)
        self.log_start = log.tell()
        # Own process group, so Ctrl-C in the terminal reaches only the supervisor, which then
        # stops each service in order instead of leaving orphans behind.
        self.process = subprocess.Popen(
            self.argv,
            cwd=cwd,
            env={**os.environ, **self.env},
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        log.close()

    def is_ready(self) -> bool:
        if self.check is not None:
            return self.check()
        try:
            with urllib.request.urlopen(self.health_url, timeout=2) as response:
                return response.status == 200
        except (urllib.error.URLError, OSError):
            return False

    def failed(self) -> bool:
        if self.fatal is None:
            return False
        try:
            with open(self.log_path, "rb") as log:
                log.seek(max(self.log_start, log.seek(0, os.SEEK_END) - 65536))
                return self.fatal.encode() in log.read()
        except OSError:
            return False

    def exited(self) -> Optional[int]:
        return None if self.process is None else self.process.poll()

    def stop(self, grace: float = 15.0) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=5)
        except ProcessLookupError:
            pass


def token_from_env(env=os.environ) -> tuple:
    """(Rasa's API token, generated?) — a generated one is written to a 0600 file for the operator."""
    return secret_from_env(RASA_TOKEN_ENV, env)


def action_endpoint(url: str, token: str, base: Optional[dict] = None) -> dict:
    """Rasa's action_endpoint: this run's action server, and the secret it demands on every call."""
    headers = {**((base or {}).get("headers") or {}), ACTION_AUTH_HEADER: bearer(token)}
    return {**(base or {}), "url": url, "headers": headers}


def rasa_service(name: str, python: Path, port: int, model_path: Path, endpoints: Path, credentials: Path,
                 token: str, log_path: Path, env: Optional[Dict[str, str]] = None) -> Service:
    """Rasa through components.server: the token in its environment, not its command line; no
    telemetry or error reports, and a capped body size (RASA_ENV), whatever the caller's env says."""
    return Service(
        name=name,
        argv=[str(python), "-m", "components.server", "--model", str(model_path),
              "--endpoints", str(endpoints), "--credentials", str(credentials),
              "--interface", LOOPBACK, "--port", str(port), "--enable-api"],
        # 200 once the model is loaded; needs no token, so none is in a URL.
        health_url=f"http://{LOOPBACK}:{port}/ready",
        log_path=log_path, fatal=RASA_FATAL, env={**(env or {}), **RASA_ENV, RASA_TOKEN_ENV: token})


def action_service(name: str, python: Path, port: int, token: str, log_path: Path,
                   env: Optional[Dict[str, str]] = None) -> Service:
    """The action server through actions.server: loopback, the shared secret in its environment, and a
    capped body size (ACTION_ENV: Sanic would otherwise read 100 MB before the secret is checked)."""
    return Service(
        name=name,
        argv=[str(python), "-m", "actions.server", "--actions", "actions", "-p", str(port)],
        health_url=f"http://{LOOPBACK}:{port}/health",
        log_path=log_path,
        env={**(env or {}), **ACTION_ENV, "SANIC_HOST": LOOPBACK, ACTION_TOKEN_ENV: token})


def jobs_service(name: str, python: Path, heartbeat: Path, log_path: Path,
                 env: Optional[Dict[str, str]] = None) -> Service:
    """bot.jobs: retention, follow-ups, referral mail, catalogue staleness on their schedules. Ready
    once it has made a pass (its heartbeat file is fresh); each job runs once across every copy."""
    def fresh() -> bool:
        try:
            return time.time() - heartbeat.stat().st_mtime < 60
        except OSError:
            return False

    return Service(name=name, argv=[str(python), "-m", "bot.jobs", "--name", name, "--heartbeat", str(heartbeat)],
                   health_url="", log_path=log_path, env=dict(env or {}), check=fresh)


def tracker_store_config(url: str, base: dict) -> dict:
    """Rasa's SQL tracker store keywords for a SQLAlchemy URL (the one Settings.tracker_store_url).

    Erasure and retention read the same URL, so Rasa must write exactly where they look. The host
    goes in `url`: Rasa builds a custom store as `cls(host=<url>, **other_keys)`, so a `host` key
    would be passed twice.
    """
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    config = {k: v for k, v in base.items()
              if k not in ("dialect", "db", "host", "url", "port", "username", "password")}
    config.setdefault("type", "components.tracker_store.ErasingSQLTrackerStore")
    config["dialect"] = parsed.drivername
    config["db"] = parsed.database
    for key, value in (("url", parsed.host), ("port", parsed.port),
                       ("username", parsed.username), ("password", parsed.password)):
        if value is not None:
            config[key] = value
    return config


def wait_until_ready(services: Sequence[Service], timeout: float) -> None:
    """Until every started service answers its health check; StackError naming the first that exits,
    logs its fatal line, or is still not ready after `timeout` seconds (the caller stops them)."""
    deadline = time.monotonic() + timeout
    pending = list(services)
    while pending:
        for service in list(pending):
            code = service.exited()
            if code is not None:
                raise StackError(f"{service.name} exited with code {code}; see {service.log_path}")
            if service.failed():
                raise StackError(f"{service.name} logged {service.fatal!r}; see {service.log_path}")
            if service.is_ready():
                pending.remove(service)
        if pending and time.monotonic() > deadline:
            names = ", ".join(f"{s.name} ({s.log_path})" for s in pending)
            raise StackError(f"not ready after {timeout:.0f}s: {names}")
        if pending:
            time.sleep(0.5)


class Rooted(Protocol):
    """A profile's configuration as the stack needs it: where the services run from."""

    root: Path


class Stack:
    def __init__(self, config: Rooted, services_: Sequence[Service]):
        self.config = config
        self.services = list(services_)

    def start(self, timeout: float = 240.0) -> None:
        try:
            for service in self.services:
                service.start(self.config.root)
            wait_until_ready(self.services, timeout)
        except BaseException:  # a StackError, or Ctrl-C/SIGTERM while loading: leave nothing behind
            self.stop()
            raise

    def service(self, name: str) -> Service:
        return next(s for s in self.services if s.name == name)

    def restart(self, name: str, timeout: float = 120.0) -> None:
        """Stop and start one service, leaving the others running (used by the fault tests)."""
        service = self.service(name)
        service.stop()
        service.start(self.config.root)
        deadline = time.monotonic() + timeout
        while not service.is_ready():
            if service.exited() is not None or time.monotonic() > deadline:
                raise StackError(f"{service.name} did not come back; see {service.log_path}")
            time.sleep(0.5)

    def watch(self) -> None:
        """Block until a service dies (reported) or the user presses Ctrl-C."""
        while True:
            for service in self.services:
                code = service.exited()
                if code is not None:
                    raise StackError(f"{service.name} stopped with code {code}; see {service.log_path}")
            time.sleep(1)

    def stop(self) -> None:
        for service in reversed(self.services):
            service.stop()


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def stop_on_signals() -> None:
    """SIGTERM (systemd, `kill`, a container stop) and SIGHUP (the terminal went away) stop Waymark the
    way Ctrl-C does: as KeyboardInterrupt, so the supervisor stops every service before it exits.

    Once stopping has begun further signals are ignored, so a second one cannot cut the stopping short
    and leave services behind (each is killed outright if it outlasts its grace period anyway).
    """
    def handler(signum, _frame):
        for sig in STOP_SIGNALS:
            signal.signal(sig, signal.SIG_IGN)
        raise KeyboardInterrupt(signal.Signals(signum).name)

    for sig in STOP_SIGNALS:
        signal.signal(sig, handler)


def private_var(var_dir: Path) -> Path:
    """umask 077 for the supervisor and every child (SQLite files, logs, keys), var/ itself 0700, and
    what earlier steps left there readable by others made private."""
    go_private()
    var_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    return private_dir(var_dir, others_may_pass=tighten(var_dir))


def keep_secret(var_dir: Path, name: str, value: str) -> Path:
    """A generated secret, for the operator to read from a 0600 file rather than the terminal or a log."""
    return write_private(var_dir / "run" / name, value + "\n")


def run_stack(stack: Stack, starting: str, banner: Callable[[], str], stopping: str) -> int:
    """Start the stack, say where everything is, keep it running until told to stop or a service dies;
    every service is stopped before this returns, whatever stopped it (both profiles)."""
    stop_on_signals()
    print(starting, flush=True)
    try:
        try:
            stack.start()
        except StackError as error:
            print(f"Could not start Waymark: {error}", file=sys.stderr)
            return 1
        print(banner(), flush=True)
        stack.watch()
    except KeyboardInterrupt:
        print(stopping, flush=True)
        return 0
    except StackError as error:
        print(f"Waymark stopped: {error}", file=sys.stderr)
        return 1
    finally:
        stack.stop()
    return 0
