"""Carrying out the HDR: each activity's status and actuals, read against the approved plan.

An activity is planned, in progress, done, delayed, cancelled (with a reason) or moved. Its actuals are the
dates it really ran (inclusive), what it really cost and from which source, the result achieved, notes and
files of evidence. "Delayed" is also derived, here and nowhere else, so every screen and printout says the
same: an activity whose planned end has passed and which is neither done nor cancelled is delayed, whatever
status was last typed (shown in words, as overdue data tasks are).

Costs are compared with the approved plan (the baseline): an activity in the approved plan counts with its
approved cost, source and dates; one added after approval counts with its current plan. What was spent is
shared between years in proportion to the days of the actual dates (the planned ones while the actual dates
are not known), by the same rule the HDR's budget uses.

Changes are of ``Kind.HDR_PROGRESS``; their ``ids`` name the activity (for a file: the attachment).
"""

from __future__ import annotations

import datetime as dt
import mimetypes
from collections import Counter
from dataclasses import dataclass, field, replace
from decimal import Decimal

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import ActivityProgress, AdvisoryProcess, Attachment, Hdr, HdrActivity
from wsparcie_desktop.db.plain_rows import Prepared, plain_rows
from wsparcie_desktop.db.versioning import check_version
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_date_short, plural
from wsparcie_desktop.services.data_tasks import AttachmentInfo, check_attachment_size
from wsparcie_desktop.services.hdr_baseline import Baseline, latest_baseline
from wsparcie_desktop.services.hdr_costs import check_cost, parse_cost
from wsparcie_desktop.services.hdr_dates import one_year_part, split_by_year
from wsparcie_desktop.services.hdr_plan import (
    FINANCING_LABELS,
    NO_COST,
    START_ROWS,
    ActivityData,
    HdrPlan,
    load_plan,
    load_plan_start,
)
from wsparcie_desktop.services.hdr_projection import activity_numbers
from wsparcie_desktop.services.processes import process_change
from wsparcie_desktop.validation import clean

STATUS_LABELS: dict[str, str] = {
    "planned": "zaplanowane",
    "in_progress": "w trakcie",
    "done": "zrealizowane",
    "delayed": "opóźnione",
    "cancelled": "odwołane",
    "moved": "przesunięte",
}
CLOSED = ("done", "cancelled")
# An actual date or a measurement more than this far ahead of today is a typing slip (2207 for 2027).
FUTURE_LIMIT = dt.timedelta(days=366)
ZERO = Decimal("0.00")


@dataclass
class ProgressData:
    """An activity's status and actuals as a form edits them; ``version`` None while nothing was recorded."""

    activity_id: int
    status: str = "planned"
    reason: str = ""
    actual_start: dt.date | None = None
    actual_end: dt.date | None = None
    actual_cost: Decimal | str | None = None  # a form may hand the typed text on: the service reads it
    actual_financing: str | None = None
    result: str = ""
    notes: str = ""
    version: int | None = None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


def is_delayed(ends_on: dt.date, status: str, today: dt.date) -> bool:
    """Marked delayed, or the planned end (inclusive) has passed and the activity is neither done nor cancelled."""
    return status == "delayed" or (status not in CLOSED and ends_on < today)


def days_late(ends_on: dt.date, status: str, today: dt.date) -> int:
    return (today - ends_on).days if status not in CLOSED and ends_on < today else 0


def late_text(days: int) -> str:
    """'po terminie (12 dni)' — the words that mark a late activity on screen and on paper."""
    return f"po terminie ({plural(days, 'dzień')})"


