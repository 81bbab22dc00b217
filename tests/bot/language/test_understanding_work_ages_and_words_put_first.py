"""A batch of residents written before the code was read: an age after the number ("19 age"), the job held
now said beside an age or as where they work, a contract that was not renewed, English and computers named
first ("English I speak a little"), a profession "by training", a worker's client, and ages in Urdu and
Punjabi number words under fifteen. Worded fresh here, with controls that must stay unread."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("text, years", [
    ("hello. i am from eritrea, 19 age. i want study computer", 19),
    ("I live in Coventry. 27 age. I want computer course", 27),
    ("hi im from albania 23 yrs, asylum case pending 2 yrs now", 23),
    ("Hi I'm in Coventry, 19 and looking for an IT apprenticeship", 19),
])
def test_an_age_said_in_a_learners_order_or_before_a_wish_is_their_age(understanding, text, years):
    assert facts(understanding, text)["age"] == years


@pytest.mark.parametrize("text", ["courses for the over 25 age group", "i am from syria 5 years here"])
def test_a_number_before_age_or_years_that_is_not_theirs_is_not_an_age(understanding, text):
    assert "age" not in facts(understanding, text)


def test_an_age_read_beside_a_claimed_phrase_is_placed_on_its_own_number(understanding):
    text = "Oakengates, Telford. 41. Forklift driver for 15 years. Want to move into data analysis."
    age = next(f for f in understanding.extract(text) if f.slot == "age")
    assert age.text == "41"


@pytest.mark.parametrize("text", [
    "Hi, I'm 34 and a secondary school science teacher in Solihull, I'd love to move into software development",
    "I'm 26, I work on a helpdesk for the council in Coventry, basically password resets all day",
    "Telford. 41. Forklift driver for 15 years. Want to move into data analysis.",
])
def test_a_job_held_now_beside_their_age_or_as_where_they_work_is_work(understanding, text):
    assert facts(understanding, text)["employment_status"] == "employed"


@pytest.mark.parametrize("text", ["I want a job where I work for a big company", "so I can work for the council"])
def test_work_wished_for_is_not_work_held(understanding, text):
    assert "employment_status" not in facts(understanding, text)


def test_a_contract_they_did_not_renew_has_ended(understanding):
    text = "Lost my job in Solihull, my fixed term contract ended and they didn't renew it. 24"
    assert facts(understanding, text)["employment_status"] == "unemployed"


@pytest.mark.parametrize("text, slot, value", [
    ("English I speak a little. I live in Coventry", "english_level", "basic"),
    ("I did a BA in India. English speaking little bit.", "english_level", "basic"),
    ("Computer I don't know. I want learn", "digital_confidence", "none"),
    ("i dont really know computers, my daughter set this up for me", "digital_confidence", "none"),
])
def test_english_and_computers_named_first_or_with_a_word_between_are_read(understanding, text, slot, value):
    assert facts(understanding, text)[slot] == value


@pytest.mark.parametrize("text, level", [
    ("I'm a civil engineer by training (bachelor's)", 6),
    ("I did a BA in India", 6),
    ("I'm 30 and my ba is in history", 6),
])
def test_a_degree_beside_a_profession_by_training_or_a_ba_said_plainly_is_held(understanding, text, level):
    assert facts(understanding, text)["qualification_level"] == level


@pytest.mark.parametrize("text", ["I want to do a BA in computing", "I'm training to get a bachelor's"])
def test_a_degree_wished_for_is_not_held(understanding, text):
    assert "qualification_level" not in facts(understanding, text)


def test_a_worker_writing_for_their_client_gives_the_clients_age(understanding):
    found = facts(understanding, "I'm a personal adviser for a care leaver in Coventry. He's 18, left school with "
                                 "no GCSEs. Is there anything like a paid placement?")
    assert found["asking_for"] == "he" and found["age"] == 18


@pytest.mark.parametrize("text", ["Any weekday", "all time"])
def test_any_weekday_or_all_the_time_is_full_time(understanding, text):
    assert facts(understanding, text, asked="availability")["availability"] == "full_time"


@pytest.mark.parametrize("text, language, years", [
    ("میرا بیٹا چودہ سال کا ہے، ہم Walsall میں رہتے ہیں۔", "ur", 14),
    ("ਮੇਰਾ ਪੋਤਾ ਤੇਰਾਂ ਸਾਲਾਂ ਦਾ ਹੈ, ਅਸੀਂ Coventry ਰਹਿੰਦੇ ਹਾਂ। ਕੋਈ ਕੋਰਸ ਹੈ ਉਹਦੇ ਲਈ?", "pa", 13),
])
def test_a_childs_age_under_fifteen_in_urdu_or_punjabi_words_is_theirs(understanding, text, language, years):
    found = facts(understanding, text, language=language)
    assert found["age"] == years and found["asking_for"] == "he"


@pytest.mark.parametrize("text, years", [
    ("السلام علیکم۔ میں باون ورھیاں نا آں، Coventry رہنا آں۔", 52),
    ("hi mai 24 ka hun Coventry se", 24),
])
def test_an_age_in_pothwari_years_or_roman_urdu_mai_is_their_own(understanding, text, years):
    assert facts(understanding, text, language="ur")["age"] == years


@pytest.mark.parametrize("text", ["میں نو سال سے یہاں ہوں", "نو، شکریہ"])
def test_a_small_number_word_without_years_or_before_years_is_no_age_and_no_place(understanding, text):
    found = facts(understanding, text, language="ur")
    assert "age" not in found and "local_authority" not in found


@pytest.mark.parametrize("text", ["I was let go when they closed the branch.",
                                  "they shut the depot in the summer and let us all go"])
def test_a_workplace_they_closed_said_verb_first_makes_a_displaced_worker(understanding, text):
    assert facts(understanding, text)["background"] == "displaced_worker"


@pytest.mark.parametrize("text", [
    "Self employed plasterer 30 years, knees are shot. Thinking about IT support",
    "I've spent my whole career in HR and I've got really interested in cyber security",
])
def test_a_trade_or_a_working_life_named_before_a_new_field_is_a_change_of_career(understanding, text):
    assert facts(understanding, text)["background"] == "career_changer"


def test_a_course_dropped_out_of_is_not_studying_now(understanding):
    found = facts(understanding, "He dropped out of his first year at uni and has been at home since.", about="he")
    assert found.get("employment_status") != "in_education"
    assert facts(understanding, "I am at uni doing computing")["employment_status"] == "in_education"
