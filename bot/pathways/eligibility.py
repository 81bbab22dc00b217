"""Rule-by-rule evaluation of one pathway against one resident, in plain English.

Each rule gives a Check: "pass" (a reason to show), "fail" (with the change that would open it, or no
change when nothing the resident could do would), or "unknown" (a condition to show, never a silent
include or exclude). The outcomes are not decided here: each rule is declared once in
bot.pathways.rules.RULES, and its outcome comes from the same compiled terms both matchers run
(Rulebook.outcomes): fail when its violation holds, unknown when the fact that settles it is unknown,
pass otherwise. A fixed rule's failure offers no change; a soft one's offers its change words; an unknown
fact is asked for only when the rule allows it and the resident has not answered. What is left here is
the words: each function named by a rule's `words` takes the outcomes of its rules and writes them.

The place checks (region, locations) are not RULES: they are the plans' sources and regions
(bot.pathways.search.DIMENSIONS), so their words still decide for themselves here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Dict, List, NamedTuple, Optional, Sequence, Tuple

from bot.language import vocab
from bot.pathways.catalogue import Pathway
from bot.pathways.catalogue_store import rule_row
from bot.dialogue.profile import Profile
from bot.pathways.rules import RULEBOOK, SCHEDULE_FIT, Rule, Rulebook, facts_for, ruled_out, wmca_funded_for
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


class Outcome(NamedTuple):
    """One declared rule the pathway sets, and how it came out for this resident."""

    rule: Rule
    outcome: str  # pass | fail | unknown
    profile: Profile

    def says(self, text: str, change: str = "") -> Check:
        """The Check for these words: the change only on a soft rule's failure; the fact to ask only
        while it is unanswered and the rule lets us ask."""
        rule, outcome = self.rule, self.outcome
        ask = (outcome == UNKNOWN and rule.ask and rule.fact is not None
               and getattr(self.profile, rule.fact) is None)
        return Check(rule.name, outcome, text, change if outcome == FAIL and not rule.fixed else "",
                     fact=rule.fact if ask else None)


Words = Callable[[Pathway, Profile, Sequence[Outcome]], List[Check]]


def evaluate(pathway: Pathway, profile: Profile, rulebook: Rulebook = RULEBOOK) -> List[Check]:
    """Every rule the pathway sets, checked against what we know of the resident."""
    row, read, written = _plan(pathway, rulebook)
    outcomes = read(row, facts_for(profile))
    checks: List[Check] = _place(pathway, profile)
    for words, rules in written:
        checks += words(pathway, profile, [Outcome(rule, outcomes[k], profile) for k, rule in rules])
    # A waiting list is not a rule of RULES (nothing is broken, nobody is turned away): a condition only.
    if pathway.facts()["status"] == "waitlist":  # an illustrative entry's status is an example, not a fact
        checks.append(Check("status", UNKNOWN, "There is a waiting list"))
    return checks


# What evaluating one pathway under one rulebook needs whoever the resident is: its rule row, the reader of
# the rules it sets, and which words write them (rules sharing words as one, in the order of the first).
# Held by identity while the pathway object is (a snapshot's, or a match's few): hashing a pathway or a
# rulebook would cost more than the work it saves. Each entry holds both, so their ids are not reused
# while it is here.
_Plan = Tuple[Dict, Callable, Tuple[Tuple[Words, Tuple[Tuple[int, Rule], ...]], ...]]
_PLANS: Dict[Tuple[int, int], Tuple[Pathway, Rulebook, _Plan]] = {}
_PLANS_HELD = 4096


def _plan(pathway: Pathway, rulebook: Rulebook) -> _Plan:
    held = _PLANS.get((id(pathway), id(rulebook)))
    if held is not None and held[0] is pathway and held[1] is rulebook:
        return held[2]
    row = rule_row(pathway)
    positions = rulebook.applies()(row, {})
    written: Dict[str, List[Tuple[int, Rule]]] = {}
    for k, i in enumerate(positions):
        rule = rulebook.rules[i]
        written.setdefault(rule.words, []).append((k, rule))
    plan = (row, rulebook.outcomes(positions), tuple((_WORDS[w], tuple(rules)) for w, rules in written.items()))
    if len(_PLANS) >= _PLANS_HELD:
        _PLANS.clear()
    _PLANS[(id(pathway), id(rulebook))] = (pathway, rulebook, plan)
    return plan


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


def _first(said: Sequence[Outcome]) -> Outcome:
    """Of rules written as one check: the first that failed, else the first."""
    return next((o for o in said if o.outcome == FAIL), said[0])


# --- place: plan dimensions (bot.pathways.search), not RULES ------------------------------------

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


# --- the words of RULES ---------------------------------------------------------------------------


def _age(p: Pathway, profile: Profile, said: Sequence[Outcome]) -> List[Check]:
    """min_age and max_age, written as one band."""
    low, high, age = p.eligibility.min_age, p.eligibility.max_age, profile.age
    if low is not None and high is not None:
        band = f"people {low} to {high}"
    elif low is not None:
        band = f"people {low} and over"
    else:
        band = f"people {high} and under"
    o = _first(said)
    if o.outcome == UNKNOWN:
        if low is not None and high is not None:
            need = f"You need to be {low} to {high}"
        else:
            need = f"You need to be {low} or over" if low is not None else f"You need to be {high} or under"
        return [o.says(need)]
    if o.outcome == FAIL:
        change = ""
        if o.rule.name == "min_age":
            wait = low - age
            change = f"You could join once you are {low} (in {wait} year{'s' if wait != 1 else ''})"
        return [o.says(f"It is for {band}; you are {age}", change)]
    return [o.says(f"you are {age} and it is for {band}")]


def _income(p: Pathway, profile: Profile, said: Sequence[Outcome]) -> List[Check]:
    o = said[0]
    limit = f"under {_money(p.eligibility.max_income)}"
    if o.outcome == UNKNOWN:  # a declined income is never asked again (Outcome.says)
        return [o.says(f"For people earning {limit}")]
    if o.outcome == PASS:
        return [o.says(f"you earn {limit}, its income limit")]
    return [o.says(f"It is for people earning {limit}", f"This opens to you if your income is {limit}")]


_EMPLOYMENT_WORDS = ENGLISH.table("employment_who")


def _employment(p: Pathway, profile: Profile, said: Sequence[Outcome]) -> List[Check]:
    o = said[0]
    who = _join([_EMPLOYMENT_WORDS[s] for s in p.eligibility.employment_status], "or")
    if o.outcome == UNKNOWN:
        return [o.says(f"For people who are {who}")]
    if o.outcome == PASS:
        return [o.says(f"it is for people who are {who}, like you")]
    return [o.says(f"It is for people who are {who}", f"This opens to you if you are {who}")]


# What a resident would recognise at each RQF level.
_LEVEL_EXAMPLES = ENGLISH.table("level_example")
_STEPPING_STONES = ENGLISH.table("stepping_stone")


def _qualification(p: Pathway, profile: Profile, said: Sequence[Outcome]) -> List[Check]:
    low, high = p.eligibility.min_qualification_level, p.eligibility.max_qualification_level
    level = profile.qualification_level
    have = "no formal qualifications" if level == 0 else f"Level {level}"
    out: List[Check] = []
    for o in said:
        if o.rule.name == "min_qualification_level":
            if o.outcome == UNKNOWN:
                out.append(o.says(f"You need {_LEVEL_EXAMPLES[low]}"))
            elif o.outcome == FAIL:
                out.append(o.says(f"Needs {_LEVEL_EXAMPLES[low]}; you have {have}",
                                  _STEPPING_STONES.get(low, f"A Level {low} course first would open it")))
            else:
                out.append(o.says(f"you have {have} and it needs Level {low}"))
        else:
            cap = ("people without formal qualifications" if high == 0
                   else f"people whose highest qualification is Level {high} or below")
            if o.outcome == UNKNOWN:
                out.append(o.says(f"For {cap}"))
            elif o.outcome == FAIL:
                out.append(o.says(f"It is for {cap}; you have {have}"))
            else:
                out.append(o.says(f"it is for {cap}, like you"))
    return out


def _universal_credit(p: Pathway, profile: Profile, said: Sequence[Outcome]) -> List[Check]:
    o = said[0]
    if o.outcome == UNKNOWN:
        return [o.says("For people claiming Universal Credit")]
    if o.outcome == PASS:
        return [o.says("it is for people on Universal Credit, like you")]
    return [o.says("It is for people claiming Universal Credit", "This opens to you if you claim Universal Credit")]


_BACKGROUND_WORDS = ENGLISH.table("background_who")


def _background(p: Pathway, profile: Profile, said: Sequence[Outcome]) -> List[Check]:
    o = said[0]
    who = _join([_BACKGROUND_WORDS[b] for b in p.eligibility.backgrounds], "or")
    if o.outcome == UNKNOWN:
        return [o.says(f"For {who}")]
    if o.outcome == PASS:
        return [o.says(f"it is for {_BACKGROUND_WORDS[profile.background]}, like you")]
    return [o.says(f"It is for {who}")]


_IMMIGRATION_WORDS = ENGLISH.table("immigration_who")
_REFUGEE_STATUS = "This opens to you if you are granted refugee status"


def _immigration(p: Pathway, profile: Profile, said: Sequence[Outcome]) -> List[Check]:
    """The fixed rule and the soft one (a pending claim that can become refugee status), as one check."""
    allowed = p.eligibility.immigration_statuses
    o = _first(said)
    few = ruled_out(allowed)
    if few is not None:
        # Every status but a declared few (student finance): say the few, not every other status.
        if o.outcome == UNKNOWN:
            return [o.says(f"Not if you are {few.who}: {few.funding} does not cover that")]
        if o.outcome == FAIL:
            return [o.says(f"It is paid for with {few.funding}, which people {few.who} cannot get",
                           _REFUGEE_STATUS)]
        return [o.says(f"your status does not rule out {few.funding} ({few.checked})")]
    who = _join([_IMMIGRATION_WORDS[s] for s in allowed], "or")
    if o.outcome == UNKNOWN:
        return [o.says(f"For {who}")]
    if o.outcome == PASS:
        return [o.says(f"it is open to {_IMMIGRATION_WORDS[profile.immigration_status]}")]
    if not o.rule.fixed:
        return [o.says(f"It is not open to people still waiting for an asylum decision; it is for {who}",
                       _REFUGEE_STATUS)]
    return [o.says(f"It is for {who}")]


_ENGLISH_WORDS = ENGLISH.table("english_level")


def _english(p: Pathway, profile: Profile, said: Sequence[Outcome]) -> List[Check]:
    """Pitched below their English (fixed) or above it (soft: ESOL first), as one check."""
    o = _first(said)
    levels = _join([_ENGLISH_WORDS[level] for level in p.eligibility.english_levels], "or")
    if o.outcome == UNKNOWN:
        return [o.says(f"For people whose English is at {levels} level")]
    if o.outcome == PASS:
        return [o.says("it is pitched at your level of English")]
    if not o.rule.fixed:
        return [o.says(f"It needs English at {levels} level", "An ESOL course first would open it")]
    return [o.says(f"It is for people whose English is at {levels} level")]


_GROUP_WORDS = ENGLISH.table("group_who")
_KIND_NOUNS = ENGLISH.table("kind_noun")


def _target_groups(p: Pathway, profile: Profile, said: Sequence[Outcome]) -> List[Check]:
    """Self-identified: never asked; it widens what we show, unless they said they are in none of them."""
    o = said[0]
    groups = p.eligibility.target_groups
    if o.outcome == PASS:
        mine = _join([_GROUP_WORDS[g] for g in groups if g in profile.target_groups], "and")
        return [o.says(f"it is run for {mine}, as you told us")]
    who = _join([_GROUP_WORDS[g] for g in groups], "or")
    if o.outcome == FAIL:
        return [o.says(f"It is run for {who}")]
    return [o.says(f"This {_KIND_NOUNS[p.kind]} is run for {who} — if that is you, you can apply")]


def _right_to_work(p: Pathway, profile: Profile, said: Sequence[Outcome]) -> List[Check]:
    o = said[0]
    if o.outcome == FAIL:
        return [o.says("It is paid work, which needs the right to work in the UK; people waiting for an asylum "
                       "decision do not usually have it (if the Home Office has given you permission to work, "
                       "ask the provider)")]
    if o.outcome == PASS:
        return [o.says("you have the right to work in the UK")]
    # Unknown: a visa's conditions decide it (not a rule we can check, so not asked); otherwise the status.
    if profile.immigration_status == "visa_holder":
        return [o.says("If your visa lets you work in the UK")]
    return [o.says("You need the right to work in the UK")]


_SCHEDULE_WHY = ENGLISH.table("schedule_why")
_SCHEDULE_ONLY = ENGLISH.table("schedule_only")


def _schedule(p: Pathway, profile: Profile, said: Sequence[Outcome]) -> List[Check]:
    """Schedule fit is eligibility: a route they have no time for is not one they can take. While their
    availability is unknown it says nothing (the intake asks it for every route)."""
    o = said[0]
    if o.outcome == UNKNOWN:
        return []
    if o.outcome == PASS:
        fits = [s for s in p.schedule if s in SCHEDULE_FIT[profile.availability]]  # the words' reason
        return [o.says(_SCHEDULE_WHY[fits[-1]])]
    runs = _join([_SCHEDULE_ONLY[s] for s in p.schedule], "or")
    return [o.says(f"It is {runs} only", f"If you could study {runs}, this would open to you")]


def _status(p: Pathway, profile: Profile, said: Sequence[Outcome]) -> List[Check]:
    """Closed (a waiting list is a condition, not a rule: see evaluate)."""
    return [said[0].says("It is closed to new applicants for now", "It reopens when a new cohort is announced")]


# Where the `words` a rule names are found (tests/bot/pathways/test_rules.py checks each rule's is here).
_WORDS = globals()


def _money(amount: float) -> str:
    return f"£{amount:,.0f}" if float(amount).is_integer() else f"£{amount:,.2f}"


def _join(items: Sequence[str], word: str) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


__all__ = ["Check", "FAIL", "Outcome", "PASS", "UNKNOWN", "evaluate", "failures", "verdict"]
