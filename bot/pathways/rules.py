"""The funding and fit rules, each eligibility rule declared once here (RULES): which pathways set it, the
violation term, whether a change could lift it, the fact that settles it and whether we may ask for it.
Every reader derives from the declaration: bot.pathways.search reads the terms as SQL,
bot.pathways.snapshot runs them compiled in memory, and bot.pathways.eligibility takes each rule's
outcome (pass / fail / unknown) from the same compiled terms (Rulebook.outcomes) and only writes the
words. tests/bot/pathways/test_rules.py (and the equivalence tests in test_snapshot.py and
test_matching.py) check that every reading agrees.

Each rule keeps the public page it comes from next to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any, Dict, Optional, Sequence, Tuple

from bot.db import CLOSED_RANK, mask
from bot.language import vocab
from bot.language.words import ENGLISH, P_, Words
from bot.dialogue.profile import Profile
from bot.pathways.rule_terms import (ALWAYS, NEVER, Reader, Term, all_of, column, compile_outcomes,
                                     compile_violations, compile_which, fact, flag, negate)

# WMCA's devolved adult skills funding (the Adult Skills Fund, Free Courses for Jobs in the area, the
# Skills Bootcamps it commissions) is for residents of its seven constituent councils, by home postcode.
# Residents of the non-constituent councils (Shropshire, Telford and Wrekin, the Warwickshire districts,
# Cannock Chase, Tamworth, Redditch) are funded under DfE's national rules: they get national routes and
# their own area's, never a WMCA-funded place. A `region: wmca` pathway is such a place.
WMCA_FUNDING_SOURCE = (
    "https://www.wmca.org.uk/documents/productivity-skills/skills-programme-documents/archive-aeb-documents/"
    "2022-23-wmca-skills-programmes-funding-rules/2022-23-wmca-skills-programmes-funding-rules/"
    "section-2-skills-programmes-learner-eligibility/"
)
# Learner residency decides which body funds them: https://gatewayqualifications.org.uk/advice-guidance/
# delivering-our-qualifications/using-our-qualifications/devolution


def wmca_funded_for(local_authority: Optional[str]) -> Optional[bool]:
    """Whether WMCA's devolved funding covers someone living here (None: we do not know where)."""
    if local_authority is None:
        return None
    return local_authority in vocab.CONSTITUENT_AUTHORITIES


def regions_for(profile: Profile) -> Tuple[str, ...]:
    """The catalogue regions whose funding can cover this resident."""
    return vocab.REGIONS if wmca_funded_for(profile.local_authority) in (None, True) else ("national",)


# Paid work (apprenticeships, paid placements, sector-based work academies) needs the right to work in the
# UK. Someone waiting for an asylum decision does not have it: they may ask the Home Office for permission
# to work only after waiting 12 months through no fault of their own, and then only for jobs on the
# Immigration Salary List. We never show them such a route as one they can take. (The 6-month wait some
# funding rules use is for *learning*, such as ESOL, not for work.)
# Someone seeking asylum who *has* been given permission to work may take an apprenticeship
# (https://nrpfnetwork.org.uk/information-and-resources/rights-and-entitlements/employment/apprenticeships),
# but we cannot tell that from what they say, and the permission covers Immigration Salary List jobs only:
# the words tell them to ask the provider, and the route is not recommended.
RIGHT_TO_WORK_SOURCE = "https://righttoremain.org.uk/?p=37755"  # also https://freemovement.org.uk/?p=155552
APPRENTICESHIP_RIGHT_TO_WORK_SOURCE = ("https://nrpfnetwork.org.uk/information-and-resources/"
                                       "rights-and-entitlements/employment/apprenticeships")
# Kinds that are paid work, so always need the rule (the validator checks it).
PAID_WORK_KINDS = ("apprenticeship", "kickstart")
NO_RIGHT_TO_WORK = ("asylum_seeker",)
# Statuses that carry the right to work; a visa depends on its conditions, so it stays a condition.
RIGHT_TO_WORK = ("british_irish", "settled", "pre_settled", "refugee", "ukraine_scheme", "afghan_resettlement",
                 "bno_visa")

# Which pathway schedules suit the time a resident has. A pathway with none of them is not one they can
# take now: a near miss ("full time only: if you could study full time...").
SCHEDULE_FIT = {
    "full_time": ("full_time", "part_time", "evenings_weekends"),
    "part_time": ("part_time", "evenings_weekends"),
    "evenings_weekends": ("evenings_weekends",),
}

