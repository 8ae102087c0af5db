"""Restore from a backup: the copies in kopie/, newest first, with what each holds; the core does the restoring."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED, AppContext
from wsparcie_desktop.db.backup import (
    STATE_DAMAGED,
    STATE_FOREIGN,
    STATE_NEWER,
    BackupCopy,
    backups_dir,
    list_backups,
    restore_backup,
)

COLUMNS = ("made", "kind", "jst", "schools", "activities", "state")


def made_text(copy: BackupCopy) -> str:
    return copy.made_at.strftime("%d.%m.%Y %H:%M:%S")


class RestoreDialog(QDialog):
    """Lists the copies and asks; ``restored`` carries the core's RestoreResult once the store holds the copy."""

    restored = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.file = ctx.db.file
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(880, 460)
        folder = str(backups_dir(self.file)) if self.file else ""
        self.copies = list_backups(self.file) if self.file else []

        self.intro = QLabel()
        self.intro.setObjectName("restore_intro")
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self.copies:
            self.intro.setText(self.tr(
                "Copies of the data file in the folder %1, newest first. Restoring puts the chosen copy in place "
                "of all the current data; the current data is first saved as a copy „before a restore”, so a "
                "restore can be undone the same way."
            ).replace("%1", folder))  # fmt: skip
        else:
            self.intro.setText(self.tr(
                "There are no backup copies in the folder %1 yet. A copy is made when the program closes, "
                "every 30 minutes while it is open, and with File → Make a backup copy now."
            ).replace("%1", folder))  # fmt: skip

        headers = {
            "made": self.tr("Made"),
            "kind": self.tr("Kind"),
            "jst": self.tr("Local governments"),
            "schools": self.tr("Schools"),
            "activities": self.tr("HDR activities"),
            "state": self.tr("State"),
        }
        self.table = QTableWidget(len(self.copies), len(COLUMNS))
        self.table.setObjectName("backup_copies")
        self.table.setHorizontalHeaderLabels([headers[key] for key in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, copy in enumerate(self.copies):
            self._fill_row(row, copy)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("state"), QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(self.copies))
        if not self.copies:
            self.resize(640, 200)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(lambda *_args: self.restore_chosen())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.restore_button = QPushButton(self.tr("&Restore this copy…"))
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_chosen)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setVisible(bool(self.copies))

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        if not self.copies:
            layout.addStretch(1)
        layout.addWidget(buttons)
        first = next((row for row, copy in enumerate(self.copies) if copy.restorable), None)
        if first is not None:
            self.table.selectRow(first)

    def kind_name(self, reason: str) -> str:
        names = {
            "przed-aktualizacja": self.tr("before an update"),
            "automatyczna": self.tr("automatic"),
            "zamkniecie": self.tr("on closing"),
            "reczna": self.tr("manual"),
            "przed-przywroceniem": self.tr("before a restore"),
        }
        return names.get(reason, reason)

    def state_name(self, state: str) -> str:
        names = {
            STATE_DAMAGED: self.tr("damaged copy"),
            STATE_NEWER: self.tr("from a newer version"),
            STATE_FOREIGN: self.tr("not this program's data"),
        }
        return names.get(state, self.tr("can be restored"))

    def state_explanation(self, state: str) -> str:
        names = {
            STATE_DAMAGED: self.tr("The copy is damaged (incomplete or spoilt) and cannot be restored."),
            STATE_NEWER: self.tr("The copy was made by a newer version of the program: update the program to "
                                 "restore it."),
            STATE_FOREIGN: self.tr("The file is not a copy of this program's data."),
        }  # fmt: skip
        return names.get(state, "")

    def _fill_row(self, row: int, copy: BackupCopy) -> None:
        counts = {"jst": copy.jst, "schools": copy.schools, "activities": copy.activities}
        texts = {
            "made": made_text(copy),
            "kind": self.kind_name(copy.reason),
            **{key: "" if value is None else str(value) for key, value in counts.items()},
            "state": self.state_name(copy.state),
        }
        for column, key in enumerate(COLUMNS):
            item = QTableWidgetItem(texts[key])
            item.setToolTip("\n".join(filter(None, (str(copy.path), self.state_explanation(copy.state)))))
            if key in counts:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not copy.restorable:
                item.setForeground(self.palette().placeholderText())
            self.table.setItem(row, column, item)

    def chosen(self) -> BackupCopy | None:
        rows = self.table.selectionModel().selectedRows()
        return self.copies[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        copy = self.chosen()
        self.restore_button.setEnabled(copy is not None and copy.restorable)

    def restore_chosen(self) -> None:
        copy = self.chosen()
        if copy is None or not copy.restorable or self.file is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore from a backup"),
            self.tr("Replace all the data with the copy made %1 (%2)?\n\nThe current data is first saved as a "
                    "copy „before a restore”.").replace("%1", made_text(copy)).replace("%2", self.kind_name(copy.reason)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.db.engine.dispose()  # no pooled connection keeps the old contents cached
        # The whole store changes: no one Change says it, the main window has every screen read it again.
        result = self.ctx.run(self, lambda _db: restore_backup(self.file, copy.path))
        if result is FAILED:
            return
        self.restored.emit(result)
        self.accept()
