"""A resident's data rights in the chat's own words: what we hold, their choices, corrections, erasure.

Pure functions over bot.residents.rights' results (no Rasa, no database). The choices a message asks for are read
from its words ("stop following up", "don't share my details", "you can keep our chat"), because they
are said in too many ways for one intent per choice; anything we can't read shows the menu instead,
whose buttons name the choice exactly.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from zoneinfo import ZoneInfo

from bot.dialogue import replies
from bot.language.words import P_, date_locale, words_for
from bot.residents import rights

CHOICES = tuple(rights.CONSENT_WORDS)  # keep_conversation, share_with_provider, follow_ups
Buttons = List[Dict[str, str]]

# Which choice a clause is about, by its words. Follow-ups first: "message me" is about being contacted,
# even when it also says "keep".
_ABOUT = (
    ("follow_ups", re.compile(r"follow|notif|remind|unsubscribe|opt(ed)? out|updates?\b|messag(e|ing) me|"
                              r"text(ing)? me|texts\b|contact me|get in touch|check (in|up)|chase|news")),
    ("share_with_provider", re.compile(r"shar(e|ing)|provider|pass (on|my)|give (them|my)|send my details|"
                                       r"college|refer")),
    ("keep_conversation", re.compile(r"keep|sav(e|ing)|stor(e|ing)|remember|record")),
)
_NO = re.compile(r"\b(stop|don'?t|do not|dont|no more|never|not|no|unsubscribe|opt(ed)? out|withdraw|cancel|"
                 r"turn off|switch off|off|without|rather not|delete)\b")
_CLAUSES = re.compile(r"\bbut\b|\band\b|[,;.]")
# Said with "no"/"don't" yet meaning yes: removed before looking for a refusal.
_IDIOMS = re.compile(r"(don'?t|do not|dont) mind|no (problem|worries)|not a problem|why not")


def consent_request(text: str, choice: Optional[str] = None) -> Dict[str, bool]:
    """The choices a message changes: {"follow_ups": False} for "stop following up". A button's
    `choice` entity ("follow_ups:off") is exact; words are read clause by clause."""
    if choice:
        name, _, value = str(choice).partition(":")
        return {name: value == "on"} if name in CHOICES and value in ("on", "off") else {}
    out: Dict[str, bool] = {}
    for clause in _CLAUSES.split((text or "").lower().replace("’", "'")):
        for name, about in _ABOUT:
            if about.search(clause):
                out[name] = not _NO.search(_IDIOMS.sub(" ", clause))
                break
    return out


# TRANSLATORS: a consent choice's state in the menu, and the quick replies that flip it: short.
_STATE = {True: P_("consent_state", "yes"), False: P_("consent_state", "no")}
_TOGGLE = {
    "keep_conversation": (P_("consent_toggle", "Keep my conversation"),
                          P_("consent_toggle", "Don't keep my conversation")),
    "share_with_provider": (P_("consent_toggle", "Share with providers"),
                            P_("consent_toggle", "Don't share my details")),
    "follow_ups": (P_("consent_toggle", "Allow follow-ups"), P_("consent_toggle", "Stop follow-ups")),
}
_MENU_HEAD = P_("consent", "Your choices (you can change them any time):")


def menu(consent: rights.Consent, lang: Optional[str] = None) -> Tuple[str, Buttons]:
    """The three choices as they stand, and one quick reply to flip each."""
    w = words_for(lang)
    lines = [w.say(_MENU_HEAD)]
    lines += [f"- {words}: {w.say(_STATE[bool(getattr(consent, name))])}"
              for name, words in w.table("consent").items()]
    buttons = []
    for name in CHOICES:
        on = getattr(consent, name)
        title = w.say(_TOGGLE[name][1] if on else _TOGGLE[name][0])
        value = "off" if on else "on"
        buttons.append({"title": title, "payload": '/manage_consent{"consent_choice": "%s:%s"}' % (name, value)})
    return "\n".join(lines), buttons


# TRANSLATORS: what a changed choice means in practice. Keep "STOP" and "my choices" in English: they are
# what is understood.
_SAID = {
    ("follow_ups", False): P_("consent_changed", "I won't send you follow-ups or notifications, and I've cancelled "
                                                 "any you asked for."),
    ("follow_ups", True): P_("consent_changed", "I may send you a follow-up about a referral and the notifications "
                                                "you ask for. Reply STOP to any of them to stop."),
    ("share_with_provider", False): P_("consent_changed", "I won't share your details with providers. If you ask "
                                                          "me to refer you, I will ask first."),
    ("share_with_provider", True): P_("consent_changed", "I will share your details with a provider when you ask "
                                                         "me to refer you."),
    ("keep_conversation", False): P_("consent_changed", "I won't keep this conversation: it is deleted a day after "
                                                        "you stop chatting, so you can't come back to it later."),
    ("keep_conversation", True): P_("consent_changed", "I will keep this conversation for {days} days after your "
                                                       "last message, so you can come back to it."),
}
_CHANGED = P_("consent_changed", 'Done. {said} Say "my choices" to see them all.')


def changed(changes: Mapping[str, bool], *, retention_days: int, lang: Optional[str] = None) -> str:
    """What the choices now mean in practice, one sentence per choice changed."""
    w = words_for(lang)
    lines = [w.say(_SAID[(name, bool(value))], days=retention_days) for name, value in changes.items()
             if (name, bool(value)) in _SAID]
    return w.say(_CHANGED, said=" ".join(lines))


_CONSENT_UNAVAILABLE = P_("consent", "Sorry, I couldn't change that just now. Please ask me again in a few minutes.")
CONSENT_UNAVAILABLE = _CONSENT_UNAVAILABLE[1]


def consent_unavailable(lang: Optional[str] = None) -> str:
    return words_for(lang).say(_CONSENT_UNAVAILABLE)


# --- what we hold ---------------------------------------------------------------------------------------
# TRANSLATORS: "what do you know about me": the head, each store's heading ({what} and {where}, already
# in the language: bot/residents/rights.py), and the end. Keep "my choices" and "forget me" in English: they are what is understood.
_HOLD_ALL = P_("held", "Here is everything Waymark holds about you.")
_HOLD_NOTHING = P_("held", "I don't hold anything about you yet, apart from your choices.")
_KEPT_ON = P_("held", "{what} (kept on {where}):")
_HOLD_END = P_("held", 'To correct something, just tell me (for example "I\'m 25"). Say "my choices" to change '
                       'what we may do, or "forget me" to delete it all.')


def held_text(held: Sequence[rights.Held], lang: Optional[str] = None) -> str:
    """Every store that holds something about the resident, what is in it, and where it is kept."""
    w = words_for(lang)
    told = [h for h in held if h.kind != "choices" and h.what != "Your choices"]
    lines = [w.say(_HOLD_ALL if told else _HOLD_NOTHING)]
    for item in held:
        lines.append("\n" + w.say(_KEPT_ON, what=item.what, where=item.where))
        lines += [f"- {line}" for line in item.items]
    lines.append("\n" + w.say(_HOLD_END))
    return "\n".join(lines)


# TRANSLATORS: {when} is a time and date already written ("14:05 on 3 March" in English).
_TOO_NEW = {
    True: P_("held", "Sorry, I can't delete what Waymark holds about you in this chat yet. For your safety, a chat "
                     "continued with a resume code has to wait {hours} hours before it can do that, so you can from "
                     "{when}. You can do it straight away from the phone or browser where you started. Everything "
                     "else works as normal."),
    False: P_("held", "Sorry, I can't show what Waymark holds about you in this chat yet. For your safety, a chat "
                      "continued with a resume code has to wait {hours} hours before it can do that, so you can from "
                      "{when}. You can do it straight away from the phone or browser where you started. Everything "
                      "else works as normal."),
}


def link_too_new(ready_at: float, *, erase: bool, zone: str = "Europe/London", hours: float = 24,
                 lang: Optional[str] = None) -> str:
    """Why a chat continued with a resume code may not see or delete the record yet, and what to do."""
    local = dt.datetime.fromtimestamp(ready_at, ZoneInfo(zone))
    if (lang or "en") == "en":
        when = f"{local:%H:%M} on {local.day} {local:%B}"
    else:
        from babel.dates import format_datetime

        when = format_datetime(local, "HH:mm, d MMMM", locale=date_locale(lang))
    return words_for(lang).say(_TOO_NEW[erase], hours=f"{hours:g}", when=when)


_HELD_UNAVAILABLE = P_("held", 'Sorry, I can\'t look that up just now. Please ask again in a few minutes. You can '
                               'say "forget me" at any time to delete everything.')
HELD_UNAVAILABLE = _HELD_UNAVAILABLE[1]


def held_unavailable(lang: Optional[str] = None) -> str:
    return words_for(lang).say(_HELD_UNAVAILABLE)


# --- corrections ------------------------------------------------------------------------------------------
# TRANSLATORS: a corrected fact: "your age to 25"; then the sentence that lists them.
_CHANGED_TO = P_("corrected", "{fact} to {value}")
_CORRECTED = P_("corrected", "OK, I've changed {changes}.")
_AND = P_("join", "{first} and {last}")


def corrected(changes: Sequence[Tuple[str, Any]], asking_for: Optional[str] = None,
              lang: Optional[str] = None) -> Optional[str]:
    """ "OK, I've changed your age to 25." for facts the resident corrected (None when nothing changed);
    "his age" when they are asking for someone else (asking_for: he, she or they), in English only so far."""
    w = words_for(lang)
    phrases = w.table("fact_phrase")
    english = w.lang == "en"
    parts = [w.say(_CHANGED_TO, fact=(replies.about_them(phrases.get(name, name.replace("_", " ")), asking_for)
                                      if english else phrases.get(name, name.replace("_", " "))),
                   value=rights.value_words(name, value, w)) for name, value in changes]
    if not parts:
        return None
    listed = parts[0] if len(parts) == 1 else w.say(_AND, first=", ".join(parts[:-1]), last=parts[-1])
    return w.say(_CORRECTED, changes=listed)


# --- erasure ----------------------------------------------------------------------------------------------
# TRANSLATORS: after "forget me". Keep the receipt reference exactly; keep "forget me" in English.
_ERASED = P_("erased", "{head} I also deleted anything else Waymark kept about you (referrals, requests, reminders "
                       "and phone numbers). Your receipt reference is {receipt}. Say hello if you want to start again.")
_ERASED_PARTLY = P_("erased", "{head} I couldn't reach our other records just now (referrals, requests and phone "
                              'numbers, if you had any). Please say "forget me" again in a few minutes so I can finish.')


def erased(removed: Sequence[str], receipt: str, lang: Optional[str] = None) -> str:
    """The forget-me reply with its receipt: the reference proves it happened without saying who asked."""
    return words_for(lang).say(_ERASED, head=replies.removed_head(removed, lang), receipt=receipt)


def erased_partly(removed: Sequence[str], lang: Optional[str] = None) -> str:
    return words_for(lang).say(_ERASED_PARTLY, head=replies.removed_head(removed, lang))


__all__ = ["CHOICES", "CONSENT_UNAVAILABLE", "HELD_UNAVAILABLE", "changed", "consent_request", "consent_unavailable",
           "corrected", "erased", "erased_partly", "held_text", "held_unavailable", "link_too_new", "menu"]
