"""The annual "Informacja o stanie realizacji zadań oświatowych" (art. 11 ust. 7 Prawa oświatowego): its sections,
their narratives kept per school year, and everything the document prints, gathered from the program's data.

The wójt (burmistrz, prezydent, starosta) presents it to the council by 31 October for the school year that ended.
The exam results and the supervision results are required by the act, so those two sections cannot be left out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import (
    AdvisoryProcess,
    Hdr,
    HdrActivity,
    Jst,
    ReportSection,
    School,
    SchoolYearStats,
)
from wsparcie_desktop.db.versioning import check_version
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import education_data, exam_results
from wsparcie_desktop.services.education_data import (
    JstYearData,
    SchoolYearRow,
    SupervisionData,
    check_school_year,
    first_year,
    previous_school_year,
)

LEGAL_BASIS = ("art. 11 ust. 7 ustawy z dnia 14 grudnia 2016 r. – Prawo oświatowe (t.j. Dz.U. z 2024 r. poz. 737 "
               "z późn. zm.)")  # fmt: skip
SECTIONS: tuple[tuple[str, str], ...] = (
    ("network", "Sieć szkół i placówek"),
    ("pupils", "Uczniowie"),
    ("teachers", "Nauczyciele według stopni awansu zawodowego"),
    ("exams", "Wyniki egzaminów zewnętrznych"),
    ("supervision", "Wyniki nadzoru pedagogicznego"),
    ("transport", "Dowóz uczniów"),
    ("finances", "Finansowanie zadań oświatowych"),
    ("development", "Doskonalenie zawodowe nauczycieli i wspomaganie szkół"),
    ("conclusions", "Wnioski"),
)
SECTION_TITLES = dict(SECTIONS)
REQUIRED_SECTIONS = ("exams", "supervision")  # art. 11 ust. 7: the act names them
MAX_NARRATIVE = 20_000
YEARS_OF_PUPILS = 5


def deadline(school_year: str) -> dt.date:
    """31 October after the school year ends."""
    return dt.date(first_year(check_school_year(school_year)) + 1, 10, 31)


@dataclass
class SectionText:
    key: str
    title: str
    narrative: str = ""
    included: bool = True
    version: int | None = None

    @property
    def required(self) -> bool:
        return self.key in REQUIRED_SECTIONS


def sections(db: Database, jst_id: int, school_year: str) -> list[SectionText]:
    school_year = check_school_year(school_year)
    with db.transaction() as s:
        stored = {r.section: r for r in s.scalars(select(ReportSection).where(
            ReportSection.jst_id == jst_id, ReportSection.school_year == school_year))}  # fmt: skip
        found = []
        for key, title in SECTIONS:
            row = stored.get(key)
            found.append(SectionText(key, title, row.narrative, row.included, row.version) if row
                         else SectionText(key, title))  # fmt: skip
        return found


def save_section(db: Database, jst_id: int, school_year: str, key: str, narrative: str, included: bool = True,
                 version: int | None = None) -> Change:  # fmt: skip
    return save_sections(db, jst_id, school_year, [SectionText(key, SECTION_TITLES.get(key, ""), narrative, included,
                                                               version)])  # fmt: skip


def save_sections(db: Database, jst_id: int, school_year: str, texts: list[SectionText]) -> Change:
    """Store the narratives and choices of several sections in one transaction."""
    school_year = check_school_year(school_year)
    checked = []
    for t in texts:
        if t.key not in SECTION_TITLES:
            raise DomainError("Nie ma takiej części informacji.", "section")
        if not t.included and t.key in REQUIRED_SECTIONS:
            raise DomainError(f"Części „{SECTION_TITLES[t.key]}” nie można pominąć: ustawa (art. 11 ust. 7 Prawa "
                              "oświatowego) wymaga jej w informacji.", "included")  # fmt: skip
        text = (t.narrative or "").strip()
        if len(text) > MAX_NARRATIVE:
            raise DomainError(f"Tekst części „{SECTION_TITLES[t.key]}” może mieć najwyżej {MAX_NARRATIVE} znaków.",
                              "narrative")  # fmt: skip
        checked.append((t, text))
    ids = []
    with db.transaction() as s:
        if s.get(Jst, jst_id) is None:
            raise DomainError("Ten samorząd nie istnieje — mógł zostać usunięty w innym oknie.")
        for t, text in checked:
            row = s.scalar(select(ReportSection).where(ReportSection.jst_id == jst_id,
                                                       ReportSection.school_year == school_year,
                                                       ReportSection.section == t.key))  # fmt: skip
            if row is None:
                row = ReportSection(jst_id=jst_id, school_year=school_year, section=t.key)
                s.add(row)
            else:
                check_version(row, t.version)
            if (row.narrative, row.included) != (text, bool(t.included)):
                row.narrative, row.included = text, bool(t.included)
            s.flush()
            ids.append(row.id)
    return Change(Kind.EDUCATION_DATA, jst_id, ids=tuple(ids))


def copy_previous_narratives(db: Database, jst_id: int, school_year: str) -> Change:
    """Start this year's narratives from the previous year's: only the sections still empty are filled."""
    school_year = check_school_year(school_year)
    previous = previous_school_year(school_year)
    ids = []
    with db.transaction() as s:
        rows = {(r.school_year, r.section): r for r in s.scalars(select(ReportSection).where(
            ReportSection.jst_id == jst_id, ReportSection.school_year.in_((school_year, previous))))}  # fmt: skip
        sources = [r for (year, _), r in rows.items() if year == previous and r.narrative]
        if not sources:
            raise DomainError(f"W roku szkolnym {previous} nie napisano jeszcze żadnej części informacji — nie ma "
                              "czego skopiować.")  # fmt: skip
        for source in sources:
            row = rows.get((school_year, source.section))
            if row is None:
                row = ReportSection(jst_id=jst_id, school_year=school_year, section=source.section,
                                    included=source.included)  # fmt: skip
                s.add(row)
            elif row.narrative:
                continue
            row.narrative = source.narrative
            s.flush()
            ids.append(row.id)
    return Change(Kind.EDUCATION_DATA, jst_id, ids=tuple(ids))


# ---------------------------------------------------------------- what the document prints


@dataclass(frozen=True)
class PupilsYear:
    school_year: str
    pupils: int | None
    classes: int | None
    special_needs: int | None


@dataclass(frozen=True)
class DevelopmentData:
    """Teachers' development and support, from the sections that hold it: the fund (services.fund), process support
    (services.school_support), networks (services.networks) and the HDR's schedule."""

    fund_year: int | None = None  # the budget year whose fund plan is shown; None: no plan
    fund: Decimal | None = None
    fund_allocated: Decimal | None = None
    fund_left: Decimal | None = None
    fund_lines: tuple[tuple[str, Decimal], ...] = ()  # by category
    supports: tuple[tuple[str, str, dt.date, dt.date, str], ...] = ()  # school, provider, from, to, status
    networks: tuple[tuple[str, str, int, str], ...] = ()  # name, provider, members, meetings held against planned
    hdr_name: str = ""
    hdr_activities: int = 0
    hdr_finished: int = 0  # ended within the school year
    hdr_running: int = 0  # under way at some time in the school year
    hdr_later: int = 0
    hdr_cost: Decimal = Decimal(0)
    hdr_realisation: str = ""  # services.hdr_progress: the activities' statuses as of the school year's end
    hdr_spent: Decimal | None = None


