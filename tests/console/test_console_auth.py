"""Console sign-in: everything behind login, roles, CSRF on every form, cookies, lockout, kiosk lock."""

import re
import time

import pytest

from tests.console.conftest import PASSWORD, add_user, csrf_of, factory_of, form_token, login, post_form

PROTECTED_GETS = ["/console/", "/console/handoffs", "/console/referrals", "/console/referrals/import",
                  "/console/reports", "/console/reports/demand.csv", "/console/users", "/console/kiosk-done",
                  "/console/assisted/1", "/console/assisted/1/summary", "/console/handoffs/1"]
PROTECTED_POSTS = ["/console/assisted", "/console/resume", "/console/referrals/import", "/console/users",
                   "/console/handoffs/1/take", "/console/logout", "/console/unlock"]


@pytest.mark.parametrize("path", PROTECTED_GETS)
async def test_unauthenticated_pages_go_to_login(client, path):
    response = await client.get(path, allow_redirects=False)
    assert response.status == 303
    assert response.headers["Location"].startswith("/console/login?next=")


@pytest.mark.parametrize("path", PROTECTED_POSTS)
async def test_unauthenticated_posts_are_refused(client, path):
    response = await client.post(path, data={"x": "1"}, allow_redirects=False)
    assert response.status in (303, 403)
    assert response.status == 403 or response.headers["Location"].startswith("/console/login")


async def test_login_page_is_public_and_has_a_csrf_token(client):
    response = await client.get("/console/login")
    assert response.status == 200
    assert csrf_of(await response.text())
    assert response.headers["Cache-Control"] == "no-store"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


async def test_session_cookie_flags_and_rotation(client):
    add_user(client, "w@example.org")
    first = await client.get("/console/login")
    assert "waymark_console" not in first.cookies  # looking at the form starts no session
    form_cookie = first.cookies["waymark_console_login"]
    assert form_cookie["httponly"] and form_cookie["samesite"] == "Strict"
    assert form_cookie["path"] == "/console/login" and not form_cookie["secure"]  # PUBLIC_BASE_URL is http
    response = await client.post("/console/login", allow_redirects=False, data={
        "email": "w@example.org", "password": PASSWORD, "csrf_token": csrf_of(await first.text())})
    assert response.status == 303 and response.headers["Location"] == "/console/"
    signed_in = response.cookies["waymark_console"]
    assert signed_in["httponly"] and signed_in["samesite"] == "Strict" and signed_in["path"] == "/console/"
    assert not signed_in["secure"]
    assert response.cookies["waymark_console_login"].value == ""  # the form's cookie is done with


async def test_a_session_planted_before_sign_in_is_not_kept(client):
    from bot.console.auth import new_session

    add_user(client, "w@example.org")
    with factory_of(client)() as s, s.begin():
        planted = new_session(s, None, time.time())  # e.g. set in a victim's browser by someone else
    client.session.cookie_jar.update_cookies({"waymark_console": planted})
    page = await client.get("/console/login")
    response = await client.post("/console/login", allow_redirects=False, data={
        "email": "w@example.org", "password": PASSWORD, "csrf_token": csrf_of(await page.text())})
    assert response.status == 303
    assert response.cookies["waymark_console"].value != planted  # a new session at sign-in: no fixation


async def test_cookies_are_secure_when_the_public_url_is_https(make_client):
    client = await make_client(public_base_url="https://waymark.example.org")
    add_user(client, "w@example.org")
    page = await client.get("/console/login")
    assert page.cookies["waymark_console_login"]["secure"]
    response = await client.post("/console/login", allow_redirects=False, cookies={
        "waymark_console_login": page.cookies["waymark_console_login"].value}, data={
        "email": "w@example.org", "password": PASSWORD, "csrf_token": csrf_of(await page.text())})
    assert response.cookies["waymark_console"]["secure"]


async def test_looking_at_the_login_page_stores_nothing(make_client):
    from sqlalchemy import func, select

    from bot.residents.records import console_sessions

    client = await make_client()
    add_user(client, "w@example.org")
    for _ in range(20):  # cookieless, as a scanner or a flood would come
        client.session.cookie_jar.clear()
        assert (await client.get("/console/login")).status == 200
    with factory_of(client)() as s:
        assert s.execute(select(func.count()).select_from(console_sessions)).scalar_one() == 0
    await login(client, "w@example.org")  # the form still works, and signing in makes the one row
    with factory_of(client)() as s:
        assert s.execute(select(func.count()).select_from(console_sessions)).scalar_one() == 1


