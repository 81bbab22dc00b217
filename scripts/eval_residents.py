"""Drive the real running assistant with the residents' evaluation set and score what it understood.

Each resident in eval/residents/*.yml is one conversation over Rasa's REST channel with a fresh sender
id: the opening message, then, whenever the intake form asks for a slot (the tracker's
`requested_slot`), the answer that resident would give in their own words ("not sure" when they have
no planned answer, "skip" once the same question comes a third time). It stops at the first
`pathway_recommendations` payload, at a reply that asks nothing more, or at a hard cap on turns; then
the final slots are read from the tracker and scored against what the resident really said.

    python scripts/eval_residents.py --set dev                  # against a stack already running
    python scripts/eval_residents.py --start --set all          # start one on free ports, then stop it
    python scripts/eval_residents.py --check                    # validate the set only

The scoring is deterministic: the same assistant gives the same figures. What counts as an ineligible
recommendation is in `ineligible_reasons` (each rule with its source). Per-resident detail (-v, --json,
--transcripts) is given for the development part only; the held-out part is reported as figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.language import vocab  # noqa: E402  (the script runs from anywhere)
from bot.ops.backoffice import rasa_auth_headers  # noqa: E402  (Rasa's channels need the token)

RESIDENTS_DIR = ROOT / "eval" / "residents"
PARTS = ("dev", "heldout")
DEFAULT_URL = "http://127.0.0.1:5005"
FALLBACK_ANSWER = "not sure"
# Asked the same thing a third time, a resident gives up on that question rather than repeat
# themselves for ever; the repeats are still counted ("questions asked more than twice").
GIVE_UP_ANSWER, GIVE_UP_AFTER = "skip", 2
MAX_TURNS = 16  # resident messages, the opening included
WEBHOOK = "/webhooks/rest/webhook"
RECOMMENDATIONS = "pathway_recommendations"

CLASSES = (
    # Backgrounds the set must cover (the issue's residents).
    "displaced_worker", "school_leaver", "refugee", "asylum_seeker", "low_wage", "unemployed",
    "career_changer",
    # Where they live.
    "constituent", "non_constituent", "named_place", "out_of_area",
    # Who is asking and how they write.
    "under_16", "for_someone_else", "sms_speak", "non_native", "quick_reply_label", "not_sure",
    "low_digital", "part_time", "volunteered_identity", "qualification_words", "foreign_qualification",
    "facts_up_front", "current_job_vs_wish", "immigration_words",
)
SCOPES = ("outside_area", "under_16")
CHANNELS = ("web", "sms")
TEXT_SLOTS = {
    "background": vocab.BACKGROUNDS,
    "local_authority": vocab.LOCAL_AUTHORITIES,
    "employment_status": vocab.EMPLOYMENT_STATUSES,
    "interest": vocab.INTERESTS,
    "availability": vocab.SCHEDULES,
    "immigration_status": vocab.IMMIGRATION_STATUSES,
    "english_level": vocab.ENGLISH_LEVELS,
}
# Groups a resident may say they are not in ("as a man in my forties"); a route run only for such
# groups is not one they can take.
NOT_IN_GROUPS = vocab.TARGET_GROUPS
# Non-constituent councils are not part of the WMCA's devolved area: its funded places (bootcamps, the
# Adult Skills Fund) are for residents of the seven constituent councils.
# Sources: https://www.local.gov.uk/case-studies/experiences-employment-and-skills-devolution-west-midlands-combined-authority
# (seven constituent authorities); https://feeds.bbci.co.uk/news/articles/c4nvv8z94r3o ("people who
# live in the area covered by the West Midlands Combined Authority can attend them free of charge").
WMCA_FUNDER = "West Midlands Combined Authority"
FUNDERS = {"wmca": WMCA_FUNDER}


class SetError(ValueError):
    """The evaluation set breaks its own format; the message names the resident and the field."""


# --- the set ---------------------------------------------------------------------------------------


def load_part(part: str, directory: Path = RESIDENTS_DIR) -> List[Dict[str, Any]]:
    data = yaml.safe_load((directory / f"{part}.yml").read_text(encoding="utf-8")) or {}
    residents = data.get("residents") or []
    for resident in residents:
        resident["part"] = part
    return residents


def load_set(which: str, directory: Path = RESIDENTS_DIR) -> List[Dict[str, Any]]:
    parts = PARTS if which == "all" else (which,)
    residents = [r for part in parts for r in load_part(part, directory)]
    validate(residents)
    return residents


def validate(residents: Sequence[Dict[str, Any]]) -> None:
    """Every value an expectation names must be one the assistant could store (bot/language/vocab.py)."""
    seen = set()
    for r in residents:
        rid = r.get("id")
        where = f"resident {rid!r}"
        if not rid or rid in seen:
            raise SetError(f"{where}: missing or repeated id")
        seen.add(rid)
        unknown = set(r.get("class") or []) - set(CLASSES)
        if not r.get("class") or unknown:
            raise SetError(f"{where}: class tags must be some of {CLASSES}; got {sorted(unknown)}")
        if r.get("channel") not in CHANNELS:
            raise SetError(f"{where}: channel must be web or sms")
        turns = r.get("turns") or {}
        if not isinstance(turns.get("opening"), str) or not turns["opening"].strip():
            raise SetError(f"{where}: turns.opening is required")
        for slot, answer in (turns.get("answers") or {}).items():
            if slot not in vocab.PROFILE_FACTS or not isinstance(answer, str):
                raise SetError(f"{where}: answers.{slot} is not a slot with a text answer")
        for slot, value in (r.get("expect") or {}).items():
            _check_expected(where, slot, value)
        for key in ("include_kinds", "exclude_kinds"):
            bad = set(r.get(key) or []) - set(vocab.KINDS)
            if bad:
                raise SetError(f"{where}: {key} has unknown kinds {sorted(bad)}")
        if r.get("expect_scope") not in (None,) + SCOPES:
            raise SetError(f"{where}: expect_scope must be one of {SCOPES}")
        if set(r.get("exclude_funders") or []) - set(FUNDERS):
            raise SetError(f"{where}: exclude_funders must be some of {sorted(FUNDERS)}")
        if set(r.get("not_in_groups") or []) - set(NOT_IN_GROUPS):
            raise SetError(f"{where}: not_in_groups must be some of {NOT_IN_GROUPS}")
        for key, value in (r.get("facts") or {}).items():
            _check_expected(f"{where} facts", key, value)


def _check_expected(where: str, slot: str, value: Any) -> None:
    if slot in TEXT_SLOTS:
        allowed = TEXT_SLOTS[slot]
        if slot == "local_authority" and isinstance(value, str):
            return  # outside the area the place named is stored; inside, a canonical name
        if value not in allowed:
            raise SetError(f"{where}: {slot}={value!r} is not one of {allowed}")
    elif slot == "age":
        if not (isinstance(value, int) and 0 < value < 120):
            raise SetError(f"{where}: age must be a whole number")
    elif slot == "qualification_level":
        if not (isinstance(value, int) and 0 <= value <= 8):
            raise SetError(f"{where}: qualification_level must be 0-8")
    elif slot == "annual_income":
        if not (value == vocab.INCOME_DECLINED or isinstance(value, (int, float)) or _is_range(value)):
            raise SetError(f"{where}: annual_income must be a number, a {{min, max}} range or "
                           f"{vocab.INCOME_DECLINED}")
    elif slot == "universal_credit":
        if not isinstance(value, bool):
            raise SetError(f"{where}: universal_credit must be true or false")
    else:
        raise SetError(f"{where}: {slot} is not a slot of the contract")


def _is_range(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"min", "max"}


# --- talking to the assistant ----------------------------------------------------------------------


class Assistant:
    """Rasa's REST channel and the token-protected tracker endpoint, with stdlib HTTP only."""

    def __init__(self, url: str, token: str, timeout: float = 60.0):
        self.url = url.rstrip("/")
        self.token = token
        self.timeout = timeout

    def say(self, sender: str, text: str, channel: str) -> List[Dict[str, Any]]:
        body = json.dumps({"sender": sender, "message": text, "metadata": {"channel": channel}}).encode()
        request = urllib.request.Request(self.url + WEBHOOK, data=body,
                                         headers={"Content-Type": "application/json",
                                                  **rasa_auth_headers(self.token)})
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            replies = json.loads(response.read())
        return replies if isinstance(replies, list) else []

    def tracker(self, sender: str) -> Dict[str, Any]:
        query = urllib.parse.urlencode({"token": self.token})
        url = f"{self.url}/conversations/{urllib.parse.quote(sender, safe='')}/tracker?{query}"
        with urllib.request.urlopen(url, timeout=self.timeout) as response:
            return json.loads(response.read())


