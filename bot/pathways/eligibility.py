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
from bot.language.words import ENGLISH, P_, Words

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


Writer = Callable[[Pathway, Profile, Sequence[Outcome], Words], List[Check]]


def evaluate(pathway: Pathway, profile: Profile, rulebook: Rulebook = RULEBOOK, words: Words = ENGLISH,
             ) -> List[Check]:
    """Every rule the pathway sets, checked against what we know of the resident; the checks' words are
    in `words`' language (bot.language.words.words_for), the outcomes the same in every language."""
    row, read, written = _plan(pathway, rulebook)
    outcomes = read(row, facts_for(profile))
    checks: List[Check] = _place(pathway, profile, words)
    for writer, rules in written:
        checks += writer(pathway, profile, [Outcome(rule, outcomes[k], profile) for k, rule in rules], words)
    # A waiting list is not a rule of RULES (nothing is broken, nobody is turned away): a condition only.
    if pathway.facts()["status"] == "waitlist":  # an illustrative entry's status is an example, not a fact
        checks.append(Check("status", UNKNOWN, words.say(P_("condition", "There is a waiting list"))))
    return checks


# What evaluating one pathway under one rulebook needs whoever the resident is: its rule row, the reader of
# the rules it sets, and which words write them (rules sharing words as one, in the order of the first).
# Held by identity while the pathway object is (a snapshot's, or a match's few): hashing a pathway or a
# rulebook would cost more than the work it saves. Each entry holds both, so their ids are not reused
# while it is here.
_Plan = Tuple[Dict, Callable, Tuple[Tuple[Writer, Tuple[Tuple[int, Rule], ...]], ...]]
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
    """Of rules written as one check: the first that failed, else the first still to check (a school year's two
    ages can meet a band's lower end and not know its upper one), else the first."""
    return next((o for o in said if o.outcome == FAIL), next((o for o in said if o.outcome == UNKNOWN), said[0]))


# --- place: plan dimensions (bot.pathways.search), not RULES ------------------------------------
#
# Every sentence below is a gettext message (P_) said in the resident's language (`w`, bot.language.words):
# "reason" is why a route fits, "condition" what is still to check, "near_miss" why it does not fit yet,
# "change" what would open it. Place names, figures and amounts are filled in as they are.

def _place(p: Pathway, profile: Profile, w: Words) -> List[Check]:
    """`region: wmca` is WMCA's devolved funding: the seven constituent councils only (bot.pathways.rules)."""
    la, e = profile.local_authority, p.eligibility
    local = bool(p.locations) and p.delivery != "online"
    out: List[Check] = []
    if e.region == "wmca":
        funded = wmca_funded_for(la)
        councils = _join(w, vocab.CONSTITUENT_AUTHORITIES, "or")
        if funded is None:
            if not local:  # a local pathway's own condition below names the places, which is stricter
                out.append(Check("region", UNKNOWN, w.say(_LIVE_IN, places=councils), fact="local_authority"))
        elif funded:
            out.append(Check("region", PASS, w.say(P_("reason", "it is for people who live in {place}, like you"),
                                                   place=la)))
        elif profile.in_area:
            # A neighbouring council: national routes and their own area's, never WMCA-funded places.
            out.append(Check("region", FAIL, w.say(P_(
                "near_miss", "It is funded by the West Midlands Combined Authority for people who live in "
                             "{places}, not {place}"), places=councils, place=la)))
        else:
            out.append(Check("region", FAIL, w.say(P_("near_miss", "It is only for people who live in {places}"),
                                                   places=councils)))
    else:
        out.append(Check("region", PASS, w.say(P_("reason", "it is open to people wherever they live"))))
    if local:
        if la is None:
            out.append(Check("locations", UNKNOWN, w.say(_LIVE_IN, places=_join(w, p.locations, "or")),
                             fact="local_authority"))
        elif la in p.locations:
            how = (P_("reason", "partly online and partly in person in {place}, where you live")
                   if p.delivery == "blended" else P_("reason", "in person in {place}, where you live"))
            out.append(Check("locations", PASS, w.say(how, place=la)))
        else:
            out.append(Check("locations", FAIL, w.say(P_("near_miss", "It runs in {places} for people who live "
                                                                      "there"), places=_join(w, p.locations, "and"))))
    return out


