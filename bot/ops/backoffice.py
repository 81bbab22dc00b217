"""What keeps Waymark's back office (Rasa, the action server, var/) closed to all but Waymark itself.

- **Shared secrets.** Rasa's API token (`RASA_TOKEN`) and the action server's (`WAYMARK_ACTION_TOKEN`)
  are generated per run when unset and reach each process by environment or a 0600 file, never on a
  command line (`ps` shows every user every command line).
- **The Rasa routes Waymark uses.** Everything else in Rasa's HTTP API is refused by nginx and by each
  replica (components.server): `PUT /model` loads a model, which is running code, and the other admin
  routes rewrite or replay conversations. The channels (`/webhooks/...`) take a message as any sender
  id, so they demand Rasa's token too, as `Authorization: Bearer <RASA_TOKEN>` (`rasa_auth_headers`).
- **Nothing leaves.** Every Rasa process runs with `RASA_ENV`: no usage data (telemetry) and no error
  reports (Rasa's sentry-sdk starts only with telemetry on); and bodies are capped (`REQUEST_MAX_BYTES`).
- **Private files.** var/ is 0700 and what Waymark writes in it 0600 (the supervisor's umask, which
  every child inherits): residents' conversations, logs, endpoints with passwords and secrets.

Nothing here imports Rasa or a web framework, so both sides (and nginx's generator) share it.
"""

from __future__ import annotations

import hmac
import os
import re
import secrets
import stat
from pathlib import Path
from typing import Mapping, Optional, Sequence, Tuple

ACTION_TOKEN_ENV = "WAYMARK_ACTION_TOKEN"
RASA_TOKEN_ENV = "RASA_TOKEN"
# Rasa sends endpoint headers with every action call (rasa.utils.endpoints.EndpointConfig.headers).
ACTION_AUTH_HEADER = "Authorization"

PRIVATE_UMASK = 0o077

# Largest request body each back-office server reads (Sanic's default is 100 MB, all of it read
# before any middleware, so before the 401). Rasa's own routes take one message or one event: nginx
# in front allows 1 MiB, and so does each replica. The action server receives the conversation's
# whole tracker with every call; see docs/deploying.md for the measured sizes behind this figure.
RASA_REQUEST_MAX_BYTES = 1024 * 1024
ACTION_REQUEST_MAX_BYTES = 16 * 1024 * 1024

# The environment of every Rasa process: no usage data leaves (telemetry; Rasa's sentry-sdk error
# reports start only with it), and the body cap above (Sanic reads SANIC_* settings from it).
RASA_ENV = {"RASA_TELEMETRY_ENABLED": "false", "SANIC_REQUEST_MAX_SIZE": str(RASA_REQUEST_MAX_BYTES)}
ACTION_ENV = {"SANIC_REQUEST_MAX_SIZE": str(ACTION_REQUEST_MAX_BYTES)}


def new_token() -> str:
    # Hex, not urlsafe: a secret starting with "-" would read as an option to any CLI it reached.
    return secrets.token_hex(32)


def secret_from_env(name: str, env: Mapping[str, str] = os.environ) -> Tuple[str, bool]:
    """(secret, generated?): the environment's value, else a new one for this run."""
    value = env.get(name)
    if value:
        return value, False
    return new_token(), True


def bearer(token: str) -> str:
    return f"Bearer {token}"


def rasa_auth_headers(token: Optional[str]) -> dict:
    """What every caller of Rasa's channels sends (none without a token: Rasa then answers 401)."""
    return {"Authorization": bearer(token)} if token else {}


def bearer_matches(header: Optional[str], token: str) -> bool:
    """Does an Authorization header carry `token`? Constant time in the header's content."""
    given = (header or "").encode("utf-8", "surrogateescape")
    return hmac.compare_digest(given, bearer(token).encode("utf-8"))


