"""Per-channel rendering of one bot turn."""

from bot.gateway.render import WHATSAPP_MAX_CHARS, plain, render_text, render_web, split_long, turn_language
from bot.gateway.sms import segments

from .conftest import PATHWAYS

BUTTONS = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]
CARDS = {"custom": {"type": "pathway_recommendations", "pathways": PATHWAYS, "near_misses": []}}


def test_web_keeps_structure_and_drops_junk():
    turn = [{"text": "Pick one", "buttons": BUTTONS + [{"title": "no payload"}, "junk"]},
            CARDS, {"custom": {"type": "something_else"}}, {"image": "https://x/y.png"}]
    messages = render_web(turn)
    assert messages[0] == {"text": "Pick one", "buttons": BUTTONS, "cards": [], "lang": "en", "dir": "ltr"}
    assert [c["id"] for c in messages[1]["cards"]] == ["wm-web-bootcamp", "wm-digital-esol"]
    assert len(messages) == 2


def test_card_with_missing_fields_still_has_the_contract_shape():
    (message,) = render_web([{"custom": {"type": "pathway_recommendations", "pathways": [{"id": "x"}]}}])
    assert message["cards"][0] == {"id": "x", "title": "", "provider": "", "kind": "", "why": [],
                                   "conditions": [], "status": "",
                                   "next_step": {"text": None, "url": None, "phone": None, "referral": None},
                                   "paid_by": "", "facts": [], "checked": {"text": "", "url": None}}


def test_sms_text_has_numbered_options_and_card_links():
    reply = render_text([{"text": "Pick one", "buttons": BUTTONS}], "sms")
    assert reply.bodies == ["Pick one\nReply 1 for Yes or 2 for No."]
    assert reply.options == [("Yes", "/affirm"), ("No", "/deny")]
    reply = render_text([{"text": "Here you go."}, CARDS], "sms")
    assert reply.bodies == ["Here you go.\nNext steps:\n- Web Development Bootcamp: https://example.org/apply\n"
                            "- Digital skills with ESOL: 0121 496 0000"]
    assert reply.options == []


def test_sms_folds_typography_and_markdown():
    (body,) = render_text([{"text": "**You’re** in – see [the course](https://example.org/c)"}], "sms").bodies
    assert body == "You're in - see the course: https://example.org/c"
    assert segments(body).encoding == "GSM-7"


def test_whatsapp_keeps_unicode_and_joins_messages():
    reply = render_text([{"text": "Great 👍"}, {"text": "Next question?"}], "whatsapp")
    assert reply.bodies == ["Great 👍\n\nNext question?"]


def test_whatsapp_splits_only_beyond_4096():
    text = " ".join(f"Sentence {i} is fine." for i in range(250))
    bodies = split_long(text, WHATSAPP_MAX_CHARS)
    assert len(bodies) == 2 and all(len(b) <= WHATSAPP_MAX_CHARS for b in bodies)
    assert all(b.endswith(".") for b in bodies)
    assert split_long("x" * 5000, 4096) == ["x" * 4096, "x" * 904]


def test_plain_collapses_blank_lines():
    assert plain("a\n\n\n\nb") == "a\n\nb"


FACTS = {"paid_by": "Paid for by West Midlands Combined Authority",
         "facts": ["Cost and dates: ask the provider"],
         "checked": {"text": "Checked 4 Dec 2026 — see the course page", "url": "https://example.org/course"}}


def test_a_card_carries_who_pays_the_facts_and_where_they_come_from():
    pathway = {**PATHWAYS[0], **FACTS, "status": None}
    (message,) = render_web([{"custom": {"type": "pathway_recommendations", "pathways": [pathway]}}])
    card = message["cards"][0]
    assert card["paid_by"] == "Paid for by West Midlands Combined Authority"
    assert card["facts"] == ["Cost and dates: ask the provider"]
    assert card["checked"] == FACTS["checked"]
    assert card["status"] == ""  # not known: the widget shows no status, never "Open for applications"


def test_a_card_drops_malformed_facts():
    pathway = {**PATHWAYS[0], "paid_by": 5, "facts": ["ok", 3, None], "checked": "x"}
    (message,) = render_web([{"custom": {"type": "pathway_recommendations", "pathways": [pathway]}}])
    card = message["cards"][0]
    assert (card["paid_by"], card["facts"], card["checked"]) == ("", ["ok"], {"text": "", "url": None})