@dataclass
class RealisationRow:
    """One line of plan against reality."""

    activity: ActivityData
    number: int
    progress: ProgressData
    baseline: tuple[dt.date, dt.date] | None
    baseline_cost: Decimal | None
    baseline_financing: str | None
    responsible: str
    delayed: bool
    days_late: int
    attachments: int = 0

    @property
    def shown_status(self) -> str:
        """The status as shown: 'delayed' when derived so (done and cancelled stay what they are)."""
        return "delayed" if self.delayed else self.progress.status

    @property
    def status_text(self) -> str:
        text = STATUS_LABELS[self.shown_status]
        if self.days_late:
            text += " — " + late_text(self.days_late)
        return text

    @property
    def planned_cost(self) -> Decimal:
        return self.baseline_cost if self.baseline_cost is not None else Decimal(self.activity.cost)

    @property
    def planned_financing(self) -> str:
        return self.baseline_financing or self.activity.financing

    @property
    def spent(self) -> Decimal:
        return self.progress.actual_cost if self.progress.actual_cost is not None else ZERO

    @property
    def spent_financing(self) -> str:
        return self.progress.actual_financing or self.activity.financing

    @property
    def done_share(self) -> Decimal | None:
        """Spent against planned, as a percentage (None when nothing was planned)."""
        planned = self.planned_cost
        return (self.spent / planned * 100).quantize(Decimal("0.1")) if planned else None


@dataclass
class CostComparison:
    """Planned (approved) against spent, by source of financing and by year; ``cells`` keyed (year, source)."""

    sources: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    planned: dict[tuple[int, str], Decimal] = field(default_factory=dict)
    spent: dict[tuple[int, str], Decimal] = field(default_factory=dict)

    def planned_by_source(self, source: str) -> Decimal:
        return sum((v for (_y, s), v in self.planned.items() if s == source), ZERO)

    def spent_by_source(self, source: str) -> Decimal:
        return sum((v for (_y, s), v in self.spent.items() if s == source), ZERO)

    def planned_by_year(self, year: int) -> Decimal:
        return sum((v for (y, _s), v in self.planned.items() if y == year), ZERO)

    def spent_by_year(self, year: int) -> Decimal:
        return sum((v for (y, _s), v in self.spent.items() if y == year), ZERO)

    @property
    def planned_total(self) -> Decimal:
        return sum(self.planned.values(), ZERO)

    @property
    def spent_total(self) -> Decimal:
        return sum(self.spent.values(), ZERO)

    @staticmethod
    def label(source: str) -> str:
        return FINANCING_LABELS.get(source, source)


COST_RULE = (
    "Koszt planowany to koszt z planu zatwierdzonego (dla działań dodanych po zatwierdzeniu — z planu bieżącego). "
    "Koszt działania trwającego na przełomie lat dzielono między lata proporcjonalnie do liczby dni (koszt "
    "wydany — według faktycznych dat realizacji, a gdy ich brak — według planowanych)."
)


def _add(cells: dict[tuple[int, str], Decimal], start: dt.date, end: dt.date, source: str, amount: Decimal) -> None:
    if start.year == end.year:  # most activities: the year's part without split_by_year's dict
        key = (start.year, source)
        cells[key] = cells.get(key, ZERO) + one_year_part(amount)
        return
    for year, part in split_by_year(start, end, amount).items():
        cells[(year, source)] = cells.get((year, source), ZERO) + part


def cost_comparison(rows: list[RealisationRow], baseline: Baseline | None = None) -> CostComparison:
    """Sums of planned and spent by (year, source); only sources and years that occur are listed."""
    result = CostComparison()
    approved_of = baseline.activities.get if baseline else {}.get
    for row in rows:
        a = row.activity
        approved = approved_of(a.id)
        start, end = (approved.starts_on, approved.ends_on) if approved else (a.starts_on, a.ends_on)
        cost, source = row.planned_cost, row.planned_financing
        if cost or source != NO_COST:
            _add(result.planned, start, end, source, cost)
        p = row.progress
        if p.actual_cost:
            s = p.actual_start or p.actual_end or a.starts_on
            e = p.actual_end or (p.actual_start if p.actual_start and p.actual_start > a.ends_on else None) or a.ends_on
            if e < s:
                e = s
            _add(result.spent, s, e, row.spent_financing, p.actual_cost)
    order = list(FINANCING_LABELS)
    keys = set(result.planned) | set(result.spent)
    result.sources = sorted({s for _y, s in keys}, key=order.index)
    result.years = sorted({y for y, _s in keys})
    return result


