"""Report wrong information about a route shown: by the card's button, by SMS number, typed in chat or
by a worker in the console; it lands in the skills team's queue with the route and the resident's words,
and the resident is thanked."""

from __future__ import annotations

from rasa.shared.core.events import ActionExecuted
from rasa_sdk.executor import CollectingDispatcher

from actions.recommend import ActionRecommend
from actions.report import ActionReportWrongInfo
from bot.pathways import corrections
from tests.actions.dialogue_helpers import build_tracker, conversation, run, slot_events, texts, user

BLACK_WOMEN = {"age": 28, "local_authority": "Birmingham", "target_groups": ["black_women"], "interest": "coding",
               "background": "career_changer", "employment_status": "employed", "availability": "part_time",
               "qualification_level": 3}
WEB, SMS = "web-" + "a" * 32, "sms-" + "b" * 32


def _shown(domain, domain_dict, sender, channel=None):
    metadata = {"channel": channel} if channel else None
    events = conversation(BLACK_WOMEN, in_form=False)[:-1] + [user("ok", "affirm", metadata=metadata),
                                                              ActionExecuted("intake_form")]
    recommend = CollectingDispatcher()
    tracker = build_tracker(domain, events, sender)
    slots = {**BLACK_WOMEN, **slot_events(run(ActionRecommend(), recommend, tracker, domain_dict))}
    return slots, recommend


def _report(domain, domain_dict, slots, sender, text, entities=None, channel=None):
    metadata = {"channel": channel} if channel else None
    tracker = build_tracker(domain, conversation(slots, in_form=False)
                            + [user(text, "report_wrong_info", entities, metadata=metadata)], sender)
    dispatcher = CollectingDispatcher()
    events = run(ActionReportWrongInfo(), dispatcher, tracker, domain_dict)
    return dispatcher, slot_events(events)


def _queue(context):
    with context.session() as session:
        return corrections.reports(session)


def test_the_cards_report_lands_in_the_queue_with_the_route_version_channel_and_words(context, domain, domain_dict):
    slots, _ = _shown(domain, domain_dict, WEB)
    route = slots["last_shown"][1]
    payload = '/report_wrong_info{"pathway_ref": "%s", "report_words": "closed"}' % route
    dispatcher, events = _report(domain, domain_dict, slots, WEB, payload,
                                 {"pathway_ref": route, "report_words": "It closed, ring 07700 900123"},
                                 channel="web")
    assert texts(dispatcher) == [corrections.THANKS]
    assert events == {"pending_report": None}
    [queued] = _queue(context)
    assert (queued.pathway_id, queued.channel, queued.status) == (route, "web", "open")
    assert queued.catalogue_version and queued.words == "It closed, ring [number removed]"


def test_an_sms_report_names_the_route_by_its_number_on_the_list(context, domain, domain_dict):
    slots, _ = _shown(domain, domain_dict, SMS, channel="sms")
    dispatcher, _ = _report(domain, domain_dict, slots, SMS, '/report_wrong_info{"number": 3}',
                            {"number": 3, "report_words": "the course has closed"}, channel="sms")
    assert texts(dispatcher) == [corrections.THANKS]
    [queued] = _queue(context)
    assert (queued.pathway_id, queued.channel, queued.words) == (slots["shown_pathways"][2], "sms",
                                                                 "the course has closed")


def test_a_number_not_on_the_list_is_asked_about_not_guessed(context, domain, domain_dict):
    slots, _ = _shown(domain, domain_dict, SMS, channel="sms")
    dispatcher, events = _report(domain, domain_dict, slots, SMS, '/report_wrong_info{"number": 9}',
                                 {"number": 9, "report_words": "closed"}, channel="sms")
    [which] = dispatcher.messages
    assert which["text"] == corrections.WHICH and len(which["buttons"]) == 3
    assert events == {"pending_report": "closed"} and _queue(context) == []


