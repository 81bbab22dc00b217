"""What the hostile-input fuzzer found, one example each, so the fixes stay fixed."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("path", ["/static/a%00b", "/static/%00", "/static/favicon.svg%00.png"])
async def test_a_nul_byte_in_a_static_path_is_404(client, path):
    response = await client.get(path)
    assert response.status == 404  # was 500: pathlib's resolve() raises ValueError on NUL


@pytest.mark.parametrize("path", ["/static/" + "a" * 300, "/static/" + "a/" * 3000 + "x"],
                         ids=["long-name", "long-path"])
async def test_a_static_name_too_long_for_the_filesystem_is_404(client, path):
    response = await client.get(path)
    assert response.status == 404  # was 500: is_file() lets ENAMETOOLONG out


DEEP = b"[" * 5000 + b"]" * 5000  # 10 KB, under the 16 KB cap; json.loads gives up with RecursionError


@pytest.mark.parametrize("path", ["/api/web/messages", "/api/web/messages/pending"])
async def test_deeply_nested_json_is_400(client, path):
    response = await client.post(path, data=DEEP, headers={"Content-Type": "application/json"})
    assert response.status == 400  # was 500 (RecursionError is not a ValueError)
    assert "error" in await response.json()


async def test_pending_with_an_unknown_charset_is_400(client):
    response = await client.post("/api/web/messages/pending", data=b'{"session": "abcdefghijklmnop"}',
                                 headers={"Content-Type": "application/json; charset=bogus"})
    assert response.status == 400  # was 500 (LookupError from request.json())
    assert "error" in await response.json()



@pytest.mark.parametrize("field", ["text", "payload"])
async def test_unpaired_surrogates_are_refused(client, console, field):
    from tests.fuzz.conftest import HELD_SESSION

    value = "\ud800" if field == "text" else "/inform\udfff"
    for session in (HELD_SESSION, "abcdefghijklmnop"):  # a worker holds the first: stored, not sent to Rasa
        body = ('{"session": "%s", "%s": "%s"}' % (session, field, value.encode("unicode_escape").decode()))
        response = await client.post("/api/web/messages", data=body,
                                     headers={"Content-Type": "application/json"})
        assert response.status == 400, await response.text()  # was 500 on the held path (SQLite refused it)
        assert "error" in await response.json()


UNREADABLE_FORMS = [
    ("application/x-www-form-urlencoded", b"From=%2B447700900123&Body=\xff"),  # not UTF-8
    ("application/x-www-form-urlencoded; charset=bogus", b"From=x"),  # no such codec
    ("multipart/form-data", b"x"),  # no boundary
    ("multipart/form-data; boundary=zz", b"--zz\r\nbroken"),  # a part with no end
]


@pytest.mark.parametrize("content_type,body", UNREADABLE_FORMS)
async def test_an_unreadable_form_to_the_twilio_webhook_is_400(client, content_type, body):
    response = await client.post("/webhooks/twilio", data=body, headers={"Content-Type": content_type})
    assert response.status == 400  # was 500, before the signature was even checked


@pytest.mark.parametrize("content_type,body", UNREADABLE_FORMS)
async def test_an_unreadable_form_to_the_console_is_400(client, console, content_type, body):
    cookies = {"waymark_console": console.cookie}
    for path in ("/console/login", "/console/resume", f"/console/handoffs/{console.ids['handoff']}/reply"):
        # The CSRF token in its header, so the form itself is all that is wrong.
        response = await client.post(path, data=body, cookies=cookies, allow_redirects=False,
                                     headers={"Content-Type": content_type, "X-CSRF-Token": console.csrf})
        assert response.status == 400, (path, response.status)  # was 500


@pytest.mark.parametrize("value", ["9223372036854775808", "1" + "0" * 30, "-9223372036854775809",
                                   "\u0661", " 1"])
async def test_console_ids_beyond_64_bits_are_404(client, console, value):
    cookies, headers = {"waymark_console": console.cookie}, {"X-CSRF-Token": console.csrf}
    for method, path in [("GET", "/console/assisted/{}"), ("GET", "/console/handoffs/{}"),
                         ("POST", "/console/referrals/{}/status"), ("POST", "/console/users/{}/unlock"),
                         ("GET", "/console/assisted/{}/summary"), ("POST", "/console/handoffs/{}/take"),
                         ("POST", "/console/jobs/mail/{}/retry")]:
        response = await client.request(method, path.format(value), cookies=cookies, headers=headers,
                                        allow_redirects=False)
        assert response.status == 404, (method, path, response.status)  # was 500: SQLite's OverflowError


async def test_console_ids_in_range_still_load(client, console):
    response = await client.get(f"/console/assisted/{console.ids['assisted']}",
                                cookies={"waymark_console": console.cookie})
    assert response.status == 200


async def raw_request(client, wire: bytes) -> int:
    import asyncio

    reader, writer = await asyncio.open_connection(client.server.host, client.server.port)
    writer.write(wire)
    await writer.drain()
    head = await reader.read()
    writer.close()
    return int(head.split(b" ", 2)[1])


async def test_a_csrf_header_that_is_not_utf8_is_refused(client, console):
    # aiohttp keeps such bytes as surrogate escapes; encoding them for the comparison raised.
    for token in (b"\xff", console.csrf.encode() + b"\xfe"):
        status = await raw_request(client, b"POST /console/resume HTTP/1.1\r\nHost: x\r\n"
                                   b"Cookie: waymark_console=" + console.cookie.encode()
                                   + b"\r\nX-CSRF-Token: " + token
                                   + b"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        assert status == 403  # was 500


async def kiosk_client(client, console):
    from sqlalchemy import update

    from bot.console import assisted_db
    from bot.console.auth import _hash
    from bot.db import session_factory
    from bot.gateway.state import GATEWAY
    from bot.residents.records import console_sessions

    assisted = console.ids["assisted"]
    with session_factory(client.app[GATEWAY].store.engine)() as s, s.begin():
        s.execute(update(console_sessions).where(console_sessions.c.token_hash == _hash(console.cookie))
                  .values(kiosk_for=assisted))
        assisted_db.set_mode(s, assisted, "kiosk")
    return f"/console/assisted/{assisted}/kiosk/say"


@pytest.mark.parametrize("content_type,body", [
    ("application/json", b"{not json"), ("application/json", b"[1, 2]"), ("application/json", b'"text"'),
    ("application/json", b"\xff\xfe"), ("application/json; charset=bogus", b'{"text": "hi"}'),
    ("application/json", b"[" * 5000 + b"]" * 5000)],
    ids=["not-json", "a-list", "a-string", "not-utf8", "unknown-charset", "nested-5000-deep"])
async def test_kiosk_json_that_is_not_an_object_says_nothing(client, console, content_type, body):
    path = await kiosk_client(client, console)
    response = await client.post(path, data=body, cookies={"waymark_console": console.cookie},
                                 headers={"Content-Type": content_type, "X-CSRF-Token": console.csrf})
    assert response.status == 200  # was 500 (JSONDecodeError, AttributeError on a list, LookupError...)
    assert await response.json() == {"messages": []}


async def test_kiosk_text_with_an_unpaired_surrogate_is_kept_readable(client, console, fake_rasa):
    path = await kiosk_client(client, console)
    response = await client.post(path, data=b'{"text": "hello \\ud800 there"}',
                                 cookies={"waymark_console": console.cookie},
                                 headers={"Content-Type": "application/json", "X-CSRF-Token": console.csrf})
    assert response.status == 200  # was 500: SQLite refused the surrogate in the transcript
    assert fake_rasa.messages()[-1] == "hello ? there"
    response = await client.post(path, data=b'{"payload": "/affirm", "title": "\\udfffYes"}',
                                 cookies={"waymark_console": console.cookie},
                                 headers={"Content-Type": "application/json", "X-CSRF-Token": console.csrf})
    assert response.status == 200  # the button's title is shown in the transcript


@pytest.mark.parametrize("host", ["x:abc", "x:99999", "::"])
async def test_twilio_signature_over_a_host_with_a_bad_port_is_refused(make_client, host):
    from tests.gateway.conftest import sign

    client = await make_client(public_base_url=None)  # the signed URL then comes from the Host header
    params = {"MessageSid": "SM" + "0" * 32, "From": "+447700900123", "Body": "hi"}
    body = "&".join(f"{k}={v}" for k, v in params.items()).replace("+", "%2B").encode()
    status = await raw_request(client, b"POST /webhooks/twilio HTTP/1.1\r\nHost: " + host.encode()
                               + b"\r\nX-Twilio-Signature: "
                               + sign(params, f"http://{host}/webhooks/twilio").encode()
                               + b"\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                               + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body)
    assert status == 403  # was 500: the twilio library's urlparse(...).port raised ValueError


async def test_twilio_signature_over_an_uploaded_file_is_refused(client):
    from aiohttp import FormData

    form = FormData()
    form.add_field("From", "+447700900123")
    form.add_field("Body", b"hi", filename="body.txt", content_type="text/plain")
    response = await client.post("/webhooks/twilio", data=form, headers={"X-Twilio-Signature": "x" * 28})
    assert response.status == 403  # was 500: the validator concatenated a str and a FileField


@pytest.mark.parametrize("path", ["/healthz", "/console/users", "/no/such/page"])
@pytest.mark.parametrize("value", [b"\xff", b"caf\xc3\xa9", b"x"])
async def test_an_unknown_expect_header_is_417_on_every_url(client, path, value):
    status = await raw_request(client, b"GET " + path.encode() + b" HTTP/1.1\r\nHost: x\r\nExpect: " + value
                               + b"\r\nConnection: close\r\n\r\n")
    assert status == 417  # was 500 for \xff: aiohttp's own handler failed to echo the value back


async def test_expect_100_continue_still_works(client):
    response = await client.post("/api/web/messages", data=b'{"session": "abcdefghijklmnop", "text": "hi"}',
                                 headers={"Content-Type": "application/json"}, expect100=True)
    assert response.status == 200


# NUL: PostgreSQL (the production profile) cannot store it in text, so each of these was a 500 there
# (psycopg2: "A string literal cannot contain NUL (0x00) characters"). Run this file with
# WAYMARK_FUZZ_POSTGRES_URL set to see them against PostgreSQL itself.
async def test_widget_text_with_nul_is_400(client, console):
    from tests.fuzz.conftest import HELD_SESSION

    for session in (HELD_SESSION, "abcdefghijklmnop"):
        body = '{"session": "%s", "text": "a\\u0000b"}' % session
        response = await client.post("/api/web/messages", data=body,
                                     headers={"Content-Type": "application/json"})
        assert response.status == 400
        assert "error" in await response.json()


async def test_console_forms_with_nul_are_400(client, console):
    cookies = {"waymark_console": console.cookie}
    for path, data in [("/console/login", {"email": "a\x00b@example.org", "password": "x"}),
                       ("/console/assisted", {"event_name": "Fair\x00", "verbal_consent": "yes"}),
                       (f"/console/handoffs/{console.ids['handoff']}/reply", {"text": "hello\x00"})]:
        response = await client.post(path, data={**data, "csrf_token": console.csrf}, cookies=cookies,
                                     allow_redirects=False)
        assert response.status == 400, (path, response.status)


async def test_kiosk_text_with_nul_drops_it(client, console, fake_rasa):
    path = await kiosk_client(client, console)
    response = await client.post(path, data=b'{"text": "hel\\u0000lo"}',
                                 cookies={"waymark_console": console.cookie},
                                 headers={"Content-Type": "application/json", "X-CSRF-Token": console.csrf})
    assert response.status == 200
    assert fake_rasa.messages()[-1] == "hello"


async def test_an_sms_with_nul_is_answered_without_it(client, fake_rasa):
    from tests.gateway.conftest import send_inbound

    response = await send_inbound(client, "+447700900123", "hi\x00 there")
    assert response.status == 200  # Twilio retries a 500: the resident would be answered never, or twice
    assert fake_rasa.messages()[-1] == "hi there"
    for params in ({"From": "+4477009\x00"}, {"MessageSid": "SM\x00"}):  # not from Twilio: ignored
        response = await send_inbound(client, params.get("From", "+447700900124"), "hi",
                                      sid=params.get("MessageSid"))
        assert response.status == 200


async def test_a_cookie_name_python_refuses_does_not_break_the_console(client, console):
    # Another site on the domain may set one; http.cookies raised CookieError on it (a 500 everywhere).
    response = await client.get("/console/", headers={"Cookie": "a)b=1"}, allow_redirects=False)
    assert response.status == 303 and "/console/login" in response.headers["Location"]
    response = await client.get("/console/", headers={"Cookie": f"waymark_console={console.cookie}; a)b=1"},
                                allow_redirects=False)
    assert response.status == 200  # still signed in


async def test_a_long_url_is_not_carried_into_the_login_redirect(client, console):
    # A Location header past nginx's 4-8 KB proxy buffer is a 502 in the production profile.
    from tests.fuzz.conftest import COORDINATOR, CSRF, PASSWORD

    response = await client.get("/console/referrals?status=" + "x" * 5000, allow_redirects=False)
    assert response.status == 303 and response.headers["Location"] == "/console/login?next=/console/"
    page = await client.get("/console/login")
    response = await client.post("/console/login", allow_redirects=False,
                                 cookies={"waymark_console_login": page.cookies["waymark_console_login"].value},
                                 data={"email": COORDINATOR, "password": PASSWORD,
                                       "next": "/console/" + "x" * 9000,
                                       "csrf_token": CSRF.search(await page.text()).group(1)})
    assert response.status == 303 and response.headers["Location"] == "/console/"


async def test_an_inbound_sid_or_number_too_long_to_store_is_ignored(client, fake_rasa):
    # Twilio's MessageSids are 34 characters and numbers E.164; PostgreSQL refused longer ones (500).
    from tests.gateway.conftest import send_inbound

    for number, sid in (("+44" + "7" * 40, None), ("+447700900125", "SM" + "f" * 70)):
        response = await send_inbound(client, number, "hi", sid=sid)
        assert response.status == 200
    assert fake_rasa.messages() == []
