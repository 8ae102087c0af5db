"""The annual report on education (art. 11 ust. 7 Prawa oświatowego): the figures of a school year, typed in a grid
or loaded from the program's template, the JST's own figures, the kurator's supervision, the exam results (imported
from the CKE's file), the narrative of each section, and the document printed in one click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED
from ui.dialogs.document_output import DocumentOutput, DocumentOutputBar, show_failure
from ui.widgets import file_dialogs
from ui.widgets.forms import FieldForm
from ui.widgets.section import Section
from ui.widgets.table_fill import filling
from wsparcie_desktop import APP_ID
from wsparcie_desktop.changes import Kind
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_number
from wsparcie_desktop.services import education_data, education_report, exam_results
from wsparcie_desktop.services.education_data import STAT_LABELS, JstYearData, SupervisionData

DOCUMENT_ID = "informacja-oswiatowa"
FOLDER_KEY = "education_report/folder"
LEVELS = ("powiat", "wojewodztwo", "kraj")


def _text(value) -> str:
    if value is None:
        return ""
    return format_number(value, 2) if not isinstance(value, int) else str(value)


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # made once: 20,000 cells at 2,000 schools


class EducationReportSection(Section):
    key = "education_report"
    watches = frozenset({Kind.EDUCATION_DATA, Kind.EXAM, Kind.SCHOOL})

    def title(self) -> str:
        return self.tr("Annual report on education")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.rows: list[education_data.SchoolYearRow] = []
        self.jst_data: JstYearData | None = None
        self.texts: list[education_report.SectionText] = []
        self.year = QComboBox()
        self.year.setObjectName("education_year")
        self.year.setEditable(True)
        self.year.setMinimumWidth(120)
        self.year.activated.connect(lambda _i: self.refresh())
        self.year.lineEdit().editingFinished.connect(self._year_typed)
        self._shown_year: str | None = None
        self.year_form = FieldForm()
        self.year_form.add_field("school_year", self.tr("School year:"), self.year)
        self.document = DocumentOutput(ctx.db, DOCUMENT_ID, lambda: self.jst_id, self,
                                       options=lambda: {"school_year": self.school_year()})  # fmt: skip
        self.print_bar = DocumentOutputBar(self.document)
        self.deadline = QLabel()
        self.deadline.setObjectName("education_deadline")
        top = QHBoxLayout()
        top.addLayout(self.year_form)
        top.addWidget(self.deadline, 1)
        top.addWidget(self.print_bar)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("education_tabs")
        self.tabs.addTab(self._schools_tab(), self.tr("Schools' figures"))
        self.tabs.addTab(self._jst_tab(), self.tr("Finances and transport"))
        self.tabs.addTab(self._supervision_tab(), self.tr("Supervision"))
        self.tabs.addTab(self._exams_tab(), self.tr("Exam results"))
        self.tabs.addTab(self._texts_tab(), self.tr("Report text"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    # ------------------------------------------------------------------ building

    def _schools_tab(self) -> QWidget:
        page = QWidget()
        self.grid = QTableWidget(0, 1 + len(STAT_LABELS))
        self.grid.setObjectName("education_grid")
        self.grid.setHorizontalHeaderLabels([self.tr("School"), self.tr("Pupils"), self.tr("Classes"),
                                             self.tr("Teachers in all"), self.tr("Trainee (until 2022)"),
                                             self.tr("Contract (until 2022)"), self.tr("Beginning"),
                                             self.tr("Appointed"), self.tr("Chartered"), self.tr("Posts"),
                                             self.tr("Special needs")])  # fmt: skip
        self.grid.verticalHeader().hide()
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, self.grid.columnCount()):
            self.grid.setColumnWidth(c, max(72, header.fontMetrics().horizontalAdvance(
                self.grid.horizontalHeaderItem(c).text()) + 16))  # fmt: skip
        self.grid.setWordWrap(True)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid_form = FieldForm()
        self.grid_info = QLabel()
        self.grid_info.setWordWrap(True)
        self.save_grid_button = QPushButton(self.tr("&Save figures"))
        self.save_grid_button.setObjectName("education_save_grid")
        self.save_grid_button.clicked.connect(self.save_grid)
        self.template_button = QPushButton(self.tr("Write &template…"))
        self.template_button.clicked.connect(self.write_template)
        self.load_template_button = QPushButton(self.tr("&Load filled template…"))
        self.load_template_button.clicked.connect(self.load_template)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_grid_button)
        buttons.addStretch(1)
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.load_template_button)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Figures as of 30 September of the school year (SIO). Leave a cell empty when "
                                        "the figure is not known.")))  # fmt: skip
        layout.addWidget(self.grid_form.general_error)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.grid_info)
        layout.addLayout(buttons)
        return page

    def _jst_tab(self) -> QWidget:
        page = QWidget()
        self.jst_form = FieldForm()
        self.budget_year = self.jst_form.add_field("budget_year", self.tr("Budget year:"), QLineEdit())
        self.money = {}
        for key, label in (("spending_current", self.tr("Current spending on education (PLN):")),
                           ("spending_capital", self.tr("Capital spending on education (PLN):")),
                           ("state_funding", self.tr("State money for education (PLN):")),
                           ("transported_pupils", self.tr("Pupils transported:")),
                           ("transport_cost", self.tr("Cost of transport (PLN):"))):  # fmt: skip
            self.money[key] = self.jst_form.add_field(key, label, QLineEdit())
            self.money[key].setObjectName(f"education_{key}")
        self.funding_note = QLabel()
        self.funding_note.setWordWrap(True)
        self.funding_note.setStyleSheet("color: #444;")
        save = QPushButton(self.tr("Sa&ve"))
        save.setObjectName("education_save_jst")
        save.clicked.connect(self.save_jst)
        layout = QVBoxLayout(page)
        layout.addWidget(self.jst_form.general_error)
        layout.addLayout(self.jst_form)
        layout.addWidget(self.funding_note)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _supervision_tab(self) -> QWidget:
        page = QWidget()
        self.supervision = QTableWidget(0, 4)
        self.supervision.setObjectName("education_supervision")
        self.supervision.setHorizontalHeaderLabels([self.tr("School"), self.tr("Kind"), self.tr("Scope"),
                                                    self.tr("Result")])  # fmt: skip
        self.supervision.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.supervision.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.supervision.verticalHeader().hide()
        self.supervision.horizontalHeader().setStretchLastSection(True)
        self.supervision.setWordWrap(True)
        self.supervision.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((0, 280), (1, 120), (2, 380)):
            self.supervision.setColumnWidth(column, width)
        self.sup_form = FieldForm()
        self.sup_school = self.sup_form.add_field("school_id", self.tr("School:"), QComboBox())
        self.sup_school.setMinimumWidth(420)
        self.sup_kind = self.sup_form.add_field("kind", self.tr("Kind:"), QComboBox())
        for code, label in (("ewaluacja", self.tr("evaluation")), ("kontrola", self.tr("inspection")),
                            ("monitorowanie", self.tr("monitoring")), ("inne", self.tr("other"))):  # fmt: skip
            self.sup_kind.addItem(label, code)
        self.sup_subject = self.sup_form.add_field("subject", self.tr("Scope:"), QLineEdit())
        self.sup_subject.setObjectName("education_sup_subject")
        self.sup_result = self.sup_form.add_field("result", self.tr("Result, recommendations:"), QLineEdit())
        add = QPushButton(self.tr("&Add entry"))
        add.setObjectName("education_sup_add")
        add.clicked.connect(self.add_supervision)
        delete = QPushButton(self.tr("&Delete selected"))
        delete.clicked.connect(self.delete_supervision)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(delete)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.supervision, 1)
        layout.addWidget(self.sup_form.general_error)
        layout.addLayout(self.sup_form)
        layout.addLayout(buttons)
        return page

    def _exams_tab(self) -> QWidget:
        page = QWidget()
        self.exam_summary = QLabel()
        self.exam_summary.setObjectName("education_exam_summary")
        self.exam_summary.setWordWrap(True)
        self.results = QTableWidget(0, 6)
        self.results.setObjectName("education_results")
        self.results.setHorizontalHeaderLabels([self.tr("School"), self.tr("Subject"), self.tr("Pupils"),
                                                self.tr("Mean (%)"), self.tr("Median (%)"), self.tr("Mode (%)")])  # fmt: skip
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        import_button = QPushButton(self.tr("&Import results from CKE…"))
        import_button.setObjectName("education_import_cke")
        import_button.clicked.connect(self.open_cke_import)
        self.comparison = QTableWidget(0, 1 + len(LEVELS))
        self.comparison.setObjectName("education_comparison")
        self.comparison.setHorizontalHeaderLabels([self.tr("Subject (E8)"), self.tr("Powiat"),
                                                   self.tr("Voivodeship"), self.tr("Country")])  # fmt: skip
        self.comparison.verticalHeader().hide()
        self.comparison.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.comparison.setMaximumHeight(150)
        self.comp_form = FieldForm()
        self.comp_source = self.comp_form.add_field("source", self.tr("Source of the comparison figures:"),
                                                    QLineEdit())  # fmt: skip
        self.comp_source.setObjectName("education_comp_source")
        save = QPushButton(self.tr("Save &comparison"))
        save.setObjectName("education_save_comparison")
        save.clicked.connect(self.save_comparison)
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(self.exam_summary, 1)
        row.addWidget(import_button)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addWidget(QLabel(self.tr("Mean results of the powiat, the voivodeship and the country (%), from the "
                                        "CKE's reports:")))  # fmt: skip
        layout.addWidget(self.comparison)
        layout.addWidget(self.comp_form.general_error)
        layout.addLayout(self.comp_form)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _texts_tab(self) -> QWidget:
        page = QWidget()
        self.text_form = FieldForm()
        self.copy_button = QPushButton(self.tr("Copy last year's &narratives"))
        self.copy_button.setObjectName("education_copy_previous")
        self.copy_button.clicked.connect(self.copy_previous)
        self.save_texts_button = QPushButton(self.tr("Save &texts"))
        self.save_texts_button.setObjectName("education_save_texts")
        self.save_texts_button.clicked.connect(self.save_texts)
        inner = QWidget()
        self.text_layout = QVBoxLayout(inner)
        self.text_edits: dict[str, tuple[QCheckBox, QPlainTextEdit]] = {}
        for key, title in education_report.SECTIONS:
            box = QGroupBox(title)
            included = QCheckBox(self.tr("Include this section in the report"))
            included.setObjectName(f"education_include_{key}")
            if key in education_report.REQUIRED_SECTIONS:
                included.setEnabled(False)
                included.setToolTip(self.tr("Required by art. 11 ust. 7 of the Education Law."))
            edit = QPlainTextEdit()
            edit.setObjectName(f"education_text_{key}")
            edit.setFixedHeight(90)
            inner_layout = QVBoxLayout(box)
            inner_layout.addWidget(included)
            inner_layout.addWidget(edit)
            self.text_layout.addWidget(box)
            self.text_edits[key] = (included, edit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_texts_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.text_form.general_error)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        return page

    # ------------------------------------------------------------------ showing

    def school_year(self) -> str:
        return self.year.currentText().strip()

    def _fill_years(self) -> None:
        current = self.school_year()
        years = set(self.ctx.run(self, education_data.school_years, self.jst_id) or [])
        years |= {education_data.report_school_year(), education_data.current_school_year()}
        self.year.blockSignals(True)
        self.year.clear()
        for y in sorted(years, reverse=True):
            self.year.addItem(y)
        self.year.setCurrentText(current if current else education_data.report_school_year())
        self.year.blockSignals(False)

    def refresh(self) -> None:
        if self.jst_id is None:
            return
        if self.year.count() == 0 or not self.school_year():
            self._fill_years()
        year = self._year_or_none()
        if year is None:
            return
        self._shown_year = year
        due = education_report.deadline(year)
        self.deadline.setText(self.tr("To be presented to the council by %1.").replace("%1", due.strftime("%d.%m.%Y")))
        db = self.ctx.db
        self.rows = education_data.school_year_rows(db, self.jst_id, year)
        self._fill_grid()
        self.jst_data = education_data.jst_year(db, self.jst_id, year)
        self._fill_jst()
        self._fill_supervision(education_data.list_supervision(db, self.jst_id, year))
        self._fill_exams(year)
        self.texts = education_report.sections(db, self.jst_id, year)
        for t in self.texts:
            included, edit = self.text_edits[t.key]
            included.setChecked(t.included)
            edit.setPlainText(t.narrative)

    def _year_typed(self) -> None:
        """A year typed in: read it once it is another (leaving the field, or hiding the section, reads nothing)."""
        if self.school_year() != self._shown_year:
            self.refresh()

    def _fill_grid(self) -> None:
        # the rows' heights are measured once, after the cells are in, not again at each cell (2,000 schools)
        rows = self.grid.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            name = QTableWidgetItem(row.school_name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.grid.setItem(r, 0, name)
            for c, key in enumerate(STAT_LABELS, start=1):
                item = QTableWidgetItem(_text(getattr(row, key)))
                item.setTextAlignment(RIGHT)
                self.grid.setItem(r, c, item)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _fill_jst(self) -> None:
        d = self.jst_data
        self.budget_year.setText(str(d.budget))
        for key, edit in self.money.items():
            edit.setText(_text(getattr(d, key)))
        label = education_data.state_funding_label(d.budget)
        self.funding_note.setText(self.tr("For the budget year %1 the state money is the %2.")
                                  .replace("%1", str(d.budget)).replace("%2", label))  # fmt: skip
        self.sup_school.clear()
        for row in self.rows:
            self.sup_school.addItem(row.school_name, row.school_id)

    def _fill_supervision(self, entries: list[SupervisionData]) -> None:
        self.entries = entries
        self.supervision.setRowCount(len(entries))
        for r, e in enumerate(entries):
            for c, value in enumerate((e.school_name, e.kind, e.subject, e.result)):
                self.supervision.setItem(r, c, QTableWidgetItem(value))

    def _exam_year(self, year: str) -> int:
        return education_data.first_year(year) + 1

    def _fill_exams(self, year: str) -> None:
        exam_year = self._exam_year(year)
        results = exam_results.list_results(self.ctx.db, self.jst_id, "e8", exam_year)
        results += exam_results.list_results(self.ctx.db, self.jst_id, "em", exam_year)
        self.exam_summary.setText(self.tr("Exams of %1 (school year %2): %3 results stored.")
                                  .replace("%1", str(exam_year)).replace("%2", year)
                                  .replace("%3", str(len(results))))  # fmt: skip
        with filling(self.results):
            self.results.setRowCount(len(results))
            for r, res in enumerate(results):
                values = (res.school_name, res.subject, _text(res.takers),
                          *("n.p." if v is None else format_number(v, 1) for v in (res.mean, res.median, res.mode)))  # fmt: skip
                for c, value in enumerate(values):
                    self.results.setItem(r, c, QTableWidgetItem(value))
        subjects = sorted({r.subject for r in results if r.exam == "e8"}) or ["język polski", "matematyka",
                                                                              "język angielski"]  # fmt: skip
        stored = {(c.subject, c.level): c for c in exam_results.list_comparisons(self.ctx.db, self.jst_id, "e8",
                                                                                   exam_year)}  # fmt: skip
        self.comparison.setRowCount(len(subjects))
        sources = set()
        for r, subject in enumerate(subjects):
            item = QTableWidgetItem(subject)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.comparison.setItem(r, 0, item)
            for c, level in enumerate(LEVELS, start=1):
                found = stored.get((subject, level))
                if found is not None:
                    sources.add(found.source)
                self.comparison.setItem(r, c, QTableWidgetItem(_text(found.mean) if found else ""))
        self.comp_source.setText("; ".join(sorted(sources)) or exam_results.TYPED)

    # ------------------------------------------------------------------ saving

    def _year_or_none(self) -> str | None:
        self.year_form.clear_errors()
        year = self.ctx.run(self, education_data.checked_school_year, self.school_year(), form=self.year_form)
        return None if year is FAILED else year

    def save_grid(self) -> bool:
        year = self._year_or_none()
        if year is None:
            return False
        self.grid_form.clear_errors()
        for r, row in enumerate(self.rows):
            for c, key in enumerate(STAT_LABELS, start=1):
                item = self.grid.item(r, c)
                setattr(row, key, item.text().strip() if item is not None and item.text().strip() else None)
        result = self.ctx.run(self, education_data.save_school_year_rows, self.jst_id, year, self.rows,
                              form=self.grid_form, on_stale=lambda e: self._stale(self.grid_form, e))  # fmt: skip
        if result is FAILED:
            return False
        self.refresh()
        return True

    def _stale(self, form: FieldForm, error: DomainError) -> None:
        self.refresh()
        form.show_error(error)

    def save_jst(self) -> bool:
        year = self._year_or_none()
        if year is None:
            return False
        self.jst_form.clear_errors()
        budget = self.budget_year.text().strip()
        if not budget.isdigit():
            self.jst_form.show_error(DomainError(self.tr("The budget year is four digits, e.g. 2025."), "budget_year"))
            return False
        data = JstYearData(year, int(budget), *(self.money[k].text() for k in (
            "spending_current", "spending_capital", "state_funding", "transported_pupils", "transport_cost")),
            version=self.jst_data.version if self.jst_data else None)  # fmt: skip
        if self.ctx.run(self, education_data.save_jst_year, self.jst_id, data, form=self.jst_form) is FAILED:
            return False
        self.refresh()
        return True

    def add_supervision(self) -> bool:
        year = self._year_or_none()
        if year is None:
            return False
        self.sup_form.clear_errors()
        data = SupervisionData(self.sup_school.currentData() or 0, year, self.sup_subject.text(),
                               self.sup_kind.currentData(), self.sup_result.text())  # fmt: skip
        if self.ctx.run(self, education_data.save_supervision, self.jst_id, data, form=self.sup_form) is FAILED:
            return False
        self.sup_subject.clear()
        self.sup_result.clear()
        self.refresh()
        return True

    def delete_supervision(self) -> None:
        rows = sorted({i.row() for i in self.supervision.selectedIndexes()})
        for r in rows:
            self.ctx.run(self, education_data.delete_supervision, self.jst_id, self.entries[r].id)
        self.refresh()

    def save_comparison(self) -> bool:
        year = self._year_or_none()
        if year is None:
            return False
        self.comp_form.clear_errors()
        exam_year = self._exam_year(year)
        items = []
        for r in range(self.comparison.rowCount()):
            subject = self.comparison.item(r, 0).text()
            for c, level in enumerate(LEVELS, start=1):
                item = self.comparison.item(r, c)
                items.append(exam_results.ComparisonData("e8", exam_year, subject, level,
                                                         item.text() if item else "", self.comp_source.text()))  # fmt: skip
        if self.ctx.run(self, exam_results.save_comparisons, self.jst_id, items, form=self.comp_form) is FAILED:
            return False
        self.refresh()
        return True

    def save_texts(self) -> bool:
        year = self._year_or_none()
        if year is None:
            return False
        self.text_form.clear_errors()
        changed = []
        for t in self.texts:
            included, edit = self.text_edits[t.key]
            if (edit.toPlainText().strip(), included.isChecked()) != (t.narrative, t.included):
                changed.append(education_report.SectionText(t.key, t.title, edit.toPlainText(), included.isChecked(),
                                                            t.version))  # fmt: skip
        if changed and self.ctx.run(self, education_report.save_sections, self.jst_id, year, changed,
                                    form=self.text_form) is FAILED:  # fmt: skip
            return False
        self.refresh()
        return True

    def copy_previous(self) -> None:
        year = self._year_or_none()
        if year is None:
            return
        self.text_form.clear_errors()
        if self.ctx.run(self, education_report.copy_previous_narratives, self.jst_id, year,
                        form=self.text_form) is not FAILED:  # fmt: skip
            self.refresh()

    # ------------------------------------------------------------------ files

    def _folder(self) -> str:
        return str(QSettings(APP_ID, APP_ID).value(FOLDER_KEY, "") or Path.home())

    def write_template(self) -> None:
        year = self._year_or_none()
        if year is None:
            return
        from wsparcie_desktop.exporters.education_template import export_template

        suggestion = Path(self._folder()) / f"dane-szkol-{year.replace('/', '-')}.xlsx"
        chosen = file_dialogs.save_file_name(self, self.tr("Write the template"), str(suggestion),
                                             self.tr("Excel workbooks (*.xlsx)"))  # fmt: skip
        if not chosen:
            return
        try:
            written = export_template(self.ctx.db, self.jst_id, year, chosen)
        except Exception as exc:
            show_failure(self, self.tr("Template"), exc, Path(chosen))
            return
        QSettings(APP_ID, APP_ID).setValue(FOLDER_KEY, str(written.parent))
        self.grid_info.setText(self.tr("Template written: %1").replace("%1", str(written)))

    def load_template(self) -> None:
        year = self._year_or_none()
        if year is None:
            return
        chosen = file_dialogs.open_file_name(self, self.tr("Load the filled template"), self._folder(),
                                             self.tr("Excel workbooks (*.xlsx)"))  # fmt: skip
        if chosen:
            self.load_template_file(year, chosen)

    def load_template_file(self, year: str, path: str | Path) -> bool:
        self.grid_form.clear_errors()
        if self.ctx.run(self, education_data.import_template, self.jst_id, year, path, form=self.grid_form) is FAILED:
            return False
        self.refresh()
        return True

    def open_cke_import(self) -> None:
        year = self._year_or_none()
        if year is None:
            return
        from ui.dialogs.cke_import_dialog import CkeImportDialog

        dialog = CkeImportDialog(self.ctx, self.jst_id, self._exam_year(year), self)
        dialog.exec()


SECTION = EducationReportSection
