"""The roczny plan wspomagania (RPW) of a supported school: its schedule, the director's approval, the comparison.

Every activity of the schedule has a form, dates inside the support's, who is responsible and an indicator. The
director approves the plan (who and when); the approval freezes a copy of the schedule, and later changes are
compared with that copy in the words the HDR's comparison uses (:mod:`wsparcie_desktop.services.hdr_baseline`).
An activity can be marked done only once the plan has been approved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import RPW_FORMS, ProcessSupport, RpwBaselineItem, RpwItem
from wsparcie_desktop.db.versioning import check_version, touch
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_date_short, plural
from wsparcie_desktop.services.hdr_baseline import Change as Difference
from wsparcie_desktop.services.hdr_baseline import Comparison
from wsparcie_desktop.validation import clean, require

FORM_LABELS = {
    "szkolenie": "szkolenie",
    "warsztat": "warsztat",
    "kurs_online": "kurs online",
    "zadanie_indywidualne": "indywidualne zadanie rozwojowe",
    "obserwacja_lekcji": "obserwacja lekcji z informacją zwrotną eksperta",
    "obserwacja_kolezenska": "obserwacja koleżeńska",
    "wizyta_studyjna": "wizyta studyjna",
    "konsultacje": "konsultacje",
    "spotkanie_ewaluacyjne": "spotkanie ewaluacyjne",
    "inna": "inne",
}
assert set(FORM_LABELS) == set(RPW_FORMS)


@dataclass
class RpwItemData:
    activity: str = ""
    form: str = "szkolenie"
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    responsible: str = ""
    indicator: str = ""
    goal: str = ""
    done: bool = False
    id: int | None = None
    support_id: int | None = None
    position: int = 0
    version: int | None = None

    @property
    def form_label(self) -> str:
        return FORM_LABELS.get(self.form, self.form)


def _to_data(r: RpwItem) -> RpwItemData:
    return RpwItemData(r.activity, r.form, r.starts_on, r.ends_on, r.responsible, r.indicator, r.goal, r.done, r.id,
                       r.support_id, r.position, r.version)  # fmt: skip


def list_items(db: Database, support_id: int) -> list[RpwItemData]:
    with db.transaction() as s:
        rows = s.scalars(select(RpwItem).where(RpwItem.support_id == support_id)
                         .order_by(RpwItem.starts_on, RpwItem.position, RpwItem.id))  # fmt: skip
        return [_to_data(r) for r in rows]


def get_item(db: Database, item_id: int) -> RpwItemData:
    with db.transaction() as s:
        row = s.get(RpwItem, item_id)
        if row is None:
            raise DomainError("To działanie planu nie istnieje — mogło zostać usunięte.")
        return _to_data(row)


def _support(s: Session, support_id: int) -> ProcessSupport:
    support = s.get(ProcessSupport, support_id)
    if support is None:
        raise DomainError("To wspomaganie nie istnieje — mogło zostać usunięte.")
    return support


def _change(support: ProcessSupport) -> Change:
    return Change(Kind.SUPPORT, support.jst_id, support.process_id, (support.id,))


def _check_dates(support: ProcessSupport, starts_on: dt.date | None, ends_on: dt.date | None) -> None:
    if starts_on is None:
        raise DomainError("Podaj datę rozpoczęcia działania.", "starts_on")
    if ends_on is None:
        raise DomainError("Podaj datę zakończenia działania.", "ends_on")
    if ends_on < starts_on:
        raise DomainError("Koniec działania nie może być wcześniej niż jego początek.", "ends_on")
    period = f"{format_date_short(support.starts_on)}–{format_date_short(support.ends_on)}"
    if starts_on < support.starts_on:
        raise DomainError(f"Działanie musi się mieścić w okresie wspomagania ({period}).", "starts_on")
    if ends_on > support.ends_on:
        raise DomainError(f"Działanie musi się mieścić w okresie wspomagania ({period}).", "ends_on")


def _check_done(support: ProcessSupport) -> None:
    if support.rpw_approved_on is None:
        raise DomainError("Działanie można oznaczyć jako wykonane dopiero po zatwierdzeniu planu przez dyrektora.",
                          "done")  # fmt: skip


def _next_item_id(s: Session) -> int:
    """A new id never used before by a line an approved copy remembers (as the HDR's activities get).

    SQLite gives a deleted last row's id to the next row; the comparison would then take a new activity for the
    removed one and report it as renamed instead of removed and added.
    """
    used = s.scalar(select(func.max(RpwItem.id))) or 0
    remembered = s.scalar(select(func.max(RpwBaselineItem.item_id))) or 0
    return max(used, remembered) + 1


def save_item(db: Database, support_id: int, data: RpwItemData) -> Change:
    """Add (id None) or change an activity of the plan; its dates lie inside the support's."""
    activity = require(data.activity, "activity", "Działanie")
    if data.form not in RPW_FORMS:
        raise DomainError("Wybierz formę wspomagania.", "form")
    with db.transaction() as s:
        support = _support(s, support_id)
        _check_dates(support, data.starts_on, data.ends_on)
        if data.id is None:
            row = RpwItem(id=_next_item_id(s), support_id=support_id, activity=activity)
            row.position = (
                s.scalar(select(func.max(RpwItem.position)).where(RpwItem.support_id == support_id)) or 0
            ) + 1
            s.add(row)
            was_done = False
        else:
            row = s.get(RpwItem, data.id)
            if row is None or row.support_id != support_id:
                raise DomainError("To działanie planu nie istnieje — mogło zostać usunięte.")
            check_version(row, data.version)
            was_done = row.done
        if data.done and not was_done:
            _check_done(support)
        row.activity, row.form, row.starts_on, row.ends_on = activity, data.form, data.starts_on, data.ends_on
        row.responsible, row.indicator, row.goal, row.done = (clean(data.responsible), clean(data.indicator),
                                                              clean(data.goal), bool(data.done))  # fmt: skip
        s.flush()
        return Change(Kind.SUPPORT, support.jst_id, support.process_id, (support.id,))


def mark_done(db: Database, item_id: int, done: bool = True) -> Change:
    """Mark an activity done (or not); refused while the plan is not approved."""
    with db.transaction() as s:
        row = s.get(RpwItem, item_id)
        if row is None:
            raise DomainError("To działanie planu nie istnieje — mogło zostać usunięte.")
        support = _support(s, row.support_id)
        if done:
            _check_done(support)
        row.done = done
        s.flush()
        return _change(support)


def delete_item(db: Database, item_id: int) -> Change:
    with db.transaction() as s:
        row = s.get(RpwItem, item_id)
        if row is None:
            return Change(Kind.SUPPORT, None, ids=(), deleted=True)
        support = _support(s, row.support_id)
        s.delete(row)
        return _change(support)


def save_description(db: Database, support_id: int, diagnosis: str, goals: str, indicators: str,
                     version: int | None = None) -> Change:  # fmt: skip
    """The RPW's description of the diagnosis, its goals and its indicators."""
    with db.transaction() as s:
        support = _support(s, support_id)
        check_version(support, version)
        support.rpw_diagnosis, support.rpw_goals, support.rpw_indicators = (
            clean(diagnosis),
            clean(goals),
            clean(indicators),
        )
        s.flush()
        return _change(support)


def approve_rpw(db: Database, support_id: int, approved_by: str, approved_on: dt.date | None,
                version: int | None = None) -> Change:  # fmt: skip
    """The director's approval: who and when; the schedule as it stands becomes the copy later changes are compared with.

    A plan without activities cannot be approved. Approving again replaces the copy with the plan as it is then.
    """
    who = require(approved_by, "approved_by", "Kto zatwierdził (dyrektor)")
    if approved_on is None:
        raise DomainError("Podaj datę zatwierdzenia.", "approved_on")
    if not 2000 <= approved_on.year <= 2100:
        raise DomainError("Rok musi być z przedziału 2000–2100.", "approved_on")
    with db.transaction() as s:
        support = _support(s, support_id)
        check_version(support, version)
        items = list(s.scalars(select(RpwItem).where(RpwItem.support_id == support_id)))
        if not items:
            raise DomainError("Plan nie ma jeszcze żadnego działania — dodaj działania przed zatwierdzeniem.")
        if approved_on > support.ends_on:
            raise DomainError("Plan zatwierdza się przed zakończeniem wspomagania.", "approved_on")
        for old in s.scalars(select(RpwBaselineItem).where(RpwBaselineItem.support_id == support_id)):
            s.delete(old)
        s.flush()
        for item in items:
            s.add(RpwBaselineItem(
                support_id=support_id, item_id=item.id, position=item.position, activity=item.activity, form=item.form,
                starts_on=item.starts_on, ends_on=item.ends_on, responsible=item.responsible, indicator=item.indicator,
            ))  # fmt: skip
        support.rpw_approved_by, support.rpw_approved_on = who, approved_on
        touch(support)
        s.flush()
        return _change(support)


def _signed_days(n: int) -> str:
    word = plural(abs(n), "dzień")
    return f"+{word}" if n > 0 else f"−{word}"


def _period(start: dt.date | None, end: dt.date | None) -> str:
    return f"{format_date_short(start)}–{format_date_short(end)}"


def compare_with_approved(db: Database, support_id: int) -> Comparison | None:
    """What changed in the schedule since the director's approval (None while it is not approved)."""
    with db.transaction() as s:
        support = _support(s, support_id)
        if support.rpw_approved_on is None:
            return None
        result = Comparison(support.rpw_approved_by, support.rpw_approved_on)
        copies = {
            b.item_id: b for b in s.scalars(select(RpwBaselineItem).where(RpwBaselineItem.support_id == support_id))
        }
        current = list(s.scalars(select(RpwItem).where(RpwItem.support_id == support_id)
                                 .order_by(RpwItem.starts_on, RpwItem.position, RpwItem.id)))  # fmt: skip
        for item in current:
            copy = copies.get(item.id)
            if copy is None:
                result.changes.append(Difference("added", item.id, item.activity,
                                                 f"Dodano: „{item.activity}” ({_period(item.starts_on, item.ends_on)}, "
                                                 f"{FORM_LABELS.get(item.form, item.form)}).",
                                                 new=(item.starts_on, item.ends_on)))  # fmt: skip
                continue
            start_delta = (item.starts_on - copy.starts_on).days if item.starts_on and copy.starts_on else 0
            end_delta = (item.ends_on - copy.ends_on).days if item.ends_on and copy.ends_on else 0
            if start_delta or end_delta:
                parts = []
                if start_delta:
                    parts.append(f"początek {_signed_days(start_delta)} ({format_date_short(copy.starts_on)} → "
                                 f"{format_date_short(item.starts_on)})")  # fmt: skip
                if end_delta:
                    parts.append(f"koniec {_signed_days(end_delta)} ({format_date_short(copy.ends_on)} → "
                                 f"{format_date_short(item.ends_on)})")  # fmt: skip
                result.changes.append(Difference("moved", item.id, item.activity,
                                                 f"Przesunięto: „{item.activity}” — " + ", ".join(parts) + ".",
                                                 start_delta, end_delta, (copy.starts_on, copy.ends_on),
                                                 (item.starts_on, item.ends_on)))  # fmt: skip
            if item.form != copy.form:
                result.changes.append(Difference("form", item.id, item.activity,
                                                 f"Zmieniono formę: „{item.activity}” — "
                                                 f"{FORM_LABELS.get(copy.form, copy.form)} → "
                                                 f"{FORM_LABELS.get(item.form, item.form)}.", old=copy.form,
                                                 new=item.form))  # fmt: skip
            if item.responsible != copy.responsible:
                result.changes.append(Difference("responsible", item.id, item.activity,
                                                 f"Zmieniono osobę odpowiedzialną: „{item.activity}” — "
                                                 f"{copy.responsible or 'nikt'} → {item.responsible or 'nikt'}.",
                                                 old=copy.responsible, new=item.responsible))  # fmt: skip
            if item.activity != copy.activity:
                result.changes.append(Difference("renamed", item.id, item.activity,
                                                 f"Zmieniono nazwę: „{copy.activity}” → „{item.activity}”.",
                                                 old=copy.activity, new=item.activity))  # fmt: skip
        kept = {item.id for item in current}
        for copy in sorted(copies.values(), key=lambda b: (b.starts_on or dt.date.min, b.position)):
            if copy.item_id not in kept:
                result.changes.append(Difference("removed", copy.item_id, copy.activity,
                                                 f"Usunięto: „{copy.activity}” (planowane "
                                                 f"{_period(copy.starts_on, copy.ends_on)}).",
                                                 old=(copy.starts_on, copy.ends_on)))  # fmt: skip
        return result
