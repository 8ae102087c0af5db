"""'Monitorowanie realizacji HDR': how the schedule is carried out, as of a chosen date, for the wójt and council.

The status summary; the activities done, delayed and cancelled (with reasons); the changes since approval
(the baseline's comparison); cost planned against spent, by source and by year; each indicator's progress with
a small chart; the gaps in the chain from evidence to result; the team's conclusions and recommendations;
signatures; and, as an annex in landscape, the whole plan against reality. The document's date is the day the statuses
are derived for ("delayed" on that day) and the last day of the measurements shown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_date, format_date_short, format_money, format_number
from wsparcie_desktop.reports import fonts
from wsparcie_desktop.reports.data import JstInfo, PrintOptions, print_options
from wsparcie_desktop.reports.engine import Column, Document, Markup, Signature
from wsparcie_desktop.reports.registry import document
from wsparcie_desktop.reports.styles import INK, MUTED, RULE
from wsparcie_desktop.reports.text import join_lines
from wsparcie_desktop.services.hdr_baseline import Comparison
from wsparcie_desktop.services.hdr_progress import COST_RULE, STATUS_LABELS, Realisation, RealisationRow, late_text
from wsparcie_desktop.services.hdr_validation import Finding
from wsparcie_desktop.services.measurements import IndicatorProgress, value_axis

DOCUMENT_ID = "monitorowanie-hdr"
TITLE = "Monitorowanie realizacji HDR"
SIGNATURE_BLOCK = 70 * mm


@dataclass(frozen=True)
class MonitoringData:
    jst: JstInfo
    realisation: Realisation
    comparison: Comparison | None
    indicators: list[IndicatorProgress]
    warnings: list[Finding]
    conclusions: str = ""
    recommendations: str = ""


class IndicatorChart(Flowable):
    """Baseline, measurements and target of one indicator over time: a small line chart drawn on the canvas."""

    def __init__(self, progress: IndicatorProgress, width: float, height: float = 42 * mm):
        super().__init__()
        self.progress, self.width, self.height = progress, width, height

    def wrap(self, availWidth, availHeight):  # noqa: N803 — ReportLab's names
        self.width = min(self.width, availWidth)
        return self.width, self.height

    def points(self) -> list[tuple[dt.date, float, str]]:
        return [(day, float(value), kind) for day, value, kind in self.progress.chart_points()]

    def draw(self) -> None:
        c = self.canv
        left, bottom = 18 * mm, 9 * mm
        width, height = self.width - left - 4 * mm, self.height - bottom - 4 * mm
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.rect(left, bottom, width, height)
        points = self.points()
        c.setFont(fonts.REGULAR, 7)
        c.setFillColor(MUTED)
        if len(points) < 2:
            c.drawString(
                left + 4, bottom + height / 2, "Za mało danych na wykres (potrzebne wartości bazowa i docelowa)."
            )
            return
        first, last = points[0][0].toordinal(), max(points[-1][0].toordinal(), points[0][0].toordinal() + 1)
        axis = value_axis([value for _day, value, _kind in self.progress.chart_points()])
        low, high = float(axis.low), float(axis.high)

        def xy(day: dt.date, value: float) -> tuple[float, float]:
            return (left + (day.toordinal() - first) / (last - first) * width,
                    bottom + (value - low) / (high - low) * height)  # fmt: skip

        c.setFont(fonts.REGULAR, 7)
        for tick, label in zip(axis.ticks, axis.labels):  # round steps from 0, on light lines, the Polish way
            y = xy(points[0][0], float(tick))[1]
            if axis.low < tick < axis.high:
                c.setStrokeColor(colors.HexColor("#e3e3e3"))
                c.setLineWidth(0.4)
                c.line(left, y, left + width, y)
            c.setFillColor(MUTED)
            c.drawRightString(left - 3, y - 2.4, label)
        target = next((p for p in points if p[2] == "target"), None)
        if target:
            c.setStrokeColor(colors.HexColor("#2e7d32"))
            c.setDash(3, 2)
            y = xy(target[0], target[1])[1]
            c.line(left, y, left + width, y)
            c.setDash()
        line = [p for p in points if p[2] != "target"]
        c.setStrokeColor(INK)
        c.setLineWidth(1.2)
        for a, b in zip(line, line[1:]):
            c.line(*xy(a[0], a[1]), *xy(b[0], b[1]))
        for day, value, kind in points:
            x, y = xy(day, value)
            c.setFillColor({"baseline": MUTED, "measured": INK, "target": colors.HexColor("#2e7d32")}[kind])
            if kind == "target":
                c.rect(x - 2.2, y - 2.2, 4.4, 4.4, stroke=0, fill=1)
            else:
                c.circle(x, y, 2.2, stroke=0, fill=1)
            c.setFont(fonts.REGULAR, 6.5)
            label_y = y + 4 if y + 10 <= bottom + height else y - 9  # under a point at the top of the frame
            c.drawCentredString(min(x, left + width - 6), label_y, format_number(Decimal(str(value)).normalize()))
        c.setFillColor(MUTED)
        c.setFont(fonts.REGULAR, 7)
        c.drawString(left, bottom - 8, format_date_short(points[0][0]))
        c.drawRightString(left + width, bottom - 8, format_date_short(points[-1][0]))
        _legend(c, left + width / 2 - 40, bottom - 8)


def _legend(c, x: float, y: float) -> None:
    """The chart's key drawn as the marks themselves (a glyph such as a black square would read as a missing one)."""
    c.setFont(fonts.REGULAR, 7)
    c.setFillColor(INK)
    c.circle(x + 2.2, y + 2.4, 2.2, stroke=0, fill=1)
    x += 6
    c.setFillColor(MUTED)
    c.drawString(x, y, "pomiary")
    x += c.stringWidth("pomiary", fonts.REGULAR, 7) + 8
    c.setFillColor(colors.HexColor("#2e7d32"))
    c.rect(x, y + 0.2, 4.4, 4.4, stroke=0, fill=1)
    x += 6
    c.setFillColor(MUTED)
    c.drawString(x, y, "cel")
    x += c.stringWidth("cel", fonts.REGULAR, 7) + 8
    c.setStrokeColor(colors.HexColor("#2e7d32"))
    c.setDash(3, 2)
    c.line(x, y + 2.4, x + 14, y + 2.4)
    c.setDash()
    c.drawString(x + 17, y, "wartość docelowa")


