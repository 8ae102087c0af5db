"""The section "Zbieranie danych": tasks typed in, overdue ones marked in words, files kept and given back."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.diagnosis_support import make_process
from ui.dialogs.data_task_dialog import DataTaskDialog
from ui.sections.data_collection import DataCollectionSection
from ui.sections.diagnosis import DiagnosisSection
from ui.widgets import file_dialogs
from wsparcie_desktop.changes import Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.errors import StoreError
from wsparcie_desktop.services import data_tasks, diagnosis
from wsparcie_desktop.services.data_tasks import MAX_ATTACHMENT_BYTES, DataTaskData

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def section(qtbot, ctx, jst_id):
    widget = DataCollectionSection(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.set_jst(jst_id)
    return widget


def test_without_a_process_or_an_area_the_section_points_to_the_process_section(section, db, jst_id):
    assert section.notice.isVisible() and not section.body.isVisible()
    first = section.notice.text()
    make_process(db, jst_id, area_number=None)
    section.refresh()
    assert section.notice.isVisible() and section.notice.text() != first
    assert section.add_task() is None
    make_process(db, jst_id, name="Drugi proces")
    section.ctx.chosen_processes.clear()
    section.refresh()
    assert not section.notice.isVisible() and section.body.isVisible()


def test_a_task_typed_in_the_dialog_is_stored_and_an_overdue_one_is_marked(qtbot, section, db, jst_id, type_text):
    pid = make_process(db, jst_id)
    section.refresh()
    assert section.empty.isVisible()
    qtbot.mouseClick(section.add_button, LEFT)
    dialog = section.findChild(DataTaskDialog)
    type_text(dialog.what, "Wyniki egzaminu ósmoklasisty")
    dialog.source.setCurrentIndex(dialog.source.findData("cke"))
    dialog.collector.setCurrentText("Małgorzata Zając")
    qtbot.mouseClick(dialog.has_due, LEFT)
    dialog.due.setDate(QDate(2026, 3, 6))
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save), LEFT)
    [task] = data_tasks.list_tasks(db, pid)
    assert (task.what, task.source, task.collector, task.due_on, task.status) == (
        "Wyniki egzaminu ósmoklasisty",
        "cke",
        "Małgorzata Zając",
        dt.date(2026, 3, 6),
        "planned",
    )
    assert task.overdue, "the date has passed and the task is not done"
    assert section.table.model().rowCount() == 1
    due = section.table.model().index(0, 3).data()
    assert "PO TERMINIE" in due, "overdue is said in words, not by colour alone"
    assert section.table.model().index(0, 3).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#9a0007"
    assert not section.table.model().index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "1" in section.summary.text()

    # marking it done removes the mark
    section.table.selectRow(0)
    dialog = section.edit_task()
    dialog.status.setCurrentIndex(dialog.status.findData("done"))
    type_text(dialog.findings, "Matematyka 41% wobec 49% w powiecie")
    dialog.accept()
    assert "PO TERMINIE" not in section.table.model().index(0, 3).data()
    assert data_tasks.get_task(db, task.id).findings == "Matematyka 41% wobec 49% w powiecie"


def test_a_task_without_what_shows_the_message_under_the_field(qtbot, section, db, jst_id):
    make_process(db, jst_id)
    section.refresh()
    dialog = section.add_task()
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.form.error_text("what")


def test_files_are_attached_saved_back_and_removed(qtbot, section, db, jst_id, tmp_path, monkeypatch):
    pid = make_process(db, jst_id)
    source = tmp_path / "wykonanie budżetu.csv"
    source.write_bytes(b"rok;plan\n2025;41300\n")
    big = tmp_path / "skan.pdf"
    with open(big, "wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)  # sparse: big on paper, nothing to read
    section.refresh()
    dialog = section.add_task()
    dialog.what.setPlainText("Plan i wykonanie funduszu doskonalenia")
    dialog.source.setCurrentIndex(dialog.source.findData("budget"))
    chosen = [str(big)]
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: chosen[0])
    assert dialog.add_file() is None
    assert "10,0 MB" in dialog.file_error.text() and dialog.file_error.isVisible()
    [task] = data_tasks.list_tasks(db, pid)  # the new task was stored before its first file
    chosen[0] = str(source)
    attachment_id = dialog.add_file()
    assert attachment_id is not None and not dialog.file_error.isVisible()
    assert dialog.files.count() == 1 and "wykonanie budżetu.csv" in dialog.files.item(0).text()
    target = tmp_path / "out" / "kopia.csv"
    target.parent.mkdir()
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: str(target))
    assert dialog.save_file() == target
    assert target.read_bytes() == source.read_bytes()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert dialog.remove_file()
    assert data_tasks.list_attachments(db, task.id) == [] and dialog.files.count() == 0
    dialog.accept()
    assert [t.what for t in data_tasks.list_tasks(db, pid)] == ["Plan i wykonanie funduszu doskonalenia"]


def test_deleting_a_task_cited_as_evidence_asks_and_says_so(qtbot, section, db, jst_id, monkeypatch):
    pid = make_process(db, jst_id)
    tid = data_tasks.save_task(db, pid, DataTaskData(what="Ankieta dla nauczycieli", source="survey")).id
    diagnosis.save_current_state(db, pid, diagnosis.CurrentStateData("Mało wspomagania", "survey", "12%", tid))
    section.refresh()
    section.table.selectRow(0)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: (asked.append(a[2]), QMessageBox.StandardButton.No)[1])  # fmt: skip
    assert not section.delete_task()
    assert "Mało wspomagania" in asked[0]
    assert len(data_tasks.list_tasks(db, pid)) == 1


def test_the_diagnosis_section_shows_progress_and_opens_the_wizard(qtbot, ctx, demo_db):
    db, demo = demo_db
    section = DiagnosisSection(ctx.__class__(db=db, signals=ctx.signals))
    qtbot.addWidget(section)
    section.set_jst(demo.jst_id)
    assert "7" in section.progress.text() and "12 przyczyn" in section.progress.text()
    assert "Objąć procesowym wspomaganiem" in section.summary.text()
    wizard = section.open_wizard()
    qtbot.addWidget(wizard)
    assert wizard.currentId() == 6, "the demo's wizard resumes on its last page"
    wizard.reject()


@pytest.mark.parametrize(
    "answer", [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard]
)
def test_escape_after_typing_findings_asks_before_dropping_them(qtbot, section, db, jst_id, type_text, monkeypatch,
                                                                 answer):  # fmt: skip
    pid = make_process(db, jst_id)
    section.refresh()
    dialog = section.add_task()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not asked and not dialog.isVisible(), "an untouched dialog closes without a question"
    dialog = section.add_task()
    type_text(dialog.what, "Ankieta dla dyrektorów")
    type_text(dialog.findings, "Dyrektorzy chcą szkoleń z oceniania kształtującego")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked, "Esc after typing asks first"
    stored = [t.findings for t in data_tasks.list_tasks(db, pid)]
    if answer == QMessageBox.StandardButton.Cancel:
        assert dialog.isVisible() and "oceniania" in dialog.findings.toPlainText() and stored == []
    elif answer == QMessageBox.StandardButton.Save:
        assert not dialog.isVisible() and stored == ["Dyrektorzy chcą szkoleń z oceniania kształtującego"]
    else:
        assert not dialog.isVisible() and stored == []


def test_due_date_and_status_stay_in_sight_on_a_laptop_screen(qtbot, section, db, jst_id):
    pid = make_process(db, jst_id)
    for source in ("sio", "cke", "budget"):
        data_tasks.save_task(db, pid, DataTaskData(what="Wyniki egzaminu ósmoklasisty 2023–2025 na tle powiatu",
                                                   source=source, collector="Małgorzata Zając-Wiśniewska",
                                                   due_on=dt.date(2026, 3, 5), status="in_progress"))  # fmt: skip
    section.resize(1000, 700)  # what is left beside the JST list on a 1366×768 laptop
    section.refresh()
    qtbot.wait(1)
    header = section.table.horizontalHeader()
    columns = sum(header.sectionSize(c) for c in range(header.count()))
    assert columns <= section.table.viewport().width(), "no column is pushed off to the right"
    assert header.sectionSize(0) >= section.table.viewport().width() // 4, "'What data' keeps the most room"


def test_a_task_saved_elsewhere_shows_in_the_list_without_a_refresh(qtbot, ctx, section, db, jst_id):
    pid = make_process(db, jst_id)
    section.refresh()
    assert section.table.model().rowCount() == 0
    ctx.run(None, data_tasks.save_task, pid, DataTaskData(what="Arkusze organizacyjne szkół", source="school_docs"))
    assert [section.table.model().index(0, 0).data()] == ["Arkusze organizacyjne szkół"]
    section.hide()  # a hidden section reads the change when it is shown again
    ctx.run(None, data_tasks.save_task, pid, DataTaskData(what="Wyniki egzaminu ósmoklasisty", source="cke"))
    section._lazy = True
    ctx.run(None, data_tasks.save_task, pid, DataTaskData(what="Ankieta dla rodziców", source="survey"))
    assert section.table.model().rowCount() == 2, "not read while hidden"
    section.show()
    assert section.table.model().rowCount() == 3


def test_a_task_saved_in_its_dialog_shows_in_the_list_and_is_announced_once(qtbot, ctx, section, db, jst_id, type_text):
    pid = make_process(db, jst_id)
    section.refresh()
    seen = []
    ctx.signals.changed.connect(lambda change, origin: seen.append((change.kind, origin)))
    dialog = section.add_task()
    type_text(dialog.what, "Liczba nauczycieli na szkoleniach")
    dialog.accept()
    [task] = data_tasks.list_tasks(db, pid)
    assert seen == [(Kind.DATA_TASK, dialog)]
    model = section.table.model()
    assert model.rowCount() == 1 and model.index(0, 0).data() == "Liczba nauczycieli na szkoleniach"
    section.table.selectRow(0)
    dialog = section.edit_task()
    dialog.status.setCurrentIndex(dialog.status.findData("in_progress"))
    dialog.accept()
    assert section.table.model().index(0, 4).data() == data_tasks.get_task(db, task.id).status_label == "W trakcie"


def test_a_stale_save_from_the_section_reloads_the_dialog_and_lists_what_was_typed(
    qtbot, ctx, section, db, db_path, jst_id, type_text, monkeypatch
):
    pid = make_process(db, jst_id)
    task_id = data_tasks.save_task(db, pid, DataTaskData(what="Wyniki egzaminu ósmoklasisty", source="cke")).id
    section.refresh()
    section.table.selectRow(0)
    dialog = section.edit_task()
    other = Database(db_path)  # another program on the same file marks the task done
    changed = data_tasks.get_task(other, task_id)
    changed.status = "done"
    data_tasks.save_task(other, pid, changed)
    other.close()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: warnings.append(text))
    type_text(dialog.findings, "Matematyka 41% wobec 49% w powiecie")
    dialog.accept()
    assert dialog.isVisible(), "the dialog stays open with the task as stored now"
    assert len(warnings) == 1 and "Findings: Matematyka 41% wobec 49% w powiecie" in warnings[0]
    assert dialog.status.currentData() == "done" and dialog.findings.toPlainText() == ""
    assert "changed elsewhere" in dialog.form.general_error.text()
    type_text(dialog.findings, "Matematyka 41% wobec 49% w powiecie")
    dialog.accept()
    assert not dialog.isVisible()
    stored = data_tasks.get_task(db, task_id)
    assert (stored.status, stored.findings) == ("done", "Matematyka 41% wobec 49% w powiecie")
    assert section.table.model().index(0, 4).data() == "Zakończone"


def test_a_store_error_keeps_the_dialog_open_with_what_was_typed(qtbot, section, db, jst_id, type_text, monkeypatch):
    pid = make_process(db, jst_id)
    section.refresh()
    dialog = section.add_task()
    type_text(dialog.what, "Ankieta dla dyrektorów")
    type_text(dialog.findings, "Dyrektorzy chcą szkoleń")
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: boxes.append(text))

    def locked(*_args, **_kwargs):
        raise StoreError("Plik danych jest chwilowo zajęty.", reason="database is locked")

    monkeypatch.setattr(data_tasks, "save_task", locked)
    dialog.accept()
    assert boxes == ["Plik danych jest chwilowo zajęty."] and dialog.isVisible()
    assert (dialog.what.toPlainText(), dialog.findings.toPlainText()) == (
        "Ankieta dla dyrektorów",
        "Dyrektorzy chcą szkoleń",
    )
    monkeypatch.undo()
    dialog.accept()
    assert [t.findings for t in data_tasks.list_tasks(db, pid)] == ["Dyrektorzy chcą szkoleń"]
    assert section.table.model().rowCount() == 1


def test_deleting_a_task_goes_through_the_runner_and_the_list_follows(qtbot, ctx, section, db, jst_id, monkeypatch):
    pid = make_process(db, jst_id)
    data_tasks.save_task(db, pid, DataTaskData(what="Ankieta dla nauczycieli", source="survey"))
    section.refresh()
    section.table.selectRow(0)
    seen = []
    ctx.signals.changed.connect(lambda change, origin: seen.append(change))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert section.delete_task()
    assert [(c.kind, c.deleted) for c in seen] == [(Kind.DATA_TASK, True)]
    assert data_tasks.list_tasks(db, pid) == [] and section.empty.isVisible()
