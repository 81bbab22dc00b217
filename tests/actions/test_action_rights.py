"""What do you know about me, and consent choices: plain words, every store, changeable any time."""

from __future__ import annotations

import asyncio


from actions.privacy import ActionConsent, ActionWhatWeHold
from bot.dialogue import rights_words
from bot.residents import rights
from tests.actions.dialogue_helpers import build_tracker, conversation, run, texts, user
from tests.bot.records_fixtures import add_events, rasa_metadata

SENDER = "sms-" + "c" * 32


def _asked(domain, text, intent, entities=None, held=None):
    return build_tracker(domain, conversation(held, in_form=False) + [user(text, intent, entities)], sender=SENDER)


def _consent(context):
    return asyncio.run(context.write(lambda s: rights.get_consent(s, SENDER)))


def test_what_we_hold_lists_the_facts_and_where_they_are_kept(context, dispatcher, domain, domain_dict):
    tracker_engine = context.tracker_engine()
    rasa_metadata.create_all(tracker_engine)
    add_events(tracker_engine, SENDER, [
        {"event": "user", "text": "im 45 in walsall", "parse_data": {"intent": {"name": "inform"}}},
        {"event": "slot", "name": "age", "value": 45},
        {"event": "slot", "name": "local_authority", "value": "Walsall"},
        {"event": "slot", "name": "shown_pathways", "value": ["x"]},
    ])
    run(ActionWhatWeHold(), dispatcher, _asked(domain, "what do you know about me?", "what_we_hold"), domain_dict)
    [text] = texts(dispatcher)
    assert text.startswith("Here is everything Waymark holds about you.")
    assert "Your age: 45" in text and "Where you live: Walsall" in text
    assert "kept on Waymark's server, in the record of your conversation" in text
    assert "table" not in text and ".db" not in text and str(context.settings.var_dir) not in text
    assert "shown_pathways" not in text  # our bookkeeping is not a fact about the resident
    assert '"forget me"' in text


def test_what_we_hold_with_nothing_stored_says_so(context, dispatcher, domain, domain_dict):
    run(ActionWhatWeHold(), dispatcher, _asked(domain, "what do you have on me", "what_we_hold"), domain_dict)
    assert texts(dispatcher)[0].startswith("I don't hold anything about you yet")


def test_what_we_hold_when_the_database_is_down_is_a_helpful_message(
        context, dispatcher, domain, domain_dict, monkeypatch):
    monkeypatch.setattr(rights, "what_we_hold", lambda *a, **k: (_ for _ in ()).throw(OSError("disk")))
    run(ActionWhatWeHold(), dispatcher, _asked(domain, "what do you know", "what_we_hold"), domain_dict)
    assert texts(dispatcher) == [rights_words.HELD_UNAVAILABLE]


def test_stop_following_up_changes_that_choice_only(context, dispatcher, domain, domain_dict):
    asyncio.run(context.write(lambda s: rights.set_consent(s, SENDER, follow_ups=True, share_with_provider=True)))
    run(ActionConsent(), dispatcher, _asked(domain, "stop following up", "manage_consent"), domain_dict)
    consent = _consent(context)
    assert (consent.follow_ups, consent.share_with_provider, consent.keep_conversation) == (False, True, True)
    [text] = texts(dispatcher)
    assert text.startswith("Done.") and "won't send you follow-ups" in text


def test_dont_share_my_details(context, dispatcher, domain, domain_dict):
    asyncio.run(context.write(lambda s: rights.set_consent(s, SENDER, share_with_provider=True)))
    run(ActionConsent(), dispatcher, _asked(domain, "don't share my details", "manage_consent"), domain_dict)
    assert _consent(context).share_with_provider is False


def test_my_choices_shows_them_with_a_button_to_flip_each(context, dispatcher, domain, domain_dict):
    run(ActionConsent(), dispatcher, _asked(domain, "my privacy settings", "manage_consent"), domain_dict)
    [message] = dispatcher.messages
    assert "Keep my conversation so I can come back to it: yes" in message["text"]
    assert "Send me follow-ups and notifications: no" in message["text"]
    payloads = [b["payload"] for b in message["buttons"]]
    assert '/manage_consent{"consent_choice": "follow_ups:on"}' in payloads
    assert '/manage_consent{"consent_choice": "keep_conversation:off"}' in payloads


def test_a_choice_button_sets_exactly_that_choice(context, dispatcher, domain, domain_dict):
    tracker = _asked(domain, '/manage_consent{"consent_choice": "follow_ups:on"}', "manage_consent",
                     {"consent_choice": "follow_ups:on"})
    run(ActionConsent(), dispatcher, tracker, domain_dict)
    assert _consent(context).follow_ups is True


def test_consent_when_the_database_is_down(context, dispatcher, domain, domain_dict, monkeypatch):
    monkeypatch.setattr(rights, "set_consent", lambda *a, **k: (_ for _ in ()).throw(OSError("disk")))
    run(ActionConsent(), dispatcher, _asked(domain, "stop following up", "manage_consent"), domain_dict)
    assert texts(dispatcher) == [rights_words.CONSENT_UNAVAILABLE]


def test_what_we_hold_waits_for_a_chat_continued_with_a_code(context, dispatcher, domain, domain_dict):
    from bot.residents import journeys

    phone = "sms-" + "d" * 32
    asyncio.run(context.write(lambda s: journeys.link(s, phone, SENDER, "sms")))
    continued = build_tracker(domain, conversation(None, in_form=False) + [
        user("what do you know about me?", "what_we_hold", metadata={"channel": "sms", "via": phone})], sender=SENDER)
    run(ActionWhatWeHold(), dispatcher, continued, domain_dict)
    [text] = texts(dispatcher)
    assert text.startswith("Sorry, I can't show what Waymark holds about you in this chat yet.")
    # The journey's own channel (no "via") is answered as always.
    run(ActionWhatWeHold(), dispatcher, _asked(domain, "what do you know about me?", "what_we_hold"), domain_dict)
    told = texts(dispatcher)[-1]
    assert "Other ways you've continued this chat" in told and "- A phone, by text message, from " in told
