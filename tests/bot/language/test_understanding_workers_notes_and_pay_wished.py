"""What work coaches and youth workers write, and what residents say of pay and English (worded fresh here): a
customer referred, the young person a worker works with, NEET and long-term unemployed in a worker's letters, a
UC journal that says UC even when it cannot be opened, p/t and f/t, years served that are not an age, better pay
wanted in the work they have, topics set side by side to ask what they are, English spoken very well."""

import pytest

from tests.bot.language.reading import facts


def test_a_customer_a_work_coach_refers_is_asked_for(understanding):
    found = facts(understanding, "Work coach at Dudley JCP. Referring a customer: female, 44, no quals.")
    assert (found["asking_for"], found["age"]) == ("they", 44)


def test_the_young_person_a_worker_works_with_is_asked_for_and_the_work_is_the_workers(understanding):
    found = facts(understanding, "Mentor here. YP I work with: 18, left college, wants to do data")
    assert (found["asking_for"], found["age"]) == ("they", 18)
    assert found.get("employment_status") != "employed"


@pytest.mark.parametrize("text", ["my client has been NEET since March", "customer is LTU, wants IT basics"])
def test_neet_and_ltu_are_out_of_work(understanding, text):
    assert facts(understanding, text)["employment_status"] == "unemployed"


def test_a_uc_journal_they_cannot_open_still_says_uc(understanding):
    assert facts(understanding, "I can't get into my UC journal without my son")["universal_credit"] is True


@pytest.mark.parametrize("text, value", [("only p/t because of the kids", "part_time"),
                                         ("I can do f/t from January", "full_time")])
def test_p_t_and_f_t_are_times(understanding, text, value):
    assert facts(understanding, text)["availability"] == value


def test_years_served_in_the_forces_are_not_an_age(understanding):
    assert facts(understanding, "Ex-Navy, 9 years engineering, out since June. 31, living in Bilston.")["age"] == 31


@pytest.mark.parametrize("text", ["I work in a bakery and need something better paid, computers maybe",
                                  "want a better paying job. im a care assistant in dudley"])
def test_better_pay_wanted_in_the_work_they_have_is_low_wage(understanding, text):
    assert facts(understanding, text)["background"] == "low_wage"


def test_better_pay_wanted_after_a_past_job_is_not_low_wage(understanding):
    assert facts(understanding, "I was a chef, want a better paid job in IT").get("background") != "low_wage"


def test_topics_set_side_by_side_to_ask_what_they_are_are_not_a_choice(understanding):
    assert facts(understanding, "what's the difference between coding and cyber? no idea tbh")["interest"] == "not_sure"


def test_a_topic_chosen_beside_a_question_about_courses_stays(understanding):
    found = facts(understanding, "I want to do data, what's the difference between a bootcamp and an HNC?")
    assert found["interest"] == "data"


@pytest.mark.parametrize("text, level", [("I speak it very well, it is the official language in Ghana", "fluent"),
                                         ("not very well", "basic")])
def test_english_spoken_very_well_is_fluent_and_not_very_well_is_basic(understanding, text, level):
    assert facts(understanding, text, asked="english_level")["english_level"] == level


def test_english_said_to_be_little_is_basic(understanding):
    assert facts(understanding, "I want a computer course but my english is little")["english_level"] == "basic"


def test_wanting_them_confident_online_is_everyday_digital_not_confidence_had(understanding):
    found = facts(understanding, "anything that gets her confident online", asked="interest")
    assert found == {"interest": "general_digital"}


def test_a_place_given_as_a_sentence_of_its_own_is_where_they_live(understanding):
    assert facts(understanding, "Want to learn coding. Rugby.")["local_authority"] == "Rugby"


def test_an_sms_finishd_is_finished(understanding):
    assert facts(understanding, "m 16 just finishd yr 11 in walsall")["background"] == "school_leaver"


def test_saying_so_i_am_asking_makes_the_message_about_the_one_named(understanding):
    found = facts(understanding, "My wife (born 3 May 1980) lost her job, she would not ask so I'm asking")
    assert (found["asking_for"], found["age"]) == ("she", 46)
