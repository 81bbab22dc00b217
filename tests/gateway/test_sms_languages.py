"""Every text the assistant can send by SMS, in every language, through the real renderer: each fits in
three segments (GSM-7 for English, UCS-2 for the rest: 3 x 67 characters), or is a listed exception.

Long translated texts are said in their SMS wording (bot.language.sms_words); the numbered quick replies are
in the conversation's language."""

from __future__ import annotations

import yaml

from bot.dialogue import fallback_words, handoff_words, next_steps, replies, rights_words
from bot.dialogue.questions import questions_in, retries_in
from bot.gateway import render, sms
from bot.language import choice, translations
from bot.language.sms_words import RESPONSES as SMS_RESPONSES, SHORTER, for_sms, shorter_in
from bot.language.translations import DOMAIN_FILE, TRANSLATED_RESPONSES
from bot.language.words import LANGUAGES
from bot.pathways import corrections
from bot.residents import rights

RESPONSES = yaml.safe_load(DOMAIN_FILE.read_text(encoding="utf-8"))["responses"]
# Texts that are still longer than three segments in a language, as measured; a text that comes to fit
# must leave this list (the test fails on a stale entry too), one that stops fitting must be shortened.
_TRANSLATED = ("ur", "pa", "ar", "pl", "ro")
EXCEPTIONS = {
    # Built from parts (the choices with their state, the erased facts and the receipt, the office hours and
    # the careers service's number, the stores held, the offer after the first routes with the WRONG hint): the SMS wording is swapped for whole texts only, so
    # these are still 4 to 6 UCS-2 segments. They need an SMS wording chosen where they are built.
    *((name, lang) for name in ("consent_menu", "erased", "handoff_offer", "next_steps_offer") for lang in _TRANSLATED),
    ("held_nothing", "pl"), ("held_nothing", "ro"), ("held_nothing", "ur"),
    # Roman Urdu is GSM-7 (160 a segment): only the offer after the first routes runs over, by one segment.
    ("next_steps_offer", "ur-latn"),
    # The referral's consent question (the facts shared, the follow-up offer) and its result (the reference,
    # the provider's next step, the follow-up): 4 to 5 UCS-2 segments, sent as two messages.
    *(("referral_question", lang) for lang in _TRANSLATED),
    *(("referral_done", lang) for lang in ("ur", "pa", "pl", "ro")),
}

def variation(name, lang):
    for said in RESPONSES[name]:
        conditions = said.get("condition") or []
        if (lang == "en" and not conditions) or any(c.get("value") == lang for c in conditions):
            return said


def texts_in(lang):
    """(name, one bot message) for every fixed text a resident can get by SMS."""
    out = [(name, {"text": variation(name, lang)["text"], "buttons": variation(name, lang).get("buttons", [])})
           for name in TRANSLATED_RESPONSES]
    out += [(f"question:{slot}", {"text": q.text, "buttons": q.button_dicts()}) for slot, q in questions_in(lang).items()]
    out += [(f"retry:{slot}", {"text": text}) for slot, text in retries_in(lang).items()]
    notice = choice.draft_notice(lang, [])
    out += [("draft_notice", {"text": notice})] if notice else []
    text, buttons = rights_words.menu(rights.Consent(), lang)
    out.append(("consent_menu", {"text": text, "buttons": buttons}))
    out.append(("consent_changed", {"text": rights_words.changed({"follow_ups": False}, retention_days=180,
                                                                  lang=lang)}))
    out.append(("held_nothing", {"text": rights_words.held_text([], lang)}))
    out.append(("erased", {"text": rights_words.erased(["age", "local_authority"], "K7Q2-9XWD", lang)}))
    text, buttons = handoff_words.callback_offer("Mon-Fri 9-5", "sms", lang)
    out.append(("handoff_offer", {"text": text, "buttons": buttons}))
    out.append(("handoff_booked", {"text": handoff_words.callback_booked("sms", "morning", None, 30, lang)}))
    text, buttons = fallback_words.suggestions([{"name": "faq_cost"}, {"name": "ask_why"}], lang=lang)
    out.append(("did_you_mean", {"text": text, "buttons": buttons}))
    out.append(("fallback", {"text": fallback_words.default_fallback(lang)}))
    text, buttons = next_steps.offer([{"status": "waitlist"}], on_phone=True, lang=lang)
    out.append(("next_steps_offer", {"text": text + " " + corrections.phone_hint(lang), "buttons": buttons}))
    # refer me and tell me when it opens, as a phone gets them (send me this on a phone is a routes page)
    route = {"id": "p1", "title": "Coding Bootcamp", "provider": "Code College",
             "next_step": {"text": "Apply online", "url": "https://example.org/apply"}}
    text, buttons = next_steps.referral_question(route, ["age", "local_authority"], 14, lang)
    out.append(("referral_question", {"text": text, "buttons": buttons}))
    out.append(("referral_done", {"text": next_steps.referral_done(route, "WM-7K3Q", follow_up_days=14, lang=lang)}))
    out.append(("subscribed", {"text": next_steps.subscribed(route, "sms", lang)}))
    out += [(f"next_steps:{name}", {"text": next_steps.text(name, lang)}) for name in next_steps.TEXTS]
    return out


