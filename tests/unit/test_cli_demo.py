"""``python main.py demo --out FILE`` writes the demo gmina to a new file that ``main.py print`` can read."""

from __future__ import annotations

import sqlite3

import main


def test_demo_writes_a_file_print_can_use(tmp_path, capsys):
    out = tmp_path / "demo.sqlite"
    assert main.main(["demo", "--out", str(out)]) == 0
    assert "Zapisano gminę demonstracyjną" in capsys.readouterr().err
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT name FROM jst").fetchall() == [("Gmina Zalesie",)]
        assert conn.execute("SELECT count(*) FROM school").fetchone()[0] > 0
    assert not (tmp_path / "demo.sqlite.lock").exists()
    pdf = tmp_path / "karta.pdf"
    args = ["print", "karta-samorzadu", "--db", str(out), "--jst", "Gmina Zalesie", "--out", str(pdf)]
    assert main.main(args) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_demo_never_overwrites_a_file(tmp_path, capsys):
    out = tmp_path / "gmina.sqlite"
    out.write_bytes(b"dane gminy")
    assert main.main(["demo", "--out", str(out)]) == 2
    assert "już istnieje" in capsys.readouterr().err
    assert out.read_bytes() == b"dane gminy"


def test_demo_needs_out_and_a_folder_that_exists(tmp_path, capsys):
    assert main.main(["demo"]) == 2
    assert "--out" in capsys.readouterr().err
    assert main.main(["demo", "--out", str(tmp_path / "brak" / "demo.sqlite")]) == 2
    assert "Nie ma folderu" in capsys.readouterr().err
