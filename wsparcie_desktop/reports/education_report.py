"""'Informacja o stanie realizacji zadań oświatowych w roku szkolnym X/Y' for the council (art. 11 ust. 7 Prawa
oświatowego), generated from the program's data, each section opening with the narrative typed for that year.

A figure that was not given prints as a dash, and a total over incomplete figures says so in a note; an exam
mean the CKE did not publish (fewer than 5 pupils) prints as "n.p.", never as 0. Every comparison figure names
its source under the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from wsparcie_desktop.i18n import format_date, format_money, format_number
from wsparcie_desktop.reports import fonts
from wsparcie_desktop.reports.data import PrintOptions, print_options
from wsparcie_desktop.reports.engine import Column, Document, Markup, Signature
from wsparcie_desktop.reports.registry import document
from wsparcie_desktop.reports.text import printable
from wsparcie_desktop.services.education_data import (
    GRADES,
    OLD_GRADES,
    STAT_LABELS,
    SchoolYearRow,
    uses_old_grades,
)
from wsparcie_desktop.services.education_report import LEGAL_BASIS, ReportData
from wsparcie_desktop.services.exam_results import LEVEL_LABELS, ResultData, jst_means
from wsparcie_desktop.services.schools import SCHOOL_TYPE_LABELS

DOCUMENT_ID = "informacja-oswiatowa"
TITLE = "Informacja o stanie realizacji zadań oświatowych"
MISSING = "—"
NOT_PUBLISHED = "n.p."
SERIES_COLOURS = (colors.HexColor("#4a6fa5"), colors.HexColor("#c7721b"), colors.HexColor("#6a9a58"),
                  colors.HexColor("#8a6aa8"))  # fmt: skip
EXAM_TITLES = {"e8": "Egzamin ósmoklasisty", "em": "Egzamin maturalny"}


def _n(value) -> str:
    return MISSING if value is None else format_number(value)


def _pct(value: Decimal | None) -> str:
    return NOT_PUBLISHED if value is None else format_number(value, 1)


def _sum(values) -> int | Decimal | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def _council(kind: str) -> str:
    if kind == "powiat":
        return "radzie powiatu"
    if kind in ("gmina miejska", "miasto na prawach powiatu"):
        return "radzie miasta"
    return "radzie gminy"


class _Numbering:
    def __init__(self) -> None:
        self.n = 0

    def next(self) -> int:
        self.n += 1
        return self.n


def render(report: ReportData, options: PrintOptions, kind: str = "", coat_of_arms: bytes | None = None) -> Document:
    title = f"{TITLE} w roku szkolnym {report.school_year}"
    doc = Document(title, jst_name=report.jst_name, coat_of_arms=coat_of_arms, orientation="portrait",
                   subject=f"{title}: {report.jst_name}")  # fmt: skip
    doc.place_and_date(options.place, options.date)
    doc.title_block([report.jst_name, f"Podstawa prawna: {LEGAL_BASIS}",
                     f"Termin przedstawienia {_council(kind)}: do {format_date(report.deadline)}"],
                    title=title)  # fmt: skip
    texts = {t.key: t for t in report.sections}
    number = _Numbering()
    parts = {
        "network": _network, "pupils": _pupils, "teachers": _teachers, "exams": _exams, "supervision": _supervision,
        "transport": _transport, "finances": _finances, "development": _development, "conclusions": _conclusions,
    }  # fmt: skip
    for key, text in texts.items():
        if not text.included:
            continue
        doc.heading(f"{number.next()}. {text.title}")
        for paragraph in [p.strip() for p in text.narrative.split("\n\n") if p.strip()]:
            doc.paragraph(" ".join(paragraph.split()), "body_justified")
        parts[key](doc, report)
    doc.signatures([Signature("Sporządził(a)", options.prepared_by.name, options.prepared_by.position),
                    Signature("Zatwierdził(a)", options.approved_by.name, options.approved_by.position)])  # fmt: skip
    return doc


def _with_figures(rows: Sequence[SchoolYearRow]) -> list[SchoolYearRow]:
    return [r for r in rows if not r.is_empty]


def _network(doc: Document, report: ReportData) -> None:
    columns = (Column("Lp.", 0.4, "right"), Column("Szkoła lub placówka", 3.2), Column("Typ", 1.4),
               Column("Nr RSPO", 0.8), Column("Uczniowie", 0.9, "right"), Column("Oddziały", 0.85, "right"))  # fmt: skip
    rows = [[f"{i}.", r.school_name, SCHOOL_TYPE_LABELS.get(r.school_type, r.school_type), r.school_rspo or MISSING,
             _n(r.pupils), _n(r.classes)] for i, r in enumerate(report.schools, start=1)]  # fmt: skip
    totals = ["", Markup("Razem"), "", "", _n(_sum(r.pupils for r in report.schools)),
              _n(_sum(r.classes for r in report.schools))]  # fmt: skip
    n = len(report.schools)
    doc.paragraph(f"W roku szkolnym {report.school_year} organ prowadzący prowadził {format_number(n)} "
                  f"{_schools_word(n)}.")  # fmt: skip
    doc.table(columns, rows, totals=totals if rows else None, empty_text="Rejestr szkół jest pusty.")
    _incomplete(doc, report.schools, ("pupils", "classes"))


def _schools_word(n: int) -> str:
    from wsparcie_desktop.i18n import plural_form

    return plural_form(n, "szkołę lub placówkę", "szkoły lub placówki", "szkół lub placówek")


def _incomplete(doc: Document, rows: Sequence[SchoolYearRow], keys: Sequence[str]) -> None:
    for key in keys:
        missing = [r.school_name for r in rows if getattr(r, key) is None]
        if missing and len(missing) < len(rows):
            doc.note(f"„{STAT_LABELS[key]}” nie podano dla: {'; '.join(missing)} — suma obejmuje pozostałe.")
        elif missing:
            doc.note(f"„{STAT_LABELS[key]}” nie podano dla żadnej szkoły.")


def pupils_chart(years: Sequence[tuple[str, int]], width: float) -> Drawing:
    """Vertical bars of the pupils in each school year, the figures above them."""
    fonts.register_fonts()
    height = 62 * mm
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.REGULAR
    chart = VerticalBarChart()
    chart.x, chart.y = 16 * mm, 12 * mm
    chart.width, chart.height = width - 24 * mm, height - 20 * mm
    chart.data = [[v for _, v in years]]
    top = max((v for _, v in years), default=0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(10, int(top * 1.15) + 1)
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = lambda v: format_number(int(v))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#d0d0d0")
    chart.categoryAxis.categoryNames = [y for y, _ in years]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = SERIES_COLOURS[0]
    chart.barLabelFormat = lambda v: format_number(int(v))
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 7.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def _pupils(doc: Document, report: ReportData) -> None:
    years = report.pupils_years
    if any(y.pupils is not None for y in years) and len(years) > 1:
        doc.drawing(pupils_chart([(y.school_year, y.pupils or 0) for y in years], doc.frame_width),
                    "Liczba uczniów w szkołach i placówkach samorządu w kolejnych latach szkolnych")  # fmt: skip
    columns = (Column("Rok szkolny", 1.2), Column("Uczniowie", 1, "right"), Column("Oddziały", 1, "right"),
               Column("Uczniowie z orzeczeniem o potrzebie kształcenia specjalnego", 2.2, "right"))  # fmt: skip
    doc.table(columns, [[y.school_year, _n(y.pupils), _n(y.classes), _n(y.special_needs)] for y in years],
              empty_text="Nie wpisano liczby uczniów w żadnym roku szkolnym.")  # fmt: skip
    previous = {r.school_id: r for r in report.previous}
    rows = []
    for r in _with_figures(report.schools):
        before = previous.get(r.school_id)
        was = before.pupils if before else None
        change = MISSING if was is None or r.pupils is None else f"{r.pupils - was:+d}".replace("-", "−")
        rows.append([r.school_name, _n(was), _n(r.pupils), change, _n(r.special_needs)])
    if rows:
        doc.heading("Uczniowie według szkół", level=2)
        doc.table((Column("Szkoła lub placówka", 2.8), Column("Rok poprzedni", 1.15, "right"),
                   Column(report.school_year, 1.15, "right"), Column("Zmiana", 0.8, "right"),
                   Column("Z orzeczeniem", 1.25, "right")), rows)  # fmt: skip


def _teachers(doc: Document, report: ReportData) -> None:
    rows = _with_figures(report.schools)
    old = uses_old_grades(report.school_year) or any(getattr(r, g) for r in rows for g in OLD_GRADES)
    grades = [g for g in GRADES if old or g not in OLD_GRADES]
    columns = [Column("Szkoła lub placówka", 2.4), Column("Ogółem", 0.85, "right")]
    columns += [Column(STAT_LABELS[g], 1.15, "right") for g in grades] + [Column("Etaty", 0.85, "right")]
    body = [[r.school_name, _n(r.teachers), *(_n(getattr(r, g)) for g in grades),
             MISSING if r.posts is None else format_number(r.posts, 2)] for r in rows]  # fmt: skip
    posts = _sum(r.posts for r in rows)
    totals = [Markup("Razem"), _n(_sum(r.teachers for r in rows)), *(_n(_sum(getattr(r, g) for r in rows))
              for g in grades), MISSING if posts is None else format_number(posts, 2)]  # fmt: skip
    doc.table(columns, body, totals=totals if body else None, font_size=8,
              empty_text="Nie wpisano liczby nauczycieli w tym roku szkolnym.")  # fmt: skip
    if old:
        doc.note("Stopnie nauczyciela stażysty i kontraktowego obowiązywały do 31 sierpnia 2022 r.; od roku "
                 "szkolnego 2022/2023 pierwszym stopniem jest nauczyciel początkujący.")  # fmt: skip


def exam_chart(subjects: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]], width: float) -> Drawing:
    """Grouped vertical bars: per subject the JST's mean beside the powiat's, the voivodeship's and the country's."""
    fonts.register_fonts()
    height = 72 * mm
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.REGULAR
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 14 * mm
    chart.width, chart.height = width - 62 * mm, height - 22 * mm
    chart.data = [[v or 0 for v in values] for _, values in series]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#d0d0d0")
    chart.categoryAxis.categoryNames = [printable(s, fonts.REGULAR)[:28] for s in subjects]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.bars.strokeColor = None
    for i in range(len(series)):
        chart.bars[i].fillColor = SERIES_COLOURS[i % len(SERIES_COLOURS)]
    chart.barLabelFormat = lambda v: format_number(v, 1) if v else ""
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 5
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 44 * mm, height - 16 * mm
    legend.fontName = fonts.REGULAR
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.columnMaximum = len(series)
    legend.colorNamePairs = [(SERIES_COLOURS[i % len(SERIES_COLOURS)], printable(name, fonts.REGULAR)[:30])
                             for i, (name, _) in enumerate(series)]  # fmt: skip
    drawing.add(legend)
    drawing.add(String(chart.x - 10 * mm, chart.y + chart.height + 4 * mm, "średni wynik (%)",
                       fontName=fonts.REGULAR, fontSize=7))  # fmt: skip
    return drawing


def _exams(doc: Document, report: ReportData) -> None:
    if not report.exams:
        doc.paragraph(f"W programie nie ma wyników egzaminów z {report.exam_year} r. Wczytaj je z pliku CKE w sekcji "
                      "„Informacja oświatowa”.")  # fmt: skip
    for exam, results in report.exams.items():
        doc.heading(f"{EXAM_TITLES[exam]} {report.exam_year}", level=2)
        columns = (Column("Szkoła", 2.6), Column("Przedmiot", 1.6), Column("Zdający", 0.8, "right"),
                   Column("Średni wynik (%)", 0.9, "right"), Column("Mediana (%)", 0.85, "right"),
                   Column("Modalna (%)", 0.85, "right"))  # fmt: skip
        if exam == "em":
            columns += (Column("Zdawalność (%)", 0.9, "right"),)
        rows = []
        for r in results:
            row = [r.school_name, r.subject, _n(r.takers), _pct(r.mean), _pct(r.median), _pct(r.mode)]
            rows.append(row + ([_pct(r.pass_rate)] if exam == "em" else []))
        doc.table(columns, rows)
        if any(r.mean is None for r in results):
            doc.note("n.p. – wynik nieopublikowany: CKE nie podaje średnich, gdy egzamin pisało mniej niż 5 uczniów.")
        _comparison(doc, report, exam, results)
    needs = _sum(r.special_needs for r in report.schools)
    if needs:
        doc.paragraph(f"W roku szkolnym {report.school_year} w szkołach samorządu uczyło się {format_number(needs)} "
                      "uczniów z orzeczeniem o potrzebie kształcenia specjalnego; działania podjęte wobec uczniów "
                      "ze specjalnymi potrzebami edukacyjnymi opisano w tej części informacji.")  # fmt: skip


def _comparison(doc: Document, report: ReportData, exam: str, results: Sequence[ResultData]) -> None:
    means = jst_means(list(results))
    subjects = list(means)
    comparisons = report.comparisons.get(exam, [])
    by = {(c.subject, c.level): c for c in comparisons}
    levels = [lv for lv in LEVEL_LABELS if any((s, lv) in by for s in subjects)]
    doc.heading(f"Porównanie średnich wyników – {EXAM_TITLES[exam].lower()} {report.exam_year}", level=2)
    columns = [Column("Przedmiot", 2), Column(report.jst_name, 1.2, "right")]
    columns += [Column(LEVEL_LABELS[lv].capitalize(), 1, "right") for lv in levels]
    rows = [[s, _pct(means[s]), *(_pct(by[(s, lv)].mean) if (s, lv) in by else MISSING for lv in levels)]
            for s in subjects]  # fmt: skip
    doc.table(columns, rows)
    doc.note(f"{report.jst_name}: średnia ważona liczbą zdających w szkołach, w których CKE opublikowała wynik.")
    sources = sorted({c.source for c in comparisons if c.subject in means})
    if sources:
        doc.note("Źródło danych porównawczych: " + "; ".join(sources) + ".")
    elif not levels:
        doc.note("Nie wpisano ani nie wczytano wyników powiatu, województwa i kraju.")
    chartable = [s for s in subjects if means[s] is not None]
    if chartable:
        series = [(report.jst_name, [float(means[s]) for s in chartable])]
        for lv in levels:
            values = [float(by[(s, lv)].mean) if (s, lv) in by and by[(s, lv)].mean is not None else None
                      for s in chartable]  # fmt: skip
            series.append((LEVEL_LABELS[lv], values))
        doc.drawing(exam_chart(chartable, series, doc.frame_width),
                    f"Średni wynik (%) – {EXAM_TITLES[exam].lower()} {report.exam_year}")  # fmt: skip


def _supervision(doc: Document, report: ReportData) -> None:
    columns = (Column("Szkoła", 2.3), Column("Rodzaj", 1.25), Column("Zakres", 2.4), Column("Wynik, wnioski", 2.7))
    doc.table(columns, [[e.school_name, e.kind, e.subject, e.result or MISSING] for e in report.supervision],
              empty_text="Kurator oświaty nie przekazał w tym roku szkolnym wyników nadzoru pedagogicznego "
                         "w szkołach samorządu (nie wpisano żadnego).")  # fmt: skip


def _transport(doc: Document, report: ReportData) -> None:
    y = report.jst_year
    per_pupil = (y.transport_cost / y.transported_pupils).quantize(Decimal("0.01")) if (
        y.transport_cost is not None and y.transported_pupils) else None  # fmt: skip
    doc.fields([("Uczniowie dowożeni", _n(y.transported_pupils)),
                ("Koszt dowozu", format_money(y.transport_cost) if y.transport_cost is not None else MISSING),
                ("Koszt na jednego ucznia", format_money(per_pupil) if per_pupil is not None else MISSING)])  # fmt: skip


def _finances(doc: Document, report: ReportData) -> None:
    y = report.jst_year
    total = _sum((y.spending_current, y.spending_capital))
    share = None
    if y.state_funding is not None and y.spending_current:
        share = format_number((y.state_funding * 100 / y.spending_current).quantize(Decimal("0.1")), 1) + " %"
    label = y.state_funding_label
    doc.fields([
        ("Rok budżetowy", str(y.budget)),
        ("Wydatki bieżące na oświatę", format_money(y.spending_current) if y.spending_current is not None else MISSING),
        ("Wydatki majątkowe na oświatę", format_money(y.spending_capital) if y.spending_capital is not None else MISSING),
        ("Wydatki ogółem", format_money(total) if total is not None else MISSING),
        (label.capitalize(), format_money(y.state_funding) if y.state_funding is not None else MISSING),
        (f"Pokrycie wydatków bieżących ({label})", share or MISSING),
    ], label_share=0.42)  # fmt: skip
    if y.budget >= 2025:
        doc.note("Od 2025 r. samorządy nie otrzymują subwencji oświatowej: środki na oświatę są częścią dochodów "
                 "ustalanych według potrzeb oświatowych (ustawa z dnia 1 października 2024 r. o dochodach jednostek "
                 "samorządu terytorialnego).")  # fmt: skip


def _development(doc: Document, report: ReportData) -> None:
    d = report.development
    if d.fund_year is not None:
        doc.heading(f"Środki na doskonalenie zawodowe nauczycieli w {d.fund_year} r. (art. 70a Karty Nauczyciela)",
                    level=2)  # fmt: skip
        doc.fields([("Środki na doskonalenie", format_money(d.fund)), ("Przeznaczono", format_money(d.fund_allocated)),
                    ("Pozostało", format_money(d.fund_left))], label_share=0.42)  # fmt: skip
        doc.table((Column("Na co", 4), Column("Kwota", 1.2, "right")),
                  [[p, format_money(a)] for p, a in d.fund_lines], empty_text="Nie rozdysponowano środków.")  # fmt: skip
    if d.supports:
        doc.heading("Procesowe wspomaganie szkół", level=2)
        doc.table((Column("Szkoła", 2.6), Column("Realizuje", 1.6), Column("Od", 0.9), Column("Do", 0.9),
                   Column("Etap", 1.1)),
                  [[s, p, format_date(a, False), format_date(b, False), st] for s, p, a, b, st in d.supports])  # fmt: skip
    if d.networks:
        doc.heading("Sieci współpracy i samokształcenia", level=2)
        doc.table((Column("Sieć", 2.6), Column("Prowadzi", 1.4), Column("Uczestnicy", 0.9, "right"),
                   Column("Spotkania", 2.2)), [[n, p, _n(m), t] for n, p, m, t in d.networks])  # fmt: skip
    if d.hdr_activities:
        doc.heading("Harmonogram działań rozwojowych (HDR)", level=2)
        planned = (f"{d.hdr_name}: w HDR zaplanowano {format_number(d.hdr_activities)} działań o łącznym koszcie "
                   f"{format_money(d.hdr_cost)}.")  # fmt: skip
        if d.hdr_realisation:
            spent = f" Wydatkowano dotąd {format_money(d.hdr_spent)}." if d.hdr_spent else ""
            doc.paragraph(f"{planned} Realizacja (według sekcji „Realizacja HDR”, najpóźniej na koniec roku "
                          f"szkolnego): {d.hdr_realisation}{spent}")  # fmt: skip
        else:
            doc.paragraph(f"{planned} Według harmonogramu w roku szkolnym {report.school_year} prowadzono "
                          f"{format_number(d.hdr_running)} z nich, w tym zakończono {format_number(d.hdr_finished)}; "
                          f"{format_number(d.hdr_later)} zaplanowano na kolejne lata.")  # fmt: skip
    if d.fund_year is None and not d.supports and not d.networks and not d.hdr_activities:
        doc.note("W programie nie ma danych o środkach na doskonalenie, wspomaganiu szkół, sieciach ani HDR w tym "
                 "roku szkolnym.")  # fmt: skip


def _conclusions(doc: Document, report: ReportData) -> None:
    if not next((t.narrative for t in report.sections if t.key == "conclusions"), ""):
        doc.note("Nie wpisano wniosków.")


@document(DOCUMENT_ID, TITLE, "portrait",
          "Informacja dla rady o stanie realizacji zadań oświatowych w roku szkolnym (art. 11 ust. 7 Prawa "
          "oświatowego): sieć szkół, uczniowie, nauczyciele, wyniki egzaminów z porównaniem, nadzór, dowóz, finanse, "
          "doskonalenie nauczycieli i wnioski.")  # fmt: skip
def build(db, jst_id: int, out_path: str | Path, school_year: str | None = None, **options: object) -> Path:
    """Write the report for ``school_year`` ("2024/2025"; the latest with data when not given) to ``out_path``."""
    from wsparcie_desktop.errors import DomainError
    from wsparcie_desktop.reports.loaders import default_signatures, load_jst
    from wsparcie_desktop.services import education_data, education_report

    info = load_jst(db, jst_id)
    year = school_year or education_data.latest_school_year(db, jst_id)
    if year is None:
        raise DomainError("Ten samorząd nie ma jeszcze danych do informacji oświatowej — wpisz je w sekcji "
                          "„Informacja oświatowa” albo podaj rok szkolny.")  # fmt: skip
    report = education_report.report_data(db, jst_id, year)
    opts = print_options(info.city, default_signatures(info), **options)
    return render(report, opts, info.kind, info.coat_of_arms).write(out_path)