# A group inside another: someone not in the outer one is not in the inner one either.
_INSIDE = {"women": ("black_women",)}


def excluded_groups(profile: Profile) -> Tuple[str, ...]:
    """The groups the resident volunteered they are not in ("as a man in my forties"), with the groups
    inside them, never one they said they are in. A route run only for such groups is not for them."""
    out = set(profile.excluded_groups)
    for group in profile.excluded_groups:
        out.update(_INSIDE.get(group, ()))
    return tuple(g for g in vocab.TARGET_GROUPS if g in out and g not in profile.target_groups)


# Someone who cannot yet send an email is best served first by the basics: Essential Digital Skills
# qualifications (free to adults 19+ with no or low digital skills since 2020, under the national
# entitlement: https://tes.com/news/adults-be-offered-free-digital-skills-courses ;
# https://www.gatewayqualifications.org.uk/qualification-area/digital-qualifications/essential-digital-skills)
# and other everyday-digital courses, ranked before anything else they could take.
BEGINNER_CONFIDENCE = ("none", "basic")
BASICS_KIND = "essential_digital_skills"
BASICS_TOPIC = "general_digital"


def wants_basics(profile: Profile) -> bool:
    return profile.digital_confidence in BEGINNER_CONFIDENCE


def is_basics(kind: str, topics: Tuple[str, ...]) -> bool:
    return kind == BASICS_KIND or BASICS_TOPIC in topics


# Adult Skills Fund courses (ESOL among them) fund people seeking asylum once their claim has been
# pending six months or more (co-funded or fully funded by the area's rules); we do not know how long
# someone has waited, so it is a condition on such a course, never a silent yes.
# https://parallelparliament.co.uk/question/HL7861/english-language-asylum
ASYLUM_WAIT_SOURCE = "https://parallelparliament.co.uk/question/HL7861/english-language-asylum"


def asylum_wait_condition(funding_body: Optional[str], profile: Profile, words: Words = ENGLISH) -> Optional[str]:
    if profile.immigration_status != "asylum_seeker" or "adult skills fund" not in (funding_body or "").lower():
        return None
    # TRANSLATORS: keep "6 months" as a number: it is the rule a resident acts on.
    return words.say(P_("condition", "Adult Skills Fund courses are funded for people seeking asylum once they "
                                     "have waited 6 months or more for a decision: ask the provider what you "
                                     "would pay"))


# Adult skills funding (the Adult Skills Fund, once the Adult Education Budget, national or devolved to
# WMCA) pays for learners aged 19 or older on 31 August of the funding year; someone younger is funded
# through a 16-19 study programme at their school or college instead. A route paid for by it is for 19
# and over, and says so (the validator checks it): WMCA_FUNDING_SOURCE, section 2; nationally
# https://www.lpservices.slc.co.uk/resources/guidance/advanced-learner-loan-factsheets/eligibility-and-assessment/adult-skills-fund-factsheet
ADULT_FUNDING_MIN_AGE = 19
_ADULT_FUNDING_WORDS = ("adult skills fund", "adult skills funding", "adult skills grant", "adult education budget",
                        "adult education funding")


def adult_skills_funded(funding_body: Optional[str]) -> bool:
    text = (funding_body or "").lower()
    return any(words in text for words in _ADULT_FUNDING_WORDS)


# HNCs and HNDs are paid for with a Student Finance England tuition fee loan. People still waiting for an
# asylum decision are not eligible for it (they would pay the fee themselves, usually at the overseas
# rate); refugee status or humanitarian protection opens it. Other statuses are for the college and
# Student Finance England to check, so nobody else is asked. A route paid for by student finance is
# therefore open to every status but a pending claim (the validator checks it), which makes it a near
# miss for someone seeking asylum: "this opens to you if you are granted refugee status".
STUDENT_FINANCE_SOURCE = ("https://westminster.ac.uk/study/prospective-students/fees-and-funding/"
                          "refugees-and-asylum-seekers")
# also https://hep-ucascom.ucasenvironments.com/search/frequently-asked-questions/applying-to-study-%E2%80%93-refugees


