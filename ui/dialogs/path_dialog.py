""" "Ścieżka": the chain from evidence to result around one item, both ways.

Choose any item of the process (a data task, a current state, a cause, a gap, a goal, an indicator, an
activity); the tree shows what it rests on and what acts on it, with what has been measured since the HDR was
approved. Double-click an item of the tree to follow the chain from there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from wsparcie_desktop.services import hdr_chain
from wsparcie_desktop.services.hdr_chain import KIND_LABELS, KIND_SINGULAR, KINDS, Chain

ROLE = Qt.ItemDataRole.UserRole


def _short(text: str, limit: int = 110) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def open_path(ctx, process_id: int | None, kind: str, item_id: int | None, parent) -> PathDialog | None:
    """Open the panel on ``kind`` ``item_id`` (on the first item when None); None while there is no process."""
    if process_id is None:
        return None
    dialog = PathDialog(ctx, process_id, kind if item_id is not None else None, item_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class PathDialog(QDialog):
    def __init__(self, ctx, process_id: int, kind: str | None, item_id: int | None, parent=None):
        super().__init__(parent)
        self.setObjectName("path_dialog")
        self.setWindowTitle(self.tr("Path: from evidence to result"))
        self.resize(900, 600)
        self.chain: Chain = hdr_chain.load_chain(ctx.db, process_id)
        self.choice = QComboBox()
        self.choice.setObjectName("path_choice")
        self.choice.setMaxVisibleItems(20)
        # the longest item (90 characters) must not widen the dialog past a projector's 1280 in workshop type
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(40)
        for k in KINDS:
            for i in self.chain.items(k):
                self.choice.addItem(f"{KIND_SINGULAR[k]}: {_short(self.chain.text(k, i), 90)}", (k, i))
        self.tree = QTreeWidget()
        self.tree.setObjectName("path_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.itemDoubleClicked.connect(self._follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Start from:"))
        label.setBuddy(self.choice)
        layout.addWidget(label)
        layout.addWidget(self.choice)
        layout.addWidget(QLabel(self.tr("Double-click an item to follow the chain from there.")))
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.choice.currentIndexChanged.connect(self._chosen)
        index = self.find(kind, item_id) if kind else 0
        self.choice.setCurrentIndex(max(0, index))
        self._chosen()

    def find(self, kind: str, item_id: int) -> int:
        """The chooser's row of an item, -1 if none (findData compares a Python tuple by identity, not value)."""
        wanted = (kind, item_id)
        return next((i for i in range(self.choice.count()) if tuple(self.choice.itemData(i)) == wanted), -1)

    def _chosen(self, *_args) -> None:
        data = self.choice.currentData()
        if data:
            self.show_path(*data)

    def show_path(self, kind: str, item_id: int) -> None:
        path = hdr_chain.path_of(self.chain, kind, item_id)
        self.path = path
        self.tree.clear()
        bold = QFont()
        bold.setBold(True)
        for k in KINDS:
            items = path.items.get(k, [])
            group = QTreeWidgetItem([f"{KIND_LABELS[k]} ({len(items)})"])
            group.setFont(0, bold)
            self.tree.addTopLevelItem(group)
            if not items:
                group.addChild(QTreeWidgetItem([self.tr("— none linked —")]))
            for item in items:
                text = _short(item.text, 160) + (f"  [{item.detail}]" if item.detail else "")
                child = QTreeWidgetItem([("➜ " if (k, item.id) == (kind, item_id) else "") + text])
                child.setData(0, ROLE, (k, item.id))
                child.setToolTip(0, item.text)
                group.addChild(child)
            group.setExpanded(True)

    def _follow(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, ROLE)
        if data:
            index = self.find(*data)
            if index >= 0:
                self.choice.setCurrentIndex(index)
