"""The FAQ on Kickstart and paid placements says what today's routes pay, in line with the sourced
catalogue entries: Kickstart is closed, a sector-based work academy is not a wage."""

import yaml

from bot.pathways.catalogue import load_catalogue
from bot.settings import ROOT

DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text())
# The English answer (the others are its translations, conditioned on the language slot).
[ANSWER] = [r["text"] for r in DOMAIN["responses"]["utter_faq_kickstart"] if not r.get("condition")]


def test_it_says_kickstart_closed_to_new_starts_and_nothing_pays_like_it_now():
    assert "closed to new starts on 31 March 2022" in ANSWER
    assert "still run" not in ANSWER and "no paid scheme like it now" in ANSWER


def test_it_says_a_sector_based_work_academy_keeps_your_benefits_and_pays_travel_and_childcare_not_a_wage():
    for words in ("sector-based work academy", "It is not a wage", "you stay on your benefits",
                  "travel and childcare", "up to 6 weeks", "guaranteed job interview"):
        assert words in ANSWER, words


def test_what_it_says_is_what_the_sourced_catalogue_entries_say():
    catalogue = load_catalogue(ROOT / "pathways.yml")
    swap, jobcentre = catalogue.get("sector-based-work-academy"), catalogue.get("jobcentre-work-experience")
    assert "31 March 2022" in jobcentre.summary and "kickstart-scheme" in jobcentre.source
    assert "travel and childcare" in swap.benefits_note and swap.benefits_source.startswith("https://")
    assert "not paid a wage" in swap.cost_description and "up to 6 weeks" in swap.summary
