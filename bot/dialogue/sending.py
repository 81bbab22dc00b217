"""Send me this: which number, the consent question, the text sent and what the resident is told after.

Pure functions (no Rasa, no database), in the conversation's language (`lang`; None is English): the
actions read the tracker and call the stores. A message to a typed number is kept to PHONE_SEGMENTS SMS
segments of its own encoding (bot.language.sms_segments): GSM-7 for English, UCS-2 (67 characters a
segment) once a letter outside GSM-7 is in it, as every translation has.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Sequence, Tuple

from bot.dialogue import replies
from bot.dialogue.next_steps import PHONE_CHANNELS, Buttons, button
from bot.language import sms_segments
from bot.language.words import P_, words_for
from bot.residents import phones

_WHATSAPP = re.compile(r"\bwhats\s?app\b|\bwa\b", re.IGNORECASE)


# --- the number ----------------------------------------------------------------------------------------
def parse_send_to(text: str, allowed: Sequence[str] = phones.DEFAULT_ALLOWED) -> Optional[str]:
    """"07700 900123" -> "sms:+447700900123"; "whatsapp 07700900123" -> "whatsapp:+44..."; None when
    there is no number we may send to (unreadable, or outside `allowed`: UK mobiles by default)."""
    number = phones.find(text or "")
    if number is None or not phones.destination(number, allowed).ok:
        return None
    return ("whatsapp" if _WHATSAPP.search(text or "") else "sms") + ":" + number


def number_in_a_no(text: Optional[str], held: Optional[str],
                   allowed: Sequence[str] = phones.DEFAULT_ALLOWED) -> Optional[str]:
    """"no, use 07700 904567" while send_form asks: a no that carries a different usable number is a
    change of number, not a cancel (the new number is then asked about afresh; nothing is sent
    without a yes). None when the message names no number, or the one already held."""
    typed = parse_send_to(text or "", allowed)
    return typed if typed is not None and typed != held else None


def send_to_answer(slot_value: Any, intent: str, text: Optional[str],
                   allowed: Sequence[str] = phones.DEFAULT_ALLOWED) -> Any:
    """What send_form takes as the resident's answer: the send_to slot, or the message itself when it
    is a no naming a different number (the slot mappings skip a no, so that "no thanks" still makes
    the form reject the turn and the no-thanks rule run)."""
    if intent in ("deny", "decline") and number_in_a_no(text, slot_value, allowed):
        return text
    return slot_value


def split_send_to(value: Optional[str]) -> Tuple[Optional[str], Optional[str]]:
    channel, _, number = str(value or "").partition(":")
    return (channel, number) if channel in PHONE_CHANNELS and number else (None, None)


def send_form_slots(value: Any, *, before: Any, confirmed: Any, needed: bool,
                    allowed: Sequence[str] = phones.DEFAULT_ALLOWED) -> Dict[str, Any]:
    """What validate_send_form sets, slot by slot (requested_slot: what to ask next, None: done).

    `value` is send_to now (what was just typed, or the number already kept), `before` what it held
    before the resident's latest message, `confirmed` the send_confirmed slot, `needed` whether this
    resident must be asked at all (on the web, with something to send), `allowed` the number prefixes
    we may send to. A number is kept only as "sms:+44..." or "whatsapp:+44...". While confirming, a new
    usable number replaces the old one and is asked about afresh; anything else keeps the one being
    asked about and asks again. Only an explicit yes (send_confirmed true) about the number held now
    ends the form.

    Only slots that change are returned: Rasa rejects a form turn (so the no-thanks, forget-me, a-person
    and goodbye rules can run) only when validation sets nothing but requested_slot.
    """
    slots: Dict[str, Any] = {}
    number = None
    if value is not None:
        number = value if split_send_to(value)[1] else parse_send_to(str(value), allowed)
        if number is None and split_send_to(before)[1]:
            number = before
        if number != value:
            slots["send_to"] = number
    if confirmed is not None and number != before:
        confirmed = slots["send_confirmed"] = None  # a yes is about one number, never the next
    if not needed:
        slots["requested_slot"] = None
    elif number is None:
        slots["requested_slot"] = "send_to"
    else:
        slots["requested_slot"] = None if confirmed is True else "send_confirmed"
    return slots


# --- asking and confirming -----------------------------------------------------------------------------
# TRANSLATORS: keep "WhatsApp" as it is: it is what is understood as "send it there".
_QUESTION = P_("send", "I can send these routes to your phone, with a code to carry on later. What is your mobile "
                       'number? Add "WhatsApp" if you would rather get it there. I will check with you before I '
                       "send anything.")
# TRANSLATORS: {where} is which numbers we can send to, such as "a UK mobile number (starting 07)". Keep the
# example number and "no thanks" as they are.
_RETRY = P_("send", 'I can only send to {where}. Please type it like 07700 900123, or say "no thanks".')
# TRANSLATORS: which numbers we can send to, after "I can only send to".
_UK_MOBILE = P_("send", "a UK mobile number (starting 07)")
# TRANSLATORS: quick replies: short.
_NO_THANKS, _YES_SEND = P_("send_reply", "No thanks"), P_("send_reply", "Yes, send it")
# TRANSLATORS: keep "yes" and "no thanks" in English: they are what is understood.
_CONFIRM_RETRY = P_("send", 'Say "yes" to send it, type a different number, or say "no thanks".')
# TRANSLATORS: the consent question once a number is given. {last4}: its last four digits; {title}: a
# course's name. Keep "forget me" in English: it is what is understood.
_CONFIRM = {
    ("sms", False): P_("send", "I'll text your routes and a resume code to the number ending {last4}, once. We won't "
                               'use the number for anything else, and "forget me" here deletes it, unless that phone '
                               "has its own chat with us. Send it?"),
    ("sms", True): P_("send", "I'll text your routes and a resume code to the number ending {last4} now, and once "
                              "more when {title} opens. We won't use the number for anything else, and \"forget me\" "
                              "here deletes it, unless that phone has its own chat with us. Send it?"),
    ("whatsapp", False): P_("send", "I'll send your routes and a resume code to the number ending {last4} on "
                                    "WhatsApp, once. We won't use the number for anything else, and \"forget me\" "
                                    "here deletes it, unless that phone has its own chat with us. Send it?"),
    ("whatsapp", True): P_("send", "I'll send your routes and a resume code to the number ending {last4} on WhatsApp "
                                   "now, and once more when {title} opens. We won't use the number for anything "
                                   'else, and "forget me" here deletes it, unless that phone has its own chat with '
                                   "us. Send it?"),
}
_CANCELLED = P_("send", "OK, I won't send anything.")
_CANCELLED_NUMBER = P_("send", "OK, I won't send anything, and I won't use that number.")
# TRANSLATORS: keep "send me this" in English: it is what is understood.
_AFTER_QUESTIONS = P_("send", 'I will send them once I have suggested some routes. Say "send me this" again then.')
# TRANSLATORS: stands for a course's name when we do not have it: "...once more when {the course...} opens".
_PENDING_COURSE = P_("send", "the course you asked about")
_UNAVAILABLE = P_("send", "Sorry, I couldn't send the message just now. Please try again in a few minutes.")

SEND_QUESTION = _QUESTION[1]
SEND_CONFIRM_RETRY = _CONFIRM_RETRY[1]
SEND_AFTER_QUESTIONS = _AFTER_QUESTIONS[1]
PENDING_COURSE = _PENDING_COURSE[1]
SEND_UNAVAILABLE = _UNAVAILABLE[1]


def send_question(lang: Optional[str] = None) -> str:
    return words_for(lang).say(_QUESTION)


def send_retry(allowed: Sequence[str] = phones.DEFAULT_ALLOWED, lang: Optional[str] = None) -> str:
    """Asked again after something that is not a number we can send to."""
    w = words_for(lang)
    default = tuple(allowed or phones.DEFAULT_ALLOWED) == phones.DEFAULT_ALLOWED
    return w.say(_RETRY, where=w.say(_UK_MOBILE) if default else phones.allowed_words(allowed))


SEND_RETRY = send_retry()


def send_buttons(lang: Optional[str] = None) -> Buttons:
    return [button(words_for(lang).say(_NO_THANKS), "deny")]


def confirm_buttons(lang: Optional[str] = None) -> Buttons:
    w = words_for(lang)
    return [button(w.say(_YES_SEND), "affirm"), button(w.say(_NO_THANKS), "deny")]


SEND_BUTTONS = send_buttons()
SEND_CONFIRM_BUTTONS = confirm_buttons()


def pending_course(lang: Optional[str] = None) -> str:
    return words_for(lang).say(_PENDING_COURSE)


def send_confirmation(send_to: str, *, notify_title: Optional[str] = None, again: bool = False,
                      lang: Optional[str] = None) -> Tuple[str, Buttons]:
    """The consent question once a usable number is given: what will be sent, where, how often, and
    what the number is kept for. Nothing is sent before a yes. `notify_title`: the course whose opening
    will be one more message ("tell me when it opens" on the web waits for a phone)."""
    w = words_for(lang)
    channel, number = split_send_to(send_to)
    entry = _CONFIRM[("whatsapp" if channel == "whatsapp" else "sms", bool(notify_title))]
    text = w.say(entry, last4=str(number or "")[-4:], title=notify_title or "")
    return (f"{w.say(_CONFIRM_RETRY)} {text}" if again else text), confirm_buttons(lang)


def send_cancelled(had_number: bool, lang: Optional[str] = None) -> str:
    """No thanks (or forget me, a person, goodbye) before the yes: nothing sent, the number dropped."""
    return words_for(lang).say(_CANCELLED_NUMBER if had_number else _CANCELLED)


def after_questions(lang: Optional[str] = None) -> str:
    return words_for(lang).say(_AFTER_QUESTIONS)


def unavailable(lang: Optional[str] = None) -> str:
    return words_for(lang).say(_UNAVAILABLE)


# --- what is sent ----------------------------------------------------------------------------------------
# TRANSLATORS: the first line of the routes sent to a phone that is already chatting with us.
_SUMMARY_HEAD = P_("send_text", "Your routes from Waymark:")
# TRANSLATORS: keep "RESUME {code}" exactly: it is what the resident types.
_SUMMARY_TAIL = P_("send_text", "To carry on from the website, type RESUME {code} in the chat there. The code works "
                                "for {days} days.")
# TRANSLATORS: the first line of a text to a number typed on our website. Short: every character is paid for.
_PHONE_HEAD = P_("send_text", "Waymark: the routes you asked for on our website.")
# TRANSLATORS: keep "RESUME {code}" and "STOP" exactly: they are what the resident replies.
_PHONE_TAIL = P_("send_text", "To carry on here, reply RESUME {code} (works once, for {days} days). Not you? Ignore "
                              "this, or reply STOP.")
_PHONE_TAIL_OWN_CHAT = P_("send_text", "This phone already has its own chat with Waymark: reply RESUME {code} only "
                                       "to move it to this one (works once, for {days} days). Not you? Ignore this, "
                                       "or reply STOP.")
_NO_ROUTES_YET = P_("send_text", "We'll find routes for you when you carry on.")
# TRANSLATORS: routes that did not fit in the text: "(+2 more when you carry on)".
_MORE = P_("send_text", "(+{count} more when you carry on)")


def summary(result: Any, shown_ids: Sequence[str], *, code_days: int, on_phone: bool, own_chat: bool = False,
            lang: Optional[str] = None, asking_for: Optional[str] = None) -> str:
    """The routes shown, one line each, and how to carry on; `{code}` is filled with a resume code.
    On the web the text goes to a typed number instead: see `phone_summary`. Asking for someone else,
    each line's reason is about them."""
    recs = _shown_recommendations(result, shown_ids)
    if not on_phone:
        return phone_summary(recs, code_days=code_days, own_chat=own_chat, lang=lang)
    w = words_for(lang)
    lines = [w.say(_SUMMARY_HEAD)] + [replies.pathway_line(n, rec, lang=lang, asking_for=asking_for)
                                    for n, rec in enumerate(recs, 1)]
    lines.append(w.say(_SUMMARY_TAIL, code="{code}", days=code_days))
    return "\n".join(lines)


