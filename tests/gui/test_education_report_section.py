"""The annual report's section: the grid stored in one save, a refusal shown and nothing stored, the narratives,
the dashboard's deadline from September."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tests.cke_support import lipno
from ui.sections.dashboard import DashboardSection
from ui.sections.education_report import EducationReportSection
from wsparcie_desktop.services import education_data, education_report


def section(qtbot, ctx, jst_id) -> EducationReportSection:
    widget = EducationReportSection(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.year.setCurrentText("2025/2026")
    widget.set_jst(jst_id)
    return widget


def _cell(widget, school, column, text):
    for r in range(widget.grid.rowCount()):
        if widget.grid.item(r, 0).text() == school:
            widget.grid.item(r, column).setText(text)
            return
    raise AssertionError(school)


def test_grid_saves_and_a_refusal_keeps_the_store(qtbot, ctx, db):
    jst_id = lipno(db)
    widget = section(qtbot, ctx, jst_id)
    assert widget.grid.rowCount() == 4
    _cell(widget, "Szkoła Podstawowa w Lipnie", 1, "245")
    _cell(widget, "Szkoła Podstawowa w Lipnie", 9, "27,5")
    qtbot.mouseClick(widget.save_grid_button, Qt.MouseButton.LeftButton)
    rows = {r.school_name: r for r in education_data.school_year_rows(db, jst_id, "2025/2026")}
    assert rows["Szkoła Podstawowa w Lipnie"].pupils == 245 and str(rows["Szkoła Podstawowa w Lipnie"].posts) == "27.50"
    _cell(widget, "Szkoła Podstawowa w Brzozie", 1, "90")
    _cell(widget, "Szkoła Podstawowa w Lipnie", 2, "-1")
    assert widget.save_grid() is False
    assert "nie może być mniejsze od zera" in widget.grid_form.general_error.text()
    rows = {r.school_name: r for r in education_data.school_year_rows(db, jst_id, "2025/2026")}
    assert rows["Szkoła Podstawowa w Brzozie"].pupils is None


def test_texts_and_a_required_section(qtbot, ctx, db):
    jst_id = lipno(db)
    widget = section(qtbot, ctx, jst_id)
    included, edit = widget.text_edits["network"]
    edit.setPlainText("Sieć szkół bez zmian.")
    widget.text_edits["transport"][0].setChecked(False)
    assert not widget.text_edits["exams"][0].isEnabled()
    assert widget.save_texts()
    texts = {t.key: t for t in education_report.sections(db, jst_id, "2025/2026")}
    assert texts["network"].narrative == "Sieć szkół bez zmian." and not texts["transport"].included
    widget.year.setCurrentText("2026/2027")
    widget.refresh()
    qtbot.mouseClick(widget.copy_button, Qt.MouseButton.LeftButton)
    assert widget.text_edits["network"][1].toPlainText() == "Sieć szkół bez zmian."


def test_a_wrong_year_is_refused_at_the_year_field(qtbot, ctx, db):
    jst_id = lipno(db)
    widget = section(qtbot, ctx, jst_id)
    widget.year.setCurrentText("2025")
    assert widget.save_texts() is False
    assert "np. 2025/2026" in widget.year_form.error_text("school_year")


def test_dashboard_shows_the_deadline_in_september(qtbot, ctx, db):
    jst_id = lipno(db)
    dashboard = DashboardSection(ctx)
    qtbot.addWidget(dashboard)
    dashboard.set_jst(jst_id)
    dashboard.show_report_deadline(dt.date(2026, 9, 10))
    assert not dashboard.report_deadline.isHidden()
    assert "2025/2026" in dashboard.report_deadline.text() and "31.10.2026" in dashboard.report_deadline.text()
    dashboard.show_report_deadline(dt.date(2026, 12, 1))
    assert dashboard.report_deadline.isHidden()
