"""Tryb warsztatowy (F11): the current window full-screen, in large type and high contrast, for a projector.

Advisors run two-day workshops from a projector at 1280×720 (1024×768 on older ones) and type what the room
says straight into the rating sheet, the deep diagnosis wizard, the agenda and the attendance ticks. F11 in
any window of the program (the main window or a wizard) turns that window into the workshop view; F11 again
turns it back. Keyboard entry is untouched: it is the same screen, only larger.

What changes, and is put back on leaving:
- the application's font grows by ``ZOOM`` (150 %), so every widget, dialog and table of the session is large;
- the palette becomes black on white with a strong blue selection (the focus frame is drawn in it too);
- tick boxes and round choice buttons (the attendance ticks, the rating sheet's answers) are drawn twice as large,
  so the room can see them from the back and a tick is easy to hit;
- in the main window the navigation (the list of JSTs and sections), the menu bar and the status bar hide;
- buttons keep their whole words; drop-down lists no longer widen themselves to their longest entry (a data task's whole description);
- heights fixed for the normal font (a three-line text field, a table sized to its rows) grow in proportion,
  and table rows are measured again, so no text is cut.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QPushButton, QTableView, QWidget

from ui.qt_enums import set_by_name, set_shortcut

ZOOM = 1.5
COMBO_CHARACTERS = 8  # a drop-down list in workshop mode is at least this wide and never wider than its room
UNBOUNDED = 16777215  # QWIDGETSIZE_MAX


_zoom = 1.0  # ZOOM while a window is in workshop mode: dialogs opened then size themselves by it


def current_zoom() -> float:
    """How much larger the type is now: ZOOM in workshop mode, else 1 (FormDialog widens itself by it)."""
    return _zoom


def zoomed(font: QFont, factor: float = ZOOM) -> QFont:
    bigger = QFont(font)
    if font.pointSizeF() > 0:
        bigger.setPointSizeF(font.pointSizeF() * factor)
    else:
        bigger.setPixelSize(round(font.pixelSize() * factor))
    return bigger


class WorkshopMode(QObject):
    """One per program, owned by the main window; ``action`` (F11) is its menu entry and shortcut."""

    def __init__(self, main_window: QWidget, navigation: Callable[[], list[QWidget]]):
        super().__init__(main_window)
        self.main_window = main_window
        self.navigation = navigation
        self.window: QWidget | None = None  # the window in workshop mode, if any
        self._restore: list[Callable[[], None]] = []
        self.action = QAction(self.tr("&Workshop mode (projector)"), main_window)
        self.action.setObjectName("workshop_action")
        self.action.setCheckable(True)
        set_shortcut(self.action, "F11")
        set_by_name(self.action, "shortcutContext", "ApplicationShortcut")  # F11 in a dialog too (ui/qt_enums.py)
        self.action.triggered.connect(lambda _checked=False: self.toggle())
        main_window.addAction(self.action)  # the shortcut keeps working while the menu bar is hidden

    @property
    def active(self) -> bool:
        return self.window is not None

    def toggle(self, window: QWidget | None = None) -> None:
        if self.active:
            self.leave()
        else:
            self.enter(window or QApplication.activeWindow() or self.main_window)

    def enter(self, window: QWidget) -> None:
        if self.active:
            self.leave()
        from ui.workshop_style import LargeIndicators, high_contrast_palette  # only when the mode is entered

        window = window.window()
        font, palette = QApplication.font(), QApplication.palette()
        self._restore = [_restyle, lambda: QApplication.setFont(font), lambda: QApplication.setPalette(palette)]
        state, smallest = window.windowState(), window.minimumSize()
        self._restore.append(lambda: window.setWindowState(state))
        self._restore.append(lambda: window.setMinimumSize(smallest))
        window.setMinimumSize(0, 0)  # a wizard's least size for a laptop may exceed the projector's screen
        # the program's style comes back before its palette (a style brings its own): the list runs backwards
        self._restore.append(lambda name=QApplication.style().name(): QApplication.setStyle(name))
        if window is self.main_window:
            for widget in self.navigation():
                if widget.isVisible():
                    widget.hide()
                    self._restore.append(widget.show)
        style = QApplication.style().name()
        QApplication.setStyle(LargeIndicators(style))
        QApplication.setFont(zoomed(font))
        QApplication.setPalette(high_contrast_palette())
        _restyle()
        self._fit_for_projector(window)
        window.showFullScreen()
        QApplication.processEvents()  # the large type reaches every widget before they are measured
        self._keep_button_texts(window)
        self.window = window
        _set_zoom(ZOOM)
        self.action.setChecked(True)
        self.fit_rows()
        QTimer.singleShot(0, self.fit_rows)  # once the full-screen layout has given the columns their widths

    def leave(self) -> None:
        for undo in reversed(self._restore):
            try:
                undo()
            except RuntimeError:  # a widget closed while in workshop mode (a dialog) has nothing to put back
                pass
        self._restore = []
        window, self.window = self.window, None
        _set_zoom(1.0)
        self.action.setChecked(False)
        if window is not None:
            _fit_table_rows(window)

    def fit_rows(self) -> None:
        """Measure the rows of the window's tables again in the large type (a screen shown later calls this too)."""
        if self.window is not None:
            QApplication.processEvents()
            _fit_table_rows(self.window)

    def _fit_for_projector(self, window: QWidget) -> None:
        for widget in window.findChildren(QWidget):
            if isinstance(widget, QComboBox):  # a list of long names must not widen the page beyond the screen
                policy, length = widget.sizeAdjustPolicy(), widget.minimumContentsLength()
                widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                widget.setMinimumContentsLength(COMBO_CHARACTERS)
                narrowest = widget.minimumWidth()
                if not narrowest:  # the list's longest entry would otherwise still be its least width in a row
                    widget.setMinimumWidth(widget.fontMetrics().averageCharWidth() * COMBO_CHARACTERS * 3 // 2)
                self._restore.append(lambda w=widget, p=policy, n=length, m=narrowest: (
                    w.setSizeAdjustPolicy(p), w.setMinimumContentsLength(n), w.setMinimumWidth(m)))  # fmt: skip
            low, high = widget.minimumHeight(), widget.maximumHeight()
            if high < UNBOUNDED and high > 0:
                widget.setMaximumHeight(round(high * ZOOM))
                self._restore.append(lambda w=widget, h=high: w.setMaximumHeight(h))
            if low > 0 and low == high:  # a fixed height (a text field of three lines): it grows with the type
                widget.setMinimumHeight(round(low * ZOOM))
                self._restore.append(lambda w=widget, h=low: w.setMinimumHeight(h))

    def _keep_button_texts(self, window: QWidget) -> None:
        """A crowded row gives way in its lists and fields, never in a button's words."""
        for button in window.findChildren(QPushButton):
            wanted, before = button.sizeHint().width(), button.minimumWidth()
            if button.text() and wanted > before:
                button.setMinimumWidth(wanted)
                self._restore.append(lambda b=button, w=before: b.setMinimumWidth(w))


def _set_zoom(factor: float) -> None:
    global _zoom
    _zoom = factor


def _restyle() -> None:
    """A widget with a style sheet of its own keeps the font it was polished with: polish it again."""
    for top in QApplication.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            sheet = widget.styleSheet()
            if sheet:
                widget.setStyleSheet("")
                widget.setStyleSheet(sheet)


def _fit_table_rows(window: QWidget) -> None:
    for view in window.findChildren(QAbstractItemView):
        if isinstance(view, QTableView) and view.wordWrap():
            view.resizeRowsToContents()
