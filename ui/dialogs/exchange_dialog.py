"""File → Export a local government…, Import a local government… and the history of conflicts of the exchange.

The export asks for the JST, the file and a passphrase (twice). The import first checks who signed the file
(a known sender under another key is asked about before anything is decrypted), then reads it with the
passphrase and shows the preview: what will be added, changed and removed, and each conflict side by side,
field by field, with its own choice (keep mine / take theirs). Import stays disabled until every conflict has
a choice; the core makes a backup copy and writes everything in one transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED, AppContext
from ui.dialogs.base import FormDialog
from ui.widgets import file_dialogs
from ui.widgets.forms import FieldForm
from wsparcie_desktop import APP_ID, APP_NAME
from wsparcie_desktop.errors import DomainError

LAST_FOLDER_KEY = "exchange/last_folder"
FILTER = "*.wjst"


def _folder() -> str:
    return str(QSettings(APP_ID, APP_ID).value(LAST_FOLDER_KEY, "") or Path.home())


def _remember(path: str) -> None:
    QSettings(APP_ID, APP_ID).setValue(LAST_FOLDER_KEY, str(Path(path).parent))


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _short(text: str, limit: int = 60) -> str:
    """A value on one line of the changes tree; the whole of it is in the tooltip."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _file_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row


# ---------------------------------------------------------------- export


class ExportDialog(FormDialog):
    """One JST to a .wjst file; ``saved`` is the core's ExportResult."""

    def __init__(self, ctx: AppContext, jst_id: int | None, parent: QWidget | None = None):
        super().__init__(ctx, "", parent, min_width=620)
        from wsparcie_desktop.services import quick_reads

        self.setWindowTitle(self.tr("Export a local government"))
        intro = QLabel(self.tr(
            "The file holds the local government with everything that belongs to it (people, schools, processes, "
            "HDR, meetings, attachments). It is encrypted with the passphrase and signed by this installation. "
            "Give the passphrase to the recipient separately — by phone, not in the e-mail carrying the file."
        ))  # fmt: skip
        intro.setWordWrap(True)
        self.body.insertWidget(0, intro)
        self.jst = self.form.add_field("jst", self.tr("Local government:"), QComboBox())
        self.jst.setObjectName("export_jst")
        for row in quick_reads.list_jst(ctx.db):
            self.jst.addItem(row.name, row.id)
            if row.id == jst_id:
                self.jst.setCurrentIndex(self.jst.count() - 1)
        self.path = QLineEdit()
        self.path.setObjectName("export_path")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_file)
        self.form.add_field("path", self.tr("File:"), _file_row(self.path, browse), focus=self.path)
        self.passphrase = self.form.add_field("passphrase", self.tr("Passphrase:"), _password_edit("export_passphrase"))
        self.repeat = self.form.add_field("repeat", self.tr("Repeat the passphrase:"), _password_edit("export_repeat"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self.finish()

    def choose_file(self) -> None:
        name = (self.jst.currentText() or "samorzad").replace(" ", "-").replace("/", "-")
        path = file_dialogs.save_file_name(
            self, self.tr("Save the exchange file"), str(Path(_folder()) / f"{name}.wjst"),
            self.tr("Exchange files (%1)").replace("%1", FILTER),
        )  # fmt: skip
        if path:
            if not path.endswith(".wjst"):
                path += ".wjst"
            _remember(path)
            self.path.setText(path)

    def save(self, db):
        from wsparcie_desktop.exchange import service

        if self.jst.currentData() is None:
            raise DomainError(self.tr("Choose the local government to export."), field="jst")
        if not self.path.text().strip():
            raise DomainError(self.tr("Choose where to save the file."), field="path")
        if self.passphrase.text() != self.repeat.text():
            raise DomainError(self.tr("The two passphrases differ."), field="repeat")
        return service.export_jst(db, self.jst.currentData(), Path(self.path.text().strip()), self.passphrase.text())


# ---------------------------------------------------------------- import


class ConflictBox(QGroupBox):
    """One conflict: its fields mine | theirs, and the two choices (none is made for the user)."""

    def __init__(self, conflict, parent: QWidget | None = None):
        super().__init__(f"{_capital(conflict.table_label)}: „{conflict.label}” — {conflict.situation}", parent)
        self.conflict = conflict
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(conflict.fields), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Mine (this computer)"),
                                              self.tr("Theirs (from the file)")])  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, diff in enumerate(conflict.fields):
            for column, text in enumerate((diff.label, diff.mine_text, diff.theirs_text)):
                item = QTableWidgetItem(text if len(text) <= 400 else text[:399] + "…")
                item.setToolTip(text[:2000])
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + sum(
            self.table.rowHeight(r) for r in range(min(self.table.rowCount(), 6))
        )
        self.table.setFixedHeight(height + 6)
        layout.addWidget(self.table)
        if conflict.mine_key:  # the same row added on both computers: one row is kept either way
            note = QLabel(
                self.tr("The same row was added on both computers. Either choice keeps one row, with the data chosen.")
            )
            note.setObjectName("added_apart_note")
            note.setWordWrap(True)
            layout.addWidget(note)
        choices = QHBoxLayout()
        self.mine = QRadioButton(self.tr("Keep mine"))
        self.theirs = QRadioButton(self.tr("Take theirs"))
        self.mine.setObjectName("keep_mine")
        self.theirs.setObjectName("take_theirs")
        self.group = QButtonGroup(self)
        self.group.addButton(self.mine)
        self.group.addButton(self.theirs)
        choices.addWidget(self.mine)
        choices.addWidget(self.theirs)
        choices.addStretch(1)
        layout.addLayout(choices)

    @property
    def choice(self) -> str | None:
        if self.mine.isChecked():
            return "mine"
        if self.theirs.isChecked():
            return "theirs"
        return None


