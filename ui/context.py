"""What every screen is given: the open store, the signals that say what changed, and the one runner.

A screen never calls a service that changes data by itself: it asks ``ctx.run(self, service, ...)``.
The runner calls the service with the store, shows any refusal in one way (under the form's field, or in a
message box), keeps what the user typed on screen, and announces the service's ``Change`` once through
``signals.changed``, naming the widget that asked. Screens declare the kinds of change they watch
(``Section.watches``); the one that made the change updates only its own row.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from wsparcie_desktop import APP_NAME
from wsparcie_desktop.changes import Change, changes_of
from wsparcie_desktop.errors import DomainError, StaleEditError, StoreError

if TYPE_CHECKING:
    from wsparcie_desktop.db.database import Database


class AppSignals(QObject):
    """Announces changes so that open screens refresh themselves."""

    changed = Signal(object, object)  # Change, the widget that asked for it (or None)
    process_selected = Signal(int, int)  # jst_id, process_id: the user chose the process to work on


class _Failed:
    """What ``run`` returns when the service refused: falsy, and distinct from any result."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "FAILED"


FAILED = _Failed()


@dataclass
class AppContext:
    db: Database
    signals: AppSignals
    chosen_processes: dict[int, int] = field(default_factory=dict)

    def run(self, origin: QWidget | None, service: Callable[..., Any], *args: Any, form=None,
            on_stale: Callable[[StaleEditError], None] | None = None, **kwargs: Any) -> Any:  # fmt: skip
        """Call ``service(db, *args, **kwargs)``; return its result, or FAILED after showing why it refused.

        ``form`` (a FieldForm) shows a refusal under its field; without one it goes to a message box.
        ``on_stale`` lets the screen reload what it shows when the row changed elsewhere (it then says so).
        """
        try:
            result = service(self.db, *args, **kwargs)
        except StaleEditError as error:
            if on_stale is not None:
                on_stale(error)
            else:
                show_refusal(origin, error, form)
            return FAILED
        except DomainError as error:
            show_refusal(origin, error, form)
            return FAILED
        for change in changes_of(result):
            self.announce(change, origin)
        return result

    def announce(self, change: Change, origin: QWidget | None = None) -> None:
        self.signals.changed.emit(change, origin)

    def current_process(self, jst_id: int | None) -> int | None:
        """The process the user works on for this JST: the one chosen, else the latest one."""
        if jst_id is None:
            return None
        from wsparcie_desktop.services import quick_reads

        return quick_reads.current_process(self.db, jst_id, self.chosen_processes.get(jst_id))

    def may_edit(self, jst_id: int | None = None) -> bool:
        """False for a user of a PostgreSQL store who only reads this JST (or every JST): no edit actions then.

        Read once per store (a file, and the server's owner, may edit everything); the server enforces it anyway.
        """
        return True if not self.db.on_server else self._server_access().can_edit(jst_id)

    def owns_store(self) -> bool:
        """A file, or the owner of a PostgreSQL store: may add JSTs (the server lets no one else)."""
        return True if not self.db.on_server else self._server_access().administers

    def _server_access(self):
        if getattr(self, "_access_of", None) is not self.db:
            from wsparcie_desktop.services.access import current_access

            self._access, self._access_of = current_access(self.db), self.db
        return self._access

    def choose_process(self, jst_id: int, process_id: int) -> None:
        self.chosen_processes[jst_id] = process_id
        self.signals.process_selected.emit(jst_id, process_id)


def show_refusal(origin: QWidget | None, error: DomainError, form=None) -> None:
    """A broken rule under its field (or above the form); a store error always in a box as well: it is urgent."""
    if isinstance(error, StoreError):
        print(f"store error: {error.reason}", file=sys.stderr)
    if form is not None:
        form.show_error(error)
        if not isinstance(error, StoreError):
            return
    from PySide6.QtWidgets import QMessageBox  # imported when first needed: its type costs the first window ~2 ms

    title = QCoreApplication.translate("AppContext", "Not saved") if isinstance(error, StoreError) else APP_NAME
    QMessageBox.warning(origin.window() if origin is not None else None, title, error.message)
