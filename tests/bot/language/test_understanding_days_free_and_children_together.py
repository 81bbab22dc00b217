"""Days of the week they are free, the day ruled out, a course asked for by its time; children named together
with their ages; a route asked about that is not a qualification held (worded fresh, not from the evaluation)."""

import pytest


def _en(u, text, asked=None, about=None):
    return {f.slot: f.value for f in u.extract(text, asked=asked, about_held=about)
            if f.slot not in ("target_group", "excluded_group")}


@pytest.mark.parametrize("text, when", [
    ("mon tue and wed i'm free, the rest i'm at the warehouse", "part_time"),
    ("Wednesday to Friday, I help at my brother's shop the other days", "part_time"),
    ("thurs and fri I am available", "part_time"),
    ("Mondays to Fridays", "full_time"),
    ("mon - fri", "full_time"),
])
def test_the_weekdays_they_are_free_say_how_much_of_the_week(understanding, text, when):
    assert _en(understanding, text, asked="availability").get("availability") == when


@pytest.mark.parametrize("text", [
    "i look after my mum in the day so i cant do days, 51 from tipton",
    "I can't do daytime, my partner works and I have the baby",
])
def test_the_day_ruled_out_is_evenings_and_weekends(understanding, text):
    assert _en(understanding, text).get("availability") == "evenings_weekends"


def test_an_evening_course_asked_for_is_when_they_study_not_their_work(understanding):
    said = _en(understanding, "are there any evening courses in web design near Oldbury? im 33")
    assert said.get("availability") == "evenings_weekends"
    assert "employment_status" not in said


@pytest.mark.parametrize("text, when", [
    ("want to learn data at wknds, I'm 29 in Walsall", "evenings_weekends"),
    ("i'm free all the time since the factory shut, 58, Dudley", "full_time"),
    ("I'm 36 and can study when kids at school", "part_time"),
])
def test_study_time_said_in_an_opening_every_way(understanding, text, when):
    assert _en(understanding, text).get("availability") == when


@pytest.mark.parametrize("text, age", [
    ("the twins r 14 and both love computers, anything near Bloxwich?", 14),
    ("the girls are both 15, any coding clubs in Solihull for them", 15),
])
def test_children_named_together_with_one_age_are_asked_for_with_that_age(understanding, text, age):
    said = _en(understanding, text)
    assert said.get("asking_for") == "they" and said.get("age") == age


def test_children_named_together_with_two_ages_are_asked_for_by_both(understanding):
    said = _en(understanding, "the boys are 13 and 17, is there anything for them in Coventry")
    assert said.get("asking_for") == "they" and said.get("school_age") == [13, 17] and "age" not in said


def test_two_young_peoples_ages_to_the_age_question_are_both_kept_up_to_nineteen(understanding):
    said = _en(understanding, "they're 17 and 18", asked="age")
    assert said.get("asking_for") == "they" and said.get("school_age") == [17, 18]


def test_a_degree_apprenticeship_asked_about_is_no_degree_held(understanding):
    said = _en(understanding, "my year 13s keep asking me about degree apprenticeships in software")
    assert "qualification_level" not in said
    assert said.get("interest") == "coding"


def test_a_young_person_named_by_their_age_and_then_asked_about_is_who_they_ask_for(understanding):
    said = _en(understanding, "my 17 year old just sits in her room all day since leaving college, "
                              "is there anything for her in Wednesbury")
    assert said.get("asking_for") == "she" and said.get("age") == 17



@pytest.mark.parametrize("text", [
    "dropped out of sandwell college in november, im 17 and at home all day in tipton",
    "my son is 17, he jacked in sixth form after year 12 and games all day, we're in Erdington",
    "my niece is 18, done btec level 2 at walsall college, lives in Darlaston",
    "He is 16, he finish Year 11 this summer, we live in Solihull",
    "18, did a levels but didn't get into uni, from Coventry",
    "Got my T Level in digital this summer, I'm 18, from Dudley",
])
def test_school_or_college_ended_by_a_young_person_is_a_school_leaver(understanding, text):
    said = _en(understanding, text)
    assert said.get("background") == "school_leaver"
    assert said.get("employment_status") != "in_education"


def test_school_ended_long_ago_is_not_a_school_leaver(understanding):
    assert _en(understanding, "I'm 45, I did my A levels in 1998 and then worked in retail").get("background") != \
        "school_leaver"


@pytest.mark.parametrize("text", [
    "YP I work with: 17, left school after Y11, NEET since the summer",
    "my grandson is 18, he packed in his college course last christmas and has done nothing since",
])
def test_out_of_work_since_school_ended_at_sixteen_to_eighteen_is_a_school_leaver(understanding, text):
    assert _en(understanding, text).get("background") == "school_leaver"


def test_out_of_work_long_after_school_is_still_out_of_work(understanding):
    assert _en(understanding, "I'm 45, lost my job in May, left school at 16").get("background") == "unemployed"
