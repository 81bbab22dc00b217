"""A short reply read as the answer to the question in front of the resident, in their own words.

"first language" to "How good is your English?", "he's not working" to "Is he working?", "part time at
first" to "When can you study?". The words mean something only as that answer, so they are read only
while that question is open (the tracker's requested slot, handed in by components.waymark_nlu), only
from a short reply that gave no fact for it otherwise, and only for that question: the fact is weak
(bot.language.facts.Fact), so the intake form lets it change nothing else.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any, Dict, List, Optional, Tuple

from bot.dialogue import intake
from bot.language import births, numbers, school_years, vocab
from bot.language.answer_words import ANSWER_WORDS, INCOME_WORDS
from bot.language.facts import Fact
from bot.language.phrase_context import REFUSED_AFTER, time_left
from bot.language.situations import WEEKDAY, WEEKDAYS
from bot.language.statement_words import NOT_PLAIN_BEFORE, WORKING
from bot.language.typed_replies import normalise
from bot.language.work_ending import MONTHS

# A reply this long or shorter may answer the open question in the resident's own words.
ANSWER_MAX_WORDS = 15
# ...but when they can study is often explained ("din mein 3 4 ghante nikal sakta hoon, shaam 5 baje se takeaway
# ki duty hoti hai": the hours, and why), and the words of time say nothing else.
TIME_ANSWER_MAX_WORDS = 24


def said_native(plain: str) -> bool:
    """The reply says English is their own language (NATIVE), whatever milder word is beside it."""
    return _NATIVE.search(plain) is not None


def answers_within(asked: str, words: int) -> bool:
    """A reply of this many words may be read as the answer to the open question."""
    return words <= (TIME_ANSWER_MAX_WORDS if asked == "availability" else ANSWER_MAX_WORDS)


# English as their own language: "first language", "native", "born here", "born and bred round here" (not "born and
# raised in Eritrea"). It outweighs a milder word beside it: "English is fine, I was born here" is fluent.
NATIVE = (r"\b(?:first|1st|native|mother|main|only) (?:language|tongue)\b|\bnative\b|\bborn here\b"
          r"|\bi am english\b|\benglish born\b"
          r"|\bborn and (?:bred|raised)(?! (?:in|abroad|overseas|back)\b(?! (?:the uk|england|britain|here)\b))"
          r"|^english (?:, )?born and (?:bred|raised)\b")
_NATIVE = re.compile(NATIVE)


# One weekday to another ("tues - thurs", "monday till friday"), and the working week said so.
_THROUGH = r"(?:-|to|till|until|through|thru)"
_MON_TO_FRI = r"mon(?:day)?s? ?" + _THROUGH + r" ?fri(?:day)?s?"
# Regexes over the normalised words (bot.language.understanding._View.plain); the first
# that matches wins, so the narrower readings come first ("not bad" before "bad").
_SUBJECT = r"(?:i|i am|he|she|they|he 's|she 's|they are|he is|she is|they 're)"
# A level named outright, first ("intermediate, I go to ESOL classes"): it wins over how they feel about it,
# and over what the rest of the reply would say on its own (bot.language.understanding).
NAMED_LEVEL = r"^(?:\S+ )?(?:intermediate|b1|b2|medium|middle|average)\b"
# Who is unsure, said or not: "no idea", "he's no idea", "she's got no idea", "I've no idea", "they don't know"
# "never thought about it", said beside not knowing or alone: no topic yet
_NEVER_THOUGHT = r" (?:i )?(?:have |had )?never (?:really )?(?:thought|considered)(?: about)?(?: it| that)?\b"
_UNSURE_WHO = (r"(?:(?:i|he|she|they|we)(?: am| is| are| 's| s| has| have| 've)?(?: got| really| honestly)? "
               r")?")
ANSWERS: Dict[str, List[Tuple[str, Any]]] = {
    "english_level": [
        # an IELTS band, in any language's reply ("ਵਧੀਆ, IELTS ਵਿੱਚ 7 ਬੈਂਡ"): 7 and over is about C1, 4 to 6.5 B1 to
        # B2, under 4 a beginner's (the Council of Europe levels IELTS maps its bands to)
        (r"\bielts\b\D{0,20}?(?<![\d.])[7-9](?:\.[05])?(?![\d.]\d)|(?<![\d.])[7-9](?:\.[05])? (?:band )?(?:in )?ielts\b", "fluent"),
        (r"\bielts\b\D{0,20}?(?<![\d.])[4-6](?:\.[05])?(?![\d.]\d)|(?<![\d.])[4-6](?:\.[05])? (?:band )?(?:in )?ielts\b",
         "intermediate"),
        (r"\bielts\b\D{0,20}?(?<![\d.])[1-3](?:\.[05])?(?![\d.]\d)", "basic"),
        # an ESOL class's level: Entry 1 and 2 are a beginner's (A1 and A2); Entry 3, where learners "take part in short
        # conversations" and "express opinions", is B1, the first intermediate level, like Levels 1 and 2 above it
        # (https://www.sandwell.ac.uk/?p=19804; https://birmingham.esolhub.co.uk/articles/progression-paths)
        (r"\b(?:esol )?entry (?:level )?(?:[12]|one|two)\b|\bentry level\b", "basic"),
        (r"\b(?:esol )?entry (?:level )?(?:3|three)\b", "intermediate"),
        (NATIVE +
         # used every day: "I use English every day at work, no problem"
         r"|\b(?:use|speak|write|using|speaking) (?:english|it) (?:every ?day|all day|daily|all the time)\b"
         r"|\benglish (?:is|'s) (?:my|his|her|their) (?:language|lingo)\b"
         # "it's my language" to "How good is your English?"
         r"|\bit (?:is|'s) (?:my|his|her|their) (?:own )?(?:language|lingo)\b"
         # "English" to "How good is your English?" in an English conversation: it is their language
         # ("english only lol", "only speak english", "eng")
         r"|^(?:yes |yeah |yep |yh )?(?:i )?(?:only )?(?:speak )?(?:english|eng)(?: yes| only| obviously| obvs| obv| ofc|"
         r" of course| course| innit| init| mate| lol| haha| duh| bruv)*$"
         # interpreting or translating is English beyond everyday: "very good, I was interpreter 6 years"
         r"|\b(?:was|am|is|as|worked as|work as|working as)(?: an?)? (?:interpreter|translator)\b"
         r"|\b(?:interpreting|translating) (?:for|in|at)\b"
         # the language of their schooling and their country: "I speak it very well, it is official language in Nigeria"
         r"|\bofficial language\b|(?<!not )\b(?:very|really|extremely) well\b"
         # years of working in English: "very good, I work in English 8 years"
         r"|\b(?:work|worked|working) in english\b", "fluent"),
        (r"\bnot (?:too |that |so )?bad\b|\bnot too shabby\b", "intermediate"),
        # a level named outright wins over how they feel about it ("intermediate, he is improving")
        (NAMED_LEVEL, "intermediate"),
        (r"^(?:no|none|zero|nothing)$|\bno english\b|\b(?:very little|hardly any|not any|only a few words|"
         r"a few words|can not speak|do not speak|not at all)\b", "none"),
        (r"\bnot (?:so |very |that |too |really |the )?(?:good|great|best|strong|confident|brilliant|fluent|"
         r"perfect|amazing|well)\b|\blittle\b"
         r"|\bbasic\b|\bbeginner\b|\bbad\b|^(?:a |very |only )?small(?: bit)?$|\bpoor\b|\bweak\b|\bso so\b|\bget by\b|\bgetting by\b"
         r"|\bcould be better\b|\bbroken\b|\bstill learning\b|\bimproving\b|\bstruggle\b|\bok ish\b", "basic"),
        (r"\bfluent(?:ly)?\b|\bperfect\b|\bexcellent\b|\bproficient\b|\bc1\b|\bc2\b", "fluent"),
        (r"\b(?:intermediate|good|ok|okay|alright|all right|fine|decent|reasonable|average|medium|"
         r"b1|b2|pretty good|quite good|very good|confident)\b", "intermediate"),
    ],
    "employment_status": [
        # the reply button's own words, or near them: "In education", "still in full time education"
        (r"^(?:i am |still |i am still )?in (?:full time )?(?:education|training)$"
         # ...with where: "still in education, sixth form", "at college for now", "in sixth form"
         r"|^(?:" + _SUBJECT + r" )?(?:still )?in (?:full time )?(?:education|training) ?,? (?:at )?(?:sixth form|college|school)$"
         r"|^(?:" + _SUBJECT + r" )?(?:still )?(?:in|at) (?:sixth form|6th form)\b"
         # going to classes, said plainly: "i go college ESOL class 3 days", "I attend college"
         r"|^(?:" + _SUBJECT + r" )?(?:go|goes|attend|attends|am going|is going) (?:to )?(?:college|sixth form|uni|university)\b",
         "in_education"),
        (r"\b(?:self employed|freelance|my own business|work for myself|own boss)\b", "self_employed"),
        (r"\b(?:not allowed to work|can not work|no right to work|no permission to work|look(?:ing|s)? for "
         r"(?:work|a job|job|jobs|employment)|not doing anything|doing nothing|not in anything|not up to anything|"
         r"job hunting|job seeking|job search(?:ing)?|searching for (?:work|a job|jobs)|applying for (?:work|jobs|a job|"
         r"anything)|signed on|signing on|sign on|"
         r"unemployed|jobless|out of work)\b", "unemployed"),
        (r"\b(?:not|nothing|none|nothin|never)\b(?: \S+){0,2} (?:work|working|job|jobs|employed|employment)\b"
         r"|^no (?:\S+ )?(?:work|job|jobs)\b"
         r"|^(?:" + _SUBJECT + r" )?(?:does not|do not|is not|are not|am not|is n't|isn't|aint) "
         r"(?:work|working|employed)\b"
         r"|^(?:(?:no|nope|nah) ?,? )?(?:no|nope|nothing|nothin|none|nah)(?: (?:atm|at the moment|at the min|at the mo|"
         r"at the minute|"
         r"right now|rn|now|currently|at present|just now|for now|yet))?(?:$| [,.;])"
         # at home, not in paid work: "nothing, she's at home all day", "I stay at home with the kids"
         r"|\b(?:at home all day|home all day|stays? at home|staying at home|sat at home|at home with (?:the |my |her |his )?"
         r"(?:kids|children|baby|little one))\b", "unemployed"),
        # still at the job they do, said by its verb: "still driving", "yes still cleaning at the hospital"
        (r"^(?:(?:yes|yeah|yep|yh|ye) ?,? )?(?:i am |im )?still (?!(?:looking|searching|waiting|studying|claiming|"
         r"signed|signing|applying|trying|unemployed|hunting|job|off|out|on|at home|learning|in education|in school|"
         r"at school|at college|sick|not|no)\b)[a-z]+ing\b[^,.;!?]*", "employed"),
        # a last day still to come: "finishing at Christmas", "leaving end of the month" (in work until then)
        (r"^(?:i am |i |yes |yeah )?(?:finishing|finish|leaving|leave)(?: work| there| up)? (?:at |on |in |by |after )?"
         r"(?:the )?(?:end of (?:the )?)?(?:" + MONTHS + r"|xmas|month|week|friday|next week|next month|new year)\b",
         "employed"),
        # ...or past: "finished last Friday", "left in March", "finished up 3 weeks ago"
        (r"^(?:i )?(?:finished|left|stopped)(?: work| there| up)? (?:last|on|in|at|a|an|two|three|few|\d+)\b",
         "unemployed"),
        # "still drivin til jan", "still there till March": in work until a date
        (r"\bstill (?:\w+ing|\w+in|there|at it|employed|in work) (?:till|until|til|to|up to|for)\b"
         r"|\bstill (?:there|at it|working|employed) (?:for now|4 now|at the moment|atm)\b"
         # ...or just "still there", "yeah still at it"
         r"|^(?:i am |yes |yeah |yh |yep )?still (?:there|at it|in work|employed|working|in the job)$"
         # ...or still at the workplace named: "still at amazon", "yeah still with the council"
         r"|^(?:i am |he is |she is |yes |yeah |yh |yep )?still (?:at|with) (?!school|college|uni\b|university|sixth form|"
         r"home)(?:the )?\w+(?: \w+)?$", "employed"),
        # a job of some kind held: "I've got a weekend job at Tesco", "she has a little cleaning job"
        (r"^(?:yes |yeah |yh |yep )?(?:i|he|she|they)? ?(?:have|has|'ve|'s|s)? ?(?:got )?(?:a |an )(?:\S+ ){0,2}job\b"
         r"|\b(?<!for a )(?<!want a )(?<!need a )(?<!find a )(?<!get a )(?:weekend|saturday|sunday|evening|summer) job\b",
         "employed"),
        (r"\b(?:garden leave|still employed|on leave|on the books|part time|full time|zero hours|"
         r"shifts?|employed|working|works? (?:at|in|for|as))\b"
         r"|^(?:" + _SUBJECT + r" )?(?:a|an) (?:\S+ ){0,2}\S+ (?:in|at|for) (?:a|an|the|my)\b"
         # the work said as what they do, and where: "she cleans at a hotel a few mornings", "he drives for a firm"
         r"|^(?:\S+ ,? )?(?:i|he|she|they) (?:clean|cleans|drive|drives|cook|cooks|teach|teaches|serve|serves|pack|"
         r"packs|pick|picks|deliver|delivers|care|cares|stack|stacks|sell|sells|look after|looks after) "
         r"(?:\S+ )?(?:in|at|for) (?:a|an|the|my|his|her)?\b", "employed"),
        (r"\b(?:at|in) (?:\w+ )?(?:college|school|university|sixth form)\b|\bstudying\b|\bstudent\b"
         r"|\bat uni\b"
         r"|\bdoing (?:a |my )?(?:btec|a levels?|t levels?|gcses|degree)\b", "in_education"),
    ],
    "interest": [
        # not knowing yet, said first, then more that names no topic: "don't know yet, honestly. I can do Word
        # and email", "I don't know, whatever I can learn at my age", "whatever"
        (r"^(?:honestly |tbh |to be honest )?" + _UNSURE_WHO + r"(?:do not know|does not know|dunno|not sure|no idea|idk|not a clue|unsure)"
         r"(?: yet| really| honestly| tbh| to be honest| mate)*(?= [,.;!]|$|" + _NEVER_THOUGHT + r"| (?:i am |im )?open to\b)"
         r"|^" + _NEVER_THOUGHT.lstrip() + r"|^(?:whatever|anything)(?: really)?"
         r"(?= [,.;!]|$| i can| you think| is best| they have| there is)|^(?:i )?do not mind\b", "not_sure"),
        # mending the machines, said of them: "computers, maybe fixing them", "fixing laptops and that"
        (r"\b(?:computers?|laptops?|pcs?)\b(?: \S+){0,3} (?:fix|fixing|repair|repairing|mend|mending|build|"
         r"building)(?: them| it)?\b|\b(?:fix|fixing|repair|repairing|mend|mending|build|building) "
         r"(?:computers?|laptops?|pcs?)\b", "it_support"),
        (r"^(?:\S+ ){0,4}(?:computers?|computing|laptops?|pc)(?: \S+){0,3}$|\bbasics\b|\bemails?\b"
         # "basic stuff first then see"
         r"|\bbasic (?:stuff|things|bits|skills|computer skills|it)\b"
         # "anything computer, I want learn the basic first"
         r"|^anything (?:with |on |about |to do with )?(?:computers?|computing|laptops?)\b|\bthe basic\b"
         r"|\bget(?:ting)? online\b|\b(?:confident|comfortable|safe) online\b"
         r"|\b(?:comfortable|confident|used to|start) (?:with|on|using|from) (?:a |the )?(?:computers?|laptops?|pcs?|basics?|beginning|scratch)\b"
         , "general_digital"),
        # unsure, and saying what of: "not sure what I'm good at", "no idea what's out there"
        # (said twice over: "dunno really, not sure what I'd be good at")
        (r"^(?:honestly |tbh )?" + _UNSURE_WHO + r"(?:(?:not sure|unsure|no idea|dunno|idk|do not know|not a clue)"
         r"(?: really| tbh| honestly| to be honest| mate)? ?[,.]? )?"
         + _UNSURE_WHO + r"(?:not sure|unsure|no idea|dunno|idk|do not know|not a clue)"
         r"(?: really| tbh| honestly| to be honest| mate)? ?[,.]? (?:what|which|where|how|if|whether|about|yet)\b"
         r"[^,.;!]{0,40}\??(?: ?[,.] ?(?:honestly|really|tbh|to be honest|mate))?$", "not_sure"),
    ],
    # the status said in a word, as a reply to the immigration question: "settled", "pre settled", "british",
    # "he's got a visa" (in any language the conversation is in, as people use the English words)
    "immigration_status": [
        (r"\bpre ?settled\b|\bpre-settled\b", "pre_settled"),
        (r"^(?:\S+ ){0,2}settled\b|\bilr\b|\bindefinite\b", "settled"),
        (r"^(?:\S+ ){0,2}(?:british|irish|uk citizen|english)\b|\bcitizen\b", "british_irish"),
        (r"^(?:\S+ ){0,2}refugee\b", "refugee"),
        (r"^(?:\S+ ){0,2}(?:asylum|waiting for (?:a |my |the )?decision)\b", "asylum_seeker"),
        # a resettlement scheme named in English beside the other language's words: "ਅਫ਼ਗਾਨ resettlement ਸਕੀਮ"
        (r"\b(?:arap|acrs)\b|(?:afghan|afgan|افغان|ਅਫਗਾਨ|ਅਫ਼ਗਾਨ)\S* (?:\S+ )?(?:resettlement|relocation)\b",
         "afghan_resettlement"),
        (r"^(?:\S+ ){0,3}visa\b", "visa_holder"),
    ],
    "qualification_level": [
        (r"^(?:no|nothing|nowt|none|nothin|zero|nil)(?: really| at all| to speak of| to my name)?$"
         r"|\bleft school (?:at \d{2} )?with (?:nothing|no qualifications|no gcses|nowt)\b"
         r"|^(?:i have )?no (?:gcses?|gcse 's|qualifications?|certificates?)\b", 0),
    ],
    "availability": [
        (r"\bpart time\b|\bpt\b|\b(?:mornings?|afternoons?|daytime|during the day|school hours|term time)\b"
         # "when children at school", "while the kids are in school"
         r"|\b(?:when|while|whilst) (?:the |my |our )?(?:kids|children|child|son|daughter|little ones)"
         r"(?: are| is| r| 's)? (?:at|in) school\b"
         # some weekdays: "mondays and tuesdays", "only wed"
         r"|^(?:only |just )?(?:on )?" + WEEKDAYS + r"$"
         # ...said as the days they are free, the rest taken: "monday tuesday wednesday i am free, other day car wash"
         r"|^(?:only |just )?(?:on )?" + WEEKDAYS + r" (?:i am |i 'm |im )?(?:free|off|available|ok|good)\b"
         # ...or a run of them short of the working week: "Tuesday to Thursday" (not "mon to fri")
         r"|\b(?!" + _MON_TO_FRI + r")" + WEEKDAY + r" ?" + _THROUGH + r" ?" + WEEKDAY + r"\b", "part_time"),
        (r"\b(?:evenings?|weekends?|nights?|after work|saturdays?|sundays?)\b"
         # in work all day, so free after it: "I work 9 to 5 so after that"
         r"|\b(?:work|working|i do) (?:9|nine|8|eight) ?(?:to|till|til|until|-) ?(?:5|five|6|six)\b", "evenings_weekends"),
        # free whenever a course runs: "all week", "every day", "weekdays", "flexible", "mon-fri"
        (r"\bfull time\b|\bany ?time\b|\bwhenever\b|\banytime\b|\bft\b|\b(?:all|whole|the whole|all the) week\b"
         r"|\b(?:every|any|all) days?\b|\b(?:any |all )?weekdays?\b|\ball (?:the )?time\b|\bflexible\b"
         r"|\b" + _MON_TO_FRI + r"\b"
         r"|\b(?:free|available) (?:all the time|most days|every day)\b", "full_time"),
    ],
}

_COMPILED = {slot: [(re.compile(p), v) for p, v in rows] for slot, rows in ANSWERS.items()}

# Letters Urdu and Arabic keyboards type differently for the same sound, and the endings people often
# type without their dots (ة as ه, ى as ي): matched alike.
_SCRIPT_FOLD = str.maketrans({"ی": "ي", "ى": "ي", "ک": "ك", "ہ": "ه", "ۃ": "ه", "ة": "ه", "ە": "ه",
                              # Gurmukhi's dotted letters typed with or without their dot: "ਖ਼ਤਮ" and "ਖਤਮ" alike
                              "\u0a59": "\u0a16", "\u0a5a": "\u0a17", "\u0a5b": "\u0a1c", "\u0a5e": "\u0a2b",
                              "\u0a33": "\u0a32", "\u0a36": "\u0a38", "\u0a3c": None,
                              # digits in any script as the tables write them: "٣ أيام" is "3 أيام"
                              **{c: str(k) for block in ("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "੦੧੨੩੪੫੬੭੮੯")
                                 for k, c in enumerate(block)}})
# The Arabic conjunction "and" is written joined to the next word ("ولا أعمل").
_JOINED_AND = "و"


def fold_letters(text: str) -> str:
    """Only the letter folding of fold(): for patterns written in the scripts' usual letters."""
    return text.translate(_SCRIPT_FOLD)


