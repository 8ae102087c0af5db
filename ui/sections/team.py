"""A team of the JST (education team, advisory team, stakeholders) as a table of people."""

from __future__ import annotations

import heapq
import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ui.dialogs.base import confirm_delete
from ui.dialogs.person_dialog import PersonDialog
from ui.widgets.section import Section
from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.services import people

COLUMNS = ("full_name", "role_name", "position", "institution", "email", "phone")
MEASURED_TEXTS = 50  # a column is as wide as the widest of its 50 longest different texts


class TeamSection(Section):
    """The people of one team; every team section follows every change of a person (one may move between teams)."""

    team = ""
    watches = frozenset({Kind.PERSON})

    def heading(self) -> str:
        raise NotImplementedError

    def explanation(self) -> str:
        return ""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.rows: list[people.PersonData] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName(f"team_table_{self.team}")
        self.table.setHorizontalHeaderLabels([
            self.tr("First name and surname"), self.tr("Role"), self.tr("Position"), self.tr("Institution"),
            self.tr("E-mail"), self.tr("Phone"),
        ])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self.edit)
        self.add_button = QPushButton(self.tr("&Add person…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete)
        self.empty = QLabel()
        self.empty.setStyleSheet("color: #555;")

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.heading()}</h2>"))
        if self.explanation():
            note = QLabel(self.explanation())
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        if self.jst_id is None:
            return
        self.rows = people.list_people(self.ctx.db, self.jst_id, self.team)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        for r, person in enumerate(self.rows):
            for c, name in enumerate(COLUMNS):
                item = QTableWidgetItem(getattr(person, name))
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self._fit_columns()
        self.empty.setText("" if self.rows else self.tr("No one here yet — add the first person."))
        self.empty.setVisible(not self.rows)
        has = bool(self.rows)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _fit_columns(self) -> None:
        """Each column as wide as its widest text (as resizeColumnsToContents, which measured all 1,800 cells of a
        team of 300 people: a third of the screen's opening), the last one stretched over the room left."""
        table = self.table
        metrics = QFontMetricsF(table.font())
        header = table.horizontalHeader()
        # the cell's margins as Qt's item delegate adds them, and the grid line
        pad = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + 1
        for column, name in enumerate(COLUMNS[:-1]):
            texts = heapq.nlargest(MEASURED_TEXTS, {getattr(person, name) for person in self.rows}, key=len)
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0.0)
            header.resizeSection(column, max(math.ceil(widest) + pad, header.sectionSizeHint(column)))

    def own_change(self, change: Change) -> None:
        """A person saved here is read again and stays selected, so the user sees what was stored."""
        super().own_change(change)
        if not change.deleted and change.id is not None:
            self.select(change.id)

    def select(self, person_id: int) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == person_id:
                self.table.selectRow(r)
                return

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def add(self) -> PersonDialog:
        return self._open(PersonDialog(self.ctx, self.jst_id, self.team, parent=self))

    def edit(self, *_args) -> PersonDialog | None:
        person_id = self.selected_id()
        if person_id is None:
            return None
        return self._open(
            PersonDialog(self.ctx, self.jst_id, self.team, people.get_person(self.ctx.db, person_id), self)
        )

    def _open(self, dialog: PersonDialog) -> PersonDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete(self) -> None:
        person_id = self.selected_id()
        if person_id is None:
            return
        person = people.get_person(self.ctx.db, person_id)
        question = self.tr("Delete %1 from the team?").replace("%1", person.full_name)
        if confirm_delete(self, self.tr("Delete person"), question, people.person_dependants(self.ctx.db, person_id),
                          self.tr("This person is also:")):  # fmt: skip
            self.ctx.run(self, people.delete_person, person_id)
