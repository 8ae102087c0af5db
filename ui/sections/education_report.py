"""The annual report on education (art. 11 ust. 7 Prawa oświatowego): the figures of a school year, typed in a grid
or loaded from the program's template, the JST's own figures, the kurator's supervision, the exam results (imported
from the CKE's file), the narrative of each section, and the document printed in one click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QFontMetricsF
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
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import FAILED
from ui.dialogs.document_output import DocumentOutput, DocumentOutputBar, show_failure
from ui.models.education_grid_model import KEYS, EducationGridModel
from ui.models.rows_model import RowsModel
from ui.widgets import file_dialogs
from ui.widgets.fitted_columns import CELL_PAD, two_line_width
from ui.widgets.forms import FieldForm
from ui.widgets.row_heights import RowHeights
from ui.widgets.section import Section
from wsparcie_desktop import APP_ID
from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.collector import collections_paused
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_number
from wsparcie_desktop.services import education_data, education_report, exam_results
from wsparcie_desktop.services.education_data import JstYearData, SupervisionData

DOCUMENT_ID = "informacja-oswiatowa"
FOLDER_KEY = "education_report/folder"
LEVELS = ("powiat", "wojewodztwo", "kraj")
NAME_LETTERS = 30  # the school's name column is never narrower (a stretched one was squeezed to a few letters)
MEASURED_TEXTS = 200  # a figure's column is as wide as the widest of its 200 longest different texts


# The widgets of the tabs built when first shown or used, and the page (its attribute) each is on.
LAZY_WIDGETS = {
    **dict.fromkeys(("jst_form", "budget_year", "money", "funding_note"), "jst_page"),
    **dict.fromkeys(("supervision_model", "supervision", "supervision_rows", "sup_form", "sup_school", "sup_kind",
                     "sup_subject", "sup_result"), "supervision_page"),
    **dict.fromkeys(("exam_summary", "results_model", "results", "comparison", "comp_form", "comp_source"),
                    "exams_page"),
    **dict.fromkeys(("text_form", "copy_button", "save_texts_button", "text_layout", "text_edits"), "texts_page"),
}  # fmt: skip


def _text(value) -> str:
    if value is None:
        return ""
    return format_number(value, 2) if not isinstance(value, int) else str(value)


def _result_texts(res: exam_results.ResultData) -> tuple[str, ...]:
    return (res.school_name, res.subject, _text(res.takers),
            *("n.p." if v is None else format_number(v, 1) for v in (res.mean, res.median, res.mode)))  # fmt: skip


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
        self.entries: list[SupervisionData] = []
        self._own = 0  # > 0 while this section stores something: it shows what it stored itself
        self._left_school: int | None = None  # the school a figure was last typed in (stored as its cell is left)
        self._unread: set[QWidget] = set()  # tabs to read again when next shown (supervision, exams)
        self.year = QComboBox()
        self.year.setObjectName("education_year")
        self.year.setEditable(True)
        self.year.setMinimumWidth(120)
        self.year.activated.connect(lambda _i: self._year_typed())
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
        # the other tabs are built when first shown or used (LAZY_WIDGETS): the grid is what the section opens on
        self.jst_page, self.supervision_page, self.exams_page, self.texts_page = (QWidget() for _ in range(4))
        self._unbuilt = {self.jst_page: self._jst_tab, self.supervision_page: self._supervision_tab,
                         self.exams_page: self._exams_tab, self.texts_page: self._texts_tab}  # fmt: skip
        self.tabs.addTab(self.jst_page, self.tr("Finances and transport"))
        self.tabs.addTab(self.supervision_page, self.tr("Supervision"))
        self.tabs.addTab(self.exams_page, self.tr("Exam results"))
        self.tabs.addTab(self.texts_page, self.tr("Report text"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    # ------------------------------------------------------------------ building

    def _schools_tab(self) -> QWidget:
        page = QWidget()
        headers = [self.tr("School"), self.tr("Pupils"), self.tr("Classes"), self.tr("Teachers in all"),
                   self.tr("Trainee (until 2022)"), self.tr("Contract (until 2022)"), self.tr("Beginning"),
                   self.tr("Appointed"), self.tr("Chartered"), self.tr("Posts"), self.tr("Special needs")]  # fmt: skip
        self.grid_model = EducationGridModel(headers, self)
        self.grid_model.edited.connect(self._figure_typed)
        self.grid = QTableView()
        self.grid.setObjectName("education_grid")
        self.grid.setModel(self.grid_model)
        self.grid.verticalHeader().hide()
        self.grid.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # the figures' headings break into two lines, so their columns stay narrow and the grid does not scroll
        # sideways on a 1366-pixel laptop; the school's name takes the room left
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        margin = self.grid.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        header.setMinimumHeight(2 * header.fontMetrics().lineSpacing() + 2 * margin + 2)
        self.grid_rows = RowHeights(self.grid, (0,), lambda _column: self.grid_model.names())
        self.grid.viewport().installEventFilter(self)
        self.grid.itemDelegate().closeEditor.connect(self._cell_left)
        self._figure_widths: dict[str, int] = {}
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

    def _jst_tab(self, page: QWidget) -> None:
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

    def _supervision_tab(self, page: QWidget) -> None:
        self.supervision_model = RowsModel([self.tr("School"), self.tr("Kind"), self.tr("Scope"), self.tr("Result")],
                                           lambda e: (e.school_name, e.kind, e.subject, e.result), parent=self)  # fmt: skip
        self.supervision = QTableView()
        self.supervision.setObjectName("education_supervision")
        self.supervision.setModel(self.supervision_model)
        self.supervision.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.supervision.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.supervision.verticalHeader().hide()
        self.supervision.horizontalHeader().setStretchLastSection(True)
        self.supervision_rows = RowHeights(self.supervision, range(4), self.supervision_model.column)
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

    def _exams_tab(self, page: QWidget) -> None:
        self.exam_summary = QLabel()
        self.exam_summary.setObjectName("education_exam_summary")
        self.exam_summary.setWordWrap(True)
        self.results_model = RowsModel([self.tr("School"), self.tr("Subject"), self.tr("Pupils"), self.tr("Mean (%)"),
                                        self.tr("Median (%)"), self.tr("Mode (%)")], _result_texts,
                                       row_id=lambda res: res.school_id, parent=self)  # fmt: skip
        self.results = QTableView()
        self.results.setObjectName("education_results")
        self.results.setModel(self.results_model)
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

    def _texts_tab(self, page: QWidget) -> None:
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

    def __getattr__(self, name: str):
        """A widget of a tab not built yet (see LAZY_WIDGETS): the tab is built, with what it shows, and the widget
        given. Only asked for what is not an attribute already."""
        page = LAZY_WIDGETS.get(name)
        if page is None or "_unbuilt" not in self.__dict__:
            raise AttributeError(name)
        self._build(getattr(self, page))
        return self.__dict__[name]

    def _build(self, page: QWidget) -> None:
        """A tab built and filled from the year shown (once)."""
        builder = self._unbuilt.pop(page, None)
        if builder is None:
            return
        builder(page)
        year = self._shown_year
        if year is not None and self.jst_id is not None:
            if page is self.jst_page:
                self._fill_jst(year)
            elif page is self.texts_page:
                self._fill_texts(year)
        self.apply_access()  # a user who only reads the JST gets no edit actions on it either

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
        wanted = current if current else education_data.report_school_year()
        found = self.year.findText(wanted)
        if found >= 0:  # the item itself, not only its text: else leaving the field "chose" it and read it again
            self.year.setCurrentIndex(found)
        else:
            self.year.setCurrentText(wanted)
        self.year.blockSignals(False)

    def refresh(self) -> None:
        """Read the year: the grid, the JST's figures and the texts now; supervision and exams when shown."""
        if self.jst_id is None:
            return
        with collections_paused():  # the 2,000 schools' rows and texts, made at once and kept while shown
            self._refresh()

    def _refresh(self) -> None:
        if self.year.count() == 0 or not self.school_year():
            self._fill_years()
        year = self._year_or_none()
        if year is None:
            return
        if self.grid_model.pending and self.grid_model.school_year not in (None, year):
            self._store_rows(self.grid_model.school_year, self.grid_model.pending_rows())  # typed in another year
        self._shown_year = year
        due = education_report.deadline(year)
        self.deadline.setText(self.tr("To be presented to the council by %1.").replace("%1", due.strftime("%d.%m.%Y")))
        self._fill_grid(year)
        if self.jst_page not in self._unbuilt:  # else filled when built
            self._fill_jst(year)
        if self.texts_page not in self._unbuilt:
            self._fill_texts(year)
        self._unread = {self.supervision_page, self.exams_page}
        self._tab_shown()

    def _tab_shown(self, *_args) -> None:
        page = self.tabs.currentWidget()
        self._build(page)
        if page in self._unread:
            self._read_tab(page)

    def _read_tab(self, page: QWidget) -> None:
        self._unread.discard(page)
        year = self._shown_year
        if year is None or self.jst_id is None:
            return
        if page is self.supervision_page:
            self._fill_supervision(year)
        elif page is self.exams_page:
            self._fill_exams(year)

    def _read(self, page: QWidget) -> None:
        """A tab's contents read, if they were left for when it is shown (a save on it needs them)."""
        self._build(page)
        if page in self._unread:
            self._read_tab(page)

    def _year_typed(self) -> None:
        """A year typed in: read it once it is another (leaving the field, or hiding the section, reads nothing)."""
        if self.school_year() != self._shown_year:
            self.refresh()

    def _fill_grid(self, year: str) -> None:
        self.rows = education_data.school_year_rows(self.ctx.db, self.jst_id, year)
        self.grid_model.set_rows(year, self.rows)
        # From 2022/2023 there are no trainee and contract teachers: their columns show only where a figure is kept
        old_grades = education_data.uses_old_grades(year)
        for key in education_data.OLD_GRADES:
            column = 1 + KEYS.index(key)
            kept = old_grades or self.grid_model.column_texts(column) != {""} or self.grid_model.typed_in(key)
            self.grid.setColumnHidden(column, not kept)
        self._size_columns()
        self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.grid.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _size_columns(self) -> None:
        """Each figure's column as wide as its heading on two lines or its widest figure, whichever is wider.

        Measured from the different texts (a few hundred at 2,000 schools), not from every cell as Qt's
        resizeColumnsToContents does; the widths of the headings are kept, they do not change with the rows."""
        header = self.grid.horizontalHeader()
        metrics = QFontMetricsF(self.grid.font())
        heading = header.fontMetrics()
        pad = CELL_PAD + 2 * self.grid.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        widths = self._figure_widths
        for column in range(1, self.grid_model.columnCount()):
            title = self.grid_model.headerData(column, Qt.Orientation.Horizontal)
            width = widths.get(title)
            if width is None:
                width = widths[title] = two_line_width(heading, title) + pad
            texts = sorted(self.grid_model.column_texts(column), key=len)[-MEASURED_TEXTS:]
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0) + CELL_PAD
            header.resizeSection(column, max(width, int(widest + 0.999), 48))

    def _fit_columns(self) -> None:
        """The name takes the room the figures leave, but never less than about 30 letters (the grid then
        scrolls sideways)."""
        header = self.grid.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(1, header.count()))
        least = self.grid.fontMetrics().averageCharWidth() * NAME_LETTERS
        wanted = max(least, self.grid.viewport().width() - others)
        if header.sectionSize(0) != wanted:
            header.resizeSection(0, wanted)

    def _fill_jst(self, year: str) -> None:
        d = self.jst_data = education_data.jst_year(self.ctx.db, self.jst_id, year)
        self.budget_year.setText(str(d.budget))
        for key, edit in self.money.items():
            edit.setText(_text(getattr(d, key)))
        label = education_data.state_funding_label(d.budget)
        self.funding_note.setText(self.tr("For the budget year %1 the state money is the %2.")
                                  .replace("%1", str(d.budget)).replace("%2", label))  # fmt: skip

    def _fill_texts(self, year: str) -> None:
        self.texts = education_report.sections(self.ctx.db, self.jst_id, year)
        for t in self.texts:
            included, edit = self.text_edits[t.key]
            included.setChecked(t.included)
            edit.setPlainText(t.narrative)

    def _fill_supervision(self, year: str) -> None:
        chosen = self.sup_school.currentData()
        self.sup_school.clear()
        for row in self.rows:
            self.sup_school.addItem(row.school_name, row.school_id)
        if chosen is not None and self.sup_school.findData(chosen) >= 0:
            self.sup_school.setCurrentIndex(self.sup_school.findData(chosen))
        self.entries = education_data.list_supervision(self.ctx.db, self.jst_id, year)
        self.supervision_model.set_rows(self.entries)

    def _exam_year(self, year: str) -> int:
        return education_data.first_year(year) + 1

    def _fill_exams(self, year: str) -> None:
        exam_year = self._exam_year(year)
        results = exam_results.list_results(self.ctx.db, self.jst_id, "e8", exam_year)
        results += exam_results.list_results(self.ctx.db, self.jst_id, "em", exam_year)
        self.exam_summary.setText(self.tr("Exams of %1 (school year %2): %3 results stored.")
                                  .replace("%1", str(exam_year)).replace("%2", year)
                                  .replace("%3", str(len(results))))  # fmt: skip
        self.results_model.set_rows(results)
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

    def own_change(self, change: Change) -> None:
        """What this section stored it shows itself (the one row of the grid); a dialog's change reads again."""
        if not self._own:
            super().own_change(change)

    def _run(self, *args, **kwargs):
        self._own += 1
        try:
            return self.ctx.run(self, *args, **kwargs)
        finally:
            self._own -= 1

    def _year_or_none(self) -> str | None:
        self.year_form.clear_errors()
        year = self.ctx.run(self, education_data.checked_school_year, self.school_year(), form=self.year_form)
        return None if year is FAILED else year

    def _figure_typed(self, school_id: int) -> None:
        self._left_school = school_id

    def _cell_left(self, *_args) -> None:
        """A figure's cell was left after typing: that school's figures are stored (one transaction)."""
        school_id, self._left_school = self._left_school, None
        if school_id is not None and self.grid_model.school_year is not None:
            rows = self.grid_model.pending_rows([school_id])
            if rows:
                self.grid_form.clear_errors()
                self._store_rows(self.grid_model.school_year, rows)

    def save_grid(self) -> bool:
        """Store every figure typed and not stored yet, in one transaction (a refusal stores none of them)."""
        year = self._year_or_none()
        if year is None:
            return False
        self.grid_form.clear_errors()
        rows = self.grid_model.pending_rows()
        return not rows or self._store_rows(year, rows)

    def _store_rows(self, year: str, rows: list[education_data.SchoolYearRow]) -> bool:
        """Store the rows; on success each shows itself as stored, on a refusal they keep what was typed."""
        refusal: list[DomainError] = []

        def stale(error: DomainError) -> None:
            refusal.append(error)
            self._stale(self.grid_form, error)

        result = self._run(education_data.save_school_year_rows, self.jst_id, year, rows, form=self.grid_form,
                           on_stale=stale)  # fmt: skip
        ids = [row.school_id for row in rows]
        if result is FAILED:
            message = refusal[0].message if refusal else self.grid_form.general_error.text()
            self.grid_model.refused(ids, message)
            return False
        self.grid_model.put_rows(education_data.school_year_rows(self.ctx.db, self.jst_id, year, school_ids=ids))
        return True

    def commit_pending(self) -> None:
        """The main window is closing: the figures typed and not stored yet are stored."""
        if self.grid_model.pending and self.grid_model.school_year is not None:
            self._store_rows(self.grid_model.school_year, self.grid_model.pending_rows())

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
        if self._run(education_data.save_jst_year, self.jst_id, data, form=self.jst_form) is FAILED:
            return False
        self._fill_jst(year)
        return True

    def add_supervision(self) -> bool:
        year = self._year_or_none()
        if year is None:
            return False
        self._read(self.supervision_page)
        self.sup_form.clear_errors()
        data = SupervisionData(self.sup_school.currentData() or 0, year, self.sup_subject.text(),
                               self.sup_kind.currentData(), self.sup_result.text())  # fmt: skip
        if self._run(education_data.save_supervision, self.jst_id, data, form=self.sup_form) is FAILED:
            return False
        self.sup_subject.clear()
        self.sup_result.clear()
        self._fill_supervision(year)
        return True

    def delete_supervision(self) -> None:
        rows = sorted({i.row() for i in self.supervision.selectionModel().selectedIndexes()})
        for r in rows:
            self._run(education_data.delete_supervision, self.jst_id, self.entries[r].id)
        if rows and self._shown_year is not None:
            self._fill_supervision(self._shown_year)

    def save_comparison(self) -> bool:
        year = self._year_or_none()
        if year is None:
            return False
        self._read(self.exams_page)
        self.comp_form.clear_errors()
        exam_year = self._exam_year(year)
        items = []
        for r in range(self.comparison.rowCount()):
            subject = self.comparison.item(r, 0).text()
            for c, level in enumerate(LEVELS, start=1):
                item = self.comparison.item(r, c)
                items.append(exam_results.ComparisonData("e8", exam_year, subject, level,
                                                         item.text() if item else "", self.comp_source.text()))  # fmt: skip
        if self._run(exam_results.save_comparisons, self.jst_id, items, form=self.comp_form) is FAILED:
            return False
        self._fill_exams(year)
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
        if changed and self._run(education_report.save_sections, self.jst_id, year, changed,
                                 form=self.text_form) is FAILED:  # fmt: skip
            return False
        self._fill_texts(year)
        return True

    def copy_previous(self) -> None:
        year = self._year_or_none()
        if year is None:
            return
        self.text_form.clear_errors()
        if self._run(education_report.copy_previous_narratives, self.jst_id, year,
                     form=self.text_form) is not FAILED:  # fmt: skip
            self._fill_texts(year)

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
        if self._run(education_data.import_template, self.jst_id, year, path, form=self.grid_form) is FAILED:
            return False
        self.grid_model.pending.clear()  # the file's figures are what the user chose for these schools
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
