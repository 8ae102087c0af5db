"""A date that may be left out: a tick box beside a date field ("not yet" when unticked)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from ui.widgets.date_edit import DateEdit, from_qdate, to_qdate


class OptionalDateEdit(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.check = QCheckBox()
        self.check.setObjectName(f"{name}_set")
        self.check.setToolTip(self.tr("Tick to enter the date"))
        self.edit = DateEdit()
        self.edit.setObjectName(f"{name}_date")
        self.edit.setDate(to_qdate(dt.date.today()))
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> dt.date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setDate(to_qdate(value or dt.date.today()))

    def setFocus(self) -> None:  # noqa: N802 (Qt's name): an error at the field puts the cursor in the date
        (self.edit if self.check.isChecked() else self.check).setFocus()
