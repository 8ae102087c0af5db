"""A field for an amount of money in złoty, read as a Decimal: what is typed is what is stored.

QDoubleSpinBox keeps its value as a double, which cannot hold 0,10 exactly and rounds amounts of twelve
digits and more; its range was a second, smaller copy of the cost limit. This field keeps the text, checks it
with the core's own reading of Polish amounts (``parse_money``: "1 234,50", "1234,5", "1 234,50 zł") and the
core's limit (``MAX_COST``, what the store's column holds), and hands a Decimal on.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from wsparcie_desktop.i18n import format_number, parse_money
from wsparcie_desktop.services.hdr_costs import MAX_COST, parse_cost

ALLOWED = frozenset("0123456789 ,.\u00a0\u202fzłZŁ")


class MoneyValidator(QValidator):
    """Acceptable: an amount from 0 to ``maximum`` with at most two decimals. A keystroke that makes the text
    something else (a letter, a third decimal, an amount above the limit) is refused; a half-typed amount
    ("12,", or empty) is let through so the user can finish it."""

    def __init__(self, maximum: Decimal = MAX_COST, parent=None):
        super().__init__(parent)
        self.maximum = maximum

    def validate(self, text: str, pos: int):
        if not text.strip():
            return QValidator.State.Intermediate, text, pos
        if not set(text) <= ALLOWED:
            return QValidator.State.Invalid, text, pos
        try:
            value = parse_money(text)
        except ValueError:
            # "12,345" or "1,2,3" cannot become an amount by typing more; "1 234 z" (on the way to "zł") can
            typing_currency = text.rstrip().lower().endswith("z")
            return (QValidator.State.Intermediate if typing_currency else QValidator.State.Invalid), text, pos
        if value > self.maximum:
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, text, pos


class MoneyEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None, maximum: Decimal = MAX_COST):
        super().__init__(parent)
        self.setValidator(MoneyValidator(maximum, self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0,00 zł")

    def value(self) -> Decimal:
        """The amount typed, as a Decimal to the grosz; DomainError (Polish, field "cost") when it is not one."""
        return parse_cost(self.text())

    def set_value(self, value: Decimal | None) -> None:
        """Show ``value`` the Polish way, '1 234,50' (no-break spaces group thousands)."""
        self.setText(format_number(Decimal(value if value is not None else 0), 2))
