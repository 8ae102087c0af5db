"""Workshop mode (F11) on a projector of 1280×720 and of 1024×768: every page of the three wizards (stage 1's
area choice with its rating sheet, stage 2's deep diagnosis, the HDR), the agenda and the attendance ticks show
every widget whole, with no sideways scrolling, and keep the keyboard.

The offscreen platform has one 800×800 screen, so "full screen" is the projector's size given to the window.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QStyle,
    QTableView,
    QWidget,
    QWizard,
)

from ui.main_window import MainWindow
from ui.wizards.area_choice_wizard import RATING, AreaChoiceWizard
from ui.wizards.diagnosis_wizard import DiagnosisWizard
from ui.wizards.hdr_wizard import HdrWizard
from ui.workshop import ZOOM
from wsparcie_desktop.services import meetings

PROJECTORS = [(1280, 720), (1024, 768)]


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(1)


def _inside_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _clip(widget: QWidget, window: QWidget) -> tuple[int, int]:
    """The horizontal room the widget is shown in: its scroll area's viewport, else the window."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            room = parent.viewport() if child is parent.viewport() else parent  # its scroll bars lie beside it
            left = room.mapTo(window, QPoint(0, 0)).x()
            return left, left + room.width()
        child, parent = parent, parent.parentWidget()
    return 0, window.width()


def _scrolled_content(widget: QWidget) -> bool:
    """A scroll area's content: taller than its viewport on purpose (it scrolls up and down)."""
    viewport = widget.parentWidget()
    area = viewport.parentWidget() if viewport is not None else None
    return isinstance(area, QAbstractScrollArea) and area.viewport() is viewport


def cut_widgets(window: QWidget) -> list[str]:
    """Every visible widget that is cut: outside the width it is shown in, below its parent's bottom edge,
    text longer than the widget or wrapped lower than it, rows lower than their wrapped text, or a scroll area
    that scrolls sideways."""
    problems = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or _inside_item_view(widget) and not isinstance(widget, QAbstractItemView):
            continue
        shown = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        name = f"{type(widget).__name__} {widget.objectName() or ''} {shown!r:.60}"
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            problems.append(f"scrolls sideways: {name}")
        parent = widget.parentWidget()
        if widget is not window and parent is not None and not _scrolled_content(widget):
            if widget.y() + widget.height() > parent.height() + 1:
                problems.append(f"cut at the bottom by {type(parent).__name__} ({widget.y() + widget.height()} > "
                                f"{parent.height()}): {name}")  # fmt: skip
        if widget is not window:
            left, right = _clip(widget, window)
            x = widget.mapTo(window, QPoint(0, 0)).x()
            if x < left - 1 or x + widget.width() > right + 1:
                problems.append(f"outside the width ({x}..{x + widget.width()} of {left}..{right}): {name}")
        if isinstance(widget, QLabel) and widget.text().strip():
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    problems.append(f"wrapped text cut at the bottom: {name}")
            elif widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"text cut at the side ({widget.sizeHint().width()} > {widget.width()}): {name}")
        if isinstance(widget, QAbstractButton) and widget.text() and widget.sizeHint().width() > widget.width() + 1:
            problems.append(f"button text cut ({widget.sizeHint().width()} > {widget.width()}): {name}")
        if isinstance(widget, QTableView) and widget.wordWrap():
            for row in range(widget.model().rowCount()):
                if widget.sizeHintForRow(row) > widget.rowHeight(row) + 1:
                    problems.append(f"row {row} lower than its text: {name}")
                    break
    return problems


@pytest.fixture
def program_look(qapp):
    """The program's own font and its Polish texts (longer than the English sources), Qt's own buttons
    ("< Wstecz", "Dalej >") included, as the program starts on a real projector."""
    from ui.app import BASE_POINT_SIZE, install_translators, load_fonts

    old = QFont(qapp.font())
    load_fonts()
    qapp.setFont(QFont("DejaVu Sans", BASE_POINT_SIZE))
    translators = install_translators(qapp)
    assert len(translators) == 2, "the program's and Qt's Polish"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    qapp.setFont(old)


@pytest.fixture
def window(qtbot, demo_db, program_look):
    db, demo = demo_db
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.select_jst(demo.jst_id)
    yield window
    if window.workshop.active:
        window.workshop.leave()


def enter(qtbot, workshop, target: QWidget, size: tuple[int, int], monkeypatch) -> None:
    monkeypatch.setattr(target, "showFullScreen", lambda: target.resize(*size))
    base = QApplication.font().pointSizeF()
    workshop.enter(target)
    settle(qtbot)
    assert (target.width(), target.height()) == size, "the window fits the projector's screen"
    assert QApplication.font().pointSizeF() >= base * ZOOM - 0.01, "at least 150 %"


