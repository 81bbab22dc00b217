"""What a resident volunteered without being asked (how at home they are with computers, groups they
are not in, who they ask for, qualifications from abroad, being at school and under 16) is listed in plain
words by "what do you know about me?" and erased with everything else."""

from bot.dialogue import rights_words
from bot.residents import rights, tracker_db

from tests.bot.records_fixtures import add_events, engine, factory, session, slot, tracker, user  # noqa: F401

WEB = "web-" + "7" * 32
VOLUNTEERED = [slot("digital_confidence", "none"), slot("excluded_groups", ["women", "black_women"]),
               slot("asking_for", "he"), slot("qualification_abroad", True), slot("qualification_level", 3),
               slot("school_age", [14, 15])]


def _told(engine, factory, tracker):
    with factory() as s:
        held = {h.what: h for h in rights.what_we_hold(s, tracker, WEB)}
    return held["What you told us"].items


def test_what_we_hold_names_each_volunteered_fact_in_plain_words(engine, factory, tracker):
    add_events(tracker, WEB, [user("my nephew can't even send an email"), *VOLUNTEERED])
    told = _told(engine, factory, tracker)
    assert "How at home you are with computers: new to computers" in told
    assert "Groups you told us you are not in: women, black women" in told
    assert "Who you are asking for: someone else (he)" in told
    assert "Qualifications gained outside the UK: yes" in told
    assert "Your age, roughly (from your school year, year of birth or what you said): 14 to 15" in told
    assert not [line for line in told if "_" in line.split(":")[0]]  # no slot names reach the resident


def test_the_words_for_a_report_waiting_for_its_route_are_shown_as_what_they_are(engine, factory, tracker):
    add_events(tracker, WEB, [user("the info is wrong"), slot("pending_report", "the info is wrong")])
    assert ("What you told us was wrong about a route, before you said which one: the info is wrong"
            in _told(engine, factory, tracker))


def test_volunteered_facts_are_erased_with_the_rest(engine, factory, tracker):
    add_events(tracker, WEB, [user("I don't know how to use a laptop"), *VOLUNTEERED])
    rights.erase(engine, tracker, WEB)
    assert tracker_db.facts(tracker, [WEB]) == {}


def test_the_forget_me_reply_names_them_in_plain_words():
    text = rights_words.erased(["digital_confidence", "excluded_groups", "asking_for", "qualification_abroad"],
                               "R-1")
    for words in ("how at home you are with computers", "groups you told me you are not in",
                  "who you are asking for", "where you gained your qualifications"):
        assert words in text
    assert "_" not in text.split("Your receipt")[0]


def test_the_language_we_talk_in_is_shown_by_name_and_erased_with_the_rest(engine, factory, tracker):
    add_events(tracker, WEB, [user("Dzień dobry, szukam kursu"), slot("language", "pl")])
    assert "The language we talk in: Polish" in _told(engine, factory, tracker)
    rights.erase(engine, tracker, WEB)
    assert tracker_db.facts(tracker, [WEB]) == {}


def test_the_forget_me_reply_names_the_language_in_plain_words():
    assert "the language we talk in" in rights_words.erased(["language"], "R-1")
