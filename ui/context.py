"""What every screen is given: the open store and the signals that say what changed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from wsparcie_desktop.db.database import Database


class AppSignals(QObject):
    """Announces changes so that open screens refresh themselves."""

    jst_list_changed = Signal()
    jst_changed = Signal(int)  # profile or team of this JST changed
    schools_changed = Signal(int)
    process_changed = Signal(int)  # jst_id: a process or any of its stages changed


@dataclass
class AppContext:
    db: Database
    signals: AppSignals
