"""What a resident states in their own language, anywhere in a message, phrase by phrase: the tables that
bot.language.facts_in_languages reads. Drafts by a non-native author, like the .po translations, until a
fluent speaker has read them; a phrase not listed is not guessed at.

Specs are written as bot.language.phrases writes them ("slot=value;slot=value"). A phrase of being in work, or
of a qualification, counts only where no wish, "not" or past stands right before it (NOT_PLAIN_BEFORE): "să
lucrez" (to work) and "nu lucrez" are not work now, and "nu am licență" is no degree.
"""

from __future__ import annotations

from typing import Dict, List, Tuple

from bot.language.jobs import JOBLIKE, OCCUPATIONS

# spec ("slot=value;slot=value", as bot.language.phrases writes them) -> phrases, per table.
# "Only in the evenings" is a statement of when they can study only with the verb: alone it answers the
# availability question (bot.language.answer_words) and says nothing otherwise.
STATEMENTS: Dict[str, List[Tuple[str, Tuple[str, ...]]]] = {
    "ur": [
        # status said in a word or two, as the answer to the immigration question or beside other facts
        ("immigration_status=british_irish", ("برطانوی شہری", "برطانوی شہریت", "برٹش شہری", "برٹش شہریت",
                                              "برٹش پاسپورٹ", "برطانوی پاسپورٹ", "برٹش ہوں", "برطانوی ہوں",
                                              "یہیں پیدا ہوا", "یہیں پیدا ہوئی")),
        ("immigration_status=pre_settled", ("پری سیٹلڈ", "پری سیٹلڈ اسٹیٹس")),
        ("immigration_status=visa_holder", ("ویزا پر", "اسپاؤس ویزا", "سپاؤس ویزا", "ورک ویزا", "اسٹوڈنٹ ویزا",
                                            "سٹوڈنٹ ویزا", "فیملی ویزا", "ویزے پر")),
        ("immigration_status=asylum_seeker;background=refugee",
         ("پناہ کی درخواست", "سیاسی پناہ کی درخواست", "اسائلم کا کیس", "اسائلم کی درخواست", "اسائلم سیکر",
          "پناہ کا کیس", "ہوم آفس کے فیصلے کا انتظار", "اسائلم کلیم", "اسائلم کا کلیم", "اسائلم کیا",
          "اسائلم اپلائی",
          # the English word: "میرا asylum کا کیس ابھی Home Office میں چل رہا ہے"
          "asylum کا کیس", "asylum کیس", "asylum کی درخواست", "asylum claim", "asylum کلیم", "asylum کا کلیم",
          "asylum seeker", "asylum اپلائی", "اسائلم کیس", "اسائلم کے لیے اپلائی", "asylum کے لیے اپلائی")),
        # English names written in Urdu script: ARAP, "Afghan relocation", ILR, "self employed"
        ("immigration_status=afghan_resettlement", ("افغان ری سیٹلمنٹ", "افغان ریسیٹلمنٹ", "افغان سکیم", "افغان اسکیم",
                                                    "اے آر اے پی", "افغان ری لوکیشن", "افغان ریلوکیشن")),
        ("employment_status=self_employed", ("سیلف ایمپلائیڈ", "سیلف ایمپلائڈ", "سیلف امپلائیڈ", "سیلف امپلائڈ")),
        ("immigration_status=refugee;background=refugee", ("پناہ گزین ہوں", "پناہ گزین", "ریفیوجی")),
        ("employment_status=unemployed", ("بے روزگار", "بیروزگار", "نوکری چلی گئی", "نوکری ختم ہو گئی",
                                          "کام نہیں کرتا", "کام نہیں کرتی", "کوئی کام نہیں", "نوکری نہیں ہے",
                                          "نوکری نہیں کرتا", "نوکری نہیں کرتی",
                                          # not allowed to work while a claim is decided
                                          "کام کی اجازت نہیں", "کام کرنے کی اجازت نہیں")),
        ("english_level=basic", ("انگریزی کمزور", "انگلش کمزور", "تھوڑی انگریزی", "تھوڑی سی انگریزی",
                                 "تھوڑی انگلش", "انگریزی تھوڑی")),
        ("english_level=none", ("انگریزی نہیں آتی", "انگلش نہیں آتی", "انگریزی نہیں بولتا", "انگریزی نہیں بولتی")),
        ("english_level=intermediate", ("انگریزی ٹھیک ٹھاک", "انگلش ٹھیک ٹھاک", "درمیانی انگریزی", "انگریزی درمیانی")),
        ("immigration_status=settled", ("مستقل رہائش", "سیٹلڈ اسٹیٹس", "سیٹلڈ سٹیٹس", "آئی ایل آر",
                                        "انڈیفینیٹ لیو")),
        ("availability=evenings_weekends", ("صرف شام کو پڑھ سکتا", "صرف شام کو پڑھ سکتی", "شام کو ہی پڑھ")),
        # work, pay and what changed (a wish to work, "کام کرنا چاہتا", is not work)
        # a job only ever done for an employer, said as theirs: "میں بس ڈرائیور ہوں"
        ("employment_status=employed", ("بس ڈرائیور ہوں", "نرس ہوں", "ٹیچر ہوں", "استاد ہوں", "استانی ہوں",
                                        "کیئر ورکر ہوں", "سیکیورٹی گارڈ ہوں", "پولیس میں ہوں",
                                        # any driver, worker or cleaner said as what they are: "ڈیلیوری ڈرائیور ہوں"
                                        "ڈرائیور ہوں", "ورکر ہوں", "کلینر ہوں", "شیف ہوں", "مینیجر ہوں")),
        ("background=career_changer", ("لائن بدلنی", "لائن بدلنا", "لائن چینج")),
        ("employment_status=self_employed", ("اپنا کام ہے", "اپنا کاروبار ہے", "اپنی دکان ہے", "اپنا بزنس ہے")),
        ("employment_status=unemployed", ("مجھے نکال دیا", "نکال دیا گیا", "کام سے نکال دیا", "نوکری سے نکال دیا",
                                          # said of someone asked for: "فیکٹری نے ان کو نکال دیا"
                                          "ان کو نکال دیا", "انہیں نکال دیا", "اس کو نکال دیا", "اسے نکال دیا")),
        ("background=displaced_worker", ("روبوٹ لگ گئے", "روبوٹ لگا دیے", "روبوٹ آ گئے", "مشینیں لگ گئیں")),
        # employed, as the idiom says it: "گودام میں لگا ہوا ہوں" (I am "attached" to a job)
        ("employment_status=employed", ("لگا ہوا ہوں", "لگی ہوئی ہوں",
                                        # said of someone asked for: "ابھی ایک کال سینٹر میں کام کر رہا ہے"
                                        "کام کر رہا ہے", "کام کر رہی ہے", "کام کرتا ہے", "کام کرتی ہے",
                                        "کام کرتا ہوں", "کام کرتی ہوں", "نوکری کرتا ہوں", "نوکری کرتی ہوں",
                                        "کماتا ہوں", "کماتی ہوں", "جاب کرتا ہوں", "جاب کرتی ہوں",
                                        "گھنٹے کام ملتا", "گھنٹے کام کرتا", "گھنٹے کام کرتی", "گھنٹے کا کام",
                                        # the work said by what they do: "رات کی شفٹ لگاتا ہوں", "شیلف بھرتا ہوں"
                                        "شفٹ لگاتا", "شفٹ لگاتی", "شفٹیں لگاتا", "شفٹیں لگاتی", "ڈیوٹی کرتا",
                                        "ڈیوٹی کرتی", "ڈیوٹی دیتا", "ڈیوٹی دیتی", "شیلف بھرتا", "شیلف بھرتی")),
        ("background=low_wage;employment_status=employed",
         ("تنخواہ کم", "تنخواہ بہت کم", "کم تنخواہ", "کمائی کم", "کمائی بہت کم", "کم اجرت", "مینیمم ویج",
          "پیسے کم", "پیسے بہت کم", "کم پیسے", "گزارا مشکل", "گزارا بہت مشکل", "گزارا نہیں ہوتا")),
        ("background=displaced_worker;employment_status=employed",
         ("فیکٹری بند ہو رہی", "کمپنی بند ہو رہی", "مشینیں لگا رہے", "مشینیں آ رہی")),
        ("background=displaced_worker;employment_status=unemployed",
         ("فیکٹری بند ہو گئی", "کمپنی بند ہو گئی", "مشینیں لگا دیں", "نوکری سے نکال دیا", "ریڈنڈنٹ",
          "ریڈنڈنسی ہو گئی", "ریڈنڈنسی مل گئی", "redundancy ہو گئی")),
        # (wanting to go into a field is a change of career only beside work they do: MOVING_INTO below)
        ("background=career_changer", ("شعبہ بدلنا", "کیریئر بدلنا", "کام بدلنا", "نیا کیریئر", "یہ کام چھوڑ کر",
                                       "یہ کام چھوڑ کے")),
        ("background=school_leaver", ("اسکول ختم کیا", "سکول ختم کیا", "اسکول ختم ہو گیا", "سکول ختم ہو گیا",
                                      "اسکول ختم کر لیا", "سکول ختم کر لیا", "کالج ختم ہو گیا", "کالج ختم ہوا",
                                      # the English word, as often typed: "school ختم ہو گیا"
                                      "school ختم", "college ختم",
                                      # the school exams or sixth form just done: "GCSE ختم ہو گئے", "sixth form ختم کیا"
                                      "gcse ختم", "gcses ختم", "gcse کے امتحان ختم", "sixth form ختم", "سکستھ فارم ختم",
                                      "a levels ختم", "اے لیول ختم", "gcse کے پیپر دیے", "gcse کے امتحان دیے",
                                      "gcses کے پیپر دیے", "کالج چھوڑ دیا", "اسکول چھوڑ دیا", "سکول چھوڑ دیا",
                                      "اے لیولز کر لیے", "اے لیول کر لیے", "a levels کر لیے")),
        # a degree done, as English reads "degree", "bachelors", "masters" (bot.language.phrases): "پنجاب یونیورسٹی
        # سے بی ایس کیا", "ایم بی اے کیا ہے" (with the verb: "ڈگری نہیں ہے" is no degree)
        ("qualification_level=6", tuple(f"{d} {v}" for d in ("ڈگری", "بیچلرز", "بی ایس", "بی ایس سی", "بی اے", "گریجویشن")
                                        for v in ("کی", "کیا", "کی ہے", "کیا ہے", "حاصل کی", "مکمل کی"))),
        ("qualification_level=7", tuple(f"{d} {v}" for d in ("ماسٹرز", "ایم اے", "ایم بی اے", "ایم ایس سی", "ایم فل")
                                        for v in ("کی", "کیا", "کی ہے", "کیا ہے", "حاصل کی", "مکمل کی"))),
    ],
    "ur-latn": [
        ("immigration_status=british_irish", ("british hoon", "british hun", "british hu", "yahin paida",
                                              "british shehri", "bartanvi shehri")),
        ("immigration_status=visa_holder", ("visa par", "visa pe", "visa pr")),
        ("immigration_status=asylum_seeker;background=refugee", ("asylum ka case", "asylum ki application",
                                                                 "asylum claim", "asylum apply")),
        ("immigration_status=afghan_resettlement", ("afghan resettlement", "afghan scheme", "afghan relocation",
                                                    "arap", "arap scheme")),
        ("employment_status=unemployed", ("berozgar", "be rozgar", "naukri chali gayi", "job chali gayi",
                                          "kaam nahi karta", "kaam nahi karti", "koi kaam nahi", "naukri nahi hai")),
        ("english_level=basic", ("english kamzor", "angrezi kamzor", "thori english", "thori si english",
                                 "english thori")),
        ("english_level=none", ("english nahi aati", "angrezi nahi aati")),
        ("english_level=intermediate", ("english theek thaak", "english theek thak", "angrezi theek thaak")),
        ("availability=evenings_weekends", ("sirf shaam ko parh sakta", "sirf shaam ko parh sakti", "shaam ko hi parh")),
        ("employment_status=employed", ("bus driver hoon", "nurse hoon", "teacher hoon", "care worker hoon",
                                        "security guard hoon", "police mein hoon", "driver hoon", "worker hoon",
                                        "cleaner hoon", "chef hoon", "manager hoon", "shift karta hoon",
                                        "shift karti hoon", "shifts karta hoon", "shifts karti hoon")),
        ("background=career_changer", ("line change", "line badalni", "line badalna", "line badal")),
        ("employment_status=self_employed", ("apna kaam hai", "apna business hai", "apni dukan hai",
                                             "apna karobar hai")),
        ("employment_status=unemployed", ("mujhe nikal diya", "mujhe nikaal diya", "nikal diya gaya",
                                          "nikaal diya gaya", "kaam se nikal diya", "naukri se nikal diya")),
        ("background=displaced_worker", ("robot lag gaye", "robot laga diye", "robot aa gaye", "machines lag gayi")),
        ("employment_status=employed", ("laga hua hun", "laga hua hoon", "lagi hui hun", "lagi hui hoon",
                                        "dinner lady hun", "dinner lady hoon",
                                        "kaam karta hoon", "kaam karti hoon", "kam karta hoon", "kam karti hoon",
                                        "naukri karta hoon", "naukri karti hoon", "job karta hoon", "job karti hoon",
                                        "kamata hoon", "kamati hoon",
                                        # two jobs, shifts and duties: "do jobs krta hu", "shift lagata hun"
                                        "jobs karta", "jobs karti", "job karta", "job karti", "duty karta",
                                        "duty karti", "shift lagata", "shift lagati",
                                        # the work said by what they do, and a post held: "Tesco pe shelves bharta hun",
                                        # "primary school mein teaching assistant hun"
                                        "shelves bharta", "shelves bharti", "assistant hun", "assistant hoon",
                                        "kaam kar raha hai", "kaam kar rahi hai", "kaam karta hai", "kaam karti hai")),
        ("background=low_wage;employment_status=employed",
         ("tankhwah kam", "tankhwah bohat kam", "tankhwa kam", "tankhwa bohat kam", "salary kam", "salary bohat kam",
          "kamai kam", "kam tankhwah", "minimum wage", "paisay kam", "paise kam", "paisay bohat kam",
          "paise bohat kam", "pesay kam", "pay kam", "pay bohat kam", "paise thore", "paise bohat thore",
          "paisay thore", "paisay bohat thore")),
        ("background=displaced_worker;employment_status=employed",
         ("factory band ho rahi", "company band ho rahi", "machines laga rahe", "machine laga rahe")),
        ("background=displaced_worker;employment_status=unemployed",
         ("factory band ho gayi", "company band ho gayi", "machines laga di", "machine laga di", "nikal diya",
          "redundant ho gaya", "redundant ho gayi", "redundancy ho gayi", "redundancy mil gayi")),
        ("background=career_changer", ("field badalna", "career badalna", "career change", "kaam badalna",
                                       "mein jana chahta", "mein jana chahti")),
        ("background=school_leaver", ("school khatam kiya", "school khatam ho gaya", "school khatam kar liya",
                                      "abhi school khatam", "school khatam hua", "college khatam hua",
                                      "college abhi khatam", "school abhi khatam",
                                      "college khatam ho gaya", "college khatam kiya",
                                      "gcse khatam", "gcses khatam", "sixth form khatam", "a levels khatam",
                                      "gcse ke paper diye", "gcse ke exam diye")),
        # a degree done, said the Urdu way ("graduation ki hai", "MA kiya hai"); bare "bs" is "bas" (just), so not that
        ("qualification_level=6", ("graduation ki", "graduation kiya", "degree ki", "degree kiya", "ba kiya", "ba ki")),
        ("qualification_level=7", ("ma kiya", "ma ki", "masters kiya", "masters ki")),
    ],
    "pa": [
        ("immigration_status=british_irish", ("ਬ੍ਰਿਟਿਸ਼ ਨਾਗਰਿਕ", "ਬਰਤਾਨਵੀ ਨਾਗਰਿਕ", "ਬ੍ਰਿਟਿਸ਼ ਪਾਸਪੋਰਟ", "ਬ੍ਰਿਟਿਸ਼ ਹਾਂ",
                                              "ਬਰਤਾਨਵੀ ਹਾਂ", "ਇੱਥੇ ਹੀ ਜੰਮ", "ਬ੍ਰਿਟਿਸ਼ ਸਿਟੀਜ਼ਨ")),
        ("immigration_status=pre_settled", ("ਪ੍ਰੀ ਸੈਟਲਡ", "ਪ੍ਰੀ-ਸੈਟਲਡ")),
        ("immigration_status=visa_holder", ("ਵੀਜ਼ਾ", "ਵੀਜ਼ੇ", "ਵੀਜਾ", "ਸਪਾਊਸ ਵੀਜ਼ਾ", "ਵਰਕ ਵੀਜ਼ਾ", "ਸਟੂਡੈਂਟ ਵੀਜ਼ਾ")),
        ("immigration_status=asylum_seeker;background=refugee",
         ("ਅਸਾਇਲਮ ਦਾ ਕੇਸ", "ਅਸਾਈਲਮ ਦਾ ਕੇਸ", "ਅਸਾਇਲਮ ਕੇਸ", "ਪਨਾਹ ਦੀ ਅਰਜ਼ੀ", "ਪਨਾਹ ਦੀ ਅਰਜੀ", "ਅਸਾਈਲਮ", "ਸਿਆਸੀ ਪਨਾਹ", "ਪਨਾਹ ਦਾ ਕੇਸ",
          # the English word: "ਮੇਰਾ asylum ਦਾ ਕੇਸ ਚੱਲਦਾ"
          "asylum ਦਾ ਕੇਸ", "asylum ਕੇਸ", "asylum claim", "asylum ਦੀ ਅਰਜ਼ੀ",
          # as typed: "ਮੇਰਾ ਅਸਾਇਲਮ ਕਲੇਮ ਪੈਂਡਿੰਗ ਹੈ", "ਮੈਂ asylum ਲਈ ਅਪਲਾਈ ਕੀਤਾ"
          "ਅਸਾਇਲਮ", "ਅਸਾਇਲਮ ਕਲੇਮ", "ਅਸਾਈਲਮ ਕਲੇਮ", "asylum ਲਈ ਅਪਲਾਈ", "ਅਸਾਇਲਮ ਲਈ ਅਪਲਾਈ")),
        ("immigration_status=afghan_resettlement", ("ਅਫ਼ਗਾਨ ਰੀਸੈਟਲਮੈਂਟ", "ਅਫਗਾਨ ਰੀਸੈਟਲਮੈਂਟ", "ਅਫ਼ਗਾਨ ਸਕੀਮ",
                                                    "ਅਫਗਾਨ ਸਕੀਮ", "ਏ ਆਰ ਏ ਪੀ")),
        # English words written in Gurmukhi: "self employed"
        ("employment_status=self_employed", ("ਸੈਲਫ ਇੰਪਲਾਇਡ", "ਸੈਲਫ਼ ਇੰਪਲਾਇਡ", "ਸੈਲਫ ਐਂਪਲਾਇਡ", "ਸੈਲਫ਼ ਐਂਪਲਾਇਡ",
                                             "ਸੈਲਫ ਇੰਪਲੌਇਡ")),
        ("immigration_status=refugee;background=refugee", ("ਸ਼ਰਨਾਰਥੀ", "ਰਿਫਿਊਜੀ", "ਰਫਿਊਜੀ", "ਰਫ਼ਿਊਜੀ",
                                                            "refugee status")),
        ("employment_status=unemployed", ("ਬੇਰੁਜ਼ਗਾਰ", "ਬੇਰੁਜਗਾਰ", "ਨੌਕਰੀ ਚਲੀ ਗਈ", "ਕੰਮ ਨਹੀਂ ਕਰਦਾ",
                                          "ਕੰਮ ਨਹੀਂ ਕਰਦੀ", "ਕੋਈ ਕੰਮ ਨਹੀਂ", "ਤੋਂ ਕੰਮ ਨਹੀਂ", "ਕੰਮ ਨਹੀਂ ਮਿਲਿਆ",
                                          # "I have no job": "ਮੇਰੇ ਕੋਲ ਕੋਈ ਨੌਕਰੀ ਨਹੀਂ ਹੈ"
                                          "ਕੋਈ ਨੌਕਰੀ ਨਹੀਂ", "ਨੌਕਰੀ ਨਹੀਂ ਹੈ", "ਕੰਮ ਨਹੀਂ ਹੈ", "ਨੌਕਰੀ ਲੱਭ ਰਿਹਾ",
                                          "ਨੌਕਰੀ ਲੱਭ ਰਹੀ", "ਕੰਮ ਲੱਭ ਰਿਹਾ", "ਕੰਮ ਲੱਭ ਰਹੀ")),
        ("english_level=basic", ("ਅੰਗਰੇਜ਼ੀ ਕਮਜ਼ੋਰ", "ਅੰਗਰੇਜ਼ੀ ਥੋੜ੍ਹੀ", "ਥੋੜ੍ਹੀ ਅੰਗਰੇਜ਼ੀ", "ਥੋੜੀ ਅੰਗਰੇਜ਼ੀ")),
        ("english_level=none", ("ਅੰਗਰੇਜ਼ੀ ਨਹੀਂ ਆਉਂਦੀ", "ਅੰਗਰੇਜ਼ੀ ਨਹੀਂ ਬੋਲਦਾ", "ਅੰਗਰੇਜ਼ੀ ਨਹੀਂ ਬੋਲਦੀ")),
        ("immigration_status=settled", ("ਪੱਕੀ ਰਿਹਾਇਸ਼", "ਸੈਟਲਡ ਸਟੇਟਸ", "ਆਈ ਐਲ ਆਰ", "ਆਈ ਐੱਲ ਆਰ")),
        ("availability=evenings_weekends", ("ਸ਼ਾਮ ਨੂੰ ਪੜ੍ਹ ਸਕਦਾ", "ਸ਼ਾਮ ਨੂੰ ਪੜ੍ਹ ਸਕਦੀ", "ਸ਼ਾਮ ਨੂੰ ਹੀ ਪੜ੍ਹ")),
        ("employment_status=employed", ("ਬੱਸ ਡਰਾਈਵਰ ਹਾਂ", "ਨਰਸ ਹਾਂ", "ਟੀਚਰ ਹਾਂ", "ਅਧਿਆਪਕ ਹਾਂ", "ਅਧਿਆਪਕਾ ਹਾਂ",
                                        "ਕੇਅਰ ਵਰਕਰ ਹਾਂ", "ਸਕਿਓਰਿਟੀ ਗਾਰਡ ਹਾਂ", "ਪੁਲਿਸ ਵਿੱਚ ਹਾਂ")),
        ("employment_status=employed", ("ਲੱਗਾ ਹੋਇਆ ਹਾਂ", "ਲੱਗੀ ਹੋਈ ਹਾਂ", "ਲੱਗੀ ਹਾਂ", "ਲੱਗਾ ਹਾਂ", "ਲੱਗੀ ਹੋਈ ਆਂ",
                                        "ਲੱਗਾ ਹੋਇਆ ਆਂ",
                                        "ਕੰਮ ਕਰਦਾ ਹਾਂ", "ਕੰਮ ਕਰਦੀ ਹਾਂ", "ਨੌਕਰੀ ਕਰਦਾ ਹਾਂ", "ਨੌਕਰੀ ਕਰਦੀ ਹਾਂ",
                                        "ਕਮਾਉਂਦਾ ਹਾਂ", "ਕਮਾਉਂਦੀ ਹਾਂ",
                                        # the work said by what they do: "HGV ਚਲਾਉਂਦਾ ਹਾਂ", "ਰਾਤਾਂ ਦੀ ਡਿਊਟੀ ਕਰਦਾ"
                                        # (a vehicle driven: "ਵਟਸਐਪ ਚਲਾਉਂਦੀ ਹਾਂ" is using WhatsApp; a taxi is most
                                        # often driven self-employed, 83% of licensed drivers in England (DfT, Taxi
                                        # and Private Hire Vehicle Statistics 2019, as summarised at
                                        # https://www.taxisave.co.uk/blog/interesting-taxi-and-private-hire-vehicle-statistics),
                                        # so it is left to the question; their own shop is self-employed, which a
                                        # phrase of its own says)
                                        *(f"{what} ਚਲਾਉਂਦ{a}" for what in ("hgv", "bus", "van", "truck", "lorry",
                                                                         "forklift", "ਬੱਸ", "ਟਰੱਕ", "ਗੱਡੀ", "ਵੈਨ",
                                                                         "ਲਾਰੀ", "ਫੋਰਕਲਿਫਟ")
                                          for a in ("ਾ", "ੀ")),
                                        "ਡਿਊਟੀ ਕਰਦਾ", "ਡਿਊਟੀ ਕਰਦੀ",
                                        # "ਆਂ" for "ਹਾਂ", as spoken; shifts done
                                        "ਕੰਮ ਕਰਦਾ ਆਂ", "ਕੰਮ ਕਰਦੀ ਆਂ", "ਸ਼ਿਫਟ ਕਰਦਾ", "ਸ਼ਿਫਟ ਕਰਦੀ", "ਸ਼ਿਫਟਾਂ ਕਰਦਾ",
                                        "ਸ਼ਿਫਟਾਂ ਕਰਦੀ", "ਸ਼ਿਫਟ ਲਾਉਂਦਾ", "ਸ਼ਿਫਟ ਲਾਉਂਦੀ", "ਸ਼ਿਫਟਾਂ ਲਾਉਂਦਾ", "ਸ਼ਿਫਟਾਂ ਲਾਉਂਦੀ")),
        ("background=low_wage;employment_status=employed",
         ("ਤਨਖਾਹ ਘੱਟ", "ਤਨਖਾਹ ਬਹੁਤ ਘੱਟ", "ਘੱਟ ਤਨਖਾਹ", "ਤਨਖ਼ਾਹ ਘੱਟ", "ਤਨਖ਼ਾਹ ਬਹੁਤ ਘੱਟ", "ਘੱਟ ਤਨਖ਼ਾਹ", "ਕਮਾਈ ਘੱਟ",
          "ਪੈਸੇ ਘੱਟ", "ਪੈਸੇ ਬਹੁਤ ਘੱਟ", "ਘੱਟ ਪੈਸੇ", "ਮਿਨੀਮਮ ਵੇਜ", "ਪੈਸੇ ਪੂਰੇ ਨਹੀਂ",
          # little rather than low: "ਤਨਖਾਹ ਬਹੁਤ ਥੋੜ੍ਹੀ ਹੈ"
          "ਤਨਖਾਹ ਥੋੜ੍ਹੀ", "ਤਨਖਾਹ ਬਹੁਤ ਥੋੜ੍ਹੀ", "ਥੋੜ੍ਹੀ ਤਨਖਾਹ", "ਤਨਖ਼ਾਹ ਥੋੜ੍ਹੀ", "ਤਨਖ਼ਾਹ ਬਹੁਤ ਥੋੜ੍ਹੀ",
          "ਪੈਸੇ ਥੋੜ੍ਹੇ", "ਪੈਸੇ ਬਹੁਤ ਥੋੜ੍ਹੇ")),
        ("background=displaced_worker;employment_status=employed",
         ("ਫੈਕਟਰੀ ਬੰਦ ਹੋ ਰਹੀ", "ਕੰਪਨੀ ਬੰਦ ਹੋ ਰਹੀ", "ਮਸ਼ੀਨਾਂ ਲਗਾ ਰਹੇ")),
        ("employment_status=employed", ("ਡਰਾਈਵਰ ਹਾਂ", "ਵਰਕਰ ਹਾਂ", "ਕਲੀਨਰ ਹਾਂ", "ਸ਼ੈੱਫ ਹਾਂ", "ਡਰਾਈਵਰ ਆਂ", "ਵਰਕਰ ਆਂ",
                                        "ਮੈਨੇਜਰ ਹਾਂ", "ਮੈਨੇਜਰ ਆਂ",
                                        # hours of work had: "ਸਿਰਫ਼ weekend ਤੇ 16 ਘੰਟੇ ਕੰਮ ਮਿਲਦਾ"
                                        "ਘੰਟੇ ਕੰਮ ਮਿਲਦਾ", "ਘੰਟੇ ਕੰਮ ਕਰਦਾ", "ਘੰਟੇ ਕੰਮ ਕਰਦੀ", "ਘੰਟੇ ਦਾ ਕੰਮ")),
        # changing line of work: "ਹੁਣ ਲਾਈਨ ਬਦਲਣੀ ਚਾਹੁੰਦਾ"
        ("background=career_changer", ("ਲਾਈਨ ਬਦਲਣੀ", "ਲਾਈਨ ਬਦਲਣਾ", "ਲਾਈਨ ਬਦਲਣ")),
        ("background=school_leaver", ("ਕਾਲਜ ਖਤਮ ਹੋਇਆ", "ਕਾਲਜ ਹੁਣੇ ਖਤਮ", "ਸਕੂਲ ਖਤਮ ਹੋਇਆ", "ਸਕੂਲ ਹੁਣੇ ਖਤਮ",
                                      # the English word, as often typed: "college ਖ਼ਤਮ ਹੋਇਆ"
                                      "college ਖਤਮ", "school ਖਤਮ",
                                      # the school exams or sixth form just done: "ਹੁਣੇ ਸਿਕਸਥ ਫਾਰਮ ਖਤਮ ਕੀਤਾ"
                                      "ਸਿਕਸਥ ਫਾਰਮ ਖਤਮ", "sixth form ਖਤਮ", "gcse ਖਤਮ", "gcses ਖਤਮ", "a levels ਖਤਮ",
                                      "ਜੀਸੀਐਸਈ ਖਤਮ", "gcse ਦੇ ਪੇਪਰ ਦਿੱਤੇ", "gcse ਦਿੱਤੇ", "gcses ਦਿੱਤੇ", "a levels ਕੀਤੇ",
                                      "ਏ ਲੈਵਲ ਕੀਤੇ")),
        ("employment_status=in_education", ("ਮਾਸਟਰਜ਼ ਕਰ ਰਿਹਾ", "ਮਾਸਟਰਜ਼ ਕਰ ਰਹੀ", "ਡਿਗਰੀ ਕਰ ਰਿਹਾ", "ਡਿਗਰੀ ਕਰ ਰਹੀ",
                                            "ਪੜ੍ਹਾਈ ਕਰ ਰਿਹਾ", "ਪੜ੍ਹਾਈ ਕਰ ਰਹੀ")),
        ("employment_status=self_employed", ("ਆਪਣਾ ਕੰਮ ਹੈ", "ਆਪਣਾ ਕੰਮ ਆ", "ਆਪਣਾ ਕੰਮ", "ਆਪਣਾ ਛੋਟਾ ਜਿਹਾ ਕੰਮ", "ਆਪਣਾ ਛੋਟਾ ਕੰਮ", "ਆਪਣਾ ਕਾਰੋਬਾਰ", "ਆਪਣੀ ਦੁਕਾਨ", "ਦੁਕਾਨ ਹੈ",
                                             "ਆਪਣਾ ਬਿਜ਼ਨਸ")),
        ("background=displaced_worker;employment_status=unemployed",
         ("ਰਿਡੰਡੈਂਸੀ ਹੋ ਗਈ", "ਰਿਡੰਡੈਂਟ ਹੋ ਗਿਆ", "ਰਿਡੰਡੈਂਟ ਹੋ ਗਈ",
          # the English word, as often typed: "ਫੈਕਟਰੀ ਵਿੱਚ redundancy ਹੋ ਗਈ"
          "redundancy ਹੋ ਗਈ", "redundant ਹੋ ਗਿਆ", "redundant ਹੋ ਗਈ", "redundancy ਮਿਲ ਗਈ",
          # not allowed to work while a claim is decided
          "ਕੰਮ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ", "ਕੰਮ ਕਰਨ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ",
          "ਫੈਕਟਰੀ ਬੰਦ ਹੋ ਗਈ", "ਕੰਪਨੀ ਬੰਦ ਹੋ ਗਈ", "ਮਸ਼ੀਨਾਂ ਲਗਾ ਦਿੱਤੀਆਂ", "ਨੌਕਰੀ ਤੋਂ ਕੱਢ ਦਿੱਤਾ", "ਕੰਮ ਤੋਂ ਕੱਢ ਦਿੱਤਾ")),
        ("background=career_changer", ("ਕੰਮ ਬਦਲਣਾ", "ਕਰੀਅਰ ਬਦਲਣਾ", "ਨਵਾਂ ਕਰੀਅਰ", "ਇਹ ਕੰਮ ਛੱਡ ਕੇ")),
        ("background=school_leaver", ("ਸਕੂਲ ਖਤਮ ਕੀਤਾ", "ਸਕੂਲ ਖ਼ਤਮ ਕੀਤਾ", "ਸਕੂਲ ਪੂਰਾ ਕੀਤਾ", "ਸਕੂਲ ਛੱਡਿਆ",
                                      "ਸਕੂਲ ਮੁੱਕ ਗਿਆ", "ਸਕੂਲ ਮੁੱਕਿਆ", "ਕਾਲਜ ਮੁੱਕ ਗਿਆ", "ਕਾਲਜ ਮੁੱਕਿਆ", "ਕਾਲਜ ਖਤਮ ਹੋ ਗਿਆ",
                                      "ਸਕੂਲ ਖਤਮ ਹੋ ਗਿਆ")),
        # a degree done: "ਜਲੰਧਰ ਤੋਂ ਬੀ.ਟੈਕ ਕੀਤੀ", "ਅੰਮ੍ਰਿਤਸਰ ਤੋਂ ਬੀ.ਏ. ਕੀਤੀ", "ਐਮ.ਏ. ਬੀ.ਐੱਡ ਕੀਤੀ ਹੋਈ ਆ" (with the verb:
        # "ਡਿਗਰੀ ਨਹੀਂ" is none)
        ("qualification_level=6", tuple(f"{d} {v}" for d in ("ਡਿਗਰੀ", "ਬੀ ਏ", "ਬੀਏ", "ਬੀ ਟੈਕ", "ਬੀਟੈਕ", "ਬੀ ਐਸ ਸੀ", "ਬੀ ਕਾਮ",
                                                          "ਬੀ ਐੱਡ", "ਗ੍ਰੈਜੂਏਸ਼ਨ") for v in ("ਕੀਤੀ", "ਕੀਤਾ"))),
        ("qualification_level=7", tuple(f"{d} {v}" for d in ("ਐਮ ਏ", "ਐਮਏ", "ਐਮ ਐਸ ਸੀ", "ਐਮ ਬੀ ਏ", "ਮਾਸਟਰ", "ਮਾਸਟਰਜ਼",
                                                          "ਐਮ ਏ ਬੀ ਐੱਡ") for v in ("ਕੀਤੀ", "ਕੀਤਾ"))),
    ],
    "ar": [
        ("immigration_status=british_irish", ("مواطن بريطاني", "مواطنة بريطانية", "جواز سفر بريطاني",
                                              "الجنسية البريطانية", "جنسية بريطانية", "ولدت هنا", "انا بريطاني",
                                              "أنا بريطاني", "انا بريطانية", "أنا بريطانية", "عندي جنسية",
                                              "معي جنسية", "عندي الجنسية", "معي الجنسية", "أخذت الجنسية",
                                              "اخذت الجنسية")),
        ("immigration_status=pre_settled", ("ما قبل الاستقرار", "ما قبل التوطين", "بري سيتلد")),
        ("immigration_status=visa_holder", ("تأشيرة", "تاشيرة", "فيزا", "على تأشيرة", "تأشيرة زوجية", "تأشيرة عمل",
                                            "تأشيرة دراسة")),
        ("immigration_status=asylum_seeker;background=refugee",
         ("طالب لجوء", "طالبة لجوء", "طلب لجوء", "طلب اللجوء", "قرار اللجوء", "ملف اللجوء", "قضية اللجوء",
          "طلبي للجوء", "أنتظر اللجوء", "قدمت على اللجوء", "مقدم لجوء", "قدمت لجوء", "قدمت طلب لجوء",
          "مقدم على لجوء", "منتظر الرد من الهوم اوفس", "انتظر رد الهوم اوفس",
          # said of someone asked for: "قدم لجوء وينتظر رد الهوم أوفيس"
          "قدم لجوء", "قدم على اللجوء", "قدم طلب لجوء", "ينتظر رد الهوم", "تنتظر رد الهوم",
          # the English word: "عندي asylum claim", "قضية asylum"
          "asylum claim", "asylum seeker", "قضية asylum", "طلب asylum",
          # ...and in Arabizi: "2addamt asylum w lissa mastanni el 2arar"
          "2addamt asylum", "2adamt asylum", "addamt asylum", "2dmt asylum", "talab asylum", "taleb lujoo2",
          "talib luju2", "2addamt lujoo2", "2addamt luju2",
          # applied for the right of asylum: "قدمت على حق اللجوء"
          "قدمت على حق اللجوء", "قدم على حق اللجوء", "طلب حق اللجوء", "طلبت حق اللجوء", "مقدم على حق اللجوء")),
        ("immigration_status=afghan_resettlement", ("إعادة التوطين الأفغاني", "اعادة التوطين الافغاني",
                                                    "برنامج التوطين الأفغاني", "برنامج اراب", "برنامج أراب")),
        ("immigration_status=refugee;background=refugee",
         ("لاجئ", "لاجئة", "لاجئه", "حصلت على اللجوء", "حصلت على حق اللجوء", "معي لجوء", "صفة لاجئ",
          # residence as a refugee, with "as" written onto it: "أخدت الإقامة كلاجئ"
          "كلاجئ", "كلاجئة", "اقامة لاجئ", "إقامة لاجئ",
          # granted, said every way: "أخذت حق اللجوء", "اتمنحت حق اللجوء", "حصل على صفة اللاجئ", "أخدت اللجوء"
          "صفة اللاجئ", "أخذت حق اللجوء", "اخذت حق اللجوء", "أخدت حق اللجوء", "اخدت حق اللجوء", "اتمنحت حق اللجوء",
          "منحت حق اللجوء", "حصل على حق اللجوء", "حصلت على صفة", "حصل على صفة", "أخذت اللجوء", "اخذت اللجوء",
          "أخدت اللجوء", "اخدت اللجوء")),
        ("employment_status=unemployed", ("ما عم اشتغل", "ما عم بشتغل", "مش عم اشتغل", "مو عم اشتغل", "ما عم أشتغل",
                                          "عاطل عن العمل", "عاطل", "عاطلة", "لا أعمل", "بدون عمل", "فقدت عملي",
                                          "بدون شغل", "بلا شغل", "صرت بدون شغل", "ما بتشتغل", "مش شغالة",
                                          "مش شغال", "ما بيشتغل",
                                          # Arabizi, as typed in Latin letters
                                          "ma 3ndi shoghl", "ma 3andi shoghl", "ma3ndi shoghl", "ma3andi shoghl",
                                          "ma 3andi khedma", "ma3andi khedma", "bala shoghl", "bdun shoghl",
                                          # (with 3' for its ghain: "ma 3ande sho3'l halla2")
                                          "ma 3ande sho3'l", "ma 3andi sho3'l", "ma 3nde sho3'l", "ma 3ande shoghl",
                                          "ma 3nde shoghl", "ma 3ande shi8el",
                                          "ma khdamch", "ma kankhdamch", "ma 3am eshtghel", "mesh 3am eshtghel",
                                          # Iraqi "there is no": "ماكو عندي شغل"
                                          "ماكو شغل", "ماكو عندي شغل", "ماكو عمل",
                                          # not allowed to work (a claim being decided), however "work" is said
                                          "مش مسموح لي اشتغل", "ما مسموح لي اشتغل", "مو مسموح لي اشتغل",
                                          "غير مسموح لي بالعمل", "ممنوع اشتغل", "ممنوع من العمل",
                                          "خسرت شغلي", "لا يسمح لي بالعمل", "ما بشتغل", "ما عندي شغل", "لا يعمل",
                                          "لا تعمل", "بدون عمل الآن",
                                          # no permission to work: "ما معه تصريح شغل", "ما عندي إذن عمل"
                                          "ما معه تصريح", "ما معها تصريح", "ما عندي تصريح", "ما عنده تصريح",
                                          "ما عندي اذن عمل", "ما عندي إذن عمل", "ليس لدي تصريح عمل",
                                          # Moroccan's "not" round the word: "ودابا ما خدامةش"
                                          "ما خدامةش", "ما خدامش", "ماخدامش", "ماخدامةش", "ما كنخدمش",
                                          "ما كتخدمش", "ما خدامين")),
        # where they worked, closed: "كنت شغال في مغسلة عربات والمحل قفل"
        ("background=displaced_worker;employment_status=unemployed",
         ("والمحل قفل", "المحل قفل", "المحل سكر", "المصنع قفل", "المصنع سكر", "الشركة قفلت", "الشركة سكرت",
          "المحل أغلق", "المصنع أغلق", "أغلق المصنع", "أغلقت الشركة", "اتقفل المحل", "اتقفل المصنع")),
        ("english_level=basic", ("لغتي الإنجليزية ضعيفة", "لغتي الانجليزية ضعيفة", "إنجليزيتي ضعيفة",
                                 "انجليزيتي ضعيفة", "الإنجليزية ضعيفة", "الانجليزية ضعيفة", "إنجليزي ضعيف",
                                 "انجليزي ضعيف", "قليل من الإنجليزية", "قليل من الانجليزية")),
        ("english_level=intermediate", ("إنجليزيتي متوسطة", "انجليزيتي متوسطة", "لغتي الإنجليزية متوسطة",
                                        "لغتي الانجليزية متوسطة", "إنجليزي متوسط", "انجليزي متوسط")),
        ("english_level=none", ("لا أتكلم الإنجليزية", "لا أتكلم الانجليزية", "لا أتحدث الإنجليزية",
                                "لا أتحدث الانجليزية", "لا أعرف الإنجليزية", "لا اعرف الانجليزية")),
        ("immigration_status=settled", ("إقامة دائمة", "اقامة دائمة", "الإقامة الدائمة", "الاقامة الدائمة")),
        ("availability=evenings_weekends", ("الدراسة مساء فقط", "الدراسة في المساء فقط", "أدرس مساء فقط",
                                            "أدرس في المساء فقط")),
        # "where I work" is work; "to work" ("أريد أن أعمل") is a wish: NOT_PLAIN_BEFORE below
        ("employment_status=employed", ("أنا ممرضة", "أنا ممرض", "أنا سائق باص", "أنا سائق حافلة", "أنا معلم",
                                        "أنا معلمة", "أنا مدرس", "أنا مدرسة", "أنا عامل في مصنع",
                                        "أنا عاملة في مصنع", "أنا حارس أمن")),
        # Arabizi: "khddam f restaurant", "bshtghel b warehouse"
        ("employment_status=employed", ("khddam f", "khdama f", "kankhdem f", "bshtghel b", "beshtghel b",
                                        "bashtghel b",
                                        # as Iraq says "I work": "ashtu3'ul tabba5 b mat3am"
                                        "ashtu3'ul", "ashtughul", "ashtughl", "ashta3'el",
                                        # with 8 for its ghain: "bashta8al f restaurant", "ashti8il b car wash"
                                        *(f"{verb} {at}" for verb in ("bashta8al", "bshta8al", "beshta8al",
                                                                      "bashta8el", "bshta8el", "ashti8il",
                                                                      "ashta8il", "ashta8el", "ba4ta8al")
                                          for at in ("f", "fi", "b", "bi")))),
        ("employment_status=employed", ("الذي أعمل فيه", "التي أعمل فيها", "ما زلت أعمل",
                                        "لا زلت أعمل", "موظف", "موظفة", "أعمل", "أشتغل", "اشتغل",
                                        # working, as Egypt and the Levant say it: "شغال في مطعم"
                                        "شغال في", "شغالة في", "بشتغل في", "بشتغل",
                                        # ...said with when: "وشغالة دلوقتي مساعدة في صيدلية" (a "not" before it
                                        # is none: NOT_PLAIN_BEFORE)
                                        "شغال دلوقتي", "شغالة دلوقتي", "شغال هلق", "شغالة هلق", "شغال حاليا",
                                        "شغالة حاليا", "شغال هسه", "شغالة هسه",
                                        # ...and as Morocco says it: "خدامة فالتنظيف", "كنخدم فواحد الشركة"
                                        "خدام", "خدامة", "كنخدم", "كانخدم")),
        ("background=low_wage;employment_status=employed",
         ("براتب قليل", "راتب قليل", "راتبي قليل", "الراتب قليل", "راتب ضعيف", "راتبي ضعيف", "راتب منخفض",
          "أجر قليل", "أجر منخفض", "الحد الأدنى للأجور", "بأجر منخفض", "بأجر قليل", "بأجر زهيد", "بأجر ضعيف",
          # the pay, as Morocco names it: "الخلصة قليلة بزاف"
          "الخلصة قليلة", "الخلصة ضعيفة",
          # not enough to live on: "والراتب ما يكفي"
          "الراتب ما يكفي", "والراتب ما يكفي", "راتبي ما يكفي", "الراتب لا يكفي", "راتبي لا يكفي", "الراتب ما بيكفي",
          "المعاش ما يكفي",
          # the money, as said in Iraq and the Levant: "الفلوس قليلة ما تكفي"
          "الفلوس قليلة", "الفلوس قليله", "الفلوس ما تكفي", "المصاري قليلة", "المصاري ما بتكفي")),
        ("background=displaced_worker", ("بسبب الآلات", "بسبب الأتمتة", "بسبب الروبوتات", "استبدلونا بالآلات",
                                         "المصنع سيغلق", "سيغلق المصنع", "الشركة ستغلق", "ستغلق الشركة")),
        ("background=displaced_worker;employment_status=unemployed",
         ("أغلق المصنع", "أغلقوا المصنع", "تم تسريحي", "سرحوني", "استغنوا عني", "أغلقت الشركة",
          # laid off, as Egypt and the Levant say it: "اتسرحت الشهر اللي فات"
          "اتسرحت", "انسرحت", "تسرحت", "سرّحوني", "ريدندنسي")),
        ("employment_status=unemployed", ("قاعدة بالبيت", "قاعد بالبيت", "قاعدة في البيت", "قاعد في البيت")),
        ("background=career_changer", ("اغير شغلتي", "أغير شغلتي", "اغير شغلي", "أغير شغلي", "اغير مصلحتي",
                                       "أغير مصلحتي", "غير مصلحتي",
                                       "تغيير مهنتي", "تغيير المهنة", "تغيير مجالي", "أغير مجالي", "أغير مهنتي",
                                       "مهنة جديدة", "مسار مهني جديد", "أنتقل إلى مجال",
                                       # ("بدي غيّر مجالي لـ cyber security", the ا of "I" left off as spoken)
                                       "غير مجالي", "اغير مجالي", "غير شغلي", "غير مهنتي", "اغير مهنتي")),
        ("background=refugee;immigration_status=refugee", ("برنامج إعادة التوطين", "برنامج اعادة التوطين",
                                                           "إعادة التوطين", "اعادة التوطين")),
        ("qualification_level=6", ("إجازة جامعية", "اجازة جامعية", "شهادة جامعية", "بكالوريوس", "ليسانس")),
        ("background=school_leaver", ("خلصت المدرسة", "خلصت الثانوية", "خلصت التوجيهي", "خلص المدرسة",
                                      "أنهيت المدرسة", "أنهى المدرسة", "أنهت المدرسة", "أنهيت الثانوية",
                                      "أنهى الثانوية", "أنهت الثانوية", "تخرجت من المدرسة", "انتهيت من المدرسة",
                                      # the school exams just done: "خلصت امتحانات الـ GCSE هالصيف"
                                      "خلصت امتحانات", "خلص امتحانات", "أنهت امتحانات", "أنهى امتحانات",
                                      "أنهيت امتحانات", "خلصت gcse", "خلص gcse", "خلصت ال gcse", "خلص ال gcse",
                                      "خلص year 11", "خلصت year 11", "خلص year 13", "خلصت year 13",
                                      # in Arabizi: "5allast el GCSEs hatha el sayf"
                                      "5allast el gcses", "5allast el gcse", "5allast gcses", "5alast el gcses")),
        ("qualification_level=6", ("عندي شهادة بكالوريوس", "لدي شهادة بكالوريوس", "عندي بكالوريوس", "لدي بكالوريوس",
                                   "أحمل شهادة بكالوريوس", "خريج جامعة", "خريجة جامعة", "عندي شهادة جامعية",
                                   "لدي شهادة جامعية")),
        ("qualification_level=7", ("عندي ماجستير", "لدي ماجستير", "عندي شهادة ماجستير", "لدي شهادة ماجستير")),
        # working freelance: "شغال فري لانس سواق توصيل"
        ("employment_status=self_employed", ("فري لانس", "فريلانس", "عمل حر", "شغل حر", "على حسابي")),
        # a university graduate, said by the field: "خريجة صيدلة القاهرة", "متخرجة أدب إنكليزي من جامعة دمشق"
        ("qualification_level=6", ("متخرج من جامعة", "متخرجة من جامعة", "تخرجت من جامعة", "تخرجت من الجامعة",
                                   *(f"{who} {field}" for who in ("خريج", "خريجة", "متخرج", "متخرجة")
                                     for field in ("كلية", "صيدلة", "هندسة", "تجارة", "حقوق", "أدب", "ادب", "آداب",
                                                   "اداب", "علوم", "تربية", "محاسبة")))),
    ],
    "pl": [
        ("immigration_status=british_irish", ("obywatel brytyjski", "obywatelka brytyjska", "obywatelstwo brytyjskie",
                                              "brytyjskie obywatelstwo", "paszport brytyjski", "brytyjski paszport")),
        ("immigration_status=pre_settled", ("pre-settled", "pre settled", "status tymczasowy", "tymczasowy status")),
        ("immigration_status=visa_holder", ("na wizie", "wizę", "wiza", "wizy")),
        ("immigration_status=asylum_seeker;background=refugee",
         ("ubiegam się o azyl", "wniosek o azyl", "wniosek azylowy", "decyzję azylową", "w sprawie azylu",
          "czekam na azyl", "procedurze azylowej", "ubiegający się o azyl", "poprosiłem o azyl", "poprosiłam o azyl",
          "poprosiłem tu o azyl", "poprosiłam tu o azyl", "złożyłem wniosek o azyl", "złożyłam wniosek o azyl")),
        ("immigration_status=refugee;background=refugee",
         ("uchodźca", "uchodźczyni", "uchodźcą", "status uchodźcy", "dostałem azyl", "dostałam azyl")),
        ("employment_status=unemployed", ("nie pracuję", "bezrobotny", "bezrobotna", "straciłem pracę",
                                          "straciłam pracę", "bez pracy", "nie mam pracy", "szukam pracy")),
        ("english_level=basic", ("słabo mówię po angielsku", "słabo znam angielski", "słabo po angielsku",
                                 "mój angielski jest słaby", "słaby angielski", "trochę mówię po angielsku",
                                 "angielski słabo")),
        ("english_level=none", ("nie mówię po angielsku", "nie znam angielskiego", "nie znam angielski")),
        # in between: "angielski mówię średnio", "komunikatywny angielski"
        ("english_level=intermediate", ("angielski mówię średnio", "mówię średnio po angielsku", "angielski średnio",
                                        "średnio po angielsku", "angielski na średnim poziomie", "komunikatywny angielski",
                                        "angielski komunikatywnie", "dogaduję się po angielsku")),
        ("immigration_status=settled", ("status osiedlenia", "status osiedleńca", "stały pobyt")),
        ("availability=evenings_weekends", ("uczyć tylko wieczorami", "uczyć się tylko wieczorami",
                                            "studiować tylko wieczorami", "mogę tylko wieczorami")),
        # a wish to work ("chcę pracować") is not work; "pracuję" is, unless "nie pracuję" (longest wins, so
        # an employed phrase is never longer than its negation)
        ("employment_status=employed", ("jestem magazynierem", "jestem magazynierką", "jestem pielęgniarką",
                                        "jestem pielęgniarzem", "jestem kierowcą autobusu", "jestem nauczycielem",
                                        "jestem nauczycielką", "jestem opiekunką", "jestem opiekunem",
                                        "jestem ochroniarzem", "jestem operatorem wózka", "jestem pracownikiem")),
        # the work said by what they drive: "jeżdżę autobusem w National Express", "jeżdżę wózkiem widłowym"
        ("employment_status=employed", tuple(f"{drive} {what}" for drive in ("jeżdżę", "jezdze")
                                             for what in ("autobusem", "wózkiem", "wozkiem", "na wózku", "na wozku",
                                                          "ciężarówką", "ciezarowka", "tirem", "busem",
                                                          "taksówką", "taksowka", "na taxi", "na ubera",
                                                          "na uberze", "w firmie", "na magazynie"))),
        # the work said as the work: "Sprzątam biura na pół etatu"; no work, said object first: "pracy nie mam"
        ("employment_status=employed", ("sprzątam", "sprzatam")),
        ("employment_status=unemployed", ("pracy nie mam", "roboty nie mam", "nie mam roboty")),
        ("employment_status=employed", ("pracuję", "zarabiam", "mam pracę",
                                        # work done, said as people do: "robię na magazynie na nocki"
                                        "robię na", "robię w", "robię jako")),
        ("background=low_wage;employment_status=employed",
         ("najniższa krajowa", "najniższą krajową", "za najniższą", "minimalna krajowa", "minimalną krajową",
          "za minimalną", "za minimalna",
          "płaca minimalna", "płacy minimalnej", "minimalna stawka", "minimalną stawkę", "mało zarabiam",
          "słabo zarabiam", "niska pensja", "niską pensję", "słabo płatna", "słabo płatnej", "nisko płatna",
          "kasa jest marna", "marna kasa", "marne pieniądze", "wychodzą z tego grosze",
          "nisko płatnej", "mało płacą", "kiepsko płacą", "marne pieniądze", "za marne pieniądze", "za grosze",
          "marne grosze", "słabo płacą",
          # barely lasting to payday: "Ledwo starcza do pierwszego"
          "ledwo starcza", "ledwo wystarcza", "ledwo wiążę koniec z końcem", "nie starcza do pierwszego")),
        ("background=displaced_worker;employment_status=employed",
         ("zamykają zakład", "zamykają fabrykę", "fabryka się zamyka", "zakład się zamyka", "wprowadzają roboty",
          "wprowadzają automatyzację", "nie będę miał pracy", "nie będę miała pracy",
          # still to come, said in the future: "w marcu zamykają i wszyscy stracimy pracę"
          "stracimy pracę", "stracę pracę", "zamykają magazyn", "zamykają firmę", "zamykają sklep",
          "zamykają nas", "firma się zamyka", "magazyn się zamyka", "będą zwolnienia", "będą zwalniać",
          "zwalniają ludzi", "likwidują stanowisko", "likwidują moje stanowisko", "idę na zwolnienie grupowe")),
        ("background=displaced_worker;employment_status=unemployed",
         ("zamknęli zakład", "zamknęli fabrykę", "zamknięto zakład", "zamknięto fabrykę", "zwolnili mnie",
          "zostałem zwolniony", "zostałam zwolniona", "redukcja etatów", "zastąpiły mnie roboty",
          "zastąpiła mnie maszyna")),
        ("background=career_changer", ("zmienić branżę", "zmienić zawód", "zmiana branży", "zmiana zawodu",
                                       "przekwalifikować", "przebranżowić", "nowy zawód", "zmienić pracę na",
                                       # said as a noun: "myślę o przekwalifikowaniu się na analityka danych"
                                       "przekwalifikowanie", "przekwalifikowaniu", "przekwalifikowania",
                                       "przebranżowienie", "przebranżowieniu", "przebranżowienia")),
        ("background=school_leaver", ("skończyłem szkołę", "skończyłam szkołę", "skończył szkołę", "skończyła szkołę",
                                      "skończyłem college", "skończyłam college", "skończył college",
                                      "skończyła college", "skończyłem koledż", "skończyłam koledż",
                                      "kończy szkołę", "kończę szkołę", "skończyłem liceum", "skończyłam liceum",
                                      "skończył liceum", "skończyła liceum", "skończyłem technikum",
                                      "skończył technikum",
                                      # the school exams or sixth form just done, named in English
                                      "skończyłem gcse", "skończyłam gcse", "skończył gcse", "skończyła gcse",
                                      "zdałem gcse", "zdałam gcse", "zdał gcse", "zdała gcse",
                                      "skończyłem sixth form", "skończyłam sixth form", "skończył sixth form",
                                      "skończyła sixth form", "skończyłem t level", "skończyłam t level",
                                      "skończył t level", "skończyła t level")),
        ("qualification_level=6", ("skończyłem studia", "skończyłam studia", "ukończyłem studia",
                                   "ukończyłam studia", "mam licencjat", "mam wyższe wykształcenie",
                                   "skończyłam licencjat", "skończyłem licencjat", "zrobiłam licencjat",
                                   "zrobiłem licencjat",
                                   "jestem inżynierem", "mam tytuł inżyniera")),
        ("qualification_level=7", ("mam magistra", "mam tytuł magistra", "skończyłem studia magisterskie",
                                   "skończyłam studia magisterskie")),
        # the matura passed is the level of A levels (eval/residents/dev.yml's sources): "zdał maturę"
        ("qualification_level=3", ("zdałem maturę", "zdałam maturę", "zdał maturę", "zdała maturę", "mam maturę",
                                   "ma maturę", "z maturą")),
        ("employment_status=in_education", ("uczę się w college", "uczę się w szkole", "chodzę do college",
                                            "chodzę do szkoły", "jestem w college", "studiuję", "jestem studentem",
                                            "jestem studentką", "uczy się w college", "chodzi do szkoły")),
        # on an agency's books with no shifts given: "agencja nie daje godzin", "nie mają dla mnie zmian"
        ("employment_status=unemployed", ("bez roboty", "nie daje godzin", "nie dają godzin", "nie mają dla mnie zmian",
                                          "nie mają dla mnie pracy")),
        # settled status, said in full: "ma status osoby osiedlonej"
        ("immigration_status=settled", ("osoby osiedlonej", "osoba osiedlona", "status osiedlony")),
        # the degree named alone: "mam licencjat z pedagogiki", "inżyniera z budownictwa", "ekonomię (magisterkę)"
        # (not the forms a "nie mam" takes: "nie mam licencjatu")
        ("qualification_level=6", ("licencjat", "licencjatem", "inżyniera z", "inzyniera z", "studia inżynierskie")),
        ("qualification_level=7", ("magisterkę", "magisterka", "magisterke", "magisterium")),
    ],
    "ro": [
        ("immigration_status=british_irish", ("cetățean britanic", "cetatean britanic", "cetățeană britanică",
                                              "cetatenie britanica", "cetățenie britanică", "pașaport britanic",
                                              "pasaport britanic")),
        ("immigration_status=pre_settled", ("pre-settled", "pre settled", "statut temporar", "statutul temporar")),
        ("immigration_status=visa_holder", ("viză", "viza", "vize", "pe viză", "pe viza")),
        ("immigration_status=asylum_seeker;background=refugee",
         ("cerere de azil", "solicitant de azil", "solicitantă de azil", "decizia de azil", "decizia pentru azil",
          "aștept azilul", "cererea de azil", "am cerut azil", "a cerut azil", "am solicitat azil", "am depus cerere")),
        ("immigration_status=refugee;background=refugee",
         ("refugiat", "refugiată", "statut de refugiat", "am primit azil")),
        ("employment_status=unemployed", ("nu lucrez", "șomer", "șomeră", "nu am loc de muncă", "fără loc de muncă",
                                          "mi am pierdut locul de muncă", "am rămas fără loc de muncă",
                                          "nu am serviciu", "caut de lucru", "caut loc de muncă", "am fost concediat",
                                          "am fost concediată", "m au concediat", "m au dat afară", "am fost dat afară",
                                          # as often texted: "nu am servici", "n am de lucru"
                                          "nu am servici", "n am serviciu", "n am servici", "nu am de lucru",
                                          "n am de lucru", "nu am job", "n am job", "nu am un job",
                                          # doing nothing, neither school nor work ("nu face nimic, nici
                                          # școală nici lucru")
                                          "nu face nimic", "nu fac nimic", "nici școală nici lucru",
                                          "nici școală nici serviciu",
                                          "nu lucrează", "nu muncește")),
        ("english_level=basic", ("engleza mea e slabă", "engleza mea este slabă", "engleza slabă",
                                 "vorbesc puțin engleza", "vorbesc puțină engleză", "puțină engleză")),
        ("english_level=intermediate", ("engleza medie", "engleză medie", "engleza la nivel mediu", "engleza mediu",
                                        "mă descurc în engleză", "mă descurc în engleza", "vorbesc engleza mediu")),
        ("english_level=none", ("nu vorbesc engleza", "nu vorbesc engleză", "nu vorbesc limba engleză",
                                "nu știu engleza", "nu știu engleză")),
        ("immigration_status=settled", ("rezidență permanentă", "statut de rezident permanent")),
        ("availability=evenings_weekends", ("studia doar seara", "învăța doar seara", "pot doar seara",
                                            "pot numai seara")),
        # "vreau să lucrez în..." is a wish and "nu lucrez" a "not": NOT_PLAIN_BEFORE below
        ("employment_status=employed", ("sunt asistentă medicală", "sunt asistent medical", "sunt asistentă",
                                        "sunt șofer de autobuz", "sunt profesor", "sunt profesoară", "sunt învățătoare",
                                        "sunt îngrijitoare", "sunt îngrijitor", "sunt paznic", "sunt muncitor",
                                        "sunt muncitoare", "sunt operator", "sunt angajat", "sunt angajată",
                                        "sunt recepționeră", "sunt recepționer", "sunt receptionera",
                                        "sunt vânzătoare", "sunt vânzător", "sunt vanzatoare", "sunt ospătar",
                                        "sunt ospătăriță", "sunt bucătar", "sunt bucătăreasă", "sunt curier",
                                        "sunt casieră", "sunt casier", "sunt electrician", "sunt instalator")),
        ("employment_status=employed", ("sunt șofer", "sunt sofer", "lucrez ca", "lucrez", "câștig")),
        ("background=low_wage;employment_status=employed",
         ("salariul minim", "salariu minim", "salariu mic", "salariul mic", "câștig puțin", "prost plătit",
          "prost plătită", "plătit prost", "bani puțini", "salariu foarte mic", "salariul e mic", "salariul este mic",
          "salariu e mic",
          # barely enough: "abia îmi ajung banii", "nu-mi ajung banii"
          "abia ajung", "abia îmi ajung", "abia imi ajung", "nu îmi ajung banii", "nu imi ajung banii", "nu-mi ajung banii")),
        # a job loss still to come, said with the words of the loss: the whole phrase outweighs "fără loc de
        # muncă" in the work group, so it is in work now ("o să rămân fără loc de muncă")
        ("employment_status=employed;background=displaced_worker",
         ("o să rămân fără loc de muncă", "voi rămâne fără loc de muncă", "o să rămânem fără loc de muncă",
          "vom rămâne fără loc de muncă", "o să rămân fără serviciu", "o să rămân fără job", "o să fiu concediat",
          "o să fiu concediată", "o să fim concediați", "o să mă concedieze", "o să ne concedieze")),
        ("background=displaced_worker;employment_status=employed",
         ("se închide", "fabrica se închide", "închid fabrica", "ne înlocuiesc cu roboți", "aduc roboți",
          "automatizare", "aduce roboți", "aduc roboti")),
        ("background=displaced_worker;employment_status=unemployed",
         ("am fost disponibilizat", "am fost disponibilizată", "s a închis fabrica", "a închis fabrica",
          # the firm gone into administration or bankrupt: "o firma care a intrat in administrare"
          "a intrat în administrare", "a intrat în insolvență", "a dat faliment", "a falimentat",
          "au închis fabrica", "m au înlocuit", "unde lucram s a închis", "s a închis și am rămas",
          # let go, all of them together: "ne-au dat afară pe toți"
          "ne au dat afară", "ne au dat afara", "ne au concediat", "ne au disponibilizat")),
        ("employment_status=self_employed", ("pe cont propriu", "pfa", "pe pfa")),
        ("background=career_changer", ("m am săturat", "m am saturat", "să mă reorientez", "reorientare profesională", "să schimb domeniul",
                                       "să mă reprofilez", "reprofilare", "mă reprofilez",
                                       "schimbare de carieră", "să mă recalific", "recalificare", "o nouă carieră",
                                       "să schimb meseria", "să schimb cariera")),
        ("background=school_leaver", ("am terminat școala", "a terminat școala", "termin școala", "termină școala",
                                      "am terminat liceul", "a terminat liceul", "tocmai am terminat școala",
                                      "tocmai a terminat școala",
                                      # the school exams or sixth form just done: "tocmai am terminat GCSE-urile"
                                      "am terminat gcse", "a terminat gcse", "am dat gcse", "a dat gcse",
                                      "am terminat sixth form", "a terminat sixth form", "am terminat colegiul",
                                      "a terminat colegiul", "am terminat year 11", "a terminat year 11",
                                      "am terminat year 13", "a terminat year 13")),
        ("qualification_level=6", ("am licență", "am licența", "am diplomă de licență", "am terminat facultatea",
                                   "am absolvit facultatea", "am studii superioare")),
        ("qualification_level=7", ("am master", "am masterat", "am terminat masteratul")),
        # the degree named with where or what: "licență la Politehnica", "licențiată în litere" ("nu am licență"
        # is none, so not the word alone)
        ("qualification_level=6", tuple(f"{d} {p}" for d in ("licență", "licenta", "licența", "licențiat",
                                                             "licențiată", "licentiat", "licentiata")
                                        for p in ("la", "în", "in", "de la"))),
        ("qualification_level=7", tuple(f"{d} {p}" for d in ("master", "masterat", "masteratul")
                                        for p in ("la", "în", "in", "de la"))),
    ],
}

