"""The HDR (harmonogram działań rozwojowych) of a process: its period, ORE form and activities.

Each function is one transaction. Dates are inclusive (see :mod:`hdr_dates`). A finish-to-start dependency
is optional; when an activity has one, it must start after its predecessor's last day, and dates that would
break that (for this activity or for those depending on it) are refused with a Polish message.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import (
    ACTIVITY_FORMS,
    FINANCING_SOURCES,
    PARTNER_KINDS,
    ActivityGoal,
    ActivityIndicator,
    ActivityPartner,
    AdvisoryProcess,
    Area,
    DevelopmentGap,
    DevelopmentGoal,
    Hdr,
    HdrActivity,
    HdrBaselineActivity,
    Indicator,
    OreReportForm,
    Person,
    School,
    TeamRole,
)
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_date_short
from wsparcie_desktop.services.hdr_dates import ONE_DAY, inclusive_days, shift_dates
from wsparcie_desktop.validation import clean, require

FORM_LABELS = {
    "szkolenie": "szkolenie",
    "warsztat": "warsztat",
    "doradztwo": "doradztwo",
    "wizyta_studyjna": "wizyta studyjna",
    "siec_wspolpracy": "sieć współpracy",
    "superwizja": "superwizja",
    "konsultacje": "konsultacje",
    "zmiana_procedury": "zmiana procedury lub dokumentu",
    "inna": "inna forma",
}
FINANCING_LABELS = {
    "budzet_jst": "budżet JST",
    "fundusz_doskonalenia": "fundusz doskonalenia zawodowego nauczycieli",
    "fundusze_ue": "fundusze UE (projekt)",
    "bez_kosztow": "bez kosztów",
    "inne": "inne źródło",
}
PARTNER_KIND_LABELS = {
    "school": "szkoła lub przedszkole",
    "odn": "placówka doskonalenia nauczycieli (ODN)",
    "ppp": "poradnia psychologiczno-pedagogiczna (PPP)",
    "bp": "biblioteka pedagogiczna (BP)",
    "kuratorium": "kuratorium oświaty",
    "ngo": "organizacja pozarządowa",
    "other": "inny partner",
}
assert set(FORM_LABELS) == set(ACTIVITY_FORMS) and set(FINANCING_LABELS) == set(FINANCING_SOURCES)
assert set(PARTNER_KIND_LABELS) == set(PARTNER_KINDS)

MAX_COST = Decimal("999999999999.99")
COPY_SUFFIX = " (kopia)"


@dataclass
class PartnerData:
    kind: str = "other"
    school_id: int | None = None
    name: str = ""

    def label(self, schools: dict[int, str] | None = None) -> str:
        if self.school_id is not None and schools is not None and self.school_id in schools:
            return schools[self.school_id]
        return self.name or PARTNER_KIND_LABELS.get(self.kind, self.kind)


@dataclass
class ActivityData:
    """An activity as the screens and documents see it; ``id`` None for a new one."""

    name: str = ""
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    form: str = "inna"
    description: str = ""
    responsible_id: int | None = None
    cost: Decimal = Decimal("0")
    financing: str = "bez_kosztow"
    expected_result: str = ""
    is_milestone: bool = False
    depends_on_id: int | None = None
    goal_ids: list[int] = field(default_factory=list)
    indicator_ids: list[int] = field(default_factory=list)
    partners: list[PartnerData] = field(default_factory=list)
    id: int | None = None
    position: int = 0

    @property
    def days(self) -> int | None:
        if self.starts_on is None or self.ends_on is None or self.ends_on < self.starts_on:
            return None
        return inclusive_days(self.starts_on, self.ends_on)

    @property
    def form_label(self) -> str:
        return FORM_LABELS.get(self.form, self.form)

    @property
    def financing_label(self) -> str:
        return FINANCING_LABELS.get(self.financing, self.financing)


@dataclass
class HdrData:
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    ore_form_code: str | None = None
    ore_form_due_on: dt.date | None = None
    ore_form_responsible_id: int | None = None
    approved_by: str = ""
    approved_on: dt.date | None = None
    id: int | None = None
    process_id: int | None = None


@dataclass
class IndicatorInfo:
    id: int
    goal_id: int
    name: str
    unit: str = ""
    baseline_value: Decimal | None = None
    baseline_on: dt.date | None = None
    target_value: Decimal | None = None
    target_on: dt.date | None = None
    method: str = ""
    measured_by: str = ""


@dataclass
class GoalInfo:
    id: int
    text: str
    number: int
    is_priority: bool
    gap_description: str = ""
    indicators: list[IndicatorInfo] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"Cel {self.number}. {self.text}"


@dataclass(frozen=True)
class PersonOption:
    id: int
    full_name: str
    position: str
    role_name: str
    role_code: str
    team: str

    @property
    def label(self) -> str:
        return f"{self.full_name} ({self.position or self.role_name})"


@dataclass(frozen=True)
class Option:
    code: str
    name: str


@dataclass
class HdrPlan:
    """Everything the editor shows at once, read in one transaction."""

    process_id: int
    jst_id: int
    process_name: str
    hdr: HdrData | None
    activities: list[ActivityData]
    goals: list[GoalInfo]
    people: list[PersonOption]
    schools: dict[int, str]
    ore_forms: list[Option]
    area_title: str = ""

    def person_name(self, person_id: int | None) -> str:
        for person in self.people:
            if person.id == person_id:
                return person.full_name
        return ""

    def person(self, person_id: int | None) -> PersonOption | None:
        return next((p for p in self.people if p.id == person_id), None)

    @property
    def ore_form_name(self) -> str:
        code = self.hdr.ore_form_code if self.hdr else None
        return next((f.name for f in self.ore_forms if f.code == code), "")

    def activity(self, activity_id: int | None) -> ActivityData | None:
        return next((a for a in self.activities if a.id == activity_id), None)

    @property
    def priority_goals(self) -> list[GoalInfo]:
        return [g for g in self.goals if g.is_priority]


# ---------------------------------------------------------------- reading


def _hdr_data(hdr: Hdr) -> HdrData:
    return HdrData(
        period_start=hdr.period_start, period_end=hdr.period_end, ore_form_code=hdr.ore_form_code,
        ore_form_due_on=hdr.ore_form_due_on, ore_form_responsible_id=hdr.ore_form_responsible_id,
        approved_by=hdr.approved_by, approved_on=hdr.approved_on, id=hdr.id, process_id=hdr.process_id,
    )  # fmt: skip


def _hdr_of(s: Session, process_id: int) -> Hdr | None:
    return s.scalar(select(Hdr).where(Hdr.process_id == process_id))


def _activities(s: Session, hdr_id: int) -> list[ActivityData]:
    rows = list(s.scalars(select(HdrActivity).where(HdrActivity.hdr_id == hdr_id).order_by(HdrActivity.position,
                                                                                           HdrActivity.id)))
    ids = [r.id for r in rows]
    goals: dict[int, list[int]] = {i: [] for i in ids}
    indicators: dict[int, list[int]] = {i: [] for i in ids}
    partners: dict[int, list[PartnerData]] = {i: [] for i in ids}
    if ids:
        for link in s.scalars(select(ActivityGoal).where(ActivityGoal.activity_id.in_(ids))):
            goals[link.activity_id].append(link.goal_id)
        for link in s.scalars(select(ActivityIndicator).where(ActivityIndicator.activity_id.in_(ids))):
            indicators[link.activity_id].append(link.indicator_id)
        for p in s.scalars(select(ActivityPartner).where(ActivityPartner.activity_id.in_(ids))
                           .order_by(ActivityPartner.id)):
            partners[p.activity_id].append(PartnerData(p.kind, p.school_id, p.name))
    return [
        ActivityData(
            name=r.name, starts_on=r.starts_on, ends_on=r.ends_on, form=r.form, description=r.description,
            responsible_id=r.responsible_id, cost=Decimal(r.cost), financing=r.financing,
            expected_result=r.expected_result, is_milestone=r.is_milestone, depends_on_id=r.depends_on_id,
            goal_ids=sorted(goals[r.id]), indicator_ids=sorted(indicators[r.id]), partners=partners[r.id],
            id=r.id, position=r.position,
        )  # fmt: skip
        for r in rows
    ]


def _goals(s: Session, process_id: int) -> list[GoalInfo]:
    rows = s.execute(
        select(DevelopmentGoal, DevelopmentGap)
        .join(DevelopmentGap, DevelopmentGoal.gap_id == DevelopmentGap.id)
        .where(DevelopmentGoal.process_id == process_id)
        .order_by(DevelopmentGoal.position, DevelopmentGoal.id)
    ).all()
    goals = [GoalInfo(g.id, g.text, n, gap.is_priority, gap.description) for n, (g, gap) in enumerate(rows, 1)]
    by_id = {g.id: g for g in goals}
    if by_id:
        for i in s.scalars(select(Indicator).where(Indicator.goal_id.in_(by_id)).order_by(Indicator.id)):
            by_id[i.goal_id].indicators.append(IndicatorInfo(
                i.id, i.goal_id, i.name, i.unit, i.baseline_value, i.baseline_on, i.target_value, i.target_on,
                i.method, i.measured_by,
            ))  # fmt: skip
    return goals


def _people(s: Session, jst_id: int) -> list[PersonOption]:
    rows = s.execute(
        select(Person, TeamRole).join(TeamRole).where(Person.jst_id == jst_id)
        .order_by(TeamRole.team, TeamRole.position, func.lower(Person.full_name))
    ).all()  # fmt: skip
    return [PersonOption(p.id, p.full_name, p.position, r.name, r.code, r.team) for p, r in rows]


def load_plan(db: Database, process_id: int) -> HdrPlan:
    """The HDR of a process with its activities, the goals of stage 2, the team and the schools."""
    with db.transaction() as s:
        process = s.get(AdvisoryProcess, process_id)
        if process is None:
            raise DomainError("Ten proces doradczy nie istnieje — mógł zostać usunięty.")
        hdr = _hdr_of(s, process_id)
        schools = {sc.id: sc.name for sc in s.scalars(select(School).where(School.jst_id == process.jst_id)
                                                        .order_by(School.name))}
        forms = [Option(f.code, f.name) for f in s.scalars(select(OreReportForm).order_by(OreReportForm.position))]
        area = s.get(Area, process.chosen_area_id) if process.chosen_area_id else None
        return HdrPlan(
            process_id=process.id, jst_id=process.jst_id, process_name=process.name,
            hdr=_hdr_data(hdr) if hdr else None, activities=_activities(s, hdr.id) if hdr else [],
            goals=_goals(s, process_id), people=_people(s, process.jst_id), schools=schools, ore_forms=forms,
            area_title=f"{area.number}. {area.name}" if area else "",
        )  # fmt: skip


def get_hdr(db: Database, process_id: int) -> HdrData | None:
    with db.transaction() as s:
        hdr = _hdr_of(s, process_id)
        return _hdr_data(hdr) if hdr else None


def list_activities(db: Database, hdr_id: int) -> list[ActivityData]:
    with db.transaction() as s:
        return _activities(s, hdr_id)


def get_activity(db: Database, activity_id: int) -> ActivityData:
    with db.transaction() as s:
        row = _activity_row(s, activity_id)
        return next(a for a in _activities(s, row.hdr_id) if a.id == activity_id)


# ---------------------------------------------------------------- the HDR itself


def save_hdr(db: Database, process_id: int, data: HdrData) -> int:
    """Create the process's HDR or change its period and planned ORE form (approval is separate)."""
    if data.period_start is None:
        raise DomainError("Podaj początek okresu HDR.", "period_start")
    if data.period_end is None:
        raise DomainError("Podaj koniec okresu HDR.", "period_end")
    if data.period_end < data.period_start:
        raise DomainError(
            f"Koniec okresu HDR ({format_date_short(data.period_end)}) nie może być przed jego początkiem "
            f"({format_date_short(data.period_start)}).", "period_end")  # fmt: skip
    with db.transaction() as s:
        process = s.get(AdvisoryProcess, process_id)
        if process is None:
            raise DomainError("Ten proces doradczy nie istnieje — mógł zostać usunięty.")
        if data.ore_form_code is not None and s.get(OreReportForm, data.ore_form_code) is None:
            raise DomainError("Wybierz jedną z trzech form raportu dla ORE.", "ore_form_code")
        if data.ore_form_responsible_id is not None:
            _check_person(s, process.jst_id, data.ore_form_responsible_id, "ore_form_responsible_id")
        hdr = _hdr_of(s, process_id)
        if hdr is None:
            hdr = Hdr(process_id=process_id, period_start=data.period_start, period_end=data.period_end)
            s.add(hdr)
        hdr.period_start, hdr.period_end = data.period_start, data.period_end
        hdr.ore_form_code = data.ore_form_code
        hdr.ore_form_due_on = data.ore_form_due_on
        hdr.ore_form_responsible_id = data.ore_form_responsible_id
        s.flush()
        return hdr.id


