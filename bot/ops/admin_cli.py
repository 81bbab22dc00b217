"""Operator commands (console users, journeys, rights, reports), dispatched from `python -m bot`:

    python -m bot users create --role worker --email a@example.org   (password prompted, or --password-stdin)
    python -m bot users list | disable --email ... | enable --email ... | unlock --email ...
    python -m bot retention run [--days N] [--dry-run]
    python -m bot referrals follow-ups [--dry-run]      (sends through the gateway's notifier)
    python -m bot referrals import FILE.csv

Mistakes a person can fix print a plain message and exit 1; nothing prints a traceback or a phone number.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from pathlib import Path
from typing import List, Optional, Sequence

from sqlalchemy import select

from bot.residents import accounts, notify, referrals, retention
from bot.db import make_engine, session_factory, writing
from bot.residents.records import console_users, create_schema
from bot.residents.sending import Outbound
from bot.settings import Settings

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
COMMANDS = ("users", "retention", "referrals")


def _parser(area: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"python -m bot {area}")
    sub = parser.add_subparsers(dest="command", required=True)
    if area == "users":
        create = sub.add_parser("create", help="add a console account")
        create.add_argument("--email", required=True)
        create.add_argument("--role", choices=accounts.ROLES, required=True)
        create.add_argument("--provider", help="for --role provider: the provider's name as the catalogue spells it")
        create.add_argument("--password-stdin", action="store_true",
                            help="read the password from the first line of standard input")
        sub.add_parser("list", help="list accounts")
        for name in ("disable", "enable", "unlock"):
            cmd = sub.add_parser(name, help=f"{name} an account")
            cmd.add_argument("--email", required=True)
    elif area == "retention":
        run = sub.add_parser("run", help="purge journeys idle for longer than the retention period")
        run.add_argument("--days", type=int, default=None, help="default: WAYMARK_RETENTION_DAYS (180)")
        run.add_argument("--dry-run", action="store_true", help="count, change nothing")
    else:
        follow = sub.add_parser("follow-ups", help="send the consented follow-ups that are due")
        follow.add_argument("--dry-run", action="store_true")
        imp = sub.add_parser("import", help="apply a provider's reference,status CSV")
        imp.add_argument("file", type=Path)
    return parser


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password (12+ characters): ")
    if first != getpass.getpass("Same password again: "):
        raise accounts.AccountError("the two passwords differ")
    return first


def _users(args: argparse.Namespace, factory) -> int:
    with factory() as session, session.begin():
        if args.command == "create":
            user = accounts.create_user(session, args.email, args.role, _password(args.password_stdin),
                                        provider=args.provider)
            print(f"created {user.role} {user.email}" + (f" for {user.provider}" if user.provider else ""))
            return EXIT_OK
        if args.command == "list":
            for user in accounts.list_users(session):
                print(f"{user.email}\t{user.role}\t{'active' if user.active else 'disabled'}")
            return EXIT_OK
        email = accounts.normalise_email(args.email)
        user_id = session.execute(select(console_users.c.id).where(console_users.c.email == email)).scalar()
        if user_id is None:
            raise accounts.AccountError(f"no account for {email}")
        if args.command == "unlock":
            accounts.unlock(session, user_id)
        else:
            accounts.set_active(session, user_id, args.command == "enable")
        print(f"{args.command}d {email}")
    return EXIT_OK


async def send_follow_ups(outbound: Outbound, *, dry_run: bool = False) -> List[str]:
    """Send every due follow-up through the process's sender; each one is marked sent only when
    Twilio accepted it, so a failure is tried again on the next run."""
    factory = outbound.factory

    def due():
        with factory() as session:
            return referrals.due_follow_ups(session)

    items = await asyncio.to_thread(due)
    if dry_run or not items:
        return [f"due {item.referral_id}" for item in items]

    def mark(referral_id: int) -> None:
        with factory() as session, session.begin():
            referrals.mark_follow_up_sent(session, referral_id)

    results = []
    for item in items:
        lang = await outbound.language_of(item.sender_id)
        status = await outbound.notify(item.sender_id, referrals.follow_up_text(item.pathway_title, item.status, lang),
                                       template="followup", variables={"1": item.pathway_title})
        if status in notify.OK_RESULTS:
            await asyncio.to_thread(mark, item.referral_id)
        results.append(f"{item.referral_id} {status}")
    return results


async def _follow_ups_now(settings: Settings, engine, *, dry_run: bool) -> List[str]:
    """`referrals follow-ups` is a process of its own: its one sender is built here, in its loop."""
    from bot.gateway.notifier import build_outbound

    outbound = build_outbound(settings, engine)
    try:
        return await send_follow_ups(outbound, dry_run=dry_run)
    finally:
        await outbound.aclose()


def main(argv: Optional[Sequence[str]] = None, settings: Optional[Settings] = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0] not in COMMANDS:
        print(f"usage: python -m bot {{{','.join(COMMANDS)}}} ...", file=sys.stderr)
        return EXIT_USAGE
    area = args_list[0]
    args = _parser(area).parse_args(args_list[1:])
    settings = settings or Settings.from_env()
    engine = make_engine(settings.database_url)
    try:
        create_schema(engine)
        factory = session_factory(writing(engine))  # runs beside a live stack
        if area == "users":
            return _users(args, factory)
        if area == "retention":
            tracker = make_engine(settings.tracker_store_url)
            try:
                report = retention.run(engine, tracker, days=args.days or settings.retention_days,
                                       dry_run=args.dry_run)
            finally:
                tracker.dispose()
            verb = "would purge" if args.dry_run else "purged"
            print(f"{verb} {report.journeys} journey(s); rows: {report.total}")
            for table, count in sorted(report.rows.items()):
                print(f"  {table}: {count}")
            return EXIT_OK
        if args.command == "import":
            text = args.file.read_text(encoding="utf-8-sig")
            with factory() as session, session.begin():
                result = referrals.import_csv(session, text)
            print(f"{result.applied} updated, {result.unchanged} unchanged, {len(result.errors)} problem(s)")
            for line, message in result.errors:
                print(f"  line {line}: {message}")
            return EXIT_OK if not result.errors else EXIT_PROBLEMS
        for line in asyncio.run(_follow_ups_now(settings, engine, dry_run=args.dry_run)):
            print(line)
        return EXIT_OK
    except (accounts.AccountError, OSError, UnicodeDecodeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    finally:
        engine.dispose()


__all__ = ["COMMANDS", "main", "send_follow_ups"]
