"""A wizard's sub-title shown whole, however long it wraps.

QWizard puts a page's title and sub-title in a header above the page. The sub-title wraps, but on each page
QWizard fixes the header's height from the sub-title's height at a width of its own choosing (about 512
pixels), not at the width the label is given: on a narrow window or in large type (workshop mode at 1024×768)
the last line of a long sub-title was cut off. The keeper below sets the label's least height to the height
its text needs at its real width whenever that width, its font or its text (another page) changes, and lets
the header grow to hold it (never shrinking what QWizard chose, so the pages do not jump).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWizard, QWizardPage


def _on_a_page(label: QLabel) -> bool:
    parent = label.parentWidget()
    while parent is not None:
        if isinstance(parent, QWizardPage):
            return True
        parent = parent.parentWidget()
    return False


class _KeepHeaderWhole(QObject):
    def __init__(self, wizard: QWizard):
        super().__init__(wizard)
        self.wizard = wizard
        wizard.installEventFilter(self)
        wizard.currentIdChanged.connect(lambda _id: self.fit())
        self.fit()

    def labels(self) -> list[QLabel]:
        return [label for label in self.wizard.findChildren(QLabel) if label.wordWrap() and not _on_a_page(label)]

    def fit(self) -> None:
        for label in self.labels():
            if not label.property("header_kept"):  # the wizard makes its header labels when it first lays out
                label.setProperty("header_kept", True)
                label.installEventFilter(self)
            self.fit_label(label)

    @staticmethod
    def fit_label(label: QLabel) -> None:
        needed = label.heightForWidth(label.width()) if label.text() and label.isVisible() else 0
        if needed <= 0:
            return
        if needed != label.minimumHeight():
            label.setMinimumHeight(needed)
        header = label.parentWidget()
        layout = header.layout() if header is not None else None
        if layout is not None and header.minimumHeight() == header.maximumHeight():  # QWizard's fixed height
            wanted = layout.minimumSize().height()
            if wanted > header.maximumHeight():
                header.setFixedHeight(wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        kind = event.type()
        if watched is self.wizard:
            if kind in (QEvent.Type.Show, QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
                QTimer.singleShot(0, self, self.fit)  # once the wizard has laid out its header
        elif isinstance(watched, QLabel) and kind in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            self.fit_label(watched)
        return False


def keep_header_whole(wizard: QWizard) -> None:
    """Show the wizard's page sub-titles whole at any width and type size (call once, in the wizard's __init__)."""
    _KeepHeaderWhole(wizard)
