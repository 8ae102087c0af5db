"""The store on a PostgreSQL server: two clerks, two starting programs, a dropped connection, who sees what.

These run only against the test server (``WSPARCIE_TEST_PG``, started by ``tools/bootstrap.py test``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.pool import NullPool

from wsparcie_desktop.db import row_security
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.migrate import head_revision, open_store
from wsparcie_desktop.db.models import Base
from wsparcie_desktop.errors import DomainError, StaleEditError, StoreError
from wsparcie_desktop.services import access, jst, schools
from wsparcie_desktop.services.schools import SchoolData

pytestmark = pytest.mark.postgresql
ROOT = Path(__file__).resolve().parents[2]
_names = itertools.count()


@pytest.fixture
def server(pg_server):
    return pg_server


@pytest.fixture
def empty_database(server):
    name = server.create()
    yield name
    server.drop(name)


@pytest.fixture
def clerks(server):
    """``clerks(database)`` -> a new login role's name; the roles are dropped after the test."""
    made: list[tuple[str, str]] = []

    def make(database: str) -> str:
        name = f"clerk_{os.getpid()}_{next(_names)}"
        made.append((name, database))
        return name

    yield make
    for name, database in made:
        if server.sql("SELECT 1 FROM pg_database WHERE datname = :d", d=database):
            server.sql(f'DROP OWNED BY "{name}"', database=database)
        server.sql(f'DROP ROLE IF EXISTS "{name}"')


def database_of(url: str) -> str:
    return url.rsplit("/", 1)[1]


# ------------------------------------------------------------------------------------ two clerks


def test_two_connections_saving_the_same_row_the_older_reading_is_refused(pg_database):
    first, second = open_store(pg_database), open_store(pg_database)
    try:
        jst_id = jst.create_jst(first, "Gmina Zalesie", "gmina_wiejska", teryt="1434052").id
        read_by_second = jst.get_profile(second, jst_id)
        jst.rename_jst(first, jst_id, "Gmina Nowe Zalesie", version=jst.get_profile(first, jst_id).version)
        with pytest.raises(StaleEditError) as refused:
            jst.rename_jst(second, jst_id, "Gmina Stare Zalesie", version=read_by_second.version)
        assert "zmieniły się w międzyczasie" in str(refused.value)
        assert jst.get_profile(second, jst_id).name == "Gmina Nowe Zalesie"
    finally:
        first.close()
        second.close()


def test_a_save_waiting_on_another_clerks_open_transaction_is_refused_after_it_commits(pg_database):
    """The second UPDATE waits for the first clerk's row lock, then finds the version moved on: refused."""
    first, second = open_store(pg_database), open_store(pg_database)
    try:
        jst_id = jst.create_jst(first, "Gmina Zalesie").id
        version = jst.get_profile(second, jst_id).version
        holder = first.engine.connect()
        holder.execute(
            text("UPDATE jst SET name = 'Gmina Pierwsza', version = version + 1 WHERE id = :i"), {"i": jst_id}
        )
        outcome: list[BaseException | None] = []

        def save() -> None:
            try:
                jst.rename_jst(second, jst_id, "Gmina Druga", version=version)
                outcome.append(None)
            except BaseException as exc:  # noqa: BLE001 (handed to the test)
                outcome.append(exc)

        worker = threading.Thread(target=save)
        worker.start()
        time.sleep(0.5)
        assert worker.is_alive()  # waiting for the row
        holder.commit()
        holder.close()
        worker.join(10)
        assert isinstance(outcome[0], StaleEditError)
        assert jst.get_profile(second, jst_id).name == "Gmina Pierwsza"
    finally:
        first.close()
        second.close()


# ------------------------------------------------------------------------------------ migrations


