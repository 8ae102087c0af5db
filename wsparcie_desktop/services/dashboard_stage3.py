"""The stage-3 card of the dashboard: how far the HDR is carried out, counted in the store in one session.

Activities done, delayed (derived as everywhere: the planned end has passed and the activity is neither done
nor cancelled, or the team marked it delayed) and cancelled; the indicators measured since the HDR was
approved; the ORE report's state, overdue when its due date has passed and it was not sent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

CLOSED = ("done", "cancelled")  # as services.hdr_progress says; this module is read before SQLAlchemy loads


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
    ore_form_name: str = ""
    ore_responsible: str = ""

    @property
    def summary(self) -> str:
        from wsparcie_desktop.i18n import format_date_short

        text = (f"Działania: zrealizowane {self.done} z {self.activities}, opóźnione {self.delayed}, "
                f"odwołane {self.cancelled}. Wskaźniki zmierzone: {self.measured} z {self.indicators}.")  # fmt: skip
        if self.ore_overdue:
            text += f" Raport dla ORE po terminie ({format_date_short(self.ore_due_on)})."
        return text

    @property
    def overdue_notice(self) -> str:
        """The dashboard's own line about the report to ORE once its due date has passed unsent ('' otherwise)."""
        if not self.ore_overdue:
            return ""
        from wsparcie_desktop.i18n import format_date_short

        form = f" ({self.ore_form_name})" if self.ore_form_name else ""
        who = f", odpowiada: {self.ore_responsible}" if self.ore_responsible else ""
        state = {"draft": "w przygotowaniu" if self.ore_started else "nie rozpoczęty", "ready": "gotowy, nie wysłany",
                 "sent": "wysłany"}[self.ore_status]  # fmt: skip
        return f"Po terminie: raport dla ORE{form} — termin {format_date_short(self.ore_due_on)}{who}; stan: {state}."

    @property
    def ore_text(self) -> str:
        state = {"draft": "w przygotowaniu" if self.ore_started else "nie rozpoczęty", "ready": "gotowy",
                 "sent": "wysłany"}[self.ore_status]  # fmt: skip
        if self.ore_overdue:
            state += " — PO TERMINIE"
        return f"Raport dla ORE: {state}"


def stage3_counts(s, hdr, today: dt.date | None = None) -> Stage3Counts:
    """The counts through the ORM session ``s`` for ``hdr`` (a row, or None)."""
    from sqlalchemy import and_, func, or_, select

    from wsparcie_desktop.db.models import (
        ActivityProgress,
        DevelopmentGoal,
        HdrActivity,
        Indicator,
        IndicatorMeasurement,
        OreReport,
        OreReportForm,
        OreReportSection,
        Person,
    )

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
    form = s.get(OreReportForm, hdr.ore_form_code) if hdr.ore_form_code else None
    person = s.get(Person, hdr.ore_form_responsible_id) if hdr.ore_form_responsible_id else None
    return Stage3Counts(activities, done, delayed, cancelled, indicators, measured, bool(hdr.ore_form_code), started,
                        ore_status, overdue, hdr.ore_form_due_on, form.name if form else "",
                        person.full_name if person else "")  # fmt: skip


def stage3_step_labels(counts: Stage3Counts) -> list[tuple[str, bool]]:
    """The card's steps about carrying out the HDR, each with whether it is done."""
    from wsparcie_desktop.i18n import plural

    return [
        (f"Działania zrealizowane ({counts.done} z {plural(counts.activities, 'działanie')})",
         counts.activities > 0 and counts.done + counts.cancelled == counts.activities),
        (f"Wskaźniki zmierzone ({counts.measured} z {counts.indicators})",
         counts.indicators > 0 and counts.measured == counts.indicators),
        (counts.ore_text, counts.ore_status == "sent"),
    ]  # fmt: skip


def stage3_counts_sqlite(conn, process_id: int, today: dt.date | None = None) -> Stage3Counts:
    """The same counts as :func:`stage3_counts`, read with plain sqlite3 for the first window (quick_reads)."""
    hdr = conn.execute(
        "SELECT h.id, h.approved_on, h.ore_form_code, h.ore_form_due_on, f.name, p.full_name FROM hdr h "
        "LEFT JOIN ore_report_form f ON f.code = h.ore_form_code LEFT JOIN person p ON p.id = h.ore_form_responsible_id "
        "WHERE h.process_id = ?", (process_id,)).fetchone()  # fmt: skip
    if hdr is None:
        return Stage3Counts()
    hdr_id, approved_on, form, due, form_name, responsible = hdr
    day = (today or dt.date.today()).isoformat()
    joined = "hdr_activity a LEFT JOIN activity_progress p ON p.activity_id = a.id WHERE a.hdr_id = ?"
    status = "coalesce(p.status, 'planned')"

    def count(where: str = "", *args) -> int:
        return conn.execute(f"SELECT count(*) FROM {joined} {where}", (hdr_id, *args)).fetchone()[0]

    indicators = ("SELECT i.id FROM indicator i JOIN development_goal g ON g.id = i.goal_id "
                  "WHERE g.process_id = ?")  # fmt: skip
    measured = conn.execute(
        f"SELECT count(DISTINCT indicator_id) FROM indicator_measurement WHERE indicator_id IN ({indicators}) "
        "AND measured_on >= ?", (process_id, approved_on or "0001-01-01")).fetchone()[0]  # fmt: skip
    report = conn.execute("SELECT id, status FROM ore_report WHERE hdr_id = ?", (hdr_id,)).fetchone()
    started = bool(report and conn.execute(
        "SELECT count(*) FROM ore_report_section WHERE report_id = ? AND length(text) > 0", (report[0],)).fetchone()[0])  # fmt: skip
    ore_status = report[1] if report else "draft"
    due_on = dt.date.fromisoformat(due) if due else None
    return Stage3Counts(
        count(), count(f"AND {status} = 'done'"),
        count(f"AND ({status} = 'delayed' OR ({status} NOT IN ('done', 'cancelled') AND a.ends_on < ?))", day),
        count(f"AND {status} = 'cancelled'"),
        conn.execute(f"SELECT count(*) FROM ({indicators})", (process_id,)).fetchone()[0], measured, bool(form),
        started, ore_status, due_on is not None and due < day and ore_status != "sent", due_on, form_name or "",
        responsible or "",
    )  # fmt: skip
