"""The catalogue validator: every problem in pathways.yml, each naming the file, entry, field and line.

A council's skills team edits pathways.yml by hand, so the validator reports every problem at once
rather than stopping at the first, and it checks what YAML alone lets through: typos in field names and
vocabularies, impossible rules, rules without a source, keys given twice.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

import yaml

from bot.language import vocab
from bot.pathways.rules import (ADULT_FUNDING_MIN_AGE, FREE_COURSES_FOR_JOBS_OR_RULES, FREE_COURSES_FOR_JOBS_SOURCE,
                                PAID_WORK_KINDS, RIGHT_TO_WORK_SOURCE, STUDENT_FINANCE_SOURCE,
                                STUDENT_FINANCE_STATUSES, WMCA_FUNDING_SOURCE, adult_skills_funded,
                                student_finance_funded)


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when present: much faster
    """Safe loader that leaves impossible dates (2026-13-01) as text for the validator to report."""


def _timestamp_or_text(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# The outward half of a UK postcode: B4, WS1, CV34, WV10, SY1, TF3, B90.
POSTCODE_DISTRICT = re.compile(r"^[A-Za-z]{1,2}[0-9][0-9A-Za-z]?$")

# Eligibility rules in the order residents read them; `sources` keys must be one of these.
RULES = (
    "min_age",
    "max_age",
    "max_income",
    "employment_status",
    "min_qualification_level",
    "max_qualification_level",
    "requires_universal_credit",
    "backgrounds",
    "immigration_statuses",
    "english_levels",
    "target_groups",
    "requires_right_to_work",
)
BOOL_RULES = ("requires_universal_credit", "requires_right_to_work")
LIST_RULES = {
    "employment_status": vocab.EMPLOYMENT_STATUSES,
    "backgrounds": vocab.BACKGROUNDS,
    "immigration_statuses": vocab.IMMIGRATION_STATUSES,
    "english_levels": vocab.ENGLISH_LEVELS,
    "target_groups": vocab.TARGET_GROUPS,
}
_ELIGIBILITY_KEYS = RULES + ("region", "sources")

_REQUIRED = (
    "id",
    "title",
    "kind",
    "provider",
    "summary",
    "topics",
    "delivery",
    "schedule",
    "duration_weeks",
    "entry_requirements",
    "cost",
    "cost_description",
    "funding_body",
    "locations",
    "status",
    "next_step",
    "source",
    "last_verified",
    "eligibility",
)
_OPTIONAL = ("provider_url", "course_url", "qualification", "level", "attendance", "venues",
             "benefits_note", "benefits_source", "next_cohort", "application_deadline", "capacity",
             "illustrative")
_PATHWAY_KEYS = _REQUIRED + _OPTIONAL
NEXT_STEP_ROUTES = ("url", "phone", "referral")
_TOP_KEYS = ("version", "updated", "demo", "pathways")
# What a resident reads when a fact was not in the source: never a guess.
NOT_STATED = "Not stated: ask the provider"
# How old a `last_verified` date may be before the validator warns (WAYMARK_CATALOGUE_STALE_DAYS).
DEFAULT_STALE_DAYS = 180


@dataclass(frozen=True)
class Problem:
    file: str
    entry: Optional[str]  # the pathway id, or "#n" (1-based position) when the id is unusable
    field: Optional[str]  # dotted, e.g. "eligibility.min_age"
    line: Optional[int]  # 1-based
    message: str

    def __str__(self) -> str:
        where = []
        if self.entry is not None:
            name = self.entry if self.entry.startswith("#") else f"'{self.entry}'"
            where.append(f"entry {name}" + (f" (line {self.line})" if self.line else ""))
        elif self.line:
            where.append(f"line {self.line}")
        if self.field:
            where.append(f"field {self.field}")
        prefix = ", ".join(where)
        return f"{self.file}: {prefix}: {self.message}" if prefix else f"{self.file}: {self.message}"


class CatalogueError(Exception):
    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the catalogue"
        super().__init__(head + ":\n" + "\n".join(str(p) for p in self.problems))


def read_yaml(text: str, file: str) -> Tuple[Any, Optional[yaml.Node]]:
    """Parse once into both the data and the node tree (for line numbers)."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(exc, "problem", None) or str(exc)
        raise CatalogueError([Problem(file, None, None, line, f"not valid YAML: {reason}")]) from None
    finally:
        loader.dispose()
    return data, node