# Roman Urdu has no fixed spelling: each word is typed several ways ("hoon", "hun", "hu"; "bohat", "bohot",
# "bht"). Each is matched as the one the tables write. Only words that are no other language's (not "main",
# I or in, nor "he", nor Romanian "mai") are folded, in the message and the tables alike.
_ROMAN_URDU = {
    **dict.fromkeys(("hun", "hu", "hon", "houn", "hn", "hoo"), "hoon"),
    **dict.fromkeys(("krta", "kerta"), "karta"), **dict.fromkeys(("krti", "kerti"), "karti"),
    **dict.fromkeys(("krna", "kerna"), "karna"), **dict.fromkeys(("krni", "kerni"), "karni"),
    **dict.fromkeys(("krte", "kerte"), "karte"), "kr": "kar", "ker": "kar",
    **dict.fromkeys(("bohot", "bahut", "bht", "boht", "buhat", "bhot", "bohut", "bhut"), "bohat"),
    **dict.fromkeys(("pese", "pesay", "paisay", "paisa", "pesa", "paisey", "pasay"), "paise"),
    **dict.fromkeys(("nahin", "nai", "nhi", "nahee", "nahii"), "nahi"),
    **dict.fromkeys(("chahiye", "chahye", "chaiye", "chahie", "chahiay"), "chahiye"),
    **dict.fromkeys(("rha", "reha"), "raha"), **dict.fromkeys(("rhi", "rehi"), "rahi"),
    **dict.fromkeys(("rhta", "rehta"), "rehta"), **dict.fromkeys(("rhti", "rehti"), "rehti"),
    **dict.fromkeys(("tankha", "tankhah", "tankhwa", "tankhwah"), "tankhwah"),
    **dict.fromkeys(("abi", "abhee"), "abhi"), **dict.fromkeys(("kch", "kuchh", "kuj"), "kuch"),
    **dict.fromkeys(("sham", "shaam", "shamko"), "shaam"), "hy": "hai",
}


