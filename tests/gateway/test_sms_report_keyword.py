"""WRONG <number> <words> by SMS or WhatsApp: a report of wrong information about the route with that
number on the list, sent to Rasa as a message it understands, never a correction of an answer."""

import json

import pytest

from bot.gateway.sms import MAX_REPORT_CHARS, report_payload

from .conftest import send_inbound

PHONE = "+447700900123"


def test_wrong_a_number_and_words_is_a_report_about_that_route():
    payload = report_payload("WRONG 2 the course has closed")
    assert payload == '/report_wrong_info{"number": 2, "report_words": "the course has closed"}'


@pytest.mark.parametrize("typed", ["wrong 2 the course has closed", "Wrong 2: the course has closed",
                                   "WRONG no. 2 - the course has closed", "  wrong #2  the course   has closed"])
def test_the_keyword_is_read_however_it_is_typed(typed):
    assert json.loads(report_payload(typed)[len("/report_wrong_info"):]) == {
        "number": 2, "report_words": "the course has closed"}


def test_a_number_alone_is_still_a_report():
    assert report_payload("WRONG 3") == '/report_wrong_info{"number": 3}'


@pytest.mark.parametrize("typed", ["wrong, I live in Dudley", "WRONG", "that's wrong 2", "wrong age, I'm 25",
                                   "the course is wrong", ""])
def test_without_a_number_right_after_it_is_not_the_keyword(typed):
    assert report_payload(typed) is None


def test_the_words_are_capped_and_json_safe():
    payload = report_payload('WRONG 1 it says "free" ' + "x" * 2000)
    words = json.loads(payload[len("/report_wrong_info"):])["report_words"]
    assert words.startswith('it says "free"') and len(words) == MAX_REPORT_CHARS


@pytest.mark.parametrize("sender", [PHONE, "whatsapp:" + PHONE])
async def test_the_keyword_reaches_rasa_as_a_report(client, fake_rasa, sender):
    await send_inbound(client, sender, "WRONG 2 the course has closed")
    assert fake_rasa.messages() == ['/report_wrong_info{"number": 2, "report_words": "the course has closed"}']


async def test_an_answer_starting_with_wrong_goes_to_rasa_as_typed(client, fake_rasa):
    await send_inbound(client, PHONE, "wrong, I live in Dudley")
    assert fake_rasa.messages() == ["wrong, I live in Dudley"]