def segments_of(message):
    return [sms.segments(body) for body in render.render_text([message], "sms").bodies]


def measured():
    return {(name, lang): segments_of(message) for lang in LANGUAGES for name, message in texts_in(lang)}


MEASURED = measured()


def test_every_sms_text_fits_three_ucs2_segments():
    too_long = {key for key, said in MEASURED.items() if len(said) > 1 or said[0].count > 3}
    assert sorted(too_long - EXCEPTIONS) == [] and sorted(EXCEPTIONS - too_long) == []


def test_translated_sms_texts_are_ucs2_and_english_stays_gsm7():
    for (name, lang), said in MEASURED.items():
        if lang == "en":
            assert all(s.encoding == "GSM-7" for s in said), name


def test_roman_urdu_sms_texts_stay_gsm7():
    # Written in Latin letters, a Roman Urdu text costs what an English one does: 160 characters a segment.
    for (name, lang), said in MEASURED.items():
        if lang == "ur-latn":
            assert all(s.encoding == "GSM-7" for s in said), name


def test_the_greeting_by_sms_is_its_short_wording_in_the_language():
    welcome = variation("utter_welcome", "pl")["text"]
    lang, short = for_sms(welcome)
    assert lang == "pl" and short.startswith("Cześć, tu Waymark") and "180" in short and '"forget me"' in short
    [body] = render.render_text([{"text": welcome}], "sms").bodies
    assert body == short and sms.segments(body).count <= 3


def test_english_sms_is_sent_as_written_unless_it_is_longer_than_three_segments():
    welcome = variation("utter_welcome", "en")["text"]
    assert for_sms(welcome) == (None, welcome)
    kickstart = variation("utter_faq_kickstart", "en")["text"]
    assert sms.segments(kickstart).count > 3
    assert list(shorter_in("en")) == [kickstart]
    assert "31 March 2022" in for_sms(kickstart)[1]


def test_numbered_options_are_in_the_conversations_language():
    question = questions_in("ur")["employment_status"]
    [body] = render.render_text([{"text": question.text, "buttons": question.button_dicts()}], "sms").bodies
    assert "جواب دیں: 1 " in body and "Reply" not in body
    english = questions_in("en")["employment_status"]
    [body] = render.render_text([{"text": english.text, "buttons": english.button_dicts()}], "sms").bodies
    assert "Reply 1 for Not working" in body


def test_a_short_quick_reply_still_answers_with_its_payload():
    question = questions_in("ar")["background"]
    reply = render.render_text([{"text": question.text, "buttons": question.button_dicts()}], "sms")
    assert [payload for _, payload in reply.options] == [payload for _, payload in question.buttons]
    assert sms.match_option("3", reply.options) == question.buttons[2][1]


def test_every_sms_wording_stands_beside_a_full_wording_of_the_catalogue():
    """A full wording edited without its SMS one would silently stop being swapped: fail instead."""
    template = {(m.context, m.id) for m in translations.messages(translations.read(translations.TEMPLATE))}
    for key, short in SHORTER.items():
        assert key in template and short in template, key
    assert set(SMS_RESPONSES) <= set(TRANSLATED_RESPONSES)


def test_sms_segment_figures_for_the_docs():
    """Prints the table docs/languages.md quotes (pytest -s): segments per text and language."""
    names = sorted({name for name, _ in MEASURED})
    for name in names:
        print(name, [sum(s.count for s in MEASURED.get((name, lang), [])) for lang in LANGUAGES])


def test_a_page_of_recommendations_by_sms_is_split_where_it_does_not_fit(loaded):
    """Three routes with their facts do not fit in three segments in any language (English included): the
    gateway sends the page as several messages of at most three segments each, cut between routes. Listed
    honestly as the exception it is; the figures are in docs/languages.md."""
    from bot.dialogue.profile import Profile
    from bot.language.words import words_for
    from bot.pathways.matching import match
    from tests.conftest import TODAY

    facts = {"age": 30, "local_authority": "Walsall", "interest": "data", "availability": "part_time"}
    for lang in LANGUAGES:
        with loaded() as session:
            result = match(session, Profile.from_mapping(facts), today=TODAY, words=words_for(lang))
        page = replies.recommendations_text(result, lang=lang)
        said = segments_of({"text": page})
        print("recommendations_page", lang, [s.count for s in said], sum(s.count for s in said))
        assert all(s.count <= 3 for s in said)
