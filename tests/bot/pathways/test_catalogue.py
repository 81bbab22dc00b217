"""The catalogue validator: every problem named with its file, entry, field and line, all at once."""

from __future__ import annotations

import pytest

from bot.pathways.catalogue import CatalogueError, Pathway, Problem, catalogue_from_data, load_catalogue, parse_catalogue
from bot.settings import Settings

GOOD = """\
version: "1"
updated: 2026-11-01
pathways:
  - id: good-one
    title: A pathway
    kind: bootcamp
    provider: P
    summary: S
    topics: [coding]
    delivery: online
    schedule: [full_time]
    duration_weeks: 12
    entry_requirements: None
    cost: 0
    cost_description: Free
    funding_body: WMCA
    locations: []
    status: open
    next_step: {text: Apply, url: "https://example.org"}
    source: https://example.org/src
    last_verified: 2026-11-01
    eligibility:
      min_age: 19
      max_age: null
      region: wmca
      sources: {min_age: "https://example.org/rules"}
"""


def problems_in(text: str):
    with pytest.raises(CatalogueError) as raised:
        parse_catalogue(text, "pathways.yml")
    return raised.value.problems


def line_of(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if fragment in line)


def test_the_good_entry_is_valid():
    catalogue = parse_catalogue(GOOD, "pathways.yml")
    assert [p.id for p in catalogue.pathways] == ["good-one"]
    assert catalogue.version == "1"
    assert catalogue.content_hash.startswith("sha256:")