@dataclass
class ReportData:
    jst_id: int
    jst_name: str
    school_year: str
    deadline: dt.date
    sections: list[SectionText]
    schools: list[SchoolYearRow]
    previous: list[SchoolYearRow]
    pupils_years: list[PupilsYear]
    jst_year: JstYearData
    supervision: list[SupervisionData]
    exams: dict[str, list[exam_results.ResultData]] = field(default_factory=dict)  # e8 / em of the year
    comparisons: dict[str, list[exam_results.ComparisonData]] = field(default_factory=dict)
    development: DevelopmentData = field(default_factory=DevelopmentData)

    @property
    def exam_year(self) -> int:
        return first_year(self.school_year) + 1


def _sum(values) -> int | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def pupils_over_years(db: Database, jst_id: int, school_year: str, years: int = YEARS_OF_PUPILS) -> list[PupilsYear]:
    """The JST's totals for the school year and the ones before it that have figures, oldest first."""
    start = first_year(school_year)
    wanted = [f"{y}/{y + 1}" for y in range(start - years + 1, start + 1)]
    with db.transaction() as s:
        rows = s.execute(
            select(SchoolYearStats.school_year, func.sum(SchoolYearStats.pupils), func.sum(SchoolYearStats.classes),
                   func.sum(SchoolYearStats.special_needs), func.count(SchoolYearStats.pupils),
                   func.count(SchoolYearStats.classes), func.count(SchoolYearStats.special_needs))
            .join(School, School.id == SchoolYearStats.school_id)
            .where(School.jst_id == jst_id, SchoolYearStats.school_year.in_(wanted))
            .group_by(SchoolYearStats.school_year)
        ).all()  # fmt: skip
    by_year = {r[0]: r for r in rows}
    return [PupilsYear(y, *(int(by_year[y][i]) if by_year[y][i + 3] else None for i in (1, 2, 3)))
            for y in wanted if y in by_year]  # fmt: skip


