"""The intake's questions: what we ask for each fact, and the quick replies that answer it.

Pure data and functions, no Rasa: `actions/questions.py` sends them when Rasa's form asks for a slot
(`action_ask_<slot>`). Keeping them in code rather than as domain responses lets a question change with
the conversation: a place we could not recognise is asked for again as a postcode or a council, and a
number we could not read as an age is asked for again with an example.

Every button payload is an `/inform{...}` (or `/decline`) whose value passes `bot.dialogue.intake.check`, so a
tap always gives a usable answer (tests/bot/dialogue/test_questions.py).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple

from bot.language import vocab
from bot.language.words import Entry, P_, Words, words_for

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


# The words are gettext messages (bot/language/words.py: P_(context, English)), each question's quick
# replies under their own context so "None" or "Basic" can be worded for the question they answer.
_Title = Tuple[str, str]
_DECLINE_TITLE = P_("reply_decline", "Prefer not to say")


def _choices(slot: str, pairs: Sequence[Tuple[Any, Any]], decline: bool = False) -> Tuple[Tuple[Any, str], ...]:
    buttons = [(title, inform(slot, value)) for title, value in pairs]
    if decline:
        buttons.append((_DECLINE_TITLE, DECLINE))
    return tuple(buttons)


# Place names are names: said as they are in every language.
_PLACES = _choices("local_authority", [(name, name) for name in vocab.CONSTITUENT_AUTHORITIES])

# TRANSLATORS: the intake's questions and their quick replies. Short everyday words: many residents are
# still learning the language they chose, and on SMS a message is 70 characters a segment in UCS-2.
_SPECS: Tuple[Tuple[str, _Title, Tuple[Tuple[Any, str], ...]], ...] = (
    ("local_authority", P_("question", "Which town or city do you live in?"), _PLACES),
    ("age", P_("question", 'How old are you? For example "24".'), ()),
    ("background", P_("question", "Which of these is most like you?"), _choices("background", [
        (P_("reply_background", "I lost my job, or my job is changing"), "displaced_worker"),
        (P_("reply_background", "I just left school or college"), "school_leaver"),
        (P_("reply_background", "I came to the UK as a refugee"), "refugee"),
        (P_("reply_background", "I work, but the pay is low"), "low_wage"),
        (P_("reply_background", "I am looking for work"), "unemployed"),
        (P_("reply_background", "I want to change career"), "career_changer"),
        (P_("reply_background", "Something else"), "other"),
    ])),
    ("employment_status", P_("question", "Are you working at the moment?"), _choices("employment_status", [
        (P_("reply_employment_status", "Not working"), "unemployed"),
        (P_("reply_employment_status", "Working for an employer"), "employed"),
        (P_("reply_employment_status", "Self-employed"), "self_employed"),
        (P_("reply_employment_status", "Studying"), "in_education"),
    ])),
    ("annual_income",
     P_("question", 'About how much do you earn in a year, before tax? For example "18k" or "£10 an hour, '
                    '20 hours a week". You can say "prefer not to say".'),
     _choices("annual_income", [(P_("reply_annual_income", "Nothing, or only benefits"), 0)], decline=True)),
    ("qualification_level", P_("question", "What is your highest qualification?"), _choices("qualification_level", [
        (P_("reply_qualification_level", "None"), 0),
        (P_("reply_qualification_level", "GCSEs at grades 3 to 1 (D to G)"), 1),
        (P_("reply_qualification_level", "GCSEs at grades 9 to 4 (A* to C)"), 2),
        (P_("reply_qualification_level", "A levels or BTEC Level 3"), 3),
        (P_("reply_qualification_level", "HNC, HND or foundation degree"), 4),
        (P_("reply_qualification_level", "University degree"), 6),
    ])),
    ("universal_credit", P_("question", "Do you get Universal Credit?"), _choices("universal_credit", [
        (P_("reply_universal_credit", "Yes"), True),
        (P_("reply_universal_credit", "No"), False),
    ], decline=True)),
    ("interest", P_("question", "What would you like to learn?"), _choices("interest", [
        (P_("reply_interest", "Coding"), "coding"),
        (P_("reply_interest", "Working with data"), "data"),
        (P_("reply_interest", "Web design"), "web_design"),
        (P_("reply_interest", "IT support"), "it_support"),
        (P_("reply_interest", "Cyber security"), "cyber_security"),
        (P_("reply_interest", "Digital marketing"), "digital_marketing"),
        (P_("reply_interest", "Basic computer skills"), "general_digital"),
        (P_("reply_interest", "Not sure yet"), "not_sure"),
    ])),
    ("availability", P_("question", "When can you study?"), _choices("availability", [
        (P_("reply_availability", "Full time (weekdays)"), "full_time"),
        (P_("reply_availability", "Part time"), "part_time"),
        (P_("reply_availability", "Evenings and weekends"), "evenings_weekends"),
    ])),
    ("immigration_status",
     P_("question", 'Some courses have rules about immigration status. Which of these is you? You can say '
                    '"prefer not to say".'),
     _choices("immigration_status", [
         (P_("reply_immigration_status", "British or Irish citizen"), "british_irish"),
         (P_("reply_immigration_status", "Settled status or indefinite leave"), "settled"),
         (P_("reply_immigration_status", "Pre-settled status"), "pre_settled"),
         (P_("reply_immigration_status", "Refugee status"), "refugee"),
         (P_("reply_immigration_status", "Asylum seeker (waiting for a decision)"), "asylum_seeker"),
         (P_("reply_immigration_status", "Visa"), "visa_holder"),
     ], decline=True)),
    ("english_level", P_("question", "How good is your English?"), _choices("english_level", [
        (P_("reply_english_level", "English is my first language"), "fluent"),
        (P_("reply_english_level", "I speak very little English"), "none"),
        (P_("reply_english_level", "Basic"), "basic"),
        (P_("reply_english_level", "Good"), "intermediate"),
        (P_("reply_english_level", "Fluent"), "fluent"),
    ])),
)

# Asked again after an answer we could not use: a different way in, not the same words louder.
# A resident who typed a village or a street we don't know can always give a postcode or a council.
# TRANSLATORS: asked again after an answer that could not be used. Keep the examples ("B70 9PL",
# "Sandwell", "24", "18k") as they are: they are what the assistant understands.
_RETRIES: Dict[str, _Title] = {
    "local_authority": P_("question_again", 'I couldn\'t find that place. What is your postcode, or the name of '
                                            'your council? For example "B70 9PL" or "Sandwell". Or tap your area.'),
    "age": P_("question_again", 'Please tell me your age as a number, for example "24".'),
    "annual_income": P_("question_again", 'Please give a rough amount for a whole year, for example "18k" or '
                                          '"£10 an hour, 20 hours a week". Or say "prefer not to say".'),
}


def _title(words: Words, title: Any) -> str:
    return words.say(title) if isinstance(title, tuple) else title


@functools.lru_cache(maxsize=None)
def questions_in(lang: Optional[str] = None) -> Dict[str, Question]:
    """Every question with its quick replies in a language, rendered once per process (a dict get after)."""
    words = words_for(lang)
    return {slot: Question(slot, words.say(text), tuple((_title(words, t), payload) for t, payload in buttons))
            for slot, text, buttons in _SPECS}


@functools.lru_cache(maxsize=None)
def retries_in(lang: Optional[str] = None) -> Dict[str, str]:
    words = words_for(lang)
    return {slot: words.say(text) for slot, text in _RETRIES.items()}


QUESTIONS: Dict[str, Question] = questions_in("en")
RETRY_TEXT: Dict[str, str] = retries_in("en")

# Intents with which a resident tries to answer the question in front of them. After one of these,
# the question coming round again means the answer was not usable; after anything else (a question
# of their own, "why?", "talk to a person") it is simply the form picking up where it was.
ANSWER_INTENTS = ("inform", "affirm", "deny", "unreadable", "nlu_fallback")


def is_retry(slot: str, asked_before: Optional[str], latest_intent: Optional[str]) -> bool:
    """True when `slot` was the open question when the resident last spoke, and they tried to answer."""
    return asked_before == slot and (latest_intent or "") in ANSWER_INTENTS


# Someone asking for another person ("my nephew is 18..."): the questions are about them, asked of the
# asker. One sentence per pronoun, because in the other languages the verb agrees with the person ("on
# mieszka" / "ona mieszka", "رہتا ہے" / "رہتی ہے"); "they" is someone whose gender was not said.
ABOUT_THEM: Dict[Tuple[str, str], Entry] = {
    # TRANSLATORS: a question about the man the resident is asking for (their son, husband...), put to the resident.
    ("local_authority", "he"): P_("question_he", "Which town or city does he live in?"),
    ("age", "he"): P_("question_he", 'How old is he? For example "24".'),
    ("background", "he"): P_("question_he", "Which of these is most like him?"),
    ("employment_status", "he"): P_("question_he", "Is he working at the moment?"),
    ("annual_income", "he"): P_("question_he", 'About how much does he earn in a year, before tax? For example "18k" '
                                                'or "£10 an hour, 20 hours a week". You can say "prefer not to say".'),
    ("qualification_level", "he"): P_("question_he", "What is his highest qualification?"),
    ("universal_credit", "he"): P_("question_he", "Does he get Universal Credit?"),
    ("interest", "he"): P_("question_he", "What would he like to learn?"),
    ("availability", "he"): P_("question_he", "When can he study?"),
    ("immigration_status", "he"): P_("question_he", 'Some courses have rules about immigration status. Which of these '
                                                     'is him? You can say "prefer not to say".'),
    ("english_level", "he"): P_("question_he", "How good is his English?"),
    # TRANSLATORS: a question about the woman the resident is asking for (their daughter, wife...).
    ("local_authority", "she"): P_("question_she", "Which town or city does she live in?"),
    ("age", "she"): P_("question_she", 'How old is she? For example "24".'),
    ("background", "she"): P_("question_she", "Which of these is most like her?"),
    ("employment_status", "she"): P_("question_she", "Is she working at the moment?"),
    ("annual_income", "she"): P_("question_she", 'About how much does she earn in a year, before tax? For example '
                                                  '"18k" or "£10 an hour, 20 hours a week". You can say "prefer not to '
                                                  'say".'),
    ("qualification_level", "she"): P_("question_she", "What is her highest qualification?"),
    ("universal_credit", "she"): P_("question_she", "Does she get Universal Credit?"),
    ("interest", "she"): P_("question_she", "What would she like to learn?"),
    ("availability", "she"): P_("question_she", "When can she study?"),
    ("immigration_status", "she"): P_("question_she", 'Some courses have rules about immigration status. Which of '
                                                       'these is her? You can say "prefer not to say".'),
    ("english_level", "she"): P_("question_she", "How good is her English?"),
    # TRANSLATORS: a question about the person the resident is asking for, whose gender was not said: where the
    # language needs a gender, "this person" or a respectful plural reads better than guessing one.
    ("local_authority", "they"): P_("question_they", "Which town or city do they live in?"),
    ("age", "they"): P_("question_they", 'How old are they? For example "24".'),
    ("background", "they"): P_("question_they", "Which of these is most like them?"),
    ("employment_status", "they"): P_("question_they", "Are they working at the moment?"),
    ("annual_income", "they"): P_("question_they", 'About how much do they earn in a year, before tax? For example '
                                                    '"18k" or "£10 an hour, 20 hours a week". You can say "prefer not '
                                                    'to say".'),
    ("qualification_level", "they"): P_("question_they", "What is their highest qualification?"),
    ("universal_credit", "they"): P_("question_they", "Do they get Universal Credit?"),
    ("interest", "they"): P_("question_they", "What would they like to learn?"),
    ("availability", "they"): P_("question_they", "When can they study?"),
    ("immigration_status", "they"): P_("question_they", 'Some courses have rules about immigration status. Which of '
                                                         'these is them? You can say "prefer not to say".'),
    ("english_level", "they"): P_("question_they", "How good is their English?"),
}


def question(slot: str, *, retry: bool = False, about: Optional[str] = None, lang: Optional[str] = None,
             offer: Optional[str] = None) -> Question:
    """The question for `slot` in the conversation's language; after an unusable answer, the version that
    helps them answer. `offer`: a place they named only as where they work or studied, offered as the
    answer to the place question (not after an unusable answer: then the postcode version helps more).

    `about` ("he", "she", "they"): the resident is asking for someone else, so the question is about them,
    in the conversation's language.
    """
    if offer and slot == "local_authority" and not retry:
        return place_question(offer, about=about, lang=lang)
    base = questions_in(lang)[slot]
    retries = retries_in(lang)
    if retry and slot in retries:
        return Question(slot, retries[slot], base.buttons)
    if (slot, about) in ABOUT_THEM:
        return Question(slot, words_for(lang).say(ABOUT_THEM[(slot, about)]), base.buttons)
    return base


# TRANSLATORS: said when the resident named a place only as where they work or studied; {area} is a
# council area's name ("Sandwell").
_PLACE_NOTE = P_("place_assumed", "I've taken {area} as where home is, from the place you mentioned. If home is "
                 "somewhere else, just tell me the town.")


def place_note(area: str, lang: Optional[str] = None) -> str:
    """Said when a place named only as a workplace or school was taken as where they live."""
    return words_for(lang).say(_PLACE_NOTE, area=area)


# TRANSLATORS: added after "Which town or city do you live in?" when the resident named a place only as
# where they work or studied; {area} is a council area's name ("Sandwell").
_IS_IT = P_("question", "Is it {area}, the place you mentioned?")


def place_question(area: str, *, about: Optional[str] = None, lang: Optional[str] = None) -> Question:
    """The place question offering the place they named as where they work or studied, as the first button."""
    base = question("local_authority", about=about, lang=lang)
    buttons = ((area, inform("local_authority", area)),) + tuple(b for b in base.buttons if b[0] != area)
    return Question("local_authority", base.text + " " + words_for(lang).say(_IS_IT, area=area), buttons)


# TRANSLATORS: said when a qualification gained abroad was mapped to a UK level; {level} is that level as the
# qualification question's buttons name it ("Level 3 (A levels, BTEC National)"). Keep the web address as it is.
_ABROAD_NOTE = P_("abroad_note", "I've counted your qualification from abroad as {level}, the nearest UK level. A "
                  "course provider may ask for a UK ENIC statement of comparability, which shows what it equals in "
                  "the UK (https://www.enic.org.uk). If I've got the level wrong, just tell me.")


def abroad_note(level: int, lang: Optional[str] = None) -> str:
    """Said when a qualification gained abroad was mapped to a UK level: what it counts as, and the catch."""
    w = words_for(lang)
    return w.say(_ABROAD_NOTE, level=w.table("qualification_level").get(level, f"Level {level}"))


__all__ = ["ABOUT_THEM", "ANSWER_INTENTS", "DECLINE", "QUESTIONS", "Question", "RETRY_TEXT",
           "questions_in", "retries_in",
           "abroad_note", "place_note", "place_question", "inform", "is_retry", "question"]