# Work named by the employer alone, as people say where they work: "jestem na Amazonie", "sunt la Tesco", "Amazon
# پر ہوں", "ਮੈਂ Sainsbury's ਵਿੱਚ ਹਾਂ", "أنا في أمازون". The big employers of shop floors and warehouses, written as
# residents write them (a firm's name is usually in Latin letters inside a message in another script).
EMPLOYERS = ("amazon", "tesco", "asda", "aldi", "lidl", "sainsburys", "sainsbury's", "morrisons", "primark",
             "royal mail", "dpd", "evri", "hermes", "jlr", "jaguar land rover", "mcdonalds", "mcdonald's", "kfc",
             "greggs", "costa", "boots", "argos", "ikea", "iceland", "poundland", "home bargains", "ups", "dhl",
             "yodel", "b&m", "next", "co-op", "the range", "wickes", "screwfix")
_EMPLOYERS_IN_SCRIPT = {
    "ar": ("أمازون", "امازون", "تيسكو", "اسدا", "أسدا", "الدي", "ألدي", "ليدل", "سينسبري", "سينزبريز", "بريمارك",
           "موريسونز", "رويال ميل", "ماكدونالدز"),
    "ur": ("ایمیزون", "ایمازون", "ٹیسکو", "آسڈا", "ایسڈا", "پرائمارک", "لِڈل", "لڈل", "آلڈی", "سینسبریز", "رائل میل"),
    "pa": ("ਐਮਾਜ਼ਾਨ", "ਐਮਾਜ਼ੋਨ", "ਟੈਸਕੋ", "ਟੇਸਕੋ", "ਐਸਡਾ", "ਪ੍ਰਾਈਮਾਰਕ", "ਲਿਡਲ", "ਆਲਡੀ", "ਸੇਨਸਬਰੀ", "ਰਾਇਲ ਮੇਲ"),
}
# "I am at" (or "in", "on") before the employer, per table; Polish says where in the locative, so its forms
# are listed whole.
_AT_EMPLOYER = {
    "ur": ("{} پر ہوں", "{} میں ہوں", "{} پہ ہوں", "{} پر کام", "{} میں کام", "{} کے ویئرہاؤس", "{} کے گودام"),
    "ur-latn": ("{} par hun", "{} pe hun", "{} mein hun", "{} mai hun", "{} par kaam", "{} mein kaam",
                "{} ke warehouse", "{} ke store", "{} ki shop"),
    "pa": ("{} ਵਿੱਚ ਹਾਂ", "{} 'ਚ ਹਾਂ", "{} ਤੇ ਹਾਂ", "{} ਵਿੱਚ ਕੰਮ", "{} ਤੇ ਕੰਮ", "{} ਦੇ ਵੇਅਰਹਾਊਸ"),
    "ar": ("انا في {}", "أنا في {}", "انا ب{}", "أنا ب{}", "ana fi {}", "ana f {}", "ana fe {}", "ana b{}"),
    "ro": ("sunt la {}", "sunt angajat la {}", "sunt angajată la {}", "lucrez la {}", "lucrez în {}"),
}
_POLISH_AT = ("jestem na amazonie", "jestem w amazonie", "jestem w tesco", "jestem w lidlu", "jestem w asdzie",
              "jestem w aldim", "jestem w primarku", "jestem w sainsburys", "jestem w morrisonsie",
              "jestem w royal mail", "jestem w dpd", "jestem na produkcji", "jestem na budowie", "jestem na magazynie",
              # on shifts: "na nockach" (on nights), "na zmiany"
              "na nockach", "na nocki", "pracuję na zmiany")


