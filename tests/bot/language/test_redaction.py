"""The number typed for "send me this" is found in every spelling and nothing else is touched."""

from __future__ import annotations

import pytest

from bot.language.redaction import REMOVED, numbers_given, redact


def slot(value):
    return {"event": "slot", "name": "send_to", "value": value}


def test_every_number_given_to_the_send_form_counts_usable_or_not():
    events = [slot("07700 900123 on whatsapp"), slot("whatsapp:+447700900123"), slot(None),
              slot("0121 496 0000"), {"event": "slot", "name": "age", "value": "07700 900999"}]
    assert numbers_given(events) == {"07700900123", "01214960000"}


@pytest.mark.parametrize("text", ["07700 900123", "07700900123", "+44 7700 900123", "+447700900123",
                                  "0044 7700-900-123", "(07700) 900.123"])
def test_a_number_is_removed_however_it_was_written(text):
    assert redact(f"no, use {text} please", {"07700900123"}) == (f"no, use {REMOVED} please", True)


def test_other_numbers_and_other_text_are_left_alone():
    value = {"text": "call me on 07700 900999, I'm 45", "parse_data": {"entities": [{"value": 45}]}}
    assert redact(value, {"07700900123"}) == (value, False)


def test_the_number_is_removed_inside_an_events_nested_json():
    event = {"event": "user", "text": "07700 900123", "parse_data": {"text": "07700 900123", "entities": [
        {"entity": "number", "value": "07700 900123"}]}, "metadata": {"channel": "web"}}
    cleaned, changed = redact(event, {"07700900123"})
    assert changed and "900123" not in repr(cleaned)
    assert cleaned["metadata"] == {"channel": "web"} and cleaned["parse_data"]["entities"][0]["entity"] == "number"
