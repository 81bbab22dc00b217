"""Matching: who is shown what, in which order, with which conditions, near misses and questions."""

from __future__ import annotations

import random

import pytest

from bot.language import vocab
from bot.pathways.catalogue import load_catalogue
from bot.pathways.eligibility import evaluate, verdict
from bot.pathways.matching import MatchResult, NoCatalogue, match, scope_of
from bot.dialogue.profile import Profile
from bot.pathways.search import Search
from bot.pathways.catalogue_store import active_catalogue
from tests.conftest import FIXTURES, TODAY

CATALOGUE = load_catalogue(FIXTURES / "small.yml")


def run(sessions, limit: int = 10, near_miss_limit: int = 5, **facts) -> MatchResult:
    with sessions() as session:
        return match(session, Profile.from_mapping(facts), limit=limit, near_miss_limit=near_miss_limit,
                     today=TODAY)


def ids(items) -> list:
    return [item.pathway.id for item in items]


def test_result_carries_the_catalogue_version_and_hash(loaded):
    result = run(loaded, age=45, local_authority="Walsall")
    assert result.catalogue_version == CATALOGUE.version
    assert result.content_hash == CATALOGUE.content_hash


def test_no_catalogue_loaded_is_a_clear_error(sessions):
    with pytest.raises(NoCatalogue):
        run(sessions, age=45)


# --- scope -------------------------------------------------------------------------------------------


def test_under_16_gets_youth_outreach_only(loaded):
    result = run(loaded, age=14, local_authority="Coventry", interest="coding", availability="full_time")
    assert result.scope == "under_16"
    assert ids(result.recommendations) == ["youth-code-club-coventry", "youth-digital-online",
                                           "national-careers-service"]
    assert all(m.pathway.kind in ("youth_outreach", "advice_service") for m in result.near_misses)
    assert result.questions == []  # nothing more is asked of a child


def test_under_16_with_nothing_else_known_asks_nothing(loaded):
    result = run(loaded, age=12)
    assert {p.kind for p in (r.pathway for r in result.recommendations)} <= {"youth_outreach", "advice_service"}
    assert result.questions == []


def test_a_pupil_of_school_age_with_no_age_said_gets_youth_outreach_only(loaded):
    result = run(loaded, school_age=[13, 14], local_authority="Coventry", interest="coding")
    assert result.scope == "under_16"
    club = next(r for r in result.recommendations if r.pathway.id == "youth-code-club-coventry")
    assert "you are 13 to 14 and it is for people 9 to 15" in club.why  # for 9 to 15: either age fits
    assert {p.kind for p in (r.pathway for r in result.recommendations)} <= {"youth_outreach", "advice_service"}


def test_a_band_whose_upper_end_falls_between_a_pupils_two_ages_is_still_to_check_not_met():
    import dataclasses

    club = next(p for p in CATALOGUE.pathways if p.id == "youth-code-club-coventry")
    to_13 = dataclasses.replace(club, eligibility=dataclasses.replace(club.eligibility, max_age=13))
    [band] = [c for c in evaluate(to_13, Profile(school_age=(13, 14))) if c.rule in ("min_age", "max_age")]
    assert (band.outcome, band.text, band.fact) == ("unknown", "You need to be 9 to 13", "age")


def test_a_pupil_whose_two_possible_ages_straddle_a_youth_band_is_asked_their_age_and_nothing_else(loaded):
    result = run(loaded, school_age=[12, 13], local_authority="Coventry", interest="coding")
    assert result.questions == ["age"]  # the careers service is for 13 and over: 12 or 13 decides
    assert run(loaded, school_age=[12, 13], age=13, local_authority="Coventry").questions == []


