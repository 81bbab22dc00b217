"""action_ask_<slot>: the form's questions with their quick replies, reworded after an unusable answer,
and counted once for the demand report's drop-off table."""

from __future__ import annotations

import pytest
from rasa.shared.core.events import ActionExecuted, SlotSet
from sqlalchemy import select

from actions.questions import ASK_ACTIONS
from bot.dialogue import intake, questions
from bot.residents.records import analytics_events
from tests.actions.dialogue_helpers import build_tracker, conversation, run, user


def _asked(context):
    with context.session() as session:
        return session.execute(select(analytics_events.c.question, analytics_events.c.channel)
                               .where(analytics_events.c.event == "question_asked")).all()


def _form_tracker(domain, history, message, requested):
    """What the form sends its ask action: the turn so far with the question it is about to ask."""
    return build_tracker(domain, history + [message, ActionExecuted("intake_form"),
                                            SlotSet("requested_slot", requested)])


@pytest.mark.parametrize("slot", intake.PROFILE_SLOTS)
def test_every_slot_is_asked_with_its_question_and_buttons(context, dispatcher, domain, domain_dict, slot):
    action = ASK_ACTIONS[slot]()
    assert action.name() == f"action_ask_{slot}"
    tracker = _form_tracker(domain, conversation(in_form=False), user("hello", "greet"), slot)
    assert run(action, dispatcher, tracker, domain_dict) == []
    [message] = dispatcher.messages
    expected = questions.QUESTIONS[slot]
    assert message["text"] == expected.text
    assert message["buttons"] == expected.button_dicts()


def test_a_place_we_could_not_use_is_asked_for_as_a_postcode_or_council(context, dispatcher, domain, domain_dict):
    history = conversation(requested="local_authority")
    tracker = _form_tracker(domain, history, user("erdington high st", "inform"), "local_authority")
    run(ASK_ACTIONS["local_authority"](), dispatcher, tracker, domain_dict)
    [message] = dispatcher.messages
    assert message["text"] == questions.RETRY_TEXT["local_authority"]


def test_after_a_question_of_their_own_the_question_is_asked_as_before(context, dispatcher, domain, domain_dict):
    history = conversation(requested="local_authority")
    tracker = _form_tracker(domain, history, user("is it free?", "faq_cost"), "local_authority")
    run(ASK_ACTIONS["local_authority"](), dispatcher, tracker, domain_dict)
    assert dispatcher.messages[0]["text"] == questions.QUESTIONS["local_authority"].text


def test_a_question_is_counted_when_first_asked_not_when_asked_again(context, dispatcher, domain, domain_dict):
    first = _form_tracker(domain, conversation(in_form=False), user("hello", "greet", metadata={"channel": "sms"}),
                          "local_authority")
    run(ASK_ACTIONS["local_authority"](), dispatcher, first, domain_dict)
    again = _form_tracker(domain, conversation(requested="local_authority"), user("what?", "inform"),
                          "local_authority")
    run(ASK_ACTIONS["local_authority"](), dispatcher, again, domain_dict)
    assert _asked(context) == [("local_authority", "sms")]


def test_the_question_is_still_asked_when_analytics_cannot_be_written(no_database, dispatcher, domain, domain_dict,
                                                                      monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("database is down")

    monkeypatch.setattr(no_database, "_write_now", broken)
    tracker = _form_tracker(domain, conversation(in_form=False), user("hello", "greet"), "age")
    run(ASK_ACTIONS["age"](), dispatcher, tracker, domain_dict)
    assert dispatcher.messages[0]["text"] == questions.QUESTIONS["age"].text


def test_someone_asking_for_their_nephew_is_asked_about_him(context, dispatcher, domain, domain_dict):
    tracker = _form_tracker(domain, conversation({"asking_for": "he", "age": 18}, in_form=False),
                            user("my nephew is 18", entities={"asking_for": "he", "age": 18}), "interest")
    run(ASK_ACTIONS["interest"](), dispatcher, tracker, domain_dict)
    [message] = dispatcher.messages
    assert message["text"] == "What would he like to learn?"
    assert message["buttons"] == questions.QUESTIONS["interest"].button_dicts()
