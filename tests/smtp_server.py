"""A small real SMTP server on loopback for tests (RFC 5321's commands that smtplib uses, no TLS or
AUTH): it speaks the protocol over a socket and keeps what arrived. aiosmtpd is not installed."""

from __future__ import annotations

import email
import email.policy
import socket
import socketserver
import threading
from dataclasses import dataclass, field
from typing import List, Optional


@dataclass
class Received:
    mail_from: str
    rcpt_to: List[str]
    message: email.message.EmailMessage


@dataclass
class Inbox:
    messages: List[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Handler(socketserver.StreamRequestHandler):
    timeout = 10

    def reply(self, line: str) -> None:
        self.wfile.write((line + "\r\n").encode("ascii"))

    def handle(self) -> None:
        inbox: Inbox = self.server.inbox  # type: ignore[attr-defined]
        self.reply("220 waymark-test ESMTP")
        mail_from, rcpt = "", []
        while True:
            raw = self.rfile.readline(4096)
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = line[:4].upper()
            if verb == "EHLO":
                self.reply("250-waymark-test")
                self.reply("250 8BITMIME")
            elif verb == "HELO":
                self.reply("250 waymark-test")
            elif line.upper().startswith("MAIL FROM:"):
                mail_from, rcpt = line[10:].strip().strip("<>").split(">")[0], []
                self.reply("250 OK")
            elif line.upper().startswith("RCPT TO:"):
                rcpt.append(line[8:].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                chunks = []
                while True:
                    data = self.rfile.readline(65536)
                    if not data or data in (b".\r\n", b".\n"):
                        break
                    chunks.append(data[1:] if data.startswith(b"..") else data)
                parsed = email.message_from_bytes(b"".join(chunks), policy=email.policy.default)
                with inbox.lock:
                    inbox.messages.append(Received(mail_from, list(rcpt), parsed))
                self.reply("250 OK: queued")
            elif verb in ("RSET", "NOOP"):
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Command not implemented")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class SMTPServer:
    """`with SMTPServer(port) as inbox:` a listening server until the block ends."""

    def __init__(self, port: int = 0):
        self.port = port
        self.inbox = Inbox()
        self._server: Optional[_Server] = None

    def __enter__(self) -> "SMTPServer":
        self._server = _Server(("127.0.0.1", self.port), _Handler)
        self._server.inbox = self.inbox  # type: ignore[attr-defined]
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()


def unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
