"""Short replies in the resident's language read as answers to the question in front of them.

Worded fresh here (not the evaluation set's sentences). Only the conversation's language is read, only
while that question is open: the same words to another question, or in an English conversation, say
nothing, so "am" in an English reply never answers "Do you get Universal Credit?" as Romanian "yes".
"""

import pytest

from bot.dialogue.intake import is_dont_know
from bot.language.answer_words import ANSWER_WORDS, DONT_KNOW
from bot.language.answers import in_language, tables_for
from bot.language.vocab import EMPLOYMENT_STATUSES, ENGLISH_LEVELS, IMMIGRATION_STATUSES, INTERESTS, SCHEDULES


def answered(u, text, asked, language):
    return {f.slot: (f.value, f.weak) for f in u.extract(text, asked=asked, language=language)}


@pytest.mark.parametrize("language, text, asked, value", [
    # When can you study?
    ("ur", "صرف شام کو", "availability", "evenings_weekends"),
    ("ur", "بچوں کے اسکول جانے کے بعد صبح", "availability", "part_time"),
    ("ur", "میں کسی بھی وقت آ سکتی ہوں", "availability", "full_time"),
    ("ur-latn", "sirf shaam ko", "availability", "evenings_weekends"),
    ("pa", "ਸਿਰਫ਼ ਸਵੇਰੇ", "availability", "part_time"),
    ("pa", "ਹਫ਼ਤੇ ਦੇ ਅਖੀਰ ਜਾਂ ਸ਼ਾਮ ਨੂੰ", "availability", "evenings_weekends"),
    ("ar", "فقط في المساء", "availability", "evenings_weekends"),
    ("ar", "أنا متفرغ تماما", "availability", "full_time"),
    ("pl", "tylko rano", "availability", "part_time"),
    ("pl", "mogę codziennie", "availability", "full_time"),
    ("ro", "doar seara", "availability", "evenings_weekends"),
    # How good is your English?
    ("ur", "زیادہ اچھی نہیں ہے", "english_level", "basic"),
    ("ur", "بہت اچھی ہے", "english_level", "fluent"),
    ("ur-latn", "thori bohat", "english_level", "basic"),
    ("pa", "ਠੀਕ ਠਾਕ ਹੈ", "english_level", "intermediate"),
    ("ar", "ضعيفة جدا", "english_level", "basic"),
    ("ar", "جيدة جدا", "english_level", "fluent"),
    ("ar", "متوسطه", "english_level", "intermediate"),
    ("pl", "nie za dobrze niestety", "english_level", "basic"),
    ("pl", "bardzo dobrze", "english_level", "fluent"),
    ("ro", "destul de bine", "english_level", "intermediate"),
    ("ro", "nu prea bine", "english_level", "basic"),
    # Are you working at the moment?
    ("ur", "جی نہیں، میں گھر پر ہوں", "employment_status", "unemployed"),
    ("ur", "ایک ریسٹورنٹ میں کام کرتا ہوں", "employment_status", "employed"),
    ("pa", "ਮੈਂ ਕੰਮ ਨਹੀਂ ਕਰਦੀ", "employment_status", "unemployed"),
    ("ar", "ولا أعمل حاليا", "employment_status", "unemployed"),
    ("ar", "أعمل في مطعم", "employment_status", "employed"),
    ("pl", "obecnie nie pracuję", "employment_status", "unemployed"),
    ("pl", "pracuję w hotelu", "employment_status", "employed"),
    ("ro", "nu lucrez de un an", "employment_status", "unemployed"),
    ("ro", "lucrez la o fabrică", "employment_status", "employed"),
    # What would you like to learn?
    ("ar", "أحب البرمجة", "interest", "coding"),
    ("pa", "ਕੰਪਿਊਟਰ ਚਲਾਉਣਾ", "interest", "general_digital"),
    ("pl", "podstawy obsługi komputera", "interest", "general_digital"),
    ("ro", "analiza datelor", "interest", "data"),
    # Universal Credit?
    ("ur", "جی ہاں ملتا ہے", "universal_credit", True),
    ("pl", "nie pobieram", "universal_credit", False),
    ("ro", "da, primesc", "universal_credit", True),
    ("ar", "لا", "universal_credit", False),
    # Qualifications?
    ("ar", "ما عندي شهادة", "qualification_level", 0),
    ("pl", "nie mam żadnych", "qualification_level", 0),
    # the same levels as their English names (bot/language/phrases.py): a degree 6, a master's 7,
    # a secondary school leaving certificate 3
    ("pl", "skończyłam studia licencjackie", "qualification_level", 6),
    ("ro", "am un masterat în economie", "qualification_level", 7),
    ("ar", "عندي شهادة الثانوية من سوريا", "qualification_level", 3),
    ("pa", "ਬਾਰ੍ਹਵੀਂ ਪਾਸ", "qualification_level", 3),
    ("ur", "میرے پاس ڈگری ہے", "qualification_level", 6),
])
def test_a_short_reply_in_their_language_answers_the_open_question(understanding, language, text, asked, value):
    got, weak = answered(understanding, text, asked, language)[asked]
    assert got == value
    # weak (it answers that question only) unless it is a plain statement read anywhere
    # (bot.language.facts_in_languages: "nie pracuję" says so whatever was asked)
    assert weak or asked == "employment_status"


