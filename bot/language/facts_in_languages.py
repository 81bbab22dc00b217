"""Facts a resident states in their own language anywhere in a message, not only as an answer:
"أنا لاجئ" (a refugee), "czekam na decyzję w sprawie azylu" (an asylum seeker), "nu am loc de muncă"
(not working), "مجھے کمپیوٹر سیکھنا ہے" (wants to learn computers).

These decide what a resident may be offered (an asylum seeker is never shown an apprenticeship), so
only plain statements are listed, read in the conversation's language, and only where the English reading
found nothing for the slot. What a phrase cannot settle (a bare "no", a job they had) is left to the
intake's questions, answered in bot.language.answer_words. Drafts by a non-native author, like the
.po translations, until a fluent speaker has read them.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

from bot.dialogue.intake import background_from_pay
from bot.language.answer_words import ANSWER_WORDS, LOANWORD_TOPICS
from bot.language.answers import (ASPECT, NOT_BEFORE, at_work, clauses_of, fold, fold_letters, income_in_language,
                                  phrase_forms, tables_for)
from bot.language.number_words import merge_number_words
from bot.language.numbers import NEARLY_IN_LANGUAGES
from bot.language.script_names import JOINED_LETTERS
from bot.language.facts import Fact
from bot.language.statement_words import (BASICS, CLOSURE_SPAN, CLOSURES, EARNING, FREE, LEARNING, MOVING_INTO,
                                          SOMETHING, SPOUSES, STATEMENTS, WORK_SAID)

# Someone else's age, said in the third person ("ma 17 lat", "are 33 de ani", "عمره 19", "18 سال کا ہے"),
# or after a relation ("میرا بیٹا 18 سال", "ਮੇਰਾ ਪੁੱਤਰ 16 ਸਾਲ"): the resident is asking for that person,
# whose age it is. Patterns read the folded message (bot.language.answers.fold: no diacritics, no
# punctuation); `he`/`she` come from the relation named, else the verb's gender, else "they".
_RELATIONS: Dict[str, Dict[str, str]] = {
    "ur": {"بیٹا": "he", "بیٹے": "he", "بیٹی": "she", "بیوی": "she", "شوہر": "he", "میاں": "he", "خاوند": "he", "بھائی": "he", "بہن": "she",
           "بھتیجا": "he", "بھتیجی": "she", "بھانجا": "he", "بھانجی": "she", "امی": "she", "والدہ": "she",
           "ماں": "she", "ابو": "he", "والد": "he", "پوتا": "he", "پوتی": "she", "نواسہ": "he", "نواسی": "she"},
    "ur-latn": {"beta": "he", "bete": "he", "beti": "she", "biwi": "she", "bivi": "she", "shohar": "he",
                "bhai": "he", "behen": "she", "bhen": "she", "pota": "he", "poti": "she", "nawasa": "he",
                "nawasi": "she"},
    "pa": {"ਪੁੱਤਰ": "he", "ਪੁੱਤ": "he", "ਮੁੰਡਾ": "he", "ਧੀ": "she", "ਕੁੜੀ": "she", "ਪਤਨੀ": "she", "ਘਰਵਾਲੀ": "she",
           "ਪਤੀ": "he", "ਘਰਵਾਲਾ": "he", "ਘਰਵਾਲੇ": "he", "ਭਰਾ": "he", "ਭੈਣ": "she", "ਮੰਮੀ": "she", "ਮਾਂ": "she", "ਮਾਤਾ": "she",
           "ਪਿਤਾ": "he", "ਡੈਡੀ": "he", "ਪਾਪਾ": "he", "ਪੋਤਾ": "he", "ਪੋਤੀ": "she", "ਦੋਹਤਾ": "he", "ਦੋਹਤੀ": "she",
           "ਭਤੀਜਾ": "he", "ਭਤੀਜੀ": "she", "ਭਾਣਜਾ": "he", "ਭਾਣਜੀ": "she",
           "ਦਾਦੀ": "she", "ਨਾਨੀ": "she", "ਦਾਦਾ": "he", "ਨਾਨਾ": "he"},
    "ar": {"ابني": "he", "ابنتي": "she", "بنتي": "she", "أخي": "he", "اخي": "he", "أختي": "she", "اختي": "she",
           "زوجي": "he", "زوجتي": "she", "أمي": "she", "امي": "she", "أبي": "he", "ابي": "he", "ابوي": "he",
           "حفيدي": "he", "حفيدتي": "she", "مراتي": "she", "مرتي": "she", "جوزي": "he",
           # in Arabizi
           "ibni": "he", "ebni": "he", "binti": "she", "benti": "she"},
    "pl": {"syn": "he", "syna": "he", "synem": "he", "synowi": "he", "wnuk": "he", "wnuka": "he", "corka": "she",
           "corki": "she", "corke": "she", "zona": "she", "zony": "she", "zone": "she",
           "maz": "he", "meza": "he", "brat": "he", "brata": "he", "siostra": "she", "siostry": "she",
           "wnuczka": "she", "mama": "she", "mamy": "she", "matka": "she", "matki": "she", "tata": "he", "taty": "he",
           "ojciec": "he", "ojca": "he"},
    "ro": {"fiul": "he", "fiului": "he", "baiatul": "he", "fiica": "she", "fiicei": "she", "fata": "she",
           "sotia": "she", "sotiei": "she", "sotul": "he", "sotului": "he", "fratele": "he", "sora": "she",
           "surorii": "she", "nepotul": "he", "nepoata": "she", "mama": "she", "mamei": "she", "tata": "he",
           "tatal": "he", "tatalui": "he", "fetita": "she", "fetite": "she", "fetitei": "she", "nepoatei": "she",
           "nepotului": "he", "baiat": "he", "baiatului": "he"},
}
# An eighteenth birthday had, as Polish names it: "osiemnastkę miał w sierpniu" is "skończył 18 lat"
_EIGHTEENTH = re.compile(r" (?:osiemnastke (?:mial|miala|obchodzil|obchodzila)|(?:mial|miala|obchodzil|obchodzila) "
                         r"osiemnastke) ")
_NEARLY = re.compile(r" (?:" + "|".join(NEARLY_IN_LANGUAGES) + r")(?= (?P<n>\d{1,2}) )")
_THEIR_AGE: Dict[str, Tuple[str, ...]] = {
    # (said with respect, in the plural: "ਉਹ ੫੫ ਸਾਲ ਦੇ ਹਨ", "وہ 55 سال کے ہیں")
    # (not the resident's own, said after greeting them as "brother": "aoa bhai, mein 19 saal ka hoon")
    "ur": (r"(?:{rel}) (?:\S+ ){{0,2}}?(?P<n>\d{{1,2}}) سال(?! ک[اےی] ہوں)",
           r"(?P<n>\d{{1,2}}) (?:سال|برس) (?P<g>کا|کی|کے) (?:ہے|ہیں)",
           r"(?:اس|ان) کی عمر (?P<n>\d{{1,2}})"),
    "ur-latn": (r"\b(?:{rel}) (?:\S+ ){{0,2}}?(?P<n>\d{{1,2}}) saal(?! k[aie] hoon)",
                r"\b(?P<n>\d{{1,2}}) saal (?P<g>ka|ki|ke) (?:hai|he|hain)\b"),
    # (colloquially "are" is also ਨੇ: "ਉਹ ਅਠਵੰਜਾ ਸਾਲ ਦੇ ਨੇ")
    "pa": (r"(?:{rel}) (?:\S+ ){{0,2}}?(?P<n>\d{{1,2}}) ਸਾਲ(?! ਦ[ਾੀ] (?:ਹਾਂ|ਆਂ))",
           r"(?P<n>\d{{1,2}}) ਸਾਲ(?:ਾਂ)? (?P<g>ਦਾ|ਦੀ|ਦੇ) (?:ਹੈ|ਹਨ|ਆ|ਏ|ਨੇ)(?!\w)",
           r"(?:ਉਸ ਦੀ|ਉਹਨਾਂ ਦੀ|ਉਨ੍ਹਾਂ ਦੀ) ਉਮਰ (?P<n>\d{{1,2}})"),
    # (or "has N years", as the Maghreb says it: "عندها 31 عام")
    "ar": (r"(?P<g>عمره|عمرها) (?P<n>\d{{1,2}})", r"(?P<g>عنده|عندها) (?P<n>\d{{1,2}}) (?:سنة|سنه|عام|عاما|سنين)",
           # in Arabizi: "ibni 3omro 18 sane"
           r"\b(?P<g>3omro|3umro|omro|3omra|3umra|omra|3omraha) (?P<n>\d{{1,2}})\b"),
    # (or a birthday just had: "skończyła 17 lat", "a împlinit 16 ani luna trecută")
    "pl": (r"\bma (?P<n>\d{{1,2}}) (?:lat|lata|latek)\b", r"\bskonczyl[a]? (?P<n>\d{{1,2}}) (?:lat|lata)\b"),
    # (or of a relation "of N years": "bunica unei fetițe de doisprezece ani", a girl of twelve)
    "ro": (r"\bare (?P<n>\d{{1,2}}) (?:de )?ani\b", r"\ba (?:implinit|facut) (?P<n>\d{{1,2}}) (?:de )?ani\b",
           r"\b(?:{rel}) de (?P<n>\d{{1,2}}) (?:de )?ani\b"),
}
# Asking for someone, with no age yet ("piszę w imieniu syna", "pentru fiul meu", "اپنے بیٹے کے لیے", "ਮੇਰੀ ਧੀ
# ਲਈ", "نيابة عن ابني"): the questions are then about that person, their age first.
_ON_BEHALF: Dict[str, Tuple[str, ...]] = {
    # said as asking or writing for them, not as doing something for them ("I work for my brother")
    "ur": (r" (?:میرے|میری|اپنے|اپنی) (?P<rel>{rel}) (?:کی طرف سے|کے لیے پوچھ|کے لئے پوچھ|کے بارے میں پوچھ|کے لیے لکھ"
           r"|کے لئے لکھ) ",),
    "ur-latn": (r" (?:mere|meri|apne|apni) (?P<rel>{rel}) (?:ki taraf se|ke liye pooch|ke liye puch|ke bare mein pooch) ",),
    "pa": (r" (?:ਮੇਰੇ|ਮੇਰੀ|ਆਪਣੇ|ਆਪਣੀ) (?P<rel>{rel})(?: ਜੀ)? (?:ਵੱਲੋਂ|ਲਈ ਪੁੱਛ|ਬਾਰੇ ਪੁੱਛ|ਲਈ ਲਿਖ|ਵਾਸਤੇ ਪੁੱਛ|ਵਾਸਤੇ ਲਿਖ) ",),
    "ar": (r" (?:نيابة عن|بالنيابة عن|اسال عن|اسال من اجل|اسال لاجل|اكتب عن|اكتب نيابة عن|كنكتب على|نكتب على|كنسول على"
           r"|اكتب على) (?P<rel>{rel}) ",),
    "pl": (r" w imieniu (?:mojego |mojej |mego )?(?P<rel>{rel}) ",
           r" (?:pytam|pisze|szukam \S+) (?:dla|o|za|w sprawie) (?:mojego |mojej |moja |mego )?(?P<rel>{rel}) "),
    "ro": (r" in numele (?P<rel>{rel}) ", r" (?:intreb|scriu|caut \S+) pentru (?P<rel>{rel}) (?:meu|mea|mei) "),
}
_GENDER = {"کا": "he", "کی": "she", "ka": "he", "ki": "she", "ਦਾ": "he", "ਦੀ": "she", "عمره": "he", "عمرها": "she",
           "عنده": "he", "عندها": "she", "3omro": "he", "3umro": "he", "omro": "he", "3omra": "she", "3umra": "she",
           "omra": "she", "3omraha": "she"}


def _relations(table: str) -> Tuple[Dict[str, str], str]:
    """A table's relation words, folded (-> he/she), and the regex alternation of them, longest first."""
    relations = {fold_letters(word): who for word, who in _RELATIONS.get(table, {}).items()}
    return relations, "|".join(re.escape(w) for w in sorted(relations, key=len, reverse=True))


