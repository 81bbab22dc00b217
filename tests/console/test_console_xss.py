"""Resident text is escaped on every console page: a script typed into an answer, a handoff, a
referral, an event name, a CSV or an email never runs in a worker's browser."""

from sqlalchemy import update

from bot.residents import analytics, handoff, referrals
from bot.console import assisted_db
from bot.gateway.state import GATEWAY
from bot.residents.records import console_handoffs

from tests.bot.records_fixtures import add_events, slot, user
from tests.console.conftest import add_user, factory_of, load_catalogue_into, login, post_form

SCRIPT = '<script>alert("x")</script>'
ATTR = '"><img src=x onerror=alert(1)>'
EVIL = SCRIPT + ATTR


def seed(client):
    load_catalogue_into(client)
    coordinator = add_user(client, "c@example.org", "coordinator")
    add_user(client, SCRIPT + "@example.org", "worker")
    hours = handoff.OfficeHours.parse("Mon-Sun 00:00-24:00")
    with factory_of(client)() as s, s.begin():
        item = assisted_db.start(s, key="k", worker_id=coordinator, event_name=EVIL, now=1.0,
                                 consent={"keep_conversation": True})
        assisted_db.add(s, item, "resident", EVIL, 2.0)
        assisted_db.add(s, item, "bot", "You said: " + EVIL, 3.0)
        ticket = handoff.request_handoff(
            s, sender_id="sms-" + "b" * 32, channel="sms", profile={"local_authority": EVIL, "age": 30},
            recommendations=[{"id": "p", "title": EVIL, "provider": EVIL, "status": "open", "why": [EVIL],
                              "conditions": [EVIL]}], language=EVIL, reason=EVIL, hours=hours)
        s.execute(update(console_handoffs).values(callback_when=EVIL))
        handoff.take(s, ticket.id, coordinator)
        handoff.route(s, "k", "sms-" + "b" * 32, "sms", EVIL)
        referrals.create(s, sender_id=item.journey_id, consented=True, contact_name=EVIL, contact_phone=EVIL[:32],
                         contact_email=EVIL, note=EVIL, local_authority=EVIL,
                         pathway={"id": "p", "title": EVIL, "provider": EVIL, "kind": "bootcamp"})
        analytics.record(s, "recommended", local_authority=EVIL, background=EVIL, channel=EVIL, outcome=EVIL)
    tracker = client.app[GATEWAY].settings.tracker_store_url
    from bot.db import make_engine

    engine = make_engine(tracker)
    add_events(engine, item.journey_id, [user(EVIL, channel="assisted"), slot("local_authority", EVIL),
                                         slot("age", 30), slot("interest", EVIL)])
    engine.dispose()
    return item, ticket


def assert_escaped(html: str, where: str, shown: bool = True) -> None:
    assert "<script>alert" not in html, where
    assert "<img src=x" not in html, where
    if shown:
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html, f"{where}: the text was not shown"


async def test_every_console_page_escapes_resident_text(client):
    item, ticket = seed(client)
    await login(client, "c@example.org")
    pages = {
        "/console/": True,
        f"/console/assisted/{item.id}": True,
        f"/console/assisted/{item.id}/summary": True,
        f"/console/assisted/{item.id}/held": True,
        "/console/handoffs": True,
        f"/console/handoffs/{ticket.id}": True,
        "/console/referrals": True,
        "/console/users": True,
        "/console/reports": False,  # only vocabulary values reach the report: nothing to show
        "/console/referrals/import": False,
    }
    for path, shown in pages.items():
        response = await client.get(path)
        assert response.status == 200, path
        assert_escaped(await response.text(), path, shown)
    csv = await client.get("/console/reports/demand.csv")
    assert "<script>" not in await csv.text()


async def test_csv_import_errors_quote_the_file_escaped(client):
    seed(client)
    await login(client, "c@example.org")
    response = await post_form(client, "/console/referrals/import",
                               {"text": f"reference,status\n{SCRIPT},{SCRIPT}\n"}, token_from="/console/referrals/import")
    html = await response.text()
    assert response.status == 200 and "<script>alert" not in html and "&lt;script&gt;" in html


async def test_kiosk_page_escapes_the_transcript(client, fake_rasa):
    item, _ = seed(client)
    await login(client, "c@example.org")
    await post_form(client, f"/console/assisted/{item.id}/kiosk", token_from=f"/console/assisted/{item.id}")
    kiosk = f"/console/assisted/{item.id}/kiosk"
    await post_form(client, f"{kiosk}/say", {"text": EVIL}, token_from=kiosk)
    html = await (await client.get(kiosk)).text()
    assert_escaped(html, "kiosk")
