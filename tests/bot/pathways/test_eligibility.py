"""Eligibility, rule by rule: what passes, what fails (and what would change it), what stays a condition.

Each case names a pathway in tests/fixtures/small.yml, what we know of the resident, and the check we
expect for one rule.
"""

from __future__ import annotations

import pytest

from bot.language import vocab
from bot.pathways.catalogue import RULES, load_catalogue
from bot.pathways.eligibility import evaluate, verdict
from bot.dialogue.profile import Profile
from tests.conftest import FIXTURES

CATALOGUE = load_catalogue(FIXTURES / "small.yml")


def check_for(pathway_id: str, rule: str, **facts):
    checks = evaluate(CATALOGUE.get(pathway_id), Profile.from_mapping(facts))
    found = [c for c in checks if c.rule == rule]
    assert len(found) == 1, f"expected one {rule} check, got {checks}"
    return found[0]


def verdict_for(pathway_id: str, **facts) -> str:
    return verdict(evaluate(CATALOGUE.get(pathway_id), Profile.from_mapping(facts)))


# (test id, pathway, rule, facts, outcome, words in the text, words in the change, fact to ask)
CASES = [
    # age
    ("adult_passes_min_age", "bootcamp-coding-online", "min_age", {"age": 45},
     "pass", "you are 45 and it is for people 19 and over", "", None),
    ("unknown_age_is_a_condition", "bootcamp-coding-online", "min_age", {},
     "unknown", "You need to be 19 or over", "", "age"),
    ("too_young_is_a_near_miss_with_the_wait", "bootcamp-coding-online", "min_age", {"age": 17},
     "fail", "It is for people 19 and over; you are 17", "You could join once you are 19 (in 2 years)", None),
    ("one_year_to_wait_is_singular", "bootcamp-coding-online", "min_age", {"age": 18},
     "fail", "", "(in 1 year)", None),
    ("too_old_for_a_youth_placement_cannot_change", "swap-it-support-walsall", "max_age", {"age": 30},
     "fail", "It is for people 16 to 24; you are 30", "", None),
    ("unknown_age_with_a_band", "swap-it-support-walsall", "min_age", {},
     "unknown", "You need to be 16 to 24", "", "age"),
    # region and place
    # WMCA's devolved funding: the seven constituent councils only (bot.pathways.rules.WMCA_FUNDING_SOURCE)
    ("constituent_council_resident_gets_a_wmca_place", "bootcamp-coding-online", "region",
     {"local_authority": "Sandwell"}, "pass", "it is for people who live in Sandwell, like you", "", None),
    ("shropshire_gets_no_wmca_place", "bootcamp-coding-online", "region", {"local_authority": "Shropshire"},
     "fail", "funded by the West Midlands Combined Authority for people who live in Birmingham, Coventry, "
             "Dudley, Sandwell, Solihull, Walsall or Wolverhampton, not Shropshire", "", None),
    ("telford_gets_no_wmca_place", "bootcamp-coding-online", "region", {"local_authority": "Telford and Wrekin"},
     "fail", "not Telford and Wrekin", "", None),
    ("warwickshire_district_gets_no_wmca_place", "bootcamp-coding-online", "region",
     {"local_authority": "Nuneaton and Bedworth"}, "fail", "not Nuneaton and Bedworth", "", None),
    ("cannock_chase_gets_no_wmca_place", "bootcamp-coding-online", "region", {"local_authority": "Cannock Chase"},
     "fail", "not Cannock Chase", "", None),
    ("tamworth_gets_no_wmca_place", "bootcamp-coding-online", "region", {"local_authority": "Tamworth"},
     "fail", "not Tamworth", "", None),
    ("redditch_gets_no_wmca_place", "bootcamp-coding-online", "region", {"local_authority": "Redditch"},
     "fail", "not Redditch", "", None),
    ("unknown_area_is_a_condition_naming_the_seven_councils", "bootcamp-coding-online", "region", {},
     "unknown", "If you live in Birmingham, Coventry, Dudley, Sandwell, Solihull, Walsall or Wolverhampton", "",
     "local_authority"),
    ("outside_the_area_fails_region", "bootcamp-coding-online", "region", {"local_authority": "Leicester"},
     "fail", "It is only for people who live in Birmingham", "", None),
    ("national_is_open_wherever_you_live", "national-careers-service", "region",
     {"local_authority": "Leicester"}, "pass", "wherever they live", "", None),
    ("national_is_open_to_a_neighbouring_council", "national-careers-service", "region",
     {"local_authority": "Shropshire"}, "pass", "wherever they live", "", None),
    # right to work (bot.pathways.rules.RIGHT_TO_WORK_SOURCE)
    ("asylum_seeker_cannot_take_an_apprenticeship", "apprenticeship-it-walsall", "requires_right_to_work",
     {"immigration_status": "asylum_seeker"}, "fail", "needs the right to work in the UK", "", None),
    ("asylum_seeker_cannot_take_a_work_academy", "swap-it-support-walsall", "requires_right_to_work",
     {"immigration_status": "asylum_seeker"}, "fail", "paid work", "", None),
    ("refugee_can_work", "apprenticeship-it-walsall", "requires_right_to_work",
     {"immigration_status": "refugee"}, "pass", "you have the right to work in the UK", "", None),
    ("ukraine_scheme_can_work", "apprenticeship-it-walsall", "requires_right_to_work",
     {"immigration_status": "ukraine_scheme"}, "pass", "right to work", "", None),
    ("pre_settled_can_work", "apprenticeship-it-walsall", "requires_right_to_work",
     {"immigration_status": "pre_settled"}, "pass", "right to work", "", None),
    ("a_visa_depends_on_its_conditions", "apprenticeship-it-walsall", "requires_right_to_work",
     {"immigration_status": "visa_holder"}, "unknown", "If your visa lets you work in the UK", "", None),
    ("unknown_status_is_a_condition", "apprenticeship-it-walsall", "requires_right_to_work", {},
     "unknown", "You need the right to work in the UK", "", "immigration_status"),
    # schedule fit is eligibility
    ("full_time_only_for_a_part_timer_is_a_near_miss", "bootcamp-coding-online", "schedule",
     {"availability": "part_time"}, "fail", "It is full time only",
     "If you could study full time, this would open to you", None),
    ("full_time_only_for_evenings_is_a_near_miss", "bootcamp-coding-online", "schedule",
     {"availability": "evenings_weekends"}, "fail", "It is full time only", "If you could study full time", None),
    ("evenings_fit_someone_with_evenings", "bootcamp-data-walsall-evenings", "schedule",
     {"availability": "evenings_weekends"}, "pass", "evening and weekend sessions fit your availability", "", None),
    ("anything_fits_someone_full_time", "bootcamp-data-walsall-evenings", "schedule",
     {"availability": "full_time"}, "pass", "fit your availability", "", None),
    ("a_full_timer_hears_it_is_full_time_when_it_runs_both", "hnc-computing-walsall", "schedule",
     {"availability": "full_time"}, "pass", "it is full time, which you said you can do", "", None),
    ("a_part_timer_hears_of_part_time_hours_before_evenings", "essential-digital-skills-online", "schedule",
     {"availability": "part_time"}, "pass", "part-time hours fit your availability", "", None),
    # groups a resident volunteered they are not in
    ("a_man_is_not_recommended_a_route_for_black_women", "black-codher-birmingham", "target_groups",
     {"excluded_groups": ["women"]}, "fail", "It is run for Black women", "", None),
    ("not_black_women_rules_it_out_too", "black-codher-birmingham", "target_groups",
     {"excluded_groups": ["black_women"]}, "fail", "It is run for Black women", "", None),
    ("an_unrelated_exclusion_leaves_it_a_condition", "black-codher-birmingham", "target_groups",
     {"excluded_groups": ["over_50s"]}, "unknown", "if that is you, you can apply", "", None),
    ("a_group_they_said_they_are_in_wins", "black-codher-birmingham", "target_groups",
     {"target_groups": ["black_women"], "excluded_groups": ["women"]}, "pass", "as you told us", "", None),
    ("in_person_where_you_live", "bootcamp-data-walsall-evenings", "locations", {"local_authority": "Walsall"},
     "pass", "in person in Walsall", "", None),
    ("in_person_elsewhere_fails", "bootcamp-data-walsall-evenings", "locations",
     {"local_authority": "Coventry"}, "fail", "It runs in Walsall", "", None),
    ("in_person_with_unknown_area_names_the_places", "apprenticeship-it-walsall", "locations", {},
     "unknown", "If you live in Walsall or Sandwell", "", "local_authority"),
    # income
    ("income_under_the_cap_passes", "black-codher-birmingham", "max_income", {"annual_income": 18000},
     "pass", "under £20,000", "", None),
    ("income_over_the_cap_is_a_near_miss", "black-codher-birmingham", "max_income", {"annual_income": 25000},
     "fail", "It is for people earning under £20,000", "This opens to you if your income is under £20,000", None),
    ("income_at_the_cap_is_not_under_it", "black-codher-birmingham", "max_income", {"annual_income": 20000},
     "fail", "", "under £20,000", None),
    ("declined_income_is_a_condition_never_asked_again", "black-codher-birmingham", "max_income",
     {"annual_income": "prefer_not_to_say"}, "unknown", "For people earning under £20,000", "", None),
    ("unknown_income_is_asked", "black-codher-birmingham", "max_income", {},
     "unknown", "For people earning under £20,000", "", "annual_income"),
    # employment
    ("unemployed_fits_a_work_academy", "swap-it-support-walsall", "employment_status",
     {"employment_status": "unemployed"}, "pass", "unemployed, like you", "", None),
    ("employed_is_a_near_miss_for_a_work_academy", "swap-it-support-walsall", "employment_status",
     {"employment_status": "employed"}, "fail", "It is for people who are unemployed",
     "This opens to you if you are unemployed", None),
    ("unknown_employment_is_a_condition", "swap-it-support-walsall", "employment_status", {},
     "unknown", "For people who are unemployed", "", "employment_status"),
    # qualifications
    ("level_3_opens_an_hnc", "hnc-computing-walsall", "min_qualification_level", {"qualification_level": 3},
     "pass", "you have Level 3 and it needs Level 3", "", None),
    ("level_2_is_a_near_miss_for_an_hnc", "hnc-computing-walsall", "min_qualification_level",
     {"qualification_level": 2}, "fail", "Needs a Level 3 qualification such as A levels; you have Level 2",
     "An Access or Level 3 course first would open it", None),
    ("unknown_level_is_a_condition", "hnc-computing-walsall", "min_qualification_level", {},
     "unknown", "You need a Level 3 qualification such as A levels", "", "qualification_level"),
    ("a_degree_is_over_a_qualification_cap", "essential-digital-skills-online", "max_qualification_level",
     {"qualification_level": 6}, "fail", "Level 2 or below; you have Level 6", "", None),
    ("no_qualifications_fits_essential_digital_skills", "essential-digital-skills-online",
     "max_qualification_level", {"qualification_level": 0}, "pass", "Level 2 or below, like you", "", None),
    # universal credit
    ("on_universal_credit_passes", "swap-it-support-walsall", "requires_universal_credit",
     {"universal_credit": True}, "pass", "Universal Credit, like you", "", None),
    ("not_on_universal_credit_is_a_near_miss", "swap-it-support-walsall", "requires_universal_credit",
     {"universal_credit": False}, "fail", "It is for people claiming Universal Credit",
     "This opens to you if you claim Universal Credit", None),
    ("unknown_universal_credit_is_a_condition", "swap-it-support-walsall", "requires_universal_credit", {},
     "unknown", "For people claiming Universal Credit", "", "universal_credit"),
    # backgrounds
    ("refugee_fits_a_refugee_programme", "refugee-employability-online", "backgrounds",
     {"background": "refugee"}, "pass", "it is for refugees, like you", "", None),
    ("other_backgrounds_cannot_change_into_one", "refugee-employability-online", "backgrounds",
     {"background": "career_changer"}, "fail", "It is for refugees", "", None),
    ("unknown_background_is_a_condition", "refugee-employability-online", "backgrounds", {},
     "unknown", "For refugees", "", "background"),
    # immigration
    ("refugee_status_opens_the_hnc_loan", "hnc-computing-walsall", "immigration_statuses",
     {"immigration_status": "refugee"}, "pass", "people with refugee status", "", None),
    ("pending_asylum_claim_is_a_near_miss_for_the_hnc_loan", "hnc-computing-walsall", "immigration_statuses",
     {"immigration_status": "asylum_seeker"}, "fail", "not open to people still waiting for an asylum decision",
     "This opens to you if you are granted refugee status", None),
    ("a_visa_holder_cannot_get_the_hnc_loan", "hnc-computing-walsall", "immigration_statuses",
     {"immigration_status": "visa_holder"}, "fail", "It is for British or Irish citizens", "", None),
    ("unknown_immigration_status_is_a_condition", "hnc-computing-walsall", "immigration_statuses", {},
     "unknown", "For British or Irish citizens", "", "immigration_status"),
    # english
    ("basic_english_fits_esol", "esol-digital-walsall", "english_levels", {"english_level": "basic"},
     "pass", "your level of English", "", None),
    ("fluent_english_is_past_esol", "esol-digital-walsall", "english_levels", {"english_level": "fluent"},
     "fail", "It is for people whose English is at beginner or basic level", "", None),
    ("basic_english_is_a_near_miss_for_a_fast_bootcamp", "bootcamp-cyber-sandwell", "english_levels",
     {"english_level": "basic"}, "fail", "It needs English at intermediate or fluent level",
     "An ESOL course first would open it", None),
    ("unknown_english_is_a_condition", "esol-digital-walsall", "english_levels", {},
     "unknown", "For people whose English is at beginner or basic level", "", "english_level"),
    # target groups: self-identified, never a failure and never a question
    ("target_group_is_a_condition_not_a_question", "black-codher-birmingham", "target_groups", {},
     "unknown", "This bootcamp is run for Black women — if that is you, you can apply", "", None),
    ("a_named_group_becomes_a_reason", "black-codher-birmingham", "target_groups",
     {"target_groups": ["black_women"]}, "pass", "run for Black women, as you told us", "", None),
    ("another_named_group_still_leaves_the_condition", "black-codher-birmingham", "target_groups",
     {"target_groups": ["veterans"]}, "unknown", "if that is you, you can apply", "", None),
    # status
    ("waiting_list_is_a_condition", "apprenticeship-it-walsall", "status", {},
     "unknown", "There is a waiting list", "", None),
    ("closed_reopens_with_a_new_cohort", "kickstart-scheme-historic", "status", {},
     "fail", "closed", "It reopens when a new cohort is announced", None),
]


