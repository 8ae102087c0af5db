"""The HDR's activities as a spreadsheet (XLSX), for those who keep working in Excel or LibreOffice.

One row per activity. A field with several values (goals, indicators, partners) keeps them in one cell, one
value per line, so a filter or a formula still sees one activity per row; a line break typed inside a single
value becomes a space, so every line of such a cell is exactly one value. Dates are real date cells
(DD.MM.RRRR) and costs real numbers formatted in złoty (written from the Decimal, digit for digit), so sums and sorting work in the spreadsheet.
:func:`read_activities_xlsx` reads such a file back, which is how the export is checked value by value.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from wsparcie_desktop.db.database import Database
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_date_short
from wsparcie_desktop.reports.output import write_atomically
from wsparcie_desktop.services.hdr import HdrPlan, load_plan
from wsparcie_desktop.services.hdr_dates import inclusive_days
from wsparcie_desktop.services.hdr_projection import activity_numbers

SHEET = "Działania"
INFO_SHEET = "Informacje"
SEPARATOR = "\n"  # between the values of one cell
DATE_FORMAT = "DD.MM.YYYY"
MONEY_FORMAT = '#,##0.00 "zł"'
YES, NO = "tak", "nie"

# (header, width in characters)
COLUMNS = (
    ("Lp.", 5),
    ("Nazwa działania", 38),
    ("Opis", 40),
    ("Forma", 18),
    ("Cele rozwojowe", 40),
    ("Wskaźniki", 36),
    ("Data rozpoczęcia", 13),
    ("Data zakończenia (włącznie)", 14),
    ("Liczba dni", 8),
    ("Osoba odpowiedzialna", 24),
    ("Partnerzy", 34),
    ("Koszt", 14),
    ("Źródło finansowania", 24),
    ("Oczekiwany rezultat", 40),
    ("Kamień milowy", 9),
    ("Zależy od działania (Lp.)", 11),
)
HEADERS = tuple(header for header, _ in COLUMNS)


@dataclass
class XlsxActivity:
    """One row of the sheet, with the values typed as they are meant (dates, money, lists)."""

    number: int
    name: str
    description: str
    form: str
    goals: list[str] = field(default_factory=list)
    indicators: list[str] = field(default_factory=list)
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    days: int | None = None
    responsible: str = ""
    partners: list[str] = field(default_factory=list)
    cost: Decimal = Decimal("0.00")
    financing: str = ""
    expected_result: str = ""
    is_milestone: bool = False
    depends_on: int | None = None


def _one_line(text: str) -> str:
    return " ".join(text.split())


def rows_of(plan: HdrPlan) -> list[XlsxActivity]:
    """The rows the export writes, in plan order."""
    goals = {g.id: g for g in plan.goals}
    indicators = {i.id: (g, i) for g in plan.goals for i in g.indicators}
    numbers = activity_numbers(plan.activities)
    rows = []
    for a in plan.activities:
        rows.append(XlsxActivity(
            number=numbers[a.id], name=a.name, description=a.description, form=a.form_label,
            goals=[_one_line(goals[g].label) for g in a.goal_ids if g in goals],
            indicators=[_one_line(f"{indicators[i][1].name} (cel {indicators[i][0].number})")
                        for i in a.indicator_ids if i in indicators],
            starts_on=a.starts_on, ends_on=a.ends_on, days=inclusive_days(a.starts_on, a.ends_on),
            responsible=plan.person_name(a.responsible_id),
            partners=[p.label(plan.schools) for p in a.partners],  # one line each, as on screen and in the PDF
            cost=Decimal(a.cost).quantize(Decimal("0.01")), financing=a.financing_label,
            expected_result=a.expected_result, is_milestone=a.is_milestone,
            depends_on=numbers.get(a.depends_on_id),
        ))  # fmt: skip
    return rows


def _values(row: XlsxActivity) -> list[object]:
    return [
        row.number, row.name, row.description, row.form, SEPARATOR.join(row.goals), SEPARATOR.join(row.indicators),
        row.starts_on, row.ends_on, row.days, row.responsible, SEPARATOR.join(row.partners), row.cost,
        row.financing, row.expected_result, YES if row.is_milestone else NO, row.depends_on,
    ]  # fmt: skip


def _cell(
    sheet,
    value: object,
    font: Font | None = None,
    alignment: Alignment | None = None,
    number_format: str | None = None,
    fill: PatternFill | None = None,
    style=None,
) -> WriteOnlyCell:
    """A cell of a write-only sheet; user text that starts with "=" stays text (see xlsx_text.py).

    ``style`` is another cell's style (``_style``, openpyxl's index of the cell's font, fill, alignment and format):
    the activities' cells share the few styles of their columns instead of each looking its style up again.
    """
    cell = WriteOnlyCell(sheet, value=value)
    if cell.data_type == "f":
        cell.data_type = "s"
    if style is not None:
        cell._style = style
        return cell
    if font is not None:
        cell.font = font
    if alignment is not None:
        cell.alignment = alignment
    if number_format is not None:
        cell.number_format = number_format
    if fill is not None:
        cell.fill = fill
    return cell


def workbook_bytes(plan: HdrPlan, jst_name: str = "") -> bytes:
    """The spreadsheet as bytes: the activities sheet first, then a sheet saying what the file holds.

    openpyxl's write-only workbook streams the rows to the file instead of keeping every cell in memory, and the
    activities' cells share their column's style; openpyxl's writing of each cell is now most of the time
    (bench/scale.py).
    """
    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET)
    for index, (_, width) in enumerate(COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(plan.activities) + 1}"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="E4E8EE")
    centre = Alignment(wrap_text=True, vertical="center")
    sheet.append([_cell(sheet, header, bold, centre, fill=fill) for header in HEADERS])
    wrap_top = Alignment(wrap_text=True, vertical="top")
    formats = {6: DATE_FORMAT, 7: DATE_FORMAT, 11: MONEY_FORMAT}  # columns G, H and L (from 0)
    styles = [_cell(sheet, None, alignment=wrap_top, number_format=formats.get(index))._style
              for index in range(len(COLUMNS))]  # fmt: skip
    for row in rows_of(plan):
        sheet.append([_cell(sheet, value, style=styles[index]) for index, value in enumerate(_values(row))])
    _info_sheet(book.create_sheet(INFO_SHEET), plan, jst_name)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _info_sheet(sheet, plan: HdrPlan, jst_name: str) -> None:
    hdr = plan.hdr
    form = next((f.name for f in plan.ore_forms if f.code == hdr.ore_form_code), "nie zaplanowano")
    lines = [
        ("Harmonogram działań rozwojowych (HDR)", ""),
        ("Samorząd", jst_name),
        ("Proces doradczy", plan.process_name),
        ("Okres HDR", f"{format_date_short(hdr.period_start)} – {format_date_short(hdr.period_end)}"),
        ("Zatwierdzenie", f"{hdr.approved_by}, {format_date_short(hdr.approved_on)}" if hdr.approved_on
         else "niezatwierdzony"),
        ("Forma raportu dla ORE", form),
        ("Termin raportu dla ORE", format_date_short(hdr.ore_form_due_on)),
        ("Odpowiada za raport", plan.person_name(hdr.ore_form_responsible_id)),
        ("Liczba działań", len(plan.activities)),
        ("", ""),
        ("Jak czytać arkusz „Działania”", "Jeden wiersz to jedno działanie. Gdy pole ma kilka wartości (cele, "
         "wskaźniki, partnerzy), każda jest w osobnym wierszu tej samej komórki. Data zakończenia jest "
         "ostatnim dniem działania: działanie od 1 do 30 września trwa 30 dni."),
    ]  # fmt: skip
    sheet.column_dimensions["A"].width = 30
    sheet.column_dimensions["B"].width = 90
    title, bold, wrap_top = Font(bold=True, size=13), Font(bold=True), Alignment(wrap_text=True, vertical="top")
    for number, (label, value) in enumerate(lines):
        sheet.append([_cell(sheet, label, title if number == 0 else bold),
                      _cell(sheet, value, alignment=None if number == 0 else wrap_top)])  # fmt: skip


def export_hdr_xlsx(db: Database, process_id: int, path: str | os.PathLike[str]) -> Path:
    """Write the process's HDR activities to ``path``; DomainError (Polish) when there is no HDR or no disk."""
    from wsparcie_desktop.services.jst import get_profile

    plan = load_plan(db, process_id)
    if plan.hdr is None:
        raise DomainError("Ten proces nie ma jeszcze HDR — najpierw zaplanuj okres i działania.")
    return write_atomically(path, workbook_bytes(plan, get_profile(db, plan.jst_id).name))


