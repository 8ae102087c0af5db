"""The dialogs of the development fund: a year (salaries, rate, the unions' opinion), an allocation, the rates."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED, AppContext
from ui.dialogs.base import FormDialog, confirm_delete
from ui.dialogs.support_dialogs import StaleNotice
from ui.widgets.forms import FieldForm
from ui.widgets.money_edit import MoneyEdit
from ui.widgets.optional_date import OptionalDateEdit
from ui.widgets.record_table import RecordTable
from ui.widgets.text_fields import text_box
from wsparcie_desktop.changes import Change
from wsparcie_desktop.i18n import format_money, format_number
from wsparcie_desktop.services import fund, schools
from wsparcie_desktop.services.fund import AllocationData, FundYearData, RateData
from wsparcie_desktop.services.fund_money import format_rate, fund_preview

ONE_SUM, PER_SCHOOL = 0, 1


class FundYearDialog(StaleNotice, FormDialog):
    """A year of the fund: the planned salaries as one sum or per school, the rate, and the unions' opinion."""

    def __init__(self, ctx: AppContext, jst_id: int, year: FundYearData | None = None, parent: QWidget | None = None):
        super().__init__(ctx, "", parent, 760)
        self.setWindowTitle(self.tr("Edit year of the fund") if year else self.tr("Plan the fund for a year"))
        self.jst_id = jst_id
        self.data_in = year or FundYearData(dt.date.today().year)
        self.year = self.form.add_field("year", self.tr("Calendar &year:"), QSpinBox())
        self.year.setObjectName("fund_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(int(self.data_in.year))
        self.mode = self.form.add_field("per_school", self.tr("Salaries &entered:"), QComboBox())
        self.mode.setObjectName("fund_mode")
        self.mode.addItem(self.tr("as one sum"), False)
        self.mode.addItem(self.tr("per school"), True)
        self.mode.setCurrentIndex(PER_SCHOOL if self.data_in.per_school else ONE_SUM)
        self.salaries = self.form.add_field("planned_salaries", self.tr("Planned yearly personal &salaries of "
                                                                        "teachers:"), MoneyEdit())  # fmt: skip
        self.salaries.setObjectName("fund_salaries")
        if not self.data_in.per_school and self.data_in.id:
            self.salaries.set_value(Decimal(self.data_in.planned_salaries))
        self.school_edits: dict[int, MoneyEdit] = {}
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setColumnStretch(0, 1)
        for number, row in enumerate(schools.list_schools(ctx.db, jst_id)):
            edit = MoneyEdit()
            edit.setObjectName(f"fund_school_{row.id}")
            edit.setFixedWidth(170)
            if row.id in self.data_in.school_salaries:
                edit.set_value(Decimal(self.data_in.school_salaries[row.id]))
            edit.textChanged.connect(self._recompute)
            name = QLabel(row.name)
            name.setWordWrap(True)
            name.setBuddy(edit)
            grid.addWidget(name, number, 0)
            grid.addWidget(edit, number, 1)
            self.school_edits[row.id] = edit
        self.per_school_area = QScrollArea()
        self.per_school_area.setWidgetResizable(True)
        self.per_school_area.setWidget(holder)
        self.per_school_area.setMinimumHeight(min(230, 20 + 38 * len(self.school_edits)))
        self.form.add_field("school_salaries", self.tr("Salaries per school:"), self.per_school_area)
        rate = self.data_in.rate_percent if self.data_in.rate_percent is not None else fund.year_rate(
            ctx.db, int(self.data_in.year))  # fmt: skip
        self.rate = self.form.add_field("rate_percent", self.tr("&Rate (% of the salaries):"),
                                        QLineEdit(format_number(Decimal(rate).normalize())))  # fmt: skip
        self.rate.setObjectName("fund_rate")
        self.fund_label = QLabel()
        self.fund_label.setObjectName("fund_amount")
        self.fund_label.setToolTip(self.tr("Art. 70a ust. 1 of the Teachers' Charter; rounded to the grosz (half a "
                                           "grosz up)."))  # fmt: skip
        self.form.addRow(self.tr("The fund:"), self.fund_label)
        self.consulted = self.form.add_field("unions_consulted_on", self.tr("Unions &consulted on:"),
                                             OptionalDateEdit("fund_consulted"))  # fmt: skip
        self.consulted.set_value(self.data_in.unions_consulted_on)
        self.unions = self.form.add_field("unions", self.tr("&Which unions:"), QLineEdit(self.data_in.unions))
        self.unions.setObjectName("fund_unions")
        self.opinion = self.form.add_field("union_opinion", self.tr("Their &opinion:"), text_box("fund_opinion", 3))
        self.opinion.setPlainText(self.data_in.union_opinion)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.salaries.textChanged.connect(self._recompute)
        self.rate.textChanged.connect(self._recompute)
        self.year.valueChanged.connect(self._year_changed)
        self._mode_changed()
        self.finish()

    def _year_changed(self, year: int) -> None:
        if self.data_in.id is None:  # a new year takes the rate in force that year; a stored one keeps its own
            self.rate.setText(format_number(fund.year_rate(self.ctx.db, year).normalize()))

    def _mode_changed(self, *_args) -> None:
        per_school = self.mode.currentIndex() == PER_SCHOOL
        self.salaries.setEnabled(not per_school)
        self.per_school_area.setEnabled(per_school)
        self._recompute()

    def _recompute(self, *_args) -> None:
        """The fund as typed (the service computes it again when saving)."""
        if self.mode.currentIndex() == PER_SCHOOL:
            texts = [edit.text() for edit in self.school_edits.values()]
        else:
            texts = [self.salaries.text()]
        preview = fund_preview(texts, self.rate.text())
        if preview is None:
            self.fund_label.setText("—")
            return
        salaries, rate, amount = preview
        rounded = self.tr("rounded to the grosz")
        self.fund_label.setText(
            f"<b>{format_money(amount)}</b> ({format_money(salaries)} × {format_rate(rate)}, {rounded})"
        )

    def save(self, db) -> Change:
        per_school = self.mode.currentIndex() == PER_SCHOOL
        return fund.save_year(db, self.jst_id, dataclasses.replace(
            self.data_in, year=self.year.value(), per_school=per_school, planned_salaries=self.salaries.text(),
            school_salaries={i: e.text() for i, e in self.school_edits.items() if e.text().strip()} if per_school
            else {}, rate_percent=self.rate.text(), unions_consulted_on=self.consulted.value(),
            unions=self.unions.text(), union_opinion=self.opinion.toPlainText()))  # fmt: skip


class AllocationDialog(StaleNotice, FormDialog):
    """An allocation of the year's fund to a purpose, possibly naming a school, provider, support, network or HDR."""

    def __init__(self, ctx: AppContext, jst_id: int, fund_year_id: int, allocation: AllocationData | None = None,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(ctx, "", parent, 640)
        self.setWindowTitle(self.tr("Edit allocation") if allocation else self.tr("Add allocation"))
        self.fund_year_id = fund_year_id
        self.allocation = allocation or AllocationData()
        options = fund.choices(ctx.db, jst_id)
        self.category = self.form.add_field("category", self.tr("&Purpose:"), QComboBox())
        self.category.setObjectName("allocation_category")
        for code, label in fund.CATEGORY_LABELS.items():
            self.category.addItem(label, code)
        self.category.setCurrentIndex(max(0, self.category.findData(self.allocation.category)))
        self.purpose = self.form.add_field("purpose", self.tr("&Description:"), QLineEdit(self.allocation.purpose))
        self.purpose.setObjectName("allocation_purpose")
        self.amount = self.form.add_field("amount", self.tr("&Amount:"), MoneyEdit())
        self.amount.setObjectName("allocation_amount")
        if self.allocation.id:
            self.amount.set_value(Decimal(self.allocation.amount))
        self.links = {}
        for key, field, label, items in (
            ("school", "school_id", self.tr("&School:"), options["schools"]),
            ("provider", "provider_code", self.tr("P&rovider:"), options["providers"]),
            ("support", "support_id", self.tr("S&upport:"), options["supports"]),
            ("network", "network_id", self.tr("&Network:"), options["networks"]),
            ("activity", "hdr_activity_id", self.tr("&HDR activity:"), options["activities"]),
        ):  # fmt: skip
            combo = self.form.add_field(field, label, QComboBox())
            combo.setObjectName(f"allocation_{key}")
            combo.addItem(self.tr("(none)"), None)
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(getattr(self.allocation, field))))
            self.links[field] = combo
        self.finish()

    def save(self, db):
        links = {field: combo.currentData() for field, combo in self.links.items()}
        return fund.save_allocation(db, self.fund_year_id, dataclasses.replace(
            self.allocation, category=self.category.currentData(), purpose=self.purpose.text(),
            amount=self.amount.text(), **links))  # fmt: skip