@pytest.mark.parametrize("pathway_id, rule, facts, outcome, text, change, fact",
                         [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_rule(pathway_id, rule, facts, outcome, text, change, fact):
    check = check_for(pathway_id, rule, **facts)
    assert check.outcome == outcome
    assert text in check.text
    assert change in check.change
    if outcome != "fail":
        assert check.change == ""
    assert check.fact == fact


def test_every_rule_kind_and_vocabulary_is_exercised_by_the_fixture():
    kinds = {p.kind for p in CATALOGUE.pathways}
    rules = {rule for p in CATALOGUE.pathways for rule in p.eligibility.sources}
    assert kinds == set(vocab.KINDS)
    assert rules == set(RULES)


VERDICTS = [
    ("walsall_adult_gets_the_local_bootcamp", "bootcamp-data-walsall-evenings",
     {"age": 45, "local_authority": "Walsall"}, "eligible"),
    ("unknowns_never_exclude", "hnc-computing-walsall", {}, "eligible"),
    ("refugee_with_pending_claim_is_one_change_from_the_hnc", "hnc-computing-walsall",
     {"age": 30, "local_authority": "Walsall", "qualification_level": 3, "immigration_status": "asylum_seeker"},
     "near_miss"),
    ("two_changes_are_not_a_near_miss", "hnc-computing-walsall",
     {"qualification_level": 2, "immigration_status": "asylum_seeker"}, "excluded"),
    ("closed_is_a_near_miss_when_all_else_fits", "kickstart-scheme-historic",
     {"age": 20, "local_authority": "Walsall", "universal_credit": True, "employment_status": "unemployed"},
     "near_miss"),
    ("closed_and_too_old_is_excluded", "kickstart-scheme-historic", {"age": 30}, "excluded"),
    ("a_near_miss_needs_a_change_the_resident_could_make", "refugee-employability-online",
     {"background": "school_leaver"}, "excluded"),
    ("target_group_never_excludes", "black-codher-birmingham",
     {"age": 30, "local_authority": "Birmingham", "annual_income": 12000}, "eligible"),
    ("a_volunteered_exclusion_does", "black-codher-birmingham",
     {"age": 30, "local_authority": "Birmingham", "annual_income": 12000, "excluded_groups": ["women"]},
     "excluded"),
    ("a_wmca_place_is_no_near_miss_for_shropshire", "bootcamp-coding-online",
     {"age": 30, "local_authority": "Shropshire"}, "excluded"),
    ("nothing_a_resident_can_change_opens_paid_work_to_an_asylum_seeker", "apprenticeship-it-walsall",
     {"age": 30, "local_authority": "Walsall", "qualification_level": 3, "immigration_status": "asylum_seeker"},
     "excluded"),
    ("full_time_only_is_a_near_miss_for_a_part_timer", "bootcamp-coding-online",
     {"age": 30, "local_authority": "Walsall", "availability": "part_time"}, "near_miss"),
    ("full_time_only_is_eligible_for_someone_full_time", "bootcamp-coding-online",
     {"age": 30, "local_authority": "Walsall", "availability": "full_time"}, "eligible"),
]


@pytest.mark.parametrize("pathway_id, facts, expected", [v[1:] for v in VERDICTS], ids=[v[0] for v in VERDICTS])
def test_verdict(pathway_id, facts, expected):
    assert verdict_for(pathway_id, **facts) == expected
