"""Situations, ages and people told in residents' own words rather than the usual keywords: a job that
has gone, a trade they want out of, school just finished, an age given as a birthday, someone asked for
in a roundabout way. Each case is worded fresh here, with a control that must stay unread."""

import datetime as dt

import pytest

from bot.language import numbers
from tests.bot.language.reading import facts


# ---- someone asked for, then their age ------------------------------------------------------------
@pytest.mark.parametrize("text, who, age", [
    ("my younger brother, he's 17, keeps asking about coding", "he", 17),
    ("I'm enquiring for a young woman I mentor. She is 19 and likes spreadsheets", "she", 19),
    ("my mate's 22 and wants to get into cyber", "they", 22),
    ("my cousin in Oldbury is 20 and fancies web design", "they", 20),
    ("my big sis, shes 24, wants to learn data", "she", 24),
    ("my grandad has never used a laptop, he is 71", "he", 71),
])
def test_someone_named_and_then_given_an_age_is_who_they_are_asking_for(understanding, text, who, age):
    found = facts(understanding, text)
    assert found["asking_for"] == who and found["age"] == age


@pytest.mark.parametrize("text", [
    "my younger brother is a plumber and I'm 30",
    "I am 45 and my eldest son is 20",
    "my little sister loves drawing",
])
def test_a_relative_mentioned_without_their_age_or_beside_the_residents_own_is_not_a_request(understanding, text):
    assert "asking_for" not in facts(understanding, text)


# ---- ages written every way -----------------------------------------------------------------------
TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize("text, years", [
    ("born in feb 1998 , live in walsall", 28),
    ("born 3rd march 2001", 25),
    ("born on the 20th of december 2000", 25),
    ("dob 14 / 02 / 1999", 27),
    ("i will be 25 next month", 24),
    ("turning 30 in march", 29),
])
def test_an_age_given_as_a_birthday_or_the_one_coming_is_their_age_today(text, years):
    assert numbers.age(text, today=TODAY)[0] == years


@pytest.mark.parametrize("text", [
    "born in 1998",                 # 27 or 28: asked, not guessed
    "born in december 1998",        # this month, day not said
    "my son was born in may 2010",  # someone else's birthday
])
def test_a_birthday_that_leaves_two_ages_or_is_someone_elses_gives_none(text):
    assert numbers.age(text, today=TODAY) is None


def test_an_age_from_a_birthday_counts_through_the_understanding(understanding):
    today = dt.date.today()
    month = (today.month - 3) % 12 + 1  # two months ago: the birthday this year has passed
    year = today.year - 30 - (1 if month > today.month else 0)
    name = dt.date(2000, month, 1).strftime("%B").lower()
    assert facts(understanding, f"born in {name} {year}, want to do coding")["age"] == 30


@pytest.mark.parametrize("text, years", [
    ("fed up of retail. want to learn coding. 29 halesowen", 29),
    ("been off work a while, 44 tipton", 44),
])
def test_a_bare_age_beside_a_place_at_the_end_is_their_age(understanding, text, years):
    assert facts(understanding, text)["age"] == years


def test_a_count_beside_a_qualification_at_the_end_is_not_an_age(understanding):
    assert "age" not in facts(understanding, "want to learn coding. 12 gcses")


# ---- situations in their own words ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "they put in self scan tills and my job on the checkouts has gone",
    "my job in the post room has gone since they brought in scanners",
])
def test_a_job_that_has_gone_to_machines_is_out_of_work_and_displaced(understanding, text):
    found = facts(understanding, text)
    assert found["employment_status"] == "unemployed" and found["background"] == "displaced_worker"


@pytest.mark.parametrize("text", [
    "the depot I drive for is going fully automated next spring",
    "my firm close the plant in the new year",
    "took voluntary redundancy from the bank last month",
    "the agency lost the contract, so that's me finished at christmas",
])
def test_a_workplace_closing_or_a_job_ending_said_plainly_is_a_displaced_worker(understanding, text):
    assert facts(understanding, text)["background"] == "displaced_worker"


