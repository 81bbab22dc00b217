"""Scripted residents for load and fault drills, and the check that nothing they said was lost.

Each resident is one browser on the website: it POSTs its script to the gateway's web API one turn at
a time (as a person waits for the answer before typing again), starts a new conversation when the
script ends, and does what the gateway tells a person to do: after "your message was not received,
please send it again" it sends the same message again.

`check` then reads every conversation back from Rasa's `events` table and proves the
invariants: no 5xx, no turn without a reply, and each conversation's stored messages are exactly what
was answered, once each, in the order sent, each turn finished before the next began.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Sequence

import aiohttp
from sqlalchemy import bindparam, create_engine, text

from bot.ops.backoffice import rasa_auth_headers
from bot.gateway import wording
from bot.residents.pseudonyms import pseudonym

SCRIPT = (
    "hello",
    "I'm 45 and live in Walsall, I lost my job when the warehouse brought in robots",
    "unemployed",
    "just benefits",
    "GCSEs",
    "data",
    "part time",
    "yes",
    "why did you suggest that?",
    "what else is there?",
)
APOLOGIES = (wording.NOT_RECEIVED, wording.NOT_ANSWERED)
RESEND_AFTER = 1.0  # seconds a drilled resident waits before sending a "not received" message again


@dataclass
class Turn:
    session: str
    index: int  # position in this conversation's script
    text: str
    started: float  # monotonic
    latency: float = 0.0
    status: int = 0  # 0: no HTTP response at all (connection refused or timed out)
    replies: List[str] = field(default_factory=list)
    error: str = ""

    @property
    def outcome(self) -> str:
        """ok, not_received, not_answered, empty, 5xx, 4xx, timed_out or no_response."""
        if self.status == 0:
            return "timed_out" if "Timeout" in self.error else "no_response"
        if self.status >= 500:
            return "5xx"
        if self.status >= 400:
            return "4xx"
        if not self.replies:
            return "empty"
        if self.replies[0] == wording.NOT_RECEIVED:
            return "not_received"
        if self.replies[0] == wording.NOT_ANSWERED:
            return "not_answered"
        return "ok"


@dataclass
class Run:
    turns: List[Turn] = field(default_factory=list)
    started: float = 0.0
    seconds: float = 0.0

    def sessions(self) -> Dict[str, List[Turn]]:
        by_session: Dict[str, List[Turn]] = defaultdict(list)
        for turn in self.turns:
            by_session[turn.session].append(turn)
        return by_session

    def at(self, turn: Turn) -> float:
        """Seconds into the run when `turn` was sent."""
        return turn.started - self.started

    def ended(self, turn: Turn) -> float:
        """Seconds into the run when `turn`'s answer came."""
        return turn.started + turn.latency - self.started

    def between(self, since: float = 0.0, until: float = float("inf")) -> List[Turn]:
        """The turns sent from `since` to `until` seconds into the run."""
        return [turn for turn in self.turns if since <= self.at(turn) < until]

    def outcomes(self, since: float = 0.0, until: float = float("inf")) -> Dict[str, int]:
        counts: Dict[str, int] = defaultdict(int)
        for turn in self.between(since, until):
            counts[turn.outcome] += 1
        return dict(counts)

    def timeline(self, turns: Sequence[Turn]) -> str:
        """'12.1s+0.3s ok, ...': when each turn was sent, how long it took, how it ended."""
        return ", ".join(f"{self.at(t):.1f}s+{t.latency:.1f}s {t.outcome}" for t in turns)

    def latencies(self) -> List[float]:
        return sorted(t.latency for t in self.turns if t.outcome == "ok")

    def turns_per_second(self) -> float:
        return sum(1 for t in self.turns if t.outcome == "ok") / self.seconds if self.seconds else 0.0

    def summary(self) -> Dict[str, float]:
        """What a benchmark or drill reports: answered turns, turns/s, latency percentiles in ms."""
        ordered = self.latencies()
        return {"answered": len(ordered), "not_answered": len(self.turns) - len(ordered),
                "turns_per_s": self.turns_per_second(),
                **{f"p{q}": percentile(ordered, q) * 1000 for q in (50, 95, 99)}}