def test_a_youth_route_whose_band_rules_out_both_ages_a_school_year_allows_is_not_recommended(loaded):
    result = run(loaded, school_age=[14, 15], local_authority="Coventry", interest="coding")
    assert "youth-code-club-coventry" in ids(result.recommendations)  # 15 is within 9 to 15
    result = run(loaded, school_age=[6, 8], local_authority="Coventry", interest="coding")
    assert "youth-code-club-coventry" not in ids(result.recommendations)  # under 9 whatever their birthday
    club = next(p for p in CATALOGUE.pathways if p.id == "youth-code-club-coventry")
    [failed] = [c for c in evaluate(club, Profile(school_age=(6, 8))) if c.outcome == "fail"]
    assert failed.text == "It is for people 9 to 15; you are 6 to 8"
    assert failed.change == "You could join once you are 9"  # how long to wait is not known from a school year


def test_a_child_whose_home_is_not_known_is_shown_nothing_they_would_travel_to_another_town_for(loaded):
    result = run(loaded, age=14, interest="coding")
    assert result.scope == "under_16" and result.recommendations
    assert all(r.pathway.is_online for r in result.recommendations)
    near = run(loaded, age=14, interest="coding", local_authority="Coventry")
    assert "youth-code-club-coventry" in ids(near.recommendations)  # (their own town's club, once it is known)


def test_a_school_leaver_just_out_of_year_11_is_not_shown_a_route_for_19_and_over(loaded):
    result = run(loaded, school_age=[16, 17], local_authority="Dudley", interest="cyber_security",
                 availability="full_time")
    assert result.scope != "under_16"
    shown = [r.pathway for r in result.recommendations]
    assert shown and all((p.eligibility.min_age or 0) <= 16 for p in shown)


def test_outside_the_area_gets_national_options_only(loaded):
    result = run(loaded, age=30, local_authority="Leicester")
    assert result.scope == "outside_area"
    assert ids(result.recommendations) == ["national-careers-service", "women-in-tech-online"]
    assert all(r.pathway.eligibility.region == "national" for r in result.recommendations)
    assert all(m.pathway.eligibility.region == "national" for m in result.near_misses)
    assert result.questions in ([], ["availability"])  # the hours can still rule a national route out


def test_outside_the_area_asks_at_most_the_age_and_when_they_can_study(loaded):
    result = run(loaded, local_authority="Leicester")
    assert set(result.questions) <= {"age", "availability"}


def test_unknown_area_offers_routes_open_anywhere_and_asks_where_they_live_first(loaded):
    result = run(loaded, age=30)
    assert result.scope == "area_unknown"
    shown = ids(result.recommendations)
    # a route only some places' people can join (WMCA-funded, or in person in Walsall) may not be open to them
    assert "bootcamp-coding-online" not in shown and "bootcamp-data-walsall-evenings" not in shown
    assert shown and all(not any(c.startswith("If you live in") for c in r.conditions)
                         for r in result.recommendations)
    assert result.questions[0] == "local_authority"


def test_once_home_is_said_the_routes_for_its_people_are_offered(loaded):
    shown = ids(run(loaded, age=30, local_authority="Walsall").recommendations)
    assert "bootcamp-coding-online" in shown and "bootcamp-data-walsall-evenings" in shown


def test_in_person_pathways_elsewhere_are_not_shown(loaded):
    result = run(loaded, age=30, local_authority="Coventry")
    shown = ids(result.recommendations) + ids(result.near_misses)
    assert "bootcamp-data-walsall-evenings" not in shown
    assert "bootcamp-cyber-sandwell" not in shown
    assert "bootcamp-coding-online" in shown


@pytest.mark.parametrize("facts, scope", [
    ({"age": 15, "local_authority": "Leicester"}, "under_16"),
    ({"age": 16}, "area_unknown"),
    ({"school_age": [14, 15], "local_authority": "Dudley"}, "under_16"),
    ({"age": 17, "school_age": [14, 15], "local_authority": "Dudley"}, "wmca"),  # the age said decides
    ({"local_authority": "Dudley"}, "wmca"),
    ({"local_authority": "Rugby"}, "wmca"),
    ({"local_authority": "Glasgow"}, "outside_area"),
])
def test_scope(facts, scope):
    assert scope_of(Profile.from_mapping(facts)) == scope


