"""Page 7: goals and indicators — at least one goal for each priority, at least one indicator for each goal.

The left side is the tree priority → goal → indicator; the right side shows the form of what is picked. A form
is stored when the user picks something else, adds something new, presses Ctrl+S or leaves the page. A goal
that addresses only causes the JST cannot influence is stored, and its warning stays on screen.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED
from ui.dialogs.base import confirm_delete
from ui.widgets.date_edit import DateEdit, from_qdate, to_qdate  # takes dates typed the Polish way (5.9.2026)
from ui.widgets.forms import FieldForm
from ui.widgets.stale_edit import show_stale, unsaved_values
from ui.widgets.text_fields import text_box
from ui.wizards.diagnosis.base import DiagnosisPage
from wsparcie_desktop.errors import DomainError, StaleEditError
from wsparcie_desktop.i18n import format_number, parse_number
from wsparcie_desktop.services import diagnosis, gaps, goals
from wsparcie_desktop.services.goals import GoalData, IndicatorData

GAP, GOAL, INDICATOR = "gap", "goal", "indicator"
WARNING_STYLE = "color: #8a4b00; font-weight: bold;"


def date_edit(name: str) -> QDateEdit:
    edit = DateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


class GoalsPage(DiagnosisPage):
    def __init__(self):
        super().__init__(self.tr("Goals and indicators"),
                         self.tr("For each priority at least one development goal; for each goal at least one "
                                 "indicator: name, unit, baseline and target value with their dates, how and by "
                                 "whom it is measured."))  # fmt: skip
        self.tree = QTreeWidget()
        self.tree.setObjectName("goal_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.currentItemChanged.connect(self._picked)
        self.new_goal_button = QPushButton(self.tr("New &goal"))
        self.new_goal_button.setObjectName("goal_new")
        self.new_goal_button.clicked.connect(self.new_goal)
        self.new_indicator_button = QPushButton(self.tr("New &indicator"))
        self.new_indicator_button.setObjectName("indicator_new")
        self.new_indicator_button.clicked.connect(self.new_indicator)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setObjectName("goal_delete")
        self.delete_button.clicked.connect(self.delete)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        for button in (self.new_goal_button, self.new_indicator_button, self.delete_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        left_layout.addLayout(row)

        self.stack = QStackedWidget()
        self.hint = QLabel(self.tr("Pick a priority and add its goal, or pick a goal and add its indicator."))
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self._goal_form())
        self.stack.addWidget(self._indicator_form())
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 600])
        self.body.addWidget(splitter, 1)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.commit(),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        # What the form on the right is editing: (kind, id or None for a new one, the parent's id).
        self.editing: tuple[str, int | None, int | None] | None = None
        self.editing_version: int | None = None  # the version of the goal or indicator the form was filled from
        self._stale_reloaded = False
        self._dirty = False
        self._loading = False
        self.goal_list: list[GoalData] = []

    # --- forms ------------------------------------------------------------------------------------------------
    def _goal_form(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.goal_heading = QLabel()
        self.goal_heading.setStyleSheet("font-weight: bold;")
        self.goal_form = FieldForm()
        self.goal_gap = QComboBox()
        self.goal_gap.setObjectName("goal_gap")
        self.goal_text = text_box("goal_text", 3)
        self.goal_form.add_field("gap_id", self.tr("Priority:"), self.goal_gap)
        self.goal_form.add_field("text", self.tr("Development goal:"), self.goal_text)
        self.goal_warning = QLabel()
        self.goal_warning.setObjectName("goal_warning")
        self.goal_warning.setStyleSheet(WARNING_STYLE)
        self.goal_warning.setWordWrap(True)
        save = QPushButton(self.tr("&Save the goal"))
        save.setObjectName("goal_save")
        save.setAutoDefault(False)
        save.clicked.connect(lambda: self.commit())
        layout.addWidget(self.goal_heading)
        layout.addWidget(self.goal_form.general_error)
        layout.addLayout(self.goal_form)
        layout.addWidget(self.goal_warning)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        for signal in (self.goal_gap.currentIndexChanged, self.goal_text.textChanged):
            signal.connect(self._mark)
        return box

    def _indicator_form(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.indicator_heading = QLabel()
        self.indicator_heading.setStyleSheet("font-weight: bold;")
        self.indicator_heading.setWordWrap(True)
        form = self.indicator_form = FieldForm()
        self.ind = {
            "name": QLineEdit(), "unit": QLineEdit(), "baseline_value": QLineEdit(),
            "baseline_on": date_edit("indicator_baseline_on"), "target_value": QLineEdit(),
            "target_on": date_edit("indicator_target_on"), "method": QLineEdit(), "measured_by": QLineEdit(),
        }  # fmt: skip
        labels = {
            "name": self.tr("Indicator:"), "unit": self.tr("Unit:"), "baseline_value": self.tr("Baseline value:"),
            "baseline_on": self.tr("Baseline date:"), "target_value": self.tr("Target value:"),
            "target_on": self.tr("Target date:"), "method": self.tr("How it is measured:"),
            "measured_by": self.tr("Who measures it:"),
        }  # fmt: skip
        self.ind["unit"].setPlaceholderText(self.tr("e.g. %, teachers, schools, meetings"))
        self.ind["baseline_value"].setPlaceholderText(self.tr("a number, e.g. 12 or 45,5"))
        self.ind["target_value"].setPlaceholderText(self.tr("a number, e.g. 50"))
        for name, widget in self.ind.items():
            if not widget.objectName():
                widget.setObjectName(f"indicator_{name}")
            form.add_field(name, labels[name], widget)
            signal = widget.dateChanged if isinstance(widget, QDateEdit) else widget.textChanged
            signal.connect(self._mark)
        self.ind["measured_by"].returnPressed.connect(self.commit)
        save = QPushButton(self.tr("&Save the indicator"))
        save.setObjectName("indicator_save")
        save.setAutoDefault(False)
        save.clicked.connect(lambda: self.commit())
        layout.addWidget(self.indicator_heading)
        layout.addWidget(form.general_error)
        layout.addLayout(form)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        return box

    def _mark(self, *_args) -> None:
        if not self._loading:
            self._dirty = True

    # --- reading ----------------------------------------------------------------------------------------------
    def load(self, select: tuple[str, int] | None = None) -> None:
        priorities = [g for g in gaps.ranking(self.db, self.process_id) if g.is_priority]
        self.goal_list = goals.list_goals(self.db, self.process_id)
        self._loading = True
        self.goal_gap.clear()
        for gap in priorities:
            self.goal_gap.addItem(f"{gap.rank}. {diagnosis.short(gap.description, 80)}", gap.id)
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen = None
        numbers = {g.id: n for n, g in enumerate(self.goal_list, start=1)}
        for gap in priorities:
            gap_item = self._tree_item(self.tree.invisibleRootItem(), GAP, gap.id,
                                       self.tr("Priority %1: %2").replace("%1", str(gap.rank))
                                       .replace("%2", gap.description))  # fmt: skip
            font = gap_item.font(0)
            font.setBold(True)
            gap_item.setFont(0, font)
            chosen = chosen or (gap_item if select == (GAP, gap.id) else None)
            for goal in (g for g in self.goal_list if g.gap_id == gap.id):
                label = self.tr("Goal %1: %2").replace("%1", str(numbers[goal.id])).replace("%2", goal.text)
                if goal.warnings:
                    label += "  ⚠ " + self.tr("(only causes outside the JST’s influence)")
                goal_item = self._tree_item(gap_item, GOAL, goal.id, label)
                if goal.warnings:
                    goal_item.setForeground(0, QBrush(QColor("#8a4b00")))
                chosen = chosen or (goal_item if select == (GOAL, goal.id) else None)
                if not goal.indicators:
                    missing = self._tree_item(goal_item, GOAL, goal.id, self.tr("— no indicator yet —"))
                    missing.setForeground(0, QBrush(QColor("#b00020")))
                for ind in goal.indicators:
                    text = (
                        f"{ind.name}: {format_number(ind.baseline_value)} → {format_number(ind.target_value)} "
                        f"{ind.unit}"
                    )
                    item = self._tree_item(goal_item, INDICATOR, ind.id, text)
                    chosen = chosen or (item if select == (INDICATOR, ind.id) else None)
            if not any(g.gap_id == gap.id for g in self.goal_list):
                missing = self._tree_item(gap_item, GAP, gap.id, self.tr("— no goal yet —"))
                missing.setForeground(0, QBrush(QColor("#b00020")))
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self._loading = False
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        elif self.editing is None or self.editing[1] is not None:
            self._show_hint()
        if not priorities:
            self.hint.setText(self.tr("No gap is marked as a priority — go back to the page “Priorities”."))

    def _tree_item(self, parent: QTreeWidgetItem, kind: str, item_id: int, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, Qt.ItemDataRole.UserRole, (kind, item_id))
        item.setToolTip(0, text)
        return item

    def _show_hint(self) -> None:
        self.editing = None
        self._dirty = False
        self.stack.setCurrentIndex(0)

    def _goal(self, goal_id: int) -> GoalData | None:
        return next((g for g in self.goal_list if g.id == goal_id), None)

    def _indicator(self, indicator_id: int) -> IndicatorData | None:
        return next((i for g in self.goal_list for i in g.indicators if i.id == indicator_id), None)

    def picked(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _picked(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if self._loading or current is None:
            return
        if not self.commit(reload=False):
            if self._stale_reloaded:  # the tree was built afresh with the stored record picked: stay on it
                return
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(previous)
            self.tree.blockSignals(False)
            return
        kind, item_id = current.data(0, Qt.ItemDataRole.UserRole)
        if kind == GOAL:
            self.show_goal(self._goal(item_id))
        elif kind == INDICATOR:
            self.show_indicator(self._indicator(item_id))
        else:
            self._show_hint()

    # --- showing forms -----------------------------------------------------------------------------------------
    def show_goal(self, goal: GoalData | None, gap_id: int | None = None) -> None:
        self._loading = True
        self.goal_form.clear_errors()
        gap_id = goal.gap_id if goal else gap_id
        self.goal_gap.setCurrentIndex(max(0, self.goal_gap.findData(gap_id)))
        self.goal_text.setPlainText(goal.text if goal else "")
        self.goal_heading.setText(self.tr("New development goal") if goal is None else self.tr("Development goal"))
        self.goal_warning.setText("\n".join(self.tr("Warning: %1").replace("%1", w) for w in goal.warnings)
                                  if goal else "")  # fmt: skip
        self.goal_warning.setVisible(bool(goal and goal.warnings))
        self.editing = (GOAL, goal.id if goal else None, gap_id)
        self.editing_version = goal.version if goal else None
        self.stack.setCurrentIndex(1)
        self._loading = False
        self._dirty = False

    def show_indicator(self, indicator: IndicatorData | None, goal_id: int | None = None) -> None:
        self._loading = True
        self.indicator_form.clear_errors()
        goal_id = indicator.goal_id if indicator else goal_id
        goal = self._goal(goal_id)
        self.indicator_heading.setText(self.tr("Indicator of the goal: %1").replace("%1", goal.text if goal else ""))
        today = dt.date.today()
        values = {
            "name": indicator.name if indicator else "", "unit": indicator.unit if indicator else "",
            "baseline_value": format_number(indicator.baseline_value) if indicator else "",
            "target_value": format_number(indicator.target_value) if indicator else "",
            "method": indicator.method if indicator else "", "measured_by": indicator.measured_by if indicator else "",
        }  # fmt: skip
        for name, value in values.items():
            self.ind[name].setText(value)
            self.ind[name].setCursorPosition(0)
        baseline = indicator.baseline_on if indicator and indicator.baseline_on else today
        target = indicator.target_on if indicator and indicator.target_on else today.replace(year=today.year + 1)
        self.ind["baseline_on"].setDate(to_qdate(baseline))
        self.ind["target_on"].setDate(to_qdate(target))
        self.editing = (INDICATOR, indicator.id if indicator else None, goal_id)
        self.editing_version = indicator.version if indicator else None
        self.stack.setCurrentIndex(2)
        self._loading = False
        self._dirty = False
        self.ind["name"].setFocus()

    # --- storing ------------------------------------------------------------------------------------------------
    def _number(self, name: str):
        text = self.ind[name].text()
        if not text.strip():
            return None
        try:
            return parse_number(text)
        except (ValueError, ArithmeticError):
            raise DomainError(self.tr("Type a number, e.g. 12 or 45,5."), name) from None

    def _store(self, db):
        """The form on the right with one service call: the goal (a Saved with its warnings) or the indicator."""
        kind, item_id, parent_id = self.editing
        if kind == GOAL:
            return goals.save_goal(db, self.process_id, GoalData(
                self.goal_text.toPlainText(), self.goal_gap.currentData(), item_id,
                version=self.editing_version if item_id is not None else None))  # fmt: skip
        data = IndicatorData(
            self.ind["name"].text(), self.ind["unit"].text(), self._number("baseline_value"),
            from_qdate(self.ind["baseline_on"].date()), self._number("target_value"),
            from_qdate(self.ind["target_on"].date()), self.ind["method"].text(),
            self.ind["measured_by"].text(), parent_id, item_id, self.editing_version if item_id is not None else None,
        )  # fmt: skip
        return goals.save_indicator(db, parent_id, data)

    def commit(self, reload: bool = True) -> bool:
        """Store the form on the right if it changed; False with the message under its field otherwise."""
        if not self._dirty or self.editing is None:
            return True
        kind, item_id, parent_id = self.editing
        self._stale_reloaded = False
        stale: list[StaleEditError] = []
        saved = self.ctx.run(self, self._store, form=self.goal_form if kind == GOAL else self.indicator_form,
                             on_stale=stale.append)  # fmt: skip
        if stale:  # changed elsewhere since it was shown: show it as stored now, and list what was typed
            self._refused_as_stale(stale[0], kind, item_id)
            return False
        if saved is FAILED:
            return False
        if kind == GOAL:
            self.editing, select = (GOAL, saved.id, self.goal_gap.currentData()), (GOAL, saved.id)
        else:
            self.editing, select = (INDICATOR, saved.id, parent_id), (INDICATOR, saved.id)
        self._dirty = False
        self.show_error(None)
        if reload:
            self.load(select=select)
        else:
            self.goal_list = goals.list_goals(self.db, self.process_id)
        stored = self._goal(saved.id) if kind == GOAL else self._indicator(saved.id)
        self.editing_version = stored.version if stored else None  # the next save is over this one
        return True

    def _refused_as_stale(self, error: StaleEditError, kind: str, item_id: int | None) -> None:
        if kind == GOAL:
            unsaved = unsaved_values(self._goal(item_id), GoalData(self.goal_text.toPlainText()),
                                     {"text": self.tr("Development goal:")})  # fmt: skip
        else:
            typed = IndicatorData(**{name: self.ind[name].text() for name in ("name", "unit", "method", "measured_by")})
            unsaved = unsaved_values(self._indicator(item_id), typed, {
                "name": self.tr("Indicator:"), "unit": self.tr("Unit:"), "method": self.tr("How it is measured:"),
                "measured_by": self.tr("Who measures it:"),
            })  # fmt: skip
        self._dirty = False
        self._stale_reloaded = True
        self.load(select=(kind, item_id))
        show_stale(self, error, unsaved)

    def new_goal(self) -> None:
        picked = self.picked()
        if not self.commit():
            return
        gap_id = None
        if picked and picked[0] == GAP:
            gap_id = picked[1]
        elif picked and picked[0] == GOAL:
            gap_id = self._goal(picked[1]).gap_id
        elif picked and picked[0] == INDICATOR:
            gap_id = self._goal(self._indicator(picked[1]).goal_id).gap_id
        if self.goal_gap.count() == 0:
            self.show_error(self.tr("No gap is marked as a priority — go back to the page “Priorities”."))
            return
        self.show_goal(None, gap_id if gap_id is not None else self.goal_gap.itemData(0))
        self.goal_text.setFocus()

    def new_indicator(self) -> None:
        picked = self.picked()
        if not self.commit():
            return
        goal_id = None
        if picked and picked[0] == GOAL:
            goal_id = picked[1]
        elif picked and picked[0] == INDICATOR:
            goal_id = self._indicator(picked[1]).goal_id
        elif self.editing and self.editing[0] == GOAL:
            goal_id = self.editing[1]
        if goal_id is None:
            self.show_error(self.tr("Pick the goal the indicator belongs to."))
            return
        self.show_error(None)
        self.show_indicator(None, goal_id)

    def delete(self) -> None:
        picked = self.picked()
        if picked is None or picked[0] == GAP:
            return
        kind, item_id = picked
        if kind == GOAL:
            goal = self._goal(item_id)
            ok = confirm_delete(self, self.tr("Delete goal"), self.tr("Delete the goal “%1”?").replace("%1", goal.text),
                                goals.goal_dependants(self.db, item_id))  # fmt: skip
            if ok:
                ok = self.ctx.run(self, goals.delete_goal, item_id, form=self) is not FAILED
        else:
            indicator = self._indicator(item_id)
            ok = confirm_delete(self, self.tr("Delete indicator"),
                                self.tr("Delete the indicator “%1”?").replace("%1", indicator.name),
                                goals.indicator_dependants(self.db, item_id))  # fmt: skip
            if ok:
                ok = self.ctx.run(self, goals.delete_indicator, item_id, form=self) is not FAILED
        if ok:
            self._dirty = False
            self.editing = None
            self.load()

    def leave(self) -> bool:
        return self.commit()

    def check(self, db) -> None:
        goals.check_goals(db, self.process_id)
