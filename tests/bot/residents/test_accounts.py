"""Console accounts: argon2id hashes, roles, lockout with backoff, no account enumeration by timing."""

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from bot.residents import accounts
from bot.residents.records import console_users

from tests.bot.records_fixtures import cheap_hashing, engine, factory, session  # noqa: F401 - fixtures

PASSWORD = "correct horse battery staple"


def test_password_is_stored_as_argon2id_never_in_clear(session):
    accounts.create_user(session, "Worker@Example.org", "worker", PASSWORD, now=1.0)
    row = session.execute(select(console_users)).one()
    assert row.email == "worker@example.org"
    assert row.password_hash.startswith("$argon2id$")
    assert PASSWORD not in row.password_hash


@pytest.mark.parametrize("email,role,password,words", [
    ("not-an-email", "worker", PASSWORD, "email"),
    ("a@example.org", "admin", PASSWORD, "role"),
    ("a@example.org", "worker", "short", "at least 12"),
])
def test_bad_accounts_are_refused_with_a_reason(session, email, role, password, words):
    with pytest.raises(accounts.AccountError, match=words):
        accounts.create_user(session, email, role, password)


def test_duplicate_email_is_refused(session):
    accounts.create_user(session, "a@example.org", "worker", PASSWORD)
    with pytest.raises(accounts.AccountError, match="already exists"):
        accounts.create_user(session, "A@EXAMPLE.ORG", "coordinator", PASSWORD)


def test_login_succeeds_and_wrong_password_fails(session):
    user = accounts.create_user(session, "a@example.org", "coordinator", PASSWORD)
    assert accounts.authenticate(session, "a@example.org", PASSWORD, now=10.0).user == user
    assert accounts.authenticate(session, "a@example.org", "nope nope nope", now=11.0).user is None
    assert accounts.authenticate(session, "nobody@example.org", PASSWORD, now=12.0).user is None


def test_lockout_after_five_failures_then_backoff_doubles(session):
    accounts.create_user(session, "a@example.org", "worker", PASSWORD)
    now = 1000.0
    for attempt in range(1, 6):
        result = accounts.authenticate(session, "a@example.org", "wrong password!", now=now)
        assert result.user is None
    assert result.locked_for == 60.0
    # Locked: even the right password is not checked until the lock passes.
    assert accounts.authenticate(session, "a@example.org", PASSWORD, now=now + 30).user is None
    # After the lock, one more failure locks for twice as long.
    result = accounts.authenticate(session, "a@example.org", "wrong again!!", now=now + 61)
    assert result.user is None and result.locked_for == 120.0
    assert accounts.authenticate(session, "a@example.org", PASSWORD, now=now + 61 + 121).user is not None
    # Success resets the count.
    row = session.execute(select(console_users.c.failed_logins, console_users.c.locked_until)).one()
    assert row.failed_logins == 0 and row.locked_until is None


def test_lock_is_capped_at_an_hour():
    assert accounts.lock_seconds(4) == 0
    assert accounts.lock_seconds(5) == 60
    assert accounts.lock_seconds(30) == 3600


def test_disabled_account_cannot_sign_in_and_unlock_clears_a_lock(session):
    user = accounts.create_user(session, "a@example.org", "worker", PASSWORD)
    accounts.set_active(session, user.id, False)
    assert accounts.authenticate(session, "a@example.org", PASSWORD).user is None
    accounts.set_active(session, user.id, True)
    for _ in range(5):
        accounts.authenticate(session, "a@example.org", "wrong password!", now=50.0)
    accounts.unlock(session, user.id)
    assert accounts.authenticate(session, "a@example.org", PASSWORD, now=51.0).user is not None


def test_unknown_email_still_spends_a_hash(session):
    calls = []

    class Counting(PasswordHasher):
        def verify(self, hash, password):  # noqa: A002 - argon2's own parameter name
            calls.append(1)
            return super().verify(hash, password)

    accounts.authenticate(session, "ghost@example.org", PASSWORD,
                          hasher=Counting(time_cost=1, memory_cost=8, parallelism=1))
    assert calls, "an unknown email must cost the same argon2 work as a wrong password"


