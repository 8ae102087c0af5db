"""The choice of exactly one area, with a justification that is required when it is not the top-ranked one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ui.context import FAILED
from ui.widgets.forms import ErrorLine
from ui.wizards.area_choice.area_panel import AreaPanel
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_number
from wsparcie_desktop.services import area_choice as ac


class ChoicePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Choice of the area"))
        self.setSubTitle(self.tr("Choose exactly one area. If it is not the first in the ranking, write why "
                                 "the team chose it."))  # fmt: skip
        self.areas = QListWidget()
        self.areas.setObjectName("choice_areas")
        self.areas.setWordWrap(True)
        self.areas.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.areas.setSpacing(2)
        self.areas.currentRowChanged.connect(self._picked)
        self.note = QLabel()
        self.note.setObjectName("choice_note")
        self.note.setWordWrap(True)
        self.justification = QPlainTextEdit()
        self.justification.setObjectName("choice_justification")
        self.justification.setTabChangesFocus(True)
        self.justification.setPlaceholderText(self.tr("Why this area: what the results and the discussion showed, "
                                                      "what the local government can change itself…"))  # fmt: skip
        self.errors = {name: ErrorLine(f"error_{name}") for name in ("area", "justification", "")}
        self.panel = AreaPanel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.errors[""])
        area_label = QLabel(self.tr("&Area (in the order of the ranking):"))
        area_label.setBuddy(self.areas)
        left_layout.addWidget(area_label)
        left_layout.addWidget(self.areas, 3)
        left_layout.addWidget(self.errors["area"])
        left_layout.addWidget(self.note)
        justification_label = QLabel(self.tr("&Justification:"))
        justification_label.setBuddy(self.justification)
        left_layout.addWidget(justification_label)
        left_layout.addWidget(self.justification, 2)
        left_layout.addWidget(self.errors["justification"])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self.results: ac.Results | None = None
        self.infos = {}

    @property
    def ctx(self):
        return self.wizard().ctx

    @property
    def db(self):
        return self.wizard().ctx.db

    def initializePage(self) -> None:  # noqa: N802 — Qt's name
        wizard = self.wizard()
        self.infos = {a.id: a for a in wizard.areas}
        self.results = ac.results(self.db, wizard.process_id)
        state = ac.stage_state(self.db, wizard.process_id)
        self.clear_errors()
        self.areas.blockSignals(True)
        self.areas.clear()
        for area in self.results.areas:
            score = format_number(area.score, 1) if area.has_data else self.tr("no data")
            place = f"{area.rank}." if area.has_data else "—"
            text = self.tr("%1 place: %2 (score %3)").replace("%1", place).replace(
                "%2", f"{area.number}. {area.name}").replace("%3", score)  # fmt: skip
            if area.discuss:
                text += " — " + self.tr("to discuss")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, area.area_id)
            self.areas.addItem(item)
        self.areas.blockSignals(False)
        top = self.results.top
        wanted = wizard.place.picked_area_id or state.chosen_area_id or (top.area_id if top else None)
        rows = [self.areas.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.areas.count())]
        self.areas.setCurrentRow(rows.index(wanted) if wanted in rows else 0)
        self._picked(self.areas.currentRow())
        draft = wizard.place.draft
        self.justification.setPlainText(state.justification if draft is None else draft)

    def focus_start(self) -> None:
        self.areas.setFocus()

    def picked_area_id(self) -> int | None:
        item = self.areas.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _picked(self, _row: int) -> None:
        area_id = self.picked_area_id()
        self.panel.show_area(self.infos.get(area_id))
        if self.results is None or area_id is None:
            return
        top = self.results.top
        if top is None:
            self.note.setText(self.tr("No statement has been rated yet — fill in the sheets first."))
        elif area_id == top.area_id:
            self.note.setText(self.tr("This area is first in the ranking. A justification is welcome but not "
                                      "required."))  # fmt: skip
        else:
            self.note.setText(self.tr("This area is not first in the ranking (first: %1) — the justification is "
                                      "required.").replace("%1", f"{top.number}. {top.name}"))  # fmt: skip
        self.wizard().place.picked_area_id = area_id

    def validatePage(self) -> bool:  # noqa: N802 — Qt's name
        """“Save the choice” refused: the page stays with the reason under its field and the text as typed."""
        wizard = self.wizard()
        if self.ctx.run(self, ac.choose_area, wizard.process_id, self.picked_area_id(),
                        self.justification.toPlainText(), form=self) is FAILED:  # fmt: skip
            return False
        self.clear_errors()
        wizard.place.picked_area_id = None
        wizard.place.draft = None
        wizard.save_place()  # QWizard validates after our done() has already stored the place
        return True

    def show_error(self, error: DomainError) -> None:
        """The message goes under the list or under the justification, and the cursor goes there too."""
        self.clear_errors()
        self.errors.get(error.field or "", self.errors[""]).show_error(error)
        {"area": self.areas, "justification": self.justification}.get(error.field or "", self.areas).setFocus()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_errors()

    def error_text(self, name: str) -> str:
        label = self.errors[name]
        return "" if label.isHidden() else label.text()

    def cleanupPage(self) -> None:  # noqa: N802 — Qt's name: going Back keeps what was typed
        self.leave()

    def leave(self) -> None:
        """Keep the justification being written and the area picked, without making the choice.

        With no area chosen yet the text is stored in the process; once an area is chosen, its recorded
        justification stays as saved and the new text waits in the wizard's place until "Save the choice"."""
        if self.results is None:
            return
        wizard = self.wizard()
        text = self.justification.toPlainText()
        state = ac.stage_state(self.db, wizard.process_id)
        if state.chosen_area_id is None:
            wizard.place.draft = None
            self.ctx.run(self, ac.save_justification_draft, wizard.process_id, text, form=self)
            return
        unchanged = self.picked_area_id() == state.chosen_area_id and text.strip() == state.justification
        wizard.place.draft = None if unchanged else text
