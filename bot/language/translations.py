"""The gettext catalogues of the words home: extract, update, status and review.

    python -m bot translations extract            re-extract bot/locale/waymark.pot from bot/
    python -m bot translations update             bring every language's .po up to the .pot
    python -m bot translations status             per language: strings, translated, reviewed
    python -m bot translations review LANG MSGID --by NAME
    python -m bot translations review LANG --all-in FILE --by NAME
    python -m bot translations domain             write domain.yml's responses in each language

The domain's responses (the greeting and privacy notice, goodbye, "forget me"...) are said by Rasa itself,
without an action: their English stays in domain.yml, where `extract` reads it (the response's name is the
message's context), and `domain` writes each language's translation under it as a conditional response
variation on the `language` slot. Rasa picks the variation when it says the response, so a translated
greeting costs no action call; tests/bot/language/test_translations.py fails while domain.yml is stale.

A draft translation carries gettext's `fuzzy` flag until a fluent speaker has checked it; `review` clears
the flag and records who and when in the entry's translator comments, where translators' tools show it.
A MSGID may be given as CONTEXT|MSGID when the same English is in two tables.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

import yaml

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from bot.language.words import DOMAIN, LANGUAGES, LOCALE_DIR, _load, catalogue_path, locale_name

ROOT = LOCALE_DIR.parent.parent
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"
KEYWORDS = {"P_": ((1, "c"), 2)}
COMMENT_TAGS = ("TRANSLATORS:",)
TRANSLATED = tuple(lang for lang in LANGUAGES if lang != "en")
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%(?:\([A-Za-z_]+\))?[sdif]")


DOMAIN_FILE = ROOT / "domain.yml"
# The responses a resident meets in the intake and around it, and the FAQ answers. The answers state facts
# (funding, ages, dates, durations) a translation must not drift from: tests/bot/language/test_faq_translations.py
# fails when a translation's figures differ from the English ones.
FAQ_RESPONSES = ("utter_faq_hnc", "utter_faq_bootcamp", "utter_faq_kickstart", "utter_faq_esol", "utter_faq_cost",
                 "utter_faq_universal_credit", "utter_faq_laptop", "utter_faq_no_qualifications")
TRANSLATED_RESPONSES = ("utter_welcome", "utter_greet_again", "utter_goodbye", "utter_you_are_welcome", "utter_ok",
                        "utter_decline_ok", "utter_didnt_catch", "utter_start_again", "utter_out_of_scope",
                        "utter_abuse", "utter_unreadable", "utter_confirm_forget_me",
                        "utter_forget_me_cancelled") + FAQ_RESPONSES
BUTTON = ".button"  # a response's quick-reply titles: context "<response>.button"
_GENERATED = ("    # generated from bot/locale by `python -m bot translations domain`: "
              "edit the .po files, not these lines")
_GENERATED_END = "    # end of generated translations"


def _english_variation(name: str, responses: Dict[str, Any]) -> Dict[str, Any]:
    [variation] = [v for v in responses[name] if not v.get("condition")]
    return variation


def domain_messages(domain_text: str) -> List[Tuple[str, str, Optional[str]]]:
    """(context, English, translator comment) for the translated responses' texts and button titles."""
    responses = yaml.safe_load(domain_text)["responses"]
    out = []
    for name in TRANSLATED_RESPONSES:
        variation = _english_variation(name, responses)
        out.append((name, variation["text"], "said by Rasa from domain.yml; keep quoted commands in English "
                                             '("forget me", "more", "start again"): they are what is understood'))
        for button in variation.get("buttons") or []:
            out.append((name + BUTTON, button["title"], "a quick reply: short, and typed back by some residents"))
    return out


def extract() -> Catalog:
    """Every P_ message in bot/, with its table as context and the table's TRANSLATORS comment, and the
    domain's translated responses with their names as context."""
    catalog = Catalog(project="Waymark", domain=DOMAIN, charset="utf-8")
    for context, message, comment in domain_messages(DOMAIN_FILE.read_text(encoding="utf-8")):
        catalog.add(message, context=context, auto_comments=[comment], locations=[("domain.yml", None)])
    for filename, lineno, message, comments, context in extract_from_dir(
            str(ROOT / "bot"), method_map=[("**.py", "python")], keywords=KEYWORDS,
            comment_tags=COMMENT_TAGS, strip_comment_tags=True):
        existing = catalog.get(message, context)
        if existing is None:
            catalog.add(message, context=context, auto_comments=comments, locations=[(f"bot/{filename}", None)])
    return catalog


def _write(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, include_lineno=False, sort_by_file=False)


def read(path: Path, lang: Optional[str] = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale_name(lang) if lang else None, domain=DOMAIN)


def write_template() -> Catalog:
    catalog = extract()
    _write(catalog, TEMPLATE)
    return catalog


def update() -> None:
    template = read(TEMPLATE)
    for lang in TRANSLATED:
        path = catalogue_path(lang)
        if path.exists():
            catalog = read(path, lang)
        else:
            catalog = Catalog(locale=locale_name(lang), domain=DOMAIN, project="Waymark")
        catalog.update(template, no_fuzzy_matching=True)
        _write(catalog, path)


def messages(catalog: Catalog) -> List[Message]:
    return [m for m in catalog if m.id]


