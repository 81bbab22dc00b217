"""The widget's API contract: POST /api/web/messages, /healthz, pages, headers and CORS."""

import json

import pytest
from sqlalchemy.exc import OperationalError, ProgrammingError

from bot.residents import handoff
from bot.gateway import views_web, wording
from bot.language.words import ENGLISH, words_for
from bot.residents.pseudonyms import client_pseudonym, pseudonym
from bot.settings import Settings

from .conftest import EVENINGS, PSEUDONYM_KEY, PUBLIC_BASE_URL, unused_url, web_message

SESSION = "widget-session-0001"
JSON = {"Content-Type": "application/json"}


async def post(client, body, headers=JSON):
    return await client.post("/api/web/messages", data=body, headers=headers)


async def test_text_and_buttons(client, fake_rasa):
    response = await post(client, web_message(SESSION, "hi"))
    assert response.status == 200
    assert response.headers["Cache-Control"] == "no-store"
    data = await response.json()
    assert data == {"messages": [{
        "text": "Hello! When can you study?",
        "buttons": [{"title": "Evenings", "payload": EVENINGS},
                    {"title": "Full time", "payload": '/inform{"availability": "full_time"}'}],
        "cards": [], "lang": "en", "dir": "ltr"}], "lang": "en", "dir": "ltr"}
    sent = fake_rasa.received[0]
    assert sent["sender"] == pseudonym(PSEUDONYM_KEY, "web", SESSION)
    assert sent["metadata"] == {"channel": "web", "client": client_pseudonym(PSEUDONYM_KEY, "127.0.0.1")}


async def test_rasa_is_told_a_keyed_pseudonym_of_the_client_never_its_address(make_client, fake_rasa):
    client = await make_client(trust_proxy=True)
    for address in ("2001:db8:7:8:aaaa::1", "2001:db8:7:8:bbbb::2", "198.51.100.23"):
        await post(client, web_message(SESSION, "hi"), headers={**JSON, "X-Forwarded-For": address})
    first, second, third = (r["metadata"]["client"] for r in fake_rasa.received)
    assert first == second == client_pseudonym(PSEUDONYM_KEY, "2001:db8:7:8::/64")  # one /64, one client
    assert third == client_pseudonym(PSEUDONYM_KEY, "198.51.100.23") != first
    sent = json.dumps(fake_rasa.received)
    assert "198.51.100" not in sent and "2001:db8" not in sent and "127.0.0.1" not in sent


async def test_an_erasure_tells_the_widget_to_forget_too(client):
    data = await (await post(client, web_message(SESSION, "forget me"))).json()
    assert data == {"messages": [{"text": "Done. Your receipt reference is E-ABCD-EFGH.", "buttons": [], "cards": [],
                                  "lang": "en", "dir": "ltr"}], "lang": "en", "dir": "ltr", "erased": True}
    assert "erased" not in await (await post(client, web_message(SESSION, "hi"))).json()


async def test_button_payload_goes_to_rasa(client, fake_rasa):
    response = await post(client, web_message(SESSION, "Evenings", payload=EVENINGS))
    assert response.status == 200
    assert fake_rasa.messages() == [EVENINGS]


async def test_a_turn_in_another_language_brings_the_widgets_own_words_in_it(client, fake_rasa):
    data = await (await post(client, web_message(SESSION, "hi", lang="ur"))).json()
    english = dict(ENGLISH.table("widget"))
    assert set(data["words"]) == set(english)
    assert data["words"] == dict(words_for("ur").table("widget"))
    assert data["words"]["send"] != english["send"]
    data = await (await post(client, web_message(SESSION, "English please", lang="ur"))).json()
    assert "words" not in data  # English: the widget's own words are already in it


