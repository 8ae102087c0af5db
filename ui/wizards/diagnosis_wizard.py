"""The wizard "Diagnoza pogłębiona": participants, "Jak jest?", "Jak chcemy, żeby było?", causes, gaps,
priorities, goals and indicators — for the area the process chose in stage 1.

Each page stores its rows as they are committed and its whole part as the user leaves it; the page reached is
kept in the process's wizard progress, so closing the wizard (or the laptop) and opening it again resumes
on the same page with everything in place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from ui.context import AppContext
from ui.widgets.wizard_header import keep_header_whole
from ui.wizards.diagnosis.causes_page import CausesPage
from ui.wizards.diagnosis.current_states_page import CurrentStatesPage
from ui.wizards.diagnosis.gaps_page import GapsPage
from ui.wizards.diagnosis.goals_page import GoalsPage
from ui.wizards.diagnosis.participants_page import ParticipantsPage
from ui.wizards.diagnosis.priorities_page import PrioritiesPage
from ui.wizards.diagnosis.target_states_page import TargetStatesPage
from wsparcie_desktop.services import processes
from wsparcie_desktop.services.diagnosis import WIZARD, diagnosis_context

PARTICIPANTS, CURRENT, TARGET, CAUSES, GAPS, PRIORITIES, GOALS = range(7)


class DiagnosisWizard(QWizard):
    def __init__(self, ctx: AppContext, jst_id: int, process_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.jst_id, self.process_id = ctx, jst_id, process_id
        self.setObjectName("diagnosis_wizard")
        context = diagnosis_context(ctx.db, process_id)
        self.setWindowTitle(self.tr("Deep diagnosis — %1").replace("%1", context.area_title))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        keep_header_whole(self)  # long sub-titles wrap whole in large type and on narrow screens
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, True)  # Enter belongs to the forms, not to "Next"
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setMinimumSize(1100, 760)
        self.resuming = False
        for page_id, page in enumerate((ParticipantsPage(), CurrentStatesPage(), TargetStatesPage(), CausesPage(),
                                        GapsPage(), PrioritiesPage(), GoalsPage())):  # fmt: skip
            self.setPage(page_id, page)
        self.currentIdChanged.connect(self._page_changed)
        self.resume()

    def resume(self) -> None:
        """Walk forward to the page stored last time; each page loads its part on the way."""
        target, _detail = processes.wizard_page(self.ctx.db, self.process_id, WIZARD)
        self.resuming = True
        self.restart()
        while 0 <= self.currentId() < target:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break
        self.resuming = False

    def _page_changed(self, page_id: int) -> None:
        if page_id >= 0 and not self.resuming:
            self.ctx.run(self, processes.set_wizard_page, self.process_id, WIZARD, page_id)

    def done(self, result: int) -> None:
        """Closing by any way keeps what is being typed and the page reached (Finish also checks the goals)."""
        page = self.currentPage()
        if page is not None and result != QWizard.DialogCode.Accepted and not page.leave() and not self._discard():
            return  # the form keeps what was typed, with the reason under its field
        if self.currentId() >= 0:
            self.ctx.run(self, processes.set_wizard_page, self.process_id, WIZARD, self.currentId())
        super().done(result)

    def _discard(self) -> bool:
        """A form that breaks a rule cannot be stored; closing would drop it, so the user decides."""
        answer = QMessageBox.question(
            self, self.tr("Close the wizard"),
            self.tr("What is typed in the form on this page cannot be stored yet — the reason is shown under the "
                    "field. Close anyway and discard it?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def keyPressEvent(self, event) -> None:  # noqa: N802 — Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.reject()  # everything is stored already; Esc just closes, never with a question
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # A line edit passes Enter on after using it (a cause typed, a row stored): it must not also turn the
            # page. A focused button takes its Enter itself.
            return
        super().keyPressEvent(event)