def fold(text: str) -> str:
    """The message as the language tables match it: normalised, Urdu and Arabic letters alike, Roman Urdu's
    spellings as one."""
    return " ".join(_ROMAN_URDU.get(w, w) for w in normalise(text).translate(_SCRIPT_FOLD).split(" "))


def phrase_forms(table: str, phrase: str) -> List[str]:
    """The forms a table's phrase is matched in, as whole words on the folded message: Arabic also with its
    joined "and" ("وأريد", "وتحب")."""
    folded = fold(phrase)
    return [f" {folded} ", f" {_JOINED_AND}{folded} "] if table == "ar" else [f" {folded} "]


def _compile_words() -> Dict[str, Dict[str, List[Tuple[str, Any]]]]:
    out: Dict[str, Dict[str, List[Tuple[str, Any]]]] = {}
    for lang, slots in ANSWER_WORDS.items():
        for slot, rows in slots.items():
            out.setdefault(lang, {})[slot] = [(form, value) for value, phrases in rows for phrase in phrases
                                              for form in phrase_forms(lang, phrase)]
    return out


_WORDS = _compile_words()


def tables_for(language: Optional[str]) -> List[str]:
    """The tables a reply in a conversation held in `language` is read with (Urdu: both scripts)."""
    if not language:
        return []
    return sorted(t for t in _WORDS if t == language or t.startswith(language + "-"))