# --- rules in the result -----------------------------------------------------------------------------


def test_refugee_with_pending_claim_is_not_offered_hnc_loan(loaded):
    result = run(loaded, age=30, local_authority="Walsall", background="refugee", qualification_level=3,
                 immigration_status="asylum_seeker", english_level="basic")
    assert "hnc-computing-walsall" not in ids(result.recommendations)
    miss = next(m for m in result.near_misses if m.pathway.id == "hnc-computing-walsall")
    assert miss.rule == "immigration_statuses"
    assert miss.change == "This opens to you if you are granted refugee status"


def test_refugee_with_status_is_offered_the_hnc(loaded):
    result = run(loaded, age=30, local_authority="Walsall", qualification_level=3, immigration_status="refugee")
    assert "hnc-computing-walsall" in ids(result.recommendations)


def test_closed_pathways_are_never_recommended_but_can_be_near_misses(loaded):
    result = run(loaded, age=20, local_authority="Walsall", universal_credit=True, employment_status="unemployed")
    assert "kickstart-scheme-historic" not in ids(result.recommendations)
    miss = next(m for m in result.near_misses if m.pathway.id == "kickstart-scheme-historic")
    assert (miss.rule, miss.change) == ("status", "It reopens when a new cohort is announced")
    assert "swap-it-support-walsall" in ids(result.recommendations)  # the open route of the same kind


def test_near_misses_name_the_rule_and_the_change(loaded):
    result = run(loaded, age=17, local_authority="Walsall", annual_income=25000, qualification_level=2,
                 universal_credit=False, employment_status="employed")
    misses = {m.pathway.id: m for m in result.near_misses}
    assert misses["bootcamp-data-walsall-evenings"].rule == "min_age"
    assert misses["bootcamp-data-walsall-evenings"].change == "You could join once you are 19 (in 2 years)"
    assert "swap-it-support-walsall" not in misses  # two rules away: UC and employment
    assert len(result.near_misses) <= 5


def test_a_rule_no_change_could_lift_is_not_a_near_miss(loaded):
    result = run(loaded, age=40, local_authority="Walsall", universal_credit=True, employment_status="unemployed")
    shown = ids(result.recommendations) + ids(result.near_misses)
    assert "swap-it-support-walsall" not in shown  # 16-24 only: waiting will not make anyone younger


def test_declined_income_is_a_condition_and_never_a_question(loaded):
    result = run(loaded, age=30, local_authority="Birmingham", annual_income="prefer_not_to_say")
    codher = next(r for r in result.recommendations if r.pathway.id == "black-codher-birmingham")
    assert "For people earning under £20,000" in codher.conditions
    assert "annual_income" not in result.questions


def test_target_group_is_a_condition_ranked_below_general_options_and_never_asked(loaded):
    result = run(loaded, age=30, local_authority="Birmingham", annual_income=12000, interest="coding")
    codher = next(r for r in result.recommendations if r.pathway.id == "black-codher-birmingham")
    assert "This bootcamp is run for Black women — if that is you, you can apply" in codher.conditions
    assert ids(result.recommendations).index("black-codher-birmingham") > ids(result.recommendations).index(
        "bootcamp-coding-online")
    assert not {"target_groups"} & set(result.questions)


def test_a_self_identified_group_becomes_a_reason_and_ranks_first(loaded):
    result = run(loaded, age=30, local_authority="Birmingham", annual_income=12000, interest="coding",
                 target_groups=["black_women"])
    first = result.recommendations[0]
    assert first.pathway.id == "black-codher-birmingham"
    assert "it is run for Black women, as you told us" in first.why


def test_waitlist_is_recommended_lower_with_a_condition(loaded):
    result = run(loaded, age=30, local_authority="Walsall", qualification_level=2, interest="it_support")
    order = ids(result.recommendations)
    apprenticeship = result.recommendations[order.index("apprenticeship-it-walsall")]
    assert "There is a waiting list" in apprenticeship.conditions
    assert apprenticeship.pathway.status == "waitlist"


