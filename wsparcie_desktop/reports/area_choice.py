"""'Diagnoza wstępna – wybór obszaru': the respondents, the ranking with its chart, the chosen area and why.

It is the paper the wójt and the council get after the opening conference, so it states how the ranking was
computed (the formula and the tie rule) and, when the answers changed after the choice, says so plainly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_date, format_number, plural, plural_form
from wsparcie_desktop.reports import fonts
from wsparcie_desktop.reports.data import JstInfo, PrintOptions, Signatory, print_options
from wsparcie_desktop.reports.engine import Column, Document, Signature
from wsparcie_desktop.reports.registry import document
from wsparcie_desktop.reports.text import printable
from wsparcie_desktop.services.area_choice import AreaInfo, RespondentData
from wsparcie_desktop.services.area_ranking import (
    FORMULA_TEXT,
    RATING_LABELS,
    SPREAD_TEXT,
    TIE_RULE_TEXT,
    AreaResult,
)

DOCUMENT_ID = "diagnoza-wstepna"
TITLE = "Diagnoza wstępna – wybór obszaru"
BAR_COLOUR = colors.HexColor("#4a6fa5")
CHOSEN_COLOUR = colors.HexColor("#c7721b")
LABEL_SIZE = 7.5
LABEL_LEADING = 9.0  # points between the lines of a wrapped area name

# Shares in millimetres of the 178 mm portrait frame: the longest header word of each column fits unbroken.
RANKING_COLUMNS = (
    Column("Miejsce", 14.5, "right"),
    Column("Obszar", 50),
    Column("Wskaźnik potrzeby", 17.5, "right"),
    Column("Średnia ocena (1–4)", 15, "right"),
    Column("Ważność (1–3)", 16.5, "right"),
    Column("Wpływ JST", 23),
    Column("Rozrzut", 14.5, "right"),
    Column("Uwagi", 27),
)
RESPONDENT_COLUMNS = (
    Column("Lp.", 0.4, "right"),
    Column("Imię i nazwisko", 2.2),
    Column("Stanowisko", 2.4),
    Column("Ocenione obszary", 1.2, "right"),
)


@dataclass(frozen=True)
class Stage1Report:
    """Everything the document prints, as plain values (see :func:`load`)."""

    jst: JstInfo
    process_name: str
    process_started: dt.date | None
    advisors: tuple[Signatory, ...]
    respondents: tuple[RespondentData, ...]
    rated_areas: dict[int, int]  # respondent id -> areas with at least one answer
    ranking: tuple[AreaResult, ...]
    chosen: AreaInfo | None
    justification: str
    chosen_on: dt.date | None
    outdated: bool
    areas_total: int


def _number(value: float | None, decimals: int = 1) -> str:
    return "—" if value is None else format_number(value, decimals)


def _remarks(area: AreaResult, chosen_id: int | None) -> str:
    parts = []
    if not area.has_data:
        parts.append("brak danych")
    if area.discuss:
        parts.append("do dyskusji: " + ", ".join(area.discuss_reasons))
    if area.area_id == chosen_id:
        parts.append("obszar wybrany")
    return "; ".join(parts)


def score_chart(ranking: Sequence[AreaResult], width: float, chosen_id: int | None) -> Drawing:
    """Horizontal bars of the need scores, the first place on top; the chosen area in a different colour."""
    fonts.register_fonts()
    items = list(reversed(ranking))  # the chart draws its first category at the bottom
    label_width = 92 * mm
    labels = [_label(a, label_width - 6 * mm) for a in items]
    lines = max((label.count("\n") + 1 for label in labels), default=1)
    row = max(7.2 * mm, lines * LABEL_LEADING + 2 * mm)
    height = row * len(items) + 16 * mm
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.REGULAR  # else the renderer declares Times-Roman for the drawing's state
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 10 * mm
    chart.width = width - label_width - 12 * mm
    chart.height = row * len(items)
    chart.data = [[a.score or 0 for a in items]]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#d0d0d0")
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.leading = LABEL_LEADING
    chart.categoryAxis.labels.textAnchor = "end"
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = BAR_COLOUR
    chart.barWidth = row * 0.6
    for index, area in enumerate(items):
        if area.area_id == chosen_id:
            chart.bars[(0, index)].fillColor = CHOSEN_COLOUR
    chart.barLabelFormat = lambda value: format_number(value, 1) if value else ""
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    drawing.add(String(chart.x + chart.width / 2, 1.5 * mm, "wskaźnik potrzeby (0–100)",
                       fontName=fonts.REGULAR, fontSize=7.5, textAnchor="middle"))  # fmt: skip
    return drawing


def _label(area: AreaResult, width: float) -> str:
    """The area's number and whole name, wrapped at spaces into lines of ``width`` (never cut short)."""
    text = printable(f"{area.number}. {area.name}", fonts.REGULAR) + ("" if area.has_data else " (brak danych)")
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", fonts.REGULAR, LABEL_SIZE) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


