"""Procesowe wspomaganie of the JST's schools: who carries it out, for how long, its course and its four steps.

A support lasts at least 7 months (``check_period``); the best start is June–September, so that it fits the school
year: that is a hint (``start_hint``), not a rule. The four steps of the model are created with the support. The
annual support plan (RPW) and its approval are in :mod:`wsparcie_desktop.services.rpw`. The JST declares how many
of its schools it covers in a process (``set_declared_schools``); ``overview`` sets the register against it.
What the diagnosis drew on (the external and internal evaluation, the exam results) is typed text.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import (
    STEP_STATES,
    SUPPORT_STATUSES,
    AdvisoryProcess,
    FundAllocation,
    FundYear,
    ProcessSupport,
    RpwItem,
    School,
    SupportProvider,
    SupportStep,
)
from wsparcie_desktop.db.versioning import check_version
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_date_short, format_money, plural_form
from wsparcie_desktop.services.fund_money import parse_amount
from wsparcie_desktop.services.schools import SUPPORT_STATUS_LABELS, polish_sort_key
from wsparcie_desktop.validation import clean

MIN_MONTHS = 7
BEST_START_MONTHS = (6, 7, 8, 9)
OTHER_PROVIDER = "OTHER"
STEP_TITLES = (
    "Pomoc w diagnozowaniu potrzeb szkoły",
    "Ustalenie sposobów działania prowadzących do zaspokojenia potrzeb",
    "Zaplanowanie form wspomagania i ich realizacja",
    "Wspólna ocena efektów i opracowanie wniosków z realizacji działań",
)
STEP_STATE_LABELS = {"planned": "zaplanowany", "in_progress": "w trakcie", "done": "zakończony"}
assert set(STEP_STATE_LABELS) == set(STEP_STATES) and set(SUPPORT_STATUS_LABELS) == set(SUPPORT_STATUSES)
NOT_COVERED = "bez wspomagania"


def months_after(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later; the month's last day when it is shorter (31 August + 1 → 30 September)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def earliest_end(starts_on: dt.date) -> dt.date:
    """The first end date that makes 7 months, counting the last day: from 1.09.2026 it is 31.03.2027."""
    return months_after(starts_on, MIN_MONTHS) - dt.timedelta(days=1)


def check_period(starts_on: dt.date | None, ends_on: dt.date | None) -> None:
    """Both dates, and at least 7 months between them (the end day counted); DomainError at the field."""
    if starts_on is None:
        raise DomainError("Podaj datę rozpoczęcia wspomagania.", "starts_on")
    if ends_on is None:
        raise DomainError("Podaj datę zakończenia wspomagania.", "ends_on")
    if not 2000 <= starts_on.year <= 2100 or not 2000 <= ends_on.year <= 2100:
        raise DomainError("Rok musi być z przedziału 2000–2100 — sprawdź daty.", "starts_on")
    if ends_on < earliest_end(starts_on):
        raise DomainError(
            f"Procesowe wspomaganie trwa co najmniej {MIN_MONTHS} miesięcy: rozpoczęte "
            f"{format_date_short(starts_on)} może się zakończyć najwcześniej {format_date_short(earliest_end(starts_on))} "
            f"(wpisano {format_date_short(ends_on)}).", "ends_on")  # fmt: skip


def start_hint(starts_on: dt.date | None) -> str:
    """A hint (not a rule) when the support does not start in June–September; empty when it does."""
    if starts_on is None or starts_on.month in BEST_START_MONTHS:
        return ""
    return ("Najlepiej rozpocząć wspomaganie między czerwcem a wrześniem (wstępna rozmowa z dyrektorem), tak by objęło "
            "cały rok szkolny i zgrało się z planem nadzoru pedagogicznego dyrektora.")  # fmt: skip


def months_left(ends_on: dt.date, today: dt.date | None = None) -> int:
    """Whole months from ``today`` to the end (0 once it has ended)."""
    today = today or dt.date.today()
    if ends_on < today:
        return 0
    months = (ends_on.year - today.year) * 12 + ends_on.month - today.month
    if ends_on.day < today.day:
        months -= 1
    return max(months, 0)


@dataclass(frozen=True)
class ProviderOption:
    code: str
    name: str


@dataclass
class StepData:
    number: int
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    state: str = "planned"
    notes: str = ""
    id: int | None = None
    version: int | None = None

    @property
    def title(self) -> str:
        return STEP_TITLES[self.number - 1]

    @property
    def state_label(self) -> str:
        return STEP_STATE_LABELS.get(self.state, self.state)


@dataclass
class SupportData:
    school_id: int | None = None
    provider_code: str = "ODN"
    provider_name: str = ""
    area: str = ""
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    status: str = "planned"
    cost: Decimal | str = Decimal("0.00")
    process_id: int | None = None
    # the course before the steps
    initial_talk_on: dt.date | None = None
    initial_talk_notes: str = ""
    initial_diagnosis: str = ""
    diagnosis: str = ""  # the deep diagnosis: causes, strengths and weaknesses
    source_external_evaluation: str = ""
    source_internal_evaluation: str = ""
    source_exams: str = ""
    # the RPW's description (its schedule and approval: services.rpw)
    rpw_diagnosis: str = ""
    rpw_goals: str = ""
    rpw_indicators: str = ""
    # the evaluation and its report
    evaluation_workshop: str = ""
    evaluation_documents: str = ""
    evaluation_survey: str = ""
    conclusions: str = ""
    recommendations: str = ""
    report_on: dt.date | None = None
    id: int | None = None
    jst_id: int | None = None
    version: int | None = None
    # read only
    school_name: str = ""
    provider_label: str = ""
    rpw_approved_by: str = ""
    rpw_approved_on: dt.date | None = None
    steps: list[StepData] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return SUPPORT_STATUS_LABELS.get(self.status, self.status)

    @property
    def period(self) -> str:
        return f"{format_date_short(self.starts_on)}–{format_date_short(self.ends_on)}"

    @property
    def has_report(self) -> bool:
        return bool(self.conclusions.strip() or self.recommendations.strip())


TEXT_FIELDS = (
    "provider_name", "area", "initial_talk_notes", "initial_diagnosis", "diagnosis", "source_external_evaluation",
    "source_internal_evaluation", "source_exams", "rpw_diagnosis", "rpw_goals", "rpw_indicators",
    "evaluation_workshop", "evaluation_documents", "evaluation_survey", "conclusions", "recommendations",
)  # fmt: skip


@dataclass
class Saved:
    """The support stored, hints the user should read (saving went through anyway), and the change."""

    id: int
    warnings: list[str] = field(default_factory=list)
    changes: tuple[Change, ...] = ()


def providers(db: Database) -> list[ProviderOption]:
    with db.transaction() as s:
        return [
            ProviderOption(p.code, p.name)
            for p in s.scalars(select(SupportProvider).order_by(SupportProvider.position))
        ]


def provider_label(code: str, name: str, names: dict[str, str]) -> str:
    """'Poradnia Psychologiczno-Pedagogiczna w Węgrowie (PPP)', or the provider kind alone when no name is given."""
    name = " ".join((name or "").split())
    if not name:
        return names.get(code, code)
    if code == OTHER_PROVIDER or code.lower() in name.lower():
        return name
    return f"{name} ({code})"


def _provider_names(s: Session) -> dict[str, str]:
    return {p.code: p.name for p in s.scalars(select(SupportProvider))}


def _steps(s: Session, support_id: int) -> list[StepData]:
    rows = s.scalars(select(SupportStep).where(SupportStep.support_id == support_id).order_by(SupportStep.number))
    return [StepData(r.number, r.starts_on, r.ends_on, r.state, r.notes, r.id, r.version) for r in rows]


def _to_data(s: Session, row: ProcessSupport, names: dict[str, str], with_steps: bool = True) -> SupportData:
    school = s.get(School, row.school_id)
    data = SupportData(
        school_id=row.school_id, provider_code=row.provider_code, provider_name=row.provider_name, area=row.area,
        starts_on=row.starts_on, ends_on=row.ends_on, status=row.status, cost=Decimal(row.cost).quantize(Decimal("0.01")),
        process_id=row.process_id, initial_talk_on=row.initial_talk_on, report_on=row.report_on, id=row.id,
        jst_id=row.jst_id, version=row.version, school_name=school.name if school else "",
        provider_label=provider_label(row.provider_code, row.provider_name, names),
        rpw_approved_by=row.rpw_approved_by, rpw_approved_on=row.rpw_approved_on,
    )  # fmt: skip
    for name in TEXT_FIELDS:
        setattr(data, name, getattr(row, name))
    if with_steps:
        data.steps = _steps(s, row.id)
    return data


_SUPPORT = ProcessSupport.__table__
_STEP = SupportStep.__table__
_SUPPORT_FIELDS = ("school_id", "provider_code", "provider_name", "area", "starts_on", "ends_on", "status", "cost",
                   "process_id", "initial_talk_on", "report_on", "id", "jst_id", "version", "rpw_approved_by",
                   "rpw_approved_on", *TEXT_FIELDS)  # fmt: skip
_CENT = Decimal("0.01")


def _supports_of(s: Session, jst_id: int) -> list[SupportData]:
    """The JST's supports with their schools' names and their steps, read as plain rows in two queries (the ORM
    read of 200 supports, a school and four steps each, took a second)."""
    names = _provider_names(s)
    connection = s.connection()  # plain rows, without the ORM's handling of each
    columns = [_SUPPORT.c[name] for name in _SUPPORT_FIELDS]
    query = (select(*columns, School.__table__.c.name)
             .outerjoin(School.__table__, School.__table__.c.id == _SUPPORT.c.school_id)
             .where(_SUPPORT.c.jst_id == jst_id))  # fmt: skip
    steps: dict[int, list[StepData]] = {}
    step_query = (select(_STEP.c.support_id, _STEP.c.number, _STEP.c.starts_on, _STEP.c.ends_on, _STEP.c.state,
                         _STEP.c.notes, _STEP.c.id, _STEP.c.version)
                  .join(_SUPPORT, _SUPPORT.c.id == _STEP.c.support_id).where(_SUPPORT.c.jst_id == jst_id)
                  .order_by(_STEP.c.support_id, _STEP.c.number))  # fmt: skip
    for support_id, *step in connection.execute(step_query):
        steps.setdefault(support_id, []).append(StepData(*step))
    rows = []
    for *values, school_name in connection.execute(query):
        fields = dict(zip(_SUPPORT_FIELDS, values))
        fields["cost"] = Decimal(fields["cost"]).quantize(_CENT)
        rows.append(SupportData(**fields, school_name=school_name or "",
                                provider_label=provider_label(fields["provider_code"], fields["provider_name"], names),
                                steps=steps.get(fields["id"], [])))  # fmt: skip
    return rows


def list_supports(db: Database, jst_id: int) -> list[SupportData]:
    """Every support of the JST, by school name, then the newest first."""
    with db.transaction() as s:
        rows = _supports_of(s, jst_id)
    rows.sort(key=lambda d: (polish_sort_key(d.school_name), -d.starts_on.toordinal()))
    return rows


def get_support(db: Database, support_id: int) -> SupportData:
    with db.transaction() as s:
        row = s.get(ProcessSupport, support_id)
        if row is None:
            raise DomainError("To wspomaganie nie istnieje — mogło zostać usunięte.")
        return _to_data(s, row, _provider_names(s))


def _clean(s: Session, jst_id: int, data: SupportData) -> dict:
    school = s.get(School, data.school_id) if data.school_id is not None else None
    if school is None or school.jst_id != jst_id:
        raise DomainError("Wybierz szkołę lub placówkę z rejestru samorządu.", "school_id")
    if s.get(SupportProvider, data.provider_code or "") is None:
        raise DomainError("Wybierz realizatora wspomagania (ODN, PPP, BP albo inny).", "provider_code")
    provider_name = clean(data.provider_name)
    if data.provider_code == OTHER_PROVIDER and not provider_name:
        raise DomainError("Podaj nazwę realizatora (trenera, eksperta lub instytucji).", "provider_name")
    if data.status not in SUPPORT_STATUSES:
        raise DomainError("Wybierz etap wspomagania.", "status")
    check_period(data.starts_on, data.ends_on)
    if data.initial_talk_on is not None and data.initial_talk_on > data.ends_on:
        raise DomainError("Wstępna rozmowa z dyrektorem odbywa się przed zakończeniem wspomagania.", "initial_talk_on")
    if data.report_on is not None and data.report_on < data.starts_on:
        raise DomainError("Raport z ewaluacji nie może mieć daty sprzed rozpoczęcia wspomagania.", "report_on")
    if data.process_id is not None:
        process = s.get(AdvisoryProcess, data.process_id)
        if process is None or process.jst_id != jst_id:
            raise DomainError("Ten proces doradczy nie istnieje — mógł zostać usunięty.")
    values = {name: clean(getattr(data, name)) for name in TEXT_FIELDS}
    values["provider_name"] = provider_name
    values.update(
        school_id=school.id, provider_code=data.provider_code, starts_on=data.starts_on, ends_on=data.ends_on,
        status=data.status, cost=parse_amount(data.cost, "cost", "Koszt wspomagania"), process_id=data.process_id,
        initial_talk_on=data.initial_talk_on, report_on=data.report_on,
    )  # fmt: skip
    return values


def _items_outside(s: Session, support_id: int, starts_on: dt.date, ends_on: dt.date) -> list[RpwItem]:
    return list(s.scalars(select(RpwItem).where(
        RpwItem.support_id == support_id, (RpwItem.starts_on < starts_on) | (RpwItem.ends_on > ends_on),
    ).order_by(RpwItem.position, RpwItem.id)))  # fmt: skip


def save_support(db: Database, jst_id: int, data: SupportData) -> Saved:
    """Start (id None) or change a support; a new one gets the four steps of the model, not started yet.

    New dates must keep every RPW activity inside them, and every step too (DomainError at the date otherwise).
    """
    with db.transaction() as s:
        values = _clean(s, jst_id, data)
        if data.id is None:
            row = ProcessSupport(jst_id=jst_id, **values)
            s.add(row)
            s.flush()
            for number in range(1, 5):
                s.add(SupportStep(support_id=row.id, number=number))
        else:
            row = s.get(ProcessSupport, data.id)
            if row is None or row.jst_id != jst_id:
                raise DomainError("To wspomaganie nie istnieje — mogło zostać usunięte.")
            check_version(row, data.version)
            outside = _items_outside(s, row.id, values["starts_on"], values["ends_on"])
            if outside:
                raise DomainError(
                    f"Działanie RPW „{outside[0].activity}” ({format_date_short(outside[0].starts_on)}–"
                    f"{format_date_short(outside[0].ends_on)}) wypadłoby poza okres wspomagania — najpierw przesuń "
                    "działania planu.", "starts_on")  # fmt: skip
            for step in s.scalars(select(SupportStep).where(SupportStep.support_id == row.id)):
                if (step.starts_on and step.starts_on < values["starts_on"]) or (
                        step.ends_on and step.ends_on > values["ends_on"]):  # fmt: skip
                    raise DomainError(f"Krok {step.number} wypadłby poza okres wspomagania — najpierw zmień jego "
                                      "daty.", "starts_on")  # fmt: skip
            for key, value in values.items():
                setattr(row, key, value)
        s.flush()
        hint = start_hint(values["starts_on"])
        return Saved(row.id, [hint] if hint else [], (Change(Kind.SUPPORT, jst_id, row.process_id, (row.id,)),))


def save_step(db: Database, support_id: int, data: StepData) -> Change:
    """A step's dates, state and notes; its dates lie inside the support's."""
    if data.state not in STEP_STATES:
        raise DomainError("Wybierz stan kroku.", "state")
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        raise DomainError("Koniec kroku nie może być wcześniej niż jego początek.", "ends_on")
    with db.transaction() as s:
        support = s.get(ProcessSupport, support_id)
        step = s.scalar(select(SupportStep).where(SupportStep.support_id == support_id,
                                                  SupportStep.number == data.number))  # fmt: skip
        if support is None or step is None:
            raise DomainError("To wspomaganie nie istnieje — mogło zostać usunięte.")
        for name, day in (("starts_on", data.starts_on), ("ends_on", data.ends_on)):
            if day is not None and not support.starts_on <= day <= support.ends_on:
                raise DomainError(f"Kroki odbywają się w okresie wspomagania ({format_date_short(support.starts_on)}–"
                                  f"{format_date_short(support.ends_on)}).", name)  # fmt: skip
        check_version(step, data.version)
        step.starts_on, step.ends_on, step.state, step.notes = (
            data.starts_on,
            data.ends_on,
            data.state,
            clean(data.notes),
        )
        s.flush()
        return Change(Kind.SUPPORT, support.jst_id, support.process_id, (support.id,))


def support_dependants(db: Database, support_id: int) -> list[str]:
    """What goes with the support, in words (its RPW) and what loses its link (the fund's allocations)."""
    with db.transaction() as s:
        found = []
        items = s.scalar(select(func.count()).where(RpwItem.support_id == support_id)) or 0
        if items:
            found.append(
                f"{items} {plural_form(items, 'działanie', 'działania', 'działań')} rocznego planu wspomagania"
            )
        for year, amount in s.execute(select(FundYear.year, FundAllocation.amount).join(FundYear)
                                      .where(FundAllocation.support_id == support_id)):  # fmt: skip
            found.append(f"przydział z funduszu doskonalenia na {year} r. ({format_money(amount)}) — zostanie, "
                         "bez powiązania ze wspomaganiem")  # fmt: skip
        return found


def delete_support(db: Database, support_id: int) -> Change:
    with db.transaction() as s:
        row = s.get(ProcessSupport, support_id)
        if row is None:
            return Change(Kind.SUPPORT, None, ids=(support_id,), deleted=True)
        jst_id, process_id = row.jst_id, row.process_id
        s.delete(row)
    return Change(Kind.SUPPORT, jst_id, process_id, (support_id,), deleted=True)


def set_declared_schools(db: Database, process_id: int, count: int | None) -> Change:
    """How many of its schools the JST declares to cover with support in this process (None: not declared)."""
    if count is not None and (count < 0 or count > 10000):
        raise DomainError("Liczba szkół musi być liczbą od 0 wzwyż.", "declared")
    with db.transaction() as s:
        process = s.get(AdvisoryProcess, process_id)
        if process is None:
            raise DomainError("Ten proces doradczy nie istnieje — mógł zostać usunięty.")
        process.declared_support_schools = count
        s.flush()
        return Change(Kind.SUPPORT, process.jst_id, process_id, (process_id,))


@dataclass
class OverviewRow:
    """A support, or a school of the register without one (``support`` None)."""

    school_id: int
    school_name: str
    support: SupportData | None = None

    @property
    def state(self) -> str:
        return self.support.status_label if self.support else NOT_COVERED


@dataclass
class Overview:
    rows: list[OverviewRow]
    declared: int | None
    covered: int  # schools with a support in the process (any support when there is no process)
    schools: int

    def text(self) -> str:
        """'Objęte wspomaganiem: 2 z 4 zadeklarowanych szkół (w rejestrze 6).'"""
        if self.declared is None:
            return (f"Objęte wspomaganiem: {self.covered} {plural_form(self.covered, 'szkoła', 'szkoły', 'szkół')} "
                    f"z {self.schools} w rejestrze; nie zadeklarowano liczby szkół.")  # fmt: skip
        text = f"Objęte wspomaganiem: {self.covered} z {self.declared} zadeklarowanych (w rejestrze {self.schools})."
        if self.covered < self.declared:
            missing = self.declared - self.covered
            text += f" Brakuje jeszcze {missing} {plural_form(missing, 'szkoły', 'szkół', 'szkół')}."
        return text


def covered_schools(s: Session, jst_id: int, process_id: int | None) -> set[int]:
    query = select(ProcessSupport.school_id).where(ProcessSupport.jst_id == jst_id)
    if process_id is not None:
        query = query.where(ProcessSupport.process_id == process_id)
    return set(s.scalars(query))


def overview(db: Database, jst_id: int, process_id: int | None = None) -> Overview:
    """Every support of the JST and every school of the register that has none, with the declared number."""
    with db.transaction() as s:
        supports = _supports_of(s, jst_id)
        schools = s.connection().execute(select(School.id, School.name).where(School.jst_id == jst_id)).all()
        process = s.get(AdvisoryProcess, process_id) if process_id is not None else None
        covered = covered_schools(s, jst_id, process_id)
    with_support = {d.school_id for d in supports}
    rows = [OverviewRow(d.school_id, d.school_name, d) for d in supports]
    rows += [OverviewRow(i, name) for i, name in schools if i not in with_support]
    rows.sort(key=lambda r: (polish_sort_key(r.school_name), -(r.support.starts_on.toordinal() if r.support else 0)))
    return Overview(rows, process.declared_support_schools if process else None, len(covered), len(schools))


@dataclass(frozen=True)
class SupportSummary:
    """For the annual report and the dashboard: the supports running in a period, by state and provider."""

    supports: tuple[SupportData, ...]
    declared: int | None
    covered: int
    finished: int
    with_report: int
    cost: Decimal


def support_summary(db: Database, jst_id: int, start: dt.date | None = None, end: dt.date | None = None,
                    process_id: int | None = None) -> SupportSummary:  # fmt: skip
    """The supports overlapping ``start``–``end`` (all without them); ``covered`` and ``declared`` of the process."""
    rows = [d for d in list_supports(db, jst_id)
            if (start is None or d.ends_on >= start) and (end is None or d.starts_on <= end)]  # fmt: skip
    with db.transaction() as s:
        process = s.get(AdvisoryProcess, process_id) if process_id is not None else None
        covered = (
            len(covered_schools(s, jst_id, process_id)) if process_id is not None else len({d.school_id for d in rows})
        )
    return SupportSummary(
        tuple(rows), process.declared_support_schools if process else None, covered,
        sum(1 for d in rows if d.status == "finished"), sum(1 for d in rows if d.has_report),
        sum((Decimal(d.cost) for d in rows), Decimal("0.00")),
    )  # fmt: skip
