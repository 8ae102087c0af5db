"""Section "Diagnoza pogłębiona": how far the deep diagnosis of the chosen area got, the wizard, the report."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ui.dialogs.document_output import DocumentOutput, DocumentOutputBar
from ui.sections.stage2 import Stage2Section
from wsparcie_desktop.changes import Kind
from wsparcie_desktop.services import gaps, goals
from wsparcie_desktop.services.diagnosis import PAGE_TITLES, diagnosis_progress

DOCUMENT_ID = "diagnoza-poglebiona"


if TYPE_CHECKING:
    from ui.wizards.diagnosis_wizard import DiagnosisWizard


class DiagnosisSection(Stage2Section):
    key = "diagnosis"
    # The seven parts of the diagnosis, the priorities with their goals, and the wizard's page reached.
    watches = Stage2Section.watches | {Kind.DIAGNOSIS, Kind.GOALS, Kind.WIZARD}

    def title(self) -> str:
        return self.tr("Deep diagnosis")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "diagnosis_notice", parent)
        self.wizard: DiagnosisWizard | None = None
        self.progress = QLabel()
        self.progress.setObjectName("diagnosis_progress")
        self.progress.setWordWrap(True)
        self.progress.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QLabel()
        self.summary.setObjectName("diagnosis_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton()
        self.open_button.setObjectName("diagnosis_open_wizard")
        self.open_button.clicked.connect(self.open_wizard)
        self.output = DocumentOutput(ctx.db, DOCUMENT_ID, lambda: self.jst_id, self, options=self._document_options)
        self.output_bar = DocumentOutputBar(self.output, self)
        self.body = QGroupBox(self.tr("Stage 2: deep diagnosis, priorities and goals"))
        body = QVBoxLayout(self.body)
        body.addWidget(self.context_label)
        body.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        document_row = QHBoxLayout()
        document_row.addWidget(QLabel(self.tr("Report “Deep diagnosis”:")))
        document_row.addWidget(self.output_bar)
        document_row.addStretch()
        body.addLayout(buttons)
        body.addLayout(document_row)
        body.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Deep diagnosis") + "</h2>"))
        layout.addWidget(self.notice)
        layout.addWidget(self.body)
        layout.addStretch()

    def refresh(self) -> None:
        if not self.load_context():
            return
        progress = diagnosis_progress(self.ctx.db, self.context.process_id)
        lines = [self.tr("Parts done: %1 of %2").replace("%1", str(progress.done_count))
                 .replace("%2", str(len(progress.steps)))]  # fmt: skip
        for number, step in enumerate(progress.steps, start=1):
            mark = "✔" if step.done else "○"
            state = self.tr("done") if step.done else self.tr("to do")
            lines.append(f"{mark} {number}. {escape(step.label)} — {escape(step.count_text)} ({state})")
        self.progress.setText("<br>".join(lines))
        started = any(step.done for step in progress.steps) or progress.wizard_page > 0
        page = min(progress.wizard_page, len(PAGE_TITLES) - 1)
        self.open_button.setText(
            self.tr("&Continue the wizard (page %1: %2)").replace("%1", str(page + 1)).replace("%2", PAGE_TITLES[page])
            if started else self.tr("&Open the wizard “Deep diagnosis”"))  # fmt: skip
        self.summary.setText(self._summary())

    def _summary(self) -> str:
        process_id = self.context.process_id
        priorities = [g for g in gaps.ranking(self.ctx.db, process_id) if g.is_priority]
        if not priorities:
            return ""
        goal_list = goals.list_goals(self.ctx.db, process_id)
        parts = ["<b>" + self.tr("Priorities and goals") + "</b>"]
        for gap in priorities:
            score = self.tr("(score %1)").replace("%1", "—" if gap.score is None else str(gap.score))
            parts.append(f"{gap.rank}. {escape(gap.description)} {score}")
            for goal in (g for g in goal_list if g.gap_id == gap.id):
                warning = " ⚠ " + self.tr("only causes outside the JST’s influence") if goal.warnings else ""
                count = self.tr("(indicators: %1)").replace("%1", str(len(goal.indicators)))
                parts.append(f"&nbsp;&nbsp;&nbsp;• {escape(goal.text)} {count}{warning}")
        return "<br>".join(parts)

    def open_wizard(self) -> DiagnosisWizard | None:
        if self.context is None or self.context.area_id is None:
            return None
        if self.wizard is not None and self.wizard.isVisible() and self.wizard.process_id == self.context.process_id:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        from ui.wizards.diagnosis_wizard import DiagnosisWizard  # loaded when first opened: a quicker start

        self.wizard = DiagnosisWizard(self.ctx, self.jst_id, self.context.process_id, self.window())
        self.wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizard.destroyed.connect(self._wizard_gone)
        self.wizard.open()
        return self.wizard

    def _wizard_gone(self, *_args) -> None:
        self.wizard = None


SECTION = DiagnosisSection
