"""`python -m bot <area> ...`: dispatch to the command-line module of each area.

Each branch imports its module only when used, so `pathways` works without spaCy and `nlp` without a
database.
"""

from __future__ import annotations

import sys
from typing import Optional, Sequence

USAGE = """usage: python -m bot <command> ...

commands:
  pathways validate|load|match|import  the pathway catalogue (python -m bot pathways --help)
  nlp build                      build the spaCy pipeline (python -m bot nlp --help)
  users create|list|...          console accounts (python -m bot users --help)
  retention run                  purge conversations and profiles past the retention period
  referrals follow-ups|import    referral follow-ups and provider CSV imports
  audit show JOURNEY             what a journey was recommended, re-explained from its catalogue version
  db upgrade|current|check|...   migrations for our tables (python -m bot db --help)
  sms [--from NUMBER] TEXT       text the running gateway as a phone would (python -m bot sms --help)
  translations status|review|... the gettext catalogues of the words home (python -m bot translations --help)

scheduled jobs (retention, follow-ups, referral mail, catalogue staleness): python -m bot.jobs [--once]
"""


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help"):
        print(USAGE, end="")
        return 0 if args else 2
    area, rest = args[0], args[1:]
    if area == "pathways":
        from bot.pathways import pathways_cli

        return pathways_cli.main(rest)
    if area == "nlp":
        from bot.language import nlp

        return nlp.main(rest)
    if area == "db":
        from bot import migrate

        return migrate.main(rest)
    if area == "audit":
        from bot.residents import audit

        return audit.main(rest)
    if area == "sms":
        from bot.gateway import local_sms

        return local_sms.main(rest)
    if area == "translations":
        from bot.language import translations

        return translations.main(rest)
    if area in ("users", "retention", "referrals"):
        from bot.ops import admin_cli

        return admin_cli.main(args)
    print(f"unknown command {area!r}\n\n{USAGE}", end="", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
