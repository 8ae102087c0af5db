"""Import the schools register from the RSPO export: choose the file, see the preview, confirm, read the report.

The frame (worker thread, Stop reading, pages, nothing written before the confirmation) is
:class:`ui.dialogs.import_preview.ImportPreviewDialog`; this dialog gives the running body's field, the
preview of what would change in the register and the report of what did.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QTableWidgetItem, QWidget

from ui.context import AppContext
from ui.dialogs.import_preview import ImportPreviewDialog
from ui.widgets.forms import FieldForm
from wsparcie_desktop.i18n import format_size
from wsparcie_desktop.services import jst as jst_service
from wsparcie_desktop.services import schools_rspo


def _megabytes(n: int) -> str:
    """A file's size as read: '45,2 MB', '5 kB' (a small file is not '0,0 MB'), '300 B'."""
    return format_size(n)


class RspoImportDialog(ImportPreviewDialog):
    NAME = "rspo"
    LAST_FOLDER_KEY = "rspo/last_folder"
    CANCELLED = schools_rspo.ImportCancelled
    SIZE = (1180, 760)

    def __init__(self, ctx: AppContext, jst_id: int, parent: QWidget | None = None):
        self.profile = jst_service.get_profile(ctx.db, jst_id)
        super().__init__(ctx, jst_id, parent)
        self.setWindowTitle(self.tr("Import schools from RSPO — %1").replace("%1", self.profile.name))

    # ------------------------------------------------------------------ the first page

    def intro_text(self) -> str:
        return self.tr(
            "<p>The program can load the list of your schools from the national registry of schools (RSPO).</p>"
            "<ol><li>On <b>rspo.gov.pl</b> search for schools — of your voivodeship or of the whole country — "
            "and click <b>Pobierz wyniki</b>. The browser saves a CSV file.</li>"
            "<li>Choose that file below. The program keeps only the schools run by this local government "
            "and shows you what would change before anything is saved.</li></ol>"
        )  # fmt: skip

    def add_fields(self, form: FieldForm) -> list[QWidget]:
        self.body_name = form.add_field("body_name", self.tr("Running body as written in RSPO:"), QLineEdit())
        self.body_name.setObjectName("rspo_body_name")
        self.body_name.setText(self.profile.name)
        return [self.body_name]

    def file_label(self) -> str:
        return self.tr("File from RSPO:")

    def below_form(self) -> list[QWidget]:
        if self.profile.teryt:
            teryt_text = self.tr("Schools are also found by the TERYT code in the profile: %1 (they must stand "
                                 "in this area and be run by it).").replace("%1", self.profile.teryt)  # fmt: skip
        else:
            teryt_text = self.tr("The profile has no TERYT code, so schools are found by the running body's name "
                                 "only. Add the code in the profile to find them more reliably.")  # fmt: skip
        teryt = QLabel(teryt_text)
        teryt.setWordWrap(True)
        teryt.setStyleSheet("color: #444;")
        return [teryt]

    def choose_caption(self) -> tuple[str, str]:
        return self.tr("Choose the file downloaded from RSPO"), self.tr("CSV files (*.csv *.txt);;All files (*)")

    # ------------------------------------------------------------------ reading

    def prepare(self):
        return self.ctx.run(self, schools_rspo.running_body, self.jst_id, self.body_name.text(), form=self.form)

    def read(self, path: str, target, progress, cancel):
        return schools_rspo.read_file(path, target, progress=progress, cancel=cancel)

    def progress_text(self, done: int, total: int) -> str:
        return self.tr("Reading the file: %1 of %2…").replace("%1", _megabytes(done)).replace("%2", _megabytes(total))

    # ------------------------------------------------------------------ preview and report

    def preview_headers(self) -> list[str]:
        return [self.tr("Import"), self.tr("What happens"), self.tr("Line"), self.tr("RSPO no."), self.tr("Name"),
                self.tr("Details")]  # fmt: skip

    def preview_hint(self) -> str:
        return self.tr("Untick a school to leave it out. Schools already up to date and skipped rows "
                       "are listed for information.")  # fmt: skip

    def report_headers(self) -> list[str]:
        return [self.tr("Result"), self.tr("RSPO no."), self.tr("Name"), self.tr("Details")]

    def make_preview(self, rspo_file):
        return self.ctx.run(self, schools_rspo.build_preview, self.jst_id, self.target, rspo_file, form=self.form)

    def fill_preview(self) -> None:
        preview = self.preview
        self.headline.setText(preview.headline())
        rspo_file = preview.file
        facts = self.tr("File: %1 — %2, encoding %3.").replace("%1", rspo_file.file_name)
        self.show_file_facts(facts.replace("%2", _megabytes(rspo_file.size)).replace("%3", rspo_file.encoding))
        self.show_warnings(preview.warnings())
        actions = {"add": self.tr("add"), "update": self.tr("update"), "unchanged": self.tr("no change")}
        table = self.preview_table
        table.setRowCount(len(preview.rows) + len(rspo_file.skipped))
        for r, row in enumerate(preview.rows):
            table.setItem(r, 0, self.tick(row.rspo, checkable=row.action != "unchanged"))
            self.put(table, r, [actions[row.action], str(row.line), row.rspo, row.name, row.details()],
                     bold_first=row.action != "unchanged")  # fmt: skip
        for k, skipped in enumerate(rspo_file.skipped, start=len(preview.rows)):
            table.setItem(k, 0, QTableWidgetItem())
            self.put(table, k, [self.tr("skipped"), str(skipped.line), skipped.rspo, skipped.name, skipped.reason],
                     grey=True)  # fmt: skip
        self.fit(table)
        self.import_button.setText(self.tr("&Import"))

    def apply(self, excluded: set[str]):
        return self.ctx.run(self, schools_rspo.apply_import, self.preview, excluded)

    def fill_report(self) -> None:
        report = self.report
        lines = []
        for label, entries in ((self.tr("added"), report.added), (self.tr("updated"), report.updated),
                               (self.tr("no change"), report.unchanged)):  # fmt: skip
            lines += [(label, line.rspo, line.name, line.details()) for line in entries]
        line_label = self.tr("line %1")  # outside the f-string, where lupdate finds it
        lines += [(self.tr("skipped"), k.rspo, k.name, f"{line_label.replace('%1', str(k.line))}: {k.reason}")
                  for k in report.skipped]  # fmt: skip
        self.report_table.setRowCount(len(lines))
        for r, values in enumerate(lines):
            self.put(self.report_table, r, list(values), bold_first=True)
        self.fit(self.report_table)