def _at_employer(table: str) -> Tuple[str, ...]:
    if table == "pl":
        return _POLISH_AT
    names = EMPLOYERS + _EMPLOYERS_IN_SCRIPT.get(table.split("-")[0], ())
    return tuple(frame.format(name) for frame in _AT_EMPLOYER[table] for name in names)


# At home with the children, doing nothing now, finding no work, or not allowed to work, said of themselves or of
# the person asked for: not in work.
_AT_HOME = {
    "pl": ("siedzę z dziećmi", "siedzę w domu", "siedzę w domu z dziećmi", "jestem w domu z dziećmi",
           "zajmuję się domem", "zajmuję się dziećmi", "nic nie robię", "nic nie robi", "na bezrobociu",
           "nie mogę znaleźć pracy", "nie mogę znaleźć roboty"),
    "ro": ("stau acasă", "stau acasă cu copiii", "stau acasa cu copiii", "sunt acasă cu copiii", "sunt casnică",
           "nu fac nimic", "nu face nimic", "stă acasă", "nu mai lucrez", "nu mai am de lucru", "nu am de lucru",
           "nu mai muncesc", "nu găsesc de lucru", "nu gasesc de lucru"),
    "ar": ("ربة بيت", "ربة منزل", "قاعدة بالبيت", "قاعد بالبيت", "قاعدة في البيت", "قاعد في البيت", "ما اشتغل",
           "ماني شغال", "ماني شغالة", "مو شغال", "مو شغالة", "بالبيت مع الأولاد", "بالبيت مع الاولاد",
           "ما لقيت شغل", "ما لقيت عمل", "ما عم اشتغل", "ما عم يشتغل", "ما عم تشتغل", "ما شغال", "ما شغالة",
           "ما عندي اذن شغل", "ما عندي إذن شغل", "ما عندي اذن عمل", "ما مسموحلي اشتغل", "ما مسموحلي أشتغل",
           "ممنوع اشتغل", "ما خدام", "ما خدامة"),
    "ur": ("گھر پر ہوتی ہوں", "گھر میں ہوتی ہوں", "گھریلو خاتون", "کچھ نہیں کر رہا", "کچھ نہیں کر رہی",
           "کچھ نہیں کرتا", "کچھ نہیں کرتی", "نوکری نہیں مل رہی", "کام نہیں مل رہا", "جاب نہیں مل رہی",
           "کوئی نوکری نہیں کی", "کوئی کام نہیں کیا"),
    "ur-latn": ("ghar par hoti hun", "ghar pe hoti hun", "ghar mein hoti hun", "housewife hun", "kuch nahi kar raha",
                "kuch nahi kar rahi", "kuch nahi karta", "kuch nahi karti", "job nahi mil rahi", "kaam nahi mil raha",
                "naukri nahi mil rahi", "job nahi karti", "job nahi karta", "kaam nahi karti", "kaam nahi karta"),
    "pa": ("ਘਰ ਹੀ ਹੁੰਦੀ ਹਾਂ", "ਘਰੇ ਹੀ ਹੁੰਦੀ ਹਾਂ", "ਘਰੇਲੂ ਔਰਤ", "ਕੁਝ ਨਹੀਂ ਕਰ ਰਿਹਾ", "ਕੁਝ ਨਹੀਂ ਕਰ ਰਹੀ", "ਕੁਝ ਨਹੀਂ ਕਰਦਾ",
           "ਕੁਝ ਨਹੀਂ ਕਰਦੀ", "ਹੁਣ ਵਿਹਲਾ ਹਾਂ", "ਹੁਣ ਵਿਹਲੀ ਹਾਂ", "ਹਾਲੇ ਵਿਹਲਾ", "ਹਾਲੇ ਵਿਹਲੀ", "ਵਿਹਲਾ ਹੈ ਹਾਲੇ",
           "ਜੌਬ ਨਹੀਂ ਮਿਲ ਰਹੀ", "ਕਿਤੇ ਕੰਮ ਨਹੀਂ ਮਿਲਦਾ", "ਕੋਈ ਕੰਮ ਨਹੀਂ ਮਿਲਦਾ", "ਕੰਮ ਨਹੀਂ ਮਿਲ ਰਿਹਾ", "ਨੌਕਰੀ ਨਹੀਂ ਮਿਲ ਰਹੀ", "ਨੌਕਰੀ ਨਹੀਂ ਕੀਤੀ"),
}
for _table in STATEMENTS:
    STATEMENTS[_table] += [("employment_status=employed", _at_employer(_table)),
                           ("employment_status=unemployed", _AT_HOME[_table])]