class CountingHasher(PasswordHasher):
    """argon2 at test strength that counts the verifications it does."""

    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=8, parallelism=1)
        self.verified = 0

    def verify(self, hash, password):  # noqa: A002 - argon2's own parameter name
        self.verified += 1
        return super().verify(hash, password)


def test_every_refusal_costs_exactly_one_password_hash(session):
    hasher = CountingHasher()
    locked = accounts.create_user(session, "locked@example.org", "worker", PASSWORD, hasher=hasher)
    paused = accounts.create_user(session, "off@example.org", "worker", PASSWORD, hasher=hasher)
    accounts.set_active(session, paused.id, False)
    accounts.create_user(session, "w@example.org", "worker", PASSWORD, hasher=hasher)
    for _ in range(5):
        accounts.authenticate(session, "locked@example.org", "wrong password!", now=100.0, hasher=hasher)
    attempts = {
        "a locked account, even with the right password": ("locked@example.org", PASSWORD),
        "an unknown email": ("ghost@example.org", PASSWORD),
        "a disabled account": ("off@example.org", PASSWORD),
        "something that is not an email": ("not an email", PASSWORD),
        "a wrong password": ("w@example.org", "wrong again!!"),
    }
    for what, (email, password) in attempts.items():
        before = hasher.verified
        result = accounts.authenticate(session, email, password, now=110.0, hasher=hasher)
        assert result.user is None, what
        assert hasher.verified - before == 1, f"{what} must cost one hash, like a wrong password"


def test_a_wrong_password_once_an_hour_never_locks_the_account(session):
    accounts.create_user(session, "a@example.org", "worker", PASSWORD)
    now = 10_000.0
    for _ in range(48):  # two days of one wrong try an hour
        result = accounts.authenticate(session, "a@example.org", "wrong password!", now=now)
        assert result.locked_for == 0
        now += 3600
    # The worker, a minute after the latest wrong try, gets in.
    assert accounts.authenticate(session, "a@example.org", PASSWORD, now=now - 3600 + 60).user is not None


def test_failures_decay_one_per_quarter_hour_but_a_burst_still_locks(session):
    accounts.create_user(session, "a@example.org", "worker", PASSWORD)
    for second in range(4):
        accounts.authenticate(session, "a@example.org", "wrong password!", now=1000.0 + second)
    # Two quarter hours later only two of the four still count: three more tries before a pause.
    later = 1003.0 + 2 * accounts.DECAY_S
    for second in range(2):
        assert accounts.authenticate(session, "a@example.org", "wrong password!", now=later + second).locked_for == 0
    assert accounts.authenticate(session, "a@example.org", "wrong password!", now=later + 2).locked_for == 60.0
    assert accounts.authenticate(session, "a@example.org", PASSWORD, now=later + 30).user is None


def test_unlocking_the_kiosk_counts_towards_the_same_lockout(session):
    user = accounts.create_user(session, "a@example.org", "worker", PASSWORD)
    for _ in range(accounts.FREE_FAILURES):
        assert accounts.verify_password(session, user.id, "resident guessing", now=500.0).user is None
    assert accounts.verify_password(session, user.id, PASSWORD, now=501.0).locked_for > 0
    assert accounts.authenticate(session, "a@example.org", PASSWORD, now=502.0).user is None
    assert accounts.verify_password(session, user.id, PASSWORD, now=600.0).user == user


def test_users_cli_creates_an_account_from_stdin(tmp_path, monkeypatch, capsys):
    import io

    from bot.__main__ import main
    from bot.db import make_engine, session_factory

    monkeypatch.setenv("WAYMARK_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("WAYMARK_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["users", "create", "--role", "worker", "--email", "w@example.org", "--password-stdin"]) == 0
    assert "created worker w@example.org" in capsys.readouterr().out
    with session_factory(make_engine(f"sqlite:///{tmp_path / 'cli.db'}"))() as s:
        assert accounts.authenticate(s, "w@example.org", PASSWORD).user.role == "worker"
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["users", "create", "--role", "worker", "--email", "x@example.org", "--password-stdin"]) == 1
