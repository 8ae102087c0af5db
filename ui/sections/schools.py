"""Schools and kindergartens the JST runs: a sortable, searchable list with import from RSPO and XLSX export."""

from __future__ import annotations

import heapq
import math
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QFontMetricsF, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
)

from ui.context import FAILED
from ui.dialogs.base import confirm_delete
from ui.dialogs.document_output import DocumentOutput, show_failure
from ui.dialogs.school_dialog import SchoolDialog
from ui.models.schools_model import ID_ROLE, SchoolsFilterProxy, SchoolsTableModel
from ui.widgets import file_dialogs
from ui.widgets.section import Section
from wsparcie_desktop import APP_ID
from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.services import jst as jst_service
from wsparcie_desktop.services import schools

EXPORT_FOLDER_KEY = "schools/export_folder"
MEASURED_TEXTS = 200  # a column is as wide as the widest of its longest 200 different texts
SCHOOLS_DOCUMENT = "wykaz-szkol"  # 'Wykaz szkół i placówek', built by wsparcie_desktop/reports/schools_list.py


class SchoolsSection(Section):
    key = "schools"
    watches = frozenset({Kind.SCHOOL})

    def title(self) -> str:
        return self.tr("Schools")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.model = SchoolsTableModel(self)
        self.proxy = SchoolsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.import_dialog = None  # RspoImportDialog, loaded with the importers on first use
        self._text_widths: dict[str, int] = {}  # a text's width in the table's font, for _size_columns

        self.search = QLineEdit()
        self.search.setObjectName("schools_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name, town, RSPO number or director…"))
        self.search.textChanged.connect(self._filter_changed)
        self.search.setProperty("reads", True)  # a search: a user who only reads keeps it (read_only.py)
        self.type_filter = QComboBox()
        self.type_filter.setProperty("reads", True)  # a filter: a user who only reads keeps it (read_only.py)
        self.type_filter.setObjectName("schools_type_filter")
        self.type_filter.addItem(self.tr("All types"), "")
        for code, label in schools.type_options():
            self.type_filter.addItem(label, code)
        self.type_filter.currentIndexChanged.connect(self._filter_changed)

        self.table = QTableView()
        self.table.setObjectName("schools_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Every row is two lines high, so a long name wraps into two lines; rows are not measured one by one
        # (a powiat's register of 2,000 schools took seconds to open when each row's height was measured).
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.table.fontMetrics().lineSpacing() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(200)  # columns fit the rows in view and 200 more, not 1,000 of them
        self.table.viewport().installEventFilter(self)  # the name column follows the table's width: _fit_columns
        self.table.doubleClicked.connect(self.edit)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete)

        self.add_button = QPushButton(self.tr("&Add school…"))
        self.add_button.setObjectName("schools_add")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("schools_edit")
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("schools_delete")
        self.delete_button.clicked.connect(self.delete)
        self.import_button = QPushButton(self.tr("&Import from RSPO…"))
        self.import_button.setObjectName("schools_import")
        self.import_button.clicked.connect(self.open_import)
        self.export_button = QPushButton(self.tr("E&xport to XLSX…"))
        self.export_button.setObjectName("schools_export")
        self.export_button.clicked.connect(self.export)
        self.print_button = self._print_button()

        self.empty = QLabel()
        self.empty.setObjectName("schools_empty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555;")
        self.totals = QLabel()
        self.totals.setObjectName("schools_totals")
        self.totals.setWordWrap(True)
        font = self.totals.font()
        font.setBold(True)
        self.totals.setFont(font)
        self.message = QLabel()
        self.message.setObjectName("schools_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        heading = self.tr("Schools and kindergartens")
        layout.addWidget(QLabel(f"<h2>{heading}</h2>"))
        note = QLabel(self.tr("The schools and kindergartens this local government runs. Load them from the "
                              "registry of schools (RSPO) or add them by hand; the numbers of pupils and "
                              "teachers' posts feed the documents and the support plans."))  # fmt: skip
        note.setWordWrap(True)
        layout.addWidget(note)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.type_filter, 1)
        layout.addLayout(filters)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.import_button, self.export_button, self.print_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.message)
        self._update_buttons()

    def _print_button(self) -> QToolButton:
        self.with_notes_action = QAction(self.tr("With the schools' &notes (annex)"), self)
        self.with_notes_action.setObjectName("schools_print_notes")
        self.with_notes_action.setCheckable(True)
        self.document_output = DocumentOutput(
            self.ctx.db, SCHOOLS_DOCUMENT, lambda: self.jst_id, self,
            options=lambda: {"with_notes": self.with_notes_action.isChecked()},
        )  # fmt: skip
        button = QToolButton()
        button.setObjectName("schools_print")
        button.setText(self.tr("&Print list…"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for action in self.document_output.actions():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.with_notes_action)
        button.setMenu(menu)
        return button

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        if self.jst_id is None:
            self.model.set_schools([])
            self._update_buttons()
            return
        selected = self.selected_id()
        self.model.set_schools(schools.list_schools(self.ctx.db, self.jst_id))
        self._size_columns()
        self._fit_columns()
        if selected is not None:
            self.select(selected)
        self._update_buttons()

    def own_change(self, change: Change) -> None:
        """A school saved or deleted here changes only its row (and the totals); an import reads the list again."""
        if len(change.ids) != 1 or not self.isVisible():
            super().own_change(change)
            return
        (school_id,) = change.ids
        if change.deleted:
            self.model.remove_school(school_id)
        else:
            self.model.put_school(schools.get_school(self.ctx.db, school_id))
        self._size_columns()
        self._fit_columns()
        if not change.deleted:
            self.select(school_id)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _size_columns(self) -> None:
        """Every column but the name as wide as its widest text or its heading, as resizeColumnsToContents made
        them; that asked the model for a dozen values of each of 200 rows' cells, at every save (a third of a
        second with 2,000 schools). Here the column's different texts are measured, the longest 200 of them
        (measuring a text takes Qt some 20 µs), once each. The name column is sized by :meth:`_fit_columns`."""
        header = self.table.horizontalHeader()
        metrics = QFontMetricsF(self.table.font())
        margin = 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1)
        grid = 1 if self.table.showGrid() else 0
        widths = self._text_widths
        for column in range(1, header.count()):
            widest = 0
            for text in heapq.nlargest(MEASURED_TEXTS, self.model.column_texts(column), key=len):
                width = widths.get(text)
                if width is None:
                    width = widths[text] = math.ceil(metrics.horizontalAdvance(text))
                widest = max(widest, width)
            content = widest + margin + grid if self.model.rowCount() else 0
            header.resizeSection(column, max(content, header.sectionSizeHint(column)))

    def _fit_columns(self) -> None:
        """The name takes the room the other columns leave, but never less than about 30 letters: on a
        1366-pixel laptop a stretched name column was squeezed to one letter and the list could not be read.
        When there is not that much room the table scrolls sideways instead."""
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(1, header.count()))
        least = self.table.fontMetrics().averageCharWidth() * 30
        header.resizeSection(0, max(least, self.table.viewport().width() - others))

    def _filter_changed(self, *_args) -> None:
        self.proxy.set_text(self.search.text())
        self.proxy.set_type(self.type_filter.currentData())
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        has_selection = self.selected_id() is not None
        self.edit_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)
        self.export_button.setEnabled(total > 0)
        self.print_button.setEnabled(self.jst_id is not None)
        self.add_button.setEnabled(self.jst_id is not None)
        self.import_button.setEnabled(self.jst_id is not None)
        if total == 0:
            self.empty.setText(self.tr("No schools yet. Click <b>Import from RSPO…</b> to load them from the "
                                       "registry, or <b>Add school…</b> to type one in."))  # fmt: skip
        elif shown == 0:
            self.empty.setText(self.tr("No school matches the search."))
        self.empty.setVisible(total == 0 or shown == 0)
        visible = self.proxy.visible_schools()
        text = schools.totals(visible).text() if visible else ""
        if self.proxy.active and total:
            text = self.tr("Shown %1 of %2.").replace("%1", str(shown)).replace("%2", str(total)) + " " + text
        self.totals.setText(text)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(ID_ROLE) if rows else None

    def select(self, school_id: int) -> None:
        row = self.proxy.row_of_id(school_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.proxy.index(row, 0))

    # ------------------------------------------------------------------ actions

    def add(self) -> SchoolDialog | None:
        """Open the form for a new school (window-modal; returns it so that tests can fill it in)."""
        if self.jst_id is None:
            return None
        return self._open_form(SchoolDialog(self.ctx, self.jst_id, parent=self))

    def edit(self, *_args) -> SchoolDialog | None:
        school_id = self.selected_id()
        if school_id is None:
            return None
        return self._open_form(SchoolDialog(self.ctx, self.jst_id, schools.get_school(self.ctx.db, school_id), self))

    def _open_form(self, dialog: SchoolDialog) -> SchoolDialog:
        """The saved school shows in its row through ``own_change``, selected."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete(self) -> None:
        school_id = self.selected_id()
        if school_id is None:
            return
        references = schools.school_dependants(self.ctx.db, school_id)
        if references.blocked:
            QMessageBox.warning(self, self.tr("The school cannot be deleted"), references.refusal())
            return
        question = references.question() if references.any else self.tr("Delete “%1” from the list of schools?") \
            .replace("%1", references.name)  # fmt: skip
        if not confirm_delete(self, self.tr("Delete school"), question):
            return
        if self.ctx.run(self, schools.delete_school, school_id, confirmed=True) is FAILED:
            return
        self.message.setText(self.tr("Deleted: %1.").replace("%1", references.name))

    def open_import(self):
        """Open the import window (modal but not blocking, so the program keeps drawing while a file is read)."""
        if self.jst_id is None:
            return None
        from ui.dialogs.rspo_import_dialog import RspoImportDialog  # the importers load on first use

        dialog = RspoImportDialog(self.ctx, self.jst_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "import_dialog", None))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def export(self) -> None:
        if self.jst_id is None:
            return
        settings = QSettings(APP_ID, APP_ID)
        folder = Path(str(settings.value(EXPORT_FOLDER_KEY, "") or Path.home()))
        name = jst_service.get_profile(self.ctx.db, self.jst_id).name
        suggestion = folder / (self.tr("Schools") + f" — {name}.xlsx")
        path = file_dialogs.save_file_name(self, self.tr("Export the list of schools"), str(suggestion),
                                                    self.tr("Excel workbooks (*.xlsx)"))  # fmt: skip
        if path:
            written = self.export_to(path)
            if written is not None:
                settings.setValue(EXPORT_FOLDER_KEY, str(written.parent))

    def export_to(self, path: str | Path) -> Path | None:
        try:
            from wsparcie_desktop.exporters.schools_xlsx import export_schools_xlsx  # openpyxl on first use

            written = export_schools_xlsx(self.ctx.db, self.jst_id, path)
        except Exception as exc:  # show_failure says why, whatever it was: an export never fails silently
            show_failure(self, self.tr("Export to XLSX"), exc, Path(path))
            return None
        self.message.setText(self.tr("Saved: %1").replace("%1", str(written)))
        return written


SECTION = SchoolsSection
