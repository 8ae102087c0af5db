"""Section "Szkoły": the list with search and type filter, the form, deleting, export and the RSPO import."""

from __future__ import annotations

from decimal import Decimal

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ui.sections import module_names
from ui.sections.schools import SchoolsSection
from wsparcie_desktop.changes import Kind
from wsparcie_desktop.db.models import ProcessSupport
from wsparcie_desktop.demo.schools import rspo_rows
from wsparcie_desktop.importers.rspo_sample import national_rows, write_rspo_csv
from wsparcie_desktop.services import schools


def school_changed(change, _origin) -> bool:
    return change.kind is Kind.SCHOOL


def make_section(qtbot, ctx, jst_id) -> SchoolsSection:
    section = SchoolsSection(ctx)
    qtbot.addWidget(section)
    section.set_jst(jst_id)
    section.show()
    return section


def shown_names(section) -> list[str]:
    return [section.proxy.index(r, 0).data() for r in range(section.proxy.rowCount())]


def test_registered_after_the_stakeholders():
    assert module_names().index("ui.sections.schools") == module_names().index("ui.sections.stakeholders") + 1


def test_list_sorts_filters_and_totals(qtbot, demo_db):
    db, demo = demo_db
    from ui.context import AppContext, AppSignals

    section = make_section(qtbot, AppContext(db=db, signals=AppSignals()), demo.jst_id)
    assert section.proxy.rowCount() == 6
    assert section.totals.text() == "6 szkół lub placówek: 913 uczniów, 96,35 etatu nauczycieli"
    qtbot.keyClicks(section.search, "konopnick")
    assert shown_names(section) == ["Szkoła Podstawowa im. Marii Konopnickiej w Zalesiu"]
    section.search.clear()
    qtbot.keyClicks(section.search, "debowa")  # no Polish letters typed, still found
    assert shown_names(section) == ["Szkoła Podstawowa im. Jana Pawła II w Dębowej Woli"]
    section.search.clear()
    qtbot.keyClicks(section.search, "krol")  # the director, Król
    assert len(shown_names(section)) == 1
    section.search.clear()
    section.type_filter.setCurrentIndex(section.type_filter.findData("przedszkole"))
    assert shown_names(section) == ["Przedszkole Samorządowe „Leśna Polana” w Zalesiu"]
    assert section.totals.text().startswith("Shown 1 of 6. 1 szkoła lub placówka: 125 uczniów, 11 etatów")
    section.type_filter.setCurrentIndex(0)
    section.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # pupils, as numbers
    assert shown_names(section)[0] == "Szkoła Podstawowa im. Marii Konopnickiej w Zalesiu"
    assert shown_names(section)[-1] == "Szkoła Podstawowa w Kamiennej Górce"
    qtbot.keyClicks(section.search, "nie ma takiej")
    assert section.empty.isVisible() and "No school matches" in section.empty.text()


