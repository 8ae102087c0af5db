"""The HDR as the screens, documents and checks read it: labels, plain dataclasses and the readers.

Everything here only reads; :mod:`wsparcie_desktop.services.hdr` changes the HDR (and re-exports these names,
so callers import from one place). Dates are inclusive (see :mod:`hdr_dates`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import groupby, repeat
from operator import itemgetter

from sqlalchemy import bindparam, func, select
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
    Indicator,
    OreReportForm,
    Person,
    School,
    TeamRole,
)
from wsparcie_desktop.db.plain_rows import Prepared, plain_columns, plain_rows
from wsparcie_desktop.db.sql_dates import days_between
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services.hdr_dates import inclusive_days
from wsparcie_desktop.text import polish_sort_key

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

NO_COST = "bez_kosztow"  # the source of financing of an activity that costs nothing
assert NO_COST in FINANCING_LABELS


def _largest(column) -> Decimal:
    """The largest amount a Numeric(precision, scale) column holds: Numeric(14, 2) holds 999 999 999 999,99."""
    kind = column.type
    return Decimal(10) ** (kind.precision - kind.scale) - Decimal(1).scaleb(-kind.scale)


# One limit for the rule, the editors and the store. SQLite keeps a NUMERIC value as an 8-byte float; 14 digits
# are within the 15 a double holds exactly, so every amount up to this one comes back to the grosz.
MAX_COST = _largest(HdrActivity.__table__.c.cost)
COPY_SUFFIX = " (kopia)"


def _tag(label: str) -> str:
    found = re.search(r"\(([^()]+)\)$", label)
    return found.group(1) if found else label


# What follows a partner's own name: the abbreviation its kind is known by ("ODN"), else the kind itself.
PARTNER_TAGS = {kind: _tag(label) for kind, label in PARTNER_KIND_LABELS.items()}


def partner_label(kind: str, school_id: int | None, name: str, schools: dict[int, str] | None = None) -> str:
    """How a partner is named everywhere (the dialog, the PDF, the XLSX), always on one line.

    A school by its own name; another partner by its name followed by its kind — "Ośrodek Doskonalenia
    Nauczycieli w Siedlcach (ODN)" — unless the name already says it ("PPP w Węgrowie"); a partner without a
    name by its kind alone ("placówka doskonalenia nauczycieli (ODN)"). Never brackets within brackets.
    """
    if school_id is not None and schools and school_id in schools:
        return " ".join(schools[school_id].split())
    name = " ".join((name or "").split())
    if not name:
        return PARTNER_KIND_LABELS.get(kind, kind)
    tag = PARTNER_TAGS.get(kind, kind)
    if kind == "school" or re.search(rf"\b{re.escape(tag)}\b", name, re.IGNORECASE):
        return name
    return f"{name} ({tag})"


@dataclass
class PartnerData:
    kind: str = "other"
    school_id: int | None = None
    name: str = ""

    def label(self, schools: dict[int, str] | None = None) -> str:
        """See :func:`partner_label`."""
        return partner_label(self.kind, self.school_id, self.name, schools)


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
    version: int | None = None  # as read; a save over an older version is refused (StaleEditError)

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
    version: int | None = None  # as read; a save over an older version is refused (StaleEditError)


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
    # read for the Realizacja HDR screen (load_plan(brief=True)): the activities without their descriptions, goals
    # and partners (left empty), and no schools
    brief: bool = False

    def person_name(self, person_id: int | None) -> str:
        # a dict of the names, made again when the list of people is another or has changed in length: a plan
        # of 5,000 activities asks once per activity
        cached = self.__dict__.get("_names")
        if cached is None or cached[0] is not self.people or cached[1] != len(self.people):
            cached = self.__dict__["_names"] = (self.people, len(self.people),
                                                {p.id: p.full_name for p in self.people})  # fmt: skip
        return cached[2].get(person_id, "")

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
        version=hdr.version,
    )  # fmt: skip


def _hdr_of(s: Session, process_id: int) -> Hdr | None:
    return s.scalar(select(Hdr).where(Hdr.process_id == process_id))


_A = HdrActivity
_OF_HDR = select(_A.id).where(_A.hdr_id == bindparam("hdr_id"))  # this HDR's activities, whatever their number
# Made and compiled once (db/plain_rows.py): the columns in the order ActivityData takes them, in the plan's order.
_ACTIVITY_COLUMNS = Prepared(
    select(_A.name, _A.starts_on, _A.ends_on, _A.form, _A.description, _A.responsible_id, _A.cost, _A.financing,
           _A.expected_result, _A.is_milestone, _A.depends_on_id, _A.id, _A.position, _A.version)
    .where(_A.hdr_id == bindparam("hdr_id")).order_by(_A.position, _A.id)
)  # fmt: skip
_GOAL_ROWS = Prepared(select(ActivityGoal.activity_id, ActivityGoal.goal_id)
                      .where(ActivityGoal.activity_id.in_(_OF_HDR))
                      .order_by(ActivityGoal.activity_id, ActivityGoal.goal_id))  # fmt: skip
_INDICATOR_ROWS = Prepared(select(ActivityIndicator.activity_id, ActivityIndicator.indicator_id)
                           .where(ActivityIndicator.activity_id.in_(_OF_HDR))
                           .order_by(ActivityIndicator.activity_id, ActivityIndicator.indicator_id))  # fmt: skip
_PARTNER_ROWS = Prepared(
    select(ActivityPartner.activity_id, ActivityPartner.kind, ActivityPartner.school_id, ActivityPartner.name)
    .where(ActivityPartner.activity_id.in_(_OF_HDR)).order_by(ActivityPartner.id)
)  # fmt: skip


_ALL_READS = (_ACTIVITY_COLUMNS, _GOAL_ROWS, _INDICATOR_ROWS, _PARTNER_ROWS)


def _reads_of(chosen) -> tuple[Prepared, ...]:
    """The four reads of :func:`_activities` for the activities whose ids ``chosen`` (a select) gives."""
    columns = _ACTIVITY_COLUMNS.statement.where(_A.id.in_(chosen))
    goals = select(ActivityGoal.activity_id, ActivityGoal.goal_id).where(ActivityGoal.activity_id.in_(chosen))
    indicators = select(ActivityIndicator.activity_id, ActivityIndicator.indicator_id).where(
        ActivityIndicator.activity_id.in_(chosen)
    )
    partners = select(ActivityPartner.activity_id, ActivityPartner.kind, ActivityPartner.school_id,
                      ActivityPartner.name).where(ActivityPartner.activity_id.in_(chosen))  # fmt: skip
    return (Prepared(columns), Prepared(goals.order_by(ActivityGoal.activity_id, ActivityGoal.goal_id)),
            Prepared(indicators.order_by(ActivityIndicator.activity_id, ActivityIndicator.indicator_id)),
            Prepared(partners.order_by(ActivityPartner.id)))  # fmt: skip


# Some activities by id: the first ones of a plan and those that make the widest texts (see load_plan_start).
# As many ids as a screen shows rows and more, each a parameter of its own (unused ones None, matching nothing):
# the statements are compiled once, and each id is found through the primary key.
START_ROWS = 80
_CHOSEN = [f"id{n}" for n in range(START_ROWS + 3)]
_CHOSEN_READS = _reads_of(select(_A.id).where(_A.id.in_([bindparam(name) for name in _CHOSEN])))
_OF_THIS_HDR = _A.hdr_id == bindparam("hdr_id")
_IDS_IN_ORDER = Prepared(select(_A.id).where(_OF_THIS_HDR).order_by(_A.position, _A.id))
_DATE_RANGE = Prepared(select(func.min(_A.starts_on), func.max(_A.starts_on), func.min(_A.ends_on),
                              func.max(_A.ends_on)).where(_OF_THIS_HDR))  # fmt: skip
# The first (in the plan's order) of the activities with the most days and the largest cost.
_LONGEST = Prepared(select(_A.id).where(_OF_THIS_HDR)
                    .order_by(days_between(_A.starts_on, _A.ends_on).desc(), _A.position, _A.id).limit(1))  # fmt: skip
_LARGEST_COST = Prepared(select(_A.id).where(_OF_THIS_HDR).order_by(_A.cost.desc(), _A.position, _A.id).limit(1))
_MOST_GOALS = Prepared(
    select(ActivityGoal.activity_id).join(_A, _A.id == ActivityGoal.activity_id).where(_OF_THIS_HDR)
    .group_by(ActivityGoal.activity_id, _A.position, _A.id).order_by(func.count().desc(), _A.position, _A.id).limit(1)
)  # fmt: skip


def _grouped(rows: list[tuple]) -> dict[int, list[int]]:
    """(activity id, other id) rows, in the order of both, as each activity's list of the others."""
    return {key: [other for _key, other in group] for key, group in groupby(rows, itemgetter(0))}


