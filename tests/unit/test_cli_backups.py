"""``python main.py backups`` lists a store's copies; ``python main.py restore`` puts one back (Polish, exit 2 if not)."""

from __future__ import annotations

import sqlite3

import main
from wsparcie_desktop.db.backup import timestamped_backup
from wsparcie_desktop.services import jst


def test_backups_lists_the_copies_newest_first(demo_db, db_path, capsys):
    older = timestamped_backup(db_path, "reczna")
    newer = timestamped_backup(db_path, "zamkniecie")
    assert main.main(["backups", "--db", str(db_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert "przy zamknięciu" in lines[0] and lines[0].endswith(str(newer))
    assert "ręczna" in lines[1] and "JST: 1, szkoły: 6, działania HDR: 16" in lines[1] and lines[1].endswith(str(older))


def test_backups_of_a_store_without_copies_says_so(db, db_path, capsys):
    assert main.main(["backups", "--db", str(db_path)]) == 0
    assert "Brak kopii zapasowych w folderze" in capsys.readouterr().err


def test_restore_puts_the_copy_back_and_keeps_the_state_before(db, db_path, jst_id, capsys):
    copy = timestamped_backup(db_path, "reczna")
    jst.rename_jst(db, jst_id, "Gmina Po Kopii")
    db.close()
    assert main.main(["restore", "--db", str(db_path), "--from", copy.name]) == 0  # a bare name: from kopie/
    err = capsys.readouterr().err
    assert f"Przywrócono kopię „{copy.name}”" in err and "Stan sprzed przywrócenia zapisano w kopii" in err
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT name FROM jst").fetchall() == [("Gmina Zalesie",)]
    conn.close()


def test_restore_of_a_newer_copy_is_refused_with_exit_code_2(db, db_path, capsys):
    copy = timestamped_backup(db_path, "reczna")
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    assert main.main(["restore", "--db", str(db_path), "--from", str(copy)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Błąd: Kopia") and "nowszą wersję programu" in err


def test_restore_without_from_is_refused_in_polish(db, db_path, capsys):
    assert main.main(["restore", "--db", str(db_path)]) == 2
    assert "Brak wymaganych argumentów: --from." in capsys.readouterr().err
    assert main.main(["restore", "--db", str(db_path.with_name("nie-ma.sqlite")), "--from", "x.sqlite"]) == 2
    assert "Nie ma pliku bazy danych" in capsys.readouterr().err
