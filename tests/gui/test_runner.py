"""The one runner, the sections' watching and the dialog base: refusals shown one way, changes announced once."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from ui.context import FAILED
from ui.dialogs.base import FormDialog
from ui.widgets.forms import FieldForm
from ui.widgets.section import Section
from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.errors import DomainError, StoreError


def collect(ctx) -> list:
    seen = []
    ctx.signals.changed.connect(lambda change, origin: seen.append((change, origin)))
    return seen


def test_a_success_returns_the_result_and_announces_the_change_once(ctx, qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    seen = collect(ctx)
    change = Change(Kind.PERSON, jst_id=1, ids=(7,))
    assert ctx.run(widget, lambda db, x: change if db is ctx.db and x == 3 else None, 3) is change
    assert seen == [(change, widget)]


def test_a_broken_rule_goes_under_its_field_and_nothing_is_announced(ctx, qtbot, monkeypatch):
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: boxes.append(a[2]))
    widget = QWidget()
    qtbot.addWidget(widget)
    form = FieldForm(widget)
    name = form.add_field("name", "Nazwa:", QLineEdit())
    widget.show()
    name.setText("co wpisano")
    seen = collect(ctx)

    def refuse(_db):
        raise DomainError("Podaj nazwę.", field="name")

    result = ctx.run(widget, refuse, form=form)
    assert result is FAILED and not result
    assert form.error_text("name") == "Podaj nazwę." and boxes == [] and seen == []
    assert name.text() == "co wpisano"
    assert ctx.run(widget, refuse) is FAILED  # without a form: a message box
    assert boxes == ["Podaj nazwę."]


def test_a_store_error_is_shown_in_a_box_and_under_the_form_and_keeps_the_typed_text(ctx, qtbot, monkeypatch):
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: boxes.append(a[2]))
    widget = QWidget()
    qtbot.addWidget(widget)
    form = FieldForm(widget)
    edit = form.add_field("name", "Nazwa:", QLineEdit())
    edit.setText("Nowe Zalesie")

    def locked(_db):
        raise StoreError("Plik danych jest chwilowo zajęty.", reason="database is locked")

    assert ctx.run(widget, locked, form=form) is FAILED
    assert boxes == ["Plik danych jest chwilowo zajęty."]
    assert form.general_error.text() == "Plik danych jest chwilowo zajęty." and edit.text() == "Nowe Zalesie"


class Watching(Section):
    key = "test"
    watches = frozenset({Kind.PERSON})

    def __init__(self, ctx):
        super().__init__(ctx)
        self.reloads, self.own = 0, []

    def title(self) -> str:
        return "test"

    def refresh(self) -> None:
        self.reloads += 1

    def own_change(self, change) -> None:
        self.own.append(change)


def test_a_section_reloads_for_a_watched_change_of_its_jst_and_updates_itself_for_its_own(ctx, qtbot):
    section = Watching(ctx)
    qtbot.addWidget(section)
    section.set_jst(1)
    assert section.reloads == 1
    ctx.announce(Change(Kind.PERSON, jst_id=1), None)
    assert section.reloads == 2
    ctx.announce(Change(Kind.PERSON, jst_id=2), None)  # another JST
    ctx.announce(Change(Kind.SCHOOL, jst_id=1), None)  # a kind it does not show
    assert section.reloads == 2
    child = QWidget(section)
    ctx.announce(Change(Kind.PERSON, jst_id=1, ids=(5,)), child)  # asked for by the section itself
    assert section.reloads == 2 and section.own == [Change(Kind.PERSON, jst_id=1, ids=(5,))]


class NameDialog(FormDialog):
    def __init__(self, ctx, stored: list):
        super().__init__(ctx, "Nazwa")
        self.stored = stored
        self.name = self.form.add_field("name", "Nazwa:", QLineEdit())
        self.name.setText("Zalesie")
        self.finish()

    def save(self, db):
        if not self.name.text().strip():
            raise DomainError("Podaj nazwę.", field="name")
        self.stored.append(self.name.text())
        return Change(Kind.JST, jst_id=1)


def test_the_dialog_saves_through_the_runner_and_keeps_a_refused_form_open(ctx, qtbot):
    stored = []
    dialog = NameDialog(ctx, stored)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("")
    dialog.accept()
    assert dialog.form.error_text("name") == "Podaj nazwę." and dialog.saved is None and not stored
    dialog.name.setText("Nowe Zalesie")
    dialog.accept()
    assert stored == ["Nowe Zalesie"] and dialog.saved == Change(Kind.JST, jst_id=1)
    assert dialog.result() == FormDialog.DialogCode.Accepted


def test_esc_after_a_change_asks_to_save(ctx, qtbot, monkeypatch):
    stored = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or answers.pop(0))
    dialog = NameDialog(ctx, stored)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing changed: closes without asking
    assert asked == [] and not dialog.isVisible()

    dialog = NameDialog(ctx, stored)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Nowe Zalesie")
    dialog.reject()  # Cancel: stays open with the text
    assert dialog.isVisible() and dialog.name.text() == "Nowe Zalesie"
    dialog.reject()  # Save: stored and closed
    assert stored == ["Nowe Zalesie"] and not dialog.isVisible() and len(asked) == 2
