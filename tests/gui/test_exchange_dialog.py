"""File → Export / Import a local government, driven like a user: the preview, a choice per conflict, the history."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from tests.exchange_support import PASSPHRASE, copy_store, jst_id_of, make_full_demo
from tests.gui.test_restore_dialog import Boxes
from ui.dialogs.exchange_dialog import ExportDialog, HistoryDialog, ImportDialog
from ui.main_window import MainWindow
from wsparcie_desktop.db import models as m
from wsparcie_desktop.exchange import container, service


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    return make_full_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite")


def _edit(db, model, uid, **values):
    with db.transaction() as s:
        row = s.scalar(select(model).where(model.uid == uid))
        for column, value in values.items():
            setattr(row, column, value)


def _value(db, model, uid, column):
    with db.transaction() as s:
        return getattr(s.scalar(select(model).where(model.uid == uid)), column)


@pytest.fixture
def edited_apart(demo_template, db, tmp_path):
    """A: the demo; B (the fixture's store, shown in the window) imported A's file; then both edited."""
    a = copy_store(demo_template, tmp_path / "a" / "a.sqlite")
    first = service.export_jst(a, jst_id_of(a), tmp_path / "1.wjst", PASSPHRASE).path
    service.import_package(db, service.read_package(db, first, PASSPHRASE))
    with a.transaction() as s:
        schools = list(s.scalars(select(m.School.uid).order_by(m.School.id)))
        people = list(s.scalars(select(m.Person.uid).order_by(m.Person.id)))
    _edit(a, m.School, schools[0], notes="Sala w remoncie (A)")
    _edit(db, m.School, schools[0], notes="Nowa pracownia (B)")
    _edit(a, m.Person, people[0], phone="600 100 200")
    _edit(db, m.Person, people[0], phone="500 000 111")
    _edit(a, m.Person, people[1], email="nowy@zalesie.pl")
    second = service.export_jst(a, jst_id_of(a), tmp_path / "2.wjst", PASSPHRASE).path
    yield db, second, schools, people
    a.close()


def open_window(qtbot, db) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_preview_shows_each_conflict_side_by_side_and_imports_each_choice(qtbot, edited_apart, monkeypatch):
    db, path, schools, people = edited_apart
    boxes = Boxes(monkeypatch)
    window = open_window(qtbot, db)
    window.findChild(type(window.restore_action), "import_jst_action").trigger()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.path.setText(str(path))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == 1
    assert "merged with it row by row" in dialog.summary.text() or "scalony" in dialog.summary.text()
    assert len(dialog.conflict_boxes) == 2
    by_key = {box.conflict.key: box for box in dialog.conflict_boxes}
    school_box, person_box = by_key[schools[0]], by_key[people[0]]
    cells = [[school_box.table.item(r, c).text() for c in range(3)] for r in range(school_box.table.rowCount())]
    assert cells == [["uwagi", "Nowa pracownia (B)", "Sala w remoncie (A)"]]
    changed = dialog.changes_tree.topLevelItem(1)
    assert changed.childCount() == 1
    # the changed row names its changed field in Polish, with the value here → the value in the file
    person = changed.child(0)
    assert person.childCount() == 1
    field = person.child(0)
    assert field.text(0) == "e-mail"
    old_email = _value(db, m.Person, people[1], "email")
    assert field.text(1) == f"{old_email or '—'}  →  nowy@zalesie.pl"
    assert "nowy@zalesie.pl" in field.toolTip(1) and "e-mail" in person.toolTip(1)
    # nothing is written before every conflict has a choice
    assert not dialog.import_button.isEnabled() and "2" in dialog.pending.text()
    school_box.theirs.click()
    assert not dialog.import_button.isEnabled()
    person_box.mine.click()
    assert dialog.import_button.isEnabled() and dialog.pending.text() == ""
    dialog.import_button.click()
    assert not dialog.isVisible()
    assert _value(db, m.School, schools[0], "notes") == "Sala w remoncie (A)"  # took theirs
    assert _value(db, m.Person, people[0], "phone") == "500 000 111"  # kept mine
    assert _value(db, m.Person, people[1], "email") == "nowy@zalesie.pl"  # one-sided, taken
    assert any("conflicts decided 2" in t or "konflikty" in t.lower() for t in boxes.texts("information"))
    # the versions that lost can be read
    window.findChild(type(window.restore_action), "exchange_history_action").trigger()
    history = window.findChild(HistoryDialog)
    assert history.table.rowCount() == 2
    texts = []
    for row in range(2):
        history.table.selectRow(row)
        texts.append(history.lost.toPlainText())
    assert any("Nowa pracownia (B)" in t for t in texts) and any("600 100 200" in t for t in texts)


def test_all_take_theirs_enables_the_import(qtbot, edited_apart, monkeypatch):
    db, path, schools, people = edited_apart
    Boxes(monkeypatch)
    dialog = ImportDialog(open_window(qtbot, db).ctx)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.passphrase.setText(PASSPHRASE)
    assert dialog.read_file()
    dialog.choose_all("theirs")
    assert dialog.import_button.isEnabled()
    assert set(dialog.choices().values()) == {"theirs"}


def test_a_wrong_passphrase_is_shown_in_the_dialog_and_nothing_is_read(qtbot, edited_apart, monkeypatch):
    db, path, schools, _ = edited_apart
    Boxes(monkeypatch)
    dialog = ImportDialog(open_window(qtbot, db).ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(path))
    dialog.passphrase.setText("nie to hasło")
    assert not dialog.read_file()
    assert dialog.pages.currentIndex() == 0 and dialog.form.general_error.text() == container.WRONG_PASSPHRASE
    assert _value(db, m.School, schools[0], "notes") == "Nowa pracownia (B)"


def test_a_changed_key_is_asked_about_and_no_means_nothing_is_read(qtbot, edited_apart, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from wsparcie_desktop.exchange import keys

    db, path, _, _ = edited_apart
    boxes = Boxes(monkeypatch)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *args, **kw: asked.append(args[2]) or QMessageBox.StandardButton.No
    )
    genuine = keys.load_or_create(path.parent / "a" / "a.sqlite")
    impostor = keys.Identity(genuine.installation_id, genuine.name, keys.Ed25519PrivateKey.generate())
    forged = tmp_path / "forged.wjst"
    forged.write_bytes(container.pack(container.unseal(path.read_bytes(), PASSPHRASE).entries, PASSPHRASE, impostor))
    dialog = ImportDialog(open_window(qtbot, db).ctx)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(forged))
    dialog.passphrase.setText(PASSPHRASE)
    assert not dialog.read_file() and dialog.package is None
    assert asked and impostor.fingerprint in asked[0] and genuine.fingerprint in asked[0]
    assert boxes.texts("information") == []


def test_export_from_the_file_menu_writes_the_file_and_says_how_to_pass_the_passphrase(
    qtbot, demo_db, tmp_path, monkeypatch
):
    db, demo = demo_db
    boxes = Boxes(monkeypatch)
    window = open_window(qtbot, db)
    window.findChild(type(window.restore_action), "export_jst_action").trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog.jst.currentData() == demo.jst_id
    target = tmp_path / "zalesie.wjst"
    dialog.path.setText(str(target))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE + "x")
    dialog.accept()
    assert dialog.isVisible() and not target.exists()
    assert dialog.findChild(type(dialog.form.general_error), "error_repeat").isVisible()
    dialog.repeat.setText(PASSPHRASE)
    dialog.accept()
    assert target.is_file() and not dialog.isVisible()
    [info] = boxes.texts("information")
    assert str(target) in info and service.own_fingerprint(db) in info
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_the_same_school_added_on_both_computers_is_a_conflict_in_the_preview(
    qtbot, demo_template, db, tmp_path, monkeypatch
):
    a = copy_store(demo_template, tmp_path / "a" / "a.sqlite")
    first = service.export_jst(a, jst_id_of(a), tmp_path / "1.wjst", PASSPHRASE).path
    service.import_package(db, service.read_package(db, first, PASSPHRASE))
    added = {}
    for store, name in ((a, "Szkoła Podstawowa w Nowinach"), (db, "SP Nowiny")):
        with store.transaction() as s:
            school = m.School(jst_id=s.scalar(select(m.Jst.id)), name=name, rspo="990077", pupils=120)
            s.add(school)
            s.flush()
            added[name] = school.uid
    path = service.export_jst(a, jst_id_of(a), tmp_path / "2.wjst", PASSPHRASE).path
    a.close()
    Boxes(monkeypatch)
    window = open_window(qtbot, db)
    dialog = ImportDialog(window.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(path))
    dialog.passphrase.setText(PASSPHRASE)
    assert dialog.read_file()  # not refused: the clash is a conflict to decide
    [box] = dialog.conflict_boxes
    assert box.title() == "Szkoła: „SP Nowiny” — dodany osobno po obu stronach (to samo: RSPO)"
    cells = [[box.table.item(r, c).text() for c in range(3)] for r in range(box.table.rowCount())]
    assert cells == [["nazwa", "SP Nowiny", "Szkoła Podstawowa w Nowinach"]]
    assert box.findChild(QLabel, "added_apart_note").isVisible()
    assert dialog.tabs.currentIndex() == 1 and not dialog.import_button.isEnabled()
    dialog.resize(1366, 768)
    dialog.grab().save(str(Path("/tmp") / "i17_added_apart_1366.png"))
    dialog.resize(1280, 720)
    dialog.grab().save(str(Path("/tmp") / "i17_added_apart_1280.png"))
    box.theirs.click()
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert not dialog.isVisible()
    with db.transaction() as s:
        rows = s.scalars(select(m.School).where(m.School.rspo == "990077")).all()
        assert [(r.uid, r.name) for r in rows] == [
            (added["Szkoła Podstawowa w Nowinach"], "Szkoła Podstawowa w Nowinach")
        ]
