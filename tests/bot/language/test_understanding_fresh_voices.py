"""What residents written before the code was read showed: a job loss still to come, a workplace named as
where they work, a job said after "I work as", a short answer in everyday words, an age corrected in
passing, someone the resident helps. Each case is worded fresh here, with controls that must stay
unread or keep their old meaning."""

import pytest

from tests.bot.language.reading import facts


# ---- a job loss still to come: in work now, displaced ----------------------------------------------
@pytest.mark.parametrize("text", [
    "the depot's shuttin at easter and we'll all get laid off",
    "they told me I'm bein made redundant, 52",
    "we are redundant from june when the line stops",
    "the firm is moving all the work to Poland next year",
    "everyone's getting let go after christmas",
])
def test_a_job_loss_still_to_come_is_in_work_and_displaced(understanding, text):
    found = facts(understanding, text)
    assert found["employment_status"] == "employed"
    assert found["background"] == "displaced_worker"


@pytest.mark.parametrize("text", ["I got laid off in the summer", "was made redundant last year"])
def test_a_job_loss_that_has_happened_stays_out_of_work(understanding, text):
    assert facts(understanding, text)["employment_status"] == "unemployed"


@pytest.mark.parametrize("text", [
    "the foundry I've worked at is closing",
    "the dealership I have managed for the last six years is shutting",
])
def test_a_foundry_or_dealership_closing_far_from_its_verb_is_a_displaced_worker(understanding, text):
    assert facts(understanding, text)["background"] == "displaced_worker"


# ---- where they work or studied is not where they live, but it is offered when we ask -----------------
@pytest.mark.parametrize("text, area", [
    ("my packing factory in Oldbury is shutting", "Sandwell"),
    ("I work nights at the warehouse in Bilston", "Wolverhampton"),
    ("our bank branch in Erdington has closed", "Birmingham"),
    ("I work in Birmingham", "Birmingham"),
    ("she just left school in Solihull with a couple of GCSEs", "Solihull"),
])
def test_a_workplace_or_school_with_no_home_named_is_kept_to_offer_not_taken(understanding, text, area):
    found = facts(understanding, text)
    assert "local_authority" not in found
    assert found["place_assumed"] == area


@pytest.mark.parametrize("text, home", [
    ("I live in Tipton, the factory is in Oldbury", "Sandwell"),
    ("I live in Walsall but work in Birmingham", "Walsall"),
    ("from Coventry, 34", "Coventry"),
])
def test_a_place_said_as_home_or_alone_is_their_home(understanding, text, home):
    found = facts(understanding, text)
    assert found["local_authority"] == home and "place_assumed" not in found


def test_workplaces_in_two_areas_and_no_home_leave_the_place_to_ask(understanding):
    found = facts(understanding, "I work in Walsall and at a shop in Coventry at weekends")
    assert "local_authority" not in found and "place_assumed" not in found


def test_a_home_beside_a_workplace_is_still_their_home(understanding):
    assert facts(understanding, "I live in Tipton, the factory is in Oldbury")["local_authority"] == "Sandwell"


# ---- a job said after "I work as", or a trade and its years: changing career ------------------------
@pytest.mark.parametrize("text", [
    "I work as a claims handler but want to get into data",
    "been working as an events coordinator, fancy learning web design",
    "plasterer 15 years, want to learn coding now",
    "been in hospitality for 12 years and I'd love to do cyber security",
    "I've been in retail management for 9 years and I'm ready for a change",
])
def test_a_job_said_in_passing_with_a_wish_to_change_is_a_career_changer(understanding, text):
    assert facts(understanding, text)["background"] == "career_changer"


@pytest.mark.parametrize("text", [
    "I work as a data analyst",          # no wish to change
    "my mum's a plasterer, I want to learn coding",  # someone else's trade, no years
])
def test_a_job_without_a_wish_or_not_theirs_is_no_change_of_career(understanding, text):
    assert facts(understanding, text).get("background") != "career_changer"


# ---- short answers in everyday words, only while that question is open ------------------------------
@pytest.mark.parametrize("reply, value", [
    ("she's not doing anything right now", "unemployed"),
    ("I look for job", "unemployed"),
    ("he works at a car wash", "employed"),
    ("still there for now", "employed"),
    ("still at it for now", "employed"),
])
def test_everyday_answers_to_the_work_question(understanding, reply, value):
    assert facts(understanding, reply, asked="employment_status")["employment_status"] == value


def test_still_there_means_nothing_with_no_question_open(understanding):
    assert "employment_status" not in facts(understanding, "still there for now")


@pytest.mark.parametrize("reply, value", [
    ("fixin laptops n that", "it_support"),
    ("networks mostly", "it_support"),
    ("how to repair computer", "it_support"),
    ("be a hacker, the legal kind", "cyber_security"),
    ("to get confident with a computer first", "general_digital"),
])
def test_everyday_answers_to_the_interest_question(understanding, reply, value):
    assert facts(understanding, reply, asked="interest")["interest"] == value


