"""Refer me and tell me when it opens, in each language: every text said with its placeholders filled,
the commands a resident types kept as they must be typed, and English unchanged."""

import pytest

from bot.dialogue import next_steps

LANGUAGES = ("ur", "pa", "ar", "pl", "ro")
PATHWAY = {"id": "p1", "title": "Coding Bootcamp", "provider": "Code College", "status": "waitlist",
           "next_step": {"text": "Apply online", "url": "https://example.org/apply"}}
CALL = {**PATHWAY, "next_step": {"text": "Ring the college", "phone": "0121 000 0000"}}


def _everything(lang):
    for days in (None, 14):
        text, buttons = next_steps.referral_question(PATHWAY, ["age", "local_authority"], days, lang)
        yield text
        yield from (b["title"] for b in buttons)
    yield next_steps.referral_question(PATHWAY, [], None, lang)[0]
    for pathway in (PATHWAY, CALL):
        yield next_steps.referral_done(pathway, "WM-7K3Q", follow_up_days=14, lang=lang)
        yield next_steps.already_open(pathway, lang)
    yield next_steps.already_referred(PATHWAY, "WM-7K3Q", "Sent to the provider", lang)
    yield next_steps.refer_later(lang)
    yield from (next_steps.text(name, lang) for name in next_steps.TEXTS)
    for channel in ("sms", "whatsapp"):
        yield next_steps.subscribed(PATHWAY, channel, lang)
    text, buttons = next_steps.not_reachable(PATHWAY, lang)
    yield text
    yield from (b["title"] for b in buttons)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_refer_and_notify_text_is_in_the_language_with_its_placeholders_filled(lang):
    english = set(_everything(None))
    for text in _everything(lang):
        assert text and text not in english, text
        assert "{" not in text and "}" not in text, text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_reference_the_course_and_what_to_type_stay_as_they_are(lang):
    done = next_steps.referral_done(CALL, "WM-7K3Q", lang=lang)
    assert "WM-7K3Q" in done and "Code College" in done and "0121 000 0000" in done
    assert '"refer me to 1"' in next_steps.text("refer_nothing_pending", lang)
    assert '"send me this"' in next_steps.not_reachable(PATHWAY, lang)[0]


def test_english_is_unchanged():
    assert next_steps.referral_done(CALL, "R1") == ("Done. I have referred you to Coding Bootcamp (Code College). Your "
                                                    "reference is R1: quote it if you contact them. Next: Ring the "
                                                    "college (call 0121 000 0000).")
    assert next_steps.text("refer_which") == next_steps.REFER_WHICH == "Which one should I refer you to?"
    assert next_steps.subscribed(PATHWAY, "fax").startswith("OK. I will send you one text message when")
    assert next_steps.refer_later() == 'OK. Say "refer me" whenever you would like me to refer you.'
