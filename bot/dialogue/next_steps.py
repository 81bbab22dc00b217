"""After recommendations: refer me and tell me when it opens (send me this: bot.dialogue.sending). Words and
choices only.

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


__all__ = ["CHANNEL_WORDS", "NOT_OPEN", "PHONE_CHANNELS", "already_open", "already_referred", "button", "offer",
           "pick", "referral_done", "referral_question", "subscribed", "not_reachable", "waiting_pathways", "which"]
