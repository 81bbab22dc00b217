"""Refer me (with consent), tell me when it opens, and send me this, against the fixture catalogue."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest

from rasa.shared.core.events import ActionExecuted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from actions.next_steps import (ActionAskSendConfirmed, ActionAskSendTo, ActionNotifyMe, ActionRefer,
                                ActionReferAnswer, ActionSendCancelled, ActionSendMeThis, ValidateSendForm)
from actions.recommend import ActionRecommend
from bot.dialogue import next_steps, replies, sending
from bot.residents import outbound, referrals, rights
from bot.residents.contacts import gateway_contacts
from bot.residents.records import journey_links, notify_subscriptions, outbound_sends, referral_mail, referral_records
from tests.actions.dialogue_helpers import build_tracker, conversation, run, slot_events, texts, user

BLACK_WOMEN = {"age": 28, "local_authority": "Birmingham", "target_groups": ["black_women"], "interest": "coding",
               "background": "career_changer", "employment_status": "employed", "availability": "part_time",
               "qualification_level": 3}
WAITLISTED = "black-codher-bootcamp-birmingham"
WEB, SMS = "web-" + "d" * 32, "sms-" + "e" * 32


def _shown(domain, domain_dict, slots, sender):
    tracker = build_tracker(domain, conversation(slots, in_form=False) + [ActionExecuted("intake_form")], sender)
    return {**slots, **slot_events(run(ActionRecommend(), CollectingDispatcher(), tracker, domain_dict))}


def _say(domain, slots, sender, text, intent, entities=None, channel=None):
    metadata = {"channel": channel} if channel else None
    return build_tracker(domain, conversation(slots, in_form=False) + [user(text, intent, entities, metadata=metadata)],
                         sender)


def _rows(context, table):
    with context.session() as session:
        return session.execute(select(table)).all()


# --- refer me ----------------------------------------------------------------------------------------
def test_refer_me_asks_which_then_consent_naming_what_is_shared_then_refers(context, domain, domain_dict):
    slots = _shown(domain, domain_dict, BLACK_WOMEN, WEB)
    first = CollectingDispatcher()
    events = run(ActionRefer(), first, _say(domain, slots, WEB, "refer me", "refer_me"), domain_dict)
    assert slot_events(events) == {"pending_pathway": None}
    [which] = first.messages
    assert which["text"] == next_steps.REFER_WHICH and len(which["buttons"]) == 3
    assert which["buttons"][0]["payload"] == '/refer_me{"pathway_ref": "%s"}' % slots["last_shown"][0]

    second = CollectingDispatcher()
    chosen = slots["last_shown"][1]
    events = run(ActionRefer(), second, _say(domain, slots, WEB, "/refer_me", "refer_me", {"pathway_ref": chosen}),
                 domain_dict)
    assert slot_events(events) == {"pending_pathway": chosen}
    [consent] = second.messages
    assert "I will share what you told me (" in consent["text"] and "your age" in consent["text"]
    assert [b["payload"] for b in consent["buttons"]] == ["/affirm", "/deny"]  # no follow-up: the web can't be reached
    assert _rows(context, referral_records) == []  # nothing shared before the yes

    third = CollectingDispatcher()
    events = run(ActionReferAnswer(), third, _say(domain, {**slots, "pending_pathway": chosen}, WEB, "yes", "affirm"),
                 domain_dict)
    assert slot_events(events) == {"pending_pathway": None}
    [row] = _rows(context, referral_records)
    assert (row.pathway_id, row.journey_id, row.status, row.follow_up) == (chosen, WEB, "referred", False)
    text, bring = texts(third)
    assert text.startswith("Done. I have referred you to") and row.reference in text
    # What to bring to enrol follows, and the provider's packet carries the same list.
    assert bring.startswith("To enrol on ") and "- Photo ID" in bring
    [packet] = _rows(context, referral_mail)
    assert packet.status == "queued" and row.reference in packet.body
    assert all(line in packet.body for line in bring.splitlines() if line.startswith("- "))
    assert asyncio.run(context.write(lambda s: rights.get_consent(s, WEB))).share_with_provider is True


def test_what_to_bring_after_a_referral_is_in_the_residents_language_and_the_packet_stays_english(
        context, domain, domain_dict):
    slots = {**_shown(domain, domain_dict, BLACK_WOMEN, WEB), "language": "pl"}
    chosen = slots["last_shown"][0]
    done = CollectingDispatcher()
    run(ActionReferAnswer(), done, _say(domain, {**slots, "pending_pathway": chosen}, WEB, "tak", "affirm"), domain_dict)
    bring = texts(done)[-1]
    assert bring.startswith("Aby zapisać się na ") and "- Dokument tożsamości ze zdjęciem" in bring
    assert "Photo ID" not in bring
    [packet] = _rows(context, referral_mail)
    assert "Photo ID" in packet.body  # the provider's packet is for staff: English


def test_refer_me_to_a_number_on_a_phone_offers_a_follow_up(context, domain, domain_dict):
    slots = _shown(domain, domain_dict, BLACK_WOMEN, SMS)
    dispatcher = CollectingDispatcher()
    events = run(ActionRefer(), dispatcher, _say(domain, slots, SMS, "refer me to 2", "refer_me"), domain_dict)
    assert slot_events(events) == {"pending_pathway": slots["shown_pathways"][1]}
    payloads = [b["payload"] for b in dispatcher.messages[0]["buttons"]]
    assert payloads == ["/affirm", '/affirm{"follow_up": "yes"}', "/deny"]
    answer = CollectingDispatcher()
    run(ActionReferAnswer(), answer, _say(domain, {**slots, "pending_pathway": slots["shown_pathways"][1]}, SMS,
                                          '/affirm{"follow_up": "yes"}', "affirm", {"follow_up": "yes"}), domain_dict)
    [row] = _rows(context, referral_records)
    assert row.follow_up is True and row.followup_due_at is not None
    assert "message you in 14 days" in texts(answer)[0]


def test_no_to_sharing_shares_nothing(context, dispatcher, domain, domain_dict):
    slots = _shown(domain, domain_dict, BLACK_WOMEN, WEB)
    run(ActionReferAnswer(), dispatcher, _say(domain, {**slots, "pending_pathway": WAITLISTED}, WEB, "no", "deny"),
        domain_dict)
    assert texts(dispatcher) == [next_steps.REFERRAL_DECLINED]
    assert _rows(context, referral_records) == []


def test_refer_me_before_any_recommendation(context, dispatcher, domain, domain_dict):
    run(ActionRefer(), dispatcher, _say(domain, {}, WEB, "refer me", "refer_me"), domain_dict)
    assert texts(dispatcher) == [replies.NOTHING_SHOWN_YET]


def test_asking_again_for_the_same_referral_gives_the_existing_reference(context, domain, domain_dict):
    slots = _shown(domain, domain_dict, BLACK_WOMEN, WEB)
    run(ActionReferAnswer(), CollectingDispatcher(),
        _say(domain, {**slots, "pending_pathway": WAITLISTED}, WEB, "yes", "affirm"), domain_dict)
    again = CollectingDispatcher()
    events = run(ActionRefer(), again, _say(domain, slots, WEB, "refer me to black codher", "refer_me"), domain_dict)
    [row] = _rows(context, referral_records)
    assert texts(again)[0].startswith("You are already referred to") and row.reference in texts(again)[0]
    assert slot_events(events) == {"pending_pathway": None}


def test_referral_when_the_database_fails(context, dispatcher, domain, domain_dict, monkeypatch):
    slots = _shown(domain, domain_dict, BLACK_WOMEN, WEB)
    monkeypatch.setattr(referrals, "create", lambda *a, **k: (_ for _ in ()).throw(OSError("disk full")))
    run(ActionReferAnswer(), dispatcher, _say(domain, {**slots, "pending_pathway": WAITLISTED}, WEB, "yes", "affirm"),
        domain_dict)
    assert texts(dispatcher) == [next_steps.REFER_UNAVAILABLE]


# --- tell me when it opens ------------------------------------------------------------------------------
def test_notify_on_a_phone_subscribes_to_the_waitlisted_pathway(context, dispatcher, domain, domain_dict):
    slots = _shown(domain, domain_dict, BLACK_WOMEN, SMS)
    run(ActionNotifyMe(), dispatcher, _say(domain, slots, SMS, "tell me when it opens", "notify_me"), domain_dict)
    [row] = _rows(context, notify_subscriptions)
    assert (row.pathway_id, row.sender_id, row.channel, row.status) == (WAITLISTED, SMS, "sms", "open")
    assert texts(dispatcher)[0].startswith("OK. I will send you one text message when")


def test_notify_on_the_web_offers_send_me_this_first_and_remembers(context, dispatcher, domain, domain_dict):
    slots = _shown(domain, domain_dict, BLACK_WOMEN, WEB)
    events = run(ActionNotifyMe(), dispatcher, _say(domain, slots, WEB, "let me know when it opens", "notify_me"),
                 domain_dict)
    assert slot_events(events) == {"pending_notify": WAITLISTED}
    assert [b["payload"] for b in dispatcher.messages[0]["buttons"]] == ["/send_me_this", "/deny"]
    assert _rows(context, notify_subscriptions) == []


def test_notify_when_everything_is_open(context, dispatcher, domain, domain_dict):
    walsall = {"age": 45, "local_authority": "Walsall", "background": "displaced_worker", "interest": "data",
               "availability": "part_time", "employment_status": "unemployed", "qualification_level": 2,
               "universal_credit": True}
    slots = _shown(domain, domain_dict, walsall, SMS)
    run(ActionNotifyMe(), dispatcher, _say(domain, slots, SMS, "tell me when it opens", "notify_me"), domain_dict)
    assert texts(dispatcher) == [next_steps.NOTHING_WAITING]


# --- send me this ---------------------------------------------------------------------------------------------
def _form_tracker(domain, slots, sender, text, intent="inform", send_to=None, requested=None):
    events = conversation(slots, in_form=False)
    if requested:
        events += [SlotSet("requested_slot", requested)]
    events += [user(text, intent)]
    if send_to is not None:
        events += [SlotSet("send_to", send_to)]
    events += [ActionExecuted("send_form")]
    return build_tracker(domain, events, sender)


def test_send_form_asks_for_a_number_on_the_web_only(context, dispatcher, domain, domain_dict):
    slots = _shown(domain, domain_dict, BLACK_WOMEN, WEB)
    web = slot_events(run(ValidateSendForm(), dispatcher, _form_tracker(domain, slots, WEB, "send me this",
                                                                         "send_me_this"), domain_dict))
    assert web == {"requested_slot": "send_to"}
    sms = slot_events(run(ValidateSendForm(), dispatcher, _form_tracker(domain, slots, SMS, "send me this",
                                                                         "send_me_this"), domain_dict))
    assert sms == {"requested_slot": None}
    nothing = slot_events(run(ValidateSendForm(), dispatcher, _form_tracker(domain, {}, WEB, "send me this",
                                                                             "send_me_this"), domain_dict))
    assert nothing == {"requested_slot": None}


def test_send_form_keeps_a_usable_number_and_asks_again_otherwise(context, dispatcher, domain, domain_dict):
    slots = _shown(domain, domain_dict, BLACK_WOMEN, WEB)
    good = slot_events(run(ValidateSendForm(), dispatcher, _form_tracker(
        domain, slots, WEB, "07700 900123 on whatsapp", send_to="07700 900123 on whatsapp",
        requested="send_to"), domain_dict))
    assert good == {"send_to": "whatsapp:+447700900123", "requested_slot": "send_confirmed"}  # not yet a yes
    bad = slot_events(run(ValidateSendForm(), dispatcher, _form_tracker(
        domain, slots, WEB, "is it free", send_to="is it free", requested="send_to"), domain_dict))
    assert bad == {"send_to": None, "requested_slot": "send_to"}
    ask = CollectingDispatcher()
    run(ActionAskSendTo(), ask, _form_tracker(domain, slots, WEB, "is it free", requested="send_to"), domain_dict)
    assert ask.messages[0]["text"] == sending.SEND_RETRY


def test_send_form_at_the_confirmation_a_new_number_replaces_it_and_anything_else_keeps_it(
        context, dispatcher, domain, domain_dict):
    slots = {**_shown(domain, domain_dict, BLACK_WOMEN, WEB), "send_to": "sms:+447700900123"}
    other = _form_tracker(domain, slots, WEB, "no, 07700 904567", send_to="no, 07700 904567",
                          requested="send_confirmed")
    assert slot_events(run(ValidateSendForm(), dispatcher, other, domain_dict)) == {
        "send_to": "sms:+447700904567", "requested_slot": "send_confirmed"}
    asked = CollectingDispatcher()
    run(ActionAskSendConfirmed(), asked, _form_tracker(domain, slots, WEB, "no, 07700 904567",
                                                       send_to="sms:+447700904567", requested="send_confirmed"),
        domain_dict)
    assert asked.messages[0]["text"].startswith("I'll text your routes and a resume code to the number ending 4567")
    muddle = _form_tracker(domain, slots, WEB, "what?", send_to="what?", requested="send_confirmed")
    assert slot_events(run(ValidateSendForm(), dispatcher, muddle, domain_dict)) == {
        "send_to": "sms:+447700900123", "requested_slot": "send_confirmed"}
    # A no fills nothing: only requested_slot comes back, so Rasa rejects the form's turn and the
    # no-thanks rule (action_send_cancelled) answers instead of the question coming back.
    no = _form_tracker(domain, slots, WEB, "no thanks", "deny", requested="send_confirmed")
    assert slot_events(run(ValidateSendForm(), dispatcher, no, domain_dict)) == {"requested_slot": "send_confirmed"}
    yes = _form_tracker(domain, {**slots, "send_confirmed": True}, WEB, "yes", "affirm", requested="send_confirmed")
    assert slot_events(run(ValidateSendForm(), dispatcher, yes, domain_dict))["requested_slot"] is None


def test_no_with_a_different_number_changes_the_number_instead_of_cancelling(
        context, dispatcher, domain, domain_dict):
    slots = {**_shown(domain, domain_dict, BLACK_WOMEN, WEB), "send_to": "sms:+447700900123"}
    # Read as a "no" (deny), so the slot mappings took nothing from it; the validator still reads the number.
    other = _form_tracker(domain, slots, WEB, "no, use 07700 904567", "deny", requested="send_confirmed")
    assert slot_events(run(ValidateSendForm(), dispatcher, other, domain_dict)) == {
        "send_to": "sms:+447700904567", "requested_slot": "send_confirmed"}
    # The same number again is still a no: only requested_slot comes back and the no-thanks rule runs.
    same = _form_tracker(domain, slots, WEB, "no, not 07700 900123", "deny", requested="send_confirmed")
    assert slot_events(run(ValidateSendForm(), dispatcher, same, domain_dict)) == {"requested_slot": "send_confirmed"}
    # While the number is asked for, "no, it's 07700 904567 on whatsapp" gives it.
    asking = _form_tracker(domain, _shown(domain, domain_dict, BLACK_WOMEN, WEB), WEB,
                           "no, it's 07700 904567 on whatsapp", "decline", requested="send_to")
    assert slot_events(run(ValidateSendForm(), dispatcher, asking, domain_dict)) == {
        "send_to": "whatsapp:+447700904567", "requested_slot": "send_confirmed"}


def test_the_confirmation_names_the_number_how_often_and_the_course_waiting_to_open(
        context, dispatcher, domain, domain_dict):
    slots = {**_shown(domain, domain_dict, BLACK_WOMEN, WEB), "send_to": "whatsapp:+447700904567",
             "pending_notify": WAITLISTED}
    run(ActionAskSendConfirmed(), dispatcher, _form_tracker(domain, slots, WEB, "07700 904567 whatsapp",
                                                           requested="send_to"), domain_dict)
    [asked] = dispatcher.messages
    assert asked["text"].startswith("I'll send your routes and a resume code to the number ending 4567 on "
                                    "WhatsApp now, and once more when The Black Codher Coding Bootcamp opens. ")
    assert "We won't use the number for anything else, and \"forget me\" here deletes it" in asked["text"]
    assert [b["payload"] for b in asked["buttons"]] == ["/affirm", "/deny"]
    again = CollectingDispatcher()
    run(ActionAskSendConfirmed(), again, _form_tracker(domain, {**slots, "requested_slot": "send_confirmed"}, WEB,
                                                       "what?"), domain_dict)
    assert again.messages[0]["text"].startswith(sending.SEND_CONFIRM_RETRY)


def test_no_thanks_at_the_confirmation_sends_nothing_and_drops_the_number(
        context, dispatcher, domain, domain_dict, notifier):
    slots = {**_shown(domain, domain_dict, BLACK_WOMEN, WEB), "send_to": "sms:+447700900123"}
    events = run(ActionSendCancelled(), dispatcher, _say(domain, slots, WEB, "no thanks", "deny"), domain_dict)
    assert slot_events(events) == {"send_to": None, "send_confirmed": None}
    assert texts(dispatcher) == [sending.send_cancelled(True)]
    assert notifier.sent == [] and _rows(context, gateway_contacts) == [] and _rows(context, journey_links) == []


def test_send_me_this_never_sends_to_a_number_without_the_yes(context, dispatcher, domain, domain_dict, notifier):
    slots = {**_shown(domain, domain_dict, BLACK_WOMEN, WEB), "send_to": "sms:+447700900123"}
    events = run(ActionSendMeThis(), dispatcher, _say(domain, slots, WEB, "07700 900123", "inform"), domain_dict)
    assert slot_events(events) == {"send_to": None, "send_confirmed": None}
    assert notifier.sent == [] and _rows(context, gateway_contacts) == []


def test_send_me_this_sends_a_code_to_the_number_without_linking_it_then_subscribes_what_was_pending(
        context, dispatcher, domain, domain_dict, notifier):
    slots = _shown(domain, domain_dict, BLACK_WOMEN, WEB)
    tracker = _say(domain, {**slots, "send_to": "sms:+447700900123", "send_confirmed": True,
                            "pending_notify": WAITLISTED}, WEB, "yes", "affirm")
    events = slot_events(run(ActionSendMeThis(), dispatcher, tracker, domain_dict))
    assert events == {"send_to": None, "send_confirmed": None, "pending_notify": None}
    [sent] = notifier.sent
    assert sent["text"].startswith("Waymark: the routes you asked for on our website.")
    assert f"reply RESUME {sent['variables']['1']}" in sent["text"] and "{code}" not in sent["text"]
    said = texts(dispatcher)
    assert said[0].startswith("Sent to the number ending 0123. To carry on from that phone, reply to the message "
                              "with RESUME")
    assert said[1].startswith("OK. I will send you one text message when")
    [contact] = _rows(context, gateway_contacts)
    assert contact.pseudonym.startswith("sms-") and contact.pseudonym == sent["sender_id"]
    assert _rows(context, journey_links) == []  # a destination, not a channel of this conversation
    assert [r.sender_id for r in _rows(context, notify_subscriptions)] == [contact.pseudonym]


def _confirmed(domain, slots, number, metadata=None):
    return build_tracker(domain, conversation({**slots, "send_to": number, "send_confirmed": True}, in_form=False)
                         + [user("yes", "affirm", metadata=metadata)], WEB)


def test_the_action_servers_sends_share_one_sender_and_build_no_engine(
        context, dispatcher, domain, domain_dict, notifier, monkeypatch):
    import bot.db

    slots = _shown(domain, domain_dict, BLACK_WOMEN, WEB)
    run(ActionSendMeThis(), dispatcher, _confirmed(domain, slots, "sms:+447700900123"), domain_dict)
    sender = asyncio.run(context.outbound())
    engines = []
    monkeypatch.setattr(bot.db, "create_engine", lambda *a, **k: engines.append(a) or pytest.fail("an engine"))
    run(ActionSendMeThis(), dispatcher, _confirmed(domain, slots, "sms:+447700900555"), domain_dict)
    assert [s["sender_id"][:4] for s in notifier.sent] == ["sms-", "sms-"] and len(_rows(context, outbound_sends)) == 2
    assert asyncio.run(context.outbound()) is sender and engines == []


def test_send_me_this_counts_the_send_against_the_gateways_client_key(context, dispatcher, domain, domain_dict, notifier):
    slots = _shown(domain, domain_dict, BLACK_WOMEN, WEB)
    run(ActionSendMeThis(), dispatcher, _confirmed(domain, slots, "sms:+447700900123",
                                                    {"channel": "web", "client": "gw-key-1"}), domain_dict)
    [row] = _rows(context, outbound_sends)
    assert (row.journey_id, row.client) == (WEB, outbound.client_key("gw-key-1"))


def test_send_me_this_past_a_cap_says_so_politely_and_sends_nothing(context, dispatcher, domain, domain_dict, notifier):
    context._settings = dataclasses.replace(context.settings, send_per_client=1)
    context._keyed = None
    slots = _shown(domain, domain_dict, BLACK_WOMEN, WEB)
    first = {"channel": "web", "client": "gw-key-1"}
    run(ActionSendMeThis(), CollectingDispatcher(), _confirmed(domain, slots, "sms:+447700900123", first), domain_dict)
    run(ActionSendMeThis(), dispatcher, _confirmed(domain, slots, "sms:+447700904567", first), domain_dict)
    assert texts(dispatcher) == [sending.sent("capped", "+447700904567", None, 14)]
    assert len(notifier.sent) == 1 and len(_rows(context, gateway_contacts)) == 1


def test_send_me_this_refuses_a_number_outside_the_allow_list(context, dispatcher, domain, domain_dict, notifier):
    slots = _shown(domain, domain_dict, BLACK_WOMEN, WEB)
    run(ActionSendMeThis(), dispatcher, _confirmed(domain, slots, "sms:+353851234567"), domain_dict)
    assert texts(dispatcher) == ["I can only send to a UK mobile number (starting 07), so I haven't sent anything."]
    assert notifier.sent == [] and _rows(context, outbound_sends) == []


def test_send_me_this_when_messages_cannot_be_sent_shows_the_code_instead(
        context, dispatcher, domain, domain_dict, notifier):
    notifier.status = "unconfigured"
    slots = _shown(domain, domain_dict, BLACK_WOMEN, WEB)
    run(ActionSendMeThis(), dispatcher, _say(domain, {**slots, "send_to": "sms:+447700900123", "send_confirmed": True},
                                             WEB, "yes", "affirm"), domain_dict)
    [text] = texts(dispatcher)
    assert text.startswith("Sorry, I couldn't send the message just now. To carry on later, type RESUME ")


def test_send_me_this_on_sms_gives_a_copy_here_with_a_code(context, dispatcher, domain, domain_dict, notifier):
    slots = _shown(domain, domain_dict, BLACK_WOMEN, SMS)
    run(ActionSendMeThis(), dispatcher, _say(domain, slots, SMS, "send me this", "send_me_this"), domain_dict)
    [text] = texts(dispatcher)
    assert text.startswith("Your routes from Waymark:") and "type RESUME " in text and "{code}" not in text
    assert notifier.sent == []


# --- in the resident's language ----------------------------------------------------------------------------
def test_a_polish_resident_is_asked_confirmed_and_told_in_polish_and_the_text_sent_is_polish(
        context, dispatcher, domain, domain_dict, notifier):
    slots = {**_shown(domain, domain_dict, BLACK_WOMEN, WEB), "language": "pl"}
    asked = CollectingDispatcher()
    run(ActionAskSendTo(), asked, _form_tracker(domain, slots, WEB, "wyślij mi to"), domain_dict)
    assert asked.messages[0]["text"] == sending.send_question("pl") and "numer komórki" in asked.messages[0]["text"]
    assert [b["title"] for b in asked.messages[0]["buttons"]] == ["Nie, dziękuję"]
    again = CollectingDispatcher()  # not a number: asked again, still in Polish
    run(ActionAskSendTo(), again, _form_tracker(domain, slots, WEB, "nie wiem", requested="send_to"), domain_dict)
    assert again.messages[0]["text"].startswith("Mogę wysyłać tylko na brytyjski numer komórkowy")
    confirm = CollectingDispatcher()
    run(ActionAskSendConfirmed(), confirm, _form_tracker(domain, {**slots, "send_to": "sms:+447700900123"}, WEB,
                                                         "07700 900123", requested="send_to"), domain_dict)
    assert confirm.messages[0]["text"].startswith("Wyślę SMS-em Twoje ścieżki i kod wznowienia na numer kończący się "
                                                  "na 0123")
    assert [b["payload"] for b in confirm.messages[0]["buttons"]] == ["/affirm", "/deny"]
    run(ActionSendMeThis(), dispatcher, _confirmed(domain, {**slots}, "sms:+447700900123"), domain_dict)
    [sent] = notifier.sent
    assert sent["text"].startswith("Waymark: ścieżki, o które prosiłeś na naszej stronie.")
    assert f"RESUME {sent['variables']['1']}" in sent["text"] and "{code}" not in sent["text"]
    assert texts(dispatcher)[0].startswith("Wysłano na numer kończący się na 0123.")


def test_nothing_suggested_yet_is_said_in_the_residents_language(context, dispatcher, domain, domain_dict):
    run(ActionSendMeThis(), dispatcher, _say(domain, {"language": "ro"}, WEB, "trimite-mi", "send_me_this"),
        domain_dict)
    assert texts(dispatcher) == [replies.nothing_shown_yet("ro")] != [replies.NOTHING_SHOWN_YET]


def test_referring_someone_asked_for_speaks_of_them_and_asks_the_asker_to_check_they_agree(
        context, domain, domain_dict):
    slots = {**_shown(domain, domain_dict, BLACK_WOMEN, WEB), "asking_for": "she"}
    chosen = slots["last_shown"][1]
    asked = CollectingDispatcher()
    run(ActionRefer(), asked, _say(domain, slots, WEB, "/refer_me", "refer_me", {"pathway_ref": chosen}), domain_dict)
    [consent] = asked.messages
    assert consent["text"].startswith("To refer her to ") and "what you told me about her (home area, age, " in consent["text"]
    assert "check she is happy" in consent["text"] and "your age" not in consent["text"]

    done = CollectingDispatcher()
    run(ActionReferAnswer(), done, _say(domain, {**slots, "pending_pathway": chosen}, WEB, "yes", "affirm"),
        domain_dict)
    text, bring = texts(done)
    assert text.startswith("Done. I have referred her to") and "Your reference" not in text
    assert "her name and address" in bring and "your " not in bring.split("\n", 1)[1].rsplit("\n", 1)[0]

    again = CollectingDispatcher()
    run(ActionRefer(), again, _say(domain, slots, WEB, "/refer_me", "refer_me", {"pathway_ref": chosen}), domain_dict)
    assert texts(again)[0].startswith("She is already referred to ")
    [packet] = _rows(context, referral_mail)
    assert "on behalf of someone else" in packet.body and "We suggested they bring:" in packet.body
