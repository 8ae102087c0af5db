"""Forms whose errors appear next to the field they belong to, in Polish."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from wsparcie_desktop.errors import DomainError

ERROR_STYLE = "color: #b00020; font-weight: bold;"


class ErrorLine(QLabel):
    """One red line for the refusals of a screen part without fields of its own (a page, a list, a tree).

    It is what ``ctx.run(..., form=...)`` needs there: ``show_error`` puts the message in the line, hidden
    again when there is nothing to say.
    """

    def __init__(self, name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, error: DomainError | str | None) -> None:
        text = error.message if isinstance(error, DomainError) else (error or "")
        self.setText(text)
        self.setVisible(bool(text))

    def clear_errors(self) -> None:
        self.show_error(None)


class FieldForm(QFormLayout):
    """A QFormLayout with an error line under each field, addressed by the field's name."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._errors: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self._focus: dict[str, QWidget] = {}  # where a refusal puts the focus, when not the field's widget itself
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

    def add_field(self, name: str, label: str, widget: QWidget, focus: QWidget | None = None) -> QWidget:
        """A labelled row with its error line under it; ``focus`` is the part of a compound ``widget`` (the line
        of a file row, the amount beside its check box) that a refusal of this field moves the focus to."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        error.hide()
        layout.addWidget(error)
        self.addRow(label, box)
        self._errors[name] = error
        self._widgets[name] = widget
        if focus is not None:
            self._focus[name] = focus
        return widget

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.setMinimumHeight(0)
            label.hide()
        self.general_error.hide()

    def show_error(self, error: DomainError) -> None:
        """Put the message under its field and move the focus there; otherwise show it above the form."""
        self.clear_errors()
        label = self._errors.get(error.field or "")
        if label is None:
            self.general_error.setText(error.message)
            self.general_error.show()
            return
        label.setText(error.message)
        label.show()
        box = label.parentWidget()
        if box is not None and box.width() > 0:  # all its lines, at the width it has (the row asks for one line)
            label.setMinimumHeight(label.heightForWidth(box.width()))
        (self._focus.get(error.field) or self._widgets[error.field]).setFocus()

    def label_text(self, name: str) -> str:
        """The field's label as shown, without the & of its access key (for a message that names the field)."""
        widget = self._widgets.get(name)
        label = self.labelForField(widget.parentWidget()) if widget is not None else None
        return label.text().replace("&", "") if isinstance(label, QLabel) else ""

    def error_text(self, name: str) -> str:
        label = self._errors.get(name)
        return label.text() if label is not None and label.isVisible() else ""
