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

from bot.language.answer_words import ANSWER_WORDS
from bot.language.answers import fold, fold_letters, tables_for
from bot.language.facts import Fact

# spec ("slot=value;slot=value", as bot.language.phrases writes them) -> phrases, per table.
# "Only in the evenings" is a statement of when they can study only with the verb: alone it answers the
# availability question (bot.language.answer_words) and says nothing otherwise.
STATEMENTS: Dict[str, List[Tuple[str, Tuple[str, ...]]]] = {
    "ur": [
        ("immigration_status=asylum_seeker;background=refugee",
         ("پناہ کی درخواست", "سیاسی پناہ کی درخواست", "اسائلم کا کیس", "اسائلم کی درخواست", "اسائلم سیکر",
          "پناہ کا کیس", "ہوم آفس کے فیصلے کا انتظار")),
        ("immigration_status=refugee;background=refugee", ("پناہ گزین ہوں", "پناہ گزین", "ریفیوجی")),
        ("employment_status=unemployed", ("بے روزگار", "بیروزگار", "نوکری چلی گئی", "نوکری ختم ہو گئی",
                                          "کام نہیں کرتا", "کام نہیں کرتی", "کوئی کام نہیں", "نوکری نہیں ہے")),
        ("english_level=basic", ("انگریزی کمزور", "انگلش کمزور", "تھوڑی انگریزی", "تھوڑی سی انگریزی",
                                 "تھوڑی انگلش", "انگریزی تھوڑی")),
        ("english_level=none", ("انگریزی نہیں آتی", "انگلش نہیں آتی", "انگریزی نہیں بولتا", "انگریزی نہیں بولتی")),
        ("immigration_status=settled", ("مستقل رہائش", "سیٹلڈ اسٹیٹس", "سیٹلڈ سٹیٹس")),
        ("availability=evenings_weekends", ("صرف شام کو پڑھ سکتا", "صرف شام کو پڑھ سکتی", "شام کو ہی پڑھ")),
    ],
    "ur-latn": [
        ("immigration_status=asylum_seeker;background=refugee", ("asylum ka case", "asylum ki application")),
        ("employment_status=unemployed", ("berozgar", "be rozgar", "naukri chali gayi", "job chali gayi",
                                          "kaam nahi karta", "kaam nahi karti", "koi kaam nahi", "naukri nahi hai")),
        ("english_level=basic", ("english kamzor", "angrezi kamzor", "thori english", "thori si english",
                                 "english thori")),
        ("english_level=none", ("english nahi aati", "angrezi nahi aati")),
        ("availability=evenings_weekends", ("sirf shaam ko parh sakta", "sirf shaam ko parh sakti", "shaam ko hi parh")),
    ],
    "pa": [
        ("immigration_status=asylum_seeker;background=refugee",
         ("ਪਨਾਹ ਦੀ ਅਰਜ਼ੀ", "ਪਨਾਹ ਦੀ ਅਰਜੀ", "ਅਸਾਈਲਮ", "ਸਿਆਸੀ ਪਨਾਹ", "ਪਨਾਹ ਦਾ ਕੇਸ")),
        ("immigration_status=refugee;background=refugee", ("ਸ਼ਰਨਾਰਥੀ", "ਰਿਫਿਊਜੀ")),
        ("employment_status=unemployed", ("ਬੇਰੁਜ਼ਗਾਰ", "ਬੇਰੁਜਗਾਰ", "ਨੌਕਰੀ ਚਲੀ ਗਈ", "ਕੰਮ ਨਹੀਂ ਕਰਦਾ",
                                          "ਕੰਮ ਨਹੀਂ ਕਰਦੀ", "ਕੋਈ ਕੰਮ ਨਹੀਂ")),
        ("english_level=basic", ("ਅੰਗਰੇਜ਼ੀ ਕਮਜ਼ੋਰ", "ਅੰਗਰੇਜ਼ੀ ਥੋੜ੍ਹੀ", "ਥੋੜ੍ਹੀ ਅੰਗਰੇਜ਼ੀ", "ਥੋੜੀ ਅੰਗਰੇਜ਼ੀ")),
        ("english_level=none", ("ਅੰਗਰੇਜ਼ੀ ਨਹੀਂ ਆਉਂਦੀ", "ਅੰਗਰੇਜ਼ੀ ਨਹੀਂ ਬੋਲਦਾ", "ਅੰਗਰੇਜ਼ੀ ਨਹੀਂ ਬੋਲਦੀ")),
        ("immigration_status=settled", ("ਪੱਕੀ ਰਿਹਾਇਸ਼", "ਸੈਟਲਡ ਸਟੇਟਸ")),
        ("availability=evenings_weekends", ("ਸ਼ਾਮ ਨੂੰ ਪੜ੍ਹ ਸਕਦਾ", "ਸ਼ਾਮ ਨੂੰ ਪੜ੍ਹ ਸਕਦੀ", "ਸ਼ਾਮ ਨੂੰ ਹੀ ਪੜ੍ਹ")),
    ],
    "ar": [
        ("immigration_status=asylum_seeker;background=refugee",
         ("طالب لجوء", "طالبة لجوء", "طلب لجوء", "طلب اللجوء", "قرار اللجوء", "ملف اللجوء", "قضية اللجوء",
          "طلبي للجوء", "أنتظر اللجوء", "قدمت على اللجوء", "مقدم لجوء")),
        ("immigration_status=refugee;background=refugee",
         ("لاجئ", "لاجئة", "لاجئه", "حصلت على اللجوء", "حصلت على حق اللجوء", "معي لجوء", "صفة لاجئ")),
        ("employment_status=unemployed", ("عاطل عن العمل", "عاطل", "عاطلة", "لا أعمل", "بدون عمل", "فقدت عملي",
                                          "خسرت شغلي", "لا يسمح لي بالعمل", "ما بشتغل", "ما عندي شغل")),
        ("english_level=basic", ("لغتي الإنجليزية ضعيفة", "لغتي الانجليزية ضعيفة", "إنجليزيتي ضعيفة",
                                 "انجليزيتي ضعيفة", "الإنجليزية ضعيفة", "الانجليزية ضعيفة", "إنجليزي ضعيف",
                                 "انجليزي ضعيف", "قليل من الإنجليزية", "قليل من الانجليزية")),
        ("english_level=none", ("لا أتكلم الإنجليزية", "لا أتكلم الانجليزية", "لا أتحدث الإنجليزية",
                                "لا أتحدث الانجليزية", "لا أعرف الإنجليزية", "لا اعرف الانجليزية")),
        ("immigration_status=settled", ("إقامة دائمة", "اقامة دائمة", "الإقامة الدائمة", "الاقامة الدائمة")),
        ("availability=evenings_weekends", ("الدراسة مساء فقط", "الدراسة في المساء فقط", "أدرس مساء فقط",
                                            "أدرس في المساء فقط")),
    ],
    "pl": [
        ("immigration_status=asylum_seeker;background=refugee",
         ("ubiegam się o azyl", "wniosek o azyl", "wniosek azylowy", "decyzję azylową", "w sprawie azylu",
          "czekam na azyl", "procedurze azylowej", "ubiegający się o azyl")),
        ("immigration_status=refugee;background=refugee",
         ("uchodźca", "uchodźczyni", "uchodźcą", "status uchodźcy", "dostałem azyl", "dostałam azyl")),
        ("employment_status=unemployed", ("nie pracuję", "bezrobotny", "bezrobotna", "straciłem pracę",
                                          "straciłam pracę", "bez pracy", "nie mam pracy", "szukam pracy")),
        ("english_level=basic", ("słabo mówię po angielsku", "słabo znam angielski", "słabo po angielsku",
                                 "mój angielski jest słaby", "słaby angielski", "trochę mówię po angielsku",
                                 "angielski słabo")),
        ("english_level=none", ("nie mówię po angielsku", "nie znam angielskiego", "nie znam angielski")),
        ("immigration_status=settled", ("status osiedlenia", "status osiedleńca", "stały pobyt")),
        ("availability=evenings_weekends", ("uczyć tylko wieczorami", "uczyć się tylko wieczorami",
                                            "studiować tylko wieczorami", "mogę tylko wieczorami")),
    ],
    "ro": [
        ("immigration_status=asylum_seeker;background=refugee",
         ("cerere de azil", "solicitant de azil", "solicitantă de azil", "decizia de azil", "decizia pentru azil",
          "aștept azilul", "cererea de azil")),
        ("immigration_status=refugee;background=refugee",
         ("refugiat", "refugiată", "statut de refugiat", "am primit azil")),
        ("employment_status=unemployed", ("nu lucrez", "șomer", "șomeră", "nu am loc de muncă", "fără loc de muncă",
                                          "mi am pierdut locul de muncă", "am rămas fără loc de muncă",
                                          "nu am serviciu", "caut de lucru", "caut loc de muncă")),
        ("english_level=basic", ("engleza mea e slabă", "engleza mea este slabă", "engleza slabă",
                                 "vorbesc puțin engleza", "vorbesc puțină engleză", "puțină engleză")),
        ("english_level=none", ("nu vorbesc engleza", "nu vorbesc engleză", "nu vorbesc limba engleză",
                                "nu știu engleza", "nu știu engleză")),
        ("immigration_status=settled", ("rezidență permanentă", "statut de rezident permanent")),
        ("availability=evenings_weekends", ("studia doar seara", "învăța doar seara", "pot doar seara",
                                            "pot numai seara")),
    ],
}

