"""The main window: the list of local governments and the sections of the chosen one.

It shows as soon as the list and the first section are read (with plain sqlite3, see services/quick_reads.py):
each other section is imported and built when first shown, and after the window is on screen the rest is
loaded in small steps (SQLAlchemy, the ORM models, one section at a time), each a separate turn of the event
loop, so a click is never kept waiting for more than one step.
"""

from __future__ import annotations

import gc
import importlib
from pathlib import Path
from typing import TYPE_CHECKING

# Qt and QMessageBox are imported where used: PySide6 builds a type and its enums when a module first names it,
# which the first window would pay for (ui/qt_enums.py).
from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED, AppContext, AppSignals
from ui.dialogs import exchange_menu
from ui.qt_enums import set_by_name, set_shortcut
from ui.sections import SECTION_MODULES, section_class, section_key, section_title
from ui.widgets import file_dialogs
from ui.workshop import WorkshopMode
from wsparcie_desktop import APP_NAME, __version__
from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.backup import timestamped_backup
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.reports import list_documents
from wsparcie_desktop.services import quick_reads

if TYPE_CHECKING:
    from ui.dialogs.document_output import DocumentOutput
    from ui.dialogs.new_jst_dialog import NewJstDialog, RenameJstDialog
    from ui.widgets.section import Section
    from wsparcie_desktop.db.database import Database

AUTO_BACKUP_MS = 30 * 60 * 1000
# What is loaded after the window shows, one step per turn of the event loop (then every section, one by one).
AFTER_SHOW = (
    "sqlalchemy",
    "sqlalchemy.orm",
    "wsparcie_desktop.db.models",
    "ui.dialogs.new_jst_dialog",
    "ui.dialogs.exchange_dialog",
)
AFTER_SHOW_DELAY_MS = 200  # the window is painted first
# Where each JST's id is kept on its line of the list: Qt.ItemDataRole.UserRole, by its number, because touching
# Qt's namespace builds all its enum types (see ui/qt_enums.py), which the first window does without.
JST_ID_ROLE = 0x0100


class _BackupFailure:
    """Where the runner shows why a backup copy failed: always in the status bar, and in a message box unless
    the copy was an automatic one that had already failed (one box until a copy succeeds, not one every half hour).
    """

    def __init__(self, window: MainWindow, quiet: bool):
        self.window, self.quiet = window, quiet

    def show_error(self, error: DomainError) -> None:
        self.window.statusBar().showMessage(error.message)
        if not self.quiet or not getattr(self.window, "_backup_failed", False):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self.window, APP_NAME, error.message)
        self.window._backup_failed = True


