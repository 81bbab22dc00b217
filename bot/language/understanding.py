"""Free text -> facts (slot values): "im 22 n on UC in sandwell" -> age 22, UC yes, Sandwell.

The spaCy pipeline (bot.language.nlp) finds the phrases; bot.language.phrase_context decides whether each one is really a
fact about the resident, here and now (not negated, wished for, past, someone else's or asked
about); bot.language.numbers parses ages and pay; bot.language.places finds where they live. This module puts those
together and settles disagreements. A wrong fact is worse than a missing one, because the dialogue
asks for whatever is still missing, so when two values disagree neither is kept.

Never extracts health, religion or ethnicity; target groups only when residents say it of
themselves ("as a black woman", "I'm a care leaver").
"""

from __future__ import annotations

import dataclasses
import logging
import re
from typing import Any, Dict, List, Optional, Tuple

from bot.dialogue import intake
from bot.language import answers, numbers, vocab
from bot.language.answers import ANSWER_MAX_WORDS
from bot.language.phrase_context import in_context, is_question
from bot.language.facts import Fact
from bot.language.places import Gazetteer, PlaceMatch
from bot.language.situations import tidy_background
from bot.language.unreadable import TOO_LONG, classify_unreadable

MAX_ANALYSED = TOO_LONG  # characters; longer is "too long" anyway, and a turn stays a few ms
BACKGROUND_PRIORITY = ("refugee", "displaced_worker", "school_leaver", "low_wage",
                       "career_changer", "unemployed", "other")
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
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n+")

# Hours worked now, said as a fact: "working 16 hours in a pharmacy", "i do 20 hrs a week at asda".
# Hours wanted ("want to work 16 hours", "can only do 20 hours") are availability, not a job.
_WORKING_HOURS = re.compile(
    r"(?P<wish>\b(?:want|wanna|like|could|can|only|looking|need|hoping|prefer|would|to) (?:\S+ )?)?"
    r"\b(?P<w>working|i work|i do|doing) (?:about |around )?\d{1,2} (?:hours|hrs)\b")
# Words that make a topic what the resident wants, not what they do now: "I'm a social media assistant
# and want to learn data" wants data; "I do digital marketing now, fancy coding" wants coding.
_WANTING = {"want", "wanna", "wanting", "like", "love", "fancy", "hope", "hoping", "learn", "learning", "into",
            "study", "studying", "train", "training", "retrain", "become", "interested", "keen", "considering",
            "thinking", "move", "moving", "switch", "switching", "try", "trying", "towards", "dream"}
_WANT_WINDOW = 6
# A qualification gained abroad is mapped to the nearest RQF level; providers may ask for a UK ENIC
# statement of comparability (https://www.enic.org.uk/). Cues that the resident's qualification is from abroad:
_ABROAD = re.compile(
    r"\b(?:abroad|overseas|back home|in my (?:home )?country|from my (?:home )?country|foreign|"
    r"(?:in|from) (?:" + "|".join([
        "afghanistan", "albania", "algeria", "bangladesh", "bosnia", "brazil", "bulgaria", "cameroon",
        "china", "colombia", "congo", "croatia", "czech republic", "egypt", "eritrea", "ethiopia", "france",
        "gambia", "georgia", "germany", "ghana", "greece", "hong kong", "hungary", "india", "iran", "iraq",
        "italy", "jamaica", "kenya", "kosovo", "kurdistan", "latvia", "lebanon", "libya", "lithuania",
        "malawi", "moldova", "morocco", "nepal", "nigeria", "pakistan", "philippines", "poland", "portugal",
        "romania", "russia", "rwanda", "senegal", "serbia", "sierra leone", "slovakia", "somalia",
        "south africa", "spain", "sri lanka", "sudan", "syria", "tunisia", "turkey", "uganda", "ukraine",
        "venezuela", "vietnam", "yemen", "zambia", "zimbabwe"]) + r"))\b")
_FOREIGN_QUALIFICATIONS = re.compile(
    r"\b(?:baccalaureate|bacalaureat|baccalaureat|abitur|matura|wassce|waec|neco|ssce|licentiate|"
    r"higher secondary certificate|hsc|fsc|mbbs)\b")