def test_add_a_school_through_the_form_with_errors_under_the_fields(qtbot, ctx, db, jst_id):
    section = make_section(qtbot, ctx, jst_id)
    assert section.empty.isVisible()
    dialog = section.add()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Szkola Podstawowa w Borowinie")
    dialog.school_type.setCurrentIndex(dialog.school_type.findData("szkola_podstawowa"))
    qtbot.keyClicks(dialog.rspo, "21463")
    qtbot.keyClicks(dialog.regon, "711652319")  # one digit off
    qtbot.keyClicks(dialog.teachers_fte, "12,5")
    qtbot.keyClicks(dialog.pupils, "96")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "cyfrę kontrolną" in dialog.form.error_text("regon")
    assert schools.list_schools(db, jst_id) == []
    dialog.regon.clear()
    qtbot.keyClicks(dialog.regon, "711652318")
    with qtbot.waitSignal(ctx.signals.changed, check_params_cb=school_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [stored] = schools.list_schools(db, jst_id)
    assert (stored.rspo, stored.regon, stored.pupils, stored.teachers_fte) == (
        "21463",
        "711652318",
        96,
        Decimal("12.50"),
    )
    assert section.proxy.rowCount() == 1 and section.selected_id() == stored.id


def test_edit_keeps_the_fractional_posts(qtbot, ctx, db, jst_id):
    school_id = schools.save_school(db, jst_id, schools.SchoolData(name="SP", teachers_fte="28.45")).id
    section = make_section(qtbot, ctx, jst_id)
    section.select(school_id)
    dialog = section.edit()
    assert dialog.teachers_fte.text() == "28,45"
    dialog.director.setText("Joanna Król")
    with qtbot.waitSignal(ctx.signals.changed, check_params_cb=school_changed):
        dialog.accept()
    stored = schools.get_school(db, school_id)
    assert (stored.director, stored.teachers_fte) == ("Joanna Król", Decimal("28.45"))


def test_delete_is_refused_for_a_supported_school_and_asked_for_a_plain_one(qtbot, ctx, db, jst_id, monkeypatch):
    import datetime as dt

    supported = schools.save_school(db, jst_id, schools.SchoolData(name="SP Borowina")).id
    plain = schools.save_school(db, jst_id, schools.SchoolData(name="SP Olszanka")).id
    with db.transaction() as s:
        s.add(ProcessSupport(jst_id=jst_id, school_id=supported, provider_code="ODN", starts_on=dt.date(2026, 9, 1),
                             ends_on=dt.date(2027, 4, 30)))  # fmt: skip
    warnings, questions = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **_kw: warnings.append(args[2]))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **_kw: questions.append(args[2]) or QMessageBox.StandardButton.Yes)  # fmt: skip
    section = make_section(qtbot, ctx, jst_id)
    section.select(supported)
    qtbot.mouseClick(section.delete_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "procesowym wspomaganiem" in warnings[0] and not questions
    section.select(plain)
    qtbot.mouseClick(section.delete_button, Qt.MouseButton.LeftButton)
    assert questions == ["Delete “SP Olszanka” from the list of schools?"]
    assert [s.name for s in schools.list_schools(db, jst_id)] == ["SP Borowina"]
    assert shown_names(section) == ["SP Borowina"]


def test_export_to_xlsx(qtbot, demo_db, tmp_path):
    db, demo = demo_db
    from ui.context import AppContext, AppSignals

    section = make_section(qtbot, AppContext(db=db, signals=AppSignals()), demo.jst_id)
    written = section.export_to(tmp_path / "szkoly.xlsx")
    assert written is not None and str(written) in section.message.text()
    sheet = load_workbook(written).active
    assert sheet.max_row == 8  # header, six schools, the totals row


def export_file(tmp_path, rows=None, count=3000):
    path = tmp_path / "rspo.csv"
    write_rspo_csv(path, national_rows(count, seed=4, include=rspo_rows() if rows is None else rows))
    return path


def test_whole_import_from_rspo(qtbot, ctx, db, jst_id, tmp_path):
    path = export_file(tmp_path)
    section = make_section(qtbot, ctx, jst_id)
    qtbot.mouseClick(section.import_button, Qt.MouseButton.LeftButton)
    dialog = section.import_dialog
    qtbot.waitExposed(dialog)
    assert dialog.stack.currentWidget() is dialog.choose_page
    dialog.load_file(path)  # what "Choose file…" does after the file dialog
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.preview_page, timeout=20000)
    assert "jest 6 szkół lub placówek prowadzonych przez: Gmina Zalesie — do dodania: 6" in dialog.headline.text()
    assert dialog.preview_table.rowCount() == 6
    assert schools.list_schools(db, jst_id) == []  # nothing written before the confirmation
    kamienna = next(r for r in range(6) if dialog.preview_table.item(r, 3).text() == "21475")
    dialog.preview_table.item(kamienna, 0).setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(ctx.signals.changed, check_params_cb=school_changed):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentWidget() is dialog.report_page
    assert "dodane: 5" in dialog.report_summary.text() and "pominięte: 1" in dialog.report_summary.text()
    results = [dialog.report_table.item(r, 0).text() for r in range(dialog.report_table.rowCount())]
    assert results == ["added"] * 5 + ["skipped"]
    stored = {s.rspo: s for s in schools.list_schools(db, jst_id)}
    assert sorted(stored) == ["21458", "21463", "21467", "21471", "47862"]
    assert stored["21458"].director == "Joanna Król"
    assert section.proxy.rowCount() == 5  # the open list refreshed itself
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.import_dialog is None)


def test_importing_the_same_file_again_reports_no_change(qtbot, ctx, db, jst_id, tmp_path):
    from wsparcie_desktop.services import schools_rspo

    path = export_file(tmp_path)
    schools_rspo.apply_import(db, schools_rspo.preview_import(db, jst_id, path))
    section = make_section(qtbot, ctx, jst_id)
    dialog = section.open_import()
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.preview_page, timeout=20000)
    dialog.confirm_import()
    assert dialog.report_summary.text().startswith("Nic się nie zmieniło")
    assert len(schools.list_schools(db, jst_id)) == 6


def test_broken_file_is_explained_under_the_file_field(qtbot, ctx, db, jst_id, tmp_path):
    (tmp_path / "zly.csv").write_text("Numer RSPO,Nazwa\n1,Szkoła\n", encoding="utf-8")
    section = make_section(qtbot, ctx, jst_id)
    dialog = section.open_import()
    dialog.load_file(tmp_path / "zly.csv")
    qtbot.waitUntil(lambda: not dialog.reading, timeout=20000)
    assert "nie jest rozdzielany średnikami" in dialog.form.error_text("file")
    assert dialog.stack.currentWidget() is dialog.choose_page
    assert schools.list_schools(db, jst_id) == []


def test_reading_can_be_stopped_and_nothing_is_saved(qtbot, ctx, db, jst_id, tmp_path):
    path = export_file(tmp_path, count=8000)
    section = make_section(qtbot, ctx, jst_id)
    dialog = section.open_import()
    dialog.load_file(path)
    assert dialog.reading and dialog.cancel_read_button.isVisible()
    qtbot.mouseClick(dialog.cancel_read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.reading, timeout=20000)
    assert dialog.stack.currentWidget() is dialog.choose_page
    assert "nothing was saved" in dialog.progress_label.text() and dialog.preview is None
    assert schools.list_schools(db, jst_id) == []