def status() -> Dict[str, Tuple[int, int, int]]:
    """lang -> (strings, translated, reviewed); a fuzzy (draft) entry is translated but not reviewed."""
    total = len(messages(read(TEMPLATE)))
    out = {}
    for lang in TRANSLATED:
        path = catalogue_path(lang)
        entries = messages(read(path, lang)) if path.exists() else []
        translated = [m for m in entries if m.string]
        out[lang] = (total, len(translated), sum(1 for m in translated if not m.fuzzy))
    return out


def placeholders(text: str) -> List[str]:
    return sorted(_PLACEHOLDER.findall(text or ""))


def _matches(message: Message, wanted: str) -> bool:
    if "|" in wanted:
        context, msgid = wanted.split("|", 1)
        return message.context == context and message.id == msgid
    return message.id == wanted


def review(lang: str, wanted: Iterable[str], by: str, today: Optional[dt.date] = None) -> List[str]:
    """Clear `fuzzy` on the entries named and note the reviewer; returns what could not be found."""
    if lang not in TRANSLATED:
        raise ValueError(f"unknown language {lang!r}; one of {', '.join(TRANSLATED)}")
    if not by.strip():
        raise ValueError("say who reviewed (--by NAME)")
    path = catalogue_path(lang)
    catalog = read(path, lang)
    note = f"reviewed by {' '.join(by.split())} on {(today or dt.date.today()).isoformat()}"
    missing = []
    for item in wanted:
        found = [m for m in messages(catalog) if _matches(m, item)]
        if not found or not all(m.string for m in found):
            missing.append(item)
            continue
        for message in found:
            message.flags.discard("fuzzy")
            message.user_comments = [c for c in message.user_comments if not c.startswith("reviewed by ")] + [note]
    _write(catalog, path)
    return missing


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def _variations(name: str, english: Dict[str, Any]) -> List[str]:
    lines = [_GENERATED]
    for lang in TRANSLATED:
        translations, _ = _load(lang)
        lines.append(f"    - text: {_quoted(translations.pgettext(name, english['text']))}")
        if english.get("buttons"):
            lines.append("      buttons:")
            for button in english["buttons"]:
                lines.append(f"        - title: {_quoted(translations.pgettext(name + BUTTON, button['title']))}")
                lines.append(f"          payload: {button['payload']}")
        lines += ["      condition:", "        - type: slot", "          name: language", f"          value: {lang}"]
    return lines + [_GENERATED_END]


def domain_with_translations(domain_text: str) -> str:
    """domain.yml with each translated response followed by its variation in every language (replacing
    what an earlier run wrote); everything else is left byte for byte."""
    responses = yaml.safe_load(domain_text)["responses"]
    out: List[str] = []
    skipping = False
    for line in domain_text.split("\n"):  # drop what an earlier run generated
        if line == _GENERATED:
            skipping = True
        elif line == _GENERATED_END:
            skipping = False
        elif not skipping:
            out.append(line)
    result: List[str] = []
    block: Optional[str] = None  # the translated response whose lines are being copied
    for line in out + [None]:  # None: the end of the file closes the last block
        key = re.match(r"^  (utter_\w+):\s*$", line) if line is not None else None
        if block is not None and (line is None or re.match(r"^ {0,2}\S", line)):  # the next key or comment
            trailing = []
            while result and not result[-1].strip():
                trailing.append(result.pop())
            result += _variations(block, _english_variation(block, responses)) + trailing
            block = None
        if line is None:
            break
        if key and key.group(1) in TRANSLATED_RESPONSES:
            block = key.group(1)
        result.append(line)
    return "\n".join(result)


def write_domain() -> None:
    DOMAIN_FILE.write_text(domain_with_translations(DOMAIN_FILE.read_text(encoding="utf-8")), encoding="utf-8")


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot translations", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("extract")
    sub.add_parser("update")
    sub.add_parser("status")
    sub.add_parser("domain")
    rev = sub.add_parser("review")
    rev.add_argument("lang")
    rev.add_argument("msgid", nargs="?")
    rev.add_argument("--all-in", dest="all_in", type=Path, help="a file with one MSGID (or CONTEXT|MSGID) a line")
    rev.add_argument("--by", required=True, help="the fluent reviewer's name")
    args = parser.parse_args(argv)
    if args.command == "extract":
        print(f"{len(messages(write_template()))} strings in {TEMPLATE.relative_to(ROOT)}")
    elif args.command == "update":
        update()
        print("updated " + ", ".join(TRANSLATED))
    elif args.command == "domain":
        write_domain()
        print(f"wrote {len(TRANSLATED_RESPONSES)} responses in {', '.join(TRANSLATED)} into domain.yml")
    elif args.command == "status":
        print(f"{'lang':5} {'strings':>8} {'translated':>11} {'reviewed':>9}")
        for lang, (total, translated, reviewed) in status().items():
            print(f"{lang:5} {total:8} {translated:11} {reviewed:9}")
    else:
        if (args.msgid is None) == (args.all_in is None):
            parser.error("give one MSGID or --all-in FILE")
        wanted = [args.msgid] if args.msgid else [
            line.strip() for line in args.all_in.read_text(encoding="utf-8").splitlines() if line.strip()]
        try:
            missing = review(args.lang, wanted, args.by)
        except ValueError as error:
            print(error, file=sys.stderr)
            return 2
        print(f"reviewed {len(wanted) - len(missing)} of {len(wanted)}")
        for item in missing:
            print(f"  not found or not translated: {item}", file=sys.stderr)
        return 1 if missing else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