# Words that make a topic named in the same message something they want to learn, not what they did.
# Also a wish in the third person (someone asked for: "wants", "likes"), and a task they cannot do yet
# ("مجھے ای میل بھیجنا نہیں آتا", I don't know how to send an email): the topic is what they need.
LEARNING: Dict[str, Tuple[str, ...]] = {
    "ur": ("سیکھنا", "سیکھنی", "سیکھنے", "سیکھنا چاہتا", "سیکھنا چاہتی", "کورس", "چاہتا", "چاہتی", "چاہتے",
           "نہیں آتا", "نہیں آتی", "نہیں آتے"),
    "ur-latn": ("seekhna", "seekhni", "seekhne", "sikhna", "sikhni", "course karna", "chahta", "chahti",
                "karna hai", "karni hai", "nahi aata", "nahi aati"),
    "pa": ("ਸਿੱਖਣਾ", "ਸਿੱਖਣੀ", "ਸਿੱਖਣ", "ਕੋਰਸ", "ਚਾਹੁੰਦਾ", "ਚਾਹੁੰਦੀ", "ਚਾਹੁੰਦੇ", "ਨਹੀਂ ਆਉਂਦਾ", "ਨਹੀਂ ਆਉਂਦੀ"),
    "ar": ("أتعلم", "تعلم", "يتعلم", "تتعلم", "أدرس", "دورة", "دورات", "كورس", "أريد", "اريد", "يريد", "تريد",
           "أحب", "احب", "يحب", "تحب", "أود", "يود", "تود", "لا أعرف كيف", "لا اعرف كيف"),
    "pl": ("nauczyć się", "uczyć się", "nauczyc sie", "uczyć", "nauczyć", "kurs", "kursu", "kursy", "szkolenie",
           "szkolenia", "chcę", "chciałbym", "chciałabym", "chce", "interesuje się", "interesuję się",
           "przekwalifikować", "pracować z", "nie umiem", "nie potrafię"),
    "ro": ("să învăț", "învăț", "să învăţ", "să învețe", "învețe", "curs", "cursuri", "cursul", "vreau", "vrea",
           "aș vrea", "să folosesc", "să folosească", "să lucrez cu", "să lucreze cu", "nu știu să", "nu stiu sa"),
}