def _compile_their_age():
    # per table: (relation word -> he/she, the relation finder or None, the age patterns), built once
    out = {}
    for table, patterns in _THEIR_AGE.items():
        relations, rel = _relations(table)
        finder = re.compile(r"(?:^| )(" + rel + r")(?= |$)") if rel else None
        out[table] = (relations, finder, [re.compile(fold_letters(p.format(rel=rel))) for p in patterns])
    return out


_THEIR_AGE_READERS = _compile_their_age()
_GENDER_FOLDED = {fold_letters(k): v for k, v in _GENDER.items()}


def _compile_on_behalf():
    out = {}
    for table, patterns in _ON_BEHALF.items():
        relations, rel = _relations(table)
        out[table] = (relations, [re.compile(fold_letters(p.format(rel=rel))) for p in patterns])
    return out


_ON_BEHALF_READERS = _compile_on_behalf()


def _on_behalf(said: str, table: str) -> Optional[str]:
    """he or she when the folded message says the resident asks for a relation, age or not."""
    relations, patterns = _ON_BEHALF_READERS.get(table, ({}, []))
    for pattern in patterns:
        m = pattern.search(said)
        if m is not None:
            return relations[m.group("rel")]
    return None


def _their_age(said: str, table: str) -> Optional[Tuple[int, str]]:
    """(age, he/she/they) when the folded message gives someone else's age."""
    if table not in _THEIR_AGE_READERS:
        return None
    relations, finder, patterns = _THEIR_AGE_READERS[table]
    said = _EIGHTEENTH.sub(" skonczyl 18 lat ", said) if table == "pl" else said
    nearly = _NEARLY.search(said)
    said = _NEARLY.sub("", said)
    for pattern in patterns:
        m = pattern.search(said)
        if m is None or not 5 <= int(m.group("n")) <= 110:
            continue
        named = finder.search(said) if finder else None
        gender = _GENDER_FOLDED.get(m.groupdict().get("g") or "")
        # "ma prawie 18 lat" (almost 18) is 17 today, as English's "nearly 19" is 18 (bot.language.numbers)
        younger = nearly is not None and nearly.group("n") == m.group("n")
        return int(m.group("n")) - younger, relations[named.group(1)] if named else gender or "they"
    return None


