"""action_forget_me: erases the resident from every store, says plainly what was removed, gives a receipt."""

from __future__ import annotations

import re

from rasa.shared.core.events import ActionExecuted
from sqlalchemy import select

from actions.privacy import ActionForgetMe
from bot.residents import handoff, journeys, referrals, rights
from bot.residents.records import console_handoffs, journey_links, referral_records, rights_erasures
from tests.actions.dialogue_helpers import build_tracker, conversation, run, texts, user

SENDER = "web-" + "a" * 32
RECEIPT = re.compile(r"receipt reference is (E-[A-Z0-9]{4}-[A-Z0-9]{4})")


def _confirmed(domain, held=None):
    return build_tracker(domain, conversation(held, in_form=False)
                         + [user("forget me", "forget_me"), ActionExecuted("utter_confirm_forget_me"),
                            ActionExecuted("action_listen"), user("yes", "affirm")], sender=SENDER)


def _seed(context):
    """Rows in our own tables about this resident: a referral, a handoff, a linked phone."""
    pathway = {"id": "hnc-digital-technologies-bmet", "title": "HNC", "provider": "BMet", "kind": "hnc"}

    def work(session):
        journeys.link(session, "sms-" + "b" * 32, SENDER, "sms")
        referrals.create(session, sender_id=SENDER, pathway=pathway, consented=True)
        handoff.request_handoff(session, sender_id=SENDER, channel="web", profile={"age": 45},
                                hours=handoff.OfficeHours.parse("Mon-Sun 00:00-24:00"))

    import asyncio
    asyncio.run(context.write(work))


def _rows(context, table, column):
    with context.session() as session:
        return session.execute(select(table).where(table.c[column] == SENDER)).all()


def test_forget_me_erases_every_store_lists_what_was_removed_and_gives_a_receipt(
        context, dispatcher, domain, domain_dict):
    _seed(context)
    held = {"age": 45, "local_authority": "Walsall", "annual_income": "prefer_not_to_say",
            "target_groups": ["women"], "shown_pathways": ["x"]}
    events = run(ActionForgetMe(), dispatcher, _confirmed(domain, held), domain_dict)
    assert [e["event"] for e in events] == ["reset_slots", "restart"]
    [text] = texts(dispatcher)
    assert text.startswith("Done. I have deleted what you told me (")
    for words in ("where you live", "your age", "your income", "groups you told me you belong to",
                  "this conversation", "referrals"):
        assert words in text
    receipt = RECEIPT.search(text).group(1)
    assert {"type": "conversation_erased"} in [m.get("custom") for m in dispatcher.messages]  # the widget forgets
    with context.session() as session:
        assert session.execute(select(rights_erasures.c.receipt)).scalars().all() == [receipt]
        assert session.execute(select(journey_links)).all() == []
    for table in (referral_records, console_handoffs):
        assert _rows(context, table, "journey_id") == []


def test_forget_me_with_nothing_held_still_says_what_it_did(context, dispatcher, domain, domain_dict):
    run(ActionForgetMe(), dispatcher, _confirmed(domain), domain_dict)
    [text] = texts(dispatcher)
    assert text.startswith("Done. I have deleted this conversation. I had no other answers from you.")
    assert RECEIPT.search(text) and text.endswith("Say hello if you want to start again.")


def test_a_failing_database_still_restarts_and_asks_to_repeat(context, dispatcher, domain, domain_dict, monkeypatch):
    def down(*_args, **_kwargs):
        raise RuntimeError("database is locked")

    monkeypatch.setattr(rights, "forget", down)
    events = run(ActionForgetMe(), dispatcher, _confirmed(domain, {"age": 45}), domain_dict)
    assert [e["event"] for e in events] == ["reset_slots", "restart"]  # the tracker store still erases
    [text] = texts(dispatcher)
    assert "your age" in text and 'say "forget me" again' in text and "receipt" not in text
    assert all(not m.get("custom") for m in dispatcher.messages)  # the widget keeps its session to repeat it


PHONE = "sms-" + "b" * 32  # linked to SENDER's journey by _seed, just now


def _confirmed_on(domain, via):
    """Confirmed on a channel that continues SENDER's journey (the gateway says so in "via")."""
    return build_tracker(domain, conversation(None, in_form=False)
                         + [user("forget me", "forget_me"), ActionExecuted("utter_confirm_forget_me"),
                            ActionExecuted("action_listen"),
                            user("yes", "affirm", metadata={"channel": "sms", "via": via})], sender=SENDER)


def test_a_chat_continued_with_a_code_today_cannot_erase_the_journey(context, dispatcher, domain, domain_dict):
    _seed(context)
    events = run(ActionForgetMe(), dispatcher, _confirmed_on(domain, PHONE), domain_dict)
    assert events == []  # no restart: the tracker store erases nothing either
    [text] = texts(dispatcher)
    assert text.startswith("Sorry, I can't delete what Waymark holds about you in this chat yet.")
    assert "24 hours" in text and "where you started" in text
    assert len(_rows(context, referral_records, "journey_id")) == 1
    with context.session() as session:
        assert session.execute(select(rights_erasures)).all() == []


def test_after_the_cool_down_a_continued_chat_can_erase(context, dispatcher, domain, domain_dict):
    from sqlalchemy import update

    _seed(context)

    def a_day_ago(session):
        session.execute(update(journey_links).where(journey_links.c.sender_id == PHONE)
                        .values(linked_at=journey_links.c.linked_at - 24 * 3600 - 1))

    import asyncio
    asyncio.run(context.write(a_day_ago))
    events = run(ActionForgetMe(), dispatcher, _confirmed_on(domain, PHONE), domain_dict)
    assert [e["event"] for e in events] == ["reset_slots", "restart"]
    assert RECEIPT.search(texts(dispatcher)[0])
    assert _rows(context, referral_records, "journey_id") == []
