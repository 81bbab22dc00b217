"""The console is its own application, mounted by the gateway under /console: its middlewares run on
its routes alone, every path keeps its place, and it opens its engines once, at the gateway's start."""

from __future__ import annotations

import bot.db
from aiohttp.web_urldispatcher import PrefixedSubAppResource

from bot.console.state import CONSOLE, CONSOLE_APP, CONSOLE_CSP
from bot.gateway.state import GATEWAY

from tests.console.conftest import add_user, login


def console_app(client):
    [mounted] = [r.get_info()["app"] for r in client.app.router.resources()
                 if isinstance(r, PrefixedSubAppResource)]
    return mounted


async def test_console_routes_are_served_by_the_console_application(client):
    mounted = console_app(client)
    assert mounted is client.app[CONSOLE_APP] and CONSOLE in mounted and CONSOLE not in client.app
    paths = {r.canonical for r in mounted.router.resources()}
    assert {"/console", "/console/", "/console/login", "/console/assisted/{id}/summary"} <= paths
    # The gateway's own router holds no console route of its own any more.
    assert not [r for r in client.app.router.resources()
                if not isinstance(r, PrefixedSubAppResource) and r.canonical.startswith("/console")]


async def test_the_consoles_headers_are_on_every_console_response_and_on_no_gateway_one(client):
    redirected = await client.get("/console/", allow_redirects=False)  # not signed in: to the login page
    assert redirected.status == 303
    assert redirected.headers["X-Frame-Options"] == "DENY" and redirected.headers["Cache-Control"] == "no-store"
    assert redirected.headers["Content-Security-Policy"] == CONSOLE_CSP
    for path in ("/healthz", "/widget.js"):
        response = await client.get(path)
        assert "X-Frame-Options" not in response.headers, path
        assert response.headers["Content-Security-Policy"] != CONSOLE_CSP, path
    # ...and the gateway's still wrap the console: its nosniff is on the console's pages too.
    assert redirected.headers["X-Content-Type-Options"] == "nosniff"


async def test_the_consoles_sign_in_guard_does_not_run_on_the_gateways_routes(client):
    # A POST with no console session and no CSRF token: the widget's API answers it itself.
    response = await client.post("/api/web/messages/pending", json={"session": "s" * 24})
    assert response.status == 200 and await response.json() == {"messages": []}
    webhook = await client.post("/webhooks/twilio", data={"Body": "hi"})
    assert webhook.status == 403  # the gateway's signature check, not the console's form-expired page
    assert "This form has expired" not in await webhook.text()


async def test_paths_the_console_does_not_serve_are_404s_and_the_bare_prefix_redirects(client):
    # A Host header with a port (as every test client and most proxies send) used to make these 500s.
    assert (await client.get("/no-such-page")).status == 404
    assert (await client.get("/console/no-such-page", allow_redirects=False)).status == 404
    assert (await client.post("/console/", data={}, allow_redirects=False)).status == 405
    bare = await client.get("/console", allow_redirects=False)
    assert (bare.status, bare.headers["Location"]) == (301, "/console/")
    css = await client.get("/console/static/console.css")  # before signing in: the login page needs it
    assert css.status == 200 and css.headers["Content-Type"].startswith("text/css")


async def test_the_console_borrows_the_gateways_engine_and_opens_the_tracker_once(make_client, monkeypatch):
    made = []
    create_engine = bot.db.create_engine
    monkeypatch.setattr(bot.db, "create_engine", lambda *a, **k: made.append(a[0]) or create_engine(*a, **k))
    client = await make_client()
    console = console_app(client)[CONSOLE]
    assert console.engine is client.app[GATEWAY].store.engine
    assert len(made) == 2  # the gateway's database and Rasa's tracker store, once each
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    for _ in range(3):
        assert (await client.get("/console/")).status == 200
    assert len(made) == 2


async def test_a_console_transaction_that_reads_then_writes_waits_for_another_writer(client):
    # Claiming a conversation or approving a record reads, then writes, while the gateway, the action
    # server and the jobs runner commit to the same file.
    from tests.writers import AnotherWriter

    console = console_app(client)[CONSOLE]
    other = AnotherWriter(str(console.engine.url))
    try:
        with console.factory() as session, session.begin():
            assert other.work(session) == 0
        assert other.values() == ["meanwhile", "ours"]
    finally:
        other.close()