@pytest.mark.parametrize("text", ["the shop is close to my house", "my office is closer to home now"])
def test_close_as_near_is_not_a_workplace_closing(understanding, text):
    assert "background" not in facts(understanding, text)


@pytest.mark.parametrize("text", [
    "did my A levels at sixth form and finished in July",
    "my son has just done his GCSEs and he is 16",
    "took a BTEC at college, left last summer",
])
def test_school_or_college_finished_recently_is_a_school_leaver_not_a_student(understanding, text):
    found = facts(understanding, text)
    assert found["background"] == "school_leaver"
    assert found.get("employment_status") != "in_education"


def test_school_left_long_ago_is_not_a_school_leaver(understanding):
    assert facts(understanding, "left school in 1990 and did twenty years in a factory").get("background") \
        != "school_leaver"


@pytest.mark.parametrize("text", [
    "been a plumber 12 years and I'd like to learn web design",
    "I'm a hairdresser but I'd love to get into digital marketing",
    "postman, bad knees. want 2 do coding",
    "Back home I was pharmacist. Now I want to change to data analysis",
])
def test_a_trade_named_with_a_digital_topic_wanted_is_a_career_change(understanding, text):
    assert facts(understanding, text)["background"] == "career_changer"


@pytest.mark.parametrize("text, background", [
    ("I'm a hairdresser in Shirley", None),                                   # no topic wanted
    ("I was a chef but lost my job, want to do coding", "unemployed"),        # out of work first
    ("I'm a cleaner on minimum wage and want to learn web design", "low_wage"),
])
def test_a_trade_alone_or_beside_a_stronger_situation_is_not_a_career_change(understanding, text, background):
    assert facts(understanding, text).get("background") == background


def test_work_that_ended_before_being_out_of_work_is_not_a_job_now(understanding):
    found = facts(understanding, "been unemployed since my agency work dried up")
    assert found["employment_status"] == "unemployed"


# ---- everyday words for English, asylum and answers ---------------------------------------------
@pytest.mark.parametrize("text", ["no job, english ok, want learn computer", "english good, i live tipton"])
def test_english_said_ok_in_passing_is_intermediate(understanding, text):
    assert facts(understanding, text)["english_level"] == "intermediate"


@pytest.mark.parametrize("text", ["my asylum is not decided yet", "asylum still pending, i live in oldbury"])
def test_an_asylum_claim_not_decided_is_an_asylum_seeker(understanding, text):
    assert facts(understanding, text)["immigration_status"] == "asylum_seeker"


@pytest.mark.parametrize("text, slot, value", [
    ("ft", "availability", "full_time"),
    ("she can do ft", "availability", "full_time"),
    ("pt only", "availability", "part_time"),
    ("signing on", "employment_status", "unemployed"),
    ("job searching at the moment", "employment_status", "unemployed"),
    ("still grafting till easter", "employment_status", "employed"),
    ("getting confident on a computer", "interest", "general_digital"),
])
def test_short_answers_in_texting_and_everyday_words(understanding, text, slot, value):
    assert facts(understanding, text, asked=slot)[slot] == value


def test_ft_with_no_question_open_says_nothing(understanding):
    assert "availability" not in facts(understanding, "ft")


# ---- a pastime is not a wish; "someone on UC" in a question is the resident -----------------------
@pytest.mark.parametrize("text", ["my lad is 17 and mad on gaming", "I love video games, 23, live in Tipton",
                                  "obsessed with computer games"])
def test_playing_games_is_a_pastime_not_a_topic_to_learn(understanding, text):
    assert "interest" not in facts(understanding, text)


@pytest.mark.parametrize("text", ["want to get into gaming", "I want to study games design",
                                  "hoping to learn game development"])
def test_games_wanted_as_work_or_study_are_still_coding(understanding, text):
    assert facts(understanding, text)["interest"] == "coding"


@pytest.mark.parametrize("text", ["wot is there 4 sum1 on uc, im 24", "any courses for somebody on universal credit?"])
def test_a_question_for_someone_on_uc_is_the_resident_on_uc(understanding, text):
    assert facts(understanding, text)["universal_credit"] is True


