"""Free text -> facts (slot values): "im 22 n on UC in sandwell" -> age 22, UC yes, Sandwell.

The spaCy pipeline (bot.nlp) finds the phrases; this module decides whether each one is really a
fact about the resident, here and now: not negated ("not on UC"), not wished for ("want a degree"),
not past ("when I was at school"), not someone else's ("my son is 5 years old"), not a question
("what is ESOL?"). Numbers (ages, pay) are parsed by bot.numbers; places by bot.places. A wrong
fact is worse than a missing one, because the dialogue asks for whatever is still missing.

Never extracts health, religion or ethnicity; target groups only when residents say it of
themselves ("as a black woman", "I'm a care leaver").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

from bot import numbers, vocab
from bot.places import Gazetteer, PlaceMatch
from bot.unreadable import TOO_LONG, classify_unreadable

MAX_ANALYSED = 2000  # characters; a turn is a few ms even for a pasted essay


@dataclass(frozen=True)
class Fact:
    slot: str
    value: Any
    start: int
    end: int
    text: str


_WINDOW = 5
_CLAUSE_END = {",", ".", ";", "!", "?", ":", "but", "though", "although", "because"}
NEGATION = {"not", "no", "never", "without", "neither", "nor"}
HYPOTHETICAL = {"if", "whether", "unless"}
PAST = {"was", "were", "used", "previously", "formerly", "former", "ago", "when"}
SOMEONE_ELSE = {
    "son", "sons", "daughter", "daughters", "kid", "kids", "child", "children", "boy", "girl",
    "brother", "sister", "wife", "husband", "partner", "mum", "mom", "dad", "mother", "father",
    "he", "she", "his", "her", "they", "their", "friend", "friends", "cousin", "nephew", "niece",
}
WISH = {
    "want", "like", "love", "hope", "hoping", "plan", "planning", "interested", "keen", "fancy",
    "learn", "learning", "become", "study", "studying", "train", "training", "try", "career",
    "into", "considering", "thinking", "need", "needs", "require", "requires", "required", "do",
    "doing", "get", "getting", "gain", "apply", "applying", "start", "starting", "towards",
    "course", "courses", "what", "which", "whats", "tell", "explain", "mean", "means", "be",
}
SEEKING = {"looking", "want", "seeking", "find", "finding", "need", "get", "getting", "apply",
           "applying", "become", "be", "like", "hope", "hoping", "search", "searching"}
JOB_WORDS = {"work", "works", "working", "worked", "job", "jobs", "did", "experience",
             "employed", "manager", "background", "was", "were", "used"}
# In a question, a fact counts only when said of oneself: "I have GCSEs, can I apply?" but not
# "will it affect my UC?" or "is an HNC a degree?".
STATEMENT = {"am", "have", "got"}
JOB_TITLES = {"programmer", "developer", "engineer", "analyst", "scientist", "designer",
              "technician", "creator", "marketer", "tester"}
FILLERS = {"really", "even", "actually", "ever", "currently", "yet"}
QUESTION_WORDS = {"what", "whats", "how", "which", "who", "when", "where", "why"}
QUESTION_AUX = {"is", "are", "does", "do", "will", "would", "should", "can", "could", "am"}
SUBJECTS = {"i", "you", "it", "this", "that", "there", "the", "a", "an", "my", "we", "they",
            "he", "she", "someone", "anyone", "people", "these", "those"}
BACKGROUND_PRIORITY = ("refugee", "displaced_worker", "school_leaver", "low_wage",
                       "career_changer", "unemployed", "other")
_AUTOMATION = re.compile(r"\b(?:automation|automated|robots?|machines?|ai|self checkouts?)\b")
_JOB_LOSS = re.compile(r"\b(?:lost my job|laid off|got sacked|got fired|made redundant)\b")
_GOOD_GRADES = re.compile(
    r"\b(?:good|high|great) grades?\b|\bgrades? [4-9]\b|\b[abc]s? grades\b|\bgrade [abc]\b|\bpassed\b")
_LOW_GRADES = re.compile(
    r"\b(?:low|bad|poor|rubbish|not (?:very )?good) grades?\b|\bgrades? [1-3]\b|\b[de]s? grades\b"
    r"|\bgrade [de]\b|\bfailed\b|\bdid not pass\b|\bbelow (?:a )?c\b|\bunder (?:a )?c\b")
_DECLINE = re.compile(
    r"\b(?:prefer|rather|do not want|not want|not comfortable|not going) (?:not )?(?:to )?"
    r"(?:say|tell|share|give|disclose|answer)\b")
_INCOME_WORDS = re.compile(r"\b(?:income|earn|earns|earnings|earning|salary|wage|wages|pay|paid|"
                           r"money|how much)\b")
_ZERO_WORDS = {"nothing", "none", "nil", "nowt", "nothing at all", "none at all"}
_PLACE_ORIGIN = {"moved", "came", "come", "coming", "originally", "fled", "escaped", "relocated",
                 "born", "grew", "raised", "used", "lived", "visiting", "visit", "moving", "move",
                 "going", "travel", "travelling", "holiday", "leaving", "left"}
_PLACE_WORK = {"work", "works", "working", "job", "office", "shop", "employer", "commute"}
_PLACE_HOME = {"live", "living", "lives", "based", "postcode", "reside", "resident", "from"}
_INSTITUTION = {"university", "uni", "college", "city", "fc", "villa", "airport", "hospital",
                "station", "council", "road", "rd", "street", "st", "avenue", "lane", "way"}
_WORD = re.compile(r"[a-z0-9]+")


class Understanding:
    def __init__(self, nlp, gazetteer: Gazetteer) -> None:
        self.nlp = nlp
        self.gazetteer = gazetteer

    @classmethod
    def from_settings(cls, settings=None) -> "Understanding":
        from bot import nlp as pipeline  # imported here: spaCy is heavy and only needed at runtime
        from bot.settings import Settings

        settings = settings or Settings.from_env()
        return cls(pipeline.load(settings.spacy_model_path), Gazetteer.load(settings.gazetteer_path))

    # ------------------------------------------------------------------------------------------
    def extract(self, text: Optional[str]) -> List[Fact]:
        text = (text or "")[:MAX_ANALYSED]
        if not text.strip():
            return []
        doc = self.nlp(text)
        view = _View(doc)
        question = _is_question(doc, text)
        words = sum(1 for t in doc if not t.is_punct)
        found: List[Tuple[Fact, str]] = []  # (fact, flag)
        ignored = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "IGNORE"]
        for ent in doc.ents:
            if ent.label_ != "FACT":
                continue
            for spec in ent.ent_id_.split(";"):
                slot, _, raw = spec.partition("=")
                flag = raw[-1] if raw[-1:] in "?!" else ""
                value = _typed(slot, raw.rstrip("?!"))
                if flag == "?" and (words > len(ent) + 2 or question):
                    continue
                fact = Fact(slot, value, ent.start_char, ent.end_char, ent.text)
                fact = _in_context(fact, ent, doc, view, question, words)
                if fact is not None:
                    found.append((fact, flag))
        found += [(f, "") for f in self._numbers(view, text)]
        place = self._place(text, ignored)
        if place is not None:
            found.append((place, ""))
        facts = _settle(found, view, text)
        if not facts:
            facts = self._bare(view, text)
        return sorted(facts, key=lambda f: (f.start, f.slot))

    # ------------------------------------------------------------------------------------------
    def _numbers(self, view: "_View", text: str) -> List[Fact]:
        out = []
        age = numbers.age(view.masked)
        if age:
            out.append(view.fact("age", age[0], age[1], age[2], text))
        income = numbers.annual_income(view.masked)
        if income:
            out.append(view.fact("annual_income", float(income[0]), income[1], income[2], text))
        decline = _DECLINE.search(view.plain)
        if decline and _INCOME_WORDS.search(view.plain):
            out.append(view.fact("annual_income", vocab.INCOME_DECLINED, decline.start(),
                                 decline.end(), text))
        return out

    def _bare(self, view: "_View", text: str) -> List[Fact]:
        stripped = view.plain.strip(" .!")
        if stripped in _ZERO_WORDS:
            return [view.fact("number", 0, 0, len(view.plain), text)]
        bare = numbers.bare_number(view.plain)
        return [view.fact("number", bare[0], bare[1], bare[2], text)] if bare else []

    def _place(self, text: str, ignored: List[Tuple[int, int]]) -> Optional[Fact]:
        lowered = text.lower()
        candidates: List[Tuple[PlaceMatch, bool]] = []
        for match in self.gazetteer.find(text):
            if any(s < match.end and match.start < e for s, e in ignored):
                continue
            # the words before, within this clause ("originally but live in Coventry": "live in")
            clause = re.split(r"[,.;!?()]|\bbut\b|\bnow\b", lowered[max(0, match.start - 40): match.start])[-1]
            before = _WORD.findall(clause)[-4:]
            after = _WORD.findall(lowered[match.end: match.end + 20])[:2]
            if after[:1] and after[0] in _INSTITUTION:
                continue  # "Coventry University", "Walsall Road": a name, not where they live
            if "between" in before:
                return None  # "between Walsall and Wolverhampton": ask
            if set(before[-3:]) & _PLACE_WORK:
                continue  # where they work is not where they live
            moved_to = before[-2:] in (["moved", "to"], ["relocated", "to"], ["moved", "here"])
            if (set(before) & _PLACE_ORIGIN and not moved_to) or "originally" in after:
                continue  # "came from Manchester", "born in Walsall", "moving to Leeds"
            candidates.append((match, moved_to or bool(set(before[-3:]) & _PLACE_HOME)))
        if not candidates and len(text) <= 60:  # the whole answer may be a place: "wolverhamton"
            whole = self.gazetteer.resolve(text)
            if whole is not None:
                candidates.append((whole, True))
        values = {self.gazetteer.slot_value(m) for m, _ in candidates}
        if len(values) > 1:
            candidates = [(m, home) for m, home in candidates if home]
            values = {self.gazetteer.slot_value(m) for m, _ in candidates}
        if len(values) != 1:
            return None
        match = candidates[0][0]
        return Fact("local_authority", self.gazetteer.slot_value(match), match.start, match.end,
                    match.matched)


class _View:
    """The message as normalised words, with offsets back into the original text."""

    def __init__(self, doc) -> None:
        pieces = []  # (norm, start, end, masked)
        claimed = set()
        for ent in doc.ents:
            claimed.update(range(ent.start, ent.end))
        for i, token in enumerate(doc):
            if token.is_space:
                continue
            glued = i > 0 and not doc[i - 1].whitespace_ and not token.whitespace_
            if token.text in ("-", "–") and glued and i + 1 < len(doc) and doc[i + 1].is_alpha:
                continue  # "part-time" reads as "part time"
            pieces.append([token.norm_, token.idx, token.idx + len(token.text), i in claimed])
        norms = [p[0] for p in pieces]
        for i, j, digits in reversed(numbers.merge_number_words(norms)):
            merged = [digits, pieces[i][1], pieces[j - 1][2], any(p[3] for p in pieces[i:j])]
            pieces[i:j] = [merged]
        self.pieces = pieces
        self.offsets = []
        position = 0
        for norm, *_ in pieces:
            self.offsets.append(position)
            position += len(norm) + 1
        self.plain = " ".join(p[0] for p in pieces)
        self.masked = " ".join("§" if p[3] else p[0] for p in pieces)

    def span(self, start: int, end: int) -> Tuple[int, int]:
        """Offsets in the normalised text -> offsets in the original text."""
        first = last = None
        for k, offset in enumerate(self.offsets):
            if offset < end and start < offset + len(self.pieces[k][0]):
                first = k if first is None else first
                last = k
        if first is None:
            return 0, 0
        return self.pieces[first][1], self.pieces[last][2]

    def fact(self, slot: str, value: Any, start: int, end: int, text: str) -> Fact:
        s, e = self.span(start, end)
        return Fact(slot, value, s, e, text[s:e])


def _is_question(doc, text: str) -> bool:
    """ "?" or a question opening: "what is", "will it", "can I" (but not "can do evenings")."""
    if "?" in text:
        return True
    norms = [t.norm_ for t in doc[:2]] + ["", ""]
    if norms[0] in QUESTION_WORDS:
        return True
    return norms[0] in QUESTION_AUX and (norms[1] in SUBJECTS or norms[1].endswith("ing"))


def _typed(slot: str, raw: str) -> Any:
    if slot == "qualification_level":
        return int(raw)
    if slot == "universal_credit":
        return raw == "true"
    if slot == "annual_income":
        return float(raw)
    return raw


def _window(doc, ent) -> List[str]:
    out = []
    for token in reversed(doc[max(0, ent.start - _WINDOW): ent.start]):
        if token.norm_ in _CLAUSE_END:
            break
        out.append(token.norm_)
    return out


def _negated(window: List[str]) -> bool:
    """A "no"/"not" before the phrase, unless a new wish starts in between.

    "I don't want to do coding" and "not interested in data" are negated; "no job, want to do
    coding" is not: the "no" belongs to the job.
    """
    in_order = window[::-1]
    negators = [i for i, word in enumerate(in_order) if word in NEGATION]
    if not negators:
        return False
    between = [w for w in in_order[negators[-1] + 1:] if w not in FILLERS]
    wishes = [i for i, word in enumerate(between) if word in WISH]
    return not wishes or wishes[0] == 0


def _in_context(fact: Fact, ent, doc, view, question: bool, words: int) -> Optional[Fact]:
    """The fact, a changed fact ("part time at Tesco" is a job), or None when it isn't one."""
    window = _window(doc, ent)
    before = set(window)
    prev = doc[ent.start - 1].norm_ if ent.start > 0 else ""
    nxt = doc[ent.end].norm_ if ent.end < len(doc) else ""
    slot, value = fact.slot, fact.value
    negated = _negated(window)
    if before & SOMEONE_ELSE or before & HYPOTHETICAL:
        return None
    if question and slot != "interest" and not before & STATEMENT:
        return None
    if slot == "qualification_level":
        return None if negated or before & WISH else fact
    if slot == "interest":
        if negated or (before & JOB_WORDS and not before & WISH):
            return None
        if doc[ent.end - 1].norm_ in JOB_TITLES and not before & WISH:
            return None  # "I am IT technician": their job, not necessarily their wish
        if ent.text.lower() == "social media" and prev in {"on", "saw", "via", "through", "from", "seen"}:
            return None
        if value == "cyber_security" and ent.text.lower() == "security" and (
            prev in {"social", "job", "national", "home", "food", "financial"}
            or nxt in {"guard", "guards", "officer", "officers", "job", "staff", "check", "checks"}
        ):
            return None
        return fact
    if slot == "availability":
        if negated or before & PAST:
            return None
        at_work = nxt in {"at", "for", "in", "as", "job", "jobs", "work", "worker", "shift", "shifts",
                          "contract"} or before & {"work", "working", "works", "job", "employed"}
        if not at_work:
            return fact
        after = doc[ent.end + 1].norm_ if ent.end + 1 < len(doc) else ""
        if before & SEEKING or after in {"college", "school", "university", "sixth"}:
            return fact if before & SEEKING else None
        return Fact("employment_status", "employed", fact.start, fact.end, fact.text)
    if slot == "employment_status":
        lost = any(w in ent.text.lower() for w in ("lost", "laid", "sacked", "fired", "redundan"))
        if negated or (before & PAST and not lost) or (value != "unemployed" and before & SEEKING):
            return None
        if value == "employed" and nxt in {"on", "towards", "toward"}:
            return None  # "I'm working on my English"
        return fact
    if slot in ("universal_credit", "annual_income"):
        if before & PAST or (negated and value not in (False, 0.0)):
            return None
        bare = ent.text.lower() in {"uc", "universal credit"}
        return None if question and bare else fact
    if slot == "english_level":
        if negated or (question and "esol" in ent.text.lower()):
            return None
        if ent.text.lower() == "fluent":
            if nxt == "in" and ent.end + 1 < len(doc) and doc[ent.end + 1].norm_ != "english":
                return None
            if "english" not in view.plain and words > 3:
                return None
        return fact
    if value == "refugee":
        if prev in {"with", "help", "helping", "support", "supporting", "for", "about"}:
            return None
    if slot == "target_group" and question:
        return None
    return None if negated else fact


