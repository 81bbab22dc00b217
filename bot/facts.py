"""A fact a resident gave: a slot, its value, and where in their message it was said."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Fact:
    slot: str
    value: Any
    start: int
    end: int
    text: str