@pytest.mark.parametrize("text", ["will it affect my uc?", "can people on universal credit do this?",
                                  "is UC stopped if I study?"])
def test_a_question_about_uc_itself_or_people_in_general_says_nothing_about_theirs(understanding, text):
    assert "universal_credit" not in facts(understanding, text)


# ---- texting shorthand: a job gone, an age beside m / f, someone and their age with no verb ---------
@pytest.mark.parametrize("text", ["lost me job at the depot, 41", "got kicked out of my job last week",
                                  "left my job in the summer to look after mum"])
def test_a_job_ended_in_everyday_words_is_out_of_work_not_in_work(understanding, text):
    assert facts(understanding, text)["employment_status"] == "unemployed"


def test_wanting_to_leave_a_job_is_not_out_of_work(understanding):
    assert facts(understanding, "I want to quit my job and retrain").get("employment_status") != "unemployed"


@pytest.mark.parametrize("text, age", [("f 34 tipton, want data", 34), ("52 m, redundant, cov", 52)])
def test_an_age_beside_m_or_f_is_the_age(understanding, text, age):
    assert facts(understanding, text)["age"] == age


def test_redundant_alone_is_a_displaced_worker_out_of_work(understanding):
    found = facts(understanding, "m 45 redundant, cov")
    assert found["background"] == "displaced_worker" and found["employment_status"] == "unemployed"


def test_redundant_to_come_is_still_in_work(understanding):
    assert facts(understanding, "i'm going to be redundant in march")["employment_status"] == "employed"


@pytest.mark.parametrize("text, who, age", [("my daughter 16 wants an apprentiship in data", "she", 16),
                                            ("my bro, 20, wants to do coding", "he", 20)])
def test_someone_and_their_age_with_no_verb_between_is_who_they_ask_for(understanding, text, who, age):
    found = facts(understanding, text)
    assert found["asking_for"] == who and found["age"] == age


@pytest.mark.parametrize("text", ["nothing really", "left school at 15 with nothing", "no gcse's", "nowt to speak of"])
def test_no_qualifications_in_their_words_answer_the_qualification_question(understanding, text):
    assert facts(understanding, text, asked="qualification_level")["qualification_level"] == 0


def test_nothing_to_another_question_is_not_a_qualification(understanding):
    assert "qualification_level" not in facts(understanding, "nothing really", asked="interest")


def test_texted_nothing_after_leaving_school_is_no_qualifications(understanding):
    assert facts(understanding, "left skool wiv nuffin, 19")["qualification_level"] == 0


# ---- an age said as the birthday to come ----------------------------------------------------------
@pytest.mark.parametrize("text, age", [
    ("17 tmrw, live in erdington, no idea what to do", 16),
    ("I'm 19 on Saturday and I want to learn coding", 18),
    ("its my 18th birthday next week, im in walsall", 17),
    ("i am 25 tomorrow", 24),
])
def test_an_age_said_as_a_birthday_to_come_is_the_age_they_are_now(understanding, text, age):
    assert facts(understanding, text).get("age") == age


@pytest.mark.parametrize("text", ["the course is 12 next week", "can I start at 9 tomorrow"])
def test_a_number_before_a_day_that_is_not_an_age_stays_unread(understanding, text):
    assert "age" not in facts(understanding, text)


# ---- terse messages: an age beside where they are, a job at the start ------------------------------
@pytest.mark.parametrize("text, age", [
    ("cant read emails properly. 61 in walsall", 61),
    ("23 from coventry, lookin for work", 23),
    ("40 single mum in dudley, want to get back to work", 40),
])
def test_a_bare_age_beside_where_they_live_is_their_age(understanding, text, age):
    assert facts(understanding, text).get("age") == age


@pytest.mark.parametrize("text", ["16 gcses in walsall", "I have 20 staff in walsall", "12 weeks in dudley now"])
def test_a_count_beside_a_place_is_not_an_age(understanding, text):
    assert "age" not in facts(understanding, text)


