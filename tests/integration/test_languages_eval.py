"""The residents who write in their own language (eval/residents/languages/) and the check for replies in
another language (scripts/eval_languages.py). The scores themselves are figures in docs/languages.md;
these tests keep the set valid and the wrong-language check honest."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from bot.settings import ROOT


def _driver():
    for name in ("eval_residents", "eval_languages"):
        if name not in sys.modules:
            spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module
            spec.loader.exec_module(module)
    return sys.modules["eval_languages"]


CATALOGUE_WORDS = ["Free level 3 courses for jobs in the West Midlands (WMCA)",
                   "Ask the provider about the next start date."]


def test_every_language_has_residents_in_both_parts():
    residents = _driver().load("all")
    for lang in ("ur", "pa", "ar", "pl", "ro"):
        parts = {r["part"] for r in residents if r["language"] == lang}
        assert parts == {"dev", "heldout"}, lang


def test_an_english_reply_in_a_polish_conversation_is_counted():
    driver = _driver()
    assert driver.in_another_language("Sorry, I didn't understand that. How old are you?", "pl", CATALOGUE_WORDS)


def test_a_polish_reply_naming_an_english_course_and_a_command_is_not_counted():
    driver = _driver()
    text = ('Oto trasy, które najlepiej do Ciebie pasują: 1. Free level 3 courses for jobs in the West Midlands '
            '(WMCA). Napisz "more", aby zobaczyć inne, albo "why", aby poznać powody.')
    assert not driver.in_another_language(text, "pl", CATALOGUE_WORDS)


def test_an_urdu_script_reply_to_a_roman_urdu_resident_is_counted():
    assert _driver().in_another_language("آپ کی عمر کتنی ہے؟", "ur-latn", CATALOGUE_WORDS)
    assert not _driver().in_another_language("Aap ki umar kya hai?", "ur-latn", CATALOGUE_WORDS)


def test_a_roman_urdu_reply_with_a_providers_text_cut_short_is_not_counted():
    text = ("Yeh raaste aap ke liye sab se behtar hain:\n1. Free level 3 courses for jobs in the West Midlands "
            "(WMCA). Qeemat: Free for eligible WMCA residents, paid for by the West Midlands Combined… "
            "Agla qadam: Ask a local college which level 3 digital courses are free for you, or search… "
            "Tareekhein: provider se poochein.")
    assert not _driver().in_another_language(text, "ur-latn", CATALOGUE_WORDS)


def test_a_roman_urdu_card_quoting_a_next_step_without_its_full_stop_and_its_source_note_is_not_counted():
    text = ("Yeh raaste aap ke liye sab se behtar hain: 1. Skills Bootcamps across England. Agla qadam: Search GOV.UK's "
            "Find a Skills Bootcamp for digital bootcamps in your area or online, and apply to the provider (English mein) "
            "(https://www.gov.uk/guidance/find-a-skills-bootcamp). Check kiya: 4 Dec 2026 — jahan se humein mila dekhein: "
            "https://explore-education-statistics.service.gov.uk/methodology/skills-bootcamps-starts (DfE statistics "
            "methodology: free, flexible courses of up to 16 weeks with the offer of a job interview.")
    words = _driver()._catalogue_words({"bootcamps": {
        "next_step": {"text": "Search GOV.UK's Find a Skills Bootcamp for digital bootcamps in your area or online, "
                              "and apply to the provider."},
        "source": "https://explore-education-statistics.service.gov.uk/methodology/skills-bootcamps-starts (DfE "
                  "statistics methodology: free, flexible courses of up to 16 weeks with the offer of a job "
                  "interview; digital bootcamps in cyber security, coding)"}})
    assert not _driver().in_another_language(text, "ur-latn", words)
    assert _driver().in_another_language("Search for a bootcamp near you and apply to the provider today, please.",
                                          "ur-latn", words)


# A ratchet on the language residents' held-out part, measured against the real assistant (docs/languages.md):
# before answers and statements were read in residents' own languages, 3 of 22 fully right; after, 20 of 22.
# With 20 more held-out residents written (42), measured once: 37 of 42. With 68 more written after the
# situations pass (110, 22 per language), measured once: 91 of 110, and one route whose schedule does not fit
# what the resident said of their time (Arabic) — left as measured rather than looked into, so that the
# held-out part stays unread. The gate sits two residents inside it, for a model retrained on another
# machine. Replies in another language must stay at none. After two more blind development batches in the
# five languages (towns in the resident's script, asking for a relative without an age, work said in everyday
# words): 94 of 110. Roman Urdu answered in Roman Urdu (and checked for it): 94 of 110, 0 in another language.
# After a fifth batch (workplaces closing, jobs said as "I am a ...", a study time after the wish): 95 of 110.
# After a sixth (place names in the resident's script matched by sound, moving into a field from work named,
# being free at a time): 96 of 110.
# Twelve more held-out residents (a seventh blind batch, two per language and two in Roman Urdu): 100 of 122,
# and 6 ineligible (5 schedule, 1 age) measured the same with the code before that batch's fixes — the new
# residents', not a change in the code. After fixes from two development batches on times and ages in Arabic
# and Punjabi ("every day, but mornings", "not every day", school time): 100 of 122 and 4. The limit is that
# measured figure: it stays a regression gate, and the target (0) is not met.
# Ten more held-out residents (an eighth blind batch, two per language, English terms in the resident's script):
# 104 of 132 on first sight and after that batch's fixes, 4 ineligible as before.
# Twenty more (ninth and tenth blind batches, four per language): 106 of 142 and 7 ineligible after the ninth (the
# new residents': 2 schedule, 3 place in Arabic and Punjabi), 111 of 152 and 7 after the tenth batch's fixes.
# Thirty more (eleventh to fourteenth blind batches, six per language): 114 of 167 and 11 ineligible with the
# first fifteen on the code before their batches' fixes (3 of 15 on first sight; 4 more ineligible, 3 of them
# places in Arabic, not read), 115 of 167 after the fixes from the development residents written with them,
# 119 of 182 and 12 with the last fifteen on first sight (4 of 15; one more by age), 122 of 182 and 12 after
# their development residents' fixes. The limit is raised to that measured figure for the new residents: it
# stays a regression gate, and the target (0) is not met.
# Twenty more (fifteenth to eighteenth blind batches, four per language): 123 of 192 and 15 ineligible with the
# first ten on the code before any fix (1 of 10 on first sight: ages in words, hours, replies taken for
# requests), 125 of 192 and 12 after that batch's fixes, 129 of 202 and 12 with the second ten (4 of 10 on
# first sight), 131 of 202 and 12 after the second batch's fixes.
# Twenty more (nineteenth blind batch, four per language): 141 of 222 and 12 ineligible with the code of the same
# pass's first fixes (the new residents' first sight was not measured apart); 141 of 222 and 6 after a need no
# longer lifts a class in one town above the rest for a resident whose home is unknown (Arabic place
# ineligibles 6 to 0, unread). Limit: the measured figure plus one.
# Twenty more (twentieth blind batch, four per language): 11 of 20 on first sight with 2 ineligible (152 of 242
# and 8 counting the rest as before); 151 of 242 and 7 after that batch's fixes (unread).
# Twenty more (twenty-first blind batch, four per language, one Arabizi): 4 of 20 on first sight with 3
# ineligible; 158 of 262 and 9 after that batch's fixes (unread), no reply in another language.
# Twenty more (twenty-second blind batch, four per language, one Arabizi): 6 of 20 on first sight, none
# ineligible, one reply counted as another language (a card's English catalogue text the check did not strip, as
# in two development residents); 166 of 282 and 8 after that batch's fixes (unread), no reply in another language.
# Twenty more (twenty-third blind batch, four per language): 9 of 20 on first sight, none ineligible; 183 of 302
# and 8 after that batch's fixes (unread; the old part 173), no reply in another language.
# Fifty more (twenty-fourth blind batch, ten per language, two Arabizi, never read): 219 of 352 and 9 ineligible
# on first scoring with the rest (the fifty not split out; the part before had been 183 of 302 and 8); 224 of 352
# and 9 after the development part's classes were read again (unread); no reply in another language.
# The twenty-fifth batch's classes (a change of field beside work, Arabizi, Arabic fields as typed, Urdu and
# Punjabi as typed, not knowing what to learn; eighty development residents, none held out): 230 of 352 and 9
# (unread).
LANGUAGES_FULLY_RIGHT = 228
LANGUAGES_INELIGIBLE_AT_MOST = 10


@pytest.fixture(scope="module")
def languages_held_out(running_bot):
    driver = _driver()
    er = sys.modules["eval_residents"]
    return driver.evaluate(er.Assistant(running_bot.config.rasa_url, running_bot.config.rasa_token), "heldout")


@pytest.mark.integration
def test_held_out_residents_in_their_own_language_are_answered_in_it_and_reach_the_right_routes(languages_held_out):
    fully = sum(part["fully_right"] for part in languages_held_out.values())
    wrong = sum(part["replies_in_another_language"] for part in languages_held_out.values())
    ineligible = sum(part["ineligible_recommendations"] for part in languages_held_out.values())
    assert wrong == 0
    assert ineligible <= LANGUAGES_INELIGIBLE_AT_MOST
    assert fully >= LANGUAGES_FULLY_RIGHT, {name: part["fully_right"] for name, part in languages_held_out.items()}
