"""Short replies to the intake's questions in Urdu (Urdu script and Roman Urdu), Punjabi (Gurmukhi),
Arabic, Polish and Romanian: the same readings as the English table in bot/language/answers.py.

"صبح کے وقت" to "When can you study?", "nie pracuję" to "Are you working?", "متوسط" to "How good is your
English?". The phrases are matched as whole words on the folded message (bot.language.typed_replies.normalise:
lowercase, Latin accents and Arabic short vowels and hamza marks dropped, as most people type them),
only while that question is open and only from a short reply, like the English table. Each slot's rows
are tried in order and the first that matches wins, so a negation comes before the word it negates
("nie pracuję" before "pracuję", "اچھی نہیں" before "اچھی").

Written by a non-native author from common usage: drafts, like the .po translations, until a fluent
speaker has read them (docs/languages.md). A phrase that is not here is not guessed at: the question is
put again, then recorded as not answered.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

Rows = List[Tuple[Any, Tuple[str, ...]]]


def _days_a_week(numbers: Tuple[str, ...], days: Tuple[str, ...], weeks: Tuple[str, ...]) -> Tuple[str, ...]:
    """A few days a week, said with a number or its word: "dwa dni w tygodniu", "3 zile pe săptămână"."""
    return tuple(" ".join(part for part in (n, d, w) if part) for n in numbers for d in days for w in weeks)


# One to four days of the week: not every weekday, so part of the week (as "ہفتے میں دو دن" is in Urdu).
_FEW_DAYS_PL = _days_a_week(("1", "2", "3", "4", "jeden", "dwa", "trzy", "cztery"), ("dzień", "dni"),
                            ("w tygodniu", "w tyg", "na tydzień", "tygodniowo"))
_FEW_DAYS_RO = _days_a_week(("1", "2", "3", "4", "o", "două", "trei", "patru"), ("zi", "zile"),
                            ("pe săptămână", "pe saptamana", "pe săpt", "în săptămână"))
_FEW_DAYS_AR = (*_days_a_week(("1", "2", "3", "4", "ثلاث", "ثلاثة", "تلت", "أربع", "أربعة", "اربع"), ("أيام", "ايام"),
                              ("في الأسبوع", "بالأسبوع", "في الاسبوع", "بالاسبوع", "اسبوعيا", "أسبوعيا")),
                *_days_a_week(("يوم", "يومين", "يومان", "يوما", "يومين أو ثلاثة", "يومين أو تلاتة", "يومين او ثلاثة",
                               "يومين او تلاتة", "يوم أو يومين", "يوم او يومين"), ("",),
                              ("في الأسبوع", "بالأسبوع", "في الاسبوع", "بالاسبوع", "اسبوعيا", "أسبوعيا")))

# Per language (Roman Urdu as "ur-latn"), per slot: (value, phrases) in the order they are tried.
ANSWER_WORDS: Dict[str, Dict[str, Rows]] = {
    "ur": {
        # the status said in a word, as the nationality: "برطانوی" (British)
        "immigration_status": [("british_irish", ("برطانوی", "برٹش", "آئرش"))],
        "english_level": [
            ("none", ("بالکل نہیں", "انگریزی نہیں آتی", "نہیں آتی", "بالکل نہیں آتی", "کوئی نہیں")),
            ("fluent", ("بہت اچھی", "بہت اچھا", "روانی", "مادری زبان", "فر فر", "پہلی زبان", "یہیں پیدا",
                        # an interpreter's or translator's English: "اچھی ہے، مترجم تھا"
                        "مترجم تھا", "مترجم تھی", "مترجم ہوں", "ترجمان تھا", "انٹرپریٹر تھا", "ٹرانسلیٹر تھا")),
            ("basic", ("تھوڑی", "تھوڑا", "تھوڑی سی", "کم", "کمزور", "اچھی نہیں", "زیادہ اچھی نہیں",
                       "ٹوٹی پھوٹی", "سیکھ رہا", "سیکھ رہی", "بنیادی")),
            ("intermediate", ("ٹھیک", "ٹھیک ٹھاک", "درمیانی", "گزارا", "گزارے لائق", "گزارہ", "اچھی", "اچھی ہے", "بہتر",
                              "ٹھیک ہے",
                              # they hold a conversation in it ("بول لیتی", speaks, is also said of a little)
                              "بات کر لیتا", "بات کر لیتی", "بات چیت کر لیتا", "بات چیت کر لیتی")),
        ],
        "employment_status": [
            ("unemployed", ("کام نہیں", "نوکری نہیں", "جاب نہیں", "بے روزگار", "بیروزگار", "کوئی کام نہیں",
                            "نوکری ڈھونڈ", "کام ڈھونڈ", "کام کی تلاش", "نوکری کی تلاش", "گھر پر ہوں",
                            "گھر سنبھالتی", "نوکری چلی گئی", "نوکری ختم", "نہیں", "جی نہیں")),
            ("self_employed", ("اپنا کاروبار", "اپنا بزنس", "خود روزگار", "اپنی دکان")),
            ("in_education", ("پڑھ رہا", "پڑھ رہی", "طالب علم", "طالبہ", "کالج میں", "سکول میں", "اسکول میں",
                              "یونیورسٹی میں", "سٹوڈنٹ")),
            ("employed", (
                # a job named as theirs outranks the workplace it is in ("اسکول میں لنچ ٹائم سپروائزر ہوں")
                "سپروائزر ہوں", "اسسٹنٹ ہوں", "کلینر ہوں", "ڈرائیور ہوں", "ورکر ہوں", "مینیجر ہوں", "کیشیئر ہوں",
                "کام کرتا", "کام کرتی", "کام کر رہا", "کام کر رہی", "نوکری کرتا", "نوکری کرتی",
                          "جاب کرتا", "جاب کرتی", "پارٹ ٹائم", "فل ٹائم", "ملازم", "ملازمت کرتا", "ملازمت کرتی",
                          "ہاں", "جی ہاں")),
        ],
        "availability": [
            ("full_time", ("کسی بھی وقت", "ہر وقت", "سارا دن", "پورا ہفتہ", "فل ٹائم", "جب بھی", "روزانہ",
                           "ہر روز", "پورا دن", "پورا وقت", "پیر سے جمعہ",
                           # whenever they like, as Pothwari says it: "جدوں مرضی، ویلا آں"
                           "جدوں مرضی", "جب مرضی", "کبھی بھی")),
            ("evenings_weekends", ("شام", "رات", "ہفتہ اتوار", "ویک اینڈ", "ویکنڈ", "ویک انڈ", "چھٹی کے دن", "اتوار", "کام کے بعد")),
            ("part_time", ("صبح", "دوپہر", "دن میں", "دن کے وقت", "پارٹ ٹائم", "کچھ گھنٹے", "سکول کے وقت",
                           "اسکول کے وقت", "ہفتے میں دو دن", "ہفتے میں تین دن",
                           # some weekdays named: "صرف منگل اور جمعرات" (only Tuesday and Thursday)
                           "پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "دو تین گھنٹے",
                           # while the children are at school: "جب بچے اسکول میں ہوتے ہیں"
                           "بچے اسکول میں", "بچے سکول میں", "اسکول میں ہوتے", "سکول میں ہوتے", "اسکول گئے ہوتے",
                           "سکول گئے ہوتے", "بچے اسکول جاتے", "بچے سکول جاتے", "سکول چھوڑ کر", "اسکول چھوڑ کر")),
        ],
        "interest": [
            ("not_sure", ("پتہ نہیں", "پتا نہیں", "معلوم نہیں", "نہیں پتا", "نہیں پتہ", "کچھ بھی")),
            ("coding", ("کوڈنگ", "پروگرامنگ", "سافٹ ویئر")),
            ("data", ("ڈیٹا",)),
            ("web_design", ("ویب سائٹ", "ویب ڈیزائن", "ویب سائٹس")),
            ("it_support", ("آئی ٹی", "آئی ٹی سپورٹ", "کمپیوٹر ٹھیک کرنا", "کمپیوٹر ٹھیک کرنے", "کمپیوٹر کی مرمت",
                            "نیٹ ورک", "نیٹ ورکنگ")),
            ("cyber_security", ("سائبر",)),
            ("digital_marketing", ("مارکیٹنگ", "سوشل میڈیا")),
            ("general_digital", ("بنیاد سے", "شروع سے", "صفر سے", "کمپیوٹر", "بنیادی", "ای میل", "انٹرنیٹ", "موبائل", "فون", "بیسک", "بیسکس")),
        ],
        "qualification_level": [
            (0, ("کوئی نہیں", "کچھ نہیں", "کوئی تعلیم نہیں", "کوئی ڈگری نہیں", "کوئی سرٹیفکیٹ نہیں",
                 "کوئی قابلیت نہیں", "نہیں ہے")),
            (3, ("انٹرمیڈیٹ", "ایف اے", "ایف ایس سی", "بارہویں", "بارہ جماعت")),
            (6, ("ڈگری", "بیچلر", "بیچلرز", "گریجویٹ", "گریجویشن")),
            (7, ("ماسٹرز", "ماسٹر ڈگری")),
        ],
        "annual_income": [
            (0.0, ("کچھ نہیں", "کوئی آمدنی نہیں", "کوئی آمدن نہیں", "صفر")),
        ],
        "universal_credit": [
            (False, ("نہیں", "جی نہیں", "نہیں ملتا", "نہیں ملتی", "نہیں لیتا", "نہیں لیتی")),
            (True, ("ہاں", "جی ہاں", "جی", "ہاں جی", "ملتا ہے", "ملتی ہے", "لیتی ہوں", "لیتا ہوں")),
        ],
    },
    "ur-latn": {
        "english_level": [
            ("none", ("bilkul nahi", "nahi aati", "angrezi nahi", "english nahi aati", "bilkul nahin")),
            ("fluent", ("bohat achi", "bahut achi", "bohot achi", "bohat acchi", "bahut acchi", "mother tongue",
                        "yahan paida", "yahin paida")),
            ("basic", ("thori", "thodi", "thora", "thoda", "kam", "kamzor", "achi nahi", "acchi nahi",
                       "zyada achi nahi", "seekh raha", "seekh rahi", "toti phooti", "tooti phooti")),
            ("intermediate", ("theek", "thik", "theek thaak", "thik thak", "guzara", "achi", "acchi", "achhi",
                              "darmiyani", "behtar", "baat kar leta", "baat kar leti")),
        ],
        "employment_status": [
            ("unemployed", ("kaam nahi", "kam nahi", "naukri nahi", "nokri nahi", "job nahi", "berozgar",
                            # neither work nor study: "na job hai na college, abhi ghar pe hi hai"
                            "na job", "ghar pe hi", "ghar par hi",
                            "be rozgar", "kaam dhoond", "naukri dhoond", "job dhoond", "ghar pe hoon",
                            "ghar par hoon", "naukri chali gayi", "job chali gayi", "nahi", "nahin", "ji nahi")),
            ("self_employed", ("apna kaam", "apna business", "apna karobar", "apni dukaan")),
            ("in_education", ("parh raha", "parh rahi", "padh raha", "padh rahi", "college mein",
                              "school mein", "university mein")),
            ("employed", (
                "supervisor hun", "supervisor hoon", "assistant hun", "assistant hoon", "cleaner hun", "cleaner hoon",
                "driver hun", "driver hoon", "worker hun", "worker hoon", "manager hun", "manager hoon",
                "kaam karta", "kaam karti", "kaam kar raha", "kaam kar rahi", "kam karta",
                          "kam karti", "job karta", "job karti", "naukri karta", "naukri karti", "nokri karta",
                          "nokri karti", "haan", "ji haan")),
        ],
        "availability": [
            ("full_time", ("pura din", "poora din", "kisi bhi waqt", "kisi bhi time", "har waqt", "sara din", "poora hafta", "pura hafta",
                           "jab bhi", "roz", "rozana", "har roz", "poora din", "pura din", "peer se juma",
                           "monday se friday", "kabhi bhi", "jab marzi", "free hoon")),
            ("evenings_weekends", ("shaam", "sham", "raat", "chutti", "kaam ke baad", "itwar", "weekend",
                                   "hafta itwar", "chutti ke din")),
            ("part_time", ("subah", "subha", "dopahar", "din mein", "din ke waqt", "kuch ghante",
                           "school ke waqt", "school time", "part time", "hafte mein do din", "hafte mein teen din",
                           "hafte mein 2 din", "hafte mein 3 din", "do din hafte mein", "teen din hafte mein",
                           "mangal", "budh", "jumeraat", "jumerat",
                           # while the children are at school: "jab woh school mein hote hain"
                           "school mein hote", "school mein hoty", "school gaye hote", "school jate", "school jatay",
                           "bachay school", "bache school", "bachy school", "bachon ke school")),
        ],
        "interest": [
            ("not_sure", ("pata nahi", "pta nahi", "pata nahin", "maloom nahi", "nahi pata", "kuch bhi")),
            ("coding", ("coding seekhni", "programming seekhni")),
            ("it_support", ("computer theek karna", "computer theek karne", "computer repair", "computer ki marammat")),
            ("general_digital", ("shuru se", "zero se", "bunyad se", "computer chalana", "computer seekhna", "computer seekhni", "bunyadi",
                                 "basic computer")),
        ],
        "qualification_level": [
            (0, ("koi nahi", "kuch nahi", "koi qualification nahi", "koi degree nahi", "koi taleem nahi",
                 "nahi hai")),
            (3, ("intermediate kiya", "fa kiya", "fsc kiya", "barhvi", "barvi")),
        ],
        "annual_income": [
            (0.0, ("kuch nahi", "koi income nahi", "koi aamdani nahi", "sifar")),
        ],
        "universal_credit": [
            (False, ("nahi", "nahin", "nai", "ji nahi", "nahi milta", "nahi leta", "nahi leti")),
            (True, ("haan", "han", "ji haan", "haan ji", "ji", "milta hai", "leti hoon", "leta hoon")),
        ],
    },
    "pa": {
        # the status said in a word, as the nationality: "برطانوی" (British)
        "immigration_status": [("british_irish", ("ਬ੍ਰਿਟਿਸ਼", "ਬਰਤਾਨਵੀ", "ਬਰਿਟਿਸ਼", "ਆਇਰਿਸ਼"))],
        "english_level": [
            ("fluent", ("ਇੱਥੇ ਹੀ ਜੰਮਿਆ", "ਇੱਥੇ ਹੀ ਜੰਮੀ", "ਇੱਥੇ ਜੰਮਿਆ", "ਇੱਥੇ ਜੰਮੀ", "ਪੂਰੀ ਆਉਂਦੀ")),
            ("none", ("ਬਿਲਕੁਲ ਨਹੀਂ", "ਨਹੀਂ ਆਉਂਦੀ", "ਕੋਈ ਨਹੀਂ", "ਅੰਗਰੇਜ਼ੀ ਨਹੀਂ ਆਉਂਦੀ")),
            ("fluent", ("ਬਹੁਤ ਚੰਗੀ", "ਬਹੁਤ ਵਧੀਆ", "ਮਾਂ ਬੋਲੀ", "ਰਵਾਨੀ", "ਇੱਥੇ ਜੰਮੀ", "ਇੱਥੇ ਜੰਮਿਆ",
                        # their first language: "ਅੰਗਰੇਜ਼ੀ ਤਾਂ ਉਹਦੀ ਪਹਿਲੀ ਬੋਲੀ ਆ"
                        "ਪਹਿਲੀ ਬੋਲੀ", "ਪਹਿਲੀ ਭਾਸ਼ਾ", "ਪਹਿਲੀ ਜ਼ੁਬਾਨ",
                        # an interpreter's English (an IELTS band is read in any language: bot.language.answers)
                        "ਦੁਭਾਸ਼ੀਆ ਸੀ", "ਦੁਭਾਸ਼ੀਆ ਹਾਂ", "ਅਨੁਵਾਦਕ ਸੀ", "ਇੰਟਰਪ੍ਰੈਟਰ ਸੀ")),
            ("basic", ("ਥੋੜ੍ਹੀ", "ਥੋੜੀ", "ਥੋੜ੍ਹਾ", "ਥੋੜਾ", "ਕਮਜ਼ੋਰ", "ਕਮਜੋਰ", "ਚੰਗੀ ਨਹੀਂ", "ਸਿੱਖ ਰਿਹਾ",
                       "ਸਿੱਖ ਰਹੀ", "ਘੱਟ", "ਮੁੱਢਲੀ")),
            ("intermediate", ("ਠੀਕ", "ਠੀਕ ਠਾਕ", "ਦਰਮਿਆਨੀ", "ਚੰਗੀ", "ਗੁਜ਼ਾਰਾ", "ਗੁਜਾਰਾ", "ਵਧੀਆ", "ਕੰਮ ਚਲਾਊ",
                              "ਕੰਮ ਚੱਲਦਾ", "ਗੱਲਬਾਤ ਕਰ ਲੈਂਦਾ", "ਗੱਲਬਾਤ ਕਰ ਲੈਂਦੀ")),
        ],
        "employment_status": [
            ("unemployed", ("ਕੰਮ ਨਹੀਂ", "ਨੌਕਰੀ ਨਹੀਂ", "ਬੇਰੁਜ਼ਗਾਰ", "ਬੇਰੁਜਗਾਰ", "ਨੌਕਰੀ ਲੱਭ", "ਕੰਮ ਲੱਭ",
                            # idle at home: "ਹੁਣ ਘਰੇ ਵਿਹਲੀ ਆ"
                            "ਵਿਹਲੀ ਆ", "ਵਿਹਲਾ ਆ", "ਵਿਹਲੀ ਹਾਂ", "ਵਿਹਲਾ ਹਾਂ", "ਘਰੇ ਵਿਹਲੀ", "ਘਰੇ ਵਿਹਲਾ",
                            "ਨੌਕਰੀ ਚਲੀ ਗਈ", "ਨਹੀਂ", "ਜੀ ਨਹੀਂ", "ਘਰ ਦਾ ਕੰਮ")),
            ("self_employed", ("ਆਪਣਾ ਕਾਰੋਬਾਰ", "ਆਪਣਾ ਬਿਜ਼ਨਸ", "ਆਪਣਾ ਬਿਜਨਸ", "ਆਪਣੀ ਦੁਕਾਨ")),
            ("in_education", ("ਪੜ੍ਹ ਰਿਹਾ", "ਪੜ੍ਹ ਰਹੀ", "ਪੜ੍ਹਦਾ", "ਪੜ੍ਹਦੀ", "ਵਿਦਿਆਰਥੀ", "ਕਾਲਜ ਵਿੱਚ", "ਸਕੂਲ ਵਿੱਚ")),
            ("employed", ("ਕੰਮ ਕਰਦਾ", "ਕੰਮ ਕਰਦੀ", "ਨੌਕਰੀ ਕਰਦਾ", "ਨੌਕਰੀ ਕਰਦੀ", "ਕੰਮ ਕਰ ਰਿਹਾ", "ਕੰਮ ਕਰ ਰਹੀ",
                          "ਪਾਰਟ ਟਾਈਮ", "ਫੁੱਲ ਟਾਈਮ", "ਹਾਂ", "ਹਾਂ ਜੀ")),
        ],
        "availability": [
            ("full_time", ("ਪੂਰਾ ਦਿਨ", "ਪੂਰਾ ਟਾਈਮ", "ਫੁਲ ਟਾਈਮ", "ਕਿਸੇ ਵੀ ਵੇਲੇ", "ਕਿਸੇ ਵੇਲੇ ਵੀ", "ਕਿਸੇ ਸਮੇਂ ਵੀ", "ਕਿਸੇ ਵੀ ਸਮੇਂ", "ਹਰ ਵੇਲੇ", "ਸਾਰਾ ਦਿਨ", "ਫੁੱਲ ਟਾਈਮ", "ਪੂਰਾ ਸਮਾਂ",
                           "ਜਦੋਂ ਵੀ", "ਹਰ ਰੋਜ਼", "ਹਰ ਰੋਜ", "ਰੋਜ਼", "ਪੂਰਾ ਹਫ਼ਤਾ", "ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ", "ਕਦੇ ਵੀ",
                           "ਜਦੋਂ ਮਰਜ਼ੀ")),
            ("evenings_weekends", ("ਸ਼ਾਮ", "ਸ਼ਾਮੀਂ", "ਸਾਮ", "ਰਾਤ", "ਵੀਕਐਂਡ", "ਵੀਕੈਂਡ", "ਵੀਕਿੰਡ", "ਸ਼ਨੀਵਾਰ", "ਐਤਵਾਰ", "ਛੁੱਟੀ",
                                   "ਕੰਮ ਤੋਂ ਬਾਅਦ", "ਹਫ਼ਤੇ ਦੇ ਅਖੀਰ", "ਹਫਤੇ ਦੇ ਅਖੀਰ")),
            ("part_time", ("ਸਵੇਰੇ", "ਸਵੇਰ", "ਦੁਪਹਿਰ", "ਦਿਨ ਵੇਲੇ", "ਦਿਨ ਵਿੱਚ", "ਪਾਰਟ ਟਾਈਮ", "ਕੁਝ ਘੰਟੇ",
                           "ਸਕੂਲ ਦੇ ਸਮੇਂ", "ਹਫ਼ਤੇ ਵਿੱਚ ਦੋ ਦਿਨ", "ਹਫ਼ਤੇ ਵਿੱਚ ਤਿੰਨ ਦਿਨ", "ਦਿਨੇ", "ਦੋ ਤਿੰਨ ਦਿਨ", "ਦੋ ਦਿਨ",
                           "ਤਿੰਨ ਦਿਨ", "ਸਕੂਲ ਵੇਲੇ", "ਸਕੂਲ ਦੇ ਵੇਲੇ", "ਸੋਮਵਾਰ", "ਮੰਗਲਵਾਰ", "ਬੁੱਧਵਾਰ", "ਵੀਰਵਾਰ",
                           "ਸ਼ੁੱਕਰਵਾਰ",
                           "ਬੱਚਿਆਂ ਦੇ ਸਕੂਲ", "ਹਰ ਰੋਜ਼ ਨਹੀਂ", "ਫੁੱਲ ਟਾਈਮ ਨਹੀਂ",
                           # while the children are at school: "ਜਦੋਂ ਬੱਚੇ ਸਕੂਲ ਗਏ ਹੁੰਦੇ ਨੇ"
                           "ਬੱਚੇ ਸਕੂਲ", "ਸਕੂਲ ਗਏ ਹੁੰਦੇ", "ਸਕੂਲ ਹੁੰਦੇ", "ਸਕੂਲ ਵਿੱਚ ਹੁੰਦੇ", "ਸਕੂਲ ਦੇ ਟਾਈਮ")),
        ],
        "interest": [
            ("web_design", ("ਵੈੱਬਸਾਈਟਾਂ", "ਵੈਬਸਾਈਟਾਂ", "ਵੈੱਬਸਾਈਟ", "ਵੈਬਸਾਈਟ")),
            ("not_sure", ("ਪਤਾ ਨਹੀਂ", "ਨਹੀਂ ਪਤਾ", "ਕੁਝ ਵੀ")),
            ("coding", ("ਕੋਡਿੰਗ", "ਪ੍ਰੋਗਰਾਮਿੰਗ")),
            ("data", ("ਡਾਟਾ", "ਡੇਟਾ")),
            ("web_design", ("ਵੈੱਬਸਾਈਟ", "ਵੈਬਸਾਈਟ", "ਵੈੱਬ ਡਿਜ਼ਾਈਨ", "ਵੈਬ ਡਿਜ਼ਾਈਨ")),
            ("it_support", ("ਆਈ ਟੀ", "ਆਈਟੀ", "it ਸਪੋਰਟ", "ਆਈਟੀ ਸਪੋਰਟ", "ਕੰਪਿਊਟਰ ਠੀਕ ਕਰਨਾ", "ਕੰਪਿਊਟਰ ਠੀਕ ਕਰਨੇ", "ਕੰਪਿਊਟਰ ਦੀ ਮੁਰੰਮਤ",
                            "ਨੈੱਟਵਰਕ", "ਨੈਟਵਰਕ", "ਨੈੱਟਵਰਕਿੰਗ")),
            ("cyber_security", ("ਸਾਈਬਰ",)),
            ("digital_marketing", ("ਮਾਰਕੀਟਿੰਗ", "ਸੋਸ਼ਲ ਮੀਡੀਆ")),
            ("general_digital", ("ਮੁੱਢ ਤੋਂ", "ਸ਼ੁਰੂ ਤੋਂ", "ਜ਼ੀਰੋ ਤੋਂ", "ਕੰਪਿਊਟਰ", "ਮੁੱਢਲਾ", "ਮੁੱਢਲੀ", "ਈਮੇਲ", "ਇੰਟਰਨੈੱਟ", "ਇੰਟਰਨੈਟ", "ਫ਼ੋਨ", "ਫੋਨ",
                                 "ਬੇਸਿਕ", "ਬੇਸਿਕਸ")),
        ],
        "qualification_level": [
            (0, ("ਕੋਈ ਨਹੀਂ", "ਕੁਝ ਨਹੀਂ", "ਕੋਈ ਯੋਗਤਾ ਨਹੀਂ", "ਕੋਈ ਡਿਗਰੀ ਨਹੀਂ", "ਨਹੀਂ ਹੈ")),
            (3, ("ਬਾਰ੍ਹਵੀਂ", "ਬਾਰਵੀਂ", "ਬਾਰ੍ਹਵੀਂ ਜਮਾਤ")),
            (6, ("ਡਿਗਰੀ", "ਗ੍ਰੈਜੂਏਟ", "ਬੈਚਲਰ")),
            (7, ("ਮਾਸਟਰਜ਼", "ਮਾਸਟਰ ਡਿਗਰੀ")),
        ],
        "annual_income": [
            (0.0, ("ਕੁਝ ਨਹੀਂ", "ਕੋਈ ਆਮਦਨ ਨਹੀਂ", "ਕੋਈ ਆਮਦਨੀ ਨਹੀਂ", "ਸਿਫ਼ਰ")),
        ],
        "universal_credit": [
            (False, ("ਨਹੀਂ", "ਜੀ ਨਹੀਂ", "ਨਹੀਂ ਮਿਲਦਾ", "ਨਹੀਂ ਮਿਲਦੀ", "ਨਹੀਂ ਲੈਂਦਾ", "ਨਹੀਂ ਲੈਂਦੀ")),
            (True, ("ਹਾਂ", "ਹਾਂ ਜੀ", "ਜੀ", "ਮਿਲਦਾ ਹੈ", "ਮਿਲਦੀ ਹੈ", "ਲੈਂਦੀ ਹਾਂ", "ਲੈਂਦਾ ਹਾਂ")),
        ],
    },
    "ar": {
        # the status said in a word, as the nationality: "برطانوی" (British)
        "immigration_status": [("british_irish", ("بريطاني", "بريطانية", "ايرلندي", "إيرلندي", "ايرلندية", "إيرلندية"))],
        "english_level": [
            ("intermediate", ("وسط", "نص نص")),
            ("none", ("لا أتكلم", "لا أتكلمها", "لا أعرف الإنجليزية", "ولا كلمة", "صفر", "لا أتحدث", "ما بحكي")),
            ("fluent", ("ممتاز", "ممتازة", "بطلاقة", "طلاقة", "جيد جدا", "جيدة جدا", "لغتي الأم", "ممتازه",
                        # an interpreter's or translator's English: "كنت مترجم مع الجيش"
                        "كنت مترجم", "كنت مترجما", "كنت مترجمة", "اشتغلت مترجم", "عملت مترجما", "عملت كمترجم")),
            ("basic", ("قليل", "قليلا", "قليلة", "شوي", "شوية", "ضعيف", "ضعيفة", "ضعيفه", "مبتدئ", "مبتدئة",
                       "ليست جيدة", "مش منيحة", "مش منيح", "مو زينة", "بسيط", "بسيطة", "بسيطه", "أتعلم",
                       "أساسي", "اساسي")),
            ("intermediate", ("متوسط", "متوسطة", "متوسطه", "جيد", "جيدة", "جيده", "لا بأس", "مقبول", "مقبولة",
                              "منيح", "منيحة", "كويس", "كويسة", "زين", "زينة", "نص نص", "نص ونص", "على قدي",
                              "يمشي الحال")),
            # Arabizi, Arabic typed in Latin letters (bot.language.identify): "chwiya", "wasat", "mnee7"
            ("basic", ("chwiya", "shwaya", "shwayye", "shwi", "chwia", "da3if", "da3ife", "mish mni7a", "mesh kwayes")),
            ("intermediate", ("wasat", "nos nos", "nus nus", "mni7", "mnee7", "mni7a", "mzyan", "mzyana", "kwayes",
                              "kwayesa", "zein", "zena")),
            ("fluent", ("mumtaz", "momtaz", "mumtaza", "ktir mni7", "ktir mnee7", "bi tala9a", "lughti el om")),
        ],
        "employment_status": [
            ("unemployed", ("لا أعمل", "لا يعمل", "لا تعمل", "لا يدرس ولا يعمل", "لا تدرس ولا تعمل",
                            "ما بشتغل", "ما اشتغل", "مش شغال", "مش شغالة", "عاطل", "عاطلة",
                            "عاطل عن العمل", "بدون عمل", "بلا عمل", "أبحث عن عمل", "ابحث عن عمل", "ربة منزل",
                            "ربة بيت", "لا يسمح لي بالعمل", "غير مسموح لي بالعمل", "لا", "ما في شغل",
                            # "not working" as Levantine speakers say it: "ما عم اشتغل"
                            "ما عم اشتغل", "ما عم بشتغل", "مو عم اشتغل", "مش عم اشتغل", "ما عم اعمل", "ما عم أشتغل",
                            # Arabizi
                            "ma bshtghel", "ma beshtghel", "ma ashtaghil", "ma ashtaghel", "ma eshtghel", "ma khdamch",
                            "ma kankhdemch", "ma kankhdamch", "bala shoghl", "bdun shoghl", "3atel", "3atla",
                            # no work to have, or not allowed it: "hala2 ma 3andi shighel", "mamnoo3 ashtaghal"
                            "ma 3andi shighel", "ma 3andi shoghl", "ma 3ndi shoghl", "ma 3andi sho8l", "ma 3andi shogl",
                            "mamnoo3 ashtaghal", "mamnou3 ashtaghel", "mamnoo3 eshtghel", "mamnoo3 a4ta8al",
                            "mish mas7ooli", "ma mas7ouli")),
            ("self_employed", ("عمل حر", "أعمل لحسابي", "مشروعي الخاص", "عندي مشروع", "أعمل لنفسي")),
            ("in_education", ("طالب", "طالبة", "أدرس", "يدرس", "تدرس", "في الكلية", "في الجامعة", "في المدرسة")),
            ("employed", ("أعمل", "بشتغل", "اشتغل", "أشتغل", "موظف", "موظفة", "دوام جزئي", "دوام كامل", "نعم",
                          "شغال", "شغالة",
                          # Arabizi
                          "bshtghel", "beshtghel", "ashtaghil", "khddam", "khdama", "shaghal", "shaghle",
                          "yeshte8el", "byeshte8el", "bashta8al", "beshte8el", "eshte8el", "ashte8el", "sha8al",
                          "sha8ala", "shaghala", "khdam", "khdem", "bashte8el", "bashtaghel", "bshte8el", "bashtghel",
                          "beshtaghel", "ashtaghel", "eshtaghel", "yeshtaghel",
                          # Morocco's "working": "خدام", "خدامة"
                          "خدام", "خدامة")),
        ],
        "availability": [
            ("full_time", ("طول اليوم", "كل اليوم", "أي وقت", "في أي وقت", "كل الوقت", "كل يوم", "طول الأسبوع", "دوام كامل", "متفرغ",
                           "متفرغة", "طوال اليوم", "كل الأيام", "طوال الأسبوع", "فول تايم", "فل تايم",
                           # Arabizi: "ay wa2t", "kol el wa2t"
                           "ay wa2t", "ayy wa2t", "ai wa2t", "kol el wa2t", "kol wa2t", "kol yom", "tool el nhar")),
            ("evenings_weekends", ("مساء", "المساء", "مساءا", "مسائية", "مسائي", "في المساء", "ليلا", "الليل", "بالليل",
                                   # as the Levant says it: "بالمسا فاضي"
                                   "بالمسا", "المسا", "عالمسا",
                                   "نهاية الأسبوع", "عطلة نهاية الأسبوع", "الويكند", "ويكند", "الويك اند", "ويك اند",
                                   "السبت", "الأحد",
                                   "بعد العمل", "بعد الشغل",
                                   # Arabizi
                                   "bel masa", "bil masa", "masa2an", "el masa", "bel lel", "bil lail", "l3shiya",
                                   "b el leil", "bel leil", "bil leil", "fel leil", "b el lel", "ba3d el sho8l",
                                   "ba3d el shoghl", "ba3d el shughl",
                                   "f l3chiya", "nhar l7ed", "l7ed w ssebt", "ssebt w l7ed", "el weekend")),
            ("part_time", ("صباحا", "الصباح", "الصبح", "بالصبح", "الظهر", "بعد الظهر", "دوام جزئي", "بعض الساعات",
                           "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس",
                           "بارت تايم", "پارت تايم", "نص دوام", "نصف دوام",
                           "خلال النهار", "في النهار", "وقت المدرسة", "وقت المدارس", "بعد ما أوصل الولاد",
                           "بعد ما اوصل الولاد", "كم ساعة", "ساعات قليلة", "يومين بالأسبوع", "تلت أيام", "ثلاث أيام",
                           # not every day: "مو كل يوم، تلت أيام بالأسبوع الصبح"
                           "مو كل يوم", "مش كل يوم", "ليس كل يوم", "مو دوام كامل", "مش دوام كامل", *_FEW_DAYS_AR,
                           # while the children are at school: "لما الأولاد بالمدرسة"
                           "الأطفال في المدرسة", "الاطفال في المدرسة", "الأولاد في المدرسة", "الاولاد في المدرسة",
                           "الولاد بالمدرسة", "الأولاد بالمدرسة", "الاولاد بالمدرسة", "الولاد في المدرسة",
                           # a few hours in the day, as Morocco says it: "غير شي ساعات فالنهار"
                           "شي ساعات", "فالنهار", "ف النهار",
                           # ...and in Arabizi: "ghir mn ba3d d-dohr, yomayn wla tlata f simana"
                           "f simana", "fi simana", "ba3d d dohr", "ba3d dohr", "yomayn")),
        ],
        "interest": [
            ("not_sure", ("ما عارف", "ما عارفة", "مش عارف", "مش عارفة", "ما بعرف", "لا أعرف", "لا اعرف", "اي حاجة", "أي شي", "اي شي",
                          "مش متأكد", "مش متأكدة", "لست متأكدا", "لست متأكدة", "مو متأكد", "مو متأكدة",
                          "ما ادري", "ما أدري", "والله ما ادري",
                          # Arabizi: "mesh 3arfa lessa"
                          "mesh 3arfa", "mesh 3aref", "mish 3arfa", "mish 3arif", "msh 3arfa", "msh 3aref", "ma ba3ref",
                          "ma b3rf", "ma adri", "ma badri")),
            ("coding", ("البرمجة", "برمجة", "البرمجه", "برمجه", "مبرمج", "مبرمجة", "مبرمجه", "البرمجيات")),
            # (the English words in Arabic letters, with "in the" joined on: "شي بالداتا", "الداتا اناليسيس")
            ("data", ("البيانات", "بيانات", "تحليل البيانات", "داتا", "الداتا", "بالداتا", "اناليسيس", "أناليسيس")),
            ("web_design", ("تصميم المواقع", "تصميم مواقع", "مواقع الويب", "المواقع", "تصمم مواقع", "يصمم مواقع",
                            "ديزاين", "الديزاين")),
            ("it_support", ("دعم تقني", "الدعم التقني", "الدعم الفني", "دعم فني", "تقنية المعلومات", "الشبكات", "شبكات",
                            "تصليح الكمبيوتر", "تصليح الكمبيوترات", "إصلاح الكمبيوتر", "إصلاح الكمبيوترات",
                            "صيانة الكمبيوتر", "صيانة الحاسوب")),
            ("cyber_security", ("الأمن السيبراني", "الامن السيبراني", "سيبراني", "السيبراني", "أمن المعلومات",
                                # the English name in Arabic letters: "السايبر سكيورتي"
                                "السايبر", "سايبر")),
            ("digital_marketing", ("التسويق", "تسويق", "التسويق الرقمي", "وسائل التواصل", "التسويق الالكتروني",
                                   "التسويق الإلكتروني", "تسويق الكتروني", "تسويق إلكتروني", "ديجيتال ماركتنج",
                                   "ديجيتال ماركتينج", "سوشيال ميديا", "السوشيال ميديا", "الماركتينغ", "ماركتينغ",
                                   "الماركتنج", "ماركتنج", "الماركيتنغ", "ماركيتنغ")),
            ("general_digital", ("من الأساس", "من الاساس", "من الصفر", "من البداية", "الكمبيوتر", "كمبيوتر", "الحاسوب", "حاسوب", "أساسيات", "الإيميل", "ايميل",
                                 "البريد الإلكتروني", "الانترنت", "الإنترنت", "انترنت",
                                 "بالكمبيوتر", "عالكمبيوتر",
                                 # Arabizi: "bdi at3allam computer mn el awal"
                                 "computer", "el computer", "kompyuter", "mn el awal", "min el awal", "mn el sifr")),
        ],
        "qualification_level": [
            (0, ("لا شيء", "لا يوجد", "ولا شي", "ولا شيء", "بدون شهادة", "لا أملك شهادة", "ما عندي شهادة",
                 "ليس لدي شهادات", "ما عندي", "لا شهادات")),
            (3, ("الثانوية العامة", "شهادة الثانوية", "الشهادة الثانوية", "البكالوريا", "بكالوريا", "ثانوية عامة")),
            (6, ("بكالوريوس", "شهادة جامعية", "إجازة جامعية", "ليسانس", "خريج جامعة", "خريجة جامعة")),
            (7, ("ماجستير", "ماستر")),
        ],
        "annual_income": [
            (0.0, ("لا شيء", "ولا شي", "لا يوجد دخل", "ما في دخل", "بدون دخل", "صفر")),
        ],
        "universal_credit": [
            (False, ("لا", "لأ", "كلا", "لا أحصل", "ما باخد", "ما بقبض", "لا آخذ")),
            (True, ("نعم", "ايوه", "أيوه", "اي", "إيه", "ايه", "آه", "أحصل", "آخذ", "بلى", "أيوا", "ايوا")),
        ],
    },
    "pl": {
        # the status said in a word, as the nationality: "برطانوی" (British)
        "immigration_status": [("british_irish", ("brytyjskie", "brytyjczyk", "brytyjka", "irlandzkie"))],
        "english_level": [
            ("fluent", ("płynny", "płynnie", "tu chodził do szkoły", "tu chodziła do szkoły")),
            ("intermediate", ("średni", "średnio", "sredni")),
            ("none", ("wcale", "nie mówię", "nie znam", "zero", "ani słowa", "w ogóle", "nie mowie po angielsku")),
            ("fluent", ("biegle", "płynnie", "bardzo dobrze", "perfekcyjnie", "ojczysty", "jak native")),
            ("basic", ("słabo", "słaby", "słaba", "slaby", "slaba", "trochę", "mało", "podstawowy", "podstawowa", "podstawy", "nie za dobrze",
                       "nie bardzo", "uczę się", "kiepsko", "tak sobie", "nie najlepiej", "komunikatywnie słabo")),
            ("intermediate", ("średnio", "dobrze", "komunikatywnie", "w miarę", "nieźle", "dość dobrze",
                              "całkiem dobrze", "średniozaawansowany", "dogaduję się")),
        ],
        "employment_status": [
            ("unemployed", ("nie pracuję", "bezrobotny", "bezrobotna", "bez pracy", "szukam pracy", "na zasiłku",
                            "nie mam pracy", "zajmuję się domem", "zajmuję się dziećmi", "straciłem pracę",
                            "straciłam pracę", "nie", "nie teraz")),
            ("self_employed", ("własna działalność", "własną działalność", "działalność gospodarcza",
                               "samozatrudniony", "samozatrudniona", "na swoim", "mam firmę")),
            ("in_education", ("studiuję", "student", "studentka", "w szkole", "na studiach", "uczę się w", "uczę się",
                              "uczy się", "studiuje", "chodzi do szkoły", "chodzę do szkoły", "uczeń", "uczennica")),
            ("employed", ("pracuję", "zatrudniony", "zatrudniona", "na etacie", "na pół etatu", "robię w",
                          "robię na", "tak")),
        ],
        "availability": [
            ("part_time", ("kiedy dzieci są w szkole", "gdy dzieci są w szkole", "jak dzieci są w szkole",
                           # free on the days they do not work: "pracuję 3 dni, poza tym jestem wolna"
                           "poza tym jestem wolna", "poza tym jestem wolny", "w wolne dni", "w dni wolne",
                           "w dni kiedy nie pracuję")),
            ("full_time", ("kiedykolwiek", "zawsze", "cały dzień", "cały tydzień", "w każdej chwili", "każdy dzień",
                           "pełny etat", "pełen etat", "na pełen etat", "cały etat", "na cały etat", "codziennie", "od poniedziałku do piątku",
                           "o każdej porze", "dyspozycyjny", "dyspozycyjna", "w każdy dzień")),
            ("evenings_weekends", ("wieczorem", "wieczorami", "wieczory", "weekendy", "w weekend", "w weekendy",
                                   "po pracy", "w nocy", "soboty", "niedziele", "w sobotę", "w niedzielę")),
            ("part_time", ("rano", "rankiem", "przed południem", "przedpołudnia", "przedpołudniami", "przedpołudnie",
                           "w ciągu dnia", "w dzień", "pół etatu",
                           "niepełnym wymiarze", "niepełny etat", "część etatu",
                           "poniedziałki", "we wtorki", "wtorki", "wtorek", "w środy", "środy", "środa", "czwartki",
                           "czwartek", "piątki", "w piątek",
                           "kilka godzin", "do południa", "kiedy dzieci są w szkole", "po południu", *_FEW_DAYS_PL,
                           # school hours: "tylko w godzinach szkolnych"
                           "w godzinach szkolnych", "godziny szkolne", "w godzinach lekcji")),
        ],
        "interest": [
            ("not_sure", ("nie wiem", "obojętnie", "cokolwiek", "nie jestem pewien", "nie jestem pewna", "nie jestem pewny")),
            ("coding", ("programowanie", "programowania", "programowaniem", "programować", "programista", "programistą",
                        "kodowanie")),
            ("data", ("dane", "danych", "danymi", "analiza danych", "analizą danych", "analizy danych", "analityka")),
            ("web_design", ("strony internetowe", "stron internetowych", "projektowanie stron", "strony www",
                            "stronę internetową", "strona internetowa", "stronę www", "stron www")),
            ("it_support", ("wsparcie it", "pomoc techniczna", "informatyka", "serwis komputerowy", "wsparcie techniczne",
                            "wsparcia technicznego", "wsparciu technicznym", "pomocy technicznej",
                            # mending them: "chciałbym nauczyć się naprawiać komputery"
                            "naprawiać komputery", "naprawiania komputerów", "naprawa komputerów",
                            "naprawy komputerów", "naprawiać komputer", "serwisowanie komputerów", "helpdesk")),
            ("cyber_security", ("cyberbezpieczeństwo", "cyberbezpieczeństwa", "cyberbezpieczeństwem", "bezpieczeństwo it",
                                "bezpieczeństwa it", "cyberbezpieczeństwie")),
            ("digital_marketing", ("marketing", "marketingu", "marketingiem", "marketing internetowy",
                                   "marketingu internetowego", "media społecznościowe")),
            ("general_digital", ("od podstaw", "od zera", "komputer", "komputera", "komputerem", "komputerów", "komputerach", "komputerowy",
                                 "komputerowego", "podstawy", "obsługa komputera", "obsługi komputera",
                                 "obsługą komputera", "internet", "internetu", "poczta")),
        ],
        "qualification_level": [
            (0, ("brak", "nie mam", "żadnych", "żadne", "bez wykształcenia", "nic")),
            (3, ("matura", "maturę", "maturą", "matury", "świadectwo maturalne")),
            (6, ("licencjat", "licencjat z", "studia licencjackie", "wyższe wykształcenie", "studia wyższe", "inżynier")),
            (7, ("magister", "magisterium", "studia magisterskie", "tytuł magistra")),
        ],
        "annual_income": [
            (0.0, ("nic", "zero", "brak", "brak dochodu", "nie mam dochodu")),
        ],
        "universal_credit": [
            (False, ("nie", "nie pobieram", "nie dostaję", "nie mam")),
            (True, ("tak", "pobieram", "dostaję", "mam")),
        ],
    },
    "ro": {
        # the status said in a word, as the nationality: "برطانوی" (British)
        "immigration_status": [("british_irish", ("britanic", "britanica", "britanică", "irlandez", "irlandeză"))],
        "english_level": [
            ("none", ("deloc", "nu vorbesc", "nu știu engleza", "zero", "nici un cuvânt", "niciun cuvânt")),
            ("fluent", ("foarte bine", "fluent", "perfect", "excelent", "limba maternă", "nativ")),
            ("basic", ("puțin", "putintel", "slab", "slabă", "nu prea", "nu foarte bine", "începător", "de bază",
                       "învăț", "nu așa bine", "mai puțin")),
            ("intermediate", ("mediu", "bine", "bun", "bună", "destul de bine", "binișor", "acceptabil", "satisfăcător",
                              "mă descurc", "ma descurc", "intermediar")),
        ],
        "employment_status": [
            ("employed", ("fac curățenie", "fac curatenie", "fac ture", "lucrez câteva ore")),
            ("unemployed", ("nu lucrez", "șomer", "șomeră", "fără loc de muncă", "nu am loc de muncă",
                            "nu am serviciu", "caut de lucru", "caut loc de muncă", "caut un loc de muncă",
                            "stau acasă", "mi am pierdut locul de muncă", "nu")),
            ("self_employed", ("pe cont propriu", "firma mea", "am firmă", "pfa", "lucrez pentru mine")),
            ("in_education", ("student", "studentă", "la școală", "la facultate", "la colegiu", "elev", "elevă", "învață",
                              "studiază", "e la liceu", "merge la școală")),
            ("employed", ("lucrez", "am serviciu", "angajat", "angajată", "muncesc", "da")),
        ],
        "availability": [
            ("part_time", ("cât sunt copiii la școală", "cat sunt copiii la scoala", "cât copiii sunt la școală",
                           # free on the days they do not work: "lucrez 3 zile, în rest sunt liberă"
                           "în rest sunt liberă", "în rest sunt liber", "în rest am timp", "în zilele libere",
                           "în zilele când nu lucrez")),
            ("full_time", ("oricând", "toată ziua", "toată săptămâna", "normă întreagă", "zilnic", "orice oră",
                           "în fiecare zi", "de luni până vineri", "oricand vreti")),
            ("evenings_weekends", ("seara", "serile", "seară", "weekend", "weekendul", "în weekend", "noaptea",
                                   "sâmbăta", "duminica", "după muncă", "după serviciu", "dupa program")),
            ("part_time", ("dimineața", "dimineata", "după amiaza", "după amiază", "în timpul zilei", "ziua",
                           "câteva ore", "jumătate de normă", "cât copiii sunt la școală", "lunea", "marțea",
                           "marti", "marți", "miercuri", "miercurea", "joi", "joia", "vineri", "vinerea", *_FEW_DAYS_RO)),
        ],
        "interest": [
            ("not_sure", ("nu știu", "nu stiu", "nu știe", "nu stie", "orice", "nu sunt sigur", "nu sunt sigură", "nu sunt sigura")),
            ("coding", ("programare", "programator", "programarea")),
            ("data", ("date", "datelor", "analiza datelor", "analiză de date")),
            ("web_design", ("site uri", "pagini web", "design web", "designul web", "site uri web", "web design",
                            "paginilor web",
                            # a site, with its article: "site-urile", "site-ul firmei" (the firm's website)
                            "site urile", "site ul", "site ului", "site urilor", "un site")),
            ("it_support", ("suport it", "suport tehnic", "asistență it", "repar calculatoare",
                            "repar calculatoarele", "repar computere", "repararea calculatoarelor",
                            "reparații calculatoare", "reparat calculatoare", "rețelistică", "rețele de calculatoare")),
            ("cyber_security", ("securitate cibernetică", "securitatea cibernetică", "securitate it", "cibernetică",
                                "cibernetic")),
            ("digital_marketing", ("marketing", "rețele sociale")),
            ("general_digital", ("de la zero", "de la început", "de la bază", "calculator", "calculatorul", "calculatorului", "calculatoare", "calculatoarele",
                                 "computer", "computerul", "de bază", "email", "internet")),
        ],
        "qualification_level": [
            (0, ("nimic", "niciuna", "nu am", "fără studii", "nicio calificare", "nici una")),
            (3, ("bac", "bacu", "bacul", "bacalaureat", "bacalaureatul", "diplomă de bacalaureat")),
            (6, ("licență", "licența", "facultate", "facultatea", "studii superioare")),
            (7, ("master", "masterat", "masteratul")),
        ],
        "annual_income": [
            (0.0, ("nimic", "zero", "niciun venit", "nu am venit", "nu am venituri", "fără venit")),
        ],
        "universal_credit": [
            (False, ("nu", "nu primesc", "nu iau", "nu am")),
            (True, ("da", "primesc", "iau", "am")),
        ],
    },
}

# "I don't know", "skip", "rather not say" as a whole message, in each language.
DONT_KNOW: Dict[str, Tuple[str, ...]] = {
    "ur": ("پتہ نہیں", "پتا نہیں", "معلوم نہیں", "مجھے نہیں پتہ", "مجھے معلوم نہیں", "نہیں معلوم", "چھوڑ دیں",
           "چھوڑیں", "چھوڑ دو", "اگلا سوال", "نہیں بتانا", "نہیں بتانا چاہتا", "نہیں بتانا چاہتی",
           "نہیں بتاؤں گا", "نہیں بتاؤں گی", "یہ نہیں بتانا"),
    "ur-latn": ("pata nahi", "pta nahi", "pata nahin", "maloom nahi", "nahi pata", "chor do", "chhor do",
                "chor dein", "chhor dein", "agla sawal", "nahi batana", "nahi batana chahta", "nahi batana chahti",
                "koi idea nahi", "skip karo", "skip karein"),
    "pa": ("ਪਤਾ ਨਹੀਂ", "ਨਹੀਂ ਪਤਾ", "ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ", "ਛੱਡੋ", "ਛੱਡ ਦਿਓ", "ਛੱਡ ਦਿਉ", "ਅਗਲਾ ਸਵਾਲ",
           "ਨਹੀਂ ਦੱਸਣਾ", "ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ", "ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦੀ"),
    "ar": ("لا أعرف", "لا اعرف", "ما بعرف", "ما اعرف", "مش عارف", "مش عارفة", "ما أدري", "ما ادري", "ما ادري والله",
           "والله ما ادري", "mesh 3arfa", "mesh 3aref", "mish 3arif", "ma ba3ref", "ma adri",
           "لست متأكدا", "لست متأكدة", "مش متأكد", "تخطي", "تخطى", "تجاوز", "السؤال التالي", "التالي",
           "لا أريد أن أقول", "لا أحب أن أقول", "أفضل عدم القول", "أفضل عدم الإجابة", "لا أريد الإجابة"),
    "pl": ("nie wiem", "nie jestem pewien", "nie jestem pewna", "pomiń", "pomiń to", "dalej", "następne pytanie",
           "wolę nie mówić", "wolę nie odpowiadać", "nie chcę mówić", "nie chcę powiedzieć", "nie chcę odpowiadać",
           "trudno powiedzieć", "nie pamiętam"),
    "ro": ("nu știu", "nu sunt sigur", "nu sunt sigură", "sari peste", "sari", "mai departe", "următoarea întrebare",
           "prefer să nu spun", "nu vreau să spun", "nu vreau să răspund", "nu îmi amintesc", "nu mai știu"),
}


# Fields named in English inside a message in another language, as people name them ("ਮੈਂ data analyst ਬਣਨਾ
# ਚਾਹੁੰਦੀ ਆਂ", I want to become a data analyst): read with the language's own words of learning or wanting.
LOANWORD_TOPICS: Tuple[Tuple[str, Tuple[str, ...]], ...] = (
    ("data", ("data", "data analyst", "data analysis", "data analytics", "excel")),
    ("coding", ("coding", "programming", "software", "developer", "python")),
    ("cyber_security", ("cyber", "cyber security", "cybersecurity", "hacking")),
    ("web_design", ("web design", "website", "websites", "web developer")),
    ("it_support", ("it support", "helpdesk", "help desk")),
    ("digital_marketing", ("digital marketing", "social media", "instagram", "tiktok", "facebook")),
)

__all__ = ["ANSWER_WORDS", "DONT_KNOW", "LOANWORD_TOPICS"]

# Money said to "What is your yearly income?": "20 tys", "18 000", "2000 pe lună", "15 ہزار", "٢٠ ألف".
# A thousand word multiplies the number before it; a month or week word makes it that period's pay.
INCOME_WORDS: Dict[str, Dict[str, Tuple[str, ...]]] = {
    "ur": {"thousand": ("ہزار",), "month": ("مہینہ", "مہینے", "ماہانہ", "ماہوار"), "week": ("ہفتہ", "ہفتے", "ہفتہ وار")},
    "ur-latn": {"thousand": ("hazar", "hazaar", "hajar"), "month": ("mahina", "mahine", "mahinay", "monthly"),
                "week": ("hafta", "hafte", "weekly")},
    "pa": {"thousand": ("ਹਜ਼ਾਰ", "ਹਜਾਰ"), "month": ("ਮਹੀਨਾ", "ਮਹੀਨੇ", "ਮਹੀਨਾਵਾਰ"), "week": ("ਹਫ਼ਤਾ", "ਹਫਤਾ", "ਹਫ਼ਤੇ", "ਹਫਤੇ")},
    "ar": {"thousand": ("ألف", "آلاف", "الف", "الاف"), "month": ("شهر", "شهريا", "بالشهر", "في الشهر"),
           "week": ("أسبوع", "اسبوع", "أسبوعيا", "بالأسبوع", "في الأسبوع")},
    "pl": {"thousand": ("tys", "tysięcy", "tysiące", "tysiąc", "tyś", "k"),
           "month": ("miesięcznie", "miesiąc", "na miesiąc", "msc", "mies"), "week": ("tygodniowo", "tydzień", "na tydzień")},
    "ro": {"thousand": ("mii", "mie", "k"), "month": ("lună", "pe lună", "lunar", "lunară"),
           "week": ("săptămână", "pe săptămână", "săptămânal")},
}
