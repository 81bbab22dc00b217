"""action_recommend, "more" and "why" with real trackers, a real dispatcher and the fixture catalogue."""

from __future__ import annotations

import re

import yaml
from tests.actions.dialogue_helpers import FIXTURE_CATALOGUE, build_tracker, conversation, run, slot_events, texts, user
from rasa.shared.core.events import ActionExecuted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.context import set_context
from actions.recommend import ActionExplainRecommendations, ActionMoreRecommendations, ActionRecommend
from bot.dialogue import replies
from bot.dialogue.profile import Profile

WALSALL = {"age": 45, "local_authority": "Walsall", "background": "displaced_worker", "interest": "data",
           "availability": "part_time", "employment_status": "unemployed", "qualification_level": 2,
           "universal_credit": True}
FIXTURE_IDS = {p["id"] for p in yaml.safe_load(FIXTURE_CATALOGUE.read_text())["pathways"]}


def after_intake(domain, slots, extra=()):
    events = conversation(slots, in_form=False) + [ActionExecuted("intake_form")] + list(extra)
    return build_tracker(domain, events)


def payloads(dispatcher):
    return [m["custom"] for m in dispatcher.messages if m.get("custom")]


def test_recommend_sends_three_short_lines_and_the_payload_in_the_same_turn(context, dispatcher, domain, domain_dict):
    events = slot_events(run(ActionRecommend(), dispatcher, after_intake(domain, WALSALL), domain_dict))
    text, offer = texts(dispatcher)
    [payload] = payloads(dispatcher)
    assert offer.startswith("I can refer you to one of these") and '"my choices"' in offer
    assert events["next_steps_offered"] is True and events["recommended_counted"] is True

    expected = context.match_now(Profile.from_mapping(WALSALL))
    assert len(expected.recommendations) > replies.PAGE  # so "more" has something to offer
    # The cards are exactly the routes the text lists; the rest are offered as "more".
    assert payload == replies.payload_for(expected, [r.pathway.id for r in expected.recommendations[:3]])
    assert payload["type"] == "pathway_recommendations"
    assert payload["catalogue_version"] == "test.1" and payload["content_hash"]
    assert {p["id"] for p in payload["pathways"]} <= FIXTURE_IDS
    for card in payload["pathways"]:
        assert {"id", "title", "kind", "provider", "why", "conditions", "next_step", "status"} <= set(card)
        assert card["why"]

    lines = text.splitlines()
    top3 = [r.pathway.title for r in expected.recommendations[:3]]
    assert [line.split(". ", 1)[0] for line in lines[1:4]] == ["1", "2", "3"]
    for title, line in zip(top3, lines[1:4]):
        assert title in line and "Next:" in line
    assert lines[-1] == replies.FOOTER_MORE_AND_WHY
    assert events["shown_pathways"] == [r.pathway.id for r in expected.recommendations[:3]]
    assert events["last_shown"] == events["shown_pathways"]


def test_more_shows_the_next_three_then_says_when_there_are_no_more(context, domain, domain_dict):
    dispatcher = CollectingDispatcher()
    first = slot_events(run(ActionRecommend(), dispatcher, after_intake(domain, WALSALL), domain_dict))
    shown = first["shown_pathways"]
    all_ids = [r.pathway.id for r in context.match_now(Profile.from_mapping(WALSALL)).recommendations]

    while True:
        dispatcher.messages.clear()
        tracker = after_intake(domain, WALSALL, [SlotSet("shown_pathways", shown), SlotSet("last_shown", shown[-3:]),
                                                 ActionExecuted("action_listen"), user("more", "ask_more")])
        events = slot_events(run(ActionMoreRecommendations(), dispatcher, tracker, domain_dict))
        if not events:
            break
        new = events["last_shown"]
        assert 1 <= len(new) <= 3
        assert events["shown_pathways"] == shown + new
        [payload] = payloads(dispatcher)
        assert [p["id"] for p in payload["pathways"]] == new
        assert texts(dispatcher)[0].startswith("Here are more routes:")
        assert f"{len(shown) + 1}. " in texts(dispatcher)[0]
        shown = events["shown_pathways"]
    assert shown == all_ids
    assert texts(dispatcher)[0].startswith("That's all the routes that fit you right now.")
    assert "0800 100 900" in texts(dispatcher)[0]


