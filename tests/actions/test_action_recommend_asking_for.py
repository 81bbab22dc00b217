"""Asking for someone else, the first routes are said to be theirs ("Here are the routes he could take")."""

from rasa.shared.core.events import ActionExecuted
from rasa_sdk.executor import CollectingDispatcher

from actions.recommend import ActionRecommend
from tests.actions.dialogue_helpers import build_tracker, conversation, run, texts

NEPHEW = {"age": 18, "local_authority": "Walsall", "interest": "coding", "background": "school_leaver",
          "employment_status": "unemployed", "availability": "full_time", "qualification_level": 2}


def _first_text(domain, domain_dict, slots):
    dispatcher = CollectingDispatcher()
    tracker = build_tracker(domain, conversation(slots, in_form=False) + [ActionExecuted("intake_form")])
    run(ActionRecommend(), dispatcher, tracker, domain_dict)
    return texts(dispatcher)[0]


def test_the_routes_are_his_when_the_resident_asks_for_him(context, domain, domain_dict):
    assert _first_text(domain, domain_dict, {**NEPHEW, "asking_for": "he"}).startswith(
        "Here are the routes he could take:")
    assert "he could take" not in _first_text(domain, domain_dict, NEPHEW)
