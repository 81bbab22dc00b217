"""Accuracy of bot.language.identify on the short-message set, per language, and CPU per call.

    python -m eval.languages.score_identify [--split heldout|dev|all] [--show-errors]

A message in a language is right when identify() names that language (Urdu in Latin letters: "ur-latn", Roman
Urdu, which is answered in those letters); a message under `none` is right when identify() makes no decision. CPU is process time per call, after langid's model is loaded.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path
from typing import Dict, List, Tuple

import yaml

from bot.language.identify import identify

SET = Path(__file__).with_name("identify.yml")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")


def load(split: str) -> Dict[str, List[str]]:
    data = yaml.safe_load(SET.read_text(encoding="utf-8"))
    splits = ("dev", "heldout") if split == "all" else (split,)
    return {lang: [m for s in splits for m in parts.get(s, [])] for lang, parts in data.items()}


def expected(lang: str, text: str):
    """The code identify() should give a message listed under `lang`."""
    if lang == "none":
        return None
    if lang == "ur" and not _ARABIC_SCRIPT.search(text):
        return "ur-latn"
    return lang


def score(messages: Dict[str, List[str]]) -> Tuple[Dict[str, Tuple[int, int]], List[Tuple[str, str, object]], float]:
    identify("warm up langid's model once, as a process does")
    per: Dict[str, Tuple[int, int]] = {}
    errors = []
    calls, cpu = 0, 0.0
    for lang, texts in messages.items():
        right = 0
        for text in texts:
            start = time.process_time()
            got = identify(text)
            cpu += time.process_time() - start
            calls += 1
            if got == expected(lang, text):
                right += 1
            else:
                errors.append((lang, text, got))
        per[lang] = (right, len(texts))
    return per, errors, cpu / max(calls, 1) * 1e6


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="heldout", choices=("dev", "heldout", "all"))
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args(argv)
    per, errors, micros = score(load(args.split))
    total_right = sum(r for r, _ in per.values())
    total = sum(n for _, n in per.values())
    print(f"split: {args.split}")
    for lang, (right, n) in per.items():
        print(f"  {lang:5} {right:3}/{n:<3} {100.0 * right / n:5.1f}%")
    print(f"  all   {total_right:3}/{total:<3} {100.0 * total_right / total:5.1f}%")
    print(f"CPU per call: {micros:.0f} µs")
    if args.show_errors:
        for lang, text, got in errors:
            print(f"  expected {lang}, got {got}: {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
