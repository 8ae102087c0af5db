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
    """Type a figure into the school's cell, as the grid's editor hands it to the model."""
    model = widget.grid.model()
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == school:
            assert model.setData(model.index(r, column), text)
            return
    raise AssertionError(school)


def test_grid_saves_and_a_refusal_keeps_the_store(qtbot, ctx, db):
    jst_id = lipno(db)
    widget = section(qtbot, ctx, jst_id)
    assert widget.grid.model().rowCount() == 4
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


def _index(widget, school, column):
    model = widget.grid.model()
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == school:
            return model.index(r, column)
    raise AssertionError(school)


def _type_and_leave(qtbot, widget, index, text):
    """Type into the cell's editor and leave the cell with Tab, as a user does."""
    widget.grid.setCurrentIndex(index)
    widget.grid.edit(index)
    editor = widget.grid.focusWidget()
    assert editor is not widget.grid
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def test_a_figure_is_stored_as_its_cell_is_left_and_only_its_row_redrawn(qtbot, ctx, db):
    jst_id = lipno(db)
    widget = section(qtbot, ctx, jst_id)
    resets = []
    widget.grid.model().modelReset.connect(lambda: resets.append(1))
    _type_and_leave(qtbot, widget, _index(widget, "Szkoła Podstawowa w Lipnie", 1), "245")
    rows = {r.school_name: r for r in education_data.school_year_rows(db, jst_id, "2025/2026")}
    assert rows["Szkoła Podstawowa w Lipnie"].pupils == 245
    assert rows["Szkoła Podstawowa w Brzozie"].pupils is None
    assert _index(widget, "Szkoła Podstawowa w Lipnie", 1).data() == "245"
    assert not widget.grid.model().pending and resets == []  # the row shown as stored, the grid not read again
    _type_and_leave(qtbot, widget, _index(widget, "Szkoła Podstawowa w Lipnie", 1), "250")  # over the new version
    lipno_id = rows["Szkoła Podstawowa w Lipnie"].school_id
    assert education_data.school_year_rows(db, jst_id, "2025/2026", school_ids=[lipno_id])[0].pupils == 250


def test_a_refused_figure_stays_typed_in_its_cell(qtbot, ctx, db):
    jst_id = lipno(db)
    widget = section(qtbot, ctx, jst_id)
    cell = _index(widget, "Szkoła Podstawowa w Lipnie", 2)
    _type_and_leave(qtbot, widget, cell, "-1")
    assert "nie może być mniejsze od zera" in widget.grid_form.general_error.text()
    assert "Szkoła Podstawowa w Lipnie" in widget.grid_form.general_error.text()
    cell = _index(widget, "Szkoła Podstawowa w Lipnie", 2)
    assert cell.data() == "-1" and "zera" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    rows = {r.school_name: r for r in education_data.school_year_rows(db, jst_id, "2025/2026")}
    assert rows["Szkoła Podstawowa w Lipnie"].classes is None
    widget.refresh()  # read again (another window's change): what was typed stays
    assert _index(widget, "Szkoła Podstawowa w Lipnie", 2).data() == "-1"
    _cell(widget, "Szkoła Podstawowa w Lipnie", 2, "12")
    assert widget.save_grid()
    rows = {r.school_name: r for r in education_data.school_year_rows(db, jst_id, "2025/2026")}
    assert rows["Szkoła Podstawowa w Lipnie"].classes == 12
    assert _index(widget, "Szkoła Podstawowa w Lipnie", 2).data(Qt.ItemDataRole.BackgroundRole) is None


def test_old_grades_show_only_for_years_that_had_them(qtbot, ctx, db):
    jst_id = lipno(db)
    widget = section(qtbot, ctx, jst_id)
    trainee = 1 + list(education_data.STAT_LABELS).index("trainee")
    assert widget.grid.isColumnHidden(trainee)
    widget.year.setCurrentText("2021/2022")
    widget.refresh()
    assert not widget.grid.isColumnHidden(trainee)


def test_the_other_tabs_are_built_when_first_shown_or_used_and_show_the_year_then(qtbot, ctx, db):
    from wsparcie_desktop.services.education_data import JstYearData

    jst_id = lipno(db)
    education_data.save_jst_year(db, jst_id, JstYearData("2025/2026", 2025, "1 234 567,89", transported_pupils="41"))
    widget = section(qtbot, ctx, jst_id)
    assert widget.jst_page.layout() is None and widget.texts_page.layout() is None  # the grid only, at opening
    widget.tabs.setCurrentWidget(widget.jst_page)
    assert widget.jst_page.layout() is not None
    money = widget.money
    assert money["spending_current"].text().replace("\xa0", " ") == "1 234 567,89"
    assert money["transported_pupils"].text() == "41"
    assert widget.texts_page.layout() is None
    assert not widget.text_edits["exams"][0].isEnabled()  # used before shown: built, with the year's texts
    assert widget.texts_page.layout() is not None and widget.texts
