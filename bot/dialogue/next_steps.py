"""After recommendations: refer me, tell me when it opens, send me this. Words and choices only.

Pure functions (no Rasa, no database), like bot/dialogue/replies.py: the actions read the tracker and call the
stores; this module decides which pathway a resident meant and what we say. Pathways are the
recommendation payload's dicts (`MatchResult.to_payload()["pathways"]`, or `Pathway.to_summary_dict()`):
id, title, kind, provider, status, next_step.
"""

from __future__ import annotations

import json
import re
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from bot.dialogue import replies
from bot.residents import phones
from bot.language.words import ENGLISH, P_, words_for

PHONE_CHANNELS = ("sms", "whatsapp")
CHANNEL_WORDS = ENGLISH.table("send_channel")
NOT_OPEN = ("waitlist", "closed")
Buttons = List[Dict[str, str]]


def button(title: str, intent: str, **entities: Any) -> Dict[str, str]:
    return {"title": title, "payload": "/" + intent + (json.dumps(entities) if entities else "")}


# TRANSLATORS: said once after the first routes: what the resident can do next. Keep "my choices" in English.
_OFFER = {
    (False, False): P_("next_steps", 'I can refer you to one of these or send them to your phone. You choose what we '
                                     'keep and share: say "my choices".'),
    (True, False): P_("next_steps", "I can refer you to one of these or send you a summary with a code to carry on "
                                    'online. You choose what we keep and share: say "my choices".'),
    (False, True): P_("next_steps", "I can refer you to one of these, send them to your phone or tell you when a "
                                    'full one opens. You choose what we keep and share: say "my choices".'),
    (True, True): P_("next_steps", "I can refer you to one of these, send you a summary with a code to carry on "
                                   'online or tell you when a full one opens. You choose what we keep and share: say '
                                   '"my choices".'),
}
# TRANSLATORS: the quick replies after the first routes: short.
_REFER_ME, _SEND_ME_THIS = P_("next_steps_reply", "Refer me"), P_("next_steps_reply", "Send me this")
_TELL_ME, _MY_CHOICES = P_("next_steps_reply", "Tell me when it opens"), P_("next_steps_reply", "My choices")


def offer(pathways: Sequence[Mapping[str, Any]], on_phone: bool = False,
          lang: Optional[str] = None) -> Tuple[str, Buttons]:
    """What a resident can do next, said once after the first recommendations, with quick replies.
    On SMS/WhatsApp the routes are already on their phone: "send me this" gives a code for the web."""
    w = words_for(lang)
    waiting = any(p.get("status") in NOT_OPEN for p in pathways)
    buttons = [button(w.say(_REFER_ME), "refer_me"), button(w.say(_SEND_ME_THIS), "send_me_this")]
    if waiting:
        buttons.append(button(w.say(_TELL_ME), "notify_me"))
    buttons.append(button(w.say(_MY_CHOICES), "manage_consent"))
    return w.say(_OFFER[(bool(on_phone), waiting)]), buttons


# --- which pathway did they mean? ---------------------------------------------------------------------
# Positions as shown on screen. "one", "two"... only after "number"/"option": "the data one" is not #1.
_ORDINALS = {"1": 0, "first": 0, "1st": 0, "2": 1, "second": 1, "2nd": 1, "3": 2, "third": 2, "3rd": 2,
             "4": 3, "fourth": 3, "4th": 3, "5": 4, "fifth": 4, "5th": 4, "6": 5, "sixth": 5, "6th": 5}
_COUNTED = {"one": 0, "two": 1, "three": 2, "four": 3, "five": 4, "six": 5}
_NUMBER_WORDS = ("number", "no", "option", "num")
# Words that say nothing about which pathway: the request itself, and filler.
_NOISE = set("""refer referral put forward sign signup up apply tell know let when opens open opening reopens
please pls plz can could would will you me my i im the a an to for on of in at it its that this one them
with and or about course courses route routes thing want like ok okay yes yeah number option again back
just now get be is are do does if any there place places space spaces cohort next new intake waiting list
full closed starts start message text whatsapp notify alert remind ping hear send so thanks thank""".split())
_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> set:
    return {w for w in _WORD.findall((text or "").lower()) if w not in _NOISE and len(w) > 1}


def _position(text: str) -> Optional[int]:
    tokens = _WORD.findall((text or "").lower())
    for i, token in enumerate(tokens):
        if token in _ORDINALS:
            return _ORDINALS[token]
        if token in _COUNTED and i > 0 and tokens[i - 1] in _NUMBER_WORDS:
            return _COUNTED[token]
    return None