# A spouse or partner named as the one in work, in the words right before it: "Mąż pracuje na magazynie" (Polish
# folds "pracuje", he works, and "pracuję", I work, alike), "gozi sha3'al": theirs, not the resident's.
SPOUSES: Dict[str, Tuple[str, ...]] = {
    "pl": ("mąż", "męża", "żona", "partner", "partnerka", "chłopak", "narzeczony"),
    "ro": ("soțul", "sotul", "soția", "sotia", "bărbatul", "barbatul", "partenerul", "nevasta", "soțu", "sotu"),
    "ar": ("زوجي", "جوزي", "زوجتي", "مراتي", "gozi", "gouzy", "gozy", "zawji", "zoji"),
    "ur": ("شوہر", "میاں", "خاوند", "بیوی", "گھر والے"),
    "ur-latn": ("shohar", "shauhar", "husband", "miyan", "khawand", "biwi", "wife"),
    "pa": ("ਘਰਵਾਲੇ", "ਘਰਵਾਲਾ", "ਘਰਵਾਲੀ", "ਪਤੀ", "ਪਤਨੀ", "ਹਸਬੈਂਡ"),
}

# Words that make a topic named in the same message something they want to learn, not what they did.
# Also a wish in the third person (someone asked for: "wants", "likes"), and a task they cannot do yet
# ("مجھے ای میل بھیجنا نہیں آتا", I don't know how to send an email): the topic is what they need.
# A course named by its English name is learning in any language: "ਕੰਪਿਊਟਿੰਗ ਦੀ HNC ਕਰਨੀ ਆ ਪਾਰਟ ਟਾਈਮ"
_COURSES_NAMED = ("hnc", "hnd", "bootcamp", "esol")
LEARNING: Dict[str, Tuple[str, ...]] = {
    "ur": ("سیکھنا", "سیکھنی", "سیکھنے", "سیکھنا چاہتا", "سیکھنا چاہتی", "کورس", "چاہتا", "چاہتی", "چاہتے",
           "نہیں آتا", "نہیں آتی", "نہیں آتے", "چاہیے", "پڑھنا", "پڑھ سکتا", "پڑھ سکتی", *_COURSES_NAMED,
           # keen on it, or thinking of learning it: "کوڈنگ کا بہت شوق ہے", "سوچ رہا ہوں کوڈنگ سیکھ کر"
           "شوق ہے", "شوق", "سیکھ کر", "سوچ رہا ہوں", "سوچ رہی ہوں"),
    "ur-latn": ("seekhna", "seekhni", "seekhne", "sikhna", "sikhni", "course karna", "chahta", "chahti",
                "karna hai", "karni hai", "nahi aata", "nahi aati", "chahiye", "parhna", "parh sakta",
                "parh sakti", *_COURSES_NAMED),
    "pa": ("ਸ਼ੌਕ", "ਬਣਨਾ", "ਬਣਨੀ", "ਬਾਰੇ ਪੁੱਛਦਾ", "ਬਾਰੇ ਪੁੱਛਦੀ", "ਸਿੱਖਣੀਆਂ", "ਸਿੱਖਣਾ", "ਸਿੱਖਣੀ", "ਸਿੱਖਣ", "ਕੋਰਸ", "ਚਾਹੁੰਦਾ", "ਚਾਹੁੰਦੀ", "ਚਾਹੁੰਦੇ", "ਨਹੀਂ ਆਉਂਦਾ", "ਨਹੀਂ ਆਉਂਦੀ", "ਚਾਹੀਦਾ",
           "ਚਾਹੀਦੀ", "ਪੜ੍ਹਨਾ", "ਪੜ੍ਹ ਸਕਦਾ", "ਪੜ੍ਹ ਸਕਦੀ", *_COURSES_NAMED,
           # interested in it, or a job in it looked for: "ਸਾਈਬਰ ਸਕਿਓਰਿਟੀ ਵਿੱਚ ਦਿਲਚਸਪੀ ਹੈ", "ਮਾਰਕੀਟਿੰਗ 'ਚ ਨੌਕਰੀ ਲੱਭਦੀ ਆ"
           "ਦਿਲਚਸਪੀ", "ਨੌਕਰੀ ਲੱਭ", "ਲੱਭਦੀ", "ਲੱਭਦਾ"),
    "ar": ("نفسي", "بدها", "بده", "بدي", "بدو", "حابب", "حابة", "عايز", "عايزة", "عاوز", "عاوزة", "أرغب", "ارغب", "داير",
           "بغيت", "بغا", "بغات", "نتعلم", "يرغب", "ترغب", "دراسة", "يدرس", "تدرس", "بحب", "بتحب", "بيحب",
           "الانتقال", "أتعلم", "تعلم", "يتعلم", "تتعلم", "أدرس", "دورة", "دورات", "كورس", "أريد", "اريد", "يريد", "تريد",
           "أحب", "احب", "يحب", "تحب", "أود", "يود", "تود", "لا أعرف كيف", "لا اعرف كيف",
           "لا أعرف استخدام", "لا أعرف أستخدم", "لا أستطيع استخدام", "التسجيل في", "أبحث عن دورة",
           # in Arabizi: "3ayez at3alem programming"
           "3ayez", "3ayza", "3awez", "3awza", "badi", "bade", "bdi", "at3alem", "at3allam", "et3allam", "nt3allam",
           "at3lm", "kors", "course", *_COURSES_NAMED),
    "pl": ("interesuje go", "interesuje ją", "interesuje mnie", "wejść w", "nauczyć się", "uczyć się", "nauczyc sie", "uczyć", "nauczyć", "kurs", "kursu", "kursy", "szkolenie",
           "szkolenia", "chcę", "chciałbym", "chciałabym", "chce", "interesuje się", "interesuję się",
           "przekwalifikować", "pracować z", "nie umiem", "nie potrafię", "bootcamp", "bootcampu", "zapisać się",
           "szukam kursu", "kursie", "szukam", "szuka", "praktyk", "praktyki", "pracować w",
           "przekwalifikowanie", "przekwalifikowaniu", "przekwalifikowania", "przebranżowieniu", "myślę o",
           # a wish said of someone asked for: "chciałby zostać programistą"
           "chciałby", "chciałaby", "chce zostać", "chcę zostać", "zostać"),
    "ro": ("să învăț", "învăț", "să învăţ", "să învețe", "învețe", "curs", "cursuri", "cursul", "vreau", "vrea",
           "aș vrea", "să folosesc", "să folosească", "să lucrez cu", "să lucreze cu", "nu știu să", "nu stiu sa",
           "învăța", "să studiez", "studia", "bootcamp", "caut", "ucenicie", "să lucrez în", "îi place", "îi plac",
           "îi plăcea", "mă interesează", "interesează", "mă atrage",
           # turning towards a field: "m-am gândit să mă reorientez spre analiza datelor"
           "mă reorientez", "să mă reorientez", "reorientez spre", "să trec spre", "mă îndrept spre"),
}


