"""Places: free text -> a canonical local authority, or a place outside the service area.

The gazetteer (bot/data/gazetteer.yml) is data a council officer can edit; this module loads and
checks it, then answers two questions: "is this whole answer a place?" (`resolve`, for "where do you
live?") and "which places does this sentence mention?" (`find`, for residents who say several things
at once). A wrong place sends someone to the wrong offers, so both lean towards "don't know".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Set, Tuple

import yaml

from bot.language import number_words, script_names, vocab


class GazetteerError(ValueError):
    """Bad gazetteer data; the message names the file, the entry and the field."""


@dataclass(frozen=True)
class PlaceMatch:
    local_authority: Optional[str]  # canonical LA (vocab.LOCAL_AUTHORITIES) or None when outside
    place: str  # the place as named, tidy title case ("West Bromwich", "Manchester", "CV1 2AB")
    in_area: bool
    matched: str  # the exact text span matched
    start: int
    end: int


# Every UK postcode area, so "M1 1AE" is recognisably a postcode and "Q5" is not.
UK_POSTCODE_AREAS = frozenset(
    "AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E "
    "EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL "
    "LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN "
    "SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE".split()
)
_EDGE_L, _EDGE_R = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"
_FULL_POSTCODE = re.compile(
    _EDGE_L + r"(?P<out>(?P<area>[A-Za-z]{1,2})\d[A-Za-z\d]?) ?(?P<in>\d[A-Za-z]{2})" + _EDGE_R
)
_DISTRICT = re.compile(_EDGE_L + r"(?P<out>(?P<area>[A-Za-z]{1,2})\d[A-Za-z\d]?)" + _EDGE_R)
# A word: Latin letters (with their marks: Romanian "în" is a word) and digits, or a run of Arabic-script
# (Urdu, Arabic) or Gurmukhi letters and their marks, so "برمنگھم" and "ਬਰਮਿੰਘਮ" in a message are names like "Birmingham" (their punctuation,
# ، ۔ ؟ and the danda, is not part of a word).
_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+(?:['’][A-Za-z]+)*|&"
                   r"|[\u0620-\u065f\u066e-\u06d3\u06d5-\u06ed\u06fa-\u06ff\u0670]+"
                   r"|[\u0a01-\u0a63\u0a70-\u0a75]+")

# Single-word place names that are also everyday words, first names or brands: inside a sentence
# they count only after a location word ("in Rugby", not "I play rugby"; "near Penn", not "a pen").
COMMON_WORD_NAMES = frozenset(
    "aston bath bentley belgrave bradmore brookside chester derby greenlands hadley hatton "
    "heathcote hurley kingsbury langley lawley leam lye newport penn pleck reading rugby sale "
    "shirley stafford stratford warton wellington wem whittington woodrow woodside yardley "
    "clun hope march street wells wolves".split()
)
# ("wolves" is Wolverhampton as people there say it, but also its football club: only after "from", "in"...)
# Words before a place that say "this is where", used for common-word names, typos and districts.
LOCATION_CUES = frozenset(
    "in at near nr from around round live living lives based postcode area to of".split()
    # ...and as the other languages say it before a place ("w Rugby", "în Rugby", "في Rugby")...
    + "w we z ze koło kolo obok în din lângă langa la في من".split()
    # (Arabic's "in" written apart, with or without its joining stroke: "ساكن بـ Rugby")
    + ["بـ", "ب"]
)
# Arabic words for living somewhere, after which a place may be written with "in" on it ("ساكنة بكوفنتري").
LIVING_WORDS = frozenset("ساكن ساكنة ساكنين ساكنه اسكن أسكن نسكن عايش عايشة عايشين اعيش أعيش نعيش مقيم مقيمة".split())
# ...and "here", said before a place the same way: "خلصت المدرسة هون بولفرهامبتون" (here in Wolverhampton)
HERE_WORDS = frozenset("هون هنا هنيه".split())
# ...or after it, as Urdu and Punjabi do ("Rugby میں", "Rugby ਵਿੱਚ", "Rugby mein").
LOCATION_CUES_AFTER = frozenset("میں سے ਵਿੱਚ ਤੋਂ mein me".split()
                                # ...or the verb for living straight after it, "in" left out as it often is:
                                # "ਟੈਮਵਰਥ ਰਹਿੰਦਾ ਹਾਂ", "Walsall rehta hoon"
                                + "ਰਹਿੰਦਾ ਰਹਿੰਦੀ ਰਹਿੰਦੇ رہتا رہتی رہتے rehta rehti rehte".split()
                                # ...and English's own: "Rugby based, cement works made me redundant"
                                + ["based"])
# (words for years follow a number: "میں نو سال سے", for nine years, is no place that sounds like it)
_NOT_IN_NAMES = (LOCATION_CUES | LOCATION_CUES_AFTER | LIVING_WORDS | HERE_WORDS | script_names.FUNCTION_WORDS
                 | number_words.YEARS_WORDS)
_LEAD_IN = frozenset(
    "i im i'm am live living based in at near nr around round from the its it's is my postcode "
    "post code just".split()
)
_CLAUSE_BREAK = re.compile(r"[,.;:!?،؛؟۔।॥]")
_SENTENCE_BREAK = re.compile(r"[.!?\n؟۔।॥]")
_TRAIL = frozenset("area way side please thanks ta mate uk england centre town".split())
_SMALL_WORDS = frozenset("on upon in under le the and of by with".split())
_FUZZY_MIN_LETTERS = 6
_LATIN_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f&]")
# Everyday words one letter away from a place name: never read as a typo of it.
NOT_TYPOS = frozenset(
    "person persons hockey hardly highly cradle brighten hampstead wolves gently closely normal "
    "journal strictly kettle madly country wedding bradford".split()
)
_MAX_TEXT = 2000  # a place answer is short; never scan a novel


def tidy(name: str) -> str:
    """Title case the way places are written: "stoke-on-trent" -> "Stoke-on-Trent"."""
    out = []
    for i, piece in enumerate(re.split(r"([\s\-]+)", name.strip())):
        low = piece.lower()
        if not piece or piece.isspace() or piece.startswith("-"):
            out.append(piece)
        elif i > 0 and low in _SMALL_WORDS:
            out.append(low)
        else:
            out.append(low[:1].upper() + low[1:])
    return "".join(out)


def _norm_word(word: str) -> str:
    word = script_names.ARABIC_MARKS.sub("", word.lower().replace("’", "").replace("'", ""))
    return "and" if word == "&" else word


def _key(name: str) -> str:
    return " ".join(_norm_word(m.group()) for m in _WORD.finditer(name))


def _deletes(word: str) -> Iterator[str]:
    for i in range(len(word)):
        yield word[:i] + word[i + 1 :]


def _within_one(a: str, b: str) -> bool:
    """Optimal string alignment distance <= 1 (one insert, delete, substitute or swap)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]
    return a[i + 1 :] == b[i:] if la > lb else a[i:] == b[i + 1 :]