def _shown_recommendations(result: Any, shown_ids: Sequence[str]) -> List[Any]:
    by_id = {rec.pathway.id: rec for rec in result.recommendations}
    return [by_id[i] for i in shown_ids if i in by_id][:6]


# A message to a typed number reaches a phone that never wrote to us, and each segment costs: it is kept to
# 4 segments in GSM-7 (612 characters) and 6 in UCS-2 (402 characters, 67 a segment: any letter outside
# GSM-7 makes the whole text UCS-2, as every translation is). Four UCS-2 segments (268 characters) held the
# head, the code and no route at all in Urdu or Arabic; six hold one or two, at about 1.5 times the cost
# of an English text. What does not fit is said as "+N more" and is in the chat. The gateway folds
# typographic punctuation to GSM-7 first. Room is kept for a code of up to CODE_ROOM characters.
PHONE_SEGMENTS = {"GSM-7": 4, "UCS-2": 6}
CODE_ROOM = 20
PHONE_SUMMARY_MAX_CHARS = PHONE_SEGMENTS["GSM-7"] * sms_segments.GSM7_MULTI


def _short_line(number: int, recommendation: Any) -> str:
    pathway = recommendation.pathway
    head = f"{number}. {pathway.title}"
    if pathway.provider and pathway.provider.lower() not in pathway.title.lower():
        head += f", {pathway.provider}"
    step = pathway.next_step
    where = step.url or step.phone or step.text
    return (f"{head}: {where}" if where else head)[:200]


