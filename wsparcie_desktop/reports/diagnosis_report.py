"""'Raport z diagnozy pogłębionej': who took part, how it is and how it should be, the cause tree as a
diagram, the development gaps, the priorities with their scores, the goals with their indicators, signatures.

The whole report is landscape: the states side by side and the indicator table need the width, and the
cause tree gets five readable columns of boxes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wsparcie_desktop.i18n import format_date_short, format_number, plural, plural_form
from wsparcie_desktop.reports.cause_diagram import DiagramNode, diagram_parts
from wsparcie_desktop.reports.data import JstInfo, PrintOptions, print_options
from wsparcie_desktop.reports.engine import Column, Document, Markup, Signature
from wsparcie_desktop.reports.registry import document
from wsparcie_desktop.reports.text import join_lines
from wsparcie_desktop.services.causes import OUTSIDE_MARK, CauseData, walk
from wsparcie_desktop.services.data_tasks import SOURCE_LABELS
from wsparcie_desktop.services.diagnosis import CurrentStateData, ParticipantData, TargetStateData
from wsparcie_desktop.services.gaps import RANKING_RULE, GapData
from wsparcie_desktop.services.goals import GoalData

DOCUMENT_ID = "diagnoza-poglebiona"
TITLE = "Raport z diagnozy pogłębionej"
NONE = "—"


@dataclass(frozen=True)
class DiagnosisReport:
    process_name: str
    area_title: str
    participants: list[ParticipantData]
    current_states: list[CurrentStateData]
    target_states: list[TargetStateData]
    causes: list[CauseData]  # the roots, with their children filled in
    ranking: list[GapData]  # in the team's order
    goals: list[GoalData]

    @property
    def manual_order(self) -> bool:
        return any(g.manual_rank is not None for g in self.ranking)


def cause_note(cause: CauseData) -> str:
    """'procedury · wpływ JST: częściowo' — or the outside mark, which the diagram also shows in grey."""
    influence = OUTSIDE_MARK if cause.outside_influence else f"wpływ JST: {cause.influence_label}"
    return f"{cause.category_label} · {influence}"


def diagram_nodes(causes: list[CauseData]) -> list[DiagramNode]:
    return [DiagramNode(c.text, cause_note(c), c.influence, diagram_nodes(c.children)) for c in causes]


def _evidence(state: CurrentStateData) -> str:
    source = f"Źródło: {SOURCE_LABELS.get(state.source, state.source)}"
    task = f"Zadanie: {state.data_task_what}" if state.data_task_what else ""
    return join_lines([state.evidence, source, task])


def _participants(doc: Document, report: DiagnosisReport) -> None:
    doc.heading("1. Uczestnicy diagnozy")
    doc.table(
        [Column("Lp.", 0.4, "right"), Column("Imię i nazwisko", 2.2), Column("Rola w diagnozie", 4)],
        [[f"{n}.", p.full_name, p.role] for n, p in enumerate(report.participants, start=1)],
        empty_text="Nie wpisano uczestników diagnozy.",
    )


def _states(doc: Document, report: DiagnosisReport) -> None:
    doc.heading("2. Jak jest? Jak chcemy, żeby było?")
    targets = {t.current_state_id: t.text for t in report.target_states}
    doc.table(
        [
            Column("Lp.", 0.4, "right"),
            Column("Jak jest? (stan obecny)", 3),
            Column("Dowód", 2.2),
            Column("Jak chcemy, żeby było? (stan docelowy)", 3),
        ],  # fmt: skip
        [
            [f"{n}.", s.text, _evidence(s), targets.get(s.id, NONE)]
            for n, s in enumerate(report.current_states, start=1)
        ],  # fmt: skip
        empty_text="Nie wpisano stwierdzeń o stanie obecnym.",
    )


def _causes(doc: Document, report: DiagnosisReport) -> None:
    doc.page_break()
    doc.heading("3. Co powoduje, że nie mamy stanu docelowego? — drzewo przyczyn")
    everything = list(walk(report.causes))
    if not everything:
        doc.note("Nie wpisano przyczyn.")
        return
    outside = sum(c.outside_influence for c in everything)
    doc.paragraph(f"{plural(len(everything), 'przyczyna').capitalize()}, w tym poza wpływem samorządu: {outside}. "
                  f"Drzewo czyta się od lewej: przyczyna, a na prawo od niej jej przyczyny.")  # fmt: skip
    doc.note("Ramka szara, przerywana: przyczyna poza wpływem JST (model pracuje na tym, co samorząd może zmienić). "
             "Ramka żółtawa: wpływ częściowy. Ramka kropkowana „(ciąg dalszy)”: przyczyna powtórzona z poprzedniej "
             "części rysunku, by każda część czytała się samodzielnie.")  # fmt: skip
    room = doc.frame_height - doc.height_since_page_break()  # the first part shares its page with the text
    parts, layout = diagram_parts(diagram_nodes(report.causes), doc.frame_width, doc.frame_height - 2,
                                  first_height=room - 2)  # fmt: skip
    doc.add(*parts)
    if layout.footnotes:
        doc.heading("Pełne brzmienie przyczyn skróconych na rysunku", level=2)
        for number, text in layout.footnotes:
            doc.paragraph(f"[{number}] {text}")


def _cause_list(gap: GapData, outside: set[int], order: dict[int, int]) -> str:
    """The gap's causes in the order of the tree, those outside the JST's influence marked."""
    pairs = sorted(zip(gap.cause_ids, gap.cause_texts), key=lambda pair: order.get(pair[0], 0))
    return join_lines(f"• {text}" + (f" {OUTSIDE_MARK}" if cid in outside else "") for cid, text in pairs)


def _gaps(doc: Document, report: DiagnosisReport) -> None:
    doc.page_break()
    doc.heading("4. Luki rozwojowe")
    outside = {c.id for c in walk(report.causes) if c.outside_influence}
    order = {c.id: index for index, c in enumerate(walk(report.causes))}
    gaps = sorted(report.ranking, key=lambda g: g.id or 0)
    doc.table(
        [
            Column("Lp.", 0.4, "right"),
            Column("Luka rozwojowa", 2.4),
            Column("Jak jest?", 2),
            Column("Jak chcemy?", 2),
            Column("Przyczyny", 2.6),
        ],  # fmt: skip
        [
            [f"{n}.", g.description, g.current_text, g.target_text, _cause_list(g, outside, order)]
            for n, g in enumerate(gaps, start=1)
        ],  # fmt: skip
        empty_text="Nie określono luk rozwojowych.",
    )


def _priorities(doc: Document, report: DiagnosisReport) -> None:
    doc.heading("5. Priorytety")
    doc.note(RANKING_RULE + (" Zespół zmienił kolejność ręcznie — tabela pokazuje kolejność ustaloną przez zespół."
                             if report.manual_order else ""))  # fmt: skip

    def number(value: int | None) -> str:
        return NONE if value is None else str(value)

    doc.table(
        [
            Column("Miejsce", 0.65, "right"),
            Column("Luka rozwojowa", 4.2),
            Column("Ważność (1–5)", 0.95, "right"),
            Column("Wykonalność (1–5)", 1.1, "right"),
            Column("Wynik", 0.7, "right"),
            Column("Priorytet", 0.85),
        ],  # fmt: skip
        [
            [
                f"{g.rank}.",
                g.description,
                number(g.importance),
                number(g.feasibility),
                number(g.score),
                Markup("<b>TAK</b>") if g.is_priority else "nie",
            ]
            for g in report.ranking
        ],  # fmt: skip
        empty_text="Nie oceniono luk.",
    )
    chosen = [g for g in report.ranking if g.is_priority]
    if chosen:
        word = plural_form(len(chosen), "Priorytet rozwojowy samorządu", "Priorytety rozwojowe samorządu",
                           "Priorytety rozwojowe samorządu")  # fmt: skip
        names = "; ".join(f"{n}) {g.description.rstrip(' .')}" for n, g in enumerate(chosen, start=1))
        doc.paragraph(Markup.build("<b>{w}:</b> {names}.", w=word, names=names))


def _goals(doc: Document, report: DiagnosisReport) -> None:
    doc.heading("6. Cele rozwojowe i wskaźniki")
    rows = []
    for number, goal in enumerate(report.goals, start=1):
        head = Markup.build("<b>{n}. {goal}</b><br/><i>Priorytet: {gap}</i>", n=number, goal=goal.text,
                            gap=goal.gap_description)  # fmt: skip
        if not goal.indicators:
            rows.append([head, "nie określono wskaźnika", NONE, NONE, NONE, NONE, NONE])
        for index, ind in enumerate(goal.indicators):
            rows.append([
                head if index == 0 else Markup.build("<i>(cel {n}, cd.)</i>", n=number), ind.name, ind.unit,
                f"{format_number(ind.baseline_value)}\n{format_date_short(ind.baseline_on)}",
                f"{format_number(ind.target_value)}\n{format_date_short(ind.target_on)}",
                ind.method, ind.measured_by,
            ])  # fmt: skip
    doc.table(
        [
            Column("Cel rozwojowy", 2.6),
            Column("Wskaźnik", 2.1),
            Column("Jednostka", 0.85),
            Column("Wartość bazowa i data", 1.05, "right"),
            Column("Wartość docelowa i data", 1.05, "right"),
            Column("Sposób pomiaru", 1.7),
            Column("Kto mierzy", 1.3),
        ],  # fmt: skip
        rows,
        empty_text="Nie wyznaczono celów rozwojowych.",
    )
    for goal in report.goals:
        for warning in goal.warnings:
            doc.note(f"Uwaga: {warning}")


def render(info: JstInfo, report: DiagnosisReport, options: PrintOptions) -> Document:
    doc = Document(TITLE, jst_name=info.name, coat_of_arms=info.coat_of_arms, orientation="landscape",
                   subject=f"{TITLE}: {info.name}")  # fmt: skip
    doc.place_and_date(options.place, options.date)
    doc.title_block([f"Proces doradczy: {report.process_name}", f"Obszar wsparcia: {report.area_title}"])
    _participants(doc, report)
    _states(doc, report)
    _causes(doc, report)
    _gaps(doc, report)
    _priorities(doc, report)
    _goals(doc, report)
    doc.signatures([
        Signature("Sporządził(a)", options.prepared_by.name, options.prepared_by.position),
        Signature("Zatwierdził(a)", options.approved_by.name, options.approved_by.position),
    ])  # fmt: skip
    return doc


def load(db, process_id: int) -> DiagnosisReport:
    from wsparcie_desktop.services import causes, diagnosis, gaps, goals

    context = diagnosis.diagnosis_context(db, process_id)
    return DiagnosisReport(
        context.process_name, context.area_title, diagnosis.list_participants(db, process_id),
        diagnosis.list_current_states(db, process_id), diagnosis.list_target_states(db, process_id),
        causes.cause_tree(db, process_id), gaps.ranking(db, process_id), goals.list_goals(db, process_id),
    )  # fmt: skip


@document(DOCUMENT_ID, TITLE, "landscape", "Uczestnicy, stan obecny i docelowy, drzewo przyczyn jako rysunek, luki, "
          "priorytety z ocenami oraz cele ze wskaźnikami — do podpisu.")  # fmt: skip
def build(db, jst_id: int, out_path: str | Path, **options: object) -> Path:
    from wsparcie_desktop.reports.data_plan import process_for
    from wsparcie_desktop.reports.loaders import default_signatures, load_jst

    process_id = process_for(db, jst_id, options.pop("process_id", None))
    info = load_jst(db, jst_id)
    settings = print_options(info.city, default_signatures(info), **options)
    return render(info, load(db, process_id), settings).write(out_path)
