"""What Waymark says about recommendations, in words any channel can show (an SMS included).

Pure functions over a `bot.pathways.matching.MatchResult`: the actions decide *when*, this module decides
*what*. Lines are short and plain, because many residents read English as a second language.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Dict, Iterable, List, Optional, Sequence

from bot.language import vocab
from bot.dialogue.about_them import CARD_WORDS, said_about
from bot.dialogue.route_facts import (card_labels, english_words, facts_in, pathway_facts, say,
                                     sentence as _sentence)
from bot.dialogue.fallback_words import ASK_REPHRASE, DEFAULT_FALLBACK, suggestions  # noqa: F401 - their home
from bot.language.words import ENGLISH, P_, words_for

PAGE = 3  # recommendations per message: what an SMS screen holds

# TRANSLATORS: keep the number, the hours and the address exactly: they are facts a resident acts on.
_NATIONAL_CAREERS_SERVICE = P_(
    "recommendations", "The National Careers Service can help too: call free on 0800 100 900 (8am to 8pm Monday to "
                       "Friday, 10am to 5pm Saturday) or go to nationalcareers.service.gov.uk.")
NATIONAL_CAREERS_SERVICE = _NATIONAL_CAREERS_SERVICE[1]


def national_careers_service(lang: Optional[str] = None) -> str:
    return words_for(lang).say(_NATIONAL_CAREERS_SERVICE)
# TRANSLATORS: the end of a list of routes. Keep "more" and "why" in English: they are what is understood.
_FOOTER_MORE_AND_WHY = P_("recommendations", 'Say "more" for other routes, or "why" for reasons.')
_FOOTER_WHY = P_("recommendations", 'Say "why" for reasons.')
FOOTER_MORE_AND_WHY, FOOTER_WHY = _FOOTER_MORE_AND_WHY[1], _FOOTER_WHY[1]
# TRANSLATORS: keep "more" in English: it is what is understood.
_UNAVAILABLE = P_("recommendations", "Sorry, I can't look up courses just now. Please try again in a few minutes: "
                                     'say "more" and I will look again.')
_NOTHING_SHOWN_YET = P_("recommendations", "I haven't suggested anything yet. Answer a few questions first and I will.")
UNAVAILABLE, NOTHING_SHOWN_YET = _UNAVAILABLE[1], _NOTHING_SHOWN_YET[1]


def unavailable(lang: Optional[str] = None) -> str:
    """Courses cannot be looked up just now (the catalogue's store is down)."""
    return words_for(lang).say(_UNAVAILABLE)


def nothing_shown_yet(lang: Optional[str] = None) -> str:
    """"why", "more", "send me this" and the like before anything was suggested."""
    return words_for(lang).say(_NOTHING_SHOWN_YET)

# TRANSLATORS: the first line of a list of routes, by the resident's situation.
_HEADER_ENTRIES = {
    "wmca": P_("recommendations", "Here are the routes that fit you best:"),
    "outside_area": P_("recommendations",
                       "As you live outside the area I cover, here are national and online routes you can use:"),
    "under_16": P_("recommendations",
                   "As you are under 16, the best place to start is your school: ask a teacher or careers "
                   "adviser about digital skills and work experience. These are for young people too:"),
    "area_unknown": P_("recommendations", "Here are routes that could fit you:"),
}
_HEADERS = {scope: msgid for scope, (_, msgid) in _HEADER_ENTRIES.items()}
# Someone asking for another person (the asking_for slot): the routes are theirs, said to the asker.
PRONOUNS = {"he": ("he", "him", "his", "s"), "she": ("she", "her", "her", "s"), "they": ("they", "them", "their", "")}
# TRANSLATORS: the first line of a list of routes for the person the resident asks for (their son, wife...),
# said to the resident; one sentence per person, since the verbs agree with them. "they": gender not said.
_HEADERS_FOR = {
    ("wmca", "he"): P_("recommendations_he", "Here are the routes he could take:"),
    ("wmca", "she"): P_("recommendations_she", "Here are the routes she could take:"),
    ("wmca", "they"): P_("recommendations_they", "Here are the routes they could take:"),
    ("outside_area", "he"): P_("recommendations_he", "As he lives outside the area I cover, here are national and "
                                                     "online routes he can use:"),
    ("outside_area", "she"): P_("recommendations_she", "As she lives outside the area I cover, here are national and "
                                                       "online routes she can use:"),
    ("outside_area", "they"): P_("recommendations_they", "As they live outside the area I cover, here are national "
                                                         "and online routes they can use:"),
    ("under_16", "he"): P_("recommendations_he", "As he is under 16, the best place to start is his school: a teacher "
                                                 "or careers adviser can help with digital skills and work experience. "
                                                 "These are for young people too:"),
    ("under_16", "she"): P_("recommendations_she", "As she is under 16, the best place to start is her school: a "
                                                   "teacher or careers adviser can help with digital skills and work "
                                                   "experience. These are for young people too:"),
    ("under_16", "they"): P_("recommendations_they", "As they are under 16, the best place to start is their school: a "
                                                     "teacher or careers adviser can help with digital skills and work "
                                                     "experience. These are for young people too:"),
    ("area_unknown", "he"): P_("recommendations_he", "Here are routes that could fit him:"),
    ("area_unknown", "she"): P_("recommendations_she", "Here are routes that could fit her:"),
    ("area_unknown", "they"): P_("recommendations_they", "Here are routes that could fit them:"),
}
_YOU_VERB = re.compile(r"\byou (live|work|want|get|can|are|\w+ed)\b")
_YOUR = re.compile(r"\byour\b")
_LIKE_YOU = re.compile(r"\blike you\b")


def about_them(phrase: str, asking_for: Optional[str]) -> str:
    """"where you live" -> "where he lives" (she, they) when the resident asks for someone else; else as is."""
    words = PRONOUNS.get(str(asking_for or ""))
    if words is None:
        return phrase
    subject, _object, possessive, ending = words

    def verb(match: "re.Match[str]") -> str:
        said = match.group(1)
        if said == "can" or said.endswith("ed"):
            return f"{subject} {said}"
        if said == "are":
            return f"{subject} {'are' if not ending else 'is'}"
        return f"{subject} {said}{ending}"

    return _LIKE_YOU.sub(f"like {_object}", _YOUR.sub(possessive, _YOU_VERB.sub(verb, phrase)))


def _header(scope: str, asking_for: Optional[str], lang: Optional[str] = None) -> str:
    scope = scope if scope in _HEADER_ENTRIES else "wmca"
    if (scope, asking_for) in _HEADERS_FOR:
        return say(_HEADERS_FOR[(scope, asking_for)], lang)
    return say(_HEADER_ENTRIES[scope], lang)


# Reasons that say most about *this* resident come first in the one-line summary.
_TELLING = ("interested", "like you", "fit your availability", "which you said")

# Slot names in a resident's words, for "forget me" and similar.
FACT_WORDS = ENGLISH.table("fact_phrase")

# Why an answer could not be used, and how to give it. The form then asks the question again.
# TRANSLATORS: said when an answer to the intake's question could not be used; the question follows.
_DIDNT_UNDERSTAND = P_("problem", "Sorry, I didn't understand that.")
_PROBLEMS = {
    "age": P_("problem", "Sorry, I didn't understand that as an age."),
    "annual_income": P_("problem", "Sorry, I didn't understand that amount."),
    "annual_income_not_yearly": P_(
        "problem", 'I need the amount for a whole year. You can say "18k", or "£10 an hour, 20 hours a week".'),
    "qualification_level": P_("problem", "Sorry, I didn't understand that qualification."),
    "universal_credit": P_("problem", 'Sorry, please answer "yes" or "no".'),
    "local_authority": P_("problem", "Sorry, I didn't understand the place."),
    "background": _DIDNT_UNDERSTAND,
    "employment_status": _DIDNT_UNDERSTAND,
    "interest": _DIDNT_UNDERSTAND,
    "availability": _DIDNT_UNDERSTAND,
    "immigration_status": _DIDNT_UNDERSTAND,
    "english_level": _DIDNT_UNDERSTAND,
}


@functools.lru_cache(maxsize=None)
def problems_in(lang: Optional[str] = None) -> Dict[str, str]:
    words = words_for(lang)
    return {name: words.say(entry) for name, entry in _PROBLEMS.items()}


def problem(name: Optional[str], lang: Optional[str] = None) -> str:
    said = problems_in(lang)
    return said.get(name or "", said["background"])


PROBLEMS = problems_in("en")


def _shorten(text: str, limit: int = 110) -> str:
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def best_reason(why: Sequence[str], avoid: Iterable[str] = ()) -> Optional[str]:
    """The one reason to show on a recommendation's line: the most personal one.

    Reasons already shown on earlier lines are avoided when there is another, so three lines do
    not all say "it covers data".
    """
    used = set(avoid)
    # A translated reason is ranked by its English msgid (bot.language.words.Said): the same in any language.
    ranked = [r for marker in _TELLING for r in why if marker in r or marker in getattr(r, "msgid", "")]
    ranked += [r for r in why if r not in ranked]
    fresh = [r for r in ranked if r not in used]
    return (fresh or ranked or [None])[0]


def _contact(next_step: Any) -> str:
    url = getattr(next_step, "url", None)
    phone = getattr(next_step, "phone", None)
    return url or (f"call {phone}" if phone else "")


def pathway_line(number: int, recommendation: Any, reason: Optional[str] = None,
                 lang: Optional[str] = None, asking_for: Optional[str] = None) -> str:
    """`1. Title, Provider. Why it fits. Who pays. Cost. Next: what to do (where). Checked <date>.` on one
    line: the facts a resident acts on travel with the route on every channel, SMS included. Asking for
    someone else, the reason and condition are about them ("which he is interested in")."""
    t = facts_in(lang)
    pathway = recommendation.pathway
    summary = pathway.to_summary_dict()
    head = f"{number}. {pathway.title}"
    if pathway.provider and pathway.provider.lower() not in pathway.title.lower():
        head += f", {pathway.provider}"
    if summary["status"] == "waitlist":
        head += t["waiting_list"]
    parts = [head]
    reason = reason if reason is not None else best_reason(recommendation.why)
    reason = said_about(reason, asking_for, lang)
    if reason:
        parts.append(_sentence(_shorten(reason, 90)))
    conditions = [said_about(c, asking_for, lang) for c in getattr(recommendation, "conditions", None) or []]
    if conditions:
        # What would change the answer travels with the route too: on SMS the card is never seen. The
        # first condition is the one that decides most (where you live, then age, ...); "why" has them all.
        more = t["and_more"].format(n=len(conditions) - 1) if len(conditions) > 1 else ""
        parts.append(t["please_check"].format(condition=_shorten(conditions[0].rstrip('.'), 80)) + more)
    facts = pathway_facts(summary, lang)
    # Short, as an SMS is paid by the segment: the card and "why" carry the full words.
    if facts["paid_by"]:
        parts.append(_shorten(facts["paid_by"], 60))
    benefits = t["benefits"].format(note="\0").split("\0")[0]  # said in full on the card and by "why"
    parts += [_shorten(line, 70) for line in facts["facts"] if not line.startswith(benefits)]
    next_text = english_words(_sentence(_shorten(pathway.next_step.text, 130)), lang)
    contact = _contact(pathway.next_step)
    parts.append(t["next"].format(step=next_text) + (f" ({contact})" if contact else ""))
    checked = facts["checked"]
    if checked["text"]:
        # The page is named only when the next step does not already link to it.
        parts.append(checked["text"].split(" — ")[0] if checked["url"] in (None, contact)
                     else f"{checked['text']}: {checked['url']}")
    return " ".join(part if part.endswith(("…", ".")) else part + "." for part in parts)


def _lines(recommendations: Sequence[Any], start: int, lang: Optional[str] = None,
           asking_for: Optional[str] = None) -> List[str]:
    lines, used = [], []
    for i, rec in enumerate(recommendations):
        reason = best_reason(rec.why, avoid=used)
        if reason:
            used.append(reason)
        lines.append(pathway_line(start + i, rec, reason or "", lang, asking_for))
    return lines


def _near_miss_lines(near_misses: Sequence[Any], limit: int = 2, lang: Optional[str] = None,
                     asking_for: Optional[str] = None) -> List[str]:
    lines = []
    for miss in list(near_misses)[:limit]:
        line = f"- {miss.pathway.title}: {_sentence(said_about(miss.reason, asking_for, lang))}."
        if miss.change:
            line += f" {_sentence(said_about(miss.change, asking_for, lang))}."
        lines.append(line)
    return lines


_NOTHING_FITS = P_("recommendations", "I'm sorry, I couldn't find a route that fits you right now.")
_CAME_CLOSE = P_("recommendations", "These came close:")
_ALL_SHOWN = P_("recommendations", "That's all the routes that fit you right now.")


def no_recommendations_text(result: Any, lang: Optional[str] = None, asking_for: Optional[str] = None) -> str:
    """Honest about finding nothing, with what came close and where a person can help."""
    lines = [said_about(say(_NOTHING_FITS, lang), asking_for, lang)]
    if result.scope == "outside_area":
        lines[0] += " " + outside_area_note(result.profile.local_authority, lang)
    misses = _near_miss_lines(result.near_misses, lang=lang, asking_for=asking_for)
    if misses:
        lines.append(say(_CAME_CLOSE, lang))
        lines += misses
    lines.append(say(_NATIONAL_CAREERS_SERVICE, lang))
    return "\n".join(lines)


def recommendations_text(result: Any, count: int = PAGE, asking_for: Optional[str] = None,
                         lang: Optional[str] = None) -> str:
    """The first page: a header for the resident's situation (or, asking for someone else, theirs), up
    to three lines, then the footer; the fixed words and the reasons in `lang`."""
    if not result.recommendations:
        return no_recommendations_text(result, lang, asking_for)
    shown = result.recommendations[:count]
    lines = [_header(result.scope, asking_for, lang)]
    lines += _lines(shown, start=1, lang=lang, asking_for=asking_for)
    lines.append(say(_FOOTER_MORE_AND_WHY if len(result.recommendations) > count else _FOOTER_WHY, lang))
    return "\n".join(lines)


_MORE_ROUTES = P_("recommendations", "Here are more routes:")


def next_page(result: Any, shown_ids: Iterable[str], count: int = PAGE) -> List[Any]:
    """The next recommendations after those already shown, best first."""
    seen = set(shown_ids)
    return [rec for rec in result.recommendations if rec.pathway.id not in seen][:count]


def more_text(result: Any, page: Sequence[Any], already_shown: int, lang: Optional[str] = None,
              asking_for: Optional[str] = None) -> str:
    if not page:
        return said_about(say(_ALL_SHOWN, lang), asking_for, lang) + "\n" + say(_NATIONAL_CAREERS_SERVICE, lang)
    lines = [say(_MORE_ROUTES, lang)]
    lines += _lines(page, start=already_shown + 1, lang=lang, asking_for=asking_for)
    remaining = len(result.recommendations) - already_shown - len(page)
    lines.append(say(_FOOTER_MORE_AND_WHY if remaining > 0 else _FOOTER_WHY, lang))
    return "\n".join(lines)


_WHY_HEADER = P_("why", "Why I suggested these:")
_OPEN_TO_YOU = P_("why", "it is open to you.")
# TRANSLATORS: keep "more" in English: it is what is understood.
_CHANGED = P_("why", 'Things have changed since I last suggested routes. Say "more" to see routes for you now.')


def why_text(result: Any, shown_ids: Sequence[str], lang: Optional[str] = None,
             asking_for: Optional[str] = None) -> str:
    """Every reason and condition for the routes last shown, in the order they were shown; the reasons
    come from the match in the conversation's language, the frame here; about the person asked for when
    the resident asks for someone else."""
    by_id = {rec.pathway.id: rec for rec in result.recommendations}
    lines = []
    for pathway_id in shown_ids:
        rec = by_id.get(pathway_id)
        if rec is None:
            continue
        reasons = _sentence("; ".join(said_about(r, asking_for, lang).rstrip(".") for r in rec.why))
        line = f"{rec.pathway.title}: " + (f"{reasons}." if reasons
                                           else said_about(say(_OPEN_TO_YOU, lang), asking_for, lang))
        if rec.conditions:
            line += " " + facts_in(lang)["please_check"].format(
                condition="; ".join(said_about(c, asking_for, lang).rstrip(".") for c in rec.conditions)) + "."
        lines.append(line)
    if not lines:
        return say(_CHANGED, lang)
    return "\n".join([say(_WHY_HEADER, lang)] + lines)


def payload_for(result: Any, pathway_ids: Optional[Sequence[str]] = None,
                lang: Optional[str] = None, asking_for: Optional[str] = None) -> Dict[str, Any]:
    """The documented custom payload; limited to `pathway_ids` (in that order) when given. In another
    language each card's fixed words (who pays, cost and dates, where the facts come from) are in it, the
    payload says which (`lang`), and `labels` gives the widget its headings and the kind and status words.
    Asking for someone else, the cards' reasons and conditions are about them."""
    payload = result.to_payload()
    if pathway_ids is not None:
        by_id = {p["id"]: p for p in payload["pathways"]}
        payload["pathways"] = [by_id[i] for i in pathway_ids if i in by_id]
    if asking_for in PRONOUNS:
        def about(texts: Sequence[Any]) -> List[Any]:
            return [said_about(text, asking_for, lang) for text in texts]

        payload["pathways"] = [{**card, "why": about(card["why"]), "conditions": about(card["conditions"])}
                               for card in payload["pathways"]]
        payload["near_misses"] = [{**miss, "reason": said_about(miss["reason"], asking_for, lang),
                                   "change": said_about(miss["change"], asking_for, lang)}
                                  for miss in payload["near_misses"]]
    if (lang or "en") != "en":
        payload["pathways"] = [{**card, **pathway_facts(card, lang)} for card in payload["pathways"]]
        payload["lang"] = lang
        payload["labels"] = card_labels(lang)
    if asking_for in PRONOUNS:
        # the card's headings that speak to "you" speak of them (in English only those are sent)
        labels = card_labels(lang)
        about = {key: said_about(labels[key], asking_for, lang) for key in CARD_WORDS}
        payload["labels"] = {**payload.get("labels", {}), **about}
    return payload


# TRANSLATORS: the area covered; {constituent} and {nearby} are council names joined with "and".
_SERVICE_AREA = P_("outside_area", "{area}: {constituent}, and nearby {nearby}")
_AND = P_("join", "{first} and {last}")


def service_area_text(lang: Optional[str] = None) -> str:
    def listed(places: Sequence[str]) -> str:
        return say(_AND, lang, first=", ".join(places[:-1]), last=places[-1])

    return say(_SERVICE_AREA, lang, area=vocab.SERVICE_AREA_NAME, constituent=listed(vocab.CONSTITUENT_AUTHORITIES),
               nearby=listed(vocab.NON_CONSTITUENT_AUTHORITIES))


# TRANSLATORS: {place} is a council's name; {area} names the area and its councils.
_OUTSIDE_PLACE = P_("outside_area", "Thank you. {place} is outside the area I cover, which is {area}. I can still "
                                    "show you national and online routes.")
_OUTSIDE_YOU = P_("outside_area", "Thank you. You live outside the area I cover, which is {area}. I can still show "
                                  "you national and online routes.")


def outside_area_note(place: Optional[str], lang: Optional[str] = None) -> str:
    return say(_OUTSIDE_PLACE if place else _OUTSIDE_YOU, lang, place=place, area=service_area_text(lang))


_REMOVED = P_("erased", "Done. I have deleted what you told me ({listed}) and this conversation.")
_REMOVED_NOTHING = P_("erased", "Done. I have deleted this conversation. I had no other answers from you.")


def removed_head(removed: Sequence[str], lang: Optional[str] = None) -> str:
    """What "forget me" deleted from the conversation, in plain words."""
    if removed:
        words = words_for(lang).table("fact_phrase")
        facts = [words.get(name, name.replace("_", " ")) for name in removed]
        listed = facts[0] if len(facts) == 1 else say(_AND, lang, first=", ".join(facts[:-1]), last=facts[-1])
        return say(_REMOVED, lang, listed=listed)
    return say(_REMOVED_NOTHING, lang)


__all__ = [
    "ASK_REPHRASE",
    "about_them",
    "DEFAULT_FALLBACK",
    "FACT_WORDS",
    "NATIONAL_CAREERS_SERVICE",
    "NOTHING_SHOWN_YET",
    "nothing_shown_yet",
    "unavailable",
    "PAGE",
    "PRONOUNS",
    "PROBLEMS",
    "problem",
    "UNAVAILABLE",
    "best_reason",
    "more_text",
    "next_page",
    "no_recommendations_text",
    "outside_area_note",
    "pathway_line",
    "pathway_facts",
    "card_labels",
    "say",
    "payload_for",
    "recommendations_text",
    "removed_head",
    "service_area_text",
    "suggestions",
    "why_text",
]
