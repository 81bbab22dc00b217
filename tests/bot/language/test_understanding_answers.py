"""Short replies read as answers to the question in front of the resident, and everyday words for
situations. Each case is worded fresh here; precision first: the same words with no question open
(or to another question) say nothing."""

import pytest

from tests.bot.language.reading import facts


def weak(u, text, asked, about=None):
    return {f.slot: f.weak for f in u.extract(text, asked=asked, about_held=about)}


# ---- English level, from the answer to its own question ---------------------------------------
@pytest.mark.parametrize("text, level", [
    ("english is my mother tongue", "fluent"), ("it's my native language", "fluent"),
    ("I speak it fluently", "fluent"),
    ("pretty decent I'd say", "intermediate"), ("it's ok I suppose", "intermediate"), ("not bad", "intermediate"),
    ("I manage, I get by", "basic"), ("not brilliant to be honest", "basic"), ("a bit weak", "basic"),
    ("I struggle a bit", "basic"),
    ("only a few words", "none"), ("hardly any", "none"),
])
def test_an_answer_to_the_english_question_in_their_own_words_gives_the_level(understanding, text, level):
    assert facts(understanding, text, asked="english_level")["english_level"] == level
    assert weak(understanding, text, "english_level")["english_level"] is True  # it answers that question only


@pytest.mark.parametrize("text", ["it's my native language", "pretty decent I'd say", "only a few words"])
def test_the_same_words_with_no_english_question_open_say_nothing_about_english(understanding, text):
    assert "english_level" not in facts(understanding, text)
    assert "english_level" not in facts(understanding, text, asked="interest")


# ---- employment, from the answer to "Are you working?" ----------------------------------------
@pytest.mark.parametrize("text, status", [
    ("currently job hunting", "unemployed"), ("nope", "unemployed"),
    ("not allowed to work until my claim is decided", "unemployed"), ("I do not have a job", "unemployed"),
    ("no job at the moment", "unemployed"),
    ("I'm a cleaner at a school", "employed"), ("still on the books, on leave at the moment", "employed"),
    ("a few shifts here and there", "employed"), ("on a zero hours contract", "employed"),
    ("off sick with my back", "employed"),
])
def test_an_answer_to_the_work_question_in_their_own_words_gives_the_status(understanding, text, status):
    assert facts(understanding, text, asked="employment_status")["employment_status"] == status


@pytest.mark.parametrize("text, about, status", [
    ("he does not work at the moment", "he", "unemployed"), ("she isn't working", "she", "unemployed"),
    ("they're not working yet", "they", "unemployed"),
])
def test_an_answer_about_the_person_they_ask_for_is_that_persons_fact(understanding, text, about, status):
    assert facts(understanding, text, asked="employment_status", about=about)["employment_status"] == status


def test_their_age_said_later_in_the_conversation_is_theirs(understanding):
    assert facts(understanding, "she's 19 now", asked="age", about="she")["age"] == 19
    assert "age" not in facts(understanding, "she's 19 now")  # nobody asked about her: whose age?


# ---- other questions ------------------------------------------------------------------------------
def test_part_time_to_the_study_question_is_when_they_can_study_not_a_job(understanding):
    found = facts(understanding, "part time to begin with", asked="availability")
    assert found.get("availability") == "part_time" and "employment_status" not in found


def test_computers_to_the_learning_question_is_basic_digital_skills(understanding):
    assert facts(understanding, "computers mainly", asked="interest")["interest"] == "general_digital"
    assert facts(understanding, "help with the basics please", asked="interest")["interest"] == "general_digital"


def test_an_answer_never_overrides_a_fact_the_reply_states_outright(understanding):
    assert facts(understanding, "coding, not computers in general", asked="interest")["interest"] == "coding"


# ---- a statement, then a question ------------------------------------------------------------------
def test_facts_stated_before_a_closing_question_are_kept(understanding):
    found = facts(understanding, "Lost my job at the depot last month, I'm 47, got no qualifications, "
                                 "I'm on universal credit. Any ideas?")
    assert found["universal_credit"] is True and found["qualification_level"] == 0 and found["age"] == 47
    assert "universal_credit" not in facts(understanding, "Will it stop my universal credit?")


# ---- a child's age is the child's ------------------------------------------------------------------
def test_a_young_childs_age_and_wish_make_the_message_about_them(understanding):
    found = facts(understanding, "my daughter is 11 and keen on robots, anything near us?")
    assert found["asking_for"] == "she" and found["age"] == 11


@pytest.mark.parametrize("text", ["my son is 9", "I'm 38, my daughter is 11 and keen on robots"])
def test_a_childs_age_alone_or_beside_their_own_is_not_asking_for_the_child(understanding, text):
    assert "asking_for" not in facts(understanding, text)


def test_asking_for_a_client_or_a_friend_is_asking_for_someone_else(understanding):
    found = facts(understanding, "I'm a key worker asking for a client, he is 27 and wants to do coding")
    assert found["asking_for"] == "they" and found["age"] == 27


