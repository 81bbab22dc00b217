"""Which question to ask next, and whether an answer is usable: pure logic, no Rasa, no database.

The intake asks only what is still unknown *and* could change what we recommend. The engine knows
what could change the answer (`MatchResult.questions`, gates first); this module removes what the
resident declined or must never be asked, and checks each answer against the slot contract.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Iterable, List, Mapping, Optional, Sequence, Tuple

from bot.language import vocab
from bot.dialogue import slots
from bot.dialogue.profile import Profile, ProfileError
from bot.language.answer_words import DONT_KNOW
from bot.language.typed_replies import normalise

# The form's slots, in the order the engine asks about them when it has no stronger preference.
PROFILE_SLOTS: Tuple[str, ...] = slots.PROFILE
# Facts a resident may volunteer but we never ask for: they only ever widen what we can show.
TARGET_GROUPS_SLOT = slots.TARGET_GROUPS
# Groups a resident says they are not in ("as a man in my forties"): never asked, they narrow what we show.
EXCLUDED_GROUPS_SLOT = slots.EXCLUDED_GROUPS
# Volunteered, never asked: how at home they are with a computer ("I can't even send an email").
DIGITAL_CONFIDENCE_SLOT = slots.DIGITAL_CONFIDENCE
# Who the facts are about when someone asks for another person: "he", "she" or "they"; "self" (or None)
# when the resident asks for themselves ("now for me": back to them after asking for someone else).
ASKING_FOR_SLOT = slots.ASKING_FOR
PRONOUNS = ("he", "she", "they")
ASKING_FOR_SELF = "self"
# Set with qualification_level when it was gained abroad: a provider may ask for a UK ENIC statement.
QUALIFICATION_ABROAD_SLOT = slots.QUALIFICATION_ABROAD
# Volunteered, never asked: under 16 and at school, said as a school year or birth year with no age.
SCHOOL_AGE_SLOT = slots.SCHOOL_AGE
# A place named only as where they work or studied (bot.language.understanding): not taken as home, but
# offered when the place question is asked ("Is it Sandwell?").
PLACE_ASSUMED_ENTITY = "place_assumed"
# Messages that ask or request something else never record facts: "will it affect my UC?" does not
# mean the resident gets Universal Credit. domain.yml's slot mappings list the same intents.
NOT_FACT_INTENTS: Tuple[str, ...] = (
    "start_again",
    "ask_why",
    "ask_more",
    "human_handoff",
    "forget_me",
    "faq_hnc",
    "faq_bootcamp",
    "faq_kickstart",
    "faq_esol",
    "faq_cost",
    "faq_universal_credit",
    "faq_laptop",
    "faq_no_qualifications",
    "out_of_scope",
    "abuse",
    "unreadable",
    "what_we_hold",
    "manage_consent",
    "refer_me",
    "notify_me",
    "send_me_this",
    "report_wrong_info",  # "the info about the Sandwell course is wrong" says nothing about where they live
)

# When the engine cannot be reached we still keep the conversation going, asking the facts that
# matter for almost every route. Immigration status and English level are never asked blind: they
# are sensitive, and only matter for some routes, which the engine knows about.
FALLBACK_ORDER: Tuple[str, ...] = (
    "local_authority",
    "age",
    "background",
    "employment_status",
    "qualification_level",
    "interest",
    "availability",
)

MIN_AGE, MAX_AGE = 5, 110  # outside this the number was not an age
MAX_INCOME = 1_000_000
MIN_YEARLY_INCOME = 500  # a non-zero "income" below this is an hourly or weekly figure


# Low wage, by the pay threshold the Adult Skills Fund's funding rules name: employed (or self-employed)
# learners "earning below £25,750" gross a year may be fully funded like unemployed ones (Student
# Loans Company, Adult Skills Fund factsheet, version 2, 9 June 2025,
# https://www.lpservices.slc.co.uk/resources/guidance/advanced-learner-loan-factsheets/eligibility-and-assessment/adult-skills-fund-factsheet).
# The threshold applies to gross salary, excluding benefits (ESFA, ASF funding rules 2024 to 2025 update,
# https://www.sctp.org.uk/updated-adult-skills-fund-funding-rules-for-the-academic-year-2024-to-2025/).
# Hourly pay becomes yearly as bot.language.numbers.ASSUMED_WEEKLY_HOURS says. docs/nlu.md.
LOW_WAGE_THRESHOLD = 25_750
WORKING = ("employed", "self_employed")


def background_from_pay(employment_status: Any, annual_income: Any) -> Optional[str]:
    """low_wage when someone in work gives pay under the threshold; None when that does not follow."""
    if employment_status not in WORKING or isinstance(annual_income, bool):
        return None
    if not isinstance(annual_income, (int, float)) or not 0 < annual_income < LOW_WAGE_THRESHOLD:
        return None
    return "low_wage"


# A reply this short that carries exactly the fact we asked for is an answer to the question, even
# when the intent classifier guessed otherwise ("data" read as "delete my data").
SHORT_ANSWER_WORDS = 6  # "not working at the moment" answers "Are you working?"
NUMERIC_SLOTS = ("age", "annual_income", "qualification_level")


def answers_question(requested: Optional[str], slot: str) -> bool:
    """A fact in `slot` answers the open question: its own slot's, or for the age question the range a school
    year or a rough age gives ("late 30s": 37 to 39)."""
    return slot == requested or (requested == slots.AGE and slot == SCHOOL_AGE_SLOT)


def short_answer(requested: Optional[str], text: Optional[str], entities: Sequence[Mapping[str, Any]]) -> Any:
    """The value a short reply gives for the question just asked, or None if it is not such a reply."""
    if requested not in PROFILE_SLOTS or not text or len(text.split()) > SHORT_ANSWER_WORDS:
        return None
    names = {requested, "number"} if requested in NUMERIC_SLOTS else {requested}
    values = [e.get("value") for e in entities if e.get("entity") in names]
    return values[0] if len(values) == 1 else None


def side_effects(requested: Optional[str], text: Optional[str], entities: Sequence[Mapping[str, Any]],
                 held: Mapping[str, Any]) -> List[str]:
    """Facts we already hold that a short answer to `requested` would change in passing.

    "unemployed", said to "Are you working?", answers that question; it does not mean a school
    leaver is now an "unemployed" background. Those facts keep their values. A longer message, or
    one that does not answer the question asked, is a correction and changes them.
    """
    if short_answer(requested, text, entities) is None:
        return []
    out: List[str] = []
    for entity in entities:
        name = entity.get("entity")
        if name != requested and name in PROFILE_SLOTS and held.get(name) is not None and name not in out:
            out.append(name)
    return out


def place_mentioned(events: Sequence[Mapping[str, Any]]) -> Optional[str]:
    """The area of the latest place named only as where they work or studied, in this conversation."""
    for event in reversed(events):
        if event.get("event") in ("restart", "session_started"):
            return None
        if event.get("event") == "user":
            for entity in (event.get("parse_data") or {}).get("entities") or []:
                if entity.get("entity") == PLACE_ASSUMED_ENTITY and isinstance(entity.get("value"), str):
                    return entity["value"]
    return None


_CONFIRM = re.compile(r"(?:(?:yes|yeah|yep|yup|yh|ya|aye|correct|right|that is right|that is it|it is|sure|"
                      r"that one|same|same place|same there|thats it|exactly)(?: it is| thanks| mate| please| yes)*)")


def place_answer(text: Optional[str], mentioned: Optional[str]) -> Tuple[Optional[str], bool]:
    """An answer to "Which town do you live in? Is it X, the place you mentioned?": (the area, whether
    to say back that it was taken from the place mentioned). "yes" takes it; "not sure" takes it and says
    so, since it is the best we have and they can correct it; "rather not say" or anything else, nothing."""
    if mentioned is None:
        return None, False
    said = normalise(text or "").strip(" .!")
    if _CONFIRM.fullmatch(said):
        return mentioned, False
    if is_dont_know(text) and not _REFUSED.search(said):  # "rather not say" keeps a place they would not give
        return mentioned, True
    return None, False


def bundled_side_effects(requested: Optional[str], entities: Sequence[Mapping[str, Any]],
                         held: Mapping[str, Any]) -> List[str]:
    """Facts we hold that the very words answering the question would also change.

    "no job, I am looking after children" to "Are you working?" answers it; the same words' "unemployed"
    situation does not replace the refugee situation the resident gave before, however long the reply.
    """
    if requested not in PROFILE_SLOTS:
        return []
    answer = [(e.get("start"), e.get("end")) for e in entities if e.get("entity") == requested]
    out: List[str] = []
    for entity in entities:
        name = entity.get("entity")
        if (name != requested and name in PROFILE_SLOTS and held.get(name) is not None and name not in out
                and (entity.get("start"), entity.get("end")) in answer):
            out.append(name)
    return out


def vaguer_side_effects(requested: Optional[str], entities: Sequence[Mapping[str, Any]],
                        held: Mapping[str, Any]) -> List[str]:
    """Facts we hold that a reply to another question would only say less precisely.

    "evenings, I still have to work in the day" to "When can you study?" says they work; it does not make a
    self-employed plumber an employee. Asked outright ("Are you working?"), the answer stands.
    """
    if requested == "employment_status" or held.get("employment_status") != "self_employed":
        return []
    said = [e.get("value") for e in entities if e.get("entity") == "employment_status"]
    return ["employment_status"] if said and all(value == "employed" for value in said) else []


def weak_side_effects(requested: Optional[str], entities: Sequence[Mapping[str, Any]]) -> List[str]:
    """Facts a message gave only as a short reply ("not sure", "evenings") for another question.

    Such a reply answers the question that was asked: "not sure" to "How good is your English?" does
    not mean the resident is not sure what to learn. Those facts keep the value they had (or none).
    With no question open (after recommendations, say), a short reply is the resident's own statement.
    """
    if requested not in PROFILE_SLOTS:
        return []
    out: List[str] = []
    for entity in entities:
        name = entity.get("entity")
        if entity.get("weak") and name != requested and name in PROFILE_SLOTS and name not in out:
            out.append(name)
    return out


# "I don't know", "skip", "rather not say": any question may be answered so, and is then not asked again.
# ...of which these refuse, rather than not know: a place they would not give is not taken from elsewhere.
_REFUSAL = (r"(?:would )?(?:rather|prefer) not(?: to)?(?: say| answer| tell| share)?(?: that| this)?|"
            r"not telling(?: you)?|not saying|no comment|do not want to (?:say|answer|tell you|share that)|"
            r"none of your business|mind your own(?: business)?")
_DONT_KNOW = re.compile(
    r"(?:(?:sorry|um|erm|hmm|honestly|to be honest|tbh|i think) )*"
    r"(?:i am )?(?:i )?(?:"
    r"not sure|unsure|not certain|no idea|not a clue|no clue|dunno|idk|(?:really )?do not know|"
    r"can not remember|can not say|do not remember|"
    r"skip(?: it| this| that| this one| that one| this question)?|pass|next(?: question)?|"
    # a question that does not apply to them: "retired" to "Are you working?"
    r"retired(?: now| already| years ago| long ago| a while ago| a few years ago| last year)?|"
    # no one answer: "depends on the shifts, they change every week", "depends what's on offer really"
    r"(?:it |well |that )?(?:all )?depends(?: [^?]{0,50})?|"
    + _REFUSAL +
    r")(?: really| sorry| thanks| mate| to be honest| tbh| honestly| yet| at the moment)*"
)
_REFUSED = re.compile(r"\b(?:" + _REFUSAL + r")")


# The same in each language the intake reads (bot.language.answer_words), as the whole message.
_DONT_KNOW_ABROAD = frozenset(normalise(p) for phrases in DONT_KNOW.values() for p in phrases)


def is_dont_know(text: Optional[str]) -> bool:
    """The whole message says "I don't know", "skip" or "rather not say", or that the question does not apply
    ("retired" to "Are you working?"), and nothing else."""
    said = normalise(text or "")
    return bool(said) and len(said) <= 60 and (_DONT_KNOW.fullmatch(said) is not None or said in _DONT_KNOW_ABROAD)


# No question is put more than twice: after a second answer we still cannot use, the question is
# recorded as declined (unknown, not asked again; a later message that gives the fact still fills it).
MAX_ASKS = 2


def times_asked(events: Iterable[Mapping[str, Any]], slot: str) -> int:
    """How many times `slot`'s question has been put to the resident and answered, in this conversation.

    The form asks by setting `requested_slot`; the value it holds when the resident next speaks is the
    question they were answering. Counted from the last restart.
    """
    count, pending = 0, None
    for event in events:
        kind = event.get("event")
        if kind in ("restart", "session_started"):
            count, pending = 0, None
        elif kind == "slot" and event.get("name") == "requested_slot":
            pending = event.get("value")
        elif kind == "user":
            count += pending == slot
            pending = None
    return count


def is_under_16(profile: Profile) -> bool:
    return profile.under_16


def slots_to_ask(profile: Profile, questions: Sequence[str], declined: Iterable[str] = ()) -> List[str]:
    """The engine's questions that are askable, still unknown and not declined, in its order.

    Nothing more is asked of a child: under 16 there are no further personal questions, but for their age
    when the engine needs it (only a school year or birth year is known, and a youth route turns on it).
    """
    if is_under_16(profile):
        questions = [name for name in questions if name == slots.AGE]
    skip = set(declined or ())
    out: List[str] = []
    for name in questions:
        if name in PROFILE_SLOTS and name not in skip and name not in out and getattr(profile, name) is None:
            out.append(name)
    return out


def fallback_slots_to_ask(profile: Profile, declined: Iterable[str] = ()) -> List[str]:
    """What to ask while the engine is unavailable: the common facts, in a fixed order."""
    return slots_to_ask(profile, FALLBACK_ORDER, declined)


def required_slots(slots: Mapping[str, Any], to_ask: Sequence[str]) -> List[str]:
    """The form's required slots for this resident: what we already hold, then what is left to ask.

    Rasa asks for the first required slot that is empty, so the order of `to_ask` is the order of
    the questions, and the form is complete when everything in `to_ask` has a value.
    """
    known = [name for name in PROFILE_SLOTS if slots.get(name) is not None]
    return known + [name for name in to_ask if name not in known]


# --- answers -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Checked:
    """One answer after checking: `value` is what to store (None: not usable), `problem` why not."""

    value: Any
    problem: Optional[str] = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def _fail(problem: str) -> Checked:
    return Checked(None, problem)


def _number(value: Any) -> Optional[float]:
    if isinstance(value, bool):
        return None
    try:
        number = float(str(value).replace(",", "").replace("£", "").strip())
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _word(value: Any) -> str:
    return str(value).strip().lower().replace(" ", "_").replace("-", "_")


def _choice(value: Any, allowed: Sequence[str], problem: str) -> Checked:
    word = _word(value)
    return Checked(word) if word in allowed else _fail(problem)


def check(slot: str, value: Any) -> Checked:
    """Check one answer against the slot contract (vocab and plausible ranges); normalise it."""
    if value is None:
        return Checked(None)
    if slot == "age":
        number = _number(value)
        if number is None or number != int(number) or not MIN_AGE <= number <= MAX_AGE:
            return _fail("age")
        return Checked(int(number))
    if slot == "annual_income":
        if isinstance(value, str) and _word(value) == vocab.INCOME_DECLINED:
            return Checked(vocab.INCOME_DECLINED)
        number = _number(value)
        if number is None or number < 0 or number > MAX_INCOME:
            return _fail("annual_income")
        if 0 < number < MIN_YEARLY_INCOME:
            return _fail("annual_income_not_yearly")
        return Checked(int(number) if number == int(number) else round(number, 2))
    if slot == "qualification_level":
        number = _number(value)
        if number is None or number != int(number) or not 0 <= number <= 8:
            return _fail("qualification_level")
        return Checked(int(number))
    if slot == "universal_credit":
        if isinstance(value, bool):
            return Checked(value)
        word = _word(value)
        if word in ("true", "yes", "y", "1"):
            return Checked(True)
        if word in ("false", "no", "n", "0"):
            return Checked(False)
        return _fail("universal_credit")
    if slot == "local_authority":
        text = " ".join(str(value).split())
        for name in vocab.LOCAL_AUTHORITIES:
            if name.lower() == text.lower():
                return Checked(name)
        if not text or len(text) > 60 or not any(ch.isalpha() for ch in text):
            return _fail("local_authority")
        return Checked(text)
    choices = {
        "background": vocab.BACKGROUNDS,
        "employment_status": vocab.EMPLOYMENT_STATUSES,
        "interest": vocab.INTERESTS,
        "availability": vocab.SCHEDULES,
        "immigration_status": vocab.IMMIGRATION_STATUSES,
        "english_level": vocab.ENGLISH_LEVELS,
    }
    if slot in choices:
        return _choice(value, choices[slot], slot)
    if slot in (TARGET_GROUPS_SLOT, EXCLUDED_GROUPS_SLOT):
        items = [value] if isinstance(value, str) else list(value or [])
        groups = sorted({_word(item) for item in items if _word(item) in vocab.TARGET_GROUPS})
        return Checked(groups) if groups or not items else _fail(slot)
    if slot == DIGITAL_CONFIDENCE_SLOT:
        return _choice(value, vocab.DIGITAL_CONFIDENCE, slot)
    if slot == ASKING_FOR_SLOT:
        return _choice(value, PRONOUNS + (ASKING_FOR_SELF,), slot)
    raise KeyError(f"not an intake slot: {slot}")


def merge_target_groups(current: Any, new: Iterable[Any], slot: str = TARGET_GROUPS_SLOT) -> List[str]:
    """Groups a resident has told us they are (or are not) in, accumulated over the conversation."""
    held = check(slot, current or []).value or []
    added = check(slot, list(new)).value or []
    return sorted(set(held) | set(added))


def profile_from_slots(slots: Mapping[str, Any]) -> Tuple[Profile, List[str]]:
    """The Profile our slots describe, leaving out (and naming) any value that is not usable.

    Slots are checked when they are filled, but a value set outside the form could be anything;
    the engine must never see it and a resident must never see a crash because of it.
    """
    clean: dict = {}
    invalid: List[str] = []
    for name in PROFILE_SLOTS:
        if slots.get(name) is None:
            continue
        checked = check(name, slots[name])
        if checked.ok:
            clean[name] = checked.value
        else:
            invalid.append(name)
    for name in (TARGET_GROUPS_SLOT, EXCLUDED_GROUPS_SLOT):
        groups = check(name, slots.get(name) or [])
        if groups.value:
            clean[name] = groups.value
    confidence = check(DIGITAL_CONFIDENCE_SLOT, slots.get(DIGITAL_CONFIDENCE_SLOT))
    if confidence.ok and confidence.value is not None:
        clean[DIGITAL_CONFIDENCE_SLOT] = confidence.value
    if slots.get(SCHOOL_AGE_SLOT) is not None:
        try:
            clean[SCHOOL_AGE_SLOT] = Profile.from_mapping({SCHOOL_AGE_SLOT: slots[SCHOOL_AGE_SLOT]}).school_age
        except ProfileError:
            invalid.append(SCHOOL_AGE_SLOT)
    try:
        return Profile.from_mapping(clean), invalid
    except ProfileError:  # pragma: no cover - check() is stricter than Profile
        return Profile(), invalid + [n for n in clean if n not in invalid]


__all__ = [
    "ASKING_FOR_SELF",
    "ASKING_FOR_SLOT",
    "Checked",
    "DIGITAL_CONFIDENCE_SLOT",
    "EXCLUDED_GROUPS_SLOT",
    "PRONOUNS",
    "QUALIFICATION_ABROAD_SLOT",
    "SCHOOL_AGE_SLOT",
    "FALLBACK_ORDER",
    "NOT_FACT_INTENTS",
    "PROFILE_SLOTS",
    "LOW_WAGE_THRESHOLD",
    "MAX_ASKS",
    "TARGET_GROUPS_SLOT",
    "background_from_pay",
    "bundled_side_effects", "vaguer_side_effects",
    "check",
    "fallback_slots_to_ask",
    "is_dont_know",
    "is_under_16",
    "merge_target_groups",
    "profile_from_slots",
    "required_slots",
    "short_answer",
    "side_effects",
    "slots_to_ask",
    "times_asked",
    "weak_side_effects", "place_mentioned", "place_answer", "PLACE_ASSUMED_ENTITY",
]
