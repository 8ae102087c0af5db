"""Every migration keeps every row: a full demo at every earlier revision is upgraded to head and compared.

This is the template for every new revision: nothing to add here, the test walks the scripts' graph.
A store at revision R is made by running the real migrations up to R and copying the head demo's rows
into the columns R has (rows that a later migration inserts itself are left out, as a real old file has none).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.migrate import _revision_graph, head_revision, open_store, upgrade
from wsparcie_desktop.errors import DomainError


def revisions_in_order() -> list[str]:
    graph = _revision_graph()
    order, current = [], head_revision()
    while current:
        order.append(current)
        current = graph[current]
    return order[::-1]


EARLIER = revisions_in_order()[:-1]


def tables(conn: sqlite3.Connection) -> dict[str, list[str]]:
    names = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
    ]
    return {name: [c[1] for c in conn.execute(f'PRAGMA table_info("{name}")')] for name in names}


def primary_key(conn: sqlite3.Connection, table: str) -> list[str]:
    info = sorted((c[5], c[1]) for c in conn.execute(f'PRAGMA table_info("{table}")') if c[5])
    return [name for _, name in info]


def all_rows(path: Path) -> dict[str, dict[tuple, dict[str, object]]]:
    """Every row of every table, keyed by table and primary key."""
    conn = sqlite3.connect(path)
    try:
        result = {}
        for table, columns in tables(conn).items():
            key = primary_key(conn, table) or columns
            rows = {}
            for values in conn.execute(f'SELECT * FROM "{table}"'):
                row = dict(zip(columns, values, strict=True))
                rows[tuple(row[k] for k in key)] = row
            result[table] = rows
        return result
    finally:
        conn.close()


def migrated_store(path: Path, revision: str) -> Path:
    db = Database(path)
    upgrade(db, revision)
    db.close()
    return path


@pytest.fixture(scope="module")
def head_demo(tmp_path_factory) -> Path:
    """The full demo at head, with its attachments, plus a row in every table the demo leaves empty."""
    from wsparcie_desktop.demo import build_demo

    path = tmp_path_factory.mktemp("head") / "demo.sqlite"
    db = open_store(path, backup=False)
    demo = build_demo(db)
    fill_the_tables_the_demo_leaves_empty(db, demo)
    db.close()
    return path


def fill_the_tables_the_demo_leaves_empty(db: Database, demo) -> None:
    import datetime as dt

    from sqlalchemy import select

    from wsparcie_desktop.db import models as m

    with db.transaction() as s:
        school = s.scalars(select(m.School).where(m.School.jst_id == demo.jst_id)).first()
        meeting = m.Meeting(process_id=demo.process_id, kind="meeting_1", title="Spotkanie 1 w gminie",
                            starts_on=dt.date(2026, 3, 2), ends_on=dt.date(2026, 3, 3), place="Urząd Gminy")  # fmt: skip
        s.add(meeting)
        s.flush()
        s.add(m.MeetingParticipant(meeting_id=meeting.id, full_name="Zofia Żółć", institution="Urząd", attended=True))
        s.add(m.RemoteAdvice(process_id=demo.process_id, held_on=dt.date(2026, 4, 1), minutes=60, topic="Dane"))
        # school support, the RPW, networks and the fund are filled by the demo itself (demo/support.py)
        support = s.scalars(select(m.ProcessSupport).where(m.ProcessSupport.jst_id == demo.jst_id)).first()
        s.add(m.Attachment(jst_id=demo.jst_id, meeting_id=meeting.id, support_id=support.id, filename="protokół.pdf",
                           size=3, data=b"%PD"))  # fmt: skip
        # the exchange file's bookkeeping: a sender, its base for one row, a conflict's losing version, a tombstone
        peer = m.ExchangePeer(installation_id="0b9a4c1e-3f55-4d7a-9a43-6f1c0e2b7d11", name="Laptop doradcy",
                              public_key="ab" * 32, fingerprint="ABCD 1234 ABCD 1234",
                              first_seen_at=dt.datetime(2026, 3, 2, 10, 0))  # fmt: skip
        s.add(peer)
        s.flush()
        s.add(m.ExchangeBase(peer_id=peer.id, row_key=school.uid, row_hash="0" * 64, my_mark=1, their_mark=1))
        s.add(m.ExchangeHistory(jst_uid="0b9a4c1e-3f55-4d7a-9a43-6f1c0e2b7d12", table_name="school", row_key=school.uid,
                                label="SP", kept="mine", lost="{}", kept_version="{}", peer_name="Laptop doradcy",
                                decided_at=dt.datetime(2026, 3, 2, 10, 5)))  # fmt: skip
        s.add(m.Tombstone(table_name="person", row_key="0b9a4c1e-3f55-4d7a-9a43-6f1c0e2b7d13"))


@pytest.fixture(scope="module")
def provided_by_migrations(tmp_path_factory) -> dict[str, dict[str, set[tuple]]]:
    """For each revision: the rows of an empty store at head that the migrations after it insert themselves."""
    folder = tmp_path_factory.mktemp("empty")
    head_rows = all_rows(migrated_store(folder / "head.sqlite", "head"))
    result = {}
    for revision in EARLIER:
        at_revision = all_rows(migrated_store(folder / f"{revision}.sqlite", revision))
        result[revision] = {
            table: set(rows) - set(at_revision.get(table, {}))
            for table, rows in head_rows.items()
            if table != "alembic_version"
        }
    return result


def demo_at_revision(head_demo: Path, revision: str, target: Path, provided: dict[str, set[tuple]]) -> Path:
    migrated_store(target, revision)
    src = sqlite3.connect(head_demo)
    dst = sqlite3.connect(target)
    try:
        dst.execute("PRAGMA foreign_keys=OFF")
        source_tables = tables(src)
        for table, columns in tables(dst).items():
            if table == "alembic_version" or table not in source_tables:
                continue
            common = [c for c in columns if c in source_tables[table]]
            key = primary_key(src, table) or source_tables[table]
            names = ", ".join(f'"{c}"' for c in common)
            marks = ", ".join("?" for _ in common)
            for values in src.execute(
                f'SELECT {names}, {", ".join(chr(34) + k + chr(34) for k in key)} FROM "{table}"'
            ):
                if tuple(values[len(common) :]) in provided.get(table, set()):
                    continue
                dst.execute(f'INSERT OR REPLACE INTO "{table}" ({names}) VALUES ({marks})', values[: len(common)])
        dst.commit()
        assert dst.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        src.close()
        dst.close()
    return target


def test_the_demo_fills_every_table(head_demo):
    rows = all_rows(head_demo)
    assert [table for table, content in rows.items() if not content] == []
    assert sum(len(content) for content in rows.values()) > 600


@pytest.mark.parametrize("revision", EARLIER)
def test_upgrade_from_every_earlier_revision_keeps_every_row_of_every_table(
    revision, head_demo, provided_by_migrations, tmp_path
):
    path = demo_at_revision(head_demo, revision, tmp_path / "old.sqlite", provided_by_migrations[revision])
    before = all_rows(path)
    compared = 0

    store = open_store(path)
    store.close()
    after = all_rows(path)

    assert after["alembic_version"] == {(head_revision(),): {"version_num": head_revision()}}
    for table, rows in before.items():
        if table == "alembic_version":
            continue
        assert table in after, f"table {table} vanished"
        provided = provided_by_migrations[revision].get(table, set())
        assert set(after[table]) - set(rows) <= provided, f"rows appeared in {table}"
        for key, row in rows.items():
            assert key in after[table], f"{table} row {key} lost"
            new = after[table][key]
            assert {column: new[column] for column in row} == row, f"{table} row {key} changed"
            compared += 1
    assert compared > 600
    assert sum(len(rows) for rows in before.values()) - len(before["alembic_version"]) == compared


def test_a_migration_that_breaks_a_foreign_key_is_rolled_back_and_the_file_left_as_it_was(tmp_path, monkeypatch):
    """A violation found by foreign_key_check after the scripts ran undoes the whole upgrade, with a Polish message."""
    from wsparcie_desktop.db import migrate

    path = migrated_store(tmp_path / "old.sqlite", EARLIER[0])
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO jst_kind (code, name, teryt_digit, teryt_length, position) VALUES ('gw', 'g', '2', 7, 0)")
    conn.execute(
        "INSERT INTO jst (id, name, kind_code, teryt, street, postal_code, city, phone, email, website) "
        "VALUES (1, 'Gmina', 'gw', '1434052', '', '', '', '', '', '')"
    )
    conn.commit()
    conn.close()
    before = all_rows(path)

    real_checks = migrate._check_after_migration

    def break_a_key(conn):
        conn.exec_driver_sql("UPDATE jst SET kind_code = 'nie-ma-takiego'")
        real_checks(conn)

    monkeypatch.setattr(migrate, "_check_after_migration", break_a_key)
    with pytest.raises(DomainError, match="klucz"):
        open_store(path)
    assert all_rows(path) == before


def test_upgrade_from_the_oldest_revision_gives_every_user_row_its_own_uid_and_version_1(
    head_demo, provided_by_migrations, tmp_path
):
    """0004: rows written before rows had uids get distinct random ones (version 4 UUIDs) and version 1."""
    import re

    oldest = EARLIER[0]
    path = demo_at_revision(head_demo, oldest, tmp_path / "old.sqlite", provided_by_migrations[oldest])
    open_store(path).close()
    uuid4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
    uids: list[str] = []
    for table, rows in all_rows(path).items():
        for row in rows.values():
            if "uid" in row:
                assert uuid4.match(row["uid"]), f"{table}: {row['uid']}"
                uids.append(row["uid"])
            if "version" in row:
                assert row["version"] == 1, table
    assert len(uids) > 300
    assert len(set(uids)) == len(uids)
