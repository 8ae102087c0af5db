"""Indicators measured while the HDR is carried out: dated values on the way from the baseline to the target.

Each indicator of a development goal keeps its baseline and target (stage 2); here it gets measurements
(value, date, source, who measured, a note). The progress is the share of the way from baseline to target
covered by the latest measurement (it may be below 0% or above 100%), and whether the target date has passed.
A measurement date lies within reason: not before the advisory process started, and not over a year ahead.

Changes are of ``Kind.MEASUREMENT``; their ``ids`` name the measurement.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import AdvisoryProcess, DevelopmentGoal, Indicator, IndicatorMeasurement
from wsparcie_desktop.db.versioning import check_version
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_number, parse_number
from wsparcie_desktop.services.hdr_plan import HdrPlan, IndicatorInfo
from wsparcie_desktop.services.hdr_progress import check_actual_date
from wsparcie_desktop.services.hdr_projection import activity_numbers
from wsparcie_desktop.services.processes import process_change
from wsparcie_desktop.validation import clean

MAX_VALUE = Decimal("9999999999.9999")  # what Numeric(14, 4) holds


@dataclass
class MeasurementData:
    indicator_id: int
    measured_on: dt.date | None = None
    value: Decimal | None = None
    source: str = ""
    measured_by: str = ""
    note: str = ""
    id: int | None = None
    version: int | None = None


def parse_value(text: str | Decimal | int | None) -> Decimal:
    """A measured value typed the Polish way ('12,5', '1 200'); DomainError at the field otherwise."""
    if isinstance(text, float | bool):
        raise TypeError(f"A measured value is a Decimal or typed text, not {type(text).__name__}")
    if text is None or (isinstance(text, str) and not text.strip()):
        raise DomainError("Podaj zmierzoną wartość wskaźnika.", "value")
    try:
        value = parse_number(text) if isinstance(text, str) else Decimal(text)
    except (ValueError, InvalidOperation) as exc:
        raise DomainError("Wartość podaje się liczbą, np. 12 albo 12,5.", "value") from exc
    if not value.is_finite() or abs(value) > MAX_VALUE:
        raise DomainError("Ta wartość jest zbyt duża — sprawdź, czy nie wpisano za wielu cyfr.", "value")
    return value.quantize(Decimal("0.0001"))


def _indicator(s: Session, indicator_id: int) -> tuple[Indicator, AdvisoryProcess]:
    indicator = s.get(Indicator, indicator_id)
    if indicator is None:
        raise DomainError("Ten wskaźnik nie istnieje — mógł zostać usunięty.")
    goal = s.get(DevelopmentGoal, indicator.goal_id)
    return indicator, s.get(AdvisoryProcess, goal.process_id)


def save_measurement(db: Database, data: MeasurementData, today: dt.date | None = None) -> Change:
    """Add (id None) or change a measurement; every rule is checked before anything is stored."""
    if data.measured_on is None:
        raise DomainError("Podaj datę pomiaru.", "measured_on")
    value = parse_value(data.value)
    with db.transaction() as s:
        indicator, process = _indicator(s, data.indicator_id)
        check_actual_date(data.measured_on, process.started_on, "measured_on", "Data pomiaru", today)
        if data.id is None:
            row = IndicatorMeasurement(indicator_id=indicator.id)
            s.add(row)
        else:
            row = s.get(IndicatorMeasurement, data.id)
            if row is None:
                raise DomainError("Ten pomiar nie istnieje — mógł zostać usunięty.")
            check_version(row, data.version)
        row.measured_on, row.value = data.measured_on, value
        row.source, row.measured_by, row.note = clean(data.source), clean(data.measured_by), clean(data.note)
        if len(row.source) > 300 or len(row.measured_by) > 200:
            raise DomainError("Źródło może mieć najwyżej 300 znaków, a „kto mierzył” 200 — resztę wpisz w uwagach.",
                              "source" if len(row.source) > 300 else "measured_by")  # fmt: skip
        s.flush()
        return process_change(s, Kind.MEASUREMENT, process.id, (row.id,))


def delete_measurement(db: Database, measurement_id: int) -> Change:
    with db.transaction() as s:
        row = s.get(IndicatorMeasurement, measurement_id)
        if row is None:
            return Change(Kind.MEASUREMENT, ids=(measurement_id,), deleted=True)
        _indicator_row, process = _indicator(s, row.indicator_id)
        s.delete(row)
        return process_change(s, Kind.MEASUREMENT, process.id, (measurement_id,), deleted=True)


def _data(row: IndicatorMeasurement) -> MeasurementData:
    return MeasurementData(row.indicator_id, row.measured_on, Decimal(row.value).quantize(Decimal("0.0001")),
                           row.source, row.measured_by, row.note, row.id, row.version)  # fmt: skip


def measurements_by_indicator(s: Session, indicator_ids: list[int]) -> dict[int, list[MeasurementData]]:
    found: dict[int, list[MeasurementData]] = {i: [] for i in indicator_ids}
    if indicator_ids:
        for row in s.scalars(
            select(IndicatorMeasurement).where(IndicatorMeasurement.indicator_id.in_(indicator_ids))
            .order_by(IndicatorMeasurement.measured_on, IndicatorMeasurement.id)
        ):  # fmt: skip
            found[row.indicator_id].append(_data(row))
    return found


def list_measurements(db: Database, indicator_id: int) -> list[MeasurementData]:
    with db.transaction() as s:
        return measurements_by_indicator(s, [indicator_id])[indicator_id]


# ---------------------------------------------------------------- progress


def progress_share(baseline: Decimal | None, target: Decimal | None, value: Decimal | None) -> Decimal | None:
    """How much of the way from baseline to target ``value`` has come, in percent (None when it cannot be said)."""
    if baseline is None or target is None or value is None or target == baseline:
        return None
    return ((Decimal(value) - Decimal(baseline)) * 100 / (Decimal(target) - Decimal(baseline))).quantize(Decimal("0.1"))


@dataclass
class IndicatorProgress:
    indicator: IndicatorInfo
    goal_number: int
    goal_text: str
    measurements: list[MeasurementData] = field(default_factory=list)
    activities: list[tuple[int, str]] = field(default_factory=list)  # (number, name) of the activities meant to move it
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def latest(self) -> MeasurementData | None:
        return self.measurements[-1] if self.measurements else None

    @property
    def share(self) -> Decimal | None:
        i = self.indicator
        return progress_share(i.baseline_value, i.target_value, self.latest.value if self.latest else None)

    @property
    def target_passed(self) -> bool:
        return self.indicator.target_on is not None and self.indicator.target_on < self.today

    @property
    def reached(self) -> bool:
        share = self.share
        return share is not None and share >= 100

    def chart_points(self) -> list[tuple[dt.date, Decimal, str]]:
        """(date, value, kind) for the chart, in date order: the baseline, the measurements, the target."""
        i = self.indicator
        found = []
        if i.baseline_value is not None and i.baseline_on:
            found.append((i.baseline_on, Decimal(i.baseline_value), "baseline"))
        found += [(m.measured_on, Decimal(m.value), "measured") for m in self.measurements]
        if i.target_value is not None and i.target_on:
            found.append((i.target_on, Decimal(i.target_value), "target"))
        return sorted(found, key=lambda p: p[0])

    @property
    def measured_since_baseline(self) -> bool:
        first = self.indicator.baseline_on
        return any(first is None or m.measured_on > first for m in self.measurements)

    def value_text(self, value: Decimal | None) -> str:
        if value is None:
            return "—"
        return f"{format_number(value.normalize() if value == value.to_integral() else value)} {self.indicator.unit}".strip()

    @property
    def share_text(self) -> str:
        share = self.share
        if share is None:
            return "nie zmierzono" if not self.measurements else "—"
        return f"{format_number(share, 1)}% drogi do celu"

    @property
    def state_text(self) -> str:
        parts = [self.share_text]
        if self.reached:
            parts.append("cel osiągnięty")
        elif self.target_passed:
            parts.append("termin docelowy minął")
        return ", ".join(parts)


@dataclass(frozen=True)
class Axis:
    """A chart's value axis: round limits and the ticks between them, each with its Polish label."""

    low: Decimal
    high: Decimal
    ticks: tuple[Decimal, ...]

    def label(self, tick: Decimal) -> str:
        return format_number(tick if tick != tick.to_integral() else tick.to_integral())

    @property
    def labels(self) -> list[str]:
        return [self.label(t) for t in self.ticks]


