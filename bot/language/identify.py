"""Which language a resident's message is written in, or no decision.

Order matters and is cheapest-first: the script decides Punjabi (Gurmukhi) and
Arabic-script text (Urdu when Urdu-only letters or function words appear, else
Arabic); then Polish/Romanian diacritics; then Arabizi (Arabic in Latin letters,
answered in Arabic script) and Roman Urdu function words, which langid cannot know
("ur-latn": Roman Urdu is answered in the letters it is written in); then langid
restricted to en/pl/ro. Short or ambiguous messages ("ok", "yes",
a number, a place) return None so the caller keeps the language it already has.
"""
from __future__ import annotations

import re
from functools import lru_cache

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
    # common content words and verb forms (a message of content words has few function words)
    "paise", "paisa", "dene", "dena", "dein", "lein", "lena", "karo", "karein", "karun", "karwa", "kijiye",
    "dijiye", "liye", "iske", "iska", "uske", "uska", "saari", "saare", "maloomat", "maaloomat", "koi",
    "kuch", "kisi", "kaun", "kaunsa", "kaunsi", "kahan", "yahan", "wahan", "woh",
    "apna", "apni", "apne", "aur", "lekin", "magar", "agar", "phir", "sirf", "zyada", "thora",
    "thori", "thoda", "pata", "seekhna", "seekhni", "sikhna", "parhna", "parhai", "baat", "baad", "pehle",
    "insaan", "saath", "paas", "jaldi", "aaj", "raat", "shaam", "subah", "hafte", "mahine", "ghante",
    "beti", "biwi", "shohar", "bachay", "bache", "bachon", "ghar", "naam", "rakhna", "bhejo",
    "bhejein", "chalega", "rahega", "hoti", "hota", "hote", "sakta", "sakti", "sakte", "milega", "milegi",
    "haan", "zaroor", "shayad", "waqt", "samajh", "aaya", "aayi", "gaya", "gayi", "tankhwah", "shauq",
    "auraton", "wapas", "dobara", "shuru", "khatam", "yaar", "baare", "rahe", "sawal", "jawab", "pooch",
    "poochna", "poocha", "kyunke", "kyunki", "isliye", "matlab", "samjha", "samjhi", "dekho", "suno", "bolo",
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
    "byl", "byla", "bylem", "bylam", "masz", "tak", "moge", "mozna", "mozesz", "musze", "znam", "wiem",
    "rozumiem", "dzieki", "czesc", "ktora", "ktore", "jaka", "jakie", "dlaczego", "ile", "juz", "jeszcze",
    "teraz", "tez", "albo", "lub", "wiec", "przez", "bez", "mojego", "tego", "tym", "tej", "praca",
    "robie", "robic", "zrobic", "pracowalem", "pracowalam", "kursy", "kursie", "angielski", "angielskiego",
    "polsku", "lata", "roku", "rok", "maz", "dzieci", "rodzina", "domu", "mniej", "wyslij",
    "usun", "powiedz", "zadzwonic", "darmowy", "darmowe", "wieczorem", "wieczorami", "weekendy", "tydzien",
    "godzin", "godziny", "szkole", "szkola", "studia", "matura", "matury", "technikum", "licencjat",
    "bezrobotny", "bezrobotna", "zasilek", "samozatrudniony", "samozatrudniona", "umowa", "etat", "etatu",
    "magazynie", "fabryce", "kierowca", "ktos", "cos", "czegos", "nigdy", "zawsze", "dobrze",
    "slabo", "slaby", "slaba", "troche", "mowie", "mowic", "jezyk", "drogie", "drogi", "krok",
    # past tenses, which say what a resident has done ("skonczylam szkole", "stracilem prace")
    "skonczylem", "skonczylam", "stracilem", "stracilam", "przyjechalem", "przyjechalam", "urodzilem",
    "urodzilam", "studiowalem", "studiowalam", "uczylem", "uczylam", "mieszkalem", "mieszkalam",
}
_ROMANIAN = {
    "sunt", "vreau", "caut", "pot", "meu", "mea", "mele", "ani", "si", "pentru", "cu", "poate", "primesc",
    "inteleg", "lucrez", "locuiesc", "stau", "aici", "este", "sau", "dar", "cand", "unde",
    "fiul", "fiica", "sotia", "sotul", "somer", "lucru", "munca", "cursul", "statut", "nevoie", "bine",
    "multumesc", "mersi", "buna", "ziua", "intereseaza", "poti", "repeta", "se",
    "esti", "suntem", "vrea", "vrei", "trebuie", "stiu", "lucrat", "fac", "facut", "tau", "lui", "mei",
    "despre", "dupa", "inainte", "acum", "acolo", "foarte", "mult", "multe", "mai", "doar", "numai",
    "inca", "deja", "rau", "salut", "cursuri", "cursului", "engleza", "romana", "saptamana", "seara",
    "dimineata", "acasa", "familia", "baiatul", "copii", "copilul", "salariu", "salariul", "bani",
    "gratuit", "scump", "somaj", "ajutor", "liceul", "liceu", "facultatea", "bacalaureat", "calificare",
    "sofer", "depozit", "constructii", "fabrica", "spune", "trimite", "sterge", "suna", "vorbesc", "vorbi",
    "urmatorul", "prea", "asta", "acest", "aceasta", "acesta", "rog", "castig", "fata", "cineva",
    # past participles, which say what a resident has done ("am terminat liceul", "am pierdut jobul")
    "terminat", "venit", "plecat", "pierdut", "studiat", "absolvit", "ajuns", "nascut", "mutat", "invatat",
}
# Arabizi: Arabic typed in Latin letters, with digits for the sounds Latin lacks ("3omri 24", "bddi
# et3allam", "ma3andi shoghl"). Its everyday words as Levantine, Gulf, Egyptian and Maghrebi speakers type
# them, chosen like the lists above: none is an English, Polish, Romanian or Roman Urdu word ("fi", "la",
# "ma", "w", "b", "hal", "min", "hon", "bass", "bent" and "dial" are left out for that reason).
_ARABIZI = {
    "ana", "ismi", "esmi", "omri", "umri", "sakin", "saken", "sakna", "sakne", "sakn", "bddi", "baddi",
    "biddi", "bidi", "bghit", "bghina", "ayez", "ayza", "andi", "ndi", "shoghl", "shogl", "shughl", "khedma",
    "khidma", "khdma", "khdam", "khdamt", "shu", "shou", "sho", "kif", "kifak", "kifik", "wallah", "wallahi",
    "inshallah", "yalla", "yani", "mish", "msh", "mesh", "mafi", "mafish", "hada", "hadi", "hatha", "hadha",
    "kaman", "kamaan", "kteer", "ktir", "shukran", "shokran", "marhaba", "ahlan", "sene", "sana",
    "snin", "sneen", "shahr", "shhur", "ashhur", "ibni", "binti", "zawji", "zawjti", "mrati", "ummi",
    "wlad", "wled", "bled", "balad", "jamea", "madrasa", "kont", "kunt", "kanet", "dyal", "bzaf",
    "bezzaf", "wakha", "mezyan", "daba", "hna", "mn", "mahal", "hnak", "lugha", "inglizi",
    "englizi", "arabi", "aywa", "na3am", "akhi", "ukhti", "habibi", "ebni", "bnti", "jit", "jeet",
    "wasalt", "lajea", "laje2", "luju", "ta3lim", "dirasa", "drasa", "shahada", "kuliya", "kulliya",
    "chwiya", "shwiya", "shwaya", "mzyan", "mzian", "walakin", "lakin", "bas", "mfrragh", "fadi", "fadye",
}
# A digit standing for an Arabic sound inside a word ("3omri", "ma3andi", "l5dma", "7abibi"): 3, 5, 7 and
# 9 with letters after them. English SMS spells with 2, 4 and 8 ("2moro", "gr8", "b4"), which are left
# out, and English's own digit words (ordinals, times, units, postcodes) are not counted.
_ARABIZI_DIGIT = re.compile(r"^[a-z]*[3579][a-z]*[a-z]$")
_ENGLISH_DIGIT_WORD = re.compile(
    r"^\d+(?:st|nd|rd|th|am|pm|k|yrs?|hrs?|h|mins?|days?|wks?|weeks?|months?|mnths?|years?|ish|x|gb|mb|kg)$"
    r"|^[a-z]{1,2}\d{1,2}[a-z]?$|^\d[a-z]{2}$")
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
# Home-country qualifications by their own names, which residents use inside English as well.
_QUALIFICATION_NAMES = frozenset({"matura", "matury", "technikum", "licencjat", "bacalaureat", "liceu", "liceul",
                                  "liceum", "facultatea"})
