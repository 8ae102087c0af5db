"""Wspomaganie szkół: every school of the register with its support, the declared number, the steps and the RPW."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.base import confirm_delete
from ui.dialogs.document_output import DocumentOutput, DocumentOutputBar
from ui.dialogs.support_dialogs import (
    CourseDialog,
    EvaluationDialog,
    RpwApprovalDialog,
    RpwDescriptionDialog,
    RpwItemDialog,
    StepDialog,
    SupportDialog,
)
from ui.widgets.forms import ErrorLine
from ui.widgets.record_table import RecordTable
from ui.widgets.section import Section
from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.i18n import format_date_short, format_money
from wsparcie_desktop.services import rpw, school_support, schools

DOCUMENTS = ("wspomaganie-zestawienie", "roczny-plan-wspomagania", "raport-ewaluacji-wspomagania")
NOT_DECLARED = -1


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SchoolSupportSection(Section):
    key = "school_support"
    watches = frozenset({Kind.SUPPORT, Kind.SCHOOL, Kind.PROCESS})
    follows_process = True

    def title(self) -> str:
        return self.tr("School support")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.view: school_support.Overview | None = None
        self.process_id: int | None = None
        self.error = ErrorLine("support_error")

        self.declared = QSpinBox()
        self.declared.setObjectName("support_declared")
        self.declared.setRange(NOT_DECLARED, 9999)
        self.declared.setSpecialValueText(self.tr("not declared"))
        self.declared_save = QPushButton(self.tr("Save the &number"))
        self.declared_save.setObjectName("support_declared_save")
        self.declared_save.clicked.connect(self.save_declared)
        self.coverage = QLabel()
        self.coverage.setObjectName("support_coverage")
        self.coverage.setWordWrap(True)

        self.add_button = QPushButton(self.tr("&Start support…"))
        self.add_button.setObjectName("support_add")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("support_edit")
        self.edit_button.clicked.connect(self.edit)
        self.course_button = QPushButton(self.tr("&Course and diagnosis…"))
        self.course_button.setObjectName("support_course")
        self.course_button.clicked.connect(self.edit_course)
        self.evaluation_button = QPushButton(self.tr("E&valuation and report…"))
        self.evaluation_button.setObjectName("support_evaluation")
        self.evaluation_button.clicked.connect(self.edit_evaluation)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("support_delete")
        self.delete_button.clicked.connect(self.delete)

        self.table = RecordTable("support_table", [
            self.tr("School"), self.tr("Stage"), self.tr("Provider"), self.tr("Period"), self.tr("Months left"),
            self.tr("Cost"), self.tr("Plan (RPW)"),
        ], right=(4, 5))  # fmt: skip
        self.table.setMinimumHeight(200)
        self.table.picked.connect(self._picked)
        self.table.doubleClicked.connect(self.edit)

        self.steps = RecordTable("support_steps", [self.tr("Step"), self.tr("Dates"), self.tr("State"),
                                                   self.tr("Notes")])  # fmt: skip
        self.steps.doubleClicked.connect(self.edit_step)
        self.step_button = QPushButton(self.tr("Edit s&tep…"))
        self.step_button.setObjectName("support_step_edit")
        self.step_button.clicked.connect(self.edit_step)

        self.rpw_text = QLabel()
        self.rpw_text.setObjectName("rpw_text")
        self.rpw_text.setWordWrap(True)
        self.rpw_text.setTextFormat(Qt.TextFormat.RichText)
        self.items = RecordTable("rpw_items", [self.tr("Activity"), self.tr("Form"), self.tr("Dates"),
                                               self.tr("Responsible"), self.tr("Indicator"), self.tr("Done")])  # fmt: skip
        self.items.setMinimumHeight(160)
        self.items.doubleClicked.connect(self.edit_item)
        self.rpw_buttons = {}
        for key, label, slot in (
            ("description", self.tr("Descri&ption…"), self.edit_description),
            ("add", self.tr("&Add activity…"), self.add_item),
            ("edit", self.tr("Edit activit&y…"), self.edit_item),
            ("delete", self.tr("Delete activity"), self.delete_item),
            ("done", self.tr("Mark &done"), self.mark_done),
            ("approve", self.tr("Director's appr&oval…"), self.approve),
        ):
            button = QPushButton(label)
            button.setObjectName(f"rpw_{key}")
            button.clicked.connect(slot)
            self.rpw_buttons[key] = button
        self.comparison = QLabel()
        self.comparison.setObjectName("rpw_comparison")
        self.comparison.setWordWrap(True)

        self.document_choice = QComboBox()
        self.document_choice.setObjectName("support_document")
        self.outputs = {}
        for document_id in DOCUMENTS:
            output = DocumentOutput(ctx.db, document_id, lambda: self.jst_id, self, options=self._document_options)
            self.outputs[document_id] = output
            self.document_choice.addItem(output.spec.title, document_id)
        self.document_bar_holder = QHBoxLayout()
        self.document_bar: DocumentOutputBar | None = None
        self.document_choice.currentIndexChanged.connect(self._document_chosen)

        layout = QVBoxLayout(self)
        heading = self.tr("School process support")
        layout.addWidget(QLabel(f"<h2>{heading}</h2>"))
        note = QLabel(self.tr("Every school of the register with its support. A support lasts at least 7 months; "
                              "the best start is June–September. Select a support to see its steps and its annual "
                              "support plan (RPW)."))  # fmt: skip
        note.setWordWrap(True)
        layout.addWidget(note)
        declared = QHBoxLayout()
        declared.addWidget(QLabel(self.tr("Schools declared for support in this process:")))
        declared.addWidget(self.declared)
        declared.addWidget(self.declared_save)
        declared.addWidget(self.coverage, 1)
        layout.addLayout(declared)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.course_button, self.evaluation_button,
                       self.delete_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch()
        layout.addLayout(buttons)
        layout.addWidget(self.table, 2)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("support_tabs")
        steps_page = QWidget()
        steps_layout = QVBoxLayout(steps_page)
        steps_layout.addWidget(self.steps)
        row = QHBoxLayout()
        row.addWidget(self.step_button)
        row.addStretch()
        steps_layout.addLayout(row)
        rpw_page = QWidget()
        rpw_layout = QVBoxLayout(rpw_page)
        rpw_layout.addWidget(self.rpw_text)
        row = QHBoxLayout()
        for button in self.rpw_buttons.values():
            row.addWidget(button)
        row.addStretch()
        rpw_layout.addLayout(row)
        rpw_layout.addWidget(self.items, 1)
        rpw_layout.addWidget(self.comparison)
        self.tabs.addTab(rpw_page, self.tr("Annual support plan (RPW)"))
        self.tabs.addTab(steps_page, self.tr("The four steps"))
        self.tabs.setMinimumHeight(300)
        layout.addWidget(self.tabs, 3)
        documents = QHBoxLayout()
        documents.addWidget(QLabel(self.tr("Document:")))
        documents.addWidget(self.document_choice)
        documents.addLayout(self.document_bar_holder)
        documents.addStretch()
        layout.addLayout(documents)
        self._document_chosen()

    # ------------------------------------------------------------ showing

    def refresh(self) -> None:
        if self.jst_id is None:
            return
        self.error.clear_errors()
        self.process_id = self.ctx.current_process(self.jst_id)
        self.view = school_support.overview(self.ctx.db, self.jst_id, self.process_id)
        self.declared.setEnabled(self.process_id is not None)
        self.declared_save.setEnabled(self.process_id is not None)
        self.declared.setValue(NOT_DECLARED if self.view.declared is None else self.view.declared)
        self.coverage.setText(self.view.text() if self.process_id is not None else
                              self.tr("Start an advisory process to declare the number of schools."))  # fmt: skip
        rows, muted = [], set()
        for row in self.view.rows:
            key = ("support", row.support.id) if row.support else ("school", row.school_id)
            support = row.support
            if support is None:
                muted.add(key)
                rows.append((key, [row.school_name, row.state, "", "", "", "", ""]))
                continue
            approved = (self.tr("approved %1").replace("%1", format_date_short(support.rpw_approved_on))
                        if support.rpw_approved_on else self.tr("not approved"))  # fmt: skip
            rows.append((key, [
                row.school_name, support.status_label, support.provider_label, support.period,
                str(school_support.months_left(support.ends_on)), format_money(support.cost), approved,
            ]))  # fmt: skip
        with self.table.quiet():  # the chosen support's steps and items are read once, below
            self.table.set_rows(rows, muted=muted)
        self._picked()

    def selected_support(self) -> school_support.SupportData | None:
        key = self.table.selected_id()
        if not key or key[0] != "support" or self.view is None:
            return None
        return next((r.support for r in self.view.rows if r.support and r.support.id == key[1]), None)

    def _picked(self, *_args) -> None:
        support = self.selected_support()
        for button in (self.edit_button, self.course_button, self.evaluation_button, self.delete_button,
                       self.step_button):  # fmt: skip
            button.setEnabled(support is not None)
        for button in self.rpw_buttons.values():
            button.setEnabled(support is not None)
        self.tabs.setEnabled(support is not None)
        if support is None:
            self.steps.set_rows([])
            self.items.set_rows([])
            self.rpw_text.setText(self.tr("Select a support in the table above."))
            self.comparison.clear()
            return
        self.steps.set_rows([(step.number, [
            f"{step.number}. {step.title}",
            f"{format_date_short(step.starts_on)}–{format_date_short(step.ends_on)}" if step.starts_on else "",
            step.state_label, step.notes,
        ]) for step in support.steps])  # fmt: skip
        items = rpw.list_items(self.ctx.db, support.id)
        self.items.set_rows([(item.id, [
            item.activity, item.form_label, f"{format_date_short(item.starts_on)}–{format_date_short(item.ends_on)}",
            item.responsible, item.indicator, "✔" if item.done else "",
        ]) for item in items])  # fmt: skip
        goals = _esc(support.rpw_goals) or self.tr("(no goals entered)")
        approval = (self.tr("Approved by %1 on %2.").replace("%1", _esc(support.rpw_approved_by))
                    .replace("%2", format_date_short(support.rpw_approved_on)) if support.rpw_approved_on
                    else self.tr("Not approved by the director yet — activities cannot be marked done."))  # fmt: skip
        goals_word = self.tr("goals")
        self.rpw_text.setText(f"<b>{_esc(support.school_name)}</b> — {goals_word}: {goals}<br>{approval}")
        self.rpw_buttons["done"].setEnabled(bool(items) and support.rpw_approved_on is not None)
        comparison = rpw.compare_with_approved(self.ctx.db, support.id)
        if comparison is None:
            self.comparison.clear()
        else:
            lines = [comparison.summary] + [c.text for c in comparison.changes]
            self.comparison.setText("\n".join(lines))

    def own_change(self, change: Change) -> None:
        keep = self.table.selected_id()
        super().own_change(change)
        if change.kind is Kind.SUPPORT and not change.deleted and change.ids:
            target = ("support", change.ids[0])
            if not self.table.select(target) and keep:
                self.table.select(keep)

    # ------------------------------------------------------------ the declared number

    def save_declared(self) -> None:
        if self.process_id is None:
            return
        value = self.declared.value()
        self.ctx.run(self, school_support.set_declared_schools, self.process_id,
                     None if value == NOT_DECLARED else value, form=self.error)  # fmt: skip

    # ------------------------------------------------------------ supports

    def _open(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add(self) -> SupportDialog | None:
        if self.jst_id is None:
            return None
        key = self.table.selected_id()
        school_id = key[1] if key and key[0] == "school" else None
        return self._open(SupportDialog(self.ctx, self.jst_id, school_id=school_id, process_id=self.process_id,
                                        parent=self))  # fmt: skip

    def edit(self, *_args) -> SupportDialog | None:
        support = self.selected_support()
        if support is None:
            key = self.table.selected_id()
            return self.add() if key and key[0] == "school" else None
        return self._open(SupportDialog(self.ctx, self.jst_id, school_support.get_support(self.ctx.db, support.id),
                                        parent=self))  # fmt: skip

    def edit_course(self) -> CourseDialog | None:
        support = self.selected_support()
        if support is None:
            return None
        return self._open(
            CourseDialog(self.ctx, self.jst_id, school_support.get_support(self.ctx.db, support.id), self)
        )

    def edit_evaluation(self) -> EvaluationDialog | None:
        support = self.selected_support()
        if support is None:
            return None
        fresh = school_support.get_support(self.ctx.db, support.id)
        return self._open(EvaluationDialog(self.ctx, self.jst_id, fresh, self))

    def delete(self) -> None:
        support = self.selected_support()
        if support is None:
            return
        question = self.tr("Delete the support of %1 (%2)?").replace("%1", support.school_name).replace(
            "%2", support.period)  # fmt: skip
        if confirm_delete(self, self.tr("Delete support"), question,
                          school_support.support_dependants(self.ctx.db, support.id)):  # fmt: skip
            self.ctx.run(self, school_support.delete_support, support.id, form=self.error)

    # ------------------------------------------------------------ steps and the RPW

    def edit_step(self, *_args) -> StepDialog | None:
        support = self.selected_support()
        number = self.steps.selected_id() or 1
        if support is None:
            return None
        step = next(s for s in support.steps if s.number == number)
        return self._open(StepDialog(self.ctx, support, step, self))

    def edit_description(self) -> RpwDescriptionDialog | None:
        support = self.selected_support()
        if support is None:
            return None
        return self._open(RpwDescriptionDialog(self.ctx, school_support.get_support(self.ctx.db, support.id), self))

    def add_item(self) -> RpwItemDialog | None:
        support = self.selected_support()
        return self._open(RpwItemDialog(self.ctx, support, parent=self)) if support else None

    def edit_item(self, *_args) -> RpwItemDialog | None:
        support, item_id = self.selected_support(), self.items.selected_id()
        if support is None or item_id is None:
            return None
        return self._open(RpwItemDialog(self.ctx, support, rpw.get_item(self.ctx.db, item_id), self))

    def delete_item(self) -> None:
        item_id = self.items.selected_id()
        if item_id is None:
            return
        item = rpw.get_item(self.ctx.db, item_id)
        if confirm_delete(self, self.tr("Delete activity"),
                          self.tr("Delete „%1” from the plan?").replace("%1", item.activity)):  # fmt: skip
            self.ctx.run(self, rpw.delete_item, item_id, form=self.error)

    def mark_done(self) -> None:
        item_id = self.items.selected_id()
        if item_id is not None:
            item = rpw.get_item(self.ctx.db, item_id)
            self.ctx.run(self, rpw.mark_done, item_id, not item.done, form=self.error)

    def approve(self) -> RpwApprovalDialog | None:
        support = self.selected_support()
        if support is None:
            return None
        director = schools.get_school(self.ctx.db, support.school_id).director
        fresh = school_support.get_support(self.ctx.db, support.id)
        return self._open(RpwApprovalDialog(self.ctx, fresh, director, self))

    # ------------------------------------------------------------ documents

    def _document_options(self) -> dict:
        support = self.selected_support()
        document_id = self.document_choice.currentData()
        if document_id != DOCUMENTS[0] and support is not None:
            return {"support_id": support.id}
        if document_id == DOCUMENTS[0] and self.process_id is not None:
            return {"process_id": self.process_id}
        return {}

    def _document_chosen(self, *_args) -> None:
        if self.document_bar is not None:
            self.document_bar_holder.removeWidget(self.document_bar)
            self.document_bar.deleteLater()
        self.document_bar = DocumentOutputBar(self.outputs[self.document_choice.currentData()], self)
        self.document_bar_holder.addWidget(self.document_bar)


SECTION = SchoolSupportSection
