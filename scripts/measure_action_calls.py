"""Measure how big Rasa's calls to the action server get as a conversation grows.

Each call carries the conversation's whole tracker (this session's events, with every message's
parse data), so the action server's body cap (bot.ops.backoffice.ACTION_REQUEST_MAX_BYTES) must stay well
above what a long real conversation sends. This starts the trained bot from this checkout (Rasa via
components.server, the real action server) with a recording relay between them, drives one
resident's conversation through Rasa's REST channel (with Rasa's token), and prints the largest call
body after each stretch of turns.

    .venv/bin/python scripts/measure_action_calls.py [--turns 60] [--chars 1000]

`--chars` pads every message to that length (the gateway's WAYMARK_MAX_MESSAGE_CHARS is the most a
resident can send). Nothing leaves loopback; everything runs against a throwaway var/ directory.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
from aiohttp import web  # noqa: E402

from bot import supervisor  # noqa: E402
from bot.ops import processes
from bot.ops.backoffice import ACTION_REQUEST_MAX_BYTES, new_token, rasa_auth_headers  # noqa: E402
from harness.loadgen import SCRIPT  # noqa: E402

# After the intake: what a resident keeps asking in a long conversation.
FOLLOW_UPS = ("why did you suggest that?", "what else is there?", "tell me more about the first one",
              "how much does it cost?", "what do you know about me?", "I live in Dudley now",
              "can I do it in the evenings?", "what about apprenticeships?")


def messages(turns: int, chars: int):
    for i in range(turns):
        text = SCRIPT[i] if i < len(SCRIPT) else FOLLOW_UPS[i % len(FOLLOW_UPS)]
        if chars and len(text) < chars:
            text = (text + " " + "and I would like to say more about my situation " * 40)[:chars]
        yield text


async def relay(listen: int, target: int, calls: list) -> web.AppRunner:
    """Forward POST /webhook to the action server, recording (action, body bytes) of each call."""
    session = aiohttp.ClientSession()

    async def forward(request: web.Request) -> web.Response:
        body = await request.read()
        try:
            action = json.loads(body).get("next_action")
        except ValueError:
            action = "?"
        calls.append((action, len(body)))
        async with session.post(f"http://127.0.0.1:{target}/webhook", data=body,
                                headers={k: v for k, v in request.headers.items()
                                         if k.lower() in ("authorization", "content-type")}) as answer:
            return web.Response(status=answer.status, body=await answer.read(),
                                content_type="application/json")

    async def close(_app):
        await session.close()

    app = web.Application(client_max_size=1024 ** 3)
    app.router.add_post("/webhook", forward)
    app.on_cleanup.append(close)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", listen).start()
    return runner


async def converse(config, calls: list, turns: int, chars: int) -> list:
    sender = "measure-" + uuid.uuid4().hex[:12]
    rows = []
    url = f"{config.rasa_url}/webhooks/rest/webhook"
    async with aiohttp.ClientSession(headers=rasa_auth_headers(config.rasa_token),
                                     timeout=aiohttp.ClientTimeout(total=120)) as http:
        for turn, text in enumerate(messages(turns, chars), 1):
            async with http.post(url, json={"sender": sender, "message": text}) as response:
                assert response.status == 200, f"turn {turn}: HTTP {response.status}"
                await response.read()
            largest = max((size for _, size in calls), default=0)
            rows.append((turn, len(calls), largest))
            if turn % 10 == 0 or turn == turns:
                print(f"  after {turn:3d} turns: {len(calls):4d} action calls, largest body "
                      f"{largest / 1024:8.1f} KiB", flush=True)
    return rows


async def main_async(args) -> int:
    var_dir = Path(tempfile.mkdtemp(prefix="waymark-measure-"))
    os.environ.update({"WAYMARK_DATABASE_URL": f"sqlite:///{var_dir / 'waymark.db'}",
                       "WAYMARK_VAR_DIR": str(var_dir),
                       "WAYMARK_SPACY_MODEL": str(ROOT / "var" / "spacy" / "waymark_en")})
    subprocess.run([sys.executable, "-m", "bot", "pathways", "load", str(ROOT / "pathways.yml")],
                   cwd=ROOT, check=True, capture_output=True)
    relay_port, action_port = processes.free_port(), processes.free_port()
    config = supervisor.StackConfig(
        root=ROOT, python=Path(sys.executable), model_path=ROOT / "models" / "waymark.tar.gz",
        var_dir=var_dir, rasa_token=new_token(), rasa_port=processes.free_port(),
        action_port=relay_port)  # Rasa calls the relay; the relay calls the action server
    endpoints = supervisor.write_endpoints(config)
    logs = var_dir / "log"
    services = [
        processes.action_service("action server", config.python, action_port, config.action_token,
                                  logs / "actions.log"),
        processes.rasa_service("rasa", config.python, config.rasa_port, config.model_path, endpoints,
                                ROOT / "credentials.yml", config.rasa_token, logs / "rasa.log"),
    ]
    calls: list = []
    runner = await relay(relay_port, action_port, calls)
    stack = processes.Stack(config, services)
    try:
        started = time.monotonic()
        await asyncio.to_thread(stack.start, 300)
        print(f"bot started in {time.monotonic() - started:.0f}s; {args.turns} turns of {args.chars or 'natural'}"
              f"-character messages", flush=True)
        rows = await converse(config, calls, args.turns, args.chars)
    finally:
        await asyncio.to_thread(stack.stop)
        await runner.cleanup()
    largest = max(size for _, size in calls)
    first = next(size for _, size in calls)
    per_turn = (rows[-1][2] - rows[len(rows) // 2][2]) / max(1, rows[-1][0] - rows[len(rows) // 2][0])
    print(f"largest call: {largest} bytes ({largest / 1024:.1f} KiB); first call {first / 1024:.1f} KiB; "
          f"growth over the second half: {per_turn / 1024:.1f} KiB per turn")
    print(f"the action server's cap, {ACTION_REQUEST_MAX_BYTES / 1024 / 1024:.0f} MiB, is "
          f"{ACTION_REQUEST_MAX_BYTES / largest:.0f}x the largest call and holds about "
          f"{(ACTION_REQUEST_MAX_BYTES - largest) / max(per_turn, 1) + args.turns:.0f} such turns in one session")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--turns", type=int, default=60)
    parser.add_argument("--chars", type=int, default=0, help="pad each message to this many characters")
    return asyncio.run(main_async(parser.parse_args(argv)))


if __name__ == "__main__":
    sys.exit(main())