def _settle(found: List[Tuple[Fact, str]], view: _View, text: str) -> List[Fact]:
    """One value per slot (target groups excepted); when values disagree, keep none."""
    plain = view.plain
    by_slot: Dict[str, List[Tuple[Fact, str]]] = {}
    for fact, flag in found:
        by_slot.setdefault(fact.slot, []).append((fact, flag))
    out: List[Fact] = []
    for slot, items in by_slot.items():
        facts = sorted((f for f, _ in items), key=lambda f: f.start)
        values = []
        for f in facts:
            if f.value not in values:
                values.append(f.value)
        chosen: Optional[Any] = None
        if slot == "target_group":
            out += [next(f for f in facts if f.value == v) for v in values]
            continue
        if slot == "qualification_level":
            chosen = max(values)
            gcse_only = chosen == 2 and any("gcse" in f.text.lower() for f in facts)
            if gcse_only and _LOW_GRADES.search(plain):
                if not _GOOD_GRADES.search(plain):  # some passed, some not: ask, don't guess
                    out.append(Fact(slot, 1, *_first(facts, 2)))
                continue
        elif slot == "interest":
            topics = [v for v in values if v != vocab.INTEREST_NOT_SURE]
            chosen = topics[0] if topics else values[0]
        elif slot == "background":
            chosen = min(values, key=BACKGROUND_PRIORITY.index)
        elif slot == "availability" and set(values) == {"part_time", "evenings_weekends"}:
            chosen = "evenings_weekends"
        elif slot == "english_level":
            chosen = min(values, key=vocab.ENGLISH_LEVELS.index)
        elif len(values) == 1:
            chosen = values[0]
        else:
            decisive = {f.value for f, flag in items if flag == "!"}
            chosen = decisive.pop() if len(decisive) == 1 else None
        if chosen is not None:
            out.append(Fact(slot, chosen, *_first(facts, chosen)))
    return _tidy_background(out, view, text)


def _first(facts: List[Fact], value: Any) -> Tuple[int, int, str]:
    f = next((f for f in facts if f.value == value), facts[0])
    return f.start, f.end, f.text


def _tidy_background(facts: List[Fact], view: _View, text: str) -> List[Fact]:
    slots = {f.slot: f for f in facts}
    background = slots.get("background")
    employment = slots.get("employment_status")
    if background and background.value == "unemployed" and not (
        employment and employment.value == "unemployed"
    ):
        facts.remove(background)  # "lost my job ... now at Tesco": not unemployed any more
        background = None
    loss = _JOB_LOSS.search(view.plain)
    if loss and _AUTOMATION.search(view.plain) and (
        background is None or background.value in ("unemployed", "low_wage", "career_changer")
    ):  # "lost my job when the warehouse got robots": displaced by automation
        if background:
            facts.remove(background)
        facts.append(view.fact("background", "displaced_worker", loss.start(), loss.end(), text))
    return facts


__all__ = ["Fact", "Understanding", "classify_unreadable", "MAX_ANALYSED", "TOO_LONG"]
