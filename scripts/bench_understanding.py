"""Benchmark: CPU per message of the fact extractor (bot.language.understanding) on the held-out intent
sets, per language, with no question open and with one open (the answer tables then run too).

Not a test. Single-threaded, process CPU time, best of --rounds passes. Figures go to docs/languages.md.

    .venv/bin/python scripts/bench_understanding.py
    .venv/bin/python scripts/bench_understanding.py --rounds 5
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path
from typing import Dict, List, Optional

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.language import nlp as pipeline  # noqa: E402
from bot.language.places import Gazetteer  # noqa: E402
from bot.language.understanding import Understanding  # noqa: E402

SETS = {"en": "tests/test_nlu.yml", "ur": "tests/test_nlu_ur.yml", "pa": "tests/test_nlu_pa.yml",
        "ar": "tests/test_nlu_ar.yml", "pl": "tests/test_nlu_pl.yml", "ro": "tests/test_nlu_ro.yml"}
_ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def messages(path: Path) -> List[str]:
    out = []
    for item in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
        for line in (item.get("examples") or "").splitlines():
            line = line.strip()
            if line.startswith("- "):
                out.append(_ANNOTATION.sub(r"\1", line[2:]))
    return out


def cpu_ms(u: Understanding, texts: List[str], language: Optional[str], asked: Optional[str], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for text in texts:
            u.extract(text, asked=asked, language=language)
        best = min(best, time.process_time() - start)
    return 1000 * best / max(1, len(texts))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    gazetteer = Gazetteer.load(ROOT / "bot" / "data" / "gazetteer.yml")
    u = Understanding(pipeline.create_nlp(gazetteer), gazetteer)
    rows: Dict[str, List[float]] = {}
    for lang, rel in SETS.items():
        texts = messages(ROOT / rel)
        held = None if lang == "en" else lang
        rows[lang] = [len(texts), cpu_ms(u, texts, held, None, args.rounds),
                      cpu_ms(u, texts, held, "availability", args.rounds)]
    print("| language | messages | CPU ms/message, no question open | a question open |")
    print("|---|---|---|---|")
    for lang, (n, free, asked) in rows.items():
        print(f"| {lang} | {int(n)} | {free:.3f} | {asked:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
