"""A question asked beside an introduction: "is it free? I'm 25, live in Walsall and out of work".

The classifier reads such a message as the facts it gives (one intent a message), and the question would go
unanswered while the intake carries on. Here the question is found in a sentence of its own that asks, in
the resident's words, one of the questions the assistant answers (its FAQ responses), or asks for a person.
English only: a question in another language is rarely written beside an introduction in the intake sets,
and its words would need a fluent speaker's list (bot.language.answer_words is the place for them).
"""

from __future__ import annotations

import re
from typing import Optional, Tuple

from bot.language.answers import fold

# A person asked for, not a fact: the caller says how to reach one (bot.dialogue.handoff_words).
PERSON = "person"

# The FAQ response each question is answered with, and how residents ask it, as bot.language.answers.fold
# writes a message ("what's" -> "what s", "don't" -> "do not"). Longest phrase wins.
_ASKED: Tuple[Tuple[str, Tuple[str, ...]], ...] = (
    ("utter_faq_cost", ("is it free", "are they free", "is this free", "are these free", "are the courses free",
                        "is the course free", "how much", "does it cost", "do they cost", "what does it cost",
                        "do i have to pay", "do i need to pay", "will i have to pay", "is there a fee",
                        "any fees", "is it paid", "cost anything")),
    ("utter_faq_laptop", ("need a laptop", "need my own laptop", "need a computer", "need my own computer",
                          "have to have a laptop", "lend me a laptop", "get a laptop", "give me a laptop",
                          "provide a laptop", "need a pc")),
    ("utter_faq_universal_credit", ("affect my universal credit", "affect my uc", "affect my benefits",
                                    "stop my benefits", "stop my universal credit", "stop my uc",
                                    "lose my benefits", "lose my universal credit", "lose my uc",
                                    "universal credit stop", "benefits stop", "sanction")),
    ("utter_faq_hnc", ("what is an hnc", "what s an hnc", "whats an hnc", "what is a hnc", "what is hnc",
                       "what does hnc mean", "what is an hnd")),
    ("utter_faq_bootcamp", ("what is a bootcamp", "what s a bootcamp", "whats a bootcamp", "what are bootcamps",
                            "what is a skills bootcamp", "what are skills bootcamps")),
    ("utter_faq_kickstart", ("what is kickstart", "what s kickstart", "whats kickstart", "is kickstart still")),
    ("utter_faq_esol", ("what is esol", "what s esol", "whats esol", "what does esol mean")),
    ("utter_faq_no_qualifications", ("without qualifications", "without any qualifications",
                                     "with no qualifications", "if i have no qualifications",
                                     "if i do not have qualifications", "if i do not have any qualifications")),
    (PERSON, ("speak to someone", "talk to someone", "speak to a person", "talk to a person", "speak to a human",
              "talk to a human", "a real person", "speak to an adviser", "talk to an adviser",
              "speak to an advisor", "talk to an advisor")),
)
_SENTENCE = re.compile(r"[^.?!\n]+[.?!]*")
_ASKING = re.compile(r"^(?:what|whats|how|is|are|do|does|did|can|could|will|would|should|am|any)\b")


def asked_beside(text: Optional[str]) -> Optional[str]:
    """The FAQ response (or PERSON) that a question asked in a sentence of the message calls for, or None."""
    best: Optional[Tuple[int, str]] = None
    for sentence in _SENTENCE.findall((text or "")[:2000]):
        plain = f" {fold(sentence)} "
        if not (sentence.rstrip().endswith("?") or _ASKING.match(plain.strip())):
            continue
        for answer, phrases in _ASKED:
            for phrase in phrases:
                if f" {phrase} " in plain and (best is None or len(phrase) > best[0]):
                    best = (len(phrase), answer)
    return best[1] if best else None


__all__ = ["PERSON", "asked_beside"]