def _check_person(s: Session, jst_id: int, person_id: int, field_name: str) -> None:
    person = s.get(Person, person_id)
    if person is None or person.jst_id != jst_id:
        raise DomainError("Osobę odpowiedzialną wybiera się spośród osób zapisanych w zespole tego samorządu.",
                          field_name)


# ---------------------------------------------------------------- activities


def _activity_row(s: Session, activity_id: int) -> HdrActivity:
    row = s.get(HdrActivity, activity_id)
    if row is None:
        raise DomainError("To działanie nie istnieje — mogło zostać usunięte.")
    return row


def _clean_activity(data: ActivityData) -> ActivityData:
    name = require(data.name, "name", "Nazwa działania")
    if len(name) > 300:
        raise DomainError("Nazwa działania może mieć najwyżej 300 znaków — opis zmieści się w polu „Opis”.", "name")
    if data.starts_on is None:
        raise DomainError("Podaj datę rozpoczęcia działania.", "starts_on")
    if data.ends_on is None:
        raise DomainError("Podaj datę zakończenia działania.", "ends_on")
    if data.ends_on < data.starts_on:
        raise DomainError(
            f"Działanie nie może się skończyć ({format_date_short(data.ends_on)}) przed swoim początkiem "
            f"({format_date_short(data.starts_on)}). Data zakończenia to ostatni dzień działania.",
            "ends_on")  # fmt: skip
    if data.form not in FORM_LABELS:
        raise DomainError("Wybierz formę działania z listy.", "form")
    if data.financing not in FINANCING_LABELS:
        raise DomainError("Wybierz źródło finansowania z listy.", "financing")
    try:
        cost = Decimal(data.cost if data.cost is not None else 0).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError, TypeError) as exc:
        raise DomainError("Koszt podaje się liczbą w złotych, np. 1 250,00.", "cost") from exc
    if cost < 0:
        raise DomainError("Koszt nie może być ujemny.", "cost")
    if cost > MAX_COST:
        raise DomainError("Koszt jest zbyt duży — sprawdź, czy nie wpisano za wielu cyfr.", "cost")
    if data.financing == "bez_kosztow" and cost > 0:
        raise DomainError("Działanie „bez kosztów” nie może mieć kosztu — wybierz źródło finansowania.", "financing")
    partners = []
    for partner in data.partners:
        if partner.kind not in PARTNER_KIND_LABELS:
            raise DomainError("Wybierz rodzaj partnera z listy.", "partners")
        if partner.school_id is None and not clean(partner.name):
            raise DomainError("Podaj nazwę partnera (instytucji lub organizacji).", "partners")
        partners.append(PartnerData(partner.kind, partner.school_id, clean(partner.name)))
    return replace(
        data, name=name, description=clean(data.description), expected_result=clean(data.expected_result),
        cost=cost, partners=partners, goal_ids=list(dict.fromkeys(data.goal_ids)),
        indicator_ids=list(dict.fromkeys(data.indicator_ids)),
    )  # fmt: skip


