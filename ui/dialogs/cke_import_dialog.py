"""Import the exam results from the CKE's file of results per school: choose the exam, the year and the file, see
the preview, confirm, read what was stored.

As in the RSPO import, the file is read in a worker thread and nothing is written before the user confirms the
preview; the write is one transaction.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED, AppContext, show_refusal
from ui.dialogs.rspo_import_dialog import WARNING_STYLE, RspoImportDialog
from ui.widgets import file_dialogs
from ui.widgets.forms import FieldForm
from wsparcie_desktop import APP_ID
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_number
from wsparcie_desktop.services import exam_results

LAST_FOLDER_KEY = "cke/last_folder"


class _Reader(QObject):
    progressed = Signal(object, object)  # rows read, rows in all
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, path: str, target, cancel):
        super().__init__()
        self.path, self.target, self.cancel = path, target, cancel

    @Slot()
    def run(self) -> None:
        try:
            result = exam_results.read_cke_file(self.path, self.target, progress=self.progressed.emit,
                                                cancel=self.cancel)  # fmt: skip
        except exam_results.ImportCancelled:
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - the dialog must not wait for ever
            self.failed.emit(exc)
        else:
            self.done.emit(result)


class CkeImportDialog(QDialog):
    def __init__(self, ctx: AppContext, jst_id: int, year: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.jst_id = ctx, jst_id
        self.preview: exam_results.ExamPreview | None = None
        self.report: exam_results.ExamImportReport | None = None
        self._thread: QThread | None = None
        self._reader: _Reader | None = None
        self._cancel: threading.Event | None = None
        self._target = None
        self.setWindowTitle(self.tr("Import exam results from CKE"))
        room = self.screen().availableGeometry()
        self.resize(min(1100, int(room.width() * 0.95)), min(720, int(room.height() * 0.9)))

        self.stack = QStackedWidget()
        self.choose_page = self._build_choose_page(year)
        self.preview_page = self._build_preview_page()
        self.report_page = self._build_report_page()
        for page in (self.choose_page, self.preview_page, self.report_page):
            self.stack.addWidget(page)
        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.clicked.connect(lambda: self._show_page(self.choose_page))
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("cke_import_confirm")
        self.import_button.clicked.connect(self.confirm_import)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._show_page(self.choose_page)

    def _build_choose_page(self, year: int | None) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr(
            "<p>The exam boards publish the results of every school as an XLSX file on the CKE's results map "
            "(<b>mapa.wyniki.edu.pl</b>, results of schools). Download the file of the exam and year, then choose it "
            "below. The program keeps only the schools of this local government, matched by their RSPO number, and "
            "shows what it found before anything is saved.</p>"
        ))  # fmt: skip
        intro.setWordWrap(True)
        self.form = FieldForm()
        self.exam = QComboBox()
        self.exam.setObjectName("cke_exam")
        self.exam.addItem(self.tr("Eighth-grade exam (E8)"), "e8")
        self.exam.addItem(self.tr("Matura"), "em")
        self.form.add_field("exam", self.tr("Exam:"), self.exam)
        self.year = QSpinBox()
        self.year.setObjectName("cke_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(year or dt.date.today().year)
        self.form.add_field("year", self.tr("Year the exam was written:"), self.year)
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("no file chosen yet"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setObjectName("cke_choose_file")
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        self.form.add_field("file", self.tr("File from CKE:"), row_widget)
        self.status = QLabel()
        self.stop_button = QPushButton(self.tr("&Stop reading"))
        self.stop_button.clicked.connect(self.cancel_reading)
        self.stop_button.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.form.general_error)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _build_preview_page(self) -> QWidget:
        page = QWidget()
        self.headline = QLabel()
        self.headline.setObjectName("cke_headline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.warnings = QLabel()
        self.warnings.setObjectName("cke_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        hint = QLabel(self.tr("Untick a school to leave its results out."))
        self.preview_table = RspoImportDialog._table([self.tr("Import"), self.tr("What happens"), self.tr("RSPO no."),
                                                      self.tr("Subjects"), self.tr("Pupils"), self.tr("Name"),
                                                      self.tr("Notes")])  # fmt: skip
        self.preview_table.setObjectName("cke_preview_table")
        layout = QVBoxLayout(page)
        for widget in (self.headline, self.warnings, hint):
            layout.addWidget(widget)
        layout.addWidget(self.preview_table, 1)
        return page

    def _build_report_page(self) -> QWidget:
        page = QWidget()
        self.report_summary = QLabel()
        self.report_summary.setObjectName("cke_report_summary")
        self.report_summary.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.report_summary)
        layout.addStretch(1)
        return page

    def _show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        on_preview = page is self.preview_page
        self.back_button.setVisible(on_preview)
        self.import_button.setVisible(on_preview)
        self.import_button.setDefault(on_preview)
        self.close_button.setText(self.tr("&Close") if page is self.report_page else self.tr("Cancel"))

    # ------------------------------------------------------------------ reading

    def choose_file(self) -> None:
        settings = QSettings(APP_ID, APP_ID)
        folder = str(settings.value(LAST_FOLDER_KEY, "") or Path.home())
        path = file_dialogs.open_file_name(self, self.tr("Choose the results file downloaded from CKE"), folder,
                                           self.tr("Excel workbooks (*.xlsx);;All files (*)"))  # fmt: skip
        if path:
            settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
            self.load_file(path)

    @property
    def reading(self) -> bool:
        return self._thread is not None

    def load_file(self, path: str | Path) -> None:
        """Read ``path`` in the worker thread; the preview shows when it is done (tests call this directly)."""
        if self.reading:
            return
        self.form.clear_errors()
        target = self.ctx.run(self, exam_results.target, self.jst_id, self.exam.currentData(), self.year.value(),
                              form=self.form)  # fmt: skip
        if target is FAILED:
            return
        self._target = target
        self.file_edit.setText(str(path))
        self._cancel = threading.Event()
        self._thread = QThread(self)
        self._reader = _Reader(str(path), target, self._cancel)
        self._reader.moveToThread(self._thread)
        self._thread.started.connect(self._reader.run)
        self._reader.progressed.connect(self._progressed)
        self._reader.done.connect(self._read_done)
        self._reader.failed.connect(self._read_failed)
        self._reader.cancelled.connect(self._read_cancelled)
        self.status.setText(self.tr("Reading the file…"))
        self.stop_button.show()
        self.choose_button.setEnabled(False)
        self._thread.start()

    def _progressed(self, done: int, total: int) -> None:
        self.status.setText(self.tr("Reading the file: row %1 of %2…").replace("%1", format_number(done))
                            .replace("%2", format_number(total)))  # fmt: skip

    def cancel_reading(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._reader.deleteLater()
            self._thread.deleteLater()
        self._thread = self._reader = self._cancel = None
        self.stop_button.hide()
        self.choose_button.setEnabled(True)
        self.status.clear()

    def _read_done(self, cke_file) -> None:
        self._stop_thread()
        preview = self.ctx.run(self, exam_results.build_cke_preview, self._target, cke_file, form=self.form)
        if preview is FAILED:
            return
        self.preview = preview
        self._fill_preview()
        self._show_page(self.preview_page)

    def _read_failed(self, error: Exception) -> None:
        self._stop_thread()
        message = error.message if isinstance(error, DomainError) else self.tr(
            "The file could not be read: %1").replace("%1", str(error))  # fmt: skip
        show_refusal(self, DomainError(message, "file"), self.form)

    def _read_cancelled(self) -> None:
        self._stop_thread()
        self.status.setText(self.tr("Reading stopped — nothing was saved."))

    # ------------------------------------------------------------------ preview and import

    def _fill_preview(self) -> None:
        preview = self.preview
        self.headline.setText(preview.headline())
        warnings = preview.warnings()
        self.warnings.setText("\n\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        actions = {"add": self.tr("add"), "replace": self.tr("replace stored results")}
        table = self.preview_table
        table.setRowCount(len(preview.rows))
        for r, row in enumerate(preview.rows):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Checked)
            tick.setData(Qt.ItemDataRole.UserRole, row.rspo)
            table.setItem(r, 0, tick)
            takers = "—" if row.takers is None else format_number(row.takers)
            RspoImportDialog._put(table, r, [actions[row.action], row.rspo, str(row.subjects), takers, row.name,
                                             "; ".join(row.notes)], bold_first=True)  # fmt: skip
        RspoImportDialog._fit(table)
        self.import_button.setEnabled(bool(preview.rows))

    def excluded(self) -> set[str]:
        left_out = set()
        for r in range(self.preview_table.rowCount()):
            item = self.preview_table.item(r, 0)
            if item is not None and item.checkState() != Qt.CheckState.Checked:
                left_out.add(item.data(Qt.ItemDataRole.UserRole))
        return left_out

    def confirm_import(self) -> None:
        if self.preview is None:
            return
        report = self.ctx.run(self, exam_results.apply_cke_import, self.preview, self.excluded())
        if report is FAILED:
            return
        self.report = report
        text = report.summary()
        if report.skipped:
            text += "\n" + self.tr("Left out: %1").replace("%1", "; ".join(report.skipped))
        self.report_summary.setText(text)
        self._show_page(self.report_page)

    def reject(self) -> None:
        if self.reading:
            self.cancel_reading()
            self._stop_thread()
        if self.report is not None:
            super().accept()
        else:
            super().reject()
