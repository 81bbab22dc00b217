"""Said in their own language: a change of field after the work they do, a course just finished, an age with the
years or the verb left out, not knowing yet, Arabizi's work, time, asylum, closures and tens, going back to work
as a wish, "exactly" after a rough age, turning towards a field (worded fresh, not from the evaluation)."""

import pytest

from tests.bot.language.test_understanding_facts_in_languages import facts


@pytest.mark.parametrize("language, text", [
    ("ur", "Dudley mein bus chalata hun, 39 saal, ab IT mein kuch aur karna chahta hun, data pasand hai"),
    ("pa", "ਮੈਂ ਹਸਪਤਾਲ ਵਿੱਚ cleaner ਲੱਗਾ ਹੋਇਆ ਹਾਂ ਪਰ ਹੁਣ coding ਵੱਲ ਜਾਣਾ ਚਾਹੁੰਦਾ ਹਾਂ"),
    ("ar", "بشتغل سواق بس بدي غيّر مجالي للبرمجة"),
    # a field wanted beside work they do, as English reads it
    ("ar", "ashtu3'ul 7allaq b Walsall w areed at3allam coding"),
    ("pl", "Pracuję w magazynie i chcę nauczyć się programowania"),
])
def test_a_job_they_do_then_a_field_to_move_into_or_wanted_is_a_change_of_career(understanding, language, text):
    assert facts(understanding, text, language).get("background") == "career_changer"


def test_college_just_finished_with_a_word_between_is_a_school_leaver(understanding):
    said = facts(understanding, "salam, 18 saal, sixth form college abhi khatam hua, web design karna hai", "ur")
    assert said.get("background") == "school_leaver"


@pytest.mark.parametrize("language, text, age", [
    ("pa", "ਮੈਂ 27 ਦੀ, Handsworth ਤੋਂ", 27),
    ("ur", "میں 31 کا، Smethwick سے ہوں", 31),
    ("pl", "Facet po czterdziestce, dokładnie 47 lat, mieszkam w Dudley", 47),
    ("ar", "3omri arba3een sene w sakin b Walsall", 40),
])
def test_an_age_said_the_short_way_or_exactly_is_theirs(understanding, language, text, age):
    assert facts(understanding, text, language).get("age") == age


@pytest.mark.parametrize("language, text", [("ur", "ابھی تک کچھ پتا نہیں"), ("ur", "abhi kuch pta nahi")])
def test_not_knowing_yet_spelt_either_way_is_no_topic_yet(understanding, language, text):
    assert facts(understanding, text, language, asked="interest").get("interest") == "not_sure"


@pytest.mark.parametrize("asked, text, value", [
    ("availability", "ayy wa2t", "full_time"),
    ("employment_status", "hala2 ma 3andi shighel", "unemployed"),
    ("employment_status", "mamnoo3 eshtghel", "unemployed"),
])
def test_arabizi_replies_are_read(understanding, asked, text, value):
    assert facts(understanding, text, "ar", asked=asked).get(asked) == value


def test_an_asylum_claim_in_arabizi_is_an_asylum_seeker(understanding):
    assert facts(understanding, "2adamt asylum min 4 shhoor, sakin fi Sparkbrook", "ar").get(
        "immigration_status") == "asylum_seeker"


def test_a_factory_closed_in_arabizi_is_a_job_lost_to_change(understanding):
    said = facts(understanding, "kont ashtaghil bi masna3 w sakkar el shahr el madi", "ar")
    assert said.get("background") == "displaced_worker"


def test_wanting_to_go_back_to_work_is_no_job_held(understanding):
    assert "employment_status" not in facts(understanding, "بدي ارجع اشتغل بشي له علاقة بالكمبيوتر", "ar")


def test_turning_towards_a_field_names_what_they_want_to_learn(understanding):
    said = facts(understanding, "Lucrez într-un depozit și m-am gândit să mă reorientez spre analiza datelor", "ro")
    assert said.get("interest") == "data"


@pytest.mark.parametrize("language, text, topic", [
    ("ar", "بنتي بتحب تصمم مواقع", "web_design"),
    ("ar", "بدي اتعلم الماركتينغ", "digital_marketing"),
    ("ar", "عايز اشتغل في الداتا", "data"),
    ("ar", "ابني يرغب في دراسة البرمجة", "coding"),
    ("ar", "bdi at3allam computer mn el awal", "general_digital"),
])
def test_fields_in_arabic_as_they_are_typed_are_read(understanding, language, text, topic):
    assert facts(understanding, text, language).get("interest") == topic


