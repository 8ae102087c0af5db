"""Development gaps (luki rozwojowe) and the priorities chosen from them.

A gap joins one current state, the target state that answers it and the causes behind the difference.
Gaps are ranked by importance × feasibility (1–25); ties go to the more important gap, then to the one
written down first. The team may reorder by hand: the whole order is then stored in ``manual_rank`` and
kept until it asks for the order by score again.

Writing a gap is a ``Kind.DIAGNOSIS`` change; rating, ordering and marking priorities are ``Kind.GOALS``
changes (the priorities page), naming the gaps whose values changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, select

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import (
    Cause,
    CurrentState,
    DevelopmentGap,
    DevelopmentGoal,
    GapCause,
    TargetState,
)
from wsparcie_desktop.db.versioning import check_version, touch
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services.causes import CauseData, build_tree, walk
from wsparcie_desktop.services.diagnosis import (
    delete_gaps_with_goals,
    deleted_with_goals,
    owned,
    process_with_area,
    short,
)
from wsparcie_desktop.services.processes import process_change
from wsparcie_desktop.validation import require

RANKING_RULE = (
    "Wynik = ważność × wykonalność (każda w skali 1–5, wynik 1–25). Wyżej stoi luka z wyższym wynikiem; "
    "przy równym wyniku — ważniejsza, a przy równej ważności — zapisana wcześniej. Kolejność można zmienić ręcznie."
)


@dataclass
class GapData:
    description: str = ""
    current_state_id: int | None = None
    target_state_id: int | None = None
    cause_ids: list[int] = field(default_factory=list)
    id: int | None = None
    importance: int | None = None
    feasibility: int | None = None
    manual_rank: int | None = None
    is_priority: bool = False
    current_text: str = ""
    target_text: str = ""
    cause_texts: list[str] = field(default_factory=list)
    rank: int = 0
    version: int | None = None  # the row's version when read; a save over an older one is refused

    @property
    def score(self) -> int | None:
        if self.importance is None or self.feasibility is None:
            return None
        return self.importance * self.feasibility


def _load(s, process_id: int) -> list[GapData]:
    rows = s.execute(
        select(DevelopmentGap, CurrentState.text, TargetState.text)
        .join(CurrentState, CurrentState.id == DevelopmentGap.current_state_id)
        .join(TargetState, TargetState.id == DevelopmentGap.target_state_id)
        .where(DevelopmentGap.process_id == process_id)
        .order_by(DevelopmentGap.id)
    ).all()
    links = s.execute(
        select(GapCause.gap_id, Cause.id, Cause.text)
        .join(Cause, Cause.id == GapCause.cause_id)
        .where(Cause.process_id == process_id)
    ).all()
    reading_order = {c.id: n for n, c in enumerate(walk(build_tree([
        CauseData(c.text, c.category, c.influence, c.parent_id, c.id, c.position)
        for c in s.scalars(select(Cause).where(Cause.process_id == process_id))
    ])))}  # fmt: skip
    links = sorted(links, key=lambda link: reading_order.get(link.id, 0))
    out = []
    for gap, current, target in rows:
        causes = [(cid, text) for gid, cid, text in links if gid == gap.id]
        out.append(GapData(
            gap.description, gap.current_state_id, gap.target_state_id, [c for c, _ in causes], gap.id,
            gap.importance, gap.feasibility, gap.manual_rank, gap.is_priority, current, target, [t for _, t in causes],
            version=gap.version,
        ))  # fmt: skip
    return out


def automatic_order(gaps: list[GapData]) -> list[GapData]:
    """By score, then importance, then the order written down; unrated gaps last."""
    return sorted(gaps, key=lambda g: (g.score is None, -(g.score or 0), -(g.importance or 0), g.id or 0))


def rank(gaps: list[GapData]) -> list[GapData]:
    """The order the team sees: its manual order where set (gaps added since then follow), else automatic."""
    auto = automatic_order(gaps)
    position = {g.id: i for i, g in enumerate(auto)}
    ordered = sorted(auto, key=lambda g: (g.manual_rank is None, g.manual_rank or 0, position[g.id]))
    for number, gap in enumerate(ordered, start=1):
        gap.rank = number
    return ordered


def list_gaps(db: Database, process_id: int) -> list[GapData]:
    """Gaps in the order they were written down."""
    with db.transaction() as s:
        return _load(s, process_id)


def ranking(db: Database, process_id: int) -> list[GapData]:
    with db.transaction() as s:
        return rank(_load(s, process_id))


def save_gap(db: Database, process_id: int, data: GapData) -> Change:
    """A gap joins one current state with ITS target state and at least one cause, in one sentence."""
    description = require(data.description, "description", "Opis luki")
    with db.transaction() as s:
        process = process_with_area(s, process_id)
        current = owned(s, CurrentState, data.current_state_id, process_id,
                        "Wybierz stwierdzenie „Jak jest?”, którego dotyczy luka.", "current_state_id")  # fmt: skip
        target = owned(s, TargetState, data.target_state_id, process_id,
                       "Wybierz stan docelowy, którego dotyczy luka.", "target_state_id")  # fmt: skip
        if target.current_state_id != current.id:
            raise DomainError(f"Stan docelowy „{short(target.text)}” odpowiada na inne stwierdzenie niż "
                              f"„{short(current.text)}”. Luka łączy stan obecny z jego stanem docelowym.",
                              "target_state_id")  # fmt: skip
        cause_ids = list(dict.fromkeys(data.cause_ids))
        if not cause_ids:
            raise DomainError("Wskaż co najmniej jedną przyczynę tej luki.", "causes")
        for cause_id in cause_ids:
            owned(s, Cause, cause_id, process_id, "Jednej z zaznaczonych przyczyn już nie ma.", "causes")
        if data.id is None:
            gap = DevelopmentGap(process_id=process_id, current_state_id=current.id, target_state_id=target.id,
                                 description=description)  # fmt: skip
            s.add(gap)
            s.flush()
        else:
            gap = owned(s, DevelopmentGap, data.id, process_id, "Tej luki już nie ma — mogła zostać usunięta.")
            check_version(gap, data.version)
            stored = set(s.scalars(select(GapCause.cause_id).where(GapCause.gap_id == gap.id)))
            gap.current_state_id, gap.target_state_id, gap.description = current.id, target.id, description
            if stored == set(cause_ids):
                cause_ids = []  # the same causes: their rows (and uids) stay
            else:
                touch(gap)  # other causes alone are a change of the gap: its version goes up too
                s.execute(delete(GapCause).where(GapCause.gap_id == gap.id))
        for cause_id in cause_ids:
            s.add(GapCause(gap_id=gap.id, cause_id=cause_id))
        s.flush()
        return Change(Kind.DIAGNOSIS, process.jst_id, process_id, (gap.id,))


def gap_dependants(db: Database, gap_id: int) -> list[str]:
    with db.transaction() as s:
        texts = s.scalars(select(DevelopmentGoal.text).where(DevelopmentGoal.gap_id == gap_id))
        return [f"cel rozwojowy „{short(t)}” (razem ze wskaźnikami)" for t in texts]


def delete_gap(db: Database, gap_id: int) -> tuple[Change, ...]:
    """Delete the gap with its goals (a DIAGNOSIS change for the gap, a GOALS change for the goals)."""
    with db.transaction() as s:
        gap = s.get(DevelopmentGap, gap_id)
        if gap is None:  # already deleted elsewhere
            return (Change(Kind.DIAGNOSIS, ids=(gap_id,), deleted=True),)
        process_id = gap.process_id
        goal_ids = delete_gaps_with_goals(s, [gap_id])
        return deleted_with_goals(s, process_id, [gap_id], goal_ids)


def check_gaps(db: Database, process_id: int) -> None:
    """Before leaving the gaps page: at least one gap, and none left without a cause."""
    gaps = list_gaps(db, process_id)
    if not gaps:
        raise DomainError("Zapisz co najmniej jedną lukę rozwojową.")
    for gap in gaps:
        if not gap.cause_ids:
            raise DomainError(f"Luka „{short(gap.description)}” nie ma żadnej przyczyny — wskaż co najmniej jedną.",
                              "causes")  # fmt: skip


# ---------------------------------------------------------------- priorities


def rate_gap(db: Database, gap_id: int, importance: int | None, feasibility: int | None) -> Change:
    for value, name, label in ((importance, "importance", "Ważność"), (feasibility, "feasibility", "Wykonalność")):
        if value is not None and not 1 <= value <= 5:
            raise DomainError(f"{label} ocenia się w skali od 1 do 5.", name)
    with db.transaction() as s:
        gap = s.get(DevelopmentGap, gap_id)
        if gap is None:
            raise DomainError("Tej luki już nie ma — mogła zostać usunięta.")
        gap.importance, gap.feasibility = importance, feasibility
        return process_change(s, Kind.GOALS, gap.process_id, (gap_id,))


def move_in_ranking(db: Database, process_id: int, gap_id: int, step: int) -> Change:
    """Move a gap up (-1) or down (+1) in the ranking; the whole order becomes the team's manual order.

    The Change names the gap moved first, then the others whose stored place changed.
    """
    with db.transaction() as s:
        ordered = rank(_load(s, process_id))
        index = next((i for i, g in enumerate(ordered) if g.id == gap_id), None)
        if index is None:
            raise DomainError("Tej luki już nie ma — mogła zostać usunięta.")
        target = index + step
        if 0 <= target < len(ordered):
            ordered[index], ordered[target] = ordered[target], ordered[index]
        changed = [gap_id]
        for number, gap in enumerate(ordered, start=1):
            row = s.get(DevelopmentGap, gap.id)
            if row.manual_rank != number and gap.id != gap_id:
                changed.append(gap.id)
            row.manual_rank = number
        return process_change(s, Kind.GOALS, process_id, changed)


def reset_manual_order(db: Database, process_id: int) -> Change:
    """Go back to the order by score; the Change names the gaps that had a place of their own."""
    with db.transaction() as s:
        changed = []
        for gap in s.scalars(select(DevelopmentGap).where(DevelopmentGap.process_id == process_id)):
            if gap.manual_rank is not None:
                changed.append(gap.id)
            gap.manual_rank = None
        return process_change(s, Kind.GOALS, process_id, changed)


def set_priority(db: Database, gap_id: int, is_priority: bool) -> Change:
    """Mark or unmark a priority. A priority with goals keeps them, so it cannot be unmarked silently."""
    with db.transaction() as s:
        gap = s.get(DevelopmentGap, gap_id)
        if gap is None:
            raise DomainError("Tej luki już nie ma — mogła zostać usunięta.")
        if not is_priority and gap.is_priority:
            goals = list(s.scalars(select(DevelopmentGoal.text).where(DevelopmentGoal.gap_id == gap_id)))
            if goals:
                names = ", ".join(f"„{short(g, 60)}”" for g in goals)
                raise DomainError(f"Ten priorytet ma już cele ({names}). Usuń je na stronie „Cele i wskaźniki”, "
                                  f"zanim zdejmiesz oznaczenie priorytetu.", "is_priority")  # fmt: skip
        gap.is_priority = is_priority
        return process_change(s, Kind.GOALS, gap.process_id, (gap_id,))


def check_priorities(db: Database, process_id: int) -> None:
    """Before leaving the priorities page: every gap rated, at least one priority."""
    gaps = list_gaps(db, process_id)
    for gap in gaps:
        if gap.importance is None or gap.feasibility is None:
            raise DomainError(f"Oceń ważność i wykonalność luki „{short(gap.description)}”.", "importance")
    if not any(g.is_priority for g in gaps):
        raise DomainError("Zaznacz co najmniej jedną lukę jako priorytet.", "is_priority")
