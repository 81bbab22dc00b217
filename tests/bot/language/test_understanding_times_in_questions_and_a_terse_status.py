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


@pytest.mark.parametrize("language, said, when", [
    ("ur", "بچوں کی وجہ سے صرف شام کو وقت ملتا ہے۔", "evenings_weekends"),
    ("pa", "ਵੇਅਰਹਾਊਸ ਚ ਕੰਮ ਕਰਦਾ ਕੋਡਿੰਗ ਸਿੱਖਣੀ ਆ ਪਰ ਸ਼ਾਮ ਨੂੰ ਹੀ ਟਾਈਮ ਹੁੰਦਾ", "evenings_weekends"),
    ("pl", "Szukam czegoś, co da mi lepszą pracę, ale mogę tylko w niepełnym wymiarze, bo mam dzieci.", "part_time"),
])
def test_the_time_they_have_in_their_language_is_when_they_can_study(understanding, language, said, when):
    assert facts(understanding, said, language=language)["availability"] == when


def test_their_work_time_said_without_but_is_still_not_a_study_time(understanding):
    assert "availability" not in facts(understanding, "ਮੈਂ ਸ਼ਾਮ ਨੂੰ ਵੇਅਰਹਾਊਸ ਚ ਕੰਮ ਕਰਦਾ", language="pa")


@pytest.mark.parametrize("said, age", [("ولدي عمره خمسطاش سنة، ساكنين في كوفنتري", 15),
                                       ("بنتي عمرها اربعطعش سنة", 14)])
def test_an_arabic_teen_said_as_one_word_is_a_childs_age(understanding, said, age):
    assert facts(understanding, said, language="ar")["age"] == age


def test_an_age_straight_after_a_greeting_is_theirs(understanding):
    said = "ਸਤ ਸ੍ਰੀ ਅਕਾਲ 34 ਸਾਲ ਦਾ ਵੁਲਵਰਹੈਂਪਟਨ ਤੋਂ ਵੇਅਰਹਾਊਸ ਚ ਕੰਮ ਕਰਦਾ"
    assert facts(understanding, said, language="pa")["age"] == 34


def test_a_claim_said_yes_to_is_refugee_status_not_seeking_asylum(understanding):
    said = "Last month Home Office say yes to my asylum, now I am refugee, they give me 5 years."
    assert facts(understanding, said)["immigration_status"] == "refugee"