@dataclass(frozen=True)
class _Target:
    local_authority: Optional[str]
    place: str


_AMBIGUOUS = _Target(None, "")  # a name used for two different places: never guessed


class Gazetteer:
    def __init__(
        self,
        version: str,
        names: Dict[str, _Target],
        raw_names: List[Tuple[str, _Target]],
        districts: Dict[str, str],
        region_areas: Set[str],
    ) -> None:
        self.version = version
        self._names = names
        self._raw_names = raw_names
        self._districts = districts
        self._region_areas = region_areas
        self._max_words = max((k.count(" ") + 1 for k in names), default=1)
        self._deletion_index: Dict[str, Set[str]] = {}
        for key, target in names.items():
            if target is not _AMBIGUOUS and len(key.replace(" ", "")) >= _FUZZY_MIN_LETTERS:
                for variant in _deletes(key):
                    self._deletion_index.setdefault(variant, set()).add(key)
        # English names by sound, for the same names written in another script (bot.language.script_names);
        # places in the region only: a chance likeness must never tell a resident they live outside it
        self._by_sound: Dict[str, _Target] = {}
        for raw, target in raw_names:
            if target.local_authority is None or not re.fullmatch(r"[A-Za-z0-9 '&.()-]+", raw):
                continue
            for sound in script_names.keys(script_names.latin(raw)):
                old = self._by_sound.get(sound)
                if old is None:
                    self._by_sound[sound] = target
                elif old is not _AMBIGUOUS and old.local_authority != target.local_authority:
                    self._by_sound[sound] = _AMBIGUOUS

    # ---- loading -----------------------------------------------------------------------------
    @classmethod
    def load(cls, path) -> "Gazetteer":
        path = Path(path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise GazetteerError(f"{path}: cannot read the gazetteer ({exc.strerror})") from None
        except yaml.YAMLError as exc:
            raise GazetteerError(f"{path}: not valid YAML: {exc}") from None
        return cls.from_data(data, source=str(path))

    @classmethod
    def from_data(cls, data, source: str = "<gazetteer>") -> "Gazetteer":
        return cls(*_parse(data, source))

    # ---- whole answers -----------------------------------------------------------------------
    def resolve(self, text: str, likeness: bool = True) -> Optional[PlaceMatch]:
        """The whole text names one place or postcode ("West Brom", "CV1 2AB", "in walsall"). Without
        `likeness`, only a name as listed: no typo, no likeness by sound (an answer to another question,
        "برطانوی", British, is not Brereton)."""
        text = (text or "")[:200]
        words = [m for m in _WORD.finditer(text)]
        if not words:
            return None
        lo, hi = 0, len(words)
        candidates = [(lo, hi)]
        while lo < hi - 1 and _norm_word(words[lo].group()) in _LEAD_IN:
            lo += 1
            candidates.append((lo, hi))
        while hi - 1 > lo and _norm_word(words[hi - 1].group()) in _TRAIL:
            hi -= 1
            candidates.append((lo, hi))
        for lo, hi in candidates:
            start, end = words[lo].start(), words[hi - 1].end()
            match = self._postcode(text, start, end, whole=True)
            if match is not None or self._looks_like_postcode(text[start:end]):
                return match
        for fuzzy in (False, True) if likeness else (False,):
            for lo, hi in candidates:
                key = " ".join(_norm_word(w.group()) for w in words[lo:hi])
                target = self._lookup(key, fuzzy)
                if target is not None:
                    return self._match(target, text, words[lo].start(), words[hi - 1].end())
        for lo, hi in candidates if likeness else ():  # the whole answer is one name in another script: "سالٹلی"
            # (one word: two everyday words too often sound like a place, "اگلا سوال" like Coleshill)
            if hi - lo == 1 and not _LATIN_WORD.match(words[lo].group()):
                target = self._by_sound_of([_norm_word(w.group()) for w in words[lo:hi]])
                if target is not None:
                    return self._match(target, text, words[lo].start(), words[hi - 1].end())
        return None

    # ---- places inside a sentence ------------------------------------------------------------
    def find(self, text: str) -> List[PlaceMatch]:
        """Places mentioned in a sentence, in text order; longest name wins, no overlaps."""
        text = (text or "")[:_MAX_TEXT]
        found: List[PlaceMatch] = []
        taken: List[Tuple[int, int]] = []
        words = list(_WORD.finditer(text))
        norms = [_norm_word(w.group()) for w in words]

        def two_digits(k: int) -> bool:  # an age-like number ("45"), cheap test first
            return 0 <= k < len(words) and len(norms[k]) == 2 and norms[k].isdigit()

        def beside_age(i: int) -> bool:
            return any(two_digits(k) and alone(k) for k in (i - 1, i + 1))

        def edge(i: int, step: int) -> bool:  # nothing but a clause break (or the text's end) on that side
            k = i + step
            if not 0 <= k < len(words):
                return True
            between = text[words[k].end(): words[i].start()] if step < 0 else text[words[i].end(): words[k].start()]
            return bool(_CLAUSE_BREAK.search(between))

        def alone(i: int) -> bool:  # the word is a clause of its own: "rugby, 45, lost job"
            return edge(i, -1) and edge(i, 1)

        def sentence(i: int) -> bool:  # the word is a sentence of its own: "Looking for work in IT. Rugby."
            before = text[words[i - 1].end(): words[i].start()] if i > 0 else "."
            after = text[words[i].end(): words[i + 1].start()] if i + 1 < len(words) else "."
            return bool(_SENTENCE_BREAK.search(before)) and bool(_SENTENCE_BREAK.search(after))

        def age_pair_at_edge(i: int) -> bool:
            # a word and an age side by side (nothing between) opening or closing a clause, as texted:
            # "wolvrhampton 40 out of work", "lorry driver 41 birmigham."
            for k in (i - 1, i + 1):
                if two_digits(k):
                    first, last = min(i, k), max(i, k)
                    if text[words[first].end(): words[last].start()].strip():
                        continue
                    if edge(first, -1) or edge(last, 1):
                        return True
            return False

        def living_before(i: int) -> bool:  # "ساكن", or with "and" written onto it: "وساكن"
            # (or with where they stay between: "ساكن بفندق بنيونيتون", living in a hotel in Nuneaton)
            return any(k >= 0 and (norms[k] in LIVING_WORDS or (norms[k][:1] == "و" and norms[k][1:] in LIVING_WORDS))
                       for k in (i - 1, i - 2)) or (i > 0 and norms[i - 1] in HERE_WORDS)

        def cued(i: int) -> bool:
            # after a location word, or a terse "place, age" list: "rugby, 45", "52. reading. data"
            return ((i > 0 and norms[i - 1] in LOCATION_CUES) or (beside_age(i) and alone(i)) or (len(words) > 1 and sentence(i))
                    or (i + 1 < len(words) and norms[i + 1] in LOCATION_CUES_AFTER)
                    or (living_before(i) and script_names.has_proclitic(norms[i])))

        for m in _FULL_POSTCODE.finditer(text):
            match = self._postcode(text, m.start(), m.end(), whole=False)
            if match is not None:
                found.append(match)
            taken.append((m.start(), m.end()))  # a postcode we can't place is still not a name
        for i, word in enumerate(words):
            if any(s <= word.start() < e for s, e in taken):
                continue
            d = _DISTRICT.fullmatch(word.group())
            after_area = i + 1 < len(words) and norms[i + 1] == "area"
            # a district as a clause of its own, as a texted list of facts is written: "bloke 42, B23."
            if d and (cued(i) or after_area or alone(i)):
                match = self._postcode(text, word.start(), word.end(), whole=False)
                if match is not None:
                    found.append(match)
                    taken.append((word.start(), word.end()))
        i = 0
        while i < len(words):
            if any(s <= words[i].start() < e for s, e in taken):
                i += 1
                continue
            said_as_place = cued(i)
            hit = self._name_at(words, norms, i, said_as_place, said_as_place or age_pair_at_edge(i))
            if hit is None and living_before(i) and script_names.has_proclitic(norms[i]):
                # a listed name with Arabic "in" written onto it: "ساكن بدودلي"
                hit = self._name_at(words, [*norms[:i], norms[i][1:], *norms[i + 1:]], i, True, False)
            if hit is None:
                i += 1
                continue
            n, target = hit
            found.append(self._match(target, text, words[i].start(), words[i + n - 1].end()))
            i += n
        if not found:  # a listed name said is the place; a likeness by sound is only sought without one
            found = self._by_sound_in(text, words, norms, taken, cued)
        return sorted(found, key=lambda m: m.start)

    def _by_sound_in(self, text, words, norms, taken, cued) -> List[PlaceMatch]:
        """Names written in another script, where a place is said ("سالٹلی میں", "في ويدنزبري"), that
        no listed name matched: a word or two (the fewest that sound like one place), never across a
        clause break or a word that says where."""
        claimed = list(taken)  # postcodes
        out: List[PlaceMatch] = []
        for i, word in enumerate(words):
            if _LATIN_WORD.match(word.group()):
                continue
            for n in (1, 2, 3):
                last = i + n - 1
                if last >= len(words) or any(s < words[last].end() and words[last].start() < e for s, e in claimed):
                    break
                if norms[last] in _NOT_IN_NAMES or (n > 1 and _CLAUSE_BREAK.search(
                        text[words[last - 1].end(): words[last].start()])):
                    break
                cue_after = last + 1 < len(words) and norms[last + 1] in LOCATION_CUES_AFTER and not (
                    _CLAUSE_BREAK.search(text[words[last].end(): words[last + 1].start()]))
                if not (cued(i) or cue_after):
                    continue
                target = self._by_sound_of(norms[i: last + 1])
                if target is not None:
                    out.append(self._match(target, text, word.start(), words[last].end()))
                    claimed.append((word.start(), words[last].end()))
                    break
        return out

    def _name_at(self, words, norms, i, cued, typo_ok) -> Optional[Tuple[int, _Target]]:
        longest = min(self._max_words, len(words) - i)
        for n in range(longest, 0, -1):
            if any(w.isdigit() for w in norms[i : i + n]):
                continue
            key = " ".join(norms[i : i + n])
            target = self._names.get(key)
            if target is _AMBIGUOUS:
                return None
            if target is not None:
                if n == 1 and key in COMMON_WORD_NAMES and not cued:
                    return None
                return n, target
        if typo_ok:  # typos only where a place is expected: "in wolverhamton", "live in walsal", "dudly 55"
            for n in range(min(3, longest), 0, -1):
                key = " ".join(norms[i : i + n])
                if not any(c.isdigit() for c in key):
                    target = self._lookup(key, fuzzy=True)
                    if target is not None:
                        return n, target
        return None

    # ---- helpers -----------------------------------------------------------------------------
    def _by_sound_of(self, words: List[str]) -> Optional[_Target]:
        """The one place whose English name sounds like these script words, if just one does."""
        found = set()
        shortest = script_names.MIN_SKELETON - (len(words) > 1)  # two words are rarely a chance likeness
        for skeleton in script_names.skeletons(words):
            for sound in script_names.keys(skeleton):
                target = self._by_sound.get(sound) if len(sound) >= shortest else None
                if target is _AMBIGUOUS:
                    return None
                if target is not None:
                    found.add(target)
        return found.pop() if len(found) == 1 else None

    def _lookup(self, key: str, fuzzy: bool) -> Optional[_Target]:
        target = self._names.get(key)
        if target is _AMBIGUOUS:
            return None
        if target is not None or not fuzzy:
            return target
        if len(key.replace(" ", "")) < _FUZZY_MIN_LETTERS - 1 or key in NOT_TYPOS:
            return None
        candidates = set(self._deletion_index.get(key, ()))
        for variant in _deletes(key):
            if variant in self._names:
                candidates.add(variant)
            candidates.update(self._deletion_index.get(variant, ()))
        # Typos keep the first letter far more often than not ("bradford" is not "radford"), and a
        # changed letter in a short name is too often another word ("wolves" is not "wolvey").
        close = {
            self._names[c]
            for c in candidates
            if c[0] == key[0]
            and len(c.replace(" ", "")) >= _FUZZY_MIN_LETTERS + (len(c) == len(key))
            and self._names[c] is not _AMBIGUOUS
            and _within_one(key, c)
        }
        places = {(t.local_authority, t.place if t.local_authority is None else "") for t in close}
        return next(iter(close)) if len(places) == 1 else None

    def _looks_like_postcode(self, text: str) -> bool:
        m = _FULL_POSTCODE.fullmatch(text) or _DISTRICT.fullmatch(text)
        return bool(m) and m.group("area").upper() in UK_POSTCODE_AREAS

    def _postcode(self, text: str, start: int, end: int, whole: bool) -> Optional[PlaceMatch]:
        span = text[start:end]
        m = _FULL_POSTCODE.fullmatch(span) or _DISTRICT.fullmatch(span)
        if not m or m.group("area").upper() not in UK_POSTCODE_AREAS:
            return None
        out = m.group("out").upper()
        full = "in" in m.groupdict() and m.group("in")
        shown = f"{out} {m.group('in').upper()}" if full else out
        if out in self._districts:
            return PlaceMatch(self._districts[out], shown, True, span, start, end)
        if m.group("area").upper() in self._region_areas:
            return None  # in or near the area but not a district we can place: ask, don't guess
        if not full and not whole:
            return None  # "M6" in a sentence is more often a motorway than an address
        return PlaceMatch(None, shown, False, span, start, end)

    def _match(self, target: _Target, text: str, start: int, end: int) -> PlaceMatch:
        inside = target.local_authority is not None
        return PlaceMatch(target.local_authority, target.place, inside, text[start:end], start, end)

    def slot_value(self, match: PlaceMatch) -> str:
        """What the local_authority slot holds: the LA, or the outside place as named."""
        return match.local_authority if match.in_area and match.local_authority else match.place

    def patterns(self) -> List[dict]:
        """EntityRuler phrase patterns (use phrase_matcher_attr LOWER or NORM)."""
        seen, out = set(), []
        for raw, target in self._raw_names:
            if self._names.get(_key(raw)) is _AMBIGUOUS:
                continue
            ent_id = target.local_authority or f"outside:{target.place}"
            for text in {raw.lower(), _key(raw)}:
                if (text, ent_id) not in seen:
                    seen.add((text, ent_id))
                    out.append({"label": "PLACE", "pattern": text, "id": ent_id})
        return sorted(out, key=lambda p: (p["id"], p["pattern"]))

    @property
    def ambiguous_names(self) -> List[str]:
        return sorted(k for k, t in self._names.items() if t is _AMBIGUOUS)


def _parse(data, source: str):
    """Check the gazetteer and index it; every error names the file, the entry and the field."""

    def fail(where: str, problem: str) -> GazetteerError:
        return GazetteerError(f"{source}: {where}: {problem}")

    def names_list(value, where: str) -> List[str]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise fail(where, "expected a list of names")
        for i, item in enumerate(value):
            if not isinstance(item, str) or not _key(item):
                raise fail(f"{where}[{i}]", f"expected a place name, got {item!r}")
        return value

    if not isinstance(data, dict):
        raise fail("top level", "expected a mapping with version and local_authorities")
    version = data.get("version")
    if not isinstance(version, (str, int, float)) or not str(version).strip():
        raise fail("version", "missing; give the gazetteer a version such as \"2026.11.1\"")
    las = data.get("local_authorities")
    if not isinstance(las, dict) or not las:
        raise fail("local_authorities", "missing or empty")

    names: Dict[str, _Target] = {}
    raw: List[Tuple[str, _Target]] = []

    def add(name: str, target: _Target) -> None:
        key = _key(name)
        keys = [key] + ([key.replace(" ", "")] if " " in key and len(key) >= 8 else [])
        for k in keys:
            old = names.get(k)
            if old is None:
                names[k] = target
            elif old is not _AMBIGUOUS and old.local_authority != target.local_authority:
                names[k] = _AMBIGUOUS
        raw.append((name, target))

    for la in vocab.LOCAL_AUTHORITIES:  # canonical names always resolve, whatever the file lists
        add(la, _Target(la, la))
    for la, entry in las.items():
        where = f"local_authorities.{la}"
        if la not in vocab.LOCAL_AUTHORITIES:
            raise fail(where, f"unknown local authority {la!r}; expected one of "
                       + ", ".join(vocab.LOCAL_AUTHORITIES))
        entry = entry or {}
        if not isinstance(entry, dict):
            raise fail(where, "expected constituent, aliases and places")
        unknown = set(entry) - {"constituent", "aliases", "places", "source", "notes"}
        if unknown:
            raise fail(f"{where}.{sorted(unknown)[0]}", "unknown field")
        constituent = entry.get("constituent")
        if constituent is not None and constituent != (la in vocab.CONSTITUENT_AUTHORITIES):
            raise fail(f"{where}.constituent", f"{la} is "
                       + ("" if la in vocab.CONSTITUENT_AUTHORITIES else "not ")
                       + "a constituent authority (bot/language/vocab.py)")
        for field in ("aliases", "places"):
            for name in names_list(entry.get(field), f"{where}.{field}"):
                add(name, _Target(la, tidy(name)))

    districts: Dict[str, str] = {}
    for district, la in (data.get("postcode_districts") or {}).items():
        where = f"postcode_districts.{district}"
        m = _DISTRICT.fullmatch(str(district))
        if not m or m.group("area").upper() not in UK_POSTCODE_AREAS:
            raise fail(where, "not a postcode district such as B70 or WV10")
        if la not in vocab.LOCAL_AUTHORITIES:
            raise fail(where, f"unknown local authority {la!r}")
        districts[str(district).upper()] = la

    for name in names_list(data.get("outside_area"), "outside_area"):
        add(name, _Target(None, tidy(name)))

    areas = data.get("postcode_areas_in_region") or []
    if not isinstance(areas, list):
        raise fail("postcode_areas_in_region", "expected a list such as [B, CV, WV]")
    for i, area in enumerate(areas):
        if not isinstance(area, str) or area.upper() not in UK_POSTCODE_AREAS:
            raise fail(f"postcode_areas_in_region[{i}]", f"{area!r} is not a UK postcode area")
    return str(version), names, raw, districts, {a.upper() for a in areas}


__all__ = ["Gazetteer", "GazetteerError", "PlaceMatch", "tidy"]
