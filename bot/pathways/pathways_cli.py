"""`python -m bot pathways validate|load|match|import`: the catalogue from a terminal.

User mistakes (a bad file, an unknown option value, no catalogue loaded) print a plain message and exit
non-zero; they never show a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import dataclasses
import difflib
import json
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

from sqlalchemy.exc import SQLAlchemyError

from bot.language import vocab
from bot.residents import notify
from bot.pathways.catalogue import CatalogueError, load_catalogue
from bot.db import create_schema, make_engine, redacted_url, session_factory
from bot.pathways.matching import MatchResult, NoCatalogue, match
from bot.dialogue.profile import Profile, ProfileError
from bot.settings import Settings
from bot.pathways.catalogue_store import load

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """Something the person running the command can fix; printed without a traceback."""


def main(argv: Optional[Sequence[str]] = None, settings: Optional[Settings] = None) -> int:
    """Run `pathways <command> ...`; argv excludes the leading "pathways"."""
    settings = settings or Settings.from_env()
    args = _parser(settings).parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        return args.run(args, settings)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except SQLAlchemyError as exc:
        print(f"error: database problem at {redacted_url(args.database_url or settings.database_url)}: "
              f"{exc.__class__.__name__}: {exc.orig if hasattr(exc, 'orig') else exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except ImportError as exc:  # e.g. a postgresql:// URL without its driver installed
        print(f"error: cannot open {redacted_url(args.database_url or settings.database_url)}: {exc}",
              file=sys.stderr)
        return EXIT_PROBLEMS


def _parser(settings: Settings) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot pathways",
                                     description="Validate, load and query the pathway catalogue.")
    commands = parser.add_subparsers(dest="command", metavar="{validate,load,match,import}", required=True)

    validate = commands.add_parser("validate", help="check a catalogue file and list every problem")
    validate.add_argument("file", nargs="?", type=Path, default=settings.catalogue_path,
                          help=f"default: {settings.catalogue_path}")
    validate.set_defaults(run=_validate, database_url=None)

    load_cmd = commands.add_parser("load", help="validate, then atomically make the file the live catalogue")
    load_cmd.add_argument("file", nargs="?", type=Path, default=settings.catalogue_path,
                          help=f"default: {settings.catalogue_path}")
    load_cmd.add_argument("--database-url", help="default: WAYMARK_DATABASE_URL or var/waymark.db")
    load_cmd.add_argument("--no-notify", dest="notify", action="store_false",
                          help="do not tell residents waiting for a pathway that it reopened")
    load_cmd.set_defaults(run=_load)

    match_cmd = commands.add_parser("match", help="rank pathways for a resident (every option optional)")
    match_cmd.add_argument("--age", type=int)
    match_cmd.add_argument("--local-authority", metavar="PLACE",
                           help="a local authority, or (with the gazetteer) a town, district or postcode")
    match_cmd.add_argument("--background", choices=vocab.BACKGROUNDS)
    match_cmd.add_argument("--employment-status", choices=vocab.EMPLOYMENT_STATUSES)
    match_cmd.add_argument("--income", metavar="POUNDS", help=f"annual income, or {vocab.INCOME_DECLINED}")
    match_cmd.add_argument("--qualification-level", type=int, metavar="0-8")
    match_cmd.add_argument("--interest", choices=vocab.INTERESTS)
    match_cmd.add_argument("--availability", choices=vocab.SCHEDULES)
    match_cmd.add_argument("--universal-credit", metavar="yes|no")
    match_cmd.add_argument("--immigration-status", choices=vocab.IMMIGRATION_STATUSES)
    match_cmd.add_argument("--english-level", choices=vocab.ENGLISH_LEVELS)
    match_cmd.add_argument("--target-group", action="append", choices=vocab.TARGET_GROUPS, default=[],
                           help="a group the resident says they belong to (repeatable)")
    match_cmd.add_argument("--limit", type=int, default=10)
    match_cmd.add_argument("--json", action="store_true", help="print the chat payload as JSON")
    match_cmd.add_argument("--database-url", help="default: WAYMARK_DATABASE_URL or var/waymark.db")
    match_cmd.set_defaults(run=_match)

    import_cmd = commands.add_parser("import", help="map a Find a Course export to catalogue entries, "
                                                    "report what could not be mapped, and validate the result")
    import_cmd.add_argument("export", type=Path, help="a Find a Course export (.json, or .csv with dotted columns)")
    import_cmd.add_argument("--merge-with", type=Path, metavar="CATALOGUE",
                            help="a hand-kept catalogue to merge with (its entries win on id collisions)")
    import_cmd.add_argument("--out", type=Path, metavar="FILE", help="write the catalogue here (default: stdout)")
    import_cmd.add_argument("--report", type=Path, metavar="FILE",
                            help="also write what could not be mapped to this file")
    import_cmd.add_argument("--export-date", type=_iso_date, metavar="YYYY-MM-DD",
                            help="when the export was taken, if the file does not say")
    import_cmd.set_defaults(run=_import, database_url=None)
    return parser


def _print_problems(error: CatalogueError) -> int:
    """Every problem on stdout, one a line (file, entry, field, line, what is wrong); returns the count."""
    for problem in error.problems:
        print(problem)
    return len(error.problems)


def _validate(args: argparse.Namespace, settings: Settings) -> int:
    try:
        catalogue = load_catalogue(args.file)
    except CatalogueError as exc:
        count = _print_problems(exc)
        print(f"{count} problem{'s' if count != 1 else ''}: {args.file} is not valid", file=sys.stderr)
        return EXIT_PROBLEMS
    _print_stale(catalogue, args.file, settings)
    print(f"OK: {args.file}: {len(catalogue.pathways)} pathways, version {catalogue.version}, "
          f"{catalogue.content_hash}")
    return EXIT_OK


def _print_stale(catalogue, file: Path, settings: Settings) -> None:
    """Warnings, not problems: a stale or unlinked entry still loads, but the skills team should check it."""
    days = settings.catalogue_stale_days
    for line in catalogue.warnings(dt.date.today(), days, str(file)):
        print(line)


def _load(args: argparse.Namespace, settings: Settings) -> int:
    try:
        catalogue = load_catalogue(args.file)
    except CatalogueError as exc:
        count = _print_problems(exc)
        print(f"not loaded: {args.file} has {count} problem(s); the live catalogue is unchanged",
              file=sys.stderr)
        return EXIT_PROBLEMS
    _print_stale(catalogue, args.file, settings)
    url = args.database_url or settings.database_url
    engine = make_engine(url)
    try:
        create_schema(engine)
        with session_factory(engine).begin() as session:  # one transaction: all of it, or none
            before = notify.snapshot(session)
            load(session, catalogue, str(args.file))
    finally:
        engine.dispose()
    print(f"Loaded {len(catalogue.pathways)} pathways, version {catalogue.version}, {catalogue.content_hash} "
          f"into {redacted_url(url)}")
    if args.notify:
        # After the swap has committed, so a resident is never told about a catalogue that rolled back.
        results = tell_opened(dataclasses.replace(settings, database_url=url), before, catalogue)
        if results:
            print(f"Told {len(results)} waiting resident(s) that a pathway reopened: "
                  + ", ".join(sorted(set(results))))
    return EXIT_OK


def tell_opened(settings: Settings, before: Dict[str, str], catalogue) -> List[str]:
    """"Tell me when it opens" after `pathways load`: this command is a process of its own, so its one
    sender is built here (in its event loop) and closed when the messages have gone."""
    from bot.gateway.notifier import build_outbound
    from bot.residents.records import create_schema as create_records

    async def run() -> List[str]:
        outbound = build_outbound(settings)
        try:
            await asyncio.to_thread(create_records, outbound.engine)
            return await outbound.tell_opened(before, catalogue)
        finally:
            await outbound.aclose()

    return asyncio.run(run())


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: write it as YYYY-MM-DD") from None


def _import(args: argparse.Namespace, settings: Settings) -> int:
    """Import, merge, validate what would be written (exactly as `load` would), then write it."""
    from bot.pathways import pathway_import as imp
    from bot.pathways.catalogue import parse_catalogue
    from bot.language.places import Gazetteer, GazetteerError
    from bot.pathways.validator import read_yaml

    if args.out is not None and args.merge_with is not None and args.out.resolve() == args.merge_with.resolve():
        # The next import would treat last time's imported entries as hand-kept, and they would win.
        raise UserError(f"--out would overwrite the hand-kept {args.merge_with}: write the merged catalogue "
                        "to another file and load that")
    try:
        runs, when = imp.read_export(args.export, args.export_date)
        gazetteer = Gazetteer.load(settings.gazetteer_path)
    except (imp.ExportError, GazetteerError) as exc:
        raise UserError(str(exc)) from None
    result = imp.import_runs(runs, when, args.export.name, gazetteer)
    pathways, gaps, version, updated = result.entries, list(result.gaps), imp.version_for(when, None), when
    collisions: list = []
    demo = False
    if args.merge_with is not None:
        try:
            hand = load_catalogue(args.merge_with)  # the hand-kept file must itself be valid
        except CatalogueError as exc:
            count = _print_problems(exc)
            print(f"not imported: {args.merge_with} has {count} problem(s)", file=sys.stderr)
            return EXIT_PROBLEMS
        raw, _ = read_yaml(args.merge_with.read_text(encoding="utf-8"), str(args.merge_with))
        pathways, collisions = imp.merge(result.entries, raw["pathways"], args.merge_with.name)
        version, updated = imp.version_for(when, hand.version), max(hand.updated, when)
        demo = hand.demo  # a demo catalogue stays one (its illustrative entries need the flag)
    report = [str(gap) for gap in gaps + collisions]
    report.append(f"{result.runs} course runs: {len(result.entries)} mapped, "
                  f"{len(result.entries) - len(collisions)} written, "
                  f"{sum(g.skipped for g in gaps)} left out, {len(collisions)} kept by hand")
    for line in report:
        print(line, file=sys.stderr)
    if args.report is not None:
        try:
            args.report.write_text("\n".join(report) + "\n", encoding="utf-8")
        except OSError as exc:
            raise UserError(f"cannot write the report to {args.report}: {exc.strerror}") from None
    name = str(args.out or "<import>")
    text = imp.render(pathways, version, updated,
                      imp.header_for(args.export.name, when, args.merge_with.name if args.merge_with else None),
                      demo)
    try:
        catalogue = parse_catalogue(text, name)
    except CatalogueError as exc:
        count = _print_problems(exc)
        print(f"not written: the imported catalogue has {count} problem(s)", file=sys.stderr)
        return EXIT_PROBLEMS
    for line in catalogue.warnings(dt.date.today(), settings.catalogue_stale_days, name):
        print(line, file=sys.stderr)  # stderr: stdout may be the catalogue itself
    if args.out is None:
        sys.stdout.write(text)
    else:
        try:
            args.out.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UserError(f"cannot write {args.out}: {exc.strerror}") from None
        print(f"OK: {args.out}: {len(catalogue.pathways)} pathways, version {catalogue.version}, "
              f"{catalogue.content_hash}", file=sys.stderr)
    return EXIT_OK


def _match(args: argparse.Namespace, settings: Settings) -> int:
    facts: Dict[str, Any] = {
        "age": args.age,
        "background": args.background,
        "employment_status": args.employment_status,
        "annual_income": args.income,
        "qualification_level": args.qualification_level,
        "interest": args.interest,
        "availability": args.availability,
        "universal_credit": args.universal_credit,
        "immigration_status": args.immigration_status,
        "english_level": args.english_level,
        "target_groups": args.target_group,
    }
    if args.local_authority:
        facts["local_authority"] = _place(args.local_authority, settings)
    try:
        profile = Profile.from_mapping(facts)
    except ProfileError as exc:
        raise UserError(str(exc)) from None
    if args.limit < 1:
        raise UserError("--limit must be at least 1")
    url = args.database_url or settings.database_url
    engine = make_engine(url)
    try:
        create_schema(engine)  # a fresh database reports "no catalogue", not a missing table
        with session_factory(engine)() as session:
            result = match(session, profile, limit=args.limit)
    except NoCatalogue:
        raise UserError(f"no catalogue is loaded in {redacted_url(url)}: "
                        "run `python -m bot pathways load` first") from None
    finally:
        engine.dispose()
    if args.json:
        print(json.dumps({**result.to_payload(), "scope": result.scope, "questions": result.questions},
                         indent=2, ensure_ascii=False))
    else:
        print("\n".join(render(result)))
    return EXIT_OK


def _place(text: str, settings: Settings) -> str:
    """A canonical local authority, the place named when it is outside the area, or a UserError."""
    wanted = text.strip()
    for authority in vocab.LOCAL_AUTHORITIES:
        if authority.lower() == wanted.lower():
            return authority
    try:
        from bot.language.places import Gazetteer  # written alongside; optional until it lands
    except ImportError:
        gazetteer = None
    else:
        gazetteer = Gazetteer.load(settings.gazetteer_path) if settings.gazetteer_path.exists() else None
    if gazetteer is not None:
        found = gazetteer.resolve(wanted)
        if found is None:
            raise UserError(f"could not find a place called {wanted!r}; try a town, a local authority or a "
                            "postcode district such as WV10")
        return gazetteer.slot_value(found)
    close = difflib.get_close_matches(wanted, vocab.LOCAL_AUTHORITIES, n=1, cutoff=0.75)
    if close:
        raise UserError(f"unknown local authority {wanted!r}: did you mean {close[0]!r}?")
    print(f"note: {wanted!r} is not a local authority in {vocab.SERVICE_AREA_NAME}; "
          "treating it as a place outside the area", file=sys.stderr)
    return wanted


def render(result: MatchResult) -> List[str]:
    """The result as plain text, for terminals and logs."""
    lines = [f"Catalogue {result.catalogue_version} ({result.content_hash})", f"Scope: {result.scope}"]
    known = ", ".join(f"{k}={v}" for k, v in result.profile.known().items()) or "nothing yet"
    lines.append(f"Resident: {known}")
    lines.append("")
    if not result.recommendations:
        lines.append("No pathways to recommend yet.")
    for rank, rec in enumerate(result.recommendations, 1):
        p = rec.pathway
        lines.append(f"{rank}. {p.title} — {p.provider} [{p.kind}, {p.status}] score {rec.score:.3f}")
        lines.append(f"   id: {p.id}")
        for reason in rec.why:
            lines.append(f"   + {reason}")
        for condition in rec.conditions:
            lines.append(f"   ? {condition}")
        step = p.next_step
        route = "; ".join(v for v in (step.url, step.phone, step.referral) if v)
        lines.append(f"   Next step: {step.text} ({route})")
    if result.near_misses:
        lines += ["", "Near misses (one rule away):"]
        for miss in result.near_misses:
            lines.append(f" - {miss.pathway.title} [{miss.pathway.id}] ({miss.rule}): "
                         f"{miss.reason}. {miss.change}.")
    if result.questions:
        lines += ["", "Worth asking next: " + ", ".join(result.questions)]
    return lines


__all__ = ["main", "render"]
