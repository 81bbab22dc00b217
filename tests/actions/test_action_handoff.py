""""Talk to a person" from any channel: a queued request with the packet, or a callback out of hours."""

from __future__ import annotations

import json

import pytest
from rasa.shared.core.events import ActionExecuted
from sqlalchemy import select

from actions.handoff import ActionCallbackAnswer, ActionHandoff
from actions.recommend import ActionRecommend
from bot.dialogue import handoff_words
from bot.residents import handoff
from bot.residents.handoff import OfficeHours
from bot.residents.records import console_handoffs, journey_codes
from tests.actions.dialogue_helpers import build_tracker, conversation, run, slot_events, texts, user

WALSALL = {"age": 45, "local_authority": "Walsall", "background": "displaced_worker", "interest": "data",
           "availability": "part_time", "employment_status": "unemployed", "qualification_level": 2,
           "universal_credit": True, "english_level": "basic"}
ALWAYS = OfficeHours.parse("Mon-Sun 00:00-24:00")
NEVER = OfficeHours((), "Europe/London", "Mon-Fri 09:00-17:00")


@pytest.fixture
def hours(context, monkeypatch):
    def use(which):
        monkeypatch.setattr(context, "office_hours", lambda: which)
    return use


def _requests(context):
    with context.session() as session:
        return session.execute(select(console_handoffs)).all()


def _recommended(domain, domain_dict, sender):
    """A conversation that has been shown routes (the slots action_recommend set)."""
    from rasa_sdk.executor import CollectingDispatcher
    tracker = build_tracker(domain, conversation(WALSALL, in_form=False) + [ActionExecuted("intake_form")], sender)
    shown = slot_events(run(ActionRecommend(), CollectingDispatcher(), tracker, domain_dict))
    return conversation({**WALSALL, **shown}, in_form=False)


def test_in_hours_the_request_is_queued_with_the_packet(context, dispatcher, domain, domain_dict, hours):
    hours(ALWAYS)
    sender = "wa-" + "1" * 32
    history = _recommended(domain, domain_dict, sender)
    tracker = build_tracker(domain, history + [user("I need to talk to someone today please", "human_handoff",
                                                    metadata={"channel": "whatsapp"})], sender)
    assert run(ActionHandoff(), dispatcher, tracker, domain_dict) == []
    [text] = texts(dispatcher)
    assert text.startswith("I've asked an outreach worker to join this chat") and "Monday to Sunday" in text
    [row] = _requests(context)
    assert (row.status, row.channel, row.urgency, row.language) == ("waiting", "whatsapp", "high", "en (basic)")
    packet = json.loads(row.packet)
    assert packet["profile"]["age"] == 45 and packet["profile"]["local_authority"] == "Walsall"
    assert packet["recommendations"] and all(r["why"] for r in packet["recommendations"])
    assert packet["channel"] == "whatsapp" and packet["reason"].startswith("I need to talk")


def test_out_of_hours_on_a_phone_a_callback_is_offered_with_times(context, dispatcher, domain, domain_dict, hours):
    hours(NEVER)
    sender = "sms-" + "2" * 32
    tracker = build_tracker(domain, conversation(in_form=False) + [user("talk to a person", "human_handoff")], sender)
    run(ActionHandoff(), dispatcher, tracker, domain_dict)
    [message] = dispatcher.messages
    assert "isn't in right now" in message["text"] and "Monday to Friday, 9am to 5pm" in message["text"]
    assert [b["payload"] for b in message["buttons"]] == [
        '/affirm{"callback_time": "morning"}', '/affirm{"callback_time": "afternoon"}',
        '/affirm{"callback_time": "any time"}', "/deny"]
    [row] = _requests(context)
    assert row.status == "callback_offered"

    answer = build_tracker(domain, conversation(in_form=False) + [
        user('/affirm{"callback_time": "morning"}', "affirm", {"callback_time": "morning"})], sender)
    dispatcher.messages.clear()
    run(ActionCallbackAnswer(), dispatcher, answer, domain_dict)
    [row] = _requests(context)
    assert (row.status, row.callback_when) == ("callback", "morning")
    assert texts(dispatcher)[0].startswith("Thank you. Someone will call or message you on this number (morning)")


