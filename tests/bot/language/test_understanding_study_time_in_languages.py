"""When they can study, said in their own language: beside their work, joined by "and"; a few days of the week;
digits in their own script."""

import pytest

from tests.bot.language.test_understanding_facts_in_languages import facts


@pytest.mark.parametrize("language, text", [
    ("pl", "Mam 35 lat, pracuję na zmiany i mogę uczyć się tylko w weekendy"),
    ("ro", "Am 40 de ani, lucrez în fabrică și pot învăța doar în weekend"),
    ("ar", "عمري ٣٥ سنة، أعمل بدوام كامل ولا أستطيع الدراسة إلا في المساء"),
    ("ur", "میری عمر ۳۵ سال ہے، میں فیکٹری میں کام کرتا ہوں اور صرف ویک اینڈ پر پڑھ سکتا ہوں"),
])
def test_their_work_and_when_they_can_study_joined_by_and_is_when_they_can_study(understanding, language, text):
    said = facts(understanding, text, language)
    assert said.get("availability") == "evenings_weekends"
    assert said.get("employment_status") == "employed"


@pytest.mark.parametrize("language, text", [
    ("pl", "pracuję wieczorami i w weekendy"),
    ("ro", "lucrez seara și în weekend"),
])
def test_times_of_their_work_alone_are_not_when_they_can_study(understanding, language, text):
    assert "availability" not in facts(understanding, text, language)


@pytest.mark.parametrize("language, text", [
    ("pl", "dwa dni w tygodniu"),
    ("pl", "mogę 3 dni w tygodniu"),
    ("ro", "două zile pe săptămână"),
    ("ar", "يومين في الأسبوع"),
    ("ar", "ثلاثة أيام في الأسبوع"),
    ("ar", "٣ أيام بالأسبوع"),
])
def test_a_few_days_a_week_is_part_time(understanding, language, text):
    assert facts(understanding, text, language, asked="availability").get("availability") == "part_time"


@pytest.mark.parametrize("language, text", [
    ("ur", "جب بچے اسکول میں ہوتے ہیں"),
    ("ur", "jab bachay school mein hote hain"),
    ("pa", "ਜਦੋਂ ਬੱਚੇ ਸਕੂਲ ਗਏ ਹੁੰਦੇ ਨੇ"),
    ("ar", "لما الأولاد بالمدرسة"),
    ("ar", "أقدر يومين أو تلاتة في الأسبوع"),
])
def test_while_the_children_are_at_school_or_two_or_three_days_is_part_time(understanding, language, text):
    assert facts(understanding, text, language, asked="availability").get("availability") == "part_time"


def test_time_had_only_while_the_children_are_at_school_is_said_in_an_opening(understanding):
    said = facts(understanding, "Salam, meri umar 35 saal hai, Telford mein rehti hun. Do bachay hain, jab woh school "
                                "mein hote hain tab hi waqt milta hai.", "ur")
    assert said.get("availability") == "part_time" and said.get("age") == 35


@pytest.mark.parametrize("language, text", [
    ("pa", "ਸ਼ਾਮ ਸੱਤ ਵਜੇ ਤੋਂ ਬਾਅਦ ਜਾਂ ਸ਼ਨੀ-ਐਤ"),
    ("ur", "شام سات بجے کے بعد"),
    ("ar", "بعد الساعة سبعة مساء"),
])
def test_a_clock_time_in_its_own_script_is_no_place(understanding, language, text):
    said = facts(understanding, text, language, asked="availability")
    assert "local_authority" not in said and said.get("availability") == "evenings_weekends"


def test_a_course_named_in_english_with_a_time_is_when_they_can_study_and_not_held(understanding):
    said = facts(understanding, "ਕੰਪਿਊਟਿੰਗ ਦੀ HNC ਕਰਨੀ ਆ ਪਾਰਟ ਟਾਈਮ, ਹੋ ਸਕਦੀ ਆ?", "pa")
    assert said.get("availability") == "part_time" and "qualification_level" not in said


@pytest.mark.parametrize("language, text, when", [
    ("ur", "kabhi bhi, free hun", "full_time"),
    ("ur", "جدوں مرضی، ویلا آں", "full_time"),
    ("pa", "ਕਦੇ ਵੀ", "full_time"),
    ("ur", "sham ko free hoon", "evenings_weekends"),
    ("pl", "Tylko w godzinach szkolnych, 9–14:30.", "part_time"),
    ("ur", "بچوں کو سکول چھوڑ کر ساڑھے نو سے ڈھائی بجے تک فارغ ہوتی ہوں", "part_time"),
    ("ar", "غير شي ساعات فالنهار، عندها البيبي", "part_time"),
    ("ar", "ghir mn ba3d d-dohr, yomayn wla tlata f simana", "part_time"),
])
def test_any_time_school_hours_and_a_few_hours_said_every_way(understanding, language, text, when):
    assert facts(understanding, text, language, asked="availability").get("availability") == when
