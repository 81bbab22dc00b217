"""Work said in everyday words in the resident's language: a job loss still to come in Polish, "no job" in
Punjabi, Romanian as texted without diacritics. Worded fresh here. (Towns in their script: test_places.)"""

import pytest

from tests.bot.language.reading import facts


@pytest.mark.parametrize("text", ["Pracuję w sklepie, ale w czerwcu go zamykają i stracę pracę",
                                  "w firmie będą zwolnienia po nowym roku"])
def test_a_job_loss_still_to_come_in_polish_is_in_work_and_displaced(understanding, text):
    found = facts(understanding, text, language="pl")
    assert found["employment_status"] == "employed" and found["background"] == "displaced_worker"


@pytest.mark.parametrize("lang, text", [
    ("pa", "ਇਸ ਵੇਲੇ ਮੇਰੇ ਕੋਲ ਕੋਈ ਨੌਕਰੀ ਨਹੀਂ"),
    ("pa", "ਮੈਂ ਕੰਮ ਲੱਭ ਰਹੀ ਹਾਂ"),
    ("ro", "momentan n am de lucru"),
    ("ro", "nu am servici de 3 luni"),
])
def test_no_job_said_in_everyday_words_is_out_of_work(understanding, lang, text):
    assert facts(understanding, text, language=lang)["employment_status"] == "unemployed"


@pytest.mark.parametrize("text", ["chcę się nauczyć naprawy komputerów", "interesuje mnie helpdesk i naprawa komputerów"])
def test_mending_computers_in_polish_is_it_support(understanding, text):
    assert facts(understanding, text, language="pl")["interest"] == "it_support"


def test_retraining_said_as_a_noun_in_polish_is_a_career_change_with_its_topic(understanding):
    found = facts(understanding, "Jestem kucharzem i myślę o przebranżowieniu na analizę danych", language="pl")
    assert found["background"] == "career_changer" and found["interest"] == "data"


@pytest.mark.parametrize("text", ["o să rămânem fără loc de muncă după Crăciun", "în vară o să fiu concediată"])
def test_a_job_loss_still_to_come_in_romanian_is_in_work_and_displaced(understanding, text):
    found = facts(understanding, text, language="ro")
    assert found["employment_status"] == "employed" and found["background"] == "displaced_worker"


def test_a_job_already_lost_in_romanian_is_out_of_work(understanding):
    assert facts(understanding, "am rămas fără loc de muncă", language="ro")["employment_status"] == "unemployed"