def _check_dependency(s: Session, hdr_id: int, activity_id: int | None, depends_on_id: int | None,
                      starts_on: dt.date, ends_on: dt.date) -> None:  # fmt: skip
    """Refuse dates or a predecessor that break finish-to-start, and dependency cycles."""
    if depends_on_id is not None:
        pred = s.get(HdrActivity, depends_on_id)
        if pred is None or pred.hdr_id != hdr_id:
            raise DomainError("Działanie poprzedzające musi należeć do tego samego HDR.", "depends_on_id")
        if pred.id == activity_id:
            raise DomainError("Działanie nie może zależeć od samego siebie.", "depends_on_id")
        seen, step = set(), pred
        while step is not None and step.depends_on_id is not None and step.id not in seen:
            seen.add(step.id)
            if step.depends_on_id == activity_id:
                raise DomainError(
                    f"Działanie „{pred.name}” już zależy (pośrednio) od tego działania — zależność zamknęłaby się "
                    "w koło.", "depends_on_id")  # fmt: skip
            step = s.get(HdrActivity, step.depends_on_id)
        if starts_on <= pred.ends_on:
            raise DomainError(
                f"To działanie zależy od działania „{pred.name}”, które kończy się "
                f"{format_date_short(pred.ends_on)}. Może się więc zacząć najwcześniej "
                f"{format_date_short(pred.ends_on + ONE_DAY)}.", "starts_on")  # fmt: skip
    if activity_id is not None:
        for succ in s.scalars(select(HdrActivity).where(HdrActivity.depends_on_id == activity_id)
                              .order_by(HdrActivity.starts_on)):
            if succ.starts_on <= ends_on:
                raise DomainError(
                    f"Działanie „{succ.name}” zależy od tego działania i zaczyna się "
                    f"{format_date_short(succ.starts_on)}, więc to działanie musi się skończyć najpóźniej "
                    f"{format_date_short(succ.starts_on - ONE_DAY)}.", "ends_on")  # fmt: skip