# What the Realizacja HDR screen shows of each activity (see load_plan's ``brief``): the columns ActivityData takes
# but the description, and the indicators tied to it (its Indicators tab lists them).
_BRIEF_COLUMNS = Prepared(
    select(_A.name, _A.starts_on, _A.ends_on, _A.form, _A.responsible_id, _A.cost, _A.financing, _A.expected_result,
           _A.is_milestone, _A.depends_on_id, _A.id, _A.position, _A.version)
    .where(_A.hdr_id == bindparam("hdr_id")).order_by(_A.position, _A.id)
)  # fmt: skip


def _brief_activities(s: Session, hdr_id: int) -> list[ActivityData]:
    """The HDR's activities with empty descriptions, goals and partners: two plain reads instead of five (a
    plan of 5,000 activities spends most of its reading on the descriptions and the links)."""
    params = {"hdr_id": hdr_id}
    name, starts, ends, form, responsible, cost, financing, expected, milestone, depends, ids, position, version = (
        plain_columns(s, _BRIEF_COLUMNS, params))  # fmt: skip
    if not ids:
        return []
    indicators = _grouped(plain_rows(s, _INDICATOR_ROWS, params))
    return list(map(ActivityData, name, starts, ends, form, repeat(""), responsible, cost, financing, expected,
                    milestone, depends, ([] for _ in ids), [indicators.get(i) or [] for i in ids], ([] for _ in ids),
                    ids, position, version))  # fmt: skip