@pytest.mark.parametrize("reply, value", [
    ("intermediate, but I'm still improving", "intermediate"),
    ("small", "basic"),
    ("a small bit", "basic"),
])
def test_a_level_named_outright_or_small_answers_the_english_question(understanding, reply, value):
    assert facts(understanding, reply, asked="english_level")["english_level"] == value


# ---- an age corrected or added in passing -----------------------------------------------------------
@pytest.mark.parametrize("text, years", [
    ("evenings. oh im actually 23, i got that wrong", 23),
    ("bricklayer for years, 41 now, knees have gone", 41),
])
def test_an_age_said_in_passing_is_their_age(understanding, text, years):
    assert facts(understanding, text)["age"] == years


def test_years_in_a_job_are_not_an_age(understanding):
    assert "age" not in facts(understanding, "bricklayer for 20 years now")


# ---- someone the resident helps, or a relative "who is" N -------------------------------------------
@pytest.mark.parametrize("text, who, years", [
    ("I support a young woman at the food bank. She is 22 and wants to learn Excel", "she", 22),
    ("I mentor a lad from the youth club, he's 17 and wants to code", "he", 17),
    ("I look after my nan who is 70, she wants to learn to video call", "she", 70),
])
def test_someone_the_resident_helps_or_a_relative_who_is_n_is_who_they_ask_for(understanding, text, who, years):
    found = facts(understanding, text)
    assert found["asking_for"] == who and found["age"] == years


def test_helping_someone_without_their_age_is_not_a_request(understanding):
    assert "asking_for" not in facts(understanding, "I help a man at church with his forms, I'm 50")


# ---- pay by the hour without a pound sign; a job still done now --------------------------------------
def test_pounds_and_pence_an_hour_without_a_pound_sign_is_pay_and_low_wage(understanding):
    found = facts(understanding, "i do home care 11.80 hr")
    assert found["employment_status"] == "employed"
    assert found["annual_income"] == pytest.approx(11.80 * 37.5 * 52)
    assert found["background"] == "low_wage"


def test_hours_to_the_half_are_not_pay(understanding):
    assert "annual_income" not in facts(understanding, "i work 7.5 hours a day")


@pytest.mark.parametrize("text", ["part time, as I'm still teaching", "evenings only, I'm still nursing"])
def test_a_job_still_done_said_in_passing_is_in_work(understanding, text):
    assert facts(understanding, text)["employment_status"] == "employed"


def test_still_looking_is_not_in_work(understanding):
    assert facts(understanding, "I'm still looking for work").get("employment_status") != "employed"


def test_at_school_in_a_place_is_where_a_pupil_lives(understanding):
    assert facts(understanding, "im 15 in year 11 at school in Oldbury")["local_authority"] == "Sandwell"


# ---- a place put right as they write: the last one said is home -----------------------------------
@pytest.mark.parametrize("text, home", [
    ("we are in Rugby no sorry Walsall", "Walsall"),
    ("I live in Rugby, sorry I mean Dudley", "Dudley"),
    ("im in tipton i meant bilston", "Wolverhampton"),
])
def test_a_place_put_right_in_the_same_message_is_the_one_they_meant(understanding, text, home):
    assert facts(understanding, text)["local_authority"] == home


def test_no_before_a_place_that_is_not_a_correction_keeps_the_home(understanding):
    assert facts(understanding, "there are no jobs in Dudley, I live in Walsall")["local_authority"] == "Walsall"


# ---- a job named with two words before it ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "I've been a secondary school teacher for years and I'm thinking about data",
    "i am a mental health nurse and want to move into data",
])
def test_a_job_with_two_words_before_it_and_a_wish_is_a_career_changer(understanding, text):
    assert facts(understanding, text)["background"] == "career_changer"


# ---- the Jobcentre is not their job ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "my job centre work coach told me to come on here",
    "my work coach says I should learn computers",
])
def test_a_jobcentre_or_work_coach_is_not_being_in_work(understanding, text):
    assert "employment_status" not in facts(understanding, text)


# ---- ages said tersely ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, years", [
    ("from syria. 31 yr. live in coventry", 31),
    ("dad of 3 tipton 44. need a job in IT", 44),
    ("lost my job, oldbury 52, what can i do", 52),
])
def test_a_terse_age_beside_its_unit_or_a_place_is_their_age(understanding, text, years):
    assert facts(understanding, text)["age"] == years


@pytest.mark.parametrize("text", ["walsall 40 hours a week on the tills", "I did 12 year in the army"])
def test_hours_and_years_of_service_beside_a_place_are_not_an_age(understanding, text):
    assert "age" not in facts(understanding, text)


# ---- a relative named with a bare age, then what there is for them --------------------------------
@pytest.mark.parametrize("text, who", [
    ("my daughter 17 dropped out of college, what can she do", "she"),
    ("my lad 16 finished school in june. any apprenticeships round here?", "he"),
])
def test_a_relative_with_a_bare_age_and_a_question_about_them_is_who_they_ask_for(understanding, text, who):
    found = facts(understanding, text)
    assert found["asking_for"] == who and found["age"] in (16, 17)