def _check_links(s: Session, process: AdvisoryProcess, data: ActivityData) -> None:
    if data.responsible_id is not None:
        _check_person(s, process.jst_id, data.responsible_id, "responsible_id")
    goal_ids = set(s.scalars(select(DevelopmentGoal.id).where(DevelopmentGoal.process_id == process.id)))
    if not set(data.goal_ids) <= goal_ids:
        raise DomainError("Działanie może służyć tylko celom rozwojowym tego procesu.", "goal_ids")
    if data.indicator_ids:
        allowed = set(s.scalars(select(Indicator.id).where(Indicator.goal_id.in_(goal_ids)))) if goal_ids else set()
        if not set(data.indicator_ids) <= allowed:
            raise DomainError("Wskaźniki wybiera się spośród wskaźników celów tego procesu.", "indicator_ids")
    for partner in data.partners:
        if partner.school_id is not None:
            school = s.get(School, partner.school_id)
            if school is None or school.jst_id != process.jst_id:
                raise DomainError("Szkoła partnerska musi być jedną ze szkół tego samorządu.", "partners")


def save_activity(db: Database, hdr_id: int, data: ActivityData) -> int:
    """Add (id None, placed last) or change an activity with its goals, indicators and partners."""
    data = _clean_activity(data)
    with db.transaction() as s:
        hdr = s.get(Hdr, hdr_id)
        if hdr is None:
            raise DomainError("Ten HDR nie istnieje — mógł zostać usunięty.")
        process = s.get(AdvisoryProcess, hdr.process_id)
        _check_links(s, process, data)
        _check_dependency(s, hdr_id, data.id, data.depends_on_id, data.starts_on, data.ends_on)
        if data.id is None:
            last = s.scalar(select(func.max(HdrActivity.position)).where(HdrActivity.hdr_id == hdr_id)) or 0
            row = HdrActivity(id=_next_activity_id(s), hdr_id=hdr_id, position=last + 1)
            s.add(row)
        else:
            row = _activity_row(s, data.id)
            if row.hdr_id != hdr_id:
                raise DomainError("To działanie należy do innego HDR.")
        row.name, row.description, row.form = data.name, data.description, data.form
        row.starts_on, row.ends_on = data.starts_on, data.ends_on
        row.responsible_id, row.cost, row.financing = data.responsible_id, data.cost, data.financing
        row.expected_result, row.is_milestone = data.expected_result, bool(data.is_milestone)
        row.depends_on_id = data.depends_on_id
        s.flush()
        _replace_links(s, row.id, data)
        return row.id