def _when(r: RealisationRow) -> str:
    a = r.activity
    return f"{format_date_short(a.starts_on)} – {format_date_short(a.ends_on)}"


def _actual(r: RealisationRow) -> str:
    p = r.progress
    if p.actual_start is None and p.actual_end is None:
        return "—"
    start = format_date_short(p.actual_start) if p.actual_start else "…"
    end = format_date_short(p.actual_end) if p.actual_end else "w toku"
    return f"{start} – {end}"


def _status(r: RealisationRow) -> str | Markup:
    if r.delayed:
        words = STATUS_LABELS["delayed"].upper()
        late = late_text(r.days_late) if r.days_late else ""
        return Markup.build("<b>{w}</b><br/>{l}", w=words, l=late) if late else Markup.build("<b>{w}</b>", w=words)
    return STATUS_LABELS[r.progress.status]


def render(data: MonitoringData, options: PrintOptions) -> Document:
    r, jst = data.realisation, data.jst
    plan, hdr = r.plan, r.plan.hdr
    doc = Document(TITLE, jst_name=jst.name, coat_of_arms=jst.coat_of_arms, orientation="portrait",
                   subject=f"{TITLE}: {jst.name}")  # fmt: skip
    doc.place_and_date(options.place, options.date)
    doc.title_block([jst.name, f"Stan na {format_date(options.date)}"], picture=jst.coat_of_arms)
    approved = (f"zatwierdzony {format_date(hdr.approved_on)} przez: {hdr.approved_by}" if hdr.approved_on
                else "harmonogram nie został jeszcze zatwierdzony")  # fmt: skip
    doc.fields([
        ("Proces doradczy", plan.process_name),
        ("Obszar doradztwa", plan.area_title),
        ("Okres HDR", f"{format_date(hdr.period_start)} – {format_date(hdr.period_end)}"),
        ("HDR", approved),
        ("Stan realizacji", r.summary),
    ], label_share=0.28)  # fmt: skip

    doc.heading("1. Podsumowanie stanu realizacji")
    counts = r.counts
    rows = [[STATUS_LABELS[s], str(n), f"{format_number(Decimal(n) * 100 / len(r.rows), 1)}%" if r.rows else "—"]
            for s, n in counts.items()]  # fmt: skip
    doc.table([Column("Stan działania", 3), Column("Liczba", 1, "right"), Column("Udział", 1, "right")], rows,
              totals=[Markup("<b>Razem</b>"), str(len(r.rows)), "100,0%" if r.rows else "—"])  # fmt: skip
    doc.note("„Opóźnione” to działania oznaczone tak przez zespół oraz te, których planowany termin zakończenia minął "
             "przed dniem tego zestawienia, a które nie zostały zrealizowane ani odwołane.")  # fmt: skip

    doc.heading("2. Działania zrealizowane, opóźnione i odwołane")
    done = [x for x in r.rows if x.progress.status == "done"]
    doc.heading("Zrealizowane", level=2)
    doc.table([Column("Lp.", 0.4, "right"), Column("Działanie", 2.6), Column("Realizacja", 1.3),
               Column("Osiągnięty rezultat", 2.6)],
              [[f"{x.number}.", x.activity.name, _actual(x), x.progress.result or "—"] for x in done],
              empty_text="Żadne działanie nie zostało jeszcze zrealizowane.")  # fmt: skip
    delayed = [x for x in r.rows if x.delayed]
    doc.heading("Opóźnione", level=2)
    doc.table([Column("Lp.", 0.4, "right"), Column("Działanie", 2.6), Column("Planowany termin", 1.3),
               Column("Opóźnienie", 1.0), Column("Przyczyna, uwagi", 1.7)],
              [[f"{x.number}.", x.activity.name, _when(x), late_text(x.days_late) if x.days_late else "oznaczone",
                join_lines([x.progress.reason, x.progress.notes]) or "—"] for x in delayed],
              empty_text="Żadne działanie nie jest opóźnione.")  # fmt: skip
    cancelled = [x for x in r.rows if x.progress.status == "cancelled"]
    doc.heading("Odwołane", level=2)
    doc.table([Column("Lp.", 0.4, "right"), Column("Działanie", 2.6), Column("Planowany termin", 1.3),
               Column("Powód odwołania", 2.7)],
              [[f"{x.number}.", x.activity.name, _when(x), x.progress.reason] for x in cancelled],
              empty_text="Żadne działanie nie zostało odwołane.")  # fmt: skip

    doc.heading("3. Zmiany od zatwierdzenia planu")
    if data.comparison is None:
        doc.note("Harmonogram nie był jeszcze zatwierdzony, więc nie ma planu, z którym można go porównać.")
    else:
        doc.paragraph(f"Plan zatwierdzony {format_date(data.comparison.approved_on)} przez: "
                      f"{data.comparison.approved_by}. {data.comparison.summary}")  # fmt: skip
        for change in data.comparison.changes:
            doc.paragraph("• " + change.text)

    _costs(doc, r)
    _indicators(doc, data.indicators, options.date)

    doc.heading("6. Luki w logice zmiany")
    if data.warnings:
        doc.paragraph("Ogniwa łańcucha od danych do rezultatu, które wymagają uwagi zespołu:")
        for finding in data.warnings:
            doc.paragraph("• " + finding.message)
    else:
        doc.paragraph("Łańcuch od danych do rezultatu jest kompletny: każda luka priorytetowa ma działania, każda "
                      "przyczyna w zasięgu wpływu JST — cel, a każdy wskaźnik — pomiar.")  # fmt: skip

    doc.heading("7. Wnioski i rekomendacje zespołu")
    doc.heading("Wnioski", level=2)
    doc.paragraph(data.conclusions or "Zespół nie zapisał jeszcze wniosków.", "body_justified")
    doc.heading("Rekomendacje", level=2)
    doc.paragraph(data.recommendations or "Zespół nie zapisał jeszcze rekomendacji.", "body_justified")

    doc.add(CondPageBreak(SIGNATURE_BLOCK))
    doc.signatures([
        Signature("Sporządził(a)", options.prepared_by.name, options.prepared_by.position),
        Signature("Przyjął(a) do wiadomości", options.approved_by.name, options.approved_by.position),
    ])  # fmt: skip

    doc.section("landscape")
    # an annex after the signatures: a landscape table in the middle left the page before it mostly empty
    doc.heading("Załącznik. Plan a realizacja — wszystkie działania")
    doc.table([Column("Lp.", 0.35, "right"), Column("Działanie", 2.6), Column("Odpowiada", 1.0),
               Column("Plan zatwierdzony", 1.05), Column("Plan bieżący", 1.05), Column("Realizacja", 1.05),
               Column("Stan", 1.1), Column("Koszt planowany", 0.9, "right"), Column("Wydano", 0.9, "right")],
              [[f"{x.number}.", x.activity.name, x.responsible or "—",
                f"{format_date_short(x.baseline[0])} – {format_date_short(x.baseline[1])}" if x.baseline
                else "poza planem zatwierdzonym", _when(x), _actual(x), _status(x), format_money(x.planned_cost),
                format_money(x.progress.actual_cost) if x.progress.actual_cost is not None else "—"] for x in r.rows],
              empty_text="Harmonogram nie zawiera działań.", font_size=7.6)  # fmt: skip

    return doc


