"""Import the exam results from the CKE's file of results per school: choose the exam, the year and the file, see
the preview, confirm, read what was stored.

The frame (worker thread, Stop reading, pages, nothing written before the confirmation) is
:class:`ui.dialogs.import_preview.ImportPreviewDialog`, as in the RSPO import.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from ui.context import AppContext
from ui.dialogs.import_preview import ImportPreviewDialog
from ui.widgets.forms import FieldForm
from wsparcie_desktop.i18n import format_number
from wsparcie_desktop.services import exam_results


class CkeImportDialog(ImportPreviewDialog):
    NAME = "cke"
    LAST_FOLDER_KEY = "cke/last_folder"
    CANCELLED = exam_results.ImportCancelled
    SIZE = (1100, 720)

    def __init__(self, ctx: AppContext, jst_id: int, year: int | None = None, parent: QWidget | None = None):
        self._year = year
        super().__init__(ctx, jst_id, parent)
        self.setWindowTitle(self.tr("Import exam results from CKE"))

    # ------------------------------------------------------------------ the first page

    def intro_text(self) -> str:
        return self.tr(
            "<p>The exam boards publish the results of every school as an XLSX file on the CKE's results map "
            "(<b>mapa.wyniki.edu.pl</b>, results of schools). Download the file of the exam and year, then choose it "
            "below. The program keeps only the schools of this local government, matched by their RSPO number, and "
            "shows what it found before anything is saved.</p>"
        )  # fmt: skip

    def add_fields(self, form: FieldForm) -> list[QWidget]:
        self.exam = QComboBox()
        self.exam.setObjectName("cke_exam")
        self.exam.addItem(self.tr("Eighth-grade exam (E8)"), "e8")
        self.exam.addItem(self.tr("Matura"), "em")
        form.add_field("exam", self.tr("Exam:"), self.exam)
        self.year = QSpinBox()
        self.year.setObjectName("cke_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(self._year or dt.date.today().year)
        form.add_field("year", self.tr("Year the exam was written:"), self.year)
        return [self.exam, self.year]

    def file_label(self) -> str:
        return self.tr("File from CKE:")

    def choose_caption(self) -> tuple[str, str]:
        return self.tr("Choose the results file downloaded from CKE"), self.tr(
            "Excel workbooks (*.xlsx);;All files (*)"
        )

    # ------------------------------------------------------------------ reading

    def prepare(self):
        return self.ctx.run(self, exam_results.target, self.jst_id, self.exam.currentData(), self.year.value(),
                            form=self.form)  # fmt: skip

    def read(self, path: str, target, progress, cancel):
        return exam_results.read_cke_file(path, target, progress=progress, cancel=cancel)

    def progress_text(self, done: int, total: int) -> str:
        return self.tr("Reading the file: row %1 of %2…").replace("%1", format_number(done)).replace(
            "%2", format_number(total))  # fmt: skip

    # ------------------------------------------------------------------ preview and report

    def preview_headers(self) -> list[str]:
        return [self.tr("Import"), self.tr("What happens"), self.tr("RSPO no."), self.tr("Subjects"),
                self.tr("Pupils"), self.tr("Name"), self.tr("Notes")]  # fmt: skip

    def preview_hint(self) -> str:
        return self.tr("Untick a school to leave its results out.")

    def make_preview(self, cke_file):
        return self.ctx.run(self, exam_results.build_cke_preview, self.target, cke_file, form=self.form)

    def fill_preview(self) -> None:
        preview = self.preview
        self.headline.setText(preview.headline())
        self.show_warnings(preview.warnings())
        actions = {"add": self.tr("add"), "replace": self.tr("replace stored results")}
        table = self.preview_table
        table.setRowCount(len(preview.rows))
        for r, row in enumerate(preview.rows):
            table.setItem(r, 0, self.tick(row.rspo))
            takers = "—" if row.takers is None else format_number(row.takers)
            self.put(table, r, [actions[row.action], row.rspo, str(row.subjects), takers, row.name,
                                "; ".join(row.notes)], bold_first=True)  # fmt: skip
        self.fit(table)

    def apply(self, excluded: set[str]):
        return self.ctx.run(self, exam_results.apply_cke_import, self.preview, excluded)

    def fill_report(self) -> None:
        report = self.report
        if report.skipped:
            text = report.summary() + "\n" + self.tr("Left out: %1").replace("%1", "; ".join(report.skipped))
            self.report_summary.setText(text)
