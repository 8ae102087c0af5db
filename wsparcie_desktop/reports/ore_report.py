"""'Raport dla Ośrodka Rozwoju Edukacji': the report in the form planned in the HDR, section by section.

The title page names the JST, the form, the advisory process and the area, who prepared it and its due date;
each section follows with its title and the team's text. A section not yet written prints the program's draft
marked as such, so a draft is never mistaken for the team's words; an empty one says it is empty.
"""

from __future__ import annotations

from pathlib import Path

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_date
from wsparcie_desktop.reports.data import JstInfo, PrintOptions, print_options
from wsparcie_desktop.reports.engine import Document, Signature
from wsparcie_desktop.reports.registry import document
from wsparcie_desktop.services.ore_report import OreReportView

DOCUMENT_ID = "raport-ore"
TITLE = "Raport dla Ośrodka Rozwoju Edukacji"


def render(jst: JstInfo, report: OreReportView, process_name: str, area_title: str, options: PrintOptions) -> Document:
    if report.form is None:
        raise DomainError("W HDR nie zaplanowano formy raportu dla ORE — wybierz ją w sekcji „HDR”.")
    doc = Document(TITLE, jst_name=jst.name, coat_of_arms=jst.coat_of_arms, orientation="portrait",
                   subject=f"{report.form.title}: {jst.name}")  # fmt: skip
    doc.place_and_date(options.place, options.date)
    lines = [report.form.title, jst.name]
    if report.title:
        lines.insert(0, f"„{report.title}”")
    doc.title_block(lines, picture=jst.coat_of_arms)
    doc.fields([
        ("Forma raportu", report.form.title),
        ("Proces doradczy", process_name),
        ("Obszar doradztwa", area_title),
        ("Odpowiada", report.responsible or "nie wskazano"),
        ("Termin przygotowania", format_date(report.due_on) if report.due_on else "nie podano"),
        ("Stan", report.state_text),
    ], label_share=0.3)  # fmt: skip
    if report.form.intro:
        doc.note(report.form.intro)
    for number, section in enumerate(report.sections, 1):
        doc.heading(f"{number}. {section.spec.title}")
        text = section.text.strip()
        if not text:
            doc.note("Sekcja nie została jeszcze napisana. Pytania pomocnicze: " + " ".join(section.spec.questions))
            continue
        if not section.written:
            doc.note("Szkic przygotowany przez program na podstawie danych — do uzupełnienia przez zespół.")
        for paragraph in text.split("\n\n"):
            doc.paragraph(paragraph)
    doc.signatures([Signature("Przygotował(a)", report.responsible or options.prepared_by.name,
                              options.prepared_by.position if not report.responsible else "")])  # fmt: skip
    return doc


@document(DOCUMENT_ID, TITLE, "portrait", "Raport w formie zaplanowanej w HDR (opis dobrej praktyki, studium "
          "refleksji albo minireportaż), sekcja po sekcji, gotowy do wysłania do ORE.")  # fmt: skip
def build(db, jst_id: int, out_path: str | Path, process_id: int | None = None, **options: object) -> Path:
    from wsparcie_desktop.reports.loaders import default_signatures, load_jst
    from wsparcie_desktop.services.dashboard import latest_process_id
    from wsparcie_desktop.services.hdr_plan import load_plan
    from wsparcie_desktop.services.ore_report import get_report

    process_id = int(process_id) if process_id is not None else latest_process_id(db, jst_id)
    if process_id is None:
        raise DomainError("Ten samorząd nie ma jeszcze procesu doradczego, więc nie ma też HDR.")
    plan = load_plan(db, process_id)
    if plan.jst_id != jst_id:
        raise DomainError("Ten proces doradczy należy do innego samorządu.")
    jst = load_jst(db, jst_id)
    chosen = print_options(jst.city, default_signatures(jst), **options)
    report = get_report(db, process_id, chosen.date)
    return render(jst, report, plan.process_name, plan.area_title, chosen).write(out_path)