class MainWindow(QMainWindow):
    def __init__(self, db: Database, demo: bool = False):
        super().__init__()
        self.ctx = AppContext(db=db, signals=AppSignals())
        file_dialogs.watch_store(db)
        self.demo = demo
        self.setWindowTitle(APP_NAME + (self.tr(" — DEMO (changes are not kept)") if demo else ""))
        self.resize(self._first_size())

        self.jst_list = QListWidget()
        self.jst_list.setObjectName("jst_list")
        self.jst_list.currentItemChanged.connect(self._jst_chosen)
        # No access keys on Rename and Delete: section buttons use the common letters (Alt+U, Alt+D), and a shared
        # key would only bounce between buttons; F2 renames, as in a file manager.
        self.add_button = QPushButton(self.tr("Add local go&vernment"))
        self.add_button.clicked.connect(self.add_jst)
        self.rename_button = QPushButton(self.tr("Rename"))
        set_shortcut(self.rename_button, "F2")
        self.rename_button.clicked.connect(self.rename_jst)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_jst)

        self.nav = QListWidget()
        self.nav.setObjectName("section_nav")
        self.nav.currentRowChanged.connect(self._section_chosen)
        self.stack = QStackedWidget()
        self.welcome = QLabel()
        self.welcome.setWordWrap(True)
        set_by_name(self.welcome, "alignment", "AlignCenter")
        self.welcome.setText(self.tr(
            "<h2>Welcome to Wsparcie JST</h2><p>Add a local government on the left "
            "(button <b>Add local government</b>) to keep its profile, teams and schools "
            "and to carry it through the three stages of the advisory model.</p>"
            "<p>To look around first, start the program with the demo: <code>python main.py --demo</code>.</p>"
        ))  # fmt: skip
        self.stack.addWidget(self.welcome)
        self._built: dict[int, Section] = {}  # row in the navigation -> its section, once built
        self._areas: dict[int, QScrollArea] = {}  # row -> the scroll area holding its section, made with it
        for _module, title in SECTION_MODULES:
            self.nav.addItem(QListWidgetItem(section_title(title)))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        heading = QLabel(self.tr("Local governments"))
        heading.setStyleSheet("font-weight: bold;")
        left_layout.addWidget(heading)
        left_layout.addWidget(self.jst_list, 2)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        left_layout.addLayout(buttons)
        self.nav_heading = QLabel(self.tr("Sections"))
        self.nav_heading.setStyleSheet("font-weight: bold;")
        left_layout.addWidget(self.nav_heading)
        left_layout.addWidget(self.nav, 3)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 950])
        self.setCentralWidget(splitter)
        self.workshop = WorkshopMode(self, lambda: [left, self.menuBar(), self.statusBar()])
        self._build_menu()
        # a permanent widget: a passing message (a menu's hint, "Backup copy saved") never replaces it for good
        self.store_label = QLabel(self._store_label())
        self.store_label.setObjectName("store_label")
        set_by_name(self.store_label, "textInteractionFlags", "TextSelectableByMouse")
        self.statusBar().addPermanentWidget(self.store_label)

        self.ctx.signals.changed.connect(self._on_change)
        self.reload_jst_list()
        self._backup_timer = QTimer(self)
        self._backup_timer.timeout.connect(lambda: self.backup_now(reason="automatyczna", quiet=True))
        self._backup_timer.start(AUTO_BACKUP_MS)
        self._to_load = [*AFTER_SHOW, self._fill_documents_menu, *range(len(SECTION_MODULES))]
        QTimer.singleShot(AFTER_SHOW_DELAY_MS, self, self._load_next)

    # ------------------------------------------------------------ sections, built when first needed

    @property
    def sections(self) -> list[Section]:
        """Every section, in the order of the navigation (building the ones not built yet)."""
        return [self.section_at(row) for row in range(len(SECTION_MODULES))]

    def section_at(self, row: int) -> Section:
        section = self._built.get(row)
        if section is None:
            section = section_class(SECTION_MODULES[row][0])(self.ctx)
            self._built[row] = section
            section.set_jst(self.current_jst_id(), lazy=True)  # hidden: it reads its data when first shown
            area = self._areas[row] = self._scrollable()
            area.setWidget(section)
            self.stack.addWidget(area)
        return section

    def _load_next(self) -> None:
        """One step of loading the rest after the window shows; the next step is a later turn of the event loop."""
        if getattr(self, "_closed", False) or not self._to_load:
            return
        step = self._to_load.pop(0)
        if isinstance(step, int):
            self.section_at(step)
        elif callable(step):
            step()
        else:
            importlib.import_module(step)
        if self._to_load:
            QTimer.singleShot(0, self, self._load_next)
        else:
            # What start-up loaded stays for the program's life: the garbage collector stops walking it, so reading
            # a large plan is not interrupted by full collections over every module, class and widget (gc.freeze).
            gc.freeze()

    def _first_size(self) -> QSize:
        """1280×800, but never larger than the screen's free area (a 1366×768 laptop with a taskbar)."""
        wanted = QSize(1280, 800)
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return wanted
        free = screen.availableGeometry().size() - QSize(16, 48)  # room for the window's own frame and title
        return wanted.boundedTo(free)

    # ------------------------------------------------------------ menu

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        add = QAction(self.tr("&New local government…"), self)
        set_shortcut(add, QKeySequence.StandardKey.New)
        add.triggered.connect(self.add_jst)
        file_menu.addAction(add)
        if not self.ctx.owns_store():  # on a server only its owner adds JSTs
            add.setEnabled(False)
            self.add_button.setVisible(False)
        backup = QAction(self.tr("Make a &backup copy now"), self)
        backup.triggered.connect(lambda: self.backup_now(reason="reczna"))
        file_menu.addAction(backup)
        self.restore_action = QAction(self.tr("&Restore from a backup…"), self)
        self.restore_action.setObjectName("restore_action")
        self.restore_action.setEnabled(self.ctx.db.file is not None and not self.demo)
        self.restore_action.triggered.connect(self.restore_from_backup)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        exchange_menu.add_actions(self, file_menu)  # the exchange dialogs load when one is chosen
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        set_shortcut(quit_action, QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self._build_documents_menu()

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.workshop.action)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        server = QAction(self.tr("Database on a &server…"), self)
        server.setObjectName("server_connection_action")
        server.triggered.connect(self.edit_server_connection)
        settings_menu.addAction(server)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _build_documents_menu(self) -> None:
        """One submenu per registered document (preview, save, print) for the chosen JST, and the list of all."""
        menu = self.documents_menu = self.menuBar().addMenu(self.tr("&Documents"))
        menu.setObjectName("documents_menu")
        self._document_outputs: dict[str, DocumentOutput] | None = None
        self._document_submenus = [(spec.id, menu.addMenu(spec.title)) for spec in list_documents()]
        menu.aboutToShow.connect(self._fill_documents_menu)  # the submenus' actions: at the latest when it opens
        menu.addSeparator()
        all_documents = QAction(self.tr("All &documents…"), self)
        all_documents.triggered.connect(self.show_documents)
        menu.addAction(all_documents)

    @property
    def document_outputs(self) -> dict[str, DocumentOutput]:
        """Preview, save and print of each document, made (and their module imported) after the window shows."""
        self._fill_documents_menu()
        return self._document_outputs

    def _fill_documents_menu(self) -> None:
        if self._document_outputs is not None:
            return
        from ui.dialogs.document_output import DocumentOutput

        self._document_outputs = {}
        for spec_id, submenu in self._document_submenus:
            output = DocumentOutput(self.ctx.db, spec_id, self.current_jst_id, self)
            self._document_outputs[spec_id] = output
            for action in output.actions():
                submenu.addAction(action)

    def show_documents(self) -> None:
        jst_id = self.current_jst_id()
        if jst_id is None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(self, APP_NAME, self.tr("Choose a local government first."))
            return
        from ui.dialogs.document_output import DocumentsDialog

        DocumentsDialog(self.ctx.db, jst_id, self).exec()

    def _store_label(self) -> str:
        file = self.ctx.db.file
        where = str(file) if file else self.ctx.db.url
        if self.demo:
            return self.tr("Demo — a disposable copy, changes are discarded when the program closes.")
        return self.tr("Data file: %1").replace("%1", where)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self, APP_NAME,
            self.tr("<b>Wsparcie JST</b> %1<br>Support for local governments in managing education "
                    "according to the ORE advisory model.").replace("%1", __version__),
        )  # fmt: skip

    # ------------------------------------------------------------ the list of JST

    def current_jst_id(self) -> int | None:
        item = self.jst_list.currentItem()
        return item.data(JST_ID_ROLE) if item else None

    def reload_jst_list(self, select_id: int | None = None) -> None:
        """Read the list again and show the chosen JST (``select_id``, else the one chosen before) in every section."""
        self._fill_jst_list(select_id)
        self._jst_chosen()

    def _on_change(self, change: Change, _origin) -> None:
        """A JST added, renamed or deleted, whichever screen asked: the list follows; the sections are told only
        when the chosen JST is no longer the same (each follows the kinds of change it shows)."""
        if change.kind is not Kind.JST_LIST:
            return
        before = self.current_jst_id()
        self._fill_jst_list()
        if self.current_jst_id() != before:
            self._jst_chosen()

    def select_jst(self, jst_id: int) -> None:
        for row in range(self.jst_list.count()):
            if self.jst_list.item(row).data(JST_ID_ROLE) == jst_id:
                self.jst_list.setCurrentRow(row)
                return

    def _fill_jst_list(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.current_jst_id()
        self.jst_list.blockSignals(True)
        self.jst_list.clear()
        for row in quick_reads.list_jst(self.ctx.db):
            item = QListWidgetItem(f"{row.name}\n{row.kind_name}")
            item.setData(JST_ID_ROLE, row.id)
            self.jst_list.addItem(item)
            if row.id == keep:
                self.jst_list.setCurrentItem(item)
        if self.jst_list.currentItem() is None and self.jst_list.count():
            self.jst_list.setCurrentRow(0)
        self.jst_list.blockSignals(False)

    def _jst_chosen(self, *_args) -> None:
        jst_id = self.current_jst_id()
        has = jst_id is not None
        for widget in (self.rename_button, self.delete_button, self.nav, self.nav_heading):
            widget.setEnabled(has)
        if self.ctx.db.on_server:  # a user who only reads this JST: no renaming or deleting it
            for button in (self.rename_button, self.delete_button):
                button.setVisible(has and self.ctx.may_edit(jst_id))
        for section in self._built.values():
            section.set_jst(jst_id, lazy=True)
        if not has:
            self.stack.setCurrentWidget(self.welcome)
        elif self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        else:
            self._section_chosen(self.nav.currentRow())

    def _section_chosen(self, row: int) -> None:
        if self.current_jst_id() is None or row < 0:
            self.stack.setCurrentWidget(self.welcome)
            return
        self.section_at(row)
        self.stack.setCurrentWidget(self._areas[row])

    def current_section(self):
        """The section on screen, or None while the welcome page shows."""
        shown = self.stack.currentWidget()
        return next((self._built[row] for row, area in self._areas.items() if area is shown), None)

    @staticmethod
    def _scrollable() -> QScrollArea:
        """A section wider or taller than a small laptop screen scrolls instead of stretching the window."""
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        return area

    def show_section(self, key: str) -> None:
        for row, (module, _title) in enumerate(SECTION_MODULES):
            if section_key(module) == key:
                self.nav.setCurrentRow(row)
                return

    def add_jst(self) -> NewJstDialog:
        """Open the dialog window-modally (not a nested event loop), so a crash can't eat the typing."""
        from PySide6.QtCore import Qt

        from ui.dialogs.new_jst_dialog import NewJstDialog

        dialog = NewJstDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._jst_added(dialog.created_id))
        dialog.open()
        return dialog

    def _jst_added(self, jst_id: int) -> None:
        self.select_jst(jst_id)  # the list already holds it: it followed the change
        self.show_section("profile")

    def rename_jst(self) -> RenameJstDialog | None:
        """The list, the profile and the dashboard follow the change; a refused name stays in the dialog."""
        jst_id = self.current_jst_id()
        if jst_id is None:
            return None
        from PySide6.QtCore import Qt

        from ui.dialogs.new_jst_dialog import RenameJstDialog

        dialog = RenameJstDialog(self.ctx, jst_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_jst(self) -> None:
        jst_id = self.current_jst_id()
        if jst_id is None:
            return
        from ui.dialogs.base import confirm_delete
        from wsparcie_desktop.services import jst as jst_service

        summary = jst_service.jst_dependants(self.ctx.db, jst_id)
        if not confirm_delete(self, self.tr("Delete local government"), summary.message()):
            return
        self.ctx.run(self, jst_service.delete_jst, jst_id)

    # ------------------------------------------------------------ safety

    def edit_server_connection(self) -> None:
        from ui.dialogs.server_connection import ServerConnection

        ServerConnection(self).edit(self)

    def backup_now(self, reason: str = "reczna", quiet: bool = False) -> Path | None:
        """Make a copy; a failure is always reported in Polish (an automatic one: once until a copy succeeds)."""
        file = self.ctx.db.file
        if self.ctx.db.on_server and reason == "reczna":
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self,
                self.tr("Backup copy"),
                self.tr(
                    "The data are kept on a PostgreSQL server, so backups are the server's job: its administrator "
                    "makes them (for example with pg_dump). The program makes no copies of a database on a server."
                ),
            )
            return None
        if file is None or self.demo or not file.exists():
            return None
        path = self.ctx.run(self, lambda _db: timestamped_backup(file, reason), form=_BackupFailure(self, quiet))
        if path is FAILED:
            return None
        self._backup_failed = False
        if not quiet:
            self.statusBar().showMessage(self.tr("Backup copy saved: %1").replace("%1", str(path)), 10000)
        return path

    def restore_from_backup(self):
        """Edits still in a field are saved first, so the copy made before the restore holds them."""
        for section in self._built.values():
            commit = getattr(section, "commit_pending", None)
            if commit is not None:
                commit()
        from PySide6.QtCore import Qt

        from ui.dialogs.restore_dialog import RestoreDialog  # only when asked for: not at start-up

        dialog = RestoreDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._restored)
        dialog.open()
        return dialog

    def _restored(self, result) -> None:
        """Every section shows the restored data: the list reloads and each section reloads (or when next shown)."""
        self.ctx.chosen_processes.clear()
        self.reload_jst_list()  # and every section shows the restored data (a hidden one when next shown)
        made = result.restored.made_at.strftime("%d.%m.%Y %H:%M:%S")
        self.statusBar().showMessage(self.tr("Restored the copy made %1.").replace("%1", made))
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self, APP_NAME,
            self.tr("The data now is as in the copy made %1.\n\nThe data from before the restore is kept as a copy "
                    "„before a restore”: to undo the restore, choose that copy in File → Restore from a backup…")
            .replace("%1", made),
        )  # fmt: skip

    def close_store(self, backup: bool = True) -> None:
        """The closing copy (unless ``backup`` is off), then the store is closed even when the copy failed."""
        if getattr(self, "_closed", False):
            return
        self._closed = True
        self._backup_timer.stop()
        try:
            if backup:
                self.backup_now(reason="zamkniecie")
        finally:
            self.ctx.db.close()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        for section in self._built.values():
            commit = getattr(section, "commit_pending", None)
            if commit is not None:
                commit()
        super().closeEvent(event)