def _specs(spec: str) -> List[Tuple[str, Any]]:
    out = []
    for part in spec.split(";"):
        slot, _, value = part.partition("=")
        out.append((slot, int(value) if slot == "qualification_level" else value))
    return out


def _compile():
    # per table: (first slot of the spec, phrase, facts); the longest phrase per first slot wins
    statements = {t: [(_specs(spec)[0][0], v, _specs(spec)) for spec, phrases in rows for p in phrases
                      for v in phrase_forms(t, p)]
                  for t, rows in STATEMENTS.items()}
    learning = {t: [v for p in phrases for v in phrase_forms(t, p)] for t, phrases in LEARNING.items()}
    topics = {t: [(v, value) for value, phrases in [*slots.get("interest", ()), *LOANWORD_TOPICS] for p in phrases
                  for v in phrase_forms(t, p)] for t, slots in ANSWER_WORDS.items()}
    times = {t: [(v, value) for value, phrases in slots.get("availability", ()) for p in phrases
                 for v in phrase_forms(t, p)] for t, slots in ANSWER_WORDS.items()}
    earning = {t: [f" {fold(p)} " for p in phrases] for t, phrases in EARNING.items()}
    return statements, learning, topics, times, earning


_STATEMENTS, _LEARNING, _TOPICS, _TIMES, _EARNING = _compile()
# (written in the scripts' usual letters, matched on the folded message)
_WORK_SAID = {t: re.compile(fold_letters(p)) for t, p in WORK_SAID.items()}
_CLOSURES = {t: (tuple(fold(n) for n in nouns), tuple(f" {fold(v)} " for v in done),
                 tuple(f" {fold(v)} " for v in coming)) for t, (nouns, done, coming) in CLOSURES.items()}