def test_why_gives_reasons_and_conditions_for_the_ones_shown(context, dispatcher, domain, domain_dict):
    profile = {"age": 30, "local_authority": "Birmingham", "background": "refugee"}
    result = context.match_now(Profile.from_mapping(profile))
    shown = [r.pathway.id for r in result.recommendations[:3]]
    tracker = after_intake(domain, profile, [SlotSet("shown_pathways", shown), SlotSet("last_shown", shown),
                                             ActionExecuted("action_listen"), user("why?", "ask_why")])
    assert run(ActionExplainRecommendations(), dispatcher, tracker, domain_dict) == []
    [text] = texts(dispatcher)
    for rec in result.recommendations[:3]:
        assert rec.pathway.title in text
        assert rec.why[0].rstrip(".")[1:] in text
    conditional = [r for r in result.recommendations[:3] if r.conditions]
    if conditional:
        assert "Please check:" in text


def test_why_and_more_before_anything_was_shown(context, dispatcher, domain, domain_dict):
    history = conversation({"age": 30}, requested="local_authority")
    tracker = build_tracker(domain, history + [user("why", "ask_why")])
    run(ActionExplainRecommendations(), dispatcher, tracker, domain_dict)
    tracker = build_tracker(domain, history + [user("more", "ask_more")])
    assert run(ActionMoreRecommendations(), dispatcher, tracker, domain_dict) == []
    assert texts(dispatcher) == [replies.NOTHING_SHOWN_YET, replies.NOTHING_SHOWN_YET]
    assert payloads(dispatcher) == []


def test_more_at_the_start_of_a_conversation_does_not_recommend_blind(context, dispatcher, domain, domain_dict):
    tracker = build_tracker(domain, conversation(in_form=False) + [user("more", "ask_more")])
    run(ActionMoreRecommendations(), dispatcher, tracker, domain_dict)
    assert texts(dispatcher) == [replies.NOTHING_SHOWN_YET]


def test_under_16_gets_school_and_youth_options(context, dispatcher, domain, domain_dict):
    run(ActionRecommend(), dispatcher, after_intake(domain, {"age": 14, "local_authority": "Dudley"}), domain_dict)
    text = texts(dispatcher)[0]
    assert text.startswith("As you are under 16, the best place to start is your school")
    [payload] = payloads(dispatcher)
    kinds = {p["kind"] for p in payload["pathways"]}
    assert kinds <= {"youth_outreach", "advice_service"}


def test_outside_the_area_only_national_routes(context, dispatcher, domain, domain_dict):
    run(ActionRecommend(), dispatcher, after_intake(domain, {"age": 30, "local_authority": "Leeds"}), domain_dict)
    text = texts(dispatcher)[0]
    assert text.startswith("As you live outside the area I cover")
    [payload] = payloads(dispatcher)
    regions = {p["id"]: p["eligibility"]["region"] for p in yaml.safe_load(FIXTURE_CATALOGUE.read_text())["pathways"]}
    assert payload["pathways"] and all(regions[p["id"]] == "national" for p in payload["pathways"])


def test_no_recommendation_is_said_honestly_with_near_misses_and_the_careers_service(
        context, dispatcher, domain, domain_dict):
    events = slot_events(run(ActionRecommend(), dispatcher,
                             after_intake(domain, {"age": 10, "local_authority": "Leeds"}), domain_dict))
    [text] = texts(dispatcher)
    assert text.startswith("I'm sorry, I couldn't find a route that fits you right now.")
    assert "These came close:" in text and "National Careers Service" in text
    assert "0800 100 900" in text
    [payload] = payloads(dispatcher)
    assert payload["pathways"] == [] and payload["near_misses"]
    assert events["shown_pathways"] == []


