"""User text that starts with "=" stays text in a spreadsheet.

openpyxl stores any string beginning with "=" as a formula, so a school name or note like
``=HYPERLINK("http://…")`` from a hostile registry file would run in the clerk's spreadsheet program.
Cells written from data are therefore turned back into plain text; only the program's own formulas
(written after this call) stay formulas.
"""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet


def keep_text(sheet: Worksheet) -> int:
    """Store every formula-looking value of the sheet as text; returns how many cells were changed."""
    changed = 0
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"
                changed += 1
    return changed
