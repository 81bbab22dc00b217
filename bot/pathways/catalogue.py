"""The pathway catalogue: `Pathway`, `Catalogue`, and loading them from pathways.yml.

Loading validates first (bot.pathways.validator) and only builds a Catalogue from a file with no problems, so a
Catalogue object is always valid; its content hash lets every recommendation be traced to it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple, Union

from bot.pathways.validator import (
    BOOL_RULES,
    DEFAULT_STALE_DAYS,
    LIST_RULES,
    NEXT_STEP_ROUTES,
    NOT_STATED,
    RULES,
    CatalogueError,
    Problem,
    read_yaml,
    validate,
)


@dataclass(frozen=True)
class NextStep:
    text: str
    url: Optional[str] = None
    phone: Optional[str] = None
    referral: Optional[str] = None

    def to_dict(self) -> Dict[str, str]:
        out = {"text": self.text}
        for key in NEXT_STEP_ROUTES:
            value = getattr(self, key)
            if value:
                out[key] = value
        return out


@dataclass(frozen=True)
class Venue:
    town: str
    postcode_district: Optional[str] = None

    def to_dict(self) -> Dict[str, Optional[str]]:
        return {"town": self.town, "postcode_district": self.postcode_district}

    def __str__(self) -> str:
        return f"{self.town} {self.postcode_district}" if self.postcode_district else self.town


@dataclass(frozen=True)
class Eligibility:
    min_age: Optional[int] = None
    max_age: Optional[int] = None
    max_income: Optional[float] = None
    employment_status: Tuple[str, ...] = ()
    min_qualification_level: Optional[int] = None
    max_qualification_level: Optional[int] = None
    requires_universal_credit: bool = False
    backgrounds: Tuple[str, ...] = ()
    immigration_statuses: Tuple[str, ...] = ()
    english_levels: Tuple[str, ...] = ()
    target_groups: Tuple[str, ...] = ()
    requires_right_to_work: bool = False  # apprenticeships, paid placements, sector-based work academies
    region: str = "wmca"
    # rule name -> where the rule is published; excluded from hashing so the object stays hashable
    sources: Mapping[str, str] = field(default_factory=dict, hash=False)

    def is_set(self, rule: str) -> bool:
        value = getattr(self, rule)
        return value not in (None, False, ())

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        for rule in RULES:
            value = getattr(self, rule)
            out[rule] = list(value) if isinstance(value, tuple) else value
        out["region"] = self.region
        out["sources"] = dict(sorted(self.sources.items()))
        return out


@dataclass(frozen=True)
class Pathway:
    id: str
    title: str
    kind: str
    provider: str
    summary: str
    topics: Tuple[str, ...]
    delivery: str
    schedule: Tuple[str, ...]
    duration_weeks: Optional[float]
    cost: Optional[float]  # None: not sourced; the resident reads "ask the provider"
    funding_body: Optional[str]
    locations: Tuple[str, ...]
    status: Optional[str]  # None: not known; never shown as open
    next_step: NextStep
    source: str
    last_verified: dt.date
    eligibility: Eligibility
    entry_requirements: str = NOT_STATED
    cost_description: str = "Ask the provider"
    provider_url: Optional[str] = None
    course_url: Optional[str] = None
    qualification: Optional[str] = None
    level: Optional[int] = None
    attendance: Optional[str] = None
    venues: Tuple[Venue, ...] = ()
    benefits_note: Optional[str] = None
    benefits_source: Optional[str] = None
    next_cohort: Optional[dt.date] = None
    application_deadline: Optional[dt.date] = None
    capacity: Optional[int] = None
    illustrative: bool = False

    @property
    def is_online(self) -> bool:
        """Joinable from anywhere: delivered online, or not tied to any local authority."""
        return self.delivery == "online" or not self.locations

    @property
    def page(self) -> Optional[str]:
        """Where a resident can check the facts: the course page, else the provider's, else a web source."""
        if self.course_url or self.provider_url:
            return self.course_url or self.provider_url
        first = self.source.split(";")[0].strip()
        return first if first.startswith(("https://", "http://")) else None

    def facts(self) -> Dict[str, Any]:
        """The dates, capacity, cost and status a resident may read as fact: none of an illustrative
        entry's (its examples are not facts), and None wherever the source gave nothing."""
        if self.illustrative:
            return {"status": None, "cost": None, "next_cohort": None, "application_deadline": None,
                    "capacity": None}
        return {"status": self.status, "cost": self.cost, "next_cohort": self.next_cohort,
                "application_deadline": self.application_deadline, "capacity": self.capacity}

    def to_dict(self) -> Dict[str, Any]:
        """The full pathway as plain JSON types (dates as ISO strings), in catalogue field order."""
        return {
            "id": self.id,
            "title": self.title,
            "kind": self.kind,
            "provider": self.provider,
            "provider_url": self.provider_url,
            "course_url": self.course_url,
            "summary": self.summary,
            "qualification": self.qualification,
            "level": self.level,
            "entry_requirements": self.entry_requirements,
            "attendance": self.attendance,
            "topics": list(self.topics),
            "delivery": self.delivery,
            "schedule": list(self.schedule),
            "duration_weeks": self.duration_weeks,
            "cost": self.cost,
            "cost_description": self.cost_description,
            "funding_body": self.funding_body,
            "benefits_note": self.benefits_note,
            "benefits_source": self.benefits_source,
            "locations": list(self.locations),
            "venues": [v.to_dict() for v in self.venues],
            "status": self.status,
            "next_cohort": _iso(self.next_cohort),
            "application_deadline": _iso(self.application_deadline),
            "capacity": self.capacity,
            "illustrative": self.illustrative,
            "next_step": self.next_step.to_dict(),
            "source": self.source,
            "last_verified": _iso(self.last_verified),
            "eligibility": self.eligibility.to_dict(),
        }

    def to_summary_dict(self) -> Dict[str, Any]:
        """What a chat client shows: the documented payload keys plus the facts a card displays. An
        illustrative entry's dates, cost and status are left out (None): they are not facts."""
        facts = self.facts()
        return {
            "id": self.id,
            "title": self.title,
            "kind": self.kind,
            "provider": self.provider,
            "summary": self.summary,
            "delivery": self.delivery,
            "locations": list(self.locations),
            "venues": [str(v) for v in self.venues],
            "qualification": self.qualification,
            "level": self.level,
            "entry_requirements": self.entry_requirements,
            "attendance": self.attendance,
            "cost": facts["cost"],
            "cost_description": self.cost_description,
            "funding_body": self.funding_body,
            "benefits_note": self.benefits_note,
            "benefits_source": self.benefits_source,
            "next_cohort": _iso(facts["next_cohort"]),
            "application_deadline": _iso(facts["application_deadline"]),
            "illustrative": self.illustrative,
            "next_step": self.next_step.to_dict(),
            "status": facts["status"],
            "source": self.source,
            "course_url": self.course_url,
            "provider_url": self.provider_url,
            "page": self.page,
            "last_verified": _iso(self.last_verified),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Pathway":
        """Rebuild from `to_dict()` output (e.g. the stored document). Trusts already-validated data."""
        return _build_pathway(data)


@dataclass(frozen=True)
class Catalogue:
    version: str
    updated: dt.date
    pathways: Tuple[Pathway, ...]
    content_hash: str
    demo: bool = False

    def to_dict(self) -> Dict[str, Any]:
        return _meaning(self.version, self.updated, self.demo, self.pathways)

    def get(self, pathway_id: str) -> Optional[Pathway]:
        return next((p for p in self.pathways if p.id == pathway_id), None)

    def stale(self, today: dt.date, days: int = DEFAULT_STALE_DAYS) -> List[Pathway]:
        """Entries last checked against their source more than `days` ago, oldest first."""
        cutoff = today - dt.timedelta(days=days)
        return sorted((p for p in self.pathways if p.last_verified < cutoff),
                      key=lambda p: (p.last_verified, p.id))

    def warnings(self, today: dt.date, days: int = DEFAULT_STALE_DAYS, file: str = "") -> List[str]:
        """What the validator's report warns about (the catalogue still loads): stale entries, and
        entries whose source names no public page a resident or the skills team could check."""
        prefix = f"{file}: " if file else ""
        unlinked = [f"{prefix}warning: entry '{p.id}': its source names no web page (https://...): add the "
                    "public page that backs it" for p in self.pathways if not _WEB_ADDRESS.search(p.source)]
        return self.stale_warnings(today, days, file) + unlinked

    def stale_warnings(self, today: dt.date, days: int = DEFAULT_STALE_DAYS, file: str = "") -> List[str]:
        """One line per stale entry, for the validator's report (a warning: it still loads)."""
        prefix = f"{file}: " if file else ""
        return [f"{prefix}warning: entry '{p.id}': last verified {p.last_verified.isoformat()}, "
                f"{(today - p.last_verified).days} days ago (more than {days}): check it against its source"
                for p in self.stale(today, days)]


_WEB_ADDRESS = re.compile(r"https?://\S")


def content_hash(data: Mapping[str, Any]) -> str:
    """Hash of the meaning, not the text: comments, quoting and key order do not change it."""
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def load_catalogue(path: Union[str, Path]) -> Catalogue:
    """Read and validate a catalogue file; raises CatalogueError listing every problem found."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogueError([Problem(name, None, None, None, f"cannot read the file: {exc.strerror}")])
    return parse_catalogue(text, name)


def parse_catalogue(text: str, file: str = "pathways.yml") -> Catalogue:
    data, node = read_yaml(text, file)
    return _catalogue(*validate(data, file, node))


def catalogue_from_data(data: Any, file: str = "<data>") -> Catalogue:
    """Validate already-parsed data (no line numbers): for generated catalogues and tests."""
    return _catalogue(*validate(data, file))


def _catalogue(version: str, updated: dt.date, demo: bool, entries: List[Dict[str, Any]]) -> Catalogue:
    built = tuple(_build_pathway(entry) for entry in entries)
    return Catalogue(version, updated, built, content_hash(_meaning(version, updated, demo, built)), demo)


def _meaning(version: str, updated: dt.date, demo: bool, pathways: Tuple[Pathway, ...]) -> Dict[str, Any]:
    out: Dict[str, Any] = {"version": version, "updated": _iso(updated),
                           "pathways": [p.to_dict() for p in pathways]}
    if demo:  # only when set, so a live catalogue's hash does not depend on the flag's absence
        out["demo"] = True
    return out


def _build_pathway(d: Mapping[str, Any]) -> Pathway:
    # `.get` for the fields added since the first catalogue schema: a document stored by an older
    # release still reads (as "not sourced") until the catalogue is reloaded.
    e = d["eligibility"]
    return Pathway(
        id=d["id"],
        title=d["title"],
        kind=d["kind"],
        provider=d["provider"],
        summary=d["summary"],
        topics=tuple(d["topics"]),
        delivery=d["delivery"],
        schedule=tuple(d["schedule"]),
        duration_weeks=d["duration_weeks"],
        cost=d["cost"],
        funding_body=d["funding_body"],
        locations=tuple(d["locations"]),
        status=d["status"],
        next_step=NextStep(**d["next_step"]),
        source=d["source"],
        last_verified=_date_or_none(d["last_verified"]),
        eligibility=Eligibility(
            **{r: (tuple(e.get(r) or ()) if r in LIST_RULES else e.get(r, _RULE_DEFAULTS.get(r)))
               for r in RULES},
            region=e["region"],
            sources=dict(e.get("sources") or {}),
        ),
        entry_requirements=d.get("entry_requirements") or NOT_STATED,
        cost_description=d.get("cost_description") or "Ask the provider",
        provider_url=d.get("provider_url"),
        course_url=d.get("course_url"),
        qualification=d.get("qualification"),
        level=d.get("level"),
        attendance=d.get("attendance"),
        venues=tuple(Venue(v["town"], v.get("postcode_district")) for v in d.get("venues") or ()),
        benefits_note=d.get("benefits_note"),
        benefits_source=d.get("benefits_source"),
        next_cohort=_date_or_none(d.get("next_cohort")),
        application_deadline=_date_or_none(d.get("application_deadline")),
        capacity=d.get("capacity"),
        illustrative=bool(d.get("illustrative", False)),
    )


_RULE_DEFAULTS = {name: False for name in BOOL_RULES}


def _date_or_none(value: Any) -> Optional[dt.date]:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def _iso(value: Optional[dt.date]) -> Optional[str]:
    return value.isoformat() if value is not None else None


__all__ = [
    "Catalogue",
    "CatalogueError",
    "Eligibility",
    "NextStep",
    "Pathway",
    "Problem",
    "Venue",
    "RULES",
    "content_hash",
    "catalogue_from_data",
    "load_catalogue",
    "parse_catalogue",
]
