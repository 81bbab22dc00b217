"""A question asked in a sentence of its own beside an introduction is found, with the answer it calls for;
a statement that only shares its words is not a question."""

import pytest

from bot.language.asked_beside import PERSON, asked_beside


@pytest.mark.parametrize("text, answer", [
    ("are the courses free? 52, dudley, not working", "utter_faq_cost"),
    ("I'm 31 from Walsall. Do I need my own laptop?", "utter_faq_laptop"),
    ("on UC and 40, from Tipton. Will this affect my universal credit?", "utter_faq_universal_credit"),
    ("whats a bootcamp? 24 in brum", "utter_faq_bootcamp"),
    ("I'm 19. Is it possible with no qualifications?", "utter_faq_no_qualifications"),
    ("27, Coventry. can I talk to a human please", PERSON),
])
def test_a_question_beside_the_facts_is_found(text, answer):
    assert asked_beside(text) == answer


@pytest.mark.parametrize("text", [
    "I'm 30 and free in the evenings", "I have no qualifications, 44, Walsall",
    "my mate said the bootcamp is free, 22, Dudley", "I want to speak to someone about coding one day", "", None,
])
def test_a_statement_sharing_the_words_is_not_a_question(text):
    assert asked_beside(text) is None