async def test_a_page_in_another_language_gets_the_widgets_words_before_any_turn(client, fake_rasa):
    response = await client.get("/api/web/words?lang=ur")
    assert response.status == 200 and "max-age" in response.headers["Cache-Control"]
    data = await response.json()
    assert data == {"lang": "ur", "dir": "rtl", "words": dict(words_for("ur").table("widget"))}
    english = dict(ENGLISH.table("widget"))
    for key in ("launcher", "offline", "try_later", "cannot_read"):
        assert data["words"][key] and data["words"][key] != english[key]
    assert (await (await client.get("/api/web/words?lang=en")).json())["words"] == {}
    assert fake_rasa.received == []  # nothing of a conversation: no turn, no session


@pytest.mark.parametrize("query", ["", "?lang=xx", "?lang=UR", "?lang=<script>", "?lang=" + "u" * 5000])
async def test_the_widgets_words_for_a_language_we_do_not_speak_are_refused(client, query):
    response = await client.get("/api/web/words" + query)
    assert response.status == 400 and await response.json() == {"error": "unknown_language"}


async def test_the_widgets_words_may_be_fetched_from_an_allowed_site_only(make_client):
    client = await make_client(allowed_origins=("https://www.wolverhampton.gov.uk",))
    allowed = await client.get("/api/web/words?lang=pa", headers={"Origin": "https://www.wolverhampton.gov.uk"})
    assert allowed.status == 200
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://www.wolverhampton.gov.uk"
    refused = await client.get("/api/web/words?lang=pa", headers={"Origin": "https://evil.example"})
    assert refused.status == 403 and "Access-Control-Allow-Origin" not in refused.headers


async def test_each_message_says_its_language_from_what_the_widget_last_heard(client, fake_rasa):
    data = await (await post(client, web_message(SESSION, "hi", lang="ur"))).json()
    assert {(m["lang"], m["dir"]) for m in data["messages"]} == {("ur", "rtl")}
    assert (data["lang"], data["dir"]) == ("ur", "rtl")
    data = await (await post(client, web_message(SESSION, "English please", lang="ur"))).json()
    assert data["lang"] == "en" and data["messages"][0]["lang"] == "en"
    # The page's language goes to Rasa as the greeting's entity, which the `language` slot maps from.
    data = await (await post(client, web_message(SESSION, "hello", payload='/greet{"language":"ar"}'))).json()
    assert data["lang"] == "ar" and fake_rasa.messages()[-1] == '/greet{"language":"ar"}'
    assert len(fake_rasa.received) == 3  # no request to Rasa beyond the turn itself


async def test_a_lang_that_is_not_a_string_is_a_400(client, fake_rasa):
    response = await post(client, web_message(SESSION, "hi", lang=["ur"]))
    assert response.status == 400 and "lang" in (await response.json())["error"]
    assert fake_rasa.received == []


async def test_recommendation_cards(client):
    data = await (await post(client, web_message(SESSION, "recommend"))).json()
    text, cards = data["messages"]
    assert text["text"].startswith("Here are routes") and text["cards"] == []
    assert cards["text"] == "" and cards["buttons"] == []
    first, second = cards["cards"]
    assert first == {
        "id": "wm-web-bootcamp", "title": "Web Development Bootcamp", "provider": "Code Midlands",
        "kind": "bootcamp", "why": ["You want web design", "It runs in the evenings"],
        "conditions": ["Live in the WMCA area"],
        "next_step": {"text": "Apply online", "url": "https://example.org/apply", "phone": None,
                      "referral": None},
        "status": "open", "paid_by": "", "facts": [], "checked": {"text": "", "url": None}}
    assert second["next_step"]["phone"] == "0121 496 0000"


@pytest.mark.parametrize("body", [
    "not json",
    json.dumps(["a list"]),
    json.dumps({"text": "no session"}),
    json.dumps({"session": "short", "text": "hi"}),
    json.dumps({"session": "has spaces in it ok?!", "text": "hi"}),
    json.dumps({"session": SESSION}),
    json.dumps({"session": SESSION, "text": 5}),
    json.dumps({"session": SESSION, "payload": "not a slash payload"}),
])
async def test_bad_requests_are_400_json(client, fake_rasa, body):
    response = await post(client, body)
    assert response.status == 400
    assert "error" in await response.json()
    assert fake_rasa.received == []