def test_a_correction_changes_the_recommendation(context, domain, domain_dict):
    young = {"age": 17, "local_authority": "Sandwell", "background": "school_leaver"}
    first, second = CollectingDispatcher(), CollectingDispatcher()
    run(ActionRecommend(), first, after_intake(domain, young), domain_dict)
    run(ActionRecommend(), second, after_intake(domain, {**young, "age": 25}), domain_dict)
    assert payloads(first)[0]["pathways"] != payloads(second)[0]["pathways"]
    assert "wmca-bootcamp-software-dev-birmingham" not in {p["id"] for p in payloads(first)[0]["pathways"]}
    assert "wmca-bootcamp-software-dev-birmingham" in {p["id"] for p in payloads(second)[0]["pathways"]}


def test_database_unavailable_is_a_helpful_message_and_the_next_turn_retries(
        no_database, catalogue_copy, tmp_path, dispatcher, domain, domain_dict):
    tracker = after_intake(domain, WALSALL)
    events = slot_events(run(ActionRecommend(), dispatcher, tracker, domain_dict))
    assert texts(dispatcher) == [replies.UNAVAILABLE]
    assert events == {"shown_pathways": [], "last_shown": []}

    # The database comes back: "more" (what the message suggests) now shows the first page.
    from actions.context import Context
    from bot.settings import Settings

    set_context(Context(Settings.from_env({"WAYMARK_DATABASE_URL": catalogue_copy, "WAYMARK_VAR_DIR": str(tmp_path)})))
    dispatcher.messages.clear()
    retry = after_intake(domain, WALSALL, [SlotSet("shown_pathways", []), ActionExecuted("action_listen"),
                                           user("more", "ask_more")])
    events = slot_events(run(ActionMoreRecommendations(), dispatcher, retry, domain_dict))
    assert len(events["shown_pathways"]) == 3
    assert texts(dispatcher)[0].startswith(replies._HEADERS["wmca"])
    assert payloads(dispatcher)


def _demand(context):
    from sqlalchemy import select

    from bot.residents.records import analytics_events

    with context.session() as session:
        return session.execute(select(analytics_events.c.event, analytics_events.c.local_authority,
                                      analytics_events.c.background, analytics_events.c.channel,
                                      analytics_events.c.outcome, analytics_events.c.kind)
                               .order_by(analytics_events.c.id)).all()


def test_the_first_recommendation_of_a_journey_is_counted_once_and_the_offer_made_once(
        context, domain, domain_dict):
    first = CollectingDispatcher()
    events = slot_events(run(ActionRecommend(), first, after_intake(domain, WALSALL), domain_dict))
    rows = _demand(context)
    assert rows[0] == ("recommended", "Walsall", "displaced_worker", "web", "open", None)
    kinds = [r.kind for r in rows[1:]]
    assert [r.event for r in rows[1:]] == ["pathway_recommended"] * 3 and all(kinds)

    # "actually I'm 46": recommended again in the same journey, not counted again, no second offer
    again = CollectingDispatcher()
    later = after_intake(domain, {**WALSALL, "age": 46}, [SlotSet(k, v) for k, v in events.items()])
    more = slot_events(run(ActionRecommend(), again, later, domain_dict))
    assert len(_demand(context)) == len(rows)
    assert len(texts(again)) == 1 and "next_steps_offered" not in more


def test_counting_never_costs_the_resident_their_recommendations(context, dispatcher, domain, domain_dict,
                                                                 monkeypatch):
    from bot.residents import analytics

    monkeypatch.setattr(analytics, "record", lambda *a, **k: (_ for _ in ()).throw(OSError("disk")))
    run(ActionRecommend(), dispatcher, after_intake(domain, WALSALL), domain_dict)
    assert texts(dispatcher)[0].startswith("Here are the routes that fit you best:")


