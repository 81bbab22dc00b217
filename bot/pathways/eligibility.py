"""Rule-by-rule evaluation of one pathway against one resident, in plain English.

Each rule gives a Check: "pass" (a reason to show), "fail" (with the change that would open it, or no
change when nothing the resident could do would), or "unknown" (a condition to show, never a silent
include or exclude). Which rules a resident breaks, and whether each is fixed, is declared once in
bot.pathways.rules.RULES (what both matchers run); each declaration names the function here that writes
its words, and tests/bot/pathways/test_rules.py holds these failures to the declarations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence

from bot.language import vocab
from bot.pathways.catalogue import Pathway
from bot.dialogue.profile import Profile
from bot.pathways.rules import (NO_RIGHT_TO_WORK, RIGHT_TO_WORK, SCHEDULE_FIT, STUDENT_FINANCE_STATUSES, excluded_groups,
                                wmca_funded_for)
from bot.language.words import ENGLISH

PASS, FAIL, UNKNOWN = "pass", "fail", "unknown"


@dataclass(frozen=True)
class Check:
    rule: str  # eligibility field name ("min_age", ...), or "region", "locations", "schedule", "status"
    outcome: str  # pass | fail | unknown
    text: str  # pass: a reason; fail: why not; unknown: the condition still to check
    change: str = ""  # fail only: what would open it; empty when nothing the resident can do would
    fact: Optional[str] = None  # unknown only: the profile field that would settle it (None: never ask)

    @property
    def changeable(self) -> bool:
        return self.outcome == FAIL and bool(self.change)


def evaluate(pathway: Pathway, profile: Profile) -> List[Check]:
    """Every rule the pathway sets, checked against what we know of the resident."""
    checks: List[Check] = []
    checks += _place(pathway, profile)
    checks += _age(pathway, profile)
    checks += _income(pathway, profile)
    checks += _employment(pathway, profile)
    checks += _qualification(pathway, profile)
    checks += _universal_credit(pathway, profile)
    checks += _background(pathway, profile)
    checks += _immigration(pathway, profile)
    checks += _english(pathway, profile)
    checks += _target_groups(pathway, profile)
    checks += _right_to_work(pathway, profile)
    checks += _schedule(pathway, profile)
    checks += _status(pathway)
    return checks


def failures(checks: Sequence[Check]) -> List[Check]:
    return [c for c in checks if c.outcome == FAIL]


def verdict(checks: Sequence[Check]) -> str:
    """"eligible", "near_miss" (exactly one failure, and it could change) or "excluded"."""
    failed = failures(checks)
    if not failed:
        return "eligible"
    if len(failed) == 1 and failed[0].changeable:
        return "near_miss"
    return "excluded"


# --- rules --------------------------------------------------------------------------------------


def _place(p: Pathway, profile: Profile) -> List[Check]:
    """`region: wmca` is WMCA's devolved funding: the seven constituent councils only (bot.pathways.rules)."""
    la, e = profile.local_authority, p.eligibility
    local = bool(p.locations) and p.delivery != "online"
    out: List[Check] = []
    if e.region == "wmca":
        funded = wmca_funded_for(la)
        councils = _join(vocab.CONSTITUENT_AUTHORITIES, "or")
        if funded is None:
            if not local:  # a local pathway's own condition below names the places, which is stricter
                out.append(Check("region", UNKNOWN, f"If you live in {councils}", fact="local_authority"))
        elif funded:
            out.append(Check("region", PASS, f"it is for people who live in {la}, like you"))
        elif profile.in_area:
            # A neighbouring council: national routes and their own area's, never WMCA-funded places.
            out.append(Check("region", FAIL, f"It is funded by the West Midlands Combined Authority for people "
                                             f"who live in {councils}, not {la}"))
        else:
            out.append(Check("region", FAIL, f"It is only for people who live in {councils}"))
    else:
        out.append(Check("region", PASS, "it is open to people wherever they live"))
    if local:
        if la is None:
            out.append(Check("locations", UNKNOWN, f"If you live in {_join(p.locations, 'or')}",
                             fact="local_authority"))
        elif la in p.locations:
            how = "partly online and partly in person" if p.delivery == "blended" else "in person"
            out.append(Check("locations", PASS, f"{how} in {la}, where you live"))
        else:
            places = _join(p.locations, "and")
            out.append(Check("locations", FAIL, f"It runs in {places} for people who live there"))
    return out


