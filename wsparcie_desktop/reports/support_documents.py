"""The documents of school process support: the RPW per school, the evaluation report, the JST-wide list.

"Roczny plan wspomagania" has the diagnosis, goals, indicators and the schedule, and ends with the director's
approval block. "Raport z ewaluacji wspomagania" has the course, the evaluation and its conclusions and
recommendations. "Wspomaganie szkół — zestawienie" lists every school of the register with its provider, stage,
months left and cost. Given no ``support_id``, the first two print every support of the JST, one after another.
"""

from __future__ import annotations

from pathlib import Path

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_date, format_date_short, format_money
from wsparcie_desktop.reports.data import Signatory, print_options
from wsparcie_desktop.reports.engine import Column, Document, Markup, Signature
from wsparcie_desktop.reports.registry import document

RPW_ID, RPW_TITLE = "roczny-plan-wspomagania", "Roczny plan wspomagania"
REPORT_ID, REPORT_TITLE = "raport-ewaluacji-wspomagania", "Raport z ewaluacji wspomagania"
LIST_ID, LIST_TITLE = "wspomaganie-zestawienie", "Wspomaganie szkół — zestawienie"
NOT_GIVEN = "nie wpisano"

SCHEDULE_COLUMNS = (
    Column("Lp.", 0.35, "right"),
    Column("Działanie", 2.1),
    Column("Forma", 1.25),
    Column("Termin", 1.2),
    Column("Odpowiedzialny", 1.35),
    Column("Wskaźnik", 1.1),
    Column("Wykonane", 0.85),
)
STEP_COLUMNS = (Column("Krok", 2.6), Column("Termin", 1.1), Column("Stan", 0.8), Column("Uwagi", 2.0))
LIST_COLUMNS = (
    Column("Lp.", 0.4, "right"),
    Column("Szkoła lub placówka", 2.4),
    Column("Realizator", 1.85),
    Column("Obszar", 1.6),
    Column("Okres", 1.75),
    Column("Etap", 1.05),
    Column("Pozostało miesięcy", 0.85, "right"),
    Column("RPW", 0.95),
    Column("Koszt", 1.0, "right"),
)


def _days(start, end) -> str:
    """'05.10.2026' for one day, '02.11.2026–18.12.2026' for more."""
    return format_date_short(start) if start == end else f"{format_date_short(start)}–{format_date_short(end)}"


def _split(text: str) -> Signatory:
    name, _, position = (text or "").partition(",")
    return Signatory(name.strip(), position.strip())


def _supports(db, jst_id: int, support_id):
    from wsparcie_desktop.services import school_support

    if support_id is not None:
        support = school_support.get_support(db, int(support_id))
        if support.jst_id != jst_id:
            raise DomainError("To wspomaganie należy do innego samorządu.")
        return [support]
    return school_support.list_supports(db, jst_id)


def _head(doc: Document, support) -> None:
    doc.fields([
        ("Szkoła lub placówka", support.school_name),
        ("Realizator wspomagania", support.provider_label),
        ("Obszar wspomagania", support.area or NOT_GIVEN),
        ("Okres wspomagania", f"{format_date(support.starts_on)} – {format_date(support.ends_on)}"),
        ("Etap", support.status_label),
    ])  # fmt: skip


