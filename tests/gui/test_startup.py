"""Start-up: the first window is shown before SQLAlchemy is imported, and the sections are built when needed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.app import LOADED_AFTER_SHOW
from ui.main_window import MainWindow
from ui.sections import SECTION_MODULES, section_class, section_key, section_title
from wsparcie_desktop.db.migrate import open_store
from wsparcie_desktop.services import jst

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_shows_a_jst_before_sqlalchemy_is_imported(db_path, tmp_path):
    store = open_store(db_path)
    jst.create_jst(store, "Gmina Zalesie", "gmina_wiejska")
    store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WSPARCIE_STARTUP_PROBE": "1",
           "XDG_CONFIG_HOME": str(tmp_path)}  # fmt: skip
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    [shown] = [line for line in result.stdout.splitlines() if line.startswith("shown")]
    assert shown.endswith("sqlalchemy=False"), result.stdout + result.stderr
    for name in LOADED_AFTER_SHOW:  # the lock, Babel's data, the Documents menu: not needed to show the window
        assert f" {name}=False" in shown, result.stdout
    assert " qt_namespace=False " in shown, result.stdout  # Qt's 93 enum types: built after the window shows


def test_the_table_of_sections_names_each_section_by_its_key():
    assert [section_class(module).key for module, _title in SECTION_MODULES] == [
        section_key(module) for module, _title in SECTION_MODULES
    ]


def test_each_title_in_the_navigation_is_the_sections_own(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == [section.title() for section in window.sections]
    assert titles == [section_title(title) for _module, title in SECTION_MODULES]


def test_a_section_is_built_when_first_shown_and_the_rest_after_the_window_shows(qtbot, db):
    jst_id = jst.create_jst(db, "Gmina Zalesie", "gmina_wiejska").id
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    assert list(window._built) == [0]  # only the dashboard, which is on screen
    window.show_section("schools")
    schools = window.current_section()
    assert schools.key == "schools" and schools.jst_id == jst_id and schools.isVisible()
    assert set(window._built) == {0, 5}
    qtbot.waitUntil(lambda: len(window._built) == len(SECTION_MODULES), timeout=20000)
    assert all(section.jst_id == jst_id for section in window._built.values())
    assert "sqlalchemy.orm" in sys.modules


def test_what_the_first_window_sets_by_name_is_what_qts_enums_say(qtbot, db):
    """The alignment, the selectable status line and the shortcuts set through ui/qt_enums.py, not Qt's enums."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QLabel, QMenu

    from ui.qt_enums import set_by_name

    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.welcome.alignment() == Qt.AlignmentFlag.AlignCenter
    assert window.store_label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    assert window.rename_button.shortcut() == QKeySequence(Qt.Key.Key_F2)
    file_menu = window.menuBar().findChildren(QMenu)[0]
    assert file_menu.title() == window.tr("&File")
    shortcuts = [action.shortcut() for action in file_menu.actions() if not action.shortcut().isEmpty()]
    assert shortcuts == [QKeySequence(QKeySequence.StandardKey.New), QKeySequence(QKeySequence.StandardKey.Quit)]
    assert window.workshop.action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    with pytest.raises(ValueError):
        set_by_name(QLabel(), "alignment", "AlignCentre")


def test_one_pass_of_the_event_loop_after_show_paints_the_first_window(qtbot, db):
    """What the start-up probe (and bench/startup.py's floor) relies on: its report follows the first paint."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class Painted(QObject):
        names: set[str] = set()

        def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.Paint:
                self.names.add(watched.objectName())
            return False

    jst.create_jst(db, "Gmina Zalesie", "gmina_wiejska")
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.setObjectName("main_window")
    window.jst_list.viewport().setObjectName("jst_list_viewport")
    painted = Painted()
    watched = [window, window.jst_list.viewport(), window.store_label, window.current_section().heading]
    for widget in watched:
        widget.installEventFilter(painted)
    window.show()
    QApplication.processEvents()
    assert painted.names == {widget.objectName() for widget in watched}