# TRANSLATORS: a condition; {places} are place names joined with "or".
_LIVE_IN = P_("condition", "If you live in {places}")
# TRANSLATORS: "{who}" is a group of people already in the language ("people out of work", "refugees").
_FOR = P_("condition", "For {who}")
_IS_FOR = P_("near_miss", "It is for {who}")
_IS_FOR_LIKE_YOU = P_("reason", "it is for {who}, like you")
_REFUGEE_STATUS = P_("change", "This opens to you if you are granted refugee status")


# --- the words of RULES ---------------------------------------------------------------------------


def _age(p: Pathway, profile: Profile, said: Sequence[Outcome], w: Words) -> List[Check]:
    """min_age and max_age, written as one band."""
    low, high, age = p.eligibility.min_age, p.eligibility.max_age, profile.age
    # TRANSLATORS: an age band, after "It is for" and "it is for".
    if low is not None and high is not None:
        band = w.say(P_("age_band", "people {low} to {high}"), low=low, high=high)
    elif low is not None:
        band = w.say(P_("age_band", "people {low} and over"), low=low)
    else:
        band = w.say(P_("age_band", "people {high} and under"), high=high)
    o = _first(said)
    if o.outcome == UNKNOWN:
        if low is not None and high is not None:
            need = w.say(P_("condition", "You need to be {low} to {high}"), low=low, high=high)
        elif low is not None:
            need = w.say(P_("condition", "You need to be {low} or over"), low=low)
        else:
            need = w.say(P_("condition", "You need to be {high} or under"), high=high)
        return [o.says(need)]
    if age is None:  # only their school year or birth year known: the band holds both ages, or neither
        youngest, oldest = profile.school_age
        # TRANSLATORS: the youngest and oldest a pupil can be, from their school year: "14 to 15".
        ages = w.say(P_("age_range", "{low} to {high}"), low=youngest, high=oldest)
        if o.outcome == PASS:
            return [o.says(w.say(P_("reason", "you are {age} and it is for {band}"), age=ages, band=band))]
        # (how long to wait is not known from a school year, so no number of years is said)
        change = w.say(P_("change", "You could join once you are {low}"), low=low) if o.rule.name == "min_age" else ""
        return [o.says(w.say(P_("near_miss", "It is for {band}; you are {age}"), band=band, age=ages), change)]
    if o.outcome == FAIL:
        change = ""
        if o.rule.name == "min_age":
            wait = low - age
            # TRANSLATORS: one year / several years to wait; {wait} is the number.
            change = w.say(P_("change", "You could join once you are {low} (in {wait} year)") if wait == 1 else
                           P_("change", "You could join once you are {low} (in {wait} years)"), low=low, wait=wait)
        return [o.says(w.say(P_("near_miss", "It is for {band}; you are {age}"), band=band, age=age), change)]
    return [o.says(w.say(P_("reason", "you are {age} and it is for {band}"), age=age, band=band))]


def _income(p: Pathway, profile: Profile, said: Sequence[Outcome], w: Words) -> List[Check]:
    o = said[0]
    # TRANSLATORS: an income limit, after "earning" and "is"; {amount} is in pounds ("£25,000").
    limit = w.say(P_("income_limit", "under {amount}"), amount=_money(p.eligibility.max_income))
    if o.outcome == UNKNOWN:  # a declined income is never asked again (Outcome.says)
        return [o.says(w.say(P_("condition", "For people earning {limit}"), limit=limit))]
    if o.outcome == PASS:
        return [o.says(w.say(P_("reason", "you earn {limit}, its income limit"), limit=limit))]
    return [o.says(w.say(P_("near_miss", "It is for people earning {limit}"), limit=limit),
                   w.say(P_("change", "This opens to you if your income is {limit}"), limit=limit))]


def _employment(p: Pathway, profile: Profile, said: Sequence[Outcome], w: Words) -> List[Check]:
    o = said[0]
    words = w.table("employment_who")
    who = _join(w, [words[s] for s in p.eligibility.employment_status], "or")
    if o.outcome == UNKNOWN:
        return [o.says(w.say(P_("condition", "For people who are {who}"), who=who))]
    if o.outcome == PASS:
        return [o.says(w.say(P_("reason", "it is for people who are {who}, like you"), who=who))]
    return [o.says(w.say(P_("near_miss", "It is for people who are {who}"), who=who),
                   w.say(P_("change", "This opens to you if you are {who}"), who=who))]


