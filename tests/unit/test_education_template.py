"""The XLSX template of the schools' figures: written, filled, read back; a changed structure is refused naming
the cell, and nothing is stored."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from tests.cke_support import lipno
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.exporters.education_template import export_template
from wsparcie_desktop.importers.education_template import HEADER, SHEET
from wsparcie_desktop.services import education_data

YEAR = "2021/2022"


@pytest.fixture
def gmina(db):
    return lipno(db)


def dump(db) -> list[str]:
    conn = sqlite3.connect(db.file)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def filled(db, gmina, tmp_path, edit=None):
    path = export_template(db, gmina, YEAR, tmp_path / "szablon.xlsx")
    wb = load_workbook(path)
    ws = wb[SHEET]
    assert [c.value for c in ws[3]] == list(HEADER)
    by_name = {ws.cell(r, 3).value: r for r in range(4, ws.max_row + 1)}
    r = by_name["Szkoła Podstawowa w Lipnie"]
    for col, value in zip("DEFGHIJKLM", (240, 12, 30, 2, 5, None, 9, 14, 27.5, 6)):
        ws[f"{col}{r}"] = value
    ws[f"D{by_name['Przedszkole w Lipnie']}"] = 75
    if edit:
        edit(wb, ws, by_name)
    wb.save(path)
    return path


def test_round_trip(db, gmina, tmp_path):
    path = filled(db, gmina, tmp_path)
    education_data.import_template(db, gmina, YEAR, path)
    rows = {r.school_name: r for r in education_data.school_year_rows(db, gmina, YEAR)}
    lipno_row = rows["Szkoła Podstawowa w Lipnie"]
    assert (lipno_row.pupils, lipno_row.classes, lipno_row.teachers, lipno_row.trainee, lipno_row.contract) == (
        240,
        12,
        30,
        2,
        5,
    )
    assert (lipno_row.beginning, lipno_row.appointed, lipno_row.chartered) == (None, 9, 14)
    assert lipno_row.posts == Decimal("27.50") and lipno_row.special_needs == 6
    assert rows["Przedszkole w Lipnie"].pupils == 75 and rows["Szkoła Podstawowa w Brzozie"].is_empty
    # the stored figures come back in the next template
    again = load_workbook(export_template(db, gmina, YEAR, tmp_path / "znowu.xlsx"))[SHEET]
    values = {again.cell(r, 3).value: again.cell(r, 4).value for r in range(4, again.max_row + 1)}
    assert values["Szkoła Podstawowa w Lipnie"] == 240 and values["Szkoła Podstawowa w Brzozie"] is None


def _refused(db, gmina, path, year=YEAR) -> str:
    before = dump(db)
    with pytest.raises(DomainError) as caught:
        education_data.import_template(db, gmina, year, path)
    assert dump(db) == before
    return caught.value.message


def test_changed_header_is_refused_naming_the_cell(db, gmina, tmp_path):
    def rename(wb, ws, rows):
        ws["E3"] = "Klasy"

    message = _refused(db, gmina, filled(db, gmina, tmp_path, rename))
    assert message.startswith("Komórka E3: powinien być nagłówek „Oddziały”, a jest „Klasy”.")


def test_inserted_column_is_refused(db, gmina, tmp_path):
    def insert(wb, ws, rows):
        ws.insert_cols(5)

    assert _refused(db, gmina, filled(db, gmina, tmp_path, insert)).startswith("Komórka E3: powinien być nagłówek")


def test_missing_sheet_is_refused(db, gmina, tmp_path):
    def rename_sheet(wb, ws, rows):
        ws.title = "Arkusz1"

    assert "nie ma arkusza „Dane szkół”" in _refused(db, gmina, filled(db, gmina, tmp_path, rename_sheet))


def test_not_a_number_is_refused_naming_the_cell(db, gmina, tmp_path):
    def text(wb, ws, rows):
        ws[f"E{rows['Szkoła Podstawowa w Brzozie']}"] = "osiem"

    message = _refused(db, gmina, filled(db, gmina, tmp_path, text))
    assert (
        message.startswith("Komórka E")
        and "(Oddziały, Szkoła Podstawowa w Brzozie): to ma być liczba całkowita" in message
        and message.endswith("Niczego nie zapisano.")
    )


def test_negative_and_grades_over_total_are_refused(db, gmina, tmp_path):
    def negative(wb, ws, rows):
        ws[f"D{rows['Szkoła Podstawowa w Brzozie']}"] = -3

    assert "nie może być mniejsze od zera" in _refused(db, gmina, filled(db, gmina, tmp_path, negative))

    def too_many(wb, ws, rows):
        ws[f"F{rows['Szkoła Podstawowa w Lipnie']}"] = 20

    message = _refused(db, gmina, filled(db, gmina, tmp_path, too_many))
    assert (
        "Szkoła Podstawowa w Lipnie: nauczycieli według stopni awansu (30) jest więcej niż nauczycieli ogółem (20)"
        in message
    )


def test_other_year_and_foreign_file_are_refused(db, gmina, tmp_path):
    assert "To szablon na rok szkolny 2021/2022, a wybrano 2022/2023" in _refused(
        db, gmina, filled(db, gmina, tmp_path), "2022/2023"
    )
    pdf = tmp_path / "x.xlsx"
    pdf.write_bytes(b"%PDF-1.4")
    assert _refused(db, gmina, pdf).startswith("To jest dokument PDF")
