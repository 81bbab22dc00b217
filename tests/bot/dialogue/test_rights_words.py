"""Data rights in the chat's words: choices read from what residents say, the menu, corrections, receipts."""

from __future__ import annotations

import pytest

from bot.dialogue import rights_words
from bot.residents import rights


@pytest.mark.parametrize("text, expected", [
    ("stop following up", {"follow_ups": False}),
    ("please stop messaging me", {"follow_ups": False}),
    ("no more notifications", {"follow_ups": False}),
    ("unsubscribe", {"follow_ups": False}),
    ("you can follow up with me", {"follow_ups": True}),
    ("I don't mind you following up", {"follow_ups": True}),
    ("don't share my details", {"share_with_provider": False}),
    ("don’t share my info with providers", {"share_with_provider": False}),
    ("you can share my details with the college", {"share_with_provider": True}),
    ("keep my conversation", {"keep_conversation": True}),
    ("don't keep my chat", {"keep_conversation": False}),
    ("stop texting me and don't share my details", {"follow_ups": False, "share_with_provider": False}),
    ("share my details but no more texts", {"share_with_provider": True, "follow_ups": False}),
    ("my choices", {}),
    ("privacy settings", {}),
])
def test_consent_request_reads_the_words(text, expected):
    assert rights_words.consent_request(text) == expected


def test_a_button_choice_is_exact_and_anything_else_is_ignored():
    assert rights_words.consent_request("whatever", "share_with_provider:on") == {"share_with_provider": True}
    assert rights_words.consent_request("stop following up", "nonsense:on") == {}


def test_menu_shows_each_choice_and_a_button_to_flip_it():
    text, buttons = rights_words.menu(rights.Consent(keep_conversation=True, share_with_provider=False,
                                                     follow_ups=True))
    assert "Share my details with a provider when I ask for a referral: no" in text
    assert [b["title"] for b in buttons] == ["Don't keep my conversation", "Share with providers", "Stop follow-ups"]


def test_changed_says_what_each_choice_now_means():
    text = rights_words.changed({"keep_conversation": False, "follow_ups": False}, retention_days=180)
    assert text.startswith("Done. ") and "deleted a day after" in text and "won't send you follow-ups" in text
    assert "180 days" in rights_words.changed({"keep_conversation": True}, retention_days=180)


def test_held_text_names_every_store():
    held = [rights.Held("What you told us", "Waymark's server, in the record of your conversation", ("Your age: 45",)),
            rights.Held("Your choices", "Waymark's server, in the list of your choices",
                        ("Keep my conversation: yes",))]
    text = rights_words.held_text(held)
    assert ("What you told us (kept on Waymark's server, in the record of your conversation):\n- Your age: 45"
            in text)
    assert '"forget me"' in text and text.startswith("Here is everything")
    assert rights_words.held_text(held[1:]).startswith("I don't hold anything about you yet")


def test_corrected():
    assert rights_words.corrected([("age", 25)]) == "OK, I've changed your age to 25."
    assert rights_words.corrected([("age", 25), ("availability", "part_time")]) == (
        "OK, I've changed your age to 25 and when you can study to part time.")
    assert rights_words.corrected([]) is None


def test_erased_gives_the_receipt_and_partly_asks_to_repeat():
    text = rights_words.erased(["age"], "E-ABCD-EFGH")
    assert "(your age)" in text and "E-ABCD-EFGH" in text and text.endswith("Say hello if you want to start again.")
    assert 'say "forget me" again' in rights_words.erased_partly([])


def test_a_chat_linked_too_recently_is_told_when_and_where_it_can_instead():
    ready = 1_733_400_000.0  # 5 December 2024, 12:00 UTC
    text = rights_words.link_too_new(ready, erase=True, zone="Europe/London", hours=24)
    assert "can't delete what Waymark holds about you" in text and "12:00 on 5 December" in text
    assert "24 hours" in text and "where you started" in text
    assert "can't show what Waymark holds" in rights_words.link_too_new(ready, erase=False)