def _rpw(doc: Document, support, items, options) -> None:
    doc.title_block([support.school_name, f"{format_date_short(support.starts_on)}–"
                                          f"{format_date_short(support.ends_on)}"])  # fmt: skip
    _head(doc, support)
    doc.heading("1. Diagnoza")
    doc.paragraph(support.rpw_diagnosis or support.diagnosis or NOT_GIVEN)
    sources = [(label, value) for label, value in (
        ("Ewaluacja zewnętrzna", support.source_external_evaluation),
        ("Ewaluacja wewnętrzna", support.source_internal_evaluation),
        ("Wyniki egzaminów zewnętrznych", support.source_exams)) if value]  # fmt: skip
    if sources:
        doc.fields(sources)
    doc.heading("2. Cele")
    doc.paragraph(support.rpw_goals or NOT_GIVEN)
    doc.heading("3. Wskaźniki")
    doc.paragraph(support.rpw_indicators or NOT_GIVEN)
    rows = [[f"{n}.", item.activity, item.form_label, _days(item.starts_on, item.ends_on), item.responsible,
             item.indicator, "tak" if item.done else "nie"] for n, item in enumerate(items, start=1)]  # fmt: skip
    doc.heading("4. Harmonogram działań")
    doc.table(SCHEDULE_COLUMNS, rows, empty_text="Plan nie ma jeszcze działań.", font_size=8)
    doc.heading("Zatwierdzenie planu przez dyrektora")
    if support.rpw_approved_on:
        doc.paragraph(f"Plan zatwierdził(a) {support.rpw_approved_by} w dniu {format_date(support.rpw_approved_on)}")
        director = _split(support.rpw_approved_by)
    else:
        doc.paragraph("Plan przedstawiony dyrektorowi do zatwierdzenia.")
        director = Signatory()
    doc.signatures([
        Signature("Opracował(a) — realizator", support.provider_label),
        Signature("Zatwierdził(a) — dyrektor", director.name, director.position),
    ])  # fmt: skip


def _document(title: str, info, orientation: str = "portrait") -> Document:
    return Document(title, jst_name=info.name, coat_of_arms=info.coat_of_arms, orientation=orientation,
                    subject=f"{title}: {info.name}")  # fmt: skip


@document(RPW_ID, RPW_TITLE, "portrait")
def build_rpw(db, jst_id: int, out_path: str | Path, support_id: int | None = None, **options: object) -> Path:
    from wsparcie_desktop.reports.loaders import default_signatures, load_jst
    from wsparcie_desktop.services import rpw

    info = load_jst(db, jst_id)
    opts = print_options(info.city, default_signatures(info), **options)
    supports = _supports(db, jst_id, support_id)
    doc = _document(RPW_TITLE, info)
    doc.place_and_date(opts.place, opts.date)
    if not supports:
        doc.title_block(f"Organ prowadzący: {info.name}")
        doc.paragraph("Żadna szkoła samorządu nie jest objęta procesowym wspomaganiem.")
    for number, support in enumerate(supports):
        if number:
            doc.page_break()
        _rpw(doc, support, rpw.list_items(db, support.id), opts)
    return doc.write(out_path)


def _report(doc: Document, support, summary_items, comparison) -> None:
    doc.title_block([support.school_name, f"{format_date_short(support.starts_on)}–"
                                          f"{format_date_short(support.ends_on)}"])  # fmt: skip
    _head(doc, support)
    doc.heading("1. Przebieg wspomagania")
    doc.fields([
        ("Wstępna rozmowa z dyrektorem", format_date(support.initial_talk_on) if support.initial_talk_on else NOT_GIVEN),
        ("Ustalenia", support.initial_talk_notes),
        ("Diagnoza wstępna", support.initial_diagnosis),
        ("Diagnoza pogłębiona", support.diagnosis),
    ])  # fmt: skip
    steps = [[f"{s.number}. {s.title}", f"{format_date_short(s.starts_on)}–{format_date_short(s.ends_on)}"
              if s.starts_on else "", s.state_label, s.notes] for s in support.steps]  # fmt: skip
    doc.table(STEP_COLUMNS, steps, font_size=8)
    done = sum(1 for item in summary_items if item.done)
    doc.paragraph(
        f"Zrealizowano {done} z {len(summary_items)} działań rocznego planu wspomagania"
        + (f" zatwierdzonego {format_date(support.rpw_approved_on)}" if support.rpw_approved_on else ".")
    )
    if comparison is not None and comparison.changes:
        doc.paragraph(comparison.summary)
    doc.heading("2. Ewaluacja")
    doc.fields([
        ("Warsztat ewaluacyjny", support.evaluation_workshop or NOT_GIVEN),
        ("Analiza dokumentów", support.evaluation_documents or NOT_GIVEN),
        ("Badanie ankietowe społeczności szkolnej", support.evaluation_survey or NOT_GIVEN),
    ])  # fmt: skip
    doc.heading("3. Wnioski")
    doc.paragraph(support.conclusions or NOT_GIVEN)
    doc.heading("4. Rekomendacje")
    doc.paragraph(support.recommendations or NOT_GIVEN)
    when = f"Raport sporządzono {format_date(support.report_on)}" if support.report_on else ""
    if when:
        doc.paragraph(when)
    doc.signatures([
        Signature("Sporządził(a) — realizator", support.provider_label),
        Signature("Dyrektor szkoły", _split(support.rpw_approved_by).name),
    ])  # fmt: skip