@pytest.mark.parametrize("language, text", [
    ("pl", "nie jestem pewna"), ("ro", "nu sunt sigur"), ("ar", "والله ما ادري"), ("ar", "msh 3arfa"),
    ("ur", "پتہ نہیں"),
])
def test_not_knowing_to_the_interest_question_is_no_topic_yet_in_every_language(understanding, language, text):
    assert facts(understanding, text, language, asked="interest").get("interest") == "not_sure"


def test_a_short_english_reply_naming_a_job_is_not_taken_for_romanian():
    from bot.language.identify import identify

    assert identify("working, care assistant") != "ro"


def test_a_field_wanted_beside_pay_under_the_line_is_left_to_the_pay_rule(understanding):
    said = facts(understanding, "Lucrez la un depozit și câștig 1500 de lire pe lună. Vreau să învăț programare", "ro")
    assert said.get("background") != "career_changer"


@pytest.mark.parametrize("language, text", [
    ("ar", "أعمل حاليًا بأجر منخفض في مطعم"),
    ("pl", "Pracuję na kasie, ledwo starcza do pierwszego"),
    ("ro", "Lucrez la curățenie și abia îmi ajung banii"),
])
def test_pay_barely_enough_or_low_is_low_pay(understanding, language, text):
    assert facts(understanding, text, language).get("background") == "low_wage"


def test_a_firm_that_closed_said_as_she_is_a_job_lost_to_change(understanding):
    said = facts(understanding, "الشركة اللي كنت اشتغل فيها سكّرت الشهر الماضي", "ar")
    assert said.get("background") == "displaced_worker"


@pytest.mark.parametrize("text, topic", [
    ("يحب الكمبيوتر، يريد يصير مبرمج", "coding"),
    ("ما ادري، يمكن برمجة", "coding"),
])
def test_a_reply_naming_more_than_computers_or_not_knowing_says_the_most_it_can(understanding, text, topic):
    assert facts(understanding, text, "ar", asked="interest").get("interest") == topic


@pytest.mark.parametrize("language, text, slot, value", [
    ("ur", "میں سیکیورٹی گارڈ ہوں۔ سوچ رہا ہوں کوڈنگ سیکھ کر سافٹ ویئر کی طرف جاؤں", "background", "career_changer"),
    ("ur", "میرا بھائی ابھی ایک کال سینٹر میں کام کر رہا ہے", "employment_status", "employed"),
    ("ur", "salam tipton se hun 27 saal, kuch seekhna hai", "age", 27),
    ("ur", "ab din mein Asda pe shelves bharta hun", "employment_status", "employed"),
    ("pa", "ਮੈਨੂੰ ਡਾਟਾ ਵਿੱਚ ਦਿਲਚਸਪੀ ਹੈ", "interest", "data"),
    ("pa", "ਦਸ ਸਾਲਾਂ ਤੋਂ taxi driver ਹਾਂ ਪਰ ਹੁਣ coding ਵਿੱਚ ਜਾਣਾ ਚਾਹੁੰਦਾ ਹਾਂ", "background", "career_changer"),
    ("pa", "ਘਰੋਂ ਆਪਣਾ ਛੋਟਾ ਜਿਹਾ ਕੰਮ ਕਰਦੀ ਹਾਂ, Instagram ਤੇ ਵੇਚਣਾ ਸਿੱਖਣਾ ਹੈ", "employment_status", "self_employed"),
])
def test_urdu_and_punjabi_as_typed_work_wishes_and_ages(understanding, language, text, slot, value):
    assert facts(understanding, text, language).get(slot) == value


def test_marketing_for_a_business_of_their_own_is_no_change_of_career(understanding):
    said = facts(understanding, "ਘਰੋਂ ਆਪਣਾ ਛੋਟਾ ਜਿਹਾ ਕੰਮ ਕਰਦੀ ਹਾਂ, Instagram ਤੇ ਵੇਚਣਾ ਸਿੱਖਣਾ ਹੈ", "pa")
    assert said.get("interest") == "digital_marketing" and "background" not in said