# A message's clauses: its punctuation, and "but" unpunctuated as texts often are ("ਵੇਅਰਹਾਊਸ ਚ ਕੰਮ ਕਰਦਾ ... ਪਰ
# ਸ਼ਾਮ ਨੂੰ ਹੀ ਟਾਈਮ ਹੁੰਦਾ": the work one clause, the time they have another). Urdu's "پر" is also "on", so it is not one.
_CLAUSE = re.compile(r"[,.;:!?،؛۔।\n]+")
_BUT = re.compile(r"\s(?:ਪਰ|ਪਰੰਤੂ|لیکن|مگر|لكن|ale|dar|însă|insa)\s")
_WORKING = {t: tuple(f" {fold(p)} " for p in phrases) for t, phrases in WORKING.items()}


def clauses_of(text: str) -> List[str]:
    """The message's clauses, as written."""
    return [clause for part in _CLAUSE.split(text) for clause in _BUT.split(part) if clause.strip()]


def at_work(clause: str, time: str, tables: List[str]) -> bool:
    """A folded, space-padded clause speaks of their work beside the time phrase `time` it holds: "po pracy"
    (after work) names work and is still a time to study."""
    rest = clause.replace(time, " ") if time else clause
    return any(w in rest for t in tables for w in _WORKING.get(t, ()))