# Someone asking for another person: "my nephew is 18 and...", "asking for my daughter". The facts that
# follow are theirs; replies address the asker about them (he, she or they).
_RELATIONS = {
    "son": "he", "nephew": "he", "brother": "he", "husband": "he", "boyfriend": "he", "grandson": "he",
    "dad": "he", "father": "he", "uncle": "he", "stepson": "he", "lad": "he",
    "daughter": "she", "niece": "she", "sister": "she", "wife": "she", "girlfriend": "she",
    "granddaughter": "she", "mum": "she", "mom": "she", "mother": "she", "aunt": "she", "stepdaughter": "she",
    "child": "they", "kid": "they", "partner": "they", "friend": "they", "cousin": "they",
    "grandchild": "they", "relative": "they", "neighbour": "they", "neighbor": "they", "client": "they",
    # as people text them: "my little sis", "my m8", "my grandad"
    "sis": "she", "bro": "he", "grandad": "he", "granddad": "he", "grandpa": "he", "stepdad": "he",
    "nan": "she", "nana": "she", "grandma": "she", "gran": "she", "stepmum": "she", "mate": "they",
    "m8": "they", "bestie": "they",
}
_OWN_AGE = re.compile(r"\bi am (?:\d{1,3}\b|an? \d|aged)")
_REL = "|".join(sorted(_RELATIONS, key=len, reverse=True))
_ASKING_FOR = re.compile(
    r"^(?:hi |hello |hiya |hey )?(?:there )?(?:,? )?my (?P<first>" + _REL + r") "
    r"(?:(?:is|are|'s) (?P<age>\d{1,2})\b|wants|"
    r"would like|needs|is looking|is interested|is mad|is keen|is into|loves|likes|has just left|just left|"
    r"left school|is leaving|is finishing|is struggling|is unemployed|is out of work|has no job|can not find)"
    r"|\b(?:for|behalf of|asking for|helping|help|asking about|enquiring for|on behalf of) my (?P<for>" + _REL + r")\b"
    r"|\b(?:asking for|asking about|enquiring for|enquiring about|on behalf of) (?:a|an|our) (?P<for2>" + _REL + r")\b")
# A child under 13 named with their age ("my son is 12, he's really into coding") is who they ask for
# when the message goes on to what the child likes or wants, or asks what there is for them.
# The same, said less neatly: the relation with a word before it or a place after it ("my little sis,
# she's 16", "my nephew in Tamworth is 18", "my m8s 19"), or someone they support ("asking for a young man
# I support. He's 20"), followed by that person's age. Only an age makes these a request about them.
_RELATION_MENTION = re.compile(
    r"(?i)\bmy (?:(?:little|big|younger|older|eldest|oldest|youngest|baby|best|twin|teenage|step) )?"
    r"(?P<rel>" + _REL + r")(?:s\b|\b)"
    r"|\b(?:asking|enquiring|writing|here|messaging) (?:for|4|about|on behalf of) (?:a|an|our|my) "
    r"(?:young |older |friend 's |friend s )?(?P<who>man|woman|lad|girl|boy|person|lady|guy|" + _REL + r")\b")
_THEIR_AGE = re.compile(
    r"(?i)\b(?:(?P<pronoun>he|she) ?(?:is|'s|s|just turned|turned)|(?P<rel>" + _REL + r") ?(?:s|'s|is)"
    r"|(?:" + _REL + r") (?:in|from|at) \w+(?: \w+)? (?:is|'s|s)|(?P<bare>my (?:\w+ )?(?:" + _REL + r") ?,?)) (?P<n>\d{1,2})(?! ?(?:hours?|hrs?|k|grand|"
    r"days?|weeks?|months?|years? (?:ago|experience)|%|pounds?|quid|miles?))\b")
_WHO_PRONOUN = {"man": "he", "lad": "he", "boy": "he", "guy": "he", "woman": "she", "girl": "she", "lady": "she",
                "person": "they"}
_CHILD_ASK = re.compile(r"\b(?:into|loves?|likes?|wants?|keen|mad on|obsessed|interested|for (?:him|her|them)|"
                        r"anything for|clubs?)\b")
_YOUNG = 13


