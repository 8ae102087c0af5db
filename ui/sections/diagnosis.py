"""Section "Diagnoza pogłębiona": how far the deep diagnosis of the chosen area got, the wizard, the report."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ui.dialogs.document_output import DocumentOutput, DocumentOutputBar
from ui.widgets.section import Section
from wsparcie_desktop.services import gaps, goals
from wsparcie_desktop.services.diagnosis import PAGE_TITLES, DiagnosisContext, diagnosis_context, diagnosis_progress

DOCUMENT_ID = "diagnoza-poglebiona"


def stage2_context(ctx, jst_id: int | None) -> tuple[DiagnosisContext | None, str]:
    """The process being worked on and its area, or why there is none — in words pointing to where to fix it."""
    process_id = ctx.current_process(jst_id)
    if process_id is None:
        return None, QCoreApplication.translate(
            "Stage2", "This local government has no advisory process yet. Start one in the section "
                      "“Advisory process”.")  # fmt: skip
    context = diagnosis_context(ctx.db, process_id)
    if context.area_id is None:
        text = QCoreApplication.translate(
            "Stage2", "The process “%1” has no area chosen yet. Choose it with the wizard “Choosing the area” in "
                      "the section “Advisory process”.")  # fmt: skip
        return context, text.replace("%1", context.process_name)
    return context, ""


def context_line(context: DiagnosisContext) -> str:
    text = QCoreApplication.translate("Stage2", "Process: <b>%1</b> · area: <b>%2</b>")
    return text.replace("%1", escape(context.process_name)).replace("%2", escape(context.area_title))


if TYPE_CHECKING:
    from ui.wizards.diagnosis_wizard import DiagnosisWizard


class DiagnosisSection(Section):
    key = "diagnosis"

    def title(self) -> str:
        return self.tr("Deep diagnosis")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.context: DiagnosisContext | None = None
        self.wizard: DiagnosisWizard | None = None
        self.notice = QLabel()
        self.notice.setObjectName("diagnosis_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("font-size: 110%; padding: 12px; background: #fff4e0; border: 1px solid #e0a040;")
        self.context_label = QLabel()
        self.context_label.setWordWrap(True)
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
        self.refresh_on(ctx.signals.process_changed, ctx.signals.jst_changed)

    def _document_options(self) -> dict:
        return {"process_id": self.context.process_id} if self.context is not None else {}

    def refresh(self) -> None:
        if self.jst_id is None:
            return
        self.context, problem = stage2_context(self.ctx, self.jst_id)
        self.notice.setText(problem)
        self.notice.setVisible(bool(problem))
        self.body.setVisible(not problem)
        if problem:
            return
        progress = diagnosis_progress(self.ctx.db, self.context.process_id)
        self.context_label.setText(context_line(self.context))
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