def test_print_list_previews_the_document_of_the_shown_jst(qtbot, demo_db, tmp_path, monkeypatch):
    import subprocess

    from PySide6.QtGui import QDesktopServices

    from ui.dialogs import document_output

    db, demo = demo_db
    from ui.context import AppContext, AppSignals

    monkeypatch.setattr(document_output, "_preview_folder", tmp_path)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    section = make_section(qtbot, AppContext(db=db, signals=AppSignals()), demo.jst_id)
    labels = [a.text() for a in section.print_button.menu().actions() if not a.isSeparator()]
    assert len(labels) == 4  # preview, save, print, and the notes' annex
    section.print_button.menu().actions()[0].trigger()  # Preview
    [pdf] = opened
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    assert "Wykaz szkół i placówek" in text and "Zespół Szkolno-Przedszkolny w Olszance" in text
    assert "Załącznik" not in text
    section.with_notes_action.setChecked(True)
    section.print_button.menu().actions()[0].trigger()
    text = subprocess.run(["pdftotext", "-layout", opened[-1], "-"], capture_output=True, text=True, check=True).stdout
    assert "Załącznik. Uwagi o szkołach i placówkach" in text and "Pięć oddziałów" in text


def test_a_long_name_wraps_and_the_details_stay_in_sight_in_a_dialog_that_fits_the_screen(qtbot, ctx, db, jst_id,
                                                                                          tmp_path):  # fmt: skip
    rows = rspo_rows()
    rows[0]["Nazwa"] = "Przedszkole Niepubliczne „Bajka” " + "z bardzo długą nazwą " * 20
    rows.append(dict(rows[1]))  # the same RSPO twice: a skipped row whose reason must be readable
    section = make_section(qtbot, ctx, jst_id)
    dialog = section.open_import()
    qtbot.waitExposed(dialog)
    room = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= room.height() and dialog.width() <= room.width()
    dialog.load_file(export_file(tmp_path, rows=rows))
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.preview_page, timeout=20000)
    for table in (dialog.preview_table, dialog.report_table):
        if table is dialog.report_table:
            dialog.confirm_import()
        details = table.columnCount() - 1
        assert table.columnViewportPosition(details) + 100 < table.viewport().width()
        assert table.horizontalScrollBar().maximum() == 0
    assert any("powtarza się w pliku" in dialog.report_table.item(r, 3).text()
               for r in range(dialog.report_table.rowCount()))  # fmt: skip


def test_the_report_line_label_is_translated():
    from xml.etree import ElementTree

    from wsparcie_desktop.paths import translations_dir

    tree = ElementTree.parse(translations_dir() / "wsparcie_pl.ts")
    found = {m.findtext("source"): m.find("translation") for m in tree.iter("message")}
    assert found["line %1"].text == "wiersz %1" and found["line %1"].get("type") is None


def test_the_name_column_stays_readable_on_a_laptop_and_fills_a_wide_table(qtbot, demo_db):
    from PySide6.QtWidgets import QApplication

    from ui.context import AppContext, AppSignals

    db, demo = demo_db
    section = make_section(qtbot, AppContext(db=db, signals=AppSignals()), demo.jst_id)
    header = section.table.horizontalHeader()
    least = section.table.fontMetrics().averageCharWidth() * 30
    others = sum(header.sectionSize(c) for c in range(1, header.count()))
    # little more room than the other columns take, as on a 1366×768 laptop with the big font
    section.resize(others + 60, 600)
    qtbot.waitUntil(lambda: section.table.viewport().width() < others + 60)
    section.refresh()  # as when the section is shown on the laptop
    for _ in range(3):
        QApplication.processEvents()  # the header lays its sections out
    assert header.sectionSize(0) >= least
    section.resize(2400, 600)
    qtbot.waitUntil(lambda: section.table.viewport().width() > 2000)
    QApplication.processEvents()
    others = sum(header.sectionSize(c) for c in range(1, header.count()))
    assert header.sectionSize(0) + others >= section.table.viewport().width() - 2


def test_every_row_has_room_for_a_name_in_two_lines(qtbot, ctx, db, jst_id):
    from PySide6.QtWidgets import QHeaderView

    from wsparcie_desktop.db.models import School

    with db.transaction() as s:
        s.add(School(jst_id=jst_id, name="Szkoła Podstawowa " + "z bardzo długą nazwą " * 6, rspo="1"))
        s.add(School(jst_id=jst_id, name="Przedszkole w Borkach", rspo="2"))
    section = make_section(qtbot, ctx, jst_id)
    rows = section.table.verticalHeader()
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed  # no row is measured on its own
    heights = {section.table.rowHeight(r) for r in range(section.proxy.rowCount())}
    assert len(heights) == 1 and heights.pop() >= 2 * section.table.fontMetrics().lineSpacing()
    assert section.table.wordWrap()
