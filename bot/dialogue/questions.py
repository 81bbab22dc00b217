"""The intake's questions: what we ask for each fact, and the quick replies that answer it.

Pure data and functions, no Rasa: `actions/questions.py` sends them when Rasa's form asks for a slot
(`action_ask_<slot>`). Keeping them in code rather than as domain responses lets a question change with
the conversation: a place we could not recognise is asked for again as a postcode or a council, and a
number we could not read as an age is asked for again with an example.

Every button payload is an `/inform{...}` (or `/decline`) whose value passes `bot.dialogue.intake.check`, so a
tap always gives a usable answer (tests/bot/dialogue/test_questions.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple

from bot.language import vocab
from bot.language.words import ENGLISH

DECLINE = "/decline"


@dataclass(frozen=True)
class Question:
    slot: str
    text: str
    buttons: Tuple[Tuple[str, str], ...] = field(default_factory=tuple)  # (title, payload)

    def button_dicts(self) -> List[Dict[str, str]]:
        """Buttons as `dispatcher.utter_message(buttons=...)` takes them."""
        return [{"title": title, "payload": payload} for title, payload in self.buttons]


def inform(slot: str, value: Any) -> str:
    """The payload that answers `slot` with `value` without going through NLU."""
    return "/inform" + json.dumps({slot: value})


def _choices(slot: str, pairs: Sequence[Tuple[str, Any]], decline: bool = False) -> Tuple[Tuple[str, str], ...]:
    buttons = [(title, inform(slot, value)) for title, value in pairs]
    if decline:
        buttons.append(("Prefer not to say", DECLINE))
    return tuple(buttons)


_PLACES = _choices("local_authority", [(name, name) for name in vocab.CONSTITUENT_AUTHORITIES])

QUESTIONS: Dict[str, Question] = {q.slot: q for q in (
    Question("local_authority", "Which town or city do you live in?", _PLACES),
    Question("age", 'How old are you? For example "24".'),
    Question("background", "Which of these is most like you?", _choices("background", [
        ("I lost my job, or my job is changing", "displaced_worker"),
        ("I just left school or college", "school_leaver"),
        ("I came to the UK as a refugee", "refugee"),
        ("I work, but the pay is low", "low_wage"),
        ("I am looking for work", "unemployed"),
        ("I want to change career", "career_changer"),
        ("Something else", "other"),
    ])),
    Question("employment_status", "Are you working at the moment?", _choices("employment_status", [
        ("Not working", "unemployed"),
        ("Working for an employer", "employed"),
        ("Self-employed", "self_employed"),
        ("Studying", "in_education"),
    ])),
    Question("annual_income",
             'About how much do you earn in a year, before tax? For example "18k" or "£10 an hour, '
             '20 hours a week". You can say "prefer not to say".',
             _choices("annual_income", [("Nothing, or only benefits", 0)], decline=True)),
    Question("qualification_level", "What is your highest qualification?", _choices("qualification_level", [
        ("None", 0),
        ("GCSEs at grades 3 to 1 (D to G)", 1),
        ("GCSEs at grades 9 to 4 (A* to C)", 2),
        ("A levels or BTEC Level 3", 3),
        ("HNC, HND or foundation degree", 4),
        ("University degree", 6),
    ])),
    Question("universal_credit", "Do you get Universal Credit?",
             _choices("universal_credit", [("Yes", True), ("No", False)], decline=True)),
    Question("interest", "What would you like to learn?", _choices("interest", [
        ("Coding", "coding"),
        ("Working with data", "data"),
        ("Web design", "web_design"),
        ("IT support", "it_support"),
        ("Cyber security", "cyber_security"),
        ("Digital marketing", "digital_marketing"),
        ("Basic computer skills", "general_digital"),
        ("Not sure yet", "not_sure"),
    ])),
    Question("availability", "When can you study?", _choices("availability", [
        ("Full time (weekdays)", "full_time"),
        ("Part time", "part_time"),
        ("Evenings and weekends", "evenings_weekends"),
    ])),
    Question("immigration_status",
             'Some courses have rules about immigration status. Which of these is you? You can say '
             '"prefer not to say".',
             _choices("immigration_status", [
                 ("British or Irish citizen", "british_irish"),
                 ("Settled status or indefinite leave", "settled"),
                 ("Pre-settled status", "pre_settled"),
                 ("Refugee status", "refugee"),
                 ("Asylum seeker (waiting for a decision)", "asylum_seeker"),
                 ("Visa", "visa_holder"),
             ], decline=True)),
    Question("english_level", "How good is your English?", _choices("english_level", [
        ("English is my first language", "fluent"),
        ("I speak very little English", "none"),
        ("Basic", "basic"),
        ("Good", "intermediate"),
        ("Fluent", "fluent"),
    ])),
)}

# Asked again after an answer we could not use: a different way in, not the same words louder.
# A resident who typed a village or a street we don't know can always give a postcode or a council.
RETRY_TEXT = {
    "local_authority": ('I couldn\'t find that place. What is your postcode, or the name of your council? '
                        'For example "B70 9PL" or "Sandwell". Or tap your area.'),
    "age": 'Please tell me your age as a number, for example "24".',
    "annual_income": ('Please give a rough amount for a whole year, for example "18k" or "£10 an hour, '
                      '20 hours a week". Or say "prefer not to say".'),
}

# Intents with which a resident tries to answer the question in front of them. After one of these,
# the question coming round again means the answer was not usable; after anything else (a question
# of their own, "why?", "talk to a person") it is simply the form picking up where it was.
ANSWER_INTENTS = ("inform", "affirm", "deny", "unreadable", "nlu_fallback")


def is_retry(slot: str, asked_before: Optional[str], latest_intent: Optional[str]) -> bool:
    """True when `slot` was the open question when the resident last spoke, and they tried to answer."""
    return asked_before == slot and (latest_intent or "") in ANSWER_INTENTS


# Someone asking for another person ("my nephew is 18..."): the questions are about them, asked of the
# asker. {s} he/she/they, {o} him/her/them, {p} his/her/their, {be} is/are, {do} does/do.
ABOUT_THEM = {
    "local_authority": "Which town or city {do} {s} live in?",
    "age": 'How old {be} {s}? For example "24".',
    "background": "Which of these is most like {o}?",
    "employment_status": "{Be} {s} working at the moment?",
    "annual_income": ('About how much {do} {s} earn in a year, before tax? For example "18k" or "£10 an hour, '
                      '20 hours a week". You can say "prefer not to say".'),
    "qualification_level": "What is {p} highest qualification?",
    "universal_credit": "{Do} {s} get Universal Credit?",
    "interest": "What would {s} like to learn?",
    "availability": "When can {s} study?",
    "immigration_status": ('Some courses have rules about immigration status. Which of these is {o}? You can say '
                           '"prefer not to say".'),
    "english_level": "How good is {p} English?",
}
_FORMS = {
    "he": {"s": "he", "o": "him", "p": "his", "be": "is", "do": "does"},
    "she": {"s": "she", "o": "her", "p": "her", "be": "is", "do": "does"},
    "they": {"s": "they", "o": "them", "p": "their", "be": "are", "do": "do"},
}


def about_them(template: str, pronoun: str) -> str:
    forms = _FORMS[pronoun]
    return template.format(**forms, Be=forms["be"].capitalize(), Do=forms["do"].capitalize())


def question(slot: str, *, retry: bool = False, about: Optional[str] = None) -> Question:
    """The question for `slot`; after an unusable answer, the version that helps them answer.

    `about` ("he", "she", "they"): the resident is asking for someone else, so the question is about them.
    """
    base = QUESTIONS[slot]
    if retry and slot in RETRY_TEXT:
        return Question(slot, RETRY_TEXT[slot], base.buttons)
    if about in _FORMS and slot in ABOUT_THEM:
        return Question(slot, about_them(ABOUT_THEM[slot], about), base.buttons)
    return base


def abroad_note(level: int) -> str:
    """Said when a qualification gained abroad was mapped to a UK level: what it counts as, and the catch."""
    words = ENGLISH.table("qualification_level").get(level, f"Level {level}")
    return (f"I've counted your qualification from abroad as {words}, the nearest UK level. A course provider "
            "may ask for a UK ENIC statement of comparability, which shows what it equals in the UK "
            "(https://www.enic.org.uk). If I've got the level wrong, just tell me.")


__all__ = ["ABOUT_THEM", "ANSWER_INTENTS", "DECLINE", "QUESTIONS", "Question", "RETRY_TEXT", "about_them",
           "abroad_note", "inform", "is_retry", "question"]