# --- ranking ---------------------------------------------------------------------------------------


def test_reasons_read_as_plain_english(loaded):
    result = run(loaded, age=45, local_authority="Walsall", interest="data", availability="evenings_weekends")
    first = result.recommendations[0]
    assert first.pathway.id == "bootcamp-data-walsall-evenings"
    assert first.why[:3] == ["it is for people who live in Walsall, like you",
                             "partly online and partly in person in Walsall, where you live",
                             "you are 45 and it is for people 19 and over"]
    assert not any("free" in line for line in first.why)  # who pays is said once, on the card
    assert "evening and weekend sessions fit your availability" in first.why
    assert "the next cohort starts 11 January 2027" in first.why


def test_topic_then_schedule_then_place_decide_the_order(loaded):
    result = run(loaded, age=45, local_authority="Walsall", qualification_level=2, interest="data",
                 availability="evenings_weekends")
    assert ids(result.recommendations)[:3] == [
        "bootcamp-data-walsall-evenings",  # data, evenings, in Walsall
        "free-course-data-level3-online",  # data, evenings, online
        "essential-digital-skills-online",  # evenings, online (no topic match)
    ]
    scores = [r.score for r in result.recommendations]
    assert scores == sorted(scores, reverse=True)


def test_a_full_time_only_route_is_a_near_miss_for_someone_with_evenings_never_a_recommendation(loaded):
    result = run(loaded, age=45, local_authority="Walsall", availability="evenings_weekends")
    assert "bootcamp-coding-online" not in ids(result.recommendations)
    miss = next(n for n in result.near_misses if n.pathway.id == "bootcamp-coding-online")
    assert (miss.rule, miss.reason) == ("schedule", "It is full time only")
    assert miss.change == "If you could study full time, this would open to you"
    assert all(set(r.pathway.schedule) & {"evenings_weekends"} for r in result.recommendations)


def test_illustrative_dates_are_never_stated_at_all(loaded):
    result = run(loaded, age=45, local_authority="Walsall")
    coding = next(r for r in result.recommendations if r.pathway.id == "bootcamp-coding-online")
    assert coding.pathway.illustrative and coding.pathway.next_cohort is not None
    assert not any("cohort" in line or "2027" in line for line in coding.why + coding.conditions)
    summary = result.to_payload()["pathways"]
    card = next(p for p in summary if p["id"] == "bootcamp-coding-online")
    assert card["next_cohort"] is None and card["status"] is None and card["cost"] is None


def test_sourced_dates_are_stated(loaded):
    result = run(loaded, age=45, local_authority="Walsall")
    data = next(r for r in result.recommendations if r.pathway.id == "bootcamp-data-walsall-evenings")
    assert "the next cohort starts 11 January 2027" in data.why


def test_order_is_deterministic(loaded):
    first = run(loaded, age=30)
    again = run(loaded, age=30)
    assert ids(first.recommendations) == ids(again.recommendations)
    assert ids(first.near_misses) == ids(again.near_misses)


def test_limit(loaded):
    assert len(run(loaded, age=30, limit=3).recommendations) == 3


# --- questions ---------------------------------------------------------------------------------------


def test_with_nothing_known_the_gates_come_first(loaded):
    result = run(loaded)
    assert result.questions[:2] == ["local_authority", "age"]
    assert "target_groups" not in result.questions


def test_with_everything_that_matters_known_there_is_nothing_to_ask(loaded):
    result = run(loaded, age=45, local_authority="Walsall", background="displaced_worker",
                 employment_status="employed", annual_income=18000, qualification_level=2, interest="data",
                 availability="evenings_weekends", universal_credit=True)
    assert result.questions == []


def test_immigration_status_is_asked_only_when_it_matters(loaded):
    british = run(loaded, age=30, local_authority="Walsall", background="career_changer", qualification_level=3,
                  interest="coding", availability="full_time")
    assert "immigration_status" not in british.questions  # the HNC's residency rule stays a condition
    hnc = next(r for r in british.recommendations if r.pathway.id == "hnc-computing-walsall")
    assert any(c.startswith("For British or Irish citizens") for c in hnc.conditions)
    refugee = run(loaded, age=30, local_authority="Walsall", background="refugee", qualification_level=3,
                  interest="coding", availability="full_time")
    assert "immigration_status" in refugee.questions


