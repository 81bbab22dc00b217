"""The production profile's figures: the production profile through the public gateway beside Rasa's own `rasa init`
bot, 1 vs 2 Rasa replicas, start-up time, memory per process and training time. Prints each figure as
it is measured and a markdown summary at the end (docs/performance.md quotes it).

    scripts/prod-services start && eval "$(scripts/prod-services env --test)"
    .venv/bin/python scripts/bench_stack.py [--seconds 20] [--levels 1,10,50] [--skip-init] [--skip-train]

A benchmark, not a test: the machine is shared, so read the figures side by side (same run). Both
sides get the same treatment: loopback, warm-up first, then `--seconds` of scripted residents per
level, each waiting for its answer before sending the next message.

- Waymark: nginx -> gateway -> nginx -> Rasa replicas (+ action servers, PostgreSQL, Redis), every
  turn through the public web API, exactly as a resident's browser sends it (harness.loadgen).
- `rasa init`: the starter project Rasa generates (moodbot; DIET, TED, RulePolicy, MemoizationPolicy),
  trained once into var/bench/rasa-init, served by `rasa run` with its in-memory tracker store and
  driven through its REST channel with the moodbot's own happy path.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Sequence


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from harness import loadgen  # noqa: E402
from bot.ops.backoffice import RASA_ENV  # noqa: E402
from bot.ops.production import ProductionStack  # noqa: E402
from bot.ops.processes import LOOPBACK, Service, StackError, free_port, wait_until_ready  # noqa: E402
from harness.testbed import drill_env, loopback_config, scratch_database  # noqa: E402

MOODBOT = ("hello", "I am feeling sad", "yes", "goodbye")
INIT_DIR = ROOT / "var" / "bench" / "rasa-init"


def _row(name: str, residents: int, run: loadgen.Run) -> Dict[str, object]:
    row = {"name": name, "residents": residents, **run.summary()}
    print(f"  {name:24s} {residents:3d} residents: {row['turns_per_s']:6.1f} turns/s, p50 {row['p50']:5.0f} ms, "
          f"p95 {row['p95']:5.0f} ms, p99 {row['p99']:5.0f} ms, not answered {row['not_answered']}", flush=True)
    return row


# --- Rasa's init bot --------------------------------------------------------------------------------

def _train_init(python: Path) -> float:
    """The `rasa init` project, trained once (cached); returns the training time when it trained now."""
    model = INIT_DIR / "models" / "moodbot.tar.gz"
    if model.exists():
        return float("nan")
    INIT_DIR.parent.mkdir(parents=True, exist_ok=True)
    rasa_cli = str(python.parent / "rasa")
    if not (INIT_DIR / "domain.yml").exists():
        # What `rasa init` scaffolds (its own template, unchanged); `rasa init --no-prompt` would also
        # train, and the training below is timed on its own.
        from rasa.cli import scaffold

        shutil.copytree(Path(scaffold.__file__).parent / "initial_project", INIT_DIR, dirs_exist_ok=True)
    print("Training the rasa init bot (DIET, TED: a few minutes on 2 cores)...", flush=True)
    started = time.monotonic()
    subprocess.run([rasa_cli, "train", "--fixed-model-name", "moodbot", "--out", "models"], cwd=INIT_DIR,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.monotonic() - started


def bench_init(python: Path, levels: Sequence[int], seconds: float, var_dir: Path) -> List[dict]:
    port = free_port()
    service = Service(
        name="rasa-init", argv=[str(python.parent / "rasa"), "run", "--model", "models/moodbot.tar.gz",
                                "--interface", LOOPBACK, "--port", str(port)],
        health_url=f"http://{LOOPBACK}:{port}/", log_path=var_dir / "rasa-init.log", env=dict(RASA_ENV))
    started = time.monotonic()
    service.start(INIT_DIR)
    try:
        wait_until_ready([service], timeout=300)
    except StackError:
        service.stop()
        raise
    print(f"  rasa init bot started in {time.monotonic() - started:.1f} s, RSS {_rss_mb(service.process.pid):.0f} MB")
    url = f"http://{LOOPBACK}:{port}/webhooks/rest/webhook"
    rows = []
    try:
        asyncio.run(loadgen.drive(url, 2, 3, script=MOODBOT, api="rest", tag="warmup"))
        for level in levels:
            before = _cpu_seconds(_tree(service.process.pid))
            run = asyncio.run(loadgen.drive(url, level, seconds, script=MOODBOT, api="rest", tag="init"))
            row = _row("rasa init (REST)", level, run)
            row["rasa_cpu"] = (_cpu_seconds(_tree(service.process.pid)) - before) * 1000 / max(1, row["answered"])
            print(f"      CPU ms per turn: rasa {row['rasa_cpu']:.1f}", flush=True)
            rows.append(row)
    finally:
        service.stop()
    return rows


# --- Waymark's production profile ----------------------------------------------------------------------

def _rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (nginx's workers), in MB."""
    total = 0
    for current in _tree(pid):
        try:
            total += next(int(line.split()[1]) for line in Path(f"/proc/{current}/status").read_text().splitlines()
                          if line.startswith("VmRSS:"))
        except (OSError, ValueError, StopIteration):  # gone, or a zombie without memory
            continue
    return total / 1024