class Understanding:
    def __init__(self, nlp, gazetteer: Gazetteer) -> None:
        self.nlp = nlp
        self.gazetteer = gazetteer

    @classmethod
    def from_settings(cls, settings=None) -> "Understanding":
        from bot.language import nlp as pipeline  # imported here: spaCy is heavy and only needed at runtime
        from bot.settings import Settings

        settings = settings or Settings.from_env()
        nlp = pipeline.load(settings.spacy_model_path)
        gazetteer = Gazetteer.load(settings.gazetteer_path)
        stale = pipeline.stale_reason(settings.spacy_model_path, gazetteer)
        if stale:  # still usable (places also come from the gazetteer itself), but say so
            logging.getLogger(__name__).warning(stale)
        return cls(nlp, gazetteer)

    # ------------------------------------------------------------------------------------------
    def extract(self, text: Optional[str], asked: Optional[str] = None,
                about_held: Optional[str] = None) -> List[Fact]:
        """The facts `text` gives. `asked`: the question open when it was said (its slot), so a short
        reply in the resident's own words can answer it; `about_held`: he / she / they when the
        conversation is already about someone the resident asks for, whose facts these then are."""
        text = (text or "")[:MAX_ANALYSED]
        if not text.strip():
            return []
        doc = self.nlp(text)
        view = _View(doc)
        question = is_question(doc, text)
        words = sum(1 for t in doc if not t.is_punct)
        about = asking_for(view.plain)
        other = about is not None or about_held in intake.PRONOUNS
        asks = _QuestionBySentence(doc, text)
        found: List[Tuple[Fact, str]] = []  # (fact, flag)
        wanted: set = set()  # (start, topic) of interests said as a wish
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
                fact = Fact(slot, value, ent.start_char, ent.end_char, ent.text, weak=flag == "?")
                fact = in_context(fact, ent, doc, view, asks(ent.start_char), words, other=other)
                if fact is not None:
                    found.append((fact, flag))
                    if fact.slot == "interest" and _wanted(doc, ent):
                        wanted.add((fact.start, fact.value))
        found += [(f, "") for f in self._numbers(view, text, other=other)]
        place = self._place(text, ignored)
        if place is not None:
            found.append((place, ""))
        facts = _settle(found, view, text, wanted)
        if not facts:
            facts = self._bare(view, text)
        facts += _abroad(facts, view, text)
        if asked and words <= ANSWER_MAX_WORDS and not any(f.slot == asked for f in facts):
            facts = answers.answer(asked, facts, view, text)
        if about is not None:
            facts = [f for f in facts if f.slot != "asking_for"]
            facts.append(Fact("asking_for", about, 0, 0, ""))
        return sorted(facts, key=lambda f: (f.start, f.slot))

    # ------------------------------------------------------------------------------------------
    def _numbers(self, view: "_View", text: str, other: bool = False) -> List[Fact]:
        out = []
        age = numbers.age(view.masked, other=other, plain=view.plain)
        if age:
            out.append(view.fact("age", age[0], age[1], age[2], text))
        income = numbers.annual_income(view.masked)
        if income:
            out.append(view.fact("annual_income", float(income[0]), income[1], income[2], text))
        hours = _WORKING_HOURS.search(view.plain)
        if hours and not hours.group("wish"):  # "working 16 hours in a pharmacy": in work now
            out.append(view.fact("employment_status", "employed", hours.start("w"), hours.end(), text))
        hourly = numbers.hourly_pay(view.masked)
        if hourly:  # paid by the hour: in work, whatever else the message says about it
            out.append(view.fact("employment_status", "employed", hourly[1], hourly[2], text))
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
            if before[-1:] == ["not"]:
                continue  # "it's Smethwick not Oldbury", "not Dudley, Sandwell"
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


class _QuestionBySentence:
    """Is the sentence at a position a question? "Made redundant from the plant, 55, no quals. What's
    out there?" states its facts and then asks: only the asking sentence is a question."""

    def __init__(self, doc, text: str) -> None:
        self.doc, self.text, self.cache = doc, text, {}
        self.bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text) + 1]

    def __call__(self, position: int) -> bool:
        k = next(i for i in range(len(self.bounds) - 1) if position < self.bounds[i + 1])
        if k not in self.cache:
            start, end = self.bounds[k], self.bounds[k + 1]
            tokens = [t for t in self.doc if start <= t.idx < end]
            self.cache[k] = is_question(tokens, self.text[start:end])
        return self.cache[k]


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


def _typed(slot: str, raw: str) -> Any:
    if slot == "qualification_level":
        return int(raw)
    if slot == "universal_credit":
        return raw == "true"
    if slot == "annual_income":
        return float(raw)
    return raw


