"""`rasa run`, with Rasa's API token taken from the environment and the API routes Waymark never uses closed.

Rasa 3.6 reads its token only from `--auth-token`, and every user of the machine can read every command
line (`ps`). This entry point takes the same arguments as `rasa run` minus `--auth-token`, reads
`RASA_TOKEN`, and hands Rasa's own CLI the token in this process's argument list, which no other
process sees. It also

- refuses (403) every route not in bot.ops.backoffice.RASA_ROUTES, whatever the token: `PUT /model` loads
  a model, which is running code; the other admin routes train, replace or replay conversations;
- refuses (401) every channel call (`/webhooks/...`) without `Authorization: Bearer <RASA_TOKEN>`,
  compared in constant time: a channel takes a message as whatever sender id it is given, so without
  this any process on the machine could speak in, and act on, any resident's conversation (Rasa 3.6's
  channels have no credential of their own);
- adds `GET /ready`: 200 once a model is loaded, 503 before, and nothing else, so health checks need
  no token in their URL (Rasa accepts its token only as `?token=`, or a JWT).

    RASA_TOKEN=… python -m components.server --model models/waymark.tar.gz --enable-api …
"""

from __future__ import annotations

import sys
from typing import Optional, Sequence

from bot import quiet
from bot.ops.backoffice import RASA_ENV, RASA_TOKEN_ENV, bearer_matches, channel_needs_token, rasa_route_allowed


def guard(app, token: str) -> None:
    """Add the route allow-list, the channels' token and `/ready` to one of Rasa's Sanic apps."""
    from sanic import response

    if not token:
        raise ValueError("Rasa's channels need a token")

    @app.middleware("request")
    async def only_waymarks_routes(request):
        if not rasa_route_allowed(request.method, request.path):
            return response.json({"error": "not available"}, status=403)
        if channel_needs_token(request.path) and not bearer_matches(request.headers.get("authorization"), token):
            return response.json({"error": "not authorised"}, status=401,
                                 headers={"WWW-Authenticate": "Bearer"})
        return None

    async def ready(request):
        agent = getattr(request.app.ctx, "agent", None)
        ok = agent is not None and agent.is_ready()
        return response.text("ready" if ok else "loading", status=200 if ok else 503)

    app.add_route(ready, "/ready", methods=["GET"], name="waymark_ready")


def guard_rasa_apps(token: str) -> None:
    """Wrap rasa.core.run.configure_app, which `rasa run` and `rasa shell` call once to build their app
    (with or without the API), after the channels are registered."""
    import rasa.core.run

    original = rasa.core.run.configure_app
    if getattr(original, "waymark_guarded", False):
        return

    def configure_app(*args, **kwargs):
        app = original(*args, **kwargs)
        guard(app, token)
        return app

    configure_app.waymark_guarded = True  # type: ignore[attr-defined]
    rasa.core.run.configure_app = configure_app


def keep_private(env) -> None:
    """No usage data or error reports leave this process (set before Rasa reads its configuration)."""
    env.update(RASA_ENV)


def main(argv: Optional[Sequence[str]] = None, env=None) -> int:
    import os

    env = os.environ if env is None else env
    args = list(sys.argv[1:] if argv is None else argv)
    if any(a == "--auth-token" or a.startswith("--auth-token=") for a in args):
        print("Give Rasa's token as RASA_TOKEN in the environment, not on the command line.", file=sys.stderr)
        return 2
    token = env.get(RASA_TOKEN_ENV)
    if not token:
        print(f"Rasa's API will not start without a token: set {RASA_TOKEN_ENV}.", file=sys.stderr)
        return 2
    if "--enable-api" not in args:
        print("components.server runs Rasa with its API (--enable-api); use `rasa run` otherwise.",
              file=sys.stderr)
        return 2
    quiet.install()  # known third-party warnings only (bot.quiet names each one)
    keep_private(os.environ)
    guard_rasa_apps(token)
    # Only this process's copy of its arguments: /proc/<pid>/cmdline keeps what was executed.
    sys.argv = ["rasa", "run", *args, "--auth-token", token]
    from rasa.__main__ import main as rasa_main

    rasa_main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
