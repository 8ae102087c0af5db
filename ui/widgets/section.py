"""Base of a main-window section: it shows one part of the chosen JST."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from wsparcie_desktop.changes import Change, Kind

# What a user does on a screen: while a long plan is still being read (the HDR, Realizacja HDR), any of these has
# the rest read first.
USER_INPUT = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress,
                        QEvent.Type.ShortcutOverride, QEvent.Type.Wheel, QEvent.Type.ContextMenu,
                        QEvent.Type.ToolTip, QEvent.Type.DragEnter})  # fmt: skip


def asked_by(widget: QWidget, origin: QWidget | None) -> bool:
    """True when ``origin`` is the widget or lies inside it, also through a dialog opened from it."""
    while origin is not None:
        if origin is widget:
            return True
        origin = origin.parentWidget()
    return False


class Section(QWidget):
    """Subclasses set ``key``, the ``watches`` they show, and return their title from ``title()``.

    A change of a watched kind to this section's JST reloads it (a hidden one when it is next shown);
    a change this section asked for itself goes to ``own_change``, which updates just what changed.
    """

    key = ""
    watches: frozenset[Kind] = frozenset()
    follows_process = False  # True: it shows the process the user works on, and reloads when another is chosen

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.jst_id: int | None = None
        self._stale = False
        self._lazy = False  # set by the main window: hidden sections then reload only when shown
        ctx.signals.changed.connect(self._on_change)
        if self.follows_process:
            ctx.signals.process_selected.connect(self._process_chosen)

    def title(self) -> str:
        raise NotImplementedError

    def set_jst(self, jst_id: int | None, lazy: bool = False) -> None:
        """Show this JST (None when none is chosen); called whenever the choice changes.

        With ``lazy`` (the main window's way) a hidden section only notes the change and reloads when it is
        next shown, so choosing a JST costs one screen's queries, not every screen's.
        """
        self.jst_id = jst_id
        self._lazy = lazy
        if lazy and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.refresh()
        self.apply_access()

    def apply_access(self) -> None:
        """A user who only reads this JST (a PostgreSQL store) gets no edit actions: see ui/widgets/read_only.py."""
        if self.jst_id is not None and not self.ctx.may_edit(self.jst_id):
            from ui.widgets.read_only import show_read_only

            show_read_only(self)

    def _on_change(self, change: Change, origin: QWidget | None) -> None:
        if change.kind not in self.watches:
            return
        if change.kind is not Kind.JST_LIST and change.jst_id != self.jst_id:
            return
        if asked_by(self, origin):
            self.own_change(change)
            return
        self.set_jst(self.jst_id, lazy=self._lazy)

    def _process_chosen(self, jst_id: int, _process_id: int) -> None:
        if jst_id == self.jst_id:
            self.set_jst(jst_id, lazy=self._lazy)

    def own_change(self, change: Change) -> None:
        """This section asked for the change: by default it reloads; a table updates only the changed row."""
        self.set_jst(self.jst_id, lazy=self._lazy)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._stale:
            self._stale = False
            self.refresh()
            self.apply_access()
        super().showEvent(event)

    def refresh(self) -> None:
        """Reload what is shown from the services."""