def _workplace_closing(said: str, table: str) -> Optional[str]:
    """"employment_status" value when a workplace is said to close: "unemployed" when it has closed,
    "employed" when it is closing; None when no workplace closes."""
    if table not in _CLOSURES:
        return None
    nouns, done, coming = _CLOSURES[table]
    words = said.split()
    for i, word in enumerate(words):
        # (Arabic writes "in" and "and" onto the noun: "خسرت شغلي بالمعمل لما سكّر")
        if not (word.startswith(nouns) or (word[:1] in JOINED_LETTERS and word[1:].startswith(nouns))):
            continue
        near = f" {' '.join(words[max(0, i - 3):i + CLOSURE_SPAN])} "
        if any(v in near for v in coming):
            return "employed"
        if any(v in near for v in done):
            return "unemployed"
    return None


def _longest(said: str, rows):
    best = None
    for phrase, value in rows:
        if phrase in said and (best is None or len(phrase) > len(best[0])):
            best = (phrase, value)
    return best


def _topic(clause: str, rows):
    """The topic a clause names: a field over "computers" however long its words ("کمپیوٹر پر ڈیٹا کا کام",
    computer work with data, is data). Not knowing how to use one ("nu știu să folosesc calculatorul") is still
    the longest phrase's, everyday digital skills."""
    named = _longest(clause, [(p, v) for p, v in rows if v not in ("general_digital", "not_sure")])
    return named or _longest(clause, rows)




