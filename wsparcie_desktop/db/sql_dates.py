"""Date arithmetic in SQL, the same on every back-end: SQLite keeps dates as text, PostgreSQL as dates."""

from __future__ import annotations

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class days_between(FunctionElement):  # noqa: N801 — an SQL function, named as one
    """``days_between(first, last)``: the whole days from the date ``first`` to the date ``last`` (last − first)."""

    type = Integer()
    inherit_cache = True
    name = "days_between"


@compiles(days_between)
def _days_between(element, compiler, **kw) -> str:  # PostgreSQL: a date minus a date is its number of days
    first, last = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"({last} - {first})"


@compiles(days_between, "sqlite")
def _days_between_sqlite(element, compiler, **kw) -> str:
    first, last = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"CAST(julianday({last}) - julianday({first}) AS INTEGER)"