@document(REPORT_ID, REPORT_TITLE, "portrait")
def build_report(db, jst_id: int, out_path: str | Path, support_id: int | None = None, **options: object) -> Path:
    from wsparcie_desktop.reports.loaders import default_signatures, load_jst
    from wsparcie_desktop.services import rpw

    info = load_jst(db, jst_id)
    opts = print_options(info.city, default_signatures(info), **options)
    supports = _supports(db, jst_id, support_id)
    if support_id is None:
        supports = [s for s in supports if s.has_report] or supports
    doc = _document(REPORT_TITLE, info)
    doc.place_and_date(opts.place, opts.date)
    if not supports:
        doc.title_block(f"Organ prowadzący: {info.name}")
        doc.paragraph("Żadna szkoła samorządu nie jest objęta procesowym wspomaganiem.")
    for number, support in enumerate(supports):
        if number:
            doc.page_break()
        _report(doc, support, rpw.list_items(db, support.id), rpw.compare_with_approved(db, support.id))
    return doc.write(out_path)


@document(LIST_ID, LIST_TITLE, "landscape")
def build_list(db, jst_id: int, out_path: str | Path, process_id: int | None = None, **options: object) -> Path:
    from wsparcie_desktop.reports.loaders import default_signatures, load_jst
    from wsparcie_desktop.services import school_support
    from wsparcie_desktop.services.dashboard import latest_process_id

    info = load_jst(db, jst_id)
    opts = print_options(info.city, default_signatures(info), **options)
    process_id = int(process_id) if process_id is not None else latest_process_id(db, jst_id)
    view = school_support.overview(db, jst_id, process_id)
    doc = _document(LIST_TITLE, info, "landscape")
    doc.place_and_date(opts.place, opts.date)
    doc.title_block(f"Organ prowadzący: {info.name}")
    doc.paragraph(view.text())
    rows, total = [], 0
    from decimal import Decimal

    total = Decimal("0.00")
    for number, row in enumerate(view.rows, start=1):
        s = row.support
        if s is None:
            rows.append([f"{number}.", row.school_name, "—", "—", "—", Markup("<i>bez wspomagania</i>"), "—", "—", "—"])
            continue
        total += Decimal(s.cost)
        rpw_state = f"zatwierdzony {format_date_short(s.rpw_approved_on)}" if s.rpw_approved_on else "niezatwierdzony"
        rows.append([f"{number}.", row.school_name, s.provider_label, s.area, s.period, s.status_label,
                     str(school_support.months_left(s.ends_on, opts.date)), rpw_state, format_money(s.cost)])  # fmt: skip
    totals = ["", Markup("Razem"), "", "", "", "", "", "", format_money(total)]
    doc.table(LIST_COLUMNS, rows, totals=totals, empty_text="Samorząd nie ma wpisanych szkół.", font_size=8)
    doc.note(f"Liczba miesięcy do końca wspomagania liczona na dzień {format_date(opts.date)}")
    doc.signatures([
        Signature("Sporządził(a)", opts.prepared_by.name, opts.prepared_by.position),
        Signature("Zatwierdził(a)", opts.approved_by.name, opts.approved_by.position),
    ])  # fmt: skip
    return doc.write(out_path)
