"""The language a conversation is held in: a stored fact, set once and changed only when asked.

English is the default and is not stored until asked for ("English please"): an empty slot means English.
The first message written in another language (bot.language.identify) sets it; later messages never flip
it, so a Polish resident who types "Wolverhampton", "ok" or pastes an English course title stays in
Polish, and an English speaker's quick replies and place names never store anything. A
resident changes it by asking: the language's name, in English or in itself, as the whole message or
with a few words around it ("English please", "in Polish", "po polsku", "اردو", "ਪੰਜਾਬੀ ਵਿੱਚ").
Pure functions; the NLU component (components/waymark_nlu.py) turns the result into the `language` entity.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Optional

from bot.language.identify import identify
from bot.language.words import P_, words_for

# Names a resident may type for each language: the English name, its own name (with and without its
# letters' marks, as people type on an English keyboard) and the "in X" forms the language itself uses.
_NAMES = {
    "en": ("english", "angielski", "po angielsku", "engleza", "in engleza", "انگریزی", "الانجليزية",
           "الإنجليزية", "ਅੰਗਰੇਜ਼ੀ", "angrezi"),
    "ur": ("urdu", "اردو", "اردو میں"),
    # Roman Urdu: asked for in its own letters ("urdu mein"), or by the name residents give it.
    "ur-latn": ("roman urdu", "urdu roman", "urdu mein", "urdu main", "urdu me", "urdu in english",
                "urdu in english letters", "english letters mein urdu"),
    "pa": ("punjabi", "panjabi", "ਪੰਜਾਬੀ", "ਪੰਜਾਬੀ ਵਿੱਚ", "پنجابی"),
    "ar": ("arabic", "العربية", "عربي", "بالعربي", "بالعربية", "arabi"),
    "pl": ("polish", "polski", "po polsku", "polsku"),
    "ro": ("romanian", "română", "romana", "româna", "in romana", "în română", "romaneste", "românește"),
}
# Words that may stand around a language's name without making the message about something else.
_AROUND = {"in", "please", "pls", "plz", "can", "we", "speak", "talk", "use", "switch", "to", "change", "i",
           "want", "would", "like", "prefer", "only", "back", "language", "the", "chat", "reply", "write",
           "answer", "me", "you", "could", "let", "lets", "s", "us", "ok", "okay", "thanks", "proszę", "prosze",
           "te", "rog", "vă", "va", "mein", "main", "karo", "kijiye", "من", "فضلك", "لو", "ਜੀ", "ਕਿਰਪਾ",
           "ਕਰਕੇ", "میں", "کریں", "بات"}
_MAX_WORDS = 7  # longer messages are answers or questions that happen to name a language
# Letters and their combining marks (Gurmukhi vowel signs are marks, not letters, to Python's \w).
_TOKEN = re.compile(r"[^\s\d_.,!?;:()\[\]/\"'،؟۔-]+")


def _fold(text: str) -> str:
    """Lower case; Latin letters without their marks ("română" = "romana"); other scripts untouched."""
    out = []
    for ch in unicodedata.normalize("NFD", text.lower()):
        if unicodedata.category(ch) == "Mn" and out and out[-1].isascii():
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


_PHRASES = sorted(((_fold(name), lang) for lang, names in _NAMES.items() for name in names),
                  key=lambda item: -len(item[0]))


def asked_for(text: Optional[str]) -> Optional[str]:
    """The language a message asks to be answered in ("English please" -> "en"), or None."""
    words = _TOKEN.findall(_fold(text or "")[:200])
    if not words or len(words) > _MAX_WORDS:
        return None
    plain = " " + " ".join(words) + " "
    for phrase, lang in _PHRASES:
        if f" {phrase} " in plain:
            rest = plain.replace(f" {phrase} ", " ", 1).split()
            if all(word in _AROUND for word in rest):
                return lang
            return None
    return None


def language_after(text: Optional[str], held: Optional[str]) -> Optional[str]:
    """The conversation's language once `text` is read, if it changes; None keeps `held`.

    An explicit request always wins; otherwise only a conversation with no language yet takes one from
    what the message is written in, and English (the default) is left unstored."""
    wanted = asked_for(text)
    if wanted is not None:
        # "urdu" typed in Latin letters in a Roman Urdu conversation is not a request to change script
        if wanted == held or (wanted == "ur" and held == "ur-latn" and (text or "").isascii()):
            return None
        return wanted
    if held:
        return None
    found = identify(text or "")
    return None if found == "en" else found


# TRANSLATORS: the reply when a resident asks for this language by name. {language} is the language's
# name in the "language" table.
CHOSEN = P_("language_chosen", "OK, from now on I will answer in {language}. Some parts, such as what course "
                               "providers wrote, are still in English.")
# TRANSLATORS: told once, while this language's translations are drafts no fluent speaker has checked.
# Keep "English please" in English: it is what the assistant understands as a switch to English.
DRAFT_NOTICE = P_("language_notice", "These replies were translated recently and have not been checked yet. "
                                     'You can switch to English at any time: say "English please".')


def chosen_reply(lang: str) -> str:
    """What the assistant says, in the language chosen, when a resident asks for it by name."""
    if lang == "en":
        return "OK, I'll talk in English."
    words = words_for(lang)
    return words.say(CHOSEN, language=words("language", lang))


def draft_notice(lang: Optional[str], told: Iterable[str] = ()) -> Optional[str]:
    """The notice, in `lang`, that its translation is new and English is a word away, while the language
    still has unreviewed (fuzzy) entries; None in English, for a reviewed language, or once told."""
    if not lang or lang == "en" or lang in set(told or ()):
        return None
    words = words_for(lang)
    return words.say(DRAFT_NOTICE) if words.drafts else None


__all__ = ["CHOSEN", "DRAFT_NOTICE", "asked_for", "chosen_reply", "draft_notice", "language_after"]