def pick(candidates: Sequence[Mapping[str, Any]], text: str = "", ref: Optional[str] = None,
         numbered: Optional[Sequence[str]] = None) -> Optional[Mapping[str, Any]]:
    """The pathway a resident means, or None when we should ask.

    `ref` (a button's pathway id) wins; then a position as shown on screen ("refer me to 2", "the
    second one"), counted over `numbered` (every id shown since the last recommendation, in order);
    then words of one title or provider and no other's ("the data one", "Black Codher"); then the
    only candidate, but only if the message named nothing else ("tell me when the X opens", with X
    not among them, is a question to ask back, not a yes).
    """
    by_id = {str(p.get("id")): p for p in candidates}
    if ref:
        return by_id.get(str(ref))
    order = list(numbered or by_id)
    position = _position(text)
    if position is not None:
        return by_id.get(order[position]) if position < len(order) else None
    said = _words(text)
    scored = sorted(((len(said & _words(f"{p.get('title', '')} {p.get('provider', '')}")), i)
                     for i, p in enumerate(candidates)), reverse=True)
    if scored and scored[0][0] > 0:
        unique = len(scored) == 1 or scored[1][0] < scored[0][0]
        return candidates[scored[0][1]] if unique else None
    return candidates[0] if len(candidates) == 1 and not said else None


def which(candidates: Sequence[Mapping[str, Any]], intent: str, question: str) -> Tuple[str, Buttons]:
    """Ask which pathway, one quick reply each (the payload names it, so no guessing the next time)."""
    return question, [button(str(p.get("title"))[:60], intent, pathway_ref=p.get("id")) for p in candidates[:6]]


def _who(pathway: Mapping[str, Any]) -> str:
    title, provider = str(pathway.get("title") or ""), str(pathway.get("provider") or "")
    return f"{title} ({provider})" if provider and provider.lower() not in title.lower() else title


def _listed(items: Sequence[str], word: str = "and") -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {word} " + items[-1]


def _next_step(pathway: Mapping[str, Any]) -> str:
    step = pathway.get("next_step") or {}
    text = str(step.get("text") or "").strip().rstrip(".")
    where = step.get("url") or (f"call {step['phone']}" if step.get("phone") else "")
    return (f" Next: {text}" + (f" ({where})" if where else "") + ".") if text else ""


# --- refer me --------------------------------------------------------------------------------------------
def referral_question(pathway: Mapping[str, Any], facts: Sequence[str],
                      follow_up_days: Optional[int] = None) -> Tuple[str, Buttons]:
    """Consent for this provider, naming what would be shared: the answer is the consent. With
    `follow_up_days` (a phone we can reach), a second yes also asks us to check in later."""
    shared = _listed([replies.FACT_WORDS.get(f, f.replace("_", " ")) for f in facts]) if facts else "that you asked"
    buttons = [button("Yes, share it", "affirm")]
    if follow_up_days:
        buttons.append(button(f"Yes, and check on me in {follow_up_days} days", "affirm", follow_up="yes"))
    buttons.append(button("No", "deny"))
    return (f"To refer you to {_who(pathway)}, I will share what you told me ({shared}) with them and "
            "with our outreach team, so they can contact you. Is that OK?", buttons)


def referral_done(pathway: Mapping[str, Any], reference: str, *, follow_up_days: Optional[int] = None) -> str:
    text = (f"Done. I have referred you to {_who(pathway)}. Your reference is {reference}: quote it if "
            f"you contact them.{_next_step(pathway)}")
    if follow_up_days:
        text += f" I will message you in {follow_up_days} days to ask how it went."
    return text


def already_referred(pathway: Mapping[str, Any], reference: str, status_words: str) -> str:
    return f"You are already referred to {_who(pathway)} (reference {reference}: {status_words.lower()})."


REFERRAL_DECLINED = "OK, I haven't shared anything. You can still apply yourself: the next step is in each suggestion."
REFER_WHICH = "Which one should I refer you to?"
REFER_NOTHING_PENDING = 'Tell me which one to refer you to, for example "refer me to 1".'
STALE = 'Things have changed since I last suggested routes. Say "more" to see routes for you now.'
REFER_UNAVAILABLE = ("Sorry, I couldn't make the referral just now. Please try again in a few minutes, "
                     "or apply yourself: the next step is in each suggestion.")


# --- tell me when it opens ------------------------------------------------------------------------------
def waiting_pathways(result: Any, shown_ids: Sequence[str]) -> List[Dict[str, Any]]:
    """Pathways the resident was shown that are full or waitlisted, then the closed ones that would
    otherwise fit them (near misses only on status): what "tell me when it opens" can be about."""
    payload = result.to_payload()
    by_id = {p["id"]: p for p in payload["pathways"]}
    out = [by_id[i] for i in shown_ids if i in by_id and by_id[i].get("status") in NOT_OPEN]
    for miss in getattr(result, "near_misses", []):
        if miss.rule == "status" and miss.pathway.id not in {p["id"] for p in out}:
            out.append(miss.pathway.to_summary_dict())
    return out


