"""Handoff: packet, queue, office hours and callbacks, holding quiets the bot, the gateway hook."""

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.residents import handoff, journeys, referrals
from bot.residents.records import analytics_events, console_messages

from tests.bot.records_fixtures import KEY, cheap_hashing, engine, factory, make_worker, session  # noqa: F401

WEB = "web-" + "a" * 32
SMS = "sms-" + "b" * 32
HOURS = handoff.OfficeHours.parse("Mon-Fri 09:00-17:00; Sat 10:00-13:00", "Europe/London")
RECS = [{"id": "p1", "title": "Data Bootcamp", "kind": "bootcamp", "provider": "Code Co", "status": "open",
         "why": ["you want data"], "conditions": ["live in the area"], "next_step": {"text": "Apply"},
         "score": 3.2}]


def at(year, month, day, hour, minute=0) -> float:
    return dt.datetime(year, month, day, hour, minute, tzinfo=ZoneInfo("Europe/London")).timestamp()


def test_office_hours_follow_local_time_and_days():
    assert HOURS.is_open(at(2026, 11, 23, 9, 0))  # Monday
    assert not HOURS.is_open(at(2026, 11, 23, 17, 0))
    assert HOURS.is_open(at(2026, 11, 28, 12, 59))  # Saturday morning
    assert not HOURS.is_open(at(2026, 11, 29, 12, 0))  # Sunday
    assert HOURS.is_open(at(2026, 7, 6, 9, 30))  # British Summer Time
    with pytest.raises(ValueError):
        handoff.OfficeHours.parse("weekdays 9-5")


def test_request_carries_a_structured_packet(session):
    item = handoff.request_handoff(session, sender_id=WEB, channel="web", profile={"age": 45, "interest": None},
                                   recommendations=RECS, language="pa", urgency="high",
                                   reason="I need help today", hours=HOURS, now=at(2026, 11, 23, 10))
    assert item.status == "waiting" and item.office_open
    assert item.packet == {"profile": {"age": 45}, "language": "pa", "urgency": "high", "channel": "web",
                           "reason": "I need help today",
                           "recommendations": [{k: v for k, v in RECS[0].items() if k != "score"}]}
    # Asking again does not queue twice.
    again = handoff.request_handoff(session, sender_id=WEB, channel="web", profile={}, hours=HOURS,
                                    now=at(2026, 11, 23, 11))
    assert again.id == item.id
    assert session.execute(select(analytics_events.c.event)).scalars().all() == ["handoff_requested"]


def test_outside_hours_offers_a_callback(session):
    item = handoff.request_handoff(session, sender_id=SMS, channel="sms", profile={}, hours=HOURS,
                                   now=at(2026, 11, 23, 20))
    assert item.status == "callback_offered" and not item.office_open
    handoff.accept_callback(session, item.id, "tomorrow after 10")
    assert handoff.get(session, item.id).status == "callback"
    assert handoff.get(session, item.id).callback_when == "tomorrow after 10"


def test_queue_is_most_urgent_first(session):
    low = handoff.request_handoff(session, sender_id=WEB, channel="web", profile={}, urgency="low",
                                  hours=HOURS, now=at(2026, 11, 23, 10))
    high = handoff.request_handoff(session, sender_id=SMS, channel="sms", profile={}, urgency="high",
                                   hours=HOURS, now=at(2026, 11, 23, 11))
    assert [h.id for h in handoff.queue(session)] == [high.id, low.id]


def test_held_conversation_is_not_forwarded_and_resident_text_is_kept_for_the_worker(session):
    item = handoff.request_handoff(session, sender_id=SMS, channel="sms", profile={}, hours=HOURS,
                                   now=at(2026, 11, 23, 10))
    assert handoff.route(session, KEY, SMS, "sms", "hello?").forward  # waiting: the bot still answers
    first, second = make_worker(session), make_worker(session, "other@example.org")
    assert handoff.take(session, item.id, worker_id=first)
    assert not handoff.take(session, item.id, worker_id=second)  # someone already has it
    routed = handoff.route(session, KEY, SMS, "sms", "are you there")
    assert not routed.forward and routed.status == "held" and routed.replies == ()
    assert handoff.messages(session, item.id)[-1][:2] == ("resident", "are you there")
    assert handoff.hand_back(session, item.id)
    assert handoff.route(session, KEY, SMS, "sms", "thanks").forward


def test_web_resident_collects_worker_replies_once(session):
    item = handoff.request_handoff(session, sender_id=WEB, channel="web", profile={}, hours=HOURS,
                                   now=at(2026, 11, 23, 10))
    handoff.take(session, item.id, make_worker(session))
    handoff.add_message(session, handoff.get(session, item.id), "worker", "Hi, I'm Sam", delivered=False)
    routed = handoff.route(session, KEY, WEB, "web", "hello")
    assert routed.replies == ("Hi, I'm Sam",)
    assert handoff.collect_web_replies(session, WEB) == []


def test_hand_back_deletes_the_worker_conversation_without_consent_to_keep(session):
    from bot.residents import rights

    item = handoff.request_handoff(session, sender_id=SMS, channel="sms", profile={}, hours=HOURS, now=0.0)
    handoff.take(session, item.id, make_worker(session))
    handoff.route(session, KEY, SMS, "sms", "my number is 07700900123")
    rights.set_consent(session, SMS, keep_conversation=False)
    handoff.hand_back(session, item.id)
    assert session.execute(select(console_messages)).all() == []


def test_resume_is_handled_before_rasa_and_routes_to_the_journey(session):
    code = journeys.issue_code(session, KEY, WEB)
    routed = handoff.route(session, KEY, SMS, "sms", f"RESUME {code}")
    assert not routed.forward and routed.status == "resumed" and routed.replies == (handoff.RESUMED,)
    assert handoff.route(session, KEY, SMS, "sms", "hi").rasa_sender == WEB
    failed = handoff.route(session, KEY, "sms-" + "d" * 32, "sms", f"RESUME {code}")
    assert failed.status == "resume_failed" and not failed.forward


