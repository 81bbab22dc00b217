"""The gettext catalogues: the .pot is what the code marks, each .po has its entries with the same
placeholders, drafts stay fuzzy until reviewed, and a review records who and when."""

import datetime as dt
import shutil

import pytest

from bot.language import translations, words
from bot.language.translations import TEMPLATE, TRANSLATED, extract, placeholders, read, review, status
from bot.language.words import catalogue_path, load_translations


def _keys(catalog):
    return {(m.context, m.id) for m in translations.messages(catalog)}


def test_the_template_is_current_re_extracting_gives_the_same_messages():
    assert _keys(extract()) == _keys(read(TEMPLATE))


def test_every_word_in_the_words_home_is_in_the_template():
    # The template also holds the sentences marked with P_ where they are said (questions, problems...).
    assert {entry for table in words.TABLES.values() for entry in table.values()} <= _keys(read(TEMPLATE))


@pytest.mark.parametrize("lang", TRANSLATED)
def test_each_language_has_the_templates_messages_with_the_same_placeholders(lang):
    catalog = read(catalogue_path(lang), lang)
    assert _keys(catalog) == _keys(read(TEMPLATE))
    for message in translations.messages(catalog):
        if message.string:
            assert placeholders(message.string) == placeholders(message.id), (lang, message.id)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_an_entry_without_the_fuzzy_flag_says_who_reviewed_it(lang):
    for message in translations.messages(read(catalogue_path(lang), lang)):
        if message.string and not message.fuzzy:
            assert any(c.startswith("reviewed by ") for c in message.user_comments), (lang, message.id)


def test_placeholders_are_compared_by_name():
    assert placeholders("For {who}, %s") == placeholders("Dla {who}, %s")
    assert placeholders("For {who}") != placeholders("Dla {kto}")


def test_drafts_are_said_until_reviewed_and_english_needs_no_catalogue():
    assert words.words_for("pl")("kind_noun", "kickstart") != "placement"
    assert load_translations("en").gettext("placement") == "placement"


@pytest.fixture
def locale_copy(tmp_path, monkeypatch):
    shutil.copytree(words.LOCALE_DIR, tmp_path / "locale")
    monkeypatch.setattr(words, "LOCALE_DIR", tmp_path / "locale")
    monkeypatch.setattr(translations, "TEMPLATE", tmp_path / "locale" / "waymark.pot")
    return tmp_path / "locale"


def test_status_counts_drafts_as_translated_but_not_reviewed(locale_copy):
    total, translated, reviewed = status()["pl"]
    assert total == len(translations.messages(read(TEMPLATE)))
    assert translated == total and reviewed == 0


def test_a_review_clears_fuzzy_and_records_who_and_when(locale_copy):
    missing = review("pl", ["kind_noun|placement", "held_value|not working"], by="Anna  Nowak",
                     today=dt.date(2026, 12, 4))
    assert missing == []
    catalog = read(catalogue_path("pl"), "pl")
    entry = catalog.get("placement", "kind_noun")
    assert not entry.fuzzy and entry.user_comments == ["reviewed by Anna Nowak on 2026-12-04"]
    assert catalog.get("programme", "kind_noun").fuzzy  # nothing else changes
    assert status()["pl"][2] == 2


def test_a_review_from_a_file_reports_what_it_could_not_find(locale_copy, tmp_path, capsys):
    listed = tmp_path / "checked.txt"
    listed.write_text("kind_noun|placement\nno such message\n", encoding="utf-8")
    assert translations.main(["review", "pl", "--all-in", str(listed), "--by", "Anna Nowak"]) == 1
    captured = capsys.readouterr()
    assert "reviewed 1 of 2" in captured.out and "no such message" in captured.err


def test_a_review_needs_a_known_language_and_a_reviewer(locale_copy, capsys):
    assert translations.main(["review", "xx", "placement", "--by", "Anna"]) == 2
    with pytest.raises(ValueError):
        review("pl", ["placement"], by=" ")