# (methods, path pattern): the only Rasa routes anything of Waymark calls. The patterns are both
# Python and nginx (PCRE) regular expressions; HEAD counts as GET.
RASA_ROUTES: Tuple[Tuple[Tuple[str, ...], str], ...] = (
    (("GET",), r"^/$"),  # liveness, no token ("Hello from Rasa")
    (("GET",), r"^/ready$"),  # readiness, no token, nothing else said (components.server)
    (("GET",), r"^/status$"),  # token: the gateway's health check
    (("GET", "POST"), r"^/webhooks/[A-Za-z0-9_]+/(webhook)?$"),  # the channels (credentials.yml)
    (("POST",), r"^/conversations/[^/]+/tracker/events$"),  # token: the console's fact change, the start-up probe
    (("GET",), r"^/conversations/[^/]+/tracker$"),  # token: reading one conversation (end-to-end tests)
)
CHANNEL_PREFIX = "/webhooks/"  # every channel's routes (credentials.yml); each needs the token


def channel_needs_token(path: str) -> bool:
    return path.startswith(CHANNEL_PREFIX)


_COMPILED = tuple((methods, re.compile(pattern)) for methods, pattern in RASA_ROUTES)


def rasa_route_allowed(method: str, path: str) -> bool:
    method = "GET" if method.upper() == "HEAD" else method.upper()
    return any(method in methods and pattern.match(path) for methods, pattern in _COMPILED)


# --- private files -------------------------------------------------------------------------------

def go_private() -> int:
    """umask 077 for this process and every child it starts; returns the previous mask."""
    return os.umask(PRIVATE_UMASK)


def private_dir(path: Path, others_may_pass: bool = False) -> Path:
    """Create `path` 0700 (and missing parents), or make an existing one private to its owner.

    `others_may_pass`: an execute bit others already have survives (they may traverse, not list):
    as root, PostgreSQL's own user must pass through var/ to its data directory (scripts/prod-services
    grants it).
    """
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777
    private = mode & ~(0o066 if others_may_pass else 0o077)
    if private != mode:
        path.chmod(private)
    return path


def tighten(root: Path) -> bool:
    """Take read and write away from others on everything already under `root` that is ours; True
    when another user's files live under it (so that user must still be able to pass through).

    Files made before the supervisor's umask (`make catalogue` writes var/waymark.db) would otherwise
    stay readable. Symbolic links (var/spacy may point at a shared pipeline) and other users' files
    (PostgreSQL's data, as root) are left alone, and not followed.
    """
    uid, foreign = os.geteuid(), False
    for dirpath, dirnames, filenames in os.walk(root):
        ours = []
        for name in dirnames + filenames:
            full = os.path.join(dirpath, name)
            info = os.lstat(full)
            if stat.S_ISLNK(info.st_mode):
                continue
            if info.st_uid != uid:
                foreign = True
                continue
            mode = info.st_mode & 0o777
            if mode & 0o066:
                os.chmod(full, mode & ~0o066)
            ours.append(name)
        dirnames[:] = [d for d in dirnames if d in ours]
    return foreign


def write_private(path: Path, text: str) -> Path:
    """Write `text` to a file only its owner can read, whatever the umask (it may hold secrets)."""
    private_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # an existing file keeps its old mode through O_CREAT
    with os.fdopen(fd, "w") as out:
        out.write(text)
    return path


def open_private_log(path: Path):
    """A log to append to, 0600 (logs may carry pseudonyms and errors about residents' turns)."""
    private_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.fchmod(fd, 0o600)
    return os.fdopen(fd, "ab")


def loopback_networks() -> Tuple[str, ...]:
    return ("127.0.0.1/32", "::1/128")


def parse_networks(value: str, default: Sequence[str]) -> Tuple[str, ...]:
    """`10.0.0.0/8, 192.0.2.7` -> normalised CIDRs; ValueError naming the bad entry.

    Normalised by `ipaddress`, so what reaches nginx's configuration is an address and nothing else.
    """
    import ipaddress

    items = [item.strip() for item in value.split(",") if item.strip()]
    out = []
    for item in items or list(default):
        try:
            out.append(str(ipaddress.ip_network(item, strict=False)))
        except ValueError:
            raise ValueError(f"not an IP address or network: {item!r}") from None
    return tuple(out)
