"""Pulpit: where the JST stands in the three stages of the model, derived from its data."""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.widgets.meetings_panel import MeetingsPanel
from ui.widgets.section import Section
from wsparcie_desktop.changes import Kind
from wsparcie_desktop.services import quick_reads

MEETINGS_LATER_MS = 200  # at start-up: the meetings are read once the window is on screen
STATE_COLOURS = {"done": "#2e7d32", "in_progress": "#e65100", "not_started": "#757575"}


class StageCard(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(280)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.state = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.state, self.summary, self.steps):
            layout.addWidget(widget)
        layout.addStretch()


class DashboardSection(Section):
    key = "dashboard"
    # The name, the schools, and every step of the three stages (the people and a wizard's page do not show here).
    watches = frozenset({
        Kind.JST, Kind.SCHOOL, Kind.PROCESS, Kind.AREA_CHOICE, Kind.DATA_TASK, Kind.DIAGNOSIS, Kind.GOALS, Kind.HDR,
        Kind.HDR_ACTIVITY, Kind.MEETING, Kind.CHARTER, Kind.REMOTE_ADVICE, Kind.SUPPORT, Kind.FUND,
        Kind.EDUCATION_DATA, Kind.HDR_PROGRESS, Kind.MEASUREMENT, Kind.ORE_REPORT,
    })  # fmt: skip
    follows_process = True

    def title(self) -> str:
        return self.tr("Dashboard")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.heading = QLabel()
        self.heading.setObjectName("dashboard_heading")
        self.schools_label = QLabel()
        self.schools_label.setObjectName("dashboard_schools")
        self.schools_label.setWordWrap(True)
        self.report_deadline = QLabel()  # from September: the annual report due to the council by 31 October
        self.report_deadline.setObjectName("dashboard_report_deadline")
        self.report_deadline.setWordWrap(True)
        self.report_deadline.setStyleSheet("background: #fff4d6; border: 1px solid #d9a400; padding: 6px;")
        self.report_deadline.hide()
        self.overdue_label = QLabel()  # each thing past its due date on its own line (the report to ORE)
        self.overdue_label.setObjectName("dashboard_overdue")
        self.overdue_label.setWordWrap(True)
        self.overdue_label.setStyleSheet(
            "background: #fdecea; border: 1px solid #c62828; color: #8e0000; padding: 6px;"
        )
        self.overdue_label.hide()
        self.process_label = QLabel()
        self.process_label.setObjectName("dashboard_process")
        self.process_label.setWordWrap(True)
        self.support_label = QLabel()  # school support covered of declared, the fund left this year
        self.support_label.setObjectName("dashboard_support")
        self.support_label.setWordWrap(True)
        self.cards = [StageCard() for _ in range(3)]
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.schools_label)
        layout.addWidget(self.report_deadline)
        layout.addWidget(self.process_label)
        layout.addWidget(self.overdue_label)
        layout.addWidget(self.support_label)
        row = QHBoxLayout()
        for card in self.cards:
            row.addWidget(card, 1)
        layout.addLayout(row)
        self.meetings = MeetingsPanel()
        layout.addWidget(self.meetings)
        layout.addStretch()

    def state_text(self, state: str) -> str:
        return {
            "done": self.tr("✔ Done"),
            "in_progress": self.tr("● In progress"),
            "not_started": self.tr("○ Not started"),
        }[state]

    def refresh(self) -> None:
        if self.jst_id is None:
            return
        # Read with plain sqlite3 (the same answers as the ORM services): this is the first screen the program shows.
        self.heading.setText(f"<h2>{_esc(quick_reads.jst_name(self.ctx.db, self.jst_id))}</h2>")
        totals = quick_reads.school_totals(self.ctx.db, self.jst_id)
        self.schools_label.setText(totals.text() + "." if totals.count else
                                   self.tr("No schools on the list yet (section Schools)."))  # fmt: skip
        data = quick_reads.dashboard(self.ctx.db, self.jst_id, self.ctx.current_process(self.jst_id))
        if data.process_id is None:
            self.process_label.setText(self.tr("No advisory process has been started for this local government yet."))
        else:
            self.process_label.setText(self.tr("Advisory process: %1").replace("%1", _esc(data.process_name)))
        self.overdue_label.setText("<br>".join(f"⚠ {_esc(line)}" for line in data.overdue))
        self.overdue_label.setVisible(bool(data.overdue))
        if "sqlalchemy.orm" in sys.modules:
            self._show_support()
        else:  # read through the ORM services, as the meetings are: not before the first window shows
            self.support_label.clear()
            QTimer.singleShot(MEETINGS_LATER_MS, self, self._show_support)
        for card, stage in zip(self.cards, data.stages):
            colour = STATE_COLOURS[stage.state]
            card.setStyleSheet(f"StageCard {{ border: 2px solid {colour}; border-radius: 6px; }}")
            stage_label = self.tr("Stage %1").replace("%1", str(stage.number))
            card.title.setText(f"<h3>{stage_label}: {_esc(stage.title)}</h3>")
            card.state.setText(f"<b style='color:{colour}'>{self.state_text(stage.state)}</b>")
            card.summary.setText(_esc(stage.summary))
            card.steps.setText("<br>".join(("✔ " if s.done else "○ ") + _esc(s.label) for s in stage.steps))
        if dt.date.today().month in (9, 10):  # read through the ORM like the meetings: never at start-up
            QTimer.singleShot(MEETINGS_LATER_MS if "sqlalchemy.orm" not in sys.modules else 0, self,
                              self.show_report_deadline)  # fmt: skip
        else:
            self.report_deadline.hide()
        if data.process_id is None or "sqlalchemy.orm" in sys.modules:
            self.meetings.show_process(self.ctx.db, data.process_id)
        else:  # the meetings are read through the ORM services: not before the first window shows
            self.meetings.hide()
            QTimer.singleShot(MEETINGS_LATER_MS, self, self._show_meetings)

    def _show_support(self) -> None:
        """Schools covered of those declared, and the fund left this year (services/support_dashboard.py)."""
        if self.jst_id is None:
            return
        from wsparcie_desktop.services import support_dashboard

        lines = support_dashboard.dashboard_lines(self.ctx.db, self.jst_id, self.ctx.current_process(self.jst_id))
        self.support_label.setText(_esc(" ".join(lines)))

    def _show_meetings(self) -> None:
        if self.jst_id is not None:
            self.meetings.show_process(self.ctx.db, self.ctx.current_process(self.jst_id))

    def show_report_deadline(self, today: dt.date | None = None) -> None:
        from wsparcie_desktop.services import education_report

        status = education_report.report_status(self.ctx.db, self.jst_id, today) if self.jst_id else None
        self.report_deadline.setVisible(status is not None)
        if status is None:
            return
        text = self.tr("Annual report on education for the school year %1: to be presented to the council by %2 "
                       "(%3 days left); %4 of %5 sections written (section Annual report on education).")  # fmt: skip
        for key, value in (("%1", status.school_year), ("%2", status.deadline.strftime("%d.%m.%Y")),
                           ("%3", str(status.days_left)), ("%4", str(status.written)), ("%5", str(status.sections))):  # fmt: skip
            text = text.replace(key, value)
        self.report_deadline.setText(text)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


SECTION = DashboardSection