# How much a reply about what they want to learn says: a field over "computers" or not knowing (between those two
# the longer phrase, as English's "not sure, something with computers" is not knowing)
_INTEREST_RANK = {vocab.INTEREST_NOT_SURE: 1, "general_digital": 1}


def in_language(asked: str, text: str, language: Optional[str]) -> Optional[Tuple[Any, str]]:
    """The value a short reply in the conversation's language gives the open question, and the words
    that gave it, or None. The longest phrase found wins, so "nie pracuję" beats "pracuję" and
    "bardzo dobrze" beats "dobrze" whatever their order in the table."""
    said = f" {fold(text)} "
    best: Optional[Tuple[Any, str]] = None
    times = {}  # availability: the times of day said beside "every day" or "any time"
    for table in tables_for(language):
        for phrase, value in _WORDS[table].get(asked, ()):
            # (a field named beside "computers" or not knowing narrows it: "يحب الالعاب والكمبيوتر، يريد يصير مبرمج" is
            # coding)
            rank = _INTEREST_RANK.get(value, 2) - (_INTEREST_RANK.get(best[0], 2) if best is not None else 0)
            if phrase in said and (best is None or rank > 0 or (rank == 0 and len(phrase) > len(best[1]))):
                best = (value, phrase)
            if phrase in said and asked == "availability" and value != "full_time":
                times.setdefault(value, phrase)
    # (a time inside the phrase that won is part of it: "پیر" in "پیر سے جمعہ", Monday to Friday)
    times = {value: phrase for value, phrase in times.items() if best is None or phrase.strip() not in best[1]}
    if best is not None and best[0] == "full_time" and len(times) == 1:
        # "كل يوم صباحا", "ਹਰ ਰੋਜ਼ ਸਵੇਰੇ": every day, but only in the mornings
        return next(iter(times.items()))
    both = {"part_time", "evenings_weekends"}
    if best is not None and best[0] in both and both <= set(times) | {best[0]}:
        # the day beside the evening, one of them at work: "din mein gaari chalata hun, sirf shaam ko time hota hai"
        # is free the evening, "din mein 3 4 ghante nikal sakta hoon, shaam ... duty hoti hai" the day
        phrases = {**times, best[0]: best[1]}
        tables = tables_for(language)
        clauses = [f" {fold(c)} " for c in clauses_of(text)]
        working = {value for value, phrase in phrases.items() if value in both and at_work(
            next((c for c in clauses if phrase in c), ""), phrase, tables)}
        if len(working) == 1:
            free = (both - working).pop()
            return free, phrases[free]
    if asked == "employment_status" and best is not None and best[0] == "employed" and _not_now(said, best[1], language):
        # "ما شغال هسع", "ma 3am yeshte8el" to "Are you working?": the work said with a "not", a wish or the past
        # before it is no work now
        return "unemployed", best[1]
    return best


