"""action_default_ask_affirmation: "did you mean...?" in plain words, never intent names, never a dead end."""

from __future__ import annotations

from tests.actions.dialogue_helpers import build_tracker, conversation, run, user

from actions.fallback import ActionDefaultAskAffirmation, ActionDefaultAskRephrase, ActionDefaultFallback
from bot.dialogue import replies

RANKING = [
    {"name": "nlu_fallback", "confidence": 0.9},
    {"name": "inform", "confidence": 0.25},
    {"name": "faq_cost", "confidence": 0.2},
    {"name": "faq_universal_credit", "confidence": 0.15},
    {"name": "faq_laptop", "confidence": 0.1},
]


def test_suggestions_are_plain_words_for_the_likeliest_meanings(dispatcher, domain, domain_dict):
    tracker = build_tracker(domain, conversation() + [user("is it gonna cost me", "nlu_fallback", ranking=RANKING)])
    assert run(ActionDefaultAskAffirmation(), dispatcher, tracker, domain_dict) == []
    [message] = dispatcher.messages
    titles = [b["title"] for b in message["buttons"]]
    payloads = [b["payload"] for b in message["buttons"]]
    assert titles == ["Is it free?", "Will it affect my Universal Credit?", "Talk to a person", "Something else"]
    assert payloads == ["/faq_cost", "/faq_universal_credit", "/human_handoff", "/out_of_scope"]
    assert "_" not in message["text"] and "faq" not in message["text"]


def test_with_no_ranking_a_person_and_a_way_out_are_still_offered(dispatcher, domain, domain_dict):
    tracker = build_tracker(domain, conversation() + [user("???", "nlu_fallback")])
    run(ActionDefaultAskAffirmation(), dispatcher, tracker, domain_dict)
    [message] = dispatcher.messages
    assert [b["payload"] for b in message["buttons"]] == ["/human_handoff", "/out_of_scope"]


def test_rephrase_asks_for_other_words_and_says_what_works(dispatcher, domain, domain_dict):
    tracker = build_tracker(domain, conversation() + [user("zzz", "out_of_scope")])
    assert run(ActionDefaultAskRephrase(), dispatcher, tracker, domain_dict) == []
    assert [m["text"] for m in dispatcher.messages] == [replies.ASK_REPHRASE]


def test_default_fallback_says_what_works_and_reverts_the_message(dispatcher, domain, domain_dict):
    tracker = build_tracker(domain, conversation() + [user("zzz", "nlu_fallback")])
    events = run(ActionDefaultFallback(), dispatcher, tracker, domain_dict)
    assert [e["event"] for e in events] == ["rewind"]  # UserUtteranceReverted, as Rasa's own does
    assert [m["text"] for m in dispatcher.messages] == [replies.DEFAULT_FALLBACK]
    assert "talk to a person" in replies.DEFAULT_FALLBACK