def percentile(ordered: Sequence[float], q: float) -> float:
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def _web(session: str, message: str) -> dict:
    return {"session": session, "text": message}


def _web_replies(body: Any) -> List[str]:
    return [m.get("text", "") for m in body.get("messages", [])]


def _rest(session: str, message: str) -> dict:
    return {"sender": session, "message": message}


def _rest_replies(body: Any) -> List[str]:
    return [m.get("text", "") for m in body]


# How a resident's message is sent and its answer read: the gateway's web API (what the widget
# sends), or Rasa's REST channel directly (for benchmarks of a bare Rasa; Waymark's Rasa wants its
# token: `drive(..., rasa_token=...)`).
APIS = {"web": (_web, _web_replies), "rest": (_rest, _rest_replies)}


async def _resident(http: aiohttp.ClientSession, url: str, tag: str, run: Run, stop_at: float,
                    script: Sequence[str], api: str) -> None:
    request, replies = APIS[api]
    for _ in itertools.count():
        session = f"{tag}-{uuid.uuid4().hex[:20]}"
        for index, message in enumerate(script):
            while True:
                if time.monotonic() >= stop_at:
                    return
                turn = Turn(session, index, message, time.monotonic())
                run.turns.append(turn)
                try:
                    async with http.post(url, json=request(session, message)) as response:
                        turn.status = response.status
                        body = await response.read()
                    turn.replies = replies(json.loads(body))
                except (aiohttp.ClientError, asyncio.TimeoutError, ValueError, AttributeError) as error:
                    turn.error = type(error).__name__
                turn.latency = time.monotonic() - turn.started
                if turn.outcome in ("not_received", "no_response"):
                    await asyncio.sleep(RESEND_AFTER)  # as the gateway asked: send it again
                    continue
                break


async def drive(url: str, residents: int, seconds: float, *, script: Sequence[str] = SCRIPT,
                tag: str = "drill", timeout: float = 60.0, api: str = "web", rasa_token: Optional[str] = None,
                during: Optional[Callable[[Run], "asyncio.Future"]] = None) -> Run:
    """`residents` concurrent residents for `seconds`; `during(run)` (a coroutine) runs beside them.

    `rasa_token`: sent as Rasa's channel credential (api "rest" against Waymark's Rasa)."""
    run = Run(started=time.monotonic())
    connector = aiohttp.TCPConnector(limit=residents + 4)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout), connector=connector,
                                     headers=rasa_auth_headers(rasa_token)) as http:
        stop_at = run.started + seconds
        load = asyncio.gather(*(_resident(http, url, f"{tag}{n:03d}", run, stop_at, script, api)
                                for n in range(residents)))
        if during is not None:
            await asyncio.gather(load, during(run))
        else:
            await load
    run.seconds = time.monotonic() - run.started
    return run


# --- checking ------------------------------------------------------------------------------------

@dataclass
class Verdict:
    problems: List[str] = field(default_factory=list)
    conversations: int = 0
    stored_turns: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def _stored(tracker_store_url: str, senders: Sequence[str]) -> Dict[str, List[tuple]]:
    """sender -> [(type_name, action_name, text)] oldest first, from Rasa's events table."""
    engine = create_engine(tracker_store_url, future=True)
    query = text("SELECT sender_id, type_name, action_name, data FROM events "
                 "WHERE sender_id IN :senders ORDER BY id").bindparams(bindparam("senders", expanding=True))
    out: Dict[str, List[tuple]] = defaultdict(list)
    try:
        with engine.connect() as conn:
            for start in range(0, len(senders), 500):
                for sender, kind, action, data in conn.execute(query, {"senders": list(senders[start:start + 500])}):
                    out[sender].append((kind, action, json.loads(data).get("text") if data else None))
    finally:
        engine.dispose()
    return out


