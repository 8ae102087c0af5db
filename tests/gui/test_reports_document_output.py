"""Preview, save and print from the GUI: what reaches the viewer, the disk and the user."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from ui.dialogs import document_output
from ui.dialogs.document_output import DocumentOutput, DocumentOutputBar, DocumentsDialog, suggested_file_name
from ui.widgets import file_dialogs
from wsparcie_desktop.reports import DocumentSpec, get_document, list_documents


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch):
    """Keep the 'last folder' setting out of the user's real configuration."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(document_output, "_preview_folder", tmp_path / "previews")
    (tmp_path / "previews").mkdir()


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    urls: list[Path] = []

    def open_url(url):
        urls.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return urls


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *a: shown.append(text)))
    return shown


def test_preview_writes_a_pdf_and_opens_it_in_the_viewer(qtbot, db, jst_id, opened, warnings):
    output = DocumentOutput(db, "karta-samorzadu", jst_id)
    path = output.preview()
    assert opened == [path]
    assert path.read_bytes().startswith(b"%PDF-")
    assert path.parent == document_output._preview_folder
    second = output.preview()
    assert second != path and second.exists()  # a new name: the viewer may still hold the first one
    assert warnings == []


def test_buttons_trigger_the_actions(qtbot, db, jst_id, opened, warnings):
    bar = DocumentOutputBar(DocumentOutput(db, "wykaz-szkol", jst_id))
    qtbot.addWidget(bar)
    assert [b.objectName() for b in bar.buttons.values()] == ["document_preview", "document_save", "document_print"]
    bar.buttons["preview"].click()
    assert len(opened) == 1 and opened[0].name.startswith("wykaz-szkol-")


def test_save_as_asks_again_after_a_write_error_and_adds_the_extension(qtbot, db, jst_id, tmp_path, monkeypatch,
                                                                       warnings):  # fmt: skip
    bad = tmp_path / "nie-ma-folderu" / "karta.pdf"
    good = tmp_path / "karta samorządu"
    answers = [str(bad), str(good)]
    suggestions: list[str] = []

    def ask(_parent, _caption, suggestion, _filter):
        suggestions.append(suggestion)
        return answers.pop(0)

    monkeypatch.setattr(file_dialogs, "save_file_name", ask)
    confirmed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: confirmed.append(text)))
    written = DocumentOutput(db, "karta-samorzadu", jst_id).save_as()
    assert written == tmp_path / "karta samorządu.pdf"
    [message] = confirmed  # no main window: a message says where the file went
    assert "Karta samorządu" in message and message.endswith(str(written))
    assert written.read_bytes().startswith(b"%PDF-")
    assert len(warnings) == 1
    assert str(bad) in warnings[0] and "folder nie istnieje" in warnings[0]
    assert suggestions[0].endswith("Karta samorządu - Gmina Zalesie.pdf")
    assert suggestions[1] == str(bad)  # the second question starts from the place that failed
    assert QSettings("wsparcie-jst", "wsparcie-jst").value(document_output.LAST_FOLDER_KEY) == str(tmp_path)


def test_cancelling_save_as_writes_nothing(qtbot, db, jst_id, tmp_path, monkeypatch, warnings):
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a: "")
    assert DocumentOutput(db, "karta-samorzadu", jst_id).save_as() is None
    assert warnings == []


def test_print_opens_the_viewer_outside_windows(qtbot, db, jst_id, opened, warnings, monkeypatch):
    monkeypatch.setattr(document_output.sys, "platform", "linux")
    path = DocumentOutput(db, "wykaz-szkol", jst_id).print_document()
    assert opened == [path]


def test_print_uses_the_windows_print_verb(qtbot, db, jst_id, opened, warnings, monkeypatch):
    printed: list[tuple[str, str]] = []
    monkeypatch.setattr(document_output.sys, "platform", "win32")
    monkeypatch.setattr(document_output.os, "startfile", lambda path, verb: printed.append((path, verb)),
                        raising=False)  # fmt: skip
    path = DocumentOutput(db, "wykaz-szkol", jst_id).print_document()
    assert printed == [(str(path), "print")]
    assert opened == []


def test_without_a_chosen_jst_the_user_is_told(qtbot, db, opened, warnings):
    output = DocumentOutput(db, "karta-samorzadu", lambda: None)
    assert output.preview() is None
    assert warnings == ["Choose a local government first."]
    assert opened == []


def test_a_jst_deleted_meanwhile_gives_its_polish_message(qtbot, db, opened, warnings):
    assert DocumentOutput(db, "karta-samorzadu", 9999).preview() is None
    assert warnings and "samorząd nie istnieje" in warnings[0]


def test_options_are_read_when_the_document_is_built(qtbot, db, jst_id, opened, warnings):
    place = ["Zalesie"]
    output = DocumentOutput(db, "karta-samorzadu", jst_id, options=lambda: {"place": place[0]}, date="2026-11-21")
    calls: list[dict] = []
    spec = output.spec
    output.spec = DocumentSpec(
        spec.id,
        spec.title,
        spec.orientation,
        lambda *args, **options: calls.append(options) or spec.build(*args, **options),
    )
    place[0] = "Węgrów"
    path = output.preview()
    assert calls == [{"date": "2026-11-21", "place": "Węgrów"}]
    assert path.exists()


def test_documents_dialog_offers_every_registered_document(qtbot, db, jst_id, opened, warnings):
    dialog = DocumentsDialog(db, jst_id)
    qtbot.addWidget(dialog)
    ids = [dialog.choice.itemData(i) for i in range(dialog.choice.count())]
    assert ids == [spec.id for spec in list_documents()]
    dialog.choice.setCurrentIndex(ids.index("wykaz-szkol"))
    assert dialog.current_output().spec.id == "wykaz-szkol"
    assert dialog.description.text() == get_document("wykaz-szkol").description
    dialog.bar.buttons["preview"].click()
    assert opened and opened[0].name.startswith("wykaz-szkol-")


def test_suggested_file_names_are_valid_on_windows():
    spec = get_document("wykaz-szkol")
    assert suggested_file_name(spec, "Gmina Zalesie") == "Wykaz szkół i placówek - Gmina Zalesie.pdf"
    assert suggested_file_name(spec, 'Gmina "A/B" <C>: D?') == "Wykaz szkół i placówek - Gmina A B C D.pdf"


def test_the_main_window_documents_menu_prints_for_the_chosen_jst(qtbot, db, jst_id, opened, warnings):
    from ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.documents_menu.actions() if not a.isSeparator()]
    assert titles == [spec.title for spec in list_documents()] + ["All &documents…"]
    assert window.current_jst_id() == jst_id
    window.document_outputs["karta-samorzadu"].preview_action.trigger()
    assert len(opened) == 1 and opened[0].name.startswith("karta-samorzadu-")
    assert warnings == []


def test_a_saved_pdf_is_confirmed_in_the_main_window_status_line(qtbot, db, jst_id, tmp_path, monkeypatch, warnings):
    from PySide6.QtWidgets import QMainWindow, QWidget

    window = QMainWindow()
    qtbot.addWidget(window)
    screen = QWidget(window)
    window.setCentralWidget(screen)
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a: str(tmp_path / "wykaz.pdf"))
    written = DocumentOutput(db, "wykaz-szkol", jst_id, screen).save_as()
    message = window.statusBar().currentMessage()
    assert "Wykaz szkół i placówek" in message and message.endswith(str(written))