# ...and the words that go with those names: "diploma de bacalaureat", "świadectwo z matury"
_NAME_LINKS = frozenset({"diploma", "diplomă", "de", "cu", "z", "dyplom", "świadectwo", "swiadectwo", "dojrzałości",
                         "dojrzalosci"})
# First-person verbs whose endings no English word has: one is as telling as two function words.
_TELLING = {
    "szukam", "mieszkam", "pracuje", "dziekuje", "potrzebuje", "dostaje", "zarabiam", "chcialbym", "chcialabym",
    "vreau", "caut", "primesc", "locuiesc", "lucrez", "multumesc", "intereseaza",
}
# English words a Polish, Romanian or Roman Urdu message would not contain. The function words count as
# English against the other languages' listed words ("Buna ziua. I am 30, from Romania..." is English);
# any of them, or of the everyday content words, stops a guess on thin evidence: one listed Polish or
# Romanian word is enough only with no English around it ("jestem samozatrudniony", "sunt liber in
# weekend"), and langid's pl/ro on an unmarked message with English in it is not taken. Words the
# languages share ("in", "a", "i", "to", "do", "no", "na", Romanian "am") are left out.
_ENGLISH = {
    "the", "and", "is", "are", "im", "my", "you", "your", "for", "with", "of", "it", "its", "can",
    "have", "has", "want", "need", "me", "this", "that", "what", "how", "where", "when", "there", "be",
    "was", "been", "will", "would", "not", "but", "or", "if", "so", "just", "get", "got", "pls", "please",
    "from", "at", "on", "we", "he", "she", "they", "our", "about", "any", "some", "dont", "cant", "ive",
    "also", "only", "why", "who", "which", "wanna", "gonna", "u", "ur", "much", "many", "does", "did",
    "wont", "isnt",
}
_ENGLISH_EVERYDAY = _ENGLISH | {
    "hi", "hello", "thanks", "thank", "help", "looking", "course", "job", "work", "yes", "yeah", "real",
    "person", "age", "old", "live", "lost", "pay", "money", "free", "time", "full", "part", "evenings",
    "weekends", "employed", "unemployed", "benefits", "english", "college", "school", "year", "years",
    "poland", "romania", "pakistan", "india", "country",
    # the hedges of a short English reply ("no idea, computers i spose"): no Polish or Romanian word
    "computers", "spose", "suppose", "dunno", "maybe", "something", "anything", "nothing", "guess", "think",
    "sure", "know",
    # a job named in a reply ("working, care assistant": Romanian's "care" is "which")
    "working", "worker", "assistant",
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# A greeting said in one's own language before a message in another (Polish, Romanian, Urdu/Arabic and
# Punjabi greetings as typed in Latin letters, with or without marks).
_GREETING = re.compile(
    r"\s*(?:dzie[nń] dobry|cze[sś][cć]|witam|bun[aă] ziua|bun[aă]|salut|salaa?m(?: alaikum| alaykum)?|"
    r"(?:as+)?salaa?m(?:u|o)? ?(?:a|o)?laikum|aoa|sat sri akal)\b[\s,.!:;-]*", re.IGNORECASE)
# UTF-8 read as Latin-1 ("Ã©", "â€™"): its "â" is not Romanian, and the message says nothing of a language.
_MOJIBAKE = re.compile("Ã.|â€")
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
    if _MOJIBAKE.search(text):
        return None
    greeting = _GREETING.match(text)
    if greeting and len(_WORD.findall(text[greeting.end():])) >= 3:
        # "Dzień dobry, I need help finding a course": a greeting in one's own language, then English.
        # What follows the greeting decides; the greeting alone is too little.
        rest = identify(text[greeting.end():])
        if rest is not None:
            return rest
    if chars & _PL_LETTERS:
        return "pl"
    if chars & _RO_LETTERS:
        return "ro"
    words = [w.lower() for w in _WORD.findall(text)]
    if set(words) & _QUALIFICATION_NAMES and set(words) <= _QUALIFICATION_NAMES | _NAME_LINKS:
        return None  # the qualification's own name alone, as said in any conversation: "diploma de bacalaureat"
    # Residents mix languages ("Buna ziua. I am 30, from Romania..."; "kya yeh course free hai"): the
    # language with more of its own listed words wins, and English counts too, so an English message
    # with one borrowed word stays English.
    english = sum(1 for w in words if w in _ENGLISH)
    roman_urdu = sum(1 for w in words if w in _ROMAN_URDU)
    arabizi = _arabizi(text)
    if arabizi >= 2 and arabizi > english and arabizi > roman_urdu:
        return "ar"  # Arabizi is answered in Arabic's own letters, which its writers read
    if (roman_urdu >= 2 and roman_urdu > english) or (roman_urdu == 1 and not english and 1 < len(words) <= 3):
        return "ur-latn"  # answered in the letters it is written in
    # (a qualification's own name is said in English too: "technikum in poland, mechanic, with matura")
    named = _QUALIFICATION_NAMES if english else frozenset()
    polish = sum(1 + (w in _TELLING) for w in words if w in _POLISH and w not in named)
    romanian = sum(1 + (w in _TELLING) for w in words if w in _ROMANIAN and w not in named)
    if max(polish, romanian) >= 2 and polish != romanian and max(polish, romanian) > english:
        return "pl" if polish > romanian else "ro"
    everyday = any(w in _ENGLISH_EVERYDAY for w in words)
    if max(polish, romanian) == 1 and polish != romanian and len(words) > 1 and not everyday:
        return "pl" if polish else "ro"
    if english >= 2 and english > max(polish, romanian, roman_urdu):
        return "en"
    if sum(len(w) for w in words) < _MIN_LETTERS or len(words) < 3:
        return None
    lang, confidence = _classifier().classify(text)
    if lang != "en" and everyday:
        return None  # langid on a short unmarked message with English words in it is a guess
    if lang == "en" and not english and (roman_urdu or polish or romanian):
        return None  # ...and so is its English for one with none of English's words and one of another's
    return lang if confidence >= 0.9 else None


def _arabizi(text: str) -> int:
    """How many of the message's words are Arabizi: listed words, and words with a digit for a sound."""
    count = 0
    for token in _TOKEN.findall(text.lower()):
        if token in _ARABIZI:
            count += 1
        elif any(c.isdigit() for c in token) and not _ENGLISH_DIGIT_WORD.match(token):
            count += bool(_ARABIZI_DIGIT.match(token))
    return count
