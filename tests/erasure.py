"""Erase one pseudonym's contact the way the product does (bot.residents.rights.erase_records, in one
transaction), for tests that need a resident to have been forgotten."""

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.residents.rights import erase_records


def erase_contact(engine: Engine, pseudonym: str) -> int:
    """The number of contact rows erased."""
    with Session(engine) as session, session.begin():
        return erase_records(session, [pseudonym])["gateway_contacts"]
