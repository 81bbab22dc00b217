"""bot.language.typed_replies: which offered quick reply a typed message is, if any."""

from hypothesis import given, settings, strategies as st

from bot.dialogue import questions
from bot.language import typed_replies

EMPLOYMENT = list(questions.QUESTIONS["employment_status"].buttons)
LEVELS = list(questions.QUESTIONS["qualification_level"].buttons)
FORGET = [("Yes, delete it", "/affirm"), ("No, keep it", "/deny")]


def test_titles_numbers_and_ordinals_choose_their_payload():
    assert typed_replies.chosen("Working for an employer", EMPLOYMENT) == EMPLOYMENT[1][1]
    assert typed_replies.chosen("2", EMPLOYMENT) == EMPLOYMENT[1][1]
    assert typed_replies.chosen("option 2.", EMPLOYMENT) == EMPLOYMENT[1][1]
    assert typed_replies.chosen("the second one please", EMPLOYMENT) == EMPLOYMENT[1][1]
    assert typed_replies.chosen("2 working for an employer", EMPLOYMENT) == EMPLOYMENT[1][1]
    assert typed_replies.chosen("YES DELETE IT!!", FORGET) == "/affirm"


def test_an_opposite_a_longer_answer_or_another_number_is_not_a_choice():
    assert typed_replies.chosen("Now working", EMPLOYMENT) is None
    assert typed_replies.chosen("not working since the factory shut", EMPLOYMENT) is None
    assert typed_replies.chosen("7", EMPLOYMENT) is None
    assert typed_replies.chosen("no", FORGET) is None  # the classifier reads a plain no
    assert typed_replies.chosen('/inform{"age": 3}', EMPLOYMENT) is None


def test_a_bare_number_to_a_numeric_question_is_the_number_not_a_button():
    assert typed_replies.numeric_question(LEVELS)
    assert typed_replies.chosen("3", LEVELS) is None
    assert typed_replies.chosen("option 3", LEVELS) == LEVELS[2][1]


def test_only_the_latest_offer_counts_and_a_reply_clears_it():
    buttons = [{"title": t, "payload": p} for t, p in FORGET]
    events = [{"event": "bot", "data": {"buttons": buttons}}]
    assert typed_replies.offered(events) == FORGET
    assert typed_replies.offered(events + [{"event": "user", "text": "hi"}]) == []
    assert typed_replies.offered(events + [{"event": "bot", "text": "ok", "data": {}}]) == FORGET


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(max_size=200))
def test_any_text_is_a_choice_or_nothing_and_never_an_error(text):
    assert typed_replies.chosen(text, EMPLOYMENT) in {None} | {p for _, p in EMPLOYMENT}