def _costs(doc: Document, r: Realisation) -> None:
    c = r.costs
    doc.heading("4. Koszty: plan a wydatki")
    if not c.sources:
        doc.note("Działania harmonogramu nie mają kosztów.")
        return

    def share(spent: Decimal, planned: Decimal) -> str:
        return f"{format_number(spent * 100 / planned, 1)}%" if planned else "—"

    doc.heading("Według źródła finansowania", level=2)
    rows = [[c.label(s), format_money(c.planned_by_source(s)), format_money(c.spent_by_source(s)),
             share(c.spent_by_source(s), c.planned_by_source(s))] for s in c.sources]  # fmt: skip
    columns = [Column("Źródło", 2.6), Column("Plan", 1.2, "right"), Column("Wydano", 1.2, "right"),
               Column("Wykonanie", 0.9, "right")]  # fmt: skip
    totals = [Markup("<b>Razem</b>"), format_money(c.planned_total), format_money(c.spent_total),
              share(c.spent_total, c.planned_total)]  # fmt: skip
    doc.table(columns, rows, totals=totals)
    doc.heading("Według roku", level=2)
    rows = [[str(y), format_money(c.planned_by_year(y)), format_money(c.spent_by_year(y)),
             share(c.spent_by_year(y), c.planned_by_year(y))] for y in c.years]  # fmt: skip
    doc.table([replace(columns[0], header="Rok"), *columns[1:]], rows, totals=totals)
    doc.note(COST_RULE)


