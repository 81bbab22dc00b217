"""Shared secrets, the Rasa routes Waymark uses, and private files (bot/ops/backoffice.py)."""

import os
import stat

import pytest

from bot.ops import backoffice


def test_only_the_exact_bearer_secret_is_accepted():
    assert backoffice.bearer_matches("Bearer s3cret", "s3cret")
    for header in (None, "", "s3cret", "Bearer s3cre", "Bearer s3cret ", "bearer s3cret", "Bearer S3CRET",
                   "Bearer s3cretX", "Bearer \udcff"):
        assert not backoffice.bearer_matches(header, "s3cret"), header


def test_the_secret_is_compared_in_constant_time(monkeypatch):
    calls = []
    real = backoffice.hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(backoffice.hmac, "compare_digest", spy)
    assert not backoffice.bearer_matches("Bearer nope", "s3cret")
    assert calls == [(b"Bearer nope", b"Bearer s3cret")]


def test_generated_secrets_are_long_and_never_read_as_an_option():
    tokens = {backoffice.new_token() for _ in range(200)}
    assert len(tokens) == 200
    assert all(len(t) == 64 and not t.startswith("-") for t in tokens)
    assert backoffice.secret_from_env("X", {"X": "given"}) == ("given", False)
    token, generated = backoffice.secret_from_env("X", {"X": ""})
    assert generated and len(token) == 64


@pytest.mark.parametrize("method, path", [
    ("GET", "/"), ("HEAD", "/"), ("GET", "/ready"), ("GET", "/status"),
    ("POST", "/webhooks/rest/webhook"), ("POST", "/webhooks/waymark_rest/webhook"), ("GET", "/webhooks/rest/"),
    ("POST", "/conversations/web-abc123/tracker/events"), ("GET", "/conversations/web-abc123/tracker"),
])
def test_the_routes_the_gateway_console_and_supervisor_use_stay_open(method, path):
    assert backoffice.rasa_route_allowed(method, path)


@pytest.mark.parametrize("method, path", [
    ("PUT", "/model"), ("DELETE", "/model"), ("POST", "/model/train"), ("POST", "/model/parse"),
    ("POST", "/model/predict"), ("POST", "/model/test/intents"), ("POST", "/model/test/stories"),
    ("PUT", "/conversations/web-abc/tracker/events"), ("POST", "/conversations/web-abc/execute"),
    ("POST", "/conversations/web-abc/trigger_intent"), ("POST", "/conversations/web-abc/predict"),
    ("POST", "/conversations/web-abc/messages"), ("GET", "/conversations/web-abc/story"),
    ("GET", "/domain"), ("GET", "/version"), ("POST", "/status"), ("GET", "/modelx"),
    ("POST", "/conversations/a/../../model/tracker/events"), ("GET", "/webhooks/rest/webhook/../../model"),
])
def test_rasas_admin_routes_are_refused(method, path):
    assert not backoffice.rasa_route_allowed(method, path)


def test_trusted_proxies_are_normalised_networks_and_nothing_else():
    assert backoffice.parse_networks("10.0.0.0/8, 192.0.2.7 ,2001:db8::/32", ()) == (
        "10.0.0.0/8", "192.0.2.7/32", "2001:db8::/32")
    assert backoffice.parse_networks("", backoffice.loopback_networks()) == ("127.0.0.1/32", "::1/128")
    with pytest.raises(ValueError, match="not an IP address"):
        backoffice.parse_networks("10.0.0.1; include /etc/passwd", ())


def test_private_files_and_directories_are_for_their_owner_alone(tmp_path):
    shared = tmp_path / "var"
    shared.mkdir(mode=0o755)
    shared.chmod(0o777)
    assert stat.S_IMODE(backoffice.private_dir(shared, others_may_pass=True).stat().st_mode) == 0o711
    assert stat.S_IMODE(backoffice.private_dir(shared).stat().st_mode) == 0o700
    fresh = backoffice.private_dir(tmp_path / "fresh")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700
    existing = tmp_path / "fresh" / "endpoints.yml"
    existing.write_text("old")
    existing.chmod(0o644)
    backoffice.write_private(existing, "secret: 1\n")
    assert stat.S_IMODE(existing.stat().st_mode) == 0o600 and existing.read_text() == "secret: 1\n"
    with backoffice.open_private_log(tmp_path / "fresh" / "log" / "a.log") as log:
        log.write(b"x")
    assert stat.S_IMODE((tmp_path / "fresh" / "log" / "a.log").stat().st_mode) == 0o600


def test_what_earlier_steps_left_readable_is_made_private_but_links_are_not_followed(tmp_path):
    var, outside = tmp_path / "var", tmp_path / "shared-pipeline"
    (var / "log").mkdir(parents=True)
    outside.mkdir()
    (outside / "meta.json").write_text("{}")
    (outside / "meta.json").chmod(0o644)
    (var / "spacy").symlink_to(outside)
    (var / "waymark.db").write_text("residents")
    for path, mode in ((var / "waymark.db", 0o644), (var / "log", 0o755)):
        path.chmod(mode)
    assert backoffice.tighten(var) is False  # nobody else's files in it
    assert stat.S_IMODE((var / "waymark.db").stat().st_mode) == 0o600
    assert stat.S_IMODE((var / "log").stat().st_mode) == 0o711
    assert stat.S_IMODE((outside / "meta.json").stat().st_mode) == 0o644  # not ours to change
    assert stat.S_IMODE(outside.stat().st_mode) != 0o700


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to give a directory to another user")
def test_var_stays_passable_when_another_users_data_lives_inside(tmp_path):
    var = tmp_path / "var"
    pg = var / "prod" / "pg"
    pg.mkdir(parents=True)
    for path in (var, var / "prod"):
        path.chmod(0o711)  # what scripts/prod-services grants, as root, for PostgreSQL's own user
    os.chown(pg, 65534, 65534)
    pg.chmod(0o700)
    foreign = backoffice.tighten(var)
    assert foreign is True
    assert stat.S_IMODE(backoffice.private_dir(var, others_may_pass=foreign).stat().st_mode) == 0o711
    assert stat.S_IMODE((var / "prod").stat().st_mode) == 0o711
    assert pg.stat().st_uid == 65534 and stat.S_IMODE(pg.stat().st_mode) == 0o700