async def test_the_login_forms_token_works_only_with_its_own_fresh_cookie(make_client):
    now = [1_800_000_000.0]
    client = await make_client(clock=lambda: now[0])
    add_user(client, "w@example.org")
    page = await client.get("/console/login")
    token, cookie = csrf_of(await page.text()), page.cookies["waymark_console_login"].value
    data = {"email": "w@example.org", "password": PASSWORD, "csrf_token": token}
    client.session.cookie_jar.clear()
    assert (await client.post("/console/login", data=data, allow_redirects=False)).status == 403
    other = await client.get("/console/login")  # another browser's cookie
    assert (await client.post("/console/login", data=data, allow_redirects=False,
                              cookies={"waymark_console_login": other.cookies["waymark_console_login"].value})
            ).status == 403
    forged = cookie.split(".")[0] + ".attackerchosennonce0000000"
    assert (await client.post("/console/login", data=data, allow_redirects=False,
                              cookies={"waymark_console_login": forged})).status == 403
    now[0] += 31 * 60  # older than an anonymous session lived
    client.session.cookie_jar.clear()
    assert (await client.post("/console/login", data=data, allow_redirects=False,
                              cookies={"waymark_console_login": cookie})).status == 403
    now[0] -= 31 * 60
    client.session.cookie_jar.clear()
    assert (await client.post("/console/login", data=data, allow_redirects=False,
                              cookies={"waymark_console_login": cookie})).status == 303


async def test_wrong_password_and_unknown_email_look_the_same(client):
    add_user(client, "w@example.org")
    wrong = await login(client, "w@example.org", "not the password", expect=401)
    unknown = await login(client, "nobody@example.org", "not the password", expect=401)
    strip = lambda html: re.sub(r'value="[^"]*"', "", html)  # noqa: E731
    assert strip(await wrong.text()) == strip(await unknown.text())


async def test_lockout_after_repeated_failures(make_client):
    now = [1_800_000_000.0]
    client = await make_client(clock=lambda: now[0])
    add_user(client, "w@example.org")
    for _ in range(5):
        await login(client, "w@example.org", "wrong password!", expect=401)
    await login(client, "w@example.org", PASSWORD, expect=401)  # locked: refused even when right
    now[0] += 61
    await login(client, "w@example.org", PASSWORD, expect=200)


async def test_worker_gets_403_on_coordinator_pages(client):
    add_user(client, "w@example.org", "worker")
    await login(client, "w@example.org")
    for path in ("/console/reports", "/console/reports/demand.csv", "/console/users"):
        response = await client.get(path)
        assert response.status == 403, path
    response = await post_form(client, "/console/users", {"email": "x@example.org", "role": "coordinator",
                                                           "password": PASSWORD})
    assert response.status == 403
    assert (await client.get("/console/handoffs")).status == 200


async def test_coordinator_sees_reports_and_accounts(client):
    add_user(client, "c@example.org", "coordinator")
    await login(client, "c@example.org")
    assert (await client.get("/console/reports")).status == 200
    assert (await client.get("/console/users")).status == 200


async def test_posts_without_the_right_csrf_token_are_refused(client):
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    data = {"event_name": "Library", "verbal_consent": "yes"}
    assert (await client.post("/console/assisted", data=data, allow_redirects=False)).status == 403
    assert (await client.post("/console/assisted", data={**data, "csrf_token": "forged"},
                              allow_redirects=False)).status == 403
    assert (await client.post("/console/assisted", data=data, headers={"X-CSRF-Token": ""},
                              allow_redirects=False)).status == 403
    ok = await post_form(client, "/console/assisted", data, allow_redirects=False)
    assert ok.status == 303


async def test_a_token_from_another_session_is_refused(client):
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    old_token = await form_token(client, "/console/")
    await post_form(client, "/console/logout", allow_redirects=False)
    await login(client, "w@example.org")  # a new session: the old session's token is worthless
    response = await client.post("/console/assisted", allow_redirects=False,
                                 data={"event_name": "x", "verbal_consent": "yes", "csrf_token": old_token})
    assert response.status == 403


async def test_logout_ends_the_session_on_the_server(client):
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    cookie = client.session.cookie_jar.filter_cookies(client.make_url("/console/"))["waymark_console"].value
    await post_form(client, "/console/logout")
    client.session.cookie_jar.update_cookies({"waymark_console": cookie})  # replay the old cookie
    response = await client.get("/console/", allow_redirects=False)
    assert response.status == 303 and "/console/login" in response.headers["Location"]


