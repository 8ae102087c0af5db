"""Reading back the template of the schools' figures (see :mod:`wsparcie_desktop.exporters.education_template`).

The file must be the program's template with its structure intact: the sheets, the header row cell by cell, the
uid column. Anything else is refused naming the cell, so the clerk knows what to put back (or to download a new
template). Values are returned raw with their cell; the rules are the service's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from wsparcie_desktop.importers.csv_stream import FileProblem
from wsparcie_desktop.importers.xlsx_guard import open_workbook
from wsparcie_desktop.services.education_data import STAT_LABELS

SHEET = "Dane szkół"
INFO_SHEET = "_program"
TEMPLATE_MARK = "Wsparcie JST: dane szkół w roku szkolnym, wersja 1"
HEADER_ROW = 3
FIRST_ROW = 4
HEADER = ("Identyfikator (nie zmieniaj)", "Nr RSPO", "Szkoła lub placówka", *STAT_LABELS.values())
KEYS = tuple(STAT_LABELS)
MAX_ROWS = 5000
WHAT = "szablon danych szkół z programu"


def column_letter(index: int) -> str:
    from wsparcie_desktop.importers.cke import column_letter as letter

    return letter(index)


@dataclass
class TemplateRow:
    row: int  # the sheet's row number
    uid: str
    name: str
    values: dict[str, object] = field(default_factory=dict)  # key -> the cell's value as read

    def cell(self, key: str) -> str:
        return f"{column_letter(3 + KEYS.index(key))}{self.row}"


@dataclass
class TemplateFile:
    file_name: str
    school_year: str
    rows: list[TemplateRow]


def read_template(path: str | Path) -> TemplateFile:
    path = Path(path)
    wb = open_workbook(path, WHAT, read_only=True)
    try:
        names = wb.sheetnames
        if SHEET not in names:
            raise FileProblem(f"W pliku nie ma arkusza „{SHEET}” (są: {', '.join(names)}). To nie jest szablon z "
                              "programu albo zmieniono nazwę arkusza — pobierz nowy szablon.")  # fmt: skip
        if INFO_SHEET not in names:
            raise FileProblem(f"W pliku brakuje ukrytego arkusza „{INFO_SHEET}” — to nie jest szablon z programu "
                              "albo usunięto jego arkusz. Pobierz nowy szablon.")  # fmt: skip
        info = {str(r[0]).strip(): r[1] for r in wb[INFO_SHEET].iter_rows(min_row=1, max_row=5, max_col=2,
                                                                            values_only=True) if r and r[0]}  # fmt: skip
        if info.get("szablon") != TEMPLATE_MARK:
            raise FileProblem(f"Komórka {INFO_SHEET}!B1 nie zawiera oznaczenia szablonu — pobierz nowy szablon.")
        school_year = str(info.get("rok szkolny") or "").strip()
        ws = wb[SHEET]
        rows = ws.iter_rows(min_row=HEADER_ROW, values_only=True)
        header = next(rows, None) or ()
        for c, wanted in enumerate(HEADER):
            found = header[c] if c < len(header) else None
            if str(found or "").strip() != wanted:
                shown = f"„{str(found).strip()}”" if found not in (None, "") else "pusta"
                raise FileProblem(f"Komórka {column_letter(c)}{HEADER_ROW}: powinien być nagłówek „{wanted}”, a jest "
                                  f"{shown}. Zmieniono układ szablonu — pobierz nowy szablon i przepisz do niego "
                                  "dane.")  # fmt: skip
        extra = [
            f"{column_letter(c)}{HEADER_ROW}" for c in range(len(HEADER), len(header)) if header[c] not in (None, "")
        ]
        if extra:
            raise FileProblem(f"Komórka {extra[0]}: w szablonie dopisano kolumnę. Usuń ją albo pobierz nowy szablon.")
        found_rows: list[TemplateRow] = []
        for r, values in enumerate(rows, start=FIRST_ROW):
            if r - FIRST_ROW >= MAX_ROWS:
                raise FileProblem(f"Szablon ma ponad {MAX_ROWS} wierszy — to nie jest szablon danych szkół.")
            values = tuple(values or ())
            if not any(v not in (None, "") for v in values):
                continue
            uid = str(values[0]).strip() if values and values[0] is not None else ""
            if not uid:
                raise FileProblem(f"Komórka A{r}: brak identyfikatora szkoły — wierszy nie dopisuje się w szablonie; "
                                  "dodaj szkołę w rejestrze i pobierz nowy szablon.")  # fmt: skip
            name = str(values[2]).strip() if len(values) > 2 and values[2] is not None else ""
            row = TemplateRow(r, uid, name)
            for i, key in enumerate(KEYS, start=3):
                row.values[key] = values[i] if i < len(values) else None
            found_rows.append(row)
        return TemplateFile(path.name, school_year, found_rows)
    finally:
        wb.close()
