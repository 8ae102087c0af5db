"""What the two stage-2 screens share: they need a process with a chosen area, and say where to get one."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ui.widgets.section import Section
from wsparcie_desktop.changes import Kind
from wsparcie_desktop.services.diagnosis import DiagnosisContext, diagnosis_context

NOTICE_STYLE = "font-size: 110%; padding: 12px; background: #fff4e0; border: 1px solid #e0a040;"


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


class Stage2Section(Section):
    """A stage-2 screen: ``self.body`` shows only when the current process has its area chosen.

    It follows the process being worked on: its name, its area (chosen in stage 1), another process chosen.
    """

    watches = frozenset({Kind.PROCESS, Kind.AREA_CHOICE})
    follows_process = True

    def __init__(self, ctx, notice_name: str, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.context: DiagnosisContext | None = None
        self.body: QWidget | None = None  # set by the subclass
        self.notice = QLabel()
        self.notice.setObjectName(notice_name)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.context_label = QLabel()
        self.context_label.setWordWrap(True)

    def _document_options(self) -> dict:
        return {"process_id": self.context.process_id} if self.context is not None else {}

    def load_context(self) -> bool:
        """Read the process and its area; without them show the notice instead of the body and return False."""
        if self.jst_id is None:
            return False
        self.context, problem = stage2_context(self.ctx, self.jst_id)
        self.notice.setText(problem)
        self.notice.setVisible(bool(problem))
        self.body.setVisible(not problem)
        if problem:
            return False
        self.context_label.setText(context_line(self.context))
        return True
