"""Asking for a language by name: the choice is kept and the assistant says so honestly."""

from actions.language import ActionLanguageChosen
from tests.actions.dialogue_helpers import build_tracker, conversation, run, texts, user


def test_a_language_asked_for_is_set_and_confirmed(dispatcher, domain, domain_dict):
    tracker = build_tracker(domain, conversation(None, in_form=False) + [user("po polsku", "choose_language")])
    events = run(ActionLanguageChosen(), dispatcher, tracker, domain_dict)
    assert {"event": "slot", "name": "language", "value": "pl"} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events]
    [text] = texts(dispatcher)
    assert "Polish" in text and "only answer in English" in text


def test_a_quick_reply_payload_is_read_from_the_slot(dispatcher, domain, domain_dict):
    held = {"language": "ro"}
    tracker = build_tracker(domain, conversation(held, in_form=False)
                            + [user('/choose_language{"language": "ro"}', "choose_language")])
    assert run(ActionLanguageChosen(), dispatcher, tracker, domain_dict) == []
    assert "Romanian" in texts(dispatcher)[0]
