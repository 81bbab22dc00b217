"""Each page of recommendations the actions show is written to the audit record, in the order shown."""

from __future__ import annotations

import json

from rasa.shared.core.events import ActionExecuted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from actions.recommend import ActionMoreRecommendations, ActionRecommend
from bot.dialogue.profile import Profile
from bot.residents import audit
from bot.residents.records import advice_records
from tests.actions.dialogue_helpers import run, slot_events, user
from tests.actions.test_action_recommend import WALSALL, after_intake


def test_every_page_shown_is_recorded_with_its_catalogue_version(context, domain, domain_dict):
    first = slot_events(run(ActionRecommend(), CollectingDispatcher(), after_intake(domain, WALSALL), domain_dict))
    shown = first["shown_pathways"]
    more = after_intake(domain, WALSALL, [SlotSet("shown_pathways", shown), SlotSet("last_shown", shown),
                                          ActionExecuted("action_listen"), user("more", "ask_more")])
    second = slot_events(run(ActionMoreRecommendations(), CollectingDispatcher(), more, domain_dict))
    with context.session() as session:
        rows = session.execute(select(advice_records).order_by(advice_records.c.id)).all()
        assert len(audit.history(session, "resident")) == 2
    assert [json.loads(r.shown) for r in rows] == [shown, second["last_shown"]]
    assert {r.journey_id for r in rows} == {"resident"}
    expected = context.match_now(Profile.from_mapping(WALSALL))
    assert {(r.catalogue_id, r.content_hash, r.channel) for r in rows} == {
        (expected.catalogue_id, expected.content_hash, "web")}
    assert json.loads(rows[0].outcomes)[shown[0]] == [[c.rule, c.outcome] for c in expected.checks[shown[0]]]