def test_immigration_status_is_asked_of_someone_whose_english_is_not_their_first_language_before_a_paid_job(loaded):
    # a paid placement needs the right to work: an asylum seeker among them would be shown a job they may not take
    facts = dict(age=20, local_authority="Walsall", qualification_level=1, interest="it_support", background="unemployed",
                 availability="full_time", employment_status="unemployed")
    newcomer = run(loaded, english_level="intermediate", **facts)
    assert any(r.pathway.eligibility.requires_right_to_work for r in newcomer.recommendations)
    assert "immigration_status" in newcomer.questions
    assert "immigration_status" not in run(loaded, english_level="fluent", **facts).questions


# --- payload ---------------------------------------------------------------------------------------


def test_payload_matches_the_documented_shape(loaded):
    payload = run(loaded, age=20, local_authority="Walsall", universal_credit=True,
                  employment_status="unemployed").to_payload()
    assert payload["type"] == "pathway_recommendations"
    assert payload["catalogue_version"] == "test.1"
    assert payload["content_hash"] == CATALOGUE.content_hash
    card = payload["pathways"][0]
    assert {"id", "title", "kind", "provider", "why", "conditions", "next_step", "status"} <= set(card)
    assert set(payload["near_misses"][0]) == {"id", "title", "rule", "reason", "change"}


# --- the SQL prefilter and the Python rules agree -----------------------------------------------------

FACT_VALUES = {
    "age": [None, 14, 17, 19, 24, 30, 58],
    "school_age": [None, None, None, (6, 8), (11, 12), (14, 15)],
    # Constituent councils, non-constituent ones (no WMCA-funded places), and outside the area.
    "local_authority": [None, "Walsall", "Birmingham", "Sandwell", "Coventry", "Rugby", "Shropshire",
                        "Telford and Wrekin", "Tamworth", "Leicester"],
    "background": [None, *vocab.BACKGROUNDS],
    "employment_status": [None, *vocab.EMPLOYMENT_STATUSES],
    "annual_income": [None, 12000, 20000, 30000, vocab.INCOME_DECLINED],
    "qualification_level": [None, 0, 2, 3, 6],
    "interest": [None, *vocab.INTERESTS],
    "availability": [None, *vocab.SCHEDULES],
    "universal_credit": [None, True, False],
    "immigration_status": [None, *vocab.IMMIGRATION_STATUSES],
    "english_level": [None, *vocab.ENGLISH_LEVELS],
    "target_groups": [[], ["black_women"], ["women"]],
    "excluded_groups": [[], [], ["women"], ["black_women"], ["women", "over_50s", "young_people"]],
    "digital_confidence": [None, *vocab.DIGITAL_CONFIDENCE],
}


def random_profiles(count: int, seed: int = 3):
    rng = random.Random(seed)
    for _ in range(count):
        yield Profile.from_mapping({k: rng.choice(v) for k, v in FACT_VALUES.items()})


def in_scope(pathway, scope: str, profile: Profile) -> bool:
    if scope == "under_16":
        # (a child whose home is not known: only what they can join from anywhere)
        return (pathway.kind == "youth_outreach" or (pathway.kind == "advice_service"
                                                     and pathway.eligibility.region == "national")) and (
            profile.local_authority is not None or pathway.is_online)
    return True