# The words before a phrase of work or of a qualification that make it not so now, per table
# (bot.language.statement_words): "not", a wish, the past. Read here for a reply and by
# bot.language.facts_in_languages for a statement.
NOT_BEFORE = {t: frozenset(fold(w) for w in words) for t, words in NOT_PLAIN_BEFORE.items()}
# Little words of tense or aspect between a "not" and the verb: Levantine "عم" (-ing), "قاعد" ("ما عم اشتغل").
ASPECT = frozenset({"عم", "قاعد", "قاعدة"})
# ...and, in a short reply only, the same said in Arabizi ("ma 3am yeshte8el", "mesh sha8al"): two letters are
# too easily something else in a longer statement
_REPLY_NOT = {**NOT_BEFORE, "ar": NOT_BEFORE["ar"] | {"ma", "mesh", "mish", "mush", "msh", "mo"}}
_REPLY_ASPECT = ASPECT | {"3am", "3m", "da"}


def _not_now(said: str, phrase: str, language: Optional[str]) -> bool:
    before = said[:said.find(phrase)].split()
    while before and before[-1] in _REPLY_ASPECT:
        before.pop()
    return bool(before) and any(before[-1] in _REPLY_NOT.get(t, ()) for t in tables_for(language))


_NUMBER_TOKEN = re.compile(r"^\d+$")
_YEARLY_MAX = 500_000  # as bot.language.numbers: beyond it, not a yearly pay we should believe


