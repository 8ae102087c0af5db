"""Page 6: priorities — rate each gap, see the ranking, adjust it by hand, mark the priorities.

Each rating and tick is stored the moment it is made; the ranking is then read back from the service, which
owns the rule (importance × feasibility, ties by importance, then by the order of writing).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
)

from ui.context import FAILED
from ui.wizards.diagnosis.base import DiagnosisPage
from wsparcie_desktop.services import gaps
from wsparcie_desktop.services.gaps import RANKING_RULE, GapData

RANK, GAP, IMPORTANCE, FEASIBILITY, SCORE, PRIORITY = range(6)


class PrioritiesPage(DiagnosisPage):
    def __init__(self):
        super().__init__(self.tr("Priorities"), self.tr(
            "Rate each gap: how important it is and how feasible it is for the local government to close it "
            "(1 = least, 5 = most). Then mark the priorities."))  # fmt: skip
        self.rule = QLabel(RANKING_RULE)
        self.rule.setObjectName("priority_rule")
        self.rule.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("priority_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Place"), self.tr("Development gap"), self.tr("Importance"), self.tr("Feasibility"),
            self.tr("Score"), self.tr("Priority"),
        ])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (RANK, IMPORTANCE, FEASIBILITY, SCORE, PRIORITY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GAP, QHeaderView.ResizeMode.Stretch)
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_a: self._rows_timer.start())
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setObjectName("priority_up")
        self.up_button.setToolTip("Ctrl+↑")
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.down_button.setObjectName("priority_down")
        self.down_button.setToolTip("Ctrl+↓")
        self.down_button.clicked.connect(lambda: self.move(1))
        self.reset_button = QPushButton(self.tr("&Order by score again"))
        self.reset_button.setObjectName("priority_reset")
        self.reset_button.clicked.connect(self.reset_order)
        for button in (self.up_button, self.down_button, self.reset_button):
            button.setAutoDefault(False)
        QShortcut(QKeySequence("Ctrl+Up"), self.table, lambda: self.move(-1),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        QShortcut(QKeySequence("Ctrl+Down"), self.table, lambda: self.move(1),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        self.manual = QLabel()
        self.manual.setObjectName("priority_manual")
        self.manual.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch()
        self.body.addWidget(self.rule)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(buttons)
        self.body.addWidget(self.manual)
        self.rows: list[GapData] = []

    def load(self, select_id: int | None = None) -> None:
        self.rows = gaps.ranking(self.db, self.process_id)
        self.table.setRowCount(len(self.rows))
        for row, gap in enumerate(self.rows):
            self._item(row, RANK, f"{gap.rank}.", Qt.AlignmentFlag.AlignRight)
            self._item(row, GAP, gap.description)
            for column, value, name in ((IMPORTANCE, gap.importance, "importance"),
                                        (FEASIBILITY, gap.feasibility, "feasibility")):  # fmt: skip
                spin = QSpinBox()
                spin.setObjectName(f"{name}_{row}")
                spin.setRange(0, 5)
                spin.setSpecialValueText("—")
                spin.setValue(value or 0)
                spin.valueChanged.connect(lambda _v, g=gap.id, c=column: self.rate(g, c))
                self.table.setCellWidget(row, column, spin)
            self._item(row, SCORE, "—" if gap.score is None else str(gap.score), Qt.AlignmentFlag.AlignRight)
            box = QCheckBox(self.tr("priority"))
            box.setObjectName(f"priority_{row}")
            box.setChecked(gap.is_priority)
            box.toggled.connect(lambda on, g=gap.id: self.mark(g, on))
            self.table.setCellWidget(row, PRIORITY, box)
            if gap.id == select_id:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        manual = any(g.manual_rank is not None for g in self.rows)
        self.manual.setText(self.tr("The order was changed by hand; new gaps go to the end.") if manual else "")
        self.reset_button.setEnabled(manual)

    def _item(self, row: int, column: int, text: str, align=Qt.AlignmentFlag.AlignLeft) -> None:
        item = QTableWidgetItem(text)
        item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, column, item)

    def _row_of(self, gap_id: int) -> int:
        return next(i for i, g in enumerate(self.rows) if g.id == gap_id)

    def _spin(self, row: int, column: int) -> QSpinBox:
        return self.table.cellWidget(row, column)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()].id if rows else None

    def rate(self, gap_id: int, column: int) -> None:
        row = self._row_of(gap_id)
        importance = self._spin(row, IMPORTANCE).value() or None
        feasibility = self._spin(row, FEASIBILITY).value() or None
        if self.ctx.run(self, gaps.rate_gap, gap_id, importance, feasibility, form=self) is FAILED:
            return
        self.show_error(None)
        # The spin box that sent this is replaced when the table is rebuilt: do it after the signal returns,
        # and give the focus to its replacement so typing the next rating goes on where it was.
        QTimer.singleShot(0, self, lambda: self._rated(gap_id, column))

    def _rated(self, gap_id: int, column: int) -> None:
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.table.isAncestorOf(focus)
        self.load(select_id=gap_id)
        if had_focus:
            self._spin(self._row_of(gap_id), column).setFocus()

    def mark(self, gap_id: int, on: bool) -> None:
        if self.ctx.run(self, gaps.set_priority, gap_id, on, form=self) is FAILED:
            QTimer.singleShot(0, self, lambda: self.load(select_id=gap_id))  # the tick as stored
            return
        self.show_error(None)

    def move(self, step: int) -> None:
        gap_id = self.selected_id()
        if gap_id is None:
            self.show_error(self.tr("Pick the gap to move."))
            return
        if self.ctx.run(self, gaps.move_in_ranking, self.process_id, gap_id, step, form=self) is FAILED:
            return
        self.show_error(None)
        self.load(select_id=gap_id)

    def reset_order(self) -> None:
        if self.ctx.run(self, gaps.reset_manual_order, self.process_id, form=self) is FAILED:
            return
        self.show_error(None)
        self.load(select_id=self.selected_id())

    def check(self, db) -> None:
        gaps.check_priorities(db, self.process_id)
