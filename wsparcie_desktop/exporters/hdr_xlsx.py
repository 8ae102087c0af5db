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
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.compat import safe_string
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

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
# zlib level of the file: 1 deflates the rows' XML four times faster than the default 6, for a file about a third larger
COMPRESS_LEVEL = 1

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
) -> WriteOnlyCell:
    """A cell of a write-only sheet; user text that starts with "=" stays text (see xlsx_text.py)."""
    cell = WriteOnlyCell(sheet, value=value)
    if cell.data_type == "f":
        cell.data_type = "s"
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

    openpyxl makes the workbook: the styles, the column widths, the frozen header, the filter, the header row and
    the information sheet. The activities' rows are sheet XML written here (:func:`_rows_xml`) and added after
    openpyxl's header row: openpyxl making and writing a cell object per value was nearly all of the time (3 s for
    5,000 activities; see bench/hdr_large_documents.py). The cells are the ones openpyxl writes (inline strings,
    dates as serial numbers in the date format, money as numbers, each column's style), so a spreadsheet program
    shows the same; tests/unit/test_hdr_xlsx.py compares every cell with openpyxl's own.
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
    # each column's style registered in the workbook (so its styles part lists it), by its index there
    style_ids = [_cell(sheet, None, alignment=wrap_top, number_format=formats.get(index)).style_id
                 for index in range(len(COLUMNS))]  # fmt: skip
    rows = _rows_xml(rows_of(plan), style_ids, first=2)
    _info_sheet(book.create_sheet(INFO_SHEET), plan, jst_name)
    buffer = io.BytesIO()
    book.save(buffer)
    return _with_rows(buffer.getvalue(), sheet.path.lstrip("/"), rows)


# Characters XML 1.0 cannot hold (openpyxl refuses them); a lone surrogate cannot even be written as UTF-8.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_MAX_TEXT = 32767  # the most a cell holds; openpyxl cuts longer text here too


def _xml_text(text: str) -> str:
    """``text`` as the content of an inline string, as openpyxl writes it (escaped, space kept if it matters)."""
    if _NOT_IN_XML.search(text):
        text = _NOT_IN_XML.sub(lambda m: "\ufffd" if "\ud800" <= m.group() <= "\udfff" else "", text)
    if len(text) > _MAX_TEXT:
        text = text[:_MAX_TEXT]
    stripped = text.strip()
    space = ' xml:space="preserve"' if stripped != text and stripped else ""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return f"<is><t{space}>{text}</t></is>"


def _rows_xml(rows: list[XlsxActivity], style_ids: list[int], first: int) -> bytes:
    """The ``<row>`` elements of the activities, numbered from ``first``, each column's cells in its style.

    Text is an inline string (so a value starting with "=" is text, never a formula: see xlsx_text.py), a date
    is its serial number, a number is written as openpyxl writes it, and an empty value is an empty styled cell.
    """
    cells = [(f'<c r="{get_column_letter(index)}', f'" s="{style}" t="')
             for index, style in enumerate(style_ids, 1)]  # fmt: skip
    out: list[str] = []
    add = out.append
    for number, row in enumerate(rows, first):
        add(f'<row r="{number}">')
        for (head, style), value in zip(cells, _values(row)):
            if value.__class__ is str:
                if value:
                    add(f'{head}{number}{style}inlineStr">{_xml_text(value)}</c>')
                else:
                    add(f'{head}{number}{style}inlineStr" />')
            elif value is None:
                add(f'{head}{number}{style}n" />')
            else:
                add(f'{head}{number}{style}n"><v>{_number(value)}</v></c>')
        add("</row>")
    return "".join(out).encode("utf-8")


_EPOCH = dt.date(1899, 12, 30).toordinal()  # day 0 of spreadsheet dates (openpyxl's WINDOWS_EPOCH)


def _number(value: object) -> str:
    """A number or date as openpyxl writes it: an integer as is, a Decimal to 16 digits, a date as its serial."""
    if value.__class__ is int:
        return str(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        days = value.toordinal() - _EPOCH
        return str(days - 1 if 0 < days <= 60 else days)  # 1900 counted as a leap year, as spreadsheets do
    if isinstance(value, dt.datetime):
        return safe_string(to_excel(value))
    return safe_string(value)


def _with_rows(workbook: bytes, sheet_path: str, rows: bytes) -> bytes:
    """The workbook file with ``rows`` added at the end of the rows of the sheet stored at ``sheet_path``."""
    source = zipfile.ZipFile(io.BytesIO(workbook))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == sheet_path:
                end = content.rindex(b"</sheetData>")
                content = content[:end] + rows + content[end:]
            target.writestr(info, content, compresslevel=COMPRESS_LEVEL)
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
