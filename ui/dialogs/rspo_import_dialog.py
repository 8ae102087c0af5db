"""Import the schools register from the RSPO export: choose the file, see the preview, confirm, read the report.

The file is read in a worker thread (a national export is ~45 MB), so the window keeps answering,
shows how far it got and can be stopped. Nothing is written before the user confirms the preview;
the write itself is one transaction.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QThread, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED, AppContext, show_refusal
from ui.widgets import file_dialogs
from ui.widgets.forms import FieldForm
from wsparcie_desktop import APP_ID
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_number
from wsparcie_desktop.services import jst as jst_service
from wsparcie_desktop.services import schools_rspo

LAST_FOLDER_KEY = "rspo/last_folder"
WARNING_STYLE = "background: #fff4d6; border: 1px solid #d9a400; padding: 8px;"
GREY = QBrush(QColor("#666666"))


def _megabytes(n: int) -> str:
    """A file's size as read: '45,2 MB', '5 kB' (a small file is not '0,0 MB'), '300 B'."""
    if n >= 2**20:
        return f"{format_number(n / 2**20, 1)} MB"
    if n >= 1024:
        return f"{format_number(round(n / 1024))} kB"
    return f"{format_number(n)} B"


class _Reader(QObject):
    """Reads the file in the worker thread; talks to the dialog only through signals."""

    progressed = Signal(object, object)  # bytes read, bytes in all (Python ints: files may exceed 2 GB)
    done = Signal(object)
    failed = Signal(object)  # the exception: the dialog shows it in the GUI thread
    cancelled = Signal()

    def __init__(self, path: str, body, cancel):
        super().__init__()
        self.path, self.body, self.cancel = path, body, cancel

    @Slot()
    def run(self) -> None:
        try:
            result = schools_rspo.read_file(self.path, self.body, progress=self.progressed.emit, cancel=self.cancel)
        except schools_rspo.ImportCancelled:
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - whatever happens, the dialog must not wait for ever
            self.failed.emit(exc)
        else:
            self.done.emit(result)


