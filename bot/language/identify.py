"""Which language a resident's message is written in, or no decision.

Order matters and is cheapest-first: the script decides Punjabi (Gurmukhi) and
Arabic-script text (Urdu when Urdu-only letters or function words appear, else
Arabic); then Polish/Romanian diacritics; then Roman Urdu function words, which
langid cannot know; then langid restricted to en/pl/ro. Short or ambiguous
messages ("ok", "yes", a number, a place) return None so the caller keeps the
language it already has.
"""
from __future__ import annotations

import re
from functools import lru_cache

SUPPORTED = ("en", "ur", "pa", "ar", "pl", "ro")

# Letters Urdu's alphabet adds to Arabic's (Arabic text never uses them).
_URDU_LETTERS = set("ےںٹڈڑکگہیۓ")
_URDU_WORDS_ARABIC_SCRIPT = {"ہے", "ہوں", "میں", "کا", "کی", "کے", "نہیں", "کیا", "اور", "سال"}
_PL_LETTERS = set("ąęłńśźżĄĘŁŃŚŹŻ")
_RO_LETTERS = set("ăâîșțşţĂÂÎȘȚŞŢ")
# Roman Urdu function words: high-frequency grammatical words of Urdu/Hindustani
# written in Latin letters, chosen because none is an English, Polish or Romanian
# word a resident would plausibly type (so "me", "to", "na", "se" are left out).
_ROMAN_URDU = {
    "hai", "hain", "hoon", "hun", "hu", "mein", "main", "ka", "ki", "ke", "nahi",
    "nahin", "kya", "kia", "saal", "rehta", "rehti", "raha", "rahi", "mera", "meri",
    "mujhe", "aap", "ap", "kaam", "chahiye", "chahta", "chahti", "karna", "karta",
    "karti", "hoga", "tha", "thi", "bhi", "abhi", "kaise", "kyun", "kab", "acha",
    "theek", "shukriya", "batao", "bataen", "naukri", "umar", "bohat", "bahut", "madad", "hui", "hua",
}
# Polish and Romanian typed without their letters' marks (common on an English phone keyboard) give
# langid too little to go on in a short message. Their commonest function words and intake verbs, as
# typed without marks, chosen like the Roman Urdu list: none is an English word or a word of the other
# language ("a", "i", "am", "nu", "de", "la", "ma", "mi", "sa" are left out for that reason).
_POLISH = {
    "jestem", "jest", "mam", "nie", "czy", "sie", "moj", "moja", "moje", "szukam", "dziekuje", "bardzo",
    "prosze", "lat", "pracy", "prace", "pracuje", "mieszkam", "chce", "chcialbym", "chcialabym", "moge",
    "tylko", "dla", "jak", "kiedy", "gdzie", "ktory", "jaki", "potrzebuje", "dostaje", "zarabiam",
    "kurs", "kursu", "osoby", "syn", "corka", "zona", "mnie", "wiecej", "dzien", "dobry",
}
_ROMANIAN = {
    "sunt", "vreau", "caut", "pot", "meu", "mea", "mele", "ani", "si", "pentru", "cu", "poate", "primesc",
    "inteleg", "lucrez", "locuiesc", "stau", "aici", "este", "sau", "dar", "cand", "unde",
    "fiul", "fiica", "sotia", "sotul", "somer", "lucru", "munca", "cursul", "statut", "nevoie", "bine",
    "multumesc", "mersi", "buna", "ziua", "intereseaza", "poti", "repeta", "se",
}
# First-person verbs whose endings no English word has: one is as telling as two function words.
_TELLING = {
    "szukam", "mieszkam", "pracuje", "dziekuje", "potrzebuje", "dostaje", "zarabiam", "chcialbym", "chcialabym",
    "vreau", "caut", "primesc", "locuiesc", "lucrez", "multumesc", "intereseaza",
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_MIN_LETTERS = 12  # fewer letters than this is too short for langid to be trusted


@lru_cache(maxsize=1)
def _classifier():
    # Built once per process: loading langid's model costs ~0.5 s.
    from langid.langid import LanguageIdentifier, model

    identifier = LanguageIdentifier.from_modelstring(model, norm_probs=True)
    identifier.set_languages(["en", "pl", "ro"])
    return identifier


def identify(text: str) -> str | None:
    """The language code of ``text``, or None when the message cannot decide."""
    text = (text or "")[:2000]
    chars = set(text)
    if any("\u0a00" <= c <= "\u0a7f" for c in chars):
        return "pa"
    if any("\u0600" <= c <= "\u06ff" for c in chars):
        words = set(_WORD.findall(text))
        if chars & _URDU_LETTERS or words & _URDU_WORDS_ARABIC_SCRIPT:
            return "ur"
        return "ar"
    if chars & _PL_LETTERS:
        return "pl"
    if chars & _RO_LETTERS:
        return "ro"
    words = [w.lower() for w in _WORD.findall(text)]
    roman_urdu = sum(1 for w in words if w in _ROMAN_URDU)
    if roman_urdu >= 2 or (roman_urdu == 1 and len(words) <= 3 and len(words) > 1):
        return "ur"
    polish = sum(1 + (w in _TELLING) for w in words if w in _POLISH)
    romanian = sum(1 + (w in _TELLING) for w in words if w in _ROMANIAN)
    if max(polish, romanian) >= 2 and polish != romanian:
        return "pl" if polish > romanian else "ro"
    if sum(len(w) for w in words) < _MIN_LETTERS or len(words) < 3:
        return None
    lang, confidence = _classifier().classify(text)
    return lang if confidence >= 0.9 else None
