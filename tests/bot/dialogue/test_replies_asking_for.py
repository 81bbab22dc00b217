"""Someone asking for another person ("my nephew is 18..."): the routes and corrections are about them,
said to the asker: "Here are the routes he could take", "OK, I've changed his age to 19"."""

from types import SimpleNamespace

import pytest

import re

from bot.dialogue import replies, rights_words
from bot.dialogue.about_them import ABOUT_THEM, PERSONS
from bot.language.words import words_for


def _result(scope):
    pathway = SimpleNamespace(id="p", title="Data bootcamp", provider="Aston University", next_step=SimpleNamespace(
        text="Apply online", url="https://example.org", phone=None), to_summary_dict=lambda: {"status": None})
    return SimpleNamespace(scope=scope, recommendations=[SimpleNamespace(pathway=pathway, why=[], conditions=[])],
                           near_misses=[], profile=SimpleNamespace(local_authority=None))


@pytest.mark.parametrize("asking_for, header", [
    ("he", "Here are the routes he could take:"), ("she", "Here are the routes she could take:"),
    ("they", "Here are the routes they could take:"), (None, "Here are the routes that fit you best:")])
def test_the_routes_are_said_to_be_theirs(asking_for, header):
    assert replies.recommendations_text(_result("wmca"), asking_for=asking_for).splitlines()[0] == header


def test_under_16_and_outside_the_area_speak_of_them_too():
    assert replies.recommendations_text(_result("under_16"), asking_for="she").startswith(
        "As she is under 16, the best place to start is her school")
    assert replies.recommendations_text(_result("outside_area"), asking_for="they").startswith(
        "As they live outside the area I cover, here are national and online routes they can use")


@pytest.mark.parametrize("lang, asking_for, scope, header", [
    ("pl", "she", "wmca", "Oto możliwości, z których ona może skorzystać:"),
    ("ur", "he", "outside_area", "چونکہ وہ میرے علاقے سے باہر رہتا ہے، یہ قومی اور آن لائن راستے ہیں جو وہ استعمال کر سکتا ہے:"),
    ("ar", "they", "area_unknown", "هذه طرق قد تناسب هذا الشخص:"),
])
def test_in_their_language_the_routes_are_said_to_be_theirs_too(lang, asking_for, scope, header):
    text = replies.recommendations_text(_result(scope), asking_for=asking_for, lang=lang)
    assert text.splitlines()[0] == header


def test_every_header_about_someone_else_is_in_every_language_and_differs_from_yours():
    from bot.language.words import LANGUAGES

    for lang in LANGUAGES:
        for scope in ("wmca", "outside_area", "under_16", "area_unknown"):
            yours = replies.recommendations_text(_result(scope), lang=lang).splitlines()[0]
            theirs = {p: replies.recommendations_text(_result(scope), asking_for=p, lang=lang).splitlines()[0]
                      for p in ("he", "she", "they")}
            assert yours not in theirs.values(), (lang, scope)
            if lang != "en":
                english = replies.recommendations_text(_result(scope), asking_for="he").splitlines()[0]
                assert english not in theirs.values(), (lang, scope)


@pytest.mark.parametrize("asking_for, words", [
    ("he", "OK, I've changed his age to 19 and where he lives to Walsall."),
    ("she", "OK, I've changed her age to 19 and where she lives to Walsall."),
    ("they", "OK, I've changed their age to 19 and where they live to Walsall."),
    (None, "OK, I've changed your age to 19 and where you live to Walsall.")])
def test_a_correction_is_about_them(asking_for, words):
    assert rights_words.corrected([("age", 19), ("local_authority", "Walsall")], asking_for) == words


def test_every_fact_reads_about_them_with_no_you_left():
    for name, phrase in replies.FACT_WORDS.items():
        if name in ("target_groups", "excluded_groups", "asking_for"):
            continue  # what the asker told us, not a fact about the other person
        said = replies.about_them(phrase, "he")
        assert " you" not in f" {said}" and "your" not in said, (name, said)


def _result_with_reason(reason, lang=None):
    """A route whose one reason is the match's own sentence (with its values), said in `lang`."""
    entry, values = reason
    result = _result("wmca")
    result.recommendations[0].why = [words_for(lang).say(entry, **values)]
    return result


_INTERESTED = (("reason", "it covers {topic}, which you are interested in"), {"topic": "coding"})


@pytest.mark.parametrize("asking_for, reason, said", [
    ("he", _INTERESTED, "It covers coding, which he is interested in."),
    ("she", (("reason", "it is for people who live in {place}, like you"), {"place": "Birmingham"}),
     "It is for people who live in Birmingham, like her."),
    ("they", (("reason", "online, so you can join from home"), {}), "Online, so they can join from home."),
    (None, _INTERESTED, "It covers coding, which you are interested in."),
])
def test_why_a_route_fits_is_said_of_the_person_asked_for(asking_for, reason, said):
    text = replies.recommendations_text(_result_with_reason(reason), asking_for=asking_for)
    assert said in text.splitlines()[1]


def test_in_another_language_the_reason_is_about_them_too():
    yours = replies.recommendations_text(_result_with_reason(_INTERESTED, "pl"), lang="pl").splitlines()[1]
    his = replies.recommendations_text(_result_with_reason(_INTERESTED, "pl"), asking_for="he",
                                       lang="pl").splitlines()[1]
    assert his != yours and "coding" in his
    assert words_for("pl").say(ABOUT_THEM[(_INTERESTED[0][1], "he")], topic="coding")[1:] in his


def test_a_later_page_speaks_of_them_too():
    result = _result_with_reason(_INTERESTED)
    text = replies.more_text(result, result.recommendations, 3, asking_for="she")
    assert "which she is interested in" in text


# "you" here is the resident who told us, whoever the route is for.
_ABOUT_WHAT_THE_ASKER_SAID = {"it is run for {who}, as you told us"}


def test_every_sentence_said_to_you_has_one_about_each_person_with_no_you_left():
    """Each reason, condition, near miss and change the match says to "you" is said about the person asked
    for too: a sentence the table misses would tell a mother "you are 19"."""
    said_to_you = [msgid for (ctx, msgid) in _match_sentences() if re.search(r"\b[Yy]ou(r)?\b", msgid)
                   and msgid not in _ABOUT_WHAT_THE_ASKER_SAID]
    for msgid in said_to_you:
        for person in PERSONS:
            entry = ABOUT_THEM.get((msgid, person))
            assert entry is not None, (msgid, person)
            about = entry[1].replace("you said", "")
            assert not re.search(r"\b[Yy]ou(r)?\b", about.replace("ask the provider what", "")), entry


def _match_sentences():
    """(context, msgid) of every sentence the match says, as extracted for translators."""
    from bot.language.translations import extract

    return [(m.context, m.id) for m in extract() if m.id
            and m.context in ("reason", "condition", "near_miss", "change", "schedule_why", "card")]