def _in(lang, labels=None):
    return {"custom": {**CARDS["custom"], "lang": lang, "labels": labels if labels is not None else {
        "next": "Następny krok", "why": 3, "kinds": {"bootcamp": "bootcamp (pl)", "x": None}}}}


def test_cards_in_another_language_carry_their_lang_dir_and_clean_labels():
    [message] = render_web([_in("pl")])
    assert message["lang"] == "pl" and message["dir"] == "ltr"
    assert message["labels"] == {"next": "Następny krok", "kinds": {"bootcamp": "bootcamp (pl)"}, "statuses": {}}
    [urdu] = render_web([_in("ur", {})])
    assert urdu["lang"] == "ur" and urdu["dir"] == "rtl"
    [arabic] = render_web([_in("ar", {})])
    assert arabic["dir"] == "rtl"


def test_english_cards_for_someone_asked_for_bring_only_the_headings_said_of_them():
    labels = {"why": "Why it could suit her", "referral": "She needs a referral: ask her work coach or adviser.",
              "in_english": "(in English)", "next": 4}
    [message] = render_web([{"custom": {**CARDS["custom"], "labels": labels}}])
    assert message["lang"] == "en" and message["labels"] == {
        "why": "Why it could suit her", "referral": "She needs a referral: ask her work coach or adviser."}


def test_english_cards_and_an_unknown_language_add_no_labels_to_the_web_message():
    [english] = render_web([CARDS])
    assert set(english) == {"text", "buttons", "cards", "lang", "dir"} and english["lang"] == "en"
    [odd] = render_web([_in("xx")])
    assert set(odd) == {"text", "buttons", "cards", "lang", "dir"} and odd["lang"] == "en"


def test_every_message_carries_the_turns_language_and_direction():
    urdu = render_web([{"text": "آپ کی عمر کیا ہے؟"}, {"text": "شکریہ", "buttons": BUTTONS}], "ur")
    assert [(m["lang"], m["dir"]) for m in urdu] == [("ur", "rtl"), ("ur", "rtl")]
    assert [(m["lang"], m["dir"]) for m in render_web([{"text": "Cześć"}], "pl")] == [("pl", "ltr")]
    assert render_web([{"text": "hi"}], "xx")[0]["lang"] == "en"  # a code we do not speak is English


def test_a_recommendation_payloads_language_corrects_the_whole_turn():
    # The action reads the tracker's slot; the gateway's reckoning (here Urdu) gives way, English included.
    english_cards = {"custom": {**CARDS["custom"], "lang": "en"}}
    turn = render_web([{"text": "Here are your routes"}, english_cards], "ur")
    assert [m["lang"] for m in turn] == ["en", "en"]
    turn = render_web([{"text": "راستے"}, _in("ar", {})], "en")
    assert [(m["lang"], m["dir"]) for m in turn] == [("ar", "rtl"), ("ar", "rtl")]


def test_the_turns_language_follows_the_conversation_as_the_slot_does():
    assert turn_language(None, "hello") == "en"
    assert turn_language(None, "میں چوبیس سال کا ہوں اور برمنگھم میں رہتا ہوں") == "ur"
    assert turn_language("ur", "Birmingham") == "ur"  # later messages never flip it
    assert turn_language("ur", "English please") == "en"  # asking does
    assert turn_language("en", "po polsku") == "pl"
    assert turn_language(None, "hello", '/greet{"language":"ar"}') == "ar"  # the page's language
    assert turn_language("pl", "Evenings", '/inform{"availability": "evenings"}') == "pl"
    assert turn_language("pl", "x", "/greet{not json") == "pl"
    assert turn_language("xx", "hello") == "en"


def test_the_report_forms_words_reach_the_widget_in_the_cards_language():
    from bot.dialogue.route_facts import card_labels
    labels = card_labels("pl")
    [message] = render_web([_in("pl", labels)])
    for key in ("report", "report_question", "report_send", "report_said"):
        assert message["labels"][key] == labels[key] and message["labels"][key] != card_labels("en")[key]
    assert "{title}" in message["labels"]["report_question"]