async def test_next_parameter_only_goes_inside_the_console(client):
    add_user(client, "w@example.org")
    page = await client.get("/console/login?next=//evil.example/")
    response = await client.post("/console/login", allow_redirects=False, data={
        "email": "w@example.org", "password": PASSWORD, "csrf_token": csrf_of(await page.text()),
        "next": "//evil.example/"})
    assert response.headers["Location"] == "/console/"


async def test_kiosk_locks_the_tablet_until_the_worker_unlocks(client, fake_rasa):
    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    started = await post_form(client, "/console/assisted", {"event_name": "Library", "verbal_consent": "yes"})
    assisted = str(started.url).rstrip("/").split("/")[-1]
    await post_form(client, f"/console/assisted/{assisted}/kiosk", token_from=f"/console/assisted/{assisted}")
    for path in ("/console/", "/console/handoffs", "/console/referrals", f"/console/assisted/{assisted}/summary"):
        response = await client.get(path, allow_redirects=False)
        assert response.status == 303 and response.headers["Location"] == f"/console/assisted/{assisted}/kiosk"
    kiosk = f"/console/assisted/{assisted}/kiosk"
    await post_form(client, f"/console/assisted/{assisted}/finish", token_from=kiosk)
    wrong = await post_form(client, "/console/unlock", {"password": "guess guess guess"}, token_from="/console/kiosk-done")
    assert "/console/kiosk-done" in str(wrong.url)
    assert (await client.get("/console/", allow_redirects=False)).status == 303
    right = await post_form(client, "/console/unlock", {"password": PASSWORD}, token_from="/console/kiosk-done")
    assert str(right.url).endswith(f"/console/assisted/{assisted}/summary")
    assert (await client.get("/console/", allow_redirects=False)).status == 200


async def test_unlocking_without_finishing_still_clears_the_residents_lines(client, fake_rasa):
    from sqlalchemy import select

    from bot.residents.records import console_messages
    from tests.console.conftest import factory_of

    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    started = await post_form(client, "/console/assisted", {"event_name": "Library", "verbal_consent": "yes"})
    assisted = str(started.url).rstrip("/").split("/")[-1]
    await post_form(client, f"/console/assisted/{assisted}/kiosk", token_from=f"/console/assisted/{assisted}")
    kiosk = f"/console/assisted/{assisted}/kiosk"
    await post_form(client, f"{kiosk}/say", {"text": "my private answer"}, token_from=kiosk)
    await post_form(client, "/console/unlock", {"password": PASSWORD}, token_from="/console/kiosk-done")
    with factory_of(client)() as s:
        assert "my private answer" not in s.execute(select(console_messages.c.text)).scalars().all()


async def test_a_resident_at_the_kiosk_gets_a_few_unlock_tries_then_the_session_ends(client, fake_rasa):
    from sqlalchemy import select

    from bot.console.auth import KIOSK_UNLOCK_TRIES
    from bot.residents.records import console_messages
    from tests.console.conftest import factory_of

    add_user(client, "w@example.org")
    await login(client, "w@example.org")
    started = await post_form(client, "/console/assisted", {"event_name": "Library", "verbal_consent": "yes"})
    assisted = str(started.url).rstrip("/").split("/")[-1]
    await post_form(client, f"/console/assisted/{assisted}/kiosk", token_from=f"/console/assisted/{assisted}")
    kiosk = f"/console/assisted/{assisted}/kiosk"
    await post_form(client, f"{kiosk}/say", {"text": "my private answer"}, token_from=kiosk)
    for attempt in range(1, KIOSK_UNLOCK_TRIES):
        wrong = await post_form(client, "/console/unlock", {"password": f"guess number {attempt}"},
                                token_from="/console/kiosk-done")
        assert str(wrong.url).endswith("/console/kiosk-done?error=password"), attempt
    token = await form_token(client, "/console/kiosk-done")
    last = await client.post("/console/unlock", data={"password": "one guess too many", "csrf_token": token},
                             allow_redirects=False)
    assert last.status == 303 and last.headers["Location"] == "/console/login?ended=kiosk"
    assert "signed out after too many wrong passwords" in await (await client.get(last.headers["Location"])).text()
    # The session is gone on the server: nothing behind the lock, no further tries with it.
    assert (await client.get("/console/", allow_redirects=False)).headers["Location"].startswith("/console/login")
    again = await client.post("/console/unlock", data={"password": PASSWORD, "csrf_token": token},
                              allow_redirects=False)
    assert again.status == 403
    with factory_of(client)() as s:
        assert "my private answer" not in s.execute(select(console_messages.c.text)).scalars().all()
    # Those were wrong passwords for the worker's account: it is paused for signing in too.
    await login(client, "w@example.org", PASSWORD, expect=401)
