"""The 12 areas ranked by the need score, with the spread of opinions and the formula written out."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ui.widgets.fitted_columns import CELL_PAD, ColumnFitter
from wsparcie_desktop.i18n import format_number
from wsparcie_desktop.services import area_choice as ac
from wsparcie_desktop.services.area_ranking import FORMULA_TEXT, SPREAD_TEXT, TIE_RULE_TEXT

DISCUSS_FILL = QColor("#fff3cd")


def number(value: float | None, decimals: int = 1) -> str:
    return "—" if value is None else format_number(value, decimals)


def score_bar(score: float | None, no_data: str) -> QWidget:
    """The score as a bar from 0 to 100, centred in its cell, readable from the back of the room."""
    bar = QProgressBar()
    bar.setRange(0, 1000)
    bar.setValue(round((score or 0) * 10))
    bar.setFormat(no_data if score is None else number(score))
    bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
    bar.setFixedHeight(26)
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(4, 2, 4, 2)
    layout.addWidget(bar, 0, Qt.AlignmentFlag.AlignVCenter)
    return holder


class _ResultsColumns(ColumnFitter):
    """The fitter of the Realizacja HDR table, with the results' own cells: the score's bar is as wide as
    "100,0" three times, the remarks wrap within about 16 characters, and a row is as tall as its area's name."""

    def widths(self, rows: Iterable[int] | None = None) -> dict[int, int]:
        found = super().widths(rows)
        letter = self.table.fontMetrics().averageCharWidth()
        found[2] = max(found[2], self.table.fontMetrics().horizontalAdvance("100,0") * 3)
        found[8] = max(
            min(found[8], letter * 16 + CELL_PAD), self.table.horizontalHeader().sectionSizeFromContents(8).width()
        )
        return found

    def fit(self) -> None:
        super().fit()
        self.table.resizeRowsToContents()
        self.table.updateGeometries()  # the score bars (cell widgets) move with their columns now, not later


class ResultsPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Results"))
        self.setSubTitle(self.tr("The areas ranked by the need score: the higher, the more the area needs "
                                 "development that the local government can carry out itself."))  # fmt: skip
        self.banner = QLabel()
        self.banner.setObjectName("results_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; border: 1px solid #e0b000; padding: 6px;")
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("results_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Place"), self.tr("Area"), self.tr("Need score"), self.tr("Mean rating\n(1–4)"),
            self.tr("Importance\n(1–3)"), self.tr("Influence"), self.tr("Spread"),
            self.tr("Respon-\ndents"), self.tr("Remarks"),
        ])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.hidden_note = QLabel()
        self.hidden_note.setObjectName("results_hidden_columns")
        self.hidden_note.setWordWrap(True)
        self.hidden_note.hide()
        # Columns fitted to the current type (workshop mode's too): on a 1024×768 projector the respondents and
        # the spread give way before the area's name is squeezed; the header's menu brings them back.
        self.fitter = _ResultsColumns(self.table, 1, note=self.hidden_note, give_way=(7, 6, 3), one_line=(0, 3, 4, 6, 7),
                                      bold=range(9), least_characters=22, fixed=(0, 1))  # fmt: skip
        header = self.table.horizontalHeader()
        # Rows follow the wrapped area names whenever the columns get their real widths.
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._rows_timer.start())
        self.table.horizontalHeaderItem(5).setToolTip(
            self.tr("Can the local government change this by itself: how many respondents said yes, partly, no")
        )
        heading = self.tr("How the need score is computed")
        self.formula = QLabel(f"<b>{heading}</b><br>{FORMULA_TEXT}<br>{SPREAD_TEXT}")
        # the tie rule decides places the team sees in the table: always in view, above it, not in the box below
        self.tie_rule = QLabel(TIE_RULE_TEXT)
        self.tie_rule.setObjectName("results_tie_rule")
        self.tie_rule.setWordWrap(True)
        self.tie_rule.setStyleSheet("color: #333;")
        self.formula.setObjectName("results_formula")
        self.formula.setWordWrap(True)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formula.setStyleSheet("color: #333; padding: 4px;")
        formula_box = QScrollArea()
        formula_box.setWidgetResizable(True)
        formula_box.setWidget(self.formula)
        # The team can give the table or the formula more room; both stay on the page.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(formula_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([700, 130])
        formula_box.setMinimumHeight(70)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tie_rule)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hidden_note)
        self.results: ac.Results | None = None

    def initializePage(self) -> None:  # noqa: N802 — Qt's name
        wizard = self.wizard()
        self.results = ac.results(wizard.ctx.db, wizard.process_id)
        self.fill(self.results)
        self.banner_text(wizard)

    def banner_text(self, wizard) -> None:
        messages = []
        results = self.results
        progress = ac.sheet_progress(wizard.ctx.db, wizard.process_id)
        names = {r.id: r.full_name for r in ac.list_respondents(wizard.ctx.db, wizard.process_id)}
        unfinished = [names[rid] for rid, areas in progress.items() if not all(p.complete for p in areas.values())]
        if not results.has_data:
            messages.append(self.tr("No statement has been rated yet — go back and fill in the sheets."))
        elif unfinished:
            messages.append(self.tr("Sheets not complete yet: %1. The results count the answers given so far.")
                            .replace("%1", ", ".join(unfinished)))  # fmt: skip
        if results.chosen_area_id and results.choice_outdated:
            chosen = results.by_id(results.chosen_area_id)
            messages.append(self.tr("The chosen area (%1) rests on earlier answers: the answers were changed after "
                                    "the choice. Confirm or change the choice on the next page.")
                            .replace("%1", f"{chosen.number}. {chosen.name}"))  # fmt: skip
        self.banner.setText("\n".join(messages))
        self.banner.setVisible(bool(messages))

    def fill(self, results: ac.Results) -> None:
        self.table.setRowCount(len(results.areas))
        for row, area in enumerate(results.areas):
            remarks = []
            if not area.has_data:
                remarks.append(self.tr("no data"))
            if area.discuss:
                remarks.append(self.tr("to discuss: %1").replace("%1", ", ".join(area.discuss_reasons)))
            if area.area_id == results.chosen_area_id:
                remarks.append(self.tr("chosen area"))
            values = [
                str(area.rank) if area.has_data else "—",
                f"{area.number}. {area.name}",
                "",
                number(area.mean_rating, 2),
                number(area.mean_importance, 1),
                area.influence_text or "—",
                number(area.spread, 2),
                str(area.respondents),
                "; ".join(remarks),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, area.area_id)
                if column in (0, 2, 3, 4, 6, 7):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if area.discuss:
                    item.setBackground(QBrush(DISCUSS_FILL))
                if area.area_id == results.chosen_area_id:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
            no_data = self.tr("no data")
            self.table.item(row, 2).setText(number(area.score) if area.has_data else no_data)
            self.table.setCellWidget(row, 2, score_bar(area.score, no_data))
        self._rows_timer.start()
