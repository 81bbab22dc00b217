"""One home for words: every closed value has exactly one entry, and no module keeps a table of its own."""

import ast
from pathlib import Path

import pytest

import bot
from bot.dialogue import slots
from bot.language import vocab, words
from bot.language.words import ENGLISH, TABLES, words_for

BOT = Path(bot.__file__).parent

# Each table that says a closed vocabulary covers that vocabulary exactly.
COVERS = {
    "employment_who": vocab.EMPLOYMENT_STATUSES,
    "background_who": vocab.BACKGROUNDS,
    "immigration_who": vocab.IMMIGRATION_STATUSES,
    "english_level": vocab.ENGLISH_LEVELS,
    "group_who": vocab.TARGET_GROUPS,
    "kind_noun": vocab.KINDS,
    "schedule_why": vocab.SCHEDULES,
    "schedule_only": vocab.SCHEDULES,
    "topic": vocab.TOPICS,
    "digital_confidence": vocab.DIGITAL_CONFIDENCE,
    "language": words.LANGUAGES,
    "qualification_level": tuple(range(9)),
    "level_example": tuple(range(9)),
    "fact_phrase": vocab.PROFILE_FACTS + slots.VOLUNTEERED,
}
# Every value a resident can hold is said back to them ("what do you know about me").
HELD = (vocab.BACKGROUNDS + vocab.EMPLOYMENT_STATUSES + vocab.SCHEDULES + vocab.IMMIGRATION_STATUSES
        + vocab.ENGLISH_LEVELS + (vocab.INTEREST_NOT_SURE, vocab.INCOME_DECLINED))
# Dicts keyed by vocabulary values that are not words for a resident or a report.
NOT_WORDS = {
    # the handoff packet's language code for a worker ("en (basic)"), not a phrase shown to anyone
    ("bot/dialogue/handoff_words.py", "language"),
}


@pytest.mark.parametrize("table, values", sorted(COVERS.items()))
def test_each_vocabulary_table_has_exactly_one_entry_per_value(table, values):
    assert sorted(TABLES[table], key=str) == sorted(set(values), key=str)


def test_every_value_a_resident_can_hold_is_said_back_in_words():
    assert set(HELD) <= set(TABLES["held_value"]) | {"refugee"}


def test_every_entry_is_a_gettext_message_whose_context_is_its_table():
    for name, entries in TABLES.items():
        for key, (context, msgid) in entries.items():
            assert context == name and msgid.strip() == msgid and msgid, (name, key)


def _vocabulary_values() -> set:
    values = set()
    for name in ("KINDS", "TOPICS", "SCHEDULES", "DELIVERIES", "STATUSES", "BACKGROUNDS", "EMPLOYMENT_STATUSES",
                 "IMMIGRATION_STATUSES", "ENGLISH_LEVELS", "DIGITAL_CONFIDENCE", "TARGET_GROUPS", "INTERESTS"):
        values |= set(getattr(vocab, name))
    return values


def _enclosing_functions(tree: ast.AST) -> dict:
    owner = {}
    for fn in ast.walk(tree):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for node in ast.walk(fn):
                owner.setdefault(id(node), fn.name)
    return owner


def test_no_module_outside_the_words_home_keeps_a_table_of_words_for_vocabulary_values():
    values = _vocabulary_values()
    stray = []
    for path in sorted(BOT.rglob("*.py")):
        rel = path.relative_to(BOT.parent).as_posix()
        if rel == "bot/language/words.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        owner = _enclosing_functions(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Dict):
                continue
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
            phrases = [v for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
                       and " " in v.value]
            if len(set(keys) & values) >= 2 and phrases and (rel, owner.get(id(node))) not in NOT_WORDS:
                stray.append(f"{rel}:{node.lineno}")
    assert stray == []


def test_english_words_are_the_msgids_themselves():
    assert ENGLISH("kind_noun", "kickstart") == "placement"
    assert ENGLISH("held_value", "unemployed") == "not working"
    assert ENGLISH("held_value", "web_design") == "web design"  # no entry: the value in plain words


def test_a_language_is_built_once_per_process():
    assert words_for("pl") is words_for("pl")
    with pytest.raises(ValueError):
        words_for("xx")
