"""The HDR's Gantt chart: only what is on screen is painted, a third bar for what was carried out, the zoom
that fits the HDR's period, the month and year kept in sight at week zoom, clicks and one row redrawn."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from ui.widgets.gantt import ACTUAL, ACTUAL_ONGOING, CURRENT, FIT, MONTH, WEEK, GanttView
from wsparcie_desktop.services.hdr_projection import GanttRow

D = dt.date
PERIOD = (D(2026, 9, 1), D(2028, 8, 31))


def chart(qtbot, bars, today=D(2026, 11, 2)) -> GanttView:
    view = GanttView()
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.set_bars(bars, PERIOD, today=today, tooltips=lambda row: f"{row.number}. {row.name}")
    view.show()
    qtbot.waitExposed(view)
    return view


def colour_at(view: GanttView, rect) -> QColor:
    """The colour painted in the middle of a scene rectangle, as the user sees it."""
    image = view.viewport().grab().toImage()
    centre = view.mapFromScene(rect.center())
    return image.pixelColor(centre.x(), centre.y())


def test_a_row_carrying_actuals_draws_a_third_bar(qtbot):
    bars = [
        GanttRow(1, 1, "Zrobione", D(2026, 9, 10), D(2026, 10, 10), baseline=(D(2026, 9, 1), D(2026, 9, 30)),
                 actual_start=D(2026, 9, 15), actual_end=D(2026, 10, 20)),
        GanttRow(2, 2, "W toku", D(2026, 9, 10), D(2026, 12, 10), actual_start=D(2026, 10, 1)),
        GanttRow(3, 3, "Nie zaczęte", D(2026, 9, 10), D(2026, 10, 10)),
    ]  # fmt: skip
    view = chart(qtbot, bars)
    done, ongoing, planned = (view.item_for(i) for i in (1, 2, 3))
    assert done.actual_rect().left() == view.x_of(D(2026, 9, 15)) and done.actual_rect().width() == 36
    assert ongoing.actual_rect().width() == (D(2026, 11, 2) - D(2026, 10, 1)).days + 1  # up to today
    assert planned.actual_rect() is None
    # the three bars of a row do not overlap: plan above, approved plan below it, carried out at the bottom
    assert done.rect().bottom() < done.baseline_rect().top() < done.baseline_rect().bottom() < done.actual_rect().top()
    assert colour_at(view, done.actual_rect()) == ACTUAL
    assert colour_at(view, ongoing.actual_rect()) == ACTUAL_ONGOING
    assert colour_at(view, done.rect()) == CURRENT


def test_fit_to_the_period_shows_the_whole_period_and_follows_the_width(qtbot):
    bars = [GanttRow(i, i, f"Działanie {i}", D(2026, 9, 1) + dt.timedelta(days=20 * i),
                     D(2026, 9, 30) + dt.timedelta(days=20 * i)) for i in range(30)]  # fmt: skip
    view = chart(qtbot, bars)
    view.set_zoom(FIT)
    width = view.viewport().width()
    start = view.mapFromScene(view.x_of(PERIOD[0]), 0).x()
    end = view.mapFromScene(view.x_of(PERIOD[1]) + 1, 0).x()
    assert 0 <= start <= 2 and width - 4 <= end <= width
    view.resize(900, 500)
    qtbot.waitUntil(lambda: view.viewport().width() < width)
    assert abs(view.transform().m11() * (PERIOD[1] - PERIOD[0]).days - view.viewport().width()) < 4
    view.set_zoom(MONTH)
    assert view.transform().m11() == 4.0


def test_at_week_zoom_the_month_and_year_stay_in_sight(qtbot):
    view = chart(qtbot, [GanttRow(1, 1, "Długie", D(2026, 9, 1), D(2027, 6, 30))])
    view.set_zoom(WEEK)
    view.centerOn(view.x_of(D(2026, 12, 12)), 0)  # the left edge in late November: its first day is out of view
    labels = view.header.month_labels()
    rect, text = labels[0]
    assert text.endswith("2026") and text.split()[0] != ""
    assert 0 <= rect.left() <= 8  # held at the scale's left edge
    first_day = view.mapToScene(0, 0).x()
    assert view.day_at(first_day).month == 11


def test_only_the_rows_in_view_are_painted_and_a_click_selects(qtbot):
    bars = [GanttRow(i, i, f"Działanie {i}", D(2026, 9, 1) + dt.timedelta(days=i % 300),
                     D(2026, 9, 20) + dt.timedelta(days=i % 300), is_milestone=i % 7 == 0) for i in range(5000)]  # fmt: skip
    view = chart(qtbot, bars)
    assert view.scene().items() == []
    painted = []
    original = view._paint_bars

    def spy(painter, rect):
        painted.append(rect)
        original(painter, rect)

    view._paint_bars = spy
    view.viewport().grab()
    rows = {int(r // view.row_height) for rect in painted for r in (rect.top(), rect.bottom())}
    assert max(rows) - min(rows) < 40  # one screen of rows, not 5,000
    with qtbot.waitSignal(view.activity_selected) as chosen:
        bar = view.item_for(3).rect()
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(bar.center()))
    assert chosen.args == [3] and view.selected_id() == 3
    assert view.tooltip_of(bars[3]) == "3. Działanie 3"
    with qtbot.waitSignal(view.activity_activated) as opened:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(bar.center()))
    assert opened.args == [3]
    empty = view.mapFromScene(view.x_of(D(2028, 8, 1)), bar.center().y())
    assert view.activity_at(QPoint(empty.x(), empty.y())) is None


def test_one_changed_activity_redraws_its_row(qtbot):
    bars = [GanttRow(i, i, f"Działanie {i}", D(2026, 9, 1), D(2026, 9, 10)) for i in range(1, 4)]
    view = chart(qtbot, bars)
    moved = GanttRow(2, 2, "Działanie 2", D(2026, 10, 1), D(2026, 10, 31), actual_start=D(2026, 10, 2))
    view.update_bar(moved)
    assert view.bars[1] == moved and view.item_for(2).rect().width() == 31
    assert view.item_for(2).actual_rect() is not None
    later = GanttRow(3, 3, "Działanie 3", D(2029, 1, 1), D(2029, 1, 31))  # beyond the chart's range: it grows
    view.update_bar(later)
    assert view.last_day > D(2029, 1, 31) and view.item_for(3).rect().left() == view.x_of(D(2029, 1, 1))
