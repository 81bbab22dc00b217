"""A small language for the match rules, read two ways: as SQLAlchemy expressions over the catalogue's
rule columns (bot.db), and as Python over the same columns held in memory (bot.pathways.snapshot).

A rule is written once as a term (`column("min_age") > fact("age_for_min")`); `term.sql(t)` is the WHERE
clause for a table `t` and `term.python()` a function of (row, facts) with the same truth value on the
same row. The Python reading follows SQL where they could differ: comparing with a missing (NULL) column
is false, so a rule guards its optional column with `column(...).is_set()` exactly as the SQL does.

`fact` values are the bound parameters of the statement (bot.pathways.rules.facts_for), so one compiled
statement serves every profile; in memory they are the same dict.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Tuple

from sqlalchemy import Boolean, and_, bindparam, false, literal, not_, or_, true
from sqlalchemy.sql.elements import ColumnElement

Row = Mapping[str, Any]
Facts = Mapping[str, Any]
Reader = Callable[[Row, Facts], Any]


class Term:
    """A value or a condition over one pathway's rule columns and the resident's facts."""

    def sql(self, t: Any) -> ColumnElement:
        raise NotImplementedError

    def python(self) -> Reader:
        raise NotImplementedError

    # Comparisons and bit tests build new terms; `&` is a bitwise and of two integer terms.
    def __gt__(self, other: Any) -> "Term":
        return _Compare(self, _term(other), ">")

    def __lt__(self, other: Any) -> "Term":
        return _Compare(self, _term(other), "<")

    def __le__(self, other: Any) -> "Term":
        return _Compare(self, _term(other), "<=")

    def __eq__(self, other: Any) -> "Term":  # type: ignore[override]
        return _Compare(self, _term(other), "==")

    def __ne__(self, other: Any) -> "Term":  # type: ignore[override]
        return _Compare(self, _term(other), "!=")

    def __and__(self, other: Any) -> "Term":
        return _BitAnd(self, _term(other))

    __hash__ = object.__hash__

    def is_set(self) -> "Term":
        return _IsSet(self)

    def has_any(self, bits: Any) -> "Term":
        """Some bit of `bits` is in this mask."""
        return (self & bits) != 0

    def lacks(self, bits: Any) -> "Term":
        """A list rule is set (non-zero mask) and includes none of `bits`: the resident's value is not one
        it takes."""
        return all_of(self != 0, (self & bits) == 0)


@dataclass(frozen=True, eq=False)
class _Column(Term):
    name: str

    def sql(self, t: Any) -> ColumnElement:
        return t.c[self.name]

    def python(self) -> Reader:
        name = self.name
        return lambda row, facts: row[name]


@dataclass(frozen=True, eq=False)
class _Fact(Term):
    name: str
    boolean: bool = False

    def sql(self, t: Any) -> ColumnElement:
        if self.boolean:
            return bindparam(self.name, type_=Boolean) == true()
        return bindparam(self.name)

    def python(self) -> Reader:
        name = self.name
        return lambda row, facts: facts[name]


@dataclass(frozen=True, eq=False)
class _Constant(Term):
    value: Any

    def sql(self, t: Any) -> ColumnElement:
        if isinstance(self.value, bool):
            return true() if self.value else false()
        return literal(self.value)

    def python(self) -> Reader:
        value = self.value
        return lambda row, facts: value


_OPERATORS = {">": operator.gt, "<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne}


@dataclass(frozen=True, eq=False)
class _Compare(Term):
    left: Term
    right: Term
    op: str

    def sql(self, t: Any) -> ColumnElement:
        return _OPERATORS[self.op](self.left.sql(t), self.right.sql(t))

    def python(self) -> Reader:
        left, right, op = self.left.python(), self.right.python(), _OPERATORS[self.op]

        def compare(row: Row, facts: Facts) -> bool:
            a, b = left(row, facts), right(row, facts)
            return a is not None and b is not None and op(a, b)  # NULL compares false, as in SQL
        return compare


@dataclass(frozen=True, eq=False)
class _BitAnd(Term):
    left: Term
    right: Term

    def sql(self, t: Any) -> ColumnElement:
        # A literal keeps the statement text the same for every profile (constants are vocab bits).
        right = self.right.sql(t) if not isinstance(self.right, _Constant) else self.right.value
        return self.left.sql(t).op("&")(right)

    def python(self) -> Reader:
        left, right = self.left.python(), self.right.python()
        return lambda row, facts: left(row, facts) & right(row, facts)


@dataclass(frozen=True, eq=False)
class _IsSet(Term):
    term: Term

    def sql(self, t: Any) -> ColumnElement:
        return self.term.sql(t).isnot(None)

    def python(self) -> Reader:
        read = self.term.python()
        return lambda row, facts: read(row, facts) is not None


@dataclass(frozen=True, eq=False)
class _All(Term):
    terms: Tuple[Term, ...]

    def sql(self, t: Any) -> ColumnElement:
        return and_(*(term.sql(t) for term in self.terms))

    def python(self) -> Reader:
        readers = tuple(term.python() for term in self.terms)
        return lambda row, facts: all(read(row, facts) for read in readers)


@dataclass(frozen=True, eq=False)
class _Any(Term):
    terms: Tuple[Term, ...]

    def sql(self, t: Any) -> ColumnElement:
        return or_(*(term.sql(t) for term in self.terms))

    def python(self) -> Reader:
        readers = tuple(term.python() for term in self.terms)
        return lambda row, facts: any(read(row, facts) for read in readers)


@dataclass(frozen=True, eq=False)
class _Not(Term):
    term: Term

    def sql(self, t: Any) -> ColumnElement:
        return not_(self.term.sql(t))

    def python(self) -> Reader:
        read = self.term.python()
        return lambda row, facts: not read(row, facts)


@dataclass(frozen=True, eq=False)
class _LocatedIn(Term):
    """The pathway runs in person in the place named by a fact. In SQL that is a row of
    pathway_locations (one per place); in memory, the place is among the pathway's locations."""

    name: str

    def sql(self, t: Any) -> ColumnElement:
        return t.c.local_authority == bindparam(self.name)

    def python(self) -> Reader:
        name = self.name
        return lambda row, facts: facts[name] in row["locations"]


def _term(value: Any) -> Term:
    return value if isinstance(value, Term) else _Constant(value)


def column(name: str) -> Term:
    """A rule column of the pathway (bot.db._rule_columns)."""
    return _Column(name)


def fact(name: str) -> Term:
    """A value from the resident's facts (a bound parameter)."""
    return _Fact(name)


def flag(name: str) -> Term:
    """A yes/no fact, true when the resident's fact is yes."""
    return _Fact(name, boolean=True)


def located_in(name: str) -> Term:
    """The pathway runs in the place the fact `name` holds (only pathway_locations has the column)."""
    return _LocatedIn(name)


def all_of(*terms: Term) -> Term:
    return _All(tuple(terms))


def any_of(*terms: Term) -> Term:
    return _Any(tuple(terms))


def negate(term: Term) -> Term:
    return _Not(term)


__all__ = ["Facts", "Reader", "Row", "Term", "all_of", "any_of", "column", "fact", "flag", "located_in", "negate"]
