"""What goes in a handoff packet and what the resident is told."""

from __future__ import annotations

import pytest

from bot.dialogue import handoff_words


def test_hours_in_words():
    assert handoff_words.hours_words("Mon-Fri 09:00-17:00") == "Monday to Friday, 9am to 5pm"
    assert handoff_words.hours_words("Mon-Fri 09:30-17:00; Sat 10:00-13:00") == (
        "Monday to Friday, 9:30am to 5pm; Saturday, 10am to 1pm")
    assert handoff_words.hours_words("Sun 00:00-24:00") == "Sunday, midnight to midnight"
    assert handoff_words.hours_words("whenever") == "whenever"


def test_urgency_and_language():
    assert handoff_words.urgency("I'm being evicted, I need help today") == "high"
    assert handoff_words.urgency("can I talk to someone") == "normal"
    assert handoff_words.language("basic") == "en (basic)" and handoff_words.language(None) == "en"


def test_packet_profile_is_checked_and_leaves_out_what_is_unknown():
    profile = handoff_words.profile({"age": "45", "local_authority": "walsall", "interest": None,
                                     "target_groups": ["women"], "qualification_level": 99})
    assert profile == {"age": 45, "local_authority": "Walsall", "target_groups": ["women"]}


def test_shown_recommendations_keep_the_order_shown():
    payload = {"pathways": [{"id": "a", "why": ["x"]}, {"id": "b", "why": ["y"]}]}
    assert [p["id"] for p in handoff_words.shown_recommendations(payload, ["b", "a", "gone"])] == ["b", "a"]
    assert handoff_words.shown_recommendations(None, ["a"]) == []


def test_callback_offer_differs_by_channel():
    _, phone = handoff_words.callback_offer("Mon-Fri 09:00-17:00", "sms")
    assert [b["title"] for b in phone] == ["Morning", "Afternoon", "Any time", "No thanks"]
    text, web = handoff_words.callback_offer("Mon-Fri 09:00-17:00", "web")
    assert [b["payload"] for b in web] == ["/affirm", "/deny"] and "reply in this chat" in text


def test_callback_when_keeps_their_words_but_not_a_bare_yes():
    assert handoff_words.callback_when("morning", "/affirm") == "morning"
    assert handoff_words.callback_when(None, "yes please") == "any time"
    assert handoff_words.callback_when(None, "after 3pm on Tuesday") == "after 3pm on Tuesday"
    assert len(handoff_words.callback_when(None, "x" * 500)) == 120


@pytest.mark.parametrize("lang, day, clock", [("pl", "poniedziałek", "17:00"), ("ar", "الاثنين", "5:00"),
                                               ("ur", "پیر", "5:00"), ("ro", "luni", "17:00")])
def test_office_hours_are_said_in_the_conversations_language(lang, day, clock):
    said = handoff_words.hours_words("Mon-Fri 09:00-17:00; Sat 10:00-13:00", lang)
    assert day in said and clock in said and "Monday" not in said and "5pm" not in said
    assert handoff_words.callback_offer("Mon-Fri 09:00-17:00", "web", lang)[0].count(day) == 1