def _activities(s: Session, hdr_id: int, reads: tuple[Prepared, ...] | None = None,
                params: dict | None = None) -> list[ActivityData]:  # fmt: skip
    """The HDR's activities, read as plain rows (columns, not ORM objects; on SQLite through the driver's cursor,
    db/plain_rows.py) with statements compiled once: a plan of 5,000 reads in a blink. ``reads`` (the columns,
    goals, indicators and partners) and ``params`` read only some of them (see :func:`load_plan_start`)."""
    params = {"hdr_id": hdr_id, **(params or {})}
    columns_read, goal_rows, indicator_rows, partner_rows = reads or _ALL_READS
    columns = plain_columns(s, columns_read, params)
    ids = columns[11]
    if not ids:
        return []
    goals = _grouped(plain_rows(s, goal_rows, params))  # each list in the order of its ids
    indicators = _grouped(plain_rows(s, indicator_rows, params))
    partners: dict[int, list[PartnerData]] = {}
    for activity_id, kind, school_id, name in plain_rows(s, partner_rows, params):
        partners.setdefault(activity_id, []).append(PartnerData(kind, school_id, name))
    links = ([goals.get(i) or [] for i in ids], [indicators.get(i) or [] for i in ids],
             [partners.get(i) or [] for i in ids])  # fmt: skip
    return list(map(ActivityData, *columns[:11], *links, *columns[11:]))  # each row as ActivityData takes it


_P = bindparam("process_id")
_PROCESS_ROW = Prepared(select(AdvisoryProcess.id, AdvisoryProcess.jst_id, AdvisoryProcess.name,
                               AdvisoryProcess.chosen_area_id).where(AdvisoryProcess.id == _P))  # fmt: skip
