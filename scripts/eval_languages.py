"""The residents' evaluation in their own languages: Urdu (Urdu script and Roman Urdu), Punjabi, Arabic,
Polish and Romanian residents (eval/residents/languages/) against the real assistant over REST.

    python scripts/eval_languages.py --start [--set dev|heldout|all] [-v] [--json FILE] [--transcripts FILE]

The same conversation and scoring as scripts/eval_residents.py (slot accuracy, fully right, ineligible
routes, turns), per language, plus the assistant's replies written in another language than the
resident's. A reply is checked with bot.language.identify after what may stay English is taken out: the
catalogue's own words (titles, providers, summaries, next steps, costs), quoted commands ("forget me"),
web addresses, e-mail addresses and numbers. A reply identified as another language is counted; one
too short or mixed to decide is not.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence


ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import eval_residents as er  # noqa: E402  (the same driver and scoring as the English set)
from bot.language.identify import identify  # noqa: E402

LANGUAGES_DIR = ROOT / "eval" / "residents" / "languages"
LANGUAGES = ("ur", "pa", "ar", "pl", "ro")
# What a resident says to a question they have no planned answer for, and when they give up on it, in
# their own language (Roman Urdu residents are marked `script: latin`).
NOT_SURE = {"ur": "پتہ نہیں", "ur-latn": "pata nahi", "pa": "ਪਤਾ ਨਹੀਂ", "ar": "لا أعرف", "pl": "nie wiem",
            "ro": "nu știu"}
SKIP = {"ur": "چھوڑ دیں", "ur-latn": "chor do", "pa": "ਛੱਡੋ", "ar": "تخطي", "pl": "pomiń", "ro": "sari peste"}
_QUOTED = re.compile(r"[\"“”«»„][^\"“”«»„]{0,60}[\"“”«»„]")
# A provider's free text cut short on a card ("Free for eligible WMCA residents, paid for by the West…"):
# English by design, and no longer whole enough to be found among the catalogue's words.
_CUT_SHORT = re.compile(r"[^.:;\n(]*…")
_SOURCE_NOTES = re.compile(r"https?://\S+|[();]")
_ADDRESSES = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|\+?\d[\d ()/-]{5,}\d")


def load(which: str) -> List[Dict[str, Any]]:
    parts = er.PARTS if which == "all" else (which,)
    residents = [r for part in parts for r in er.load_part(part, LANGUAGES_DIR)]
    er.validate(residents)
    for r in residents:
        if r.get("language") not in LANGUAGES:
            raise er.SetError(f"resident {r.get('id')!r}: language must be one of {LANGUAGES}")
    return residents


def _catalogue_words(catalogue: Dict[str, Dict[str, Any]]) -> List[str]:
    words = set()
    for entry in catalogue.values():
        for key in ("title", "provider", "summary", "qualification", "cost_description", "funding_body",
                    "attendance", "entry_requirements"):
            if isinstance(entry.get(key), str):
                words.add(" ".join(entry[key].split()))
        step = entry.get("next_step") or {}
        if isinstance(step.get("text"), str):
            words.add(" ".join(step["text"].split()))
        if isinstance(entry.get("source"), str):
            # where a fact comes from, shown with it: each note, as the card quotes it ("(DfE statistics
            # methodology: free, flexible courses ...")
            words.update(" ".join(note.split()) for note in _SOURCE_NOTES.split(entry["source"]))
    # (a sentence is shown without its full stop when a note follows it: "... apply to the provider (English mein)")
    words |= {w[:-1] for w in words if w.endswith(".")}
    return sorted((w for w in words if len(w) > 3), key=len, reverse=True)


def in_another_language(text: str, lang: str, catalogue_words: Sequence[str]) -> bool:
    """True when `text`, less what may stay English, is identified as a language other than `lang`."""
    plain = " ".join(text.split())
    for words in catalogue_words:
        if words in plain:
            plain = plain.replace(words, " ")
    plain = _ADDRESSES.sub(" ", _QUOTED.sub(" ", _CUT_SHORT.sub(" ", plain)))
    found = identify(plain)
    return found is not None and found != lang


def wrong_language(transcript: Iterable, lang: str, catalogue_words: Sequence[str]) -> List[str]:
    return [text for who, text in transcript
            if who == "assistant" and text and not text.lstrip().startswith(("{", "["))
            and in_another_language(text, lang, catalogue_words)]


def evaluate(assistant: er.Assistant, which: str, transcripts: Optional[Path] = None) -> Dict[str, Any]:
    residents = load(which)
    catalogue = er.load_catalogue()
    words = _catalogue_words(catalogue)
    scores, wrong = [], {}
    for resident in residents:
        key = resident["language"] + ("-latn" if resident.get("script") == "latin" else "")
        convo = er.converse(assistant, resident, fallback=NOT_SURE[key], give_up=SKIP[key])
        scores.append(er.score(convo, catalogue))
        er.log_transcript(transcripts, resident, convo)
        wrong[resident["id"]] = wrong_language(convo.transcript, key, words)  # Roman Urdu is answered so
    out = {}
    for lang in LANGUAGES:
        for part in (er.PARTS if which == "all" else (which,)):
            chosen = [s for s in scores if s.resident["language"] == lang and s.resident["part"] == part]
            if not chosen:
                continue
            data = er.report(chosen, detail=part == "dev")
            data["replies_in_another_language"] = sum(len(wrong[s.resident["id"]]) for s in chosen)
            if part == "dev":
                data["replies_in_another_language_detail"] = {
                    s.resident["id"]: wrong[s.resident["id"]] for s in chosen if wrong[s.resident["id"]]}
            out[f"{lang} {part}"] = data
    return out


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url", nargs="?", default=er.DEFAULT_URL)
    parser.add_argument("--token")
    parser.add_argument("--set", dest="which", choices=er.PARTS + ("all",), default="dev")
    parser.add_argument("--start", action="store_true", help="start the assistant on free ports, then stop it")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--check", action="store_true", help="only validate the set")
    parser.add_argument("--transcripts", type=Path, help="append each development conversation here (JSON lines)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    try:
        residents = load(args.which)
    except er.SetError as error:
        print(f"The evaluation set is not valid: {error}", file=sys.stderr)
        return 2
    if args.check:
        print(f"{len(residents)} residents, valid.")
        return 0
    started = time.monotonic()
    if args.start:
        with er.LocalStack() as local:
            results = evaluate(er.Assistant(local.url, local.token), args.which, args.transcripts)
    else:
        if not args.token:
            print("Rasa's API token is needed: --token", file=sys.stderr)
            return 2
        results = evaluate(er.Assistant(args.url, args.token), args.which, args.transcripts)
    def wrong_replies(name: str, data: Dict[str, Any]) -> None:
        print(f"replies in another language: {data['replies_in_another_language']}")
        if args.verbose:
            for rid, texts in (data.get("replies_in_another_language_detail") or {}).items():
                for text in texts:
                    print(f"  {rid}: {text[:160]!r}")

    er.finish(results, started, args.json, verbose=args.verbose, after_each=wrong_replies)
    return 0


if __name__ == "__main__":
    sys.exit(main())
