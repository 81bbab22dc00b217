"""A qualification gained abroad: mapped to the nearest RQF level, and flagged so the resident is told a
provider may ask for a UK ENIC statement of comparability (https://www.enic.org.uk/)."""

from __future__ import annotations

import re
from typing import List

from bot.language.facts import Fact

# Cues that the resident's qualification is from abroad:
_ABROAD = re.compile(
    r"\b(?:abroad|overseas|back home|in my (?:home )?country|from my (?:home )?country|foreign|"
    r"(?:in|from) (?:" + "|".join([
        "afghanistan", "albania", "algeria", "bangladesh", "bosnia", "brazil", "bulgaria", "cameroon",
        "china", "colombia", "congo", "croatia", "czech republic", "egypt", "eritrea", "ethiopia", "france",
        "gambia", "georgia", "germany", "ghana", "greece", "hong kong", "hungary", "india", "iran", "iraq",
        "italy", "jamaica", "kenya", "kosovo", "kurdistan", "latvia", "lebanon", "libya", "lithuania",
        "malawi", "moldova", "morocco", "nepal", "nigeria", "pakistan", "philippines", "poland", "portugal",
        "romania", "russia", "rwanda", "senegal", "serbia", "sierra leone", "slovakia", "somalia",
        "south africa", "spain", "sri lanka", "sudan", "syria", "tunisia", "turkey", "uganda", "ukraine",
        "venezuela", "vietnam", "yemen", "zambia", "zimbabwe"]) + r"))\b")
_UK_QUALIFICATION = re.compile(r"\b(?:gcses?|a ?levels?|a-levels?|btecs?|nvqs?|t levels?|hnc|hnd|functional skills|"
                               r"city (?:and|&) guilds)\b")
_FOREIGN_QUALIFICATIONS = re.compile(
    r"\b(?:baccalaureate|bacalaureat|bacalaureatul|baccalaureat|bacul|bacu|abitur|matura|wassce|waec|neco|ssce|licentiate|"
    r"higher secondary certificate|hsc|fsc|mbbs)\b")


def qualification_abroad(facts: List[Fact], view, text: str) -> List[Fact]:
    """qualification_abroad when the qualification named was gained outside the UK."""
    level = next((f for f in facts if f.slot == "qualification_level"), None)
    if level is None:
        return []
    cue = _FOREIGN_QUALIFICATIONS.search(view.plain) or _ABROAD.search(view.plain)
    if cue is None:
        return []
    if _UK_QUALIFICATION.search(level.text.lower()) and not _FOREIGN_QUALIFICATIONS.search(view.plain):
        # GCSEs, A levels, BTECs are taken here: "came from Romania 2 years ago, I finished year 11 in Wednesbury
        # but my GCSE are not good" (but "I did my A levels back home in Pakistan" says where)
        clause = re.split(r"[,.;!?]| but ", text.lower()[max(0, level.start - 60): level.end + 60])
        if not any(_ABROAD.search(part) and _UK_QUALIFICATION.search(part) for part in clause):
            return []
    return [Fact("qualification_abroad", True, level.start, level.end, level.text)]


_SENTENCE_START = re.compile(r"(?:^|[.!?;\n]\s*)(?=[^.!?;\n]*$)")
_HERE_NOW = re.compile(r"\b(?:now|here|nowadays|these days|currently|in the uk|in england|in birmingham)\b")


def work_back_home(fact: Fact, text: str) -> bool:
    """Work told of the country they came from, without work said as now or here: not work now, however the
    tense reads ("In Sudan I work as lab technician in hospital" is the learner's present for the past)."""
    if fact.slot != "employment_status" or fact.value not in ("employed", "self_employed"):
        return False
    before = text[:fact.start].lower()
    opening = _SENTENCE_START.search(before)
    sentence = before[opening.end() if opening else 0:]
    rest = re.split(r"[.!?;\n]", text[fact.start:].lower(), maxsplit=1)[0]
    return bool(sentence.strip().startswith(("in ", "back home", "before ")) and _ABROAD.search(sentence)
                and not _HERE_NOW.search(sentence + rest))


__all__ = ["qualification_abroad", "work_back_home"]