# Something with computers, left open: "کوئی کمپیوٹر کورس", "ਕੰਪਿਊਟਰ ਦਾ ਕੋਈ ਕੋਰਸ", "ceva cu calculatorul", "coś z
# komputerem", "شي على الكمبيوتر". As in English ("something with computers"), the field is asked, not taken
# to be everyday computer skills, unless the basics are what they name (ANSWER_WORDS' general_digital words).
SOMETHING: Dict[str, Tuple[str, ...]] = {
    "ur": ("کوئی", "کچھ"),
    "ur-latn": ("koi", "kuch", "kuchh"),
    "pa": ("ਕੋਈ", "ਕੁਝ", "ਕੁੱਝ"),
    "ar": ("شي", "شيء", "شيئا", "أي", "اي"),
    "pl": ("coś", "czegoś", "jakiś", "jakiegoś", "jakichś", "jakieś"),
    "ro": ("ceva", "vreun", "un curs"),
}
BASICS: Dict[str, Tuple[str, ...]] = {
    "ur": ("بنیادی", "بیسک", "بیسکس", "ای میل", "انٹرنیٹ"),
    "ur-latn": ("bunyadi", "basic", "basics", "email", "internet"),
    "pa": ("ਮੁੱਢਲਾ", "ਮੁੱਢਲੀ", "ਬੇਸਿਕ", "ਬੇਸਿਕਸ", "ਈਮੇਲ", "ਇੰਟਰਨੈੱਟ", "ਇੰਟਰਨੈਟ"),
    "ar": ("أساسيات", "اساسيات", "الأساسيات", "الإيميل", "ايميل", "الانترنت", "الإنترنت"),
    "pl": ("podstawy", "podstaw", "obsługa komputera", "obsługi komputera", "internet", "poczta", "maila", "email"),
    "ro": ("de bază", "de baza", "email", "internet"),
}

