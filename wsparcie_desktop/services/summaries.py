"""Plain answers that the first window shows, kept apart from the services that read them with SQLAlchemy.

``services/jst.py`` and ``services/schools.py`` return these, and so does ``services/quick_reads.py``, which
reads the same with plain sqlite3 so that the program's window shows before SQLAlchemy is imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from wsparcie_desktop.i18n import format_number, plural_form


@dataclass(frozen=True)
class JstSummary:
    id: int
    name: str
    kind_name: str


def format_fte(value: Decimal | int | None) -> str:
    """'1 etat', '2 etaty', '5 etatów', '12,5 etatu' — a fraction takes the genitive singular in Polish."""
    if value is None:
        return ""
    value = Decimal(value)
    if value == value.to_integral_value():
        return f"{format_number(int(value))} {plural_form(int(value), 'etat', 'etaty', 'etatów')}"
    return f"{format_number(value.normalize())} etatu"


@dataclass(frozen=True)
class SchoolTotals:
    count: int
    pupils: int
    teachers_fte: Decimal
    without_pupils: int
    without_fte: int

    def text(self) -> str:
        """'6 szkół i placówek: 913 uczniów, 96,35 etatu nauczycieli' — for the screen and the printout."""
        if not self.count:
            return "Brak szkół w rejestrze."
        places = f"{self.count} " + plural_form(
            self.count, "szkoła lub placówka", "szkoły lub placówki", "szkół lub placówek"
        )
        parts = [f"{format_number(self.pupils)} {plural_form(self.pupils, 'uczeń', 'uczniów', 'uczniów')}",
                 f"{format_fte(self.teachers_fte)} nauczycieli"]  # fmt: skip
        text = f"{places}: {', '.join(parts)}"
        gaps = []
        if self.without_pupils:
            gaps.append(f"liczby uczniów nie podano dla {self.without_pupils}")
        if self.without_fte:
            gaps.append(f"liczby etatów nie podano dla {self.without_fte}")
        return text + (f" ({'; '.join(gaps)})" if gaps else "")