class RspoImportDialog(QDialog):
    def __init__(self, ctx: AppContext, jst_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.jst_id = ctx, jst_id
        self.profile = jst_service.get_profile(ctx.db, jst_id)
        self.preview: schools_rspo.ImportPreview | None = None
        self.report: schools_rspo.ImportReport | None = None
        self._thread: QThread | None = None
        self._reader: _Reader | None = None
        self._cancel = None
        self._body = None
        self.setWindowTitle(self.tr("Import schools from RSPO — %1").replace("%1", self.profile.name))
        room = self.screen().availableGeometry()  # a 1366×768 laptop keeps the buttons above its taskbar
        self.resize(min(1180, int(room.width() * 0.95)), min(760, int(room.height() * 0.9)))

        self.stack = QStackedWidget()
        self.choose_page = self._build_choose_page()
        self.preview_page = self._build_preview_page()
        self.report_page = self._build_report_page()
        for page in (self.choose_page, self.preview_page, self.report_page):
            self.stack.addWidget(page)

        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.clicked.connect(self.back)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("rspo_import_confirm")
        self.import_button.clicked.connect(self.confirm_import)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.setObjectName("rspo_close")
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

    # ------------------------------------------------------------------ pages

    def _build_choose_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr(
            "<p>The program can load the list of your schools from the national registry of schools (RSPO).</p>"
            "<ol><li>On <b>rspo.gov.pl</b> search for schools — of your voivodeship or of the whole country — "
            "and click <b>Pobierz wyniki</b>. The browser saves a CSV file.</li>"
            "<li>Choose that file below. The program keeps only the schools run by this local government "
            "and shows you what would change before anything is saved.</li></ol>"
        ))  # fmt: skip
        intro.setWordWrap(True)
        self.form = FieldForm()
        self.body_name = self.form.add_field("body_name", self.tr("Running body as written in RSPO:"), QLineEdit())
        self.body_name.setObjectName("rspo_body_name")
        self.body_name.setText(self.profile.name)
        if self.profile.teryt:
            teryt_text = self.tr("Schools are also found by the TERYT code in the profile: %1 (they must stand "
                                 "in this area and be run by it).").replace("%1", self.profile.teryt)  # fmt: skip
        else:
            teryt_text = self.tr("The profile has no TERYT code, so schools are found by the running body's name "
                                 "only. Add the code in the profile to find them more reliably.")  # fmt: skip
        teryt = QLabel(teryt_text)
        teryt.setWordWrap(True)
        teryt.setStyleSheet("color: #444;")
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("no file chosen yet"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setObjectName("rspo_choose_file")
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        self.form.add_field("file", self.tr("File from RSPO:"), file_row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress_label = QLabel()
        self.cancel_read_button = QPushButton(self.tr("&Stop reading"))
        self.cancel_read_button.clicked.connect(self.cancel_reading)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_read_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.form.general_error)
        layout.addLayout(self.form)
        layout.addWidget(teryt)
        layout.addSpacing(12)
        layout.addWidget(self.progress_label)
        layout.addLayout(progress_row)
        layout.addStretch(1)
        self._set_reading(False)
        return page

    def _build_preview_page(self) -> QWidget:
        page = QWidget()
        self.headline = QLabel()
        self.headline.setObjectName("rspo_headline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.file_facts = QLabel()
        self.file_facts.setStyleSheet("color: #444;")
        self.file_facts.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("rspo_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        hint = QLabel(self.tr("Untick a school to leave it out. Schools already up to date and skipped rows "
                              "are listed for information."))  # fmt: skip
        hint.setWordWrap(True)
        self.preview_table = self._table([self.tr("Import"), self.tr("What happens"), self.tr("Line"),
                                          self.tr("RSPO no."), self.tr("Name"), self.tr("Details")])  # fmt: skip
        self.preview_table.setObjectName("rspo_preview_table")
        layout = QVBoxLayout(page)
        for widget in (self.headline, self.file_facts, self.warnings, hint):
            layout.addWidget(widget)
        layout.addWidget(self.preview_table, 1)
        return page

    def _build_report_page(self) -> QWidget:
        page = QWidget()
        self.report_summary = QLabel()
        self.report_summary.setObjectName("rspo_report_summary")
        self.report_summary.setWordWrap(True)
        font = self.report_summary.font()
        font.setBold(True)
        self.report_summary.setFont(font)
        self.report_table = self._table([self.tr("Result"), self.tr("RSPO no."), self.tr("Name"), self.tr("Details")])
        self.report_table.setObjectName("rspo_report_table")
        layout = QVBoxLayout(page)
        layout.addWidget(self.report_summary)
        layout.addWidget(self.report_table, 1)
        return page

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        # rows follow the columns' widths as the dialog is laid out or resized (wrapped names, long details)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 2, QHeaderView.ResizeMode.Interactive)  # the name: see _fit
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        return table

    @staticmethod
    def _fit(table: QTableWidget) -> None:
        """A long school name wraps in its row instead of pushing the details (what changes, why a row is
        skipped) out of sight to the right."""
        name = table.columnCount() - 2
        table.resizeColumnToContents(name)
        table.setColumnWidth(name, min(table.columnWidth(name), max(240, table.viewport().width() * 2 // 5)))

    def _show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        on_preview = page is self.preview_page
        self.back_button.setVisible(on_preview)
        self.import_button.setVisible(on_preview)
        self.import_button.setDefault(on_preview)
        self.close_button.setText(self.tr("&Close") if page is self.report_page else self.tr("Cancel"))
        self.close_button.setDefault(page is self.report_page)

    # ------------------------------------------------------------------ reading

    def choose_file(self) -> None:
        settings = QSettings(APP_ID, APP_ID)
        folder = str(settings.value(LAST_FOLDER_KEY, "") or Path.home())
        path = file_dialogs.open_file_name(
            self, self.tr("Choose the file downloaded from RSPO"), folder,
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )  # fmt: skip
        if path:
            settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
            self.load_file(path)

    def load_file(self, path: str | Path) -> None:
        """Read ``path`` in the worker thread; the preview shows when it is done (tests call this directly)."""
        if self.reading:
            return
        self.form.clear_errors()
        body = self.ctx.run(self, schools_rspo.running_body, self.jst_id, self.body_name.text(), form=self.form)
        if body is FAILED:
            return
        self._body = body
        self.file_edit.setText(str(path))
        self._cancel = threading.Event()
        self._thread = QThread(self)
        self._reader = _Reader(str(path), self._body, self._cancel)
        self._reader.moveToThread(self._thread)
        self._thread.started.connect(self._reader.run)
        self._reader.progressed.connect(self._progressed)
        self._reader.done.connect(self._read_done)
        self._reader.failed.connect(self._read_failed)
        self._reader.cancelled.connect(self._read_cancelled)
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Reading the file…"))
        self._set_reading(True)
        self._thread.start()

    @property
    def reading(self) -> bool:
        return self._thread is not None

    def cancel_reading(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.progress_label.setText(self.tr("Stopping…"))

    def _set_reading(self, reading: bool) -> None:
        self.progress.setVisible(reading)
        self.cancel_read_button.setVisible(reading)
        self.choose_button.setEnabled(not reading)
        self.body_name.setEnabled(not reading)

    def _progressed(self, done: int, total: int) -> None:
        if total:
            self.progress.setValue(int(1000 * done / total))
            self.progress_label.setText(self.tr("Reading the file: %1 of %2…").replace("%1", _megabytes(done))
                                        .replace("%2", _megabytes(total)))  # fmt: skip

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._reader.deleteLater()
            self._thread.deleteLater()
        self._thread = self._reader = self._cancel = None
        self._set_reading(False)

    def _read_done(self, rspo_file) -> None:
        self._stop_thread()
        self.progress_label.clear()
        preview = self.ctx.run(self, schools_rspo.build_preview, self.jst_id, self._body, rspo_file, form=self.form)
        if preview is FAILED:
            return
        self.preview = preview
        self._fill_preview()
        self._show_page(self.preview_page)

    def _read_failed(self, error: Exception) -> None:
        """A refused file is explained in its own words, anything else as a file that could not be read;
        either way under the file field, the one way the runner shows a refusal."""
        self._stop_thread()
        self.progress_label.clear()
        if isinstance(error, DomainError):
            message = error.message
        else:
            message = self.tr("The file could not be read: %1").replace("%1", str(error))
        show_refusal(self, DomainError(message, "file"), self.form)

    def _read_cancelled(self) -> None:
        self._stop_thread()
        self.progress_label.setText(self.tr("Reading stopped — nothing was saved."))

    # ------------------------------------------------------------------ preview and import

    def _fill_preview(self) -> None:
        preview = self.preview
        self.headline.setText(preview.headline())
        rspo_file = preview.file
        facts = self.tr("File: %1 — %2, encoding %3.").replace("%1", rspo_file.file_name)
        self.file_facts.setText(facts.replace("%2", _megabytes(rspo_file.size)).replace("%3", rspo_file.encoding))
        warnings = preview.warnings()
        self.warnings.setText("\n\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        actions = {"add": self.tr("add"), "update": self.tr("update"), "unchanged": self.tr("no change")}
        rows = [(row, actions[row.action]) for row in preview.rows]
        table = self.preview_table
        table.setRowCount(len(rows) + len(rspo_file.skipped))
        for r, (row, action) in enumerate(rows):
            tick = QTableWidgetItem()
            if row.action != "unchanged":
                tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                tick.setCheckState(Qt.CheckState.Checked)
            else:
                tick.setFlags(Qt.ItemFlag.ItemIsEnabled)
            tick.setData(Qt.ItemDataRole.UserRole, row.rspo)
            table.setItem(r, 0, tick)
            self._put(table, r, [action, str(row.line), row.rspo, row.name, row.details()],
                      bold_first=row.action != "unchanged")  # fmt: skip
        for k, skipped in enumerate(rspo_file.skipped, start=len(rows)):
            table.setItem(k, 0, QTableWidgetItem())
            self._put(table, k, [self.tr("skipped"), str(skipped.line), skipped.rspo, skipped.name, skipped.reason],
                      grey=True)  # fmt: skip
        self._fit(table)
        table.setCurrentCell(-1, -1)
        self.import_button.setEnabled(bool(preview.rows))
        self.import_button.setText(self.tr("&Import"))

    @staticmethod
    def _put(table: QTableWidget, row: int, values: list[str], bold_first: bool = False, grey: bool = False) -> None:
        for c, value in enumerate(values, start=table.columnCount() - len(values)):
            item = QTableWidgetItem(value)
            if grey:
                item.setForeground(GREY)
            if bold_first and c == table.columnCount() - len(values):
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            table.setItem(row, c, item)

    def excluded(self) -> set[str]:
        """RSPO numbers the user unticked in the preview."""
        left_out = set()
        for r in range(self.preview_table.rowCount()):
            item = self.preview_table.item(r, 0)
            checkable = item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable
            if checkable and item.checkState() != Qt.CheckState.Checked:
                left_out.add(item.data(Qt.ItemDataRole.UserRole))
        return left_out

    def back(self) -> None:
        self._show_page(self.choose_page)

    def confirm_import(self) -> None:
        if self.preview is None:
            return
        report = self.ctx.run(self, schools_rspo.apply_import, self.preview, self.excluded())
        if report is FAILED:
            return
        self.report = report
        self._fill_report()
        self._show_page(self.report_page)

    def _fill_report(self) -> None:
        report = self.report
        self.report_summary.setText(report.summary())
        lines = []
        for label, entries in ((self.tr("added"), report.added), (self.tr("updated"), report.updated),
                               (self.tr("no change"), report.unchanged)):  # fmt: skip
            lines += [(label, line.rspo, line.name, line.details()) for line in entries]
        line_label = self.tr("line %1")  # outside the f-string, where lupdate finds it
        lines += [(self.tr("skipped"), k.rspo, k.name, f"{line_label.replace('%1', str(k.line))}: {k.reason}")
                  for k in report.skipped]  # fmt: skip
        self.report_table.setRowCount(len(lines))
        for r, values in enumerate(lines):
            self._put(self.report_table, r, list(values), bold_first=True)
        self._fit(self.report_table)
        self.report_table.setCurrentCell(-1, -1)

    # ------------------------------------------------------------------ closing

    def reject(self) -> None:
        if self.reading:
            self.cancel_reading()
            self._stop_thread()
        if self.report is not None:
            super().accept()  # the import happened: closing the report is not a cancel
        else:
            super().reject()