def _indicators(doc: Document, indicators: list[IndicatorProgress], as_of: dt.date) -> None:
    heading = doc.paragraph_flowable("5. Wskaźniki: postęp od wartości bazowej do docelowej", "heading1")
    if not indicators:
        doc.add(heading)
        doc.note("Cele rozwojowe nie mają jeszcze wskaźników.")
        return
    for number, p in enumerate(indicators):
        i = p.indicator
        latest = p.latest
        # the section's heading travels with its first indicator, never alone at the foot of a page
        parts = [heading] if number == 0 else []
        parts += [
            doc.paragraph_flowable(f"Cel {p.goal_number}: {i.name}", "heading2"),
            doc.paragraph_flowable(
                f"Wartość bazowa: {p.value_text(i.baseline_value)} ({format_date_short(i.baseline_on)}); docelowa: "
                f"{p.value_text(i.target_value)} ({format_date_short(i.target_on)}); ostatni pomiar: "
                + (f"{p.value_text(latest.value)} ({format_date_short(latest.measured_on)})" if latest else "brak")
                + f". Postęp: {p.state_text}.",
                "body",
            ),  # fmt: skip
            IndicatorChart(p, doc.frame_width),
        ]
        tied = ", ".join(str(n) for n, _name in p.activities)
        parts.append(doc.paragraph_flowable(f"Działania, które mają go poprawić: {tied}." if tied
                                            else "Żadne działanie nie jest powiązane z tym wskaźnikiem.", "note"))  # fmt: skip
        doc.add(KeepTogether(parts))