def _age(p: Pathway, profile: Profile) -> List[Check]:
    low, high, age = p.eligibility.min_age, p.eligibility.max_age, profile.age
    if low is None and high is None:
        return []
    if low is not None and high is not None:
        band = f"people {low} to {high}"
    elif low is not None:
        band = f"people {low} and over"
    else:
        band = f"people {high} and under"
    rule = "min_age" if low is not None else "max_age"
    if age is None:
        if low is not None and high is not None:
            need = f"You need to be {low} to {high}"
        else:
            need = f"You need to be {low} or over" if low is not None else f"You need to be {high} or under"
        return [Check(rule, UNKNOWN, need, fact="age")]
    if low is not None and age < low:
        wait = low - age
        return [Check("min_age", FAIL, f"It is for {band}; you are {age}",
                      change=f"You could join once you are {low} (in {wait} year{'s' if wait != 1 else ''})")]
    if high is not None and age > high:
        return [Check("max_age", FAIL, f"It is for {band}; you are {age}")]
    return [Check(rule, PASS, f"you are {age} and it is for {band}")]


def _income(p: Pathway, profile: Profile) -> List[Check]:
    cap = p.eligibility.max_income
    if cap is None:
        return []
    limit = f"under {_money(cap)}"
    if profile.annual_income == vocab.INCOME_DECLINED:
        # They chose not to say: show the condition, and never ask again.
        return [Check("max_income", UNKNOWN, f"For people earning {limit}")]
    if not profile.income_known:
        return [Check("max_income", UNKNOWN, f"For people earning {limit}", fact="annual_income")]
    if profile.annual_income < cap:
        return [Check("max_income", PASS, f"you earn {limit}, its income limit")]
    return [Check("max_income", FAIL, f"It is for people earning {limit}",
                  change=f"This opens to you if your income is {limit}")]


_EMPLOYMENT_WORDS = ENGLISH.table("employment_who")


def _employment(p: Pathway, profile: Profile) -> List[Check]:
    allowed = p.eligibility.employment_status
    if not allowed:
        return []
    who = _join([_EMPLOYMENT_WORDS[s] for s in allowed], "or")
    if profile.employment_status is None:
        return [Check("employment_status", UNKNOWN, f"For people who are {who}", fact="employment_status")]
    if profile.employment_status in allowed:
        return [Check("employment_status", PASS, f"it is for people who are {who}, like you")]
    return [Check("employment_status", FAIL, f"It is for people who are {who}",
                  change=f"This opens to you if you are {who}")]


# What a resident would recognise at each RQF level.
_LEVEL_EXAMPLES = ENGLISH.table("level_example")
_STEPPING_STONES = ENGLISH.table("stepping_stone")


