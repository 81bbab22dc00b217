"""Ages, hours and status in the other languages, as fresh residents wrote them: Roman Urdu's number words before
"saal", a relation's age said in the third person beside years spent somewhere, weekdays named as the time they
have, Gurmukhi typed without its dots, not working said as not being allowed to, and English words inside."""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("said, age", [("mein unees saal ka hoon, coding seekhni hai", 19),
                                       ("meri umar chaalees saal hai", 40), ("main pachpan sal ki hoon", 55)])
def test_roman_urdu_number_words_before_the_word_for_years_are_an_age(understanding, said, age):
    assert facts(understanding, said, language="ur")["age"] == age


def test_roman_urdu_number_words_that_are_english_words_are_not_read_alone(understanding):
    assert "age" not in facts(understanding, "bees log aaye the", language="ur")


def test_a_greeting_to_a_brother_is_not_asking_for_one(understanding):
    found = facts(understanding, "aoa bhai, mein 19 saal ka hoon", language="ur")
    assert found["age"] == 19 and "asking_for" not in found


def test_a_relations_age_said_outright_beats_the_years_they_spent_at_work(understanding):
    said = ("میں اپنے میاں کے لیے پوچھ رہی ہوں، ان کی عمر باون سال ہے۔ پچھلے مہینے فیکٹری نے ان کو نکال دیا، "
            "پچیس سال وہیں لگائے تھے۔")
    found = facts(understanding, said, language="ur")
    assert (found["age"], found["asking_for"]) == (52, "he")


def test_a_fathers_age_said_with_the_colloquial_are_is_his(understanding):
    found = facts(understanding, "ਮੈਂ ਆਪਣੇ ਡੈਡੀ ਲਈ ਪੁੱਛ ਰਿਹਾ ਹਾਂ। ਉਹ ਅਠਵੰਜਾ ਸਾਲ ਦੇ ਨੇ", language="pa")
    assert (found["age"], found["asking_for"]) == (58, "he")


@pytest.mark.parametrize("said, language", [("صرف منگل اور جمعرات", "ur"), ("doar marti si joi", "ro"),
                                            ("tylko we wtorki i czwartki", "pl"), ("ਸਿਰਫ਼ ਮੰਗਲਵਾਰ", "pa")])
def test_some_weekdays_named_are_part_time(understanding, said, language):
    assert facts(understanding, said, asked="availability", language=language)["availability"] == "part_time"


@pytest.mark.parametrize("said, language", [("پیر سے جمعہ", "ur"), ("ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ", "pa")])
def test_monday_to_friday_is_every_weekday_not_one_of_them(understanding, said, language):
    assert facts(understanding, said, asked="availability", language=language)["availability"] == "full_time"


def test_gurmukhi_typed_with_or_without_its_dots_reads_alike(understanding):
    assert facts(understanding, "ਪਿਛਲੇ ਮਹੀਨੇ college ਖ਼ਤਮ ਹੋਇਆ", language="pa")["background"] == "school_leaver"
    assert facts(understanding, "ਪਿਛਲੇ ਮਹੀਨੇ ਕਾਲਜ ਖਤਮ ਹੋਇਆ", language="pa")["background"] == "school_leaver"


@pytest.mark.parametrize("said, language", [("نوکری نہیں کرتی، گھر میں ساس کی دیکھ بھال کرتی ہوں", "ur"),
                                            ("کام کی اجازت نہیں ہے تو سارا دن فارغ بیٹھا رہتا ہوں", "ur"),
                                            ("وصل قبل سنة، ما معه تصريح شغل", "ar")])
def test_not_working_or_not_allowed_to_is_out_of_work(understanding, said, language):
    assert facts(understanding, said, language=language)["employment_status"] == "unemployed"


def test_an_asylum_claim_made_by_someone_asked_for_is_theirs(understanding):
    found = facts(understanding, "أسأل عن أخي. عمره عشرين سنة، وقدم لجوء وينتظر رد الهوم أوفيس", language="ar")
    assert (found["immigration_status"], found["asking_for"]) == ("asylum_seeker", "he")


def test_a_resettlement_scheme_named_in_english_inside_punjabi_is_read(understanding):
    found = facts(understanding, "ਅਫ਼ਗਾਨ resettlement ਸਕੀਮ ਤੇ ਆਏ ਸੀ", asked="immigration_status", language="pa")
    assert found["immigration_status"] == "afghan_resettlement"


@pytest.mark.parametrize("said, language", [("بات چیت کر لیتی ہوں، لکھنے میں غلطیاں ہوتی ہیں", "ur"),
                                            ("ਗੱਲਬਾਤ ਕਰ ਲੈਂਦਾ, ਲਿਖਣ ਵਿੱਚ ਕੱਚਾ ਹਾਂ", "pa")])
def test_holding_a_conversation_in_english_is_intermediate(understanding, said, language):
    assert facts(understanding, said, asked="english_level", language=language)["english_level"] == "intermediate"


@pytest.mark.parametrize("said, language", [("تھوڑی بہت بول لیتی ہوں، لکھنا مشکل لگتا ہے", "ur"),
                                            ("ਥੋੜ੍ਹੀ ਥੋੜ੍ਹੀ ਬੋਲ ਲੈਂਦਾ", "pa")])
def test_speaking_a_little_is_still_basic(understanding, said, language):
    assert facts(understanding, said, asked="english_level", language=language)["english_level"] == "basic"


def test_a_reply_explaining_when_they_can_study_is_read_however_long(understanding):
    said = "din mein 3 4 ghante nikal sakta hoon, shaam 5 baje se takeaway ki duty hoti hai"
    assert facts(understanding, said, asked="availability", language="ur")["availability"] == "part_time"
