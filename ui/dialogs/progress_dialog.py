"""How an activity was carried out: status (with a reason when cancelled or moved), actual dates, actual cost
and its source, the result achieved, notes, and files of evidence kept in the program.

The plan's own dates and cost are shown above the form for comparison. A file is added to the activity at
once (the activity exists already); the form's fields are stored with Save, in one transaction.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED
from ui.dialogs.base import FormDialog, confirm_delete
from ui.widgets import file_dialogs
from ui.widgets.date_edit import DateEdit, from_qdate, to_qdate
from ui.widgets.forms import ErrorLine
from ui.widgets.money_edit import MoneyEdit
from ui.widgets.text_fields import text_box
from wsparcie_desktop.changes import Change
from wsparcie_desktop.i18n import format_date_short, format_money, format_number
from wsparcie_desktop.services import hdr_progress
from wsparcie_desktop.services.data_tasks import MAX_ATTACHMENT_BYTES, attachment_content, file_size_text
from wsparcie_desktop.services.hdr_plan import FINANCING_LABELS
from wsparcie_desktop.services.hdr_progress import STATUS_LABELS, ProgressData, RealisationRow


class _DateField(QWidget):
    """A date that may be unknown: a check box "known" beside the date field."""

    def __init__(self, name: str, text: str, parent=None):
        super().__init__(parent)
        self.known = QCheckBox(text)
        self.known.setObjectName(f"{name}_known")
        self.edit = DateEdit()
        self.edit.setObjectName(name)
        self.known.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.known)
        row.addWidget(self.edit)
        row.addStretch()

    def set(self, value: dt.date | None, fallback: dt.date) -> None:
        self.known.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(to_qdate(value or fallback))

    def value(self) -> dt.date | None:
        return from_qdate(self.edit.date()) if self.known.isChecked() else None

    def setFocus(self) -> None:  # noqa: N802 — a refusal at the field puts the keyboard on the date itself
        (self.edit if self.known.isChecked() else self.known).setFocus()


class ProgressDialog(FormDialog):
    def __init__(self, ctx, row: RealisationRow, parent: QWidget | None = None):
        super().__init__(ctx, "", parent, min_width=720)
        self.setObjectName("progress_dialog")
        self.row = row
        self.progress = row.progress
        a = row.activity
        self.setWindowTitle(self.tr("Carrying out: %1").replace("%1", f"{row.number}. {a.name}"))
        planned = self.tr("Plan: %1 – %2, %3 (%4)").replace("%1", format_date_short(a.starts_on)) \
            .replace("%2", format_date_short(a.ends_on)).replace("%3", format_money(row.planned_cost)) \
            .replace("%4", FINANCING_LABELS.get(row.planned_financing, ""))  # fmt: skip
        if a.expected_result:
            planned += "\n" + self.tr("Expected result: %1").replace("%1", a.expected_result)
        info = QLabel(planned)
        info.setWordWrap(True)
        info.setObjectName("progress_plan")
        self.body.insertWidget(0, info)

        self.status = QComboBox()
        self.status.setObjectName("progress_status")
        for code, label in STATUS_LABELS.items():
            self.status.addItem(label, code)
        self.reason = text_box("progress_reason", 2)
        self.actual_start = _DateField("progress_actual_start", self.tr("known"))
        self.actual_end = _DateField("progress_actual_end", self.tr("known"))
        self.cost_known = QCheckBox(self.tr("recorded"))
        self.cost_known.setObjectName("progress_cost_known")
        self.cost = MoneyEdit()
        self.cost.setObjectName("progress_cost")
        self.cost_known.toggled.connect(self.cost.setEnabled)
        cost_row = QWidget()
        layout = QHBoxLayout(cost_row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cost_known)
        layout.addWidget(self.cost)
        self.financing = QComboBox()
        self.financing.setObjectName("progress_financing")
        self.financing.addItem(self.tr("as planned (%1)").replace("%1", FINANCING_LABELS.get(a.financing, "")), None)
        for code, label in FINANCING_LABELS.items():
            self.financing.addItem(label, code)
        self.result = text_box("progress_result", 3)
        self.notes = text_box("progress_notes", 2)
        self.form.add_field("status", self.tr("Status:"), self.status)
        self.form.add_field("reason", self.tr("Reason (cancelled, moved, delayed):"), self.reason)
        self.form.add_field("actual_start", self.tr("Actual start:"), self.actual_start)
        self.form.add_field("actual_end", self.tr("Actual end (last day):"), self.actual_end)
        self.form.add_field("actual_cost", self.tr("Actual cost:"), cost_row, focus=self.cost)
        self.form.add_field("actual_financing", self.tr("Paid from:"), self.financing)
        self.form.add_field("result", self.tr("Result achieved:"), self.result)
        self.form.add_field("notes", self.tr("Notes:"), self.notes)

        files = QGroupBox(self.tr("Evidence (files kept in the program, up to %1 each)").replace(
            "%1", file_size_text(MAX_ATTACHMENT_BYTES)))  # fmt: skip
        self.files = QListWidget()
        self.files.setObjectName("progress_files")
        self.files.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.file_error = ErrorLine("progress_file_error")
        buttons = QHBoxLayout()
        for key, text, slot in (("add", self.tr("&Add a file…"), self.add_file),
                                ("save", self.tr("Save the file &to disk…"), self.save_file),
                                ("remove", self.tr("&Remove the file…"), self.remove_file)):  # fmt: skip
            button = QPushButton(text)
            button.setObjectName(f"progress_{key}_file")
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        column = QVBoxLayout(files)
        column.addWidget(self.files)
        column.addLayout(buttons)
        column.addWidget(self.file_error)
        self.body.addWidget(files)
        self.show_progress(self.progress)
        self.finish()

    def show_progress(self, p: ProgressData) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(p.status)))
        self.reason.setPlainText(p.reason)
        today = dt.date.today()
        self.actual_start.set(p.actual_start, min(self.row.activity.starts_on, today))
        self.actual_end.set(p.actual_end, today)
        self.cost_known.setChecked(p.actual_cost is not None)
        self.cost.setEnabled(p.actual_cost is not None)
        self.cost.setText(format_number(p.actual_cost, 2) if p.actual_cost is not None else "")
        self.financing.setCurrentIndex(max(0, self.financing.findData(p.actual_financing)))
        self.result.setPlainText(p.result)
        self.notes.setPlainText(p.notes)
        self.reload_files()

    def data(self) -> ProgressData:
        cost = self.cost.text() if self.cost_known.isChecked() else None  # read and checked by the service
        return ProgressData(
            self.row.activity.id, self.status.currentData(), self.reason.toPlainText(), self.actual_start.value(),
            self.actual_end.value(), cost, self.financing.currentData(), self.result.toPlainText(),
            self.notes.toPlainText(), self.progress.version,
        )  # fmt: skip

    def save(self, db) -> hdr_progress.SavedProgress:
        saved = hdr_progress.save_progress(db, self.data())
        self.progress = saved.progress
        return saved

    # --- files ------------------------------------------------------------------------------------------------
    def reload_files(self, select_id: int | None = None) -> None:
        self.files.clear()
        for info in hdr_progress.list_activity_attachments(self.ctx.db, self.row.activity.id):
            added = format_date_short(info.added_at.date()) if info.added_at else ""
            item = QListWidgetItem(f"{info.filename}   ({info.size_text}, {added})")
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.files.addItem(item)
            if info.id == select_id:
                self.files.setCurrentItem(item)
        if self.files.count() and self.files.currentItem() is None:
            self.files.setCurrentRow(0)

    def _attach(self, db, path: Path) -> Change:
        from wsparcie_desktop.services.data_tasks import check_attachment_size

        check_attachment_size(path.name, path.stat().st_size)  # before reading: a 200 MB scan is never loaded
        return hdr_progress.add_activity_attachment(db, self.row.activity.id, path.name, path.read_bytes())

    def add_file(self) -> int | None:
        chosen = file_dialogs.open_file_name(self, self.tr("Add evidence to the activity"), str(Path.home()))
        if not chosen:
            return None
        path = Path(chosen)
        try:
            change = self.ctx.run(self, self._attach, path, form=self.file_error)
        except OSError as exc:
            self.file_error.show_error(self.tr("The file “%1” could not be read: %2").replace("%1", path.name)
                                       .replace("%2", exc.strerror or str(exc)))  # fmt: skip
            return None
        if change is FAILED:
            return None
        self.file_error.show_error("")
        self.reload_files(change.id)
        return change.id

    def _selected(self) -> int | None:
        item = self.files.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def save_file(self) -> Path | None:
        attachment_id = self._selected()
        if attachment_id is None:
            return None
        name, content = attachment_content(self.ctx.db, attachment_id)
        chosen = file_dialogs.save_file_name(self, self.tr("Save the file to disk"), str(Path.home() / name))
        if not chosen:
            return None
        try:
            Path(chosen).write_bytes(content)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save the file to disk"),
                                self.tr("The file could not be saved in “%1”: %2. Choose another place.")
                                .replace("%1", str(Path(chosen).parent)).replace("%2", exc.strerror or str(exc)))  # fmt: skip
            return None
        return Path(chosen)

    def remove_file(self) -> bool:
        attachment_id = self._selected()
        if attachment_id is None:
            return False
        name = self.files.currentItem().text().split("   ")[0]
        if not confirm_delete(self, self.tr("Remove the file"),
                              self.tr("Remove the file “%1” from the activity?").replace("%1", name)):  # fmt: skip
            return False
        if self.ctx.run(self, hdr_progress.delete_activity_attachment, attachment_id, form=self.file_error) is FAILED:
            return False
        self.reload_files()
        return True
