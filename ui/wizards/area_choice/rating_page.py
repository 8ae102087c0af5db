"""Rating the areas, one respondent and one area at a time, by keyboard.

Keys on a statement: 1–4 rate it and move to the next one, 0 or N mean "nie wiem", Delete takes the answer
back. Then the importance (1–3) and the influence (T / C / N). PgDown or Ctrl+Enter go to the next area
(after the last area: to the next respondent), PgUp to the previous one. Each key press is stored at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui.context import FAILED
from ui.wizards.area_choice.area_panel import AreaPanel
from ui.wizards.area_choice.choice_row import NOTHING, ChoiceRow, Option
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import area_choice as ac
from wsparcie_desktop.services.area_ranking import RATING_LABELS

K = Qt.Key
REOPEN, KEEP, CANCEL = "reopen", "keep", "cancel"


def statement_options() -> list[Option]:
    """The buttons say it short (translated); the tooltip gives the scale's full Polish wording."""
    translate = QCoreApplication.translate
    return [
        Option(1, (K.Key_1,), translate("RatingPage", "1 not at all"), RATING_LABELS[1]),
        Option(2, (K.Key_2,), translate("RatingPage", "2 to a small degree"), RATING_LABELS[2]),
        Option(3, (K.Key_3,), translate("RatingPage", "3 largely"), RATING_LABELS[3]),
        Option(4, (K.Key_4,), translate("RatingPage", "4 fully"), RATING_LABELS[4]),
        Option(None, (K.Key_0, K.Key_N), translate("RatingPage", "0 don’t know"), RATING_LABELS[None]),
    ]


def importance_options() -> list[Option]:
    translate = QCoreApplication.translate
    return [
        Option(1, (K.Key_1,), translate("RatingPage", "1 low")),
        Option(2, (K.Key_2,), translate("RatingPage", "2 medium")),
        Option(3, (K.Key_3,), translate("RatingPage", "3 high")),
    ]


def influence_options() -> list[Option]:
    translate = QCoreApplication.translate
    return [
        Option("yes", (K.Key_T,), translate("RatingPage", "T yes")),
        Option("partly", (K.Key_C,), translate("RatingPage", "C partly")),
        Option("no", (K.Key_N,), translate("RatingPage", "N no")),
    ]


