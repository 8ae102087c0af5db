"""The CKE import dialog: the preview lists the matched schools, an untick leaves one out, a refused file is
explained under the file field and nothing is stored."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.cke_support import e8_file, lipno
from ui.dialogs.cke_import_dialog import CkeImportDialog
from wsparcie_desktop.importers.cke_sample import SampleSchool, write_cke_xlsx
from wsparcie_desktop.services import exam_results


def open_dialog(qtbot, ctx, jst_id) -> CkeImportDialog:
    dialog = CkeImportDialog(ctx, jst_id, 2025)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_preview_then_import_without_the_unticked_school(qtbot, ctx, db, tmp_path):
    jst_id = lipno(db)
    dialog = open_dialog(qtbot, ctx, jst_id)
    dialog.load_file(e8_file(tmp_path))
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.preview_page, timeout=20000)
    assert exam_results.list_results(db, jst_id) == []  # the preview wrote nothing
    assert dialog.headline.text().startswith("Egzamin ósmoklasisty 2025: w pliku (4 szkoły) znaleziono 2 szkoły")
    assert "Szkoła Podstawowa w Jaworze (RSPO 31003)" in dialog.warnings.text()
    assert "SP Niepubliczna w Lipnie (RSPO 31077, Lipno)" in dialog.warnings.text()
    table = dialog.preview_table
    rows = {table.item(r, 2).text(): r for r in range(table.rowCount())}
    assert set(rows) == {"31001", "31002"}
    assert table.item(rows["31001"], 3).text() == "3" and table.item(rows["31001"], 4).text() == "48"
    table.item(rows["31002"], 0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentWidget() is dialog.report_page
    assert dialog.report_summary.text().startswith("Zapisano wyniki 1 szkoły (3 przedmioty).")
    stored = exam_results.list_results(db, jst_id, "e8", 2025)
    assert {r.school_name for r in stored} == {"Szkoła Podstawowa w Lipnie"} and len(stored) == 3


def test_matura_file_as_e8_is_refused_under_the_file_field(qtbot, ctx, db, tmp_path):
    jst_id = lipno(db)
    path = write_cke_xlsx(tmp_path / "em.xlsx", [SampleSchool(31001, "x", 201022)], exam="em")
    dialog = open_dialog(qtbot, ctx, jst_id)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: not dialog.reading, timeout=20000)
    assert dialog.form.error_text("file").startswith("To są wyniki: egzamin maturalny, a wybrano: egzamin ósmoklasisty")
    assert dialog.stack.currentWidget() is dialog.choose_page and dialog.preview is None
    assert exam_results.list_results(db, jst_id) == []
