"""The pathway catalogue: `Pathway`, `Catalogue`, and loading them from pathways.yml.

Loading validates first (bot.validator) and only builds a Catalogue from a file with no problems, so a
Catalogue object is always valid; its content hash lets every recommendation be traced to it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple, Union

from bot.validator import LIST_RULES, NEXT_STEP_ROUTES, RULES, CatalogueError, Problem, read_yaml, validate


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
    cost: float
    funding_body: Optional[str]
    locations: Tuple[str, ...]
    status: str
    next_step: NextStep
    source: str
    last_verified: dt.date
    eligibility: Eligibility
    next_cohort: Optional[dt.date] = None
    application_deadline: Optional[dt.date] = None
    capacity: Optional[int] = None
    illustrative: bool = False

    @property
    def is_online(self) -> bool:
        """Joinable from anywhere: delivered online, or not tied to any local authority."""
        return self.delivery == "online" or not self.locations

    def to_dict(self) -> Dict[str, Any]:
        """The full pathway as plain JSON types (dates as ISO strings), in catalogue field order."""
        return {
            "id": self.id,
            "title": self.title,
            "kind": self.kind,
            "provider": self.provider,
            "summary": self.summary,
            "topics": list(self.topics),
            "delivery": self.delivery,
            "schedule": list(self.schedule),
            "duration_weeks": self.duration_weeks,
            "cost": self.cost,
            "funding_body": self.funding_body,
            "locations": list(self.locations),
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
        """What a chat client shows: the documented payload keys plus the facts a card displays."""
        return {
            "id": self.id,
            "title": self.title,
            "kind": self.kind,
            "provider": self.provider,
            "summary": self.summary,
            "delivery": self.delivery,
            "locations": list(self.locations),
            "cost": self.cost,
            "next_cohort": _iso(self.next_cohort),
            "application_deadline": _iso(self.application_deadline),
            # Cohort dates and capacities that could not be sourced must never read as fact.
            "illustrative": self.illustrative,
            "next_step": self.next_step.to_dict(),
            "status": self.status,
            "source": self.source,
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

    def to_dict(self) -> Dict[str, Any]:
        return {
            "version": self.version,
            "updated": _iso(self.updated),
            "pathways": [p.to_dict() for p in self.pathways],
        }

    def get(self, pathway_id: str) -> Optional[Pathway]:
        return next((p for p in self.pathways if p.id == pathway_id), None)


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


def _catalogue(version: str, updated: dt.date, entries: List[Dict[str, Any]]) -> Catalogue:
    built = tuple(_build_pathway(entry) for entry in entries)
    meaning = {"version": version, "updated": _iso(updated), "pathways": [p.to_dict() for p in built]}
    return Catalogue(version, updated, built, content_hash(meaning))


def _build_pathway(d: Mapping[str, Any]) -> Pathway:
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
            **{r: (tuple(e[r]) if r in LIST_RULES else e[r]) for r in RULES},
            region=e["region"],
            sources=dict(e.get("sources") or {}),
        ),
        next_cohort=_date_or_none(d.get("next_cohort")),
        application_deadline=_date_or_none(d.get("application_deadline")),
        capacity=d.get("capacity"),
        illustrative=bool(d.get("illustrative", False)),
    )


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
    "RULES",
    "content_hash",
    "catalogue_from_data",
    "load_catalogue",
    "parse_catalogue",
]
