"""The wizard "Wybór obszaru": introduction, respondents, rating the areas, results, the choice.

Every answer is stored the moment it is given and every page stores its part as the user leaves it; where
the user was (page, respondent, area) is kept in the process's wizard progress, so closing the wizard or
losing the laptop mid-conference and opening it again lands on the same sheet with the answers in place.
Each of these goes through the runner (``ctx.run``), which tells the open screens (the process section, the
dashboard) what changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard

from ui.context import AppContext
from ui.widgets.wizard_header import keep_header_whole
from ui.wizards.area_choice.choice_page import ChoicePage
from ui.wizards.area_choice.intro_page import IntroPage
from ui.wizards.area_choice.rating_page import RatingPage
from ui.wizards.area_choice.respondents_page import RespondentsPage
from ui.wizards.area_choice.results_page import ResultsPage
from wsparcie_desktop.services import area_choice as ac

INTRO, RESPONDENTS, RATING, RESULTS, CHOICE = range(5)


class AreaChoiceWizard(QWizard):
    def __init__(self, ctx: AppContext, jst_id: int, process_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.jst_id, self.process_id = ctx, jst_id, process_id
        self.setObjectName("area_choice_wizard")
        self.setWindowTitle(self.tr("Choosing the area — initial diagnosis"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        keep_header_whole(self)  # long sub-titles wrap whole in large type and on narrow screens
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Save the choice"))
        self.setMinimumSize(900, 600)
        self.areas = ac.load_areas(ctx.db)
        self.place = ac.wizard_place(ctx.db, process_id)
        self._resuming = True
        self.setPage(INTRO, IntroPage())
        self.setPage(RESPONDENTS, RespondentsPage())
        self.setPage(RATING, RatingPage())
        self.setPage(RESULTS, ResultsPage())
        self.setPage(CHOICE, ChoicePage())
        self.currentIdChanged.connect(self._page_changed)
        self.resume()

    # --- where the user was -------------------------------------------------------------------------------
    def resume(self) -> None:
        """Walk forward to the page saved last time (each page loads and checks its own state on the way)."""
        target = self.place.page
        self._resuming = True
        self.restart()
        while self.currentId() < target and self.currentId() != -1:
            before = self.currentId()
            self.next()
            if self.currentId() == before:  # the page refused to be left (e.g. no respondents any more)
                break
        self._resuming = False
        self.save_place()

    def _page_changed(self, page_id: int) -> None:
        page = self.currentPage()
        if hasattr(page, "focus_start"):  # after QWizard has put the focus on the page's first widget
            page.focus_start()
        if page_id < 0 or self._resuming:
            return
        self.save_place()

    def save_place(self) -> None:
        if self.currentId() >= 0:
            self.place.page = self.currentId()
        self.ctx.run(self, ac.save_wizard_place, self.process_id, self.place)

    # --- closing ------------------------------------------------------------------------------------------
    def done(self, result: int) -> None:
        """Closing by any way (Close, Esc, the window's ×, Finish) keeps the place and what is being typed."""
        page = self.currentPage()
        if hasattr(page, "leave"):
            page.leave()
        self.save_place()
        super().done(result)

    def keyPressEvent(self, event) -> None:  # noqa: N802 — Qt's name
        # Esc closes like "Close" (everything is already stored), never with a question.
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