def within_budget(text: str) -> bool:
    """Whether a text for a typed number fits its encoding's segments, as it will go: the code in place of
    its placeholder, typographic punctuation folded."""
    counted = sms_segments.segments(sms_segments.fold(text.replace("{code}", "X" * CODE_ROOM)))
    return counted.count <= PHONE_SEGMENTS[counted.encoding]


def phone_summary(recommendations: Sequence[Any], *, code_days: int, asked_where: Optional[str] = None,
                  own_chat: bool = False, lang: Optional[str] = None) -> str:
    """The message for a typed number: who asked where, the routes (as many as fit, and how many did
    not), how that phone carries on (texting the code back is what joins it to the conversation) and
    what to do if it was not them. `own_chat`: the phone already has its own chat with us, and is
    told that the code would move it. `asked_where`: said in English in place of "on our website" (a
    worker's console). `{code}` is filled with the resume code."""
    w = words_for(lang)
    head = (f"Waymark: the routes you asked for {asked_where}." if asked_where else w.say(_PHONE_HEAD))
    tail = w.say(_PHONE_TAIL_OWN_CHAT if own_chat else _PHONE_TAIL, code="{code}", days=code_days)
    lines = [_short_line(n, rec) for n, rec in enumerate(recommendations, 1)] or [w.say(_NO_ROUTES_YET)]
    kept: List[str] = []
    for i, line in enumerate(lines):
        left = len(lines) - i - 1  # room is kept for saying how many did not fit
        trial = kept + [line] + ([w.say(_MORE, count=left)] if left else [])
        if not within_budget("\n".join([head, *trial, tail])):
            kept.append(w.say(_MORE, count=left + 1))
            break
        kept.append(line)
    return "\n".join([head, *kept, tail])


