""""Talk to a person" in the chat: what goes in the worker's packet, and what the resident is told.

Pure functions; bot.residents.handoff keeps the queue. The packet carries what a worker needs to pick up without
asking again: the facts held (profile), the routes shown with their reasons, how well the resident
reads English, how urgent it sounds, and the channel to answer on.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from babel import dates

from bot.dialogue import intake, replies
from bot.residents import office_hours
from bot.dialogue.next_steps import PHONE_CHANNELS, button
from bot.language.words import P_, date_locale, words_for

DAY_NAMES = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday", "fri": "Friday",
             "sat": "Saturday", "sun": "Sunday"}
# Words that mean someone needs help today, not a course next term: the worker sees these first.
_URGENT = re.compile(r"\b(urgent|urgently|emergency|asap|right now|today|tonight|homeless|evict\w*|no food|"
                     r"no money|crisis|desperate|sanction\w*|scared|unsafe|danger)\b", re.IGNORECASE)


def _clock(hour: int, minute: int) -> str:
    if hour % 24 == 0 and minute == 0:
        return "midnight"
    suffix = "am" if hour < 12 else "pm"
    hour12 = hour % 12 or 12
    return f"{hour12}{suffix}" if minute == 0 else f"{hour12}:{minute:02d}{suffix}"


# TRANSLATORS: office hours: "Monday to Friday", then "Monday to Friday, 9:00 to 17:00". The day names and
# times come from the language's own calendar data (CLDR, through Babel).
_DAY_RANGE = P_("office_hours", "{first} to {last}")
_SPAN = P_("office_hours", "{days}, {start} to {end}")


def hours_words(text: str, lang: Optional[str] = None) -> str:
    """ "Mon-Fri 09:00-17:00; Sat 10:00-13:00" -> "Monday to Friday, 9am to 5pm; Saturday, 10am to 1pm",
    from what bot.residents.office_hours reads the setting as (the hours the queue keeps); in another
    language, its day names and times (CLDR) joined by the catalogue's words."""
    try:
        spans = office_hours.read(text)
    except ValueError:
        return text  # processes use the default for unreadable hours; say them as written rather than fail
    if lang and lang != "en":
        return _hours_in(spans, lang) or text
    parts = []
    for span in spans:
        days = DAY_NAMES[office_hours.DAYS[span.first]]
        if span.last != span.first:
            days += " to " + DAY_NAMES[office_hours.DAYS[span.last]]
        start = _clock(*divmod(span.start, 60))
        end = _clock(*divmod(span.end, 60))
        parts.append(f"{days}, {start} to {end}")
    return "; ".join(parts) or text


def _hours_in(spans, lang: str) -> str:
    w = words_for(lang)
    names = dates.get_day_names("wide", locale=date_locale(lang))  # Monday is 0, as in office_hours.DAYS

    def clock(minutes: int) -> str:
        hour, minute = divmod(minutes, 60)
        return dates.format_time(dt.time(hour % 24, minute), format="short", locale=date_locale(lang))

    parts = []
    for span in spans:
        days = names[span.first]
        if span.last != span.first:
            days = w.say(_DAY_RANGE, first=days, last=names[span.last])
        parts.append(w.say(_SPAN, days=days, start=clock(span.start), end=clock(span.end)))
    return "; ".join(parts)


def urgency(text: str) -> str:
    return "high" if _URGENT.search(text or "") else "normal"


def language(english_level: Optional[str]) -> str:
    """The packet's language: we chat in English; a worker may want an interpreter for the first two."""
    return {"none": "en (very little)", "basic": "en (basic)"}.get(str(english_level or ""), "en")


def profile(slots: Mapping[str, Any]) -> Dict[str, Any]:
    """The facts held, checked against the slot contract: what the resident would otherwise repeat."""
    held, _invalid = intake.profile_from_slots(slots)
    out = {name: getattr(held, name) for name in intake.PROFILE_SLOTS if getattr(held, name) is not None}
    groups = slots.get(intake.TARGET_GROUPS_SLOT)
    if groups:
        out[intake.TARGET_GROUPS_SLOT] = list(groups)
    return out


def shown_recommendations(payload: Optional[Mapping[str, Any]], shown_ids: Sequence[str]) -> List[Dict[str, Any]]:
    """The routes the resident was shown, with their reasons, in the order shown."""
    if not payload:
        return []
    by_id = {p["id"]: p for p in payload.get("pathways", [])}
    return [by_id[i] for i in shown_ids if i in by_id]


# --- what the resident is told ------------------------------------------------------------------------------
# In the conversation's language, {hours} too (the office hours in words, hours_words). A worker's own
# messages are theirs. TRANSLATORS: keep "no thanks", "talk to a person" and RESUME in English: they are what
# is understood; keep the phone number exactly.
TIMES = (("Morning", "morning"), ("Afternoon", "afternoon"), ("Any time", "any time"))
_TIME_TITLES = {"morning": P_("handoff_time", "Morning"), "afternoon": P_("handoff_time", "Afternoon"),
                "any time": P_("handoff_time", "Any time")}
