"""Every deleted row of user data leaves a tombstone, so that the deletion travels in the next exchange file.

Generic over the metadata: any table with a ``uid`` column is covered, whether its rows go through
``session.delete`` (``before_flush``), an ORM ``delete()`` statement or ``Query.delete`` (``do_orm_execute``),
or are taken along by the database's ``ON DELETE CASCADE`` (found by walking the foreign keys that cascade).
A row is named by its uid; a link table's row (every primary-key column a foreign key) by the uids of the rows
it links, joined by "|", because a link deleted and made again gets a new uid but is the same link.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Table, event, insert, select, tuple_
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from wsparcie_desktop.db.models import Base, Tombstone

CHUNK = 400


def is_link(table: Table) -> bool:
    columns = list(table.primary_key.columns)
    return bool(columns) and all(column.foreign_keys for column in columns)


def _tracked(table: Table) -> bool:
    return "uid" in table.c and table.name != Tombstone.__tablename__


def _keys(conn: Connection, table: Table, pks: list[tuple]) -> list[str]:
    pk = list(table.primary_key.columns)
    if not is_link(table):
        result = []
        for start in range(0, len(pks), CHUNK):
            chunk = pks[start : start + CHUNK]
            where = pk[0].in_([p[0] for p in chunk]) if len(pk) == 1 else tuple_(*pk).in_(chunk)
            result.extend(conn.execute(select(table.c.uid).where(where)).scalars())
        return result
    uid_maps = []
    for index, column in enumerate(pk):
        target = next(iter(column.foreign_keys)).column
        values = sorted({p[index] for p in pks})
        found = {}
        for start in range(0, len(values), CHUNK):
            chunk = values[start : start + CHUNK]
            found.update(
                tuple(row) for row in conn.execute(select(target, target.table.c.uid).where(target.in_(chunk)))
            )
        uid_maps.append(found)
    return ["|".join(str(uid_maps[i].get(value, "")) for i, value in enumerate(p)) for p in pks]


def _children(table: Table) -> list[tuple[Table, object, object]]:
    """(child table, its column, the column of ``table`` it points to) for the foreign keys that cascade."""
    found = []
    for child in Base.metadata.tables.values():
        if not _tracked(child):
            continue
        for fk in child.foreign_keys:
            if fk.column.table is table and (fk.ondelete or "").upper() == "CASCADE":
                found.append((child, fk.parent, fk.column))
    return found


def record(conn: Connection, doomed: dict[Table, list[tuple]]) -> None:
    """Write the tombstones of these rows (table -> primary keys) and of the rows their deletion cascades to."""
    seen: set[tuple[str, tuple]] = set()
    stones = []
    queue = list(doomed.items())
    while queue:
        table, pks = queue.pop()
        pks = [p for p in pks if (table.name, p) not in seen]
        if not pks:
            continue
        seen.update((table.name, p) for p in pks)
        stones.extend({"table_name": table.name, "row_key": key} for key in _keys(conn, table, pks))
        pk_names = [c.name for c in table.primary_key.columns]
        for child, column, target in _children(table):
            index = pk_names.index(target.name) if target.name in pk_names else None
            if index is not None:
                values = sorted({p[index] for p in pks})
            else:
                values = sorted(set(conn.execute(select(target).where(tuple_(*table.primary_key.columns).in_(pks)))))
            found = []
            child_pk = list(child.primary_key.columns)
            for start in range(0, len(values), CHUNK):
                chunk = values[start : start + CHUNK]
                found.extend(tuple(r) for r in conn.execute(select(*child_pk).where(column.in_(chunk))))
            if found:
                queue.append((child, found))
    for start in range(0, len(stones), CHUNK):
        conn.execute(insert(Tombstone.__table__), stones[start : start + CHUNK])


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _context, _instances) -> None:
    doomed: dict[Table, list[tuple]] = defaultdict(list)
    for obj in session.deleted:
        table = getattr(obj, "__table__", None)
        if table is None or not _tracked(table):
            continue
        mapper = obj.__mapper__
        doomed[table].append(tuple(mapper.primary_key_from_instance(obj)))
    if doomed:
        record(session.connection(), doomed)


@event.listens_for(Session, "do_orm_execute")
def _on_delete_statement(state) -> None:
    if not state.is_delete:
        return
    statement = state.statement
    table = getattr(statement, "table", None)
    if not isinstance(table, Table) or not _tracked(table):
        return
    conn = state.session.connection()
    query = select(*table.primary_key.columns)
    if statement.whereclause is not None:
        query = query.where(statement.whereclause)
    pks = [tuple(row) for row in conn.execute(query)]
    if pks:
        record(conn, {table: pks})