def load_monitoring(db, process_id: int, as_of: dt.date) -> MonitoringData:
    """Everything the document prints, read through the services, as of ``as_of``."""
    from wsparcie_desktop.reports.loaders import load_jst
    from wsparcie_desktop.services.hdr_baseline import compare
    from wsparcie_desktop.services.hdr_chain import chain_findings, load_chain
    from wsparcie_desktop.services.hdr_monitoring import get_notes
    from wsparcie_desktop.services.hdr_progress import find_realisation
    from wsparcie_desktop.services.measurements import indicator_progress

    realisation = find_realisation(db, process_id, as_of)
    if realisation is None:
        raise DomainError("Ten proces nie ma jeszcze HDR — nie ma czego monitorować.")
    plan = realisation.plan
    comparison = None
    if realisation.baseline is not None:
        comparison = compare(realisation.baseline, plan.activities, {p.id: p.full_name for p in plan.people})
    indicators = indicator_progress(db, process_id, as_of, plan)
    for p in indicators:
        p.measurements = [m for m in p.measurements if m.measured_on <= as_of]
    chain = load_chain(db, process_id)
    for measured in chain.measurements.values():
        measured[:] = [m for m in measured if m.measured_on <= as_of]
    notes = get_notes(db, process_id)
    return MonitoringData(load_jst(db, plan.jst_id), realisation, comparison, indicators,
                          chain_findings(chain, as_of), notes.conclusions, notes.recommendations)  # fmt: skip


@document(DOCUMENT_ID, TITLE, "mixed", "Stan realizacji HDR na wybrany dzień dla wójta i rady: działania, zmiany od "
          "zatwierdzenia, koszty, wskaźniki z wykresami, luki w logice zmiany, wnioski i podpisy.")  # fmt: skip
def build(db, jst_id: int, out_path: str | Path, process_id: int | None = None, **options: object) -> Path:
    """Write the monitoring report of ``process_id`` (by default the JST's latest process) as of the date."""
    from wsparcie_desktop.reports.loaders import default_signatures, load_jst
    from wsparcie_desktop.services.dashboard import latest_process_id

    process_id = int(process_id) if process_id is not None else latest_process_id(db, jst_id)
    if process_id is None:
        raise DomainError("Ten samorząd nie ma jeszcze procesu doradczego, więc nie ma też HDR.")
    jst = load_jst(db, jst_id)
    chosen = print_options(jst.city, default_signatures(jst), **options)
    data = load_monitoring(db, process_id, chosen.date)
    if data.realisation.plan.jst_id != jst_id:
        raise DomainError("Ten proces doradczy należy do innego samorządu.")
    return render(data, chosen).write(out_path)
