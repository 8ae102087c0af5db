"""What every screen is given: the open store and the signals that say what changed."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from wsparcie_desktop.db.database import Database


class AppSignals(QObject):
    """Announces changes so that open screens refresh themselves."""

    jst_list_changed = Signal()
    jst_changed = Signal(int)  # profile or team of this JST changed
    schools_changed = Signal(int)
    process_changed = Signal(int)  # jst_id: a process or any of its stages changed
    process_selected = Signal(int, int)  # jst_id, process_id: the user chose the process to work on


@dataclass
class AppContext:
    db: Database
    signals: AppSignals
    chosen_processes: dict[int, int] = field(default_factory=dict)

    def current_process(self, jst_id: int | None) -> int | None:
        """The process the user works on for this JST: the one chosen, else the latest one."""
        if jst_id is None:
            return None
        from wsparcie_desktop.services.dashboard import latest_process_id

        chosen = self.chosen_processes.get(jst_id)
        if chosen is not None:
            from wsparcie_desktop.services.processes import list_processes

            if any(p.id == chosen for p in list_processes(self.db, jst_id)):
                return chosen
        return latest_process_id(self.db, jst_id)

    def choose_process(self, jst_id: int, process_id: int) -> None:
        self.chosen_processes[jst_id] = process_id
        self.signals.process_selected.emit(jst_id, process_id)