# Someone else's age, said in the third person ("ma 17 lat", "are 33 de ani", "عمره 19", "18 سال کا ہے"),
# or after a relation ("میرا بیٹا 18 سال", "ਮੇਰਾ ਪੁੱਤਰ 16 ਸਾਲ"): the resident is asking for that person,
# whose age it is. Patterns read the folded message (bot.language.answers.fold: no diacritics, no
# punctuation); `he`/`she` come from the relation named, else the verb's gender, else "they".
_RELATIONS: Dict[str, Dict[str, str]] = {
    "ur": {"بیٹا": "he", "بیٹے": "he", "بیٹی": "she", "بیوی": "she", "شوہر": "he", "بھائی": "he", "بہن": "she",
           "بھتیجا": "he", "بھتیجی": "she", "بھانجا": "he", "بھانجی": "she"},
    "ur-latn": {"beta": "he", "bete": "he", "beti": "she", "biwi": "she", "bivi": "she", "shohar": "he",
                "bhai": "he", "behen": "she", "bhen": "she"},
    "pa": {"ਪੁੱਤਰ": "he", "ਪੁੱਤ": "he", "ਮੁੰਡਾ": "he", "ਧੀ": "she", "ਕੁੜੀ": "she", "ਪਤਨੀ": "she", "ਘਰਵਾਲੀ": "she",
           "ਪਤੀ": "he", "ਘਰਵਾਲਾ": "he", "ਭਰਾ": "he", "ਭੈਣ": "she"},
    "ar": {"ابني": "he", "ابنتي": "she", "بنتي": "she", "أخي": "he", "اخي": "he", "أختي": "she", "اختي": "she",
           "زوجي": "he", "زوجتي": "she"},
    "pl": {"syn": "he", "syna": "he", "synem": "he", "synowi": "he", "wnuk": "he", "wnuka": "he", "corka": "she",
           "corki": "she", "corke": "she", "zona": "she", "zony": "she", "zone": "she",
           "maz": "he", "meza": "he", "brat": "he", "brata": "he", "siostra": "she", "siostry": "she",
           "wnuczka": "she"},
    "ro": {"fiul": "he", "fiului": "he", "baiatul": "he", "fiica": "she", "fiicei": "she", "fata": "she",
           "sotia": "she", "sotiei": "she", "sotul": "he", "sotului": "he", "fratele": "he", "sora": "she",
           "surorii": "she", "nepotul": "he", "nepoata": "she"},
}
_THEIR_AGE: Dict[str, Tuple[str, ...]] = {
    "ur": (r"(?:{rel}) (?:\S+ ){{0,2}}?(?P<n>\d{{1,2}}) سال", r"(?P<n>\d{{1,2}}) سال (?P<g>کا|کی) ہے",
           r"(?:اس|ان) کی عمر (?P<n>\d{{1,2}})"),
    "ur-latn": (r"\b(?:{rel}) (?:\S+ ){{0,2}}?(?P<n>\d{{1,2}}) saal", r"\b(?P<n>\d{{1,2}}) saal (?P<g>ka|ki) (?:hai|he)\b"),
    "pa": (r"(?:{rel}) (?:\S+ ){{0,2}}?(?P<n>\d{{1,2}}) ਸਾਲ", r"(?P<n>\d{{1,2}}) ਸਾਲ (?P<g>ਦਾ|ਦੀ) ਹੈ",
           r"ਉਸ ਦੀ ਉਮਰ (?P<n>\d{{1,2}})"),
    "ar": (r"(?P<g>عمره|عمرها) (?P<n>\d{{1,2}})",),
    "pl": (r"\bma (?P<n>\d{{1,2}}) (?:lat|lata|latek)\b",),
    "ro": (r"\bare (?P<n>\d{{1,2}}) (?:de )?ani\b",),
}
_GENDER = {"کا": "he", "کی": "she", "ka": "he", "ki": "she", "ਦਾ": "he", "ਦੀ": "she", "عمره": "he", "عمرها": "she"}