# --- after trying to send --------------------------------------------------------------------------------
# TRANSLATORS: keep "RESUME" in English: it is what the resident types.
_SENT = P_("send", "Sent to the number ending {last4}. To carry on from that phone, reply to the message with RESUME "
                   "and the code in it.")
_NOT_ALLOWED = P_("send", "I can only send to {where}, so I haven't sent anything.")
_BAD_NUMBER = P_("send", "That doesn't look like a mobile number, so I haven't sent anything.")
_CAPPED = P_("send", "Sorry, I can't send that now: Waymark sends only a few messages a day to any one number or from "
                     "any one chat, so it can't be used to send unwanted texts. Please try again tomorrow; your routes "
                     "are still here in this chat.")
_FAILED = P_("send", "Sorry, I couldn't send the message just now.")
# TRANSLATORS: keep "STOP" and "START" in English: they are what the phone texts.
_FAILED_STOP = P_("send", "Sorry, I couldn't send the message just now. (If that phone ever replied STOP to Waymark, "
                          "text START to us from it first.)")
# TRANSLATORS: keep "RESUME {code}" exactly.
_CARRY_ON = P_("send", "To carry on later, type RESUME {code} in any Waymark chat within {days} days.")


def sent(status: str, number: str, code: Optional[str], code_days: int, *,
         allowed: Sequence[str] = phones.DEFAULT_ALLOWED, lang: Optional[str] = None) -> str:
    """What the resident sees on screen once we tried to send."""
    w = words_for(lang)
    if status in ("sent", "template"):
        return w.say(_SENT, last4=number[-4:])
    # A number that sent STOP is not named as such: anyone can type any number here, and the words would
    # tell them whether its owner has ever texted Waymark. It reads as any failed send, which says how a
    # phone that did send STOP gets messages again.
    if status == "not_allowed":
        default = tuple(allowed or phones.DEFAULT_ALLOWED) == phones.DEFAULT_ALLOWED
        return w.say(_NOT_ALLOWED, where=w.say(_UK_MOBILE) if default else phones.allowed_words(allowed))
    if status == "bad_number":
        return w.say(_BAD_NUMBER)
    if status == "capped":
        return w.say(_CAPPED)
    tail = " " + w.say(_CARRY_ON, code=code, days=code_days) if code else ""
    if status == "unconfigured":  # nothing can be sent to any number: nothing to learn about this one
        return w.say(_FAILED) + tail
    return w.say(_FAILED_STOP) + tail


__all__ = ["CODE_ROOM", "PENDING_COURSE", "PHONE_SEGMENTS", "PHONE_SUMMARY_MAX_CHARS", "SEND_AFTER_QUESTIONS",
           "SEND_BUTTONS", "SEND_CONFIRM_BUTTONS", "SEND_CONFIRM_RETRY", "SEND_QUESTION", "SEND_RETRY", "SEND_UNAVAILABLE",
           "after_questions", "confirm_buttons", "number_in_a_no", "parse_send_to", "pending_course", "phone_summary",
           "send_buttons", "send_cancelled", "send_confirmation", "send_form_slots", "send_question", "send_retry",
           "send_to_answer", "sent", "split_send_to", "summary", "unavailable", "within_budget"]