@dataclass(frozen=True)
class RuledOut:
    """Funding that takes every immigration status but a few. A route whose allow-list is exactly that
    says the few it rules out, and why, instead of listing every status it takes."""

    statuses: Tuple[str, ...]  # the few, in vocabulary order
    who: str  # them, after "if you are" and "people": "still waiting for an asylum decision"
    funding: str  # what they cannot get: "student finance"
    checked: str  # how everyone else is checked
    source: str

    @property
    def takes(self) -> Tuple[str, ...]:
        return tuple(s for s in vocab.IMMIGRATION_STATUSES if s not in self.statuses)


# The words are English msgids, said in the resident's language by bot.pathways.eligibility (context "ruled_out").
# TRANSLATORS: a group after "if you are" and "people"; a funding name; how everyone else is checked.
STUDENT_FINANCE = RuledOut(("asylum_seeker",), P_("ruled_out", "still waiting for an asylum decision")[1],
                           P_("ruled_out", "student finance")[1],
                           P_("ruled_out", "Student Finance England checks residency when you apply")[1],
                           STUDENT_FINANCE_SOURCE)
STUDENT_FINANCE_STATUSES = STUDENT_FINANCE.takes
_RULED_OUT = {r.statuses: r for r in (STUDENT_FINANCE,)}


def ruled_out(allowed: Sequence[str]) -> Optional[RuledOut]:
    """The declaration for an allow-list that is every status but a declared few (None otherwise)."""
    if not allowed:
        return None
    return _RULED_OUT.get(tuple(s for s in vocab.IMMIGRATION_STATUSES if s not in allowed))


def student_finance_funded(funding_body: Optional[str]) -> bool:
    return "student finance" in (funding_body or "").lower()


# Free Courses for Jobs is an either/or offer: free to adults 19+ without a Level 3 qualification, and
# also to those earning under the earnings threshold or unemployed, whatever they hold. WMCA did not
# adopt DfE's 2024 earnings cap on the first part. Anyone else can still take the course, paying a fee
# or with an Advanced Learner Loan. So the offer is never a hard qualification, income or employment
# rule on a pathway (that would turn away people it funds): the assistant says who it is free for.
# https://www.gov.uk/guidance/qualification-funding-approval/level-3-free-courses-for-jobs-offer-approval-criteria
# https://feweek.co.uk/dfe-scales-back-free-courses-for-jobs-offer/
FREE_COURSES_FOR_JOBS_SOURCE = ("https://www.gov.uk/guidance/qualification-funding-approval/"
                                "level-3-free-courses-for-jobs-offer-approval-criteria")
FREE_COURSES_FOR_JOBS_OR_RULES = ("max_qualification_level", "max_income", "employment_status")


def is_free_courses_for_jobs(funding_body: Optional[str]) -> bool:
    return "free courses for jobs" in (funding_body or "").lower()


def free_courses_for_jobs(profile: Profile, words: Words = ENGLISH) -> Tuple[Optional[bool], str]:
    """(free for them?, the words): True when a fact we hold meets the offer, None when we cannot say."""
    level, status = profile.qualification_level, profile.employment_status
    # TRANSLATORS: keep "Free Courses for Jobs", "Level 3" and "Advanced Learner Loan" as names.
    if level is not None and level < 3:
        return True, words.say(P_("reason", "free for you under Free Courses for Jobs, as you don't have a Level 3 "
                                            "qualification yet"))
    if status == "unemployed":
        return True, words.say(P_("reason", "free for you under Free Courses for Jobs, as you are out of work"))
    return None, words.say(P_("condition", "Free under Free Courses for Jobs if you don't have a Level 3 "
                                           "qualification yet, earn under the earnings threshold or are unemployed; "
                                           "otherwise ask the provider about the fee or an Advanced Learner Loan"))


# --- the eligibility rules, each declared once ---------------------------------------------------------
#
# A rule is a violation: a term over the pathway's rule columns (bot.db) and the resident's facts that is
# true when this resident breaks it. bot.pathways.search puts the terms in its SQL, bot.pathways.snapshot
# runs the very same terms compiled in memory, and bot.pathways.eligibility derives each rule's outcome
# from them too (Rulebook.outcomes): fail when the violation holds, unknown when the fact that settles it
# is unknown, pass otherwise; only the words are its own (the function named in `words`). An unknown fact
# gets a value under which no rule holds (facts_for), so what we do not know never excludes.