def development(db: Database, jst_id: int, school_year: str) -> DevelopmentData:
    """What the JST's other sections hold for the school year; empty parts are left empty, never invented."""
    from wsparcie_desktop.services import fund, networks, school_support

    start = first_year(school_year)
    year_from, year_to = dt.date(start, 9, 1), dt.date(start + 1, 8, 31)
    summary = next((f for f in (fund.fund_summary(db, jst_id, y) for y in (start + 1, start)) if f.planned), None)
    supports = tuple(
        (p.school_name, p.provider_label, p.starts_on, p.ends_on, p.status_label)
        for p in sorted(school_support.list_supports(db, jst_id), key=lambda p: p.starts_on)
        if p.starts_on <= year_to and p.ends_on >= year_from
    )  # fmt: skip
    nets = tuple((n.network.name, n.network.provider_label, n.network.members, n.text())
                 for n in networks.networks_summary(db, jst_id, school_year))  # fmt: skip
    with db.transaction() as s:
        hdr_row = s.execute(
            select(Hdr, AdvisoryProcess.name).join(AdvisoryProcess, AdvisoryProcess.id == Hdr.process_id)
            .where(AdvisoryProcess.jst_id == jst_id).order_by(AdvisoryProcess.started_on.desc())
        ).first()  # fmt: skip
        activities = []
        if hdr_row is not None:
            activities = list(s.scalars(select(HdrActivity).where(HdrActivity.hdr_id == hdr_row[0].id)))
        process_id = hdr_row[0].process_id if hdr_row is not None else None
    realisation = None
    if process_id is not None:
        from wsparcie_desktop.services import hdr_progress

        realisation = hdr_progress.find_realisation(db, process_id, min(dt.date.today(), year_to))
    return DevelopmentData(
            fund_year=summary.year if summary else None, fund=summary.fund if summary else None,
            fund_allocated=summary.allocated if summary else None, fund_left=summary.left if summary else None,
            fund_lines=summary.by_category if summary else (), supports=supports, networks=nets,
            hdr_name=hdr_row[1] if hdr_row else "", hdr_activities=len(activities),
            hdr_finished=sum(1 for a in activities if year_from <= a.ends_on <= year_to),
            hdr_running=sum(1 for a in activities if a.starts_on <= year_to and a.ends_on >= year_from),
            hdr_later=sum(1 for a in activities if a.starts_on > year_to),
            hdr_cost=sum((a.cost for a in activities), Decimal(0)),
            hdr_realisation=realisation.summary if realisation else "",
            hdr_spent=sum((r.spent for r in realisation.rows), Decimal(0)) if realisation else None,
        )  # fmt: skip


def report_data(db: Database, jst_id: int, school_year: str) -> ReportData:
    school_year = check_school_year(school_year)
    with db.transaction() as s:
        jst = s.get(Jst, jst_id)
        if jst is None:
            raise DomainError("Ten samorząd nie istnieje — mógł zostać usunięty w innym oknie.")
        name = jst.name
    exam_year = first_year(school_year) + 1
    data = ReportData(
        jst_id, name, school_year, deadline(school_year), sections(db, jst_id, school_year),
        education_data.school_year_rows(db, jst_id, school_year),
        education_data.school_year_rows(db, jst_id, previous_school_year(school_year)),
        pupils_over_years(db, jst_id, school_year), education_data.jst_year(db, jst_id, school_year),
        education_data.list_supervision(db, jst_id, school_year),
    )  # fmt: skip
    for exam in ("e8", "em"):
        results = exam_results.list_results(db, jst_id, exam, exam_year)
        if results:
            data.exams[exam] = results
            data.comparisons[exam] = exam_results.list_comparisons(db, jst_id, exam, exam_year)
    data.development = development(db, jst_id, school_year)
    return data


@dataclass(frozen=True)
class ReportStatus:
    """For the dashboard: the report due by 31 October, from 1 September on."""

    school_year: str
    deadline: dt.date
    days_left: int
    written: int
    sections: int


def report_status(db: Database, jst_id: int, today: dt.date | None = None) -> ReportStatus | None:
    """None outside September and October, when no report is due."""
    today = today or dt.date.today()
    if today.month not in (9, 10):
        return None
    school_year = education_data.report_school_year(today)
    texts = sections(db, jst_id, school_year)
    written = sum(1 for t in texts if t.narrative or not t.included)
    due = deadline(school_year)
    return ReportStatus(school_year, due, (due - today).days, written, len(texts))
