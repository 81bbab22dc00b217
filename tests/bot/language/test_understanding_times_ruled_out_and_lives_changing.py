"""Facts said the way residents put them when life is changing: a time ruled out ("not full time"), off sick
and looking again, out of prison, leaving the Army, moving back home, low pay said with a wish to leave,
a claim refused and appealed, an age put right, a qualification's subject, a place of study left. Each case
is worded fresh here, with controls that must keep their old meaning."""

import pytest

from tests.bot.language.reading import facts


# --- a time ruled out -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "I can't do full time, not with the kids",
    "full time is not possible for me at the moment",
    "I really don't want to jump straight back into full time",
])
def test_full_time_ruled_out_in_a_sentence_is_part_time(understanding, text):
    assert facts(understanding, text)["availability"] == "part_time"


@pytest.mark.parametrize("reply", ["not full time", "cant do full time, mornings maybe", "full time's too much"])
def test_full_time_ruled_out_as_the_answer_is_part_time(understanding, reply):
    assert facts(understanding, reply, asked="availability")["availability"] == "part_time"


def test_evenings_ruled_out_says_nothing_of_when_they_can(understanding):
    assert "availability" not in facts(understanding, "not evenings", asked="availability")


@pytest.mark.parametrize("reply, value", [("full time", "full_time"), ("evenings, not weekends", "evenings_weekends")])
def test_a_time_said_plainly_is_still_that_time(understanding, reply, value):
    assert facts(understanding, reply, asked="availability")["availability"] == value


def test_doing_a_job_on_nights_is_work_not_a_time_to_study(understanding):
    found = facts(understanding, "I do care nights in a home and want to get into coding")
    assert found["employment_status"] == "employed" and "availability" not in found
    assert facts(understanding, "I can only do nights")["availability"] == "evenings_weekends"


# --- off sick, out of prison, leaving the forces ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "signed off sick for two years with my back, now ready to look for work",
    "been off sick since 2023 and looking for work now",
])
def test_off_sick_and_looking_for_work_is_out_of_work(understanding, text):
    assert facts(understanding, text)["employment_status"] == "unemployed"


def test_off_sick_and_still_on_the_books_is_not_taken_as_out_of_work(understanding):
    assert facts(understanding, "signed off 5 months, still on the books, looking for work in IT").get(
        "employment_status") != "unemployed"


def test_just_out_of_prison_is_out_of_work(understanding):
    found = facts(understanding, "came out of prison in the summer, 26, want to learn to code")
    assert found["employment_status"] == "unemployed" and found["background"] == "unemployed"


def test_leaving_the_forces_is_a_change_of_career(understanding):
    assert facts(understanding, "I'm leaving the RAF next spring after 9 years, want cyber")["background"] == \
        "career_changer"


def test_moving_back_home_to_a_place_is_where_they_will_live(understanding):
    assert facts(understanding, "leaving the navy and moving back home to Oldbury in May")["local_authority"] == \
        "Sandwell"
    assert "local_authority" not in facts(understanding, "I'm moving to Oldbury one day maybe")


# --- pay under the threshold said with a wish to leave ------------------------------------------------
def test_low_pay_said_with_a_wish_to_leave_the_job_is_low_wage(understanding):
    text = "I'm a kitchen porter in Smethwick on £11.90 an hour, 30 hours, want to get out of kitchens"
    assert facts(understanding, text)["background"] == "low_wage"


def test_a_career_change_named_outright_stays_a_career_change_whatever_the_pay(understanding):
    text = "I'm a kitchen porter on £11.90 an hour, 30 hours, and want a career change into data"
    assert facts(understanding, text)["background"] == "career_changer"


# --- places and ages said tersely ----------------------------------------------------------------------
def test_a_district_as_a_clause_of_its_own_is_where_they_live(understanding):
    assert facts(understanding, "on nights at a depot, fella 39, B10. want out")["local_authority"] == "Birmingham"
    assert "local_authority" not in facts(understanding, "i take B12 tablets")


