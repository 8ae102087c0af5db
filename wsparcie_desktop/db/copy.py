"""Moving a whole store between a SQLite file and a PostgreSQL server, checked row by row.

``copy_store`` copies every table of the models, attachments (kept in the store) included, in one
transaction on the target: the reference tables are replaced by the source's (user rows point at their ids),
the user tables must be empty on the target. Then every table's row count and a checksum over its rows (in
primary-key order, each value in one written form) are compared between the two stores; a difference rolls
nothing back by then, but is reported and the command fails.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Table, bindparam, func, select, text

from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import Base
from wsparcie_desktop.db.row_security import SHARED_TABLES
from wsparcie_desktop.errors import DomainError

BATCH = 1000


@dataclass(frozen=True)
class TableCheck:
    table: str
    source_rows: int
    target_rows: int
    source_sum: str
    target_sum: str

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows and self.source_sum == self.target_sum


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _written(value) -> str:
    """One written form of a value, whichever store it came from."""
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def checksum(conn, table: Table) -> tuple[int, str]:
    """(rows, sha256 over the rows in primary-key order)."""
    digest = hashlib.sha256()
    count = 0
    order = list(table.primary_key.columns) or list(table.columns)
    for row in conn.execute(select(table).order_by(*order)).yield_per(BATCH):
        digest.update("\x1f".join(_written(v) for v in row).encode() + b"\x1e")
        count += 1
    return count, digest.hexdigest()


def verify(source: Database, target: Database) -> list[TableCheck]:
    checks = []
    with source.engine.connect() as s, target.engine.connect() as t:
        for table in _tables():
            (sn, ss), (tn, ts) = checksum(s, table), checksum(t, table)
            checks.append(TableCheck(table.name, sn, tn, ss, ts))
    return checks


def _self_references(table: Table) -> list[str]:
    return sorted(fk.parent.name for fk in table.foreign_keys if fk.column.table is table)


def copy_store(source: Database, target: Database) -> list[TableCheck]:
    """Copy everything from ``source`` into the empty ``target`` and return each table's check."""
    tables = _tables()
    with source.engine.connect() as s, target.engine.begin() as t:
        filled = [
            table.name
            for table in tables
            if table.name not in SHARED_TABLES and t.execute(select(func.count()).select_from(table)).scalar()
        ]
        if filled:
            raise DomainError(
                "Docelowa baza danych nie jest pusta (są w niej już dane w tabelach: "
                f"{', '.join(filled[:5])}{'…' if len(filled) > 5 else ''}). Nic nie skopiowano; podaj pustą bazę."
            )
        for table in reversed(tables):
            t.execute(table.delete())
        for table in tables:
            _copy_table(s, t, table)
        if t.dialect.name == "postgresql":
            _reset_sequences(t, tables)
    return verify(source, target)


def _copy_table(s, t, table: Table) -> None:
    """Rows in batches; a column pointing at the same table is filled in afterwards (its row may come later)."""
    later = _self_references(table)
    keys = [c.name for c in table.primary_key.columns]
    pending: list[dict] = []
    batch: list[dict] = []
    for row in s.execute(select(table)).mappings().yield_per(BATCH):
        values = dict(row)
        if later and any(values[c] is not None for c in later):
            pending.append({**{f"k_{k}": values[k] for k in keys}, **{f"v_{c}": values[c] for c in later}})
            values.update({c: None for c in later})
        batch.append(values)
        if len(batch) >= BATCH:
            t.execute(table.insert(), batch)
            batch = []
    if batch:
        t.execute(table.insert(), batch)
    if pending:
        where = [table.c[k] == bindparam(f"k_{k}") for k in keys]
        t.execute(table.update().where(*where).values({c: bindparam(f"v_{c}") for c in later}), pending)


def _reset_sequences(t, tables: list[Table]) -> None:
    """New rows on the server must get ids after the copied ones."""
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not pk[0].autoincrement or pk[0].type.python_type is not int:
            continue
        sequence = t.execute(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name})
        name = sequence.scalar()
        if name:
            top = t.execute(select(func.max(pk[0]))).scalar()
            t.execute(text("SELECT setval(:s, :v, :called)"), {"s": name, "v": top or 1, "called": top is not None})