class ImportDialog(QDialog):
    """Choose the file and type the passphrase; then the preview with a choice per conflict; then the import."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.package = None
        self.plan = None
        self.result = None
        self.conflict_boxes: list[ConflictBox] = []
        self.setWindowTitle(self.tr("Import a local government"))
        self.resize(1000, 640)
        self.pages = QStackedWidget()

        # page 1: the file and the passphrase
        first = QWidget()
        first_layout = QVBoxLayout(first)
        intro = QLabel(self.tr(
            "Choose an exchange file (.wjst) received from another computer and type its passphrase. Nothing is "
            "written before you have seen what the import will change and chosen for every conflict."
        ))  # fmt: skip
        intro.setWordWrap(True)
        first_layout.addWidget(intro)
        self.form = FieldForm()
        first_layout.addWidget(self.form.general_error)
        self.path = QLineEdit()
        self.path.setObjectName("import_path")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_file)
        self.form.add_field("path", self.tr("File:"), _file_row(self.path, browse), focus=self.path)
        self.passphrase = self.form.add_field("passphrase", self.tr("Passphrase:"), _password_edit("import_passphrase"))
        first_layout.addLayout(self.form)
        first_layout.addStretch(1)
        self.pages.addWidget(first)

        # page 2: the preview
        second = QWidget()
        second_layout = QVBoxLayout(second)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        second_layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.changes_tree = QTreeWidget()
        self.changes_tree.setObjectName("import_changes")
        self.changes_tree.setHeaderLabels([self.tr("What"), self.tr("Record")])
        self.changes_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.changes_tree, self.tr("Changes"))
        conflicts_page = QWidget()
        conflicts_layout = QVBoxLayout(conflicts_page)
        all_row = QHBoxLayout()
        all_mine = QPushButton(self.tr("All: keep mine"))
        all_mine.clicked.connect(lambda: self.choose_all("mine"))
        all_theirs = QPushButton(self.tr("All: take theirs"))
        all_theirs.clicked.connect(lambda: self.choose_all("theirs"))
        all_row.addWidget(all_mine)
        all_row.addWidget(all_theirs)
        all_row.addStretch(1)
        conflicts_layout.addLayout(all_row)
        self.conflicts_area = QScrollArea()
        self.conflicts_area.setWidgetResizable(True)
        self.conflicts_area.setFrameShape(QFrame.Shape.NoFrame)
        conflicts_layout.addWidget(self.conflicts_area, 1)
        self.tabs.addTab(conflicts_page, self.tr("Conflicts"))
        second_layout.addWidget(self.tabs, 1)
        self.pending = QLabel()
        self.pending.setObjectName("import_pending")
        self.pending.setStyleSheet("color: #b00020; font-weight: bold;")
        second_layout.addWidget(self.pending)
        self.pages.addWidget(second)

        buttons = QDialogButtonBox()
        self.back_button = buttons.addButton(self.tr("< &Back"), QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button = buttons.addButton(self.tr("&Next >"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_button")
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.back_button.clicked.connect(lambda: self._show_page(0))
        self.next_button.clicked.connect(self.read_file)
        self.import_button.clicked.connect(self.do_import)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self._show_page(0)

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setVisible(index == 1)
        self.next_button.setVisible(index == 0)
        self.next_button.setDefault(index == 0)
        self.import_button.setVisible(index == 1)
        self._update_import_button()

    def choose_file(self) -> None:
        path = file_dialogs.open_file_name(
            self, self.tr("Choose the exchange file"), _folder(),
            self.tr("Exchange files (%1);;All files (*)").replace("%1", FILTER),
        )  # fmt: skip
        if path:
            _remember(path)
            self.path.setText(path)

    # ------------------------------------------------------------ reading

    def read_file(self) -> bool:
        """Check the sender, read the file with the passphrase and show the preview (tests call it directly)."""
        from wsparcie_desktop.exchange import service

        self.form.clear_errors()
        path = self.path.text().strip()
        if not path:
            self.form.show_error(DomainError(self.tr("Choose the exchange file."), field="path"))
            return False
        status = self.ctx.run(self, service.check_sender, Path(path), form=self.form)
        if status is FAILED:
            return False
        accept_new_key = False
        if status.status == "key_changed":
            answer = QMessageBox.warning(
                self, self.tr("Another key"),
                self.tr("The file says it comes from „%1”, but it is signed with another key than before.\n\n"
                        "Key in the file: %2\nKey known so far: %3\n\nIt may be the sender's new installation, or "
                        "somebody else's file. Accept the new key only after checking its fingerprint with the "
                        "sender (e.g. by phone). Accept the new key and read the file?")
                .replace("%1", status.name).replace("%2", status.fingerprint).replace("%3", status.known_fingerprint),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return False
            accept_new_key = True
        package = self.ctx.run(self, service.read_package, Path(path), self.passphrase.text(), accept_new_key,
                               form=self.form)  # fmt: skip
        if package is FAILED:
            return False
        plan = self.ctx.run(self, service.preview, package, form=self.form)
        if plan is FAILED:
            return False
        self.package, self.plan = package, plan
        self._fill_preview(status)
        self._show_page(1)
        return True

    def _fill_preview(self, status) -> None:
        plan, package = self.plan, self.package
        if plan.new_jst:
            what = self.tr("„%1” is not in this program yet: it will be added whole.").replace("%1", plan.jst_name)
        elif plan.nothing_to_do:
            what = self.tr("„%1” here is the same as in the file: there is nothing to import.").replace(
                "%1", plan.jst_name
            )
        else:
            what = self.tr("„%1” is already here: the file will be merged with it row by row.").replace(
                "%1", plan.jst_name
            )
        sender = (
            self.tr("From: %1, key fingerprint %2")
            .replace("%1", package.sender.name)
            .replace("%2", package.sender.fingerprint)
        )
        if status.status == "new":
            sender += " — " + self.tr("the first file from this sender: check the fingerprint with them.")
        counts = self.tr("To add: %1, to change: %2, to remove: %3, conflicts: %4.")
        for index, value in enumerate(
            (len(plan.added), len(plan.changed), len(plan.removed), len(plan.conflicts)), start=1
        ):
            counts = counts.replace(f"%{index}", str(value))
        self.summary.setText(f"<b>{what}</b><br>{sender}<br>{counts}")
        self.changes_tree.clear()
        for title, rows in ((self.tr("Added"), plan.added), (self.tr("Changed"), plan.changed),
                            (self.tr("Removed"), plan.removed)):  # fmt: skip
            group = QTreeWidgetItem([f"{title} ({len(rows)})", ""])
            self.changes_tree.addTopLevelItem(group)
            here, in_file = self.tr("Here"), self.tr("In the file")
            for row in rows[:2000]:
                item = QTreeWidgetItem([_capital(row.table_label), row.label])
                group.addChild(item)
                for diff in row.fields:  # a changed row: each changed field, here → in the file
                    child = QTreeWidgetItem([diff.label, f"{_short(diff.mine_text)}  →  {_short(diff.theirs_text)}"])
                    child.setToolTip(1, f"{diff.label}\n{here}: {diff.mine_text}\n{in_file}: {diff.theirs_text}")
                    item.addChild(child)
                if row.fields:
                    item.setToolTip(1, ", ".join(diff.label for diff in row.fields))
                    item.setExpanded(len(rows) <= 20)
            if len(rows) > 2000:
                group.addChild(QTreeWidgetItem(["…", self.tr("and %1 more").replace("%1", str(len(rows) - 2000))]))
            group.setExpanded(len(rows) <= 50)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        self.conflict_boxes = []
        for conflict in plan.conflicts:
            box = ConflictBox(conflict)
            box.group.buttonClicked.connect(lambda _button: self._update_import_button())
            holder_layout.addWidget(box)
            self.conflict_boxes.append(box)
        if not plan.conflicts:
            holder_layout.addWidget(QLabel(self.tr("No conflicts: nothing was changed on both sides.")))
        holder_layout.addStretch(1)
        self.conflicts_area.setWidget(holder)
        self.tabs.setTabText(1, self.tr("Conflicts (%1)").replace("%1", str(len(plan.conflicts))))
        self.tabs.setCurrentIndex(1 if plan.conflicts else 0)

    def choose_all(self, choice: str) -> None:
        for box in self.conflict_boxes:
            (box.mine if choice == "mine" else box.theirs).setChecked(True)
        self._update_import_button()

    def choices(self) -> dict[str, str]:
        return {box.conflict.key: box.choice for box in self.conflict_boxes if box.choice}

    def _update_import_button(self) -> None:
        open_ = sum(1 for box in self.conflict_boxes if box.choice is None)
        ready = self.plan is not None and not self.plan.nothing_to_do and open_ == 0
        self.import_button.setEnabled(ready)
        self.pending.setText(
            self.tr("Choose for every conflict: %1 left.").replace("%1", str(open_))
            if open_ and self.pages.currentIndex() == 1 else ""
        )  # fmt: skip

    # ------------------------------------------------------------ importing

    def do_import(self) -> None:
        from wsparcie_desktop.exchange import service

        result = self.ctx.run(self, service.import_package, self.package, self.choices())
        if result is FAILED:
            return
        self.result = result
        self.accept()


# ---------------------------------------------------------------- the history of conflicts


class HistoryDialog(QDialog):
    """The versions that lost a conflict in the imports of one JST, with their fields, newest first."""

    def __init__(self, ctx: AppContext, jst_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        from wsparcie_desktop.exchange import service

        self.setWindowTitle(self.tr("Exchange conflicts: versions not kept"))
        self.resize(960, 560)
        self.entries = service.conflict_history(ctx.db, jst_id)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Each row is a conflict decided in an import: the version that was not kept is shown below, so that "
            "anything from it can be typed in again."
        ) if self.entries else self.tr("No conflicts have been decided in imports of this local government."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.entries), 4)
        self.table.setObjectName("history_table")
        self.table.setHorizontalHeaderLabels([self.tr("Decided"), self.tr("Record"), self.tr("Kept"),
                                              self.tr("File from")])  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, entry in enumerate(self.entries):
            kept = self.tr("mine") if entry.kept == "mine" else self.tr("theirs")
            texts = (entry.decided_at.strftime("%d.%m.%Y %H:%M"), f"{_capital(entry.table_label)}: {entry.label}", kept,
                     entry.peer_name)  # fmt: skip
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        for column in (0, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.lost = QPlainTextEdit()
        self.lost.setObjectName("history_lost")
        self.lost.setReadOnly(True)
        layout.addWidget(self.lost, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._show_lost)
        if self.entries:
            self.table.selectRow(0)

    def _show_lost(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.lost.clear()
            return
        entry = self.entries[rows[0].row()]
        if entry.lost is None:
            self.lost.setPlainText(self.tr("The version not kept was the deletion of this record."))
            return
        lines = [self.tr("The version not kept:")]
        lines.extend(f"{name}: {text}" for name, text in entry.lost_fields)
        self.lost.setPlainText("\n".join(lines))


# ---------------------------------------------------------------- the File menu


def add_actions(window, menu: QMenu) -> None:
    """Export…, Import… and the conflicts' history in the File menu (see ui/dialogs/exchange_menu.py)."""
    from ui.dialogs.exchange_menu import add_actions as add

    add(window, menu)


