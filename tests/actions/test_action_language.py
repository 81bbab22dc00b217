"""Asking for a language by name: the choice is kept, the assistant says so in that language, and while the
language's translation is a draft it says that once too."""

from actions.language import ActionLanguageChosen
from bot.language.choice import chosen_reply, draft_notice
from tests.actions.dialogue_helpers import build_tracker, conversation, run, texts, user


def test_a_language_asked_for_is_set_and_confirmed(dispatcher, domain, domain_dict):
    tracker = build_tracker(domain, conversation(None, in_form=False) + [user("po polsku", "choose_language")])
    events = run(ActionLanguageChosen(), dispatcher, tracker, domain_dict)
    assert {"event": "slot", "name": "language", "value": "pl"} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events]
    reply, notice = texts(dispatcher)
    assert reply == chosen_reply("pl") and "polski" in reply
    assert notice == draft_notice("pl")
    assert {"event": "slot", "name": "translation_notice", "value": ["pl"]} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events]


def test_a_quick_reply_payload_is_read_from_the_slot(dispatcher, domain, domain_dict):
    held = {"language": "ro", "translation_notice": ["ro"]}  # told already: not again
    tracker = build_tracker(domain, conversation(held, in_form=False)
                            + [user('/choose_language{"language": "ro"}', "choose_language")])
    assert run(ActionLanguageChosen(), dispatcher, tracker, domain_dict) == []
    assert texts(dispatcher) == [chosen_reply("ro")]


def test_a_forged_language_payload_is_answered_in_english_not_with_an_error(dispatcher, domain, domain_dict):
    tracker = build_tracker(domain, conversation({"language": "xx"}, in_form=False)
                            + [user('/choose_language{"language": "xx"}', "choose_language")])
    events = run(ActionLanguageChosen(), dispatcher, tracker, domain_dict)
    assert texts(dispatcher) == ["OK, I'll talk in English."]
    assert [(e["name"], e["value"]) for e in events] == [("language", "en")]