# (test id, replace this, with this, field, words in the message, line of this fragment (None: no check))
CASES = [
    ("unknown_kind", "kind: bootcamp", "kind: bootkamp", "kind", "unknown kind 'bootkamp' (did you mean 'bootcamp'?)",
     "kind: bootkamp"),
    ("min_age_over_max_age", "max_age: null", "max_age: 17", "eligibility.min_age",
     "min_age 19 is greater than max_age 17", "min_age: 19"),
    ("impossible_date", "last_verified: 2026-11-01", "last_verified: 2026-13-01", "last_verified",
     "bad date '2026-13-01'", "last_verified"),
    ("words_for_a_date", "    status: open\n", "    status: open\n    next_cohort: early spring\n", "next_cohort",
     "bad date 'early spring'", "next_cohort"),
    ("unknown_local_authority", "locations: []", "locations: [Walsal]", "locations",
     "unknown local authority 'Walsal' (did you mean 'Walsall'?)", "locations"),
    ("missing_source", "    source: https://example.org/src\n", "", "source", "missing", None),
    ("empty_source", "source: https://example.org/src", 'source: ""', "source", "missing source", "source:"),
    ("rule_without_its_source", 'sources: {min_age: "https://example.org/rules"}', "sources: {}",
     "eligibility.min_age", "missing source for the min_age rule", "min_age: 19"),
    ("source_for_no_such_rule", 'sources: {min_age: "https://example.org/rules"}',
     'sources: {min_age: "https://example.org/rules", min_agee: "x"}', "eligibility.sources.min_agee",
     "no such rule (did you mean 'min_age'?)", None),
    ("typo_in_a_field_name", "summary: S", "sumary: S", "sumary", "unknown field (did you mean 'summary'?)",
     "sumary"),
    ("typo_in_a_rule_name", "      region: wmca\n", "      region: wmca\n      max_incom: 20000\n",
     "eligibility.max_incom", "unknown rule (did you mean 'max_income'?)", "max_incom"),
    ("next_step_without_a_route", 'next_step: {text: Apply, url: "https://example.org"}', "next_step: {text: Apply}",
     "next_step", "needs at least one of url, phone or referral", "next_step"),
    ("next_step_without_words", 'next_step: {text: Apply, url: "https://example.org"}',
     'next_step: {url: "https://example.org"}', "next_step.text", "missing", "next_step"),
    ("next_step_url_that_is_not_a_url", 'url: "https://example.org"', 'url: "www.example.org"', "next_step.url",
     "is not a web address", "next_step"),
    ("id_that_is_not_a_slug", "id: good-one", "id: Good One", "id", "is not a slug", "id: Good One"),
    ("missing_id", "  - id: good-one\n    title", "  - title", "id", "missing", None),
    ("unknown_topic", "topics: [coding]", "topics: [coder]", "topics", "unknown value 'coder'", "topics"),
    ("unknown_schedule", "schedule: [full_time]", "schedule: [nights]", "schedule", "unknown value 'nights'",
     "schedule"),
    ("empty_schedule", "schedule: [full_time]", "schedule: []", "schedule", "must name at least one", "schedule"),
    ("unknown_delivery", "delivery: online", "delivery: hybrid", "delivery", "unknown delivery 'hybrid'", "delivery"),
    ("unknown_status", "status: open", "status: opened", "status", "unknown status 'opened'", "status"),
    ("unknown_region", "region: wmca", "region: west", "eligibility.region", "unknown region 'west'", "region"),
    ("unknown_employment_status", "      region: wmca\n", "      region: wmca\n      employment_status: [retired]\n",
     "eligibility.employment_status", "unknown value 'retired'", "employment_status"),
    ("unknown_background", "      region: wmca\n", "      region: wmca\n      backgrounds: [student]\n",
     "eligibility.backgrounds", "unknown value 'student'", "backgrounds"),
    ("unknown_immigration_status", "      region: wmca\n", "      region: wmca\n      immigration_statuses: [citizen]\n",
     "eligibility.immigration_statuses", "unknown value 'citizen'", "immigration_statuses"),
    ("unknown_english_level", "      region: wmca\n", "      region: wmca\n      english_levels: [native]\n",
     "eligibility.english_levels", "unknown value 'native'", "english_levels"),
    ("unknown_target_group", "      region: wmca\n", "      region: wmca\n      target_groups: [refugees]\n",
     "eligibility.target_groups", "unknown value 'refugees'", "target_groups"),
    ("qualification_level_out_of_range", "      region: wmca\n",
     "      region: wmca\n      min_qualification_level: 9\n", "eligibility.min_qualification_level",
     "from 0 (entry) to 8", "min_qualification_level"),
    ("min_qualification_over_max", "      region: wmca\n",
     "      region: wmca\n      min_qualification_level: 4\n      max_qualification_level: 2\n",
     "eligibility.min_qualification_level", "min_qualification_level 4 is greater than max_qualification_level 2",
     "min_qualification_level"),
    ("negative_cost", "cost: 0", "cost: -5", "cost", "must be an amount in pounds", "cost"),
    ("duplicate_key", "    kind: bootcamp\n", "    kind: bootcamp\n    kind: course\n", "kind", "appears twice",
     "kind: course"),
    ("missing_version", 'version: "1"\n', "", "version", "missing", None),
    ("unquoted_version_number", 'version: "1"', "version: 2026.11", "version", "must be quoted text", "version"),
    ("missing_updated", "updated: 2026-11-01\n", "", "updated", "missing", None),
    ("illustrative_in_a_live_catalogue", "    status: open\n", "    status: open\n    illustrative: true\n",
     "illustrative", "not allowed in a live catalogue", "illustrative: true"),
    ("benefits_note_without_its_source", "    status: open\n",
     "    status: open\n    benefits_note: You usually keep Universal Credit\n", "benefits_source",
     "benefits_note and benefits_source go together", None),
    ("benefits_source_without_a_note", "    status: open\n",
     "    status: open\n    benefits_source: https://www.gov.uk/x\n", "benefits_note",
     "benefits_note and benefits_source go together", None),
    ("missing_entry_requirements", "    entry_requirements: None\n", "", "entry_requirements", "missing", None),
    ("empty_entry_requirements", "    entry_requirements: None\n", '    entry_requirements: " "\n',
     "entry_requirements", "Not stated: ask the provider", "entry_requirements"),
    ("missing_cost_description", "    cost_description: Free\n", "", "cost_description", "missing", None),
    ("course_url_not_a_web_address", "    status: open\n", "    status: open\n    course_url: www.x.ac.uk\n",
     "course_url", "not a web address", "course_url"),
    ("level_out_of_range", "    status: open\n", "    status: open\n    level: 9\n", "level",
     "RQF level from 0 (entry) to 8", "level: 9"),
    ("venue_without_a_town", "    locations: []\n", "    locations: []\n    venues: [{postcode_district: B4}]\n",
     "venues", "needs a town", "venues"),
    ("venue_with_a_full_postcode", "    locations: []\n",
     "    locations: []\n    venues: [{town: Walsall, postcode_district: WS1 1XN}]\n",
     "venues", "not a postcode district", "venues"),
    ("unknown_status", "    status: open", "    status: opened", "status", "unknown status 'opened'", "status"),
    ("right_to_work_without_a_source", "      region: wmca\n",
     "      region: wmca\n      requires_right_to_work: true\n", "eligibility.requires_right_to_work",
     "missing source for the requires_right_to_work rule", "requires_right_to_work"),
    ("right_to_work_not_a_flag", "      region: wmca\n", "      region: wmca\n      requires_right_to_work: maybe\n",
     "eligibility.requires_right_to_work", "must be true or false", "requires_right_to_work"),
]


