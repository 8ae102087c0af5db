"""Reading many rows fast: a Core select run on the driver's own cursor, its values converted by SQLAlchemy's types.

SQLAlchemy's result rows cost more than the query itself when a plan of 5,000 activities is read (about twice
the time of sqlite3 fetching the same rows). :func:`plain_rows` compiles the select as SQLAlchemy would, runs it on
the session's own connection (so in the same transaction), and converts only the columns whose type asks for it
(dates and booleans on SQLite, money to Decimal) with the same converters SQLAlchemy uses, a column at a time
and each different value once.
Other back-ends (PostgreSQL) read through SQLAlchemy as usual: their driver already returns dates and Decimals.

A select read often (the HDR screen's) is made once as a :class:`Prepared` with named ``bindparam``s: it is
compiled once per dialect, not at every read (compiling takes longer than running it on a small plan).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Select
    from sqlalchemy.orm import Session


class _Compiled:
    """A select compiled for one dialect: its SQL, how to bind its parameters and which columns to convert."""

    def __init__(self, statement: Select, dialect):
        compiled = statement.compile(dialect=dialect)
        self.sql = str(compiled)
        self.defaults = {name: bind.effective_value for name, bind in compiled.binds.items() if not bind.required}
        self.binds = []
        for name in compiled.positiontup:
            convert = compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
            self.binds.append((name, convert))
        self.converters = [
            (position, convert)
            for position, column in enumerate(statement.selected_columns)
            if (convert := column.type.dialect_impl(dialect).result_processor(dialect, None)) is not None
        ]

    def arguments(self, params: dict | None) -> list:
        values = self.defaults if not params else {**self.defaults, **params}
        found = []
        for name, convert in self.binds:
            value = values[name]
            found.append(convert(value) if convert is not None else value)
        return found


class Prepared:
    """A select made once and read many times with different values of its named ``bindparam``s."""

    def __init__(self, statement: Select):
        self.statement = statement
        self._compiled: dict[str, _Compiled] = {}

    def compiled(self, dialect) -> _Compiled:
        found = self._compiled.get(dialect.name)
        if found is None:
            found = self._compiled[dialect.name] = _Compiled(self.statement, dialect)
        return found


def plain_rows(session: Session, statement: Select | Prepared, params: dict | None = None) -> list[tuple]:
    """The rows of ``statement`` as tuples, each value as SQLAlchemy would give it; ``params`` give the values
    of its named ``bindparam``s."""
    rows, converted = _read(session, statement, params)
    return list(zip(*converted)) if converted is not None else rows


def plain_columns(session: Session, statement: Select | Prepared, params: dict | None = None,
                  width: int | None = None) -> list[tuple]:  # fmt: skip
    """The same values as :func:`plain_rows`, a tuple for each column (as wide as ``width`` when no row is found):
    a caller making one object of each row can map its class over the columns."""
    rows, converted = _read(session, statement, params)
    if converted is None:
        converted = list(zip(*rows))
    if not converted:
        count = width if width is not None else len(_select(statement).selected_columns)
        return [() for _ in range(count)]
    return [tuple(column) for column in converted]


def _select(statement: Select | Prepared) -> Select:
    return statement.statement if isinstance(statement, Prepared) else statement


def _read(session: Session, statement: Select | Prepared, params: dict | None) -> tuple[list, list | None]:
    """The rows as read, and the columns converted (None when no column needs it)."""
    conn = session.connection()
    dialect = conn.dialect
    if dialect.name != "sqlite":
        return [tuple(row) for row in session.execute(_select(statement), params or {})], None
    compiled = statement.compiled(dialect) if isinstance(statement, Prepared) else _Compiled(statement, dialect)
    rows = conn.connection.driver_connection.execute(compiled.sql, compiled.arguments(params)).fetchall()
    if not compiled.converters or not rows:
        return rows, None
    # Converted a column at a time, each different value once (a plan repeats its dates, amounts and booleans):
    # the loops run in C. The values converted are immutable (dates, Decimals, booleans), so rows may share them.
    columns = list(zip(*rows))
    for position, convert in compiled.converters:
        values = columns[position]
        converted = {value: convert(value) for value in set(values)}
        columns[position] = map(converted.__getitem__, values)
    return rows, columns
