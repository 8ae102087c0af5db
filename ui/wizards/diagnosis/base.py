"""What every page of the deep diagnosis shares: the store, the process, an error line, saving on leaving."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWizardPage

from ui.context import FAILED
from ui.widgets.forms import ErrorLine
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import processes
from wsparcie_desktop.services.diagnosis import WIZARD


class DiagnosisPage(QWizardPage):
    """Subclasses build their widgets into ``self.body`` and implement load / leave / check.

    Every change a page makes goes through the runner (``self.ctx.run``), which announces it to the open screens;
    a refusal that belongs to no field of a form goes to the page's error line (the page is the runner's ``form``).
    """

    def __init__(self, title: str, subtitle: str):
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.error = ErrorLine("page_error")
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.error)

    @property
    def ctx(self):
        return self.wizard().ctx

    @property
    def db(self):
        return self.wizard().ctx.db

    @property
    def process_id(self) -> int:
        return self.wizard().process_id

    @property
    def jst_id(self) -> int:
        return self.wizard().jst_id

    # --- hooks ------------------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the page's part of the diagnosis from the services."""

    def leave(self) -> bool:
        """Store whatever is still being edited; False when a rule stops it (the message is shown)."""
        return True

    def check(self, db) -> None:
        """Raise DomainError when the page is not complete enough to move on."""

    # --- Qt -------------------------------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 — Qt's name
        self.show_error(None)
        self.load()

    def show_error(self, error: DomainError | str | None) -> None:
        self.error.show_error(error)

    def validatePage(self) -> bool:  # noqa: N802 — Qt's name
        """Leaving stores the page; a page not complete enough keeps the user on it with the reason."""
        wizard = self.wizard()
        if getattr(wizard, "resuming", False):
            return True
        if not self.leave():
            return False
        if self.ctx.run(self, self.check, form=self) is FAILED:
            return False
        self.show_error(None)
        following = wizard.nextId()
        self.ctx.run(self, processes.set_wizard_page, self.process_id, WIZARD,
                     following if following >= 0 else wizard.currentId())  # fmt: skip
        return True
