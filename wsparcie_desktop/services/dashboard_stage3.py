"""The stage-3 card of the dashboard: how far the HDR is carried out, counted in the store in one session.

Activities done, delayed (derived as everywhere: the planned end has passed and the activity is neither done
nor cancelled, or the team marked it delayed) and cancelled; the indicators measured since the HDR was
approved; the ORE report's state, overdue when its due date has passed and it was not sent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from wsparcie_desktop.db.models import (
    ActivityProgress,
    DevelopmentGoal,
    Hdr,
    HdrActivity,
    Indicator,
    IndicatorMeasurement,
    OreReport,
    OreReportSection,
)
from wsparcie_desktop.i18n import format_date_short, plural
from wsparcie_desktop.services.hdr_progress import CLOSED


@dataclass(frozen=True)
class Stage3Counts:
    activities: int = 0
    done: int = 0
    delayed: int = 0
    cancelled: int = 0
    indicators: int = 0
    measured: int = 0
    ore_planned: bool = False
    ore_started: bool = False
    ore_status: str = "draft"
    ore_overdue: bool = False
    ore_due_on: dt.date | None = None

    @property
    def summary(self) -> str:
        text = (f"Działania: zrealizowane {self.done} z {self.activities}, opóźnione {self.delayed}, "
                f"odwołane {self.cancelled}. Wskaźniki zmierzone: {self.measured} z {self.indicators}.")  # fmt: skip
        if self.ore_overdue:
            text += f" Raport dla ORE po terminie ({format_date_short(self.ore_due_on)})."
        return text

    @property
    def ore_text(self) -> str:
        state = {"draft": "w przygotowaniu" if self.ore_started else "nie rozpoczęty", "ready": "gotowy",
                 "sent": "wysłany"}[self.ore_status]  # fmt: skip
        if self.ore_overdue:
            state += " — PO TERMINIE"
        return f"Raport dla ORE: {state}"


def stage3_counts(s: Session, hdr: Hdr | None, today: dt.date | None = None) -> Stage3Counts:
    if hdr is None:
        return Stage3Counts()
    today = today or dt.date.today()
    status = func.coalesce(ActivityProgress.status, "planned")

    def count(*where) -> int:
        return s.scalar(
            select(func.count()).select_from(HdrActivity)
            .outerjoin(ActivityProgress, ActivityProgress.activity_id == HdrActivity.id)
            .where(HdrActivity.hdr_id == hdr.id, *where)
        ) or 0  # fmt: skip

    activities = count()
    done = count(status == "done")
    delayed = count(or_(status == "delayed", and_(status.not_in(CLOSED), HdrActivity.ends_on < today)))
    cancelled = count(status == "cancelled")
    indicator_ids = select(Indicator.id).join(DevelopmentGoal).where(DevelopmentGoal.process_id == hdr.process_id)
    indicators = s.scalar(select(func.count()).select_from(indicator_ids.subquery())) or 0
    since = hdr.approved_on or dt.date.min
    measured = s.scalar(
        select(func.count(func.distinct(IndicatorMeasurement.indicator_id)))
        .where(IndicatorMeasurement.indicator_id.in_(indicator_ids), IndicatorMeasurement.measured_on >= since)
    ) or 0  # fmt: skip
    report = s.scalar(select(OreReport).where(OreReport.hdr_id == hdr.id))
    started = bool(report and s.scalar(
        select(func.count()).where(OreReportSection.report_id == report.id, func.length(OreReportSection.text) > 0)))  # fmt: skip
    ore_status = report.status if report else "draft"
    overdue = hdr.ore_form_due_on is not None and hdr.ore_form_due_on < today and ore_status != "sent"
    return Stage3Counts(activities, done, delayed, cancelled, indicators, measured, bool(hdr.ore_form_code), started,
                        ore_status, overdue, hdr.ore_form_due_on)  # fmt: skip


def stage3_step_labels(counts: Stage3Counts) -> list[tuple[str, bool]]:
    """The card's steps about carrying out the HDR, each with whether it is done."""
    return [
        (f"Działania zrealizowane ({counts.done} z {plural(counts.activities, 'działanie')})",
         counts.activities > 0 and counts.done + counts.cancelled == counts.activities),
        (f"Wskaźniki zmierzone ({counts.measured} z {counts.indicators})",
         counts.indicators > 0 and counts.measured == counts.indicators),
        (counts.ore_text, counts.ore_status == "sent"),
    ]  # fmt: skip
