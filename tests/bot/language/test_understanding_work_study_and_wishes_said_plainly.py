"""Work, study and wishes said plainly (worded fresh here): shifts done now, pay topped up by Universal Credit,
work they cannot give up, a reply button's words typed, a topic named as the problems they would solve, a
charity where a worker works, two topics offered as a choice, a qualification still under way, a change of
career said as a wish, and a college or a city centre as a hint of home."""

import pytest

from tests.bot.language.reading import facts


def test_nights_they_do_now_are_their_work_and_the_day_is_free(understanding):
    found = facts(understanding, "i do nights so part time in day", asked="availability")
    assert (found["availability"], found["employment_status"]) == ("part_time", "employed")


def test_nights_they_can_do_are_when_they_can_study(understanding):
    assert facts(understanding, "I can do nights", asked="availability")["availability"] == "evenings_weekends"


def test_security_shifts_are_work_not_a_wish_for_cyber_security(understanding):
    found = facts(understanding, "I'm 45 and doing security shifts to tick over, want to learn something new")
    assert found["employment_status"] == "employed" and "interest" not in found


def test_a_wage_topped_up_by_universal_credit_is_low_pay(understanding):
    found = facts(understanding, "I work 16 hours in a shop and get universal credit on top, want to learn excel")
    assert (found["background"], found["employment_status"], found["universal_credit"]) == ("low_wage", "employed",
                                                                                            True)


def test_work_they_cannot_afford_to_give_up_is_work_held(understanding):
    assert facts(understanding, "I can't afford to stop working so it would need to be evenings")[
        "employment_status"] == "employed"


@pytest.mark.parametrize("text", ["english only lol", "only speak english", "eng"])
def test_english_said_as_their_only_language_is_fluent(understanding, text):
    assert facts(understanding, text, asked="english_level")["english_level"] == "fluent"


@pytest.mark.parametrize("text", ["In education", "still in full time education"])
def test_the_studying_reply_typed_is_in_education(understanding, text):
    assert facts(understanding, text, asked="employment_status")["employment_status"] == "in_education"


def test_mornings_with_the_g_dropped_are_part_time(understanding):
    assert facts(understanding, "mornins only", asked="availability")["availability"] == "part_time"


def test_sorting_out_other_peoples_tech_problems_is_it_support(understanding):
    assert facts(understanding, "she likes the idea of helping people sort out tech problems",
                 asked="interest")["interest"] == "it_support"


def test_their_own_computer_problems_are_not_a_wish(understanding):
    assert "interest" not in facts(understanding, "my laptop keeps having computer problems, can you help")


def test_a_refugee_charity_a_worker_works_at_says_nothing_of_the_client(understanding):
    found = facts(understanding, "I'm a support worker at a refugee charity in Dudley. My client is a Kurdish man, "
                                 "48, who has indefinite leave to remain. He'd like to get a job.")
    assert (found["asking_for"], found["immigration_status"]) == ("he", "settled")


def test_two_topics_offered_as_a_choice_lead_with_the_first(understanding):
    assert facts(understanding, "I'd like to move into IT support or maybe cyber")["interest"] == "it_support"


@pytest.mark.parametrize("text, level", [("I could study on evenings and weekends alongside my a levels", 2),
                                         ("I left college halfway through my level 3 IT course", 2),
                                         ("I dropped out halfway through my degree", 3)])
def test_a_qualification_under_way_is_not_yet_held(understanding, text, level):
    assert facts(understanding, text)["qualification_level"] == level


@pytest.mark.parametrize("text", [
    "bored stiff after twenty years in retail management, I think I'd genuinely enjoy data analysis",
    "I've done admin in the NHS for most of my working life. I'd like to move into something more technical, "
    "IT support maybe"])
def test_a_change_of_career_said_as_a_wish_is_a_career_change(understanding, text):
    assert facts(understanding, text)["background"] == "career_changer"