def render(report: Stage1Report, options: PrintOptions) -> Document:
    """The document, laid out and ready to write; no store needed."""
    doc = Document(TITLE, jst_name=report.jst.name, coat_of_arms=report.jst.coat_of_arms, orientation="portrait",
                   subject=f"{TITLE}: {report.jst.name}")  # fmt: skip
    doc.place_and_date(options.place, options.date)
    subtitle = [report.jst.name, f"{report.process_name}, rozpoczęty {format_date(report.process_started)}"]
    if report.advisors:
        subtitle.append("Team doradczy: " + ", ".join(a.name for a in report.advisors))
    doc.title_block(subtitle)

    doc.heading("1. Respondenci arkusza diagnostycznego")
    if report.respondents:
        count = len(report.respondents)
        filled = plural_form(count, "wypełniła", "wypełniły", "wypełniło")  # 1 osoba wypełniła, 3 osoby wypełniły
        each = "Oceniała ona" if count == 1 else "Każda oceniała"
        doc.paragraph(
            f"Arkusz diagnostyczny {filled} {plural(count, 'osoba')}. {each} "
            f"stwierdzenia opisujące dobrą praktykę w {report.areas_total} obszarach w skali: "
            + "; ".join(f"{k} – {v}" for k, v in RATING_LABELS.items() if k)
            + "; albo „nie wiem”, a następnie ważność obszaru (1–3) i wpływ JST (tak, częściowo, nie)."
        )
    rows = [[f"{i}.", r.full_name, r.job, f"{report.rated_areas.get(r.id, 0)} z {report.areas_total}"]
            for i, r in enumerate(report.respondents, start=1)]  # fmt: skip
    doc.table(RESPONDENT_COLUMNS, rows, empty_text="Nikt jeszcze nie wypełnił arkusza.")

    doc.heading("2. Ranking obszarów")
    chosen_id = report.chosen.id if report.chosen else None
    rows = [
        [f"{a.rank}." if a.has_data else "—", f"{a.number}. {a.name}",
         _number(a.score) if a.has_data else "brak danych", _number(a.mean_rating, 2), _number(a.mean_importance),
         a.influence_text or "—", _number(a.spread, 2), _remarks(a, chosen_id)]
        for a in report.ranking
    ]  # fmt: skip
    if any(a.has_data for a in report.ranking):
        doc.drawing(
            score_chart(report.ranking, doc.frame_width, chosen_id),
            "Wskaźnik potrzeby obszarów" + (" (wybrany obszar wyróżniono kolorem)" if chosen_id else ""),
        )
    doc.table(RANKING_COLUMNS, rows, font_size=8)
    doc.heading("Jak liczono wskaźnik potrzeby", level=2)
    for text in (FORMULA_TEXT, TIE_RULE_TEXT, SPREAD_TEXT):
        doc.paragraph(text, "body_justified")

    doc.heading("3. Wybrany obszar")
    if report.chosen is None:
        doc.paragraph("Zespół nie wybrał jeszcze obszaru.")
    else:
        top = next((a for a in report.ranking if a.has_data), None)
        place = next((a.rank for a in report.ranking if a.area_id == chosen_id), None)
        doc.fields([
            ("Obszar", report.chosen.title),
            ("Miejsce w rankingu", f"{place}." if place and top else "—"),
            ("Data wyboru", format_date(report.chosen_on)),
            ("Uzasadnienie", report.justification or "Obszar zajął pierwsze miejsce w rankingu."),
        ])  # fmt: skip
        if report.outdated:
            doc.paragraph("Uwaga: odpowiedzi w arkuszach zmieniono po dokonaniu wyboru — wybór opiera się na "
                          "wcześniejszych odpowiedziach, a ranking powyżej pokazuje stan obecny.")  # fmt: skip

    # The signatures close the decision; the chosen area's lists follow as an appendix the team works from.
    doc.signatures(
        [
            Signature("Sporządził(a)", options.prepared_by.name, options.prepared_by.position),
            Signature("Zatwierdził(a)", options.approved_by.name, options.approved_by.position),
        ]
    )
    if report.chosen is not None:
        doc.page_break()
        _area_lists(doc, report.chosen)
    return doc


