"""The action server: rasa-sdk's own app, refusing every call that lacks Waymark's shared secret.

rasa-sdk 3.6 has no authentication: its /webhook runs any action for any sender id it is told, and the
actions read and erase residents' records ("what do you know about me", "forget me"). Rasa sends the
secret in an `Authorization: Bearer …` header (the run's endpoints.yml, 0600, written by
bot.supervisor); this server compares it in constant time and answers 401 otherwise. Only
`GET /health`, which says nothing but "ok", is open.

    WAYMARK_ACTION_TOKEN=… python -m actions.server --actions actions -p 5055

Same options as `python -m rasa_sdk`; it listens on SANIC_HOST, 127.0.0.1 unless set. Without the
secret in its environment it refuses to start.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Optional, Sequence

from bot import quiet
from bot.ops.backoffice import ACTION_TOKEN_ENV, bearer_matches

OPEN_ROUTES = frozenset({("GET", "/health"), ("HEAD", "/health")})


def create_app(token: str, actions: str = "actions", cors_origins=None):
    """rasa-sdk's Sanic app for `actions`, behind the secret."""
    from sanic import response
    from rasa_sdk.endpoint import create_app as sdk_app

    if not token:
        raise ValueError("the action server needs a secret")
    # No CORS origins: nothing in a browser has any business calling the action server.
    app = sdk_app(actions, cors_origins=cors_origins or "")

    @app.middleware("request")
    async def require_secret(request):
        if (request.method, request.path) in OPEN_ROUTES:
            return None
        if bearer_matches(request.headers.get("authorization"), token):
            return None
        return response.json({"error": "not authorised"}, status=401)

    @app.listener("after_server_stop")
    async def close_sender(_app, _loop):
        from actions.context import get_context

        await get_context().aclose()  # the outbound sender's HTTP session and the engines

    return app


def start_context() -> None:
    """The records' tables, made once here rather than checked on every turn."""
    from sqlalchemy.exc import DBAPIError

    from actions.context import describe, get_context

    try:
        get_context().start()
    except DBAPIError as error:
        logging.getLogger(__name__).warning("database unreachable at start (%s); tables are made on first use",
                                            describe(error))


def main(argv: Optional[Sequence[str]] = None) -> int:
    quiet.install()  # known third-party warnings only (bot.quiet names each one)
    from rasa_sdk import utils
    from rasa_sdk.constants import APPLICATION_ROOT_LOGGER_NAME
    from rasa_sdk.endpoint import create_argument_parser, create_ssl_context
    from rasa_sdk.plugin import plugin_manager

    from bot.settings import Settings

    args = create_argument_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    token = Settings.from_env().action_token
    if not token:
        print(f"The action server will not start without its shared secret: set {ACTION_TOKEN_ENV} "
              f"(`make run` and the production profile do).", file=sys.stderr)
        return 2
    logging.getLogger("matplotlib").setLevel(logging.WARN)
    utils.configure_colored_logging(args.loglevel)
    utils.configure_file_logging(logging.getLogger(APPLICATION_ROOT_LOGGER_NAME), args.log_file,
                                 args.loglevel, args.logging_config_file)
    utils.update_sanic_log_level()
    app = create_app(token, args.actions or "actions", cors_origins=args.cors)
    start_context()
    plugin_manager().hook.attach_sanic_app_extensions(app=app)
    ssl_context = create_ssl_context(args.ssl_certificate, args.ssl_keyfile, args.ssl_password)
    host = os.environ.get("SANIC_HOST", "127.0.0.1")
    logging.getLogger(__name__).info("Action server on %s:%s (shared secret required)", host, args.port)
    app.run(host, args.port, ssl=ssl_context, workers=utils.number_of_sanic_workers())
    return 0


if __name__ == "__main__":
    sys.exit(main())
