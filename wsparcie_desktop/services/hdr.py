"""The HDR (harmonogram działań rozwojowych) of a process: its period, ORE form and activities.

Each function is one transaction. Dates are inclusive (see :mod:`hdr_dates`). A finish-to-start dependency
is optional; when an activity has one, it must start after its predecessor's last day, and dates that would
break that (for this activity or for those depending on it) are refused with a Polish message. The read side
(labels, dataclasses, ``load_plan``) lives in :mod:`hdr_plan` and is re-exported here.

Changes return a ``Change``: ``Kind.HDR`` for the HDR itself, ``Kind.HDR_ACTIVITY`` naming the activity
saved, copied, moved or deleted first, then any other activity whose place or dates changed with it. A saved
activity comes back as stored (``SavedActivity``), so the table edited in place shows it without reading it again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import (
    ActivityGoal,
    ActivityIndicator,
    ActivityPartner,
    AdvisoryProcess,
    DevelopmentGoal,
    Hdr,
    HdrActivity,
    HdrBaselineActivity,
    Indicator,
    OreReportForm,
    Person,
    School,
)
from wsparcie_desktop.db.versioning import check_version, touch
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_date_short
from wsparcie_desktop.services.hdr_costs import check_cost, needs_source
from wsparcie_desktop.services.hdr_dates import ONE_DAY, shift_dates
from wsparcie_desktop.services.hdr_plan import (
    COPY_SUFFIX,
    FINANCING_LABELS,
    FORM_LABELS,
    MAX_COST,
    NO_COST,
    PARTNER_KIND_LABELS,
    START_ROWS,
    ActivityData,
    GoalInfo,
    HdrData,
    HdrPlan,
    IndicatorInfo,
    Option,
    PartnerData,
    PersonOption,
    PlanStart,
    _hdr_of,
    get_activity,
    get_hdr,
    list_activities,
    load_plan,
    load_plan_start,
)
from wsparcie_desktop.services.processes import process_change
from wsparcie_desktop.validation import clean, require

# The read side, re-exported so that callers import the HDR's names from this one module.
__all__ = [
    "FINANCING_LABELS", "FORM_LABELS", "MAX_COST", "NO_COST", "PARTNER_KIND_LABELS", "START_ROWS", "ActivityData", "GoalInfo",
    "HdrData", "HdrPlan", "IndicatorInfo", "Option", "PartnerData", "PersonOption", "PlanStart", "SavedActivity", "activity_dependants",
    "delete_activity", "duplicate_activity",
    "get_activity", "get_hdr", "list_activities", "load_plan", "load_plan_start", "move_activity", "process_jst", "reorder_activities",
    "save_activity", "save_hdr", "shift_activity",
]  # fmt: skip

# ---------------------------------------------------------------- the HDR itself


def save_hdr(db: Database, process_id: int, data: HdrData) -> Change:
    """Create the process's HDR or change its period and planned ORE form (approval is separate).

    A change is refused (``StaleEditError``) when the HDR's stored version is no longer ``data.version``.
    """
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
        else:
            check_version(hdr, data.version)
        hdr.period_start, hdr.period_end = data.period_start, data.period_end
        hdr.ore_form_code = data.ore_form_code
        hdr.ore_form_due_on = data.ore_form_due_on
        hdr.ore_form_responsible_id = data.ore_form_responsible_id
        s.flush()
        return Change(Kind.HDR, process.jst_id, process_id, (hdr.id,))


def _check_person(s: Session, jst_id: int, person_id: int, field_name: str) -> None:
    person = s.get(Person, person_id)
    if person is None or person.jst_id != jst_id:
        raise DomainError(
            "Osobę odpowiedzialną wybiera się spośród osób zapisanych w zespole tego samorządu.", field_name
        )


# ---------------------------------------------------------------- activities


def _activity_change(s: Session, hdr_id: int, ids: Iterable[int], deleted: bool = False) -> Change:
    """The Change of activities of one HDR (the moved or saved one first; each id once)."""
    return process_change(s, Kind.HDR_ACTIVITY, s.get(Hdr, hdr_id).process_id, dict.fromkeys(ids), deleted)


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
    cost = check_cost(data.cost if data.cost is not None else 0)
    if needs_source(cost, data.financing):
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
        for succ in s.scalars(
            select(HdrActivity).where(HdrActivity.depends_on_id == activity_id).order_by(HdrActivity.starts_on)
        ):
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


@dataclass(frozen=True)
class SavedActivity:
    """The activity as ``save_activity`` stored it (cleaned, its id, place and new version) and the change."""

    activity: ActivityData
    changes: tuple[Change, ...]

    @property
    def id(self) -> int:
        return self.activity.id


def save_activity(db: Database, hdr_id: int, data: ActivityData) -> SavedActivity:
    """Add (id None, placed last) or change an activity with its goals, indicators and partners.

    A change is refused (``StaleEditError``) when the activity's stored version is no longer ``data.version``.
    The activity comes back as :func:`get_activity` would read it, from the same transaction.
    """
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
            check_version(row, data.version)
        links_changed = data.id is None or _links(s, data.id) != _wanted_links(data)
        if links_changed and data.id is not None:
            touch(row)  # new goals or partners alone are a change of the activity: its version goes up too
        row.name, row.description, row.form = data.name, data.description, data.form
        row.starts_on, row.ends_on = data.starts_on, data.ends_on
        row.responsible_id, row.cost, row.financing = data.responsible_id, data.cost, data.financing
        row.expected_result, row.is_milestone = data.expected_result, bool(data.is_milestone)
        row.depends_on_id = data.depends_on_id
        s.flush()
        if links_changed:
            _replace_links(s, row.id, data)
        stored = replace(data, id=row.id, position=row.position, version=row.version, is_milestone=row.is_milestone,
                         goal_ids=sorted(data.goal_ids), indicator_ids=sorted(data.indicator_ids))  # fmt: skip
        return SavedActivity(stored, (_activity_change(s, hdr_id, [row.id]),))


def _next_activity_id(s: Session) -> int:
    """A new id never used before by any activity a baseline remembers.

    SQLite gives a deleted last row's id to the next row; the baseline would then take a new activity for the
    removed one and report it as changed instead of removed and added.
    """
    used = s.scalar(select(func.max(HdrActivity.id))) or 0
    remembered = s.scalar(select(func.max(HdrBaselineActivity.activity_id))) or 0
    return max(used, remembered) + 1


def _links(s: Session, activity_id: int) -> tuple:
    """The activity's goals, indicators and partners as stored, comparable with :func:`_wanted_links`."""
    goals = set(s.scalars(select(ActivityGoal.goal_id).where(ActivityGoal.activity_id == activity_id)))
    indicators = set(
        s.scalars(select(ActivityIndicator.indicator_id).where(ActivityIndicator.activity_id == activity_id))
    )
    partners = [
        (p.kind, p.school_id, p.name)
        for p in s.scalars(
            select(ActivityPartner).where(ActivityPartner.activity_id == activity_id).order_by(ActivityPartner.id)
        )
    ]
    return goals, indicators, partners