@dataclass(frozen=True)
class Rule:
    name: str  # the Check.rule its words carry (an eligibility field, or "schedule", "status")
    violated: Term
    fixed: bool  # True: nothing the resident could change lifts it (excluded); False: a near miss
    words: str  # the function in bot.pathways.eligibility that writes its words (rules sharing one are
    #             written as one: the age band, the two readings of an allow-list)
    sets: Term = ALWAYS  # the pathway sets the rule (a rule it does not set says nothing)
    fact: Optional[str] = None  # the resident's fact (a Profile field) that settles it
    ask: bool = True  # whether we may ask for that fact while it is unanswered
    unknown: Optional[Term] = None  # not settled yet; by default, `fact` is not known (facts_for)
    source: Optional[str] = None  # the public page the rule comes from, where it is not the catalogue's own

    @property
    def unsettled(self) -> Term:
        if self.unknown is not None:
            return self.unknown
        return negate(flag(f"knows_{self.fact}")) if self.fact else NEVER

    def check(self) -> Reader:
        return self.violated.python()


def bit(value: str, vocabulary: Sequence[str]) -> int:
    """One value's bit in a rule column's mask (bot.db.mask)."""
    return 1 << vocabulary.index(value)


def _every(vocabulary: Sequence[str]) -> int:
    return (1 << len(vocabulary)) - 1


# The resident's facts a rule can be settled by (Rule.fact), each known once answered; a declined income
# is an answer but not a figure, so it settles nothing (facts_for).
_SETTLED_BY = tuple((f"knows_{name}", name) for name in (
    "age", "employment_status", "qualification_level", "universal_credit", "background", "immigration_status",
    "english_level", "availability"))
_SCHEDULE_BITS = {availability: mask(fits, vocab.SCHEDULES) for availability, fits in SCHEDULE_FIT.items()}


# The last profile's facts: a match reads them for its search and again for the words of each pathway it
# shows, always from the same (immutable) profile object. One read of one tuple, so threads never see half.
_LAST: Tuple[Optional[Profile], Dict[str, Any]] = (None, {})


def facts_for(p: Profile) -> Dict[str, Any]:
    """The resident's facts as the rules read them (bound parameters in SQL). Shared: never mutate it."""
    global _LAST
    last = _LAST
    if last[0] is p:
        return last[1]
    facts = _facts(p)
    _LAST = (p, facts)
    return facts


def _facts(p: Profile) -> Dict[str, Any]:
    facts: Dict[str, Any] = {
        # (only a school year or birth year known: a band rules them out only when it rules out both ages)
        "age_for_min": p.age if p.age is not None else p.school_age[1] if p.school_age else 1000,
        "age_for_max": p.age if p.age is not None else p.school_age[0] if p.school_age else -1,
        "income": p.annual_income if p.income_known else -1.0,
        "qualification_for_min": p.qualification_level if p.qualification_level is not None else 99,
        "qualification_for_max": p.qualification_level if p.qualification_level is not None else -1,
        "no_universal_credit": p.universal_credit is False,
        "employment_bit": (bit(p.employment_status, vocab.EMPLOYMENT_STATUSES) if p.employment_status
                           else _every(vocab.EMPLOYMENT_STATUSES)),
        "background_bit": bit(p.background, vocab.BACKGROUNDS) if p.background else _every(vocab.BACKGROUNDS),
        "immigration_bit": (bit(p.immigration_status, vocab.IMMIGRATION_STATUSES) if p.immigration_status
                            else _every(vocab.IMMIGRATION_STATUSES)),
        "asylum_seeker": p.immigration_status == "asylum_seeker",
        "no_right_to_work": p.immigration_status in NO_RIGHT_TO_WORK,
        "right_to_work": p.immigration_status in RIGHT_TO_WORK,
        "schedule_bits": _SCHEDULE_BITS[p.availability] if p.availability else 0,
        # Target-group bits the resident has not ruled out: a route none of whose groups is left is not
        # for them.
        "not_excluded_bits": _every(vocab.TARGET_GROUPS) & ~mask(excluded_groups(p), vocab.TARGET_GROUPS),
        "my_group_bits": mask(p.target_groups, vocab.TARGET_GROUPS),
        "english_bit": _every(vocab.ENGLISH_LEVELS),
        "english_at_or_below": _every(vocab.ENGLISH_LEVELS),
        "knows_annual_income": p.income_known,
    }
    for key, name in _SETTLED_BY:
        facts[key] = getattr(p, name) is not None
    if p.english_level is not None:
        rank = vocab.ENGLISH_LEVELS.index(p.english_level)
        facts["english_bit"] = 1 << rank
        facts["english_at_or_below"] = (1 << (rank + 1)) - 1
    return facts