# Moving into a field ("ڈیٹا اینالسس کی طرف جانا", "IT mein switch karna", "wejść w analizę danych"): said by
# someone who names work they do or did (WORK_SAID), a change of career, as in English (bot.language.situations).
MOVING_INTO: Dict[str, Tuple[str, ...]] = {
    "ur": ("کی طرف جانا", "میں سوئچ", "سوئچ کرنا", "میں جانا چاہتا", "میں جانا چاہتی", "کی طرف جاؤں"),
    # (or something else in a field: "ab IT mein kuch aur karna chahta hun")
    "ur-latn": ("switch karna", "switch karni", "mein switch", "ki taraf jana", "mein kuch aur karna", "kuch aur karna chahta",
                "kuch aur karna chahti"),
    "pa": ("ਵੱਲ ਜਾਣਾ", "ਵਿੱਚ ਸਵਿੱਚ", "ਵਿੱਚ ਜਾਣਾ ਚਾਹੁੰਦਾ", "ਵਿੱਚ ਜਾਣਾ ਚਾਹੁੰਦੀ"),
    "ar": ("أنتقل إلى", "انتقل الى", "أنتقل الى", "أدخل مجال", "ادخل مجال", "الانتقال إلى", "الانتقال الى",
           # going back to the work they did: "عايز أرجع لشغل المكاتب"
           "أرجع لشغل", "ارجع لشغل", "أرجع للشغل", "ارجع للشغل", "أرجع للعمل", "ارجع للعمل", "أرجع إلى", "ارجع الى"),
    "pl": ("wejść w", "przejść do", "przejść na", "przejść w"),
    "ro": ("să trec în", "să trec la", "să trec pe", "să intru în", "să intru pe"),
}
# Work they do or did, said of themselves (regexes on the folded message): "10 سال اکاؤنٹنٹ رہی ہوں",
# "pharmacist thi", "byłam księgową", "am fost profesoară", "كنت مهندس".
WORK_SAID: Dict[str, str] = {
    "ur": r"(?:\S+ ){1,2}(?:رہا|رہی) ہوں|(?:کام|نوکری|جاب) (?:کرتا|کرتی|کیا)|(?:چلاتا|چلاتی) ہوں",
    # (Roman Urdu names jobs in English: "nurse hun", "pharmacist thi")
    # (and the vehicle they drive: "Solihull mein taxi chalata hun")
    "ur-latn": r"\b(?:" + OCCUPATIONS + "|" + JOBLIKE + r") (?:hun|hoon|hu|thi|tha|rahi|raha)\b|\bkaam (?:karta|karti|kiya)\b"
               r"|\b(?:taxi|uber|cab|bus|lorry|truck|van|gaari|gari|gadi) (?:chalata|chalati) (?:hun|hoon|hu|tha|thi)\b",
    # (and a post held: "ਸਕੂਲ ਵਿੱਚ teaching assistant ਲੱਗੀ ਹੋਈ ਹਾਂ")
    # (and a job named in English: "ਅੱਠ ਸਾਲਾਂ ਤੋਂ bus driver ਹਾਂ")
    "pa": r"(?:ਰਹੀ|ਰਿਹਾ) ਹਾਂ|ਕੰਮ ਕਰਦ|(?:ਲੱਗੀ ਹੋਈ|ਲੱਗਾ ਹੋਇਆ) ਹਾਂ|\b(?:" + OCCUPATIONS + r") (?:ਹਾਂ|ਆਂ)",
    # (and in Arabizi: "ashtu3'ul tabba5 b mat3am")
    "ar": r"(?:^| )(?:كنت|اشتغلت|عملت|اعمل|بشتغل|واعمل|واشتغل|وكنت|kunt|ashtu3 ul|ashtughul|bashta8al|bashtghel|"
          r"ashti8il|ashtaghel|bshtghel|khddam|khdama)(?: |$)",
    "pl": r"\b(?:bylam|bylem|pracowalam|pracowalem|pracuje|jestem) \w+",
    "ro": r"\b(?:am fost|am lucrat|lucrez|sunt) \w+",
}