@pytest.mark.parametrize("text", [
    "I want to learn email and how to fill in forms", "she wants to learn how to video call the grandkids",
    "I'd like to use my smartphone better", "need to learn applying for jobs online",
])
def test_everyday_digital_tasks_wanted_are_the_basics(understanding, text):
    assert facts(understanding, text).get("interest") == "general_digital"


def test_a_job_named_at_the_start_of_a_terse_message_with_a_wish_is_a_career_change(understanding):
    found = facts(understanding, "34 plasterer in wolverhampton, sick of it, want to do cyber security")
    assert found.get("background") == "career_changer" and found.get("interest") == "cyber_security"


# ---- "IT" wanted, in capitals -------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["18, just finished college, want an IT apprenticeship", "looking for a job in IT",
                                  "IT", "I'd like to study IT at college"])
def test_it_in_capitals_wanted_is_it_support(understanding, text):
    assert facts(understanding, text).get("interest") == "it_support"


@pytest.mark.parametrize("text", ["is it free", "i want to get into it", "IT is fine but I want to learn coding"])
def test_it_the_pronoun_or_beside_another_topic_is_not_it_support(understanding, text):
    assert facts(understanding, text).get("interest") != "it_support"


@pytest.mark.parametrize("text", [
    "the firm I work for in Dudley is laying everyone off in March",
    "they're laying off half of us at the depot after christmas",
    "my job in the council's payroll team is going because of the new AI system",
])
def test_a_job_loss_still_to_come_in_other_words_is_a_displaced_worker_still_in_work(understanding, text):
    found = facts(understanding, text)
    assert found.get("background") == "displaced_worker" and found.get("employment_status") == "employed"


def test_it_wanted_after_wouldnt_mind_is_it_support(understanding):
    assert facts(understanding, "any job really but wouldnt mind IT").get("interest") == "it_support"


# ---- a job at risk said as how many are going -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "the depot is getting robots and half of us are going by spring",
    "they're bringing in self checkouts, 20 of us r goin",
])
def test_colleagues_going_because_of_machines_is_a_displaced_worker(understanding, text):
    assert facts(understanding, text).get("background") == "displaced_worker"


def test_colleagues_going_with_no_machines_named_is_not_called_automation(understanding):
    assert facts(understanding, "half of us are going to the match on saturday").get("background") is None


# ---- a trade they are tired of, and a digital topic asked about ---------------------------------------
@pytest.mark.parametrize("text", [
    "lorry driver 20 years, fed up. could i learn coding",
    "I'm 50, a secondary school teacher in Dudley, and I'd like to get into cyber security",
    "night porter, 33, sick of it. can i do a data course",
])
def test_a_job_named_with_a_wish_for_a_digital_topic_is_a_career_changer(understanding, text):
    assert facts(understanding, text).get("background") == "career_changer"


def test_a_job_with_no_digital_topic_is_not_a_career_change(understanding):
    assert facts(understanding, "bus driver 12 years, sick of it").get("background") is None


# ---- an everyday digital task they cannot do ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "work put our payslips online and i cant use it",
    "everything at the doctors is on the app now and I don't know how to use it",
    "they moved the rota online, I struggle to log in",
])
def test_a_digital_task_they_cannot_do_is_a_wish_for_everyday_digital_skills(understanding, text):
    assert facts(understanding, text).get("interest") == "general_digital"


@pytest.mark.parametrize("text", [
    "I can't use the app, can you help me learn coding",
    "I can't drive so it has to be near a bus route",
])
def test_a_topic_named_or_no_digital_task_leaves_the_interest_alone(understanding, text):
    assert facts(understanding, text).get("interest") in (None, "coding")


@pytest.mark.parametrize("text", [
    "my job's gone to a machine at the depot",
    "the packing jobs have gone to robots",
])
def test_a_job_gone_to_machines_is_a_displaced_worker(understanding, text):
    assert facts(understanding, text).get("background") == "displaced_worker"


