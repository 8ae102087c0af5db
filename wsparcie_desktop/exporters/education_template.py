"""The XLSX template of the schools' figures for one school year, written for the clerk (or the directors) to fill.

One row per school, named by the school's uid in the first column (hidden), its RSPO number and name for the
reader; the figures in the columns of :data:`~wsparcie_desktop.services.education_data.STAT_LABELS`, already
filled where the program knows them. What was typed is read back by
:mod:`wsparcie_desktop.importers.education_template`, which refuses the file when its structure was changed.
"""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from wsparcie_desktop.db.database import Database
from wsparcie_desktop.exporters.xlsx_text import keep_text
from wsparcie_desktop.importers.education_template import (
    FIRST_ROW,
    HEADER,
    HEADER_ROW,
    INFO_SHEET,
    SHEET,
    TEMPLATE_MARK,
)
from wsparcie_desktop.reports.output import write_atomically
from wsparcie_desktop.services.education_data import STAT_LABELS, check_school_year, school_year_rows
from wsparcie_desktop.services.jst import get_profile

HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
OLD_FILL = PatternFill("solid", fgColor="F2F2F2")


def export_template(db: Database, jst_id: int, school_year: str, path: str | Path) -> Path:
    school_year = check_school_year(school_year)
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    name = get_profile(db, jst_id).name
    rows = school_year_rows(db, jst_id, school_year)
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.cell(1, 1, f"{name} — dane szkół i placówek w roku szkolnym {school_year}").font = Font(bold=True, size=12)
    ws.cell(2, 1, "Wpisz liczby w białe pola. Nie zmieniaj nagłówków ani kolumny A. Stopnie stażysty i kontraktowego "
                  "wypełnia się tylko za lata do 2021/2022.")  # fmt: skip
    for c, title in enumerate(HEADER, start=1):
        cell = ws.cell(HEADER_ROW, c, title)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    ws.row_dimensions[HEADER_ROW].height = 45
    keys = tuple(STAT_LABELS)
    for r, row in enumerate(rows, start=FIRST_ROW):
        ws.cell(r, 1, row.school_uid)
        ws.cell(r, 2, row.school_rspo or None).number_format = "@"
        ws.cell(r, 3, row.school_name)
        for c, key in enumerate(keys, start=4):
            value = getattr(row, key)
            cell = ws.cell(r, c, float(value) if key == "posts" and value is not None else value)
            cell.number_format = "0.00" if key == "posts" else "0"
            if key in ("trainee", "contract"):
                cell.fill = OLD_FILL
    keep_text(ws)
    ws.column_dimensions["A"].hidden = True
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["C"].width = 48
    for c in range(4, len(HEADER) + 1):
        ws.column_dimensions[get_column_letter(c)].width = 13
    ws.freeze_panes = ws.cell(FIRST_ROW, 4)
    info = wb.create_sheet(INFO_SHEET)
    for r, (label, value) in enumerate((("szablon", TEMPLATE_MARK), ("rok szkolny", school_year),
                                        ("samorząd", name)), start=1):  # fmt: skip
        info.cell(r, 1, label)
        info.cell(r, 2, value)
    keep_text(info)
    info.sheet_state = "hidden"
    wb.properties.title = f"Dane szkół {school_year} — {name}"
    wb.properties.creator = "Wsparcie JST"
    buffer = io.BytesIO()
    wb.save(buffer)
    return write_atomically(target, buffer.getvalue())
