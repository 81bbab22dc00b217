"""A second batch of residents written before the code was read: a misspelt place beside an age, ages said
tersely next to a state or a job, a workplace closing said verb first, someone a worker supports, a
relative doing the resident's online tasks, and short answers in everyday words. Worded fresh here, with
controls that must stay unread."""

import pytest

from tests.bot.language.reading import facts


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


# ---- a third batch: shifts, closures, jobs not in the list, the asker's own facts ---------------------
def test_nights_beside_a_job_are_a_shift_worked_not_a_time_to_study(understanding):
    found = facts(understanding, "security guard nights £11 hr, want to do cyber security")
    assert "availability" not in found and found["employment_status"] == "employed"


@pytest.mark.parametrize("text, asked", [("I can only do nights", None), ("nights", "availability"),
                                         ("evenings and nights", None)])
def test_nights_said_as_when_they_can_study_are_evenings(understanding, text, asked):
    assert facts(understanding, text, asked=asked)["availability"] == "evenings_weekends"


def test_pay_by_the_hour_written_hr_is_not_hours_worked(understanding):
    found = facts(understanding, "cleaner on £11 hr")
    assert found["annual_income"] == 11 * 37.5 * 52


@pytest.mark.parametrize("text", [
    "they're bringing in robots and said 30 of us will go",
    "the new software does most of my job now, my hours are being cut to nothing, want to learn data",
])
def test_told_some_of_us_will_go_or_software_doing_the_job_is_a_displaced_worker(understanding, text):
    assert facts(understanding, text)["background"] == "displaced_worker"


def test_just_left_6th_form_is_a_school_leaver(understanding):
    assert facts(understanding, "17 just left 6th form, what now")["background"] == "school_leaver"


@pytest.mark.parametrize("text, asked", [("been on the dole a year, 40, walsall", None),
                                         ("on the dole", "employment_status")])
def test_on_the_dole_is_out_of_work(understanding, text, asked):
    assert facts(understanding, text, asked=asked)["employment_status"] == "unemployed"


def test_a_boyfriend_texted_as_bf_is_who_they_ask_for(understanding):
    found = facts(understanding, "askin for my bf, hes 22, wants to do coding")
    assert found["asking_for"] == "he" and found["age"] == 22


@pytest.mark.parametrize("text", ["Mornings suit me.", "afternoons are best"])
def test_a_time_of_day_said_to_suit_them_is_part_time(understanding, text):
    assert facts(understanding, text)["availability"] == "part_time"


@pytest.mark.parametrize("text, asked", [("I can only do mon n wed", None), ("free on thursdays", None),
                                         ("tuesdays and fridays", "availability")])
def test_some_weekdays_are_part_time(understanding, text, asked):
    assert facts(understanding, text, asked=asked)["availability"] == "part_time"


@pytest.mark.parametrize("text", [
    "I'm a beauty therapist and want to learn social media marketing",
    "been a florist for 20 years, I'd like to learn web design",
    "upholsterer 45 tipton. want to get into IT support",
])
def test_a_job_not_in_the_list_known_by_its_shape_with_a_wish_is_a_career_changer(understanding, text):
    assert facts(understanding, text)["background"] == "career_changer"


@pytest.mark.parametrize("text", [
    "I am a student and want to learn coding",
    "I am a beginner and want to learn coding",
])
def test_words_shaped_like_jobs_that_are_not_a_job_are_no_change_of_career(understanding, text):
    assert facts(understanding, text).get("background") != "career_changer"


def test_a_man_a_worker_is_helping_with_his_age_is_who_they_ask_for_and_their_own_work_is_not_his(understanding):
    found = facts(understanding, "I work for a charity. I'm helping an Iraqi man, 39, who wants to learn IT. "
                                 "His English is basic.")
    assert found["asking_for"] == "he" and found["age"] == 39 and found["english_level"] == "basic"
    assert "employment_status" not in found


def test_the_askers_own_job_beside_the_persons_is_not_theirs(understanding):
    found = facts(understanding, "my son is 17, I work full time and he has no job")
    assert found["employment_status"] == "unemployed"


def test_the_asker_saying_who_they_are_does_not_narrow_the_person_they_ask_for(understanding):
    found = {(f.slot, f.value) for f in understanding.extract(
        "my daughter is 17 and wants to code. As a dad I want the best for her")}
    assert not any(slot == "excluded_group" for slot, _ in found)


def test_unsure_and_saying_of_what_answers_the_interest_question_as_not_sure(understanding):
    assert facts(understanding, "not sure what I'm good at", asked="interest")["interest"] == "not_sure"


# ---- a fourth batch ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["I got a positive decision from the home office last month",
                                  "my asylum was accepted in june"])
def test_a_positive_decision_on_asylum_is_refugee_status(understanding, text):
    assert facts(understanding, text)["immigration_status"] == "refugee"


@pytest.mark.parametrize("text", ["nanny 6 yrs, 29, knowle. want a career in coding",
                                  "I'm a paralegal and want to switch to cyber security"])
def test_more_jobs_with_a_wish_are_career_changers(understanding, text):
    assert facts(understanding, text)["background"] == "career_changer"


def test_a_job_and_a_wish_to_get_into_tech_with_no_topic_yet_is_a_career_changer(understanding):
    found = facts(understanding, "I've been a hotel receptionist for 8 years and want to get into tech, not sure what")
    assert found["background"] == "career_changer"


def test_a_job_and_no_wish_for_tech_is_no_change_of_career(understanding):
    assert "background" not in facts(understanding, "I've been a hotel receptionist for 8 years")