def _only_said_plainly(specs) -> bool:
    """Statements that count only said plainly: work ("nu lucrez" is not) and a qualification ("nu am licență")."""
    return ("employment_status", "employed") in specs or any(slot == "qualification_level" for slot, _ in specs)


# How far back a spouse named as the subject is looked for: "mąż pracuje", "gozi sha3 al delivery"
_SUBJECT_WINDOW = 2
_SPOUSES = {t: frozenset(fold(w) for w in words) for t, words in SPOUSES.items()}


def _said_plainly(said: str, phrase: str, table: str, of_spouse_too: bool = False) -> bool:
    """The phrase (of being in work, of a qualification) said once at least without a wish, a "not" or the past
    right before it, nor a spouse as its subject (unless the spouse is who they ask for: `of_spouse_too`)."""
    blockers = NOT_BEFORE.get(table, frozenset())
    spouses = frozenset() if of_spouse_too else _SPOUSES.get(table, frozenset())
    at = said.find(phrase)
    while at >= 0:
        before = said[:at].split()
        theirs = bool(spouses.intersection(before[-_SUBJECT_WINDOW:]))
        while before and before[-1] in ASPECT:  # "ما عم اشتغل": the "not" is before the progressive "عم"
            before.pop()
        if not theirs and (not before or before[-1] not in blockers):
            return True
        at = said.find(phrase, at + 1)
    return False


# "Since" before a word of time makes it how long, not when: "w komputerach dłubię od zawsze" (I've tinkered with
# computers since forever) is no "any time"
_SINCE = {"pl": ("od",), "ro": ("de",), "ur-latn": ("se",)}


# "And" between two clauses, on the folded message; Arabic's is joined to the word after it ("ولا أستطيع"), split
# off only before a "not", a "but" or a verb's or pronoun's first letter, never from words like "وقت" (time).
_AND = {t: re.compile(pattern) for t, pattern in {
    "ur": r" (?:اور) ", "ur-latn": r" (?:aur|or) ", "pa": r" (?:ਅਤੇ|ਤੇ) ", "pl": r" (?:i|oraz|a) ",
    "ro": r" (?:si|iar) ", "ar": r" و(?=(?:لا|لكن|ما) |[ابنتي]\S)"}.items()}


def _since(clause: str, phrase: str, table: str) -> bool:
    before = clause[:clause.find(phrase)].split()
    return bool(before) and before[-1] in _SINCE.get(table, ())


