"""action_forget_me: says plainly what was removed, clears every fact and restarts."""

from __future__ import annotations

from tests.actions.dialogue_helpers import build_tracker, conversation, run, texts, user
from rasa.shared.core.events import ActionExecuted

from actions.privacy import ActionForgetMe


def test_forget_me_lists_what_was_removed_and_restarts(dispatcher, domain, domain_dict):
    held = {"age": 45, "local_authority": "Walsall", "annual_income": "prefer_not_to_say",
            "target_groups": ["women"], "shown_pathways": ["x"]}
    tracker = build_tracker(domain, conversation(held, in_form=False)
                            + [user("forget me", "forget_me"), ActionExecuted("utter_confirm_forget_me"),
                               ActionExecuted("action_listen"), user("yes", "affirm")])
    events = run(ActionForgetMe(), dispatcher, tracker, domain_dict)
    assert [e["event"] for e in events] == ["reset_slots", "restart"]
    [text] = texts(dispatcher)
    assert text.startswith("Done. I have deleted what you told me (")
    for words in ("where you live", "your age", "your income", "groups you told me you belong to"):
        assert words in text
    assert "this conversation" in text


def test_forget_me_with_nothing_held_still_says_what_it_did(dispatcher, domain, domain_dict):
    tracker = build_tracker(domain, conversation(in_form=False) + [user("yes", "affirm")])
    run(ActionForgetMe(), dispatcher, tracker, domain_dict)
    assert texts(dispatcher) == ["Done. I have deleted this conversation. I had no other answers from you. "
                                 "Say hello if you want to start again."]