def _qualification(p: Pathway, profile: Profile, said: Sequence[Outcome], w: Words) -> List[Check]:
    low, high = p.eligibility.min_qualification_level, p.eligibility.max_qualification_level
    level = profile.qualification_level
    # TRANSLATORS: the resident's highest qualification, after "you have".
    have = (w.say(P_("qualification_have", "no formal qualifications")) if level == 0
            else w.say(P_("qualification_have", "Level {level}"), level=level))
    examples, stones = w.table("level_example"), w.table("stepping_stone")
    out: List[Check] = []
    for o in said:
        if o.rule.name == "min_qualification_level":
            if o.outcome == UNKNOWN:
                out.append(o.says(w.say(P_("condition", "You need {example}"), example=examples[low])))
            elif o.outcome == FAIL:
                stone = stones.get(low) or w.say(P_("change", "A Level {low} course first would open it"), low=low)
                out.append(o.says(w.say(P_("near_miss", "Needs {example}; you have {have}"), example=examples[low],
                                        have=have), stone))
            else:
                out.append(o.says(w.say(P_("reason", "you have {have} and it needs Level {low}"), have=have, low=low)))
        else:
            # TRANSLATORS: who a route is for by qualification, after "For", "It is for", "it is for".
            cap = (w.say(P_("qualification_cap", "people without formal qualifications")) if high == 0 else
                   w.say(P_("qualification_cap", "people whose highest qualification is Level {high} or below"),
                         high=high))
            if o.outcome == UNKNOWN:
                out.append(o.says(w.say(_FOR, who=cap)))
            elif o.outcome == FAIL:
                out.append(o.says(w.say(P_("near_miss", "It is for {who}; you have {have}"), who=cap, have=have)))
            else:
                out.append(o.says(w.say(_IS_FOR_LIKE_YOU, who=cap)))
    return out


def _universal_credit(p: Pathway, profile: Profile, said: Sequence[Outcome], w: Words) -> List[Check]:
    o = said[0]
    if o.outcome == UNKNOWN:
        return [o.says(w.say(P_("condition", "For people claiming Universal Credit")))]
    if o.outcome == PASS:
        return [o.says(w.say(P_("reason", "it is for people on Universal Credit, like you")))]
    return [o.says(w.say(P_("near_miss", "It is for people claiming Universal Credit")),
                   w.say(P_("change", "This opens to you if you claim Universal Credit")))]


def _background(p: Pathway, profile: Profile, said: Sequence[Outcome], w: Words) -> List[Check]:
    o = said[0]
    words = w.table("background_who")
    if o.outcome == PASS:
        return [o.says(w.say(_IS_FOR_LIKE_YOU, who=words[profile.background]))]
    who = _join(w, [words[b] for b in p.eligibility.backgrounds], "or")
    return [o.says(w.say(_FOR if o.outcome == UNKNOWN else _IS_FOR, who=who))]


def _immigration(p: Pathway, profile: Profile, said: Sequence[Outcome], w: Words) -> List[Check]:
    """The fixed rule and the soft one (a pending claim that can become refugee status), as one check."""
    allowed = p.eligibility.immigration_statuses
    o = _first(said)
    few = ruled_out(allowed)
    if few is not None:
        # Every status but a declared few (student finance): say the few, not every other status.
        who, funding = w.say(("ruled_out", few.who)), w.say(("ruled_out", few.funding))
        if o.outcome == UNKNOWN:
            return [o.says(w.say(P_("condition", "Not if you are {who}: {funding} does not cover that"),
                                 who=who, funding=funding))]
        if o.outcome == FAIL:
            return [o.says(w.say(P_("near_miss", "It is paid for with {funding}, which people {who} cannot get"),
                                 funding=funding, who=who), w.say(_REFUGEE_STATUS))]
        return [o.says(w.say(P_("reason", "your status does not rule out {funding} ({checked})"), funding=funding,
                             checked=w.say(("ruled_out", few.checked))))]
    words = w.table("immigration_who")
    who = _join(w, [words[s] for s in allowed], "or")
    if o.outcome == UNKNOWN:
        return [o.says(w.say(_FOR, who=who))]
    if o.outcome == PASS:
        return [o.says(w.say(P_("reason", "it is open to {who}"), who=words[profile.immigration_status]))]
    if not o.rule.fixed:
        return [o.says(w.say(P_("near_miss", "It is not open to people still waiting for an asylum decision; it "
                                             "is for {who}"), who=who), w.say(_REFUGEE_STATUS))]
    return [o.says(w.say(_IS_FOR, who=who))]


