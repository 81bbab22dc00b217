"""Conversation throughput through Rasa's REST channel: Waymark's model beside Rasa's default config.

Trains (once, cached under var/bench/) a model from the same domain and data with Rasa's default
`rasa init` configuration, starts each model with the real action server on loopback, and drives
scripted residents concurrently. Prints turns/s and p50/p95/p99 latency at each concurrency.
A benchmark, not a test: these machines are shared, so read the figures side by side.

    .venv/bin/python scripts/bench_turns.py [--seconds 20] [--levels 1,10,50] [--skip-default]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import supervisor  # noqa: E402
from bot.ops import processes
from harness import loadgen  # noqa: E402
from bot.ops.processes import free_port  # noqa: E402


async def _load(url: str, residents: int, seconds: float, tag: str, token: str):
    """harness.loadgen's scripted residents, straight into Rasa's REST channel (with Rasa's token)."""
    run = await loadgen.drive(url, residents, seconds, api="rest", tag=f"bench-{tag}-{residents}-",
                              rasa_token=token)
    figures = run.summary()
    return {"residents": residents, "turns": figures["answered"], "turns_per_s": figures["turns_per_s"],
            "p50_ms": figures["p50"], "p95_ms": figures["p95"], "p99_ms": figures["p99"],
            "errors": figures["not_answered"]}


def _training_fingerprint(config: Path) -> str:
    """Hash of everything the comparison model is trained from, so a stale cache is never benchmarked."""
    digest = hashlib.sha256()
    inputs = [config, ROOT / "domain.yml", *sorted((ROOT / "data").rglob("*.yml"))]
    for path in inputs:
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _train_default(python: Path, out_dir: Path) -> Path:
    config = ROOT / "scripts" / "nlu_configs" / "rasa_default_full.yml"
    model, stamp = out_dir / "rasa-default.tar.gz", out_dir / "rasa-default.fingerprint"
    fingerprint = _training_fingerprint(config)
    if model.exists() and stamp.exists() and stamp.read_text() == fingerprint:
        return model
    print(f"Training the comparison model with {config.name} on the same data (several minutes)...")
    started = time.monotonic()
    subprocess.run(
        [str(python.parent / "rasa"), "train", "--config", str(config), "--out", str(out_dir),
         "--fixed-model-name", "rasa-default"],
        cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
    )
    stamp.write_text(fingerprint)
    print(f"  trained in {time.monotonic() - started:.0f} s")
    return model


def _bench_model(name: str, model: Path, python: Path, levels, seconds: float):
    var_dir = Path(tempfile.mkdtemp(prefix=f"waymark-bench-{name}-"))
    env_db = f"sqlite:///{var_dir / 'waymark.db'}"
    os.environ["WAYMARK_DATABASE_URL"] = env_db
    subprocess.run([str(python), "-m", "bot", "pathways", "load", "--no-notify"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    config = supervisor.StackConfig(
        root=ROOT, python=python, model_path=model, var_dir=var_dir, rasa_token="bench-token",
        rasa_port=free_port(), action_port=free_port(),
    )
    stack = processes.Stack(config, supervisor.services(config))
    stack.start(timeout=300)
    rows = []
    try:
        url = f"{config.rasa_url}/webhooks/rest/webhook"
        asyncio.run(_load(url, 2, 3, f"{name}-warmup", config.rasa_token))
        for level in levels:
            row = asyncio.run(_load(url, level, seconds, name, config.rasa_token))
            row["model"] = name
            rows.append(row)
            print(f"  {name:13s} {level:3d} residents: {row['turns_per_s']:6.1f} turns/s, "
                  f"p50 {row['p50_ms']:6.0f} ms, p95 {row['p95_ms']:6.0f} ms, errors {row['errors']}")
    finally:
        stack.stop()
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=20.0, help="load duration per level")
    parser.add_argument("--levels", default="1,10,50")
    parser.add_argument("--skip-default", action="store_true", help="only Waymark's model")
    args = parser.parse_args(argv)
    levels = [int(x) for x in args.levels.split(",")]
    python = Path(sys.executable)
    models = [("waymark", ROOT / "models" / "waymark.tar.gz")]
    if not args.skip_default:
        models.append(("rasa-default", _train_default(python, ROOT / "var" / "bench")))
    rows = []
    for name, model in models:
        print(f"Benchmarking {name} ({model})")
        rows.extend(_bench_model(name, model, python, levels, args.seconds))
    print()
    print("| model | residents | turns/s | p50 ms | p95 ms | p99 ms | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['model']} | {r['residents']} | {r['turns_per_s']:.1f} | {r['p50_ms']:.0f} | "
              f"{r['p95_ms']:.0f} | {r['p99_ms']:.0f} | {r['errors']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