# --- where the CPU goes ------------------------------------------------------------------------------

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> List[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def _tree(pid: int) -> List[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            todo.extend(int(c) for c in Path(f"/proc/{current}/task/{current}/children").read_text().split())
        except OSError:
            continue
    return found


def _cpu_seconds(pids: Sequence[int], reaped: bool = False) -> float:
    """User + system CPU of the processes; with `reaped`, also of their children that have exited."""
    ticks = 0
    for pid in pids:
        try:
            fields = _stat(pid)
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12]) + ((int(fields[13]) + int(fields[14])) if reaped else 0)
    return ticks / CLOCK_TICKS


def _postgres_seconds() -> float:
    """Every PostgreSQL process on the machine, including backends that exited (each connection is one
    process; its time moves to the postmaster's children's time when it ends)."""
    processes = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip() in ("postgres", "postmaster"):
                    processes[int(entry.name)] = int(_stat(int(entry.name))[1])
            except (OSError, IndexError, ValueError):
                continue
    roots = [pid for pid, parent in processes.items() if parent not in processes]
    return _cpu_seconds([p for p in processes if p not in roots]) + _cpu_seconds(roots, reaped=True)


class CpuMeter:
    """CPU seconds per part of the stack over one measured level, to say where a turn's cost goes.
    PostgreSQL is counted whole (the machine's only one in the benchmark runs) and the load
    generator is this process."""

    def __init__(self, stack: ProductionStack):
        self.groups: Dict[str, List[int]] = {}
        for service in stack.services:
            if service.process is not None:
                self.groups.setdefault(service.name.split("-")[0], []).append(service.process.pid)

    def sample(self) -> Dict[str, float]:
        usage = os.times()
        sample = {name: _cpu_seconds([p for pid in pids for p in _tree(pid)]) for name, pids in self.groups.items()}
        sample["postgres"] = _postgres_seconds()
        sample["load generator"] = usage.user + usage.system
        return sample

    @staticmethod
    def per_turn(before: Dict[str, float], after: Dict[str, float], turns: int) -> Dict[str, float]:
        return {name: (after[name] - before[name]) * 1000 / max(turns, 1) for name in before}


def _print_cpu(per_turn: Dict[str, float]) -> None:
    total = sum(per_turn.values())
    print("      CPU ms per turn: " + ", ".join(f"{k} {v:.1f}" for k, v in sorted(per_turn.items(), key=lambda kv: -kv[1]))
          + f"; total {total:.1f}", flush=True)


def bench_waymark(admin_url: str, python: Path, model: Path, replicas: int, levels: Sequence[int],
                  seconds: float, var_dir: Path, name: str) -> dict:
    with scratch_database(admin_url, ROOT, python, prefix="waymark_bench") as url:
        config = loopback_config(ROOT, python, model, var_dir / name, url, own_redis=True, replicas=replicas,
                                 action_servers=replicas, env=drill_env(ROOT))
        stack = ProductionStack(config)
        started = time.monotonic()
        stack.start()
        startup = time.monotonic() - started
        memory = {s.name: _rss_mb(s.process.pid) for s in stack.services if s.process is not None}
        print(f"  {name}: started in {startup:.1f} s; RSS MB " +
              ", ".join(f"{k} {v:.0f}" for k, v in memory.items()), flush=True)
        public = config.web_api_url
        rows = []
        try:
            asyncio.run(loadgen.drive(public, 2, 3, tag="warmup"))
            meter = CpuMeter(stack)
            for level in levels:
                before = meter.sample()
                run = asyncio.run(loadgen.drive(public, level, seconds, tag="bench"))
                row = _row(name, level, run)
                row["cpu"] = CpuMeter.per_turn(before, meter.sample(), row["answered"])
                _print_cpu(row["cpu"])
                rows.append(row)
            memory_after = {s.name: _rss_mb(s.process.pid) for s in stack.services if s.process is not None}
        finally:
            stack.stop()
    return {"rows": rows, "startup": startup, "memory": memory, "memory_after": memory_after}


