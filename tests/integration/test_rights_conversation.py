"""Next steps and data rights through the trained bot over REST: refer with consent, what we hold, forget me with a receipt."""

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


def _on_disk(stack, needle: str) -> list:
    """Which of the stack's SQLite files (databases, write-ahead logs) hold these bytes."""
    var = Path(stack.config.var_dir)
    files = [var / f"{db}{suffix}" for db in ("waymark.db", "rasa_tracker.db") for suffix in ("", "-wal")]
    return [f.name for f in files if f.exists() and needle.encode() in f.read_bytes()]


def _number_on_disk(stack, last_six: str) -> list:
    """Which files hold a 07700 number ending in these six digits, in any of the forms it is typed or
    stored in. Six bare digits are not enough: they turn up by chance in the events' float timestamps."""
    forms = (f"7700 {last_six}", f"7700{last_six}")
    return sorted({name for form in forms for name in _on_disk(stack, form)})


def _contacts(stack, number: str) -> list:
    return _rows(stack, f"select channel from gateway_contacts where address = '{number}'")


def test_send_me_this_on_the_web_sends_only_after_a_yes_and_keeps_no_number_after_a_no(running_bot):
    sender = "e2e-send-me-this"
    _converse_until_recommended(running_bot, sender, "I'm 45 and live in Walsall, I lost my job to automation")

    assert "What is your mobile number?" in _text(_say(running_bot, sender, "send me this"))
    asked = _text(_say(running_bot, sender, "07700 900321"))
    assert "the number ending 0321, once" in asked and asked.endswith("Send it?"), asked
    assert _contacts(running_bot, "+447700900321") == []  # a number is not a yes
    assert "won't send anything" in _text(_say(running_bot, sender, "no thanks"))
    slots = tracker(running_bot, sender)["slots"]
    assert slots.get("send_to") is None and slots.get("send_confirmed") is None
    assert _contacts(running_bot, "+447700900321") == []
    assert _number_on_disk(running_bot, "900321") == []  # not in the stored conversation either

    _say(running_bot, sender, "send me this")
    _say(running_bot, sender, "07700 900321")
    changed = _text(_say(running_bot, sender, "07700 900654"))  # another number instead of an answer
    assert "the number ending 0654" in changed and changed.endswith("Send it?"), changed
    # A no that gives another number changes it (whichever way the NLU reads the "no"), and asks again.
    again = _text(_say(running_bot, sender, "no, use 07700 900987"))
    assert "the number ending 0987" in again and again.endswith("Send it?"), again
    assert _say(running_bot, sender, "yes")
    assert _contacts(running_bot, "+447700900987") == [("sms",)]  # a destination; joins only by RESUME <code>
    assert _contacts(running_bot, "+447700900654") == []
    assert _contacts(running_bot, "+447700900321") == []
    assert tracker(running_bot, sender)["slots"].get("send_to") is None
    # The numbers typed have left the stored conversation; the one sent to is kept only as the contact.
    assert _number_on_disk(running_bot, "900654") == [] and _number_on_disk(running_bot, "900321") == []
    assert [name for name in _number_on_disk(running_bot, "900987") if name.startswith("rasa_tracker")] == []


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
    assert "Your age: 45" in held and "Referrals" in held and "Waymark's server" in held
    assert "rasa_tracker.db" not in held and str(running_bot.config.var_dir) not in held  # words, never a path

    assert "delete everything" in _text(_say(running_bot, sender, "forget me"))
    erased = _text(_say(running_bot, sender, "yes"))
    # Not even in the raw bytes of either SQLite file or their write-ahead logs (before anything
    # below reads the tracker back, which starts a new conversation under the same id).
    assert _on_disk(running_bot, sender) == []
    receipt = re.search(r"receipt reference is (E-[A-Z0-9]{4}-[A-Z0-9]{4})", erased).group(1)
    assert (receipt,) in _rows(running_bot, "select receipt from rights_erasures")  # the session's other journeys too
    assert _rows(running_bot, f"select count(*) from referral_records where journey_id = '{sender}'") == [(0,)]
    assert tracker(running_bot, sender)["slots"].get("age") is None
