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

from bot.dialogue.about_them import PERSONS, said_about
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


# TRANSLATORS: joins the last two items of a list: "your age, where you live and what you'd like to learn".
_AND = P_("list", "and")


def _listed(items: Sequence[str], word: str = "and") -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {word} " + items[-1]


# TRANSLATORS: after a sentence about a route: what to do next. {step} is the provider's own words (English);
# {where} a web address or "call 0121 ...".
_NEXT = P_("next_step", " Next: {step} ({where}).")
_NEXT_NOWHERE = P_("next_step", " Next: {step}.")
# TRANSLATORS: {phone} is a telephone number, in "Next: ... (call {phone})".
_CALL = P_("next_step", "call {phone}")


def _next_step(pathway: Mapping[str, Any], lang: Optional[str] = None) -> str:
    w = words_for(lang)
    step = pathway.get("next_step") or {}
    text = str(step.get("text") or "").strip().rstrip(".")
    if not text:
        return ""
    where = step.get("url") or (w.say(_CALL, phone=step["phone"]) if step.get("phone") else "")
    return w.say(_NEXT, step=text, where=where) if where else w.say(_NEXT_NOWHERE, step=text)


# --- refer me --------------------------------------------------------------------------------------------
# TRANSLATORS: {who}: the course and its provider; {shared}: the facts listed ("your age and where you live").
_REFER_QUESTION = P_("refer", "To refer you to {who}, I will share what you told me ({shared}) with them and with our "
                              "outreach team, so they can contact you. Is that OK?")
# TRANSLATORS: stands for the facts shared when the resident told us none.
_THAT_YOU_ASKED = P_("refer", "that you asked")
# TRANSLATORS: quick replies: short.
_YES_SHARE = P_("refer_reply", "Yes, share it")
_YES_CHECK_ON_ME = P_("refer_reply", "Yes, and check on me in {days} days")
_NO = P_("refer_reply", "No")
# TRANSLATORS: {reference}: the referral's reference, keep it exactly. {next}: " Next: ..." or nothing.
_REFERRED = P_("refer", "Done. I have referred you to {who}. Your reference is {reference}: quote it if you contact "
                        "them.{next}")
_FOLLOW_UP = P_("refer", "I will message you in {days} days to ask how it went.")
# TRANSLATORS: {status}: how the referral stands, such as "sent to the provider".
_ALREADY_REFERRED = P_("refer", "You are already referred to {who} (reference {reference}: {status}).")
_REFERRAL_DECLINED = P_("refer", "OK, I haven't shared anything. You can still apply yourself: the next step is in "
                                 "each suggestion.")
_REFER_WHICH = P_("refer", "Which one should I refer you to?")
# TRANSLATORS: keep "refer me to 1" in English: it is what is understood.
_REFER_NOTHING_PENDING = P_("refer", 'Tell me which one to refer you to, for example "refer me to 1".')
# TRANSLATORS: keep "more" in English.
_STALE = P_("refer", 'Things have changed since I last suggested routes. Say "more" to see routes for you now.')
_REFER_UNAVAILABLE = P_("refer", "Sorry, I couldn't make the referral just now. Please try again in a few minutes, "
                                 "or apply yourself: the next step is in each suggestion.")
# TRANSLATORS: keep "refer me" in English.
_REFER_LATER = P_("refer", 'OK. Say "refer me" whenever you would like me to refer you.')
REFERRAL_DECLINED, REFER_WHICH = _REFERRAL_DECLINED[1], _REFER_WHICH[1]
REFER_NOTHING_PENDING, STALE, REFER_UNAVAILABLE = _REFER_NOTHING_PENDING[1], _STALE[1], _REFER_UNAVAILABLE[1]


def referral_question(pathway: Mapping[str, Any], facts: Sequence[str],
                      follow_up_days: Optional[int] = None, lang: Optional[str] = None,
                      asking_for: Optional[str] = None) -> Tuple[str, Buttons]:
    """Consent for this provider, naming what would be shared: the answer is the consent. With
    `follow_up_days` (a phone we can reach), a second yes also asks us to check in later. For someone the
    resident asks for (`asking_for`), the facts are theirs and the asker is asked to check they agree."""
    w = words_for(lang)
    table = "fact_noun" if asking_for in PERSONS else "fact_phrase"
    shared = (_listed([w(table, f, f.replace("_", " ")) for f in facts], w.say(_AND)) if facts
              else w.say(_THAT_YOU_ASKED))
    buttons = [button(w.say(_YES_SHARE), "affirm")]
    if follow_up_days:
        buttons.append(button(w.say(_YES_CHECK_ON_ME, days=follow_up_days), "affirm", follow_up="yes"))
    buttons.append(button(w.say(_NO), "deny"))
    return said_about(w.say(_REFER_QUESTION, who=_who(pathway), shared=shared), asking_for, lang), buttons