def _next_activity_id(s: Session) -> int:
    """A new id never used before by any activity a baseline remembers.

    SQLite gives a deleted last row's id to the next row; the baseline would then take a new activity for the
    removed one and report it as changed instead of removed and added.
    """
    used = s.scalar(select(func.max(HdrActivity.id))) or 0
    remembered = s.scalar(select(func.max(HdrBaselineActivity.activity_id))) or 0
    return max(used, remembered) + 1


def _replace_links(s: Session, activity_id: int, data: ActivityData) -> None:
    s.execute(delete(ActivityGoal).where(ActivityGoal.activity_id == activity_id))
    s.execute(delete(ActivityIndicator).where(ActivityIndicator.activity_id == activity_id))
    s.execute(delete(ActivityPartner).where(ActivityPartner.activity_id == activity_id))
    s.add_all(ActivityGoal(activity_id=activity_id, goal_id=g) for g in data.goal_ids)
    s.add_all(ActivityIndicator(activity_id=activity_id, indicator_id=i) for i in data.indicator_ids)
    s.add_all(ActivityPartner(activity_id=activity_id, kind=p.kind, school_id=p.school_id, name=p.name)
              for p in data.partners)  # fmt: skip


def duplicate_activity(db: Database, activity_id: int) -> int:
    """A copy placed right after the original, with the same goals, indicators, partners and predecessor."""
    original = get_activity(db, activity_id)
    name = original.name[: 300 - len(COPY_SUFFIX)] + COPY_SUFFIX
    with db.transaction() as s:
        row = _activity_row(s, activity_id)
        hdr_id = row.hdr_id
        for later in s.scalars(select(HdrActivity).where(HdrActivity.hdr_id == hdr_id,
                                                         HdrActivity.position > row.position)):
            later.position += 1
        copy = HdrActivity(
            id=_next_activity_id(s), hdr_id=hdr_id, position=row.position + 1, name=name,
            description=row.description, form=row.form,
            starts_on=row.starts_on, ends_on=row.ends_on, responsible_id=row.responsible_id, cost=row.cost,
            financing=row.financing, expected_result=row.expected_result, is_milestone=row.is_milestone,
            depends_on_id=row.depends_on_id,
        )  # fmt: skip
        s.add(copy)
        s.flush()
        _replace_links(s, copy.id, original)
        return copy.id