@dataclass
class Realisation:
    """The HDR as carried out up to ``today``: the rows, the counts and the costs."""

    plan: HdrPlan
    baseline: Baseline | None
    rows: list[RealisationRow]
    today: dt.date
    costs: CostComparison
    _by_id: dict[int, tuple[int, RealisationRow]] = field(default_factory=dict, repr=False, compare=False)
    # how many activities the plan has, when only its first ones were read (find_realisation_start): the counts,
    # the costs and the summary are then of those rows only
    total: int | None = None

    @property
    def whole(self) -> bool:
        """Every activity of the plan is a row (see ``total``)."""
        return self.total is None or self.total == len(self.rows)

    def count(self, status: str) -> int:
        return self.counts[status]

    @property
    def counts(self) -> dict[str, int]:
        """How many rows show each status, counted in one pass."""
        found = Counter(r.shown_status for r in self.rows)
        return {status: found[status] for status in STATUS_LABELS}

    @property
    def percent_done(self) -> Decimal:
        """Done activities as a share of those not cancelled, in percent to one decimal."""
        stored = Counter(r.progress.status for r in self.rows)
        live = len(self.rows) - stored["cancelled"]
        if not live:
            return Decimal("0.0")
        return (Decimal(stored["done"]) * 100 / live).quantize(Decimal("0.1"))

    def row(self, activity_id: int) -> RealisationRow | None:
        found = self._by_id.get(activity_id)
        if found is None or found[0] >= len(self.rows) or self.rows[found[0]] is not found[1]:
            self._by_id = {r.activity.id: (i, r) for i, r in enumerate(self.rows)}  # the rows were replaced
            found = self._by_id.get(activity_id)
        return found[1] if found else None

    @property
    def summary(self) -> str:
        """'Działań: 16 — zrealizowane: 5, w trakcie: 6, opóźnione: 1, odwołane: 1 (33,3% planu).'"""
        counts = self.counts
        parts = [f"{STATUS_LABELS[s]}: {n}" for s, n in counts.items() if n]
        from wsparcie_desktop.i18n import format_number

        return (f"Działań: {len(self.rows)}" + (" — " + ", ".join(parts) if parts else "")
                + f" ({format_number(self.percent_done, 1)}% planu zrealizowane).")  # fmt: skip


def _progress_of(row: ActivityProgress | None, activity_id: int) -> ProgressData:
    if row is None:
        return ProgressData(activity_id)
    return ProgressData(
        activity_id, row.status, row.reason, row.actual_start, row.actual_end,
        Decimal(row.actual_cost) if row.actual_cost is not None else None, row.actual_financing, row.result,
        row.notes, row.version,
    )  # fmt: skip


def progress_by_activity(s: Session, activity_ids: list[int]) -> dict[int, ProgressData]:
    rows = {}
    if activity_ids:
        for r in s.scalars(select(ActivityProgress).where(ActivityProgress.activity_id.in_(activity_ids))):
            rows[r.activity_id] = r
    return {i: _progress_of(rows.get(i), i) for i in activity_ids}


def realisation_of(plan: HdrPlan, baseline: Baseline | None, progress: dict[int, ProgressData],
                   attachments: dict[int, int], today: dt.date) -> Realisation:  # fmt: skip
    """The rows and sums for a plan already read (no store needed)."""
    numbers = activity_numbers(plan.activities)
    rows = []
    for a in plan.activities:
        p = progress.get(a.id) or ProgressData(a.id)
        approved = baseline.activities.get(a.id) if baseline else None
        rows.append(RealisationRow(
            a, numbers[a.id], p, (approved.starts_on, approved.ends_on) if approved else None,
            approved.cost if approved else None, approved.financing if approved else None,
            plan.person_name(a.responsible_id), is_delayed(a.ends_on, p.status, today),
            days_late(a.ends_on, p.status, today), attachments.get(a.id, 0),
        ))  # fmt: skip
    return Realisation(plan, baseline, rows, today, cost_comparison(rows, baseline))


def load_realisation(db: Database, process_id: int, today: dt.date | None = None) -> Realisation:
    """Plan against reality for the process's HDR; DomainError while there is no HDR."""
    found = find_realisation(db, process_id, today)
    if found is None:
        raise DomainError("Ten proces nie ma jeszcze HDR — najpierw zaplanuj harmonogram w sekcji „HDR”.")
    return found