def test_sql_prefilter_agrees_with_the_python_rules(loaded):
    """For many profiles, the database picks exactly the pathways the rules call eligible / near misses:
    none missing, and none extra (match() would quietly drop extras, so this reads the SQL directly)."""
    with loaded() as session:
        catalogue_id = active_catalogue(session).id
        connection = session.connection()
        for profile in random_profiles(250):
            scope = scope_of(profile)
            search = Search(catalogue_id, profile, scope)
            found = {v: {f.pathway_id for f in search.top(connection, violations=v, limit=100)} for v in (0, 1)}
            expected = {"eligible": set(), "near_miss": set()}
            for pathway in CATALOGUE.pathways:
                outcome = verdict(evaluate(pathway, profile))
                if outcome in expected and in_scope(pathway, scope, profile):
                    expected[outcome].add(pathway.id)
            assert found[0] == expected["eligible"], profile
            assert found[1] == expected["near_miss"], profile


# --- funding and fit rules (bot.pathways.rules) ---------------------------------------------------------------


@pytest.mark.parametrize("place", ["Shropshire", "Telford and Wrekin", "Rugby", "Cannock Chase", "Tamworth",
                                   "Redditch"])
def test_a_neighbouring_council_gets_national_routes_and_its_own_never_a_wmca_funded_place(loaded, place):
    result = run(loaded, age=30, local_authority=place, limit=50, near_miss_limit=50)
    shown = [r.pathway for r in result.recommendations] + [n.pathway for n in result.near_misses]
    assert shown, place
    assert all(p.eligibility.region == "national" for p in shown)
    assert all(p.is_online or place in p.locations for p in shown)
    lines = [line for r in result.recommendations for line in r.why + r.conditions]
    assert not any(place in line and "free" in line.lower() for line in lines)


def test_shropshire_sees_its_own_local_route_first(loaded):
    result = run(loaded, age=30, local_authority="Shropshire", availability="part_time")
    assert ids(result.recommendations)[0] == "digital-course-shropshire"
    assert "bootcamp-coding-online" not in ids(result.recommendations) + ids(result.near_misses)


def test_a_constituent_council_still_gets_wmca_places(loaded):
    result = run(loaded, age=30, local_authority="Dudley", limit=50)
    assert "bootcamp-coding-online" in ids(result.recommendations)


def test_an_asylum_seeker_is_never_shown_paid_work(loaded):
    for place in ("Walsall", "Sandwell"):
        result = run(loaded, age=20, local_authority=place, immigration_status="asylum_seeker",
                     qualification_level=3, universal_credit=True, employment_status="unemployed",
                     limit=50, near_miss_limit=50)
        shown = [r.pathway for r in result.recommendations] + [n.pathway for n in result.near_misses]
        assert not [p.id for p in shown if p.eligibility.requires_right_to_work]


def test_a_refugee_is_shown_the_apprenticeship(loaded):
    result = run(loaded, age=20, local_authority="Walsall", immigration_status="refugee", qualification_level=3,
                 limit=50)
    assert "apprenticeship-it-walsall" in ids(result.recommendations)


def test_an_apprenticeship_is_a_paid_job_never_free_because_of_where_you_live(loaded):
    result = run(loaded, age=20, local_authority="Walsall", qualification_level=3, limit=50)
    apprenticeship = next(r for r in result.recommendations if r.pathway.id == "apprenticeship-it-walsall")
    assert "it is a paid job with training" in apprenticeship.why
    assert not any("free" in line.lower() for line in apprenticeship.why + apprenticeship.conditions)


@pytest.mark.parametrize("confidence", ["none", "basic"])
def test_a_digital_beginner_is_shown_the_basics_first(loaded, confidence):
    result = run(loaded, age=45, local_authority="Walsall", qualification_level=1, interest="coding",
                 digital_confidence=confidence)
    first = result.recommendations[0].pathway
    assert first.kind == "essential_digital_skills" or "general_digital" in first.topics
    assert ids(result.recommendations).index("essential-digital-skills-online") < \
        ids(result.recommendations).index("bootcamp-coding-online")


def test_a_confident_resident_is_ranked_by_interest(loaded):
    result = run(loaded, age=45, local_authority="Walsall", qualification_level=1, interest="coding",
                 digital_confidence="confident")
    assert "coding" in result.recommendations[0].pathway.topics


