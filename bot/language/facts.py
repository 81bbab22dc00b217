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
    # Said only as a short reply ("not sure", "evenings", "working"): it answers the question that was
    # asked, and never changes another fact we hold (bot.dialogue.intake.weak_side_effects).
    weak: bool = False