def test_out_of_hours_on_the_web_the_reply_comes_in_the_chat_with_a_resume_code(
        context, dispatcher, domain, domain_dict, hours):
    hours(NEVER)
    sender = "web-" + "3" * 32
    asked = build_tracker(domain, conversation(in_form=False) + [user("human", "human_handoff")], sender)
    run(ActionHandoff(), dispatcher, asked, domain_dict)
    assert [b["payload"] for b in dispatcher.messages[0]["buttons"]] == ["/affirm", "/deny"]
    dispatcher.messages.clear()
    run(ActionCallbackAnswer(), dispatcher, build_tracker(domain, conversation(in_form=False) + [
        user("yes please", "affirm")], sender), domain_dict)
    [text] = texts(dispatcher)
    assert "reply in this chat" in text and "RESUME " in text
    [row] = _requests(context)
    assert (row.status, row.callback_when) == ("callback", "any time")
    with context.session() as session:
        assert len(session.execute(select(journey_codes)).all()) == 1


def test_no_thanks_withdraws_the_request(context, dispatcher, domain, domain_dict, hours):
    hours(NEVER)
    sender = "sms-" + "4" * 32
    run(ActionHandoff(), dispatcher, build_tracker(domain, conversation(in_form=False) + [
        user("person", "human_handoff")], sender), domain_dict)
    dispatcher.messages.clear()
    run(ActionCallbackAnswer(), dispatcher, build_tracker(domain, conversation(in_form=False) + [
        user("no thanks", "deny")], sender), domain_dict)
    assert texts(dispatcher) == [handoff_words.CALLBACK_DECLINED]
    assert [r.status for r in _requests(context)] == ["closed"]


def test_asking_twice_does_not_queue_twice(context, dispatcher, domain, domain_dict, hours):
    hours(ALWAYS)
    sender = "web-" + "5" * 32
    tracker = build_tracker(domain, conversation(in_form=False) + [user("human", "human_handoff")], sender)
    run(ActionHandoff(), dispatcher, tracker, domain_dict)
    run(ActionHandoff(), dispatcher, tracker, domain_dict)
    assert len(_requests(context)) == 1
    assert texts(dispatcher)[-1] == handoff_words.queued(ALWAYS.text)


def test_kiosk_channel_comes_from_the_console_metadata(context, dispatcher, domain, domain_dict, hours):
    hours(ALWAYS)
    tracker = build_tracker(domain, conversation(in_form=False) + [
        user("can I talk to someone", "human_handoff", metadata={"channel": "kiosk"})], "web-" + "6" * 32)
    run(ActionHandoff(), dispatcher, tracker, domain_dict)
    assert _requests(context)[0].channel == "kiosk"


def test_a_failing_database_gives_another_way_to_reach_a_person(
        context, dispatcher, domain, domain_dict, hours, monkeypatch):
    hours(ALWAYS)
    monkeypatch.setattr(handoff, "request_handoff", lambda *a, **k: (_ for _ in ()).throw(OSError("disk")))
    run(ActionHandoff(), dispatcher, build_tracker(domain, conversation(in_form=False) + [
        user("human", "human_handoff")], "web-" + "7" * 32), domain_dict)
    [text] = texts(dispatcher)
    assert text == handoff_words.HANDOFF_UNAVAILABLE and "0800 100 900" in text


def test_a_polish_resident_is_answered_in_polish_and_the_worker_reads_the_packet_in_english(
        context, dispatcher, domain, domain_dict, hours):
    hours(ALWAYS)
    sender = "wa-" + "7" * 32
    history = _recommended(domain, domain_dict, sender) + conversation({"language": "pl"}, in_form=False)
    tracker = build_tracker(domain, history + [user("chcę porozmawiać z człowiekiem", "human_handoff",
                                                    metadata={"channel": "whatsapp"})], sender)
    run(ActionHandoff(), dispatcher, tracker, domain_dict)
    [text] = texts(dispatcher)
    assert text.startswith("Poprosiłem pracownika wsparcia")
    [row] = _requests(context)
    english = "it covers data, which you are interested in"
    assert any(english in r["why"] for r in json.loads(row.packet)["recommendations"])
