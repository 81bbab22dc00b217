"""The resident profile the engine matches on: every field may be unknown (None)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Mapping, Optional, Tuple, Union

from bot.language import vocab

Income = Union[float, str, None]  # a number, vocab.INCOME_DECLINED, or None (not asked yet)
YOUTH_AGE = 16  # under this we ask nothing more and show school and youth options
# A school year gives ages up to this (Year 13 just finished is 18 to 19)
SCHOOL_AGES_BELOW = 20
# An age said roughly ("in my late thirties") lies within one decade
AGE_RANGE_WIDEST = 10
OLDEST_AGE = 100


class ProfileError(ValueError):
    """A fact that is not one of the allowed values; the message names the field."""


@dataclass(frozen=True)
class Profile:
    age: Optional[int] = None
    local_authority: Optional[str] = None  # canonical LA, or the place named when outside the area
    background: Optional[str] = None
    employment_status: Optional[str] = None
    annual_income: Income = None
    qualification_level: Optional[int] = None  # RQF 0-8
    interest: Optional[str] = None  # a topic or "not_sure"
    availability: Optional[str] = None
    universal_credit: Optional[bool] = None
    immigration_status: Optional[str] = None
    english_level: Optional[str] = None
    target_groups: Tuple[str, ...] = field(default_factory=tuple)
    excluded_groups: Tuple[str, ...] = field(default_factory=tuple)  # groups they said they are not in
    digital_confidence: Optional[str] = None
    # The youngest and oldest they can be, from a school year or birth year said with no age (bot.language.school_years):
    # under 16 when the oldest is, as a pupil in Year 9 is; a school leaver's, just out of Year 11, is 16 to 17. Also an
    # age said roughly (bot.language.rough_ages): "late thirties" is 37 to 39
    school_age: Optional[Tuple[int, int]] = None

    @property
    def under_16(self) -> bool:
        """A child: the age said, or, with no age, a school year or birth year that puts them under 16."""
        if self.age is not None:
            return self.age < YOUTH_AGE
        return bool(self.school_age) and self.school_age[1] < YOUTH_AGE

    @property
    def in_area(self) -> Optional[bool]:
        if self.local_authority is None:
            return None
        return self.local_authority in vocab.LOCAL_AUTHORITIES

    @property
    def income_known(self) -> bool:
        return isinstance(self.annual_income, (int, float))

    def known(self) -> dict:
        """The facts we hold, for display and for erasure checks."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value not in (None, ()):
                out[f.name] = value
        return out

    def with_changes(self, **changes: Any) -> "Profile":
        return Profile.from_mapping({**self.known(), **changes})

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> "Profile":
        """Build from slots, CLI options or JSON, coercing the loose types those carry.

        Unknown keys are ignored (trackers hold many other slots); bad values raise ProfileError.
        """
        kwargs: dict = {}
        for f in fields(cls):
            if f.name not in data or data[f.name] in (None, "", []):
                continue
            kwargs[f.name] = _COERCE[f.name](f.name, data[f.name])
        return cls(**kwargs)


def _int_in(low: int, high: int):
    def coerce(name: str, value: Any) -> int:
        try:
            number = int(float(value))
        except (TypeError, ValueError):
            raise ProfileError(f"{name}: {value!r} is not a whole number") from None
        if not low <= number <= high:
            raise ProfileError(f"{name}: {number} is outside {low}-{high}")
        return number

    return coerce


def _choice(allowed):
    def coerce(name: str, value: Any) -> str:
        text = str(value).strip()
        if text not in allowed:
            raise ProfileError(f"{name}: {text!r} is not one of {', '.join(allowed)}")
        return text

    return coerce


def _income(name: str, value: Any) -> Income:
    if isinstance(value, str) and value.strip() == vocab.INCOME_DECLINED:
        return vocab.INCOME_DECLINED
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ProfileError(f"{name}: {value!r} is not an amount or {vocab.INCOME_DECLINED}") from None
    if number < 0:
        raise ProfileError(f"{name}: an income cannot be negative")
    return number


def _bool(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "yes", "y", "1"):
        return True
    if text in ("false", "no", "n", "0"):
        return False
    raise ProfileError(f"{name}: {value!r} is not yes or no")


def _ages(name: str, value: Any) -> Tuple[int, int]:
    try:
        youngest, oldest = (int(v) for v in value)
    except (TypeError, ValueError):
        raise ProfileError(f"{name}: {value!r} is not the youngest and oldest age") from None
    school = 0 <= youngest <= oldest < SCHOOL_AGES_BELOW
    rough = SCHOOL_AGES_BELOW <= youngest <= oldest < OLDEST_AGE and youngest // AGE_RANGE_WIDEST == oldest // AGE_RANGE_WIDEST
    if not (school or rough):
        raise ProfileError(f"{name}: {youngest}-{oldest} is neither a school age range nor part of one decade")
    return youngest, oldest


def _text(name: str, value: Any) -> str:
    text = str(value).strip()
    if not text or len(text) > 100:
        raise ProfileError(f"{name}: expected a place name")
    return text


def _groups(name: str, value: Any) -> Tuple[str, ...]:
    items = [value] if isinstance(value, str) else list(value)
    check = _choice(vocab.TARGET_GROUPS)
    return tuple(sorted({check(name, item) for item in items}))


_COERCE = {
    "age": _int_in(0, 120),
    "local_authority": _text,
    "background": _choice(vocab.BACKGROUNDS),
    "employment_status": _choice(vocab.EMPLOYMENT_STATUSES),
    "annual_income": _income,
    "qualification_level": _int_in(0, 8),
    "interest": _choice(vocab.INTERESTS),
    "availability": _choice(vocab.SCHEDULES),
    "universal_credit": _bool,
    "immigration_status": _choice(vocab.IMMIGRATION_STATUSES),
    "english_level": _choice(vocab.ENGLISH_LEVELS),
    "target_groups": _groups,
    "excluded_groups": _groups,
    "digital_confidence": _choice(vocab.DIGITAL_CONFIDENCE),
    "school_age": _ages,
}

__all__ = ["YOUTH_AGE", "Profile", "ProfileError"]