def delete_activity(db: Database, activity_id: int) -> None:
    """Remove an activity; those that depended on it lose the dependency and keep their dates."""
    with db.transaction() as s:
        row = s.get(HdrActivity, activity_id)
        if row is None:
            return
        for succ in s.scalars(select(HdrActivity).where(HdrActivity.depends_on_id == activity_id)):
            succ.depends_on_id = None
        hdr_id = row.hdr_id
        s.delete(row)
        s.flush()
        _renumber(s, hdr_id)


def dependents(db: Database, activity_id: int) -> list[str]:
    """Names of the activities that depend on this one, so that deleting can say what changes."""
    with db.transaction() as s:
        return list(s.scalars(select(HdrActivity.name).where(HdrActivity.depends_on_id == activity_id)
                              .order_by(HdrActivity.position)))


def _renumber(s: Session, hdr_id: int) -> None:
    rows = s.scalars(select(HdrActivity).where(HdrActivity.hdr_id == hdr_id).order_by(HdrActivity.position,
                                                                                     HdrActivity.id))
    for number, row in enumerate(rows, 1):
        row.position = number


def move_activity(db: Database, activity_id: int, steps: int) -> None:
    """Move an activity up (negative) or down (positive) in the list; the order is the document's order."""
    with db.transaction() as s:
        row = _activity_row(s, activity_id)
        rows = list(s.scalars(select(HdrActivity).where(HdrActivity.hdr_id == row.hdr_id)
                              .order_by(HdrActivity.position, HdrActivity.id)))
        index = rows.index(row)
        target = min(max(index + steps, 0), len(rows) - 1)
        rows.insert(target, rows.pop(index))
        for number, item in enumerate(rows, 1):
            item.position = number