async def test_too_long_text_is_413_with_polite_message(client, settings, fake_rasa):
    text = "x" * (settings.max_message_chars + 1)
    response = await post(client, web_message(SESSION, text))
    assert response.status == 413
    data = await response.json()
    assert data["error"]
    assert data["messages"][0]["text"] == wording.TOO_LONG
    assert fake_rasa.received == []
    ok = await post(client, web_message(SESSION, "x" * settings.max_message_chars))
    assert ok.status == 200


async def test_huge_body_is_413(client, fake_rasa):
    response = await post(client, web_message(SESSION, "hi", padding="p" * 20_000))
    assert response.status == 413
    assert (await response.json())["messages"][0]["text"] == wording.TOO_LONG
    assert fake_rasa.received == []


async def test_rate_limit_is_429_with_retry_after(make_client, fake_rasa):
    client = await make_client(rate_limit_per_minute=2)
    for _ in range(2):
        assert (await post(client, web_message(SESSION, "hello"))).status == 200
    response = await post(client, web_message(SESSION, "hello"))
    assert response.status == 429
    assert 1 <= int(response.headers["Retry-After"]) <= 60
    data = await response.json()
    assert data["error"] and data["messages"][0]["text"] == wording.RATE_LIMITED
    assert len(fake_rasa.received) == 2
    # Another resident is not affected.
    assert (await post(client, web_message("another-session-02", "hello"))).status == 200


async def test_per_address_limit_catches_session_rotation(make_client):
    client = await make_client(ip_rate_limit_per_minute=3)
    statuses = [(await post(client, web_message(f"rotating-session-{i:03d}", "hi"))).status for i in range(4)]
    assert statuses == [200, 200, 200, 429]


async def test_rasa_down_is_200_apology_saying_not_received(make_client, fake_rasa):
    client = await make_client(rasa_url=unused_url())
    response = await post(client, web_message(SESSION, "hi"))
    assert response.status == 200
    data = await response.json()
    assert data == {"messages": [{"text": wording.NOT_RECEIVED, "buttons": [], "cards": [], "lang": "en", "dir": "ltr"}]}


async def test_rasa_error_or_silence_is_an_apology_never_a_trace(client, fake_rasa):
    for mode in ("500", "empty"):
        fake_rasa.mode = mode
        response = await post(client, web_message(SESSION, "hi"))
        assert response.status == 200
        text = await response.text()
        assert "Traceback" not in text
        assert json.loads(text)["messages"][0]["text"] == wording.NOT_ANSWERED


async def test_rasa_503_is_retried_once_then_apology(client, fake_rasa):
    fake_rasa.mode = "503"
    data = await (await post(client, web_message(SESSION, "hi"))).json()
    assert data["messages"][0]["text"] == wording.NOT_RECEIVED
    assert len(fake_rasa.received) == 2  # one internal retry before apologising


async def test_rasa_timeout_is_an_apology(make_client, fake_rasa):
    client = await make_client(rasa_timeout_s=0.2)
    fake_rasa.delay = 1.0
    data = await (await post(client, web_message(SESSION, "slow please"))).json()
    assert data["messages"][0]["text"] == wording.NOT_ANSWERED
    assert len(fake_rasa.received) == 1  # a timeout may have been processed: never sent twice


async def test_healthz(client, make_client):
    response = await client.get("/healthz")
    assert response.status == 200
    assert await response.json() == {"ok": True, "rasa": True}
    down = await make_client(rasa_url=unused_url())
    assert await (await down.get("/healthz")).json() == {"ok": True, "rasa": False}


async def test_security_headers(client):
    response = await client.get("/healthz")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    missing = await client.get("/no-such-page")
    assert missing.status == 404
    assert missing.headers["X-Content-Type-Options"] == "nosniff"