def check(run: Run, tracker_store_url: str, pseudonym_key: str) -> Verdict:
    verdict = Verdict()
    # The gateway itself is never the fault in a drill: a refused connection or a timeout is a failure.
    bad = [t for t in run.turns if t.outcome in ("5xx", "4xx", "empty", "timed_out", "no_response")]
    for turn in bad[:10]:
        verdict.problems.append(f"{turn.session} turn {turn.index}: {turn.outcome} (HTTP {turn.status})")
    if len(bad) > 10:
        verdict.problems.append(f"... and {len(bad) - 10} more turns answered 4xx/5xx or nothing")
    sessions = run.sessions()
    sender_of = {s: pseudonym(pseudonym_key, "web", s) for s in sessions}
    stored = _stored(tracker_store_url, list(sender_of.values()))
    verdict.conversations = len(sessions)
    for session, turns in sessions.items():
        events = stored.get(sender_of[session], [])
        problem = _compare(turns, events)
        verdict.stored_turns += sum(1 for kind, _, _ in events if kind == "user")
        if problem:
            verdict.problems.append(f"{session}: {problem}")
    return verdict


def told_something_went_wrong(turn: Turn) -> bool:
    """The resident got the gateway's apology (or nothing). A Rasa turn whose custom action failed
    comes back empty, and the gateway apologises for it; the bot's own replies may say "sorry"."""
    return turn.outcome != "ok"


def _compare(turns: Sequence[Turn], events: Sequence[tuple]) -> str:
    """'' when the stored conversation is exactly the answered turns, in order; else what is wrong.

    A stored turn that never reached `action_listen` is a turn cut short (Rasa stops a turn whose
    custom action failed and stores no more of it); that is allowed only when the resident was told.
    Otherwise it is the mark of two turns of one conversation running at once.
    """
    users: List[str] = []
    finished: List[bool] = []
    replies_after: List[List[str]] = []
    carried: List[str] = []
    rewound: List[str] = []
    for kind, action, said in events:
        if kind == "rewind" and users:
            # Rasa's two-stage fallback undoes the message and then stores it again, in the same turn;
            # when the resident rephrases, the unclear message before it is undone for good.
            rewound.append(users.pop())
            finished.pop()
            carried = replies_after.pop()
        elif kind == "user":
            users.append(said)
            finished.append(False)
            replies_after.append(carried)
            carried = []
        elif kind == "bot" and replies_after:
            replies_after[-1].append(said or "")
        elif kind == "action" and action == "action_listen" and finished:
            finished[-1] = True
    position = 0
    for turn in turns:
        if turn.outcome in ("not_received", "no_response"):
            continue  # Rasa never got it (the gateway said so); the resident sent it again
        if position < len(users) and users[position] == turn.text:
            if turn.outcome == "ok" and not set(filter(None, turn.replies)) <= set(replies_after[position]):
                return f"turn {turn.index} ({turn.text!r}) was answered with another turn's replies"
            if not finished[position] and not told_something_went_wrong(turn):
                return (f"turn {turn.index} ({turn.text!r}) never finished in the store, yet the resident "
                        "was answered as if it had (two turns at once?)")
            position += 1
        elif turn.outcome in ("not_answered", "timed_out"):
            continue  # Rasa may or may not have stored it; either is consistent
        elif turn.text in rewound:
            rewound.remove(turn.text)  # answered with "did you mean…?", then replaced by its rephrasing
        else:
            found = users[position] if position < len(users) else "nothing"
            return f"turn {turn.index} ({turn.text!r}) answered but the store has {found!r} there (lost or out of order)"
    if position != len(users):
        return f"stored {len(users) - position} message(s) more than were answered (duplicated): {users[position:]}"
    return ""


__all__ = ["APOLOGIES", "SCRIPT", "Run", "Turn", "Verdict", "check", "drive", "percentile",
           "told_something_went_wrong"]
