"""Shared pieces of the exchange tests: a full demo store made once, copies of it, every row of a store."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select

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
