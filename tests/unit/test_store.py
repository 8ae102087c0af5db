"""The store: pragmas, migrations with backup, refusing newer files, reference data."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from sqlalchemy import select, text

from wsparcie_desktop.db.backup import backups_dir
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.migrate import head_revision, open_store, upgrade
from wsparcie_desktop.db.models import Area, AreaListItem, AreaStatement, JstKind, OreReportForm, TeamRole
from wsparcie_desktop.errors import DomainError


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas_are_set(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar().lower() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_reference_data_is_loaded(db):
    with db.transaction() as s:
        assert s.scalar(select(Area.name).where(Area.number == 4)) == "Planowanie budżetowe"
        assert len(s.scalars(select(Area)).all()) == 12
        for area in s.scalars(select(Area)):
            assert len([st for st in area.statements if st.active]) >= 4
            for kind in ("tasks_for_jst", "management_tools", "people_tools"):
                assert len([i for i in area.list_items if i.list_kind == kind]) >= 3
        assert {k.code for k in s.scalars(select(JstKind))} == {
            "gmina_wiejska",
            "gmina_miejsko_wiejska",
            "gmina_miejska",
            "powiat",
            "miasto_npp",
        }
        advisory = s.scalars(select(TeamRole.name).where(TeamRole.team == "advisory")).all()
        assert set(advisory) == {
            "doradca ds. personalnego rozwoju organizacji",
            "doradca z doświadczeniem samorządowym",
        }
        assert len(s.scalars(select(OreReportForm)).all()) == 3


def test_reopening_does_not_duplicate_reference_data(db_path):
    for _ in range(2):
        store = open_store(db_path)
        store.close()
    store = open_store(db_path)
    with store.transaction() as s:
        assert s.scalar(select(text("count(*)")).select_from(AreaStatement)) == 60
        assert s.scalar(select(text("count(*)")).select_from(AreaListItem)) > 100
    store.close()


def test_foreign_keys_are_enforced(db):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        with db.transaction() as s:
            s.execute(text("INSERT INTO person (jst_id, full_name, position, institution, email, phone, role_code, uid) "
                           "VALUES (999, 'X', '', '', '', '', 'skarbnik', 'f0e1d2c3-b4a5-4968-8776-655443322110')"))  # fmt: skip


def test_first_revision_with_rows_migrates_to_head_with_every_row_intact(tmp_path):
    path = tmp_path / "old.sqlite"
    old = Database(path)
    upgrade(old, "0001")
    with old.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO jst_kind (code, name, teryt_digit, teryt_length, position) "
                "VALUES ('gmina_wiejska', 'gmina wiejska', '2', 7, 0)"
            )
        )
        conn.execute(
            text("INSERT INTO team_role (code, name, team, position) VALUES ('skarbnik', 'skarbnik', 'education', 0)")
        )
        conn.execute(
            text(
                "INSERT INTO jst (id, name, kind_code, teryt, street, postal_code, city, phone, email, website) "
                "VALUES (1, 'Gmina Stara', 'gmina_wiejska', '1434052', 'ul. Polna 1', '07-140', 'Stara', '', '', '')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO person (jst_id, full_name, position, institution, email, phone, role_code) "
                "VALUES (1, 'Zofia Żółć', 'Skarbnik', 'Urząd', 'z@x.pl', '', 'skarbnik')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO school (jst_id, name, school_type, rspo, street, building_no, postal_code, city, "
                "director, pupils, teachers_fte, is_public, notes) VALUES (1, 'SP w Starej', "
                "'szkola_podstawowa', '12345', '', '', '', '', '', 120, 14.5, 1, '')"
            )
        )
        before = {t: conn.execute(text(f"SELECT * FROM {t} ORDER BY 1")) for t in ("jst", "person", "school")}
        before = {t: (list(result.keys()), result.all()) for t, result in before.items()}
    old.close()

    store = open_store(path)
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        for table, (columns, rows) in before.items():  # later revisions add columns (uid, version), keep these
            assert conn.execute(text(f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1")).all() == rows
        assert conn.execute(text("SELECT value FROM setting WHERE key='fund_rate_percent'")).scalar() == "0.8"
    store.close()
    backups = list(backups_dir(path).glob("old-przed-aktualizacja-*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert conn.execute("SELECT name FROM jst").fetchone()[0] == "Gmina Stara"


def test_file_from_a_newer_version_is_refused_and_left_untouched(db_path):
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = digest(db_path)
    with pytest.raises(DomainError, match="nowszą wersję programu"):
        open_store(db_path)
    assert digest(db_path) == before
    assert not backups_dir(db_path).exists()


def test_garbage_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"\x00\x01not a database at all" * 100)
    before = digest(path)
    with pytest.raises(DomainError, match="nie jest bazą danych"):
        open_store(path)
    assert digest(path) == before


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE something (x)")
    conn.close()
    with pytest.raises(DomainError, match="innego programu"):
        open_store(path)


def test_sqlalchemy_url_is_accepted(tmp_path):
    store = open_store("sqlite:///" + str(tmp_path / "by-url.sqlite"))
    assert store.file == tmp_path / "by-url.sqlite"
    store.close()


def test_transaction_rolls_back_everything_on_error(db, jst_id):
    from wsparcie_desktop.db.models import Jst

    with pytest.raises(RuntimeError):
        with db.transaction() as s:
            s.get(Jst, jst_id).name = "Zmieniona"
            raise RuntimeError("przerwano")
    with db.transaction() as s:
        assert s.get(Jst, jst_id).name == "Gmina Zalesie"


def test_head_read_from_the_scripts_matches_alembic():
    from alembic.script import ScriptDirectory

    from wsparcie_desktop.db.migrate import alembic_config

    assert head_revision() == ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def test_edited_reference_file_is_brought_in_at_the_next_start(db_path, monkeypatch):
    from wsparcie_desktop.db import migrate

    store = open_store(db_path)
    store.close()
    monkeypatch.setattr(migrate, "_reference_digest", lambda: "changed-file")
    calls = []
    import wsparcie_desktop.db.reference as reference

    original = reference.sync_all
    monkeypatch.setattr(reference, "sync_all", lambda s: calls.append(1) or original(s))
    store = open_store(db_path)
    store.close()
    store = open_store(db_path)
    store.close()
    assert calls == [1]
