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


def _yes(value: bool) -> str:
    return "yes" if value else "no"


_TOGGLE = {
    "keep_conversation": ("Keep my conversation", "Don't keep my conversation"),
    "share_with_provider": ("Share with providers", "Don't share my details"),
    "follow_ups": ("Allow follow-ups", "Stop follow-ups"),
}


def menu(consent: rights.Consent) -> Tuple[str, Buttons]:
    """The three choices as they stand, and one quick reply to flip each."""
    lines = ["Your choices (you can change them any time):"]
    lines += [f"- {words}: {_yes(getattr(consent, name))}" for name, words in rights.CONSENT_WORDS.items()]
    buttons = []
    for name in CHOICES:
        on = getattr(consent, name)
        title = _TOGGLE[name][1] if on else _TOGGLE[name][0]
        value = "off" if on else "on"
        buttons.append({"title": title, "payload": '/manage_consent{"consent_choice": "%s:%s"}' % (name, value)})
    return "\n".join(lines), buttons


def changed(changes: Mapping[str, bool], *, retention_days: int) -> str:
    """What the choices now mean in practice, one sentence per choice changed."""
    said = {
        ("follow_ups", False): "I won't send you follow-ups or notifications, and I've cancelled any you asked for.",
        ("follow_ups", True): "I may send you a follow-up about a referral and the notifications you ask for. "
                              "Reply STOP to any of them to stop.",
        ("share_with_provider", False): "I won't share your details with providers. If you ask me to refer "
                                        "you, I will ask first.",
        ("share_with_provider", True): "I will share your details with a provider when you ask me to refer you.",
        ("keep_conversation", False): "I won't keep this conversation: it is deleted a day after you stop "
                                      "chatting, so you can't come back to it later.",
        ("keep_conversation", True): f"I will keep this conversation for {retention_days} days after your last "
                                     "message, so you can come back to it.",
    }
    lines = [said[(name, bool(value))] for name, value in changes.items() if (name, bool(value)) in said]
    return "Done. " + " ".join(lines) + ' Say "my choices" to see them all.'


CONSENT_UNAVAILABLE = "Sorry, I couldn't change that just now. Please ask me again in a few minutes."


# --- what we hold ---------------------------------------------------------------------------------------
def held_text(held: Sequence[rights.Held]) -> str:
    """Every store that holds something about the resident, what is in it, and where it is kept."""
    told = [h for h in held if h.what != "Your choices"]
    lines = ["Here is everything Waymark holds about you." if told else
             "I don't hold anything about you yet, apart from your choices."]
    for item in held:
        lines.append(f"\n{item.what} (kept on {item.where}):")
        lines += [f"- {line}" for line in item.items]
    lines.append('\nTo correct something, just tell me (for example "I\'m 25"). Say "my choices" to change '
                 'what we may do, or "forget me" to delete it all.')
    return "\n".join(lines)


def link_too_new(ready_at: float, *, erase: bool, zone: str = "Europe/London", hours: float = 24) -> str:
    """Why a chat continued with a resume code may not see or delete the record yet, and what to do."""
    local = dt.datetime.fromtimestamp(ready_at, ZoneInfo(zone))
    when = f"{local:%H:%M} on {local.day} {local:%B}"
    doing = "delete what Waymark holds about you" if erase else "show what Waymark holds about you"
    return (f"Sorry, I can't {doing} in this chat yet. For your safety, a chat continued with a resume code "
            f"has to wait {hours:g} hours before it can do that, so you can from {when}. You can do it straight "
            "away from the phone or browser where you started. Everything else works as normal.")


HELD_UNAVAILABLE = ('Sorry, I can\'t look that up just now. Please ask again in a few minutes. You can say '
                    '"forget me" at any time to delete everything.')


# --- corrections ------------------------------------------------------------------------------------------
def corrected(changes: Sequence[Tuple[str, Any]], asking_for: Optional[str] = None) -> Optional[str]:
    """ "OK, I've changed your age to 25." for facts the resident corrected (None when nothing changed);
    "his age" when they are asking for someone else (asking_for: he, she or they)."""
    parts = [f"{replies.about_them(replies.FACT_WORDS.get(name, name.replace('_', ' ')), asking_for)} to "
             f"{rights.value_words(name, value)}" for name, value in changes]
    if not parts:
        return None
    return "OK, I've changed " + (parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]) + "."


# --- erasure ----------------------------------------------------------------------------------------------
def erased(removed: Sequence[str], receipt: str) -> str:
    """The forget-me reply with its receipt: the reference proves it happened without saying who asked."""
    head = replies.removed_head(removed)
    return (f"{head} I also deleted anything else Waymark kept about you (referrals, requests, reminders and "
            f"phone numbers). Your receipt reference is {receipt}. Say hello if you want to start again.")


def erased_partly(removed: Sequence[str]) -> str:
    head = replies.removed_head(removed)
    return (f"{head} I couldn't reach our other records just now (referrals, requests and phone numbers, if "
            'you had any). Please say "forget me" again in a few minutes so I can finish.')


__all__ = ["CHOICES", "CONSENT_UNAVAILABLE", "HELD_UNAVAILABLE", "changed", "consent_request", "corrected",
           "erased", "erased_partly", "held_text", "link_too_new", "menu"]