def _lines(value: object) -> list[str]:
    text = "" if value is None else str(value)
    return [line for line in text.split(SEPARATOR) if line.strip()]


def _date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.datetime.strptime(str(value).strip(), "%d.%m.%Y").date()


def read_activities_xlsx(path: str | os.PathLike[str]) -> list[XlsxActivity]:
    """The activities of an exported file, typed back (dates, money as Decimal, lists split by line)."""
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several types for a file that is not a workbook
        raise DomainError(f"Nie udało się odczytać pliku „{path}” jako arkusza XLSX.") from exc
    try:
        if SHEET not in book.sheetnames:
            raise DomainError(f"W pliku „{path}” nie ma arkusza „{SHEET}”.")
        rows = book[SHEET].iter_rows(values_only=True)
        header = tuple(next(rows, ()) or ())
        if header[: len(HEADERS)] != HEADERS:
            raise DomainError(f"Arkusz „{SHEET}” w pliku „{path}” ma inne kolumny niż eksport HDR.")
        out = []
        for values in rows:
            if values is None or all(v is None for v in values):
                continue
            v = list(values) + [None] * (len(HEADERS) - len(values))
            out.append(XlsxActivity(
                number=int(v[0]), name=str(v[1] or ""), description=str(v[2] or ""), form=str(v[3] or ""),
                goals=_lines(v[4]), indicators=_lines(v[5]), starts_on=_date(v[6]), ends_on=_date(v[7]),
                days=int(v[8]) if v[8] is not None else None, responsible=str(v[9] or ""), partners=_lines(v[10]),
                cost=Decimal(str(v[11] or 0)).quantize(Decimal("0.01")), financing=str(v[12] or ""),
                expected_result=str(v[13] or ""), is_milestone=str(v[14]).strip().lower() == YES,
                depends_on=int(v[15]) if v[15] not in (None, "") else None,
            ))  # fmt: skip
        return out
    finally:
        book.close()