def income_in_language(text: str, language: Optional[str]) -> Optional[float]:
    """A yearly amount from a reply to the income question in the conversation's language: "20 tys",
    "18 000" (thousands grouped by a space), "2000 pe lună", "15 ہزار", "٢٠ ألف". None when there is no
    single amount, or a small one with no thousand or period word to say what it is."""
    tables = tables_for(language)
    if not tables:
        return None
    words = fold(text).split()
    said = f" {' '.join(words)} "

    def has(kind: str) -> bool:
        return any(f" {fold(w)} " in said for t in tables for w in INCOME_WORDS.get(t, {}).get(kind, ()))

    amounts = []
    i = 0
    while i < len(words):
        if not _NUMBER_TOKEN.match(words[i]):
            i += 1
            continue
        digits, j = words[i], i + 1
        while len(digits) <= 3 and j < len(words) and len(words[j]) == 3 and _NUMBER_TOKEN.match(words[j]):
            digits, j = digits + words[j], j + 1  # "18 000": one number
        amount = float(int(digits))
        thousand = j < len(words) and any(words[j] == fold(w) for t in tables
                                          for w in INCOME_WORDS.get(t, {}).get("thousand", ()))
        amounts.append(amount * 1000 if thousand else amount)
        i = j + thousand
    if len(amounts) != 1:
        return None
    amount = amounts[0]
    if has("month"):
        amount *= 12
    elif has("week"):
        amount *= 52
    elif amount < 1000:
        return None  # "300": a week? a month? ask rather than guess
    return amount if 0 < amount <= _YEARLY_MAX else None


# "not full time", "can not do full time", "full time is too much": that time, ruled out.
_RULED_OUT_BEFORE = re.compile(r"\b(?:not|no|never|can not|could not|do not want|do not fancy)(?: \w+){0,2} $")


_NOT = re.compile(r"\b(?:not|no|never|without)\b")


def _ruled_out(plain: str, m: "re.Match") -> bool:
    return bool(_RULED_OUT_BEFORE.search(plain[:m.start()]) or REFUSED_AFTER.match(plain[m.end():].lstrip()))


# The age question answered with someone else's age: "she's 14", "he is 17 now"
_THEIR_AGE_REPLY = re.compile(r"(?:(?:yes|yeah|well|oh|sorry|it is for my \w+) ,? )?(?P<who>he|she) ?(?:is|'s|s) "
                              r"(?:only |just |now )?(?P<n>\d{1,2})(?: now| years old| yrs old)?")


# ...or with the age opening a clause of a longer reply, the only number in it (not "30 odd years there", "16 hours")
_AGE_IN_REPLY = re.compile(r"(?:^|[,;.!?] |\b(?:but|though|anyway) ,? ?)(?:(?:about|around|roughly|maybe|probably|it is|i am|just|only) )?"
                           r"(?P<n>\d{2})(?![\w.,/:%-])(?! (?:years?|yrs?|hours?|hrs?|k|grand|quid|pounds?|odd|minutes?|"
                           r"mins?|days?|weeks?|months?|per|an|a|kids?|children|of|people|staff)\b)")


# A time in a clause about their work is when they work, not when they can study: "full time is ok, I can drive
# weekends", "I do Uber at weekends" (but "after work" is a time to study, and "I work 9 to 5 so evenings" says both)
_WORK_CLAUSE = re.compile(r"\b(?:i|he|she) (?:can |could |also |still )?(?:work|works|drive|drives|do (?:uber|deliveries|"
                          r"deliveroo|shifts|nights|my shifts))\b|\bmy (?:job|shifts?|work)\b")
_CLAUSE_BREAK = re.compile(r" (?:[,;.!?]|but|so|and then) ")


def _when_they_work(plain: str, m: "re.Match") -> bool:
    breaks = [b for b in _CLAUSE_BREAK.finditer(f" {plain} ")]
    start = max([b.end() - 1 for b in breaks if b.end() - 1 <= m.start()], default=0)
    end = min([b.start() - 1 for b in breaks if b.start() - 1 >= m.end()], default=len(plain))
    clause = plain[start:m.start()] + " " + plain[m.end():end]
    return "after work" not in m.group(0) and _WORK_CLAUSE.search(clause) is not None


