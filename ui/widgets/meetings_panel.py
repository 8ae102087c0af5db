"""The dashboard's part about meetings: every meeting of the process with its dates, and the tasks agreed at them
that are not done yet (overdue ones in words as well as in colour)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from wsparcie_desktop.i18n import format_date_short


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MeetingsPanel(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.meetings_label = QLabel()
        self.meetings_label.setObjectName("dashboard_meetings")
        self.meetings_label.setWordWrap(True)
        self.tasks_label = QLabel()
        self.tasks_label.setObjectName("dashboard_meeting_tasks")
        self.tasks_label.setWordWrap(True)
        layout = QHBoxLayout(self)
        for title, label in ((self.tr("Meetings"), self.meetings_label),
                             (self.tr("Tasks agreed at meetings, not done yet"), self.tasks_label)):  # fmt: skip
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{title}</b>"))
            column.addWidget(label)
            column.addStretch()
            layout.addLayout(column, 1)

    def show_process(self, db, process_id: int | None, today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        if process_id is None:
            self.hide()
            return
        from wsparcie_desktop.services import meetings  # not at start-up: the dashboard is the first screen

        self.show()
        rows = meetings.list_meetings(db, process_id, today)
        lines = []
        for summary in rows:
            m = summary.meeting
            state = self.tr("held") if summary.held else self.tr("planned")
            lines.append(f"{m.dates_text} — {_esc(m.title)} ({state})")
        self.meetings_label.setText("<br>".join(lines) or self.tr("No meeting yet (section Meetings)."))
        tasks = meetings.open_tasks(db, process_id)
        lines = []
        for task in tasks:
            due = format_date_short(task.due_on) if task.due_on else self.tr("no date")
            text = f"{_esc(task.what)} — {_esc(task.who) or '—'}, {due}"
            if task.due_on is not None and task.due_on < today:
                late = self.tr("OVERDUE")  # outside the f-string, where lupdate finds it
                text = f"<b style='color:#9a0007'>{text} — {late}</b>"
            lines.append("• " + text)
        self.tasks_label.setText("<br>".join(lines) or self.tr("None."))