@pytest.mark.parametrize("text, age", [
    ("fella 39, B10", 39),
    ("i am romanian 36 years, walsall", 36),
    ("27 years I drove buses there. I am 55, from Bilston", 55),
])
def test_an_age_said_tersely_is_read(understanding, text, age):
    assert facts(understanding, text)["age"] == age


def test_an_age_put_right_in_the_answer_is_the_second_one(understanding):
    assert facts(understanding, "33... no sorry 34, birthday last week", asked="age")["age"] == 34


def test_years_in_the_country_after_a_nationality_are_not_an_age(understanding):
    assert "age" not in facts(understanding, "i am polish, 12 years in uk")


# --- claims refused and appealed, a visa then a claim ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "my claim was refused and now appealing, I live in Walsall",
    "came on a visit visa, then I claimed asylum last year",
    "I came on student visa but now I have claimed asylum",
])
def test_a_claim_refused_and_appealed_or_made_after_a_visa_is_seeking_asylum(understanding, text):
    assert facts(understanding, text)["immigration_status"] == "asylum_seeker"


# --- a qualification's subject, a place of study left ------------------------------------------------
def test_the_subject_of_a_qualification_does_not_change_what_they_want_to_learn(understanding):
    found = facts(understanding, "a level 3 in IT from the navy and some GCSEs", asked="qualification_level")
    assert found == {"qualification_level": 3}


def test_a_degree_subject_is_only_a_hint_of_what_they_want(understanding):
    fact = next(f for f in understanding.extract("I have a degree in computer science, can't find work")
                if f.slot == "interest")
    assert fact.value == "coding" and fact.weak


def test_a_college_they_did_a_course_at_is_not_where_they_study_now(understanding):
    assert facts(understanding, "I did a level 2 in business at college, want IT support").get(
        "employment_status") != "in_education"
    assert facts(understanding, "passed my GCSEs at school, now at college")["employment_status"] == "in_education"


def test_just_finishing_a_diploma_is_leaving_education(understanding):
    assert facts(understanding, "just finished my level 3 extended diploma in sport, 18")["background"] == \
        "school_leaver"


def test_gcses_taken_here_are_not_from_abroad(understanding):
    found = facts(understanding, "we came from Bulgaria when I was 13, I did my GCSEs in Oldbury, got 5 passes")
    assert "qualification_abroad" not in found
    assert facts(understanding, "I did my A levels back home in Nigeria")["qualification_abroad"] is True


def test_gcses_said_to_be_not_good_are_below_level_2(understanding):
    assert facts(understanding, "my GCSEs were not very good, 17")["qualification_level"] == 1


# --- what they want to learn, answered ---------------------------------------------------------------
@pytest.mark.parametrize("reply", [
    "dunno yet to be honest. I can use email and Word a bit",
    "not sure, something that pays",
    "whatever is best at my age",
])
def test_not_knowing_yet_said_first_answers_what_they_want_to_learn(understanding, reply):
    assert facts(understanding, reply, asked="interest")["interest"] == "not_sure"


def test_a_topic_named_after_not_knowing_is_the_topic(understanding):
    assert facts(understanding, "not sure, maybe web design", asked="interest")["interest"] == "web_design"


def test_what_they_can_already_do_is_not_what_they_want_to_learn(understanding):
    assert facts(understanding, "I can use Excel but want to learn coding")["interest"] == "coding"


def test_computers_for_an_it_job_is_it(understanding):
    assert facts(understanding, "I want learn computer for a job in IT")["interest"] == "it_support"
    assert facts(understanding, "I want learn computer, basic things")["interest"] == "general_digital"


def test_a_job_texted_without_i_is_a_statement_not_a_question(understanding):
    found = facts(understanding, "do cleanin on min wage in oldbury, 29")
    assert found["employment_status"] == "employed" and found["background"] == "low_wage"


# --- a workplace closing, a job going ------------------------------------------------------------------
def test_their_workplace_closing_at_a_time_to_come_is_still_work(understanding):
    found = facts(understanding, "my depot is shutting down in March, 22 years I drove there")
    assert found["employment_status"] == "employed" and found["background"] == "displaced_worker"
    assert facts(understanding, "the depot closed in March")["employment_status"] == "unemployed"


