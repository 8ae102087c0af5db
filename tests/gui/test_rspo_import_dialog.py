"""The RSPO import dialog: a file refused for an overlong line is explained under the file field, in Polish."""

from __future__ import annotations

from ui.dialogs.rspo_import_dialog import RspoImportDialog
from wsparcie_desktop.demo.schools import rspo_rows
from wsparcie_desktop.i18n import format_number
from wsparcie_desktop.importers.csv_stream import MAX_LINE_CHARS
from wsparcie_desktop.importers.rspo_sample import rows_text
from wsparcie_desktop.services import schools


def open_dialog(qtbot, ctx, jst_id) -> RspoImportDialog:
    dialog = RspoImportDialog(ctx, jst_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_5_mb_header_line_is_refused_under_the_file_field_in_polish(qtbot, ctx, db, jst_id, tmp_path):
    lines = list(rows_text(rspo_rows()))
    lines[0] = lines[0].rstrip("\r\n") + ";" + "x" * 5_000_000 + "\r\n"
    path = tmp_path / "naglowek.csv"
    path.write_bytes("".join(lines).encode("utf-8-sig"))
    dialog = open_dialog(qtbot, ctx, jst_id)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: not dialog.reading, timeout=20000)
    message = dialog.form.error_text("file")
    assert "wiersz 1 (nagłówek z nazwami kolumn)" in message
    assert f"ponad {format_number(MAX_LINE_CHARS)} znaków" in message and "field limit" not in message
    assert dialog.stack.currentWidget() is dialog.choose_page and dialog.preview is None
    assert schools.list_schools(db, jst_id) == []


def test_a_skipped_overlong_row_is_listed_in_the_preview_with_its_line(qtbot, ctx, db, jst_id, tmp_path):
    lines = list(rows_text(rspo_rows()))
    lines.insert(3, "1;" + "z" * (MAX_LINE_CHARS + 1) + "\r\n")
    path = tmp_path / "dlugi_wiersz.csv"
    path.write_bytes("".join(lines).encode("utf-8-sig"))
    dialog = open_dialog(qtbot, ctx, jst_id)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.preview_page, timeout=20000)
    table = dialog.preview_table
    skipped = [(table.item(r, 2).text(), table.item(r, 5).text()) for r in range(table.rowCount())
               if table.item(r, 1).text() == "skipped"]  # fmt: skip
    assert len(skipped) == 1 and skipped[0][0] == "4" and skipped[0][1].startswith("wiersz 4 ma ponad")
    assert table.rowCount() == 7


def test_file_sizes_read_the_polish_way_without_zero_megabytes():
    from ui.dialogs.rspo_import_dialog import _megabytes

    assert _megabytes(5 * 1024) == "5 kB"
    assert _megabytes(300) == "300 B"
    assert _megabytes(45 * 2**20 + 2**19) == "45,5 MB"


def _broken_file(tmp_path):
    from tests.unit.test_rspo_hostile_files import broken_export

    path = tmp_path / "zepsuty.csv"
    broken_export(path, total=1500)
    return path


def test_a_broken_file_s_preview_adds_up_and_its_reasons_stay_readable_in_a_narrow_window(qtbot, ctx, jst_id,
                                                                                          tmp_path):  # fmt: skip
    dialog = open_dialog(qtbot, ctx, jst_id)
    dialog.resize(800, 600)
    dialog.load_file(_broken_file(tmp_path))
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.preview_page, timeout=30000)
    headline = dialog.headline.text()
    assert headline.startswith("W pliku (1\xa0500 wierszy, w tym ") and "uszkodzonych) jest 6 szkół" in headline
    table = dialog.preview_table
    details = table.columnCount() - 1
    reasons = [table.item(r, details).text() for r in range(table.rowCount()) if table.item(r, 1).text() == "skipped"]
    assert reasons and all("expected" not in r for r in reasons) and reasons[0].startswith("wiersz jest uszkodzony")
    assert table.item(table.rowCount() - 1, details).toolTip() == reasons[-1]
    room = table.viewport().width() - sum(table.columnWidth(c) for c in range(details - 1))
    assert table.columnWidth(details) >= room * 0.5, "the reasons keep at least half of what the names share"
    dialog.resize(1100, 700)  # widths follow the window
    qtbot.waitUntil(
        lambda: table.columnWidth(details)
        >= 0.5 * (table.viewport().width() - sum(table.columnWidth(c) for c in range(details - 1)))
    )


def test_an_unexpected_reading_error_is_told_in_polish_without_its_english_text(qtbot, ctx, db, jst_id, tmp_path,
                                                                                monkeypatch):  # fmt: skip
    from wsparcie_desktop.services import schools_rspo

    def boom(*args, **kwargs):
        raise ValueError("unexpected token in record")

    monkeypatch.setattr(schools_rspo, "read_file", boom)
    dialog = open_dialog(qtbot, ctx, jst_id)
    dialog.load_file(_broken_file(tmp_path))
    qtbot.waitUntil(lambda: not dialog.reading, timeout=20000)
    message = dialog.form.error_text("file")
    assert message.startswith("Nie udało się odczytać pliku") or message.startswith("The file could not be read")
    assert "unexpected token" not in message and "ValueError" in message
    assert schools.list_schools(db, jst_id) == []
