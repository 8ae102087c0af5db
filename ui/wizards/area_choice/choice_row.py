"""One line of the sheet that is answered with a single key: a statement, the importance or the influence.

The row itself takes the keyboard focus (its buttons do not), so Tab and the arrows walk from row to row
and one key press both records the answer and moves on. The buttons are there for the mouse and to show
the answer from across the room.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.widgets.flow_layout import FlowLayout

NOTHING = object()  # not answered yet (as opposed to None, "nie wiem")

ROW_STYLE = """
ChoiceRow { border: 2px solid transparent; border-radius: 6px; background: transparent; }
ChoiceRow[current="true"] { border: 3px solid #1a5fb4; background: #eaf1fb; }
QPushButton { padding: 6px 8px; }
QPushButton:checked { background: #1a5fb4; color: white; border: 2px solid #0d3a75; }
"""


@dataclass(frozen=True)
class Option:
    value: object
    keys: tuple[int, ...]
    text: str  # on the button, short
    tooltip: str = ""


class ChoiceRow(QFrame):
    """A focusable line with a label and one exclusive choice among ``options``.

    ``chosen(value)`` is emitted when the user picks a value (by key or click), ``cleared`` when they take the
    answer back (Delete), ``step(+1/-1)`` when they move on; the owner stores the value and moves the focus.
    """

    chosen = Signal(object)
    cleared = Signal()
    step = Signal(int)

    def __init__(self, text: str, options: list[Option], parent: QWidget | None = None, number: str = ""):
        super().__init__(parent)
        self.options = options
        self._value: object = NOTHING
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("current", False)
        self.setStyleSheet(ROW_STYLE)
        self.label = QLabel(f"<b>{number}</b>&nbsp; {_esc(text)}" if number else _esc(text))
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.buttons: list[QPushButton] = []
        row = FlowLayout(spacing=6)  # the answers wrap onto a second line rather than widen the sheet
        for option in options:
            button = QPushButton(option.text)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(option.tooltip)
            button.clicked.connect(lambda _checked=False, value=option.value: self._pick(value))
            row.addWidget(button)
            self.buttons.append(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label)
        layout.addLayout(row)

    # --- value -----------------------------------------------------------------------------------------------
    def value(self) -> object:
        return self._value

    def set_value(self, value: object) -> None:
        """Show ``value`` (NOTHING for no answer) without emitting anything."""
        self._value = value
        for option, button in zip(self.options, self.buttons):
            button.setChecked(value is not NOTHING and option.value == value)

    def _pick(self, value: object) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.chosen.emit(value)

    # --- keyboard --------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 — Qt's name
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            for option in self.options:
                if key in option.keys:
                    self.chosen.emit(option.value)
                    event.accept()
                    return
        if modifiers == Qt.KeyboardModifier.NoModifier:
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.cleared.emit()
                event.accept()
                return
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Enter moves on instead of reaching the wizard's default button and leaving the page.
                self.step.emit(1)
                event.accept()
                return
            if key == Qt.Key.Key_Up:
                self.step.emit(-1)
                event.accept()
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        self._mark(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self._mark(False)
        super().focusOutEvent(event)

    def _mark(self, current: bool) -> None:
        self.setProperty("current", current)
        self.style().unpolish(self)
        self.style().polish(self)
        self.update()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
