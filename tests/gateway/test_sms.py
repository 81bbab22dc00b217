"""Segment arithmetic and splitting: GSM-7 (160/153, extension chars count 2) and UCS-2 (70/67)."""

from bot.gateway import sms
from bot.gateway.sms import match_option, numbered_options, segments, split_message

OPTIONS = [("Evenings", "/a"), ("Full time", "/b"), ("Weekends only", "/c")]


def test_gsm7_single_and_multipart_boundaries():
    assert segments("a" * 160) == sms.Segments("GSM-7", 1, 160)
    assert segments("a" * 161).count == 2
    assert segments("a" * 306).count == 2
    assert segments("a" * 307).count == 3


def test_gsm7_basic_set_includes_pound_and_accents():
    assert segments("£9.50 an hour, café, Ñ, ß").encoding == "GSM-7"


def test_extension_characters_count_two_septets():
    assert segments("€" * 80) == sms.Segments("GSM-7", 1, 160)
    assert segments("€" * 81).count == 2
    assert segments("[{~}]|^\\").units == 16


def test_escape_pair_is_never_split_across_segments():
    # 306 septets would be exactly two 153-septet segments, but the euro cannot straddle them.
    text = "a" * 152 + "€" + "a" * 152
    assert segments(text).units == 306
    assert segments(text).count == 3


def test_emoji_and_non_gsm_switch_to_ucs2():
    assert segments("Hi 😀").encoding == "UCS-2"
    assert segments("😀" * 35) == sms.Segments("UCS-2", 1, 70)  # emoji are surrogate pairs
    assert segments("😀" * 36).count == 2
    assert segments("ą" * 70).count == 1
    assert segments("ą" * 71).count == 2
    assert segments("ą" * 134).count == 2
    assert segments("ą" * 135).count == 3


def test_typographic_punctuation_is_folded_to_keep_gsm7():
    text = sms.fold("You’re eligible – it’s “free”…")
    assert text == "You're eligible - it's \"free\"..."
    assert segments(text).encoding == "GSM-7"


def test_split_at_sentence_boundaries_within_three_segments():
    text = " ".join(f"Sentence number {i} is here." for i in range(60))
    bodies = split_message(text)
    assert len(bodies) > 1
    assert all(segments(b).count <= 3 for b in bodies)
    assert all(b.endswith(".") for b in bodies)
    assert " ".join(bodies) == text


def test_split_ucs2_respects_smaller_segments():
    text = " ".join(f"Próba {i} 😀 zdanie." for i in range(40))
    bodies = split_message(text)
    assert all(segments(b).encoding == "UCS-2" and segments(b).count <= 3 for b in bodies)
    assert all(segments(b).units <= 3 * 67 for b in bodies)


def test_split_keeps_short_text_whole_and_lines():
    assert split_message("Hello.\nReply 1 for A or 2 for B.") == ["Hello.\nReply 1 for A or 2 for B."]
    assert split_message("   ") == []


def test_split_hard_cuts_an_endless_word():
    bodies = split_message("x" * 1000)
    assert "".join(bodies) == "x" * 1000
    assert all(segments(b).count <= 3 for b in bodies)


def test_numbered_options_text():
    assert numbered_options(["Evenings", "Full time"]) == "Reply 1 for Evenings or 2 for Full time."
    assert numbered_options(["Yes"]) == "Reply 1 for Yes."
    assert numbered_options([]) == ""


def test_match_option_by_number_and_words():
    assert match_option("1", OPTIONS) == "/a"
    assert match_option(" 2. ", OPTIONS) == "/b"
    assert match_option("option 3", OPTIONS) == "/c"
    assert match_option("full time", OPTIONS) == "/b"
    assert match_option("Weekends only!", OPTIONS) == "/c"
    assert match_option("1 evenings", OPTIONS) == "/a"


def test_match_option_refuses_guesses():
    assert match_option("4", OPTIONS) is None
    assert match_option("0", OPTIONS) is None
    assert match_option("weekends", OPTIONS) is None  # a prefix is not a choice
    assert match_option("I'm 24", OPTIONS) is None
    assert match_option("1", []) is None
