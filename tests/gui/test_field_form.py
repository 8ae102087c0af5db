"""FieldForm: a refusal goes under its field, and the focus to the part of a compound field that was refused."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from ui.widgets.forms import FieldForm
from wsparcie_desktop.errors import DomainError


def test_a_refused_compound_field_focuses_its_line_and_keeps_its_label(qtbot):
    holder = QWidget()
    form = FieldForm(holder)
    qtbot.addWidget(holder)
    name = form.add_field("name", "Nazwa:", QLineEdit())
    path = QLineEdit()
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.addWidget(path)
    layout.addWidget(QPushButton("Wybierz…"))
    form.add_field("path", "&Plik:", row, focus=path)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()

    form.show_error(DomainError("Nie ma takiego pliku.", field="path"))
    qtbot.waitUntil(path.hasFocus)
    assert form.error_text("path") == "Nie ma takiego pliku."
    assert form.label_text("path") == "Plik:", "the label is found from the row, not from the focused line"

    form.show_error(DomainError("Podaj nazwę.", field="name"))
    qtbot.waitUntil(name.hasFocus)
    assert form.error_text("path") == "" and form.error_text("name") == "Podaj nazwę."