_HDR_ROW = Prepared(
    select(
        Hdr.period_start,
        Hdr.period_end,
        Hdr.ore_form_code,
        Hdr.ore_form_due_on,
        Hdr.ore_form_responsible_id,
        Hdr.approved_by,
        Hdr.approved_on,
        Hdr.id,
        Hdr.process_id,
        Hdr.version,
    ).where(Hdr.process_id == _P)
)  # the columns in the order HdrData takes them
_SCHOOL_NAMES = Prepared(select(School.id, School.name).where(School.jst_id == bindparam("jst_id")))
_FORMS = Prepared(select(OreReportForm.code, OreReportForm.name).order_by(OreReportForm.position))
_AREA = Prepared(select(Area.number, Area.name).where(Area.id == bindparam("area_id")))
_PLAN_GOALS = Prepared(
    select(DevelopmentGoal.id, DevelopmentGoal.text, DevelopmentGap.is_priority, DevelopmentGap.description)
    .join(DevelopmentGap, DevelopmentGoal.gap_id == DevelopmentGap.id)
    .where(DevelopmentGoal.process_id == _P).order_by(DevelopmentGoal.position, DevelopmentGoal.id)
)  # fmt: skip
_GOAL_INDICATORS = Prepared(
    select(
        Indicator.id,
        Indicator.goal_id,
        Indicator.name,
        Indicator.unit,
        Indicator.baseline_value,
        Indicator.baseline_on,
        Indicator.target_value,
        Indicator.target_on,
        Indicator.method,
        Indicator.measured_by,
    )
    .where(Indicator.goal_id.in_(select(DevelopmentGoal.id).where(DevelopmentGoal.process_id == _P)))
    .order_by(Indicator.id)
)  # the columns in the order IndicatorInfo takes them
_PEOPLE = Prepared(
    select(Person.id, Person.full_name, Person.position, TeamRole.name, TeamRole.code, TeamRole.team, TeamRole.position)
    .join(TeamRole, Person.role_code == TeamRole.code).where(Person.jst_id == bindparam("jst_id"))
)  # fmt: skip


def _goals(s: Session, process_id: int) -> list[GoalInfo]:
    params = {"process_id": process_id}
    goals = [GoalInfo(goal_id, text, n, priority, description)
             for n, (goal_id, text, priority, description) in enumerate(plain_rows(s, _PLAN_GOALS, params), 1)]  # fmt: skip
    by_id = {g.id: g for g in goals}
    if by_id:
        for row in plain_rows(s, _GOAL_INDICATORS, params):
            by_id[row[1]].indicators.append(IndicatorInfo(*row))
    return goals


def _people(s: Session, jst_id: int) -> list[PersonOption]:
    rows = sorted(plain_rows(s, _PEOPLE, {"jst_id": jst_id}),
                  key=lambda r: (r[5], r[6], polish_sort_key(r[1]), r[0]))  # the team, the role, the name  # fmt: skip
    return [PersonOption(*row[:6]) for row in rows]


def load_plan(db: Database, process_id: int, brief: bool = False) -> HdrPlan:
    """The HDR of a process with its activities, the goals of stage 2, the team and the schools.

    Read as plain rows with selects compiled once (db/plain_rows.py): the HDR screen reads it at every opening.
    ``brief``: what the Realizacja HDR screen shows, for it reads the plan at every opening too: the activities
    without their descriptions, goals and partners (left empty: ``HdrPlan.brief``), and no schools."""
    with db.transaction() as s:
        plan = _plan_without_activities(s, process_id, with_schools=not brief)
        plan.brief = brief
        if plan.hdr is not None:
            plan.activities = _brief_activities(s, plan.hdr.id) if brief else _activities(s, plan.hdr.id)
        return plan


def _schools(s: Session, jst_id: int) -> dict[int, str]:
    """The JST's schools by id, sorted the Polish way: plain rows, a register of 2,000 is not 2,000 ORM objects."""
    return dict(sorted(plain_rows(s, _SCHOOL_NAMES, {"jst_id": jst_id}), key=lambda r: (polish_sort_key(r[1]), r[0])))


def _plan_without_activities(s: Session, process_id: int, with_schools: bool = True) -> HdrPlan:
    found = plain_rows(s, _PROCESS_ROW, {"process_id": process_id})
    if not found:
        raise DomainError("Ten proces doradczy nie istnieje — mógł zostać usunięty.")
    ((_id, jst_id, name, area_id),) = found
    hdr_rows = plain_rows(s, _HDR_ROW, {"process_id": process_id})
    hdr = HdrData(*hdr_rows[0]) if hdr_rows else None
    schools = _schools(s, jst_id) if with_schools else {}
    forms = [Option(code, title) for code, title in plain_rows(s, _FORMS)]
    area = plain_rows(s, _AREA, {"area_id": area_id}) if area_id else []
    return HdrPlan(
        process_id=process_id, jst_id=jst_id, process_name=name, hdr=hdr, activities=[],
        goals=_goals(s, process_id), people=_people(s, jst_id), schools=schools, ore_forms=forms,
        area_title=f"{area[0][0]}. {area[0][1]}" if area else "",
    )  # fmt: skip


