"""Console accounts: workers, coordinators and providers, argon2id passwords, lockout with backoff.

A provider account belongs to one provider (the catalogue's `provider` name) and sees only referrals to
it (bot.console.auth keeps it to the referral pages).

Functions take a session and never commit; the console view or the CLI owns the transaction.
A failed login with an unknown email, or for a paused account, costs the same argon2 work as a wrong
password, so the response time does not tell an attacker which emails have accounts. Failures decay
(DECAY_S), so only a burst of wrong passwords pauses an account.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass
from typing import List, Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from bot.residents.records import console_users

log = logging.getLogger("waymark.accounts")

ROLES = ("worker", "coordinator", "provider")
MIN_PASSWORD = 12
MAX_PASSWORD = 1024  # argon2 hashes anything, but a megabyte "password" is a denial of service
FREE_FAILURES = 5  # then locked: 1 min, 2, 4, ... up to an hour, doubling per further failure
BASE_LOCK_S = 60.0
MAX_LOCK_S = 3600.0
DECAY_S = 15 * 60.0  # one failure forgiven per quarter hour without another
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]+$")

# argon2-cffi's defaults (argon2id, RFC 9106 low-memory profile). Tests swap in cheaper parameters.
HASHER = PasswordHasher()
_DUMMY_HASH: Optional[str] = None


class AccountError(ValueError):
    """A request the person can fix (bad email, weak password, duplicate); the message says how."""


@dataclass(frozen=True)
class User:
    id: int
    email: str
    role: str
    active: bool
    provider: Optional[str] = None  # set for (and only for) the provider role

    @property
    def is_coordinator(self) -> bool:
        return self.role == "coordinator"


@dataclass(frozen=True)
class LoginResult:
    user: Optional[User]
    locked_for: float = 0.0  # seconds until another attempt is considered


def normalise_email(email: str) -> str:
    email = (email or "").strip().lower()
    if len(email) > 254 or not _EMAIL.match(email):
        raise AccountError("enter an email address like name@example.org")
    return email


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"use a password of at least {MIN_PASSWORD} characters (a few words work well)")
    if len(password) > MAX_PASSWORD:
        raise AccountError(f"use a password of at most {MAX_PASSWORD} characters")


def _user(row) -> User:
    return User(row.id, row.email, row.role, bool(row.active), row.provider)


def create_user(session: Session, email: str, role: str, password: str, *, now: Optional[float] = None,
                hasher: Optional[PasswordHasher] = None, provider: Optional[str] = None) -> User:
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    provider = " ".join((provider or "").split())[:300] or None
    if role == "provider" and provider is None:
        raise AccountError("a provider account needs the provider's name, as the catalogue spells it")
    if role != "provider" and provider is not None:
        raise AccountError("only a provider account belongs to a provider")
    email = normalise_email(email)
    check_password(password)
    if session.execute(select(console_users.c.id).where(console_users.c.email == email)).first():
        raise AccountError(f"an account for {email} already exists")
    now = time.time() if now is None else now
    result = session.execute(insert(console_users).values(
        email=email, role=role, password_hash=(hasher or HASHER).hash(password), active=True,
        failed_logins=0, created_at=now, provider=provider))
    user_id = result.inserted_primary_key[0]
    log.info("console user %s created with role %s", user_id, role)
    return User(user_id, email, role, True, provider)


def get_user(session: Session, user_id: int) -> Optional[User]:
    row = session.execute(select(console_users).where(console_users.c.id == user_id)).first()
    return _user(row) if row else None


def list_users(session: Session) -> List[User]:
    rows = session.execute(select(console_users).order_by(console_users.c.email)).all()
    return [_user(r) for r in rows]


def lock_seconds(failures: int) -> float:
    if failures < FREE_FAILURES:
        return 0.0
    return min(MAX_LOCK_S, BASE_LOCK_S * 2 ** (failures - FREE_FAILURES))


def recent_failures(failed_logins: int, locked_until: Optional[float], now: float) -> int:
    """Failures that still count: one is forgiven per DECAY_S since the last failure, so a wrong try
    now and then (a forgetful worker, or someone trying once an hour) never adds up to a lock.

    The last failure's time is not stored separately: every failure sets `locked_until` to its own time
    plus the pause it earned (often none), so it is `locked_until - lock_seconds(failed_logins)`."""
    if failed_logins <= 0:
        return 0
    if locked_until is None:  # rows from before failures decayed: no time to decay from
        return failed_logins
    last_failure = locked_until - lock_seconds(failed_logins)
    forgiven = int(max(0.0, now - last_failure) // DECAY_S)
    return max(0, failed_logins - forgiven)


def _dummy_verify(hasher: PasswordHasher) -> None:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hasher.hash("not a real password, only spends the same time")
    try:
        hasher.verify(_DUMMY_HASH, "wrong")
    except (VerificationError, InvalidHashError):
        pass


def authenticate(session: Session, email: str, password: str, *, now: Optional[float] = None,
                 hasher: Optional[PasswordHasher] = None) -> LoginResult:
    """Check a login. Every refusal costs one password hash, whether the email is unknown, the account
    paused or disabled, or the password wrong: the time taken tells nobody which emails exist."""
    hasher = hasher or HASHER
    now = time.time() if now is None else now
    try:
        email = normalise_email(email)
    except AccountError:
        _dummy_verify(hasher)
        return LoginResult(None)
    row = session.execute(select(console_users).where(console_users.c.email == email)).first()
    return _attempt(session, row, password, now, hasher, "login")


def verify_password(session: Session, user_id: int, password: str, *, now: Optional[float] = None,
                    hasher: Optional[PasswordHasher] = None) -> LoginResult:
    """Re-check a signed-in worker's password (leaving kiosk mode), under the same lockout as signing
    in: a resident left with the tablet gets no more tries than a stranger at the login page."""
    hasher = hasher or HASHER
    now = time.time() if now is None else now
    row = session.execute(select(console_users).where(console_users.c.id == user_id)).first()
    return _attempt(session, row, password, now, hasher, "unlock")


def _attempt(session: Session, row, password: str, now: float, hasher: PasswordHasher,
             purpose: str) -> LoginResult:
    if row is None or not row.active:
        _dummy_verify(hasher)
        return LoginResult(None)
    if row.locked_until and row.locked_until > now:
        _dummy_verify(hasher)  # refused without looking at the password, in the same time
        return LoginResult(None, locked_for=row.locked_until - now)
    try:
        hasher.verify(row.password_hash, password[:MAX_PASSWORD])
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        failures = recent_failures(row.failed_logins, row.locked_until, now) + 1
        lock = lock_seconds(failures)
        session.execute(update(console_users).where(console_users.c.id == row.id).values(
            failed_logins=failures, locked_until=now + lock))
        log.warning("failed console %s for user %s (%d recent)%s", purpose, row.id, failures,
                    f"; locked for {lock:.0f}s" if lock else "")
        return LoginResult(None, locked_for=lock)
    values = {"failed_logins": 0, "locked_until": None}
    if purpose == "login":
        values["last_login_at"] = now
    if hasher.check_needs_rehash(row.password_hash):  # parameters were raised since it was set
        values["password_hash"] = hasher.hash(password)
    session.execute(update(console_users).where(console_users.c.id == row.id).values(**values))
    log.info("console %s for user %s", purpose, row.id)
    return LoginResult(_user(row))


def set_active(session: Session, user_id: int, active: bool) -> None:
    session.execute(update(console_users).where(console_users.c.id == user_id).values(active=active))


def unlock(session: Session, user_id: int) -> None:
    session.execute(update(console_users).where(console_users.c.id == user_id)
                    .values(failed_logins=0, locked_until=None))


__all__ = ["AccountError", "HASHER", "LoginResult", "ROLES", "User", "authenticate", "check_password",
           "create_user", "get_user", "list_users", "lock_seconds",
           "normalise_email", "recent_failures", "set_active", "unlock", "verify_password"]