def _wanted(doc, ent) -> bool:
    """A wish word shortly before the topic, in the same clause."""
    for token in reversed(doc[max(0, ent.start - _WANT_WINDOW): ent.start]):
        if token.norm_ in {",", ".", ";", "!", "?", "but", "now", "currently"}:
            return False
        if token.norm_ in _WANTING:
            return True
    return False


def _settle(found: List[Tuple[Fact, str]], view: _View, text: str, wanted: set = frozenset()) -> List[Fact]:
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
        if slot in ("target_group", "excluded_group"):
            out += [next(f for f in facts if f.value == v) for v in values]
            continue
        if slot == "qualification_level":
            chosen = max(values)
            gcse_only = chosen == 2 and any("gcse" in f.text.lower() for f in facts)
            if gcse_only and _LOW_GRADES.search(plain):
                if not _GOOD_GRADES.search(plain):  # some passed, some not: ask, don't guess
                    out.append(dataclasses.replace(_first(facts, 2), value=1))
                continue
        elif slot == "interest":
            topics = [v for v in values if v != vocab.INTEREST_NOT_SURE]
            wished = [f.value for f in facts if (f.start, f.value) in wanted and f.value in topics]
            chosen = wished[0] if wished else (topics[0] if topics else values[0])
        elif slot == "background":
            chosen = min(values, key=BACKGROUND_PRIORITY.index)
        elif slot == "availability" and set(values) == {"part_time", "evenings_weekends"}:
            chosen = "evenings_weekends"
        elif slot == "english_level":
            chosen = min(values, key=vocab.ENGLISH_LEVELS.index)
        elif slot == "employment_status" and set(values) == {"employed", "self_employed"}:
            chosen = "self_employed"  # "self employed, rubbish money": in work, for themselves
        elif len(values) == 1:
            chosen = values[0]
        else:
            decisive = {f.value for f, flag in items if flag == "!"}
            chosen = decisive.pop() if len(decisive) == 1 else None
        if chosen is not None:
            weak = all(f.weak for f in facts if f.value == chosen)
            out.append(dataclasses.replace(_first(facts, chosen), value=chosen, weak=weak))
    return tidy_background(out, view, text)


def _first(facts: List[Fact], value: Any) -> Fact:
    return next((f for f in facts if f.value == value), facts[0])


def asking_for(plain: str) -> Optional[str]:
    """he, she or they when the message is about another person the resident is asking for."""
    m = _ASKING_FOR.search(plain)
    if _OWN_AGE.search(plain):  # "my daughter is 16 and I'm 42": they are telling us about themselves
        return None
    if not m:
        return _asking_for_by_age(plain)
    if m.group("age") and int(m.group("age")) < _YOUNG and not _CHILD_ASK.search(plain[m.end():]):
        return None  # "my son is 5 years old" alone is not yet a question about him
    return _RELATIONS[m.group("first") or m.group("for") or m.group("for2")]


def _asking_for_by_age(plain: str) -> Optional[str]:
    """he, she or they when someone is named ("my little sis", "a young man I support") and then their
    age is given ("she's 16"): the message is about them, however it is put together."""
    mention = _RELATION_MENTION.search(plain)
    if mention is None:
        return None
    age = _THEIR_AGE.search(plain, mention.start())
    wish = _CHILD_ASK.search(plain[age.end():]) if age is not None else None
    if age is None or (int(age.group("n")) < _YOUNG or age.group("bare")) and not wish:
        return None  # "my son, 17, lives in Walsall" tells us about him; "my son 17 wants..." asks
    if age.group("pronoun"):
        return age.group("pronoun").lower()
    word = (mention.group("rel") or mention.group("who")).lower()
    return _RELATIONS.get(word) or _WHO_PRONOUN.get(word, "they")


def _abroad(facts: List[Fact], view: _View, text: str) -> List[Fact]:
    """qualification_abroad when the qualification named was gained outside the UK."""
    level = next((f for f in facts if f.slot == "qualification_level"), None)
    if level is None:
        return []
    cue = _FOREIGN_QUALIFICATIONS.search(view.plain) or _ABROAD.search(view.plain)
    if cue is None:
        return []
    return [Fact("qualification_abroad", True, level.start, level.end, level.text)]


__all__ = ["Fact", "Understanding", "classify_unreadable", "MAX_ANALYSED", "TOO_LONG"]
