"""Asking for someone else while saying one's own age and home too ("I'm 52 and live in Rugby, but this is for my
nephew. He's 17 ..."): the facts are the person asked for, never the asker's. Also dates of birth as forms take
them, a birthday just had, the age now beside the next, and work or study said in passing. Worded fresh here."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("text, who, age", [
    ("I'm enquiring for my nephew, not me. He's 17 and wants to do coding. I'm 52 myself.", "he", 17),
    ("I'm 61 and live in Walsall, but I'm asking on behalf of my granddaughter. She's 19 and into web design.",
     "she", 19),
    ("Asking for a lad I mentor: he's 16, mad on computers. I'm 38 if that matters.", "he", 16),
    ("I'm asking for my mum, she's 70 and can't use email. I'm 44 and I help her with forms.", "she", 70),
])
def test_the_askers_own_age_is_not_the_age_of_the_person_asked_for(understanding, text, who, age):
    read = facts(understanding, text)
    assert read.get("asking_for") == who
    assert read.get("age") == age


def test_their_own_age_beside_a_relation_without_asking_is_still_theirs(understanding):
    read = facts(understanding, "my son is 16 and I'm 41, I live in Walsall and want to learn data")
    assert read.get("age") == 41 and "asking_for" not in read


def test_the_askers_home_is_not_the_home_of_the_person_asked_for(understanding):
    read = facts(understanding, "I live in Rugby, but I'm asking for my son. He's 20 and lives in Bloxwich now.")
    assert read.get("local_authority") == "Walsall"


def test_one_of_a_workers_young_people_is_who_they_ask_for(understanding):
    read = facts(understanding, "One of our young people is 18 and wants an apprenticeship, what could she do?")
    assert read.get("asking_for") == "she" and read.get("age") == 18


def test_placed_or_housed_somewhere_is_home_over_where_they_are_from(understanding):
    assert facts(understanding, "he's from Coventry but he's housed in supported accommodation in Walsall",
                 about="he").get("local_authority") == "Walsall"


@pytest.mark.parametrize("text, age", [
    ("dob 9/3/07, live in Walsall", 19),
    ("born 30/11/09 in Dudley", 17),
    ("I was born in the spring of 1971", 55),
    ("born in the winter of 1980", None),  # winter spans two years: asked, not guessed
    ("had my 21st in August, live in Walsall", 21),
    ("just had my 15th interview this year", None),  # a count of interviews, not a birthday
    ("19 (20 in march), walsall", 19),
])
def test_dates_of_birth_and_birthdays_as_people_write_them(understanding, text, age):
    assert facts(understanding, text).get("age") == age


@pytest.mark.parametrize("text, asked, slot, value", [
    ("nothing at the minute", "employment_status", "employment_status", "unemployed"),
    ("at Walsall college doing a btec", "employment_status", "employment_status", "in_education"),
])
def test_short_answers_about_work_and_study(understanding, text, asked, slot, value):
    assert facts(understanding, text, asked=asked).get(slot) == value


@pytest.mark.parametrize("text, slot, value", [
    ("I'm in my second year at Dudley College doing engineering", "employment_status", "in_education"),
    ("I still work in Walsall as a cleaner, 30 hours", "employment_status", "employed"),
    ("I live in Dudley but work in Walsall at a warehouse", "employment_status", "employed"),
    ("cleaner in Walsall and the money's rubbish", "background", "low_wage"),
])
def test_work_and_study_said_in_passing(understanding, text, slot, value):
    assert facts(understanding, text).get(slot) == value


def test_where_a_worker_works_still_hints_at_where_their_client_lives(understanding):
    read = facts(understanding, "I'm a support worker at a hostel in Walsall. One of our residents is 20 and wants to "
                                "learn coding.")
    assert read.get("asking_for") == "they" and read.get("age") == 20
    assert read.get("local_authority", read.get("place_assumed")) == "Walsall"


def test_the_person_a_worker_is_helping_keeps_their_age(understanding):
    assert facts(understanding, "The woman I'm helping is 33 and wants to learn Excel").get("age") == 33


@pytest.mark.parametrize("text, who, age", [
    # the wish is the other's and none is the asker's, whatever the asker says of their own age
    ("My lad's just turned 17, he's desperate to get into games design. I'm 50 and work on the bins.", "he", 17),
    ("Any courses my daughter could do? She is 15 and mad on art and computers. I'm 44.", "she", 15),
    ("My friend Asha is 29 and wants to learn Excel. I'm 30 and I said I'd ask for her.", "she", 29),
    ("Learning mentor here - boy 17 Bloxwich, excluded from college, wants to build PCs", "he", 17),
    ("One of my claimants, Gary, is 58 and lost his job at the foundry.", "he", 58),
])
def test_someone_asked_for_in_every_way_with_the_askers_own_age_beside(understanding, text, who, age):
    read = facts(understanding, text)
    assert read.get("asking_for") == who and read.get("age") == age


def test_a_parent_asking_for_a_course_for_themself_keeps_their_own_age(understanding):
    read = facts(understanding, "my son is 17 and I'm 45, can I do a course in data?")
    assert read.get("age") == 45 and "asking_for" not in read


@pytest.mark.parametrize("text, age", [
    ("I moved to the UK 12 years ago when I was 28. I have 2 kids, 10 and 8. Live in Walsall", 40),
    ("38 mum of 3 from Walsall, want a part time course", 38),
    ("59 ex miner dudley want to learn computers", 59),
    ("16 gcses walsall want coding", None),  # a count of GCSEs, not an age
    ("I have 3 children, 14, 11 and 9, and I live in Dudley", None),  # the children's ages
])
def test_an_age_from_then_and_since_or_before_who_they_are(understanding, text, age):
    assert facts(understanding, text).get("age") == age


def test_the_askers_own_work_said_after_and_is_not_the_persons(understanding):
    read = facts(understanding, "Asking for my niece, she's 18 and wants to do web design. I'm 50 and work shifts "
                                "at the depot so I can't help her much.")
    assert read.get("asking_for") == "she" and "employment_status" not in read


def test_the_askers_own_town_said_with_myself_is_not_the_persons(understanding):
    read = facts(understanding, "Writing for my grandson. He's 20 and lives in Bloxwich. I'm in Dudley myself.")
    assert read.get("local_authority") == "Walsall"


@pytest.mark.parametrize("text, place", [
    ("I moved from Walsall to Dudley last year but I work in Tipton", "Dudley"),
    ("we relocated from Coventry to Walsall in 2019", "Walsall"),
])
def test_the_place_moved_to_is_home(understanding, text, place):
    assert facts(understanding, text).get("local_authority") == place


@pytest.mark.parametrize("text", [
    "67 retired nurse walsall want to learn my ipad",
    "want to learn video calls and email, I'm 70",
    "wants something with computers, the basics first",
])
def test_everyday_devices_and_the_basics_named_are_everyday_digital(understanding, text):
    assert facts(understanding, text).get("interest") == "general_digital"