def _compile_their_age():
    # per table: (relation word -> he/she, the relation finder or None, the age patterns), built once
    out = {}
    for table, patterns in _THEIR_AGE.items():
        relations = {fold_letters(word): who for word, who in _RELATIONS.get(table, {}).items()}
        rel = "|".join(re.escape(w) for w in sorted(relations, key=len, reverse=True))
        finder = re.compile(r"(?:^| )(" + rel + r")(?= |$)") if rel else None
        out[table] = (relations, finder, [re.compile(fold_letters(p.format(rel=rel))) for p in patterns])
    return out


_THEIR_AGE_READERS = _compile_their_age()
_GENDER_FOLDED = {fold_letters(k): v for k, v in _GENDER.items()}


def _their_age(said: str, table: str) -> Optional[Tuple[int, str]]:
    """(age, he/she/they) when the folded message gives someone else's age."""
    if table not in _THEIR_AGE_READERS:
        return None
    relations, finder, patterns = _THEIR_AGE_READERS[table]
    for pattern in patterns:
        m = pattern.search(said)
        if m is None or not 5 <= int(m.group("n")) <= 110:
            continue
        named = finder.search(said) if finder else None
        gender = _GENDER_FOLDED.get(m.groupdict().get("g") or "")
        return int(m.group("n")), relations[named.group(1)] if named else gender or "they"
    return None