@dataclass
class Conversation:
    resident: Dict[str, Any]
    turns: int = 0  # resident messages sent
    recommended_at: Optional[int] = None  # the turn whose replies carried the first recommendations
    payload: Optional[Dict[str, Any]] = None
    ended: str = ""  # recommendations | no_question | no_reply | turn_cap
    slots: Dict[str, Any] = field(default_factory=dict)
    asked: Counter = field(default_factory=Counter)  # slot -> times its question was put
    transcript: List[Tuple[str, str]] = field(default_factory=list)


def recommendations_in(replies: Iterable[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    for reply in replies:
        custom = reply.get("custom")
        if isinstance(custom, dict) and custom.get("type") == RECOMMENDATIONS:
            return custom
    return None


def questions_asked(events: Iterable[Dict[str, Any]]) -> Counter:
    """How many times each intake question was put to the resident.

    The form asks inside its own action (no `action_ask_*` event is logged), setting `requested_slot`;
    the value it holds when the assistant hands the turn back is the question the resident sees.
    """
    asked: Counter = Counter()
    pending: Optional[str] = None
    for event in list(events) + [{"event": "user"}]:
        kind = event.get("event")
        if kind == "slot" and event.get("name") == "requested_slot":
            pending = event.get("value")
        elif kind == "user":
            if pending in vocab.PROFILE_FACTS:
                asked[pending] += 1
            pending = None
    return asked


def converse(assistant: Assistant, resident: Dict[str, Any], max_turns: int = MAX_TURNS, *,
             fallback: str = FALLBACK_ANSWER, give_up: str = GIVE_UP_ANSWER) -> Conversation:
    channel = resident["channel"]
    # A fresh conversation every run; "sms-" is how the assistant tells an SMS sender from the id.
    prefix = "sms-" if channel == "sms" else ""
    sender = f"{prefix}eval-{resident['id']}-{uuid.uuid4().hex[:10]}"
    answers = resident["turns"].get("answers") or {}
    convo = Conversation(resident)

    def send(text: str) -> List[Dict[str, Any]]:
        convo.turns += 1
        replies = assistant.say(sender, text, channel)
        convo.transcript.append(("resident", text))
        convo.transcript += [("assistant", r.get("text") or json.dumps(r.get("custom") or r.get("buttons")))
                             for r in replies]
        return replies

    answered: Counter = Counter()
    replies = send(resident["turns"]["opening"])
    tracker: Dict[str, Any] = {}
    while True:
        payload = recommendations_in(replies)
        if payload is not None:
            convo.payload, convo.recommended_at, convo.ended = payload, convo.turns, "recommendations"
            break
        tracker = assistant.tracker(sender)
        requested = (tracker.get("slots") or {}).get("requested_slot")
        if not replies:
            convo.ended = "no_reply"
            break
        if requested is None:
            convo.ended = "no_question"
            break
        if convo.turns >= max_turns:
            convo.ended = "turn_cap"
            break
        answered[requested] += 1
        if answered[requested] > GIVE_UP_AFTER:
            replies = send(give_up)
        else:
            replies = send(answers.get(requested, fallback))
    tracker = assistant.tracker(sender)
    convo.slots = dict(tracker.get("slots") or {})
    convo.asked = questions_asked(tracker.get("events") or [])
    return convo


# --- scoring ---------------------------------------------------------------------------------------


def load_catalogue(path: Path = ROOT / "pathways.yml") -> Dict[str, Dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {p["id"]: p for p in data["pathways"]}


def _place_name(name: Any) -> str:
    return " ".join(str(name).lower().replace("-", " ").split())


def slot_right(slot: str, expected: Any, got: Any) -> bool:
    if got is None:
        return False
    if slot == "annual_income":
        if expected == vocab.INCOME_DECLINED or got == vocab.INCOME_DECLINED:
            return expected == got
        try:
            amount = float(got)
        except (TypeError, ValueError):
            return False
        if _is_range(expected):
            return expected["min"] <= amount <= expected["max"]
        return abs(amount - float(expected)) <= 1.0
    if slot in ("age", "qualification_level"):
        try:
            return int(float(got)) == expected
        except (TypeError, ValueError):
            return False
    if slot == "universal_credit":
        return got is expected
    if slot == "local_authority" and expected not in vocab.LOCAL_AUTHORITIES:
        # a place outside the region as they wrote it: "Stoke on Trent" is Stoke-on-Trent
        return _place_name(got) == _place_name(expected)
    return got == expected


def ineligible_reasons(resident: Dict[str, Any], pathway: Dict[str, Any],
                       catalogue: Dict[str, Dict[str, Any]]) -> List[str]:
    """Why a recommended pathway is not one this resident can take, by what they really said.

    Only rules that are certain from the resident's own facts: the kinds their situation rules out
    (written per resident), WMCA-funded places outside its area, the pathway's own age band, a
    full-time-only route for someone who said part time or evenings, a route run only for groups they
    said they are not in, and an in-person route in another council's area.
    """
    reasons = []
    entry = catalogue.get(pathway.get("id"), {})
    rules = entry.get("eligibility") or {}
    kind = pathway.get("kind") or entry.get("kind")
    facts = {**(resident.get("facts") or {}), **(resident.get("expect") or {})}
    if kind in (resident.get("exclude_kinds") or []):
        reasons.append(f"kind:{kind}")
    for funder in resident.get("exclude_funders") or []:
        if kind != "advice_service" and FUNDERS[funder] in (entry.get("funding_body") or ""):
            reasons.append(f"funder:{funder}")
    age = facts.get("age")
    if isinstance(age, int):
        low, high = rules.get("min_age"), rules.get("max_age")
        if (low is not None and age < low) or (high is not None and age > high):
            reasons.append("age")
    schedule = entry.get("schedule") or []
    if facts.get("availability") in ("part_time", "evenings_weekends") and schedule == ["full_time"]:
        reasons.append("schedule")
    groups = rules.get("target_groups") or []
    not_in = set(resident.get("not_in_groups") or [])
    if groups and set(groups) <= not_in:
        reasons.append("target_group")
    place = facts.get("local_authority")
    locations = entry.get("locations") or []
    if (place in vocab.LOCAL_AUTHORITIES and locations and entry.get("delivery") != "online"
            and place not in locations):
        reasons.append("place")
    return reasons


@dataclass
class Score:
    resident: Dict[str, Any]
    conversation: Conversation
    slots: Dict[str, bool]  # expected slot -> right?
    kinds: List[str]
    include_ok: bool
    scope_ok: bool
    ineligible: List[Tuple[str, List[str]]]  # (pathway id, reasons)

    @property
    def fully_right(self) -> bool:
        # a conversation that never reached its routes is not right, however well its facts were read
        return (self.conversation.ended == "recommendations" and all(self.slots.values()) and self.include_ok
                and self.scope_ok and not self.ineligible)


def score(convo: Conversation, catalogue: Dict[str, Dict[str, Any]]) -> Score:
    resident = convo.resident
    expect = resident.get("expect") or {}
    answers = resident["turns"].get("answers") or {}
    # A fact the resident only gives when asked is not scored when the assistant never needed to ask
    # for it (and did not fill it some other way): the resident never said it.
    slots = {slot: slot_right(slot, value, convo.slots.get(slot)) for slot, value in expect.items()
             if not (slot in answers and not convo.asked[slot] and convo.slots.get(slot) is None)}
    pathways = (convo.payload or {}).get("pathways") or []
    kinds = [p.get("kind") for p in pathways]
    include = resident.get("include_kinds") or []
    include_ok = not include or any(k in include for k in kinds)
    scope_ok = True
    scope = resident.get("expect_scope")
    if scope == "outside_area":
        place = convo.slots.get("local_authority")
        scope_ok = (bool(place) and place not in vocab.LOCAL_AUTHORITIES and all(
            (catalogue.get(p.get("id")) or {}).get("eligibility", {}).get("region") == "national"
            for p in pathways))
    elif scope == "under_16":
        # treated as under 16: by the age they gave, or with no age by the school year or birth year they gave
        # (the youngest and oldest they can be)
        age, ages = convo.slots.get("age"), convo.slots.get("school_age")
        scope_ok = (isinstance(age, (int, float)) and age < 16) or (
            age is None and isinstance(ages, list) and len(ages) == 2 and max(ages) < 16)
    ineligible = []
    for pathway in pathways:
        reasons = ineligible_reasons(resident, pathway, catalogue)
        if reasons:
            ineligible.append((pathway.get("id"), reasons))
    return Score(resident, convo, slots, kinds, include_ok, scope_ok, ineligible)


def _rate(right: int, total: int) -> Optional[float]:
    return round(right / total, 4) if total else None


# Per-resident detail (ids, expected values, what went wrong) is reported for the development part
# only: the held-out part's summary must not become a list of sentences to tune to.
DETAIL_KEYS = ("ineligible_detail", "questions_asked_more_than_twice_detail", "not_fully_right")


def report(scores: Sequence[Score], *, detail: bool = True) -> Dict[str, Any]:
    per_slot: Dict[str, List[int]] = defaultdict(lambda: [0, 0])
    per_class: Dict[str, List[int]] = defaultdict(lambda: [0, 0])
    for s in scores:
        for slot, ok in s.slots.items():
            per_slot[slot][0] += ok
            per_slot[slot][1] += 1
        for tag in s.resident["class"]:
            per_class[tag][0] += s.fully_right
            per_class[tag][1] += 1
    right = sum(v[0] for v in per_slot.values())
    total = sum(v[1] for v in per_slot.values())
    turns = [s.conversation.recommended_at for s in scores if s.conversation.recommended_at is not None]
    up_front = [s.conversation.recommended_at for s in scores
                if s.conversation.recommended_at is not None and "facts_up_front" in s.resident["class"]]
    over_twice = [(s.resident["id"], slot) for s in scores for slot, n in s.conversation.asked.items() if n > 2]
    ineligible = [(s.resident["id"], pid, reasons) for s in scores for pid, reasons in s.ineligible]
    out = {
        "residents": len(scores),
        "fully_right": sum(s.fully_right for s in scores),
        "fully_right_rate": _rate(sum(s.fully_right for s in scores), len(scores)),
        "slot_accuracy": _rate(right, total),
        "slot_accuracy_per_slot": {k: {"right": v[0], "of": v[1], "rate": _rate(*v)}
                                   for k, v in sorted(per_slot.items())},
        "ineligible_recommendations": len(ineligible),
        "ineligible_by_reason": dict(Counter(r.split(":")[0] for _, _, rs in ineligible for r in rs)),
        "ineligible_detail": [{"resident": r, "pathway": p, "reasons": rs} for r, p, rs in ineligible],
        "recommended": len(turns),
        "turns_to_first_recommendation": {
            "median": statistics.median(turns) if turns else None, "max": max(turns) if turns else None},
        "turns_to_first_recommendation_facts_up_front": {
            "median": statistics.median(up_front) if up_front else None,
            "max": max(up_front) if up_front else None},
        "questions_asked_more_than_twice": len(over_twice),
        "questions_asked_more_than_twice_detail": [f"{r}:{slot}" for r, slot in over_twice],
        "ended": dict(Counter(s.conversation.ended for s in scores)),
        "per_class": {k: {"fully_right": v[0], "of": v[1], "rate": _rate(*v)} for k, v in sorted(per_class.items())},
        "not_fully_right": [_failure(s) for s in scores if not s.fully_right],
    }
    return out if detail else {k: v for k, v in out.items() if k not in DETAIL_KEYS}


def _failure(s: Score) -> Dict[str, Any]:
    expect = s.resident.get("expect") or {}
    return {
        "resident": s.resident["id"],
        "wrong_slots": {slot: {"expected": expect[slot], "got": s.conversation.slots.get(slot)}
                        for slot, ok in s.slots.items() if not ok},
        "kinds": s.kinds,
        "include_ok": s.include_ok,
        "scope_ok": s.scope_ok,
        "ineligible": [pid for pid, _ in s.ineligible],
        "ended": s.conversation.ended,
    }


def print_report(name: str, data: Dict[str, Any], out=sys.stdout, verbose: bool = False) -> None:
    def pct(x: Optional[float]) -> str:
        return "n/a" if x is None else f"{100 * x:.1f}%"

    w = out.write
    w(f"\n== {name}: {data['residents']} residents\n")
    w(f"fully right:               {data['fully_right']}/{data['residents']} ({pct(data['fully_right_rate'])})\n")
    w(f"slot accuracy (overall):   {pct(data['slot_accuracy'])}\n")
    for slot, v in data["slot_accuracy_per_slot"].items():
        w(f"  {slot:<20} {v['right']:>4}/{v['of']:<4} {pct(v['rate'])}\n")
    w(f"ineligible recommendations: {data['ineligible_recommendations']} {data['ineligible_by_reason'] or ''}\n")
    t, u = data["turns_to_first_recommendation"], data["turns_to_first_recommendation_facts_up_front"]
    w(f"reached recommendations:   {data['recommended']}/{data['residents']}  (ended: {data['ended']})\n")
    w(f"turns to first recommendation: median {t['median']}, max {t['max']}"
      f" (facts up front: median {u['median']}, max {u['max']})\n")
    w(f"questions asked more than twice: {data['questions_asked_more_than_twice']}\n")
    w("per class (fully right):\n")
    for tag, v in data["per_class"].items():
        w(f"  {tag:<24} {v['fully_right']:>3}/{v['of']:<3} {pct(v['rate'])}\n")
    if verbose:
        for failure in data.get("not_fully_right", []):
            w(f"  x {json.dumps(failure, default=str)}\n")


# --- running it ------------------------------------------------------------------------------------


def run(assistant: Assistant, residents: Sequence[Dict[str, Any]], *, transcripts: Optional[Path] = None,
        ) -> List[Score]:
    catalogue = load_catalogue()
    scores = []
    for resident in residents:
        convo = converse(assistant, resident)
        scores.append(score(convo, catalogue))
        log_transcript(transcripts, resident, convo)
    return scores


def log_transcript(transcripts: Optional[Path], resident: Dict[str, Any], convo: Conversation) -> None:
    """Append a development resident's conversation (JSON lines); the held-out part is never written."""
    if transcripts is None or resident["part"] != "dev":
        return
    with transcripts.open("a", encoding="utf-8") as log:
        log.write(json.dumps({"resident": resident["id"], "ended": convo.ended,
                              "transcript": convo.transcript, "slots": {
                                  k: convo.slots.get(k) for k in vocab.PROFILE_FACTS}},
                             default=str) + "\n")


def evaluate(assistant: Assistant, which: str, *, transcripts: Optional[Path] = None) -> Dict[str, Any]:
    """The report for each part asked for (and for both together when `which` is all)."""
    residents = load_set(which)
    scores = run(assistant, residents, transcripts=transcripts)
    parts = PARTS if which == "all" else (which,)
    out = {part: report([s for s in scores if s.resident["part"] == part], detail=part == "dev")
           for part in parts}
    if which == "all":
        out["all"] = report(scores, detail=False)
    return out


class StackNotStarted(RuntimeError):
    """The assistant could not be started for the evaluation; the message says why."""


class LocalStack:
    """The embedded profile (bot.supervisor) on free loopback ports with a throwaway var dir."""

    def __init__(self, token: str = "eval-residents-token"):
        self.token = token
        self.tmp = tempfile.TemporaryDirectory(prefix="waymark-eval-")
        self.stack = None
        self.previous: Dict[str, Optional[str]] = {}

    def __enter__(self) -> "LocalStack":
        import subprocess

        from bot import supervisor
        from bot.ops import processes

        var_dir = Path(self.tmp.name)
        overrides = {
            "WAYMARK_DATABASE_URL": f"sqlite:///{var_dir / 'waymark.db'}",
            "WAYMARK_VAR_DIR": str(var_dir),
            # Built once by `make nlp`; the throwaway var dir must not hide it.
            "WAYMARK_SPACY_MODEL": str(ROOT / "var" / "spacy" / "waymark_en"),
            "WAYMARK_PSEUDONYM_KEY": "eval-residents-pseudonym-key",
            "WAYMARK_TRACKER_STORE_URL": f"sqlite:///{var_dir / 'rasa_tracker.db'}",
        }
        self.previous = {k: os.environ.get(k) for k in overrides}
        os.environ.update(overrides)
        try:
            model = ROOT / "models" / "waymark.tar.gz"
            if not model.exists():
                raise StackNotStarted(f"no trained model at {model}: run `make train`")
            loaded = subprocess.run(
                [sys.executable, "-m", "bot", "pathways", "load", str(ROOT / "pathways.yml")],
                cwd=ROOT, capture_output=True, text=True)
            if loaded.returncode != 0:
                raise StackNotStarted(f"the catalogue did not load: {loaded.stderr.strip()[-500:]}")
            config = supervisor.StackConfig(
                root=ROOT, python=Path(sys.executable), model_path=model, var_dir=var_dir,
                rasa_token=self.token, rasa_port=processes.free_port(),
                action_port=processes.free_port(), gateway_port=None,
            )
            self.stack = processes.Stack(config, supervisor.services(config))
            self.stack.start(timeout=300)  # stops what it started when it fails
        except BaseException:
            self.__exit__()
            raise
        return self

    @property
    def url(self) -> str:
        return self.stack.config.rasa_url

    def __exit__(self, *exc: Any) -> None:
        if self.stack is not None:
            self.stack.stop()
        for key, value in self.previous.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        self.tmp.cleanup()


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url", nargs="?", default=DEFAULT_URL, help=f"Rasa's URL (default {DEFAULT_URL})")
    parser.add_argument("--token", default=os.environ.get("RASA_TOKEN"), help="Rasa's API token (RASA_TOKEN)")
    parser.add_argument("--set", dest="which", choices=PARTS + ("all",), default="dev")
    parser.add_argument("--json", type=Path, help="write the report here as JSON")
    parser.add_argument("--transcripts", type=Path, help="append each conversation here (JSON lines)")
    parser.add_argument("--start", action="store_true",
                        help="start the assistant on free ports with a throwaway var dir, then stop it")
    parser.add_argument("--check", action="store_true", help="only validate the evaluation set")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each resident not fully right")
    args = parser.parse_args(argv)

    try:
        residents = load_set(args.which)
    except SetError as error:
        print(f"The evaluation set is not valid: {error}", file=sys.stderr)
        return 2
    if args.check:
        print(f"{len(residents)} residents, valid.")
        return 0
    started = time.monotonic()
    if not args.start and not args.token:
        print("Rasa's API token is needed to read the tracker: set RASA_TOKEN or pass --token.",
              file=sys.stderr)
        return 2
    try:
        if args.start:
            from bot.ops.processes import StackError

            try:
                with LocalStack() as local:
                    results = evaluate(Assistant(local.url, local.token), args.which,
                                       transcripts=args.transcripts)
            except (StackNotStarted, StackError) as error:
                print(f"Could not start the assistant: {error}", file=sys.stderr)
                return 1
        else:
            results = evaluate(Assistant(args.url, args.token), args.which, transcripts=args.transcripts)
    except (urllib.error.URLError, OSError) as error:
        print(f"Could not talk to the assistant: {error}", file=sys.stderr)
        return 1
    finish(results, started, args.json, verbose=args.verbose)
    return 0


def finish(results: Dict[str, Any], started: float, json_path: Optional[Path], *, verbose: bool = False,
           after_each=None) -> None:
    """Print each part's report (and what `after_each(name, data)` adds), the time taken, and the JSON."""
    for name, data in results.items():
        print_report(name, data, verbose=verbose)
        if after_each is not None:
            after_each(name, data)
    print(f"\n({time.monotonic() - started:.0f} s)")
    if json_path:
        json_path.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
