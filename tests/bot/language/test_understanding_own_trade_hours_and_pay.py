"""A trade run for themselves, work said without its article, a shop's opening hours, money besides nothing,
hours worked at a rate, and pay that comes only some months (worded fresh, not from the evaluation)."""

import pytest

from tests.bot.language.test_understanding_days_free_and_children_together import _en


@pytest.mark.parametrize("text", [
    "I run a little cafe in Bearwood and want to do my own website",
    "i have my own barber shop in Handsworth, need help with bookings online",
    "I've got a small cleaning business, 41, Solihull",
])
def test_a_trade_they_run_is_working_for_themselves(understanding, text):
    assert _en(understanding, text).get("employment_status") == "self_employed"


@pytest.mark.parametrize("text", [
    "I want to run my own shop one day, I'm 22",
    "would love to have my own salon",
])
def test_a_trade_they_wish_to_run_is_no_work_now(understanding, text):
    assert "employment_status" not in _en(understanding, text)


@pytest.mark.parametrize("text", [
    "I live Wednesbury and work in factory, 44",
    "me work car wash in Smethwick, english little",
])
def test_work_said_without_its_article_is_work(understanding, text):
    assert _en(understanding, text).get("employment_status") == "employed"


@pytest.mark.parametrize("text", [
    "evening, the shop close 7",
    "the salon shuts at 6 so evenings",
])
def test_the_hour_a_shop_closes_is_no_workplace_closing(understanding, text):
    said = _en(understanding, text, asked="availability")
    assert "background" not in said
    assert said.get("availability") == "evenings_weekends"


def test_a_shop_closing_down_is_still_a_workplace_closing(understanding):
    assert _en(understanding, "the shop I work at is closing down in March").get("background") == "displaced_worker"


def test_universal_credit_besides_nothing_else_coming_in_is_claimed(understanding):
    said = _en(understanding, "nothing coming in apart from child benefit and UC")
    assert said.get("universal_credit") is True


def test_someone_elses_universal_credit_is_still_theirs(understanding):
    assert "universal_credit" not in _en(understanding, "my child is on UC")


@pytest.mark.parametrize("text, status", [
    ("he's not in anything at the moment", "unemployed"),
    ("still in education, sixth form", "in_education"),
])
def test_everyday_replies_about_work_and_school(understanding, text, status):
    assert _en(understanding, text, asked="employment_status").get("employment_status") == status


@pytest.mark.parametrize("text, yearly", [
    ("usually 20 hrs at like £11.50, Walsall", 11960.0),
    ("I do 16 hours a week on £12", 9984.0),
])
def test_hours_worked_at_a_rate_give_the_year(understanding, text, yearly):
    assert _en(understanding, text).get("annual_income") == yearly


def test_pay_that_comes_only_some_months_is_no_yearly_sum(understanding):
    said = _en(understanding, "self employed plasterer, some months I clear 4k, some months nothing")
    assert "annual_income" not in said and said.get("employment_status") == "self_employed"


def test_hard_up_beside_work_held_is_low_pay_not_no_income(understanding):
    said = _en(understanding, "I do cleaning at a school in the mornings and I'm always skint, could I learn IT?")
    assert said.get("background") == "low_wage" and said.get("employment_status") == "employed"
    assert "annual_income" not in said


def test_hard_up_with_no_work_is_still_no_money_coming_in(understanding):
    assert _en(understanding, "lost my job in May and I'm skint, 33, Walsall").get("annual_income") == 0


def test_working_for_peanuts_is_low_pay(understanding):
    assert _en(understanding, "packing boxes in Oldbury for peanuts, 26").get("background") == "low_wage"


@pytest.mark.parametrize("text", [
    "fed up of being a receptionist, I want to get into digital marketing",
    "bored of doing admin, thinking about data analysis",
])
def test_the_job_they_are_tired_of_and_a_field_wanted_is_changing_career(understanding, text):
    assert _en(understanding, text).get("background") == "career_changer"


def test_the_basics_first_said_without_its_s_is_everyday_computing(understanding):
    assert _en(understanding, "computer all, basic first", asked="interest").get("interest") == "general_digital"


@pytest.mark.parametrize("text, age", [
    ("hit the big five-oh last month and the depot's shutting", 50),
    ("just had the big 60, want to learn emails", 60),
    ("turning the big four oh in March, fancy coding", 39),
])
def test_a_round_birthday_said_in_words_is_an_age(understanding, text, age):
    assert _en(understanding, text).get("age") == age


@pytest.mark.parametrize("text", ["i go college ESOL class 3 days", "she goes to college"])
def test_going_to_college_as_a_reply_about_work_is_in_education(understanding, text):
    assert _en(understanding, text, asked="employment_status").get("employment_status") == "in_education"


def test_a_salon_she_has_run_for_years_is_her_own_work(understanding):
    assert _en(understanding, "a woman who's run her own salon in Halesowen for 18 years, 52").get(
        "employment_status") == "self_employed"


def test_a_trade_someone_wants_to_run_one_day_is_no_work_now(understanding):
    assert "employment_status" not in _en(understanding, "my mum wants to run her own business one day")



@pytest.mark.parametrize("text", [
    "self employed joiner in Tipton, my back's gone so i need a desk job. thought IT support might suit me",
    "Packer on nights at a warehouse in Oldbury, 31. I'd love to do web design as an actual job",
    "Secondary science teacher in Solihull, 47, burnt out. Could I retrain in data?",
    "I've been driving lorries for 20 years and I'm sick of it, want to try coding. Walsall, 50",
    "Asking for my sister, 31, she works 20 hours a week in a care home in Walsall. She wants out of care and into data.",
])
def test_work_they_do_and_a_field_they_want_instead_is_a_change_of_career(understanding, text):
    assert _en(understanding, text).get("background") == "career_changer"
