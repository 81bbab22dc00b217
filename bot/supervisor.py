"""The embedded profile: `make run` (python -m bot.supervisor) starts the action server, Rasa, the
gateway and the jobs on this machine, and `--production` hands over to bot.ops.production. The process
machinery both profiles use is bot.ops.processes.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional, Sequence

import yaml

from bot.ops.backoffice import go_private, new_token, write_private
from bot.ops.processes import (LOOPBACK, Service, Stack, action_endpoint, action_service, jobs_service, keep_secret,
                           private_var, rasa_service, run_stack, token_from_env, tracker_store_config)


@dataclass(frozen=True)
class StackConfig:
    root: Path
    python: Path
    model_path: Path
    var_dir: Path
    rasa_token: str
    rasa_port: int = 5005
    # The action server's shared secret; Rasa sends it with every call (write_endpoints).
    action_token: str = field(default_factory=new_token)
    action_port: int = 5055
    gateway_port: Optional[int] = None  # None: no gateway (tests that only need Rasa)
    gateway_host: Optional[str] = None  # None: the gateway's own default (WAYMARK_GATEWAY_HOST)
    endpoints_path: Optional[Path] = None  # None: write one under var_dir from endpoints.yml
    tracker_store_url: Optional[str] = None  # None: SQLite under var_dir

    @property
    def rasa_url(self) -> str:
        return f"http://{LOOPBACK}:{self.rasa_port}"

    @property
    def action_url(self) -> str:
        return f"http://{LOOPBACK}:{self.action_port}/webhook"


def write_endpoints(config: StackConfig, tracker_store_url: Optional[str] = None) -> Path:
    """Endpoints for this run: the action server and tracker store follow the configured ports and URL.

    endpoints.yml stays the readable default; this copy only points it at this run's ports and store.
    Holds the action server's secret, so it is written 0600.
    """
    data = yaml.safe_load((config.root / "endpoints.yml").read_text()) or {}
    data["action_endpoint"] = action_endpoint(config.action_url, config.action_token, data.get("action_endpoint"))
    url = tracker_store_url or f"sqlite:///{config.var_dir / 'rasa_tracker.db'}"
    data["tracker_store"] = tracker_store_config(url, data.get("tracker_store") or {})
    return write_private(config.var_dir / "run" / "endpoints.yml", yaml.safe_dump(data, sort_keys=False))


def services(config: StackConfig) -> List[Service]:
    endpoints = config.endpoints_path or write_endpoints(config, config.tracker_store_url)
    logs = config.var_dir / "log"
    action_server = action_service("action server", config.python, config.action_port, config.action_token,
                                   logs / "actions.log")
    rasa = rasa_service("rasa", config.python, config.rasa_port, config.model_path, endpoints,
                        config.root / "credentials.yml", config.rasa_token, logs / "rasa.log")
    if config.gateway_port is None:
        return [action_server, rasa]
    gateway = Service(
        name="gateway",
        argv=[str(config.python), "-m", "bot.gateway", "--port", str(config.gateway_port),
              *(["--host", config.gateway_host] if config.gateway_host else [])],
        health_url=f"http://{LOOPBACK}:{config.gateway_port}/healthz",
        log_path=logs / "gateway.log",
        # This run's Rasa, whatever its port and (possibly generated) token; the rest passes through.
        env={"WAYMARK_RASA_URL": config.rasa_url, "RASA_TOKEN": config.rasa_token},
    )
    jobs = jobs_service("jobs", config.python, config.var_dir / "run" / "jobs.heartbeat", logs / "jobs.log",
                        env={"WAYMARK_RASA_URL": config.rasa_url, "RASA_TOKEN": config.rasa_token})
    return [action_server, rasa, gateway, jobs]


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # Every process started from here inherits the known third-party warning filters (bot.quiet),
    # so the terminal and the logs show Waymark's own output.
    from bot import quiet

    os.environ.update(quiet.environment())
    if args and args[0] == "--production":  # replicas behind nginx (bot/ops/production.py)
        from bot.ops import production

        return production.main(args[1:])
    from bot.settings import Settings

    go_private()  # before anything is written
    settings = Settings.from_env()
    private_var(settings.var_dir)
    token, generated = token_from_env()
    action_token = settings.action_token or new_token()
    config = StackConfig(
        root=settings.root,
        python=Path(sys.executable),
        model_path=settings.root / "models" / "waymark.tar.gz",
        var_dir=settings.var_dir,
        rasa_token=token,
        action_token=action_token,
        gateway_port=settings.gateway_port,
        gateway_host=settings.gateway_host,
        tracker_store_url=settings.tracker_store_url,
    )
    token_file = keep_secret(config.var_dir, "rasa.token", token) if generated else None
    stack = Stack(config, services(config))
    return run_stack(
        stack, "Starting the action server, Rasa and the gateway (loading the model takes a little while)...",
        lambda: _banner(config, token_file, settings.outbox_dir if settings.texts_to_outbox else None), "\nStopping Waymark...")


def _banner(config: StackConfig, token_file: Optional[Path], outbox: Optional[Path] = None) -> str:
    """What a person sees once everything answers. `outbox`: where texts go without Twilio (None: to
    Twilio, or nowhere)."""
    token_line = (
        f"  RASA_TOKEN was not set, so this run made one: it is in {token_file} (readable only by you)"
        if token_file
        else "  Rasa's token: taken from RASA_TOKEN"
    )
    bearer = f"$(cat {token_file})" if token_file else "$RASA_TOKEN"
    host = config.gateway_host or "0.0.0.0"
    reach = ("this machine only" if host in (LOOPBACK, "localhost", "::1")
             else f"{host}, so other machines on your network can reach it too, over plain http")
    site = f"http://localhost:{config.gateway_port}"
    return "\n".join(
        [
            "",
            "Waymark is running (embedded profile: for trying it on this machine, not for residents).",
            f"  Rasa (loopback only, its channels and API need the token): {config.rasa_url}",
            f"  Action server (loopback only, shared secret): {config.action_url}",
            token_line,
            *([f"  Gateway listening on {reach}.",
               "  No TLS here and the console's cookie is not Secure: to serve residents, run the",
               "  production profile behind an https proxy (docs/deploying.md).",
               "",
               f"Chat in your browser: {site}/",
               f"Outreach console:     {site}/console/  (accounts: python -m bot users create --help)",
               *([f"Texts to residents go to {outbox} (no Twilio account): try python -m bot sms --help"]
                 if outbox else []),
               ""]
              if config.gateway_port else [""]),
            "Chat:",
            "  in another terminal:  make shell",
            f"  or over REST:         curl -s {config.rasa_url}/webhooks/rest/webhook \\",
            f"                          -H \"Authorization: Bearer {bearer}\" \\",
            "                          -d '{\"sender\": \"me\", \"message\": \"hi\"}'",
            f"Data is kept under {config.var_dir} (logs in {config.var_dir / 'log'}), readable only by you. "
            "Ctrl-C stops everything.",
        ]
    )


if __name__ == "__main__":
    sys.exit(main())