def subscribed(pathway: Mapping[str, Any], channel: str) -> str:
    how = CHANNEL_WORDS.get(channel, "text message")
    return (f"OK. I will send you one {how} when {pathway.get('title')} opens for applications. "
            'Say "stop following up" if you change your mind.')


def not_reachable(pathway: Mapping[str, Any]) -> Tuple[str, Buttons]:
    return (f"I can only tell you by text or WhatsApp, and this chat can't reach your phone. Say \"send me "
            f"this\" and give me your mobile number: I will send you these routes, then tell you when "
            f"{pathway.get('title')} opens.", [button("Send me this", "send_me_this"), button("No thanks", "deny")])


def already_open(pathway: Mapping[str, Any]) -> str:
    return f"{pathway.get('title')} is open now, so you can apply straight away.{_next_step(pathway)}"


NOTIFY_WHICH = "Which one should I tell you about?"
NOTHING_WAITING = ('Everything I suggested is open now, so you can apply straight away. Say "refer me" if '
                   "you'd like me to refer you.")
NOTIFY_UNAVAILABLE = "Sorry, I couldn't set that up just now. Please ask me again in a few minutes."


# --- send me this -----------------------------------------------------------------------------------------
_WHATSAPP = re.compile(r"\bwhats\s?app\b|\bwa\b", re.IGNORECASE)


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


SEND_QUESTION = ("I can send these routes to your phone, with a code to carry on later. What is your mobile "
                 'number? Add "WhatsApp" if you would rather get it there. I will check with you before I '
                 "send anything.")


def send_retry(allowed: Sequence[str] = phones.DEFAULT_ALLOWED) -> str:
    """Asked again after something that is not a number we can send to."""
    return (f"I can only send to {phones.allowed_words(allowed)}. Please type it like 07700 900123, "
            'or say "no thanks".')


SEND_RETRY = send_retry()
SEND_BUTTONS = [button("No thanks", "deny")]
SEND_CONFIRM_BUTTONS = [button("Yes, send it", "affirm"), button("No thanks", "deny")]
SEND_CONFIRM_RETRY = 'Say "yes" to send it, type a different number, or say "no thanks".'
PENDING_COURSE = "the course you asked about"


def send_confirmation(send_to: str, *, notify_title: Optional[str] = None, again: bool = False) -> Tuple[str, Buttons]:
    """The consent question once a usable number is given: what will be sent, where, how often, and
    what the number is kept for. Nothing is sent before a yes. `notify_title`: the course whose opening
    will be one more message ("tell me when it opens" on the web waits for a phone)."""
    channel, number = split_send_to(send_to)
    verb, where = ("send", " on WhatsApp") if channel == "whatsapp" else ("text", "")
    how_often = f" now, and once more when {notify_title} opens" if notify_title else ", once"
    text = (f"I'll {verb} your routes and a resume code to the number ending {str(number or '')[-4:]}{where}"
            f"{how_often}. We won't use the number for anything else, and \"forget me\" here deletes it, unless "
            "that phone has its own chat with us. Send it?")
    return (f"{SEND_CONFIRM_RETRY} {text}" if again else text), list(SEND_CONFIRM_BUTTONS)


def send_cancelled(had_number: bool) -> str:
    """No thanks (or forget me, a person, goodbye) before the yes: nothing sent, the number dropped."""
    return "OK, I won't send anything, and I won't use that number." if had_number else "OK, I won't send anything."


SEND_AFTER_QUESTIONS = 'I will send them once I have suggested some routes. Say "send me this" again then.'


def summary(result: Any, shown_ids: Sequence[str], *, code_days: int, on_phone: bool, own_chat: bool = False) -> str:
    """The routes shown, one line each, and how to carry on; `{code}` is filled with a resume code.
    On the web the text goes to a typed number instead: see `phone_summary`."""
    recs = _shown_recommendations(result, shown_ids)
    if not on_phone:
        return phone_summary(recs, code_days=code_days, own_chat=own_chat)
    lines = ["Your routes from Waymark:"] + [replies.pathway_line(n, rec) for n, rec in enumerate(recs, 1)]
    lines.append(f"To carry on from the website, type RESUME {{code}} in the chat there. "
                 f"The code works for {code_days} days.")
    return "\n".join(lines)