def time_training(python: Path) -> float:
    with tempfile.TemporaryDirectory(prefix="waymark-train-") as out:
        started = time.monotonic()
        subprocess.run([str(python.parent / "rasa"), "train", "--force", "--out", out], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--levels", default="1,10,50")
    parser.add_argument("--skip-init", action="store_true", help="not the rasa init comparison")
    parser.add_argument("--skip-train", action="store_true", help="do not time a training run")
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "waymark.tar.gz")
    args = parser.parse_args()
    admin_url = os.environ.get("WAYMARK_TEST_POSTGRES_URL")
    if not admin_url:
        print('Set WAYMARK_TEST_POSTGRES_URL: scripts/prod-services start && eval "$(scripts/prod-services env '
              '--test)"', file=sys.stderr)
        return 2
    levels = [int(level) for level in args.levels.split(",")]
    python = Path(sys.executable)
    summary: List[str] = []
    with tempfile.TemporaryDirectory(prefix="waymark-bench-stack-") as tmp:
        var_dir = Path(tmp)
        init_rows: List[dict] = []
        if not args.skip_init:
            trained = _train_init(python)
            if trained == trained:  # not NaN: it trained in this run
                summary.append(f"rasa init bot training: {trained:.0f} s")
            init_rows = bench_init(python, levels, args.seconds, var_dir)
        print("Waymark, 2 replicas (production profile, through the gateway)", flush=True)
        two = bench_waymark(admin_url, python, args.model.resolve(), 2, levels, args.seconds, var_dir, "waymark-2")
        print("Waymark, 1 replica", flush=True)
        one = bench_waymark(admin_url, python, args.model.resolve(), 1, levels, args.seconds, var_dir, "waymark-1")
        if not args.skip_train:
            summary.append(f"Waymark training (rasa train --force): {time_training(python):.0f} s")

    print("\n| stack | residents | turns/s | p50 ms | p95 ms | p99 ms | not answered |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for row in init_rows + two["rows"] + one["rows"]:
        print(f"| {row['name']} | {row['residents']} | {row['turns_per_s']:.1f} | {row['p50']:.0f} | "
              f"{row['p95']:.0f} | {row['p99']:.0f} | {row['not_answered']} |")
    print("\nCPU ms per turn, by process (all on the same 2 cores):\n")
    parts = sorted(two["rows"][0]["cpu"], key=lambda k: -two["rows"][0]["cpu"][k])
    print("| stack | residents | " + " | ".join(parts) + " | total |")
    print("|---|---:|" + "---:|" * (len(parts) + 1))
    for row in two["rows"] + one["rows"]:
        print(f"| {row['name']} | {row['residents']} | " + " | ".join(f"{row['cpu'][p]:.1f}" for p in parts)
              + f" | {sum(row['cpu'].values()):.1f} |")
    print()
    for level_two, level_one in zip(two["rows"], one["rows"]):
        ratio = level_two["turns_per_s"] / level_one["turns_per_s"] if level_one["turns_per_s"] else float("nan")
        print(f"2 vs 1 replicas at {level_two['residents']} residents: {ratio:.2f}x")
    for init_row, row in zip(init_rows, two["rows"]):
        ratio = row["turns_per_s"] / init_row["turns_per_s"] if init_row["turns_per_s"] else float("nan")
        print(f"Waymark (2 replicas, via gateway) vs rasa init at {row['residents']} residents: {ratio:.2f}x")
    print(f"start-up: 2 replicas {two['startup']:.1f} s, 1 replica {one['startup']:.1f} s")
    print("resident memory after load (MB): " + ", ".join(f"{k} {v:.0f}" for k, v in two["memory_after"].items()))
    for line in summary:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
