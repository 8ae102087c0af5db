"""``python main.py import cke|rspo FILE …``: the same import as the dialogs, Polish on stderr, exit code 2 on refusal."""

from __future__ import annotations

import sqlite3

import main
from tests.cke_support import e8_file, lipno
from wsparcie_desktop.cli_import import KINDS
from wsparcie_desktop.db.migrate import open_store
from wsparcie_desktop.demo.schools import rspo_rows
from wsparcie_desktop.importers.cke_sample import SampleSchool, write_cke_xlsx
from wsparcie_desktop.importers.rspo_sample import national_rows, write_rspo_csv
from wsparcie_desktop.services import exam_results, jst


def _gmina(db) -> int:
    jst_id = lipno(db)
    db.close()
    return jst_id


def _rows(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        rows = list(conn.iterdump())
    conn.close()
    return rows


def test_cke_import_from_the_command_line(db, db_path, tmp_path, capsys):
    jst_id = _gmina(db)
    code = main.main(["import", "cke", str(e8_file(tmp_path)), "--db", str(db_path), "--jst", "Gmina Lipno",
                      "--year", "2025"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 0, err
    assert "Egzamin ósmoklasisty 2025: w pliku (4 szkoły) znaleziono 2 szkoły z rejestru Gmina Lipno." in err
    assert "Zapisano wyniki 2 szkół (6 przedmiotów)." in err
    store = open_store(db_path)
    try:
        assert len(exam_results.list_results(store, jst_id, "e8", 2025)) == 6
    finally:
        store.close()


def test_refused_file_exits_2_and_leaves_the_store(db, db_path, tmp_path, capsys):
    _gmina(db)
    matura = write_cke_xlsx(tmp_path / "em.xlsx", [SampleSchool(31001, "x", 201022)], exam="em")
    before = _rows(db_path)
    code = main.main(["import", "cke", str(matura), "--db", str(db_path), "--jst", "1", "--year", "2025",
                      "--exam", "e8"])  # fmt: skip
    assert code == 2
    assert capsys.readouterr().err.startswith("Błąd: To są wyniki: egzamin maturalny, a wybrano: egzamin ósmoklasisty.")
    pdf = tmp_path / "a.xlsx"
    pdf.write_bytes(b"%PDF-1.4 nothing")
    assert main.main(["import", "cke", str(pdf), "--db", str(db_path), "--jst", "1", "--year", "2025"]) == 2
    assert "To jest dokument PDF" in capsys.readouterr().err
    assert _rows(db_path) == before


def test_usage_errors_are_polish(db, db_path, tmp_path, capsys):
    _gmina(db)
    assert main.main(["import", "cke", str(e8_file(tmp_path)), "--db", str(db_path), "--jst", "1"]) == 2
    assert "Podaj rok egzaminu" in capsys.readouterr().err
    assert main.main(["import", "xyz", "plik"]) == 2
    assert "Nieznany rodzaj importu „xyz”. Dostępne: cke" in capsys.readouterr().err
    assert main.main(["import", "cke"]) == 2
    assert "Brak wymaganych argumentów: PLIK, --db, --jst" in capsys.readouterr().err
    assert main.main(["import", "cke", "x.xlsx", "--db", str(db_path), "--jst", "1", "--exam", "e9"]) == 2
    assert "niepoprawna wartość --exam" in capsys.readouterr().err
    assert main.main(["import", "cke", "--help"]) == 0
    assert "--year RRRR" in capsys.readouterr().out


def test_rspo_import_from_the_command_line(db, db_path, tmp_path, capsys):
    jst.create_jst(db, "Gmina Zalesie", "gmina_wiejska", teryt="1434052", voivodeship="mazowieckie")
    db.close()
    path = tmp_path / "rspo.csv"
    write_rspo_csv(path, national_rows(200, seed=3, include=rspo_rows()))
    assert main.main(["import", "rspo", str(path), "--db", str(db_path), "--jst", "Gmina Zalesie", "--dry-run"]) == 0
    assert "do dodania: 6" in capsys.readouterr().err
    assert main.main(["import", "rspo", str(path), "--db", str(db_path), "--jst", "Gmina Zalesie"]) == 0
    assert "dodane: 6" in capsys.readouterr().err
    assert set(KINDS) >= {"cke", "rspo"}
