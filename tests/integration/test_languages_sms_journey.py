"""The same journey by SMS, through the gateway as Twilio delivers a text (signed webhook) with the replies
read from the outbox: routes, "why", "send me this" (the routes and a resume code, to this phone) and
"forget me" answered in the resident's language."""

from __future__ import annotations

import re
import time
import urllib.request
from typing import List, Set

import pytest

from bot.dialogue import replies, sending
from bot.gateway import local_sms
from bot.language.words import words_for
from bot.residents.pseudonyms import pseudonym
from bot.settings import Settings
from tests.integration.test_languages_journey import JOURNEYS
from tests.integration.test_rights_conversation import _rows

pytestmark = pytest.mark.integration


class Phone:
    """One resident's phone: texts the gateway and reads what comes back to the outbox."""

    def __init__(self, stack, number: str) -> None:
        self.settings = Settings.from_env()
        self.gateway = f"http://127.0.0.1:{stack.config.gateway_port}"
        self.number = number
        self.resident = pseudonym(self.settings.pseudonym_key or "", "sms", number)
        self.seen: Set[str] = set()

    def text(self, body: str, wait: float = 60.0) -> str:
        request = local_sms.signed_request(self.settings, self.gateway, self.number, body)
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
        got: List[str] = []
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            fresh = local_sms.replies_for(self.settings.outbox_dir, self.resident, self.seen)
            for path in fresh:
                self.seen.add(path.name)
                got.append(path.read_text(encoding="utf-8").split("\n\n", 1)[-1])
            if got and not fresh:
                time.sleep(1.5)  # a reply in several parts arrives within a moment
                if not local_sms.replies_for(self.settings.outbox_dir, self.resident, self.seen):
                    break
            else:
                time.sleep(0.2)
        assert got, f"no reply to {body!r}"
        return "\n".join(got)


def _headers(lang: str) -> List[str]:
    words = words_for(lang)
    return [words.say(entry) for entry in replies._HEADER_ENTRIES.values()]


@pytest.mark.parametrize("lang, opening, not_sure, why, send, yes, forget", JOURNEYS,
                         ids=["pl", "ro", "ur", "ur-latn", "pa", "ar"])
def test_a_resident_texting_in_their_language_goes_from_hello_to_forget_me(running_bot, lang, opening, not_sure,
                                                                           why, send, yes, forget):
    phone = Phone(running_bot, f"+447700900{JOURNEYS.index((lang, opening, not_sure, why, send, yes, forget)) + 501}")
    words = words_for(lang)
    said = phone.text(opening)
    for _ in range(10):
        if any(header in said for header in _headers(lang)):
            break
        said = phone.text(not_sure)
    else:
        pytest.fail(f"no routes by SMS: {said}")

    assert words.say(replies._WHY_HEADER) in phone.text(why)
    # By text the routes come to this phone at once, with a code to carry on on the website.
    sent = phone.text(send)
    assert words.say(sending._SUMMARY_HEAD) in sent and re.search(r"RESUME [A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", sent)

    phone.text(forget)
    erased = phone.text(yes)
    receipt = re.search(r"E-[A-Z0-9]{4}-[A-Z0-9]{4}", erased)
    assert receipt, erased
    assert (receipt.group(0),) in _rows(running_bot, "select receipt from rights_erasures")
