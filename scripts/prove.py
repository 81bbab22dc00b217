"""The production profile's fault drills at full length: a production stack of its own (nginx, two Rasa replicas, two
action servers, a gateway, its own Redis) on loopback and a scratch PostgreSQL database, then the soak
and each fault under load. Prints every drill's figures and PASS/FAIL; exits 1 if any failed.

    scripts/prod-services start && eval "$(scripts/prod-services env --test)"
    .venv/bin/python scripts/prove.py                 # soak 10 min at 50 residents, faults 60 s at 10
    .venv/bin/python scripts/prove.py --short         # the CI lengths (tests/integration/test_fault_drills.py)
    .venv/bin/python scripts/prove.py --only soak --soak-seconds 120

Needs WAYMARK_TEST_POSTGRES_URL (a role that may CREATE DATABASE). The PostgreSQL restart drill runs
only against the PostgreSQL that scripts/prod-services manages (it restarts it); otherwise it says so.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from harness import drills  # noqa: E402
from bot.ops.production import ProductionStack  # noqa: E402
from harness.testbed import drill_env, loopback_config, postgres_restart_command, scratch_database  # noqa: E402

DRILLS = ("soak", "kill_action_servers", "restart_postgres", "kill_replica", "redis_down")
SHORT = {"soak": (20, 30.0), "faults": (10, 30.0)}
FULL = {"soak": (50, 600.0), "faults": (10, 60.0)}


async def _run(stack: ProductionStack, only, lengths, restart) -> list:
    soak_residents, soak_seconds = lengths["soak"]
    residents, seconds = lengths["faults"]
    results = []
    for name in only:
        if name == "soak":
            drill = await drills.soak(stack, soak_residents, soak_seconds)
        elif name == "restart_postgres":
            if restart is None:
                print("== restart_postgres: NOT RUN: the database is not the PostgreSQL scripts/prod-services "
                      "manages, so this script will not restart it", flush=True)
                continue
            drill = await drills.restart_postgres(stack, restart, residents, seconds)
        else:
            drill = await getattr(drills, name)(stack, residents, seconds)
        print(drill.report(), flush=True)
        results.append(drill)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--short", action="store_true", help="CI lengths: soak 30 s at 20, faults 30 s at 10")
    parser.add_argument("--only", default=",".join(DRILLS), help=f"comma-separated, from {', '.join(DRILLS)}")
    parser.add_argument("--soak-residents", type=int)
    parser.add_argument("--soak-seconds", type=float)
    parser.add_argument("--residents", type=int, help="residents during each fault drill")
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "waymark.tar.gz")
    parser.add_argument("--logs", type=Path, help="keep the stack's state and logs here (default: a temporary directory)")
    parser.add_argument("--seconds", type=float, help="length of each fault drill")
    args = parser.parse_args()
    only = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(only) - set(DRILLS)
    if unknown:
        parser.error(f"unknown drill(s): {', '.join(sorted(unknown))}")
    admin_url = os.environ.get("WAYMARK_TEST_POSTGRES_URL")
    if not admin_url:
        print('Set WAYMARK_TEST_POSTGRES_URL: scripts/prod-services start && eval "$(scripts/prod-services env '
              '--test)"', file=sys.stderr)
        return 2
    lengths = dict(SHORT if args.short else FULL)
    lengths["soak"] = (args.soak_residents or lengths["soak"][0], args.soak_seconds or lengths["soak"][1])
    lengths["faults"] = (args.residents or lengths["faults"][0], args.seconds or lengths["faults"][1])

    model = args.model.resolve()
    if not model.exists():
        print("No trained model: run `make train` first", file=sys.stderr)
        return 2
    python = Path(sys.executable)
    if args.logs:
        args.logs.mkdir(parents=True, exist_ok=True)
    with (contextlib.nullcontext(str(args.logs)) if args.logs else
          tempfile.TemporaryDirectory(prefix="waymark-prove-")) as var_dir, \
            scratch_database(admin_url, ROOT, python, prefix="waymark_prove") as url:
        config = loopback_config(ROOT, python, model, Path(var_dir), url, own_redis=True, env=drill_env(ROOT))
        stack = ProductionStack(config)
        started = time.monotonic()
        print(f"Starting {', '.join(s.name for s in stack.services)} ...", flush=True)
        stack.start()
        print(f"stack started in {time.monotonic() - started:.0f} s", flush=True)
        try:
            results = asyncio.run(_run(stack, only, lengths, postgres_restart_command(ROOT, admin_url)))
        finally:
            stack.stop()
    failed = [d.name for d in results if not d.ok]
    print(f"\n{len(results) - len(failed)} of {len(results)} drills passed"
          + (f"; FAILED: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
