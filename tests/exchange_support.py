"""Shared pieces of the exchange tests: a full demo store made once, copies of it, every row of a store."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from sqlalchemy import DateTime, select

from wsparcie_desktop.db import models as m
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.migrate import open_store
from wsparcie_desktop.exchange.rows import read_jst

PASSPHRASE = "zielone jabłko 42"


def make_full_demo(path: Path) -> Path:
    """The demo gmina with a row in every table the demo leaves empty (as the migration test fills them)."""
    from tests.unit.test_migrations import fill_the_tables_the_demo_leaves_empty
    from wsparcie_desktop.demo import build_demo

    db = open_store(path, backup=False)
    demo = build_demo(db)
    fill_the_tables_the_demo_leaves_empty(db, demo)
    with db.transaction() as s:  # the bookkeeping rows the filler adds belong to no real exchange
        for model in (m.ExchangeBase, m.ExchangeHistory, m.Tombstone, m.ExchangePeer):
            for row in s.scalars(select(model)):
                s.delete(row)
    db.close()
    return path


def copy_store(template: Path, target: Path) -> Database:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(template, target)
    return open_store(target, backup=False)


def jst_id_of(db: Database, uid: str | None = None) -> int:
    with db.transaction() as s:
        query = select(m.Jst.id)
        if uid:
            query = query.where(m.Jst.uid == uid)
        return s.scalars(query.order_by(m.Jst.id)).first()


def snapshot(db: Database, jst_id: int):
    with db.transaction() as s:
        return read_jst(s, m.Base.metadata, jst_id)


def stored_rows(path: Path) -> dict[str, dict]:
    """Every row of every carried table as SQLite holds it, read with sqlite3 (not with the exchange's reader).

    A time is compared as the moment it names, whatever text SQLite holds for it. A local integer id is replaced by the uid of the row it names (through the foreign keys and the declared
    soft references; a soft reference to a row that is gone reads "gone"), so that two stores holding the same
    data compare equal although their local ids differ. Rows are keyed by uid (a link row: by its uids).
    """
    import sqlite3

    from wsparcie_desktop.exchange.schema import SOFT_REFERENCES, carried_tables

    infos = carried_tables(m.Base.metadata)
    carried = {info.name for info in infos}
    conn = sqlite3.connect(path)
    try:
        uid_of = {
            name: dict(conn.execute(f'SELECT id, uid FROM "{name}"'))
            for name in carried
            if "uid" in m.Base.metadata.tables[name].c and "id" in m.Base.metadata.tables[name].c
        }
        result = {}
        for info in infos:
            table = info.table
            targets = {}
            for column in table.columns:
                for fk in column.foreign_keys:
                    if fk.column.table.name in carried and fk.column.name == "id":
                        targets[column.name] = fk.column.table.name
                if (table.name, column.name) in SOFT_REFERENCES:
                    targets[column.name] = SOFT_REFERENCES[(table.name, column.name)]
            names = [c.name for c in table.columns]
            moments = [c.name for c in table.columns if isinstance(c.type, DateTime)]
            rows = {}
            for values in conn.execute(f'SELECT {", ".join(chr(34) + n + chr(34) for n in names)} FROM "{table.name}"'):
                row = dict(zip(names, values, strict=True))
                for column, target in targets.items():
                    if row[column] is not None:
                        row[column] = uid_of[target].get(row[column], "gone")
                for column in moments:  # "…12:09:20" (SQLite's CURRENT_TIMESTAMP) and "…12:09:20.000000" alike
                    if isinstance(row[column], str):
                        row[column] = dt.datetime.fromisoformat(row[column])
                for skipped in info.skipped:
                    row.pop(skipped)
                key = row["uid"] if "uid" in row else "|".join(str(row[c.name]) for c in table.primary_key.columns)
                rows[key] = row
            result[table.name] = rows
        return result
    finally:
        conn.close()
