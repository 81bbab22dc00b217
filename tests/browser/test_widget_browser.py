"""The website widget in a real browser: runs tests/browser/widget.test.mjs (Debian's Chromium driven by
playwright-core, checked with axe-core) twice:

- against the scripted fake gateway (tests/browser/fake-gateway.mjs), which serves the real files from
  bot/gateway/ and answers the web API with a scripted conversation;
- against the real gateway (`python -m bot.gateway`), with the same script standing in for Rasa's REST
  channel, so the gateway's routes, Content-Security-Policy and rendering are in the loop too.

Needs /usr/bin/chromium and tests/browser/node_modules: `scripts/install-browser-deps` installs both. Without
them the tests skip, unless WAYMARK_REQUIRE_BROWSER=1 (CI), when they fail instead. The fixtures are in
tests/browser/conftest.py, the helpers in tests/browser/harness.py.
"""

from __future__ import annotations

import pytest

from tests.browser.harness import run_node_test

pytestmark = pytest.mark.integration


def _run_browser_test(base_url: str) -> None:
    run_node_test("widget.test.mjs", base_url, WAYMARK_SCRIPTED="1")


def test_widget_in_chromium_with_axe(fake_gateway):
    _run_browser_test(fake_gateway)


def test_widget_through_the_real_gateway(real_gateway):
    _run_browser_test(real_gateway)


def test_widget_in_urdu_and_arabic_lays_out_right_to_left_with_axe(fake_gateway):
    # The fake gateway's own page and script: it serves the demo page in another language (?lang=ur).
    run_node_test("widget-rtl.test.mjs", fake_gateway)
