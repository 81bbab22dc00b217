"""Reading a typed phone number, and which numbers Waymark may send to."""

import pytest

from bot.residents import phones
from bot.settings import Settings


@pytest.mark.parametrize("typed, number", [
    ("07700 900123", "+447700900123"),
    ("+44 7700 900123", "+447700900123"),
    ("+44 (0)7700-900123", "+447700900123"),
    ("0044 7700 900123", "+447700900123"),
    ("447700900123", "+447700900123"),
    ("07700.900.123", "+447700900123"),
    ("+353 85 123 4567", "+353851234567"),  # a foreign number with its + code is read...
    ("00353 85 123 4567", "+353851234567"),
    ("0121 496 0000", None),  # ... a UK landline without one is not a mobile we can read
    ("7700 900123", None),
    ("12345", None),
    ("", None),
    ("0" * 60, None),
])
def test_read(typed, number):
    assert phones.read(typed) == number


def test_find_takes_the_first_number_in_a_message():
    assert phones.find("text me on 07700 900123 please") == "+447700900123"
    assert phones.find("call 0121 496 0000 or 07700 900123") == "+447700900123"
    assert phones.find("no number here") is None


def test_only_uk_mobiles_by_default():
    assert phones.destination("07700 900123").number == "+447700900123"
    assert phones.destination("+353 85 123 4567") == phones.Destination(None, "not_allowed")
    assert phones.destination("+44 20 7946 0000") == phones.Destination(None, "not_allowed")  # a London landline
    assert phones.destination("hello") == phones.Destination(None, "bad_number")


def test_07_numbers_that_are_not_mobiles_are_refused_even_when_allowed():
    everything = ("+447", "+44")
    assert phones.destination("070 1234 5678", everything).problem == "not_allowed"  # personal numbering
    assert phones.destination("07600 123456", everything).problem == "not_allowed"  # pagers
    assert phones.destination("07624 123456").number == "+447624123456"  # Isle of Man mobiles
    assert phones.destination("07900 123456").number == "+447900123456"


def test_the_allow_list_setting_adds_prefixes():
    settings = Settings.from_env({"WAYMARK_SEND_ALLOWED_PREFIXES": "+447, +353"})
    assert settings.send_allowed_prefixes == ("+447", "+353")
    assert phones.destination("+353 85 123 4567", settings.send_allowed_prefixes).number == "+353851234567"
    assert phones.destination("+1 415 555 0100", settings.send_allowed_prefixes).problem == "not_allowed"
    assert Settings.from_env({}).send_allowed_prefixes == ("+447",)
    with pytest.raises(ValueError):
        phones.parse_prefixes("447")  # a prefix without its + would allow nothing, or anything


def test_key_spells_a_number_one_way_whatever_the_typing():
    assert phones.key("+44 7700 900123") == phones.key("07700-900-123") == phones.key("0044 7700 900123") == "07700900123"


@pytest.mark.parametrize("address", ["+447700900123", "whatsapp:+447700900123", "07700 900123",
                                     "+44 (0)7700-900123", "whatsapp:0044 7700 900123"])
def test_a_phones_address_on_an_inbound_message_reads_as_the_number_send_me_this_texts(address):
    assert phones.from_address(address) == phones.destination("07700 900123").number == "+447700900123"


def test_an_address_that_is_not_a_number_is_kept_as_given():
    assert phones.from_address("whatsapp:12345") == "12345"  # a short code
    assert phones.from_address(" test sender ") == "testsender"