def _wanted_links(data: ActivityData) -> tuple:
    return set(data.goal_ids), set(data.indicator_ids), [(p.kind, p.school_id, p.name) for p in data.partners]


def _replace_links(s: Session, activity_id: int, data: ActivityData) -> None:
    s.execute(delete(ActivityGoal).where(ActivityGoal.activity_id == activity_id))
    s.execute(delete(ActivityIndicator).where(ActivityIndicator.activity_id == activity_id))
    s.execute(delete(ActivityPartner).where(ActivityPartner.activity_id == activity_id))
    s.add_all(ActivityGoal(activity_id=activity_id, goal_id=g) for g in data.goal_ids)
    s.add_all(ActivityIndicator(activity_id=activity_id, indicator_id=i) for i in data.indicator_ids)
    s.add_all(ActivityPartner(activity_id=activity_id, kind=p.kind, school_id=p.school_id, name=p.name)
              for p in data.partners)  # fmt: skip


def duplicate_activity(db: Database, activity_id: int) -> Change:
    """A copy placed right after the original, with the same goals, indicators, partners and predecessor."""
    original = get_activity(db, activity_id)
    name = original.name[: 300 - len(COPY_SUFFIX)] + COPY_SUFFIX
    with db.transaction() as s:
        row = _activity_row(s, activity_id)
        hdr_id = row.hdr_id
        pushed = []
        for later in s.scalars(
            select(HdrActivity).where(HdrActivity.hdr_id == hdr_id, HdrActivity.position > row.position)
        ):
            later.position += 1
            pushed.append(later.id)
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
        return _activity_change(s, hdr_id, [copy.id, *pushed])


