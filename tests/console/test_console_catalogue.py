"""The skills team's pages (coordinator accounts): reports of wrong information, each with its route,
closed as fixed or dismissed; entries not checked for too long; and a worker reporting for a resident
from the summary, which shows the same who-pays, cost and checked words as the card and the SMS."""

import datetime as dt
import re

from markupsafe import escape

from bot.dialogue import replies
from bot.pathways import corrections
from bot.pathways.catalogue import load_catalogue
from bot.settings import ROOT

from tests.bot.records_fixtures import add_events, slot, user
from tests.console.conftest import add_user, factory_of, load_catalogue_into, login, post_form
from tests.console.test_console_flows import journey_of, start_session, tracker_engine

REPORTS = "/console/catalogue/reports"


def queue_report(client, pathway_id: str, words: str = "the course has closed") -> int:
    with factory_of(client)() as s, s.begin():
        return corrections.report(s, pathway_id=pathway_id, words=words, channel="sms", catalogue_version="v1")


def open_reports(client):
    with factory_of(client)() as s:
        return corrections.reports(s)


def live_pathway(client):
    with factory_of(client)() as s:
        return corrections.live_catalogue(s).pathways[0]


async def test_a_coordinator_sees_the_report_with_its_route_and_closes_it_as_fixed(client):
    load_catalogue_into(client)
    route = live_pathway(client)
    report_id = queue_report(client, route.id, "it says free but they charged me")
    add_user(client, "c@example.org", "coordinator")
    await login(client, "c@example.org")
    page = await (await client.get(REPORTS)).text()
    assert "it says free but they charged me" in page
    assert str(escape(route.title)) in page and route.id in page
    facts = replies.pathway_facts(route.to_summary_dict())
    assert str(escape(facts["facts"][0])) in page  # the words the resident was shown
    done = await post_form(client, f"{REPORTS}/{report_id}/close", {"status": "fixed", "note": "fee updated"},
                           token_from=REPORTS)
    assert "Closed as fixed." in await done.text()
    assert open_reports(client) == []
    fixed = await (await client.get(REPORTS + "?status=fixed")).text()
    assert "it says free but they charged me" in fixed and "fee updated" in fixed


async def test_a_report_is_closed_once_and_only_as_fixed_or_dismissed(client):
    load_catalogue_into(client)
    report_id = queue_report(client, live_pathway(client).id)
    add_user(client, "c@example.org", "coordinator")
    await login(client, "c@example.org")
    wrong = await post_form(client, f"{REPORTS}/{report_id}/close", {"status": "open"}, token_from=REPORTS)
    assert "already closed, or the choice" in await wrong.text() and len(open_reports(client)) == 1
    await post_form(client, f"{REPORTS}/{report_id}/close", {"status": "dismissed"}, token_from=REPORTS)
    again = await post_form(client, f"{REPORTS}/{report_id}/close", {"status": "fixed"}, token_from=REPORTS)
    assert "already closed" in await again.text()


async def test_a_route_since_removed_is_said_so(client):
    load_catalogue_into(client)
    queue_report(client, "a-route-no-longer-listed")
    add_user(client, "c@example.org", "coordinator")
    await login(client, "c@example.org")
    assert "no longer in the live catalogue" in await (await client.get(REPORTS)).text()


async def test_a_worker_cannot_see_or_close_reports(client):
    load_catalogue_into(client)
    report_id = queue_report(client, live_pathway(client).id)
    add_user(client, "w@example.org", "worker")
    await login(client, "w@example.org")
    assert (await client.get(REPORTS)).status == 403
    assert (await client.get("/console/catalogue/stale")).status == 403
    refused = await post_form(client, f"{REPORTS}/{report_id}/close", {"status": "dismissed"})
    assert refused.status == 403 and len(open_reports(client)) == 1
    assert "/console/catalogue/reports" not in await (await client.get("/console/")).text()


async def test_the_stale_list_is_the_live_entries_checked_too_long_ago(make_client):
    catalogue = load_catalogue(ROOT / "pathways.yml")
    dates = sorted({p.last_verified for p in catalogue.pathways})
    days = 30
    today = dates[-1] + dt.timedelta(days=days)  # the newest is fresh; older ones are stale
    noon = dt.datetime.combine(today, dt.time(12), dt.timezone.utc).timestamp()
    client = await make_client(clock=lambda: noon, catalogue_stale_days=days)
    load_catalogue_into(client)
    add_user(client, "c@example.org", "coordinator")
    await login(client, "c@example.org")
    page = await (await client.get("/console/catalogue/stale")).text()
    stale = catalogue.stale(today, days)
    listed = re.findall(r"<code>([a-z0-9-]+)</code>", page)
    assert listed == [p.id for p in stale]
    fresh = [p.id for p in catalogue.pathways if p not in stale]
    assert fresh and not set(fresh) & set(listed)


async def test_the_stale_list_says_when_nothing_is_loaded(client):
    add_user(client, "c@example.org", "coordinator")
    await login(client, "c@example.org")
    assert "The catalogue is not loaded." in await (await client.get("/console/catalogue/stale")).text()


async def _summary_with_routes(client):
    load_catalogue_into(client)
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    assisted = await start_session(client)
    engine = tracker_engine(client)
    add_events(engine, journey_of(client, assisted), [user("45 in Walsall", channel="assisted"), slot("age", 45),
                                                      slot("local_authority", "Walsall"), slot("interest", "data")])
    engine.dispose()
    return assisted, f"/console/assisted/{assisted}/summary"


async def test_the_summary_shows_who_pays_cost_and_checked_in_the_cards_words(client, fake_rasa):
    assisted, summary = await _summary_with_routes(client)
    html = await (await client.get(summary)).text()
    ids = re.findall(r'name="pathway_id" value="([a-z0-9-]+)"', html)
    assert ids
    with factory_of(client)() as s:
        route = corrections.live_catalogue(s).get(ids[0])
    facts = replies.pathway_facts(route.to_summary_dict())
    for line in [facts["paid_by"], *facts["facts"], facts["checked"]["text"]]:
        if line:
            assert str(escape(line)) in html, line


async def test_a_worker_reports_wrong_information_for_the_resident(client, fake_rasa):
    assisted, summary = await _summary_with_routes(client)
    html = await (await client.get(summary)).text()
    route = re.findall(r'name="pathway_id" value="([a-z0-9-]+)"', html)[0]
    done = await post_form(client, f"/console/assisted/{assisted}/report",
                           {"pathway_id": route, "words": "she says it moved to Bilston, call 07700 900123"},
                           token_from=summary)
    assert "the skills team will check" in await done.text()
    [queued] = open_reports(client)
    assert (queued.pathway_id, queued.channel) == (route, "assisted")
    assert "07700" not in queued.words and queued.catalogue_version
    refused = await post_form(client, f"/console/assisted/{assisted}/report",
                              {"pathway_id": "not-suggested", "words": "x"}, token_from=summary)
    assert refused.status == 400 and len(open_reports(client)) == 1


async def test_a_route_whose_status_is_not_known_shows_none_and_offers_no_reminder(client, fake_rasa):
    assisted, summary = await _summary_with_routes(client)
    html = await (await client.get(summary)).text()
    ids = re.findall(r'name="pathway_id" value="([a-z0-9-]+)"', html)
    with factory_of(client)() as s:
        live = corrections.live_catalogue(s)
    statuses = {i: live.get(i).facts()["status"] for i in ids}
    assert ">None<" not in html
    reminders = html.count("Tell them when it opens")
    assert reminders == len({i for i, st in statuses.items() if st in ("waitlist", "closed")})
