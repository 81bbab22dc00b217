"""Place names written in Urdu, Arabic or Punjabi letters, matched to the gazetteer's English names by how
they sound: "سالٹلی" is Saltley, "ويدنزبري" Wednesbury, "ਲੈਮਿੰਗਟਨ ਸਪਾ" Leamington Spa.

Residents spell an English place name in their own script as it sounds, and no two spell it alike
(Arabic has no "p" or "v", Urdu writes "v" with the letter for "w", vowels are mostly left out). So both
sides are reduced to a consonant skeleton: letters that stand for one sound in the other script fall
together (p with b, d with t, z with s, g and j with k), vowels, h and y are dropped, doubles collapse.
A name listed in the gazetteer in a script is matched exactly first (bot.language.places); this is for
the hundreds of suburbs nobody has written out. A skeleton is only tried where a place is expected (after
"in", before "میں"), only when it is long enough not to be an everyday word, and never when two
councils' places share it.
"""

from __future__ import annotations

import re
from typing import Optional

from bot.language.answer_words import ANSWER_WORDS, DONT_KNOW

# Arabic-script letters (Urdu and Arabic) by the sound class they spell. و and ی are vowels inside a word.
_ARABIC = {
    **dict.fromkeys("بپ", "B"), **dict.fromkeys("تٹطدڈثذ", "T"), **dict.fromkeys("جچکكگغقخ", "K"),
    **dict.fromkeys("زژسشصضظ", "S"), "ف": "F", "ر": "R", "ڑ": "R", "ل": "L", "م": "M", "ن": "N", "ں": "N",
}
_ARABIC_W = "و"
# Gurmukhi consonants; the nukta (਼) makes ਜ z and ਫ f; tippi and bindi before a consonant are an n.
_GURMUKHI = {
    **dict.fromkeys("ਪਬਭ", "B"), **dict.fromkeys("ਟਠਡਢਤਥਦਧ", "T"), **dict.fromkeys("ਕਖਗਘਚਛਜਝ", "K"),
    **dict.fromkeys("ਸਸ਼", "S"), "ਫ": "F", "ਰ": "R", "ੜ": "R", "ਲ": "L", "ਮ": "M", "ਨ": "N", "ਣ": "N",
    "ੰ": "N", "ਂ": "N",
}
_NUKTA = {"ਜ਼": "S", "ਫ਼": "F", "ਖ਼": "K", "ਗ਼": "K"}
_GURMUKHI_W = "ਵ"
# Latin spellings, longest first: "th" and "ph" are one sound, "c" is s before e, i or y.
_LATIN = [("sch", "SK"), ("ngh", "NK"), ("ch", "K"), ("ck", "K"), ("th", "T"), ("ph", "F"), ("sh", "S"), ("gh", ""),
          ("qu", "K")]
_LATIN_ONE = {**dict.fromkeys("bp", "B"), **dict.fromkeys("dt", "T"), **dict.fromkeys("gjkq", "K"),
              **dict.fromkeys("sz", "S"), "x": "KS", "f": "F", "v": "F", "r": "R", "l": "L", "m": "M", "n": "N"}
# Arabic writes "in" and "and" onto the word: "بكوفنتري" is "in Coventry", "وبرمنغهام" "and Birmingham".
PROCLITICS = ("وب", "فب", "ب", "و", "ف", "ل")
# ...of which the single letters, written onto any word: "بالمعمل" (in the factory)
JOINED_LETTERS = frozenset(p for p in PROCLITICS if len(p) == 1)
# Little words of each script that are never part of a place's name: "ਪਰ ਹੁਣ" (but now), "اور اب" (and now).
FUNCTION_WORDS = frozenset(
    "اور پر اب بھی ایک کے کی کا کو سے نے ہے ہیں یہ وہ یہاں وہاں لیکن مگر تو ہم آپ"
    " و ثم بس من على الى إلى عن مع هذا هذه هنا هناك لكن أو او انا أنا هو هي احنا نحن"
    " ਪਰ ਹੁਣ ਤੇ ਅਤੇ ਵੀ ਇੱਕ ਦੇ ਦੀ ਦਾ ਨੂੰ ਤੋਂ ਨੇ ਹੈ ਹਨ ਇਹ ਉਹ ਇੱਥੇ ਉੱਥੇ ਮੈਂ ਅਸੀਂ ਜੀ"
    # Britain, said as the country they live in: it sounds like Bridgtown (Cannock Chase) but is no town
    " بريطانيا وبريطانيا ببريطانيا برطانیہ برطانيه برطانیا ਬਰਤਾਨੀਆ ਬ੍ਰਿਟੇਨ"
    # numbers and the clock, said as a time ("ਸ਼ਾਮ ਸੱਤ ਵਜੇ ਤੋਂ ਬਾਅਦ", after seven in the evening, sounded like Shustoke)
    " ایک دو تین چار پانچ چھ سات آٹھ نو دس گیارہ بارہ بجے"
    " واحد اثنين ثلاثة ثلاث أربعة اربعة خمسة ستة سبعة ثمانية تسعة عشرة الساعة ساعة"
    " ਦੋ ਤਿੰਨ ਚਾਰ ਪੰਜ ਛੇ ਸੱਤ ਅੱਠ ਨੌਂ ਦਸ ਗਿਆਰਾਂ ਬਾਰਾਂ ਵਜੇ".split())