def reorder_activities(db: Database, hdr_id: int, ordered_ids: list[int]) -> None:
    """Put the activities in the given order (ids missing from the list keep their order after the rest)."""
    with db.transaction() as s:
        rows = list(s.scalars(select(HdrActivity).where(HdrActivity.hdr_id == hdr_id)
                              .order_by(HdrActivity.position, HdrActivity.id)))
        rank = {activity_id: i for i, activity_id in enumerate(ordered_ids)}
        rows.sort(key=lambda r: (rank.get(r.id, len(rank)), r.position))
        for number, item in enumerate(rows, 1):
            item.position = number


def _chain(s: Session, activity_id: int) -> list[HdrActivity]:
    """The activity and every activity depending on it, directly or not."""
    found, queue, seen = [], [activity_id], set()
    while queue:
        current = queue.pop(0)
        if current in seen:
            continue
        seen.add(current)
        found.append(_activity_row(s, current))
        queue.extend(s.scalars(select(HdrActivity.id).where(HdrActivity.depends_on_id == current)))
    return found


def shift_activity(db: Database, activity_id: int, days: int, with_dependents: bool = False) -> None:
    """Move an activity's dates by ``days`` keeping its duration; optionally move its dependents with it."""
    if days == 0:
        return
    with db.transaction() as s:
        row = _activity_row(s, activity_id)
        moved = _chain(s, activity_id) if with_dependents else [row]
        for item in moved:
            item.starts_on, item.ends_on = shift_dates(item.starts_on, item.ends_on, days)
        s.flush()
        moved_ids = {item.id for item in moved}
        for item in moved:
            pred = s.get(HdrActivity, item.depends_on_id) if item.depends_on_id else None
            if pred is not None and pred.id not in moved_ids and item.starts_on <= pred.ends_on:
                raise DomainError(
                    f"Po przesunięciu działanie „{item.name}” zaczynałoby się {format_date_short(item.starts_on)}, "
                    f"a zależy od działania „{pred.name}”, które kończy się {format_date_short(pred.ends_on)}.",
                    "starts_on")  # fmt: skip
            for succ in s.scalars(select(HdrActivity).where(HdrActivity.depends_on_id == item.id)):
                if succ.id not in moved_ids and succ.starts_on <= item.ends_on:
                    raise DomainError(
                        f"Po przesunięciu działanie „{item.name}” kończyłoby się {format_date_short(item.ends_on)}, "
                        f"a zależne od niego działanie „{succ.name}” zaczyna się "
                        f"{format_date_short(succ.starts_on)}. Przesuń je razem z działaniami zależnymi.",
                        "ends_on")  # fmt: skip


def process_jst(db: Database, process_id: int) -> int:
    with db.transaction() as s:
        process = s.get(AdvisoryProcess, process_id)
        if process is None:
            raise DomainError("Ten proces doradczy nie istnieje — mógł zostać usunięty.")
        return process.jst_id