def _study_time(clause: str, table: str, before: str = "") -> Optional[str]:
    """When they can study, said in a clause about learning ("chcę kurs marketingu wieczorami", "shaam ko
    course karna hai") or in the one right after it ("chcę się nauczyć grafiki, ale tylko weekendy"), not in
    one about their work ("pracuję wieczorami")."""
    learning = _LEARNING.get(table, ())
    free = any(f" {fold(w)} " in clause for w in FREE.get(table, ()))
    if not free and not any(p in clause for p in learning) and not any(p in before for p in learning):
        return None
    found = _longest(clause, _TIMES.get(table, ()))
    if found is None or _since(clause, found[0], table):
        return None
    if not at_work(clause, found[0], [table]):
        return found[1]
    # their work and their studying joined by "and": "pracuję na zmiany i mogę uczyć się tylko w weekendy" is
    # work, then when they can study, each half with its own time ("أعمل بدوام كامل ولا أستطيع الدراسة إلا في
    # المساء": full time at work, evenings to study)
    halves = [f" {h.strip()} " for h in _AND[table].split(clause)] if table in _AND else []
    for half in halves if len(halves) > 1 else ():
        if not (any(p in half for p in learning) or any(f" {fold(w)} " in half for w in FREE.get(table, ()))):
            continue
        time = _longest(half, _TIMES.get(table, ()))
        if time is not None and not _since(half, time[0], table) and not at_work(half, time[0], [table]):
            return time[1]
    return None


# What a short reply to a question may still state whatever was asked ("nie pracuję" to any question);
# the rest ("tylko wieczorami", "أحب البرمجة") answers only the question asked (bot.language.answers).
_ALWAYS_STATED = ("immigration_status", "employment_status")


_SOMETHING = {t: tuple(f" {fold(w)} " for w in words) for t, words in SOMETHING.items()}
_BASICS = {t: tuple(f" {fold(w)} " for w in words) for t, words in BASICS.items()}


def _left_open(wished: List[str], table: str, known: List[Fact]) -> bool:
    """Something with computers, not the basics, from someone who has not said they struggle with them."""
    if any(f.slot == "digital_confidence" and f.value in ("none", "basic") for f in known):
        return False
    clause = wished[0]
    return (any(w in clause for w in _SOMETHING.get(table, ()))
            and not any(w in clause for w in _BASICS.get(table, ())))


def _with_digits(words: List[str]) -> List[str]:
    """The words with numbers said in words as digits ("cincizeci si trei" -> "53")."""
    out, i = [], 0
    for start, end, digits in merge_number_words(words) + [(len(words), len(words), "")]:
        out += words[i:start] + ([digits] if digits else [])
        i = end
    return out


