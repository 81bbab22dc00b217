"""A birthday just had, said in the first person ("became 52"), and the English word for asylum inside an Urdu
or Arabic message."""

import pytest

from tests.bot.language.test_understanding_facts_in_languages import facts


@pytest.mark.parametrize("language, text, age", [
    ("ur", "میں پچھلے مہینے باون سال کا ہو گیا ہوں۔ Smethwick میں رہتا ہوں۔", 52),
    ("ur", "Pichlay hafte 45 ka hua hun. Caldmore, Walsall mein rehta hun.", 45),
    ("ur", "main 45 saal ka ho gaya hun", 45),
    ("pa", "ਮੈਂ ਪਿਛਲੇ ਮਹੀਨੇ 50 ਸਾਲ ਦਾ ਹੋ ਗਿਆ ਹਾਂ", 50),
])
def test_an_age_just_reached_in_the_first_person_is_their_age(understanding, language, text, age):
    said = facts(understanding, text, language)
    assert said.get("age") == age and "asking_for" not in said


def test_a_sons_age_just_reached_is_his_and_asked_for(understanding):
    said = facts(understanding, "میرا بیٹا 18 سال کا ہو گیا ہے", "ur")
    assert said.get("age") == 18 and said.get("asking_for") == "he"


@pytest.mark.parametrize("language, text", [
    ("ur", "میں Small Heath میں رہتا ہوں، عمر ۲۷ سال۔ میرا asylum کا کیس ابھی Home Office میں چل رہا ہے۔"),
    ("ar", "عندي asylum claim من سنة وساكن في Coventry"),
])
def test_the_english_word_for_asylum_in_another_script_is_an_asylum_seeker(understanding, language, text):
    assert facts(understanding, text, language).get("immigration_status") == "asylum_seeker"


@pytest.mark.parametrize("language, text", [
    ("pa", "ਮੈਂ ੧੮ ਸਾਲ ਦਾ ਹਾਂ, ਹੁਣੇ ਸਿਕਸਥ ਫਾਰਮ ਖਤਮ ਕੀਤਾ"),
    ("ar", "ابني عمره ١٦ سنة وخلص امتحانات الـ GCSE هالصيف"),
    ("ro", "Am 17 ani și tocmai am terminat GCSE-urile"),
    ("pl", "Mam 16 lat, skończyłam GCSE w czerwcu"),
    ("ur", "میری عمر ۱۶ سال ہے، GCSE ختم ہو گئے"),
    ("ro", "am 18 ani și anul ăsta am terminat colegiul"),
    ("ur", "میرا بیٹا سترہ سال کا ہے، اس سال کالج چھوڑ دیا ہے"),
    ("pa", "ਮੈਂ 19 ਦੀ ਹਾਂ, ਪਿਛਲੇ ਸਾਲ A levels ਕੀਤੇ, uni ਨਹੀਂ ਗਈ"),
    ("pl", "mam 18 lat, skonczylem T level z digital w tym roku"),
    ("ar", "ابني عمره ١٧ سنة وخلّص year 11 هالسنة"),
    ("ar", "ana 3umri 16, 5allast el GCSEs hatha el sayf"),
])
def test_school_exams_or_sixth_form_just_done_is_a_school_leaver(understanding, language, text):
    assert facts(understanding, text, language).get("background") == "school_leaver"


@pytest.mark.parametrize("language, text", [
    ("ar", "بدها تدرس شي بالكمبيوتر بدل ما تكمل A levels"),
    ("pl", "chce kurs komputerowy zamiast A levels"),
    ("ro", "vrea un curs de programare în loc de A levels"),
    (None, "rather than A levels she wants an apprenticeship"),
])
def test_a_levels_not_taken_instead_are_no_qualification_held(understanding, language, text):
    assert "qualification_level" not in facts(understanding, text, language)


@pytest.mark.parametrize("language, text", [
    ("pl", "Mam 47 lat, angielski mówię średnio"),
    ("ro", "Am 33 de ani și mă descurc în engleză"),
    ("ar", "عمري 40 وإنجليزيتي متوسطة"),
])
def test_english_in_between_said_in_their_language_is_intermediate(understanding, language, text):
    assert facts(understanding, text, language).get("english_level") == "intermediate"


