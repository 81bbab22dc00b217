"""Measure what a compressed request body costs the gateway: start `python -m bot.gateway` from this
checkout, read its resident memory, send deflate bombs (a small body that inflates enormously) to
the routes that read bodies, and read its peak memory again (VmHWM: the high-water mark, so a spike
that is freed at once still shows).

    .venv/bin/python scripts/measure_deflate_bomb.py [--size-kb 255]

Nothing leaves loopback; the gateway runs against a throwaway SQLite database and no Rasa.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATHS = ("/webhooks/twilio", "/api/web/messages", "/console/login")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def memory(pid: int) -> dict:
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            values[name] = int(rest.split()[0]) // 1024  # MiB
    return values


def bomb(size_kb: int) -> bytes:
    """About `size_kb` KB of deflate that inflates roughly a thousandfold (zeros compress best)."""
    compressor = zlib.compressobj(9)
    out, zeros = [], bytes(1 << 20)
    total = 0
    while total < size_kb * 1024:
        chunk = compressor.compress(zeros)
        out.append(chunk)
        total += len(chunk)
    out.append(compressor.flush())
    return b"".join(out)


def post(port: int, path: str, body: bytes, content_type: str) -> str:
    head = (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: {content_type}\r\n"
            f"Content-Encoding: deflate\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n")
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(head.encode() + body)
        try:
            reply = sock.recv(200)
        except OSError as error:
            return f"no answer ({type(error).__name__})"
    return reply.split(b"\r\n", 1)[0].decode(errors="replace") or "connection closed"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-kb", type=int, default=255)
    args = parser.parse_args()
    body = bomb(args.size_kb)
    print(f"bomb: {len(body) // 1024} KB of deflate")
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "WAYMARK_VAR_DIR": tmp, "WAYMARK_DATABASE_URL": f"sqlite:///{tmp}/gw.db",
               "WAYMARK_TRACKER_STORE_URL": f"sqlite:///{tmp}/tracker.db", "WAYMARK_PSEUDONYM_KEY": "k",
               "WAYMARK_RASA_URL": "http://127.0.0.1:9", "TWILIO_AUTH_TOKEN": "t"}
        process = subprocess.Popen([sys.executable, "-m", "bot.gateway", "--host", "127.0.0.1",
                                    "--port", str(port)], cwd=ROOT, env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).read()
                    break
                except OSError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        print("the gateway did not start", file=sys.stderr)
                        return 1
                    time.sleep(0.2)
            before = memory(process.pid)
            print(f"before: RSS {before['VmRSS']} MiB, peak {before['VmHWM']} MiB")
            for path, content_type in zip(PATHS, ("application/x-www-form-urlencoded",
                                                  "application/json",
                                                  "application/x-www-form-urlencoded")):
                status = post(port, path, body, content_type)
                time.sleep(0.5)
                now = memory(process.pid)
                print(f"{path}: {status!r}; RSS {now['VmRSS']} MiB, peak {now['VmHWM']} MiB")
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