def test_two_programs_starting_on_an_empty_database_migrate_it_once(server, empty_database):
    url = server.url_of(empty_database)
    results: list[object] = []

    def start() -> None:
        try:
            open_store(url).close()
            results.append("ok")
        except BaseException as exc:  # noqa: BLE001
            results.append(exc)

    threads = [threading.Thread(target=start) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert results == ["ok", "ok"]
    assert server.sql("SELECT version_num FROM alembic_version", database=empty_database) == [(head_revision(),)]
    assert server.sql("SELECT count(*) FROM area", database=empty_database)[0][0] == 12


def test_a_second_program_waits_while_the_first_holds_the_migration_lock(server, empty_database):
    from wsparcie_desktop.db.postgres import MIGRATION_LOCK

    url = server.url_of(empty_database)
    engine = create_engine(url, poolclass=NullPool)
    holder = engine.connect()
    holder.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK})
    done = threading.Event()
    thread = threading.Thread(target=lambda: (open_store(url).close(), done.set()))
    thread.start()
    try:
        time.sleep(1.0)
        assert not done.is_set()
        waiting = server.sql(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = :d AND wait_event = 'advisory'", d=empty_database
        )
        assert waiting == [(1,)]
        assert server.sql("SELECT to_regclass('public.alembic_version')", database=empty_database) == [(None,)]
    finally:
        holder.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK})
        holder.close()
        engine.dispose()
    thread.join(120)
    assert done.is_set()
    assert server.sql("SELECT version_num FROM alembic_version", database=empty_database) == [(head_revision(),)]


def test_a_server_at_a_newer_revision_is_refused_and_left_alone(server, pg_database):
    name = database_of(pg_database)
    server.sql("UPDATE alembic_version SET version_num = '9999'", database=name)
    with pytest.raises(DomainError) as refused:
        open_store(pg_database)
    assert "nowszą wersję programu" in str(refused.value)
    assert server.sql("SELECT version_num FROM alembic_version", database=name) == [("9999",)]


# ------------------------------------------------------------------------------------ a dropped connection


def test_a_connection_dropped_during_a_save_is_a_polish_message_and_the_next_save_reconnects(server, pg_database):
    db = open_store(pg_database)
    try:
        jst_id = jst.create_jst(db, "Gmina Zalesie").id
        dropped = []

        @event.listens_for(db.engine, "before_cursor_execute")
        def drop_on_update(conn, cursor, statement, *_args):
            if statement.startswith("UPDATE jst") and not dropped:
                dropped.append(True)
                pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
                server.sql("SELECT pg_terminate_backend(:p)", p=pid)

        with pytest.raises(StoreError) as refused:
            jst.rename_jst(db, jst_id, "Gmina Nowe Zalesie", version=1)
        assert "Połączenie z serwerem bazy danych zostało przerwane" in str(refused.value)
        assert "została w oknie" in str(refused.value)
        assert jst.get_profile(db, jst_id).name == "Gmina Zalesie"  # nothing stored half-way
        jst.rename_jst(db, jst_id, "Gmina Nowe Zalesie", version=1)  # a new connection, the same edit
        assert jst.get_profile(db, jst_id).name == "Gmina Nowe Zalesie"
    finally:
        db.close()


# ------------------------------------------------------------------------------------ who sees what


def two_jsts(db: Database, demo) -> tuple[int, int]:
    """JST A with a school and a process; JST B: the demo's gmina with everything the demo holds."""
    from wsparcie_desktop.services import processes

    a = jst.create_jst(db, "Gmina Borowo", "gmina_wiejska", teryt="1434062", voivodeship="mazowieckie").id
    schools.save_school(db, a, SchoolData(name="Szkoła Podstawowa w Borowie", school_type="szkola_podstawowa"))
    processes.save_process(db, a, processes.ProcessData(name="Proces Borowo 2026", started_on=dt.date(2026, 9, 1)))
    return a, demo.jst_id


def as_user(server, database: str, user: str):
    return create_engine(server.url_of(database, user=user), poolclass=NullPool)


def test_every_table_either_reaches_a_jst_or_is_shared():
    plan = row_security.policy_plan()  # raises for a table with neither
    listed = row_security.SHARED_TABLES | row_security.BOOKKEEPING_TABLES
    assert set(plan) | listed >= {t.name for t in Base.metadata.sorted_tables}
    assert plan["hdr_activity"][-1].table == "advisory_process"