# Being free at a time, said of themselves: "صرف شام کو فارغ ہوتا ہوں" (I'm only free in the evenings) is
# when they could study, as much as a clause about learning is.
FREE: Dict[str, Tuple[str, ...]] = {
    # ...and the studying itself, or what they can manage: "ਪੜ੍ਹਾਈ ਸਿਰਫ਼ ਸਵੇਰੇ ਹੋ ਸਕਦੀ", "pot doar dimineața"
    # ...or time they have: "صرف شام کو وقت ملتا ہے", "ਸ਼ਾਮ ਨੂੰ ਹੀ ਟਾਈਮ ਹੁੰਦਾ" (only in the evening is there time)
    "ur": ("فارغ", "فارغ ہوتا", "فارغ ہوتی", "پڑھائی", "وقت ملتا", "وقت ہوتا", "ٹائم ملتا", "ٹائم ہوتا"),
    "ur-latn": ("farigh", "farig", "free hota", "free hoti", "parhai", "course", "waqt milta", "time milta",
                "time hota"),
    "pa": ("ਵਿਹਲਾ", "ਵਿਹਲੀ", "ਵੇਹਲਾ", "ਵੇਹਲੀ", "ਪੜ੍ਹਾਈ", "ਟਾਈਮ ਹੁੰਦਾ", "ਟਾਈਮ ਮਿਲਦਾ", "ਵਕਤ ਮਿਲਦਾ", "ਸਮਾਂ ਮਿਲਦਾ"),
    # (or when they can come: "أكدر أجي بس وكت العصر", Iraqi "I can come only at...")
    "ar": ("فاضي", "فاضية", "متفرغ", "متفرغة", "الدراسة", "عندي وقت", "بكون عندي وقت", "أقدر أجي", "اقدر اجي",
           "أكدر أجي", "اكدر اجي", "بقدر اجي", "بقدر إجي"),
    # (time had, said in either order: "Timp am doar sâmbăta și duminica", "czas mam tylko w weekendy")
    "pl": ("wolny", "wolna", "wolne", "wolnego czasu", "nauka", "mogę tylko", "moge tylko", "mam czas", "czas mam"),
    "ro": ("liber", "liberă", "libera", "pot doar", "pot numai", "am timp", "timp am", "timp liber"),
}

