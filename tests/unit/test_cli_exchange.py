"""``python main.py export`` and ``python main.py import wjst``: the passphrase from stdin, Polish messages, exit 2."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import main
from tests.exchange_support import PASSPHRASE, jst_id_of
from tests.unit.test_migrations import all_rows
from wsparcie_desktop.db.migrate import open_store

ROOT = Path(__file__).resolve().parents[2]


def run(monkeypatch, argv: list[str], stdin: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main.main(argv)


def test_export_then_import_into_another_file_adds_the_jst(demo_db, db_path, tmp_path, monkeypatch, capsys):
    db, _ = demo_db
    db.close()
    out = tmp_path / "zalesie.wjst"
    assert (
        run(monkeypatch, ["export", "--db", str(db_path), "--jst", "Zalesie", "--out", str(out)], PASSPHRASE + "\n")
        == 0
    )
    err = capsys.readouterr().err
    assert "Zapisano samorząd „Gmina Zalesie”" in err and "Hasło przekaż odbiorcy osobno" in err and out.is_file()
    other = tmp_path / "b" / "b.sqlite"
    assert run(monkeypatch, ["import", "wjst", str(out), "--db", str(other)], PASSPHRASE + "\n") == 0
    err = capsys.readouterr().err
    assert (
        "Dodano nowy samorząd „Gmina Zalesie”" in err and "odcisk jego klucza" in err and "Stan sprzed importu" in err
    )
    b = open_store(other)
    assert jst_id_of(b) is not None
    b.close()


def test_a_wrong_passphrase_on_stdin_is_refused_with_exit_code_2_and_the_store_unchanged(
    demo_db, db_path, tmp_path, monkeypatch, capsys
):
    db, _ = demo_db
    db.close()
    out = tmp_path / "zalesie.wjst"
    assert run(monkeypatch, ["export", "--db", str(db_path), "--jst", "1", "--out", str(out)], PASSPHRASE + "\n") == 0
    other = tmp_path / "b.sqlite"
    open_store(other).close()
    before = all_rows(other)
    assert run(monkeypatch, ["import", "wjst", str(out), "--db", str(other)], "zupełnie inne hasło\n") == 2
    assert "Błąd: Nieprawidłowe hasło" in capsys.readouterr().err
    assert all_rows(other) == before


def test_conflicts_without_a_choice_are_listed_and_nothing_changes(demo_db, db_path, tmp_path, monkeypatch, capsys):
    db, d = demo_db
    db.close()
    first = tmp_path / "1.wjst"
    run(monkeypatch, ["export", "--db", str(db_path), "--jst", "1", "--out", str(first)], PASSPHRASE)
    other = tmp_path / "b.sqlite"
    run(monkeypatch, ["import", "wjst", str(first), "--db", str(other)], PASSPHRASE)
    for path, notes in ((db_path, "A"), (other, "B")):
        store = open_store(path)
        from wsparcie_desktop.services import schools

        school = schools.get_school(store, schools.list_schools(store, jst_id_of(store))[0].id)
        school.notes = notes
        schools.save_school(store, jst_id_of(store), school)
        store.close()
    second = tmp_path / "2.wjst"
    run(monkeypatch, ["export", "--db", str(db_path), "--jst", "1", "--out", str(second)], PASSPHRASE)
    capsys.readouterr()
    before = all_rows(other)
    assert run(monkeypatch, ["import", "wjst", str(second), "--db", str(other)], PASSPHRASE) == 2
    err = capsys.readouterr().err
    assert "Konflikt: szkoła" in err and "zmieniony po obu stronach (notes)" in err and "Niczego nie zmieniono" in err
    assert all_rows(other) == before
    args = ["import", "wjst", str(second), "--db", str(other), "--conflicts", "take-theirs"]
    assert run(monkeypatch, args, PASSPHRASE) == 0
    assert "konflikty: 1" in capsys.readouterr().err


def test_the_passphrase_is_never_an_argument(monkeypatch, capsys, tmp_path):
    assert run(monkeypatch, ["import", "wjst", "x.wjst", "--db", str(tmp_path / "x"), "--passphrase", "tajne"], "") == 2
    assert "nieznane argumenty: --passphrase tajne" in capsys.readouterr().err


def test_help_is_polish(monkeypatch, capsys):
    assert run(monkeypatch, ["export", "--help"], "") == 0
    assert "Użycie: python main.py export" in capsys.readouterr().out
    result = subprocess.run([sys.executable, "main.py", "import", "wjst", "--help"], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0 and "--conflicts" in result.stdout and "kopię zapasową" in result.stdout