# ---- situations in everyday words -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "I just finished year 13", "left school in july, no idea what next", "finished my btec last month",
    "left skool last summer",
])
def test_school_leavers_in_everyday_words(understanding, text):
    assert facts(understanding, text)["background"] == "school_leaver"


@pytest.mark.parametrize("text", [
    "been a plasterer 20 years and want out", "I've had enough of nursing and fancy a change",
    "thinking of a switch to software after years in logistics", "I want to move from sales into IT",
])
def test_career_changers_in_everyday_words(understanding, text):
    assert facts(understanding, text)["background"] == "career_changer"


@pytest.mark.parametrize("text", ["cleaning job, crap pay", "on min wage at a chippy", "the pay is poor"])
def test_low_pay_in_everyday_words(understanding, text):
    found = facts(understanding, text)
    assert found["background"] == "low_wage" and found["employment_status"] == "employed"


def test_self_employed_on_low_pay_stays_self_employed(understanding):
    found = facts(understanding, "self employed window cleaner, rubbish money")
    assert found["employment_status"] == "self_employed" and found["background"] == "low_wage"


def test_a_job_at_a_named_site_going_to_automation_is_a_displaced_worker(understanding):
    found = facts(understanding, "my job at the bottling plant is at risk, they're bringing in robots")
    assert found["background"] == "displaced_worker"


@pytest.mark.parametrize("text, slot, value", [
    ("i wrk at a carwash", "employment_status", "employed"), ("eves only", "availability", "evenings_weekends"),
    ("wanna do codin", "interest", "coding"), ("nothin coming in", "annual_income", 0),
    ("can only do it in school hours", "availability", "part_time"),
    ("still waiting on my asylum interview", "immigration_status", "asylum_seeker"),
])
def test_sms_speak_and_everyday_words(understanding, text, slot, value):
    assert facts(understanding, text)[slot] == value


def test_the_college_they_finished_at_is_not_where_they_study_now(understanding):
    found = facts(understanding, "I'm 18, finished my BTEC at college last month, want an apprenticeship")
    assert "employment_status" not in found and found["background"] == "school_leaver"
    assert facts(understanding, "I'm 17 and at college")["employment_status"] == "in_education"


def test_an_afghan_scheme_said_without_its_name_is_afghan_resettlement(understanding):
    assert facts(understanding, "we came from Afghanistan on the relocation scheme")["immigration_status"] == \
        "afghan_resettlement"
    assert "immigration_status" not in facts(understanding, "we came on a resettlement scheme")


@pytest.mark.parametrize("text, status", [
    ("I'm 52 and job hunting at the moment", "unemployed"), ("been looking for a job since march", "unemployed"),
    ("I claimed asylum so I'm not permitted to work", "unemployed"),
])
def test_not_in_work_said_in_an_opening_in_everyday_words(understanding, text, status):
    assert facts(understanding, text)["employment_status"] == status


def test_a_job_they_have_said_plainly_is_work_though_they_look_for_another(understanding):
    # "I work at ..." is work held now; looking for a job in IT is the change they want, not being out of work
    assert facts(understanding, "I work at a call centre but I'm looking for a job in IT")["employment_status"] == \
        "employed"


def test_getting_by_in_english_said_outright_is_basic(understanding):
    assert facts(understanding, "I get by in English, more or less")["english_level"] == "basic"


def test_working_for_a_client_is_not_asking_for_them(understanding):
    assert "asking_for" not in facts(understanding, "I'm a carer, I work for a client in Walsall")


# ---- free whenever a course runs, to "When can you study?" ---------------------------------------
@pytest.mark.parametrize("text", ["all week", "free all the week", "any day is fine", "weekdays", "I'm flexible",
                                  "mon to fri", "every day really"])
def test_free_all_week_to_the_study_question_is_full_time(understanding, text):
    assert facts(understanding, text, asked="availability").get("availability") == "full_time"


@pytest.mark.parametrize("text", ["all week", "weekdays"])
def test_all_week_with_no_question_open_says_nothing_of_when_they_study(understanding, text):
    assert "availability" not in facts(understanding, text)


@pytest.mark.parametrize("text", ["english", "English", "yes english", "i speak english"])
def test_english_to_the_english_question_means_it_is_their_language(understanding, text):
    assert facts(understanding, text, asked="english_level")["english_level"] == "fluent"


@pytest.mark.parametrize("text, age", [("nearly 19", 18), ("almost 25", 24), ("I'm nearly 19", 18)])
def test_nearly_an_age_to_the_age_question_is_a_year_younger(understanding, text, age):
    assert facts(understanding, text, asked="age")["age"] == age


def test_a_plain_number_to_the_age_question_is_still_that_number(understanding):
    got = facts(understanding, "19", asked="age")
    assert got.get("age", got.get("number")) == 19