def _qualification(p: Pathway, profile: Profile) -> List[Check]:
    low, high = p.eligibility.min_qualification_level, p.eligibility.max_qualification_level
    level = profile.qualification_level
    have = "no formal qualifications" if level == 0 else f"Level {level}"
    out: List[Check] = []
    if low is not None:
        needs = f"Needs {_LEVEL_EXAMPLES[low]}"
        if level is None:
            out.append(Check("min_qualification_level", UNKNOWN, f"You need {_LEVEL_EXAMPLES[low]}",
                             fact="qualification_level"))
        elif level < low:
            change = _STEPPING_STONES.get(low, f"A Level {low} course first would open it")
            out.append(Check("min_qualification_level", FAIL, f"{needs}; you have {have}", change=change))
        else:
            out.append(Check("min_qualification_level", PASS, f"you have {have} and it needs Level {low}"))
    if high is not None:
        cap = ("people without formal qualifications" if high == 0
               else f"people whose highest qualification is Level {high} or below")
        if level is None:
            out.append(Check("max_qualification_level", UNKNOWN, f"For {cap}", fact="qualification_level"))
        elif level > high:
            out.append(Check("max_qualification_level", FAIL, f"It is for {cap}; you have {have}"))
        else:
            out.append(Check("max_qualification_level", PASS, f"it is for {cap}, like you"))
    return out


def _universal_credit(p: Pathway, profile: Profile) -> List[Check]:
    if not p.eligibility.requires_universal_credit:
        return []
    rule = "requires_universal_credit"
    if profile.universal_credit is None:
        return [Check(rule, UNKNOWN, "For people claiming Universal Credit", fact="universal_credit")]
    if profile.universal_credit:
        return [Check(rule, PASS, "it is for people on Universal Credit, like you")]
    return [Check(rule, FAIL, "It is for people claiming Universal Credit",
                  change="This opens to you if you claim Universal Credit")]


_BACKGROUND_WORDS = ENGLISH.table("background_who")


def _background(p: Pathway, profile: Profile) -> List[Check]:
    allowed = p.eligibility.backgrounds
    if not allowed:
        return []
    who = _join([_BACKGROUND_WORDS[b] for b in allowed], "or")
    if profile.background is None:
        return [Check("backgrounds", UNKNOWN, f"For {who}", fact="background")]
    if profile.background in allowed:
        return [Check("backgrounds", PASS, f"it is for {_BACKGROUND_WORDS[profile.background]}, like you")]
    return [Check("backgrounds", FAIL, f"It is for {who}")]


_IMMIGRATION_WORDS = ENGLISH.table("immigration_who")


def _immigration(p: Pathway, profile: Profile) -> List[Check]:
    allowed = p.eligibility.immigration_statuses
    if not allowed:
        return []
    who = _join([_IMMIGRATION_WORDS[s] for s in allowed], "or")
    status = profile.immigration_status
    if set(allowed) == set(STUDENT_FINANCE_STATUSES):
        # Only a pending asylum claim is ruled out (student finance): say that, not every other status.
        if status is None:
            return [Check("immigration_statuses", UNKNOWN, "Not if you are still waiting for an asylum decision: "
                                                           "student finance does not cover that",
                          fact="immigration_status")]
        if status == "asylum_seeker":
            return [Check("immigration_statuses", FAIL, "It is paid for with student finance, which people still "
                                                        "waiting for an asylum decision cannot get",
                          change="This opens to you if you are granted refugee status")]
        return [Check("immigration_statuses", PASS, "your status does not rule out student finance (Student "
                                                    "Finance England checks residency when you apply)")]
    if status is None:
        return [Check("immigration_statuses", UNKNOWN, f"For {who}", fact="immigration_status")]
    if status in allowed:
        return [Check("immigration_statuses", PASS, f"it is open to {_IMMIGRATION_WORDS[status]}")]
    if status == "asylum_seeker" and "refugee" in allowed:
        # A pending claim can become refugee status, which is one of the statuses it takes.
        return [Check("immigration_statuses", FAIL, f"It is not open to people still waiting for an asylum "
                                                    f"decision; it is for {who}",
                      change="This opens to you if you are granted refugee status")]
    return [Check("immigration_statuses", FAIL, f"It is for {who}")]


_ENGLISH_WORDS = ENGLISH.table("english_level")