def delete_activity(db: Database, activity_id: int) -> Change:
    """Remove an activity; those that depended on it lose the dependency and keep their dates."""
    with db.transaction() as s:
        row = s.get(HdrActivity, activity_id)
        if row is None:  # already deleted elsewhere
            return Change(Kind.HDR_ACTIVITY, ids=(activity_id,), deleted=True)
        change = _activity_change(s, row.hdr_id, [activity_id], deleted=True)
        for succ in s.scalars(select(HdrActivity).where(HdrActivity.depends_on_id == activity_id)):
            succ.depends_on_id = None
        hdr_id = row.hdr_id
        s.delete(row)
        s.flush()
        _renumber(s, hdr_id)
        return change


def activity_dependants(db: Database, activity_id: int) -> list[str]:
    """Names of the activities that depend on this one, so that deleting can say what changes."""
    with db.transaction() as s:
        return list(
            s.scalars(
                select(HdrActivity.name).where(HdrActivity.depends_on_id == activity_id).order_by(HdrActivity.position)
            )
        )


def _renumber(s: Session, hdr_id: int) -> None:
    rows = s.scalars(
        select(HdrActivity).where(HdrActivity.hdr_id == hdr_id).order_by(HdrActivity.position, HdrActivity.id)
    )
    _number(rows)


def _number(rows: Iterable[HdrActivity]) -> list[int]:
    """Number the rows 1, 2, 3 … in their order; returns the ids of those whose position changed."""
    changed = []
    for number, row in enumerate(rows, 1):
        if row.position != number:
            changed.append(row.id)
        row.position = number
    return changed


def move_activity(db: Database, activity_id: int, steps: int) -> Change:
    """Move an activity up (negative) or down (positive) in the list; the order is the document's order."""
    with db.transaction() as s:
        row = _activity_row(s, activity_id)
        rows = list(
            s.scalars(
                select(HdrActivity)
                .where(HdrActivity.hdr_id == row.hdr_id)
                .order_by(HdrActivity.position, HdrActivity.id)
            )
        )
        index = rows.index(row)
        target = min(max(index + steps, 0), len(rows) - 1)
        rows.insert(target, rows.pop(index))
        return _activity_change(s, row.hdr_id, [activity_id, *_number(rows)])


def reorder_activities(db: Database, hdr_id: int, ordered_ids: list[int]) -> Change:
    """Put the activities in the given order (ids missing from the list keep their order after the rest).

    The Change names the activities whose place changed.
    """
    with db.transaction() as s:
        rows = list(
            s.scalars(
                select(HdrActivity).where(HdrActivity.hdr_id == hdr_id).order_by(HdrActivity.position, HdrActivity.id)
            )
        )
        rank = {activity_id: i for i, activity_id in enumerate(ordered_ids)}
        rows.sort(key=lambda r: (rank.get(r.id, len(rank)), r.position))
        if s.get(Hdr, hdr_id) is None:
            return Change(Kind.HDR_ACTIVITY)  # the HDR is gone: nothing to order
        return _activity_change(s, hdr_id, _number(rows))


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


def shift_activity(db: Database, activity_id: int, days: int, with_dependents: bool = False) -> Change:
    """Move an activity's dates by ``days`` keeping its duration; optionally move its dependents with it.

    The Change names the activities moved, this one first (none when ``days`` is 0).
    """
    if days == 0:
        with db.transaction() as s:
            row = s.get(HdrActivity, activity_id)
            return _activity_change(s, row.hdr_id, ()) if row is not None else Change(Kind.HDR_ACTIVITY)
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
        return _activity_change(s, row.hdr_id, [item.id for item in moved])


def process_jst(db: Database, process_id: int) -> int:
    with db.transaction() as s:
        process = s.get(AdvisoryProcess, process_id)
        if process is None:
            raise DomainError("Ten proces doradczy nie istnieje — mógł zostać usunięty.")
        return process.jst_id
