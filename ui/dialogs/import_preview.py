"""The frame every file import shares (schools from RSPO, exam results from CKE): choose the file, see the
preview, confirm, read the report.

The file is read in a worker thread (a national RSPO export is ~45 MB), so the window keeps answering, shows
how far it got and can be stopped. Nothing is written before the user confirms the preview; the write itself
is one transaction in the service. A subclass gives the texts, its own fields on the first page, how to read
the file, how to build the preview and the report, and how to fill their tables.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QThread, Signal, Slot
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

log = logging.getLogger(__name__)
WARNING_STYLE = "background: #fff4d6; border: 1px solid #d9a400; padding: 8px;"
GREY = QBrush(QColor("#666666"))
Read = Callable[[Callable[[int, int], None], threading.Event], object]  # read(progress, cancel) -> what was read


class FileReader(QObject):
    """Runs ``read`` in the worker thread; talks to the dialog only through signals."""

    progressed = Signal(object, object)  # done, in all (Python ints: a file may exceed 2 GB)
    done = Signal(object)
    failed = Signal(object)  # the exception: the dialog shows it in the GUI thread
    cancelled = Signal()

    def __init__(self, read: Read, cancelled_error: type[BaseException], cancel: threading.Event):
        super().__init__()
        self.read, self.cancelled_error, self.cancel = read, cancelled_error, cancel

    @Slot()
    def run(self) -> None:
        try:
            result = self.read(self.progressed.emit, self.cancel)
        except self.cancelled_error:
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - whatever happens, the dialog must not wait for ever
            self.failed.emit(exc)
        else:
            self.done.emit(result)


class ImportPreviewDialog(QDialog):
    """Three pages (choose, preview, report) with Back / Import / Cancel-or-Close under them."""

    NAME = "import"  # prefix of the widgets' object names
    LAST_FOLDER_KEY = "import/last_folder"
    CANCELLED: type[BaseException] = Exception  # what the reader raises when Stop reading is clicked
    SIZE = (1180, 760)

    def __init__(self, ctx: AppContext, jst_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.jst_id = ctx, jst_id
        self.preview = None
        self.report = None
        self.target = None  # what the file is read for: see prepare
        self._thread: QThread | None = None
        self._reader: FileReader | None = None
        self._cancel: threading.Event | None = None
        room = self.screen().availableGeometry()  # a 1366×768 laptop keeps the buttons above its taskbar
        self.resize(min(self.SIZE[0], int(room.width() * 0.95)), min(self.SIZE[1], int(room.height() * 0.9)))

        self.form = FieldForm()
        self.stack = QStackedWidget()
        self.choose_page = self._build_choose_page()
        self.preview_page = self._build_preview_page()
        self.report_page = self._build_report_page()
        for page in (self.choose_page, self.preview_page, self.report_page):
            self.stack.addWidget(page)

        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.clicked.connect(self.back)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName(f"{self.NAME}_import_confirm")
        self.import_button.clicked.connect(self.confirm_import)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.setObjectName(f"{self.NAME}_close")
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

    # ------------------------------------------------------------------ what a subclass gives

    def intro_text(self) -> str:
        """The first page's explanation: where the file comes from (rich text)."""
        raise NotImplementedError

    def add_fields(self, form: FieldForm) -> list[QWidget]:
        """The first page's own fields, above the file field; they are disabled while the file is read."""
        return []

    def file_label(self) -> str:
        raise NotImplementedError

    def below_form(self) -> list[QWidget]:
        """Widgets under the form on the first page."""
        return []

    def choose_caption(self) -> tuple[str, str]:
        """The file dialog's title and its filter."""
        raise NotImplementedError

    def prepare(self):
        """What the file is read for (the running body, the exam and year), from the first page's fields
        through ctx.run, or FAILED when they are refused (shown at the field)."""
        raise NotImplementedError

    def read(self, path: str, target, progress: Callable[[int, int], None], cancel: threading.Event):
        """Read the file for ``target``; runs in the worker thread, so it touches no widget."""
        raise NotImplementedError

    def progress_text(self, done: int, total: int) -> str:
        raise NotImplementedError

    def preview_headers(self) -> list[str]:
        """The preview table's columns: a tick column first, the name last but one, details last."""
        raise NotImplementedError

    def preview_hint(self) -> str:
        raise NotImplementedError

    def report_headers(self) -> list[str] | None:
        """The report table's columns, or None for a report told in its summary alone."""
        return None

    def make_preview(self, read_result):
        """The preview of what was read (through ctx.run, so a refusal shows at the file field), or FAILED."""
        raise NotImplementedError

    def fill_preview(self) -> None:
        raise NotImplementedError

    def apply(self, excluded: set[str]):
        """Write the confirmed preview (through ctx.run); the report, or FAILED."""
        raise NotImplementedError

    def fill_report(self) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------------ pages

    def _build_choose_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.intro_text())
        intro.setWordWrap(True)
        self._own_fields = self.add_fields(self.form)
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("no file chosen yet"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setObjectName(f"{self.NAME}_choose_file")
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        self.form.add_field("file", self.file_label(), file_row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress_label = QLabel()
        self.progress_label.setObjectName(f"{self.NAME}_progress")
        self.cancel_read_button = QPushButton(self.tr("&Stop reading"))
        self.cancel_read_button.clicked.connect(self.cancel_reading)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_read_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.form.general_error)
        layout.addLayout(self.form)
        for widget in self.below_form():
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.progress_label)
        layout.addLayout(progress_row)
        layout.addStretch(1)
        self._set_reading(False)
        return page

    def _build_preview_page(self) -> QWidget:
        page = QWidget()
        self.headline = QLabel()
        self.headline.setObjectName(f"{self.NAME}_headline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.file_facts = QLabel()
        self.file_facts.setStyleSheet("color: #444;")
        self.file_facts.setWordWrap(True)
        self.file_facts.hide()
        self.warnings = QLabel()
        self.warnings.setObjectName(f"{self.NAME}_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        hint = QLabel(self.preview_hint())
        hint.setWordWrap(True)
        self.preview_table = self.table(self.preview_headers())
        self.preview_table.setObjectName(f"{self.NAME}_preview_table")
        layout = QVBoxLayout(page)
        for widget in (self.headline, self.file_facts, self.warnings, hint):
            layout.addWidget(widget)
        layout.addWidget(self.preview_table, 1)
        return page

    def _build_report_page(self) -> QWidget:
        page = QWidget()
        self.report_summary = QLabel()
        self.report_summary.setObjectName(f"{self.NAME}_report_summary")
        self.report_summary.setWordWrap(True)
        font = self.report_summary.font()
        font.setBold(True)
        self.report_summary.setFont(font)
        layout = QVBoxLayout(page)
        layout.addWidget(self.report_summary)
        headers = self.report_headers()
        self.report_table = self.table(headers) if headers else None
        if self.report_table is not None:
            self.report_table.setObjectName(f"{self.NAME}_report_table")
            layout.addWidget(self.report_table, 1)
        else:
            layout.addStretch(1)
        return page

    def table(self, headers: list[str]) -> QTableWidget:
        """A read-only table whose last but one column (a name) wraps and whose last (details) takes the rest;
        rows grow to their wrapped text, and the widths follow the table's own width (see :meth:`fit`)."""
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 2, QHeaderView.ResizeMode.Interactive)  # the name: see fit
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        table.viewport().installEventFilter(self)
        return table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            for table in (self.preview_table, self.report_table):
                if table is not None and watched is table.viewport():
                    self.fit(table)
        return super().eventFilter(watched, event)

    @staticmethod
    def fit(table: QTableWidget) -> None:
        """Share the width left by the short columns between the name and the details, so that neither a
        long school name nor a long reason (why a row was skipped) is squeezed to a word a line: the name
        takes what it needs up to 45 % of that width, the details the rest."""
        name = table.columnCount() - 2
        fixed = sum(table.columnWidth(c) for c in range(name))
        room = max(0, table.viewport().width() - fixed)
        wanted = max(table.sizeHintForColumn(name), table.horizontalHeader().sectionSizeHint(name))
        table.setColumnWidth(name, max(120, min(wanted, int(room * 0.45))))

    @staticmethod
    def put(table: QTableWidget, row: int, values: list[str], bold_first: bool = False, grey: bool = False) -> None:
        """The row's cells from the column ``values`` end at (the last one); the last also as a tooltip."""
        first = table.columnCount() - len(values)
        for c, value in enumerate(values, start=first):
            item = QTableWidgetItem(value)
            if grey:
                item.setForeground(GREY)
            if bold_first and c == first:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            if c == table.columnCount() - 1 and value:
                item.setToolTip(value)
            table.setItem(row, c, item)

    @staticmethod
    def tick(key: str, checkable: bool = True) -> QTableWidgetItem:
        """The first column's cell: ticked (the row is imported) unless unticked by the user."""
        item = QTableWidgetItem()
        if checkable:
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked)
        else:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setData(Qt.ItemDataRole.UserRole, key)
        return item

    def show_warnings(self, warnings: list[str]) -> None:
        self.warnings.setText("\n\n".join(warnings))
        self.warnings.setVisible(bool(warnings))

    def show_file_facts(self, text: str) -> None:
        self.file_facts.setText(text)
        self.file_facts.setVisible(bool(text))

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
        folder = str(settings.value(self.LAST_FOLDER_KEY, "") or Path.home())
        title, filters = self.choose_caption()
        path = file_dialogs.open_file_name(self, title, folder, filters)
        if path:
            settings.setValue(self.LAST_FOLDER_KEY, str(Path(path).parent))
            self.load_file(path)

    def load_file(self, path: str | Path) -> None:
        """Read ``path`` in the worker thread; the preview shows when it is done (tests call this directly)."""
        if self.reading:
            return
        self.form.clear_errors()
        target = self.prepare()
        if target is FAILED:
            return
        self.target = target
        self.file_edit.setText(str(path))
        self._cancel = threading.Event()
        self._thread = QThread(self)
        self._reader = FileReader(lambda progress, cancel: self.read(str(path), target, progress, cancel),
                                  self.CANCELLED, self._cancel)  # fmt: skip
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
        for widget in self._own_fields:
            widget.setEnabled(not reading)

    def _progressed(self, done: int, total: int) -> None:
        if total:
            self.progress.setValue(int(1000 * min(done, total) / total))
            self.progress_label.setText(self.progress_text(done, total))

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._reader.deleteLater()
            self._thread.deleteLater()
        self._thread = self._reader = self._cancel = None
        self._set_reading(False)

    def _read_done(self, read_result) -> None:
        self._stop_thread()
        self.progress_label.clear()
        preview = self.make_preview(read_result)
        if preview is FAILED:
            return
        self.preview = preview
        self.fill_preview()
        self.preview_table.setCurrentCell(-1, -1)
        self.import_button.setEnabled(bool(preview.rows))
        self._show_page(self.preview_page)

    def _read_failed(self, error: Exception) -> None:
        """A refused file is explained in its own words, anything else as a file that could not be read;
        either way under the file field, the one way the runner shows a refusal."""
        self._stop_thread()
        self.progress_label.clear()
        if isinstance(error, DomainError):
            message = error.message
        else:  # the error's own text is English and technical: kept in the log, named by its kind here
            log.error("Reading %s failed", self.file_edit.text(), exc_info=error)
            message = self.tr("The file could not be read: it is damaged or not in the form expected (%1).").replace(
                "%1", type(error).__name__)  # fmt: skip
        show_refusal(self, DomainError(message, "file"), self.form)

    def _read_cancelled(self) -> None:
        self._stop_thread()
        self.progress_label.setText(self.tr("Reading stopped — nothing was saved."))

    # ------------------------------------------------------------------ preview and import

    def excluded(self) -> set[str]:
        """The keys of the rows the user unticked in the preview."""
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
        report = self.apply(self.excluded())
        if report is FAILED:
            return
        self.report = report
        self.report_summary.setText(report.summary())
        self.fill_report()
        if self.report_table is not None:
            self.report_table.setCurrentCell(-1, -1)
        self._show_page(self.report_page)

    # ------------------------------------------------------------------ closing

    def reject(self) -> None:
        if self.reading:
            self.cancel_reading()
            self._stop_thread()
        if self.report is not None:
            super().accept()  # the import happened: closing the report is not a cancel
        else:
            super().reject()
