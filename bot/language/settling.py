"""One value per slot from everything a message was read to say: when values disagree, the rules a resident's
words settle them by (a topic wished for over one done, a claim now over the visa before it, off sick but
looking for work), or none is kept. bot.language.understanding reads; this decides."""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Dict, List, Optional, Tuple

from bot.language import vocab
from bot.language.facts import Fact
from bot.language.situations import tidy_background

BACKGROUND_PRIORITY = ("refugee", "displaced_worker", "school_leaver", "low_wage",
                       "career_changer", "unemployed", "other")
_GOOD_GRADES = re.compile(
    r"\b(?:good|high|great) grades?\b|\bgrades? [4-9]\b|\b[abc]s? grades\b|\bgrade [abc]\b|\bpassed\b")
_LOW_GRADES = re.compile(
    r"\b(?:low|bad|poor|rubbish|not (?:very )?good) grades?\b|\bgrades? [1-3]\b|\b[de]s? grades\b"
    r"|\bgrade [de]\b|\bfailed\b|\bdid not pass\b|\bbelow (?:a )?c\b|\bunder (?:a )?c\b"
    r"|\b(?:gcses?|grades|results) (?:are|were|was|is) (?:not|n't) (?:very |so |that |too )?good\b")
# "IT" in capitals, wanted: "an IT apprenticeship", "a job in IT". Lower-cased it is the pronoun, so the
# phrase tables cannot hold it; IT support is the entry route the catalogue files it under.
_IT_WISH = re.compile(r"^\s*I\.?T\.?\s*[.!]?\s*$|\b(?:in|into|an?|do|doing|study|learn|some|general|basic|"
                      r"mind|like|fancy|love|want|wanna|prefer)\s+IT\b(?![’'])"
                      # a move towards it: "want to switch to IT", "move over to IT"
                      r"|\b(?:switch|switching|move|moving|change|changing|transfer|pivot|go|retrain)\s+"
                      r"(?:over\s+)?(?:to|into)\s+IT\b(?![’'])"
                      # "learn to do the IT side instead"
                      r"|\bthe\s+IT\s+side\b"
                      r"|\bIT\s+(?:apprenticeships?|jobs?|courses?|work|roles?|sector|industry|field|career|"
                      r"qualifications?)\b")
