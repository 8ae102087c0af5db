"""The cause tree editor: a tree of causes edited in place, by drag and drop or from the keyboard.

Keys (also on the buttons' tooltips): Insert or Ctrl+N adds a cause after the selected one, Ctrl+Insert or
Ctrl+Shift+N adds a sub-cause, Delete deletes, Ctrl+Up/Down moves among siblings, Ctrl+Right makes the cause
a sub-cause of the one above, Ctrl+Left moves it one level out; F2 or a double click edits the text.
Every change goes straight to the store through the causes service (by the program's runner, which announces
it to the open screens), then the tree is read back, so what is on screen is always what is stored. Causes the JST cannot influence stay in the tree, greyed and marked
"(poza wpływem JST)".
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QByteArray, QMimeData, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED, AppContext
from ui.dialogs.base import confirm_delete
from ui.widgets.forms import ErrorLine
from ui.widgets.stale_edit import show_stale, unsaved_values
from wsparcie_desktop.errors import DomainError, StaleEditError
from wsparcie_desktop.services import causes
from wsparcie_desktop.services.causes import CATEGORY_LABELS, INFLUENCE_LABELS, OUTSIDE_MARK, CauseData

MIME = "application/x-wsparcie-cause"
TEXT, CATEGORY, INFLUENCE = range(3)
OUTSIDE_COLOUR = QColor("#6b6b6b")


class CauseTreeModel(QAbstractItemModel):
    """The stored tree; edits and moves are handed to ``editor`` which calls the service and reloads."""

    def __init__(self, editor: CauseTreeEditor):
        super().__init__(editor)
        self.editor = editor
        self.roots: list[CauseData] = []
        self.by_id: dict[int, CauseData] = {}

    def set_tree(self, roots: list[CauseData]) -> None:
        self.beginResetModel()
        self.roots = roots
        self.by_id = {c.id: c for c in causes.walk(roots)}
        self.endResetModel()

    def siblings(self, cause: CauseData | None) -> list[CauseData]:
        if cause is None or cause.parent_id is None:
            return self.roots
        return self.by_id[cause.parent_id].children

    def cause(self, index: QModelIndex) -> CauseData | None:
        return self.by_id.get(index.internalId()) if index.isValid() else None

    def index_of(self, cause_id: int | None, column: int = 0) -> QModelIndex:
        cause = self.by_id.get(cause_id) if cause_id is not None else None
        if cause is None:
            return QModelIndex()
        return self.createIndex(self.siblings(cause).index(cause), column, cause.id)

    # --- structure ------------------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = self.cause(parent).children if parent.isValid() else self.roots
        if 0 <= row < len(children) and 0 <= column < 3:
            return self.createIndex(row, column, children[row].id)
        return QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        cause = self.cause(index)
        if cause is None or cause.parent_id is None:
            return QModelIndex()
        return self.index_of(cause.parent_id)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid():
            return len(self.cause(parent).children) if parent.column() == 0 else 0
        return len(self.roots)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Cause"), self.tr("Category"), self.tr("Can the JST influence it?"))[section]
        return None

    # --- content --------------------------------------------------------------------------------------------
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        cause = self.cause(index)
        if cause is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TEXT:
                return f"{cause.text} {OUTSIDE_MARK}" if cause.outside_influence else cause.text
            return cause.category_label if column == CATEGORY else cause.influence_label
        if role == Qt.ItemDataRole.EditRole:
            return (cause.text, cause.category, cause.influence)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            category = self.tr("Category: %1").replace("%1", cause.category_label)
            influence = self.tr("Can the JST influence it? %1").replace("%1", cause.influence_label)
            return f"{cause.text}\n{category}\n{influence}"
        if role == Qt.ItemDataRole.ForegroundRole and cause.outside_influence:
            return QBrush(OUTSIDE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and cause.outside_influence:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)  # fmt: skip

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        cause = self.cause(index)
        if cause is None or role != Qt.ItemDataRole.EditRole:
            return False
        field = ("text", "category", "influence")[index.column()]
        if getattr(cause, field) == value:
            return False
        return self.editor.change(cause, field, value)

    # --- drag and drop ---------------------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        data = QMimeData()
        cause = next((self.cause(i) for i in indexes if i.isValid()), None)
        if cause is not None:
            data.setData(MIME, QByteArray(str(cause.id).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: QModelIndex) -> bool:  # noqa: N802
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        moved = self.by_id.get(int(bytes(data.data(MIME)).decode() or 0))
        if moved is None:
            return False
        target = self.cause(parent)
        children = target.children if target else self.roots
        index = len(children) if row < 0 else row
        current = self.siblings(moved)
        if current is children and current.index(moved) < index:
            index -= 1  # the row counts the moved cause, which leaves its place first
        self.editor.move(moved, target.id if target else None, index)
        return False  # the tree is read back from the store; the view must not remove anything itself


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down list for the category and influence columns; the choice is stored as soon as it is made."""

    def __init__(self, options: dict[str, str], parent=None):
        super().__init__(parent)
        self.options = options

    def createEditor(self, parent, option, index):  # noqa: N802
        box = QComboBox(parent)
        for code, label in self.options.items():
            box.addItem(label, code)
        box.activated.connect(lambda _i, b=box: (self.commitData.emit(b), self.closeEditor.emit(b)))
        return box

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CauseTreeView(QTreeView):
    """The tree with the keyboard commands of the module docstring."""

    command = Signal(str)

    KEYS = {
        (Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier): "sibling",
        (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier): "sibling",
        (Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier): "child",
        (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier): "child",
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier): "delete",
        (Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier): "up",
        (Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier): "down",
        (Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier): "indent",
        (Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier): "outdent",
    }

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.state() != QAbstractItemView.State.EditingState:
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            command = self.KEYS.get((Qt.Key(event.key()), modifiers))
            if command:
                event.accept()
                self.command.emit(command)
                return
        super().keyPressEvent(event)


