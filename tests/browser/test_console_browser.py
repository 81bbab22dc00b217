"""The outreach-worker console and its kiosk mode in a real browser: runs tests/browser/console.test.mjs
(Debian's Chromium driven by playwright-core, checked with axe-core) against the real gateway
(`python -m bot.gateway`), whose Rasa is the scripted fake (tests/browser/fake-gateway.mjs).

Before the gateway starts, its empty database gets what a console in use has: two accounts made with the
real CLI (`python -m bot users create`), the catalogue, an earlier assisted session whose answers are in
the tracker store (so its summary lists routes and referral forms), a referral, two "talk to a person"
requests and enough anonymous counts for the demand report to draw bars. The browser does the rest
through the pages themselves, at desktop and tablet width.

Skips without Chromium or tests/browser/node_modules unless WAYMARK_REQUIRE_BROWSER=1 (see harness.py).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Dict

import pytest

from tests.browser import harness

pytestmark = pytest.mark.integration

PASSWORD = "correct horse battery staple"
WORKER = "worker@example.org"
COORDINATOR = "coordinator@example.org"
SEEDED_EVENT = "Bloxwich library, last week"
HOURS = "Mon-Sun 00:00-24:00"  # handoff requests queue as "waiting", whatever the time of the run


def _create_account(env: Dict[str, str], role: str, email: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "users", "create", "--role", role, "--email", email, "--password-stdin"],
        cwd=harness.ROOT, env=env, input=PASSWORD + "\n", text=True, capture_output=True, timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _referred():
    """The route of the seeded referral: a WMCA bootcamp of the catalogue the console is loaded with, so
    the referral names a route that exists there (whatever its id in the current pathways.yml)."""
    from bot.pathways.catalogue import load_catalogue
    from bot.settings import ROOT

    return next(p for p in load_catalogue(ROOT / "pathways.yml").pathways
                if p.kind == "bootcamp" and p.eligibility.region == "wmca")


def _seed(env: Dict[str, str]) -> None:
    from sqlalchemy import select

    from bot.residents import analytics, handoff, referrals
    from bot.pathways.catalogue import load_catalogue
    from bot.console import assisted_db
    from bot.db import create_schema as create_catalogue_schema, make_engine, session_factory
    from bot.residents.records import console_users
    from bot.settings import ROOT
    from bot.pathways.catalogue_store import load
    from tests.bot.records_fixtures import add_events, rasa_metadata, slot, user

    engine = make_engine(env["WAYMARK_DATABASE_URL"])
    tracker = make_engine(env["WAYMARK_TRACKER_STORE_URL"])
    try:
        create_catalogue_schema(engine)
        rasa_metadata.create_all(tracker)
        now = time.time()
        with session_factory(engine)() as s, s.begin():
            load(s, load_catalogue(ROOT / "pathways.yml"), "pathways.yml")
            worker_id = s.execute(select(console_users.c.id).where(console_users.c.email == WORKER)).scalar_one()
            earlier = assisted_db.start(s, key=env["WAYMARK_PSEUDONYM_KEY"], worker_id=worker_id,
                                        event_name=SEEDED_EVENT, now=now - 86_400,
                                        consent={"keep_conversation": True, "share_with_provider": True,
                                                 "follow_ups": False})
            route = _referred()
            referrals.create(s, sender_id=earlier.journey_id, consented=True, created_by=worker_id,
                             pathway={"id": route.id, "title": route.title, "provider": route.provider,
                                      "kind": route.kind},
                             contact_name="Sam Example", contact_phone="07700 900123",
                             note="Prefers evening classes", local_authority="Walsall")
            hours = handoff.OfficeHours.parse(HOURS, "Europe/London")
            handoff.request_handoff(s, sender_id="web:browser-test-resident-1", channel="web",
                                    profile={"age": 52, "local_authority": "Walsall"}, urgency="high",
                                    reason="I want to talk to someone about IT courses", hours=hours)
            handoff.request_handoff(s, sender_id="sms:browser-test-resident-2", channel="sms",
                                    profile={}, reason="Can someone ring me?", hours=hours)
            for channel, n in (("web", 14), ("sms", 7), ("whatsapp", 5), ("kiosk", 2)):
                for _ in range(n):
                    analytics.record(s, "conversation_started", channel=channel)
            for area, background, outcome, n in (("Walsall", "displaced_worker", "open", 9),
                                                 ("Birmingham", "school_leaver", "open", 12),
                                                 ("Coventry", "refugee", "waitlist_only", 6),
                                                 ("Dudley", "displaced_worker", "none", 5)):
                for _ in range(n):
                    analytics.record(s, "recommended", local_authority=area, background=background,
                                     channel="web", outcome=outcome)
            for kind, n in (("bootcamp", 20), ("essential_digital_skills", 8), ("apprenticeship", 6)):
                for _ in range(n):
                    analytics.record(s, "pathway_recommended", kind=kind, local_authority="Walsall")
            for question, asked, answered in (("local_authority", 30, 28), ("age", 28, 25), ("interest", 25, 19)):
                for i in range(asked):
                    analytics.record(s, "question_asked", question=question, channel="web")
                    if i < answered:
                        analytics.record(s, "question_answered", question=question, channel="web")
        add_events(tracker, earlier.journey_id, [
            user("I'm 45 and I live in Walsall", channel="assisted"), slot("age", 45),
            slot("local_authority", "Walsall"), user("data", channel="assisted"), slot("interest", "data"),
            slot("employment_status", "unemployed"), slot("universal_credit", True),
        ])
    finally:
        engine.dispose()
        tracker.dispose()


@pytest.fixture
def console_gateway(fake_gateway, tmp_path: Path):
    """The real gateway in front of the fake Rasa, its database seeded as a console in use."""
    env = harness.gateway_env(tmp_path, fake_gateway, WAYMARK_OFFICE_HOURS=HOURS)
    _create_account(env, "worker", WORKER)
    _create_account(env, "coordinator", COORDINATOR)
    _seed(env)
    with harness.real_gateway(env, tmp_path / "gateway.log") as url:
        yield url


def test_console_and_kiosk_in_chromium_with_axe(console_gateway):
    print(harness.run_node_test(
        "console.test.mjs", console_gateway,
        WAYMARK_WORKER_EMAIL=WORKER, WAYMARK_COORDINATOR_EMAIL=COORDINATOR,
        WAYMARK_CONSOLE_PASSWORD=PASSWORD, WAYMARK_SEEDED_EVENT=SEEDED_EVENT,
        WAYMARK_SEEDED_REFERRAL=_referred().title,
    ))  # the steps and their timings: pytest -rP shows them
