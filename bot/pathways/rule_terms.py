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
from typing import Any, Callable, Mapping, Sequence, Tuple

from sqlalchemy import Boolean, and_, bindparam, false, literal, not_, or_, true
from sqlalchemy.sql.elements import ColumnElement

Row = Mapping[str, Any]
Facts = Mapping[str, Any]
Reader = Callable[[Row, Facts], Any]


class Term:
    """A value or a condition over one pathway's rule columns and the resident's facts."""

    def sql(self, t: Any) -> ColumnElement:
        raise NotImplementedError

    def source(self, names: "_Names") -> str:
        """The term as one Python expression over `row` and `facts`."""
        raise NotImplementedError

    def python(self) -> Reader:
        return compile_reader(self.source(_Names()))

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

    def source(self, names: "_Names") -> str:
        return f"row[{self.name!r}]"


@dataclass(frozen=True, eq=False)
class _Fact(Term):
    name: str
    boolean: bool = False

    def sql(self, t: Any) -> ColumnElement:
        if self.boolean:
            return bindparam(self.name, type_=Boolean) == true()
        return bindparam(self.name)

    def source(self, names: "_Names") -> str:
        return f"bool(facts[{self.name!r}])" if self.boolean else f"facts[{self.name!r}]"


@dataclass(frozen=True, eq=False)
class _Constant(Term):
    value: Any

    def sql(self, t: Any) -> ColumnElement:
        if isinstance(self.value, bool):
            return true() if self.value else false()
        return literal(self.value)

    def source(self, names: "_Names") -> str:
        return repr(self.value)