# "they are 12 and 15", "12 and 15", "the boys are 13 & 14": a reply that is only children's ages
_SEVERAL_AGES_MAX_WORDS = 6


def answer(asked: str, facts: List[Fact], view, text: str, language: Optional[str] = None) -> List[Fact]:
    """A short reply that answers the open question in the resident's own words (ANSWERS above, or
    the conversation language's words in bot.language.answer_words).

    It answers that question only (weak), and takes the place of what the same words would say
    about anything else ("part time at first" to "When can you study?" is not a job)."""
    if asked == "age" and not any(f.slot in ("age", "number") for f in facts):
        given = numbers.age_after_asking(view.plain)
        if given:  # "why do u need my age? 52 if u must": the question, then the answer
            return facts + [dataclasses.replace(view.fact("age", *given, text), weak=True)]
        kids = school_years.several_children(view.plain)
        if kids and len(view.plain.split()) <= _SEVERAL_AGES_MAX_WORDS:
            # "12 and 15" to "How old are you?": two children's ages, so the resident is asking for them
            return ([f for f in facts if f.slot != "number"]
                    + [Fact("asking_for", "they", 0, 0, ""), view.fact("school_age", list(kids.ages), kids.start,
                                                                        kids.end, text)])
        theirs = _THEIR_AGE_REPLY.fullmatch(view.plain.strip(" .!"))
        if theirs:  # "she's 14" to "How old are you?": the facts are hers, so the resident is asking for her
            age = dataclasses.replace(view.fact("age", int(theirs.group("n")), theirs.start("n"), theirs.end("n"), text),
                                      weak=True)
            return facts + [Fact("asking_for", theirs.group("who"), 0, 0, ""), age]
        said = _AGE_IN_REPLY.search(view.plain) if len(re.findall(r"\d+", view.plain)) == 1 else None
        if said:  # "like I said, mid fifties. 56 if you need the number": a clause that opens with the age
            return facts + [dataclasses.replace(view.fact("age", int(said.group("n")), said.start("n"), said.end("n"),
                                                          text), weak=True)]
        born = births.age_from_date_reply(view.plain, dt.date.today())
        if born:  # "12/05/2008": their date of birth, and the age it gives today
            return [f for f in facts if f.slot != "number"] + [dataclasses.replace(view.fact("age", *born, text),
                                                                                    weak=True)]
    nearly = numbers.nearly_age(view.plain) if asked == "age" else None
    if nearly:  # "nearly 19" to "How old are you?" is 18 today, and a "19 and over" rule turns on it
        fact = dataclasses.replace(view.fact("age", *nearly, text), weak=True)
        return [f for f in facts if f.slot != "number"] + [fact]
    for pattern, value in _COMPILED.get(asked, ()):
        m = pattern.search(view.plain)
        if m and asked == "immigration_status" and (_ruled_out(view.plain, m) or _NOT.search(m.group(0))):
            continue  # "not settled yet": not that status, and which it is is not said
        if m and asked == "availability" and _when_they_work(view.plain, m):
            continue  # "full time course is ok, I can drive weekends": the weekends are their work's
        if m and asked == "availability" and _ruled_out(view.plain, m):
            value = time_left(value)
            if value is None:
                continue  # "not evenings": the other times may still be said ("not evenings, mornings")
        if m:
            fact = dataclasses.replace(view.fact(asked, value, m.start(), m.end(), text), weak=True)
            kept = [f for f in facts
                    if f.end <= fact.start or f.start >= fact.end or f.slot not in intake.PROFILE_SLOTS]
            return kept + [fact]
    if intake.is_dont_know(text):
        # "nie wiem", "پتہ نہیں": not knowing is not the "no" their words contain ("nie", "نہیں"); to the interest
        # question it is an answer of its own, as "not sure" is in English (no topic yet)
        return facts + [_whole_reply(asked, vocab.INTEREST_NOT_SURE, text)] if asked == "interest" else facts
    found = in_language(asked, text, language)
    if found is None and asked == "annual_income":
        amount = income_in_language(text, language)
        found = None if amount is None else (amount, "")
    if found is not None:
        # The whole reply is the answer; what else it was read as (little, in another language) stays.
        return facts + [_whole_reply(asked, found[0], text)]
    return facts


def _whole_reply(asked: str, value: Any, text: str) -> Fact:
    """The whole reply, as a weak answer to the open question only."""
    stripped = text.strip()
    start = text.index(stripped) if stripped else 0
    return Fact(asked, value, start, start + len(stripped), stripped, weak=True)


__all__ = ["ANSWERS", "ANSWER_MAX_WORDS", "answers_within", "NAMED_LEVEL", "NATIVE", "said_native", "answer", "fold", "in_language", "income_in_language", "phrase_forms",
           "tables_for"]