def test_a_job_given_to_someone_else_is_not_automation(understanding):
    assert facts(understanding, "my job went to the manager's nephew").get("background") != "displaced_worker"


@pytest.mark.parametrize("text", ["left school in summer, want an apprenticeship", "finished college in june"])
def test_school_left_this_summer_is_a_school_leaver(understanding, text):
    assert facts(understanding, text).get("background") == "school_leaver"


# ---- an age told in passing: "at 52 it's hard", "just hit 40", "nearly 19" -------------------------------
@pytest.mark.parametrize("text, age", [
    ("At 47 nobody wants to train you, I'm in Walsall", 47),
    ("me 38, tipton, lookin for work", 38),
    ("I've just hit 50 and fancy a change into data", 50),
    ("reached 30 this year and still in a dead end job", 30),
])
def test_an_age_said_in_passing_is_taken(understanding, text, age):
    assert facts(understanding, text).get("age") == age


@pytest.mark.parametrize("text, age", [("I'm nearly 19 and live in Walsall", 18), ("i'm almost 25", 24)])
def test_nearly_an_age_is_a_year_younger_now(understanding, text, age):
    # an age rule ("19 and over") turns on it: "nearly 19" is 18 today
    assert facts(understanding, text).get("age") == age


@pytest.mark.parametrize("text", [
    "at 16 i left school and went to work",
    "at 10 i start my shift",
    "we hit 40 applications last week",
    "been there nearly 20 years",
])
def test_a_past_age_a_time_a_count_or_a_duration_is_not_their_age(understanding, text):
    assert "age" not in facts(understanding, text)


# ---- caring for a relative is the resident's own situation --------------------------------------------
@pytest.mark.parametrize("text", [
    "I'm a carer for my mum and can't work full time",
    "I care for my husband so it would have to be online",
    "I work for my dad in his shop",
])
def test_caring_for_or_working_for_a_relative_is_not_asking_for_them(understanding, text):
    assert "asking_for" not in facts(understanding, text)


def test_asking_for_a_relative_still_is(understanding):
    assert facts(understanding, "I'm asking for my dad, he is 58")["asking_for"] == "he"


# ---- still looking, or at home with children ---------------------------------------------------------------
@pytest.mark.parametrize("text", ["finished my degree last year but can't find a job", "struggling to find work since june"])
def test_cannot_find_a_job_is_out_of_work(understanding, text):
    assert facts(understanding, text)["employment_status"] == "unemployed"


def test_a_stay_at_home_mum_is_not_in_paid_work(understanding):
    got = facts(understanding, "I'm a stay at home mum wanting to get back to work")
    assert got["employment_status"] == "unemployed" and "background" not in got


# ---- put right in the same message --------------------------------------------------------------------------
@pytest.mark.parametrize("text, age", [
    ("I'm 29, I mean 30, and live in Walsall", 30),
    ("hi 44 oops 45 tipton", 45),
    ("I'm 35, oh sorry 36 now, looking for work", 36),
])
def test_an_age_put_right_in_the_same_message_is_the_one_they_meant(understanding, text, age):
    assert facts(understanding, text).get("age") == age


@pytest.mark.parametrize("text, age", [("I'm 50, actually 20 years in the same job", 50), ("I'm 40, sorry for the long message", 40)])
def test_sorry_or_actually_before_other_numbers_keep_the_age(understanding, text, age):
    assert facts(understanding, text).get("age") == age


@pytest.mark.parametrize("text", [
    "the store is going to self checkouts and the till staff are not needed from march",
    "they brought in an AI system and said we will no longer be needed",
])
def test_told_they_are_not_needed_because_of_machines_is_a_displaced_worker(understanding, text):
    assert facts(understanding, text).get("background") == "displaced_worker"


def test_a_website_they_cannot_work_out_is_everyday_digital_skills(understanding):
    assert facts(understanding, "i cant even work out the council website")["interest"] == "general_digital"


def test_a_trade_then_thinking_about_a_topic_is_a_career_change(understanding):
    assert facts(understanding, "roofer 12 yrs, thinkin bout data analysis")["background"] == "career_changer"
