"""Section "Doradztwo zdalne": the log of remote advice, the minutes used per advisor and month against the
allowance (months over it and months without advice marked in colour and in words), the same per stage, the
allowance setting and the register to print."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED
from ui.dialogs.advice_dialog import AdviceDialog
from ui.dialogs.base import confirm_delete
from ui.dialogs.document_output import DocumentOutput, DocumentOutputBar
from ui.models.rows_model import ID_ROLE, RowsModel
from ui.widgets.forms import ErrorLine
from ui.widgets.meeting_panels import rows_follow_columns
from ui.widgets.row_heights import CELL_PAD, RowHeights
from ui.widgets.section import Section
from ui.widgets.table_fill import filling
from wsparcie_desktop.changes import Kind
from wsparcie_desktop.i18n import format_date_short
from wsparcie_desktop.services import remote_advice

OVER_INK, OVER_FILL, EMPTY_INK = QColor("#9a0007"), QColor("#fde7e9"), QColor("#616161")


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    rows_follow_columns(table)
    return table


DATE, ADVISOR, MINUTES, CHANNEL, TOPIC, AGREED = range(6)


def _entry_texts(e: remote_advice.AdviceData) -> tuple[str, ...]:
    return (format_date_short(e.held_on), e.advisor_name or "—", str(e.minutes), e.channel_label, e.topic,
            e.agreed or "—")  # fmt: skip


def fit_height(table: QTableWidget) -> None:
    """As tall as its rows, so a short table does not scroll inside a page that scrolls already."""
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 2)


class RemoteAdviceSection(Section):
    key = "remote_advice"
    watches = frozenset({Kind.PROCESS, Kind.PERSON, Kind.REMOTE_ADVICE, Kind.SETTING, Kind.AREA_CHOICE, Kind.HDR})
    follows_process = True

    def title(self) -> str:
        return self.tr("Remote advice")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.process_id: int | None = None
        self.log: remote_advice.AdviceLog | None = None
        self.notice = QLabel()
        self.notice.setObjectName("advice_notice")
        self.notice.setWordWrap(True)
        self.context_label = QLabel()
        self.context_label.setWordWrap(True)
        self.allowance = QSpinBox()
        self.allowance.setObjectName("advice_allowance")
        self.allowance.setRange(0, 44640)
        self.allowance.setSuffix(" min")
        self.allowance_button = QPushButton(self.tr("Save the allowance"))
        self.allowance_button.setObjectName("advice_allowance_save")
        self.allowance_button.clicked.connect(self.save_allowance)
        self.allowance_error = ErrorLine("advice_allowance_error")
        self.allowance_owner = QLabel(self.tr("The allowance applies to every local government in this database, so "
                                              "only the database's owner (its administrator) changes it."))  # fmt: skip
        self.allowance_owner.setObjectName("advice_allowance_owner")
        self.allowance_owner.setWordWrap(True)
        self.allowance_owner.setVisible(False)
        # the log of a long process holds a thousand entries: a model whose rows' texts are made when shown
        self.entries_model = RowsModel([self.tr("Date"), self.tr("Advisor"), self.tr("Minutes"), self.tr("Channel"),
                                        self.tr("Topic"), self.tr("Agreed")], _entry_texts, right=(MINUTES,),
                                       parent=self)  # fmt: skip
        self.entries = QTableView()
        self.entries.setObjectName("advice_entries")
        self.entries.setModel(self.entries_model)
        self.entries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entries.verticalHeader().hide()
        header = self.entries.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TOPIC, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AGREED, QHeaderView.ResizeMode.Stretch)
        self.entry_rows = RowHeights(self.entries, (ADVISOR, TOPIC, AGREED), self._entry_column)
        self.entries.doubleClicked.connect(lambda *_: self.edit_entry())
        self.months = _table("advice_months", [self.tr("Month")])
        self.stages = _table("advice_stages", [self.tr("Stage"), self.tr("Advisor"), self.tr("Months"),
                                               self.tr("Minutes used"), self.tr("Allowance"), "" ])  # fmt: skip
        for table in (self.months, self.stages):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.stages.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setObjectName("advice_summary")
        self.summary.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for name, text, slot in (("add", self.tr("&Add an entry…"), self.add_entry),
                                 ("edit", self.tr("&Edit…"), self.edit_entry),
                                 ("delete", self.tr("&Delete…"), self.delete_entry)):  # fmt: skip
            button = QPushButton(text)
            button.setObjectName(f"advice_{name}")
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[name] = button
        bar.addStretch()
        self.output = DocumentOutput(ctx.db, "rejestr-doradztwa-zdalnego", lambda: self.jst_id, self,
                                     options=lambda: {"process_id": self.process_id})  # fmt: skip
        printing = QHBoxLayout()
        printing.addWidget(QLabel(self.tr("Document “Remote advice register”:")))
        printing.addWidget(DocumentOutputBar(self.output, self), 1)
        allowance_row = QHBoxLayout()
        allowance_row.addWidget(QLabel(self.tr("Allowance per advisor per month:")))
        allowance_row.addWidget(self.allowance)
        allowance_row.addWidget(self.allowance_button)
        allowance_row.addStretch()

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.context_label)
        body.addLayout(allowance_row)
        body.addWidget(self.allowance_error)
        body.addWidget(self.allowance_owner)
        body.addLayout(bar)
        body.addLayout(printing)
        body.addWidget(self.summary)
        self.entries.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        body.addWidget(self.entries, 1)
        body.addWidget(QLabel("<b>" + self.tr("Minutes per advisor and month (used / allowance)") + "</b>"))
        body.addWidget(self.months)
        body.addWidget(QLabel("<b>" + self.tr("Per stage of the process") + "</b>"))
        body.addWidget(self.stages)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Remote advice") + "</h2>"))
        layout.addWidget(self.notice)
        layout.addWidget(self.body, 1)

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
        log = self.log = remote_advice.advice_log(self.ctx.db, self.process_id)
        self.context_label.setText(self.tr("Process: <b>%1</b>").replace("%1", log.process_name.replace("<", "&lt;")))
        self.allowance.setValue(log.allowance)
        self._fill_entries(log)
        self._fill_months(log)
        self._fill_stages(log)
        over = [m for m in log.months if m.over]
        empty = [m for m in log.months if m.empty]
        text = self.tr("Entries: %1 · minutes: %2").replace("%1", str(len(log.entries))).replace(
            "%2", str(sum(e.minutes for e in log.entries)))  # fmt: skip
        if over:
            text += " · " + self.tr("⚠ months over the allowance: %1").replace(
                "%1", ", ".join(f"{m.label} ({m.advisor_name})" for m in over))  # fmt: skip
        if empty:
            text += " · " + self.tr("months without advice: %1").replace("%1", str(len(empty)))
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #9a0007; font-weight: bold;" if over else "")
        for name in ("edit", "delete"):
            self.buttons[name].setEnabled(bool(log.entries))

    def _fill_entries(self, log) -> None:
        """The entries, newest first; read again after an edit, only the changed entry's row is drawn again."""
        selected = self.selected_id()
        self.entries_model.update_rows(reversed(log.entries))
        self._size_entry_columns()
        if selected is not None and self.selected_id() != selected:
            row = self.entries_model.row_of(selected)
            if row is not None:
                self.entries.selectRow(row)

    def _entry_column(self, column: int) -> list[str]:
        """A column's texts, every entry's, for fitting the rows (straight from the entries: nothing formatted)."""
        rows = self.entries_model.rows()
        if column == ADVISOR:
            return [e.advisor_name or "—" for e in rows]
        if column == TOPIC:
            return [e.topic for e in rows]
        return [e.agreed or "—" for e in rows]

    def _size_entry_columns(self) -> None:
        """The date, advisor, minutes and channel as wide as their widest text or heading: measured over their
        different texts (a handful: advisors, channels, numbers; dates all of one width), not over every row."""
        rows = self.entries_model.rows()
        header = self.entries.horizontalHeader()
        metrics = QFontMetricsF(self.entries.font())
        texts = {
            DATE: {format_date_short(rows[0].held_on)} if rows else set(),
            ADVISOR: {e.advisor_name or "—" for e in rows},
            MINUTES: {str(minutes) for minutes in {e.minutes for e in rows}},
            CHANNEL: {e.channel_label for e in rows},
        }
        cap = max(120, self.entries.viewport().width() // 4)  # a long name wraps rather than take the topic's room
        for column, found in texts.items():
            widest = max((metrics.horizontalAdvance(text) for text in found), default=0) + CELL_PAD
            header.resizeSection(column, min(cap, max(int(widest + 0.999), header.sectionSizeHint(column))))

    def _fill_months(self, log) -> None:
        advisors = list(dict.fromkeys((m.advisor_id, m.advisor_name) for m in log.months))
        months = list(dict.fromkeys((m.year, m.month, m.label) for m in log.months))
        by_key = {(m.advisor_id, m.year, m.month): m for m in log.months}
        with filling(self.months):  # its columns measured once, not after every cell
            self._fill_month_cells(advisors, months, by_key)
        fit_height(self.months)

    def _fill_month_cells(self, advisors, months, by_key) -> None:
        self.months.setColumnCount(1 + len(advisors))
        self.months.setHorizontalHeaderLabels([self.tr("Month")] + [name for _, name in advisors])
        self.months.setRowCount(len(months))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, (year, month, label) in enumerate(months):
            self.months.setItem(row, 0, QTableWidgetItem(label))
            for column, (advisor_id, _) in enumerate(advisors, start=1):
                use = by_key[(advisor_id, year, month)]
                text = f"{use.used} / {use.allowance}"
                item = QTableWidgetItem(text)
                if use.over:
                    item.setText(text + " — " + self.tr("OVER THE ALLOWANCE"))
                    item.setForeground(QBrush(OVER_INK))
                    item.setBackground(QBrush(OVER_FILL))
                    item.setFont(bold)
                elif use.empty:
                    item.setText(text + " — " + self.tr("no advice"))
                    item.setForeground(QBrush(EMPTY_INK))
                self.months.setItem(row, column, item)

    def _fill_stages(self, log) -> None:
        with filling(self.stages):
            self._fill_stage_cells(log)
        fit_height(self.stages)

    def _fill_stage_cells(self, log) -> None:
        self.stages.setRowCount(len(log.stages))
        for row, s in enumerate(log.stages):
            mark = self.tr("OVER THE ALLOWANCE") if s.over else self.tr("within")
            for column, value in enumerate((s.name, s.advisor_name, str(s.months), str(s.used), str(s.allowance),
                                            mark)):  # fmt: skip
                item = QTableWidgetItem(value)
                if s.over:
                    item.setForeground(QBrush(OVER_INK))
                self.stages.setItem(row, column, item)

    def selected_id(self) -> int | None:
        rows = self.entries.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    # --- actions ------------------------------------------------------------------------------------------
    def _open(self, entry) -> AdviceDialog | None:
        if self.process_id is None:
            return None
        dialog = AdviceDialog(self.ctx, self.jst_id, self.process_id, entry, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_entry(self) -> AdviceDialog | None:
        return self._open(None)

    def edit_entry(self) -> AdviceDialog | None:
        entry_id = self.selected_id()
        return self._open(remote_advice.get_advice(self.ctx.db, entry_id)) if entry_id else None

    def delete_entry(self) -> bool:
        entry_id = self.selected_id()
        if entry_id is None:
            return False
        entry = remote_advice.get_advice(self.ctx.db, entry_id)
        question = self.tr("Delete the entry of %1 (%2, %3 min)?").replace("%1", entry.advisor_name).replace(
            "%2", format_date_short(entry.held_on)).replace("%3", str(entry.minutes))  # fmt: skip
        if not confirm_delete(self, self.tr("Delete entry"), question):
            return False
        return bool(self.ctx.run(self, remote_advice.delete_advice, entry_id))

    def apply_access(self) -> None:
        """The allowance is a setting of the whole store: on a server only its owner changes it (services/access.py)."""
        super().apply_access()
        if not self.ctx.owns_store():
            self.allowance.setEnabled(False)
            self.allowance_button.setVisible(False)
            self.allowance_owner.setVisible(True)

    def save_allowance(self) -> object:
        result = self.ctx.run(self, remote_advice.set_allowance, self.allowance.value(), form=self.allowance_error)
        if result is not FAILED:  # a setting of the whole file names no JST, so no watcher hears it: read again here
            self.allowance_error.clear_errors()
            self.refresh()
        return result


SECTION = RemoteAdviceSection