@pytest.mark.parametrize("size", PROJECTORS)
def test_the_agenda_and_the_attendance_ticks_fit_the_projector(qtbot, window, demo_db, monkeypatch, size):
    db, demo = demo_db
    window.show_section("meetings")
    section = window.current_section()
    settle(qtbot)
    chosen = section.table.selectionModel().selectedRows()[0]
    assert section.selected_meeting().kind == "summary", "the latest held meeting is chosen"
    assert section.table.visualRect(chosen).intersects(section.table.viewport().rect()), "and scrolled into view"
    nav = window.nav
    base = QApplication.font().pointSizeF()
    tick = QApplication.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    enter(qtbot, window.workshop, window, size, monkeypatch)
    assert not nav.isVisible() and not window.menuBar().isVisible(), "the navigation is hidden"
    table = section.attendance.table
    large = table.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    assert large >= 2 * tick and large >= 24, "the attendance ticks are large enough to see from the back"
    for tab in (section.agenda, section.attendance):
        section.tabs.setCurrentWidget(tab)
        settle(qtbot)
        assert cut_widgets(window) == []
    meeting = section.selected_meeting()
    table.setFocus()
    table.setCurrentCell(0, 3)
    before = meetings.list_participants(db, meeting.id)[0].days_present
    qtbot.keyClick(table, Qt.Key.Key_Space)
    after = meetings.list_participants(db, meeting.id)[0].days_present
    assert before ^ after == {meeting.days[1]}, "Space still ticks attendance in workshop mode"
    assert table.item(0, 3).text() == ("obecny(a)" if after & {meeting.days[1]} else "nieobecny(a)")
    window.workshop.toggle()
    settle(qtbot)
    assert nav.isVisible() and not window.workshop.active and QApplication.font().pointSizeF() < base * ZOOM
    assert QApplication.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) == tick


def walk_every_page(qtbot, wizard: QWizard) -> list[int]:
    """Go through the wizard page by page with its Next button, checking each page whole; the ids seen."""
    seen = []
    while True:
        settle(qtbot)
        seen.append(wizard.currentId())
        assert cut_widgets(wizard) == [], f"page {wizard.currentId()}: {wizard.currentPage().title()}"
        if wizard.currentPage().isFinalPage() or wizard.nextId() == -1:
            break
        wizard.button(QWizard.WizardButton.NextButton).click()
        assert wizard.currentId() != seen[-1], f"Next stayed on page {seen[-1]}"
    return seen


def open_wizard(qtbot, window, wizard_class, demo) -> QWizard:
    wizard = wizard_class(window.ctx, demo.jst_id, demo.process_id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.restart()
    return wizard


@pytest.mark.parametrize("size", PROJECTORS)
def test_every_stage_1_wizard_page_and_its_rating_sheet_fit_the_projector(qtbot, window, demo_db, monkeypatch, size):
    db, demo = demo_db
    wizard = open_wizard(qtbot, window, AreaChoiceWizard, demo)
    enter(qtbot, window.workshop, wizard, size, monkeypatch)
    assert wizard.font().pointSizeF() >= 13
    seen = walk_every_page(qtbot, wizard)
    assert RATING in seen and len(seen) == len(wizard.pageIds())


@pytest.mark.parametrize("size", PROJECTORS)
def test_every_stage_2_wizard_page_fits_the_projector(qtbot, window, demo_db, monkeypatch, size):
    db, demo = demo_db
    wizard = open_wizard(qtbot, window, DiagnosisWizard, demo)
    enter(qtbot, window.workshop, wizard, size, monkeypatch)
    assert len(walk_every_page(qtbot, wizard)) == len(wizard.pageIds())


@pytest.mark.parametrize("size", PROJECTORS)
def test_every_hdr_wizard_page_fits_the_projector(qtbot, window, demo_db, monkeypatch, size):
    db, demo = demo_db
    wizard = open_wizard(qtbot, window, HdrWizard, demo)
    enter(qtbot, window.workshop, wizard, size, monkeypatch)
    assert len(walk_every_page(qtbot, wizard)) == len(wizard.pageIds())


def test_a_long_sub_title_wraps_whole_on_a_narrow_wizard(qtbot, window, demo_db):
    """Outside workshop mode too: QWizard's header follows the sub-title's lines at the width it is given."""
    db, demo = demo_db
    wizard = open_wizard(qtbot, window, DiagnosisWizard, demo)
    wizard.setMinimumSize(0, 0)
    wizard.resize(700, 760)
    while wizard.currentId() != wizard.pageIds()[-1]:
        wizard.next()
    settle(qtbot)
    subtitle = next(label for label in wizard.findChildren(QLabel) if label.text() == wizard.currentPage().subTitle())
    assert subtitle.height() >= subtitle.heightForWidth(subtitle.width()) >= 3 * subtitle.fontMetrics().height()
    assert not [p for p in cut_widgets(wizard) if "cut at the bottom" in p or "wrapped" in p]


def test_f11_toggles_the_mode_of_the_active_window(qtbot, window):
    action = window.workshop.action
    assert action.shortcut().toString() == "F11" and action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    font = QFont(QApplication.font())
    window.workshop.toggle(window)
    assert window.workshop.active and window.workshop.window is window and action.isChecked()
    window.workshop.toggle()
    assert not window.workshop.active and QApplication.font() == font