def validate(data: Any, file: str, node: Optional[yaml.Node] = None,
             ) -> Tuple[str, dt.date, bool, List[Dict[str, Any]]]:
    """(version, updated, demo, pathways as normalised dicts), or CatalogueError listing every problem."""
    return _Validator(file, node).catalogue(data)


class _Lines:
    """Line numbers for (path) keys, taken from the composed YAML node tree."""

    def __init__(self, node: Optional[yaml.Node]):
        self.root = node

    def find(self, *path: Union[str, int]) -> Optional[int]:
        """Line of the deepest node on `path` that exists (the key's line for mapping entries)."""
        node, line = self.root, (self.root.start_mark.line + 1 if self.root is not None else None)
        for step in path:
            if isinstance(node, yaml.MappingNode) and isinstance(step, str):
                match = next(((k, v) for k, v in node.value if k.value == step), None)
                if match is None:
                    return line
                line, node = match[0].start_mark.line + 1, match[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
                node = node.value[step]
                line = node.start_mark.line + 1
            else:
                return line
        return line


class _Validator:
    def __init__(self, file: str, node: Optional[yaml.Node]):
        self.file = file
        self.lines = _Lines(node)
        self.problems: List[Problem] = []
        self.demo = False

    def problem(self, entry: Optional[str], path: Tuple[Union[str, int], ...], field_name: Optional[str],
                message: str) -> None:
        self.problems.append(Problem(self.file, entry, field_name, self.lines.find(*path), message))

    def catalogue(self, data: Any) -> Tuple[str, dt.date, bool, List[Dict[str, Any]]]:
        if not isinstance(data, dict):
            self.problem(None, (), None, "the file must be a mapping with version, updated and pathways")
            raise CatalogueError(self.problems)
        self._duplicate_keys(self.lines.root, None, ())
        for key in data:
            if key not in _TOP_KEYS:
                self.problem(None, (key,), str(key), f"unknown key{_did_you_mean(key, _TOP_KEYS)}")
        version = data.get("version")
        if version is None or (isinstance(version, str) and not version.strip()):
            self.problem(None, ("version",), "version",
                         'missing: give the catalogue a version, e.g. "2026.11.1"')
        elif not isinstance(version, str):
            self.problem(None, ("version",), "version",
                         f'{version!r} must be quoted text, e.g. "{version}"')
        updated = self._date(None, ("updated",), "updated", data.get("updated"), required=True)
        demo = data.get("demo", False)
        if not isinstance(demo, bool):
            self.problem(None, ("demo",), "demo", f"{demo!r} must be true or false")
        self.demo = demo is True
        raw = data.get("pathways")
        built: List[Dict[str, Any]] = []
        if not isinstance(raw, list) or not raw:
            self.problem(None, ("pathways",), "pathways",
                         "missing or empty: list the pathways under `pathways:`")
        else:
            seen: Dict[str, int] = {}
            for index, item in enumerate(raw):
                pathway = self._pathway(index, item, seen)
                if pathway is not None:
                    built.append(pathway)
        if self.problems:
            raise CatalogueError(self.problems)
        return version, updated, self.demo, built

    def _duplicate_keys(self, node: Optional[yaml.Node], entry: Optional[str], path: Tuple) -> None:
        # YAML silently keeps the last of two equal keys; in a hand-edited file that is always a slip.
        if isinstance(node, yaml.MappingNode):
            seen = set()
            for key, value in node.value:
                if key.value in seen:
                    self.problems.append(Problem(self.file, entry, ".".join(map(str, path + (key.value,))),
                                                 key.start_mark.line + 1, "this key appears twice"))
                seen.add(key.value)
                self._duplicate_keys(value, entry, path + (key.value,))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                if path == ("pathways",):
                    self._duplicate_keys(item, _entry_name(item, index), ())
                else:
                    self._duplicate_keys(item, entry, path)

    def _pathway(self, index: int, item: Any, seen: Dict[str, int]) -> Optional[Dict[str, Any]]:
        base: Tuple[Union[str, int], ...] = ("pathways", index)
        if not isinstance(item, dict):
            self.problem(f"#{index + 1}", base, None, "each pathway must be a mapping of fields")
            return None
        raw_id = item.get("id")
        entry = raw_id if isinstance(raw_id, str) and raw_id.strip() else f"#{index + 1}"
        before = len(self.problems)

        def report(field_name: str, message: str, *path: Union[str, int]) -> None:
            self.problem(entry, base + (path or tuple(field_name.split("."))), field_name, message)

        for key in _REQUIRED:
            if key not in item:
                report(key, "missing")
        for key in item:
            if key not in _PATHWAY_KEYS:
                report(str(key), f"unknown field{_did_you_mean(key, _PATHWAY_KEYS)}")

        if "id" in item:
            if not isinstance(raw_id, str) or not ID_PATTERN.match(raw_id):
                report("id", f"{raw_id!r} is not a slug: use lower-case letters, digits and single hyphens")
            elif raw_id in seen:
                report("id", f"duplicate id: '{raw_id}' is already used by the entry at line {seen[raw_id]}")
            else:
                seen[raw_id] = self.lines.find(*base, "id") or 0
        for key in ("title", "provider", "summary", "entry_requirements", "cost_description"):
            if key in item and not _text(item[key]):
                report(key, "must be non-empty text" + (f' (write "{NOT_STATED}" when the source says nothing)'
                                                        if key == "entry_requirements" else ""))
        texts = {}
        for key in ("qualification", "attendance", "benefits_note", "benefits_source"):
            value = item.get(key)
            if value is not None and not _text(value):
                report(key, "must be text (or leave it out)")
            texts[key] = value.strip() if _text(value) else None
        if (texts["benefits_note"] is None) != (texts["benefits_source"] is None):
            missing = "benefits_source" if texts["benefits_source"] is None else "benefits_note"
            report(missing, "benefits_note and benefits_source go together: a note about benefits needs the "
                            "page that says so")
        urls = {}
        for key in ("provider_url", "course_url", "benefits_source"):
            value = item.get(key)
            if _text(value) and not value.strip().startswith(("https://", "http://")):
                report(key, f"{value!r} is not a web address (http:// or https://)")
            elif value is not None and not _text(value):
                report(key, "must be a web address (or null)")
            urls[key] = value.strip() if _text(value) else None
        level = item.get("level")
        if level is not None and (not _whole(level) or not 0 <= level <= 8):
            report("level", f"{level!r} must be an RQF level from 0 (entry) to 8, or null")
        venues = self._venues(report, item.get("venues"))
        if "funding_body" in item and item["funding_body"] is not None and not _text(item["funding_body"]):
            report("funding_body", "must be text (or null when nobody funds it)")
        if "source" in item and not _text(item["source"]):
            report("source", "missing source: say where these facts come from (a URL or document)")

        self._choice(report, "kind", item.get("kind"), vocab.KINDS, "kind" in item)
        self._choice(report, "delivery", item.get("delivery"), vocab.DELIVERIES, "delivery" in item)
        # null: not known from the source, and never shown as open
        if item.get("status") is not None:
            self._choice(report, "status", item.get("status"), vocab.STATUSES, True)
        topics = self._list(report, "topics", item.get("topics"), vocab.TOPICS, "topics" in item)
        schedule = self._list(report, "schedule", item.get("schedule"), vocab.SCHEDULES, "schedule" in item)
        if "schedule" in item and schedule == ():
            report("schedule", "must name at least one of " + ", ".join(vocab.SCHEDULES))
        locations = self._locations(report, item.get("locations"), "locations" in item)

        duration = item.get("duration_weeks")
        if duration is not None and (not _number(duration) or duration <= 0):
            report("duration_weeks", f"{duration!r} must be a positive number of weeks (or null)")
        cost = item.get("cost")
        if cost is not None and (not _number(cost) or cost < 0):
            report("cost", f"{cost!r} must be an amount in pounds, 0 when free, or null when not sourced")
        capacity = item.get("capacity")
        if capacity is not None and (not _whole(capacity) or capacity <= 0):
            report("capacity", f"{capacity!r} must be a positive whole number of places")
        illustrative = item.get("illustrative", False)
        if not isinstance(illustrative, bool):
            report("illustrative", f"{illustrative!r} must be true or false")
        elif illustrative and not self.demo:
            # A live catalogue holds only sourced facts: an unsourced one is left out, not guessed.
            report("illustrative", "not allowed in a live catalogue: remove the facts you could not source "
                                   "(dates, capacity, cost) instead; only a catalogue with `demo: true` "
                                   "may hold illustrative entries")

        next_cohort = self._date(entry, base + ("next_cohort",), "next_cohort", item.get("next_cohort"))
        deadline = self._date(entry, base + ("application_deadline",), "application_deadline",
                              item.get("application_deadline"))
        verified = self._date(entry, base + ("last_verified",), "last_verified", item.get("last_verified"),
                              required="last_verified" in item)
        next_step = self._next_step(report, item.get("next_step"), "next_step" in item)
        eligibility = self._eligibility(report, entry, base, item.get("eligibility"), "eligibility" in item,
                                        item.get("funding_body"), item.get("kind"))

        if len(self.problems) > before:
            return None
        return {
            "id": raw_id,
            "title": item["title"].strip(),
            "kind": item["kind"],
            "provider": item["provider"].strip(),
            "summary": item["summary"].strip(),
            "provider_url": urls["provider_url"],
            "course_url": urls["course_url"],
            "qualification": texts["qualification"],
            "level": level,
            "entry_requirements": item["entry_requirements"].strip(),
            "attendance": texts["attendance"],
            "topics": topics or (),
            "delivery": item["delivery"],
            "schedule": schedule or (),
            "duration_weeks": duration,
            "cost": cost,
            "funding_body": item["funding_body"],
            "locations": locations or (),
            "venues": venues or [],
            "cost_description": item["cost_description"].strip(),
            "benefits_note": texts["benefits_note"],
            "benefits_source": urls["benefits_source"],
            "status": item["status"],
            "next_cohort": next_cohort,
            "application_deadline": deadline,
            "capacity": capacity,
            "illustrative": illustrative,
            "next_step": next_step,
            "source": item["source"].strip(),
            "last_verified": verified,
            "eligibility": eligibility,
        }

    def _venues(self, report, value: Any) -> Optional[List[Dict[str, str]]]:
        if value is None:
            return []
        if not isinstance(value, list):
            report("venues", "must be a list of {town: ..., postcode_district: ...} ([] for online or national)")
            return None
        out = []
        for i, venue in enumerate(value):
            if not isinstance(venue, dict) or set(venue) - {"town", "postcode_district"}:
                report("venues", f"venue {i + 1} must be a mapping with town and postcode_district", "venues", i)
                return None
            town, district = venue.get("town"), venue.get("postcode_district")
            if not _text(town):
                report("venues", f"venue {i + 1} needs a town", "venues", i)
                return None
            if district is not None and not (_text(district) and POSTCODE_DISTRICT.match(district.strip())):
                report("venues", f"venue {i + 1}: {district!r} is not a postcode district such as B4 or WS1",
                       "venues", i)
                return None
            out.append({"town": town.strip(),
                        "postcode_district": district.strip().upper() if district is not None else None})
        return out

    def _choice(self, report, name: str, value: Any, allowed: Sequence[str], present: bool) -> None:
        if present and value not in allowed:
            report(name, f"unknown {name} {value!r}{_did_you_mean(value, allowed)}; "
                         f"expected one of {', '.join(allowed)}")

    def _list(self, report, name: str, value: Any, allowed: Sequence[str], present: bool,
              ) -> Optional[Tuple[str, ...]]:
        if not present:
            return None
        if value is None:
            return ()
        if not isinstance(value, list):
            report(name, f"must be a list, e.g. [{allowed[0]}]")
            return None
        bad = [v for v in value if v not in allowed]
        for v in bad:
            report(name, f"unknown value {v!r}{_did_you_mean(v, allowed)}; "
                         f"expected one of {', '.join(allowed)}")
        if len(set(value)) != len(value):
            report(name, "lists the same value twice")
        return None if bad else tuple(value)

    def _locations(self, report, value: Any, present: bool) -> Optional[Tuple[str, ...]]:
        if not present:
            return None
        if value is None:
            return ()
        if not isinstance(value, list):
            report("locations", "must be a list of local authorities ([] for online-only or national)")
            return None
        bad = [v for v in value if v not in vocab.LOCAL_AUTHORITIES]
        for v in bad:
            report("locations", f"unknown local authority {v!r}{_did_you_mean(v, vocab.LOCAL_AUTHORITIES)}; "
                                "use a canonical name (the keys under local_authorities in bot/data/gazetteer.yml)")
        if len(set(value)) != len(value):
            report("locations", "lists the same local authority twice")
        return None if bad else tuple(value)

    def _date(self, entry: Optional[str], path: Tuple, name: str, value: Any,
              required: bool = False) -> Optional[dt.date]:
        if value is None:
            if required:
                self.problem(entry, path, name, "missing: give a date as YYYY-MM-DD")
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.problem(entry, path, name, f"bad date {value!r}: write it as YYYY-MM-DD")
        return None

    def _next_step(self, report, value: Any, present: bool) -> Optional[Dict[str, str]]:
        if not present:
            return None
        if not isinstance(value, dict):
            report("next_step", "must be a mapping with text and a url, phone or referral")
            return None
        ok = True
        for key in value:
            if key not in ("text",) + NEXT_STEP_ROUTES:
                report(f"next_step.{key}", f"unknown field{_did_you_mean(key, ('text',) + NEXT_STEP_ROUTES)}")
                ok = False
        if not _text(value.get("text")):
            report("next_step.text", "missing: say in words what the resident does next")
            ok = False
        routes = {k: value.get(k) for k in NEXT_STEP_ROUTES if value.get(k) not in (None, "")}
        if not routes:
            report("next_step", "needs at least one of url, phone or referral")
            ok = False
        for key, route in routes.items():
            if not _text(route):
                report(f"next_step.{key}", f"{route!r} must be text")
                ok = False
        url = routes.get("url")
        if isinstance(url, str) and not url.startswith(("https://", "http://")):
            report("next_step.url", f"{url!r} is not a web address (http:// or https://)")
            ok = False
        if not ok:
            return None
        return {"text": value["text"].strip(), **{k: str(v).strip() for k, v in routes.items()}}

    def _eligibility(self, report, entry: str, base: Tuple, value: Any, present: bool,
                     funding_body: Any = None, kind: Any = None) -> Optional[Dict[str, Any]]:
        if not present:
            return None
        if not isinstance(value, dict):
            report("eligibility", "must be a mapping of rules")
            return None
        before = len(self.problems)
        for key in value:
            if key not in _ELIGIBILITY_KEYS:
                report(f"eligibility.{key}", f"unknown rule{_did_you_mean(key, _ELIGIBILITY_KEYS)}")

        def field_report(name: str, message: str) -> None:
            report(f"eligibility.{name}", message)

        region = value.get("region")
        if region is None:
            field_report("region", "missing: wmca or national")
        elif region not in vocab.REGIONS:
            field_report("region", f"unknown region {region!r}; expected one of {', '.join(vocab.REGIONS)}")

        ages = {}
        for name in ("min_age", "max_age"):
            age = value.get(name)
            if age is not None and (not _whole(age) or not 0 <= age <= 120):
                field_report(name, f"{age!r} must be a whole number of years, 0-120")
            else:
                ages[name] = age
        youngest, oldest = ages.get("min_age"), ages.get("max_age")
        if youngest is not None and oldest is not None and youngest > oldest:
            field_report("min_age", f"min_age {youngest} is greater than max_age {oldest}")
        levels = {}
        for name in ("min_qualification_level", "max_qualification_level"):
            level = value.get(name)
            if level is not None and (not _whole(level) or not 0 <= level <= 8):
                field_report(name, f"{level!r} must be an RQF level from 0 (entry) to 8")
            else:
                levels[name] = level
        low, high = levels.get("min_qualification_level"), levels.get("max_qualification_level")
        if low is not None and high is not None and low > high:
            field_report("min_qualification_level",
                         f"min_qualification_level {low} is greater than max_qualification_level {high}")
        income = value.get("max_income")
        if income is not None and (not _number(income) or income <= 0):
            field_report("max_income", f"{income!r} must be a positive annual amount in pounds")
        flags = {}
        for name in BOOL_RULES:
            flag = value.get(name, False)
            if flag is None:
                flag = False
            if not isinstance(flag, bool):
                field_report(name, f"{flag!r} must be true or false")
            flags[name] = flag
        lists = {}
        for name, allowed in LIST_RULES.items():
            lists[name] = self._list(field_report, name, value.get(name), allowed, True)

        sources = value.get("sources") or {}
        if not isinstance(sources, dict):
            field_report("sources", "must map each rule to where it is published, "
                                    "e.g. {min_age: https://...}")
            sources = {}
        for key, src in sources.items():
            if key not in RULES:
                report(f"eligibility.sources.{key}", f"no such rule{_did_you_mean(key, RULES)}")
            elif not _text(src):
                report(f"eligibility.sources.{key}", "must say where the rule is published")
        if len(self.problems) > before:
            return None
        eligibility = {
            "min_age": ages.get("min_age"),
            "max_age": ages.get("max_age"),
            "max_income": income,
            "min_qualification_level": low,
            "max_qualification_level": high,
            **flags,
            **lists,
            "region": region,
            "sources": {k: str(v).strip() for k, v in sorted(sources.items())},
        }
        # Paid work needs the right to work in the UK: the rule may not be forgotten (bot.pathways.rules).
        if kind in PAID_WORK_KINDS and flags.get("requires_right_to_work") is False:
            field_report("requires_right_to_work", f"a {kind} is paid work: set requires_right_to_work: true "
                                                   f"(source e.g. {RIGHT_TO_WORK_SOURCE})")
        # Adult skills funding is for people 19 and over; a younger resident is funded elsewhere (rules).
        if adult_skills_funded(funding_body) and (eligibility["min_age"] or 0) < ADULT_FUNDING_MIN_AGE:
            field_report("min_age", f"paid for by adult skills funding, which is for people aged "
                                    f"{ADULT_FUNDING_MIN_AGE} or over on 31 August: set min_age: "
                                    f"{ADULT_FUNDING_MIN_AGE} (source e.g. {WMCA_FUNDING_SOURCE})")
        # Student finance is not open to people still waiting for an asylum decision (rules).
        statuses = eligibility["immigration_statuses"]
        if student_finance_funded(funding_body) and (not statuses or "asylum_seeker" in statuses):
            field_report("immigration_statuses", "paid for by student finance, which people still waiting for "
                                                 "an asylum decision cannot get: list the statuses it is open "
                                                 f"to, without asylum_seeker (every other one: "
                                                 f"{', '.join(STUDENT_FINANCE_STATUSES)}; source e.g. "
                                                 f"{STUDENT_FINANCE_SOURCE})")
        # Free Courses for Jobs funds people by one of several conditions; a hard rule on one of them
        # would turn away people it funds (bot.pathways.rules).
        if "free courses for jobs" in str(funding_body or "").lower():
            for rule in FREE_COURSES_FOR_JOBS_OR_RULES:
                if eligibility[rule] not in (None, False, ()):
                    line = self.lines.find(*base, "eligibility", rule)
                    self.problems.append(Problem(
                        self.file, entry, f"eligibility.{rule}", line,
                        "Free Courses for Jobs is free if you have no Level 3 yet, OR earn under the threshold, OR "
                        f"are unemployed ({FREE_COURSES_FOR_JOBS_SOURCE}); a {rule} rule would turn away people "
                        "it funds: leave it out (the assistant says who it is free for) and say so in "
                        "cost_description"))
        # Region is plain from the funding body; every other rule must say where it is published.
        for rule in RULES:
            if eligibility[rule] not in (None, False, ()) and rule not in eligibility["sources"]:
                line = self.lines.find(*base, "eligibility", rule)
                message = f"missing source for the {rule} rule: add it under eligibility.sources"
                self.problems.append(Problem(self.file, entry, f"eligibility.{rule}", line, message))
        return None if len(self.problems) > before else eligibility


def _entry_name(node: yaml.Node, index: int) -> str:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == "id" and isinstance(value, yaml.ScalarNode) and ID_PATTERN.match(value.value):
                return value.value
    return f"#{index + 1}"


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _did_you_mean(value: Any, allowed: Sequence[str]) -> str:
    if not isinstance(value, str):
        return ""
    close = difflib.get_close_matches(value, allowed, n=1, cutoff=0.6)
    if not close:
        close = [a for a in allowed if a.lower() == value.strip().lower()]
    return f" (did you mean {close[0]!r}?)" if close else ""


__all__ = ["CatalogueError", "LIST_RULES", "NEXT_STEP_ROUTES", "Problem", "RULES", "read_yaml", "validate"]
