"""Numbers said in words, in every language Waymark reads: "forty five", "سبعة وعشرين", "ਅਠਵੰਜਾ", "czterdzieści
cztery", "patruzeci și doi". bot.language.understanding turns them into digits before the numbers are read
(bot.language.numbers), and bot.language.facts_in_languages does the same for the words of each language."""

from __future__ import annotations

import re
from typing import List, Optional, Sequence, Tuple

from bot.language.answers import fold, fold_letters
from bot.language.script_names import ARABIC_MARKS

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate(
    "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
_SCALES = {"hundred": 100, "thousand": 1000}
# "one" alone is usually not a number ("no one", "one of them"); it counts before these words.
_ONE_BEFORE = {"hundred", "thousand", "k", "grand", "day", "days", "year", "years", "hour", "hours"}


# Ages as words in the other languages Waymark speaks. Urdu and Punjabi name each number from 15 to 65 with a
# word of its own; Arabic builds them, unit then tens ("سبعة وعشرين", seven and twenty). Roman Urdu's are left
# out: several are English words too ("bees", "tees"). Drafts, like the other language tables.
_WHOLE_NUMBER_WORDS = dict(
    [(w, 15 + k) for k, w in enumerate(
        "پندرہ سولہ سترہ اٹھارہ انیس بیس اکیس بائیس تئیس چوبیس پچیس چھبیس ستائیس اٹھائیس انتیس تیس اکتیس بتیس "
        "تینتیس چونتیس پینتیس چھتیس سینتیس اڑتیس انتالیس چالیس اکتالیس بیالیس تینتالیس چوالیس پینتالیس چھیالیس "
        "سینتالیس اڑتالیس انچاس پچاس اکاون باون ترپن چون پچپن چھپن ستاون اٹھاون انسٹھ ساٹھ اکسٹھ باسٹھ تریسٹھ "
        "چونسٹھ پینسٹھ".split())]
    + [(w, 15 + k) for k, w in enumerate(
        "ਪੰਦਰਾਂ ਸੋਲਾਂ ਸਤਾਰਾਂ ਅਠਾਰਾਂ ਉੱਨੀ ਵੀਹ ਇੱਕੀ ਬਾਈ ਤੇਈ ਚੌਵੀ ਪੱਚੀ ਛੱਬੀ ਸਤਾਈ ਅਠਾਈ ਉਨੱਤੀ ਤੀਹ ਇਕੱਤੀ ਬੱਤੀ ਤੇਤੀ ਚੌਂਤੀ "
        "ਪੈਂਤੀ ਛੱਤੀ ਸੈਂਤੀ ਅਠੱਤੀ ਉਨਤਾਲੀ ਚਾਲੀ ਇਕਤਾਲੀ ਬਿਆਲੀ ਤਰਤਾਲੀ ਚੁਤਾਲੀ ਪੰਤਾਲੀ ਛਿਆਲੀ ਸੰਤਾਲੀ ਅਠਤਾਲੀ ਉਣੰਜਾ ਪੰਜਾਹ "
        "ਇਕਵੰਜਾ ਬਵੰਜਾ ਤਰਵੰਜਾ ਚਰਵੰਜਾ ਪਚਵੰਜਾ ਛਪੰਜਾ ਸਤਵੰਜਾ ਅਠਵੰਜਾ ਉਣਾਹਠ ਸੱਠ ਇਕਾਹਠ ਬਾਹਠ ਤਰੇਹਠ ਚੌਂਹਠ ਪੈਂਹਠ".split())]
    # Punjabi spelt as spoken in places ("ਬਤਾਲੀ", forty-two)
    + [("ਬਤਾਲੀ", 42), ("ਬਿਆਲੀ", 42), ("ਤਰਤਾਲੀ", 43), ("ਚੁਤਾਲੀ", 44), ("ਚੌਤਾਲੀ", 44)]
    # Arabic teens said as one word, as in the Levant ("ثمنطعش"), and tens alone
    + [("خمسطعش", 15), ("ستطعش", 16), ("سبعطعش", 17), ("تمنطعش", 18), ("ثمنطعش", 18), ("تسعطعش", 19)]
    # ...and the younger teens, and as Libya and the Maghreb say them ("ولدي عمره خمسطاش سنة"): one word each,
    # never an everyday word, so a child's age is not missed
    + [("تلطعش", 13), ("تلتطعش", 13), ("اربعطعش", 14), ("أربعطعش", 14)]
    + [("تلطاش", 13), ("ثلطاش", 13), ("اربعطاش", 14), ("أربعطاش", 14), ("ربعطاش", 14), ("خمسطاش", 15),
       ("سطاش", 16), ("ستاش", 16), ("سبعطاش", 17), ("سبطاش", 17), ("تمنطاش", 18), ("ثمنطاش", 18), ("تسعطاش", 19)]
    # ...and as Yemen and the Gulf write them, with ت: "ابني عمره سبعتاعش"
    + [("تلتاعش", 13), ("ثلطاعش", 13), ("اربعتاعش", 14), ("أربعتاعش", 14), ("خمستاعش", 15), ("ستاعش", 16),
       ("سبعتاعش", 17), ("ثمنتاعش", 18), ("تمنتاعش", 18), ("تسعتاعش", 19)]
    # Urdu and Punjabi past sixty-five: a grandparent's age ("ਉਹ ਸਤਾਹਠ ਸਾਲ ਦੇ ਨੇ")
    + [("چھیاسٹھ", 66), ("سڑسٹھ", 67), ("اڑسٹھ", 68), ("انہتر", 69), ("ਛਿਆਹਠ", 66), ("ਸਤਾਹਠ", 67),
       ("ਅਠਾਹਠ", 68), ("ਉਣੱਤਰ", 69), ("ਸੱਤਰ", 70)])
_AR_UNITS = {"واحد": 1, "احد": 1, "اثنين": 2, "اثنان": 2, "اتنين": 2, "ثلاثة": 3, "ثلاث": 3, "تلاتة": 3,
             "تلات": 3, "اربعة": 4, "أربعة": 4, "اربع": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6,
             "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "ثمان": 8, "تمانية": 8, "تمنية": 8, "تسعة": 9, "تسع": 9}
# (said in the accusative, as formal Arabic does after "أبلغ من العمر": "واحدًا وأربعين")
_AR_UNITS.update({"واحدا": 1, "ثلاثا": 3, "أربعا": 4, "اربعا": 4, "خمسا": 5, "ستا": 6, "سبعا": 7, "ثمانيا": 8,
                  "تسعا": 9})
_AR_TENS = {"عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "تلاتين": 30, "اربعين": 40, "أربعين": 40,
            "أربعون": 40, "خمسين": 50, "خمسون": 50, "ستين": 60, "ستون": 60, "سبعين": 70}
_WHOLE_NUMBER_WORDS.update(_AR_TENS)
# ...and the tens as Arabizi types them ("3omri khamseen sene"): none is an English word
_WHOLE_NUMBER_WORDS.update({w: 10 * n for n, words in (
    (2, "3eshreen 3ishreen 3eshrin 3ishrin"), (3, "talateen tlateen thalatheen talatin tlatin"),
    (4, "arba3een arba3in arb3in arba3een"), (5, "khamseen khamsin 5amseen 5amsin"),
    (6, "setteen sitteen sittin settin")) for w in words.split()})
# Each also in the letters the language tables fold to (bot.language.answers.fold_letters), the way phones
# often type them: the closing ة as ه ("خمسه وثلاثين"), Urdu's ہ and ی as Arabic's ه and ي ("پندره").
for _table in (_AR_UNITS, _AR_TENS, _WHOLE_NUMBER_WORDS):
    # (and as the whole message is folded, hamza seats too: "ستائیس" is read as "ستاييس")
    _table.update({form: n for w, n in list(_table.items()) for form in (fold_letters(w), fold(w))})


# Polish and Romanian build them tens then unit ("czterdzieści cztery", "patruzeci și doi"), texted with or
# without diacritics; the teens are words of their own. A unit alone is not taken for an age.
_LATIN_TENS = {**dict.fromkeys(("dwadzieścia", "dwadziescia", "douăzeci", "douazeci"), 20),
               **dict.fromkeys(("trzydzieści", "trzydziesci", "treizeci"), 30),
               **dict.fromkeys(("czterdzieści", "czterdziesci", "patruzeci"), 40),
               **dict.fromkeys(("pięćdziesiąt", "piecdziesiat", "cincizeci"), 50),
               **dict.fromkeys(("sześćdziesiąt", "szescdziesiat", "șaizeci", "şaizeci", "saizeci"), 60),
               **dict.fromkeys(("siedemdziesiąt", "siedemdziesiat", "șaptezeci", "şaptezeci", "saptezeci"), 70)}
_LATIN_UNITS = {**dict.fromkeys(("jeden", "unu", "unul"), 1), **dict.fromkeys(("dwa", "doi", "două", "doua"), 2),
                **dict.fromkeys(("trzy", "trei"), 3), **dict.fromkeys(("cztery", "patru"), 4),
                **dict.fromkeys(("pięć", "piec", "cinci"), 5),
                **dict.fromkeys(("sześć", "szesc", "șase", "şase", "sase"), 6),
                **dict.fromkeys(("siedem", "șapte", "şapte", "sapte"), 7), **dict.fromkeys(("osiem", "opt"), 8),
                **dict.fromkeys(("dziewięć", "dziewiec", "nouă", "noua"), 9)}
_WHOLE_NUMBER_WORDS.update({
    # (the younger teens too, each a word of its own and no everyday word, so a child's age is not missed)
    **dict.fromkeys(("jedenaście", "jedenascie", "unsprezece"), 11),
    **dict.fromkeys(("dwanaście", "dwanascie", "doisprezece", "douăsprezece", "douasprezece"), 12),
    **dict.fromkeys(("trzynaście", "trzynascie", "treisprezece"), 13),
    **dict.fromkeys(("czternaście", "czternascie", "paisprezece"), 14),
    **dict.fromkeys(("piętnaście", "pietnascie", "cincisprezece"), 15),
    **dict.fromkeys(("szesnaście", "szesnascie", "șaisprezece", "şaisprezece", "saisprezece"), 16),
    **dict.fromkeys(("siedemnaście", "siedemnascie", "șaptesprezece", "şaptesprezece", "saptesprezece"), 17),
    **dict.fromkeys(("osiemnaście", "osiemnascie", "optsprezece"), 18),
    **dict.fromkeys(("dziewiętnaście", "dziewietnascie", "nouăsprezece", "nouasprezece"), 19),
    **_LATIN_TENS})


# Roman Urdu's, only before the word for years ("unees saal ka hoon", "mein satrah saal ki hoon"): alone, several
# are English words ("bees", "tees"). Spelt every way phones type them, so matched by their skeleton
# (doubled letters as one, "ee" as "i", a closing "h" dropped: "satrah", "sattra" and "satra" alike).
def _skeleton(word: str) -> str:
    word = word.replace("ee", "i").replace("oo", "u").replace("ai", "e").replace("au", "o").replace("v", "w")
    return re.sub(r"(.)\1+", r"\1", word).rstrip("h")


_ROMAN_URDU_NUMBERS = {_skeleton(w): 15 + k for k, w in enumerate(
    "pandrah solah satrah atharah unnees bees ikkees baees teyees chaubees pachchees chhabbees sattaees atthaees "
    "untees tees ikattees battees taintees chauntees paintees chhattees saintees artees untaalees chaalees "
    "iktaalees bayaalees taintaalees chauvaalees paintaalees chhiyaalees saintaalees artaalees unchaas pachaas "
    "ikyaavan baavan tirpan chauvan pachpan chhappan sattaavan atthaavan unsath saath iksath baasath tirsath "
    "chaunsath painsath".split())}
_ROMAN_URDU_NUMBERS.update({_skeleton(w): n for w, n in (
    ("athara", 18), ("athra", 18), ("unis", 19), ("teis", 23), ("chobis", 24), ("pachis", 25), ("chabis", 26),
    ("satais", 27), ("athais", 28), ("unatis", 29), ("iktis", 31), ("batis", 32), ("tentis", 33), ("chontis", 34),
    ("pentis", 35), ("chatis", 36), ("sentis", 37), ("adtis", 38), ("untalis", 39), ("chalis", 40), ("iktalis", 41),
    ("biyalis", 42), ("tentalis", 43), ("chawalis", 44), ("chumalis", 44), ("pentalis", 45), ("chiyalis", 46),
    ("sentalis", 47), ("adtalis", 48), ("unchas", 49), ("pachas", 50), ("ikyawan", 51), ("bawan", 52),
    ("trepan", 53), ("chawan", 54), ("chapan", 56), ("satawan", 57), ("athawan", 58), ("tresath", 63),
    ("chonsath", 64), ("pensath", 65))})
# ...and the younger ones, a child's age ("chaudah saal ka hai"): read before the word for years only, like the rest
_ROMAN_URDU_NUMBERS.update({_skeleton(w): n for w, n in (
    ("das", 10), ("gyarah", 11), ("gyara", 11), ("barah", 12), ("bara", 12), ("terah", 13), ("tera", 13),
    ("chaudah", 14), ("chauda", 14), ("chodah", 14), ("choda", 14))})
_YEARS_AFTER = {"saal", "sal", "baras", "baris"}
# Numbers under fifteen, in Urdu and Punjabi, count as an age only before a word for years ("میرا بیٹا چودہ سال
# کا ہے", "ਪੋਤਾ ਤੇਰਾਂ ਸਾਲਾਂ ਦਾ"): alone they are everyday words too ("دس" is also "tell", "نو" also "no").
_YOUNG_WORDS = {"پانچ": 5, "چھ": 6, "سات": 7, "آٹھ": 8, "نو": 9, "دس": 10, "گیارہ": 11, "بارہ": 12, "تیرہ": 13,
                "چودہ": 14, "ਪੰਜ": 5, "ਛੇ": 6, "ਸੱਤ": 7, "ਅੱਠ": 8, "ਨੌਂ": 9, "ਨੌ": 9, "ਦਸ": 10, "ਗਿਆਰਾਂ": 11,
                "ਬਾਰਾਂ": 12, "ਤੇਰਾਂ": 13, "ਚੌਦਾਂ": 14}
# Words for years in the non-Latin scripts (also never part of a place by likeness: bot.language.places).
_YEARS = {"سال", "سالوں", "برس", "ورھیاں", "ورہیاں", "ورھے", "سنة", "سنه", "سنوات", "عام", "ਸਾਲ", "ਸਾਲਾਂ", "ਸਾਲਾ",
          "ਵਰ੍ਹਿਆਂ", "ਵਰਿਆਂ"}
_YOUNG_WORDS.update({form: n for w, n in list(_YOUNG_WORDS.items()) for form in (fold_letters(w), fold(w))})
YEARS_WORDS = frozenset(_YEARS | {fold_letters(w) for w in _YEARS})


def _number_word_in_languages(norms: Sequence[str], i: int) -> Optional[Tuple[int, int]]:
    """(end, value) of a number said in words in Urdu, Punjabi, Arabic, Polish or Romanian at norms[i], or None."""
    word = ARABIC_MARKS.sub("", norms[i])  # ("واحدًا": its vowel marks are not part of the word)
    after = ARABIC_MARKS.sub("", norms[i + 1]) if i + 1 < len(norms) else ""
    if word in _LATIN_TENS:
        then = norms[i + 2] if i + 2 < len(norms) else ""
        if after in ("și", "şi", "si") and then in _LATIN_UNITS:
            return i + 3, _LATIN_TENS[word] + _LATIN_UNITS[then]  # "patruzeci și doi"
        if after in _LATIN_UNITS:
            return i + 2, _LATIN_TENS[word] + _LATIN_UNITS[after]  # "czterdzieści cztery"
    if word in _AR_UNITS and after.startswith("و") and after[1:] in _AR_TENS:
        return i + 2, _AR_UNITS[word] + _AR_TENS[after[1:]]  # "سبعة وعشرين": seven and twenty
    if word in _AR_UNITS and after in ("عشر", "عشرة", "عشره") and _AR_UNITS[word] >= 3:
        return i + 2, 10 + _AR_UNITS[word]  # "ثمانية عشر": eighteen
    if word in _WHOLE_NUMBER_WORDS:
        return i + 1, _WHOLE_NUMBER_WORDS[word]
    if word in _YOUNG_WORDS and after in YEARS_WORDS:
        return i + 1, _YOUNG_WORDS[word]
    if after in _YEARS_AFTER and word.isascii() and _skeleton(word) in _ROMAN_URDU_NUMBERS:
        return i + 1, _ROMAN_URDU_NUMBERS[_skeleton(word)]
    return None


def merge_number_words(norms: Sequence[str]) -> List[Tuple[int, int, str]]:
    """Spans (i, j, digits) of norms[i:j] that spell a number: "forty five" -> "45", "سبعة وعشرين" -> "27"."""
    spans, i = [], 0
    while i < len(norms):
        said = _number_word_in_languages(norms, i)
        if said is not None:
            spans.append((i, said[0], str(said[1])))
            i = said[0]
            continue
        j, total, current, seen = i, 0, 0, False
        while j < len(norms):
            word = norms[j]
            if word in _UNITS and (not seen or current % 10 == 0 and current >= 20 and _UNITS[word] < 10):
                current += _UNITS[word]
            elif word in _TENS and (not seen or current % 100 == 0 and current > 0):
                current += _TENS[word]
            elif seen and j == i + 1 and current in _TENS.values() and len(word) == 1 and word in "123456789":
                current += int(word)  # "twenty 3", as a phone's keyboard half-spells it
            elif word in _SCALES and seen:
                if word == "hundred":
                    current *= 100
                else:
                    total, current = (total + current) * 1000, 0
            elif word == "and" and seen and j + 1 < len(norms) and (
                norms[j + 1] in _UNITS or norms[j + 1] in _TENS
            ) and (current % 100 == 0 or total):
                j += 1
                continue
            else:
                break
            seen = True
            j += 1
        if seen:
            value = total + current
            lone_one = j - i == 1 and norms[i] == "one"
            if not lone_one or (j < len(norms) and norms[j] in _ONE_BEFORE):
                spans.append((i, j, str(value)))
            i = j
        else:
            i += 1
    return spans


__all__ = ["YEARS_WORDS", "merge_number_words"]