# Words that, right before a phrase of being in work or of a qualification, make it a wish, a "not" or the past:
# "أريد أعمل" (I want to work), "كنت أعمل" (I used to work), "nu lucrez", "să lucrez", "nie pracuję", "nu am licență".
NOT_PLAIN_BEFORE: Dict[str, Tuple[str, ...]] = {
    "ar": ("أن", "ان", "لا", "ولا", "ما", "لن", "لم", "كنت", "وكنت", "أريد", "اريد", "أود", "بدي", "ابغى", "أحب",
           # wanting, as Sudan and Egypt say it: "داير أشتغل", "عايز أشتغل"
           "داير", "دايرة", "دايره", "وداير", "عايز", "عايزة", "أرغب", "ارغب",
           # ...and Morocco's "not" and "want": "ماشي خدام", "بغيت نخدم"
           "ماشي", "بغيت",
           # Egypt's and the Gulf's "not" ("مش شغالة"), and wanting in Arabizi ("arid ashti8il b el computer")
           "مش", "مو", "arid", "areed", "3ayez", "3ayza", "badi", "bade", "bdi", "biddi", "abi", "abgha",
           # going back to work is a wish, not a job held: "بدي أرجع أشتغل"
           "أرجع", "ارجع", "نرجع", "arja3", "erja3"),
    "ro": ("nu", "să", "sa", "vreau", "aș", "as"),
    "pl": ("nie", "chcę", "chce", "już"),
    "ur": ("نہیں", "نہ"),
    "ur-latn": ("nahi", "nahin"),
    "pa": ("ਨਹੀਂ", "ਨਾ"),
}

# Words of paid work (bot.language.answers.at_work). A study time said in the same clause is when they work
# ("pracuję wieczorami", "din mein gaari chalata hun"), not when they can study, unless the time phrase itself
# names the work ("po pracy", after work).
WORKING: Dict[str, Tuple[str, ...]] = {
    "ur": ("کام", "نوکری", "ڈیوٹی", "شفٹ", "جاب", "گاڑی چلاتا", "گاڑی چلاتی"),
    "ur-latn": ("kaam", "kam", "naukri", "nokri", "duty", "dooty", "shift", "job", "gaari chalata", "gaari chalati"),
    "pa": ("ਕੰਮ", "ਨੌਕਰੀ", "ਡਿਊਟੀ", "ਸ਼ਿਫਟ"),
    "ar": ("أعمل", "اعمل", "أشتغل", "اشتغل", "بشتغل", "عملي", "شغلي", "دوامي", "وردية", "العمل"),
    "pl": ("pracuję", "pracuje", "praca", "pracy", "pracę", "zmiany", "zmianę", "zmianach"),
    "ro": ("lucrez", "lucrează", "muncă", "munca", "serviciu", "serviciul", "tura", "ture"),
}

# Words of earning: an amount in the same clause, with its period ("1300 funtów miesięcznie", "mahine ke
# 1200 pound"), is their pay, read as bot.language.answers reads a reply to the income question.
EARNING: Dict[str, Tuple[str, ...]] = {
    "ur": ("کماتا", "کماتی", "تنخواہ", "کمائی"),
    "ur-latn": ("kamata", "kamati", "tankhwah", "tankhwa", "salary", "kamai"),
    "pa": ("ਕਮਾਉਂਦਾ", "ਕਮਾਉਂਦੀ", "ਤਨਖਾਹ", "ਤਨਖ਼ਾਹ", "ਕਮਾਈ"),
    "ar": ("أتقاضى", "راتبي", "أكسب", "دخلي"),
    "pl": ("zarabiam", "zarobki", "pensja", "pensji", "wypłata"),
    "ro": ("câștig", "salariul", "salariu"),
}


# A workplace closing, said with the workplace and the closing apart ("Fabryka w Coventry, gdzie pracowałam 8
# lat, zamknęli we wrześniu"): (workplaces, as the start of the word, so any ending counts; closed, done;
# closing, to come). Within a few words of each other, done is out of work and to come is still in work;
# either way the resident is a displaced worker (bot.language.situations says the same in English).
CLOSURES: Dict[str, Tuple[Tuple[str, ...], Tuple[str, ...], Tuple[str, ...]]] = {
    "pl": (("fabryk", "zakład", "zaklad", "firm", "magazyn", "sklep", "biur", "hut", "kopalni", "oddział",
            "oddzial", "centrum dystrybucyjn"),
           # (not "zamknięty", closed as a state: "sklep jest zamknięty w niedziele")
           ("zamknęli", "zamknięto", "zamknęła się", "zamknął się", "upadła", "upadł", "zbankrutowała",
            "zbankrutował", "zlikwidowali", "zlikwidowano"),
           ("zamykają", "zamkną", "zamykana", "zamykany", "likwidują", "zlikwidują", "przenoszą", "przeniosą")),
    "ro": (("fabric", "depozit", "firm", "magazin", "birou", "uzin", "compani", "atelier"),
           ("s-a închis", "s-a inchis", "au închis", "au inchis", "a închis", "a inchis", "a dat faliment",
            "a falimentat", "s-a desființat", "s-a desfiintat"),
           ("se închide", "se inchide", "se va închide", "se va inchide", "vor închide", "vor inchide",
            "închid", "inchid", "o să se închidă", "o sa se inchida", "se mută", "se muta")),
    "ur": (("فیکٹری", "کمپنی", "گودام", "دکان", "کارخانہ", "کارخانے", "مل", "ویئر ہاؤس", "فاؤنڈری"),
           ("بند ہو گئی", "بند ہو گیا", "بند ہوگئی", "بند ہوگیا", "بند کر دی", "بند کر دیا", "بند کردی",
            "بند کردیا"),
           ("بند ہو رہی", "بند ہو رہا", "بند ہونے والی", "بند ہونے والا", "بند ہو جائے گی", "بند ہو جائے گا",
            "بند کر رہے")),
    "ur-latn": (("factory", "company", "godam", "godown", "dukaan", "dukan", "warehouse", "karkhana", "mill",
                 "foundry"),
                ("band ho gayi", "band ho gaya", "band hogayi", "band hogaya", "band kar di", "band kar diya",
                 "band kardi", "band kardiya"),
                ("band ho rahi", "band ho raha", "band hone wali", "band hone wala", "band ho jayegi",
                 "band ho jaegi", "band ho jayega", "band kar rahe")),
    "pa": (("ਫੈਕਟਰੀ", "ਫ਼ੈਕਟਰੀ", "ਕੰਪਨੀ", "ਗੋਦਾਮ", "ਦੁਕਾਨ", "ਕਾਰਖਾਨਾ", "ਕਾਰਖਾਨੇ", "ਵੇਅਰਹਾਊਸ", "ਫਾਊਂਡਰੀ", "ਫ਼ਾਊਂਡਰੀ"),
           ("ਬੰਦ ਹੋ ਗਈ", "ਬੰਦ ਹੋ ਗਿਆ", "ਬੰਦ ਕਰ ਦਿੱਤੀ", "ਬੰਦ ਕਰ ਦਿੱਤਾ"),
           ("ਬੰਦ ਹੋ ਰਹੀ", "ਬੰਦ ਹੋ ਰਿਹਾ", "ਬੰਦ ਹੋਣ ਵਾਲੀ", "ਬੰਦ ਹੋਣ ਵਾਲਾ", "ਬੰਦ ਹੋ ਜਾਵੇਗੀ", "ਬੰਦ ਹੋ ਜਾਵੇਗਾ",
            "ਬੰਦ ਕਰ ਰਹੇ")),
    "ar": (("المصنع", "مصنع", "الشركة", "شركة", "المستودع", "مستودع", "المحل", "محل", "المكتب", "المعمل",
            "معمل", "الفرع",
            # Arabizi: "el factory li kont ishtighil fiha sakkaret"
            "factory", "masna3", "sharika", "ma3mal"),
           ("أغلق", "أغلقت", "أُغلق", "أُغلقت", "سكر", "سكّر", "تسكر", "أفلس", "أفلست", "أقفل", "أقفلت",
            # said of "them": "سكّروه الشهر الماضي" (they closed it last month)
            "سكروه", "سكروها", "سكروا", "قفلوه", "قفلوها", "أغلقوه", "اغلقوه", "أغلقوها", "وسكروه", "وسكروها",
            # said of the firm, a "she": "الشركة اللي كنت اشتغل فيها سكّرت"
            "سكرت", "سكّرت", "قفلت", "تسكرت", "انسكرت",
            "وسكروا", "وقفلوه", "وأغلقوه",
            "sakkaret", "sakkar", "sakaret", "sakkarat", "sakkaro", "sakkarouha", "2afalet", "2afal", "safalet", "fallaset",
            "aflaset"),
           ("سيغلق", "ستغلق", "سوف يغلق", "سوف تغلق", "سيتم إغلاق", "سيتم اغلاق", "رح يسكر", "رح تسكر",
            "سيسكر", "يغلقون", "سيقفل")),
}
# words from the workplace to its closing (the closing may also come up to 3 words before): "جس فیکٹری میں وہ بیس
# سال سے کام کر رہے تھے وہ پچھلے مہینے بند ہو گئی" puts fourteen between
CLOSURE_SPAN = 16

__all__ = ["BASICS", "CLOSURES", "CLOSURE_SPAN", "EARNING", "EMPLOYERS", "FREE", "LEARNING", "MOVING_INTO", "SPOUSES", "WORK_SAID",
           "NOT_PLAIN_BEFORE", "SOMETHING", "STATEMENTS", "WORKING"]