# Arabic short vowels and shadda, which most people leave out: not part of a word (bot.language.places too)
ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670]")


def _plain(words: str) -> str:
    return ARABIC_MARKS.sub("", words).lower()


# The words each language's intake reads as a whole answer are everyday words, never a place by likeness
# ("برطانوی", British, sounds like Brereton).
_ANSWERS = frozenset(_plain(p) for slots in ANSWER_WORDS.values() for rows in slots.values() for _, phrases in rows
                     for p in phrases) | frozenset(_plain(p) for phrases in DONT_KNOW.values() for p in phrases)
# A skeleton this long is rarely an everyday word by chance.
MIN_SKELETON = 4


def _collapse(letters: str) -> str:
    return re.sub(r"(.)\1+", r"\1", letters)


def latin(name: str) -> str:
    """The skeleton of a name in Latin letters: "Wednesbury" -> "WTNSBR", "Small Heath" -> "SMLT"."""
    out = []
    for word in re.findall(r"[a-z]+", name.lower()):
        sounds, i = [], 0
        while i < len(word):
            two = next(((p, s) for p, s in _LATIN if word.startswith(p, i)), None)
            if two:
                sounds.append(two[1])
                i += len(two[0])
                continue
            ch = word[i]
            if ch == "c":
                sounds.append("S" if word[i + 1: i + 2] in ("e", "i", "y") else "K")
            elif ch == "w":
                sounds.append("W" if i == 0 else "")  # "-worth", "-wich": said as a vowel glide
            elif ch == "v" and i > 0:
                sounds.append("")  # Urdu writes a v inside a word with the letter it uses for vowels
            else:
                sounds.append(_LATIN_ONE.get(ch, ""))
            i += 1
        out.append("".join(sounds))
    return _collapse("".join(out))


def in_script(word: str) -> Optional[str]:
    """The skeleton of one word in Arabic-script or Gurmukhi letters; None for Latin words."""
    if re.search(r"[\u0600-\u06ff]", word):
        table, w_letter = _ARABIC, _ARABIC_W
    elif re.search(r"[\u0a00-\u0a7f]", word):
        table, w_letter = _GURMUKHI, _GURMUKHI_W
        for pair, sound in _NUKTA.items():
            word = word.replace(pair, "\0" + sound)
    else:
        return None
    out = []
    for i, ch in enumerate(word):
        if ch == "\0":
            continue
        if i > 0 and word[i - 1] == "\0":
            out.append(ch)  # a sound already decided by a nukta
        elif ch == w_letter:
            out.append("W" if i == 0 else "")
        else:
            out.append(table.get(ch, ""))
    return "".join(out)


# Long vowels: an English name written in Arabic script spells its vowels out ("سالٹلی", "لوزلز"), an
# everyday Arabic or Urdu noun mostly does not ("مغسلة", a car wash, is not Moxley).
_VOWEL_LETTERS = re.compile(r"[اآوىيیے\u0a3e-\u0a4c]")


def skeletons(words) -> list:
    """Skeletons of a run of script words, the first also without a proclitic ("بكوفنتري"); none when the
    words spell out no vowel, as an English name written in the script does, or are an everyday answer."""
    if not _VOWEL_LETTERS.search("".join(words)) or _plain(" ".join(words)) in _ANSWERS:
        return []
    first = words[0]
    firsts = [first] + [first[len(p):] for p in PROCLITICS if first.startswith(p) and len(first) > len(p) + 2]
    rest = [in_script(w) for w in words[1:]]
    if any(r is None for r in rest):
        return []
    # a one-word English name written as two ("اسمیتھ وک", Smethwick): its "w" inside the name is a glide
    glided = [r[1:] if r.startswith("W") else r for r in rest]
    out = []
    for f in firsts:
        head = in_script(f)
        if head is not None:
            out += [_collapse(head + "".join(r)) for r in ([rest, glided] if glided != rest else [rest])]
    return out


def keys(skeleton: str) -> list:
    """The skeleton and, since "v" is written ف in Arabic but و in Urdu, the same without its f sounds."""
    return [skeleton] + ([_collapse(skeleton.replace("F", ""))] if "F" in skeleton else [])


def has_proclitic(word: str) -> bool:
    """An Arabic "in" written onto the word ("بكوفنتري"); said after a word for living somewhere, a place."""
    # (and Moroccan Arabic's "f", "in": "ساكنة فوالسال")
    return word.startswith(("ب", "ف")) and re.search(r"[\u0600-\u06ff]", word) is not None and len(word) > 4


__all__ = ["ARABIC_MARKS", "FUNCTION_WORDS", "JOINED_LETTERS", "PROCLITICS", "MIN_SKELETON", "has_proclitic", "in_script", "keys", "latin", "skeletons"]
