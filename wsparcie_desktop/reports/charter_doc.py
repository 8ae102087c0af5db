"""'Zasady współpracy' and 'Kodeks etyczny': one page each, with signature lines for the team.

The page prints the text as agreed (with the date and the meeting), so the signed paper is the agreed one.
When the team has changed the text since, the changes are listed under it, marked as not agreed yet; a text
never agreed prints as a draft. The signature lines are the education team's and the advisors', two a row.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from wsparcie_desktop.i18n import format_date
from wsparcie_desktop.reports.data import JstInfo, PrintOptions, print_options
from wsparcie_desktop.reports.engine import Document, Markup
from wsparcie_desktop.reports.registry import document
from wsparcie_desktop.reports.styles import styles
from wsparcie_desktop.reports.tables import layout_table
from wsparcie_desktop.services.charters import CharterData

RULES_ID, ETHICS_ID = "zasady-wspolpracy", "kodeks-etyczny"
TITLES = {"rules": "Zasady współpracy", "ethics": "Kodeks etyczny"}


@dataclass(frozen=True)
class CharterPage:
    process_name: str
    charter: CharterData
    signers: list[tuple[str, str]]  # name, role


def render(info: JstInfo, page: CharterPage, options: PrintOptions) -> Document:
    charter = page.charter
    title = TITLES[charter.kind]
    doc = Document(title, jst_name=info.name, coat_of_arms=info.coat_of_arms, orientation="portrait",
                   subject=f"{title}: {info.name}")  # fmt: skip
    agreed = charter.agreed
    subtitle = [f"zespołu oświatowego i teamu doradczego — {page.process_name}"]
    if agreed is not None:
        where = f" na spotkaniu „{agreed.meeting_title}”" if agreed.meeting_title else ""
        subtitle.append(f"uzgodnione {format_date(agreed.agreed_on)}{where}")
    else:
        subtitle.append("PROJEKT — tekst jeszcze nieuzgodniony")
    doc.title_block(subtitle)
    text = agreed.text if agreed is not None else charter.text
    for line in text.splitlines():
        if line.strip():
            doc.paragraph(line, "body_justified")
    if charter.changed_since_agreed:
        doc.heading("Zmiany wprowadzone po uzgodnieniu (do ponownego uzgodnienia)", level=2)
        for sign, line in charter.changes():
            label = "dodano" if sign == "+" else "usunięto"
            doc.paragraph(Markup.build("<i>{label}:</i> {line}", label=label, line=line), "note")
    doc.spacer(4)
    doc.paragraph("Podpisy członków zespołu:")
    _signature_lines(doc, page.signers)
    return doc


def _signature_lines(doc: Document, signers: list[tuple[str, str]]) -> None:
    """Two signature lines a row, each with the name and role under the dotted line."""
    st = styles()
    cells = []
    for name, role in signers or [("", "")] * 4:
        cells.append([Spacer(1, 9 * mm), Paragraph("." * 40, st.signature_name),
                      doc.paragraph_flowable(name or "(imię i nazwisko)", st.signature_name),
                      doc.paragraph_flowable(role, st.signature_position)])  # fmt: skip
    if len(cells) % 2:
        cells.append([])
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    width = doc.frame_width
    doc.add(layout_table(rows, [width / 2] * 2, [("LEFTPADDING", (0, 0), (-1, -1), 10),
                                                  ("RIGHTPADDING", (0, 0), (-1, -1), 10)]))  # fmt: skip


def load_page(db, process_id: int, kind: str) -> CharterPage:
    from wsparcie_desktop.services import charters, people
    from wsparcie_desktop.services.processes import get_process

    process = get_process(db, process_id)
    signers = [(p.full_name, p.role_name) for p in people.list_people(db, process.jst_id, "education")]
    signers += [(p.full_name, p.role_name) for p in people.list_people(db, process.jst_id, "advisory")
                if not process.advisor_ids or p.id in process.advisor_ids]  # fmt: skip
    return CharterPage(process.name, charters.get_charter(db, process_id, kind), signers)


def _build(kind: str, db, jst_id: int, out_path: Path, options: dict) -> Path:
    from wsparcie_desktop.reports.loaders import default_signatures, load_jst
    from wsparcie_desktop.reports.meeting_docs import process_of

    process_id = process_of(db, jst_id, options.pop("process_id", None))
    info = load_jst(db, jst_id)
    settings = print_options(info.city, default_signatures(info), **options)
    return render(info, load_page(db, process_id, kind), settings).write(out_path)


@document(RULES_ID, TITLES["rules"], "portrait", "Zasady współpracy zespołu w uzgodnionym brzmieniu, z datą "
          "uzgodnienia, zmianami wprowadzonymi później i miejscem na podpisy zespołu.")  # fmt: skip
def build_rules(db, jst_id: int, out_path: str | Path, **options: object) -> Path:
    return _build("rules", db, jst_id, Path(out_path), dict(options))


@document(ETHICS_ID, TITLES["ethics"], "portrait", "Kodeks etyczny zespołu w uzgodnionym brzmieniu, z datą "
          "uzgodnienia, zmianami wprowadzonymi później i miejscem na podpisy zespołu.")  # fmt: skip
def build_ethics(db, jst_id: int, out_path: str | Path, **options: object) -> Path:
    return _build("ethics", db, jst_id, Path(out_path), dict(options))
