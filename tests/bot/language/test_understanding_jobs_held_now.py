"""A job said beside a wish (worded fresh here): the job is theirs now when the words around it say so
(a trade they want out of may be self-employed, and is asked about); the work they describe is not what they want to learn; a person
asked for is described before their age; a contract running out; a course still being done; English
"still quite basic"; an age asked of themselves; two ways of not knowing in one answer."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("text", [
    "I'm a delivery driver at the moment but I'd love to learn Python",
    "scaffolder currently, 12 hour shifts, want to get into web design",
    "Been a chef 20 years and I'm tired of it, I want a career change into data",
])
def test_a_job_said_as_theirs_now_or_done_for_an_employer_is_work_held(understanding, text):
    assert facts(understanding, text)["employment_status"] == "employed"


@pytest.mark.parametrize("text", [
    "I was a delivery driver but I'd love to learn Python",
    "plasterer by trade, want to learn web design",
    "ex-hairdresser, fed up of being stuck at home, want a career change into data",
    # a trade they want out of may be their own business: asked, not guessed
    "Plasterer for 15 years, fed up with the cold, want to learn web design",
])
def test_a_job_done_before_or_only_named_or_perhaps_self_employed_leaves_work_to_the_question(understanding, text):
    assert "employment_status" not in facts(understanding, text)


def test_the_work_they_describe_is_not_what_they_want_to_learn(understanding):
    found = facts(understanding, "I do security at the hospital on nights and I'd like to get into data analysis")
    assert found["interest"] == "data" and found["employment_status"] == "employed"
    assert facts(understanding, "I do admin for a solicitors and want to learn cyber")["interest"] == "cyber_security"
    # the same words as the wish are still the wish
    assert facts(understanding, "I'd like to do marketing for small businesses")["interest"] == "digital_marketing"
    assert facts(understanding, "I wanted to do web design for local shops")["interest"] == "web_design"


def test_someone_asked_for_described_by_their_job_then_their_age_is_in_work_and_that_age(understanding):
    found = facts(understanding, "my husband's a lorry driver, 52, and keeps saying he's wanting to learn coding")
    assert (found["asking_for"], found["age"], found["employment_status"]) == ("he", 52, "employed")
    trainee = facts(understanding, "my daughter is a trainee nurse, 22, wants to learn data")
    assert trainee["asking_for"] == "she" and "employment_status" not in trainee


def test_never_having_had_a_job_is_out_of_work(understanding):
    assert facts(understanding, "my nephew is 20 and has never had a job, he likes computers")[
        "employment_status"] == "unemployed"


def test_a_contract_running_out_is_a_job_going_while_still_in_it(understanding):
    found = facts(understanding, "my temp contract at the hospital runs out in January and it won't be renewed")
    assert found["background"] == "displaced_worker" and found["employment_status"] == "employed"
    assert "background" not in facts(understanding, "my phone contract ends in May, is that a problem?")


def test_a_course_still_being_done_is_in_education(understanding):
    assert facts(understanding, "my son is 17 and halfway through his BTEC course at Walsall College")[
        "employment_status"] == "in_education"
    assert "employment_status" not in facts(understanding, "I want to be doing a course in coding")


@pytest.mark.parametrize("text, level", [
    ("my English is still pretty basic", "basic"),
    ("his English is very limited but he wants to learn", "basic"),
])
def test_english_with_how_much_said_is_read(understanding, text, level):
    assert facts(understanding, text)["english_level"] == level


def test_an_age_asked_of_themselves_at_the_end_of_a_question_is_their_age(understanding):
    assert facts(understanding, "could I still retrain at 47?")["age"] == 47
    assert "age" not in facts(understanding, "the class starts at 18:00")
    assert "age" not in facts(understanding, "I left school at 16.")


@pytest.mark.parametrize("text, expected", [
    ("he drives for a courier firm", "employed"),
    ("she cleans at the leisure centre most mornings", "employed"),
    ("nah she stays at home with the baby", "unemployed"),
])
def test_work_described_in_answer_to_the_work_question(understanding, text, expected):
    assert facts(understanding, text, asked="employment_status")["employment_status"] == expected


def test_not_knowing_said_twice_is_not_sure_yet(understanding):
    assert facts(understanding, "no idea tbh, not sure what suits me", asked="interest")["interest"] == "not_sure"


def test_keeping_hackers_out_is_cyber_security(understanding):
    assert facts(understanding, "what I'd like is learning to keep hackers out of company networks")[
        "interest"] == "cyber_security"