def find_realisation(db: Database, process_id: int, today: dt.date | None = None,
                     brief: bool = False) -> Realisation | None:  # fmt: skip
    """Plan against reality for the process's HDR, or None while the process has no HDR. ``brief``: its plan read
    as the Realizacja HDR screen shows it (``load_plan``'s ``brief``), without descriptions, goals and partners."""
    plan = load_plan(db, process_id, brief=brief)
    return _realisation(db, plan, today) if plan.hdr is not None else None


WHOLE_UP_TO = 300  # a plan of no more activities is read whole at once: its first rows alone take as long


def find_realisation_start(db: Database, process_id: int, first: int = START_ROWS, today: dt.date | None = None,
                           whole_up_to: int = WHOLE_UP_TO) -> Realisation | None:  # fmt: skip
    """As :func:`find_realisation` (``brief``), of the first ``first`` activities in the plan's order only
    (``load_plan_start``): a screen shows the top of a long plan at once and reads the whole of it after. A plan of
    no more than ``whole_up_to`` activities is read whole. ``Realisation.total`` is the number of all the plan's
    activities."""
    with db.transaction() as s:
        ((count,),) = plain_rows(s, _ACTIVITIES_OF_PROCESS, {"process_id": process_id})
    if count <= max(whole_up_to, first):
        return find_realisation(db, process_id, today, brief=True)
    start = load_plan_start(db, process_id, first)
    if start.plan.hdr is None:
        return None
    found = _realisation(db, start.plan, today)
    found.total = len(start.ids)
    return found


def _realisation(db: Database, plan: HdrPlan, today: dt.date | None) -> Realisation:
    baseline = latest_baseline(db, plan.hdr.id)
    with db.transaction() as s:  # the HDR's progress and files in two plain reads, not a list of 5,000 ids
        params = {"hdr_id": plan.hdr.id}
        progress = {row[0]: ProgressData(*row) for row in plain_rows(s, _PROGRESS_OF_HDR, params)}
        counts = dict(plain_rows(s, _ATTACHMENTS_OF_HDR, params))
    return realisation_of(plan, baseline, progress, counts, today or dt.date.today())


_P = ActivityProgress
_PROGRESS_OF_HDR = Prepared(
    select(_P.activity_id, _P.status, _P.reason, _P.actual_start, _P.actual_end, _P.actual_cost, _P.actual_financing,
           _P.result, _P.notes, _P.version)
    .join(HdrActivity, HdrActivity.id == _P.activity_id).where(HdrActivity.hdr_id == bindparam("hdr_id"))
)  # the columns in the order ProgressData takes them  # fmt: skip
_ACTIVITIES_OF_PROCESS = Prepared(
    select(func.count(HdrActivity.id)).join(Hdr, Hdr.id == HdrActivity.hdr_id)
    .where(Hdr.process_id == bindparam("process_id"))
)  # fmt: skip
_ATTACHMENTS_OF_HDR = Prepared(
    select(Attachment.activity_id, func.count()).join(HdrActivity, HdrActivity.id == Attachment.activity_id)
    .where(HdrActivity.hdr_id == bindparam("hdr_id")).group_by(Attachment.activity_id)
)  # fmt: skip


def actual_dates(db: Database, hdr_id: int) -> dict[int, tuple[dt.date | None, dt.date | None]]:
    """The actual start and end of every activity that has one, by id: the Gantt's third bar."""
    with db.transaction() as s:
        rows = s.execute(
            select(ActivityProgress.activity_id, ActivityProgress.actual_start, ActivityProgress.actual_end)
            .join(HdrActivity, HdrActivity.id == ActivityProgress.activity_id).where(HdrActivity.hdr_id == hdr_id)
        ).all()  # fmt: skip
        return {a: (start, end) for a, start, end in rows if start or end}


def get_progress(db: Database, activity_id: int) -> ProgressData:
    with db.transaction() as s:
        _activity(s, activity_id)
        row = s.scalar(select(ActivityProgress).where(ActivityProgress.activity_id == activity_id))
        return _progress_of(row, activity_id)


