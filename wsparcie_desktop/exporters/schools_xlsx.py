"""The schools register as an Excel workbook (openpyxl), for the clerk's own calculations and mail merges.

Numbers stay numbers (sums work), identifiers stay text (REGON and postal codes keep their leading
zeros), the header stays in view while scrolling, and the sheet prints on landscape pages with the
header repeated. The file is written next to its final name and moved into place, so a failed save
never leaves half a workbook where the old one was.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from wsparcie_desktop.db.database import Database
from wsparcie_desktop.exporters.xlsx_text import keep_text
from wsparcie_desktop.i18n import format_date
from wsparcie_desktop.reports.output import write_atomically
from wsparcie_desktop.services.jst import get_profile
from wsparcie_desktop.services.schools import SchoolData, list_schools, parse_fte

TEXT, INTEGER, DECIMAL = "@", "#,##0", "#,##0.00"
# header, value of a school, number format, width range (min, max) in characters
COLUMNS = [
    ("Lp.", None, "0", (4, 5)),
    ("Nazwa szkoły lub placówki", lambda s: s.name, TEXT, (30, 60)),
    ("Typ", lambda s: s.type_label, TEXT, (12, 28)),
    ("Numer RSPO", lambda s: s.rspo, TEXT, (9, 12)),
    ("REGON", lambda s: s.regon, TEXT, (11, 16)),
    ("Ulica", lambda s: s.street, TEXT, (8, 30)),
    ("Nr budynku", lambda s: s.building_no, TEXT, (8, 10)),
    ("Kod pocztowy", lambda s: s.postal_code, TEXT, (8, 8)),
    ("Miejscowość", lambda s: s.city, TEXT, (12, 25)),
    ("Dyrektor", lambda s: s.director, TEXT, (14, 30)),
    ("Liczba uczniów", lambda s: s.pupils, INTEGER, (9, 10)),
    ("Etaty nauczycieli", lambda s: float(parse_fte(s.teachers_fte)) if s.teachers_fte is not None else None,
     DECIMAL, (10, 11)),
    ("Publiczna", lambda s: "tak" if s.is_public else "nie", TEXT, (9, 9)),
    ("Uwagi", lambda s: s.notes, TEXT, (10, 50)),
]  # fmt: skip
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
THIN = Side(style="thin", color="7F8C9D")


def _sheet(ws: Worksheet, schools: list[SchoolData], jst_name: str) -> None:
    ws.title = "Szkoły i placówki"
    for c, (title, _get, _fmt, _w) in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=1, column=c, value=title)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = Border(bottom=THIN)
    ws.row_dimensions[1].height = 32
    for r, school in enumerate(schools, start=2):
        for c, (_title, get, number_format, _w) in enumerate(COLUMNS, start=1):
            value = r - 1 if get is None else get(school)
            cell = ws.cell(row=r, column=c, value=value if value != "" else None)
            cell.number_format = number_format
            cell.alignment = Alignment(vertical="top", wrap_text=c in (2, 14))
    keep_text(ws)  # before the totals: those are the only formulas meant to be formulas
    last = len(schools) + 1
    if schools:
        total = last + 1
        ws.cell(row=total, column=2, value="Razem").font = Font(bold=True)
        for c in (11, 12):
            letter = get_column_letter(c)
            cell = ws.cell(row=total, column=c, value=f"=SUM({letter}2:{letter}{last})")
            cell.number_format = COLUMNS[c - 1][2]
            cell.font = Font(bold=True)
            cell.border = Border(top=THIN)
    for c, (title, get, _fmt, (low, high)) in enumerate(COLUMNS, start=1):
        longest = max([len(word) for word in title.split()] + [len(str(get(s) or "")) for s in schools if get])
        ws.column_dimensions[get_column_letter(c)].width = min(max(low, longest + 2), high)
    ws.freeze_panes = "C2"  # the header and the school's name stay in view
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{last}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.center.text = f"Wykaz szkół i placówek — {jst_name}"
    ws.oddFooter.right.text = "Strona &P z &N"
    ws.oddFooter.left.text = f"Stan na {format_date(dt.date.today())}"


def export_schools_xlsx(db: Database, jst_id: int, path: str | Path) -> Path:
    """Write the JST's schools to ``path`` (.xlsx); returns the path written."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    jst_name = get_profile(db, jst_id).name
    workbook = Workbook()
    _sheet(workbook.active, list_schools(db, jst_id), jst_name)
    workbook.properties.title = f"Szkoły i placówki — {jst_name}"
    workbook.properties.creator = "Wsparcie JST"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return write_atomically(target, buffer.getvalue())  # a failure names the file and says why, in Polish