def test_in_the_terminal_the_text_is_the_whole_answer_and_no_raw_payload_is_printed(context, dispatcher, domain,
                                                                                    domain_dict):
    from rasa.shared.core.events import UserUttered

    typed = UserUttered("hi, im 45 in walsall", {"name": "inform", "confidence": 1.0}, input_channel="cmdline")
    tracker = after_intake(domain, WALSALL, [typed])
    run(ActionRecommend(), dispatcher, tracker, domain_dict)
    assert payloads(dispatcher) == []
    text = texts(dispatcher)[0]
    expected = context.match_now(Profile.from_mapping(WALSALL))
    assert all(r.pathway.title in text for r in expected.recommendations[:3])
    # Any other channel, Rasa's REST channel included, still gets the documented payload.
    dispatcher.messages.clear()
    rest = UserUttered("hi, im 45 in walsall", {"name": "inform", "confidence": 1.0}, input_channel="waymark_rest")
    run(ActionRecommend(), dispatcher, after_intake(domain, WALSALL, [rest]), domain_dict)
    assert len(payloads(dispatcher)) == 1


def test_a_polish_resident_gets_the_routes_fixed_words_in_polish_and_the_cards_in_polish(
        context, dispatcher, domain, domain_dict):
    held = {**WALSALL, "language": "pl", "translation_notice": ["pl"]}
    run(ActionRecommend(), dispatcher, after_intake(domain, held), domain_dict)
    text = texts(dispatcher)[0]
    assert text.splitlines()[0] == "Oto możliwości, które najlepiej do Ciebie pasują:"
    [payload] = payloads(dispatcher)
    assert payload["lang"] == "pl" and payload["labels"]["next"] == "Następny krok"


def test_a_resident_not_yet_told_hears_the_translation_notice_with_the_routes(context, dispatcher, domain, domain_dict):
    events = slot_events(run(ActionRecommend(), dispatcher, after_intake(domain, {**WALSALL, "language": "ro"}),
                             domain_dict))
    assert "English please" in texts(dispatcher)[0]
    assert events["translation_notice"] == ["ro"]


def test_a_romanian_resident_asking_why_hears_the_reasons_in_romanian(context, dispatcher, domain, domain_dict):
    profile = {"age": 30, "local_authority": "Birmingham", "background": "refugee"}
    result = context.match_now(Profile.from_mapping(profile), lang="ro")
    shown = [r.pathway.id for r in result.recommendations[:3]]
    tracker = after_intake(domain, {**profile, "language": "ro"},
                           [SlotSet("shown_pathways", shown), SlotSet("last_shown", shown),
                            ActionExecuted("action_listen"), user("de ce?", "ask_why")])
    run(ActionExplainRecommendations(), dispatcher, tracker, domain_dict)
    [text] = texts(dispatcher)
    assert text.startswith("De ce le-am sugerat:")
    assert "it is open to people wherever they live" not in text
    assert any(rec.why[0].rstrip(".")[1:] in text for rec in result.recommendations[:3])


def _why_for(context, dispatcher, domain, domain_dict, profile, lang="en"):
    result = context.match_now(Profile.from_mapping(profile), lang=lang)
    shown = [r.pathway.id for r in result.recommendations[:3]]
    tracker = after_intake(domain, profile, [SlotSet("shown_pathways", shown), SlotSet("last_shown", shown),
                                             ActionExecuted("action_listen"), user("why?", "ask_why")])
    run(ActionExplainRecommendations(), dispatcher, tracker, domain_dict)
    [text] = texts(dispatcher)
    return text


def test_a_mother_asking_why_hears_the_reasons_about_her_son(context, domain, domain_dict):
    son = {"age": 19, "local_authority": "Walsall", "interest": "data", "asking_for": "he"}
    text = _why_for(context, CollectingDispatcher(), domain, domain_dict, son)
    assert "he is 19" in text or "he is interested in" in text
    assert " you are 19" not in text and "which you are interested in" not in text


def test_in_urdu_the_reasons_about_her_son_differ_from_her_own(context, domain, domain_dict):
    own = {"age": 19, "local_authority": "Walsall", "interest": "data", "language": "ur"}
    yours = _why_for(context, CollectingDispatcher(), domain, domain_dict, own, "ur")
    his = _why_for(context, CollectingDispatcher(), domain, domain_dict, {**own, "asking_for": "he"}, "ur")
    assert yours.splitlines()[0] == his.splitlines()[0]  # the same frame
    assert yours != his and "آپ" not in his.replace(yours.splitlines()[0], "")
    assert not re.search(r"\b(he|his|him)\b", his)  # said in Urdu, not in English
