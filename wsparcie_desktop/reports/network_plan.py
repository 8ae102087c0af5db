"""'Plan pracy sieci': a network's goals, its meetings and its members, with a year summary of attendance.

Given no ``network_id``, every network of the JST is printed, one after another.
"""

from __future__ import annotations

from pathlib import Path

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_date, format_date_short
from wsparcie_desktop.reports.data import print_options
from wsparcie_desktop.reports.engine import Column, Document, Signature
from wsparcie_desktop.reports.registry import document

DOCUMENT_ID, TITLE = "plan-pracy-sieci", "Plan pracy sieci"
NOT_GIVEN = "nie wpisano"
MEETING_COLUMNS = (
    Column("Lp.", 0.35, "right"),
    Column("Termin", 0.9),
    Column("Temat", 2.4),
    Column("Forma", 1.3),
    Column("Ekspert", 1.3),
    Column("Odbyło się", 0.7),
    Column("Obecni", 0.65, "right"),
)
MEMBER_COLUMNS = (
    Column("Lp.", 0.35, "right"),
    Column("Imię i nazwisko", 1.6),
    Column("Szkoła lub miejsce pracy", 2.4),
    Column("W sieci", 1.3),
    Column("Obecność", 1.0, "right"),
)


def _membership(member) -> str:
    if member.joined_on and member.left_on:
        return f"{format_date_short(member.joined_on)}–{format_date_short(member.left_on)}"
    if member.left_on:
        return f"do {format_date_short(member.left_on)}"
    return f"od {format_date_short(member.joined_on)}" if member.joined_on else ""


def _network(doc: Document, summary, day) -> None:
    n = summary.network
    doc.title_block([n.name, f"Rok szkolny {n.school_year}"])
    doc.fields([
        ("Prowadzący", n.provider_label),
        ("Koordynator", n.coordinator or NOT_GIVEN),
        ("Planowane spotkania", str(n.planned_meetings)),
    ])  # fmt: skip
    doc.heading("1. Diagnoza potrzeb i cele")
    if n.needs_diagnosis:
        doc.paragraph(n.needs_diagnosis)
    doc.paragraph(n.goals or NOT_GIVEN)
    doc.heading("2. Spotkania")
    rows = [[f"{i}.", format_date_short(m.held_on), m.topic, m.form_label, m.expert, "tak" if m.held else "nie",
             str(len(m.attendee_ids)) if m.held else "—"] for i, m in enumerate(summary.meetings, start=1)]  # fmt: skip
    doc.table(MEETING_COLUMNS, rows, empty_text="Nie zaplanowano jeszcze spotkań.", font_size=8)
    doc.heading("3. Członkowie sieci")
    rows = [[f"{i}.", a.member.full_name, a.member.workplace, _membership(a.member),
             f"{a.attended} z {a.possible}" if a.possible else "—"] for i, a in enumerate(summary.attendance, start=1)]  # fmt: skip
    doc.table(MEMBER_COLUMNS, rows, empty_text="Sieć nie ma jeszcze członków.", font_size=8)
    doc.heading("4. Podsumowanie roku")
    doc.paragraph(summary.text())
    doc.paragraph(f"Członków sieci: {len(summary.attendance)}.")
    if n.conclusions:
        doc.paragraph("Wnioski: " + n.conclusions)
    doc.note(f"Stan na dzień {format_date(day)}")
    doc.signatures([Signature("Koordynator sieci", n.coordinator), Signature("Zatwierdził(a)")])


@document(DOCUMENT_ID, TITLE, "portrait")
def build(db, jst_id: int, out_path: str | Path, network_id: int | None = None, **options: object) -> Path:
    from wsparcie_desktop.reports.loaders import default_signatures, load_jst
    from wsparcie_desktop.services import networks

    info = load_jst(db, jst_id)
    opts = print_options(info.city, default_signatures(info), **options)
    if network_id is not None:
        network = networks.get_network(db, int(network_id))
        if network.jst_id != jst_id:
            raise DomainError("Ta sieć należy do innego samorządu.")
        summaries = [networks.network_summary(db, network.id)]
    else:
        summaries = networks.networks_summary(db, jst_id)
    doc = Document(TITLE, jst_name=info.name, coat_of_arms=info.coat_of_arms, orientation="portrait",
                   subject=f"{TITLE}: {info.name}")  # fmt: skip
    doc.place_and_date(opts.place, opts.date)
    if not summaries:
        doc.title_block(f"Organ prowadzący: {info.name}")
        doc.paragraph("Samorząd nie prowadzi jeszcze sieci współpracy i samokształcenia.")
    for number, summary in enumerate(summaries):
        if number:
            doc.page_break()
        _network(doc, summary, opts.date)
    return doc.write(out_path)
