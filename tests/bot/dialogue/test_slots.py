"""Every slot name has one spelling, and it is domain.yml's."""

from __future__ import annotations

import yaml

from bot.dialogue import intake, slots
from bot.settings import ROOT

DOMAIN_SLOTS = list(yaml.safe_load((ROOT / "domain.yml").read_text())["slots"])


def test_the_slot_list_is_exactly_the_slots_domain_yml_declares():
    assert len(set(slots.ALL)) == len(slots.ALL), "a slot is listed twice"
    assert set(slots.ALL) == set(DOMAIN_SLOTS)


def test_each_profile_fact_has_its_own_constant_in_the_engines_order():
    named = [slots.LOCAL_AUTHORITY, slots.AGE, slots.BACKGROUND, slots.EMPLOYMENT_STATUS, slots.ANNUAL_INCOME,
             slots.QUALIFICATION_LEVEL, slots.UNIVERSAL_CREDIT, slots.INTEREST, slots.AVAILABILITY,
             slots.IMMIGRATION_STATUS, slots.ENGLISH_LEVEL]
    assert tuple(named) == slots.PROFILE == intake.PROFILE_SLOTS


def test_the_intake_names_its_volunteered_slots_from_the_same_list():
    assert (intake.TARGET_GROUPS_SLOT, intake.DIGITAL_CONFIDENCE_SLOT, intake.EXCLUDED_GROUPS_SLOT,
            intake.ASKING_FOR_SLOT, intake.QUALIFICATION_ABROAD_SLOT, intake.SCHOOL_AGE_SLOT) == tuple(
        name for name in slots.VOLUNTEERED if name != slots.LANGUAGE)  # the language is set by the NLU, not the intake
