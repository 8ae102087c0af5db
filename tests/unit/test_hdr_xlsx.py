"""The XLSX export read back with openpyxl gives the same values: dates, money, lists in one cell."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from tests.hdr_support import PERIOD, stage2
from wsparcie_desktop.db.models import School
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.exporters.hdr_xlsx import (
    DATE_FORMAT,
    HEADERS,
    MONEY_FORMAT,
    SHEET,
    export_hdr_xlsx,
    read_activities_xlsx,
    rows_of,
)
from wsparcie_desktop.services import hdr
from wsparcie_desktop.services.hdr import ActivityData, HdrData, PartnerData

D = dt.date


@pytest.fixture
def exported(db, jst_id, tmp_path):
    s2 = stage2(db, jst_id)
    with db.transaction() as s:
        school = School(jst_id=jst_id, name="Szkoła Podstawowa im. Marii Konopnickiej w Zalesiu")
        s.add(school)
        s.flush()
        school_id = school.id
    hdr_id = hdr.save_hdr(db, s2.process_id, HdrData(*PERIOD, ore_form_code="dobra_praktyka")).id
    g1, g2 = s2.goal_ids[:2]
    first = hdr.save_activity(
        db,
        hdr_id,
        ActivityData(
            name="Diagnoza potrzeb „na start” & ankieta <rodzice>",
            starts_on=D(2026, 9, 1),
            ends_on=D(2026, 9, 30),
            form="konsultacje",
            description="Pierwsza linia\nDruga linia — żółć",
            responsible_id=s2.person_ids[0],
            cost=Decimal("12345.67"),
            financing="fundusz_doskonalenia",
            expected_result="Raport z diagnozy",
            goal_ids=[g1, g2],
            indicator_ids=[s2.indicator_ids[g1][0], s2.indicator_ids[g2][1]],
            partners=[PartnerData("school", school_id, ""), PartnerData("ppp", None, "PPP w Węgrowie\n(filia)")],
            is_milestone=True,
        ),
    ).id
    hdr.save_activity(
        db,
        hdr_id,
        ActivityData(
            name="Szkolenie",
            starts_on=D(2026, 12, 1),
            ends_on=D(2027, 1, 9),
            form="szkolenie",
            financing="bez_kosztow",
            depends_on_id=first,
        ),
    )
    path = export_hdr_xlsx(db, s2.process_id, tmp_path / "hdr.xlsx")
    return db, s2, path


def test_round_trip_of_values(exported):
    db, s2, path = exported
    expected = rows_of(hdr.load_plan(db, s2.process_id))
    assert read_activities_xlsx(path) == expected
    first, second = expected
    assert first.days == 30 and second.days == 40
    assert first.cost == Decimal("12345.67") and second.cost == Decimal("0.00")
    assert first.goals == ["Cel 1. Cel priorytetowy 1", "Cel 2. Cel priorytetowy 2"]
    assert first.indicators == ["Wskaźnik 1a (cel 1)", "Wskaźnik 2b (cel 2)"]
    assert first.partners == [  # the one partner label (PartnerData.label), as on screen and in the PDF
        "Szkoła Podstawowa im. Marii Konopnickiej w Zalesiu",
        "PPP w Węgrowie (filia)",  # its name already says PPP; the line break typed in it is a space
    ]
    assert first.responsible == "Anna Nowak" and first.is_milestone and not second.is_milestone
    assert second.depends_on == 1
    assert first.description == "Pierwsza linia\nDruga linia — żółć"


def test_cells_are_typed_and_formatted(exported):
    _, _, path = exported
    sheet = load_workbook(path)[SHEET]
    assert tuple(c.value for c in sheet[1]) == HEADERS
    start, end, cost = sheet["G2"], sheet["H2"], sheet["L2"]
    assert start.is_date and start.value.date() == D(2026, 9, 1) and start.number_format == DATE_FORMAT
    assert end.value.date() == D(2026, 9, 30) and end.number_format == DATE_FORMAT
    assert cost.value == pytest.approx(12345.67) and cost.number_format == MONEY_FORMAT
    assert sheet["E2"].value == "Cel 1. Cel priorytetowy 1\nCel 2. Cel priorytetowy 2"
    assert sheet["E2"].alignment.wrap_text
    assert sheet["O2"].value == "tak" and sheet["O3"].value == "nie"


def test_export_without_hdr_is_refused(db, jst_id, tmp_path):
    s2 = stage2(db, jst_id)
    with pytest.raises(DomainError):
        export_hdr_xlsx(db, s2.process_id, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_reading_a_foreign_file_says_so(tmp_path):
    path = tmp_path / "nie.xlsx"
    path.write_text("to nie jest arkusz")
    with pytest.raises(DomainError) as err:
        read_activities_xlsx(path)
    assert "XLSX" in err.value.message


def test_a_long_plan_has_every_row_formatted_and_filtered(exported, tmp_path):
    import io

    from wsparcie_desktop.exporters.hdr_xlsx import workbook_bytes

    db, s2, _ = exported
    plan = hdr.load_plan(db, s2.process_id)
    template = plan.activities[0]
    plan.activities = [
        ActivityData(name=f"Działanie {n + 1}", starts_on=template.starts_on, ends_on=template.ends_on,
                     cost=Decimal(n), id=1000 + n, depends_on_id=1000 + n - 1 if n else None)
        for n in range(250)
    ]  # fmt: skip
    sheet = load_workbook(io.BytesIO(workbook_bytes(plan)))[SHEET]
    assert sheet.max_row == 251 and sheet.auto_filter.ref == "A1:P251"
    assert [sheet.cell(row=r, column=2).value for r in range(2, 252)] == [f"Działanie {n + 1}" for n in range(250)]
    for r in (2, 126, 251):
        assert sheet.cell(row=r, column=1).value == r - 1 and sheet.cell(row=r, column=12).value == r - 2
        assert sheet.cell(row=r, column=7).number_format == DATE_FORMAT
        assert sheet.cell(row=r, column=8).number_format == DATE_FORMAT
        assert sheet.cell(row=r, column=12).number_format == MONEY_FORMAT
        assert all(sheet.cell(row=r, column=c).alignment.wrap_text for c in range(1, 17))
    assert sheet.cell(row=251, column=16).value == 249


def _reference_sheet(plan):
    """The activities sheet as plain openpyxl writes it, cell object by cell object, and reads it back."""
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    from wsparcie_desktop.exporters.hdr_xlsx import _values

    book = Workbook()
    sheet = book.active
    formats = {7: DATE_FORMAT, 8: DATE_FORMAT, 12: MONEY_FORMAT}
    for r, row in enumerate(rows_of(plan), 2):
        for c, value in enumerate(_values(row), 1):
            cell = sheet.cell(row=r, column=c, value=value)
            if cell.data_type == "f":
                cell.data_type = "s"
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if c in formats:
                cell.number_format = formats[c]
    buffer = io.BytesIO()
    book.save(buffer)
    return load_workbook(buffer).active


def test_every_cell_equals_the_one_openpyxl_writes_for_the_same_value(exported):
    """Value, type, format and alignment of every activity cell, hostile text included, against openpyxl's own."""
    import io

    from wsparcie_desktop.exporters.hdr_xlsx import workbook_bytes

    db, s2, _ = exported
    plan = hdr.load_plan(db, s2.process_id)
    first = plan.activities[0]
    odd = [
        "  spacja na początku i na końcu  ", "=SUMA(A1:A9)", 'AT&T <b>"cytat"</b> \'apostrof\'', "żółć — ✓ 😀",
        "wiersz 1\nwiersz 2\n", "x" * 40_000, "",
    ]  # fmt: skip
    plan.activities = [first] + [
        ActivityData(name=text or "bez opisu", description=text, expected_result=text[::-1], form="szkolenie",
                     starts_on=D(1900, 1, 1 + n), ends_on=D(2099, 12, 31), cost=Decimal("9999999.99") * n,
                     id=500 + n, depends_on_id=first.id if n % 2 else None, is_milestone=bool(n % 2))
        for n, text in enumerate(odd)
    ]  # fmt: skip
    exported_sheet = load_workbook(io.BytesIO(workbook_bytes(plan)))[SHEET]
    reference = _reference_sheet(plan)
    assert exported_sheet.max_row == len(plan.activities) + 1 == reference.max_row
    for r in range(2, reference.max_row + 1):
        for c in range(1, len(HEADERS) + 1):
            got, want = exported_sheet.cell(row=r, column=c), reference.cell(row=r, column=c)
            where = f"{got.coordinate}"
            assert (got.value, got.data_type) == (want.value, want.data_type), where
            assert got.number_format == want.number_format, where
            assert (got.alignment.wrap_text, got.alignment.vertical) == (True, "top"), where
            assert not got.font.b, where
    assert exported_sheet["C8"].value == "x" * 32_767  # a cell holds at most that much, as openpyxl cuts it
    assert exported_sheet["B3"].value == "  spacja na początku i na końcu  "
    assert exported_sheet["G3"].value.date() == D(1900, 1, 1)
    assert exported_sheet["A1"].font.b and exported_sheet["A1"].fill.fgColor.rgb.endswith("E4E8EE")


def test_characters_a_spreadsheet_cannot_hold_are_left_out_instead_of_breaking_the_file(exported):
    import io

    from wsparcie_desktop.exporters.hdr_xlsx import workbook_bytes

    db, s2, _ = exported
    plan = hdr.load_plan(db, s2.process_id)
    plan.activities[0].name = "Nazwa\x00 z\x07 kontrolnymi\x1f znakami \ud800"
    sheet = load_workbook(io.BytesIO(workbook_bytes(plan)))[SHEET]
    assert sheet["B2"].value == "Nazwa z kontrolnymi znakami \ufffd"
