"""The editor of the report to ORE: the form planned in the HDR, its sections with guiding questions, a text
for each (pre-filled from the program's data until the team writes its own), the report's state.

A section's text is stored when the user moves to another section or presses Save, one transaction each.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED
from ui.widgets.date_edit import DateEdit, from_qdate, to_qdate
from ui.widgets.forms import ErrorLine
from wsparcie_desktop.services import ore_report
from wsparcie_desktop.services.ore_report import STATUS_LABELS, OreReportView


class OreReportEditor(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.process_id: int | None = None
        self.view: OreReportView | None = None
        self.current: int = -1
        self.header = QLabel()
        self.header.setObjectName("ore_header")
        self.header.setWordWrap(True)
        self.title = QLineEdit()
        self.title.setObjectName("ore_title")
        self.title.setPlaceholderText(self.tr("Title of the report"))
        self.status = QComboBox()
        self.status.setObjectName("ore_status")
        for code, label in STATUS_LABELS.items():
            self.status.addItem(label, code)
        self.sent_on = DateEdit()
        self.sent_on.setObjectName("ore_sent_on")
        self.state_button = QPushButton(self.tr("Save the &state"))
        self.state_button.setObjectName("ore_save_state")
        self.state_button.clicked.connect(self.save_state)
        self.status.currentIndexChanged.connect(lambda _i: self.sent_on.setEnabled(self.status.currentData() == "sent"))
        top = QHBoxLayout()
        title_label = QLabel(self.tr("T&itle:"))
        title_label.setBuddy(self.title)
        top.addWidget(title_label)
        top.addWidget(self.title, 2)
        top.addWidget(QLabel(self.tr("State:")))
        top.addWidget(self.status)
        top.addWidget(QLabel(self.tr("sent on")))
        top.addWidget(self.sent_on)
        top.addWidget(self.state_button)
        self.sections = QListWidget()
        self.sections.setObjectName("ore_sections")
        # a section's title wraps in its narrow column instead of being cut and scrolled sideways
        self.sections.setWordWrap(True)
        self.sections.setResizeMode(QListView.ResizeMode.Adjust)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.currentRowChanged.connect(self._section_chosen)
        self.questions = QLabel()
        self.questions.setObjectName("ore_questions")
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.RichText)
        self.text = QPlainTextEdit()
        self.text.setObjectName("ore_text")
        self.draft_note = QLabel()
        self.draft_note.setObjectName("ore_draft_note")
        self.draft_note.setStyleSheet("color: #555; font-style: italic;")
        self.draft_note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save the section"))
        self.save_button.setObjectName("ore_save_section")
        self.save_button.clicked.connect(self.save_section)
        self.error = ErrorLine("ore_error")
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.questions)
        side.addWidget(self.draft_note)
        side.addWidget(self.text, 1)
        side.addWidget(self.error)
        side.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sections)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([1000, 3000])  # a quarter for the sections, whatever the window's size
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def show_process(self, process_id: int, keep: int | None = None) -> None:
        self.process_id = process_id
        keep = self.current if keep is None else keep
        self.view = ore_report.get_report(self.ctx.db, process_id)
        view = self.view
        if view.form is None:
            self.header.setText(self.tr("No form of the ORE report is planned in the HDR yet. Choose one of the "
                                        "three in the section “Development schedule (HDR)”."))  # fmt: skip
            self.sections.clear()
            self.setEnabled_parts(False)
            return
        self.setEnabled_parts(True)
        who = view.responsible or self.tr("nobody named")
        self.header.setText(f"<b>{_esc(view.form.title)}</b> — {_esc(view.form.intro)}<br>"
                            + self.tr("Responsible: %1 · %2").replace("%1", _esc(who))
                            .replace("%2", _esc(view.state_text)))  # fmt: skip
        self.header.setStyleSheet("color: #b00020;" if view.overdue else "")
        self.title.setText(view.title)
        self.title.setCursorPosition(0)  # a long title shows from its beginning
        self.status.setCurrentIndex(max(0, self.status.findData(view.status)))
        self.sent_on.setEnabled(view.status == "sent")
        if view.sent_on:
            self.sent_on.setDate(to_qdate(view.sent_on))
        else:
            import datetime as dt

            self.sent_on.setDate(to_qdate(dt.date.today()))
        self.sections.blockSignals(True)
        self.sections.clear()
        for number, section in enumerate(view.sections, 1):
            mark = "✔ " if section.written and section.text.strip() else "○ "
            item = QListWidgetItem(f"{mark}{number}. {section.spec.title}")
            item.setToolTip(f"{number}. {section.spec.title}")
            self.sections.addItem(item)
        self.sections.blockSignals(False)
        self.current = -1
        self.sections.setCurrentRow(min(max(keep, 0), len(view.sections) - 1))

    def changeEvent(self, event) -> None:  # noqa: N802 — Qt's name
        if event.type() == QEvent.Type.FontChange:  # the state's longest name stays readable (workshop mode too)
            metrics = self.status.fontMetrics()
            widest = max(metrics.horizontalAdvance(self.status.itemText(i)) for i in range(self.status.count()))
            self.status.setMinimumWidth(widest + 3 * metrics.height())
        super().changeEvent(event)

    def setEnabled_parts(self, enabled: bool) -> None:  # noqa: N802
        for widget in (self.title, self.status, self.sent_on, self.state_button, self.sections, self.text,
                       self.save_button):  # fmt: skip
            widget.setEnabled(enabled)

    def _section_chosen(self, row: int) -> None:
        if self.view is None or row < 0:
            return
        if self.current >= 0 and self.current != row and self._dirty():
            if not self._store(self.current):
                self.sections.blockSignals(True)
                self.sections.setCurrentRow(self.current)
                self.sections.blockSignals(False)
                return
        self.current = row
        section = self.view.sections[row]
        questions = "".join(f"<li>{_esc(q)}</li>" for q in section.spec.questions)
        self.questions.setText(f"<b>{_esc(section.spec.title)}</b><ul>{questions}</ul>")
        self.text.setPlainText(section.text)
        self.draft_note.setText("" if section.written else (
            self.tr("Not written yet: the text below is a draft from the program's data.") if section.text
            else self.tr("Not written yet.")))  # fmt: skip
        self.error.clear_errors()

    def _dirty(self) -> bool:
        section = self.view.sections[self.current]
        return self.text.toPlainText().strip() != section.text.strip() or (not section.written and section.text)

    def _store(self, row: int) -> bool:
        section = self.view.sections[row]
        change = self.ctx.run(self, ore_report.save_section, self.process_id, section.spec.key,
                              self.text.toPlainText(), section.version, form=self.error)  # fmt: skip
        if change is FAILED:
            return False
        fresh = ore_report.get_report(self.ctx.db, self.process_id, drafts=False)
        stored = next(s for s in fresh.sections if s.spec.key == section.spec.key)
        section.text, section.written, section.version = stored.text, True, stored.version
        item = self.sections.item(row)
        item.setText("✔ " + item.text()[2:] if stored.text.strip() else item.text())
        return True

    def save_section(self) -> bool:
        if self.view is None or self.current < 0:
            return False
        saved = self._store(self.current)
        if saved:
            self.draft_note.clear()
        return saved

    def save_state(self) -> bool:
        if self.process_id is None:
            return False
        sent_on = from_qdate(self.sent_on.date()) if self.status.currentData() == "sent" else None
        change = self.ctx.run(self, ore_report.set_report_state, self.process_id, self.status.currentData(), sent_on,
                              self.title.text(), form=self.error)  # fmt: skip
        return change is not FAILED


def _esc(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
