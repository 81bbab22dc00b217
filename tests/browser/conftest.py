"""Fixtures for the browser tests (helpers in tests/browser/harness.py)."""

from __future__ import annotations

import pytest

from tests.browser import harness


@pytest.fixture
def fake_gateway():
    """The scripted fake gateway's base URL (it is also a fake Rasa REST channel)."""
    with harness.fake_gateway() as url:
        yield url


@pytest.fixture
def real_gateway(fake_gateway, tmp_path):
    """`python -m bot.gateway` on a free port, with the fake gateway's script as its Rasa."""
    with harness.real_gateway(harness.gateway_env(tmp_path, fake_gateway), tmp_path / "gateway.log") as url:
        yield url
