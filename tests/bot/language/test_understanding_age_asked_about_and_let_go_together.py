"""An age said inside the worry about it ("is 52 too old to start?", "could I retrain for at 44?"), a job lost with
the rest of the workforce or to a workplace that shut or moved away, the final year of school, and who a course
is for. Each case is worded fresh here, with controls beside it."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("text, age", [
    ("Would anyone take me on at 61 to learn spreadsheets?", None),  # not a worry about age: "take me on at"
    ("is it too late at 53 to get into IT?", 53),
    ("anything in data I could study for at 46?", 46),
    ("Could I retrain in cyber, or is 52 too old?", 52),
    ("honestly feel 44 is too late to start again", 44),
    ("been there for 20 years too long", None),
    ("can i start training at 10 to 4 on fridays", None),  # a time, not an age
])
def test_an_age_said_inside_the_worry_about_it_is_theirs(understanding, text, age):
    assert facts(understanding, text).get("age") == age


@pytest.mark.parametrize("text, age", [
    ("33, sorry, I turned 34 on Saturday", 34),
    ("41 no wait just turned 42", 42),
])
def test_an_age_put_right_as_a_birthday_just_had_is_the_new_age(understanding, text, age):
    assert facts(understanding, text, asked="age").get("age") == age


@pytest.mark.parametrize("text", [
    "the bakery I worked for in Walsall let 80 of us go before christmas",
    "they laid off loads of us at the depot",
    "management let half of us go in the spring",
])
def test_let_go_with_the_workforce_is_displaced_and_out_of_work(understanding, text):
    read = facts(understanding, text)
    assert read.get("background") == "displaced_worker"
    assert read.get("employment_status") == "unemployed"


def test_let_go_with_the_workforce_but_in_work_again_is_in_work(understanding):
    read = facts(understanding, "they let 40 of us go last year, I work in a warehouse now")
    assert read.get("background") == "displaced_worker" and read.get("employment_status") == "employed"


def test_the_place_they_worked_at_that_shut_is_a_job_gone(understanding):
    read = facts(understanding, "I was a welder at the same firm for 22 years till it shut in the summer")
    assert read.get("background") == "displaced_worker" and read.get("employment_status") == "unemployed"


def test_a_shop_that_shuts_at_night_is_not_a_job_gone(understanding):
    assert "background" not in facts(understanding, "I have worked at the same place for years, it shuts at 6")


@pytest.mark.parametrize("text", [
    "The warehouse in Walsall I have been at since 2009 is moving to Poland next year",
    "the plant where I work in Coventry is relocating abroad",
])
def test_their_workplace_moving_abroad_with_words_between_is_displacement(understanding, text):
    read = facts(understanding, text)
    assert read.get("background") == "displaced_worker" and read.get("employment_status") == "employed"


def test_a_workplace_moving_across_town_is_not_displacement(understanding):
    assert "background" not in facts(understanding, "the office in Walsall I work at is moving to a bigger building")


@pytest.mark.parametrize("text, displaced", [
    ("they've said my job in the accounts team is going to AI next year", True),
    ("my role at the bank is going to a chatbot", True),
    ("my job at the school is going to be fine", False),
])
def test_a_job_going_to_machines_is_displacement(understanding, text, displaced):
    assert (facts(understanding, text).get("background") == "displaced_worker") is displaced


@pytest.mark.parametrize("text, background", [
    ("I'm a social worker and I'm burnt out, could I learn web design?", "career_changer"),
    ("Is there funding for a data course? I'm a paramedic and honestly I've had enough", "career_changer"),
    ("I'm a paramedic and I love it, is there a data course I could do on the side?", None),
])
def test_worn_out_by_the_job_held_and_wanting_a_topic_is_changing_career(understanding, text, background):
    assert facts(understanding, text).get("background") == background


@pytest.mark.parametrize("text, background", [
    ("im 15 and in year 11 in Walsall", "school_leaver"),
    ("my son is in year 13 at sixth form, what can he do after", "school_leaver"),
    ("she's in year 10 at school in Dudley", None),
])
def test_the_last_year_of_school_or_sixth_form_is_leaving_it(understanding, text, background):
    assert facts(understanding, text).get("background") == background


@pytest.mark.parametrize("text, place", [
    ("do you only help Coventry people? I'm in Walsall", "Walsall"),
    ("is the bootcamp just for people in Dudley? I live in Tipton", "Sandwell"),
    ("are these for Birmingham residents", None),
])
def test_a_place_asked_about_as_who_a_course_is_for_is_not_home(understanding, text, place):
    assert facts(understanding, text).get("local_authority") == place


@pytest.mark.parametrize("text, level", [
    ("English, born and raised in Dudley", "fluent"),
    ("born and bred round here mate", "fluent"),
    ("english is his language", "fluent"),
    ("born and raised in Sudan, my English is basic", "basic"),
])
def test_born_here_answers_how_good_their_english_is(understanding, text, level):
    assert facts(understanding, text, asked="english_level").get("english_level") == level


@pytest.mark.parametrize("text, value", [
    ("she's got no idea what she'd want, to be fair", None),  # not one of the ways an unsure answer ends
    ("she's no idea what she'd like, honestly", "not_sure"),
    ("he doesn't know yet", "not_sure"),
    ("they've no idea, maybe coding", "coding"),
])
def test_not_knowing_what_to_learn_said_of_the_person_asked_for(understanding, text, value):
    assert facts(understanding, text, asked="interest").get("interest") == value


@pytest.mark.parametrize("text, interest", [
    ("maybe networks and security, keeping hackers out", "cyber_security"),
    ("I've got a degree in computer science from Lagos but I want an IT job here", "it_support"),
    ("I've got a degree in computer science and I want to get into web design", "web_design"),
])
def test_the_more_specific_or_wanted_topic_wins(understanding, text, interest):
    asked = "interest" if text.startswith("maybe") else None
    assert facts(understanding, text, asked=asked).get("interest") == interest


@pytest.mark.parametrize("text, availability", [
    ("i have time all day, can i do a course", "full_time"),
    ("I'm free all week, live in Dudley", "full_time"),
    ("is the course free all day", None),
])
def test_free_all_day_is_full_time(understanding, text, availability):
    assert facts(understanding, text).get("availability") == availability