def test_redundant_at_the_end_of_the_month_to_come_is_still_work(understanding):
    assert facts(understanding, "firm closing, all of us redundant end of month")["employment_status"] == "employed"
    assert facts(understanding, "I was made redundant at the end of May")["employment_status"] == "unemployed"


def test_a_job_going_now_is_displacement_but_a_job_going_well_is_not(understanding):
    assert facts(understanding, "my job on the line at the plant is going, and I'm one of the ones going")[
        "background"] == "displaced_worker"
    assert "background" not in facts(understanding, "my job is going well but I want to learn coding")


def test_finishing_year_11_is_leaving_school(understanding):
    found = facts(understanding, "im 16 finishing year 11 in bilston, wot can i do after")
    assert found["background"] == "school_leaver" and found["employment_status"] == "in_education"


def test_no_gcses_only_a_level_1_is_level_1(understanding):
    assert facts(understanding, "left school with no gcses only functional skills level 1")[
        "qualification_level"] == 1
    assert facts(understanding, "I don't have any qualifications")["qualification_level"] == 0


def test_english_as_the_language_a_degree_was_taught_in_is_not_a_level(understanding):
    assert facts(understanding, "fluent, my degree was English medium", asked="english_level")[
        "english_level"] == "fluent"
    assert facts(understanding, "my english medium", asked="english_level")["english_level"] == "intermediate"


def test_where_they_work_further_off_is_not_where_they_live(understanding):
    assert facts(understanding, "I'm in Oldbury, 29, the warehouse I work at over in Leicester is closing")[
        "local_authority"] == "Sandwell"
    assert facts(understanding, "Hi, I'm 37, out of work and living in Bloxwich")["local_authority"] == "Walsall"


# --- when they can study, said around it -----------------------------------------------------------------
@pytest.mark.parametrize("reply, value", [
    ("can't manage full days, my knees, a couple of hours at a time", "part_time"),
    ("I do 8 to 5 in an office so after that", "evenings_weekends"),
    ("weekends are out, I have the kids, daytime is ok", "part_time"),
    ("full days are fine by me", "full_time"),
])
def test_when_they_can_study_said_around_it_is_read(understanding, reply, value):
    assert facts(understanding, reply, asked="availability")["availability"] == value


def test_a_time_after_out_of_work_is_when_they_can_study_not_a_shift(understanding):
    found = facts(understanding, "I'm out of work and can do weekends")
    assert found["availability"] == "evenings_weekends" and found["employment_status"] == "unemployed"
    assert facts(understanding, "I work weekends at a pub")["employment_status"] == "employed"


def test_a_child_texting_their_age_without_i_is_that_age(understanding):
    assert facts(understanding, "am 13 can i learn to make games")["age"] == 13
    assert "age" not in facts(understanding, "am 5 mins from the college")


def test_their_own_claim_in_one_sentence_and_asylum_in_another_is_seeking_asylum(understanding):
    text = "Can people seeking asylum go to college? I've been waiting on my claim since last winter."
    assert facts(understanding, text)["immigration_status"] == "asylum_seeker"
    assert "immigration_status" not in facts(understanding, "waiting on my claim for universal credit")


def test_an_age_given_after_asking_why_it_is_needed_answers_the_question(understanding):
    assert facts(understanding, "what's it to you? 47 if you must know", asked="age")["age"] == 47


def test_their_workplace_moving_abroad_is_displacement_but_moving_across_town_is_not(understanding):
    found = facts(understanding, "our plant is relocating to hungary next year, 44, walsall")
    assert found["background"] == "displaced_worker" and found["employment_status"] == "employed"
    assert "background" not in facts(understanding, "my office is moving to Oldbury in May")


def test_on_the_bins_is_work_and_his_english_named_as_a_level_is_that_level(understanding):
    assert facts(understanding, "on the bins for the council 6 years, want something indoors")[
        "employment_status"] == "employed"
    assert facts(understanding, "asking for my husband, he is 40, his English is intermediate")[
        "english_level"] == "intermediate"
