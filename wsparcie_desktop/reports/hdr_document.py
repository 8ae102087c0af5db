"""'Harmonogram działań rozwojowych': the HDR as the council and ORE read it.

A title page (the JST, its coat of arms, the period, the approval), the goals with their indicators, the
activities in a landscape table, the Gantt chart across landscape pages, the budget by source of financing
and by year, the planned ORE report, the changes since approval and the signature block. Every date range
counts its days inclusively (1–30 September is 30 days), with the same helper the program uses everywhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import (
    NOUNS,
    format_date,
    format_date_short,
    format_money,
    format_number,
    plural,
    plural_form,
)
from wsparcie_desktop.reports import fonts
from wsparcie_desktop.reports.data import JstInfo, PrintOptions, Signatory, print_options
from wsparcie_desktop.reports.engine import Column, Document, Markup, Signature
from wsparcie_desktop.reports.hdr_cells import TextLines, break_lines
from wsparcie_desktop.reports.hdr_gantt import chart_pages
from wsparcie_desktop.reports.registry import document
from wsparcie_desktop.reports.tables import PADDING_X
from wsparcie_desktop.reports.text import join_lines
from wsparcie_desktop.services.hdr import ActivityData, HdrPlan
from wsparcie_desktop.services.hdr_baseline import Baseline, Comparison
from wsparcie_desktop.services.hdr_budget import PRO_RATA_RULE, budget
from wsparcie_desktop.services.hdr_dates import inclusive_days, months_in, split_by_year
from wsparcie_desktop.services.hdr_projection import activity_numbers, gantt_rows

DOCUMENT_ID = "hdr"
TITLE = "Harmonogram działań rozwojowych"
# Room kept above a chart page for the section heading and below it for its caption.
CHART_RESERVE = 34 * mm
TABLE_FONT_SIZE = 7.8

ACTIVITY_COLUMNS = (
    Column("Lp.", 0.38, "right"),
    Column("Działanie", 2.45),
    Column("Forma", 0.95),
    Column("Termin (włącznie)", 1.0),
    Column("Odpowiada", 1.05),
    Column("Partnerzy", 1.6),
    Column("Cele i wskaźniki", 1.3),
    Column("Oczekiwany rezultat", 1.45),
    Column("Koszt i źródło", 1.1, "right"),
)
INDICATOR_COLUMNS = (
    Column("Wskaźnik", 2.2),
    Column("Wartość bazowa", 1.0, "right"),
    Column("Wartość docelowa", 1.0, "right"),
    Column("Sposób pomiaru, kto mierzy", 2.0),
)


@dataclass(frozen=True)
class HdrDocumentData:
    jst: JstInfo
    plan: HdrPlan
    baseline: Baseline | None = None
    comparison: Comparison | None = None


def period_text(start: dt.date, end: dt.date) -> str:
    """'od 1 września 2026 r. do 31 sierpnia 2027 r. (365 dni)'."""
    return f"od {format_date(start)} do {format_date(end)} ({plural(inclusive_days(start, end), 'dzień')})"


def range_text(start: dt.date, end: dt.date) -> str:
    """'01.09.2026 – 30.09.2026 (30 dni)'; a one-day activity prints its date once."""
    days = plural(inclusive_days(start, end), "dzień")
    if start == end:
        return f"{format_date_short(start)} ({days})"
    return f"{format_date_short(start)} – {format_date_short(end)} ({days})"


def _table_range(start: dt.date, end: dt.date) -> str:
    """The dates on lines of their own in a narrow column, the day count kept in one piece: '(40\u00a0dni)'."""
    days = plural(inclusive_days(start, end), "dzień").replace(" ", "\u00a0")
    if start == end:
        return f"{format_date_short(start)}\n({days})"
    return f"{format_date_short(start)} –\n{format_date_short(end)}\n({days})"


def _value(value: Decimal | None, unit: str, on: dt.date | None) -> str:
    if value is None:
        return "—"
    text = f"{format_number(value)} {_unit_for(value, unit)}".strip()
    return f"{text}\n({format_date_short(on)})" if on else text


def _unit_for(value: Decimal, unit: str) -> str:
    """A unit written as a noun follows the number: '0 szkół', '6 szkół', '1 spotkanie', not '6 szkoły'."""
    forms = next((f for f in NOUNS.values() if unit.strip() in f), None)
    if forms is None or value != value.to_integral_value():
        return unit
    return plural_form(int(value), *forms)


def _split_signer(text: str) -> Signatory:
    """'Andrzej Kowalczyk, Wójt Gminy Zalesie' → name and position for the signature line."""
    name, _, position = text.partition(",")
    return Signatory(name.strip(), position.strip())


def render(data: HdrDocumentData, options: PrintOptions) -> Document:
    """The document, laid out and ready to write; no store needed."""
    plan, jst = data.plan, data.jst
    if plan.hdr is None:
        raise DomainError("Ten proces nie ma jeszcze HDR — najpierw zaplanuj okres i działania.")
    doc = Document(TITLE, jst_name=jst.name, coat_of_arms=jst.coat_of_arms, orientation="portrait",
                   subject=f"{TITLE}: {jst.name}")  # fmt: skip
    _title_page(doc, data, options)
    doc.section("portrait")
    _goals(doc, plan)
    doc.section("landscape")
    _activities(doc, plan)
    doc.section("landscape")
    _chart(doc, data)
    doc.section("portrait")
    _budget(doc, plan)
    _ore(doc, plan)
    _changes(doc, data)
    _approval(doc, data, options)
    return doc


def _title_page(doc: Document, data: HdrDocumentData, options: PrintOptions) -> None:
    plan, hdr = data.plan, data.plan.hdr
    doc.place_and_date(options.place, options.date)
    doc.spacer(14)
    doc.image(data.jst.coat_of_arms, max_width_mm=34, max_height_mm=40)
    doc.spacer(6)
    doc.title_block([data.jst.name, f"na okres {period_text(hdr.period_start, hdr.period_end)}"])
    doc.spacer(4)
    milestones = sum(1 for a in plan.activities if a.is_milestone)
    count = plural(len(plan.activities), "działanie")
    if milestones:
        noun = plural_form(milestones, "kamień milowy", "kamienie milowe", "kamieni milowych")
        count += f", w tym {milestones} {noun}"
    if hdr.approved_on:
        status = f"zatwierdzony {format_date(hdr.approved_on)} przez: {hdr.approved_by}"
    else:
        status = "projekt — harmonogram nie został jeszcze zatwierdzony"
    doc.fields([
        ("Samorząd", data.jst.name),
        ("Proces doradczy", plan.process_name),
        ("Obszar doradztwa", plan.area_title),
        ("Okres harmonogramu", f"{format_date(hdr.period_start)} – {format_date(hdr.period_end)} "
                               f"({plural(inclusive_days(hdr.period_start, hdr.period_end), 'dzień')})"),
        ("Cele rozwojowe", plural(len(plan.goals), "cel") if plan.goals else "nie określono (etap 2)"),
        ("Działania", count),
        ("Łączny koszt", format_money(sum((a.cost for a in plan.activities), Decimal("0")))),
        ("Raport dla ORE", plan.ore_form_name or "nie zaplanowano"),
        ("Status", status),
    ], label_share=0.32)  # fmt: skip


def _goals(doc: Document, plan: HdrPlan) -> None:
    doc.heading("1. Cele rozwojowe i wskaźniki")
    if not plan.goals:
        doc.note("Proces nie ma jeszcze celów rozwojowych (etap 2). Działania zaplanowano bez przypisania do celów.")
        return
    doc.paragraph("Cele wynikają z luk rozwojowych określonych w diagnozie pogłębionej; cele priorytetowe "
                  "oznaczono. Przy każdym celu podano działania harmonogramu, które mu służą (numery jak w tabeli "
                  "działań).")  # fmt: skip
    numbers = activity_numbers(plan.activities)
    for goal in plan.goals:
        mark = " (priorytet)" if goal.is_priority else ""
        doc.heading(f"Cel {goal.number}{mark}. {goal.text}", level=2)
        serving = [numbers[a.id] for a in plan.activities if goal.id in a.goal_ids]
        doc.paragraph(f"Działania: {', '.join(map(str, serving))}." if serving
                      else "Żadne działanie harmonogramu nie służy jeszcze temu celowi.", "note")  # fmt: skip
        rows = [[
            i.name, _value(i.baseline_value, i.unit, i.baseline_on), _value(i.target_value, i.unit, i.target_on),
            join_lines([i.method, f"mierzy: {i.measured_by}" if i.measured_by else ""]),
        ] for i in goal.indicators]  # fmt: skip
        doc.table(INDICATOR_COLUMNS, rows, empty_text="Cel nie ma jeszcze wskaźników.", font_size=8.5)


def _partners(a: ActivityData, plan: HdrPlan) -> str:
    """One partner per line, each after a bullet when there are several; every school of the JST in one line."""
    lines = []
    school_ids = {p.school_id for p in a.partners if p.school_id in plan.schools}
    every_school = len(plan.schools) > 2 and len(school_ids) == len(plan.schools)  # (they are among them)
    if every_school:
        lines.append(f"wszystkie szkoły i przedszkola samorządu ({len(school_ids)})")
    for p in a.partners:
        if p.school_id is not None and p.school_id in plan.schools:
            if not every_school:
                lines.append(plan.schools[p.school_id])
        else:
            lines.append(p.label(plan.schools))
    if len(lines) > 1:  # a long name wraps: the bullet shows where the next partner starts
        lines = ["• " + line for line in lines]
    return join_lines(lines)


class _LineCells:
    """Table cells of pre-broken lines (see :mod:`.hdr_cells`) for columns of the given inner widths.

    A plan repeats its forms, people, partners, sources and amounts: each distinct cell is made once and stands
    in every row that holds it (a TextLines is not changed by measuring, splitting or drawing it).
    """

    def __init__(self, widths: list[float], size: float):
        self.widths = widths
        self.size = size
        self.made: dict[tuple[str, int, str, str], TextLines] = {}

    def __call__(self, text: str, column: int, font: str = fonts.REGULAR, align: str = "left") -> TextLines:
        key = (text, column, font, align)
        lines = self.made.get(key)
        if lines is None:
            width = self.widths[column]
            lines = self.made[key] = TextLines(break_lines(text, width, font, self.size), width, font, self.size,
                                               align=align)  # fmt: skip
        return lines


def _inner_widths(doc: Document, columns) -> list[float]:
    """The widths inside the padding of ``columns`` across the frame, as data tables share it out."""
    share = sum(c.width for c in columns)
    return [doc.frame_width * c.width / share - 2 * PADDING_X for c in columns]


def _activity_rows(plan: HdrPlan, widths: list[float]) -> list[list]:
    """The table's rows as pre-broken lines (see :mod:`.hdr_cells`); ``widths`` are the columns' inner widths."""
    goal_numbers = {g.id: g.number for g in plan.goals}
    indicators = {i.id: i.name for g in plan.goals for i in g.indicators}
    numbers = activity_numbers(plan.activities)
    money = cache(format_money)  # Babel takes a while per amount, and a plan repeats its amounts
    cell = _LineCells(widths, TABLE_FONT_SIZE)

    rows = []
    for a in plan.activities:
        number = numbers[a.id]
        name = [cell(a.name + (" ◆" if a.is_milestone else ""), 1, fonts.BOLD)]
        if a.description:
            name.append(cell(a.description, 1))
        when = _table_range(a.starts_on, a.ends_on)
        if a.depends_on_id in numbers:
            when += f"\npo zakończeniu działania {numbers[a.depends_on_id]}"
        goals = ", ".join(str(goal_numbers[g]) for g in a.goal_ids if g in goal_numbers)
        aims = join_lines([f"Cele: {goals}" if goals else "bez celu",
                           *(f"• {indicators[i]}" for i in a.indicator_ids if i in indicators)])  # fmt: skip
        person = plan.person(a.responsible_id)
        who = join_lines([person.full_name, person.position]) if person else "— nie wskazano —"
        rows.append([
            cell(f"{number}.", 0, align="right"), name, cell(a.form_label, 2), cell(when, 3), cell(who, 4),
            cell(_partners(a, plan), 5), cell(aims, 6), cell(a.expected_result, 7),
            cell(f"{money(a.cost)}\n{a.financing_label}", 8, align="right"),
        ])  # fmt: skip
    return rows


def activity_columns(frame_width: float, last_number: int, total: str) -> tuple[Column, ...]:
    """The activity table's columns: "Lp." wide enough for the last number and its dot, "Koszt i źródło" for the
    total in bold, each on one line; what they need beyond their share is taken from "Działanie"."""
    needs = {0: stringWidth(f"{last_number}.", fonts.REGULAR, TABLE_FONT_SIZE),
             len(ACTIVITY_COLUMNS) - 1: stringWidth(total, fonts.BOLD, TABLE_FONT_SIZE)}  # fmt: skip
    return widened(ACTIVITY_COLUMNS, frame_width, needs)


def widened(columns: Sequence[Column], frame_width: float, needs: dict[int, float]) -> tuple[Column, ...]:
    """The columns with each one in ``needs`` at least as wide as its text's width there (points), the room
    taken from the second column (the activity's name)."""
    share = sum(c.width for c in columns)
    columns = list(columns)
    for at, text_width in needs.items():
        extra = (text_width + 2 * PADDING_X + 0.5) * share / frame_width - columns[at].width
        if extra > 0:
            columns[at] = replace(columns[at], width=columns[at].width + extra)
            columns[1] = replace(columns[1], width=columns[1].width - extra)
    return tuple(columns)


def _activities(doc: Document, plan: HdrPlan) -> None:
    doc.heading("2. Działania rozwojowe")
    doc.note("Termin obejmuje pierwszy i ostatni dzień działania (np. 1–30 września to 30 dni). "
             "◆ oznacza kamień milowy.")  # fmt: skip
    total = sum((a.cost for a in plan.activities), Decimal("0"))
    totals = ["", Markup("<b>Razem</b>"), "", "", "", "", "", "", format_money(total)]
    columns = activity_columns(doc.frame_width, len(plan.activities), totals[-1])
    doc.table(columns, _activity_rows(plan, _inner_widths(doc, columns)), totals=totals if plan.activities else None,
              empty_text="Harmonogram nie zawiera jeszcze działań.", font_size=TABLE_FONT_SIZE)  # fmt: skip


def _chart(doc: Document, data: HdrDocumentData) -> None:
    plan, hdr = data.plan, data.plan.hdr
    doc.heading("3. Wykres Gantta")
    months = len(months_in(hdr.period_start, hdr.period_end))
    doc.note(
        f"Kolumny to miesiące okresu HDR ({plural(months, 'miesiąc')}). Numery działań jak w tabeli. "
        + (
            "Szary pasek pod działaniem pokazuje jego termin w planie zatwierdzonym."
            if data.baseline
            else "Harmonogram nie był jeszcze zatwierdzony, więc nie ma planu bazowego."
        )
    )
    rows = gantt_rows(plan, data.baseline)
    pages = chart_pages(rows, hdr.period_start, hdr.period_end, doc.frame_width, doc.frame_height - CHART_RESERVE,
                        show_baseline=data.baseline is not None)  # fmt: skip
    for chart in pages:
        page = chart.page
        span = f"{format_date_short(page.start)} – {format_date_short(page.end)}"
        if page.rows:
            caption = f"Działania {page.rows[0].number}–{page.rows[-1].number} z {len(rows)}, okres {span}"
        else:
            caption = f"Okres {span}"
        doc.add(KeepTogether([chart, doc.paragraph_flowable(caption, "caption")]))


def _budget(doc: Document, plan: HdrPlan) -> None:
    doc.heading("4. Budżet")
    result = budget(plan.activities)
    if not result.sources:
        doc.note("Harmonogram nie zawiera jeszcze działań.")
        return
    doc.heading("Według źródła finansowania", level=2)
    rows = []
    for source in result.sources:
        amount = result.by_source[source]
        share = (amount / result.total * 100) if result.total else Decimal(0)
        rows.append([result.label(source), format_money(amount), f"{format_number(share, 1)}%"])
    doc.table(
        [Column("Źródło finansowania", 3), Column("Kwota", 1.3, "right"), Column("Udział", 0.8, "right")],
        rows,
        totals=[Markup("<b>Razem</b>"), format_money(result.total), "100,0%" if result.total else "—"],
    )
    doc.heading("Według roku", level=2)
    sources = result.sources  # the same sources as above, "bez kosztów" too, so the two tables agree
    columns = [Column("Rok", 0.6)] + [Column(result.label(s), 1.2, "right") for s in sources]
    columns.append(Column("Razem", 1.1, "right"))
    rows = [[str(y)] + [format_money(result.cells.get((y, s), Decimal(0))) for s in sources]
            + [format_money(result.by_year[y])] for y in result.years]  # fmt: skip
    totals = [Markup("<b>Razem</b>")] + [format_money(result.by_source[s]) for s in sources]
    doc.table(columns, rows, totals=totals + [format_money(result.total)], font_size=8)
    _split_across_years(doc, plan, result)
    doc.note(PRO_RATA_RULE)


def split_columns(frame_width: float, years: Sequence[int], last_number: int) -> tuple[Column, ...]:
    """The columns of "Działania na przełomie lat": "Lp." as wide as the largest number and its dot, as in the
    activity table ("4998." broke as "499" / "8."), the room taken from "Działanie"."""
    columns = [Column("Lp.", 0.4, "right"), Column("Działanie", 2.6), Column("Źródło", 1.3),
               Column("Koszt", 1.0, "right")] + [Column(str(y), 1.0, "right") for y in years]  # fmt: skip
    return widened(columns, frame_width, {0: stringWidth(f"{last_number}.", fonts.REGULAR, 8)})


def _split_across_years(doc: Document, plan: HdrPlan, result) -> None:
    """Each costed activity that runs into another year, with its cost's part in each year (as summed above)."""
    numbers = activity_numbers(plan.activities)
    spanning = [a for a in plan.activities if a.starts_on and a.ends_on and a.ends_on >= a.starts_on
                and a.starts_on.year != a.ends_on.year and Decimal(a.cost)]  # fmt: skip
    if not spanning:
        return
    doc.heading("Działania na przełomie lat", level=2)
    years = result.years
    columns = split_columns(doc.frame_width, years, max(numbers.get(a.id, 0) for a in spanning))
    rows = []
    money = cache(format_money)
    # pre-broken lines, as in the activity table: a plan of thousands of activities has thousands of these rows
    cell = _LineCells(_inner_widths(doc, columns), 8)
    for a in spanning:
        parts = split_by_year(a.starts_on, a.ends_on, Decimal(a.cost))
        rows.append([cell(f"{numbers.get(a.id, '')}.", 0, align="right"), cell(a.name, 1),
                     cell(result.label(a.financing), 2), cell(money(Decimal(a.cost)), 3, align="right")]
                    + [cell(money(parts[y]) if y in parts else "—", 4 + i, align="right")
                       for i, y in enumerate(years)])  # fmt: skip
    doc.table(columns, rows, font_size=8)


def _ore(doc: Document, plan: HdrPlan) -> None:
    hdr = plan.hdr
    doc.heading("5. Raport dla Ośrodka Rozwoju Edukacji")
    if not hdr.ore_form_code:
        doc.paragraph("Nie zaplanowano jeszcze formy raportu dla ORE. Harmonogram musi przewidywać jedną z trzech "
                      "form: opis dobrej praktyki, studium refleksji na podstawie etapów dyskusji zogniskowanej "
                      "albo minireportaż z wywiadem.")  # fmt: skip
        return
    person = plan.person(hdr.ore_form_responsible_id)
    doc.fields([
        ("Forma raportu", plan.ore_form_name),
        ("Termin przygotowania", format_date(hdr.ore_form_due_on) or "nie podano"),
        ("Odpowiada", join_lines([person.full_name, person.position]) if person else "nie wskazano"),
    ])  # fmt: skip


def _changes(doc: Document, data: HdrDocumentData) -> None:
    comparison = data.comparison
    if comparison is None:
        return
    doc.heading("6. Zmiany względem planu zatwierdzonego")
    doc.paragraph(f"Plan zatwierdzony {format_date(comparison.approved_on)} przez: {comparison.approved_by}. "
                  + comparison.summary)  # fmt: skip
    for change in comparison.changes:
        doc.paragraph("• " + change.text)


def _approval(doc: Document, data: HdrDocumentData, options: PrintOptions) -> None:
    hdr = data.plan.hdr
    doc.heading("Zatwierdzenie harmonogramu")
    if hdr.approved_on:
        doc.paragraph(f"Harmonogram zatwierdził(a) {hdr.approved_by} w dniu {format_date(hdr.approved_on)}")
        approver = _split_signer(hdr.approved_by)
    else:
        doc.paragraph("Harmonogram przedstawiony do zatwierdzenia.")
        approver = options.approved_by
    doc.signatures([
        Signature("Sporządził(a)", options.prepared_by.name, options.prepared_by.position),
        Signature("Zatwierdził(a)", approver.name, approver.position),
    ])  # fmt: skip


def load_document_data(db, process_id: int) -> HdrDocumentData:
    """Everything the document prints, read through the services."""
    from wsparcie_desktop.reports.loaders import load_jst
    from wsparcie_desktop.services.hdr import load_plan
    from wsparcie_desktop.services.hdr_baseline import compare, latest_baseline

    plan = load_plan(db, process_id)
    if plan.hdr is None:
        raise DomainError("Ten proces nie ma jeszcze HDR — najpierw zaplanuj okres i działania.")
    baseline = latest_baseline(db, plan.hdr.id)
    comparison = None
    if baseline is not None:
        comparison = compare(baseline, plan.activities, {p.id: p.full_name for p in plan.people})
    return HdrDocumentData(load_jst(db, plan.jst_id), plan, baseline, comparison)


@document(
    DOCUMENT_ID,
    TITLE,
    "mixed",
    "HDR dla rady i ORE: cele, działania, wykres Gantta, budżet, raport dla ORE i zatwierdzenie.",
)
def build(db, jst_id: int, out_path: str | Path, process_id: int | None = None, **options: object) -> Path:
    """Write the HDR of ``process_id`` (by default the JST's latest process) to ``out_path``."""
    from wsparcie_desktop.reports.loaders import default_signatures
    from wsparcie_desktop.services.dashboard import latest_process_id

    process_id = int(process_id) if process_id is not None else latest_process_id(db, jst_id)
    if process_id is None:
        raise DomainError("Ten samorząd nie ma jeszcze procesu doradczego, więc nie ma też HDR.")
    data = load_document_data(db, process_id)
    if data.plan.jst_id != jst_id:
        raise DomainError("Ten proces doradczy należy do innego samorządu.")
    defaults = default_signatures(data.jst)
    return render(data, print_options(data.jst.city, defaults, **options)).write(out_path)
