"""The advice record page: coordinators only (a worker or provider gets 403); it re-explains a journey's
recommendations from the catalogue version they came from, and counts every pathway shown per version."""

from __future__ import annotations

from bot.dialogue.profile import Profile
from bot.pathways.matching import match
from bot.residents import accounts, audit
from tests.console.conftest import PASSWORD, add_user, factory_of, load_catalogue_into, login
from tests.bot.records_fixtures import DEMO_CATALOGUE

JOURNEY = "web-" + "c" * 32


def recommend(client) -> list:
    load_catalogue_into(client, DEMO_CATALOGUE)
    with factory_of(client)() as s:
        result = match(s, Profile.from_mapping({"age": 45, "local_authority": "Walsall"}))
    shown = [r.pathway.id for r in result.recommendations[:3]]
    with factory_of(client)() as s, s.begin():
        audit.record(s, JOURNEY, "web", result, shown)
    return shown


async def test_a_coordinator_sees_a_journeys_advice_and_the_counts(client):
    shown = recommend(client)
    add_user(client, "lead@example.org", "coordinator")
    await login(client, "lead@example.org")
    response = await client.get(f"/console/audit?journey={JOURNEY}")
    html = await response.text()
    assert response.status == 200
    assert "Shown 1: " + shown[0] in html
    assert html.count("recommended</td>") >= len(shown)


async def test_a_worker_and_a_provider_are_refused(client):
    recommend(client)
    add_user(client, "worker@example.org", "worker")
    with factory_of(client)() as s, s.begin():
        accounts.create_user(s, "college@example.ac.uk", "provider", PASSWORD, provider="Some College")
    for email in ("worker@example.org", "college@example.ac.uk"):
        await login(client, email)
        response = await client.get(f"/console/audit?journey={JOURNEY}")
        html = await response.text()
        assert response.status == 403, email
        assert JOURNEY not in html
        await client.post("/console/logout", data={})
        client.session.cookie_jar.clear()


async def test_a_malformed_journey_id_is_a_polite_400(client):
    add_user(client, "lead@example.org", "coordinator")
    await login(client, "lead@example.org")
    response = await client.get("/console/audit?journey=<script>")
    assert response.status == 400
    assert "not a journey id" in await response.text()