# Two topics offered as a choice: "IT support or maybe cyber".
_ALTERNATIVES = re.compile(r"\bor\b|\bmaybe\b|\bperhaps\b", re.I)
_BECOMING = re.compile(r"\b(?:become|becoming|be|work as|job as|career as|role as|retrain as)\s+"
                       r"(?:an?\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_WAS_DOING = re.compile(r"\b(?:am|was|been|as|worked|working)\s+(?:an?\s+|in\s+)?$", re.IGNORECASE)
# IT as what a qualification was in ("a level 3 in IT from the Army"), not what they want to learn.
_STUDIED_IT = re.compile(r"\b(?:level\s*\d|degree|diploma|btec|nvq|gcses?|a[\s-]levels?|hnc|hnd|qualifications?|"
                         r"certificate)\s+in\s+I\.?T\b", re.IGNORECASE)
_IT_WORK = re.compile(r"\b(?:in|into)\s+IT\b|\bIT\s+(?:job|jobs|work|career|role|roles|sector|industry|field)\b")
# A spreadsheet beside email, Word or typing is the everyday office kit, not data work: "office stuff, excel and
# emails", "word and excel for an office job"
_SPREADSHEET = ("excel", "spreadsheet", "spreadsheets", "microsoft excel")
_OFFICE_KIT = re.compile(r"\b(?:e-?mails?|word|microsoft word|typing|office (?:stuff|work|job|skills)|outlook|"
                         r"internet|printing)\b", re.IGNORECASE)
_SICK_LEAVE = re.compile(r"\b(?:off sick|signed off|sick leave|off work)\b")


def _first(facts: List[Fact], value: Any) -> Fact:
    return next((f for f in facts if f.value == value), facts[0])


def settle(found: List[Tuple[Fact, str]], view, text: str, wanted: set = frozenset()) -> List[Fact]:
    """One value per slot (target groups excepted); when values disagree, keep none."""
    plain = view.plain
    by_slot: Dict[str, List[Tuple[Fact, str]]] = {}
    for fact, flag in found:
        by_slot.setdefault(fact.slot, []).append((fact, flag))
    out: List[Fact] = []
    for slot, items in by_slot.items():
        facts = sorted((f for f, _ in items), key=lambda f: f.start)
        values = []
        for f in facts:
            if f.value not in values:
                values.append(f.value)
        chosen: Optional[Any] = None
        if slot in ("target_group", "excluded_group"):
            out += [next(f for f in facts if f.value == v) for v in values]
            continue
        if slot == "qualification_level":
            chosen = max(values)
            gcse_only = chosen == 2 and any("gcse" in f.text.lower() for f in facts)
            if gcse_only and _LOW_GRADES.search(plain):
                if not _GOOD_GRADES.search(plain):  # some passed, some not: ask, don't guess
                    out.append(dataclasses.replace(_first(facts, 2), value=1))
                continue
        elif slot == "interest":
            topics = [v for v in values if v != vocab.INTEREST_NOT_SURE]
            wished = [f.value for f in facts if (f.start, f.value) in wanted and f.value in topics]
            # a topic beside the umbrella one says more: "i want learn computer programming" is coding
            # (and a wish for "computers" then a field named after it narrows it: "learn computer for job, maybe
            # data, excel")
            topics = [v for v in topics if v != "general_digital"] or topics
            wished = [v for v in wished if v != "general_digital"] or ([] if topics != ["general_digital"] else wished)
            # ...and security beside networks says which side of IT: "networks and security, stopping hackers"
            # (but "IT support or maybe cyber" names two choices, the first the one they lead with)
            if "cyber_security" in topics and "it_support" in topics and not _ALTERNATIVES.search(
                    text[min(f.end for f in facts if f.value in ("cyber_security", "it_support")):
                         max(f.start for f in facts if f.value in ("cyber_security", "it_support"))]):
                wished = [v for v in wished if v != "it_support"]
                topics = [v for v in topics if v != "it_support"]
            # the job they want to become says what they want over a tool on the way: "learn Python and
            # become a data analyst" is data
            becoming = [f.value for f in facts if f.value in topics and _BECOMING.search(text[:f.start])]
            chosen = (becoming or wished or topics or values)[0]
            if chosen == "data" and all(f.text.lower() in _SPREADSHEET for f in facts if f.value == "data") \
                    and _OFFICE_KIT.search(text):
                chosen = "general_digital"
        elif slot == "background":
            chosen = min(values, key=BACKGROUND_PRIORITY.index)
        elif slot == "availability" and set(values) == {"part_time", "evenings_weekends"}:
            chosen = "evenings_weekends"
        elif slot == "english_level":
            chosen = min(values, key=vocab.ENGLISH_LEVELS.index)
        elif slot == "employment_status" and set(values) == {"employed", "unemployed"} and all(
                _SICK_LEAVE.search(f.text.lower()) for f in facts if f.value == "employed"):
            chosen = "unemployed"  # "off sick 8 months, looking for work now": no job held to go back to
        elif slot == "immigration_status" and set(values) == {"asylum_seeker", "visa_holder"}:
            chosen = "asylum_seeker"  # "came on a student visa but now I have claimed asylum": the claim is now
        elif slot == "immigration_status" and set(values) == {"settled", "visa_holder"}:
            chosen = "settled"  # "came on a skilled worker visa 6 years ago and now I have ILR": where the visa led
        elif slot == "employment_status" and set(values) == {"employed", "self_employed"}:
            chosen = "self_employed"  # "self employed, rubbish money": in work, for themselves
        elif len(values) == 1:
            chosen = values[0]
        else:
            decisive = {f.value for f, flag in items if flag == "!"}
            chosen = decisive.pop() if len(decisive) == 1 else None
        if chosen is not None:
            weak = all(f.weak for f in facts if f.value == chosen)
            out.append(dataclasses.replace(_first(facts, chosen), value=chosen, weak=weak))
    topics = {f.value for f in out if f.slot == "interest"} - {vocab.INTEREST_NOT_SURE}
    # computers in general, for work in IT: "I want learn computer for IT job" is IT
    # ...or a job in IT wanted, beside the subject of a degree already held ("a bachelor's in computer science
    # ... why nobody gives me an IT job?"): the job they ask for says what they want
    from_studies = all(f.weak for f in out if f.slot == "interest")
    if not topics or ((topics == {"general_digital"} or from_studies) and _IT_WORK.search(text)):
        wish = _IT_WISH.search(text)
        if wish and not _WAS_DOING.search(text[max(0, wish.start() - 20): wish.start()]) and not _STUDIED_IT.search(
                text[max(0, wish.start() - 30): wish.end()]):
            out = [f for f in out if f.slot != "interest"]
            out.append(Fact("interest", "it_support", wish.start(), wish.end(), wish.group(0)))
    return tidy_background(out, view, text)


__all__ = ["BACKGROUND_PRIORITY", "settle"]