def test_follow_up_answer_is_caught_before_rasa(session):
    journeys.link(session, SMS, WEB, "sms")
    ref = referrals.create(session, sender_id=WEB, pathway={"id": "p1", "title": "Data", "kind": "bootcamp"},
                           consented=True, follow_up=True, now=0.0)
    assert handoff.route(session, KEY, SMS, "sms", "started").forward  # nothing sent yet: not an answer
    referrals.mark_follow_up_sent(session, ref.id, now=10.0)
    routed = handoff.route(session, KEY, SMS, "sms", "Started.")
    assert not routed.forward and routed.status == "follow_up"
    assert referrals.get(session, ref.id).status == "started"
    assert handoff.route(session, KEY, SMS, "sms", "started").forward  # answered once


async def test_before_rasa_runs_in_its_own_transaction(engine, factory):
    with factory() as s, s.begin():
        item = handoff.request_handoff(s, sender_id=SMS, channel="sms", profile={}, hours=HOURS, now=0.0)
        handoff.take(s, item.id, make_worker(s))
    routed = await handoff.route_inbound(engine, KEY, SMS, "sms", "hello")
    assert not routed.forward
    with factory() as s:
        assert [m[1] for m in handoff.messages(s, item.id)] == ["hello"]
        assert json.loads(json.dumps(handoff.get(s, item.id).packet))["channel"] == "sms"


def test_a_held_conversation_is_handed_back_only_by_its_holder_or_a_coordinator(session):
    item = handoff.request_handoff(session, sender_id=SMS, channel="sms", profile={}, hours=HOURS,
                                   now=at(2026, 11, 23, 10))
    holder, other = make_worker(session), make_worker(session, "other@example.org")
    coordinator = make_worker(session, "coord@example.org", "coordinator")
    handoff.take(session, item.id, worker_id=holder)
    held = handoff.get(session, item.id)
    assert not handoff.may_act(held, other, False)
    assert handoff.may_act(held, holder, False) and handoff.may_act(held, coordinator, True)
    assert not handoff.hand_back(session, item.id, worker_id=other)
    assert handoff.get(session, item.id).status == "held"
    assert handoff.hand_back(session, item.id, worker_id=coordinator, coordinator=True)
    assert handoff.get(session, item.id).status == "closed"


def _held_on_the_web_then_resumed_by_sms(session, resumed_at: float):
    """A web resident's conversation held by a worker; then a phone types the journey's resume code."""
    item = handoff.request_handoff(session, sender_id=WEB, channel="web", profile={}, hours=HOURS,
                                   now=at(2026, 11, 23, 10))
    handoff.take(session, item.id, make_worker(session))
    code = journeys.issue_code(session, KEY, WEB)
    assert handoff.route(session, KEY, SMS, "sms", f"RESUME {code}", now=resumed_at).status == "resumed"
    return item


def test_a_newly_linked_channel_is_heard_but_cannot_take_a_held_conversation(session):
    linked = at(2026, 11, 23, 11)
    item = _held_on_the_web_then_resumed_by_sms(session, linked)
    routed = handoff.route(session, KEY, SMS, "sms", "it's me, send the replies here", now=linked + 60,
                           link_cooldown_s=24 * 3600)
    assert not routed.forward and routed.status == "held" and routed.rasa_sender == WEB
    assert handoff.messages(session, item.id)[-1][:2] == ("resident", "it's me, send the replies here")
    still = handoff.get(session, item.id)
    assert (still.sender_id, still.channel) == (WEB, "web")  # the worker's replies go where they went
    handoff.add_message(session, still, "worker", "Hello again", delivered=False)
    assert handoff.collect_web_replies(session, WEB) == ["Hello again"]


def test_a_link_older_than_the_cool_down_takes_the_held_conversation_to_its_channel(session):
    linked = at(2026, 11, 23, 11)
    item = _held_on_the_web_then_resumed_by_sms(session, linked)
    handoff.route(session, KEY, SMS, "sms", "I'm on my phone now", now=linked + 24 * 3600 + 1,
                  link_cooldown_s=24 * 3600)
    moved = handoff.get(session, item.id)
    assert (moved.sender_id, moved.channel) == (SMS, "sms")
    # And back to the journey's own channel at any time: it needs no link.
    handoff.route(session, KEY, WEB, "web", "back on the computer", now=linked + 24 * 3600 + 2,
                  link_cooldown_s=24 * 3600)
    assert handoff.get(session, item.id).sender_id == WEB


def test_without_a_configured_cool_down_the_default_one_applies(session):
    linked = at(2026, 11, 23, 11)
    item = _held_on_the_web_then_resumed_by_sms(session, linked)
    handoff.route(session, KEY, SMS, "sms", "hello", now=linked + 3600)
    assert handoff.get(session, item.id).sender_id == WEB


async def test_routing_a_message_waits_for_another_writer_instead_of_failing(engine, monkeypatch):
    # Routing reads (is the conversation held? is this a resume code?) and then writes (links a phone).
    from tests.writers import AnotherWriter

    other = AnotherWriter(str(engine.url))
    routed = []

    def route(session, *args, **kwargs):
        routed.append(other.work(session))
        return handoff.Inbound(forward=True, rasa_sender=args[1])

    monkeypatch.setattr(handoff, "route", route)
    try:
        await handoff.route_inbound(engine, KEY, SMS, "sms", "hello")
        assert routed == [0] and other.values() == ["meanwhile", "ours"]
    finally:
        other.close()
