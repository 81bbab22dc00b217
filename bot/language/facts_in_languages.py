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

from typing import Any, Dict, List, Optional, Tuple

from bot.language.answer_words import ANSWER_WORDS
from bot.language.answers import fold, tables_for
from bot.language.facts import Fact

# spec ("slot=value;slot=value", as bot.language.phrases writes them) -> phrases, per table.
STATEMENTS: Dict[str, List[Tuple[str, Tuple[str, ...]]]] = {
    "ur": [
        ("immigration_status=asylum_seeker;background=refugee",
         ("پناہ کی درخواست", "سیاسی پناہ کی درخواست", "اسائلم کا کیس", "اسائلم کی درخواست", "اسائلم سیکر",
          "پناہ کا کیس", "ہوم آفس کے فیصلے کا انتظار")),
        ("immigration_status=refugee;background=refugee", ("پناہ گزین ہوں", "پناہ گزین", "ریفیوجی")),
        ("employment_status=unemployed", ("بے روزگار", "بیروزگار", "نوکری چلی گئی", "نوکری ختم ہو گئی",
                                          "کام نہیں کرتا", "کام نہیں کرتی", "کوئی کام نہیں", "نوکری نہیں ہے")),
    ],
    "ur-latn": [
        ("immigration_status=asylum_seeker;background=refugee", ("asylum ka case", "asylum ki application")),
        ("employment_status=unemployed", ("berozgar", "be rozgar", "naukri chali gayi", "job chali gayi",
                                          "kaam nahi karta", "kaam nahi karti", "koi kaam nahi", "naukri nahi hai")),
    ],
    "pa": [
        ("immigration_status=asylum_seeker;background=refugee",
         ("ਪਨਾਹ ਦੀ ਅਰਜ਼ੀ", "ਪਨਾਹ ਦੀ ਅਰਜੀ", "ਅਸਾਈਲਮ", "ਸਿਆਸੀ ਪਨਾਹ", "ਪਨਾਹ ਦਾ ਕੇਸ")),
        ("immigration_status=refugee;background=refugee", ("ਸ਼ਰਨਾਰਥੀ", "ਰਿਫਿਊਜੀ")),
        ("employment_status=unemployed", ("ਬੇਰੁਜ਼ਗਾਰ", "ਬੇਰੁਜਗਾਰ", "ਨੌਕਰੀ ਚਲੀ ਗਈ", "ਕੰਮ ਨਹੀਂ ਕਰਦਾ",
                                          "ਕੰਮ ਨਹੀਂ ਕਰਦੀ", "ਕੋਈ ਕੰਮ ਨਹੀਂ")),
    ],
    "ar": [
        ("immigration_status=asylum_seeker;background=refugee",
         ("طالب لجوء", "طالبة لجوء", "طلب لجوء", "طلب اللجوء", "قرار اللجوء", "ملف اللجوء", "قضية اللجوء",
          "طلبي للجوء", "أنتظر اللجوء", "قدمت على اللجوء", "مقدم لجوء")),
        ("immigration_status=refugee;background=refugee",
         ("لاجئ", "لاجئة", "لاجئه", "حصلت على اللجوء", "حصلت على حق اللجوء", "معي لجوء", "صفة لاجئ")),
        ("employment_status=unemployed", ("عاطل عن العمل", "عاطل", "عاطلة", "لا أعمل", "بدون عمل", "فقدت عملي",
                                          "خسرت شغلي", "لا يسمح لي بالعمل", "ما بشتغل", "ما عندي شغل")),
    ],
    "pl": [
        ("immigration_status=asylum_seeker;background=refugee",
         ("ubiegam się o azyl", "wniosek o azyl", "wniosek azylowy", "decyzję azylową", "w sprawie azylu",
          "czekam na azyl", "procedurze azylowej", "ubiegający się o azyl")),
        ("immigration_status=refugee;background=refugee",
         ("uchodźca", "uchodźczyni", "uchodźcą", "status uchodźcy", "dostałem azyl", "dostałam azyl")),
        ("employment_status=unemployed", ("nie pracuję", "bezrobotny", "bezrobotna", "straciłem pracę",
                                          "straciłam pracę", "bez pracy", "nie mam pracy", "szukam pracy")),
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
    ],
}

# Words that make a topic named in the same message something they want to learn, not what they did.
LEARNING: Dict[str, Tuple[str, ...]] = {
    "ur": ("سیکھنا", "سیکھنی", "سیکھنے", "سیکھنا چاہتا", "سیکھنا چاہتی", "کورس"),
    "ur-latn": ("seekhna", "seekhni", "seekhne", "sikhna", "sikhni", "course karna"),
    "pa": ("ਸਿੱਖਣਾ", "ਸਿੱਖਣੀ", "ਸਿੱਖਣ", "ਕੋਰਸ"),
    "ar": ("أتعلم", "تعلم", "أدرس", "دورة", "دورات", "كورس"),
    "pl": ("nauczyć się", "uczyć się", "nauczyc sie", "kurs", "kursu", "kursy", "szkolenie", "szkolenia"),
    "ro": ("să învăț", "învăț", "să învăţ", "curs", "cursuri", "cursul"),
}


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


def stated(text: str, language: Optional[str], known: List[Fact]) -> List[Fact]:
    """The facts `text` states in the conversation's `language`, for slots `known` has not settled."""
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
            found = _longest(said, [(phrase, specs) for first, phrase, specs in rows if first == group])
            if found is not None:
                for slot, value in found[1]:
                    add(slot, value)
        if any(p in said for p in _LEARNING.get(table, ())):
            topic = _longest(said, _TOPICS.get(table, ()))
            if topic is not None:
                add("interest", topic[1])
    return list(out.values())


__all__ = ["LEARNING", "STATEMENTS", "stated"]
