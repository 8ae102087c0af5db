"""A list of records with a form under it: pick a row, change it, move on — each row is stored as it is left.

Used by the pages of the deep diagnosis. The form is saved through the page's service when the user picks
another row, starts a new record, presses Ctrl+S or the Save button, or leaves the page (``commit``), so
closing the wizard loses at most what is being typed. Every save and delete goes through the runner
(``ctx.run``), which announces its Change: a rule broken on saving is shown under its field and the selection
stays where it was, so nothing is half-written and nothing is silently dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED, AppContext
from ui.dialogs.base import confirm_delete
from ui.widgets.forms import FieldForm
from ui.widgets.stale_edit import show_stale
from wsparcie_desktop.changes import Change
from wsparcie_desktop.errors import StaleEditError


class RecordEditor(QWidget):
    """Subclasses implement the hooks below and set ``page``, the page (or section) they sit on, whose ``ctx``
    runs their saves; ``key`` identifies a record (its id by default)."""

    saved = Signal(object)  # the key of the record just stored
    records_changed = Signal()

    allow_new = True

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.records: list[Any] = []
        self.current_key: Any = None
        self._dirty = False
        self._loading = False
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Rows grow with their wrapped text; recomputed (once, after the layout settles) when columns change width.
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.table.resizeRowsToContents)
        self.table.horizontalHeader().sectionResized.connect(lambda *_a: self._rows_timer.start())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.form = FieldForm()
        self.box = QGroupBox()
        box_layout = QVBoxLayout(self.box)
        box_layout.addWidget(self.form.general_error)
        box_layout.addLayout(self.form)
        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.setObjectName("record_new")
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("record_save")
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.clicked.connect(lambda: self.commit())
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setObjectName("record_delete")
        self.delete_button.clicked.connect(self.delete_current)
        for button in (self.new_button, self.save_button, self.delete_button):
            button.setAutoDefault(False)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.commit(),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.new_button)
        self.buttons.addWidget(self.save_button)
        self.buttons.addWidget(self.delete_button)
        self.buttons.addStretch()
        # The list and the form share the height; when it is short the form scrolls rather than squeezing
        # its fields, and the user can drag the divider.
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(self.buttons)
        self.table.setMinimumHeight(140)
        scroll = self.scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.box)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.new_button.setVisible(self.allow_new)

    def showEvent(self, event) -> None:  # noqa: N802 — Qt's name
        """Give the form the height it needs (up to most of the page) the first time the editor is shown."""
        super().showEvent(event)
        if not getattr(self, "_sized", False):
            self._sized = True
            total = max(self.splitter.height(), 400)
            form = min(self.box.sizeHint().height() + 8, int(total * 0.65))
            self.splitter.setSizes([total - form, form])
        self._rows_timer.start()

    def fit_column(self, column: int) -> None:
        """A narrow column (a number) as wide as its contents; the others share the rest."""
        self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    # --- hooks ------------------------------------------------------------------------------------------
    def fetch(self) -> list[Any]:
        raise NotImplementedError

    def key(self, record: Any) -> Any:
        return record.id

    def row_values(self, number: int, record: Any) -> list[str]:
        raise NotImplementedError

    def fill(self, record: Any | None) -> None:
        """Show the record in the form (None: an empty form for a new one)."""
        raise NotImplementedError

    def is_blank(self) -> bool:
        """True when a new record's form holds nothing worth storing."""
        return True

    def store(self, record: Any | None) -> Any:
        """Save the form (over ``record``, or as a new one when None) with one service call and return its Change
        (the runner announces it); when nothing needed storing, return the record's key instead.

        A DomainError raised here (also before the call, for a form that cannot be stored) is shown under its field.
        """
        raise NotImplementedError

    def stored_key(self, change: Change, record: Any | None) -> Any:
        """The key of the record ``store`` just saved: the stored row's id, unless ``key`` names records otherwise."""
        return change.id

    def dependants(self, record: Any) -> list[str]:
        return []

    def unsaved_values(self, record: Any | None) -> list[str]:
        """'Label: typed value' for what the user changed in the form, shown when the save is refused as stale."""
        return []

    def remove(self, record: Any) -> Any:
        """Delete the record with one service call and return its Change."""
        raise NotImplementedError

    def describe(self, record: Any) -> str:
        return ""

    def box_title(self, record: Any | None) -> str:
        return self.tr("New entry") if record is None else self.tr("Selected entry")

    @property
    def ctx(self) -> AppContext:
        return self.page.ctx

    # --- state --------------------------------------------------------------------------------------------
    def watch(self, *signals: Callable) -> None:
        """Mark the form changed whenever one of these signals fires (textChanged, currentIndexChanged …)."""
        for signal in signals:
            signal.connect(self.mark_dirty)

    def mark_dirty(self, *_args) -> None:
        if not self._loading:
            self._dirty = True

    @property
    def dirty(self) -> bool:
        return self._dirty

    def current_record(self) -> Any | None:
        return next((r for r in self.records if self.key(r) == self.current_key), None)

    def reload(self, select_key: Any = None) -> None:
        self.records = self.fetch()
        self._loading = True
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.records))
        selected_row = -1
        for row, record in enumerate(self.records):
            for column, value in enumerate(self.row_values(row + 1, record)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
            if select_key is not None and self.key(record) == select_key:
                selected_row = row
        self.table.clearSelection()
        if selected_row >= 0:
            self.table.selectRow(selected_row)
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)
        self._loading = False
        if selected_row >= 0:
            self._show(self.records[selected_row])
        elif self.allow_new:
            self._show(None)
        elif self.records:
            self.current_key = None
            self.table.selectRow(0)  # shows it through the selection signal
        else:
            self._show(None)
        self.delete_button.setEnabled(self.current_key is not None)
        self.records_changed.emit()

    def _show(self, record: Any | None) -> None:
        self._loading = True
        try:
            self.current_key = None if record is None else self.key(record)
            self.form.clear_errors()
            self.fill(record)
            self.box.setTitle(self.box_title(record))
        finally:
            self._loading = False
            self._dirty = False
        self.delete_button.setEnabled(record is not None)

    def _selection_changed(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        record = self.records[min(rows)] if rows else None
        if record is not None and self.key(record) == self.current_key:
            return
        if not self.commit(reload=False):
            self._select_key(self.current_key)  # stay on the row whose form has an error
            return
        if record is not None:
            self._show(record)
        elif self.allow_new:
            self._show(None)

    def scroll_to(self, key: Any) -> None:
        """Bring a row into view without selecting it (the form keeps what it shows)."""
        for row, record in enumerate(self.records):
            if self.key(record) == key:
                self.table.scrollToItem(self.table.item(row, 0))

    def _select_key(self, key: Any) -> None:
        self.table.blockSignals(True)
        self.table.clearSelection()
        for row, record in enumerate(self.records):
            if self.key(record) == key:
                self.table.selectRow(row)
        self.table.blockSignals(False)

    # --- actions -----------------------------------------------------------------------------------------
    def commit(self, reload: bool = True) -> bool:
        """Store the form if it changed; False (with the message under its field) when a rule is broken."""
        if not self._dirty:
            return True
        record = self.current_record()
        if record is None and self.current_key is None and self.is_blank():
            self._dirty = False
            return True
        stale: list[StaleEditError] = []
        result = self.ctx.run(self, lambda _db: self.store(record), form=self.form, on_stale=stale.append)
        if stale:  # changed elsewhere since it was shown: show it as stored now, and list what was typed
            unsaved = self.unsaved_values(record)
            self._dirty = False
            self.reload(select_key=self.current_key)
            show_stale(self, stale[0], unsaved)
            return False
        if result is FAILED:
            return False
        key = self.stored_key(result, record) if isinstance(result, Change) else result
        self._dirty = False
        self.form.clear_errors()
        if reload:
            self.reload(select_key=key)
        else:
            self.records = self.fetch()
            self._refresh_rows()
        self.saved.emit(key)
        return True

    def _refresh_rows(self) -> None:
        """Update the texts of the rows after a save without moving the selection the user just made."""
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            for column, value in enumerate(self.row_values(row + 1, record)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)
        self.records_changed.emit()

    def start_new(self) -> None:
        if not self.commit():
            return
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.blockSignals(False)
        self._show(None)
        self.focus_form()

    def focus_form(self) -> None:
        """Put the cursor in the first field of the form."""
        if self.form.rowCount():
            item = self.form.itemAt(0, self.form.ItemRole.FieldRole)
            if item is not None and item.widget() is not None:
                item.widget().setFocus()
                children = item.widget().findChildren(QWidget)
                if children:
                    children[0].setFocus()

    def delete_current(self) -> None:
        record = self.current_record()
        if record is None:
            self._show(None)
            return
        if not confirm_delete(self, self.tr("Delete"), self.tr("Delete “%1”?").replace("%1", self.describe(record)),
                              self.dependants(record)):  # fmt: skip
            return
        if self.ctx.run(self, lambda _db: self.remove(record)) is FAILED:
            return
        self._dirty = False
        self.current_key = None
        self.reload()