@pytest.mark.parametrize("language, text, asked, other", [
    ("ur", "صرف شام کو", "availability", "english_level"),
    ("pl", "tylko rano", "availability", "english_level"),
    ("ar", "متوسطه", "english_level", "availability"),
])
def test_the_same_words_to_another_question_or_none_say_nothing(understanding, language, text, asked, other):
    assert asked not in answered(understanding, text, other, language)
    assert asked not in answered(understanding, text, None, language)


def test_an_english_conversation_is_not_read_with_other_languages_words(understanding):
    # Romanian "am" (I have) and Polish "tak" would read an English reply as "yes, I get it".
    assert "universal_credit" not in answered(understanding, "am", "universal_credit", None)
    assert "universal_credit" not in answered(understanding, "am", "universal_credit", "en")
    assert in_language("universal_credit", "am", "ro") == (True, " am ")


def test_the_longest_phrase_wins_whatever_its_row_order():
    assert in_language("employment_status", "nie pracuję", "pl")[0] == "unemployed"
    assert in_language("english_level", "bardzo dobrze", "pl")[0] == "fluent"
    assert in_language("english_level", "اچھی نہیں آتی", "ur")[0] == "basic"


def test_urdu_is_read_in_both_scripts_and_urdu_typed_with_arabic_letters():
    assert tables_for("ur") == ["ur", "ur-latn"]
    assert in_language("availability", "shaam ko", "ur")[0] == "evenings_weekends"
    # ي ك ه typed for ی ک ہ (an Arabic keyboard): the same word
    assert in_language("english_level", "تھوڑي", "ur")[0] == "basic"


@pytest.mark.parametrize("text", ["پتہ نہیں", "pata nahi", "ਪਤਾ ਨਹੀਂ", "لا أعرف", "تخطى", "nie wiem", "Pomiń",
                                  "nu știu", "sari peste", "نہیں بتانا چاہتی"])
def test_not_sure_and_skip_in_each_language_decline_the_question(text):
    assert is_dont_know(text)


@pytest.mark.parametrize("text", ["nie wiem gdzie jest college ale pracuję", "لا أعرف الإنجليزية جيدا"])
def test_not_sure_inside_a_longer_answer_is_not_a_refusal(text):
    assert not is_dont_know(text)


def test_every_value_in_the_tables_is_one_the_slot_takes():
    allowed = {"english_level": set(ENGLISH_LEVELS), "employment_status": set(EMPLOYMENT_STATUSES),
               "availability": set(SCHEDULES), "interest": set(INTERESTS), "qualification_level": {0, 3, 6, 7},
               "annual_income": {0.0}, "universal_credit": {True, False},
               "immigration_status": set(IMMIGRATION_STATUSES)}
    for lang, slots in ANSWER_WORDS.items():
        for slot, rows in slots.items():
            for value, phrases in rows:
                assert value in allowed[slot], (lang, slot, value)
                assert phrases and all(p.strip() == p and p for p in phrases), (lang, slot, value)
    assert set(DONT_KNOW) == set(ANSWER_WORDS)