_QUEUED = P_("handoff", "I've asked an outreach worker to join this chat. They are in {hours}, and someone should "
                        "reply here soon. They will see what you've told me, so you won't have to repeat it. Say "
                        "hello to carry on with my questions while you wait.")
_NOT_IN = P_("handoff", "Our outreach team isn't in right now (they are in {hours}).")
_CALL_BACK = P_("handoff", 'Would you like them to call or message you back on this number? Tap a time, or say '
                           '"no thanks".')
_REPLY_HERE = P_("handoff", "Would you like someone to reply in this chat when they are in?")
_NCS = P_("handoff", "You can also call the National Careers Service free on 0800 100 900.")
_YES_PLEASE, _NO_THANKS = P_("handoff_reply", "Yes please"), P_("handoff_reply", "No thanks")
_BOOKED_PHONE = P_("handoff", "Thank you. Someone will call or message you on this number ({when}) when the team "
                              "is in. Your answers go with the request, so you won't have to repeat them.")
_BOOKED_WEB = P_("handoff", "Thank you. A worker will reply in this chat when the team is in.")
_RESUME = P_("handoff", "To come back to it from any device, type RESUME {code} in the chat. The code works for "
                        "{days} days.")
_DECLINED = P_("handoff", "OK, I haven't asked anyone to get in touch.")
_ALREADY_WAITING = P_("handoff", "A worker will reply here as soon as they can. You can keep chatting with me "
                                 "meanwhile.")
_NOTHING_OPEN = P_("handoff", 'OK. Say "talk to a person" whenever you would like someone to get in touch.')
_UNAVAILABLE = P_("handoff", "Sorry, I couldn't reach our outreach team's list just now. Please try again in a few "
                             "minutes.")


def queued(hours: str, lang: Optional[str] = None) -> str:
    return replies.say(_QUEUED, lang, hours=hours_words(hours, lang))


def callback_offer(hours: str, channel: str, lang: Optional[str] = None) -> Tuple[str, List[Dict[str, str]]]:
    """Outside office hours: a callback, on the resident's phone, or in this chat on the web."""
    w = words_for(lang)
    head = w.say(_NOT_IN, hours=hours_words(hours, lang))
    if channel in PHONE_CHANNELS:
        buttons = [button(w.say(_TIME_TITLES[value]), "affirm", callback_time=value) for _title, value in TIMES]
        text = f"{head} {w.say(_CALL_BACK)}"
    else:
        buttons = [button(w.say(_YES_PLEASE), "affirm")]
        text = f"{head} {w.say(_REPLY_HERE)}"
    buttons.append(button(w.say(_NO_THANKS), "deny"))
    return f"{text} {w.say(_NCS)}", buttons


def callback_booked(channel: str, when: str, code: Optional[str], code_days: int, lang: Optional[str] = None) -> str:
    w = words_for(lang)
    if channel in PHONE_CHANNELS:
        return w.say(_BOOKED_PHONE, when=when)
    text = w.say(_BOOKED_WEB)
    if code:
        text += " " + w.say(_RESUME, code=code, days=code_days)
    return text


def callback_declined(lang: Optional[str] = None) -> str:
    return replies.say(_DECLINED, lang) + " " + replies.national_careers_service(lang)


def already_waiting(lang: Optional[str] = None) -> str:
    return replies.say(_ALREADY_WAITING, lang)


def nothing_open(lang: Optional[str] = None) -> str:
    return replies.say(_NOTHING_OPEN, lang)


def handoff_unavailable(lang: Optional[str] = None) -> str:
    return replies.say(_UNAVAILABLE, lang) + " " + replies.national_careers_service(lang)


CALLBACK_DECLINED, ALREADY_WAITING, NOTHING_OPEN = callback_declined(), already_waiting(), nothing_open()
HANDOFF_UNAVAILABLE = handoff_unavailable()


def callback_when(time_choice: Optional[str], text: str) -> str:
    """The resident's own words for when suits them (a tap gives one of TIMES); never blank."""
    words = " ".join(str(time_choice or text or "").split())
    if not time_choice and words.lower().strip(".! ") in ("yes", "yes please", "yeah", "ok", "okay", "please",
                                                         "y", "sure"):
        return "any time"
    return (words or "any time")[:120]


__all__ = ["ALREADY_WAITING", "CALLBACK_DECLINED", "HANDOFF_UNAVAILABLE", "NOTHING_OPEN", "TIMES", "already_waiting",
           "callback_booked", "callback_declined", "callback_offer", "handoff_unavailable", "nothing_open", "callback_when", "hours_words", "language", "profile", "queued",
           "shown_recommendations", "urgency"]