def stated(text: str, language: Optional[str], known: List[Fact], replying: bool = False) -> List[Fact]:
    """The facts `text` states in the conversation's `language`, for slots `known` has not settled.
    `replying`: the message is a short reply to a question, so only plain statements of status count."""
    tables = tables_for(language)
    if not tables:
        return []
    said = f" {' '.join(_with_digits(fold(text).split()))} "  # ("are cincizeci si trei de ani": 53)
    have = {f.slot for f in known}
    stripped = text.strip()
    start = text.index(stripped) if stripped else 0
    out: Dict[str, Fact] = {}
    clauses = [(clause, f" {fold(clause)} ") for clause in clauses_of(text)]
    asked_for = any(f.slot == "asking_for" for f in known) or any(_on_behalf(said, t) for t in tables)

    def add(slot: str, value: Any) -> None:
        if slot not in have and slot not in out:
            out[slot] = Fact(slot, value, start, start + len(stripped), stripped)

    for table in tables:
        rows = _STATEMENTS.get(table, ())
        for group in dict.fromkeys(first for first, _, _ in rows):
            if replying and group not in _ALWAYS_STATED:
                continue
            candidates = [(phrase, specs) for first, phrase, specs in rows if first == group and phrase in said
                          and (not _only_said_plainly(specs) or _said_plainly(said, phrase, table, asked_for))]
            # working for themselves says more than working: "ਕੋਰੀਅਰ ਡਰਾਈਵਰ ਹਾਂ ਆਪਣਾ ਕੰਮ" (a courier, own work)
            own = [c for c in candidates if ("employment_status", "self_employed") in c[1]]
            found = _longest(said, own) or _longest(said, candidates)
            if found is not None:
                for slot, value in found[1]:
                    add(slot, value)
        if replying:
            continue
        for i, (clause, folded) in enumerate(clauses):
            when = _study_time(folded, table, clauses[i - 1][1] if i else "")
            if when is not None:
                add("availability", when)
            if any(w in folded for w in _EARNING.get(table, ())):
                pay = income_in_language(clause, language)
                if pay is not None:
                    add("annual_income", pay)
                    add("employment_status", "employed")
        theirs = _their_age(said, table)
        held_age = next((f.value for f in known if f.slot == "age"), None)
        if theirs is not None and held_age in (None, theirs[0]):
            # (the same age read in the message already, as a number beside "ਸਾਲ": still theirs, and asked for)
            add("age", theirs[0])
            add("asking_for", theirs[1])
        closing = _workplace_closing(said, table) if "background" not in have else None
        if closing is not None:
            # the workplace closing is why they retrain: "zamykają magazyn ... chciałbym się przekwalifikować"
            if out.get("background") is not None and out["background"].value in ("career_changer", "low_wage"):
                del out["background"]
            add("background", "displaced_worker")
            add("employment_status", closing)
        who = _on_behalf(said, table)
        if who is not None:
            add("asking_for", who)
        if any(p in said for p in _LEARNING.get(table, ())):
            # the topic of a clause about learning first: "pracowałem jako programista, teraz chcę kurs danych"
            wished = [c for _, c in clauses if any(p in c for p in _LEARNING.get(table, ()))] + [said]
            topics = [t for t in (_topic(c, _TOPICS.get(table, ())) for c in wished) if t is not None]
            # a topic named says more than "computers": "keen on computers, asks about cyber security"
            topic = next((t for t in topics if t[1] != "general_digital"), topics[0] if topics else None)
            if topic is not None and not (topic[1] == "general_digital" and _left_open(wished, table, known)):
                add("interest", topic[1])
        moving = any(f" {fold(p)} " in said for p in MOVING_INTO.get(table, ()))
        # ...or a field wanted, said beside work they do, as English reads it (bot.language.situations): "ashtu3'ul
        # tabba5 b mat3am w areed at3allam web design" (not by someone out of work, whose situation that is)
        said_facts = [*known, *out.values()]
        field = any(f.slot == "interest" and f.value not in ("general_digital", "not_sure") for f in said_facts)
        # (marketing learnt for a business of their own grows it: "ਆਪਣਾ ਛੋਟਾ ਜਿਹਾ ਕੰਮ ... Instagram 'ਤੇ ਮਾਲ ਵੇਚਣਾ ਸਿੱਖਣਾ")
        own = {f.value for f in said_facts if f.slot in ("employment_status", "interest")} >= {"self_employed",
                                                                                                "digital_marketing"}
        field = field and not own
        out_of_work = out.get("employment_status") is not None and out["employment_status"].value == "unemployed"
        # (nor by someone whose pay, said beside it, is under the low-wage line: the documented rule says low_wage)
        low_pay = any(f.slot == "annual_income" and background_from_pay("employed", f.value) for f in said_facts)
        if (moving or (field and not replying and not out_of_work and not low_pay)) and "background" not in have \
                and _WORK_SAID.get(table) and _WORK_SAID[table].search(said):
            add("background", "career_changer")
    if not replying and "employment_status" in out and out["employment_status"].value == "unemployed":
        # out of work, said in an opening with no other situation: as English's "not working" says, the
        # background is being out of work (a refugee's, a school leaver's or a closure's is said before it)
        add("background", "unemployed")
    return list(out.values())


__all__ = ["stated"]
