"""Import course runs from a Find a Course / DfE course directory export into catalogue entries.

A council will not retype the national course directory, so `python -m bot pathways import` reads an
export and writes catalogue entries, keeping OUR eligibility rules per programme family
(bot.pathways.pathway_families: never a rule read or guessed from the export) and reporting, per course, every
field it could not map and why.

The export's shape is the one the published Find a Course API models serialise to, from the public
repository SkillsFundingAgency/dfc-providerportal-findacourse (read for this module):
  src/dfc-providerportal-findacourse/ApiModels/CourseRunDetailResponse.cs  (run, provider, course, venue,
      qualification, alternative runs: the shape accepted here)
  src/dfc-providerportal-findacourse/ApiModels/CourseDetailResponse.cs, CourseSearchResponse.cs
  src/dfc-providerportal-findacourse/Models/CourseRun.cs  (DeliveryMode, StudyMode, AttendancePattern,
      DurationUnit: numbers or names, as ASP.NET's serialiser writes them)
  src/dfc-providerportal-findacourse/Models/Course.cs  (AdultEducationBudget, AdvancedLearnerLoan)
  src/dfc-providerportal-findacourse/Models/Venue.cs
ASP.NET writes these camelCase ("courseRunId") and the C# names are PascalCase, so keys are matched
without regard to case. An export is `{"exportDate": "YYYY-MM-DD", "courseRuns": [...]}`, or a bare list
of runs (or a CSV with one run a row and dotted columns such as `Venue.Town`) with the date given on the
command line: the export's date is each entry's `last_verified`, and is never guessed.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Tuple

import yaml

from bot.pathways.pathway_families import (ATTEND, ATTEND_WORDS, DELIVERY, DELIVERY_TO_OURS, DURATION, STUDY,
                                   STUDY_WORDS, WEEKS_PER, ASF_FUNDING_BODY, FAMILIES, enum, family_of,
                                   schedule_for, topics_for)
from bot.language.places import Gazetteer
from bot.pathways.validator import NOT_STATED

MAX_EXPORT_BYTES = 20 * 1024 * 1024  # a region's digital courses are a few MB; refuse before parsing more
MAX_RUNS = 20_000


class ExportError(ValueError):
    """An export we cannot read at all; the message says what to fix."""


@dataclass(frozen=True)
class Gap:
    """One thing about one course run that could not be mapped; `skipped` when the run was left out."""

    course: str  # the run id (or "#n", its position, when it has none)
    title: str
    field: str
    reason: str
    skipped: bool

    def __str__(self) -> str:
        what = "skipped" if self.skipped else "imported without"
        return f"{what} {self.course} ({self.title or 'no title'}): {self.field}: {self.reason}"


@dataclass
class ImportResult:
    entries: List[Dict[str, Any]] = field(default_factory=list)  # catalogue entries, sorted by id
    gaps: List[Gap] = field(default_factory=list)
    export_date: Optional[dt.date] = None
    runs: int = 0  # distinct course runs read, alternatives included


# ---- reading -------------------------------------------------------------------------------------
def read_export(path: Path, export_date: Optional[dt.date] = None) -> Tuple[List[Dict[str, Any]], dt.date]:
    """(course runs, the export's date) from a JSON or CSV export; ExportError on anything unreadable."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ExportError(f"cannot read {path}: {exc.strerror}") from None
    if size > MAX_EXPORT_BYTES:
        raise ExportError(f"{path} is {size} bytes; the import reads at most {MAX_EXPORT_BYTES}: "
                           "export one region or one subject at a time")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ExportError(f"cannot read {path} as UTF-8 text: {exc}") from None
    if path.suffix.lower() == ".csv":
        runs, stated = _csv_runs(text), None
    else:
        runs, stated = _json_runs(text, path)
    if stated is not None and export_date is not None and stated != export_date:
        raise ExportError(f"{path} says it was exported on {stated.isoformat()}, not {export_date.isoformat()}")
    when = stated or export_date
    if when is None:
        raise ExportError(f"{path} does not say when it was exported: give --export-date YYYY-MM-DD "
                           "(it becomes each entry's last_verified)")
    if len(runs) > MAX_RUNS:
        raise ExportError(f"{path} holds {len(runs)} course runs; the import reads at most {MAX_RUNS}")
    return runs, when


def _json_runs(text: str, path: Path) -> Tuple[List[Dict[str, Any]], Optional[dt.date]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExportError(f"{path} is not valid JSON: {exc.msg} (line {exc.lineno})") from None
    stated = None
    if isinstance(data, dict):
        top = _ci(data)
        raw_date = top.get("exportdate")
        if raw_date is not None:
            try:
                stated = dt.date.fromisoformat(str(raw_date)[:10])
            except ValueError:
                raise ExportError(f"{path}: exportDate {raw_date!r} is not a date (YYYY-MM-DD)") from None
        data = top.get("courseruns")
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise ExportError(f"{path}: expected {{\"exportDate\": ..., \"courseRuns\": [...]}} or a list of "
                           "course runs (objects in the shape of Find a Course's CourseRunDetailResponse)")
    return data, stated


def _csv_runs(text: str) -> List[Dict[str, Any]]:
    """One run a row; dotted column names (`Venue.Town`) become nested objects."""
    runs = []
    for row in csv.DictReader(io.StringIO(text)):
        run: Dict[str, Any] = {}
        for column, value in row.items():
            if column is None or value in (None, ""):
                continue
            *parents, leaf = column.strip().split(".")
            node = run
            for part in parents:
                node = node.setdefault(part, {})
            node[leaf] = value
        runs.append(run)
    return runs


def _ci(obj: Any) -> Dict[str, Any]:
    """Keys folded to lower case: camelCase (as served) and PascalCase (as in the C#) both read."""
    return {str(k).lower(): v for k, v in obj.items()} if isinstance(obj, dict) else {}


def _text(value: Any) -> Optional[str]:
    """Plain text on one line: provider-entered descriptions may carry HTML tags and entities."""
    if not isinstance(value, str):
        return None
    plain = " ".join(html.unescape(_TAG.sub(" ", value)).split())
    return plain or None


_TAG = re.compile(r"<[^>]*>")


# ---- mapping one run -----------------------------------------------------------------------------
_POSTCODE = re.compile(r"^\s*([A-Za-z]{1,2}[0-9][0-9A-Za-z]?)\s*(?:[0-9][A-Za-z]{2})?\s*$")
_SUMMARY_MAX = 400


class _Skip(Exception):
    def __init__(self, field_name: str, reason: str):
        super().__init__(reason)
        self.field, self.reason = field_name, reason


def expand_runs(runs: Iterable[Dict[str, Any]]) -> List[Tuple[Dict[str, Any], bool]]:
    """(run, is an alternative) pairs: every run, then each run's alternativeCourseRuns as runs of the same
    course (same provider, course and qualification; their own id, dates, cost, venue and modes)."""
    runs = list(runs)
    out = [(run, False) for run in runs]
    for run in runs:
        shared = {k: v for k, v in run.items() if str(k).lower() in ("provider", "course", "qualification")}
        for alt in _ci(run).get("alternativecourseruns") or ():
            if isinstance(alt, dict):
                out.append(({**shared, **alt}, True))
    return out


def import_runs(runs: List[Dict[str, Any]], export_date: dt.date, export_name: str,
                gazetteer: Gazetteer) -> ImportResult:
    """Map every run; the result's entries are sorted by id, one per run id. A run listed twice keeps its
    first listing (reported); an alternative run that is also listed itself is the same run (not)."""
    result = ImportResult(export_date=export_date)
    by_id: Dict[str, Dict[str, Any]] = {}
    seen: set = set()
    for index, (run, alternative) in enumerate(expand_runs(runs)):
        r = _ci(run)
        course = _text(r.get("courserunid")) or f"#{index + 1}"
        if alternative and course.lower() in seen:
            continue
        seen.add(course.lower())
        result.runs += 1
        title = _text(r.get("coursename")) or _text(_ci(r.get("qualification")).get("learnaimreftitle")) or ""
        gaps: List[Gap] = []

        def note(field_name: str, reason: str) -> None:
            gaps.append(Gap(course, title, field_name, reason, skipped=False))

        try:
            entry = _entry(r, title, export_date, export_name, gazetteer, note)
        except _Skip as skip:
            result.gaps.append(Gap(course, title, skip.field, skip.reason, skipped=True))
            continue
        if entry["id"] in by_id:
            result.gaps.append(Gap(course, title, "courseRunId", "listed twice in the export: kept the first",
                                   skipped=True))
            continue
        by_id[entry["id"]] = entry
        result.gaps.extend(gaps)
    result.entries = [by_id[k] for k in sorted(by_id)]
    return result


def _entry(r: Dict[str, Any], title: str, export_date: dt.date, export_name: str, gazetteer: Gazetteer,
           note) -> Dict[str, Any]:
    provider, course, venue, qual = (_ci(r.get(k)) for k in ("provider", "course", "venue", "qualification"))
    run_id = _text(r.get("courserunid"))
    slug = re.sub(r"[^a-z0-9]+", "-", (run_id or "").lower()).strip("-")
    if not slug:
        raise _Skip("courseRunId", "missing: without the run's id the entry could not keep a stable id")
    if not title:
        raise _Skip("courseName", "missing, and no qualification title either")
    provider_name = (_text(provider.get("providername")) or _text(provider.get("coursedirectoryname"))
                     or _text(provider.get("tradingname")))
    if not provider_name:
        raise _Skip("provider.providerName", "missing: a resident must know who runs the course")

    qualification = _text(qual.get("learnaimreftitle"))
    level = _level(qual.get("qualificationlevel") or course.get("qualificationlevel")
                   or r.get("notionalnvqlevelv2"))
    if level is None:
        note("qualification.qualificationLevel", "not an RQF level (entry, 1-8): level left out")
    family = family_of(f"{title} {qualification or ''}", level, str(qual.get("sectorsubjectareatier1desc") or ""))
    if family is None:
        raise _Skip("family", f"not one of our programme families ({', '.join(FAMILIES)}) at level "
                              f"{level if level is not None else 'unknown'}: add it by hand if it is a route "
                              "for residents, with its rules and their sources")
    topics = family.fixed_topics if family.fixed_topics is not None else (
        topics_for(f"{title} {qualification or ''}") or ("general_digital",))

    delivery_name = enum(r.get("deliverymode"), DELIVERY)
    if delivery_name is None:
        raise _Skip("deliveryMode", f"{r.get('deliverymode')!r} is not classroom based, online or work based")
    delivery = DELIVERY_TO_OURS[delivery_name]
    study, attend = enum(r.get("studymode"), STUDY), enum(r.get("attendancepattern"), ATTEND)
    schedule = schedule_for(study, attend)
    if schedule is None:
        raise _Skip("studyMode", f"{r.get('studymode')!r} with attendance {r.get('attendancepattern')!r} "
                                 "does not say full time, part time or evenings")
    venues, locations = _where(delivery, venue, gazetteer, note)

    course_url, provider_url = _url(r.get("courseurl")), _url(provider.get("website"))
    phone = _text(provider.get("telephone"))
    if not (course_url or provider_url or phone):
        raise _Skip("courseURL", "no course page, provider website or telephone: no next step to offer")
    entry: Dict[str, Any] = {
        "id": f"fac-{slug}",
        "title": title,
        "kind": family.kind,
        "provider": provider_name,
        "provider_url": provider_url,
        "course_url": course_url,
        "summary": _summary(course.get("coursedescription"), qualification or title, provider_name, note),
        "qualification": qualification,
        "level": level,
        "entry_requirements": _text(course.get("entryrequirements")) or NOT_STATED,
        "attendance": _attendance(study, attend, r),
        "topics": list(topics),
        "delivery": delivery,
        "schedule": list(schedule),
        "duration_weeks": _weeks(r, note),
        **_cost(r, course),
        "funding_body": ASF_FUNDING_BODY if _true(course.get("adulteducationbudget")) else None,
        "locations": locations,
        "venues": venues,
        "status": None,  # a listing is not "open for applications"
    }
    start = _date(r.get("startdate"))
    if start is not None and not _true(r.get("flexiblestartdate")):
        if start >= export_date:
            entry["next_cohort"] = start
        else:
            note("startDate", f"{start.isoformat()} had passed when the data was exported: left out")
    entry["next_step"] = {"text": (f"Read the course page and apply to {provider_name}." if course_url
                                   else f"Contact {provider_name} about this course."),
                          **({"url": course_url or provider_url} if course_url or provider_url else {}),
                          **({"phone": phone} if phone else {})}
    entry["source"] = "; ".join(([course_url] if course_url else [])
                                + [f"Find a Course export {export_name}, {export_date.isoformat()}"])
    entry["last_verified"] = export_date
    rules = {rule: list(value) if isinstance(value, tuple) else value for rule, value in family.rules.items()}
    entry["eligibility"] = {**rules, "region": "national", "sources": dict(sorted(family.sources.items()))}
    return {k: v for k, v in entry.items() if v is not None or k in ("funding_body", "status", "cost",
                                                                     "duration_weeks")}


def _where(delivery: str, venue: Dict[str, Any], gazetteer: Gazetteer, note) -> Tuple[List, List]:
    """(venues, locations). Online: anywhere. Otherwise the venue's town and postcode district (never the
    full postcode) and the local authority it is in; an in-person course we cannot place is skipped,
    because `locations: []` would offer it to residents everywhere."""
    if delivery == "online":
        return [], []
    town = _text(venue.get("town"))
    if not town:
        raise _Skip("venue", "a course taught in person has no venue town: we cannot say where it is")
    match = _POSTCODE.match(str(venue.get("postcode") or ""))
    district = match.group(1).upper() if match else None
    if district is None:
        note("venue.postcode", "missing or not a UK postcode: postcode_district left out")
    places = [p for p in (gazetteer.resolve(district) if district else None, gazetteer.resolve(town)) if p]
    inside = {p.local_authority for p in places if p.in_area and p.local_authority}
    if len(inside) > 1 or (inside and not all(p.in_area for p in places)):  # town and postcode disagree
        where = ", ".join(sorted(p.local_authority or f"{p.place} (outside the area)" for p in places))
        raise _Skip("venue", f"{town} and {district} are in different council areas ({where}): check which by hand")
    if not inside:
        why = "outside the service area" if places else "not a place the gazetteer knows"
        raise _Skip("venue", f"{town} {district or ''}".strip() + f" is {why}")
    return [{"town": town, "postcode_district": district}], [inside.pop()]


def _level(value: Any) -> Optional[int]:
    text = str(value).strip().upper() if value is not None else ""
    if text in ("E", "ENTRY", "0"):
        return 0
    return int(text) if text.isdigit() and 1 <= int(text) <= 8 else None


def _url(value: Any) -> Optional[str]:
    text = _text(value)
    if text is None or " " in text:
        return None
    if text.lower().startswith(("https://", "http://")):
        return text
    return f"https://{text}" if re.match(r"^[\w-]+(\.[\w-]+)+(/\S*)?$", text) else None


def _summary(description: Any, what: str, provider: str, note) -> str:
    text = _text(description)
    if text is None:
        note("course.courseDescription", "missing: the summary names the qualification and provider only")
        return f"{what}, with {provider}."
    if len(text) <= _SUMMARY_MAX:
        return text
    cut = text[:_SUMMARY_MAX]
    end = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "))
    return cut[:end + 1] if end > 80 else cut[:cut.rfind(" ")] + "…"


def _attendance(study: Optional[str], attend: Optional[str], r: Dict[str, Any]) -> Optional[str]:
    words = [w for w in (STUDY_WORDS.get(study or ""), ATTEND_WORDS.get(attend or "")) if w]
    unit, value = enum(r.get("durationunit"), DURATION), r.get("durationvalue")
    if unit and _number(value) is not None:
        amount = _number(value)
        words.append(f"{amount:g} {unit[:-1] if amount == 1 else unit}")
    if _true(r.get("flexiblestartdate")):
        words.append("flexible start date")
    return ", ".join(words) or None


def _weeks(r: Dict[str, Any], note) -> Optional[float]:
    unit, value = enum(r.get("durationunit"), DURATION), _number(r.get("durationvalue"))
    if unit in WEEKS_PER and value is not None and value > 0:
        weeks = round(value * WEEKS_PER[unit], 1)
        return int(weeks) if weeks == int(weeks) else weeks
    if value is not None:
        note("durationValue", f"{value:g} {unit or 'units'} is not a length in weeks: duration left out")
    return None


def _cost(r: Dict[str, Any], course: Dict[str, Any]) -> Dict[str, Any]:
    cost = _number(r.get("cost"))
    if cost is not None and cost < 0:
        cost = None
    words = _text(r.get("costdescription"))
    if words is None:
        words = ("Free (£0 on Find a Course)" if cost == 0 else f"£{cost:,.2f} (Find a Course)" if cost
                 else "Ask the provider")
    if _true(course.get("advancedlearnerloan")):
        words += "; an Advanced Learner Loan can pay for it"
    return {"cost": (int(cost) if cost is not None and cost == int(cost) else cost), "cost_description": words}


def _number(value: Any) -> Optional[float]:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _true(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.strip().lower() == "true")


def _date(value: Any) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


# ---- the catalogue it writes ---------------------------------------------------------------------
def merge(imported: List[Dict[str, Any]], hand_kept: List[Dict[str, Any]], hand_name: str,
          ) -> Tuple[List[Dict[str, Any]], List[Gap]]:
    """Hand-kept entries first, in their file order, then the imported ones sorted by id; a hand-kept
    entry wins an id collision (so a skills team can take over an imported entry by its id)."""
    kept_ids = {e.get("id") for e in hand_kept}
    collisions = [Gap(e["id"], e["title"], "id", f"{hand_name} has an entry with this id: kept the hand-kept "
                                                  "one, left the imported one out", skipped=True)
                  for e in imported if e["id"] in kept_ids]
    return list(hand_kept) + [e for e in imported if e["id"] not in kept_ids], collisions


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # libyaml when present: much faster
    def ignore_aliases(self, data: Any) -> bool:  # no &id001 anchors: a person reads this file
        return True


def render(pathways: List[Dict[str, Any]], version: str, updated: dt.date, header: str, demo: bool = False) -> str:
    """The catalogue as YAML, byte-for-byte the same for the same input (no clock, no set order)."""
    top = {"version": version, "updated": updated, **({"demo": True} if demo else {}), "pathways": pathways}
    body = yaml.dump(top, Dumper=_Dumper,
                     sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    return "".join(f"# {line}\n" if line else "#\n" for line in header.splitlines()) + "\n" + body


def header_for(export_name: str, export_date: dt.date, merged_with: Optional[str]) -> str:
    return (f"Generated by `python -m bot pathways import` from the Find a Course export {export_name}\n"
            f"(exported {export_date.isoformat()})" + (f", merged with the hand-kept {merged_with}" if merged_with
                                                        else "") + ".\n"
            "Imported entries have ids starting fac-: correct them in the export or take one over by\n"
            "copying it into the hand-kept catalogue (same id), never by editing this file.")


def version_for(export_date: dt.date, hand_version: Optional[str]) -> str:
    tag = f"fac.{export_date:%Y%m%d}"
    return f"{hand_version}+{tag}" if hand_version else tag


__all__ = ["ExportError", "Gap", "ImportResult", "MAX_EXPORT_BYTES", "MAX_RUNS", "expand_runs", "header_for",
           "import_runs", "merge", "read_export", "render", "version_for"]