@pytest.mark.parametrize("language, text, yearly", [
    ("pl", "jakieś 19 tys", 19000.0),
    ("pl", "21 500 funtów", 21500.0),
    ("ro", "cam 1800 pe lună", 21600.0),
    ("ur", "تقریباً 14 ہزار", 14000.0),
    ("ur-latn", "mahine ke 1100", 13200.0),
    ("ar", "٢٢ ألف في السنة", 22000.0),
    ("pa", "ਹਫ਼ਤੇ ਦੇ 300", 15600.0),
])
def test_an_income_said_in_their_language_is_a_yearly_amount(understanding, language, text, yearly):
    assert answered(understanding, text, "annual_income", language)["annual_income"] == (yearly, True)


@pytest.mark.parametrize("language, text", [
    ("pl", "300"),  # a week? a month? asked again rather than guessed
    ("ro", "între 15 mii și 18 mii"),  # a range is not one amount
])
def test_an_income_we_cannot_be_sure_of_is_not_guessed(understanding, language, text):
    assert "annual_income" not in answered(understanding, text, "annual_income", language)


@pytest.mark.parametrize("text, asked, value", [
    ("chwiya, bas ba3ref a9ra", "english_level", "basic"),
    ("mnee7, ba7ki ma3 el nas", "english_level", "intermediate"),
    ("ma bshtghel hala2", "employment_status", "unemployed"),
    ("khddam f restaurant", "employment_status", "employed"),
    ("bel masa bas", "availability", "evenings_weekends"),
])
def test_arabizi_replies_answer_the_question_in_an_arabic_conversation(understanding, text, asked, value):
    assert answered(understanding, text, asked, "ar")[asked][0] == value


@pytest.mark.parametrize("language, text", [
    ("ur-latn", "din mein gaari chalata hun, sirf shaam ko time hota hai"),
    ("ur", "شام کو ہی، دن میں ڈیوٹی ہوتی ہے"),
])
def test_a_day_at_work_beside_a_free_evening_answers_evenings(understanding, language, text):
    assert answered(understanding, text, "availability", language)["availability"][0] == "evenings_weekends"


@pytest.mark.parametrize("language, text, slot, value", [
    ("ro", "Lucrez într-un depozit pe ture. Timp am doar sâmbăta și duminica.", "availability", "evenings_weekends"),
    ("ar", "ماكو عندي شغل من زمان. أكدر أجي بس وكت الصبح", "availability", "part_time"),
    ("ar", "ماكو عندي شغل من زمان، كنت بالبيت ويه الجهال", "employment_status", "unemployed"),
])
def test_time_had_and_work_missing_said_in_an_opening_are_read(understanding, language, text, slot, value):
    assert answered(understanding, text, None, language)[slot][0] == value


@pytest.mark.parametrize("language, text, value", [
    ("ur-latn", "ab Amazon ke warehouse mein part time laga hua hun", "employed"),
    ("ur-latn", "school mein dinner lady hun, sirf lunch time da kaam", "employed"),
    ("pa", "ਇੱਥੇ ਆ ਕੇ Poundland ਵਿੱਚ ਪਾਰਟ ਟਾਈਮ ਲੱਗੀ ਹੋਈ ਹਾਂ", "employed"),
    ("pl", "Sprzątam biura na pół etatu i kasa jest marna.", "employed"),
    ("pl", "od tej pory nic nie robie, pracy nie mam", "unemployed"),
    ("ro", "Sunt sofer de TIR, toata saptamana pe drumuri.", "employed"),
    ("ar", "khddam f restaurant dyal pizza, lkhlsa 9lila bzaf", "employed"),
])
def test_work_or_its_lack_said_as_each_language_idiom_says_it_is_read(understanding, language, text, value):
    assert answered(understanding, text, None, language)["employment_status"][0] == value