@pytest.mark.parametrize("language, text", [
    ("ro", "îi place designul, site-urile"),
    ("ro", "să îmi fac singur site-ul firmei"),
    ("pl", "chcę zrobić stronę internetową dla firmy"),
])
def test_a_website_named_with_its_endings_is_web_design(understanding, language, text):
    assert facts(understanding, text, language, asked="interest").get("interest") == "web_design"


def test_wanting_to_go_into_a_field_with_no_work_said_is_no_change_of_career(understanding):
    said = facts(understanding, "میرا بیٹا سترہ سال کا ہے۔ اس نے اس سال GCSE کے پیپر دیے ہیں۔ وہ کمپیوٹر کی لائن میں "
                                "جانا چاہتا ہے", "ur")
    assert said.get("background") == "school_leaver" and said.get("asking_for") == "he"


@pytest.mark.parametrize("language, text", [
    ("ur", "اپنی ٹیکسی چلاتا ہوں، لیکن اب یہ کام چھوڑ کر IT کی طرف جانا چاہتا ہوں"),
    ("ur", "میں دس سال اکاؤنٹنٹ رہا ہوں، اب ڈیٹا میں جانا چاہتا ہوں"),
    ("ar", "كنت محاسب في مصر بس هنا شغال سواق توصيل. عايز أرجع لشغل المكاتب، يمكن تحليل بيانات"),
])
def test_work_they_do_and_a_field_they_would_move_to_is_a_change_of_career(understanding, language, text):
    assert facts(understanding, text, language).get("background") == "career_changer"


@pytest.mark.parametrize("language, text", [
    ("ur", "میں کوونٹری میں ہوٹل میں رہ رہا ہوں، اسائلم کیس چل رہا ہے"),
    ("pa", "ਮੈਂ asylum ਲਈ ਅਪਲਾਈ ਕੀਤਾ ਹੋਇਆ, ਹੋਮ ਆਫਿਸ ਦਾ ਫੈਸਲਾ ਅਜੇ ਨੀ ਆਇਆ"),
    ("pa", "ਮੇਰਾ ਅਸਾਇਲਮ ਕਲੇਮ ਹੋਮ ਆਫ਼ਿਸ ਕੋਲ ਪੈਂਡਿੰਗ ਹੈ"),
    ("ro", "Am cerut azil aici si astept raspuns de la Home Office"),
    ("pl", "Cztery miesiące temu poprosiłem tu o azyl"),
    ("ar", "قدمت على حق اللجوء وأنتظر"),
])
def test_an_asylum_claim_said_every_way_is_an_asylum_seeker(understanding, language, text):
    assert facts(understanding, text, language).get("immigration_status") == "asylum_seeker"


@pytest.mark.parametrize("language, text", [
    ("ar", "أنا من السودان وأخذت حق اللجوء السنة الماضية"),
    ("ar", "حصل على صفة اللاجئ قبل ستة أشهر"),
    ("pa", "ਪਿਛਲੇ ਸਾਲ ਹੋਮ ਆਫ਼ਿਸ ਨੇ ਰਫਿਊਜੀ ਸਟੇਟਸ ਦੇ ਦਿੱਤਾ"),
])
def test_asylum_granted_said_every_way_is_a_refugee(understanding, language, text):
    assert facts(understanding, text, language).get("immigration_status") == "refugee"


@pytest.mark.parametrize("language, text", [
    ("ur", "warehouse mein packing karta hun lekin pay bohat kam hai"),
    ("ro", "lucrez la curatenie intr-un hotel, salariul e mic si vreau altceva"),
    ("ur", "ایک ٹیک اوے میں کام کرتا ہوں۔ گزارا بہت مشکل ہے"),
    ("pa", "ਕੇਅਰ ਹੋਮ ਵਿੱਚ ਕੰਮ ਕਰਦੀ ਆਂ। ਪੈਸੇ ਪੂਰੇ ਨਹੀਂ ਹੁੰਦੇ।"),
    ("ar", "خدامة ف التنظيف ديال البيرووات والخلصة قليلة بزاف"),
    ("pl", "Sprzątam biura na pół etatu i kasa jest marna."),
])
def test_pay_too_low_said_in_their_language_is_low_paid_work(understanding, language, text):
    said = facts(understanding, text, language)
    assert said.get("background") == "low_wage" and said.get("employment_status") == "employed"
