"""Every document action and export in the GUI ends in a message when it fails, in Polish, never in silence."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ui.dialogs import document_output
from ui.dialogs.document_output import DocumentOutput
from wsparcie_desktop.db.models import Jst
from wsparcie_desktop.paths import resource
from wsparcie_desktop.reports import DocumentSpec

ROOT = Path(__file__).resolve().parents[2]
UNEXPECTED = "Nie udało się utworzyć pliku z powodu nieoczekiwanego błędu programu"


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(document_output, "_preview_folder", tmp_path / "previews")
    (tmp_path / "previews").mkdir()


@pytest.fixture
def polish(qapp):
    translator = QTranslator()
    assert translator.load(str(ROOT / "translations" / "wsparcie_pl.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, str]]:
    """Every message box the code opens, as (kind, text); none of them blocks."""
    boxes: list[tuple[str, str]] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(lambda _p, _t, text, *a, k=kind: boxes.append((k, text))))
    return boxes


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    urls: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(Path(url.toLocalFile()))
                                                                   or True))  # fmt: skip
    return urls


def answer_save_dialogs(monkeypatch, *answers: str) -> None:
    """The save dialog answers these paths in turn ("" cancels), whichever way the screen asks for it."""
    queue = list(answers)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (queue.pop(0), "")))
    try:
        from ui.widgets import file_dialogs
    except ImportError:
        return
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a: queue.pop(0))


def failing(output: DocumentOutput, error: Exception) -> None:
    spec = output.spec

    def build(*_args, **_options):
        raise error

    output.spec = DocumentSpec(spec.id, spec.title, spec.orientation, build)


def test_an_unexpected_failure_of_a_preview_is_shown_in_polish_and_logged(qtbot, db, jst_id, polish, shown, opened,
                                                                          capsys):  # fmt: skip
    output = DocumentOutput(db, "karta-samorzadu", jst_id)
    failing(output, RuntimeError("coś się zepsuło"))
    assert output.preview() is None
    assert len(shown) == 1
    kind, message = shown[0]
    assert kind == "critical" and message.startswith(UNEXPECTED)
    assert "RuntimeError: coś się zepsuło" in message and "Nic nie zostało zapisane" in message
    assert opened == []
    err = capsys.readouterr().err
    assert "Traceback" in err and "RuntimeError: coś się zepsuło" in err


def test_printing_an_unexpected_failure_is_shown_too(qtbot, db, jst_id, polish, shown, opened):
    output = DocumentOutput(db, "wykaz-szkol", jst_id)
    failing(output, KeyError("kolumna"))
    assert output.print_document() is None
    assert [kind for kind, _text in shown] == ["critical"] and UNEXPECTED in shown[0][1]


def test_a_full_disk_while_saving_names_the_file_and_the_reason_and_asks_again(qtbot, db, jst_id, tmp_path, shown,
                                                                               monkeypatch):  # fmt: skip
    target = tmp_path / "karta.pdf"
    answer_save_dialogs(monkeypatch, str(target), "")
    output = DocumentOutput(db, "karta-samorzadu", jst_id)
    failing(output, OSError(errno.ENOSPC, "No space left on device"))
    assert output.save_as() is None  # the second question was cancelled
    assert len(shown) == 1
    kind, message = shown[0]
    assert kind == "critical"
    assert f"Nie udało się zapisać pliku „{target}”: brak miejsca na dysku" in message


def test_a_document_of_a_jst_with_a_damaged_stored_coat_of_arms_prints(qtbot, db, jst_id, shown, opened):
    arms = resource("demo", "herb_zalesie.png").read_bytes()
    with db.transaction() as s:  # stored before pictures were checked on upload
        row = s.get(Jst, jst_id)
        row.coat_of_arms, row.coat_of_arms_mime = arms[: len(arms) // 2], "image/png"
    path = DocumentOutput(db, "karta-samorzadu", jst_id).print_document()
    assert path is not None and path.read_bytes().startswith(b"%PDF-")
    assert opened == [path]
    assert shown == []


def test_schools_export_an_unexpected_failure_is_shown(qtbot, ctx, jst_id, tmp_path, polish, shown, monkeypatch):
    from ui.sections.schools import SchoolsSection
    from wsparcie_desktop.exporters import schools_xlsx

    def broken(*_args):
        raise ValueError("openpyxl")

    monkeypatch.setattr(schools_xlsx, "export_schools_xlsx", broken)
    section = SchoolsSection(ctx)
    qtbot.addWidget(section)
    section.set_jst(jst_id)
    assert section.export_to(tmp_path / "szkoly.xlsx") is None
    assert len(shown) == 1 and shown[0][0] == "critical" and UNEXPECTED in shown[0][1]
    assert "ValueError: openpyxl" in shown[0][1]


def test_hdr_export_a_failure_writing_the_file_names_it(qtbot, ctx, demo_db, tmp_path, polish, shown, monkeypatch):
    from ui.sections.hdr import HdrSection
    from wsparcie_desktop.exporters import hdr_xlsx

    _db, demo = demo_db
    target = tmp_path / "hdr.xlsx"

    def read_only(*_args):
        raise OSError(errno.EROFS, "Read-only file system", str(target))

    monkeypatch.setattr(hdr_xlsx, "export_hdr_xlsx", read_only)
    answer_save_dialogs(monkeypatch, str(target))
    section = HdrSection(ctx)
    qtbot.addWidget(section)
    section.set_jst(demo.jst_id)
    assert section.plan is not None and section.plan.hdr is not None
    assert section.export_xlsx() is None
    assert shown == [("critical", f"Nie udało się zapisać pliku „{target}”: dysk lub folder jest tylko do odczytu. "
                                  "Wybierz inne miejsce lub inną nazwę pliku.")]  # fmt: skip

    def unexpected(*_args):
        raise AttributeError("'NoneType' object has no attribute 'name'")

    monkeypatch.setattr(hdr_xlsx, "export_hdr_xlsx", unexpected)
    answer_save_dialogs(monkeypatch, str(target))
    assert section.export_xlsx() is None
    assert shown[1][0] == "critical" and UNEXPECTED in shown[1][1]
