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


@pytest.mark.parametrize("language, about, slot, expected", [
    ("pl", "she", "employment_status", "Czy ona obecnie pracuje?"),
    ("ro", "he", "age", 'Câți ani are el? De exemplu "24".'),
    ("ur", "she", "availability", "وہ کب پڑھ سکتی ہے؟"),
    ("pa", "he", "local_authority", "ਉਹ ਕਿਸ ਸ਼ਹਿਰ ਜਾਂ ਕਸਬੇ ਵਿੱਚ ਰਹਿੰਦਾ ਹੈ?"),
    ("ar", "they", "interest", "ماذا يحب هذا الشخص أن يتعلم؟"),
])
def test_someone_asking_for_a_relative_in_their_language_is_asked_about_them_in_it(
        context, dispatcher, domain, domain_dict, language, about, slot, expected):
    held = {"language": language, "translation_notice": [language], "asking_for": about}
    tracker = _form_tracker(domain, conversation(held, in_form=False), user("...", "inform"), slot)
    run(ASK_ACTIONS[slot](), dispatcher, tracker, domain_dict)
    [message] = dispatcher.messages
    assert message["text"] == expected
    assert [b["payload"] for b in message["buttons"]] == [p for _, p in questions.QUESTIONS[slot].buttons]


def test_a_polish_residents_questions_and_quick_replies_come_in_polish(context, dispatcher, domain, domain_dict):
    held = {"language": "pl", "translation_notice": ["pl"]}
    tracker = _form_tracker(domain, conversation(held, in_form=False), user("cześć", "greet"), "interest")
    run(ASK_ACTIONS["interest"](), dispatcher, tracker, domain_dict)
    [message] = dispatcher.messages
    assert message["text"] == "Czego chcesz się nauczyć?"
    titles = [b["title"] for b in message["buttons"]]
    assert titles[:2] == ["Programowanie", "Praca z danymi"] and "Jeszcze nie wiem" in titles
    # Same payloads as in English: a tap means the same in every language.
    assert [b["payload"] for b in message["buttons"]] == [p for _, p in questions.QUESTIONS["interest"].buttons]


def test_a_polish_re_ask_after_an_unusable_answer_is_in_polish(context, dispatcher, domain, domain_dict):
    held = {"language": "pl", "translation_notice": ["pl"]}
    history = conversation(held, requested="age")
    tracker = _form_tracker(domain, history, user("dużo", "inform"), "age")
    run(ASK_ACTIONS["age"](), dispatcher, tracker, domain_dict)
    assert dispatcher.messages[0]["text"] == 'Podaj swój wiek jako liczbę, na przykład "24".'


def test_the_new_translation_notice_comes_once_before_the_first_question(context, dispatcher, domain, domain_dict):
    first = _form_tracker(domain, conversation({"language": "pl"}, in_form=False), user("cześć", "greet"),
                          "local_authority")
    events = run(ASK_ACTIONS["local_authority"](), dispatcher, first, domain_dict)
    notice, asked = dispatcher.messages
    assert "English please" in notice["text"] and "przetłumaczone" in notice["text"]
    assert asked["text"] == "W jakim mieście lub miejscowości mieszkasz?"
    assert [(e["name"], e["value"]) for e in events] == [("translation_notice", ["pl"])]
    dispatcher.messages.clear()
    later = _form_tracker(domain, conversation({"language": "pl", "translation_notice": ["pl"]}),
                          user("Dudley", "inform"), "age")
    assert run(ASK_ACTIONS["age"](), dispatcher, later, domain_dict) == []
    assert [m["text"] for m in dispatcher.messages] == ['Ile masz lat? Na przykład "24".']


def test_an_english_resident_is_never_told_about_translations(context, dispatcher, domain, domain_dict):
    tracker = _form_tracker(domain, conversation({"language": "en"}, in_form=False), user("hi", "greet"), "age")
    assert run(ASK_ACTIONS["age"](), dispatcher, tracker, domain_dict) == []
    assert [m["text"] for m in dispatcher.messages] == ['How old are you? For example "24".']


def test_a_language_no_catalogue_has_asks_in_english(context, dispatcher, domain, domain_dict):
    tracker = _form_tracker(domain, conversation({"language": "xx"}, in_form=False), user("hi", "greet"), "age")
    assert run(ASK_ACTIONS["age"](), dispatcher, tracker, domain_dict) == []
    assert [m["text"] for m in dispatcher.messages] == ['How old are you? For example "24".']


def _said_at_work(area: str):
    return user("the factory in Oldbury is shutting", "inform", entities={"place_assumed": area})


def test_a_place_named_as_where_they_work_is_offered_first_when_we_ask_where_they_live(
        context, dispatcher, domain, domain_dict):
    tracker = _form_tracker(domain, conversation(in_form=False), _said_at_work("Sandwell"), "local_authority")
    run(ASK_ACTIONS["local_authority"](), dispatcher, tracker, domain_dict)
    [message] = dispatcher.messages
    assert message["text"].startswith(questions.QUESTIONS["local_authority"].text)
    assert "Is it Sandwell" in message["text"]
    assert message["buttons"][0] == {"title": "Sandwell", "payload": questions.inform("local_authority", "Sandwell")}
    assert [b["title"] for b in message["buttons"]].count("Sandwell") == 1


def test_a_place_outside_the_area_named_at_work_is_offered_too(context, dispatcher, domain, domain_dict):
    tracker = _form_tracker(domain, conversation(in_form=False), _said_at_work("Rugby"), "local_authority")
    run(ASK_ACTIONS["local_authority"](), dispatcher, tracker, domain_dict)
    [message] = dispatcher.messages
    assert message["buttons"][0]["title"] == "Rugby" and "Is it Rugby" in message["text"]