def test_a_user_of_jst_a_sees_none_of_jst_b_by_plain_sql(server, pg_demo_database, clerks):
    pg_database, demo = pg_demo_database
    name = database_of(pg_database)
    db = open_store(pg_database)
    try:
        a, b = two_jsts(db, demo)
        user = clerks(name)
        access.grant_access(db, user, a, "edit")
    finally:
        db.close()
    db = open_store(pg_database)  # the owner: policies re-applied now that the tables hold data
    db.close()
    tables = sorted(row_security.policy_plan())
    owner = create_engine(server.url_of(name), poolclass=NullPool)
    with owner.connect() as conn:
        everything = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in tables}
        conn.execute(text("DELETE FROM jst WHERE id = :b"), {"b": b})  # what is left is exactly JST A's
        only_a = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in tables}
        conn.rollback()
    clerk = as_user(server, name, user)
    with clerk.connect() as conn:
        seen = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in tables}
        assert conn.execute(text("SELECT count(*) FROM jst WHERE id = :b"), {"b": b}).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM area")).scalar() == 12  # the shared reference data
    clerk.dispose()
    owner.dispose()
    assert seen == only_a
    assert only_a["school"] == 1 and only_a["advisory_process"] == 1 and everything["hdr_activity"] > 0
    assert seen["hdr_activity"] == 0


def test_the_program_shows_only_the_granted_jsts_and_a_reader_is_refused_in_polish(server, pg_demo_database, clerks):
    pg_database, demo = pg_demo_database
    name = database_of(pg_database)
    db = open_store(pg_database)
    try:
        a, b = two_jsts(db, demo)
        reader = clerks(name)
        access.grant_access(db, reader, a, "read")
    finally:
        db.close()
    clerk = open_store(server.url_of(name, user=reader))
    try:
        assert [j.id for j in jst.list_jst(clerk)] == [a]
        rights = access.current_access(clerk)
        assert (rights.administers, rights.readable, rights.can_edit(a)) == (False, frozenset({a}), False)
        with pytest.raises(StoreError) as refused:
            jst.rename_jst(clerk, a, "Gmina Borowo Wielkie")
        assert "tylko prawo odczytu" in str(refused.value)
        with pytest.raises(StoreError):
            schools.save_school(clerk, a, SchoolData(name="Szkoła nowa", school_type="szkola_podstawowa"))
        assert jst.get_profile(clerk, a).name == "Gmina Borowo"
    finally:
        clerk.close()


def test_an_editor_of_one_jst_edits_it_and_reads_but_cannot_change_another(server, pg_demo_database, clerks):
    pg_database, demo = pg_demo_database
    name = database_of(pg_database)
    db = open_store(pg_database)
    try:
        a, b = two_jsts(db, demo)
        user = clerks(name)
        access.grant_access(db, user, a, "edit")
        access.grant_access(db, user, b, "read")
    finally:
        db.close()
    clerk = open_store(server.url_of(name, user=user))
    try:
        assert sorted(j.id for j in jst.list_jst(clerk)) == sorted([a, b])
        jst.rename_jst(clerk, a, "Gmina Borowo Wielkie")
        schools.save_school(clerk, a, SchoolData(name="Szkoła Filialna w Borowie", school_type="szkola_podstawowa"))
        with pytest.raises(StoreError) as refused:
            jst.rename_jst(clerk, b, "Gmina Obca")
        assert "tylko prawo odczytu" in str(refused.value)
        rights = access.current_access(clerk)
        assert rights.can_edit(a) and not rights.can_edit(b)
    finally:
        clerk.close()


def test_store_wide_settings_are_the_owners_a_clerk_who_edits_is_told_so_at_the_field(server, pg_database, clerks):
    from wsparcie_desktop.services import fund, remote_advice

    name = database_of(pg_database)
    db = open_store(pg_database)
    try:
        a = jst.create_jst(db, "Gmina Borowo").id
        user = clerks(name)
        access.grant_access(db, user, a, "edit")
        remote_advice.set_allowance(db, 90)  # the owner may
        rates = fund.list_rates(db)
    finally:
        db.close()
    clerk = open_store(server.url_of(name, user=user))
    try:
        jst.rename_jst(clerk, a, "Gmina Borowo Wielkie")  # the clerk edits the JST …
        with pytest.raises(DomainError) as refused:  # … but not what every JST of the store shares
            remote_advice.set_allowance(clerk, 45)
        assert not isinstance(refused.value, StoreError) and refused.value.field == "allowance"
        assert "Limit doradztwa zdalnego obowiązuje wszystkie samorządy" in str(refused.value)
        assert "tylko właściciel bazy" in str(refused.value)
        with pytest.raises(DomainError, match="stawek funduszu doskonalenia obowiązuje wszystkie samorządy"):
            fund.save_rate(clerk, fund.RateData(2031, "1,0", "", None, None))
        with pytest.raises(DomainError, match="tylko właściciel bazy"):
            fund.delete_rate(clerk, rates[0].id)
        assert remote_advice.allowance(clerk) == 90 and fund.list_rates(clerk) == rates
    finally:
        clerk.close()


