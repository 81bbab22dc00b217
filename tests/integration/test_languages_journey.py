"""From hello to routes, "why", "send me this" and "forget me" in each language, through the trained bot over
REST: every step understood in the resident's words and answered in their language (Roman Urdu in Roman
Urdu)."""

from __future__ import annotations

import re

import pytest

from bot.dialogue import replies, sending
from bot.language.words import words_for
from tests.integration.test_rest_conversation import _recommendations, _say, tracker
from tests.integration.test_rights_conversation import _contacts, _on_disk, _rows, _text

pytestmark = pytest.mark.integration

# (language, opening, "not sure", why, send me this, yes, forget me), worded as residents type them
JOURNEYS = [
    ("pl", "Dzień dobry, mam 34 lata, mieszkam w Walsall, nie pracuję i chcę nauczyć się programowania",
     "nie wiem", "dlaczego?", "wyślij mi to", "tak", "usuń moje dane"),
    ("ro", "Bună ziua, am 41 de ani, locuiesc în Coventry, nu lucrez și vreau să învăț analiza datelor",
     "nu știu", "de ce?", "trimite-mi asta", "da", "șterge-mi datele"),
    ("ur", "میری عمر 38 سال ہے، Dudley میں رہتی ہوں، کام نہیں کرتی، کمپیوٹر سیکھنا چاہتی ہوں",
     "پتہ نہیں", "کیوں؟", "یہ مجھے بھیج دیں", "جی ہاں", "میرا ڈیٹا مٹا دیں"),
    ("ur-latn", "main 29 saal ka hoon, Walsall mein rehta hoon, berozgar hoon, coding seekhni hai",
     "pata nahi", "kyun", "ye mujhe bhej do", "haan", "mera data delete kar do"),
    ("pa", "ਮੈਂ 45 ਸਾਲ ਦਾ ਹਾਂ, Wolverhampton ਵਿੱਚ ਰਹਿੰਦਾ ਹਾਂ, ਬੇਰੁਜ਼ਗਾਰ ਹਾਂ, ਕੰਪਿਊਟਰ ਸਿੱਖਣਾ ਹੈ",
     "ਪਤਾ ਨਹੀਂ", "ਕਿਉਂ?", "ਇਹ ਮੈਨੂੰ ਭੇਜ ਦਿਓ", "ਹਾਂ ਜੀ", "ਮੇਰਾ ਡਾਟਾ ਮਿਟਾ ਦਿਓ"),
    ("ar", "مرحبا، عمري 31 سنة، أسكن في Birmingham، لا أعمل وأريد أن أتعلم البرمجة",
     "لا أعرف", "ليش؟", "أرسل لي هذا", "نعم", "احذف بياناتي"),
]


def _until_routes(stack, sender: str, opening: str, not_sure: str, max_turns: int = 12) -> dict:
    said = _say(stack, sender, opening)
    for _ in range(max_turns):
        payload = _recommendations(said)
        if payload is not None:
            return payload
        assert said, "every message gets a reply"
        said = _say(stack, sender, not_sure)
    pytest.fail(f"no routes after {max_turns} turns")


@pytest.mark.parametrize("lang, opening, not_sure, why, send, yes, forget", JOURNEYS,
                         ids=["pl", "ro", "ur", "ur-latn", "pa", "ar"])
def test_a_resident_goes_from_hello_to_forget_me_in_their_language(running_bot, lang, opening, not_sure, why, send,
                                                                   yes, forget):
    sender = f"e2e-journey-{lang}-{abs(hash(opening)) % 10_000}"
    words = words_for(lang)
    payload = _until_routes(running_bot, sender, opening, not_sure)
    assert payload.get("lang") == lang and payload["pathways"]
    assert tracker(running_bot, sender)["slots"].get("language") == lang

    explained = _text(_say(running_bot, sender, why))
    assert words.say(replies._WHY_HEADER) in explained, explained

    asked = _text(_say(running_bot, sender, send))
    assert words.say(sending._QUESTION) in asked, asked
    number = f"07700 900{sum(map(ord, sender)) % 900 + 100}"
    confirm = _text(_say(running_bot, sender, number))
    assert number[-4:] in confirm and confirm != asked, confirm
    _say(running_bot, sender, yes)
    assert _contacts(running_bot, "+44" + number.replace(" ", "")[1:]) == [("sms",)]

    assert _say(running_bot, sender, forget)
    erased = _text(_say(running_bot, sender, yes))
    receipt = re.search(r"E-[A-Z0-9]{4}-[A-Z0-9]{4}", erased)
    assert receipt, erased
    assert _on_disk(running_bot, sender) == []
    assert (receipt.group(0),) in _rows(running_bot, "select receipt from rights_erasures")
