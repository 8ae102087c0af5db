"""A check box or radio button whose words wrap: the button, and its text as a wrapping label beside it.

A QCheckBox or QRadioButton draws its text on one line, so a long goal or report form widens the page beyond
a 1024×768 projector in workshop mode. Here the button keeps no text of its own (its accessible name is the
text), the label wraps, a click on the label works the button, and the label's mnemonic (&) gives it focus.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QWidget


class _ClickableLabel(QLabel):
    def __init__(self, text: str, button: QAbstractButton):
        super().__init__(text)
        self.button = button
        self.setWordWrap(True)
        self.setBuddy(button)

    def mousePressEvent(self, event) -> None:  # noqa: N802 — Qt's name
        if self.button.isEnabled():
            self.button.click()  # a radio button is chosen, a check box toggles, as a click on the button does
        super().mousePressEvent(event)


def wrapping_choice(button: QAbstractButton, text: str) -> tuple[QWidget, QLabel]:
    """The row to put in a layout (the button at the top left, the wrapping text beside it) and its label."""
    button.setText("")
    button.setAccessibleName(text.replace("&", ""))
    label = _ClickableLabel(text, button)
    label.setObjectName(f"{button.objectName()}_text" if button.objectName() else "")
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    line.addWidget(label, 1)
    return row, label
