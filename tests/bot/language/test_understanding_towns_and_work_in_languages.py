"""Work said in everyday words in the resident's language: a job loss still to come in Polish, "no job" in
Punjabi, Romanian as texted without diacritics. Worded fresh here. (Towns in their script: test_places.)"""

import pytest


def said(u, text, lang):
    return {f.slot: f.value for f in u.extract(text, language=lang)}


@pytest.mark.parametrize("text", ["Pracuję w sklepie, ale w czerwcu go zamykają i stracę pracę",
                                  "w firmie będą zwolnienia po nowym roku"])
def test_a_job_loss_still_to_come_in_polish_is_in_work_and_displaced(understanding, text):
    found = said(understanding, text, "pl")
    assert found["employment_status"] == "employed" and found["background"] == "displaced_worker"


@pytest.mark.parametrize("lang, text", [
    ("pa", "ਇਸ ਵੇਲੇ ਮੇਰੇ ਕੋਲ ਕੋਈ ਨੌਕਰੀ ਨਹੀਂ"),
    ("pa", "ਮੈਂ ਕੰਮ ਲੱਭ ਰਹੀ ਹਾਂ"),
    ("ro", "momentan n am de lucru"),
    ("ro", "nu am servici de 3 luni"),
])
def test_no_job_said_in_everyday_words_is_out_of_work(understanding, lang, text):
    assert said(understanding, text, lang)["employment_status"] == "unemployed"