def _shown_recommendations(result: Any, shown_ids: Sequence[str]) -> List[Any]:
    by_id = {rec.pathway.id: rec for rec in result.recommendations}
    return [by_id[i] for i in shown_ids if i in by_id][:6]


# A message to a typed number is kept to 4 SMS segments (4 x 153 GSM-7 characters; the gateway folds
# typographic punctuation to GSM-7): it reaches a phone that never wrote to us, and each segment costs.
PHONE_SUMMARY_MAX_CHARS = 612


def _short_line(number: int, recommendation: Any) -> str:
    pathway = recommendation.pathway
    head = f"{number}. {pathway.title}"
    if pathway.provider and pathway.provider.lower() not in pathway.title.lower():
        head += f", {pathway.provider}"
    step = pathway.next_step
    where = step.url or step.phone or step.text
    return (f"{head}: {where}" if where else head)[:200]


def _more(count: int) -> str:
    return f"(+{count} more when you carry on)"


def phone_summary(recommendations: Sequence[Any], *, code_days: int, asked_where: str = "on our website",
                  own_chat: bool = False, max_chars: int = PHONE_SUMMARY_MAX_CHARS) -> str:
    """The message for a typed number: who asked where, the routes (as many as fit, and how many did
    not), how that phone carries on (texting the code back is what joins it to the conversation) and
    what to do if it was not them. `own_chat`: the phone already has its own chat with us, and is
    told that the code would move it. `{code}` is filled with the resume code."""
    head = f"Waymark: the routes you asked for {asked_where}."
    if own_chat:
        tail = (f"This phone already has its own chat with Waymark: reply RESUME {{code}} only to move it to "
                f"this one (works once, for {code_days} days). Not you? Ignore this, or reply STOP.")
    else:
        tail = (f"To carry on here, reply RESUME {{code}} (works once, for {code_days} days). "
                "Not you? Ignore this, or reply STOP.")
    lines = [_short_line(n, rec) for n, rec in enumerate(recommendations, 1)]
    if not lines:
        lines = ["We'll find routes for you when you carry on."]
    # `{code}` becomes the code ("K7Q-4MP" today): room is kept for a code of up to 20 characters.
    budget = max_chars - len(head) - len(tail) - 2 - (20 - len("{code}"))
    kept: List[str] = []
    for i, line in enumerate(lines):
        left = len(lines) - i - 1  # room is kept for saying how many did not fit
        if len("\n".join(kept + [line] + ([_more(left)] if left else []))) > budget:
            kept.append(_more(left + 1))
            break
        kept.append(line)
    return "\n".join([head, *kept, tail])


def sent(status: str, number: str, code: Optional[str], code_days: int, *,
         allowed: Sequence[str] = phones.DEFAULT_ALLOWED) -> str:
    """What the resident sees on screen once we tried to send."""
    if status in ("sent", "template"):
        return (f"Sent to the number ending {number[-4:]}. To carry on from that phone, reply to the message "
                "with RESUME and the code in it.")
    # A number that sent STOP is not named as such: anyone can type any number here, and the words would
    # tell them whether its owner has ever texted Waymark. It reads as any failed send, which says how a
    # phone that did send STOP gets messages again.
    if status == "not_allowed":
        return f"I can only send to {phones.allowed_words(allowed)}, so I haven't sent anything."
    if status == "bad_number":
        return "That doesn't look like a mobile number, so I haven't sent anything."
    if status == "capped":
        return ("Sorry, I can't send that now: Waymark sends only a few messages a day to any one number or "
                "from any one chat, so it can't be used to send unwanted texts. Please try again tomorrow; "
                "your routes are still here in this chat.")
    tail = (f" To carry on later, type RESUME {code} in any Waymark chat within {code_days} days."
            if code else "")
    if status == "unconfigured":  # nothing can be sent to any number: nothing to learn about this one
        return "Sorry, I couldn't send the message just now." + tail
    return ("Sorry, I couldn't send the message just now. (If that phone ever replied STOP to Waymark, text "
            "START to us from it first.)" + tail)


NOTHING_TO_SEND = replies.NOTHING_SHOWN_YET
SEND_UNAVAILABLE = "Sorry, I couldn't send the message just now. Please try again in a few minutes."

__all__ = ["CHANNEL_WORDS", "NOT_OPEN", "PHONE_CHANNELS", "already_open", "already_referred", "button", "offer",
           "parse_send_to", "phone_summary", "pick", "referral_done", "referral_question", "send_cancelled", "send_confirmation",
           "send_form_slots", "send_retry", "send_to_answer", "sent", "split_send_to", "subscribed", "summary", "not_reachable", "waiting_pathways", "which"]