@pytest.mark.parametrize("old, new, field, message, line_fragment", [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_problem_is_named_with_entry_field_and_line(old, new, field, message, line_fragment):
    assert old in GOOD, "the case must change the good entry"
    text = GOOD.replace(old, new, 1)
    problems = problems_in(text)
    matching = [p for p in problems if p.field == field and message in p.message]
    assert matching, f"no problem for {field} with {message!r} in:\n" + "\n".join(map(str, problems))
    problem = matching[0]
    assert problem.file == "pathways.yml"
    if line_fragment is not None:
        assert problem.line == line_of(text, line_fragment)
    if field not in ("version", "updated"):
        assert problem.entry in ("good-one", "Good One", "#1")


def test_message_reads_file_entry_line_field_and_what_is_wrong():
    problems = problems_in(GOOD.replace("max_age: null", "max_age: 17").replace(
        'sources: {min_age: "https://example.org/rules"}',
        'sources: {min_age: "https://example.org/rules", max_age: "https://example.org/rules"}'))
    assert [str(p) for p in problems] == [
        "pathways.yml: entry 'good-one' (line 23), field eligibility.min_age: min_age 19 is greater than max_age 17"
    ]


def test_an_entry_without_a_usable_id_is_named_by_position():
    text = GOOD + GOOD.split("pathways:\n")[1].replace("id: good-one", "title_only: x")
    problem = next(p for p in problems_in(text) if p.field == "id")
    assert problem.entry == "#2"
    assert str(problem).startswith("pathways.yml: entry #2 (line ")


def test_duplicate_id_names_the_first_entry_line():
    text = GOOD + GOOD.split("pathways:\n")[1]
    problems = problems_in(text)
    assert len(problems) == 1
    assert problems[0].field == "id"
    assert problems[0].message == "duplicate id: 'good-one' is already used by the entry at line 4"
    assert problems[0].line == 27


def test_every_problem_is_reported_not_just_the_first():
    broken = (GOOD.replace("kind: bootcamp", "kind: bootkamp").replace("locations: []", "locations: [Narnia]")
              .replace("status: open", "status: shut"))
    second = (GOOD.split("pathways:\n")[1].replace("good-one", "second-one")
              .replace("min_age: 19", "min_age: 200"))
    problems = problems_in(broken + second)
    fields = [(p.entry, p.field) for p in problems]
    assert ("good-one", "kind") in fields
    assert ("good-one", "locations") in fields
    assert ("good-one", "status") in fields
    assert ("second-one", "eligibility.min_age") in fields


def test_malformed_yaml_names_the_file_and_line():
    text = GOOD.replace("kind: bootcamp", "kind: [bootcamp")
    (problem,) = problems_in(text)
    assert problem.file == "pathways.yml"
    assert "not valid YAML" in problem.message
    assert problem.line is not None and problem.line >= line_of(text, "kind: [bootcamp")


def test_a_file_that_is_not_a_mapping():
    (problem,) = problems_in("- just\n- a list\n")
    assert "must be a mapping" in problem.message


def test_unreadable_file(tmp_path):
    with pytest.raises(CatalogueError) as raised:
        load_catalogue(tmp_path / "missing.yml")
    assert "cannot read the file" in str(raised.value.problems[0])


def test_problem_without_entry_reads_cleanly():
    assert str(Problem("p.yml", None, "version", 1, "missing")) == "p.yml: line 1, field version: missing"


# --- content hash ----------------------------------------------------------------------------------

REFORMATTED = """\
# the same catalogue, written differently
updated: "2026-11-01"
version: '1'
pathways:
- title: "A pathway"
  id: good-one
  kind: bootcamp
  provider: P
  summary: S
  topics:
    - coding
  delivery: online
  schedule:
    - full_time
  duration_weeks: 12
  entry_requirements: "None"
  cost: 0
  cost_description: "Free"
  funding_body: WMCA
  locations: []
  status: open
  next_step:
    url: https://example.org
    text: Apply
  source: "https://example.org/src"
  last_verified: 2026-11-01
  eligibility:
    region: wmca
    min_age: 19
    sources:
      min_age: https://example.org/rules
"""


def test_content_hash_ignores_formatting_comments_and_key_order():
    assert parse_catalogue(REFORMATTED).content_hash == parse_catalogue(GOOD).content_hash


def test_content_hash_changes_with_the_content():
    changed = GOOD.replace("min_age: 19", "min_age: 18")
    assert parse_catalogue(changed).content_hash != parse_catalogue(GOOD).content_hash


def test_pathway_round_trips_through_its_document(small_catalogue_path):
    for pathway in load_catalogue(small_catalogue_path).pathways:
        assert Pathway.from_dict(pathway.to_dict()) == pathway


def test_summary_dict_carries_the_payload_keys(small_catalogue_path):
    pathway = load_catalogue(small_catalogue_path).get("bootcamp-coding-online")
    summary = pathway.to_summary_dict()
    assert {"id", "title", "kind", "provider", "next_step", "status"} <= set(summary)
    assert summary["next_step"] == {"text": "Apply online", "url": "https://example.org/coding"}
    assert summary["illustrative"] is True


def test_the_shipped_catalogue_validates():
    path = Settings.from_env().catalogue_path
    if not path.exists():
        pytest.skip(f"{path} has not been written yet")
    catalogue = load_catalogue(path)  # raises, listing every problem, if it is not valid
    assert len(catalogue.pathways) >= 40


def test_unknown_status_and_cost_are_allowed_and_read_as_not_known():
    text = GOOD.replace("    status: open", "    status: null").replace("    cost: 0", "    cost: null")
    pathway = parse_catalogue(text).pathways[0]
    assert pathway.status is None and pathway.cost is None
    assert pathway.to_summary_dict()["status"] is None


def test_a_demo_catalogue_may_mark_entries_illustrative_but_they_state_no_facts():
    text = GOOD.replace('version: "1"', 'version: "1"\ndemo: true').replace(
        "    status: open\n", "    status: open\n    illustrative: true\n    next_cohort: 2027-01-11\n")
    catalogue = parse_catalogue(text)
    assert catalogue.demo
    summary = catalogue.pathways[0].to_summary_dict()
    assert summary["illustrative"] is True
    assert (summary["status"], summary["next_cohort"], summary["cost"]) == (None, None, None)


def test_the_demo_flag_changes_the_content_hash():
    live = parse_catalogue(GOOD)
    demo = parse_catalogue(GOOD.replace('version: "1"', 'version: "1"\ndemo: true'))
    assert live.content_hash != demo.content_hash


@pytest.mark.parametrize("field, value", [
    ("course_url", "https://example.org/course"),
    ("qualification", "Pearson BTEC Higher National Certificate in Digital Technologies"),
    ("level", 4),
    ("attendance", "Part time, one day a week"),
    ("venues", [{"town": "Walsall", "postcode_district": "WS1"}]),
    ("cost_description", "Free for eligible adults"),
    ("entry_requirements", "A Level 3 qualification"),
])
def test_the_content_hash_covers_every_new_field(field, value):
    import yaml
    data = yaml.safe_load(GOOD)
    before = catalogue_from_data(data).content_hash
    data["pathways"][0][field] = value
    assert catalogue_from_data(data).content_hash != before


def test_benefits_note_and_its_source_are_kept_together():
    text = GOOD.replace("    status: open\n", "    status: open\n    benefits_note: You usually stay on Universal "
                        "Credit; tell your work coach first\n    benefits_source: https://www.gov.uk/uc\n")
    pathway = parse_catalogue(text).pathways[0]
    assert pathway.benefits_note.startswith("You usually stay on Universal Credit")
    assert pathway.to_summary_dict()["benefits_source"] == "https://www.gov.uk/uc"


def test_entries_not_checked_for_longer_than_the_configured_age_are_warned_about():
    import datetime as dt
    catalogue = parse_catalogue(GOOD)  # last_verified 2026-11-01
    assert catalogue.stale_warnings(dt.date(2027, 4, 30), days=180) == []
    warnings = catalogue.stale_warnings(dt.date(2027, 5, 1), days=180, file="pathways.yml")
    assert warnings == ["pathways.yml: warning: entry 'good-one': last verified 2026-11-01, 181 days ago "
                        "(more than 180): check it against its source"]
    assert [p.id for p in catalogue.stale(dt.date(2026, 11, 12), days=10)] == ["good-one"]


def test_free_courses_for_jobs_may_not_be_a_hard_qualification_rule():
    text = GOOD.replace("funding_body: WMCA", "funding_body: WMCA (Free Courses for Jobs)").replace(
        "      region: wmca\n", "      region: wmca\n      max_qualification_level: 2\n").replace(
        'sources: {min_age: "https://example.org/rules"}',
        'sources: {min_age: "https://example.org/rules", max_qualification_level: "https://example.org/rules"}')
    problems = problems_in(text)
    assert [p.field for p in problems] == ["eligibility.max_qualification_level"]
    assert "OR earn under the threshold, OR are unemployed" in problems[0].message
    assert "level-3-free-courses-for-jobs-offer-approval-criteria" in problems[0].message


def test_an_entry_whose_source_names_no_web_page_is_warned_about():
    import datetime as dt
    text = GOOD.replace("    source: https://example.org/src", "    source: a leaflet from the college")
    (warning,) = parse_catalogue(text).warnings(dt.date(2026, 11, 2), days=180, file="pathways.yml")
    assert warning == ("pathways.yml: warning: entry 'good-one': its source names no web page (https://...): "
                       "add the public page that backs it")
    assert parse_catalogue(GOOD).warnings(dt.date(2026, 11, 2), days=180) == []


@pytest.mark.parametrize("kind", ["apprenticeship", "kickstart"])
def test_paid_work_must_carry_the_right_to_work_rule(kind):
    problems = problems_in(GOOD.replace("kind: bootcamp", f"kind: {kind}"))
    assert [p.field for p in problems] == ["eligibility.requires_right_to_work"]
    assert f"a {kind} is paid work: set requires_right_to_work: true" in problems[0].message
    fixed = GOOD.replace("kind: bootcamp", f"kind: {kind}").replace(
        "      region: wmca\n", "      region: wmca\n      requires_right_to_work: true\n").replace(
        'sources: {min_age: "https://example.org/rules"}',
        'sources: {min_age: "https://example.org/rules", requires_right_to_work: "https://example.org/rtw"}')
    assert parse_catalogue(fixed).pathways[0].eligibility.requires_right_to_work


@pytest.mark.parametrize("funder", ["Adult skills funding (the WMCA for adult residents of its area)",
                                    "Adult Skills Fund (national funding)", "the council (adult education funding)"])
def test_a_route_paid_for_by_adult_skills_funding_must_be_for_19_and_over(funder):
    younger = GOOD.replace("funding_body: WMCA", f"funding_body: {funder}").replace("min_age: 19", "min_age: 16")
    problems = problems_in(younger)
    assert [p.field for p in problems] == ["eligibility.min_age"]
    assert "aged 19 or over on 31 August: set min_age: 19" in problems[0].message
    assert "section-2-skills-programmes-learner-eligibility" in problems[0].message
    assert parse_catalogue(GOOD.replace("funding_body: WMCA", f"funding_body: {funder}")).pathways


def test_a_route_paid_for_by_student_finance_must_not_be_open_to_a_pending_asylum_claim():
    loan = GOOD.replace("funding_body: WMCA", "funding_body: Student Finance England tuition fee loan")
    problems = problems_in(loan)
    assert [p.field for p in problems] == ["eligibility.immigration_statuses"]
    assert "without asylum_seeker" in problems[0].message and "refugees-and-asylum-seekers" in problems[0].message

    def listing(statuses: str) -> str:
        return loan.replace("      region: wmca\n", f"      region: wmca\n      immigration_statuses: [{statuses}]\n"
                            ).replace('sources: {min_age: "https://example.org/rules"}',
                                      'sources: {min_age: "https://example.org/rules", '
                                      'immigration_statuses: "https://example.org/loans"}')

    assert [p.field for p in problems_in(listing("refugee, asylum_seeker"))] == ["eligibility.immigration_statuses"]
    assert parse_catalogue(listing("british_irish, settled, refugee")).pathways
