"""The dialogs of school process support: the support, its course, its evaluation, a step, the RPW and its approval."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QLabel, QLineEdit, QWidget

from ui.context import AppContext
from ui.dialogs.base import FormDialog
from ui.widgets.date_edit import DateEdit, from_qdate, to_qdate
from ui.widgets.money_edit import MoneyEdit
from ui.widgets.optional_date import OptionalDateEdit
from ui.widgets.stale_edit import show_stale
from ui.widgets.text_fields import text_box
from wsparcie_desktop.changes import Change
from wsparcie_desktop.errors import DomainError, StaleEditError
from wsparcie_desktop.services import rpw, school_support, schools
from wsparcie_desktop.services.rpw import RpwItemData
from wsparcie_desktop.services.school_support import SUPPORT_STATUS_LABELS, StepData, SupportData

HINT_STYLE = "color: #8a4b00;"


def date_field(name: str, value: dt.date | None = None) -> DateEdit:
    edit = DateEdit()
    edit.setObjectName(name)
    edit.setDate(to_qdate(value or dt.date.today()))
    return edit


class StaleNotice:
    """The dialogs here reload what they show when the support changed elsewhere and keep themselves open."""

    def on_stale(self, error: StaleEditError) -> None:
        self.form.clear_errors()
        self.form.show_error(DomainError(QCoreApplication.translate(
            "StaleNotice", "Not saved — this was changed elsewhere; close the dialog and open it again to see the "
            "current data.")))  # fmt: skip
        show_stale(self, error, [])


class SupportDialog(StaleNotice, FormDialog):
    """Start support for a school, or change who carries it out, its area, dates, stage and cost."""

    def __init__(self, ctx: AppContext, jst_id: int, support: SupportData | None = None,
                 school_id: int | None = None, process_id: int | None = None,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(ctx, "", parent, min_width=640)
        self.setWindowTitle(self.tr("Edit support") if support else self.tr("Start support for a school"))
        self.jst_id = jst_id
        self.support = support or SupportData(school_id=school_id, process_id=process_id,
                                              starts_on=dt.date(dt.date.today().year, 9, 1),
                                              ends_on=dt.date(dt.date.today().year + 1, 6, 30))  # fmt: skip
        self.school = self.form.add_field("school_id", self.tr("&School:"), QComboBox())
        self.school.setObjectName("support_school")
        for row in schools.list_schools(ctx.db, jst_id):
            self.school.addItem(row.name, row.id)
        self.provider = self.form.add_field("provider_code", self.tr("&Provider:"), QComboBox())
        self.provider.setObjectName("support_provider")
        for option in school_support.providers(ctx.db):
            self.provider.addItem(option.name, option.code)
        self.provider_name = self.form.add_field("provider_name", self.tr("Provider's &name:"), QLineEdit())
        self.provider_name.setObjectName("support_provider_name")
        self.provider_name.setPlaceholderText(self.tr("e.g. Poradnia Psychologiczno-Pedagogiczna w Węgrowie"))
        self.area = self.form.add_field("area", self.tr("&Area:"), QLineEdit())
        self.area.setObjectName("support_area")
        self.starts_on = self.form.add_field("starts_on", self.tr("S&tart:"), date_field("support_starts_on"))
        self.ends_on = self.form.add_field("ends_on", self.tr("&End:"), date_field("support_ends_on"))
        self.hint = QLabel()
        self.hint.setObjectName("support_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.form.addRow("", self.hint)
        self.status = self.form.add_field("status", self.tr("St&age:"), QComboBox())
        self.status.setObjectName("support_status")
        for code, label in SUPPORT_STATUS_LABELS.items():
            self.status.addItem(label, code)
        self.cost = self.form.add_field("cost", self.tr("&Cost:"), MoneyEdit())
        self.cost.setObjectName("support_cost")
        self.fill(self.support)
        self.starts_on.dateChanged.connect(self._update_hint)
        self.ends_on.dateChanged.connect(self._update_hint)
        self._update_hint()
        self.finish()

    def fill(self, support: SupportData) -> None:
        if support.school_id is not None:
            self.school.setCurrentIndex(max(0, self.school.findData(support.school_id)))
        self.provider.setCurrentIndex(max(0, self.provider.findData(support.provider_code)))
        self.provider_name.setText(support.provider_name)
        self.area.setText(support.area)
        self.starts_on.setDate(to_qdate(support.starts_on))
        self.ends_on.setDate(to_qdate(support.ends_on))
        self.status.setCurrentIndex(max(0, self.status.findData(support.status)))
        if support.id:
            self.cost.set_value(support.cost)
        else:
            self.cost.clear()  # the placeholder shows 0,00 zł; typing starts on an empty field

    def _update_hint(self, *_args) -> None:
        """The June–September hint and the earliest end, as the dates are typed (the rule itself is the service's)."""
        start = from_qdate(self.starts_on.date())
        texts = [self.tr("At least 7 months: the earliest end is %1.").replace(
            "%1", school_support.earliest_end(start).strftime("%d.%m.%Y"))]  # fmt: skip
        hint = school_support.start_hint(start)
        if hint:
            texts.append(hint)
        self.hint.setText(" ".join(texts))

    def data(self) -> SupportData:
        return dataclasses.replace(
            self.support, school_id=self.school.currentData(), provider_code=self.provider.currentData() or "",
            provider_name=self.provider_name.text(), area=self.area.text(), starts_on=from_qdate(self.starts_on.date()),
            ends_on=from_qdate(self.ends_on.date()), status=self.status.currentData(), cost=self.cost.text(),
        )  # fmt: skip

    def save(self, db):
        return school_support.save_support(db, self.jst_id, self.data())


class CourseDialog(StaleNotice, FormDialog):
    """The course before the steps: the initial talk, the initial and deep diagnosis and what they drew on."""

    def __init__(self, ctx: AppContext, jst_id: int, support: SupportData, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Course of the support: %1").replace("%1", support.school_name), parent, 720)
        self.jst_id, self.support = jst_id, support
        self.talk_on = self.form.add_field("initial_talk_on", self.tr("Initial &talk with the director:"),
                                           OptionalDateEdit("course_talk_on"))  # fmt: skip
        self.talk_on.set_value(support.initial_talk_on)
        labels = {
            "initial_talk_notes": self.tr("Agreements of the &initial talk:"),
            "initial_diagnosis": self.tr("Initial diagnosis (the area chosen):"),
            "diagnosis": self.tr("&Deep diagnosis (causes, strengths, weaknesses):"),
            "source_external_evaluation": self.tr("What it drew on — external evaluation:"),
            "source_internal_evaluation": self.tr("What it drew on — internal evaluation:"),
            "source_exams": self.tr("What it drew on — e&xam results of the school:"),
        }
        self.boxes = {}
        for name, label in labels.items():
            box = self.form.add_field(name, label, text_box(f"course_{name}", 3 if name == "diagnosis" else 2))
            box.setPlainText(getattr(support, name))
            self.boxes[name] = box
        self.finish()

    def save(self, db):
        values = {name: box.toPlainText() for name, box in self.boxes.items()}
        return school_support.save_support(db, self.jst_id, dataclasses.replace(
            self.support, initial_talk_on=self.talk_on.value(), **values))  # fmt: skip


class EvaluationDialog(StaleNotice, FormDialog):
    """The evaluation: its workshop, the documents analysed, the survey's figures, the report's conclusions."""

    def __init__(self, ctx: AppContext, jst_id: int, support: SupportData, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Evaluation of the support: %1").replace("%1", support.school_name), parent, 720)
        self.jst_id, self.support = jst_id, support
        labels = {
            "evaluation_workshop": self.tr("Evaluation &workshop:"),
            "evaluation_documents": self.tr("&Documents analysed:"),
            "evaluation_survey": self.tr("&Survey of the school community (figures):"),
            "conclusions": self.tr("&Conclusions:"),
            "recommendations": self.tr("&Recommendations:"),
        }
        self.boxes = {}
        for name, label in labels.items():
            box = self.form.add_field(name, label, text_box(f"evaluation_{name}", 3))
            box.setPlainText(getattr(support, name))
            self.boxes[name] = box
        self.report_on = self.form.add_field("report_on", self.tr("Date of the &report:"),
                                             OptionalDateEdit("evaluation_report_on"))  # fmt: skip
        self.report_on.set_value(support.report_on)
        self.finish()

    def save(self, db):
        values = {name: box.toPlainText() for name, box in self.boxes.items()}
        return school_support.save_support(db, self.jst_id, dataclasses.replace(
            self.support, report_on=self.report_on.value(), **values))  # fmt: skip


class StepDialog(StaleNotice, FormDialog):
    def __init__(self, ctx: AppContext, support: SupportData, step: StepData, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Step %1 of the support").replace("%1", str(step.number)), parent, 600)
        self.support, self.step = support, step
        title = QLabel(f"<b>{step.number}. {step.title}</b>")
        title.setWordWrap(True)
        self.body.insertWidget(0, title)
        self.starts_on = self.form.add_field("starts_on", self.tr("S&tart:"), OptionalDateEdit("step_starts_on"))
        self.starts_on.set_value(step.starts_on)
        self.ends_on = self.form.add_field("ends_on", self.tr("&End:"), OptionalDateEdit("step_ends_on"))
        self.ends_on.set_value(step.ends_on)
        self.state = self.form.add_field("state", self.tr("&State:"), QComboBox())
        self.state.setObjectName("step_state")
        for code, label in school_support.STEP_STATE_LABELS.items():
            self.state.addItem(label, code)
        self.state.setCurrentIndex(max(0, self.state.findData(step.state)))
        self.notes = self.form.add_field("notes", self.tr("&Notes:"), text_box("step_notes", 4))
        self.notes.setPlainText(step.notes)
        self.finish()

    def save(self, db) -> Change:
        return school_support.save_step(db, self.support.id, dataclasses.replace(
            self.step, starts_on=self.starts_on.value(), ends_on=self.ends_on.value(), state=self.state.currentData(),
            notes=self.notes.toPlainText()))  # fmt: skip


class RpwItemDialog(StaleNotice, FormDialog):
    """An activity of the RPW's schedule: its form, dates (inside the support's), who is responsible, the indicator."""

    def __init__(self, ctx: AppContext, support: SupportData, item: RpwItemData | None = None,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(ctx, "", parent, 640)
        self.setWindowTitle(self.tr("Edit activity of the plan") if item else self.tr("Add activity to the plan"))
        self.support = support
        self.item = item or RpwItemData(starts_on=support.starts_on, ends_on=support.starts_on)
        self.activity = self.form.add_field("activity", self.tr("&Activity:"), QLineEdit())
        self.activity.setObjectName("rpw_activity")
        self.activity.setText(self.item.activity)
        self.kind = self.form.add_field("form", self.tr("&Form:"), QComboBox())
        self.kind.setObjectName("rpw_form")
        for code, label in rpw.FORM_LABELS.items():
            self.kind.addItem(label, code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(self.item.form)))
        self.starts_on = self.form.add_field("starts_on", self.tr("S&tart:"), date_field("rpw_starts_on",
                                                                                       self.item.starts_on))  # fmt: skip
        self.ends_on = self.form.add_field("ends_on", self.tr("&End:"), date_field("rpw_ends_on", self.item.ends_on))
        self.responsible = self.form.add_field("responsible", self.tr("&Responsible:"), QLineEdit())
        self.responsible.setObjectName("rpw_responsible")
        self.responsible.setText(self.item.responsible)
        self.indicator = self.form.add_field("indicator", self.tr("&Indicator:"), QLineEdit())
        self.indicator.setObjectName("rpw_indicator")
        self.indicator.setText(self.item.indicator)
        self.done_box = self.form.add_field("done", self.tr("Done:"), QCheckBox(self.tr("the activity has been carried "
                                                                                    "out")))  # fmt: skip
        self.done_box.setObjectName("rpw_done")
        self.done_box.setChecked(self.item.done)
        self.finish()

    def save(self, db) -> Change:
        return rpw.save_item(db, self.support.id, dataclasses.replace(
            self.item, activity=self.activity.text(), form=self.kind.currentData(),
            starts_on=from_qdate(self.starts_on.date()), ends_on=from_qdate(self.ends_on.date()),
            responsible=self.responsible.text(), indicator=self.indicator.text(), done=self.done_box.isChecked()))  # fmt: skip


class RpwDescriptionDialog(StaleNotice, FormDialog):
    def __init__(self, ctx: AppContext, support: SupportData, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Annual support plan: %1").replace("%1", support.school_name), parent, 680)
        self.support = support
        self.diagnosis = self.form.add_field("rpw_diagnosis", self.tr("Description of the &diagnosis:"),
                                             text_box("rpw_diagnosis", 4))  # fmt: skip
        self.diagnosis.setPlainText(support.rpw_diagnosis)
        self.goals = self.form.add_field("rpw_goals", self.tr("&Goals:"), text_box("rpw_goals", 3))
        self.goals.setPlainText(support.rpw_goals)
        self.indicators = self.form.add_field("rpw_indicators", self.tr("&Indicators:"), text_box("rpw_indicators", 3))
        self.indicators.setPlainText(support.rpw_indicators)
        self.finish()

    def save(self, db) -> Change:
        return rpw.save_description(db, self.support.id, self.diagnosis.toPlainText(), self.goals.toPlainText(),
                                    self.indicators.toPlainText(), self.support.version)  # fmt: skip


class RpwApprovalDialog(StaleNotice, FormDialog):
    def __init__(self, ctx: AppContext, support: SupportData, director: str = "", parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Record the director's approval of the plan"), parent, 560)
        self.support = support
        intro = QLabel(self.tr("The plan as it is now is frozen as the approved plan. Later changes remain possible "
                               "and are shown against it."))  # fmt: skip
        intro.setWordWrap(True)
        self.body.insertWidget(0, intro)
        self.who = self.form.add_field("approved_by", self.tr("Approved &by:"), QLineEdit())
        self.who.setObjectName("rpw_approved_by")
        self.who.setText(support.rpw_approved_by or (f"{director}, dyrektor szkoły" if director else ""))
        self.on = self.form.add_field("approved_on", self.tr("&Date:"), date_field("rpw_approved_on"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Approve"))
        self.finish()

    def save(self, db) -> Change:
        return rpw.approve_rpw(db, self.support.id, self.who.text(), from_qdate(self.on.date()), self.support.version)