def test_a_man_who_said_so_is_not_recommended_a_route_for_women(loaded):
    kept = run(loaded, age=45, local_authority="Birmingham", annual_income=12000, limit=50)
    said = run(loaded, age=45, local_authority="Birmingham", annual_income=12000, excluded_groups=["women"],
               limit=50, near_miss_limit=50)
    assert {"black-codher-birmingham", "women-in-tech-online"} <= set(ids(kept.recommendations))
    shown = ids(said.recommendations) + ids(said.near_misses)
    assert "black-codher-birmingham" not in shown and "women-in-tech-online" not in shown


# Free Courses for Jobs: no Level 3 yet, OR under the earnings threshold, OR unemployed (bot.pathways.rules).
FCFJ_CASES = [
    ("no_level_3_yet", {"qualification_level": 2, "employment_status": "employed"}, "why",
     "free for you under Free Courses for Jobs, as you don't have a Level 3 qualification yet"),
    ("unemployed_with_a_degree", {"qualification_level": 6, "employment_status": "unemployed"}, "why",
     "free for you under Free Courses for Jobs, as you are out of work"),
    ("employed_with_a_degree", {"qualification_level": 6, "employment_status": "employed"}, "conditions",
     "Free under Free Courses for Jobs if you don't have a Level 3 qualification yet, earn under the earnings "
     "threshold or are unemployed; otherwise ask the provider about the fee or an Advanced Learner Loan"),
    ("nothing_known", {}, "conditions", "Free under Free Courses for Jobs if you don't have a Level 3"),
]


@pytest.mark.parametrize("facts, where, words", [c[1:] for c in FCFJ_CASES], ids=[c[0] for c in FCFJ_CASES])
def test_free_courses_for_jobs_says_who_it_is_free_for_and_turns_nobody_away(loaded, facts, where, words):
    result = run(loaded, age=30, local_authority="Walsall", limit=50, **facts)
    course = next(r for r in result.recommendations if r.pathway.id == "free-course-data-level3-online")
    assert any(line.startswith(words) for line in getattr(course, where))


def test_an_adult_skills_fund_course_tells_an_asylum_seeker_about_the_six_month_wait(loaded):
    asking = run(loaded, age=30, local_authority="Shropshire", immigration_status="asylum_seeker")
    course = next(r for r in asking.recommendations if r.pathway.id == "digital-course-shropshire")
    assert any("waited 6 months or more for a decision" in c for c in course.conditions)
    settled = run(loaded, age=30, local_authority="Shropshire", immigration_status="settled")
    course = next(r for r in settled.recommendations if r.pathway.id == "digital-course-shropshire")
    assert not any("6 months" in c for c in course.conditions)


def test_outside_the_area_a_full_time_only_route_asks_when_they_can_study():
    # the national routes left can still be ruled out by their hours (a full-time apprenticeship)
    from types import SimpleNamespace

    from bot.pathways.matching import _questions

    full_time = next(p for p in CATALOGUE.pathways if set(p.schedule) == {"full_time"})
    asked = _questions(Profile.from_mapping({"age": 30, "local_authority": "Leicester"}), "outside_area",
                       [SimpleNamespace(pathway=full_time)], [])
    assert asked == ["availability"]


def test_where_they_live_is_asked_even_when_the_best_routes_so_far_are_national(sessions):
    # Someone made redundant at 57 with no idea what to learn: apprenticeships and national services rank
    # first, but a home in the West Midlands would bring free local courses in.
    from bot.pathways.catalogue_store import load

    with sessions.begin() as session:
        load(session, load_catalogue(FIXTURES.parents[1] / "pathways.yml"), "pathways.yml", today=TODAY)
    result = run(sessions, age=57, background="displaced_worker", employment_status="unemployed",
                 interest="not_sure", availability="full_time")
    assert result.scope == "area_unknown"
    assert result.questions[0] == "local_authority"
    here = run(sessions, age=57, background="displaced_worker", employment_status="unemployed",
               interest="not_sure", availability="full_time", local_authority="Birmingham")
    assert "local_authority" not in here.questions