def open_export(window) -> ExportDialog | None:
    if window.current_jst_id() is None:
        QMessageBox.information(
            window, APP_NAME, QCoreApplication.translate("ExchangeMenu", "Choose a local government first.")
        )
        return None
    dialog = ExportDialog(window.ctx, window.current_jst_id(), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _exported(window, dialog.saved))
    dialog.open()
    return dialog


def _exported(window, result) -> None:
    QMessageBox.information(
        window, APP_NAME,
        QCoreApplication.translate("ExchangeMenu", "Saved „%1” to the file %2.\n\nThis installation's key fingerprint: %3.\nGive the passphrase to "
                  "the recipient separately (by phone, not in the same e-mail as the file).")
        .replace("%1", result.jst_name).replace("%2", str(result.path)).replace("%3", result.fingerprint),
    )  # fmt: skip


def open_import(window) -> ImportDialog:
    for section in getattr(window, "_built", {}).values():  # edits still in a field go into the backup copy
        commit = getattr(section, "commit_pending", None)
        if commit is not None:
            commit()
    dialog = ImportDialog(window.ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _imported(window, dialog.result))
    dialog.open()
    return dialog


def _imported(window, result) -> None:
    window.reload_jst_list(select_id=result.jst_id)
    text = QCoreApplication.translate(
        "ExchangeMenu", "Imported „%1”: added %2, changed %3, removed %4, conflicts decided %5."
    )
    for index, value in enumerate((result.jst_name, result.added, result.changed, result.removed,
                                   result.conflicts), start=1):  # fmt: skip
        text = text.replace(f"%{index}", str(value))
    if result.skipped:
        text += (
            "\n\n"
            + QCoreApplication.translate("ExchangeMenu", "Not imported (the record they belong to was deleted here):")
            + "\n• "
        )
        text += "\n• ".join(result.skipped[:20])
    if result.backup:
        text += "\n\n" + QCoreApplication.translate(
            "ExchangeMenu", "The data from before the import is kept in the backup copy %1."
        ).replace("%1", str(result.backup))
    QMessageBox.information(window, APP_NAME, text)


def open_history(window) -> HistoryDialog | None:
    if window.current_jst_id() is None:
        QMessageBox.information(
            window, APP_NAME, QCoreApplication.translate("ExchangeMenu", "Choose a local government first.")
        )
        return None
    dialog = HistoryDialog(window.ctx, window.current_jst_id(), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