def test_the_college_they_go_to_is_offered_as_home(understanding):
    assert facts(understanding, "im in yr 13 at stourbridge college, want an apprenticeship")["place_assumed"] == \
        "Dudley"


def test_a_city_centre_named_is_the_place(understanding):
    assert facts(understanding, "bar work in cov city centre on min wage")["place_assumed"] == "Coventry"


def test_a_football_club_is_not_a_place(understanding):
    assert facts(understanding, "I support Coventry City and live in Walsall")["local_authority"] == "Walsall"


@pytest.mark.parametrize("text, who", [("my son works part time, he wants coding", "he"),
                                       ("My daughter's in Year 10 and she's set on computers. Where do we start?",
                                        "she")])
def test_someone_named_then_what_they_want_is_asking_for_them(understanding, text, who):
    assert facts(understanding, text)["asking_for"] == who


def test_what_someone_wants_for_the_resident_is_not_asking_for_them(understanding):
    assert "asking_for" not in facts(understanding, "my wife works nights, she wants me to retrain in IT")


def test_not_in_work_or_education_is_out_of_work(understanding):
    found = facts(understanding, "He left care at 18 and hasn't been in work or education since.")
    assert (found["employment_status"], found["background"]) == ("unemployed", "unemployed")


def test_a_named_job_gone_is_out_of_work(understanding):
    found = facts(understanding, "been on uc 2 yrs since my cleanin job went, want basic computer stuff")
    assert (found["employment_status"], found["background"]) == ("unemployed", "unemployed")


def test_evenings_they_work_with_the_days_free_are_their_work(understanding):
    found = facts(understanding, "bar work on min wage, i do evenings so my days r free")
    assert found.get("availability") != "evenings_weekends" and found["employment_status"] == "employed"


@pytest.mark.parametrize("text", ["Is there a gentle course for a beginner? Mornings would suit.",
                                  "I want learn English and computer. Only when children are in school."])
def test_a_time_said_as_what_suits_or_around_the_school_day_is_part_time(understanding, text):
    assert facts(understanding, text)["availability"] == "part_time"


def test_a_bachelors_degree_named_as_indian_universities_do_is_level_6(understanding):
    assert facts(understanding, "I have a B.Tech in information technology from India")["qualification_level"] == 6


def test_a_btec_typed_as_it_sounds_is_not_a_degree(understanding):
    assert "qualification_level" not in facts(understanding, "I have a btech in IT")


def test_notice_given_to_the_workforce_is_a_job_being_lost(understanding):
    found = facts(understanding, "they brought in robots for the welding and half of us got our notice. "
                                 "I finish in six weeks.")
    assert (found["background"], found["employment_status"]) == ("displaced_worker", "employed")


@pytest.mark.parametrize("text", ["I want to learn english and work in an office",
                                  "im 17 and want an apprenticeship so i can earn and work in IT",
                                  "my dream is to build games and work for a big studio"])
def test_work_wished_for_after_and_is_not_work_held(understanding, text):
    assert "employment_status" not in facts(understanding, text)


@pytest.mark.parametrize("text", ["want a course on computers basic stuff as im rubbish wiv them",
                                  "Is there a gentle course for someone who has never switched a computer on?"])
def test_the_basics_of_computers_they_struggle_with_are_everyday_digital_skills(understanding, text):
    assert facts(understanding, text)["interest"] == "general_digital"


def test_web_sites_written_as_two_words_are_web_design(understanding):
    assert facts(understanding, "I want return to IT, maybe making web sites.")["interest"] == "web_design"


def test_years_of_working_in_english_is_fluent(understanding):
    assert facts(understanding, "very good, I work in English 8 years", asked="english_level")["english_level"] == \
        "fluent"


@pytest.mark.parametrize("text, level", [("During my degree I worked in a bar, now I want to learn data", 6),
                                         ("I quit my job after my A levels and went travelling", 3)])
def test_a_qualification_finished_around_other_things_is_held(understanding, text, level):
    assert facts(understanding, text)["qualification_level"] == level
