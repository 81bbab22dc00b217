"""A time to study said inside a question about what they could learn, with words between ("is there
anything I could learn on a laptop in the evenings?"), and a status said in one word in a terse message
("I am Eritrea. Asylum. Dudley."), with controls: asylum granted is refugee status, a place named for
asylum seekers is not the resident's status."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("said", [
    "Is there anything I could learn on a laptop in the evenings that would get me a better paid job?",
    "what could I do on my phone at weekends?",
])
def test_a_time_asked_about_for_their_own_learning_is_when_they_can_study(understanding, said):
    assert facts(understanding, said)["availability"] == "evenings_weekends"


def test_a_time_asked_of_a_course_is_not_theirs(understanding):
    assert "availability" not in facts(understanding, "is the course in the evenings?")


def test_asylum_said_alone_in_a_terse_message_is_seeking_asylum(understanding):
    found = facts(understanding, "I am Eritrea. Asylum. Dudley. 27. Want English and computer.")
    assert found["immigration_status"] == "asylum_seeker"


@pytest.mark.parametrize("said, status", [("I got asylum last year", "refugee"),
                                          ("I was given asylum in 2021", "refugee"),
                                          ("I volunteer at an asylum drop in", None)])
def test_asylum_granted_or_named_as_a_place_is_not_seeking_it(understanding, said, status):
    assert facts(understanding, said).get("immigration_status") == status