def _area_lists(doc: Document, area: AreaInfo) -> None:
    doc.heading("Załącznik. Wybrany obszar: opis, zadania i narzędzia")
    doc.paragraph(area.title, "heading2")
    doc.paragraph(area.description, "body_justified")
    lists = (
        ("Zadania dla JST", area.tasks_for_jst),
        ("Narzędzia i rozwiązania zarządcze", area.management_tools),
        ("Narzędzia i rozwiązania wspierające personalny rozwój organizacji", area.people_tools),
    )
    for title, items in lists:
        doc.heading(title, level=2)
        for item in items:
            doc.paragraph(f"• {item}")


def load(db, jst_id: int, process_id: int | None = None) -> Stage1Report:
    """Read the process (the JST's latest when not given) and its stage 1 from the store."""
    from wsparcie_desktop.reports.loaders import load_jst
    from wsparcie_desktop.services import area_choice, people, processes
    from wsparcie_desktop.services.dashboard import latest_process_id

    info = load_jst(db, jst_id)
    process_id = process_id or latest_process_id(db, jst_id)
    if process_id is None:
        raise DomainError("Ten samorząd nie ma jeszcze procesu doradczego — rozpocznij go w sekcji "
                          "„Proces doradczy”.")  # fmt: skip
    process = processes.get_process(db, int(process_id))
    if process.jst_id != jst_id:
        raise DomainError("Wskazany proces doradczy należy do innego samorządu.")
    advisors = {p.id: p for p in people.list_people(db, jst_id, "advisory")}
    state = area_choice.stage_state(db, process.id)
    ranking = area_choice.results(db, process.id)
    progress = area_choice.sheet_progress(db, process.id)
    chosen = area_choice.get_area(db, state.chosen_area_id) if state.chosen_area_id else None
    return Stage1Report(
        jst=info, process_name=process.name, process_started=process.started_on,
        advisors=tuple(Signatory(advisors[i].full_name, advisors[i].role_name) for i in process.advisor_ids
                       if i in advisors),
        respondents=tuple(area_choice.list_respondents(db, process.id)),
        rated_areas={rid: sum(p.answered > 0 for p in areas.values()) for rid, areas in progress.items()},
        ranking=tuple(ranking.areas), chosen=chosen, justification=state.justification if chosen else "",
        chosen_on=state.chosen_on, outdated=state.outdated, areas_total=len(ranking.areas),
    )  # fmt: skip


@document(
    DOCUMENT_ID,
    TITLE,
    "portrait",
    "Wyniki arkusza diagnostycznego: ranking 12 obszarów z wykresem, wybrany obszar i uzasadnienie wyboru.",
)
def build(db, jst_id: int, out_path: str | Path, process_id: int | None = None, **options: object) -> Path:
    """Write the document of the process ``process_id`` (default: the JST's latest) to ``out_path``."""
    from wsparcie_desktop.reports.loaders import default_signatures

    report = load(db, jst_id, process_id)
    return render(report, print_options(report.jst.city, default_signatures(report.jst), **options)).write(out_path)