def _english(p: Pathway, profile: Profile, said: Sequence[Outcome], w: Words) -> List[Check]:
    """Pitched below their English (fixed) or above it (soft: ESOL first), as one check."""
    o = _first(said)
    words = w.table("english_level")
    levels = _join(w, [words[level] for level in p.eligibility.english_levels], "or")
    if o.outcome == UNKNOWN:
        return [o.says(w.say(P_("condition", "For people whose English is at {levels} level"), levels=levels))]
    if o.outcome == PASS:
        return [o.says(w.say(P_("reason", "it is pitched at your level of English")))]
    if not o.rule.fixed:
        return [o.says(w.say(P_("near_miss", "It needs English at {levels} level"), levels=levels),
                       w.say(P_("change", "An ESOL course first would open it")))]
    return [o.says(w.say(P_("near_miss", "It is for people whose English is at {levels} level"), levels=levels))]


def _target_groups(p: Pathway, profile: Profile, said: Sequence[Outcome], w: Words) -> List[Check]:
    """Self-identified: never asked; it widens what we show, unless they said they are in none of them."""
    o = said[0]
    groups, words = p.eligibility.target_groups, w.table("group_who")
    if o.outcome == PASS:
        mine = _join(w, [words[g] for g in groups if g in profile.target_groups], "and")
        return [o.says(w.say(P_("reason", "it is run for {who}, as you told us"), who=mine))]
    who = _join(w, [words[g] for g in groups], "or")
    if o.outcome == FAIL:
        return [o.says(w.say(P_("near_miss", "It is run for {who}"), who=who))]
    return [o.says(w.say(P_("condition", "This {kind} is run for {who} — if that is you, you can apply"),
                         kind=w.table("kind_noun")[p.kind], who=who))]


def _right_to_work(p: Pathway, profile: Profile, said: Sequence[Outcome], w: Words) -> List[Check]:
    o = said[0]
    if o.outcome == FAIL:
        return [o.says(w.say(P_("near_miss", "It is paid work, which needs the right to work in the UK; people "
                                             "waiting for an asylum decision do not usually have it (if the Home "
                                             "Office has given you permission to work, ask the provider)")))]
    if o.outcome == PASS:
        return [o.says(w.say(P_("reason", "you have the right to work in the UK")))]
    # Unknown: a visa's conditions decide it (not a rule we can check, so not asked); otherwise the status.
    if profile.immigration_status == "visa_holder":
        return [o.says(w.say(P_("condition", "If your visa lets you work in the UK")))]
    return [o.says(w.say(P_("condition", "You need the right to work in the UK")))]


def _schedule(p: Pathway, profile: Profile, said: Sequence[Outcome], w: Words) -> List[Check]:
    """Schedule fit is eligibility: a route they have no time for is not one they can take. While their
    availability is unknown it says nothing (the intake asks it for every route)."""
    o = said[0]
    if o.outcome == UNKNOWN:
        return []
    if o.outcome == PASS:
        # the reason names the schedule nearest what they said: a resident free full time is told "it is
        # full time", not "evening sessions fit", when the route runs both
        fits = [s for s in SCHEDULE_FIT[profile.availability] if s in p.schedule]
        return [o.says(w.say(w.entry("schedule_why", fits[0])))]
    runs = _join(w, [w.table("schedule_only")[s] for s in p.schedule], "or")
    return [o.says(w.say(P_("near_miss", "It is {runs} only"), runs=runs),
                   w.say(P_("change", "If you could study {runs}, this would open to you"), runs=runs))]


def _status(p: Pathway, profile: Profile, said: Sequence[Outcome], w: Words) -> List[Check]:
    """Closed (a waiting list is a condition, not a rule: see evaluate)."""
    return [said[0].says(w.say(P_("near_miss", "It is closed to new applicants for now")),
                         w.say(P_("change", "It reopens when a new cohort is announced")))]


# Where the `words` a rule names are found (tests/bot/pathways/test_rules.py checks each rule's is here).
_WORDS = globals()


def _money(amount: float) -> str:
    return f"£{amount:,.0f}" if float(amount).is_integer() else f"£{amount:,.2f}"


# TRANSLATORS: joining a list: "{first}" is the items before the last, already joined with ", ".
_JOINS = {"or": P_("join", "{first} or {last}"), "and": P_("join", "{first} and {last}")}
_COMMA = P_("join", ", ")


def _join(w: Words, items: Sequence[str], word: str) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return w.say(_JOINS[word], first=w.say(_COMMA).join(items[:-1]), last=items[-1])


__all__ = ["Check", "FAIL", "Outcome", "PASS", "UNKNOWN", "evaluate", "failures", "verdict"]