async def test_cors_any_origin_only_when_configured(make_client):
    client = await make_client(allowed_origins=("*",))
    origin = "https://www.wolverhampton.gov.uk"
    pre = await client.options("/api/web/messages", headers={
        "Origin": origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert pre.status == 204
    assert pre.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in pre.headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in pre.headers["Access-Control-Allow-Headers"]
    response = await post(client, web_message(SESSION, "hi"), headers={**JSON, "Origin": origin})
    assert response.headers["Access-Control-Allow-Origin"] == "*"


async def test_unset_allowed_origins_means_the_gateways_own_only(client, fake_rasa):
    refused = await post(client, web_message(SESSION, "hi"),
                         headers={**JSON, "Origin": "https://www.wolverhampton.gov.uk"})
    assert refused.status == 403 and "Access-Control-Allow-Origin" not in refused.headers
    pre = await client.options("/api/web/messages", headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert pre.status == 403
    own = await post(client, web_message(SESSION, "hi"), headers={**JSON, "Origin": PUBLIC_BASE_URL})
    assert own.status == 200 and own.headers["Access-Control-Allow-Origin"] == PUBLIC_BASE_URL
    assert len(fake_rasa.received) == 1


async def test_without_a_public_url_the_own_origins_are_what_make_run_serves(make_client):
    client = await make_client(public_base_url=None, gateway_port=8080)
    for origin in ("http://localhost:8080", "http://127.0.0.1:8080"):
        response = await post(client, web_message(SESSION, "hi"), headers={**JSON, "Origin": origin})
        assert response.status == 200 and response.headers["Access-Control-Allow-Origin"] == origin
    for origin in ("http://localhost:9999", "https://localhost:8080", "null"):
        assert (await post(client, web_message(SESSION, "hi"), headers={**JSON, "Origin": origin})).status == 403


def test_allowed_origins_setting_is_empty_unless_set():
    assert Settings.from_env({}).allowed_origins == ()
    assert Settings.from_env({"WAYMARK_ALLOWED_ORIGINS": "https://a.example, https://b.example"}).allowed_origins \
        == ("https://a.example", "https://b.example")
    assert Settings.from_env({"WAYMARK_ALLOWED_ORIGINS": "*"}).allowed_origins == ("*",)


async def test_cors_configured_origins(make_client):
    client = await make_client(allowed_origins=("https://www.sandwell.gov.uk",))
    allowed = await post(client, web_message(SESSION, "hi"),
                         headers={**JSON, "Origin": "https://www.sandwell.gov.uk"})
    assert allowed.status == 200
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://www.sandwell.gov.uk"
    assert "Origin" in allowed.headers["Vary"]
    refused = await post(client, web_message(SESSION, "hi"), headers={**JSON, "Origin": "https://evil.example"})
    assert refused.status == 403
    assert "Access-Control-Allow-Origin" not in refused.headers
    same = await post(client, web_message(SESSION, "hi"),
                      headers={**JSON, "Origin": f"http://{client.server.host}:{client.server.port}"})
    assert same.status == 200


async def test_pages_and_widget_files(client, tmp_path, monkeypatch):
    static, templates = tmp_path / "static", tmp_path / "templates"
    static.mkdir(), templates.mkdir()
    (static / "widget.js").write_text("console.log('waymark');")
    (static / "widget.css").write_text("body{}")
    (static / "logo.svg").write_text("<svg/>")
    (templates / "demo.html").write_text("<!doctype html><title>Waymark</title>")
    (templates / "accessibility.html").write_text("<!doctype html><title>Accessibility</title>")
    monkeypatch.setattr(views_web, "STATIC_DIR", static)
    monkeypatch.setattr(views_web, "TEMPLATES_DIR", templates)
    for path, needle in [("/", "Waymark"), ("/accessibility", "Accessibility"),
                         ("/widget.js", "waymark"), ("/widget.css", "body"), ("/static/logo.svg", "svg")]:
        response = await client.get(path)
        assert response.status == 200, path
        assert needle in await response.text()
    js = await client.get("/widget.js", headers={"Origin": "https://council.example"})
    assert js.status == 200 and "Access-Control-Allow-Origin" not in js.headers  # a <script> needs none
    assert js.headers["Cross-Origin-Resource-Policy"] == "cross-origin"
    assert (await client.get("/")).content_type == "text/html"


async def test_missing_files_and_traversal_are_404(client, tmp_path, monkeypatch):
    monkeypatch.setattr(views_web, "STATIC_DIR", tmp_path / "absent")
    monkeypatch.setattr(views_web, "TEMPLATES_DIR", tmp_path / "absent")
    assert (await client.get("/widget.js")).status == 404
    assert (await client.get("/")).status == 404
    monkeypatch.setattr(views_web, "STATIC_DIR", tmp_path)
    (tmp_path.parent / "secret.txt").write_text("secret")
    assert (await client.get("/static/%2E%2E/secret.txt")).status == 404
    assert (await client.get("/static/..%2Fsecret.txt")).status == 404


async def test_page_csp_allows_only_its_own_inline_blocks(client, tmp_path, monkeypatch):
    import base64
    import hashlib

    (tmp_path / "demo.html").write_text("<style>body{color:red}</style><script>go()</script>"
                                        '<script src="/widget.js"></script>')
    monkeypatch.setattr(views_web, "TEMPLATES_DIR", tmp_path)
    policy = (await client.get("/")).headers["Content-Security-Policy"]

    def digest(block):
        return "'sha256-" + base64.b64encode(hashlib.sha256(block.encode()).digest()).decode() + "'"

    assert f"style-src 'self' {digest('body{color:red}')};" in policy
    assert f"script-src 'self' {digest('go()')};" in policy
    assert "unsafe-inline" not in policy
    api_policy = (await client.get("/healthz")).headers["Content-Security-Policy"]
    assert "sha256" not in api_policy and "style-src 'self';" in api_policy


def _lost_connection() -> OperationalError:
    return OperationalError("SELECT 1", {}, ConnectionRefusedError("the database is restarting"))


async def test_database_restart_while_routing_is_waited_out_and_the_message_answered(
        client, fake_rasa, monkeypatch):
    real_route, failures = handoff.route, [2]

    def flaky_route(*args, **kwargs):
        if failures[0]:
            failures[0] -= 1
            raise _lost_connection()
        return real_route(*args, **kwargs)

    monkeypatch.setattr(handoff, "route", flaky_route)
    response = await post(client, web_message(SESSION, "hi"))
    assert response.status == 200
    assert (await response.json())["messages"][0]["text"] == "Hello! When can you study?"
    assert fake_rasa.messages() == ["hi"]


async def test_database_down_too_long_is_200_apology_and_nothing_reaches_rasa(client, fake_rasa, monkeypatch):
    def down(*args, **kwargs):
        raise _lost_connection()

    monkeypatch.setattr(handoff, "route", down)
    monkeypatch.setattr(handoff, "RETRY_SECONDS", 0.3)
    response = await post(client, web_message(SESSION, "hi"))
    assert response.status == 200
    assert (await response.json())["messages"] == [{"text": wording.NOT_RECEIVED, "buttons": [], "cards": [],
                                                  "lang": "en", "dir": "ltr"}]
    assert fake_rasa.received == []  # a worker may hold the conversation: never forwarded unchecked


async def test_a_query_bug_is_not_mistaken_for_an_outage(client, fake_rasa, monkeypatch):
    def broken(*args, **kwargs):
        raise ProgrammingError("SELECT nonsense", {}, Exception("syntax error"))

    monkeypatch.setattr(handoff, "route", broken)
    response = await post(client, web_message(SESSION, "hi"))
    assert response.status == 500
    assert "Traceback" not in await response.text()


async def test_database_outage_elsewhere_is_503_with_retry_after_not_a_500(client, monkeypatch):
    async def down(*args, **kwargs):
        raise _lost_connection()

    monkeypatch.setattr(views_web.handoff, "route_inbound", down)
    response = await post(client, web_message(SESSION, "hi"))
    assert response.status == 503
    assert response.headers["Retry-After"] == "30"
    assert (await response.json())["messages"][0]["text"] == wording.NOT_RECEIVED