def _english(p: Pathway, profile: Profile) -> List[Check]:
    allowed = p.eligibility.english_levels
    if not allowed:
        return []
    levels = _join([_ENGLISH_WORDS[level] for level in allowed], "or")
    if profile.english_level is None:
        return [Check("english_levels", UNKNOWN, f"For people whose English is at {levels} level",
                      fact="english_level")]
    if profile.english_level in allowed:
        return [Check("english_levels", PASS, "it is pitched at your level of English")]
    rank = vocab.ENGLISH_LEVELS.index
    if all(rank(level) > rank(profile.english_level) for level in allowed):
        return [Check("english_levels", FAIL, f"It needs English at {levels} level",
                      change="An ESOL course first would open it")]
    return [Check("english_levels", FAIL, f"It is for people whose English is at {levels} level")]


_GROUP_WORDS = ENGLISH.table("group_who")
_KIND_NOUNS = ENGLISH.table("kind_noun")


def _target_groups(p: Pathway, profile: Profile) -> List[Check]:
    groups = p.eligibility.target_groups
    if not groups:
        return []
    # Self-identified: never a failure and never a question; it can only widen what we show.
    mine = [g for g in groups if g in profile.target_groups]
    if mine:
        groups = _join([_GROUP_WORDS[g] for g in mine], "and")
        return [Check("target_groups", PASS, f"it is run for {groups}, as you told us")]
    who = _join([_GROUP_WORDS[g] for g in groups], "or")
    # What they volunteered they are not ("as a man in my forties") rules out a route run only for such
    # groups; it is never asked.
    if all(g in excluded_groups(profile) for g in groups):
        return [Check("target_groups", FAIL, f"It is run for {who}")]
    text = f"This {_KIND_NOUNS[p.kind]} is run for {who} — if that is you, you can apply"
    return [Check("target_groups", UNKNOWN, text)]


def _right_to_work(p: Pathway, profile: Profile) -> List[Check]:
    if not p.eligibility.requires_right_to_work:
        return []
    rule, status = "requires_right_to_work", profile.immigration_status
    if status in NO_RIGHT_TO_WORK:  # source: bot.pathways.rules
        return [Check(rule, FAIL, "It is paid work, which needs the right to work in the UK; people waiting "
                                  "for an asylum decision do not usually have it (if the Home Office has given "
                                  "you permission to work, ask the provider)")]
    if status in RIGHT_TO_WORK:
        return [Check(rule, PASS, "you have the right to work in the UK")]
    if status == "visa_holder":
        return [Check(rule, UNKNOWN, "If your visa lets you work in the UK")]
    return [Check(rule, UNKNOWN, "You need the right to work in the UK", fact="immigration_status")]


_SCHEDULE_WHY = ENGLISH.table("schedule_why")
_SCHEDULE_ONLY = ENGLISH.table("schedule_only")


def _schedule(p: Pathway, profile: Profile) -> List[Check]:
    """Schedule fit is eligibility: a route they have no time for is not one they can take."""
    if profile.availability is None:
        return []
    fits = [s for s in p.schedule if s in SCHEDULE_FIT[profile.availability]]
    if fits:
        return [Check("schedule", PASS, _SCHEDULE_WHY[fits[-1]])]
    runs = _join([_SCHEDULE_ONLY[s] for s in p.schedule], "or")
    return [Check("schedule", FAIL, f"It is {runs} only",
                  change=f"If you could study {runs}, this would open to you")]


def _status(p: Pathway) -> List[Check]:
    status = p.facts()["status"]  # an illustrative entry's status is an example, not a fact
    if status == "waitlist":
        return [Check("status", UNKNOWN, "There is a waiting list")]
    if status == "closed":
        return [Check("status", FAIL, "It is closed to new applicants for now",
                      change="It reopens when a new cohort is announced")]
    return []


def _money(amount: float) -> str:
    return f"£{amount:,.0f}" if float(amount).is_integer() else f"£{amount:,.2f}"


def _join(items: Sequence[str], word: str) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


__all__ = ["Check", "FAIL", "PASS", "UNKNOWN", "evaluate", "failures", "verdict"]
