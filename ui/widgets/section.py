"""Base of a main-window section: it shows one part of the chosen JST."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class Section(QWidget):
    """Subclasses set ``key`` and return their title from ``title()`` (translated with self.tr)."""

    key = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.jst_id: int | None = None

    def title(self) -> str:
        raise NotImplementedError

    def set_jst(self, jst_id: int | None) -> None:
        """Show this JST (None when none is chosen); called whenever the choice changes."""
        self.jst_id = jst_id
        self.refresh()

    def refresh(self) -> None:
        """Reload what is shown from the services."""