# ---------------------------------------------------------------- rules and saving


def _activity(s: Session, activity_id: int) -> HdrActivity:
    row = s.get(HdrActivity, activity_id)
    if row is None:
        raise DomainError("To działanie nie istnieje — mogło zostać usunięte.")
    return row


def _process_of(s: Session, activity: HdrActivity) -> AdvisoryProcess:
    return s.get(AdvisoryProcess, s.get(Hdr, activity.hdr_id).process_id)


def check_actual_date(value: dt.date | None, started_on: dt.date, field_name: str, what: str,
                      today: dt.date | None = None) -> None:  # fmt: skip
    """Not before the advisory process started, and not absurdly far ahead (a mistyped year)."""
    if value is None:
        return
    today = today or dt.date.today()
    if value < started_on:
        raise DomainError(f"{what} ({format_date_short(value)}) jest wcześniejsza niż początek procesu doradczego "
                          f"({format_date_short(started_on)}) — sprawdź datę.", field_name)  # fmt: skip
    if value > today + FUTURE_LIMIT:
        raise DomainError(f"{what} ({format_date_short(value)}) jest odległa o ponad rok od dziś — sprawdź rok.",
                          field_name)  # fmt: skip


def clean_progress(data: ProgressData, started_on: dt.date, today: dt.date | None = None) -> ProgressData:
    """The progress cleaned and checked against every rule, each refusal in Polish at its field."""
    if data.status not in STATUS_LABELS:
        raise DomainError("Wybierz stan działania z listy.", "status")
    check_actual_date(data.actual_start, started_on, "actual_start", "Data faktycznego rozpoczęcia", today)
    check_actual_date(data.actual_end, started_on, "actual_end", "Data faktycznego zakończenia", today)
    if data.actual_start and data.actual_end and data.actual_end < data.actual_start:
        raise DomainError(
            f"Faktyczne zakończenie ({format_date_short(data.actual_end)}) nie może być przed faktycznym "
            f"rozpoczęciem ({format_date_short(data.actual_start)}). Data zakończenia to ostatni dzień działania.",
            "actual_end")  # fmt: skip
    if data.status == "done" and data.actual_end is None:
        raise DomainError("Działanie zrealizowane musi mieć datę faktycznego zakończenia.", "actual_end")
    reason = clean(data.reason)
    if data.status == "cancelled" and not reason:
        raise DomainError("Podaj powód odwołania działania.", "reason")
    cost = None
    if isinstance(data.actual_cost, str) and not data.actual_cost.strip():
        data = replace(data, actual_cost=None)
    if data.actual_cost is not None:
        try:
            cost = parse_cost(data.actual_cost) if isinstance(data.actual_cost, str) else check_cost(data.actual_cost)
        except DomainError as error:
            raise DomainError(error.message.replace("Koszt", "Koszt faktyczny", 1), "actual_cost") from error
    financing = data.actual_financing or None
    if financing is not None and financing not in FINANCING_LABELS:
        raise DomainError("Wybierz źródło finansowania z listy.", "actual_financing")
    if cost and financing == NO_COST:
        raise DomainError("Wydatek nie może pochodzić ze źródła „bez kosztów” — wybierz źródło finansowania.",
                          "actual_financing")  # fmt: skip
    return replace(data, reason=reason, actual_cost=cost, actual_financing=financing, result=clean(data.result),
                   notes=clean(data.notes))  # fmt: skip


@dataclass(frozen=True)
class SavedProgress:
    """The progress as stored (with its new version) and the change."""

    progress: ProgressData
    changes: tuple[Change, ...]


def save_progress(db: Database, data: ProgressData, today: dt.date | None = None) -> SavedProgress:
    """Record an activity's status and actuals in one transaction; a save over an older reading is refused."""
    with db.transaction() as s:
        activity = _activity(s, data.activity_id)
        process = _process_of(s, activity)
        data = clean_progress(data, process.started_on, today)
        row = s.scalar(select(ActivityProgress).where(ActivityProgress.activity_id == activity.id))
        if row is None:
            row = ActivityProgress(activity_id=activity.id)
            s.add(row)
        else:
            check_version(row, data.version)
        row.status, row.reason = data.status, data.reason
        row.actual_start, row.actual_end = data.actual_start, data.actual_end
        row.actual_cost, row.actual_financing = data.actual_cost, data.actual_financing
        row.result, row.notes = data.result, data.notes
        s.flush()
        stored = replace(data, version=row.version)
        return SavedProgress(stored, (process_change(s, Kind.HDR_PROGRESS, process.id, (activity.id,)),))