class RatesDialog(QDialog):
    """The rate's history: each rate from a year on; a year planned before keeps the rate it was given."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Rates of the development fund"))
        self.setMinimumWidth(640)
        self.table = RecordTable("rates_table", [self.tr("From year"), self.tr("Rate"), self.tr("Legal basis")])
        self.form = FieldForm()
        self.from_year = self.form.add_field("from_year", self.tr("From &year:"), QSpinBox())
        self.from_year.setObjectName("rate_from_year")
        self.from_year.setRange(2000, 2100)
        self.from_year.setValue(dt.date.today().year)
        self.rate = self.form.add_field("rate_percent", self.tr("&Rate (%):"), QLineEdit("0,8"))
        self.rate.setObjectName("rate_value")
        self.basis = self.form.add_field("basis", self.tr("Legal &basis:"), QLineEdit())
        self.basis.setObjectName("rate_basis")
        self.save_button = QPushButton(self.tr("&Save rate"))
        self.save_button.setObjectName("rate_save")
        self.save_button.clicked.connect(self.save_rate)
        self.delete_button = QPushButton(self.tr("&Delete rate"))
        self.delete_button.setObjectName("rate_delete")
        self.delete_button.clicked.connect(self.delete_rate)
        self.table.picked.connect(self._picked)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        intro = QLabel(self.tr("A rate is in force from its year until the next one. Selecting a rate lets you "
                               "correct it; a new year adds a rate."))  # fmt: skip
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.form.general_error)
        layout.addLayout(self.form)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.delete_button)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(close)
        self.rates: list[RateData] = []
        self.owner_note = QLabel(self.tr("The rates apply to every local government in this database, so only the "
                                         "database's owner (its administrator) changes them."))  # fmt: skip
        self.owner_note.setObjectName("rates_owner")
        self.owner_note.setWordWrap(True)
        layout.insertWidget(1, self.owner_note)
        owner = ctx.owns_store()  # a setting of the whole store (services/access.py)
        self.owner_note.setVisible(not owner)
        intro.setVisible(owner)  # "selecting a rate lets you correct it" is for the owner only
        for widget in (self.from_year, self.rate, self.basis, self.save_button, self.delete_button):
            widget.setEnabled(owner)
        self.reload()

    def reload(self) -> None:
        self.rates = fund.list_rates(self.ctx.db)
        self.table.set_rows([(r.id, [str(r.from_year), format_rate(r.rate_percent), r.basis]) for r in self.rates])

    def _picked(self, rate_id) -> None:
        rate = next((r for r in self.rates if r.id == rate_id), None)
        self.delete_button.setEnabled(rate is not None and self.ctx.owns_store())
        if rate is not None:
            self.from_year.setValue(int(rate.from_year))
            self.rate.setText(format_number(Decimal(rate.rate_percent).normalize()))
            self.basis.setText(rate.basis)

    def save_rate(self) -> None:
        year = self.from_year.value()
        same = next((r for r in self.rates if r.from_year == year), None)
        data = RateData(year, self.rate.text(), self.basis.text(), same.id if same else None,
                        same.version if same else None)  # fmt: skip
        if self.ctx.run(self, fund.save_rate, data, form=self.form) is not FAILED:
            self.form.clear_errors()
            self.reload()
            self.table.select(next(r.id for r in self.rates if r.from_year == year))

    def delete_rate(self) -> None:
        rate_id = self.table.selected_id()
        rate = next((r for r in self.rates if r.id == rate_id), None)
        if rate is None:
            return
        if confirm_delete(self, self.tr("Delete rate"),
                          self.tr("Delete the rate in force from %1?").replace("%1", str(rate.from_year))):  # fmt: skip
            if self.ctx.run(self, fund.delete_rate, rate.id, form=self.form) is not FAILED:
                self.reload()
