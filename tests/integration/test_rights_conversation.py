"""Issue 5 through the trained bot over REST: refer with consent, what we hold, forget me with a receipt."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from tests.integration.test_rest_conversation import _converse_until_recommended, _say, tracker

pytestmark = pytest.mark.integration


def _text(replies) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


def _rows(stack, sql: str) -> list:
    with sqlite3.connect(Path(stack.config.var_dir) / "waymark.db") as conn:
        return conn.execute(sql).fetchall()


def test_refer_see_what_we_hold_then_forget_me_everywhere(running_bot):
    sender = "e2e-rights"
    _converse_until_recommended(running_bot, sender, "I'm 45 and live in Walsall, I lost my job to automation")

    asked = _say(running_bot, sender, "refer me to 1")
    assert "Is that OK?" in _text(asked), asked
    done = _text(_say(running_bot, sender, "yes"))
    reference = re.search(r"reference is (R-[A-Z0-9]{6})", done).group(1)
    assert _rows(running_bot, f"select status from referral_records where reference = '{reference}'") == [
        ("referred",)]

    held = _text(_say(running_bot, sender, "what do you know about me?"))
    assert "Your age: 45" in held and "Referrals" in held and "rasa_tracker.db" in held

    assert "delete everything" in _text(_say(running_bot, sender, "forget me"))
    erased = _text(_say(running_bot, sender, "yes"))
    receipt = re.search(r"receipt reference is (E-[A-Z0-9]{4}-[A-Z0-9]{4})", erased).group(1)
    assert _rows(running_bot, "select receipt from rights_erasures") == [(receipt,)]
    assert _rows(running_bot, f"select count(*) from referral_records where journey_id = '{sender}'") == [(0,)]
    assert tracker(running_bot, sender)["slots"].get("age") is None