@pytest.mark.parametrize("text", [
    "they're closing the bank branch where I work and I've been offered redundancy",
    "they start using robots and say my job finish next year",
])
def test_redundancy_offered_or_a_job_said_to_finish_is_a_displaced_worker(understanding, text):
    assert facts(understanding, text)["background"] == "displaced_worker"


@pytest.mark.parametrize("text, asked, value", [
    ("I have three children so I can study only morning", None, "part_time"),
    ("Can I learn English and computer part time?", None, "part_time"),
])
def test_only_morning_and_a_time_asked_about_for_themselves_are_their_availability(understanding, text, asked, value):
    assert facts(understanding, text, asked=asked)["availability"] == value


def test_a_time_asked_about_the_course_is_not_theirs(understanding):
    assert "availability" not in facts(understanding, "is it part time?")


@pytest.mark.parametrize("text, years", [("Chef for 14 years, now 35, based in Bearwood", 35),
                                         ("hi im from coventry 22 any free coding courses", 22)])
def test_now_n_as_a_clause_or_a_place_then_an_age_is_their_age(understanding, text, years):
    assert facts(understanding, text)["age"] == years


def test_years_lived_in_a_place_are_not_an_age_and_the_place_is_home(understanding):
    found = facts(understanding, "i have lived in walsall 20 years and want to learn coding")
    assert "age" not in found and found["local_authority"] == "Walsall"


def test_my_work_is_being_in_work_and_a_job_said_with_low_pay_is_low_wage(understanding):
    found = facts(understanding, "a cleaner, about £12,000 a year. My work wants everything on an app")
    assert found["employment_status"] == "employed" and found["background"] == "low_wage"


def test_a_job_with_low_pay_and_no_word_on_work_is_in_work_and_low_wage(understanding):
    found = facts(understanding, "I'm a school dinner lady, about 9 grand a year, I'd like to learn computers")
    assert found["employment_status"] == "employed" and found["background"] == "low_wage"


def test_a_past_job_with_its_pay_is_not_being_in_work(understanding):
    assert "employment_status" not in facts(understanding, "I was a chef on 20k, now want to learn coding")


# ---- a fifth batch ----------------------------------------------------------------------------------
def test_and_work_as_a_job_with_a_wish_is_in_work_and_a_career_changer(understanding):
    found = facts(understanding, "I'm 43 and work as a warehouse supervisor. I'd like to move into IT support")
    assert found["employment_status"] == "employed" and found["background"] == "career_changer"


def test_an_age_in_brackets_after_a_relative_is_their_age(understanding):
    found = facts(understanding, "my grandson (18) wants an apprenticeship in coding")
    assert found["asking_for"] == "he" and found["age"] == 18


@pytest.mark.parametrize("text, years", [
    ("i am refugee from eritrea 38 in coventry, want to learn IT", 38),
])
def test_an_age_just_before_in_and_a_place_is_their_age(understanding, text, years):
    assert facts(understanding, text)["age"] == years


def test_years_worked_before_a_place_are_not_an_age(understanding):
    assert "age" not in facts(understanding, "I have worked 20 in walsall")


def test_my_job_go_with_robots_is_a_displaced_worker(understanding):
    assert facts(understanding, "they bring robot, my job go in january")["background"] == "displaced_worker"


def test_the_pay_is_very_low_is_low_wage(understanding):
    assert facts(understanding, "I work in a shop, the pay is very low")["background"] == "low_wage"


def test_no_qualifications_beyond_gcses_is_gcses(understanding):
    assert facts(understanding, "No qualifications beyond GCSEs.")["qualification_level"] == 2


def test_graphic_design_is_a_design_topic(understanding):
    assert facts(understanding, "wanna do graphic design")["interest"] == "web_design"


# ---- a sixth batch ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "theyve put self scan everywhere n cut our hours",
    "our whole finance team is being outsourced and automated by june",
])
def test_hours_cut_or_a_team_automated_away_is_a_displaced_worker(understanding, text):
    assert facts(understanding, text)["background"] == "displaced_worker"


def test_hours_cut_with_no_machines_is_not_a_job_lost_to_them(understanding):
    assert "background" not in facts(understanding, "they cut our hours at the pub")


# ---- a seventh batch --------------------------------------------------------------------------------
def test_out_of_work_after_being_made_redundant_is_out_of_work_now(understanding):
    found = facts(understanding, "Out of work for 6 months after being made redundant from an office job.")
    assert found["employment_status"] == "unemployed" and found["background"] == "displaced_worker"


def test_being_made_redundant_still_to_come_is_in_work(understanding):
    assert facts(understanding, "I'm being made redundant next month")["employment_status"] == "employed"


@pytest.mark.parametrize("text", ["Mornings are best for me.", "afternoons suit me"])
def test_a_time_best_for_them_is_not_a_job(understanding, text):
    found = facts(understanding, text)
    assert found["availability"] == "part_time" and "employment_status" not in found


def test_part_time_for_an_employer_is_still_a_job(understanding):
    assert facts(understanding, "part time for a supermarket")["employment_status"] == "employed"


def test_a_relatives_bare_age_before_a_word_starting_with_k_or_h_is_their_age(understanding):
    found = facts(understanding, "my step son 17 kicked out of college, only interested in computers. any help?")
    assert found["asking_for"] == "he" and found["age"] == 17


def test_english_very_little_is_none(understanding):
    assert facts(understanding, "my English is very little")["english_level"] == "none"


@pytest.mark.parametrize("text", [
    "factory bought new machines and they dont need us anymore from march",
    "The council's closing the library I work in",
])
def test_not_needed_after_machines_or_a_council_closing_a_workplace_is_a_displaced_worker(understanding, text):
    assert facts(understanding, text)["background"] == "displaced_worker"
