"""Fundusz doskonalenia: the fund per calendar year, its allocation plan, what is left, and the tie to the HDR."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ui.dialogs.base import confirm_delete
from ui.dialogs.document_output import DocumentOutput, DocumentOutputBar
from ui.dialogs.fund_dialogs import AllocationDialog, FundYearDialog, RatesDialog
from ui.widgets.forms import ERROR_STYLE, ErrorLine
from ui.widgets.record_table import RecordTable
from ui.widgets.section import Section
from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.i18n import format_money
from wsparcie_desktop.services import fund
from wsparcie_desktop.services.fund_money import format_rate

DOCUMENT_ID = "plan-dofinansowania-doskonalenia"
_money_of = lru_cache(maxsize=8192)(format_money)


def _money(amount) -> str:
    """An amount of the plan's long lists (2,000 allocations), each formatted once while the section is shown
    again after an edit; zero (which may carry a sign) is formatted each time."""
    return _money_of(amount) if amount else format_money(amount)


def _button(name: str, text: str, slot) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


# Changes that leave the HDR's fund-financed activities as they were: the section shows them again without
# reading them (1,500 of a plan of 5,000) once more.
KEEP_HDR_COSTS = frozenset({Kind.FUND, Kind.FUND_RATE, Kind.SUPPORT, Kind.NETWORK, Kind.SCHOOL})


class FundSection(Section):
    key = "fund"
    # the HDR's activities financed from the fund, the supports and networks an allocation may name
    watches = frozenset({Kind.FUND, Kind.HDR_ACTIVITY, Kind.SUPPORT, Kind.NETWORK, Kind.SCHOOL})

    def title(self) -> str:
        return self.tr("Development fund")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.plan: fund.FundPlan | None = None
        self.years: list[fund.YearLine] | None = None  # as the table of years shows them (None: not read yet)
        # the HDR's fund-financed costs as read for the JST (jst_id, costs); None: read them at the next showing
        self._hdr_costs: tuple[int, dict] | None = None
        self.error = ErrorLine("fund_error")
        self.add_button = _button("fund_add", self.tr("&Plan a year…"), self.add)
        self.edit_button = _button("fund_edit", self.tr("&Edit year…"), self.edit)
        self.delete_button = _button("fund_delete", self.tr("&Delete year"), self.delete)
        self.rates_button = _button("fund_rates", self.tr("&Rates…"), self.show_rates)
        self.table = RecordTable("fund_table", [
            self.tr("Year"), self.tr("Planned salaries"), self.tr("Rate"), self.tr("Fund"), self.tr("Allocated"),
            self.tr("Left"), self.tr("Unions consulted"),
        ], right=(1, 2, 3, 4, 5))  # fmt: skip
        self.table.setMinimumHeight(120)
        self.table.picked.connect(self._picked)
        self.table.doubleClicked.connect(self.edit)
        self.summary = QLabel()
        self.summary.setObjectName("fund_summary")
        self.summary.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("fund_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(ERROR_STYLE)
        self.allocations = RecordTable("fund_allocations", [
            self.tr("Purpose"), self.tr("Description"), self.tr("Tied to"), self.tr("Amount")], right=(3,))  # fmt: skip
        self.allocations.setMinimumHeight(180)
        self.allocations.doubleClicked.connect(self.edit_allocation)
        self.allocation_buttons = [
            _button("allocation_add", self.tr("&Add allocation…"), self.add_allocation),
            _button("allocation_edit", self.tr("Edit allocation…"), self.edit_allocation),
            _button("allocation_delete", self.tr("Delete allocation"), self.delete_allocation),
        ]
        self.hdr_table = RecordTable("fund_hdr", [self.tr("Financed from the fund: HDR activities, supports, networks"),
                                                  self.tr("Cost in the year"), self.tr("Allocated to it")],
                                     right=(1, 2))  # fmt: skip
        self.hdr_table.setMinimumHeight(110)
        self.output = DocumentOutput(ctx.db, DOCUMENT_ID, lambda: self.jst_id, self, options=self._document_options)

        layout = QVBoxLayout(self)
        heading = self.tr("Teachers’ professional development fund")
        layout.addWidget(QLabel(f"<h2>{heading}</h2>"))
        note = QLabel(self.tr("Art. 70a of the Teachers' Charter: the running body sets aside a share of the planned "
                              "yearly personal salaries of teachers (0.8 % today; the rate is a setting with its "
                              "history). The plan divides the fund among purposes and is consulted with the unions."))  # fmt: skip
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.rates_button):
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        row = QHBoxLayout()
        for button in self.allocation_buttons:
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(self.allocations, 2)
        layout.addWidget(self.hdr_table, 1)
        documents = QHBoxLayout()
        documents.addWidget(QLabel(self.output.spec.title + ":"))
        documents.addWidget(DocumentOutputBar(self.output, self))
        documents.addStretch()
        layout.addLayout(documents)

    def refresh(self) -> None:
        if self.jst_id is None:
            return
        self.error.clear_errors()
        lines = self.years = fund.list_years(self.ctx.db, self.jst_id)
        with self.table.quiet():  # the chosen year's plan is read once, below
            self.table.set_rows([(line.id, [
                str(line.year), format_money(line.salaries), format_rate(line.rate), format_money(line.fund),
                format_money(line.allocated), format_money(line.left),
                self.tr("yes") if line.consulted else self.tr("no"),
            ]) for line in lines], alarming={line.id for line in lines if line.left < 0})  # fmt: skip
            if lines and self.table.selected_id() is None:
                this_year = next((line.id for line in lines if line.year == dt.date.today().year), lines[0].id)
                self.table.select(this_year)
        self._picked()

    def _on_change(self, change: Change, origin) -> None:
        if change.kind not in KEEP_HDR_COSTS:  # an activity, the HDR, a process, a JST: the costs are read again
            self._hdr_costs = None
        super()._on_change(change, origin)

    def set_jst(self, jst_id: int | None, lazy: bool = False) -> None:
        if jst_id != self.jst_id:
            self._hdr_costs = None
        super().set_jst(jst_id, lazy)

    def hdr_costs(self) -> dict:
        """The HDR's fund-financed costs (fund.hdr_fund_costs), read again only after a change that may alter them."""
        if self._hdr_costs is None or self._hdr_costs[0] != self.jst_id:
            self._hdr_costs = (self.jst_id, fund.hdr_fund_costs(self.ctx.db, self.jst_id))
        return self._hdr_costs[1]

    def own_change(self, change: Change) -> None:
        super().own_change(change)
        if change.kind is Kind.FUND and not change.deleted and change.ids:
            self.table.select(change.ids[0])

    def selected_year(self) -> int | None:
        year_id = self.table.selected_id()
        row = self.table.row_of(year_id) if year_id is not None else -1
        return int(self.table.text(row, 0)) if row >= 0 else None

    def _picked(self, *_args) -> None:
        year = self.selected_year()
        has = year is not None
        for button in (self.edit_button, self.delete_button, *self.allocation_buttons):
            button.setEnabled(has)
        # the HDR's fund-financed costs are read once for the warning and the plan (1,500 activities at 5,000)
        costs = self.hdr_costs() if self.jst_id is not None else {}
        missing = (
            fund.hdr_years_without_plan(self.ctx.db, self.jst_id, costs, self.years) if self.jst_id is not None else []
        )
        missing_text = [self.tr("The HDR spends %1 from the fund in %2, but there is no plan for that year.")
                        .replace("%1", format_money(cost)).replace("%2", str(y)) for y, cost in missing]  # fmt: skip
        self.plan = fund.fund_plan(self.ctx.db, self.jst_id, year, costs) if has else None
        if self.plan is None:
            self.summary.setText(self.tr("No year planned yet — plan the first one.") if not has else "")
            self.allocations.set_rows([])
            self.hdr_table.set_rows([])
            self.warnings.setText("\n".join(missing_text))
            self.warnings.setVisible(bool(missing_text))
            return
        plan = self.plan
        left = (self.tr("left: %1").replace("%1", _money(plan.left)) if plan.left >= 0
                else self.tr("over-allocated by %1").replace("%1", _money(-plan.left)))  # fmt: skip
        self.summary.setText(self.tr("%1: the fund %2, allocated %3, %4. The HDR's activities financed from the fund "
                                     "cost %5 this year.").replace("%1", str(year)).replace("%2", _money(plan.fund))
                             .replace("%3", _money(plan.allocated)).replace("%4", left)
                             .replace("%5", _money(plan.hdr_cost)))  # fmt: skip
        texts = plan.warnings + missing_text
        self.warnings.setText("\n".join(texts))
        self.warnings.setVisible(bool(texts))
        self.allocations.set_rows([(a.id, [a.category_label, a.purpose, a.tied_to, _money(a.amount)])
                                   for a in plan.allocations])  # fmt: skip
        kinds = {"support": self.tr("support"), "network": self.tr("network")}
        self.hdr_table.set_rows([(("hdr", h.id), [h.name, _money(h.part), _money(h.allocated)])
                                 for h in plan.hdr_activities]
                                + [((w.kind, w.id), [f"{kinds[w.kind]}: {w.name}",
                                                     "—" if w.part is None else _money(w.part),
                                                     _money(w.allocated)]) for w in plan.works])  # fmt: skip

    def _open(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add(self) -> FundYearDialog | None:
        return self._open(FundYearDialog(self.ctx, self.jst_id, parent=self)) if self.jst_id is not None else None

    def edit(self, *_args) -> FundYearDialog | None:
        year_id = self.table.selected_id()
        if year_id is None:
            return None
        return self._open(FundYearDialog(self.ctx, self.jst_id, fund.get_year(self.ctx.db, year_id), self))

    def delete(self) -> None:
        year_id, year = self.table.selected_id(), self.selected_year()
        if year_id is None:
            return
        if confirm_delete(self, self.tr("Delete year"), self.tr("Delete the fund's plan for %1?").replace(
                "%1", str(year)), fund.year_dependants(self.ctx.db, year_id)):  # fmt: skip
            self.ctx.run(self, fund.delete_year, year_id, form=self.error)

    def show_rates(self) -> RatesDialog:
        return self._open(RatesDialog(self.ctx, self))

    def add_allocation(self) -> AllocationDialog | None:
        year_id = self.table.selected_id()
        return self._open(AllocationDialog(self.ctx, self.jst_id, year_id, parent=self)) if year_id else None

    def edit_allocation(self, *_args) -> AllocationDialog | None:
        year_id, allocation_id = self.table.selected_id(), self.allocations.selected_id()
        if year_id is None or allocation_id is None or self.plan is None:
            return None
        allocation = next(a for a in self.plan.allocations if a.id == allocation_id)
        return self._open(AllocationDialog(self.ctx, self.jst_id, year_id, allocation, self))

    def delete_allocation(self) -> None:
        allocation_id = self.allocations.selected_id()
        if allocation_id is None or self.plan is None:
            return
        allocation = next(a for a in self.plan.allocations if a.id == allocation_id)
        if confirm_delete(self, self.tr("Delete allocation"), self.tr("Delete the allocation „%1” (%2)?").replace(
                "%1", allocation.purpose).replace("%2", format_money(allocation.amount))):  # fmt: skip
            self.ctx.run(self, fund.delete_allocation, allocation_id, form=self.error)

    def _document_options(self) -> dict:
        year = self.selected_year()
        return {"year": year} if year is not None else {}


SECTION = FundSection