def ask_reopen(parent: QWidget) -> str:
    """An area is already chosen and an answer is about to change: reopen the choice, keep it, or cancel."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("RatingPage", "The area is already chosen"))
    box.setText(translate("RatingPage", "The team has already chosen the area. Changing the answers may change the "
                                        "ranking."))  # fmt: skip
    box.setInformativeText(translate("RatingPage", "Do you want to choose the area again after the change? If you "
                                                   "keep the choice, the results will say that it rests on earlier "
                                                   "answers."))  # fmt: skip
    reopen = box.addButton(translate("RatingPage", "Choose again"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(translate("RatingPage", "Keep the choice"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(translate("RatingPage", "Cancel the change"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return REOPEN if clicked is reopen else KEEP if clicked is keep else CANCEL


class RatingPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Rating the areas"))
        self.setSubTitle(self.tr("How far is each practice in place? 1 — not at all, 2 — to a small degree, "
                                 "3 — largely, 4 — fully and systematically; 0 or N — don’t know."))  # fmt: skip
        self.respondents: list[ac.RespondentData] = []
        self.area_index = 0
        self.rows: list[ChoiceRow] = []
        self.sheet: ac.AreaSheet | None = None

        self.respondent = QComboBox()
        self.respondent.setObjectName("rating_respondent")
        self.respondent.currentIndexChanged.connect(self._respondent_changed)
        self.area = QComboBox()
        self.area.setObjectName("rating_area")
        self.area.currentIndexChanged.connect(self._area_chosen)
        for combo in (self.respondent, self.area):
            combo.installEventFilter(self)
        self.previous_button = QPushButton(self.tr("◀ Previous area"))
        self.previous_button.setToolTip("PgUp")
        self.previous_button.clicked.connect(lambda: self.go_area(-1))
        self.next_button = QPushButton(self.tr("Next area ▶"))
        self.next_button.setObjectName("rating_next_area")
        self.next_button.setToolTip("PgDown, Ctrl+Enter")
        self.next_button.clicked.connect(lambda: self.go_area(1))
        respondent_label = QLabel(self.tr("&Respondent:"))
        respondent_label.setBuddy(self.respondent)
        area_label = QLabel(self.tr("Ar&ea:"))
        area_label.setBuddy(self.area)
        top = QHBoxLayout()
        top.addWidget(respondent_label)
        top.addWidget(self.respondent, 2)
        top.addSpacing(12)
        top.addWidget(area_label)
        top.addWidget(self.area, 3)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)

        self.heading = QLabel()
        self.heading.setObjectName("rating_heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.sheet_box = QWidget()
        self.sheet_layout = QVBoxLayout(self.sheet_box)
        self.sheet_layout.setSpacing(4)
        self.importance_row = ChoiceRow(self.tr("How important is this area for the local government in the "
                                                "coming years?"), importance_options(), number="★")  # fmt: skip
        self.importance_row.setObjectName("rating_importance")
        self.influence_row = ChoiceRow(self.tr("Can the local government change this by itself?"),
                                       influence_options(), number="⚑")  # fmt: skip
        self.influence_row.setObjectName("rating_influence")
        self.importance_row.chosen.connect(lambda v: self._set_area_rating(self.importance_row, importance=v))
        self.importance_row.cleared.connect(lambda: self._set_area_rating(self.importance_row, importance=None))
        self.influence_row.chosen.connect(lambda v: self._set_area_rating(self.influence_row, influence=v))
        self.influence_row.cleared.connect(lambda: self._set_area_rating(self.influence_row, influence=None))
        for row in (self.importance_row, self.influence_row):
            row.step.connect(lambda step, r=row: self._step(r, step))
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.heading)
        inner_layout.addWidget(self.sheet_box)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.HLine)
        inner_layout.addWidget(separator)
        inner_layout.addWidget(self.importance_row)
        inner_layout.addWidget(self.influence_row)
        inner_layout.addStretch()
        self.scroll.setWidget(inner)
        self.panel = AreaPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.scroll)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.status = QLabel()
        self.status.setObjectName("rating_status")
        self.status.setWordWrap(True)
        keys = QLabel(self.tr("Keys: 1–4 rate · 0 or N don’t know · Del remove the answer · ↑ ↓ move · "
                              "PgDown or Ctrl+Enter next area · PgUp previous area · Alt+R respondent"))  # fmt: skip
        keys.setWordWrap(True)
        keys.setStyleSheet("color: #444;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(keys)
        for sequence, step in (("PgDown", 1), ("Ctrl+Return", 1), ("Ctrl+Enter", 1), ("PgUp", -1)):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.go_area(step))

    # --- shared state -------------------------------------------------------------------------------------
    @property
    def ctx(self):
        return self.wizard().ctx

    @property
    def db(self):
        return self.wizard().ctx.db

    @property
    def areas(self) -> list[ac.AreaInfo]:
        return self.wizard().areas

    @property
    def current_area(self) -> ac.AreaInfo:
        return self.areas[self.area_index]

    @property
    def respondent_id(self) -> int | None:
        return self.respondent.currentData()

    # --- loading ------------------------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 — Qt's name
        place = self.wizard().place
        self.respondents = ac.list_respondents(self.db, self.wizard().process_id)
        self.respondent.blockSignals(True)
        self.respondent.clear()
        for respondent in self.respondents:
            self.respondent.addItem(respondent.full_name, respondent.id)
        index = self.respondent.findData(place.respondent_id)
        self.respondent.setCurrentIndex(max(0, index))
        self.respondent.blockSignals(False)
        numbers = [a.number for a in self.areas]
        self.area_index = numbers.index(place.area_number) if place.area_number in numbers else 0
        self.show_sheet(focus_row=place.row if index >= 0 else 0)

    def _respondent_changed(self, _index: int) -> None:
        # The same area for the next person: the team may go round the table area by area.
        self.show_sheet()

    def _area_chosen(self, index: int) -> None:
        if index >= 0 and index != self.area_index:
            self.area_index = index
            self.show_sheet()

    def show_sheet(self, focus_row: int = 0) -> None:
        """Show the current respondent's sheet for the current area and remember where the user is."""
        area = self.current_area
        rid = self.respondent_id
        self.sheet = ac.area_sheet(self.db, rid, area.id) if rid else None
        for row in self.rows:
            self.sheet_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        for statement in area.statements:
            row = ChoiceRow(statement.text, statement_options(), self.sheet_box, number=f"{statement.position}.")
            row.setObjectName(f"statement_{statement.position}")
            row.chosen.connect(lambda v, r=row, s=statement.id: self._set_answer(r, s, v))
            row.cleared.connect(lambda r=row, s=statement.id: self._set_answer(r, s, NOTHING))
            row.step.connect(lambda step, r=row: self._step(r, step))
            if self.sheet and statement.id in self.sheet.ratings:
                row.set_value(self.sheet.ratings[statement.id])
            self.sheet_layout.addWidget(row)
            row.show()  # at once, not at the next event loop pass: the focus must land on it now
            self.rows.append(row)
        self.importance_row.set_value(self.sheet.importance if self.sheet and self.sheet.importance else NOTHING)
        self.influence_row.set_value(self.sheet.influence if self.sheet and self.sheet.influence else NOTHING)
        self.heading.setText(self.tr("Area %1 of %2: %3").replace("%1", str(area.number))
                             .replace("%2", str(len(self.areas))).replace("%3", area.name))  # fmt: skip
        self.panel.show_area(area)
        # The answer buttons cannot wrap, the lists beside them can: the splitter gives the sheet its full
        # width first, so on a 1280×720 projector the sheet is never scrolled sideways and cut on the left.
        self._fit_sheet_width()
        self._refresh_area_combo()
        self.previous_button.setEnabled(self.area_index > 0)
        self._update_status()
        self.setTabOrder(self.next_button, self.all_rows()[0])
        widgets = self.all_rows()
        for first, second in zip(widgets, widgets[1:]):
            self.setTabOrder(first, second)
        focus_row = min(max(focus_row, 0), len(widgets) - 1)
        place = self.wizard().place
        place.respondent_id, place.area_number, place.row = rid, area.number, focus_row
        if self.focusWidget() not in (self.respondent, self.area):  # arrows in a list keep working there
            self.focus_start()
        if not self.wizard()._resuming:
            self.ctx.run(self, ac.save_wizard_place, self.wizard().process_id, place)

    def all_rows(self) -> list[ChoiceRow]:
        return [*self.rows, self.importance_row, self.influence_row]

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 — Qt's name
        """Enter in the respondent or area list goes to the sheet, not to the wizard's Next button."""
        if (watched in (self.respondent, self.area) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):  # fmt: skip
            self.focus_start()
            return True
        return super().eventFilter(watched, event)

    def _fit_sheet_width(self) -> None:
        inner = self.scroll.widget()
        inner.layout().activate()
        self.scroll.setMinimumWidth(
            inner.minimumSizeHint().width() + self.scroll.verticalScrollBar().sizeHint().width()
        )

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Larger type (workshop mode, F11) needs a wider sheet: the answers are measured again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.scroll.widget() is not None:
            self._fit_sheet_width()

    def focus_start(self) -> None:
        """Put the keyboard on the statement where the user is, so the first key press rates it."""
        widgets = self.all_rows()
        index = min(max(self.wizard().place.row, 0), len(widgets) - 1)
        target = widgets[index]
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if index == 0:  # a new area starts with its title in sight, not scrolled half away
            self.scroll.verticalScrollBar().setValue(0)
        else:
            self.scroll.ensureWidgetVisible(target)

    def _refresh_area_combo(self) -> None:
        progress = {}
        if self.respondent_id:
            progress = ac.sheet_progress(self.db, self.wizard().process_id).get(self.respondent_id, {})
        self.area.blockSignals(True)
        if self.area.count() != len(self.areas):
            self.area.clear()
            for area in self.areas:
                self.area.addItem(area.title, area.id)
        for index, area in enumerate(self.areas):
            state = progress.get(area.id)
            mark = "✔ " if state and state.complete else "… " if state and state.started else ""
            self.area.setItemText(index, mark + area.title)
        self.area.setCurrentIndex(self.area_index)
        self.area.blockSignals(False)
        self._progress = progress

    def _update_status(self) -> None:
        done = sum(1 for p in getattr(self, "_progress", {}).values() if p.complete)
        name = self.respondent.currentText()
        self.status.setText(
            self.tr("%1: %2 of %3 areas complete. Every answer is saved at once.")
            .replace("%1", name)
            .replace("%2", str(done))
            .replace("%3", str(len(self.areas)))
        )

    # --- answering ----------------------------------------------------------------------------------------
    def show_error(self, error: DomainError) -> None:
        """An answer refused: said in the status line under the sheet (the page is the runner's form)."""
        self.status.setText(error.message)

    def _may_change(self) -> bool:
        """Ask before the first change that would make an already chosen area rest on older answers."""
        wizard = self.wizard()
        state = ac.choice_status(self.db, wizard.process_id)
        if state.chosen_area_id is None or state.outdated:
            return True
        decision = ask_reopen(self)
        if decision == REOPEN and self.ctx.run(self, ac.reopen_choice, wizard.process_id, form=self) is FAILED:
            return False
        return decision != CANCEL

    def _set_answer(self, row: ChoiceRow, statement_id: int, value: object) -> None:
        if self.respondent_id is None or (value is NOTHING and row.value() is NOTHING):
            return
        if value is not NOTHING and row.value() is not NOTHING and row.value() == value:
            self._step(row, 1)  # the same answer again: just move on
            return
        if not self._may_change():
            return
        if value is NOTHING:
            change = self.ctx.run(self, ac.clear_answer, self.respondent_id, statement_id, form=self)
        else:
            change = self.ctx.run(self, ac.set_answer, self.respondent_id, statement_id, value, form=self)
        if change is FAILED:
            return
        row.set_value(value)
        self._answered(row, moved=value is not NOTHING)

    def _set_area_rating(self, row: ChoiceRow, **values) -> None:
        value = next(iter(values.values()))
        current = row.value()
        if self.respondent_id is None or (current is not NOTHING and current == value) or (
                current is NOTHING and value is None):  # fmt: skip
            if value is not None:
                self._step(row, 1)
            return
        if not self._may_change():
            return
        if self.ctx.run(self, ac.set_area_rating, self.respondent_id, self.current_area.id, form=self,
                        **values) is FAILED:  # fmt: skip
            return
        row.set_value(NOTHING if value is None else value)
        self._answered(row, moved=value is not None)

    def _answered(self, row: ChoiceRow, moved: bool) -> None:
        self._refresh_area_combo()
        self._update_status()
        if moved:
            self._step(row, 1)
        # Stored with the answer: after a crash the sheet reopens on the next statement, not on one already
        # answered, where the next key press would overwrite it.
        self.ctx.run(self, ac.save_wizard_place, self.wizard().process_id, self.wizard().place)

    def _step(self, row: ChoiceRow, step: int) -> None:
        widgets = self.all_rows()
        index = widgets.index(row) + step
        if index >= len(widgets):
            self.next_button.setFocus(Qt.FocusReason.TabFocusReason)
            return
        target = widgets[max(0, index)]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        self.scroll.ensureWidgetVisible(target)
        self.wizard().place.row = widgets.index(target)

    # --- moving between areas and respondents -------------------------------------------------------------
    def go_area(self, step: int) -> None:
        index = self.area_index + step
        if 0 <= index < len(self.areas):
            self.area_index = index
            self.show_sheet()
            return
        if index >= len(self.areas):
            next_respondent = self.respondent.currentIndex() + 1
            if next_respondent < self.respondent.count():
                self.area_index = 0
                self.respondent.setCurrentIndex(next_respondent)  # shows area 1 of the next person
                self.status.setText(self.tr("Sheet of %1 — area 1.").replace("%1", self.respondent.currentText()))
            else:
                self.status.setText(self.tr("This was the last area of the last respondent. Go to the results "
                                            "with “Next”."))  # fmt: skip
                self.wizard().button(QWizard.WizardButton.NextButton).setFocus()

    def validatePage(self) -> bool:  # noqa: N802 — Qt's name
        self.leave()
        return True

    def leave(self) -> None:
        """Answers are already stored; keep where the user was."""
        focused = self.focusWidget()
        widgets = self.all_rows()
        if focused in widgets:
            self.wizard().place.row = widgets.index(focused)
        self.ctx.run(self, ac.save_wizard_place, self.wizard().process_id, self.wizard().place)