NICE_STEPS = (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10))


def value_axis(values: list[Decimal], most_ticks: int = 5) -> Axis:
    """Round limits and steps for ``values``: 0 is the lower limit where no value is below it (and the upper one
    where none is above it); the step is 1, 2, 2,5 or 5 times a power of ten, whole for whole values; at most
    ``most_ticks`` ticks."""
    values = [Decimal(v) for v in values] or [Decimal(0)]
    low, high = min(values), max(values)
    low, high = min(low, Decimal(0)), max(high, Decimal(0))
    if high == low:
        high = low + 1
    raw = (high - low) / (most_ticks - 1)
    magnitude = Decimal(10) ** raw.adjusted()
    step = next(m * magnitude for m in NICE_STEPS if m * magnitude >= raw)
    if step < 1 and all(v == v.to_integral() for v in values):
        step = Decimal(1)  # whole values (schools, meetings, a document adopted or not) get whole ticks
    bottom = (low / step).to_integral_value(rounding=ROUND_FLOOR) * step
    top = (high / step).to_integral_value(rounding=ROUND_CEILING) * step
    count = int((top - bottom) / step)
    ticks = tuple((bottom + step * n).normalize() + 0 for n in range(count + 1))
    return Axis(ticks[0], ticks[-1], ticks)


def progress_of_plan(plan: HdrPlan, measurements: dict[int, list[MeasurementData]],
                     today: dt.date) -> list[IndicatorProgress]:  # fmt: skip
    numbers = activity_numbers(plan.activities)
    result = []
    for goal in plan.goals:
        for indicator in goal.indicators:
            tied = [(numbers[a.id], a.name) for a in plan.activities if indicator.id in a.indicator_ids]
            result.append(IndicatorProgress(indicator, goal.number, goal.text, measurements.get(indicator.id, []),
                                            tied, today))  # fmt: skip
    return result


def indicator_progress(db: Database, process_id: int, today: dt.date | None = None,
                       plan: HdrPlan | None = None) -> list[IndicatorProgress]:  # fmt: skip
    """Every indicator of the process's goals with its measurements, progress and the activities tied to it."""
    from wsparcie_desktop.services.hdr_plan import load_plan

    plan = plan or load_plan(db, process_id)
    ids = [i.id for g in plan.goals for i in g.indicators]
    with db.transaction() as s:
        found = measurements_by_indicator(s, ids)
    return progress_of_plan(plan, found, today or dt.date.today())
