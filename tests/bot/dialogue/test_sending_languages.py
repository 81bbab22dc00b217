"""Send me this in each language: every text said with its placeholders filled, the commands a resident
types kept as they are, and the text to a typed number within its encoding's segments."""

import pytest

from bot.dialogue import sending
from bot.language import sms_segments

LANGUAGES = ("ur", "pa", "ar", "pl", "ro")


def _recommendations(count):
    from types import SimpleNamespace

    from bot.pathways.catalogue import load_catalogue
    from bot.settings import ROOT

    pathways = load_catalogue(ROOT / "pathways.yml").pathways
    return [SimpleNamespace(pathway=p, why=[]) for p in sorted(pathways, key=lambda p: -len(p.title))[:count]]


def _everything(lang):
    yield sending.send_question(lang)
    yield sending.send_retry(lang=lang)
    yield sending.send_retry(("+447", "+4420"), lang=lang)
    for notify in (None, "Coding Bootcamp"):
        for where in ("sms:+447700900123", "whatsapp:+447700900123"):
            for again in (False, True):
                yield sending.send_confirmation(where, notify_title=notify, again=again, lang=lang)[0]
    yield from (sending.send_cancelled(had, lang) for had in (True, False))
    yield sending.after_questions(lang)
    yield sending.pending_course(lang)
    yield sending.unavailable(lang)
    for status in ("sent", "not_allowed", "bad_number", "capped", "unconfigured", "failed"):
        yield sending.sent(status, "+447700900123", "K7Q-4MP", 14, lang=lang)
    yield sending.phone_summary(_recommendations(3), code_days=14, lang=lang)
    yield sending.phone_summary([], code_days=14, own_chat=True, lang=lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_send_me_this_text_is_in_the_language_with_its_placeholders_filled(lang):
    english = set(_everything(None))
    for text in _everything(lang):
        assert text and text not in english, text
        assert "{" not in text.replace("{code}", "") and "}" not in text.replace("{code}", ""), text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_what_a_resident_types_back_stays_as_they_must_type_it(lang):
    confirmation = sending.send_confirmation("sms:+447700900123", lang=lang)[0]
    assert "0123" in confirmation and '"forget me"' in confirmation
    assert "RESUME K7Q-4MP" in sending.sent("unconfigured", "+447700900123", "K7Q-4MP", 14, lang=lang)
    text = sending.phone_summary(_recommendations(1), code_days=14, lang=lang)
    assert "RESUME {code}" in text and "STOP" in text


@pytest.mark.parametrize("lang", (None,) + LANGUAGES)
@pytest.mark.parametrize("own_chat", (False, True))
def test_the_text_to_a_typed_number_fits_four_segments_in_its_own_encoding(lang, own_chat):
    recs = _recommendations(6)  # the longest titles in the catalogue
    text = sending.phone_summary(recs, code_days=14, own_chat=own_chat, lang=lang)
    sent = sms_segments.fold(text.replace("{code}", "X" * sending.CODE_ROOM))
    counted = sms_segments.segments(sent)
    assert counted.count <= {"GSM-7": 4, "UCS-2": 6}[counted.encoding] and sending.within_budget(text)
    if lang is None:
        assert counted.encoding == "GSM-7"
    # what did not fit is counted, never silently dropped
    listed = [line for line in text.split("\n") if line[:1].isdigit()]
    assert listed  # at least one route, even with the catalogue's longest titles
    if len(listed) < 6:
        assert f"+{6 - len(listed)}" in text


def test_english_is_unchanged_by_the_move():
    assert sending.SEND_QUESTION.startswith("I can send these routes to your phone")
    assert sending.send_question() == sending.SEND_QUESTION
    assert sending.SEND_RETRY == ('I can only send to a UK mobile number (starting 07). Please type it like '
                                  '07700 900123, or say "no thanks".')
