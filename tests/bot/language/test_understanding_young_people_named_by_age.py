"""A young person named only by their age ("my 16-year-old wants..."): who the resident asks for, with that age."""

import pytest

from tests.bot.language.test_understanding_school_years import _facts


@pytest.mark.parametrize("text, pronoun, age", [
    ("my 16-year-old wants to learn coding, we live in Dudley", "they", 16),
    ("my 17 year old loves gaming, what is there for him in Walsall", "he", 17),
    ("our 18 yr old is keen on computers, anything for her?", "she", 18),
])
def test_a_young_person_named_by_their_age_is_who_they_ask_for(understanding, text, pronoun, age):
    facts = _facts(understanding, text)
    assert facts.get("asking_for") == pronoun
    assert facts.get("age") == age


def test_the_residents_own_wish_beside_a_child_named_by_age_is_theirs(understanding):
    facts = _facts(understanding, "my 3 year old loves the park but I want to learn coding, I'm 31")
    assert "asking_for" not in facts
    assert facts.get("age") == 31
