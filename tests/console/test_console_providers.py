"""A provider's console account: its own referrals only (403 for anything else), status updates that the
resident's follow-up then reflects, and each referral's email state beside it."""

from bot.residents import accounts, referrals
from bot.residents.records import referral_mail
from sqlalchemy import update

from tests.console.conftest import PASSWORD, add_user, factory_of, login, post_form

OURS = {"id": "hnc-digital-technologies-bmet", "title": "HNC in Digital Technologies",
        "provider": "Birmingham Metropolitan College", "kind": "hnc"}
THEIRS = {"id": "black-codher-bootcamp-birmingham", "title": "Black Codher", "provider": "Coding Black Females",
          "kind": "bootcamp"}
WEB_A, WEB_B = "web-" + "a" * 32, "web-" + "b" * 32


def refer(client, sender, pathway):
    with factory_of(client)() as s, s.begin():
        return referrals.create(s, sender_id=sender, pathway=pathway, consented=True, contact_name="Ama Mensah")


def add_provider(client, email="bmet@example.ac.uk", provider="Birmingham Metropolitan College"):
    with factory_of(client)() as s, s.begin():
        return accounts.create_user(s, email, "provider", PASSWORD, provider=provider).id


async def test_a_provider_sees_only_referrals_to_its_own_pathways(client):
    ours, theirs = refer(client, WEB_A, OURS), refer(client, WEB_B, THEIRS)
    add_provider(client)
    await login(client, "bmet@example.ac.uk")
    html = await (await client.get("/console/referrals")).text()
    assert ours.reference in html and "Ama" in html
    assert theirs.reference not in html and "Coding Black Females" not in html
    assert "Import a provider" not in html


async def test_a_provider_cannot_change_another_providers_referral(client):
    theirs = refer(client, WEB_B, THEIRS)
    add_provider(client)
    await login(client, "bmet@example.ac.uk")
    response = await post_form(client, f"/console/referrals/{theirs.id}/status", {"status": "contacted"},
                               token_from="/console/referrals")
    assert response.status == 403
    with factory_of(client)() as s:
        assert referrals.get(s, theirs.id).status == "referred"


async def test_every_other_console_page_is_403_for_a_provider(client):
    add_provider(client)
    await login(client, "bmet@example.ac.uk")
    for path in ("/console/handoffs", "/console/assisted/1", "/console/users", "/console/reports",
                 "/console/referrals/import", "/console/jobs"):
        response = await client.get(path, allow_redirects=False)
        assert response.status == 403, path
    home = await client.get("/console/", allow_redirects=False)
    assert home.status == 303 and home.headers["Location"] == "/console/referrals"


async def test_a_providers_status_update_is_what_the_residents_follow_up_sees(client):
    ours = refer(client, WEB_A, OURS)
    add_provider(client)
    await login(client, "bmet@example.ac.uk")
    ok = await post_form(client, f"/console/referrals/{ours.id}/status", {"status": "enrolled"},
                         token_from="/console/referrals")
    assert "Updated." in await ok.text()
    with factory_of(client)() as s:
        assert referrals.get(s, ours.id).status == "enrolled"
        assert referrals.history(s, ours.id)[-1][:2] == ("enrolled", "console")
        # The follow-up ("did you apply / start?") and the resident's "my referrals" read this status.
        [mine] = referrals.list_referrals(s, journey_id=WEB_A)
        assert mine.status == "enrolled"


async def test_a_provider_account_needs_its_provider_and_other_roles_have_none(client):
    with factory_of(client)() as s:
        for role, provider in (("provider", None), ("worker", "Birmingham Metropolitan College")):
            try:
                accounts.create_user(s, f"{role}@example.org", role, PASSWORD, provider=provider)
            except accounts.AccountError:
                continue
            raise AssertionError(f"{role} with provider={provider!r} was accepted")


async def test_workers_see_whether_the_providers_email_went(client):
    ours = refer(client, WEB_A, OURS)
    with factory_of(client)() as s, s.begin():
        s.execute(update(referral_mail).values(status="failed", attempts=20))
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    html = await (await client.get("/console/referrals")).text()
    assert ours.reference in html and "email: could not be sent" in html


async def test_a_coordinator_sees_each_jobs_last_and_next_run_and_can_resend_a_failed_mail(client):
    from bot import jobs

    ours = refer(client, WEB_A, OURS)
    with factory_of(client)() as s, s.begin():
        s.execute(update(referral_mail).values(status="failed", attempts=20, last_error="SMTPServerDisconnected: x"))
        job = jobs.Job("retention", 3600.0, lambda ctx: {})
        assert jobs.claim(s, job, "replica-1", now=1_800_000_000.0)
        jobs.finish(s, job, "replica-1", started=1_800_000_000.0, finished=1_800_000_002.0, result="ok",
                    counts={"journeys": 3, "rows": 41}, error=None)
    add_user(client, "c@example.org", "coordinator")
    await login(client, "c@example.org")
    html = await (await client.get("/console/jobs")).text()
    assert "retention" in html and "journeys: 3, rows: 41" in html
    assert "2027-01-15 08:00:00 UTC" in html and "2027-01-15 09:00:00 UTC" in html  # last run, next run
    assert ours.reference in html and "could not be sent" in html and "SMTPServerDisconnected" in html
    with factory_of(client)() as s:
        mail_id = s.execute(referral_mail.select()).first().id
    sent = await post_form(client, f"/console/jobs/mail/{mail_id}/retry", token_from="/console/jobs")
    assert "will be sent on the next pass" in await sent.text()
    with factory_of(client)() as s:
        row = s.execute(referral_mail.select()).first()
        assert (row.status, row.attempts) == ("queued", 0)


async def test_the_jobs_page_is_for_coordinators(client):
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    assert (await client.get("/console/jobs")).status == 403