@dataclass
class PlanStart:
    """The beginning of a plan, for a screen that shows it before the whole of it is read (``load_plan_start``).

    ``plan`` is complete but for its activities, of which it holds the first ones, and (unless ``whole``) the
    schools, named only in an activity's dialog; ``rows`` are the activities
    read, by their place in the plan's order (those first ones and the widest: see ``widest``); ``ids`` are every
    activity's id in that order, so each one's number ("Lp.", its place from 1) is known. ``first_day`` and
    ``last_day`` are the earliest and latest date (start or end) of any activity."""

    plan: HdrPlan
    ids: list[int]
    rows: dict[int, ActivityData]
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    # the place of the first activity (in the plan's order) with the most days, the largest cost, the most goals
    widest: dict[str, int] = field(default_factory=dict)

    @property
    def whole(self) -> bool:
        """Every activity is read: ``plan`` is the whole plan."""
        return len(self.rows) == len(self.ids)


def load_plan_start(db: Database, process_id: int, first: int = START_ROWS) -> PlanStart:
    """The plan as :func:`load_plan` reads it, but of its activities only the first ``first`` in the plan's order
    (and the three that make the widest texts), with every activity's id and the range of their dates: what a
    screen needs to show the top of a long plan at once. A plan of no more than ``first`` activities is read
    whole (``PlanStart.whole``)."""
    first = min(first, START_ROWS)
    with db.transaction() as s:
        plan = _plan_without_activities(s, process_id, with_schools=False)  # named only in the activity's dialog
        if plan.hdr is None:
            return PlanStart(plan, [], {})
        params = {"hdr_id": plan.hdr.id}
        ids = [activity_id for (activity_id,) in plain_rows(s, _IDS_IN_ORDER, params)]
        if len(ids) <= first:
            plan.activities = _activities(s, plan.hdr.id)
            plan.schools = _schools(s, plan.jst_id)
            return _start_of(plan, ids, dict(enumerate(plan.activities)), plain_rows(s, _DATE_RANGE, params)[0])
        most_goals = plain_rows(s, _MOST_GOALS, params)
        widest = {"days": plain_rows(s, _LONGEST, params)[0][0], "cost": plain_rows(s, _LARGEST_COST, params)[0][0],
                  "goals": most_goals[0][0] if most_goals else ids[0]}  # fmt: skip
        chosen = [*ids[:first], *widest.values()]
        read = _activities(s, plan.hdr.id, _CHOSEN_READS, dict(zip(_CHOSEN, chosen + [None] * len(_CHOSEN))))
        places = {activity_id: place for place, activity_id in enumerate(ids)}
        rows = {places[a.id]: a for a in read}
        plan.activities = [rows[place] for place in range(first)]
        start = _start_of(plan, ids, rows, plain_rows(s, _DATE_RANGE, params)[0])
        start.widest = {key: places[activity_id] for key, activity_id in widest.items()}
        return start


def _start_of(plan: HdrPlan, ids: list[int], rows: dict[int, ActivityData], dates: tuple) -> PlanStart:
    days = [d for d in dates if d is not None]
    return PlanStart(plan, ids, rows, min(days, default=None), max(days, default=None))


def get_hdr(db: Database, process_id: int) -> HdrData | None:
    with db.transaction() as s:
        hdr = _hdr_of(s, process_id)
        return _hdr_data(hdr) if hdr else None


def list_activities(db: Database, hdr_id: int) -> list[ActivityData]:
    with db.transaction() as s:
        return _activities(s, hdr_id)


def get_activity(db: Database, activity_id: int) -> ActivityData:
    with db.transaction() as s:
        row = s.get(HdrActivity, activity_id)
        if row is None:
            raise DomainError("To działanie nie istnieje — mogło zostać usunięte.")
        return next(a for a in _activities(s, row.hdr_id) if a.id == activity_id)
