"""Which pathway a resident means, the after-recommendation offer, and send-me-this numbers."""

from __future__ import annotations

import pytest

from bot.dialogue import next_steps, sending

SHOWN = [
    {"id": "a", "title": "Skills Bootcamp in Data Engineering", "provider": "Northcoders", "status": "open"},
    {"id": "b", "title": "Black Codher Coding Bootcamp", "provider": "Coders of Colour", "status": "waitlist"},
    {"id": "c", "title": "HNC in Digital Technologies", "provider": "BMet", "status": "open",
     "next_step": {"text": "Apply online", "url": "https://bmet.ac.uk"}},
]


@pytest.mark.parametrize("text, ref, expected", [
    ("refer me to 2", None, "b"),
    ("the third one please", None, "c"),
    ("sign me up for the data one", None, "a"),
    ("black codher", None, "b"),
    ("BMet", None, "c"),
    ("refer me", None, None),          # several shown, nothing said: ask
    ("the bootcamp", None, None),      # two bootcamps: ask, don't guess
    ("anything", "c", "c"),            # a button names it exactly
    ("refer me to 9", None, None),
    ("the black codher one", None, "b"),    # "one" is not a position here
    ("number two please", None, "b"),
])
def test_pick(text, ref, expected):
    chosen = next_steps.pick(SHOWN, text, ref)
    assert (chosen or {}).get("id") == expected


def test_numbers_count_over_everything_shown_since_the_recommendation():
    # "more" showed d, e, f after a, b, c: "4" is d even when only the waiting ones are candidates
    waiting = [{"id": "d", "title": "D"}, {"id": "b", "title": "B"}]
    assert next_steps.pick(waiting, "number 4", numbered=["a", "b", "c", "d"])["id"] == "d"
    assert next_steps.pick([SHOWN[1]], "tell me when it opens")["id"] == "b"  # the only one
    assert next_steps.pick([SHOWN[1]], "can you let me know when that course opens up again pls")["id"] == "b"
    # the only candidate, but the resident named another: ask rather than subscribe them to the wrong one
    assert next_steps.pick([SHOWN[0]], "tell me when the black codher one opens") is None


def test_offer_mentions_tell_me_when_it_opens_only_when_something_is_waiting():
    text, buttons = next_steps.offer(SHOWN)
    assert "tell you when a full one opens" in text
    assert [b["payload"] for b in buttons] == ["/refer_me", "/send_me_this", "/notify_me", "/manage_consent"]
    assert text.startswith("I can refer you to one of these, send them to your phone or tell you when")
    text, buttons = next_steps.offer([SHOWN[0]])
    assert "/notify_me" not in [b["payload"] for b in buttons] and '"my choices"' in text
    assert text.startswith("I can refer you to one of these or send them to your phone.")
    assert "a code to carry on online" in next_steps.offer([SHOWN[0]], on_phone=True)[0]


def test_which_gives_one_button_per_pathway_that_names_it():
    text, buttons = next_steps.which(SHOWN, "notify_me", next_steps.NOTIFY_WHICH)
    assert buttons[1] == {"title": "Black Codher Coding Bootcamp", "payload": '/notify_me{"pathway_ref": "b"}'}


def test_referral_question_names_what_is_shared_and_offers_a_follow_up_only_when_asked():
    text, buttons = next_steps.referral_question(SHOWN[2], ["age", "local_authority"])
    assert "(your age and where you live)" in text and "HNC in Digital Technologies (BMet)" in text
    assert [b["payload"] for b in buttons] == ["/affirm", "/deny"]
    _, buttons = next_steps.referral_question(SHOWN[2], ["age"], follow_up_days=14)
    assert buttons[1]["payload"] == '/affirm{"follow_up": "yes"}'


def test_referral_done_gives_the_reference_and_the_next_step():
    text = next_steps.referral_done(SHOWN[2], "R-ABC234", follow_up_days=14)
    assert "R-ABC234" in text and "Next: Apply online (https://bmet.ac.uk)." in text and "14 days" in text


@pytest.mark.parametrize("text, expected", [
    ("07700 900123", "sms:+447700900123"),
    ("my number is +44 7700 900123", "sms:+447700900123"),
    ("whatsapp please 07700900123", "whatsapp:+447700900123"),
    ("07700900123 on WhatsApp", "whatsapp:+447700900123"),
    ("0121 496 0000", None),            # a landline can't take a text
    ("is it free?", None),
    ("", None),
])
def test_parse_send_to(text, expected):
    assert sending.parse_send_to(text) == expected