def test_pg_grant_on_the_command_line_sets_up_and_changes_a_users_access(server, pg_database, clerks, capsys):
    from wsparcie_desktop.cli_server import run_grant

    name = database_of(pg_database)
    db = open_store(pg_database)
    try:
        a = jst.create_jst(db, "Gmina Borowo").id
    finally:
        db.close()
    user = clerks(name)
    command = [sys.executable, str(ROOT / "main.py"), "pg-grant", "--db", pg_database, "--user", user]
    done = subprocess.run([*command, "--jst", "Gmina Borowo", "--role", "read"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "ma dostęp do odczytu: Gmina Borowo" in done.stderr and "\\password" in done.stderr
    assert run_grant(command[3:] + ["--jst", str(a), "--role", "edit"]) == 0
    assert "ma dostęp do edycji" in capsys.readouterr().err
    assert server.sql(f"SELECT jst_id, role FROM {row_security.SCHEMA}.grants WHERE user_name = :u", database=name,
                      u=user) == [(a, "edit")]  # fmt: skip
    assert server.sql("SELECT pg_has_role(:u, 'wsparcie_edit', 'MEMBER')", u=user) == [(True,)]
    assert run_grant(command[3:] + ["--jst", "999", "--role", "edit"]) == 2
    assert "Błąd:" in capsys.readouterr().err


# ------------------------------------------------------------------------------------ moving the data


def test_copy_store_from_a_file_to_the_server_and_back_keeps_every_row(server, pg_database, tmp_path, capsys):
    from wsparcie_desktop.cli_server import run_copy
    from wsparcie_desktop.db.copy import verify
    from wsparcie_desktop.demo import build_demo

    source_file = tmp_path / "zrodlo.sqlite"
    source = open_store(source_file)
    build_demo(source)
    source.close()
    assert run_copy(["--from", str(source_file), "--to", pg_database]) == 0
    printed = capsys.readouterr()
    assert "liczby wierszy i sumy kontrolne zgodne" in printed.err
    assert "attachment" in printed.out and "RÓŻNE" not in printed.out
    back_file = tmp_path / "z_powrotem.sqlite"
    assert run_copy(["--from", pg_database, "--to", str(back_file)]) == 0, capsys.readouterr().err
    first, last = open_store(source_file), open_store(back_file)
    try:
        checks = verify(first, last)
        assert all(c.ok for c in checks), [c for c in checks if not c.ok]
        rows = {c.table: c.source_rows for c in checks}
        assert rows["attachment"] > 0 and rows["hdr_activity"] > 0 and rows["jst"] == 1
    finally:
        first.close()
        last.close()
    server_store = open_store(pg_database)
    try:  # the server's sequences continue after the copied ids
        assert jst.create_jst(server_store, "Gmina Nowa").id == 2
    finally:
        server_store.close()
    capsys.readouterr()
    assert run_copy(["--from", str(source_file), "--to", pg_database]) == 2
    assert "nie jest pusta" in capsys.readouterr().err


# ------------------------------------------------------------------------------------ the same documents


def test_every_demo_document_prints_the_same_text_from_the_server_as_from_a_file(pg_demo_database, tmp_path):
    from wsparcie_desktop.cli_print import run as print_document
    from wsparcie_desktop.demo import build_demo
    from wsparcie_desktop.reports import registry

    url, _demo = pg_demo_database
    file = tmp_path / "demo.sqlite"
    store = open_store(file)
    build_demo(store)
    store.close()
    documents = [spec.id for spec in registry.CATALOGUE]
    assert len(documents) >= 5
    for document in documents:
        texts = []
        for where, source in (("plik", str(file)), ("serwer", url)):
            out = tmp_path / f"{document}-{where}.pdf"
            arguments = [document, "--db", source, "--jst", "Gmina Zalesie", "--out", str(out), "--date", "2026-11-30"]
            assert print_document(arguments) == 0
            texts.append(subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True).stdout)
        assert texts[0] == texts[1], document
        assert "Zalesie" in texts[0].decode()
