"""Section "Spotkania": the process's on-site meetings, each with its agenda, attendance and minutes, the
co-operation rules and the code of ethics, and the export of the meetings to a calendar (.ics)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.base import confirm_delete
from ui.dialogs.document_output import show_failure
from ui.dialogs.meeting_dialogs import MeetingDialog
from ui.models.rows_model import ID_ROLE, RowsModel
from ui.widgets import file_dialogs
from ui.widgets.charters_panel import ChartersPanel
from ui.widgets.meeting_panels import AgendaPanel, AttendancePanel, MinutesPanel
from ui.widgets.row_heights import CELL_PAD, RowHeights
from ui.widgets.section import Section
from wsparcie_desktop.changes import Kind
from wsparcie_desktop.services import meetings
from wsparcie_desktop.services.processes import get_process

DATES, KIND, TITLE, PLACE, STATE = range(5)


class MeetingsSection(Section):
    key = "meetings"
    watches = frozenset({Kind.PROCESS, Kind.PERSON, Kind.MEETING, Kind.CHARTER})
    follows_process = True

    def title(self) -> str:
        return self.tr("Meetings")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.process_id: int | None = None
        self.rows: list[meetings.MeetingSummary] = []
        self.notice = QLabel()
        self.notice.setObjectName("meetings_notice")
        self.notice.setWordWrap(True)
        self.context_label = QLabel()
        self.context_label.setWordWrap(True)
        # a long process holds hundreds of meetings: a model whose rows' texts are made when shown
        self.model = RowsModel([self.tr("Dates"), self.tr("Kind"), self.tr("Title"), self.tr("Place"),
                                self.tr("State")], self._texts, lambda summary: summary.meeting.id,
                               parent=self)  # fmt: skip
        self.table = QTableView()
        self.table.setObjectName("meetings_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # long texts wrap: never wider than the screen
        header.setSectionResizeMode(DATES, QHeaderView.ResizeMode.Interactive)  # as wide as its texts (reload_list)
        self.table.setMaximumHeight(self.fontMetrics().lineSpacing() * 9 + 30)
        self._bring_chosen = False  # the list was read or shown: the chosen meeting is brought into view once fitted
        self.row_heights = RowHeights(self.table, (KIND, TITLE, PLACE, STATE), self.model.column,
                                      fitted=self._rows_fitted)  # fmt: skip
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._choosing = False  # the list is being filled and its meeting chosen: the tabs are shown once, after
        self.table.doubleClicked.connect(lambda *_: self.edit_meeting())
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for name, text, slot in (("add", self.tr("&New meeting…"), self.add_meeting),
                                 ("edit", self.tr("&Edit…"), self.edit_meeting),
                                 ("delete", self.tr("&Delete…"), self.delete_meeting),
                                 ("ics", self.tr("E&xport to calendar (.ics)…"), self.export_ics)):  # fmt: skip
            button = QPushButton(text)
            button.setObjectName(f"meetings_{name}")
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[name] = button
        bar.addStretch()
        self.status = QLabel()
        self.status.setObjectName("meetings_status")
        self.status.setWordWrap(True)
        self.agenda = AgendaPanel(self)
        self.attendance = AttendancePanel(self)
        self.minutes = MinutesPanel(self)
        self.charters = ChartersPanel(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meeting_tabs")
        self.tabs.addTab(self.agenda, self.tr("&Agenda"))
        self.tabs.addTab(self.attendance, self.tr("&Participants and attendance"))
        self.tabs.addTab(self.minutes, self.tr("&Minutes"))
        self.tabs.addTab(self.charters, self.tr("&Rules and code of ethics"))
        self.tabs.setMinimumHeight(420)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.context_label)
        body.addLayout(bar)
        body.addWidget(self.status)
        body.addWidget(self.table)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Meetings") + "</h2>"))
        layout.addWidget(self.notice)
        layout.addWidget(self.body, 1)

    # --- showing ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.jst_id is None:
            return
        self.process_id = self.ctx.current_process(self.jst_id)
        has = self.process_id is not None
        self.notice.setText("" if has else self.tr("This local government has no advisory process yet. Start one "
                                                   "in the section “Advisory process”."))  # fmt: skip
        self.notice.setVisible(not has)
        self.body.setVisible(has)
        if not has:
            return
        self.context_label.setText(self.tr("Process: <b>%1</b>").replace(
            "%1", get_process(self.ctx.db, self.process_id).name.replace("<", "&lt;")))  # fmt: skip
        self.charters.load(self.process_id)
        self.reload_list()
        self._meeting_chosen()

    def reload_list(self) -> None:
        """The list of meetings again, keeping the one chosen (the tabs stay as they are)."""
        selected = self.selected_id()
        self.rows = meetings.list_meetings(self.ctx.db, self.process_id)
        self._choosing = True
        try:
            self.model.set_rows(self.rows)
            chosen = self.model.row_of(selected)
            if chosen is None and self.rows:
                held = [r for r, s in enumerate(self.rows) if s.held]
                chosen = held[-1] if held else 0
            if chosen is not None:
                self.table.selectRow(chosen)
        finally:
            self._choosing = False
        self._size_dates()
        self._bring_chosen = True
        self._show_chosen()
        has = bool(self.rows)
        self.buttons["edit"].setEnabled(has)
        self.buttons["delete"].setEnabled(has)
        self.buttons["ics"].setEnabled(has)
        self.status.setText("" if has else self.tr("No meeting yet. A new meeting starts with the agenda of its kind "
                                                   "(opening conference, meeting 1, meeting 2, summary meeting)."))  # fmt: skip
        self.status.setVisible(bool(self.status.text()))

    def _texts(self, summary: meetings.MeetingSummary) -> tuple[str, ...]:
        m = summary.meeting
        if summary.held:
            state = self.tr("held") + " · " + self.tr("present: %1 of %2").replace(
                "%1", str(summary.present)).replace("%2", str(summary.participants))  # fmt: skip
        else:
            state = self.tr("planned") + " · " + self.tr("invited: %1").replace("%1", str(summary.participants))
        if summary.open_tasks:
            state += " · " + self.tr("open tasks: %1").replace("%1", str(summary.open_tasks))
        return m.dates_text, m.kind_label, m.title, m.place or "—", state

    def _size_dates(self) -> None:
        """The dates as wide as their widest text or heading, on one line: measured over the texts of each length
        (a day, or a span of days: the digits are all of one width), not over every row."""
        by_length = {len(text): text for text in self.model.column(DATES)}
        metrics = QFontMetricsF(self.table.font())
        widest = max((metrics.horizontalAdvance(text) for text in by_length.values()), default=0) + CELL_PAD
        header = self.table.horizontalHeader()
        header.resizeSection(DATES, max(int(widest + 0.999), header.sectionSizeHint(DATES)))

    def _redraw_rows(self, meeting_ids: tuple[int, ...]) -> bool:
        """The rows of the meetings one change names read again and drawn, when each stays where it is in the
        order of dates; False when the list must be read whole (a new meeting, one moved to other dates)."""
        rows = {s.meeting.id: r for r, s in enumerate(self.rows)}
        if not meeting_ids or any(i not in rows for i in meeting_ids):
            return False
        found = {s.meeting.id: s for s in meetings.list_meetings(self.ctx.db, self.process_id,
                                                                 meeting_ids=list(meeting_ids))}  # fmt: skip
        if set(found) != set(meeting_ids):
            return False
        updated = list(self.rows)
        for meeting_id, summary in found.items():
            updated[rows[meeting_id]] = summary
        order = [(s.meeting.starts_on, s.meeting.id) for s in updated]
        if order != sorted(order):
            return False
        self.rows = updated
        self.model.update_rows(updated)  # the same meetings in the same order: only the changed rows drawn again
        self._size_dates()
        return True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        QTimer.singleShot(0, self, self._show_chosen)  # the list has its real height only once shown

    def _rows_fitted(self) -> None:
        """The rows have their heights: the chosen meeting scrolled into view, as after each reading of the list."""
        if self._bring_chosen:  # once the view has taken the new heights in (its scroll range follows them)
            QTimer.singleShot(0, self.table, self._bring_chosen_into_view)

    def _chosen_index(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0] if rows else None

    def _bring_chosen_into_view(self) -> None:
        index = self._chosen_index()
        if index is None:
            self._bring_chosen = False
            return
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        # done once it is in view: while the table is still taking its height, the next fit tries again
        self._bring_chosen = not self.table.viewport().rect().contains(self.table.visualRect(index))

    def _show_chosen(self) -> None:
        """The chosen meeting in view (the latest held one is usually the last of the list's rows), now and once
        the rows have their heights."""
        index = self._chosen_index()
        if index is not None:
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
            QTimer.singleShot(0, self.table, self._scroll_to_chosen)

    def _scroll_to_chosen(self) -> None:
        index = self._chosen_index()
        if index is not None:
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def selected_id(self) -> int | None:
        index = self._chosen_index()
        return index.data(ID_ROLE) if index is not None else None

    def selected_meeting(self) -> meetings.MeetingData | None:
        index = self._chosen_index()
        return self.model.row_at(index.row()).meeting if index is not None else None

    def _selection_changed(self, *_args) -> None:
        if not self._choosing:
            self._meeting_chosen()

    def _meeting_chosen(self) -> None:
        meeting = self.selected_meeting()
        for panel in (self.agenda, self.attendance, self.minutes):
            panel.show_meeting(meeting)
        for index in range(3):
            self.tabs.setTabEnabled(index, meeting is not None)

    def own_change(self, change) -> None:
        """A tab stored a cell or a tick and shows it already: only the list's counts are read again."""
        if change.kind is Kind.MEETING and not change.deleted:
            if not self._redraw_rows(change.ids):
                self.reload_list()
            return
        super().own_change(change)

    # --- actions ------------------------------------------------------------------------------------------
    def _open(self, meeting: meetings.MeetingData | None) -> MeetingDialog | None:
        if self.process_id is None:
            return None
        dialog = MeetingDialog(self.ctx, self.jst_id, self.process_id, meeting, self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _saved(self, dialog: MeetingDialog) -> None:
        self.reload_list()
        saved = dialog.saved.id if dialog.saved else None
        row = self.model.row_of(saved)
        if row is not None:
            self.table.selectRow(row)
            self._show_chosen()
        self._meeting_chosen()

    def add_meeting(self) -> MeetingDialog | None:
        return self._open(None)

    def edit_meeting(self) -> MeetingDialog | None:
        meeting = self.selected_meeting()
        return self._open(meetings.get_meeting(self.ctx.db, meeting.id)) if meeting else None

    def delete_meeting(self) -> bool:
        meeting = self.selected_meeting()
        if meeting is None:
            return False
        dependants = meetings.meeting_dependants(self.ctx.db, meeting.id)
        if not confirm_delete(self, self.tr("Delete meeting"),
                              self.tr("Delete the meeting “%1”?").replace("%1", meeting.title), dependants):  # fmt: skip
            return False
        return bool(self.ctx.run(self, meetings.delete_meeting, meeting.id))

    def export_ics(self) -> Path | None:
        if self.process_id is None:
            return None
        suggested = str(Path.home() / f"{self.tr('Meetings')} - {get_process(self.ctx.db, self.process_id).name}.ics")
        path = file_dialogs.save_file_name(self, self.tr("Export the meetings to a calendar"), suggested,
                                              self.tr("Calendar (*.ics)"))  # fmt: skip
        if not path:
            return None
        if not path.lower().endswith(".ics"):
            path += ".ics"
        try:
            from wsparcie_desktop.exporters.meetings_ics import export_meetings

            written = export_meetings(self.ctx.db, self.process_id, path)
        except Exception as error:  # show_failure says why, whatever it was: an export never fails silently
            show_failure(self, self.tr("Export"), error, Path(path))
            return None
        self.status.setText(self.tr("Saved: %1 (open it in Outlook or on a phone to add the meetings to the "
                                    "calendar).").replace("%1", str(written)))  # fmt: skip
        self.status.show()
        return written


SECTION = MeetingsSection