_OPERATORS = {">": operator.gt, "<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne}


@dataclass(frozen=True, eq=False)
class _Compare(Term):
    left: Term
    right: Term
    op: str

    def sql(self, t: Any) -> ColumnElement:
        return _OPERATORS[self.op](self.left.sql(t), self.right.sql(t))

    def source(self, names: "_Names") -> str:
        # NULL compares false, as in SQL. A side that is never None (a constant, a bit test, which
        # fails outright on a missing value) is read as it is: every rule reads many of them per match.
        tests, sides = [], []
        for side in (self.left, self.right):
            if _never_none(side):
                sides.append(side.source(names))
            else:
                name = names.fresh()
                tests.append(f"({name} := {side.source(names)}) is not None")
                sides.append(name)
        return "(" + " and ".join(tests + [f"{sides[0]} {self.op} {sides[1]}"]) + ")"


@dataclass(frozen=True, eq=False)
class _BitAnd(Term):
    left: Term
    right: Term

    def sql(self, t: Any) -> ColumnElement:
        # A literal keeps the statement text the same for every profile (constants are vocab bits).
        right = self.right.sql(t) if not isinstance(self.right, _Constant) else self.right.value
        return self.left.sql(t).op("&")(right)

    def source(self, names: "_Names") -> str:
        return f"({self.left.source(names)} & {self.right.source(names)})"


def _never_none(term: Term) -> bool:
    return (isinstance(term, _Constant) and term.value is not None) or isinstance(term, _BitAnd)


@dataclass(frozen=True, eq=False)
class _IsSet(Term):
    term: Term

    def sql(self, t: Any) -> ColumnElement:
        return self.term.sql(t).isnot(None)

    def source(self, names: "_Names") -> str:
        return f"({self.term.source(names)} is not None)"


@dataclass(frozen=True, eq=False)
class _All(Term):
    terms: Tuple[Term, ...]

    def sql(self, t: Any) -> ColumnElement:
        return and_(*(term.sql(t) for term in self.terms))

    def source(self, names: "_Names") -> str:
        return "(" + " and ".join(term.source(names) for term in self.terms) + ")"


@dataclass(frozen=True, eq=False)
class _Any(Term):
    terms: Tuple[Term, ...]

    def sql(self, t: Any) -> ColumnElement:
        return or_(*(term.sql(t) for term in self.terms))

    def source(self, names: "_Names") -> str:
        return "(" + " or ".join(term.source(names) for term in self.terms) + ")"


@dataclass(frozen=True, eq=False)
class _Not(Term):
    term: Term

    def sql(self, t: Any) -> ColumnElement:
        return not_(self.term.sql(t))

    def source(self, names: "_Names") -> str:
        return f"(not {self.term.source(names)})"


@dataclass(frozen=True, eq=False)
class _LocatedIn(Term):
    """The pathway runs in person in the place named by a fact. In SQL that is a row of
    pathway_locations (one per place); in memory, the place is among the pathway's locations."""

    name: str

    def sql(self, t: Any) -> ColumnElement:
        return t.c.local_authority == bindparam(self.name)

    def source(self, names: "_Names") -> str:
        return f"(facts[{self.name!r}] in row['locations'])"


class _Names:
    """Fresh local names for one compiled expression."""

    def __init__(self) -> None:
        self.count = 0

    def fresh(self) -> str:
        self.count += 1
        return f"_{self.count}"


def compile_reader(expression: str) -> Reader:
    """One Python function from generated source. Terms are compiled rather than walked as a tree of
    closures because the snapshot reads every rule for every pathway on every match; the source holds
    only declared column and fact names (quoted) and vocabulary constants, never a resident's words."""
    return eval(compile(f"lambda row, facts: {expression}", "<rule term>", "eval"), {})  # noqa: S307


def compile_violations(fixed: Sequence[Term], soft: Sequence[Term]) -> Reader:
    """One function (row, facts) -> None when any `fixed` term holds, else how many `soft` terms hold."""
    names = _Names()
    broken = " or ".join(term.source(names) for term in fixed) or "False"
    count = " + ".join(f"bool({term.source(names)})" for term in soft) or "0"
    return compile_reader(f"None if ({broken}) else ({count})")


def compile_outcomes(rules: Sequence[Tuple[Term, Term]], outcomes: Tuple[Any, Any, Any]) -> Reader:
    """One function (row, facts) -> a tuple with, for each (violated, unsettled) of `rules`, the first of
    `outcomes` (fail, unknown, pass) whose term holds: `violated`, then `unsettled`, else the last."""
    fail, unknown, passed = outcomes
    names = _Names()
    parts = [f"({fail!r} if {violated.source(names)} else {unknown!r} if {unsettled.source(names)} "
             f"else {passed!r})" for violated, unsettled in rules]
    return compile_reader("(" + "".join(part + ", " for part in parts) + ")")


def compile_which(terms: Sequence[Term]) -> Reader:
    """One function (row, facts) -> the positions of the `terms` that hold, in order."""
    names = _Names()
    return compile_reader(" + ".join(f"(({i},) if {term.source(names)} else ())" for i, term in enumerate(terms))
                          or "()")


def compile_choice(choices: Sequence[Sequence[Tuple[Any, Term]]], otherwise: Any) -> Reader:
    """One function (row, facts) -> a tuple with, for each list of (value, term), the value of the first
    term that holds (`otherwise` when none does; None for an empty list)."""
    names = _Names()
    parts = []
    for options in choices:
        expression = repr(otherwise) if options else "None"  # no options: the dimension is not constrained
        for value, term in reversed(options):
            expression = f"({value!r} if {term.source(names)} else {expression})"
        parts.append(expression)
    return compile_reader("(" + "".join(part + ", " for part in parts) + ")")


def _term(value: Any) -> Term:
    return value if isinstance(value, Term) else _Constant(value)


ALWAYS: Term = _Constant(True)
NEVER: Term = _Constant(False)


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


__all__ = ["ALWAYS", "Facts", "NEVER", "Reader", "Row", "Term", "all_of", "any_of", "column", "compile_choice",
           "compile_outcomes", "compile_reader", "compile_violations", "compile_which", "fact", "flag", "located_in", "negate"]
