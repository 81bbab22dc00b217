"""The funding and fit rules that both matchers read: declared once here, applied in Python by
bot.pathways.eligibility (with the words) and in SQL by bot.pathways.search (over the whole catalogue). The equivalence
tests (tests/bot/pathways/test_snapshot.py, tests/bot/pathways/test_matching.py) check that the two agree.

Each rule keeps the public page it comes from next to it.
"""

from __future__ import annotations

from typing import Optional, Tuple

from bot.language import vocab
from bot.dialogue.profile import Profile

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


def asylum_wait_condition(funding_body: Optional[str], profile: Profile) -> Optional[str]:
    if profile.immigration_status != "asylum_seeker" or "adult skills fund" not in (funding_body or "").lower():
        return None
    return ("Adult Skills Fund courses are funded for people seeking asylum once they have waited 6 months "
            "or more for a decision: ask the provider what you would pay")


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
_FCFJ_WHO = ("don't have a Level 3 qualification yet, earn under the earnings threshold or are unemployed")


def is_free_courses_for_jobs(funding_body: Optional[str]) -> bool:
    return "free courses for jobs" in (funding_body or "").lower()


def free_courses_for_jobs(profile: Profile) -> Tuple[Optional[bool], str]:
    """(free for them?, the words): True when a fact we hold meets the offer, None when we cannot say."""
    level, status = profile.qualification_level, profile.employment_status
    if level is not None and level < 3:
        return True, "free for you under Free Courses for Jobs, as you don't have a Level 3 qualification yet"
    if status == "unemployed":
        return True, "free for you under Free Courses for Jobs, as you are out of work"
    return None, (f"Free under Free Courses for Jobs if you {_FCFJ_WHO}; otherwise ask the provider about "
                  "the fee or an Advanced Learner Loan")


__all__ = ["APPRENTICESHIP_RIGHT_TO_WORK_SOURCE", "PAID_WORK_KINDS", "ASYLUM_WAIT_SOURCE", "asylum_wait_condition", "BASICS_KIND", "BASICS_TOPIC", "FREE_COURSES_FOR_JOBS_OR_RULES", "FREE_COURSES_FOR_JOBS_SOURCE",
           "free_courses_for_jobs", "is_free_courses_for_jobs", "NO_RIGHT_TO_WORK", "RIGHT_TO_WORK", "RIGHT_TO_WORK_SOURCE",
           "SCHEDULE_FIT", "WMCA_FUNDING_SOURCE", "excluded_groups", "is_basics", "regions_for",
           "wants_basics", "wmca_funded_for"]