def test_a_typed_report_that_names_the_route_is_queued_with_the_typed_words(context, domain, domain_dict):
    slots, _ = _shown(domain, domain_dict, WEB)
    text = "the info about the Black Codher bootcamp is wrong, it is full"
    dispatcher, _ = _report(domain, domain_dict, slots, WEB, text, channel="web")
    assert texts(dispatcher) == [corrections.THANKS]
    [queued] = _queue(context)
    assert queued.pathway_id == "black-codher-bootcamp-birmingham" and queued.words == text


def test_a_typed_report_that_does_not_say_which_asks_then_queues_the_first_words(context, domain, domain_dict):
    slots, _ = _shown(domain, domain_dict, WEB)
    first, events = _report(domain, domain_dict, slots, WEB, "the information you gave me is wrong", channel="web")
    [which] = first.messages
    assert which["text"] == corrections.WHICH
    chosen = slots["last_shown"][0]
    assert which["buttons"][0]["payload"] == '/report_wrong_info{"pathway_ref": "%s"}' % chosen
    assert _queue(context) == []
    second, _ = _report(domain, domain_dict, {**slots, **events}, WEB, which["buttons"][0]["payload"],
                        {"pathway_ref": chosen}, channel="web")
    assert texts(second) == [corrections.THANKS]
    [queued] = _queue(context)
    assert (queued.pathway_id, queued.words) == (chosen, "the information you gave me is wrong")


def test_a_worker_in_the_console_reports_under_the_assisted_channel(context, domain, domain_dict):
    slots, _ = _shown(domain, domain_dict, WEB)
    route = slots["last_shown"][0]
    _report(domain, domain_dict, slots, WEB, "/report_wrong_info", {"pathway_ref": route, "report_words": "moved"},
            channel="assisted")
    assert _queue(context)[0].channel == "assisted"


def test_nothing_shown_yet_is_nothing_to_report(context, domain, domain_dict):
    dispatcher, _ = _report(domain, domain_dict, {"age": 30}, WEB, "your info is wrong")
    assert texts(dispatcher) == [corrections.NOTHING_SHOWN] and _queue(context) == []


def test_without_a_catalogue_the_resident_is_told_to_try_again(no_database, domain, domain_dict):
    dispatcher, _ = _report(domain, domain_dict, {"shown_pathways": ["x"], "last_shown": ["x"]}, WEB,
                            "/report_wrong_info", {"pathway_ref": "x"})
    assert texts(dispatcher) == [corrections.UNAVAILABLE]


def test_on_a_phone_the_first_routes_say_how_to_report_wrong_information(context, domain, domain_dict):
    _, web = _shown(domain, domain_dict, WEB, channel="web")
    _, sms = _shown(domain, domain_dict, SMS, channel="sms")
    assert not any(corrections.PHONE_HINT in t for t in texts(web))
    assert any(corrections.PHONE_HINT in t for t in texts(sms))


def test_a_typed_number_that_is_not_a_place_on_the_list_leaves_the_words_to_say_which(context, domain, domain_dict):
    slots, _ = _shown(domain, domain_dict, WEB)
    text = "the Black Codher bootcamp says free but it costs 2000"
    dispatcher, _ = _report(domain, domain_dict, slots, WEB, text, {"number": 2000}, channel="web")
    assert texts(dispatcher) == [corrections.THANKS]
    assert _queue(context)[0].pathway_id == "black-codher-bootcamp-birmingham"


def test_a_report_in_arabic_is_thanked_in_arabic_and_queued_the_same(context, domain, domain_dict):
    slots, _ = _shown(domain, domain_dict, WEB)
    slots = {**slots, "language": "ar"}
    route = slots["last_shown"][0]
    dispatcher, _ = _report(domain, domain_dict, slots, WEB, '/report_wrong_info{"pathway_ref": "%s"}' % route,
                            {"pathway_ref": route, "report_words": "أغلقت الدورة"}, channel="web")
    [thanks] = texts(dispatcher)
    assert thanks == corrections.say("thanks", "ar") and thanks != corrections.THANKS
    [queued] = _queue(context)
    assert queued.pathway_id == route and queued.words == "أغلقت الدورة"


def test_a_report_before_any_route_is_answered_in_polish():
    assert "talk to a person" in corrections.say("nothing_shown", "pl")
    assert corrections.say("nothing_shown", "pl") != corrections.NOTHING_SHOWN
