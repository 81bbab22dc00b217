#!/usr/bin/env python
"""Compare candidate NLU pipelines for Waymark and print the table used in docs/nlu.md.

For every config in scripts/nlu_configs/ (or the ones named with --configs) this:

1. trains an NLU-only model with `rasa train nlu --config X --out <out>/X/model` (Rasa's training
   cache disabled) and records the wall-clock and CPU seconds of that command (Rasa start-up,
   about the same for every config, included);
2. cross-validates on the training data: `rasa test nlu --cross-validation --folds 3`;
3. evaluates the trained model on the held-out set(s): `rasa test nlu --nlu tests/test_nlu.yml`;
4. measures parse speed in a separate single-threaded process: the held-out messages go one at a
   time through `Agent.parse_message`, and messages/s and CPU ms/message are reported. The same
   pass counts how often the deployed model answers `nlu_fallback` (FallbackClassifier threshold /
   ambiguity), which `rasa test nlu` hides by design (it scores the intent under the fallback).

Macro-F1 and accuracy are read from the `intent_report.json` files Rasa writes ("macro avg" and
"accuracy"). Everything is written under --out (default /tmp/nlu-compare), never into models/.

    .venv/bin/python scripts/compare_nlu.py                      # everything (DIET takes minutes)
    .venv/bin/python scripts/compare_nlu.py --configs config     # just the deployed config.yml
    .venv/bin/python scripts/compare_nlu.py --report-only        # table again from the last run
    .venv/bin/python scripts/compare_nlu.py --configs light_lr --no-cv --errors
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG_DIR = ROOT / "scripts" / "nlu_configs"
# Table order: the baseline first, then the light candidates.
# The NLU candidates, baseline first. Other files in scripts/nlu_configs (e.g. rasa_default_full.yml,
# the turn benchmark's pipeline+policies) run only when named with --configs.
DEFAULT_ORDER = ["rasa_default", "light_lr", "light_lr_tuned"]
# "config" is the deployed pipeline in config.yml (the chosen one plus the fact extractor).
DEPLOYED = "config"
# Rasa caches trained components in .rasa/cache; a cache hit would make "train s" meaningless.
NO_CACHE_ENV = {
    "RASA_MAX_CACHE_SIZE": "0",
    "RASA_CACHE_DIRECTORY": "/tmp/nlu-compare-rasa-cache",
    "TF_CPP_MIN_LOG_LEVEL": "3",
}
SINGLE_THREAD_ENV = {
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "TF_INTRA_OP_PARALLELISM_THREADS": "1",
    "TF_INTER_OP_PARALLELISM_THREADS": "1",
}


def rasa_bin() -> str:
    candidate = Path(sys.executable).parent / "rasa"
    return str(candidate) if candidate.exists() else "rasa"


def run(cmd: list[str], log: Path, env: dict | None = None) -> tuple[float, float]:
    """Run a command, logging its output; return (wall seconds, CPU seconds of the child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with log.open("w") as fh:
        proc = subprocess.run(
            cmd, cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT,
            env={**os.environ, **NO_CACHE_ENV, **(env or {})},
        )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        sys.exit(f"command failed ({proc.returncode}): {' '.join(cmd)}\nsee {log}")
    return wall, cpu


def read_report(directory: Path) -> dict:
    report = json.loads((directory / "intent_report.json").read_text())
    per_intent = {
        k: v for k, v in report.items()
        if isinstance(v, dict) and k not in ("macro avg", "weighted avg", "micro avg")
    }
    supported = [v["f1-score"] for v in per_intent.values() if v.get("support")]
    return {
        "accuracy": report.get("accuracy", report.get("micro avg", {}).get("f1-score")),
        "macro_f1": report["macro avg"]["f1-score"],
        # Mean F1 over the intents the set contains: Rasa's macro avg also averages in intents that
        # were only ever predicted (F1 0), which matters for a set that covers fewer intents.
        "macro_f1_present": sum(supported) / len(supported),
        "per_intent": {k: round(v["f1-score"], 3) for k, v in per_intent.items()},
        "confused_with": {k: v.get("confused_with", {}) for k, v in per_intent.items()},
    }


def bench(model: str, test_files: list[str], repeats: int) -> dict:
    """In-process, single-threaded parse benchmark (runs in its own process, see main)."""
    import asyncio
    import logging

    logging.disable(logging.WARNING)
    from rasa.core.agent import Agent
    from rasa.shared.nlu.training_data.loading import load_data

    examples = []
    for f in test_files:
        examples += [(e.get("text"), e.get("intent")) for e in load_data(f).intent_examples]
    texts = [t for t, _ in examples]

    async def go() -> dict:
        t0 = time.perf_counter()
        agent = Agent.load(model)
        load_s = time.perf_counter() - t0
        for t in texts[:20]:  # warm-up
            await agent.parse_message(t)
        wall0, cpu0 = time.perf_counter(), time.process_time()
        for _ in range(repeats):
            for t in texts:
                await agent.parse_message(t)
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        n = len(texts) * repeats
        fallback = correct = 0
        rankings = []
        for text, intent in examples:
            parsed = await agent.parse_message(text)
            name = parsed["intent"]["name"]
            fallback += name == "nlu_fallback"
            correct += name == intent
            ranking = [(r["name"], round(r["confidence"], 4))
                       for r in parsed.get("intent_ranking", []) if r["name"] != "nlu_fallback"]
            rankings.append({"text": text, "intent": intent, "predicted": name, "ranking": ranking[:3]})
        return {
            "messages": n,
            "msg_per_s": n / wall,
            "cpu_ms_per_msg": 1000 * cpu / n,
            "load_s": load_s,
            "fallback_rate": fallback / len(examples),
            "deployed_accuracy": correct / len(examples),
            "rankings": rankings,
        }

    return asyncio.run(go())


def config_path(name: str) -> Path:
    return ROOT / "config.yml" if name == DEPLOYED else CONFIG_DIR / f"{name}.yml"


def spacy_pipeline_missing(cfg: Path) -> str | None:
    """The fact extractor needs the project's spaCy pipeline (`make nlp`); say so instead of failing."""
    if "WaymarkFactExtractor" not in cfg.read_text():
        return None
    sys.path.insert(0, str(ROOT))
    from components.waymark_nlu import resolve_paths

    model_path, _ = resolve_paths({})
    if (model_path / "meta.json").exists():
        return None
    return f"{cfg.name} uses WaymarkFactExtractor but {model_path} is not built: run `make nlp` first"


def evaluate(name: str, args: argparse.Namespace) -> dict:
    cfg = config_path(name)
    out = Path(args.out) / name
    out.mkdir(parents=True, exist_ok=True)
    rasa = rasa_bin()
    result: dict = {"pipeline": name}

    print(f"[{name}] training ...", file=sys.stderr, flush=True)
    wall, cpu = run(
        [rasa, "train", "nlu", "--config", str(cfg), "--nlu", args.nlu,
         "--out", str(out / "model"), "--fixed-model-name", name],
        out / "train.log",
    )
    model = str(out / "model" / f"{name}.tar.gz")
    result.update(train_s=wall, train_cpu_s=cpu)

    for label, test_file in (("heldout", args.test), ("blind", args.blind)):
        if not test_file or not (ROOT / test_file).exists():
            continue
        print(f"[{name}] evaluating on {test_file} ...", file=sys.stderr, flush=True)
        run([rasa, "test", "nlu", "--nlu", test_file, "--model", model,
             "--out", str(out / label), "--no-plot"], out / f"{label}.log")
        result[label] = read_report(out / label)
        if label == "heldout":
            errors = json.loads((out / label / "intent_errors.json").read_text())
            result["heldout_errors"] = [
                (e["intent"], e["intent_prediction"]["name"],
                 round(e["intent_prediction"]["confidence"], 2), e["text"]) for e in errors
            ]

    if not args.no_cv:
        print(f"[{name}] {args.folds}-fold cross-validation ...", file=sys.stderr, flush=True)
        run([rasa, "test", "nlu", "--nlu", args.nlu, "--config", str(cfg),
             "--cross-validation", "--folds", str(args.folds), "--out", str(out / "cv"),
             "--no-plot"], out / "cv.log")
        result["cv"] = read_report(out / "cv")

    print(f"[{name}] parse benchmark (single thread) ...", file=sys.stderr, flush=True)
    bench_json = out / "bench.json"
    run([sys.executable, __file__, "--_bench", model, "--bench-out", str(bench_json),
         "--repeats", str(args.repeats), "--test", args.test],
        out / "bench.log", env=SINGLE_THREAD_ENV)
    result["bench"] = json.loads(bench_json.read_text())
    (out / "result.json").write_text(json.dumps(result, indent=2))
    return result


def fmt(x, spec=".3f") -> str:
    return "–" if x is None else format(x, spec)


def table(results: list[dict]) -> str:
    head = ("| pipeline | CV macro-F1 | held-out acc | held-out macro-F1 | blind macro-F1 "
            "| deployed fallback | train s (CPU s) | parse msg/s | CPU ms/msg |")
    rows = [head, "|" + "---|" * 9]
    for r in results:
        b = r["bench"]
        rows.append(
            f"| {r['pipeline']} | {fmt(r.get('cv', {}).get('macro_f1'))} "
            f"| {fmt(r.get('heldout', {}).get('accuracy'))} "
            f"| {fmt(r.get('heldout', {}).get('macro_f1'))} "
            f"| {fmt(r.get('blind', {}).get('macro_f1_present'))} "
            f"| {b['fallback_rate']:.1%} | {r['train_s']:.0f} ({r['train_cpu_s']:.0f}) "
            f"| {b['msg_per_s']:.0f} | {b['cpu_ms_per_msg']:.1f} |"
        )
    return "\n".join(rows)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--configs", nargs="*",
                   help="config names in scripts/nlu_configs, or 'config' for config.yml "
                        "(default: all of them, then config.yml)")
    p.add_argument("--nlu", default="data/nlu")
    p.add_argument("--test", default="tests/test_nlu.yml")
    p.add_argument("--blind", default="tests/test_nlu_blind.yml",
                   help="second held-out set ('' to skip)")
    p.add_argument("--folds", type=int, default=3)
    p.add_argument("--no-cv", action="store_true", help="skip cross-validation")
    p.add_argument("--repeats", type=int, default=3, help="passes over the held-out set when timing")
    p.add_argument("--out", default="/tmp/nlu-compare")
    p.add_argument("--errors", action="store_true", help="also print held-out errors per pipeline")
    p.add_argument("--report-only", action="store_true",
                   help="print the table from the result.json files of an earlier run in --out")
    p.add_argument("--_bench", help=argparse.SUPPRESS)
    p.add_argument("--bench-out", help=argparse.SUPPRESS)
    args = p.parse_args()

    if args._bench:
        Path(args.bench_out).write_text(json.dumps(bench(args._bench, [args.test], args.repeats)))
        return

    names = args.configs or DEFAULT_ORDER + [DEPLOYED]
    if args.report_only:
        results = [json.loads((Path(args.out) / n / "result.json").read_text()) for n in names]
    else:
        for n in names:
            problem = spacy_pipeline_missing(config_path(n))
            if problem:
                sys.exit(problem)
        results = [evaluate(n, args) for n in names]
    if not args.report_only:
        (Path(args.out) / "results.json").write_text(json.dumps(results, indent=2))

    print(table(results))
    print()
    for r in results:
        for label in ("heldout", "cv"):
            if label in r:
                worst = sorted(r[label]["per_intent"].items(), key=lambda kv: kv[1])[:5]
                print(f"{r['pipeline']} {label} worst intents: "
                      + ", ".join(f"{k} {v:.2f}" for k, v in worst))
    if args.errors:
        for r in results:
            print(f"\n{r['pipeline']} held-out errors (target -> predicted, confidence):")
            for target, pred, conf, text in r.get("heldout_errors", []):
                print(f"  {target:>22} -> {pred:<22} {conf:.2f}  {text}")


if __name__ == "__main__":
    main()
