"""The HDR as every view of it shows it: one numbering of the activities and one row of the Gantt chart.

The table and the chart on screen, the PDF (its goals, its table, its chart) and the XLSX all call an activity
by its number, and "after activity 3" must mean the same activity in each. The number is the activity's place
in the plan's own order (the order the user set, 1, 2, 3 …), worked out here once. A chart row is the same
for the screen's chart and the paper one; the screen adds only its tooltip.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from wsparcie_desktop.services.hdr_plan import ActivityData, HdrPlan

if TYPE_CHECKING:
    from wsparcie_desktop.services.hdr_baseline import Baseline


def activity_numbers(activities: Sequence[ActivityData]) -> dict[int, int]:
    """Each activity's number ("Lp."), by id: its place in the plan's order, from 1."""
    return {a.id: number for number, a in enumerate(activities, 1)}


@dataclass(frozen=True)
class GanttRow:
    """One activity as a Gantt chart draws it, on screen and on paper; ``ends_on`` is inclusive.

    ``baseline`` is the activity's dates in the approved plan (None: not in it, or no plan approved yet).
    ``actual_start`` and ``actual_end`` are when it was really carried out (stage 3): both None until it starts,
    ``actual_end`` None while it is still under way.
    """

    id: int | None
    number: int
    name: str
    starts_on: dt.date
    ends_on: dt.date
    is_milestone: bool = False
    baseline: tuple[dt.date, dt.date] | None = None
    baseline_milestone: bool = False
    actual_start: dt.date | None = None
    actual_end: dt.date | None = None


Actuals = dict[int, tuple[dt.date | None, dt.date | None]]


def gantt_rows(plan: HdrPlan, baseline: Baseline | None = None, actuals: Actuals | None = None) -> list[GanttRow]:
    """The chart's rows in the plan's order, numbered as everywhere else.

    ``actuals`` are the dates the activities really ran, by id (see ``hdr_progress.actual_dates``).
    """
    actuals = actuals or {}
    return [_row(a, number, baseline, actuals) for number, a in enumerate(plan.activities, 1)]


def gantt_row(plan: HdrPlan, activity_id: int, baseline: Baseline | None = None,
              actuals: Actuals | None = None) -> GanttRow | None:  # fmt: skip
    """The one row of :func:`gantt_rows` for the activity (None if it is not in the plan): after one edit the
    screen redraws one bar, and a plan of 5,000 activities is not made into 5,000 rows to find it."""
    for number, a in enumerate(plan.activities, 1):
        if a.id == activity_id:
            return _row(a, number, baseline, actuals or {})
    return None


def gantt_rows_at(activities: dict[int, ActivityData], baseline: Baseline | None = None,
                  actuals: Actuals | None = None) -> dict[int, GanttRow]:  # fmt: skip
    """The rows of :func:`gantt_rows` of the activities at these places of the plan's order (from 0): the rows of
    a long plan that a screen shows before the rest is read (``hdr_plan.load_plan_start``)."""
    return {place: _row(a, place + 1, baseline, actuals or {}) for place, a in activities.items()}


_FIELDS = tuple(f.name for f in fields(GanttRow))
_new = object.__new__


def _made(values: tuple) -> GanttRow:
    """``GanttRow(*values)`` without the frozen class's ``__setattr__`` per field (most of the time of a plan's
    5,000 rows): the same row, equal to the one the class makes."""
    row = _new(GanttRow)
    row.__dict__.update(zip(_FIELDS, values))
    return row


def _row(a: ActivityData, number: int, baseline: Baseline | None, actuals: Actuals) -> GanttRow:
    approved = baseline.activities.get(a.id) if baseline else None
    start, end = actuals.get(a.id, (None, None))
    return _made((a.id, number, a.name, a.starts_on, a.ends_on, a.is_milestone,
                  (approved.starts_on, approved.ends_on) if approved else None,
                  bool(approved and approved.is_milestone), start, end))  # fmt: skip
