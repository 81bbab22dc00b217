"""A second batch of residents written before the code was read: a misspelt place beside an age, ages said
tersely next to a state or a job, a workplace closing said verb first, someone a worker supports, a
relative doing the resident's online tasks, and short answers in everyday words. Worded fresh here, with
controls that must stay unread."""

import pytest


def facts(u, text, asked=None, about=None):
    out = {}
    for fact in u.extract(text, asked=asked, about_held=about):
        if fact.slot not in ("target_group", "excluded_group"):
            out[fact.slot] = fact.value
    return out


# ---- a misspelt place beside an age, opening or closing a clause ----------------------------------
@pytest.mark.parametrize("text, home, years", [
    ("wolverhamtpon 38 no job since june", "Wolverhampton", 38),
    ("hairdresser 29 halesown. want to do coding", "Dudley", 29),
    ("hi, covnetry 51 laid off", "Coventry", 51),
])
def test_a_misspelt_place_beside_an_age_at_a_clause_edge_is_home_and_the_number_their_age(
        understanding, text, home, years):
    found = facts(understanding, text)
    assert found["local_authority"] == home and found["age"] == years


@pytest.mark.parametrize("text", ["I play rugby, 52, still", "lye 40 hours a week on the tills"])
def test_a_common_word_beside_a_number_is_not_made_a_place(understanding, text):
    assert "local_authority" not in facts(understanding, text)


def test_a_place_then_hours_is_not_an_age(understanding):
    assert "age" not in facts(understanding, "walsall 40 hours a week")


# ---- terse ages ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, years", [
    ("31 n unemployed. live in bilston", 31),
    ("i am eritrean 26 live in walsall", 26),
    ("i am romanian 41 work in warehouse", 41),
])
def test_an_age_before_a_state_or_before_live_or_work_is_their_age(understanding, text, years):
    assert facts(understanding, text)["age"] == years


@pytest.mark.parametrize("text", ["I had 16 working days left", "been 20 living in coventry"])
def test_counts_before_working_or_living_are_not_an_age(understanding, text):
    assert "age" not in facts(understanding, text)


def test_a_job_then_an_age_then_a_wish_is_a_career_changer(understanding):
    found = facts(understanding, "plumber 44 walsall. want to get into IT support")
    assert found["background"] == "career_changer" and found["age"] == 44


# ---- a workplace closing, the verb first; a role going -----------------------------------------------
@pytest.mark.parametrize("text", [
    "they're closing our depot in Oldbury after christmas",
    "they are shutting the sorting office and moving it to Daventry",
    "new software coming in and my role is going in May",
])
def test_a_workplace_closing_verb_first_or_a_role_going_is_a_displaced_worker(understanding, text):
    assert facts(understanding, text)["background"] == "displaced_worker"


def test_closing_up_the_shop_at_night_is_not_a_closure(understanding):
    assert "background" not in facts(understanding, "I'm closing the shop tonight")


def test_a_firm_named_as_workplace_is_offered_not_taken_as_home(understanding):
    found = facts(understanding, "I work in accounts at a firm in Tipton")
    assert "local_authority" not in found and found["place_assumed"] == "Sandwell"


# ---- someone a worker supports, or our own --------------------------------------------------------
@pytest.mark.parametrize("text, years", [
    ("I'm a key worker at a hostel. One of our residents is 19 and wants to learn coding", 19),
    ("our daughter is 17 and wants an apprenticeship", 17),
])
def test_one_of_our_residents_or_our_child_with_an_age_is_who_they_ask_for(understanding, text, years):
    found = facts(understanding, text)
    assert found["asking_for"] in ("they", "she") and found["age"] == years


def test_refugee_status_said_with_with_is_their_status(understanding):
    found = facts(understanding, "my neighbour, she is 30, from Eritrea with refugee status")
    assert found["immigration_status"] == "refugee"


def test_working_with_refugees_is_still_not_being_one(understanding):
    assert "immigration_status" not in facts(understanding, "I work with refugees in Coventry")


# ---- relying on family for online tasks -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "my daughter fills in all my forms online",
    "my grandson does everything on the computer for me",
])
def test_a_relative_doing_their_online_tasks_is_a_beginner(understanding, text):
    assert facts(understanding, text)["digital_confidence"] == "basic"


@pytest.mark.parametrize("text", ["my son does everything for me", "my son does his homework online"])
def test_help_that_is_not_with_their_online_tasks_says_nothing_about_their_skills(understanding, text):
    assert "digital_confidence" not in facts(understanding, text)


def test_a_school_they_work_in_is_a_workplace_not_being_at_school(understanding):
    assert facts(understanding, "I work in school kitchen")["employment_status"] == "employed"


def test_a_topic_beside_computer_says_more_than_computer(understanding):
    assert facts(understanding, "i want learn computer programming")["interest"] == "coding"


# ---- short answers in everyday words --------------------------------------------------------------
@pytest.mark.parametrize("asked, reply, value", [
    ("employment_status", "still there", "employed"),
    ("employment_status", "yeah still at it", "employed"),
    ("interest", "computers, maybe fixing them", "it_support"),
    ("availability", "when children at school", "part_time"),
])
def test_everyday_short_answers(understanding, asked, reply, value):
    assert facts(understanding, reply, asked=asked)[asked] == value


def test_still_there_with_no_question_open_says_nothing(understanding):
    assert "employment_status" not in facts(understanding, "still there")