def test_only_uk_mobiles_are_taken_unless_the_allow_list_names_more():
    assert sending.parse_send_to("+353 85 123 4567") is None  # a real mobile, but not a UK one
    assert sending.parse_send_to("+1 415 555 0100") is None
    allowed = ("+447", "+353")
    assert sending.parse_send_to("+353 85 123 4567", allowed) == "sms:+353851234567"
    assert sending.parse_send_to("07700 900123", allowed) == "sms:+447700900123"
    assert sending.send_form_slots("+353851234567", before=None, confirmed=None, needed=True) == {
        "send_to": None, "requested_slot": "send_to"}
    assert "UK mobile number" in sending.send_retry() and "+353" in sending.send_retry(allowed)


@pytest.mark.parametrize("text, held, expected", [
    ("no, use 07700 904567", "sms:+447700900123", "sms:+447700904567"),
    ("no, 07700 904567 on WhatsApp", "sms:+447700900123", "whatsapp:+447700904567"),
    ("no, it's 07700 904567", None, "sms:+447700904567"),
    ("no, not 07700 900123", "sms:+447700900123", None),  # the number held: still a no
    ("no thanks", "sms:+447700900123", None),
    ("", None, None),
])
def test_a_no_that_names_a_different_number_is_a_change_of_number(text, held, expected):
    assert sending.number_in_a_no(text, held) == expected


def test_the_answer_to_send_form_is_the_slot_unless_a_no_names_a_different_number():
    held = "sms:+447700900123"
    assert sending.send_to_answer(held, "deny", "no, use 07700 904567") == "no, use 07700 904567"
    assert sending.send_to_answer(held, "decline", "no thanks") == held
    assert sending.send_to_answer(held, "inform", "no, use 07700 904567") == held  # the mapping took it
    assert sending.send_to_answer(None, "deny", "no thanks") is None


def test_split_send_to():
    assert sending.split_send_to("whatsapp:+447700900123") == ("whatsapp", "+447700900123")
    assert sending.split_send_to("07700") == (None, None)
    assert sending.split_send_to(None) == (None, None)


@pytest.mark.parametrize("status, words", [
    ("sent", "the number ending 0123"), ("template", "reply to the message with RESUME and the code"),
    ("opted_out", "text START to us from it"), ("unsubscribed", "text START to us from it"),
    ("unconfigured", "type RESUME K7Q-4MP"), ("failed", "within 14 days"),
    ("not_allowed", "a UK mobile number (starting 07)"), ("capped", "try again tomorrow"),
    ("bad_number", "doesn't look like a mobile number"),
])
def test_sent_says_what_happened(status, words):
    assert words in sending.sent(status, "+447700900123", "K7Q-4MP", 14)


@pytest.mark.parametrize("status", ["opted_out", "unsubscribed"])
def test_a_stranger_cannot_tell_from_the_reply_that_a_typed_number_sent_stop(status):
    # Anyone may type any number: the reply must read exactly as a send that failed for another reason.
    assert sending.sent(status, "+447700900123", "K7Q-4MP", 14) == sending.sent(
        "failed", "+447700900123", "K7Q-4MP", 14)


# --- send me this on the web: a number, then an explicit yes ---------------------------------------------------
SMS_NUMBER, OTHER_NUMBER = "sms:+447700900123", "sms:+447700904567"


