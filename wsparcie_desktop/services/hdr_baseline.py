"""Approval of the HDR and the baseline it fixes; later changes are measured against that baseline.

Approval (who approved it — usually the wójt — and when) copies every activity as it stands into a baseline.
The plan stays editable afterwards; :func:`compare_with_baseline` says what moved, what was added or removed,
and whose costs or responsible persons changed. Stage 3 reads the same comparison through
:func:`changes_since_approval`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import bindparam, select

from wsparcie_desktop.changes import Change as StoreChange
from wsparcie_desktop.changes import Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import AdvisoryProcess, Hdr, HdrActivity, HdrBaseline, HdrBaselineActivity, Person
from wsparcie_desktop.db.plain_rows import Prepared, plain_rows
from wsparcie_desktop.db.versioning import check_version
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_date_short, format_money, plural
from wsparcie_desktop.services.hdr import FINANCING_LABELS, load_plan
from wsparcie_desktop.services.hdr_validation import check_plan, errors_of
from wsparcie_desktop.validation import require


@dataclass(frozen=True)
class BaselineActivity:
    activity_id: int
    name: str
    starts_on: dt.date
    ends_on: dt.date
    cost: Decimal
    financing: str
    responsible_id: int | None
    is_milestone: bool


@dataclass
class Baseline:
    id: int
    approved_by: str
    approved_on: dt.date
    activities: dict[int, BaselineActivity] = field(default_factory=dict)


@dataclass(frozen=True)
class Change:
    """One difference from the approved plan; ``kind`` is moved, added, removed, cost, financing or responsible."""

    kind: str
    activity_id: int
    name: str
    text: str
    start_delta: int = 0
    end_delta: int = 0
    old: object = None
    new: object = None


@dataclass
class Comparison:
    approved_by: str
    approved_on: dt.date
    changes: list[Change] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[Change]:
        return [c for c in self.changes if c.kind == kind]

    @property
    def summary(self) -> str:
        if not self.changes:
            return "Plan nie zmienił się od zatwierdzenia."
        counts = {k: len(self.of_kind(k)) for k in ("moved", "added", "removed")}
        other = len(self.changes) - sum(counts.values())
        parts = []
        if counts["moved"]:
            parts.append(f"przesunięte: {counts['moved']}")
        if counts["added"]:
            parts.append(f"dodane: {counts['added']}")
        if counts["removed"]:
            parts.append(f"usunięte: {counts['removed']}")
        if other:
            parts.append(f"inne zmiany: {other}")
        return "Zmiany od zatwierdzenia — " + ", ".join(parts) + "."


def approve_hdr(db: Database, process_id: int, approved_by: str, approved_on: dt.date | None,
                version: int | None = None) -> StoreChange:  # fmt: skip
    """Record the approval and snapshot the plan as the new baseline; refused while the checklist has errors.

    ``version`` is the HDR's version the approval was given on; an HDR changed since (in another window or
    program) is refused with ``StaleEditError`` (None: no check). The Change (``Kind.HDR``) names the HDR.
    """
    who = require(approved_by, "approved_by", "Kto zatwierdził")
    if approved_on is None:
        raise DomainError("Podaj datę zatwierdzenia.", "approved_on")
    if approved_on > dt.date.today() + dt.timedelta(days=366):
        raise DomainError("Data zatwierdzenia jest zbyt odległa — sprawdź rok.", "approved_on")
    problems = errors_of(check_plan(load_plan(db, process_id)))
    if problems:
        raise DomainError(
            f"Nie można zatwierdzić HDR, dopóki lista kontrolna zawiera błędy ({len(problems)}). "
            f"Pierwszy: {problems[0].message}")  # fmt: skip
    with db.transaction() as s:
        hdr = s.scalar(select(Hdr).where(Hdr.process_id == process_id))
        check_version(hdr, version)
        hdr.approved_by, hdr.approved_on = who, approved_on
        baseline = HdrBaseline(hdr_id=hdr.id, approved_by=who, approved_on=approved_on)
        s.add(baseline)
        s.flush()
        for a in s.scalars(select(HdrActivity).where(HdrActivity.hdr_id == hdr.id)):
            s.add(HdrBaselineActivity(
                baseline_id=baseline.id, activity_id=a.id, name=a.name, starts_on=a.starts_on, ends_on=a.ends_on,
                cost=a.cost, financing=a.financing, responsible_id=a.responsible_id, is_milestone=a.is_milestone,
            ))  # fmt: skip
        s.flush()
        return StoreChange(Kind.HDR, s.get(AdvisoryProcess, process_id).jst_id, process_id, (hdr.id,))


def latest_baseline(db: Database, hdr_id: int) -> Baseline | None:
    """The baseline of the most recent approval, or None while the HDR was never approved."""
    with db.transaction() as s:
        # the approval recorded last, whatever date it carries: a corrected (earlier) date is still the newest
        row = s.scalar(select(HdrBaseline).where(HdrBaseline.hdr_id == hdr_id)
                       .order_by(HdrBaseline.id.desc()).limit(1))  # fmt: skip
        if row is None:
            return None
        baseline = Baseline(row.id, row.approved_by, row.approved_on)
        # plain rows (db/plain_rows.py), not ORM objects: an approved plan of 5,000 activities is read at every
        # opening of "Realizacja HDR"
        for values in plain_rows(s, _BASELINE_ACTIVITIES, {"baseline_id": row.id}):
            baseline.activities[values[0]] = BaselineActivity(*values)
        return baseline


_B = HdrBaselineActivity
_BASELINE_ACTIVITIES = Prepared(
    select(_B.activity_id, _B.name, _B.starts_on, _B.ends_on, _B.cost, _B.financing, _B.responsible_id,
           _B.is_milestone).where(_B.baseline_id == bindparam("baseline_id")).order_by(_B.id)
)  # the columns in the order BaselineActivity takes them  # fmt: skip


def _signed_days(n: int) -> str:
    word = plural(abs(n), "dzień")
    return f"+{word}" if n > 0 else f"−{word}"


def _names(db: Database, ids: set[int]) -> dict[int, str]:
    with db.transaction() as s:
        return {p.id: p.full_name for p in s.scalars(select(Person).where(Person.id.in_(ids)))} if ids else {}


def compare(baseline: Baseline, activities: list, people: dict[int, str]) -> Comparison:
    """The differences between a baseline and the current activities (ActivityData), in plan order."""
    result = Comparison(baseline.approved_by, baseline.approved_on)
    current_ids = set()
    for a in activities:
        current_ids.add(a.id)
        b = baseline.activities.get(a.id)
        if b is None:
            result.changes.append(Change(
                "added", a.id, a.name,
                f"Dodano: „{a.name}” ({format_date_short(a.starts_on)}–{format_date_short(a.ends_on)}, "
                f"{format_money(a.cost)}).", new=(a.starts_on, a.ends_on)))  # fmt: skip
            continue
        start_delta, end_delta = (a.starts_on - b.starts_on).days, (a.ends_on - b.ends_on).days
        if start_delta or end_delta:
            parts = []
            if start_delta:
                parts.append(f"początek {_signed_days(start_delta)} ({format_date_short(b.starts_on)} → "
                             f"{format_date_short(a.starts_on)})")  # fmt: skip
            if end_delta:
                parts.append(f"koniec {_signed_days(end_delta)} ({format_date_short(b.ends_on)} → "
                             f"{format_date_short(a.ends_on)})")  # fmt: skip
            result.changes.append(
                Change(
                    "moved",
                    a.id,
                    a.name,
                    f"Przesunięto: „{a.name}” — " + ", ".join(parts) + ".",
                    start_delta,
                    end_delta,
                    (b.starts_on, b.ends_on),
                    (a.starts_on, a.ends_on),
                )
            )
        if Decimal(a.cost) != b.cost:
            result.changes.append(Change("cost", a.id, a.name,
                                         f"Zmieniono koszt: „{a.name}” — {format_money(b.cost)} → "
                                         f"{format_money(a.cost)}.", old=b.cost, new=Decimal(a.cost)))  # fmt: skip
        if a.financing != b.financing:
            result.changes.append(Change("financing", a.id, a.name,
                                         f"Zmieniono źródło finansowania: „{a.name}” — "
                                         f"{FINANCING_LABELS.get(b.financing, b.financing)} → "
                                         f"{FINANCING_LABELS.get(a.financing, a.financing)}.",
                                         old=b.financing, new=a.financing))  # fmt: skip
        if a.responsible_id != b.responsible_id:
            old = people.get(b.responsible_id, "nikt") if b.responsible_id else "nikt"
            new = people.get(a.responsible_id, "nikt") if a.responsible_id else "nikt"
            result.changes.append(Change("responsible", a.id, a.name,
                                         f"Zmieniono osobę odpowiedzialną: „{a.name}” — {old} → {new}.",
                                         old=b.responsible_id, new=a.responsible_id))  # fmt: skip
    for b in sorted(baseline.activities.values(), key=lambda x: (x.starts_on, x.activity_id)):
        if b.activity_id not in current_ids:
            result.changes.append(Change(
                "removed", b.activity_id, b.name,
                f"Usunięto: „{b.name}” (planowane {format_date_short(b.starts_on)}–{format_date_short(b.ends_on)}, "
                f"{format_money(b.cost)}).", old=(b.starts_on, b.ends_on)))  # fmt: skip
    return result


def compare_with_baseline(db: Database, process_id: int) -> Comparison | None:
    """What changed since the last approval, or None when the HDR has not been approved."""
    plan = load_plan(db, process_id)
    if plan.hdr is None:
        return None
    baseline = latest_baseline(db, plan.hdr.id)
    if baseline is None:
        return None
    people = {p.id: p.full_name for p in plan.people}
    missing = {b.responsible_id for b in baseline.activities.values() if b.responsible_id} - set(people)
    people.update(_names(db, missing))
    return compare(baseline, plan.activities, people)


def changes_since_approval(db: Database, process_id: int) -> list[Change]:
    """The list stage 3 monitors: every change from the approved HDR (empty when none or never approved)."""
    comparison = compare_with_baseline(db, process_id)
    return comparison.changes if comparison else []
