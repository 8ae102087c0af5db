"""What every page of the deep diagnosis shares: the store, the process, an error line, saving on leaving."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import processes
from wsparcie_desktop.services.diagnosis import WIZARD

ERROR_STYLE = "color: #b00020; font-weight: bold;"


class DiagnosisPage(QWizardPage):
    """Subclasses build their widgets into ``self.body`` and implement load / leave / check."""

    def __init__(self, title: str, subtitle: str):
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.error = QLabel()
        self.error.setObjectName("page_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
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

    def check(self) -> None:
        """Raise DomainError when the page is not complete enough to move on."""

    # --- Qt -------------------------------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 — Qt's name
        self.show_error(None)
        self.load()

    def show_error(self, error: DomainError | str | None) -> None:
        text = error.message if isinstance(error, DomainError) else (error or "")
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def validatePage(self) -> bool:  # noqa: N802 — Qt's name
        wizard = self.wizard()
        if getattr(wizard, "resuming", False):
            return True
        if not self.leave():
            return False
        try:
            self.check()
        except DomainError as exc:
            self.show_error(exc)
            return False
        self.show_error(None)
        following = wizard.nextId()
        processes.set_wizard_page(self.db, self.process_id, WIZARD, following if following >= 0 else wizard.currentId())
        wizard.changed()
        return True
