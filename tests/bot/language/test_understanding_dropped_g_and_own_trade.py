"""Words written as they are said, with the g dropped ("lookin for work", "cleanin for herself"), and a trade
run for oneself (a market stall, "runs her own"). Each case is worded fresh here, with controls: a word that
merely ends in "in" keeps its meaning, and a stall worked for someone else is not self-employment."""

import pytest

from bot.language import phrases
from tests.bot.language.reading import facts


@pytest.mark.parametrize("text, slot, value", [
    ("been sendin off applications for months but still lookin for work", "employment_status", "unemployed"),
    ("im doin deliveroo most nights", "employment_status", "self_employed"),
    ("im workin in a chippy", "employment_status", "employed"),
    ("my brother wants to get into codin, he's 19", "interest", "coding"),
])
def test_a_dropped_g_reads_as_the_word(understanding, text, slot, value):
    assert facts(understanding, text).get(slot) == value


def test_only_known_ing_words_are_restored():
    norms = phrases.all_norms()
    assert norms["lookin"] == "looking" and norms["cleanin"] == "cleaning"
    for word in ("begin", "cousin", "within", "again", "train", "join", "coin", "margin"):
        assert word not in norms


def test_a_written_norm_wins_over_a_restored_g():
    assert phrases.all_norms()["nothin"] == "nothing"


@pytest.mark.parametrize("text", [
    "asking for my mum, she does cleanin for herself, 3 houses a week. she's 51",
    "I'm a market trader, Walsall market, 6 days a week",
    "my dad runs his own little shop and wants to learn about websites, can he get help?",
    "got my own stall selling phone cases, 27",
])
def test_a_trade_run_for_oneself_is_self_employed(understanding, text):
    assert facts(understanding, text).get("employment_status") == "self_employed"


def test_working_on_someone_elses_stall_is_not_self_employed(understanding):
    assert facts(understanding, "I work on a stall on the market for my uncle").get("employment_status") != \
        "self_employed"


@pytest.mark.parametrize("text, who", [
    ("my dad runs a corner shop, can he get help with computers?", "he"),
    ("my wife lost her job at the bank, what could she do?", "she"),
    ("my partner drives for a courier firm, is there anything for them", "they"),
    ("my brother does nights at a depot, can you help him?", "he"),
])
def test_someone_named_then_asked_about_is_who_the_facts_belong_to(understanding, text, who):
    assert facts(understanding, text).get("asking_for") == who


@pytest.mark.parametrize("text", [
    "my dad runs a shop and I help him out, can I get on a course?",
    "my mum thinks I should do coding, will she be proud",
])
def test_the_resident_asking_for_themselves_beside_someone_named_is_not_asking_for_them(understanding, text):
    assert "asking_for" not in facts(understanding, text)


@pytest.mark.parametrize("text", [
    "I'm on the checkouts at Aldi in Bilston, 20 hrs",
    "on the computer all day at work and sick of it, want to learn coding",
])
def test_work_said_as_the_tills_or_all_day_at_work_is_work_held(understanding, text):
    assert facts(understanding, text)["employment_status"] == "employed"


def test_in_the_day_while_the_kids_are_at_school_is_part_time(understanding):
    assert facts(understanding, "can i do a course in the day while mine are at school")["availability"] == \
        "part_time"
