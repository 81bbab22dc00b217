"""What to bring to enrol: a checklist derived from a pathway's rules and what the resident told us.

A provider must check and keep evidence of a learner's eligibility *before* the course starts; proof
gathered afterwards is usually not accepted (DfE Adult Skills Fund funding rules, e.g.
https://www.gov.uk/government/publications/adult-skills-fund-funding-rules-for-2024-to-2025/adult-skills-fund-funding-rules-2024-to-2025).
So each rule a pathway applies becomes the document that proves it, and a resident who arrives with it
is not sent home. Nothing here decides eligibility (bot.pathways.eligibility does): it only says what a provider
will ask to see. Items are "usually asked for", never promised to be enough; the provider decides.

Pure: no database, no catalogue object required (a pathway's `eligibility` mapping, as in
`Pathway.to_dict()["eligibility"]`, and the resident's slot values are enough).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, List, Mapping, Optional, Sequence

from bot.dialogue.about_them import said_about
from bot.language.words import Entry, P_, words_for

# Statuses whose proof is a Home Office document (an eVisa share code or a Home Office letter), not a
# passport alone. British and Irish citizens prove identity and residency with ID and address only.
_STATUS_DOCUMENT = ("settled", "pre_settled", "refugee", "asylum_seeker", "visa_holder", "ukraine_scheme",
                    "afghan_resettlement", "bno_visa")


@dataclass(frozen=True)
class Item:
    key: str
    say: Entry  # what to bring, in a resident's words (a catalogue entry: said in their language)
    because: Entry  # the rule it proves, in a resident's words

    @property
    def text(self) -> str:
        """What to bring, in English (the provider's referral mail)."""
        return self.say[1]

    @property
    def why(self) -> str:
        return self.because[1]


# The checklist's items. Each one's source is beside it; the wording says "usually", never "must".
# Identity and age: the funding rules set age limits at the start of learning, and every funded
# enrolment checks who the learner is (ASF funding rules, "Learner eligibility": age, residency,
# prior attainment are checked and evidenced before the start date; source above).
PHOTO_ID = Item("photo_id", P_("evidence", "Photo ID, such as a passport or driving licence"),
                P_("evidence_why", "to confirm who you are"))
PHOTO_ID_AGE = Item("photo_id", P_("evidence", "Photo ID that shows your date of birth, such as a passport or "
                                   "driving licence"), P_("evidence_why", "this course has an age rule"))
# Residency: funding depends on where the learner lives immediately before enrolment; WMCA's devolved
# adult skills money is for residents of its area (ASF funding rules, Section 1 Residency, and the
# 2025-26 rules' "permanent residency ... immediately prior to enrolment", discussed at
# https://customerhelp.education.gov.uk/hc/en-gb/community/posts/27962803081234-Adult-Skills-Residency-25-26).
PROOF_OF_ADDRESS = Item("proof_of_address", P_("evidence", "Something recent with your name and address, such as a "
                                                "bill, bank statement or council letter"),
                        P_("evidence_why", "this course is for people who live in the area"))
# Benefits: full funding for unemployed learners and benefit claimants is evidenced by the benefit
# itself (ASF: "learners ... who are unemployed can also receive full funding",
# https://www.lpservices.slc.co.uk/resources/guidance/advanced-learner-loan-factsheets/eligibility-and-assessment/adult-skills-fund-factsheet).
BENEFIT_LETTER = Item("benefit_letter", P_("evidence", "A recent letter or statement about your benefit, such as "
                                            "your Universal Credit statement"),
                      P_("evidence_why", "this course is free for people on benefits"))
BENEFIT_LETTER_UC = Item("benefit_letter", P_("evidence", "A recent Universal Credit statement or letter"),
                         P_("evidence_why", "this course is for people on Universal Credit"))
# Immigration status: residency rules name statuses (refugee, asylum seeker after 6 months, settled or
# pre-settled, humanitarian schemes); providers check an eVisa or Home Office letter for the status
# (ASF funding rules, Section 1 Residency; examples listed by an ESFA-funded provider at
# https://www.surreycc.gov.uk/schools-and-learning/adult-learning/courses/esol-english-and-maths/esol/eligibility-criteria).
STATUS_DOCUMENT = Item("status_document", P_("evidence", "Proof of your immigration status: your eVisa share code "
                                              "or Home Office letter"),
                       P_("evidence_why", "funding rules depend on immigration status"))
# Low wage: the evidence DfE named for its low-wage funding was "a wage slip within 3 months of the
# learner's learning start date, or a current employment contract, which states gross monthly/annual
# wages" (https://www.gov.uk/government/news/adult-education-budget-aeb-2018-to-2019-increased-flexibility-for-learners-in-receipt-of-low-wage).
PAYSLIP = Item("payslip", P_("evidence", "A payslip from the last 3 months, or your employment contract showing "
                              "your pay"), P_("evidence_why", "this course is free below a set income"))
# Prior attainment: legal entitlements are for a *first* full level 2 or 3, and some courses need a
# qualification first (ASF factsheet above: "first full qualification at level 2 ... level 3").
CERTIFICATES = Item("certificates", P_("evidence", "Certificates for your highest qualification, if you have them"),
                    P_("evidence_why", "this course depends on the qualifications you already have"))




def _present(value: Any) -> bool:
    return value not in (None, False, (), [], "")


def checklist(eligibility: Mapping[str, Any], facts: Mapping[str, Any]) -> List[Item]:
    """What this resident should bring to enrol on a pathway with these rules, most asked-for first.

    `eligibility`: the pathway's rules (`Eligibility.to_dict()` keys). `facts`: the resident's slots
    (age, employment_status, universal_credit, immigration_status, ...), any of them missing.
    """
    items: List[Item] = []
    aged = _present(eligibility.get("min_age")) or _present(eligibility.get("max_age"))
    items.append(PHOTO_ID_AGE if aged else PHOTO_ID)
    if eligibility.get("region") == "wmca":
        items.append(PROOF_OF_ADDRESS)
    employment_rule = tuple(eligibility.get("employment_status") or ())
    on_uc = facts.get("universal_credit") is True
    unemployed = facts.get("employment_status") == "unemployed"
    if eligibility.get("requires_universal_credit"):
        items.append(BENEFIT_LETTER_UC)
    elif on_uc or (unemployed and (not employment_rule or "unemployed" in employment_rule)):
        # Free because they are on benefits or out of work: the benefit is what proves it.
        items.append(BENEFIT_LETTER)
    status = facts.get("immigration_status")
    if _present(eligibility.get("immigration_statuses")) or status in _STATUS_DOCUMENT:
        if status != "british_irish":
            items.append(STATUS_DOCUMENT)
    income_rule = _present(eligibility.get("max_income"))
    working = facts.get("employment_status") in ("employed", "self_employed")
    if income_rule and (working or facts.get("employment_status") is None) and not on_uc:
        items.append(PAYSLIP)
    if _present(eligibility.get("min_qualification_level")) or _present(eligibility.get("max_qualification_level")):
        items.append(CERTIFICATES)
    return items


def lines(items: Sequence[Item]) -> List[str]:
    return [item.text for item in items]


# TRANSLATORS: the checklist after a referral; {title} is the course's own name (it stays as written).
_HEAD_FOR = P_("evidence", "To enrol on {title}, providers usually ask to see:")
_HEAD = P_("evidence", "Providers usually ask to see:")
_END = P_("evidence", "The provider decides what it needs: ask them if you don't have one of these.")


def reply(items: Sequence[Item], title: Optional[str] = None, lang: Optional[str] = None,
          asking_for: Optional[str] = None) -> str:
    """The checklist as one chat message, in the conversation's language; `asking_for` ("he", "she",
    "they") when the resident asks for another person, whose documents these are."""
    if not items:
        return ""
    words = words_for(lang)
    head = words.say(_HEAD_FOR, title=title) if title else words.say(_HEAD)
    said = [said_about(words.say(item.say), asking_for, lang) for item in items]
    return head + "\n" + "\n".join(f"- {line}" for line in said) + "\n" + words.say(_END)


__all__ = ["Item", "checklist", "lines", "reply"]