_waiting_for_refugee_status = all_of(flag("asylum_seeker"),
                                     column("immigration_mask").has_any(bit("refugee", vocab.IMMIGRATION_STATUSES)))
_lacks_immigration = column("immigration_mask").lacks(fact("immigration_bit"))
_lacks_english = column("english_mask").lacks(fact("english_bit"))
_english_at_or_below = column("english_mask").has_any(fact("english_at_or_below"))
_is_set = {name: column(name).is_set() for name in ("min_age", "max_age", "max_income", "min_qual", "max_qual")}
_listed = {name: column(name) != 0 for name in ("employment_mask", "background_mask", "immigration_mask",
                                               "english_mask", "target_mask")}

# In the order their words are written (bot.pathways.eligibility). Fixed rules exclude: no change lifts
# them. Exactly one soft rule broken makes a near miss, with the change that would open it.
RULES: Tuple[Rule, ...] = (
    # (age_for_min is the oldest they can be and age_for_max the youngest: with only a school year known, a band
    # that rules out one of its two ages and not the other is still to check, and one that holds both is met)
    Rule("min_age", all_of(_is_set["min_age"], column("min_age") > fact("age_for_min")),
         fixed=False, words="_age", sets=_is_set["min_age"], fact="age",
         unknown=all_of(_is_set["min_age"], column("min_age") > fact("age_for_max"))),
    Rule("max_age", all_of(_is_set["max_age"], column("max_age") < fact("age_for_max")),
         fixed=True, words="_age", sets=_is_set["max_age"], fact="age",
         unknown=all_of(_is_set["max_age"], column("max_age") < fact("age_for_min"))),
    Rule("max_income", all_of(_is_set["max_income"], column("max_income") <= fact("income")),
         fixed=False, words="_income", sets=_is_set["max_income"], fact="annual_income"),
    Rule("employment_status", column("employment_mask").lacks(fact("employment_bit")), fixed=False,
         words="_employment", sets=_listed["employment_mask"], fact="employment_status"),
    Rule("min_qualification_level", all_of(_is_set["min_qual"], column("min_qual") > fact("qualification_for_min")),
         fixed=False, words="_qualification", sets=_is_set["min_qual"], fact="qualification_level"),
    Rule("max_qualification_level", all_of(_is_set["max_qual"], column("max_qual") < fact("qualification_for_max")),
         fixed=True, words="_qualification", sets=_is_set["max_qual"], fact="qualification_level"),
    Rule("requires_universal_credit", all_of(column("requires_uc") == True, flag("no_universal_credit")),  # noqa: E712
         fixed=False, words="_universal_credit", sets=column("requires_uc") == True,  # noqa: E712
         fact="universal_credit"),
    Rule("backgrounds", column("background_mask").lacks(fact("background_bit")), fixed=True, words="_background",
         sets=_listed["background_mask"], fact="background"),
    Rule("immigration_statuses", all_of(_lacks_immigration, negate(_waiting_for_refugee_status)),
         fixed=True, words="_immigration", sets=_listed["immigration_mask"], fact="immigration_status"),
    # A pending asylum claim can become refugee status, which a rule that takes refugees accepts.
    Rule("immigration_statuses", all_of(_lacks_immigration, _waiting_for_refugee_status), fixed=False,
         words="_immigration", sets=_listed["immigration_mask"], fact="immigration_status"),
    # Pitched below their English (a beginners' ESOL class for a fluent speaker).
    Rule("english_levels", all_of(_lacks_english, _english_at_or_below), fixed=True, words="_english",
         sets=_listed["english_mask"], fact="english_level"),
    # Needs better English than they have: an ESOL course first could open it.
    Rule("english_levels", all_of(_lacks_english, negate(_english_at_or_below)), fixed=False, words="_english",
         sets=_listed["english_mask"], fact="english_level"),
    # Run only for groups the resident said they are not in. Self-identified, so never asked: settled only
    # when they named one of its groups.
    Rule("target_groups", all_of(_listed["target_mask"], (column("target_mask") & fact("not_excluded_bits")) == 0),
         fixed=True, words="_target_groups", sets=_listed["target_mask"], fact="target_groups", ask=False,
         unknown=(column("target_mask") & fact("my_group_bits")) == 0),
    # Paid work for someone without the right to work; a visa depends on its conditions, so it stays unknown.
    Rule("requires_right_to_work", all_of(column("requires_rtw") == True, flag("no_right_to_work")),  # noqa: E712
         fixed=True, words="_right_to_work", sets=column("requires_rtw") == True,  # noqa: E712
         fact="immigration_status", unknown=negate(flag("right_to_work")), source=RIGHT_TO_WORK_SOURCE),
    # No schedule that suits the time they have ("full time only: if you could...").
    Rule("schedule", all_of(flag("knows_availability"), (column("schedule_mask") & fact("schedule_bits")) == 0),
         fixed=False, words="_schedule", fact="availability"),
    Rule("status", column("status_rank") == CLOSED_RANK, fixed=False, words="_status",
         sets=column("status_rank") == CLOSED_RANK),
)


