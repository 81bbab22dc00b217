"""The programme families an imported course can belong to, with OUR rules for each, and the Find a Course
enums (study mode, attendance pattern, delivery mode, duration unit) read into our vocabulary.

An export never sets an eligibility rule: a course takes the rules of its family, copied from the
hand-kept entries of that family in pathways.yml with their sources. A course of no family here is
reported by the importer, never guessed. Enum numbers and names are those published in
SkillsFundingAgency/dfc-providerportal-findacourse, src/dfc-providerportal-findacourse/Models/CourseRun.cs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Dict, Optional, Tuple

# ---- programme families: OUR rules, each with the page it comes from ---------------------------
# Rules are copied from the hand-kept entries of the same family in pathways.yml (with their sources)
# or from bot/pathways/rules.py; an export never sets a rule, and a course of no known family is reported.
ASF_FACTSHEET = ("https://www.lpservices.slc.co.uk/resources/guidance/advanced-learner-loan-factsheets/"
                 "eligibility-and-assessment/adult-skills-fund-factsheet")  # the EDS and Level 3 entries' source
ESOL_AGE_SOURCE = "https://parallelparliament.co.uk/question/HL7861/english-language-asylum"  # ESOL for 19+
# ESOL is for people whose first language is not English and who need English for daily life.
ESOL_LEVELS_SOURCE = "https://commonslibrary.parliament.uk/research-briefings/cbp-7905/"
# The Adult Education Budget became the Adult Skills Fund in 2024/25; the WMCA pays it for residents of
# its area, the national fund elsewhere: https://ascentis.co.uk/funding
ASF_FUNDING_BODY = ("Adult Skills Fund (listed as Adult Education Budget on Find a Course): the WMCA pays for "
                    "residents of its seven councils, the national fund elsewhere")


@dataclass(frozen=True)
class Family:
    name: str
    kind: str
    rules: Dict[str, Any]  # list rules as tuples: every entry gets its own copy as a list
    sources: Dict[str, str]
    fixed_topics: Optional[Tuple[str, ...]] = None  # None: read from the course's title


FAMILIES = {
    "essential_digital_skills": Family("essential_digital_skills", "essential_digital_skills",
                                       {"min_age": 19}, {"min_age": ASF_FACTSHEET}, ("general_digital",)),
    "esol": Family("esol", "esol", {"min_age": 19, "english_levels": ("none", "basic", "intermediate")},
                   {"min_age": ESOL_AGE_SOURCE, "english_levels": ESOL_LEVELS_SOURCE}, ()),
    "level3_digital": Family("level3_digital", "course", {"min_age": 19}, {"min_age": ASF_FACTSHEET}),
    "hnc_digital": Family("hnc_digital", "hnc", {}, {}),
}

# Words in a course or qualification title -> our topics. Only titles are read (a description mentions
# "data" or "web" in passing).
_TOPIC_WORDS = tuple((topic, re.compile(words, re.I)) for topic, words in (
    ("coding", r"programming|software|coding|developer|computing"),
    ("data", r"\bdata\b"),
    ("web_design", r"\bweb"),
    ("it_support", r"(?-i:\bIT\b)|it support|it user|network|information technology|computing|infrastructure"),
    ("cyber_security", r"cyber"),
    ("digital_marketing", r"digital marketing|social media"),
    ("general_digital", r"digital skills|computer skills|digital literacy"),
))
_ICT_SECTOR = "information and communication technology"


def topics_for(title: str) -> Tuple[str, ...]:
    return tuple(topic for topic, words in _TOPIC_WORDS if words.search(title))


def family_of(title: str, level: Optional[int], sector: str = "") -> Optional[Family]:
    """The programme family of a course, from its title, RQF level and sector subject area; None when
    it is none of ours (the caller reports it rather than guessing)."""
    low = title.lower()
    digital = bool(topics_for(title)) or _ICT_SECTOR in sector.lower()
    if level is None:
        return None
    if "essential digital skills" in low and level <= 2:
        return FAMILIES["essential_digital_skills"]
    if (re.search(r"\besol\b", low) or "english for speakers of other languages" in low) and level <= 2:
        return FAMILIES["esol"]
    if re.search(r"\bhn[cd]\b|higher national (certificate|diploma)", low) and level in (4, 5) and digital:
        return FAMILIES["hnc_digital"]
    if level == 3 and digital:
        return FAMILIES["level3_digital"]
    return None


# ---- the published enums (Models/CourseRun.cs): number -> name, and each name's description --------
DELIVERY = {1: "classroombased", 2: "online", 3: "workbased"}
DELIVERY_TO_OURS = {"classroombased": "in_person", "online": "online", "workbased": "in_person"}
STUDY = {1: "fulltime", 2: "parttime", 3: "flexible"}
STUDY_WORDS = {"fulltime": "Full-time", "parttime": "Part-time", "flexible": "Flexible"}
ATTEND = {1: "daytime", 2: "evening", 3: "weekend", 4: "dayorblockrelease"}
ATTEND_WORDS = {"daytime": "Daytime", "evening": "Evening", "weekend": "Weekend",
                 "dayorblockrelease": "Day/Block Release"}
DURATION = {1: "days", 2: "weeks", 3: "months", 4: "years", 5: "hours"}
WEEKS_PER = {"days": 1 / 7, "weeks": 1, "months": 52 / 12, "years": 52}  # hours of study are not weeks


def enum(value: Any, numbers: Dict[int, str]) -> Optional[str]:
    """A published enum value written as a number, a name ("ClassroomBased") or its description."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit():  # a CSV cell
        value = int(value)
    if isinstance(value, int):
        return numbers.get(value)
    if isinstance(value, str):
        key = re.sub(r"[^a-z]", "", value.lower())
        return key if key in numbers.values() else None
    return None


def schedule_for(study: Optional[str], attendance: Optional[str]) -> Optional[Tuple[str, ...]]:
    """Our schedule (the times a course needs) from Find a Course's study mode and attendance pattern."""
    evenings = attendance in ("evening", "weekend")
    if study == "fulltime":
        return ("full_time",)
    if evenings:
        return ("evenings_weekends",)
    if study == "parttime" or (study == "flexible" and attendance is not None):
        return ("part_time",)
    if study == "flexible":  # study when you choose: fits part-time days and evenings alike
        return ("part_time", "evenings_weekends")
    return None


__all__ = ["ASF_FACTSHEET", "ASF_FUNDING_BODY", "ESOL_AGE_SOURCE", "ESOL_LEVELS_SOURCE", "FAMILIES", "Family",
           "ATTEND", "ATTEND_WORDS", "DELIVERY", "DELIVERY_TO_OURS", "DURATION", "STUDY", "STUDY_WORDS",
           "WEEKS_PER", "enum", "family_of", "schedule_for", "topics_for"]