def referral_done(pathway: Mapping[str, Any], reference: str, *, follow_up_days: Optional[int] = None,
                  lang: Optional[str] = None, asking_for: Optional[str] = None) -> str:
    w = words_for(lang)
    text = said_about(w.say(_REFERRED, who=_who(pathway), reference=reference, next=_next_step(pathway, lang)),
                      asking_for, lang)
    if follow_up_days:
        text += " " + w.say(_FOLLOW_UP, days=follow_up_days)
    return text


def already_referred(pathway: Mapping[str, Any], reference: str, status_words: str,
                     lang: Optional[str] = None, asking_for: Optional[str] = None) -> str:
    return said_about(words_for(lang).say(_ALREADY_REFERRED, who=_who(pathway), reference=reference,
                                          status=status_words.lower()), asking_for, lang)


def refer_later(lang: Optional[str] = None) -> str:
    return words_for(lang).say(_REFER_LATER)


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


# TRANSLATORS: {how}: "text message" or "WhatsApp"; {title}: the course. Keep "stop following up" in English.
_SUBSCRIBED = P_("notify", 'OK. I will send you one {how} when {title} opens for applications. Say "stop following '
                           'up" if you change your mind.')
# TRANSLATORS: keep "send me this" in English.
_NOT_REACHABLE = P_("notify", "I can only tell you by text or WhatsApp, and this chat can't reach your phone. Say "
                              '"send me this" and give me your mobile number: I will send you these routes, then '
                              "tell you when {title} opens.")
# TRANSLATORS: quick replies: short.
_SEND_ME_THIS_REPLY, _NO_THANKS = P_("notify_reply", "Send me this"), P_("notify_reply", "No thanks")
_ALREADY_OPEN = P_("notify", "{title} is open now, so you can apply straight away.{next}")
_NOTIFY_WHICH = P_("notify", "Which one should I tell you about?")
# TRANSLATORS: keep "refer me" in English.
_NOTHING_WAITING = P_("notify", 'Everything I suggested is open now, so you can apply straight away. Say "refer me" if '
                                "you'd like me to refer you.")
_NOTIFY_UNAVAILABLE = P_("notify", "Sorry, I couldn't set that up just now. Please ask me again in a few minutes.")
NOTIFY_WHICH, NOTHING_WAITING, NOTIFY_UNAVAILABLE = _NOTIFY_WHICH[1], _NOTHING_WAITING[1], _NOTIFY_UNAVAILABLE[1]
# The entries, for `say(entry, lang)` in the actions.
TEXTS = {"refer_which": _REFER_WHICH, "refer_declined": _REFERRAL_DECLINED, "refer_nothing_pending": _REFER_NOTHING_PENDING,
         "stale": _STALE, "refer_unavailable": _REFER_UNAVAILABLE, "notify_which": _NOTIFY_WHICH,
         "nothing_waiting": _NOTHING_WAITING, "notify_unavailable": _NOTIFY_UNAVAILABLE}


def text(name: str, lang: Optional[str] = None, asking_for: Optional[str] = None) -> str:
    """A fixed text of this module by name (TEXTS) in the conversation's language (said about the person
    asked for, where it has a "you" that is theirs)."""
    return said_about(words_for(lang).say(TEXTS[name]), asking_for, lang)


def subscribed(pathway: Mapping[str, Any], channel: str, lang: Optional[str] = None) -> str:
    w = words_for(lang)
    how = w("send_channel", channel, w("send_channel", "sms"))
    return w.say(_SUBSCRIBED, how=how, title=pathway.get("title"))


def not_reachable(pathway: Mapping[str, Any], lang: Optional[str] = None) -> Tuple[str, Buttons]:
    w = words_for(lang)
    return (w.say(_NOT_REACHABLE, title=pathway.get("title")),
            [button(w.say(_SEND_ME_THIS_REPLY), "send_me_this"), button(w.say(_NO_THANKS), "deny")])


def already_open(pathway: Mapping[str, Any], lang: Optional[str] = None) -> str:
    return words_for(lang).say(_ALREADY_OPEN, title=pathway.get("title"), next=_next_step(pathway, lang))


__all__ = ["CHANNEL_WORDS", "NOT_OPEN", "PHONE_CHANNELS", "TEXTS", "already_open", "already_referred", "button", "offer",
           "pick", "refer_later", "referral_done", "referral_question", "subscribed", "not_reachable", "text",
           "waiting_pathways", "which"]