@pytest.mark.parametrize("value, before, confirmed, needed, expected", [
    # Asked for nothing on a phone, or with nothing to send.
    (None, None, None, False, {"requested_slot": None}),
    # Just activated on the web: the number first.
    (None, None, None, True, {"requested_slot": "send_to"}),
    # Not a number: asked again.
    ("is it free", None, None, True, {"send_to": None, "requested_slot": "send_to"}),
    # A usable number is never the consent: the yes is asked for next.
    ("07700 900123", None, None, True, {"send_to": SMS_NUMBER, "requested_slot": "send_confirmed"}),
    ("07700 900123 on whatsapp", None, None, True,
     {"send_to": "whatsapp:+447700900123", "requested_slot": "send_confirmed"}),
    # At the confirmation, a different number replaces it and is asked about afresh.
    ("07700 904567", SMS_NUMBER, None, True, {"send_to": OTHER_NUMBER, "requested_slot": "send_confirmed"}),
    # ... and anything else keeps the number being asked about.
    ("what does that mean", SMS_NUMBER, None, True, {"send_to": SMS_NUMBER, "requested_slot": "send_confirmed"}),
    # The yes about the number held: done, the action sends.
    (SMS_NUMBER, SMS_NUMBER, True, True, {"requested_slot": None}),
    # Nothing new this turn (a no, forget me...): no slot but requested_slot, so Rasa rejects the form's
    # turn and the rule for what they said runs instead of the question coming back.
    (SMS_NUMBER, SMS_NUMBER, None, True, {"requested_slot": "send_confirmed"}),
    # A yes never carries over to another number.
    ("07700 904567", SMS_NUMBER, True, True,
     {"send_to": OTHER_NUMBER, "send_confirmed": None, "requested_slot": "send_confirmed"}),
])
def test_send_form_slots(value, before, confirmed, needed, expected):
    assert sending.send_form_slots(value, before=before, confirmed=confirmed, needed=needed) == expected


def test_send_confirmation_names_what_where_and_how_often_and_asks():
    text, buttons = sending.send_confirmation("sms:+447700904567")
    assert text == ("I'll text your routes and a resume code to the number ending 4567, once. We won't use the "
                    'number for anything else, and "forget me" here deletes it, unless that phone has its own chat '
                    "with us. Send it?")
    assert [(b["title"], b["payload"]) for b in buttons] == [("Yes, send it", "/affirm"), ("No thanks", "/deny")]
    whatsapp, _ = sending.send_confirmation("whatsapp:+447700904567", notify_title="Black Codher")
    assert whatsapp.startswith("I'll send your routes and a resume code to the number ending 4567 on WhatsApp "
                               "now, and once more when Black Codher opens.")
    again, _ = sending.send_confirmation("sms:+447700904567", again=True)
    assert again.startswith(sending.SEND_CONFIRM_RETRY) and again.endswith("Send it?")


def test_the_number_question_promises_a_check_before_sending():
    assert "check with you before I send anything" in sending.SEND_QUESTION


def test_send_cancelled_says_the_number_is_not_used():
    assert sending.send_cancelled(False) == "OK, I won't send anything."
    assert sending.send_cancelled(True) == "OK, I won't send anything, and I won't use that number."


def _recommendations(count):
    from types import SimpleNamespace

    from bot.pathways.catalogue import load_catalogue
    from bot.settings import ROOT

    pathways = load_catalogue(ROOT / "pathways.yml").pathways
    return [SimpleNamespace(pathway=p, why=[]) for p in sorted(pathways, key=lambda p: -len(p.title))[:count]]


def test_the_message_to_a_typed_number_fits_four_segments_says_how_to_join_and_what_did_not_fit():
    recs = _recommendations(6)  # the longest titles in the catalogue
    text = sending.phone_summary(recs, code_days=14).replace("{code}", "K7Q-4MP")
    assert len(text) <= sending.PHONE_SUMMARY_MAX_CHARS == 4 * 153
    assert text.startswith("Waymark: the routes you asked for on our website.")
    assert "reply RESUME K7Q-4MP (works once, for 14 days)" in text and text.endswith("Not you? Ignore this, or reply STOP.")
    listed = [line for line in text.split("\n") if line[:1].isdigit()]
    assert 1 <= len(listed) < 6 and f"(+{6 - len(listed)} more when you carry on)" in text
    short = sending.phone_summary(recs[:1], code_days=14)
    assert "more when you carry on" not in short and short.count("\n") == 2
    moving = sending.phone_summary(recs, code_days=14, own_chat=True).replace("{code}", "K7Q-4MP")
    assert len(moving) <= sending.PHONE_SUMMARY_MAX_CHARS and "only to move it to this one" in moving


def test_the_web_summary_is_the_message_for_a_typed_number():
    from types import SimpleNamespace

    recs = _recommendations(2)
    result = SimpleNamespace(recommendations=recs)
    ids = [r.pathway.id for r in recs]
    assert sending.summary(result, ids, code_days=14, on_phone=False) == sending.phone_summary(recs, code_days=14)
    assert "type RESUME {code} in the chat there" in sending.summary(result, ids, code_days=14, on_phone=True)
