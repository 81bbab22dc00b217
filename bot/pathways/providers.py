"""Providers' referral addresses (providers.yml beside pathways.yml): which email a referral goes to.

Kept out of the catalogue on purpose: the catalogue says what a route is, this file says where a
resident's details may be sent, and each address needs its own source. A provider with no entry gets no
email (bot.residents.mail keeps its referral's packet waiting, visible in the console). Problems are reported like
the catalogue's (bot.pathways.validator.Problem: file, entry, field, line), every one at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Sequence

import yaml

from bot.pathways.validator import Problem

MAX_BYTES = 256 * 1024
_EMAIL = re.compile(r"^[^@\s,;<>\"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63})+$")
FIELDS = ("name", "referral_email", "source")


class ProvidersError(Exception):
    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        count = len(self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the providers file:\n"
                         + "\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class Provider:
    name: str
    referral_email: str
    source: str


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class Providers:
    by_key: Dict[str, Provider]

    def address(self, provider_name: str) -> Optional[str]:
        found = self.by_key.get(_key(provider_name or ""))
        return found.referral_email if found else None

    def __len__(self) -> int:
        return len(self.by_key)


def parse(text: str, file: str = "providers.yml") -> Providers:
    problems: List[Problem] = []
    try:
        data = yaml.safe_load(text) if text.strip() else {"providers": []}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ProvidersError([Problem(file, None, None, mark.line + 1 if mark else None,
                                      f"not valid YAML ({getattr(error, 'problem', error)})")]) from None
    if not isinstance(data, dict) or not isinstance(data.get("providers"), list):
        raise ProvidersError([Problem(file, None, "providers", None,
                                      "the file must have a `providers:` list (it may be empty: [])")])
    found: Dict[str, Provider] = {}
    for n, item in enumerate(data["providers"], 1):
        entry = f"#{n}"
        if not isinstance(item, dict):
            problems.append(Problem(file, entry, None, None, "each provider is a mapping with name, "
                                    "referral_email and source"))
            continue
        name = item.get("name")
        if isinstance(name, str) and name.strip():
            entry = name.strip()
        for unknown in sorted(set(map(str, item)) - set(FIELDS)):
            problems.append(Problem(file, entry, unknown, None, f"unknown field (fields: {', '.join(FIELDS)})"))
        ok = True
        for field_name in FIELDS:
            value = item.get(field_name)
            if not isinstance(value, str) or not value.strip():
                problems.append(Problem(file, entry, field_name, None, "required: a non-empty text"))
                ok = False
        email = str(item.get("referral_email") or "").strip()
        if email and not _EMAIL.match(email):
            problems.append(Problem(file, entry, "referral_email", None, f"{email[:80]!r} is not an email address"))
            ok = False
        if ok and _key(entry) in found:
            problems.append(Problem(file, entry, "name", None, "this provider is listed twice"))
            ok = False
        if ok:
            found[_key(entry)] = Provider(entry, email, str(item["source"]).strip())
    if problems:
        raise ProvidersError(problems)
    return Providers(found)


def load(path: Path) -> Providers:
    """The providers file, or no providers when it does not exist (nothing is emailed)."""
    if not path.exists():
        return Providers({})
    try:
        raw = path.read_bytes()[: MAX_BYTES + 1]
    except OSError as error:
        raise ProvidersError([Problem(str(path), None, None, None, f"cannot read it ({error.strerror})")]) from None
    if len(raw) > MAX_BYTES:
        raise ProvidersError([Problem(str(path), None, None, None, f"larger than {MAX_BYTES // 1024} KB")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProvidersError([Problem(str(path), None, None, None, "not UTF-8 text")]) from None
    return parse(text, str(path))


__all__ = ["Provider", "Providers", "ProvidersError", "load", "parse"]
