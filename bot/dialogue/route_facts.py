"""The fixed words of a route's facts and card, in the conversation's language: who pays, cost and dates
(or "ask the provider"), benefits, where the facts come from, and the card's labels for the web widget.

The frames are gettext messages (P_); a language's frames are looked up once per process and dates are
written once per day and language (CLDR's medium date through Babel), so a card costs str.format. The
catalogue's own free text (a cost description, a benefits note, a next step) stays English, marked
"(in English)" in another language. Pure functions over `Pathway.to_summary_dict()`.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any, Dict, List, Mapping, Optional

from bot.language.words import P_, date_locale, words_for

def sentence(text: str) -> str:
    text = " ".join(str(text).split()).rstrip(".")
    return text[:1].upper() + text[1:] if text else text


# --- the facts of a recommendation: who pays, cost, dates, benefits, where they come from -------------

# TRANSLATORS: the fixed words of a route's facts on its card and its text line. {cost}, {note} and the
# next step are the catalogue's own English words; {date} is a date already written in the language.
ASK_THE_PROVIDER = "ask the provider"
_ASK = P_("route_facts", "ask the provider")
_NOT_SOURCED = ("ask the provider", "not stated: ask the provider")
_FACT = {
    "paid_by": P_("route_facts", "Paid for by {funder}"),
    "cost": P_("route_facts", "Cost: {cost}"),
    "starts": P_("route_facts", "Starts {date}"),
    "apply_by": P_("route_facts", "apply by {date}"),
    "cost_and_dates_unknown": P_("route_facts", "Cost and dates: {ask}"),
    "dates_unknown": P_("route_facts", "Dates: {ask}"),
    "benefits": P_("route_facts", "Benefits: {note}."),
    "checked": P_("route_facts", "Checked {date}"),
    "see": P_("route_facts", " — see {what}"),
    "course_page": P_("route_facts", "the course page"),
    "provider_page": P_("route_facts", "the provider's page"),
    "found_it": P_("route_facts", "where we found it"),
    # TRANSLATORS: after words the catalogue holds only in English (a cost, a next step, a summary).
    "in_english": P_("route_facts", "{text} (in English)"),
    "waiting_list": P_("route_facts", " (waiting list)"),
    "please_check": P_("route_facts", "Please check: {condition}"),
    "and_more": P_("route_facts", ' (and {n} more: say "why")'),
    "next": P_("route_facts", "Next: {step}"),
}


def say(entry: "tuple[str, str]", lang: Optional[str] = None, **values: Any) -> str:
    """A sentence of this module in the conversation's language (English when `lang` is None)."""
    return words_for(lang).say(entry, **values)


@functools.lru_cache(maxsize=None)
def facts_in(lang: Optional[str]) -> Dict[str, str]:
    """The route facts' frames in a language, looked up once per process: a card costs str.format only."""
    words = words_for(lang)
    return {name: words.say(entry) for name, entry in {**_FACT, "ask": _ASK}.items()}


def english_words(text: str, lang: Optional[str]) -> str:
    """The catalogue's free text, marked as English in another language."""
    return text if (lang or "en") == "en" or not text else facts_in(lang)["in_english"].format(text=text)


@functools.lru_cache(maxsize=4096)  # a catalogue has a few hundred dates: each is written once per language
def _day(iso: Optional[str], lang: Optional[str] = None) -> Optional[str]:
    """'2026-12-04' -> '4 Dec 2026' (None stays None); in another language, CLDR's medium date for it."""
    if not iso:
        return None
    try:
        day = dt.date.fromisoformat(str(iso))
    except ValueError:
        return None
    if (lang or "en") != "en":
        from babel.dates import format_date

        return format_date(day, format="medium", locale=date_locale(lang))
    return f"{day.day} {day:%b %Y}"


def pathway_facts(summary: Mapping[str, Any], lang: Optional[str] = None) -> Dict[str, Any]:
    """What a card, an SMS line and the console show beside the reasons, from a pathway's summary
    (`Pathway.to_summary_dict()`, where an illustrative entry's cost, dates and status are already None):
    who pays, the cost and dates (or "ask the provider"), what it means for benefits where a source says
    so, and where the facts come from. Never a fact the catalogue could not source. The fixed words are in
    `lang`; the catalogue's own words stay English, marked so."""
    t = facts_in(lang)
    funder = str(summary.get("funding_body") or "").strip()
    paid_by = t["paid_by"].format(funder=funder) if funder else ""
    facts: List[str] = []
    described = str(summary.get("cost_description") or "").strip()
    cost_known = not summary.get("illustrative") and described.lower() not in _NOT_SOURCED and bool(described)
    start, deadline = _day(summary.get("next_cohort"), lang), _day(summary.get("application_deadline"), lang)
    ask = t["ask"]
    if cost_known:
        facts.append(t["cost"].format(cost=english_words(described, lang)))
    if start or deadline:
        facts.append("; ".join(part for part in (t["starts"].format(date=start) if start else "",
                                                 t["apply_by"].format(date=deadline) if deadline else "")
                               if part))
    if not cost_known and not (start or deadline):
        facts.append(t["cost_and_dates_unknown"].format(ask=ask))
    elif not cost_known:
        facts.append(t["cost"].format(cost=ask))
    elif not (start or deadline):
        facts.append(t["dates_unknown"].format(ask=ask))
    note, note_source = summary.get("benefits_note"), summary.get("benefits_source")
    if note and note_source:  # only a sourced note
        facts.append(t["benefits"].format(note=english_words(sentence(note), lang)))
    checked_on = _day(summary.get("last_verified"), lang)
    page = summary.get("page")
    what = t["course_page" if summary.get("course_url") else "provider_page" if summary.get("provider_url")
             else "found_it"]
    checked = {"text": "", "url": page or None}
    if checked_on:
        checked["text"] = t["checked"].format(date=checked_on) + (
            t["see"].format(what=what) if page else "")
    return {"paid_by": paid_by, "facts": facts, "checked": checked}


# TRANSLATORS: the headings and link words of a route's card in the web widget.
_CARD_LABELS = {
    "why": P_("card", "Why it could suit you"),
    "check": P_("card", "Check first"),
    "cost": P_("card", "Cost and funding"),
    "next": P_("card", "Next step"),
    "website": P_("card", "Go to the {provider} website"),
    "provider": P_("card", "provider"),
    "call": P_("card", "Call {phone}"),
    "referral": P_("card", "You need a referral: ask your work coach or adviser."),
    "report": P_("card", "Report wrong information"),
    "report_question": P_("card", "What is wrong about {title}?"),
    "report_send": P_("card", "Send report"),
    "report_said": P_("card", "Wrong information about {title}: {words}"),
    "open": P_("card", "Open for applications"),
    "in_english": P_("card", "(in English)"),
}


@functools.lru_cache(maxsize=None)
def card_labels(lang: Optional[str] = None) -> Dict[str, Any]:
    """The card's fixed words in a language, with the kind and status of a route in words."""
    words = words_for(lang)
    labels: Dict[str, Any] = {name: words.say(entry) for name, entry in _CARD_LABELS.items()}
    labels["kinds"] = dict(words.table("kind_noun"))
    labels["statuses"] = dict(words.table("route_status"))
    return labels


__all__ = ["ASK_THE_PROVIDER", "card_labels", "english_words", "facts_in", "pathway_facts", "say", "sentence"]