def set_status(db: Database, activity_id: int, status: str, today: dt.date | None = None, reason: str = "",
               version: int | None = None) -> SavedProgress:  # fmt: skip
    """The keyboard's way: one key sets the status, filling what the rules need from today's date.

    Done: the actual end is today unless one is recorded (and the start, if missing, the planned start when
    that is not later). In progress: the actual start is today unless one is recorded. Cancelled needs
    ``reason`` (or one recorded before).
    """
    today = today or dt.date.today()
    current = get_progress(db, activity_id)
    if version is not None:
        current.version = version
    with db.transaction() as s:
        activity = _activity(s, activity_id)
        planned_start = activity.starts_on
    data = replace(current, status=status, reason=clean(reason) or current.reason)
    if status == "done":
        data.actual_end = data.actual_end or max(today, data.actual_start or today)
        if data.actual_start is None:
            data.actual_start = min(planned_start, data.actual_end)
    elif status == "in_progress" and data.actual_start is None:
        data.actual_start = today
    return save_progress(db, data, today)


def record_end_today(db: Database, activity_id: int, today: dt.date | None = None,
                     version: int | None = None) -> SavedProgress:  # fmt: skip
    """Enter in the table: the activity ended today (its actual end is today, and it is done)."""
    today = today or dt.date.today()
    current = get_progress(db, activity_id)
    if version is not None:
        current.version = version
    with db.transaction() as s:
        planned_start = _activity(s, activity_id).starts_on
    start = current.actual_start or min(planned_start, today)
    if start > today:
        raise DomainError(f"Działanie zaczęło się {format_date_short(start)}, więc nie mogło się skończyć dziś "
                          f"({format_date_short(today)}).", "actual_end")  # fmt: skip
    return save_progress(db, replace(current, status="done", actual_start=start, actual_end=today), today)


# ---------------------------------------------------------------- evidence (files)


def add_activity_attachment(db: Database, activity_id: int, filename: str, data: bytes,
                            description: str = "") -> Change:  # fmt: skip
    """Keep a file of evidence with the activity, within the store's limit for attachments."""
    name = clean(filename).replace("\\", "/").rsplit("/", 1)[-1]
    if not name:
        raise DomainError("Plik musi mieć nazwę.", "attachment")
    check_attachment_size(name, len(data))
    with db.transaction() as s:
        activity = _activity(s, activity_id)
        process = _process_of(s, activity)
        row = Attachment(
            jst_id=process.jst_id, process_id=process.id, activity_id=activity_id, filename=name,
            mime=mimetypes.guess_type(name)[0] or "application/octet-stream", size=len(data), data=bytes(data),
            description=clean(description),
        )  # fmt: skip
        s.add(row)
        s.flush()
        return Change(Kind.HDR_PROGRESS, process.jst_id, process.id, (row.id,))


def list_activity_attachments(db: Database, activity_id: int) -> list[AttachmentInfo]:
    with db.transaction() as s:
        rows = s.execute(
            select(Attachment.id, Attachment.filename, Attachment.mime, Attachment.size, Attachment.description,
                   Attachment.added_at)
            .where(Attachment.activity_id == activity_id).order_by(Attachment.id)
        ).all()  # fmt: skip
        return [AttachmentInfo(*row) for row in rows]


def delete_activity_attachment(db: Database, attachment_id: int) -> Change:
    with db.transaction() as s:
        row = s.get(Attachment, attachment_id)
        if row is None:
            return Change(Kind.HDR_PROGRESS, ids=(attachment_id,), deleted=True)
        change = Change(Kind.HDR_PROGRESS, row.jst_id, row.process_id, (attachment_id,), deleted=True)
        s.delete(row)
        return change
