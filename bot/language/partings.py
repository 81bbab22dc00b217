"""Words that end a conversation, in each language Waymark speaks: a short reply the classifier calls a goodbye is
one only if it says one of them. "kaam chala leta hun" (I get by) to "How good is your English?" shares letters
with "acha chalta hoon" (I'll be off), and taking it for a parting ended the journey with the question unanswered.
Drafts by a non-native author for the other languages, like the .po translations."""

from __future__ import annotations

from typing import Tuple

from bot.language.answers import fold

PARTINGS: Tuple[str, ...] = (
    # English, as texted
    "bye", "goodbye", "bye bye", "byee", "byeee", "cya", "see you", "see ya", "cheers", "thanks", "thank you",
    "thankyou", "thx", "ta", "ta ra", "tara", "laters", "later", "night", "goodnight", "good night", "that is all",
    "that 's all", "thats all", "i am done", "i 'm done", "im done", "no more", "stop", "quit", "exit", "end",
    # Urdu, in its script and as Roman Urdu
    "خدا حافظ", "اللہ حافظ", "شکریہ", "چلتا ہوں", "چلتی ہوں", "پھر بات", "بعد میں بات",
    "khuda hafiz", "allah hafiz", "shukriya", "shukria", "chalta hoon", "chalti hoon", "phir baat", "baad mein baat",
    # Punjabi
    "ਰੱਬ ਰਾਖਾ", "ਫਿਰ ਮਿਲਾਂਗੇ", "ਫੇਰ ਮਿਲਾਂਗੇ", "ਧੰਨਵਾਦ", "ਸ਼ੁਕਰੀਆ", "ਚੱਲਦਾ ਹਾਂ", "ਚੱਲਦੀ ਹਾਂ", "ਬਾਏ",
    # Arabic, and Arabizi
    "مع السلامة", "سلام", "باي", "شكرا", "شكراً", "يعطيك العافية", "الله معك", "ma3 salama", "ma3a salama", "shukran",
    "yalla bye",
    # Polish
    "do widzenia", "na razie", "pa", "papa", "dzięki", "dziękuję", "do zobaczenia", "cześć", "koniec",
    # Romanian
    "la revedere", "mersi", "mulțumesc", "ciao", "gata",
)
_FOLDED = tuple(f" {fold(p)} " for p in PARTINGS)


def says_goodbye(text: str) -> bool:
    """Whether the message holds a word of parting or thanks in any of the languages."""
    said = f" {fold(text)} "
    return any(p in said for p in _FOLDED)


__all__ = ["PARTINGS", "says_goodbye"]