@dataclass(frozen=True)
class Rulebook:
    """Rules split the way both matchers use them; `rules` defaults to RULES (tests pass their own)."""

    rules: Tuple[Rule, ...] = RULES

    @property
    def fixed(self) -> Tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.fixed)

    @property
    def soft(self) -> Tuple[Rule, ...]:
        return tuple(r for r in self.rules if not r.fixed)

    def checker(self) -> Reader:
        """In memory: (row, facts) -> None if a fixed rule is broken, else how many soft ones are."""
        return self._checker

    def applies(self) -> Reader:
        """In memory: (row, facts) -> the positions of the rules the pathway sets (it reads only the row,
        so a pathway's answer holds for every resident)."""
        return self._applies

    def outcomes(self, positions: Tuple[int, ...]) -> Reader:
        """In memory: (row, facts) -> for each rule at `positions`, "fail" (its violation holds), "unknown"
        (the fact that settles it is unknown) or "pass". One reader per set of rules pathways set (a
        catalogue has a few dozen), so each reads only what its pathways set."""
        reader = self._outcomes.get(positions)
        if reader is None:
            rules = [self.rules[i] for i in positions]
            reader = compile_outcomes([(r.violated, r.unsettled) for r in rules], ("fail", "unknown", "pass"))
            reader = self._outcomes.setdefault(positions, reader)
        return reader

    # Compiled once per rulebook (RULEBOOK: once per process), kept on the instance: hashing the rules
    # to find them in a cache would cost more than the reading they serve.
    @cached_property
    def _checker(self) -> Reader:
        return compile_violations([r.violated for r in self.fixed], [r.violated for r in self.soft])

    @cached_property
    def _applies(self) -> Reader:
        return compile_which([r.sets for r in self.rules])

    @cached_property
    def _outcomes(self) -> Dict[Tuple[int, ...], Reader]:
        return {}


RULEBOOK = Rulebook()


__all__ = ["ADULT_FUNDING_MIN_AGE", "APPRENTICESHIP_RIGHT_TO_WORK_SOURCE", "ASYLUM_WAIT_SOURCE", "BASICS_KIND",
           "BASICS_TOPIC", "FREE_COURSES_FOR_JOBS_OR_RULES", "FREE_COURSES_FOR_JOBS_SOURCE", "NO_RIGHT_TO_WORK",
           "PAID_WORK_KINDS", "RIGHT_TO_WORK", "RIGHT_TO_WORK_SOURCE", "RULEBOOK", "RULES", "Rule", "Rulebook",
           "RuledOut", "SCHEDULE_FIT", "STUDENT_FINANCE", "STUDENT_FINANCE_SOURCE", "STUDENT_FINANCE_STATUSES",
           "WMCA_FUNDING_SOURCE", "adult_skills_funded", "asylum_wait_condition", "bit", "excluded_groups",
           "facts_for", "free_courses_for_jobs", "is_basics", "is_free_courses_for_jobs", "regions_for",
           "ruled_out", "student_finance_funded", "wants_basics", "wmca_funded_for"]
