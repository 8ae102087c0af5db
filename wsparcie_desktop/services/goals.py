"""Development goals for the priorities, and the indicators that show whether a goal was reached.

Every priority gets at least one goal and every goal at least one complete indicator: name, unit, baseline
value and date, target value and date (later than the baseline), how it is measured and by whom. A goal
whose gap rests only on causes the JST cannot influence is allowed, but saving it returns a warning: the
model works on what the JST itself can change.

Changes are of ``Kind.GOALS``; their ``ids`` name the goal, or for an indicator the indicator.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import (
    ActivityGoal,
    ActivityIndicator,
    Cause,
    DevelopmentGap,
    DevelopmentGoal,
    GapCause,
    HdrActivity,
    Indicator,
)
from wsparcie_desktop.db.versioning import check_version
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_date_short, format_number
from wsparcie_desktop.services.diagnosis import next_position, owned, process_with_area, short
from wsparcie_desktop.services.processes import process_change
from wsparcie_desktop.validation import require


@dataclass
class IndicatorData:
    name: str = ""
    unit: str = ""
    baseline_value: Decimal | None = None
    baseline_on: dt.date | None = None
    target_value: Decimal | None = None
    target_on: dt.date | None = None
    method: str = ""
    measured_by: str = ""
    goal_id: int | None = None
    id: int | None = None
    version: int | None = None  # the row's version when read; a save over an older one is refused

    @property
    def baseline_text(self) -> str:
        return f"{format_number(self.baseline_value)} {self.unit} ({format_date_short(self.baseline_on)})".strip()

    @property
    def target_text(self) -> str:
        return f"{format_number(self.target_value)} {self.unit} ({format_date_short(self.target_on)})".strip()


@dataclass
class GoalData:
    text: str = ""
    gap_id: int | None = None
    id: int | None = None
    position: int = 0
    gap_description: str = ""
    indicators: list[IndicatorData] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    version: int | None = None  # the row's version when read; a save over an older one is refused


@dataclass(frozen=True)
class Saved:
    """The id of what was saved, warnings the user should read (saving went through anyway), and the change."""

    id: int
    warnings: list[str] = field(default_factory=list)
    changes: tuple[Change, ...] = ()


def _indicator(row: Indicator) -> IndicatorData:
    return IndicatorData(row.name, row.unit, row.baseline_value, row.baseline_on, row.target_value, row.target_on,
                         row.method, row.measured_by, row.goal_id, row.id, row.version)  # fmt: skip


def _warnings(s, goal_text: str, gap_id: int) -> list[str]:
    influences = list(s.scalars(select(Cause.influence).join(GapCause, GapCause.cause_id == Cause.id)
                                .where(GapCause.gap_id == gap_id)))  # fmt: skip
    if influences and all(i == "no" for i in influences):
        return [f"Cel „{short(goal_text, 60)}” dotyczy tylko przyczyn, na które samorząd nie ma wpływu. Model "
                f"doradztwa zaleca cele, które JST może osiągnąć własnymi działaniami — rozważ przeformułowanie "
                f"celu albo wskaż w luce przyczynę, na którą macie wpływ."]  # fmt: skip
    return []


def list_goals(db: Database, process_id: int) -> list[GoalData]:
    """Goals with their indicators and warnings, in the order they were set (the HDR numbers them so too)."""
    with db.transaction() as s:
        rows = s.execute(
            select(DevelopmentGoal, DevelopmentGap.description)
            .join(DevelopmentGap, DevelopmentGap.id == DevelopmentGoal.gap_id)
            .where(DevelopmentGoal.process_id == process_id)
            .order_by(DevelopmentGoal.position, DevelopmentGoal.id)
        ).all()
        indicators = s.scalars(select(Indicator).join(DevelopmentGoal)
                               .where(DevelopmentGoal.process_id == process_id).order_by(Indicator.id))  # fmt: skip
        by_goal: dict[int, list[IndicatorData]] = {}
        for row in indicators:
            by_goal.setdefault(row.goal_id, []).append(_indicator(row))
        return [GoalData(g.text, g.gap_id, g.id, g.position, gap, by_goal.get(g.id, []), _warnings(s, g.text, g.gap_id),
                         g.version) for g, gap in rows]  # fmt: skip


def get_goal(db: Database, goal_id: int) -> GoalData:
    with db.transaction() as s:
        goal = s.get(DevelopmentGoal, goal_id)
        if goal is None:
            raise DomainError("Tego celu już nie ma — mógł zostać usunięty.")
        process_id = goal.process_id
    return next(g for g in list_goals(db, process_id) if g.id == goal_id)


def save_goal(db: Database, process_id: int, data: GoalData) -> Saved:
    """Add or change a goal of a priority gap; returns the warnings about influence (not an error)."""
    text = require(data.text, "text", "Cel rozwojowy")
    with db.transaction() as s:
        process = process_with_area(s, process_id)
        gap = owned(s, DevelopmentGap, data.gap_id, process_id, "Wybierz priorytet, któremu służy ten cel.", "gap_id")
        if not gap.is_priority:
            raise DomainError("Cele wyznacza się dla priorytetów — ta luka nie jest oznaczona jako priorytet.",
                              "gap_id")  # fmt: skip
        if data.id is None:
            # Positions run through the whole process, so goals are numbered the same here and in the HDR.
            goal = DevelopmentGoal(process_id=process_id, gap_id=gap.id, text=text, position=next_position(
                s, DevelopmentGoal, DevelopmentGoal.process_id == process_id))  # fmt: skip
            s.add(goal)
        else:
            goal = owned(s, DevelopmentGoal, data.id, process_id, "Tego celu już nie ma — mógł zostać usunięty.")
            check_version(goal, data.version)
            goal.text, goal.gap_id = text, gap.id
        s.flush()
        change = Change(Kind.GOALS, process.jst_id, process_id, (goal.id,))
        return Saved(goal.id, _warnings(s, text, gap.id), (change,))


def goal_dependants(db: Database, goal_id: int) -> list[str]:
    """Its indicators and the HDR activities that serve it: the links go with the goal."""
    with db.transaction() as s:
        names = s.scalars(select(Indicator.name).where(Indicator.goal_id == goal_id))
        found = [f"wskaźnik „{short(n)}”" for n in names]
        activities = s.scalars(select(HdrActivity.name).join(ActivityGoal).where(ActivityGoal.goal_id == goal_id))
        found += [f"powiązanie z działaniem HDR „{short(a)}”" for a in activities]
        return found


def delete_goal(db: Database, goal_id: int) -> Change:
    """Delete the goal with its indicators; HDR activities lose the link to it."""
    with db.transaction() as s:
        goal = s.get(DevelopmentGoal, goal_id)
        if goal is None:  # already deleted elsewhere
            return Change(Kind.GOALS, ids=(goal_id,), deleted=True)
        change = process_change(s, Kind.GOALS, goal.process_id, (goal_id,), deleted=True)
        s.delete(goal)
        return change


# ---------------------------------------------------------------- indicators


def _check_indicator(data: IndicatorData) -> dict:
    values = dict(
        name=require(data.name, "name", "Nazwa wskaźnika"),
        unit=require(data.unit, "unit", "Jednostka"),
    )
    for name, label in (("baseline_value", "Wartość bazowa"), ("target_value", "Wartość docelowa")):
        value = getattr(data, name)
        if value is None:
            raise DomainError(f"Pole „{label}” nie może być puste — wpisz liczbę, np. 12 albo 45,5.", name)
        if not isinstance(value, Decimal):
            value = Decimal(str(value))
        if not value.is_finite() or abs(value) >= Decimal("1e10"):
            raise DomainError(f"Pole „{label}” musi być liczbą mniejszą niż 10 miliardów.", name)
        values[name] = value
    if data.baseline_on is None:
        raise DomainError("Podaj datę, na którą ustalono wartość bazową.", "baseline_on")
    if data.target_on is None:
        raise DomainError("Podaj datę, do której ma zostać osiągnięta wartość docelowa.", "target_on")
    if data.target_on <= data.baseline_on:
        raise DomainError(f"Data docelowa musi być późniejsza niż data bazowa ({format_date_short(data.baseline_on)}).",
                          "target_on")  # fmt: skip
    values.update(baseline_on=data.baseline_on, target_on=data.target_on,
                  method=require(data.method, "method", "Sposób pomiaru"),
                  measured_by=require(data.measured_by, "measured_by", "Kto mierzy"))  # fmt: skip
    return values


def save_indicator(db: Database, goal_id: int, data: IndicatorData) -> Change:
    values = _check_indicator(data)
    with db.transaction() as s:
        goal = s.get(DevelopmentGoal, goal_id)
        if goal is None:
            raise DomainError("Najpierw zapisz cel, potem dodaj do niego wskaźnik.")
        if data.id is None:
            row = Indicator(goal_id=goal_id, **values)
            s.add(row)
        else:
            row = s.get(Indicator, data.id)
            if row is None or row.goal_id != goal_id:
                raise DomainError("Tego wskaźnika już nie ma — mógł zostać usunięty.")
            check_version(row, data.version)
            for key, value in values.items():
                setattr(row, key, value)
        s.flush()
        return process_change(s, Kind.GOALS, goal.process_id, (row.id,))


def indicator_dependants(db: Database, indicator_id: int) -> list[str]:
    with db.transaction() as s:
        activities = s.scalars(select(HdrActivity.name).join(ActivityIndicator)
                               .where(ActivityIndicator.indicator_id == indicator_id))  # fmt: skip
        return [f"powiązanie z działaniem HDR „{short(a)}”" for a in activities]


def delete_indicator(db: Database, indicator_id: int) -> Change:
    with db.transaction() as s:
        row = s.get(Indicator, indicator_id)
        if row is None:  # already deleted elsewhere
            return Change(Kind.GOALS, ids=(indicator_id,), deleted=True)
        change = process_change(s, Kind.GOALS, s.get(DevelopmentGoal, row.goal_id).process_id, (indicator_id,),
                                deleted=True)  # fmt: skip
        s.delete(row)
        return change


def check_goals(db: Database, process_id: int) -> None:
    """Before finishing: each priority has a goal, each goal an indicator."""
    with db.transaction() as s:
        priorities = s.execute(select(DevelopmentGap.id, DevelopmentGap.description)
                               .where(DevelopmentGap.process_id == process_id, DevelopmentGap.is_priority)
                               .order_by(DevelopmentGap.id)).all()  # fmt: skip
        for gap in priorities:
            if not s.scalar(select(func.count()).where(DevelopmentGoal.gap_id == gap.id)):
                raise DomainError(f"Priorytet „{short(gap.description)}” nie ma jeszcze celu rozwojowego.", "gap_id")
        goals = s.execute(select(DevelopmentGoal.id, DevelopmentGoal.text)
                          .where(DevelopmentGoal.process_id == process_id)).all()  # fmt: skip
        for goal in goals:
            if not s.scalar(select(func.count()).where(Indicator.goal_id == goal.id)):
                raise DomainError(f"Cel „{short(goal.text)}” nie ma jeszcze wskaźnika.", "indicators")
