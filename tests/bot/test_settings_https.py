"""The production profile's precondition: an https PUBLIC_BASE_URL (bot.settings.https_problem)."""

import dataclasses

import pytest

from bot.settings import ROOT, Settings, https_problem


def settings_with(url):
    return dataclasses.replace(Settings.from_env({}, root=ROOT), public_base_url=url)


@pytest.mark.parametrize("url", [None, "", "http://waymark.example.gov.uk", "https://", "waymark.example.gov.uk",
                                 "HTTP://waymark.example.gov.uk", "ftp://waymark.example.gov.uk"])
def test_production_refuses_a_public_url_that_is_not_https(url):
    problem = https_problem(settings_with(url))
    assert problem is not None and "PUBLIC_BASE_URL" in problem and "https://" in problem


@pytest.mark.parametrize("url", ["https://waymark.example.gov.uk", "HTTPS://waymark.example.gov.uk/",
                                 "https://waymark.example.gov.uk:8443/base"])
def test_an_https_public_url_is_accepted(url):
    assert https_problem(settings_with(url)) is None


def test_console_cookies_are_secure_exactly_when_production_would_start():
    from bot.console.state import Console

    for url in ("https://waymark.example.gov.uk", "http://waymark.example.gov.uk", None):
        console = Console(settings=settings_with(url), env=None, hours=None, login_limiter=None,
                          unlock_failures=None)
        assert console.secure_cookies == (https_problem(console.settings) is None), url