def _specs(spec: str) -> List[Tuple[str, Any]]:
    return [tuple(part.split("=", 1)) for part in spec.split(";")]  # type: ignore[misc]


def _compile():
    # per table: (first slot of the spec, phrase, facts); the longest phrase per first slot wins
    statements = {t: [(_specs(spec)[0][0], f" {fold(p)} ", _specs(spec)) for spec, phrases in rows for p in phrases]
                  for t, rows in STATEMENTS.items()}
    learning = {t: [f" {fold(p)} " for p in phrases] for t, phrases in LEARNING.items()}
    topics = {t: [(f" {fold(p)} ", value) for value, phrases in slots.get("interest", ()) for p in phrases]
              for t, slots in ANSWER_WORDS.items()}
    return statements, learning, topics


_STATEMENTS, _LEARNING, _TOPICS = _compile()


def _longest(said: str, rows):
    best = None
    for phrase, value in rows:
        if phrase in said and (best is None or len(phrase) > len(best[0])):
            best = (phrase, value)
    return best


# What a short reply to a question may still state whatever was asked ("nie pracuję" to any question);
# the rest ("tylko wieczorami", "أحب البرمجة") answers only the question asked (bot.language.answers).
_ALWAYS_STATED = ("immigration_status", "employment_status")


def stated(text: str, language: Optional[str], known: List[Fact], replying: bool = False) -> List[Fact]:
    """The facts `text` states in the conversation's `language`, for slots `known` has not settled.
    `replying`: the message is a short reply to a question, so only plain statements of status count."""
    tables = tables_for(language)
    if not tables:
        return []
    said = f" {fold(text)} "
    have = {f.slot for f in known}
    stripped = text.strip()
    start = text.index(stripped) if stripped else 0
    out: Dict[str, Fact] = {}

    def add(slot: str, value: Any) -> None:
        if slot not in have and slot not in out:
            out[slot] = Fact(slot, value, start, start + len(stripped), stripped)

    for table in tables:
        rows = _STATEMENTS.get(table, ())
        for group in dict.fromkeys(first for first, _, _ in rows):
            if replying and group not in _ALWAYS_STATED:
                continue
            found = _longest(said, [(phrase, specs) for first, phrase, specs in rows if first == group])
            if found is not None:
                for slot, value in found[1]:
                    add(slot, value)
        if replying:
            continue
        if "age" not in have:
            theirs = _their_age(said, table)
            if theirs is not None:
                add("age", theirs[0])
                add("asking_for", theirs[1])
        if any(p in said for p in _LEARNING.get(table, ())):
            topic = _longest(said, _TOPICS.get(table, ()))
            if topic is not None:
                add("interest", topic[1])
    return list(out.values())


__all__ = ["LEARNING", "STATEMENTS", "stated"]