class CauseTreeEditor(QWidget):
    """The tree of one process's causes, with a line to type new causes quickly and buttons for every command."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.process_id: int | None = None
        self.model = CauseTreeModel(self)
        self.view = CauseTreeView()
        self.view.setObjectName("cause_tree")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(CATEGORY, ChoiceDelegate(CATEGORY_LABELS, self.view))
        self.view.setItemDelegateForColumn(INFLUENCE, ChoiceDelegate(INFLUENCE_LABELS, self.view))
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        self.view.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.SelectedClicked)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(INFLUENCE, QHeaderView.ResizeMode.ResizeToContents)
        self.view.command.connect(self.run)

        self.entry = QLineEdit()
        self.entry.setObjectName("cause_entry")
        self.entry.setPlaceholderText(self.tr("Type a cause and press Enter"))
        self.entry.returnPressed.connect(lambda: self.add_typed(child=False))
        self.add_button = QPushButton(self.tr("Add &next to the selected"))
        self.add_button.setObjectName("cause_add")
        self.add_button.setToolTip(self.tr("Insert or Ctrl+N"))
        self.add_button.clicked.connect(lambda: self.add_typed(child=False))
        self.child_button = QPushButton(self.tr("Add as a &sub-cause"))
        self.child_button.setObjectName("cause_add_child")
        self.child_button.setToolTip(self.tr("Ctrl+Insert or Ctrl+Shift+N"))
        self.child_button.clicked.connect(lambda: self.add_typed(child=True))
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.add_button)
        entry_row.addWidget(self.child_button)

        self.buttons: dict[str, QPushButton] = {}
        commands = QHBoxLayout()
        for command, label, keys in (
            ("up", self.tr("Move up"), "Ctrl+↑"), ("down", self.tr("Move down"), "Ctrl+↓"),
            ("outdent", self.tr("One level out"), "Ctrl+←"), ("indent", self.tr("Under the cause above"), "Ctrl+→"),
            ("delete", self.tr("Delete…"), self.tr("Delete")),
        ):  # fmt: skip
            button = QPushButton(label)
            button.setObjectName(f"cause_{command}")
            button.setToolTip(keys)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, name=command: self.run(name))
            commands.addWidget(button)
            self.buttons[command] = button
        self.path_button = QPushButton(self.tr("Pa&th…"))  # the chain from this cause to the goals and activities
        self.path_button.setObjectName("cause_path")
        self.path_button.setToolTip(self.tr("Which goals and activities act on this cause, and what has been measured "
                                            "since"))  # fmt: skip
        self.path_button.setAutoDefault(False)
        self.path_button.clicked.connect(self.open_path)
        commands.addWidget(self.path_button)
        commands.addStretch()
        for button in (self.add_button, self.child_button):
            button.setAutoDefault(False)

        self.help = QLabel(self.tr(
            "Drag a cause onto another to make it its sub-cause. Keys: Insert — new cause, Ctrl+Insert — new "
            "sub-cause, F2 — edit, Delete — delete, Ctrl+arrows — move. Causes the local government cannot "
            "influence stay in the tree, greyed and marked “%1”.").replace("%1", OUTSIDE_MARK))  # fmt: skip
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #444;")
        self.error = ErrorLine("cause_error")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(entry_row)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        layout.addLayout(commands)
        layout.addWidget(self.help)

    # --- reading ------------------------------------------------------------------------------------------
    def set_process(self, ctx: AppContext, process_id: int) -> None:
        self.ctx, self.process_id = ctx, process_id
        self.reload()

    @property
    def db(self):
        return self.ctx.db

    def selected(self) -> CauseData | None:
        return self.model.cause(self.view.currentIndex())

    def open_path(self, *_args):
        """The "Ścieżka" panel from the selected cause (ui/dialogs/path_dialog.py)."""
        from ui.dialogs.path_dialog import open_path

        cause = self.selected()
        return open_path(self.ctx, self.process_id, "cause", cause.id if cause else None, self)

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (self.selected().id if self.selected() else None)
        self.model.set_tree(causes.cause_tree(self.db, self.process_id))
        self.view.expandAll()
        index = self.model.index_of(keep)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        self.changed.emit()

    def show_error(self, error: DomainError | None) -> None:
        self.error.show_error(error)

    def _run(self, service, *args, **kwargs):
        """One change through the runner; a refusal is shown above the tree (the editor is the runner's form)."""
        result = self.ctx.run(self, service, *args, form=self, **kwargs)
        if result is not FAILED:
            self.show_error(None)
        return result

    def _do(self, select_id: int, service, *args) -> bool:
        if self._run(service, *args) is FAILED:
            return False
        self.reload(select_id)
        return True

    def finish_editing(self) -> None:
        """Store the text still open in the tree's in-place editor (the wizard is being left or closed)."""
        if self.view.state() != QAbstractItemView.State.EditingState:
            return
        index = self.view.currentIndex()
        editor = self.view.indexWidget(index)
        if editor is not None:
            delegate = self.view.itemDelegateForIndex(index)
            delegate.commitData.emit(editor)
            delegate.closeEditor.emit(editor)

    # --- commands -----------------------------------------------------------------------------------------
    def change(self, cause: CauseData, field: str, value) -> bool:
        data = CauseData(cause.text, cause.category, cause.influence, cause.parent_id, cause.id, version=cause.version)
        setattr(data, field, value)
        stale: list[StaleEditError] = []
        if self._run(causes.save_cause, self.process_id, data, on_stale=stale.append) is FAILED:
            if stale:  # changed elsewhere since the tree was read: show the stored tree, and what was typed
                labels = {
                    "text": self.tr("Cause"),
                    "category": self.tr("Category"),
                    "influence": self.tr("Can the JST influence it?"),
                }
                unsaved = unsaved_values(cause, data, {field: labels.get(field, field)}, {
                    "category": lambda code: CATEGORY_LABELS.get(code, code),
                    "influence": lambda code: INFLUENCE_LABELS.get(code, code),
                })  # fmt: skip
                QTimer.singleShot(0, self, lambda: self._refused_as_stale(stale[0], cause.id, unsaved))
            return False
        # Read back after the view has closed its editor, not while it is still committing the value.
        QTimer.singleShot(0, self, lambda: self.reload(cause.id))
        return True

    def _refused_as_stale(self, error: StaleEditError, cause_id: int, unsaved: list[str]) -> None:
        self.reload(cause_id)
        self.show_error(DomainError(self.tr("Not saved — this cause was changed elsewhere; the current tree is "
                                            "shown.")))  # fmt: skip
        show_stale(self, error, unsaved)

    def move(self, cause: CauseData, parent_id: int | None, index: int) -> None:
        if self._run(causes.move_cause, self.process_id, cause.id, parent_id, index) is FAILED:
            return
        QTimer.singleShot(0, self, lambda: self.reload(cause.id))

    def add(self, text: str, child: bool) -> int | None:
        """Store a new cause after the selected one (or under it); it takes the category of its neighbour."""
        current = self.selected()
        if child and current is None:
            child = False
        parent_id = current.id if child else (current.parent_id if current else None)
        data = CauseData(text, current.category if current else "other", "yes", parent_id)
        after = None if child or current is None else current.id
        change = self._run(causes.save_cause, self.process_id, data, after_id=after)
        if change is FAILED:
            return None
        self.reload(change.id)
        return change.id

    def add_typed(self, child: bool) -> int | None:
        text = self.entry.text()
        if not text.strip():
            return self.add_placeholder(child)
        new_id = self.add(text, child)
        if new_id is not None:
            self.entry.clear()
            self.entry.setFocus()
        return new_id

    def add_placeholder(self, child: bool) -> int | None:
        """From the keyboard: a new cause with a placeholder text, opened for typing at once."""
        new_id = self.add(self.tr("New cause"), child)
        if new_id is not None:
            self.view.setFocus()
            self.view.edit(self.model.index_of(new_id))
        return new_id

    def run(self, command: str) -> None:
        if command in ("sibling", "child"):
            self.add_placeholder(command == "child")
            return
        cause = self.selected()
        if cause is None:
            return
        if command == "delete":
            self.delete(cause)
        elif command in ("up", "down"):
            self._do(cause.id, causes.shift_cause, self.process_id, cause.id, -1 if command == "up" else 1)
        elif command == "indent":
            self._do(cause.id, causes.indent_cause, self.process_id, cause.id)
        elif command == "outdent":
            self._do(cause.id, causes.outdent_cause, self.process_id, cause.id)
        self.view.setFocus()

    def delete(self, cause: CauseData) -> bool:
        question = self.tr("Delete the cause “%1”?").replace("%1", cause.text)
        if not confirm_delete(self, self.tr("Delete cause"), question, causes.cause_dependants(self.db, cause.id)):
            return False
        siblings = self.model.siblings(cause)
        position = siblings.index(cause)
        neighbour = siblings[position - 1] if position else (siblings[1] if len(siblings) > 1 else None)
        select = neighbour.id if neighbour else cause.parent_id
        if self._run(causes.delete_cause, cause.id) is FAILED:
            return False
        self.reload(select)
        return True
