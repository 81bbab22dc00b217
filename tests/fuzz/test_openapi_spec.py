"""docs/openapi.yaml describes exactly the routes the gateway registers: no route without a description,
no description without a route. Adding a route (to the gateway or the console) fails here until the spec
says what it takes and answers."""

from __future__ import annotations

import re
from typing import Set, Tuple

import pytest

from bot.gateway.app import create_app
from tests.fuzz import spec

Route = Tuple[str, str]
_PARAM = re.compile(r"\{([^}:]+)(?::[^}]*)?\}")


def registered(app) -> Set[Route]:
    """(METHOD, path template) for every route in the router, the regex stripped from {name:regex}."""
    out = set()
    for route in app.router.routes():
        info = route.resource.get_info()
        template = info.get("formatter") or info.get("path")
        out.add((route.method, _PARAM.sub(r"{\1}", template)))
    return out


@pytest.fixture
def routes(settings) -> Set[Route]:
    return registered(create_app(settings))  # building the app opens nothing (resources start later)


def described() -> Set[Route]:
    return {(op.method, op.path) for op in spec.operations()}


def test_every_registered_route_is_described(routes):
    # aiohttp adds HEAD beside every GET; the spec says so once instead of listing each HEAD.
    heads = {(m, p) for m, p in routes if m == "HEAD"}
    assert heads <= {("HEAD", p) for m, p in routes if m == "GET"}
    missing = sorted((routes - heads) - described())
    assert not missing, f"routes with no description in docs/openapi.yaml: {missing}"


def test_every_described_operation_is_served(routes):
    stale = sorted(described() - routes)
    assert not stale, f"docs/openapi.yaml describes routes the gateway does not serve: {stale}"


def test_the_spec_covers_the_public_surface():
    paths = {p for _, p in described()}
    for path in ("/", "/accessibility", "/widget.js", "/widget.css", "/static/{path}", "/healthz",
                 "/api/web/messages", "/api/web/messages/pending", "/webhooks/twilio", "/console/login"):
        assert path in paths
    assert ("OPTIONS", "/api/web/messages") in described()
    assert sum(1 for _, p in described() if p.startswith("/console")) >= 40


def test_operations_are_well_formed():
    doc = spec.load()
    assert doc["openapi"].startswith("3.0.")
    ids = [op.id for op in spec.operations()]
    assert len(ids) == len(set(ids)), "operationId must be unique"
    schemes = set(doc["components"]["securitySchemes"])
    for op in spec.operations():
        assert op.spec.get("responses"), op
        for code in op.spec["responses"]:
            assert re.fullmatch(r"[1-5][0-9][0-9]", str(code)), (op, code)
            assert int(code) < 500, f"{op}: a 5xx is never part of the contract"
        declared = {p["name"] for p in op.params_in("path")}
        assert declared == set(_PARAM.findall(op.path)), f"{op}: path parameters do not match the template"
        assert set(op.security) <= schemes, op
        if op.is_console and op.path not in ("/console", "/console/login") \
                and not op.path.startswith("/console/static/"):
            assert "consoleSession" in op.security, f"{op} is behind sign-in: say so"
            if op.method == "POST":
                assert "csrfToken" in op.security, f"{op}: every console POST needs the CSRF token"
        if op.method == "POST":
            assert op.bodies, f"{op}: describe the request body"


def test_every_reference_resolves():
    doc = spec.load()

    def walk(node):
        if isinstance(node, dict):
            if "$ref" in node:
                spec.resolve(node)  # raises KeyError when the target is missing
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(doc)
