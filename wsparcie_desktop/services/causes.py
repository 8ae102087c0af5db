"""The cause tree: "Co powoduje, że nie mamy stanu docelowego?".

Causes nest to any depth. Each says whether the JST can change it (yes, partly, no); the model works on
what the JST can change, so causes outside its influence stay in the tree but are marked everywhere.
Positions among siblings are kept gap-free (1, 2, 3 …) so moving up and down is a swap.

Changes return a ``Change`` of ``Kind.DIAGNOSIS``: the cause saved, moved or deleted first, then any other
cause whose place changed with it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import CAUSE_CATEGORIES, INFLUENCE, Cause, DevelopmentGap, GapCause
from wsparcie_desktop.db.versioning import check_version
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services.diagnosis import owned, process_with_area, short
from wsparcie_desktop.services.processes import process_change
from wsparcie_desktop.validation import require

CATEGORY_LABELS: dict[str, str] = {
    "people": "ludzie",
    "procedures": "procedury",
    "resources": "zasoby",
    "communication": "komunikacja",
    "law": "prawo i warunki zewnętrzne",
    "other": "inne",
}
INFLUENCE_LABELS: dict[str, str] = {"yes": "tak", "partly": "częściowo", "no": "nie"}
OUTSIDE_MARK = "(poza wpływem JST)"


@dataclass
class CauseData:
    text: str = ""
    category: str = "other"
    influence: str = "yes"
    parent_id: int | None = None
    id: int | None = None
    position: int = 0
    depth: int = 0
    children: list[CauseData] = field(default_factory=list)
    version: int | None = None  # the row's version when read; a change over an older one is refused

    @property
    def outside_influence(self) -> bool:
        return self.influence == "no"

    @property
    def category_label(self) -> str:
        return CATEGORY_LABELS.get(self.category, self.category)

    @property
    def influence_label(self) -> str:
        return INFLUENCE_LABELS.get(self.influence, self.influence)


def build_tree(rows: list[CauseData]) -> list[CauseData]:
    """Roots with their children filled in, siblings by position; sets each node's depth."""
    by_parent: dict[int | None, list[CauseData]] = defaultdict(list)
    for row in rows:
        row.children = []
        by_parent[row.parent_id].append(row)
    known = {row.id for row in rows}
    roots = [r for r in rows if r.parent_id is None or r.parent_id not in known]

    def attach(node: CauseData, depth: int) -> None:
        node.depth = depth
        node.children = sorted(by_parent.get(node.id, []), key=lambda c: (c.position, c.id or 0))
        for child in node.children:
            attach(child, depth + 1)

    roots.sort(key=lambda c: (c.position, c.id or 0))
    for root in roots:
        attach(root, 0)
    return roots


def walk(nodes: list[CauseData]):
    """Every node of the forest, depth first, parents before their children."""
    for node in nodes:
        yield node
        yield from walk(node.children)


def _rows(s, process_id: int) -> list[CauseData]:
    rows = s.scalars(select(Cause).where(Cause.process_id == process_id).order_by(Cause.position, Cause.id))
    return [CauseData(c.text, c.category, c.influence, c.parent_id, c.id, c.position, version=c.version)
            for c in rows]  # fmt: skip


def cause_tree(db: Database, process_id: int) -> list[CauseData]:
    with db.transaction() as s:
        return build_tree(_rows(s, process_id))


def list_causes(db: Database, process_id: int) -> list[CauseData]:
    """The tree flattened in reading order (each node knows its depth)."""
    return list(walk(cause_tree(db, process_id)))


def _siblings(s, process_id: int, parent_id: int | None) -> list[Cause]:
    parent = Cause.parent_id.is_(None) if parent_id is None else Cause.parent_id == parent_id
    return list(s.scalars(select(Cause).where(Cause.process_id == process_id, parent)
                          .order_by(Cause.position, Cause.id)))  # fmt: skip


def _renumber(siblings: list[Cause]) -> list[int]:
    """Number the siblings 1, 2, 3 …; returns the ids of those whose position changed."""
    changed = []
    for index, cause in enumerate(siblings, start=1):
        if cause.position != index:
            changed.append(cause.id)
        cause.position = index
    return changed


def _change(s, process_id: int, first: int, others: Iterable[int] = (), deleted: bool = False) -> Change:
    ids = dict.fromkeys([first, *others])
    return process_change(s, Kind.DIAGNOSIS, process_id, ids, deleted)


def _check(data: CauseData) -> str:
    text = require(data.text, "text", "Przyczyna")
    if data.category not in CAUSE_CATEGORIES:
        raise DomainError("Wybierz kategorię przyczyny z listy.", "category")
    if data.influence not in INFLUENCE:
        raise DomainError("Wybierz, czy samorząd ma wpływ na tę przyczynę: tak, częściowo albo nie.", "influence")
    return text


def save_cause(db: Database, process_id: int, data: CauseData, after_id: int | None = None) -> Change:
    """Add a cause (id None) under ``parent_id``, right after sibling ``after_id`` (or last), or change one.

    Changing never moves a cause; :func:`move_cause` does that.
    """
    text = _check(data)
    with db.transaction() as s:
        process_with_area(s, process_id)
        if data.id is not None:
            row = owned(s, Cause, data.id, process_id, "Tej przyczyny już nie ma — mogła zostać usunięta.")
            check_version(row, data.version)
            row.text, row.category, row.influence = text, data.category, data.influence
            return _change(s, process_id, row.id)
        if data.parent_id is not None:
            owned(s, Cause, data.parent_id, process_id, "Przyczyny nadrzędnej już nie ma.", "parent_id")
        siblings = _siblings(s, process_id, data.parent_id)
        row = Cause(process_id=process_id, parent_id=data.parent_id, text=text, category=data.category,
                    influence=data.influence)  # fmt: skip
        s.add(row)
        index = next((i + 1 for i, c in enumerate(siblings) if c.id == after_id), len(siblings))
        siblings.insert(index, row)
        moved = [i for i in _renumber(siblings) if i is not None]  # the new row has no id before the flush
        s.flush()
        return _change(s, process_id, row.id, moved)


def move_cause(db: Database, process_id: int, cause_id: int, parent_id: int | None, index: int) -> Change:
    """Put the cause (with its sub-causes) under ``parent_id`` at ``index`` among the new siblings (0 = first).

    A cause cannot go under itself or under one of its own sub-causes.
    """
    with db.transaction() as s:
        row = owned(s, Cause, cause_id, process_id, "Tej przyczyny już nie ma — mogła zostać usunięta.")
        if parent_id is not None:
            ancestor = owned(s, Cause, parent_id, process_id, "Przyczyny nadrzędnej już nie ma.", "parent_id")
            while ancestor is not None:
                if ancestor.id == cause_id:
                    raise DomainError("Przyczyny nie można przenieść pod nią samą ani pod jej podprzyczynę.",
                                      "parent_id")  # fmt: skip
                ancestor = s.get(Cause, ancestor.parent_id) if ancestor.parent_id else None
        old_parent = row.parent_id
        old_siblings = [c for c in _siblings(s, process_id, old_parent) if c.id != cause_id]
        new_siblings = old_siblings if old_parent == parent_id else _siblings(s, process_id, parent_id)
        row.parent_id = parent_id
        new_siblings.insert(max(0, min(index, len(new_siblings))), row)
        moved = _renumber(new_siblings)
        if old_parent != parent_id:
            moved += _renumber(old_siblings)
        return _change(s, process_id, cause_id, moved)


def shift_cause(db: Database, process_id: int, cause_id: int, step: int) -> Change:
    """Move a cause up (-1) or down (+1) among its siblings; nothing happens at either end."""
    with db.transaction() as s:
        row = owned(s, Cause, cause_id, process_id, "Tej przyczyny już nie ma — mogła zostać usunięta.")
        siblings = _siblings(s, process_id, row.parent_id)
        index = next(i for i, c in enumerate(siblings) if c.id == cause_id)
        target = index + step
        if 0 <= target < len(siblings):
            siblings[index], siblings[target] = siblings[target], siblings[index]
        return _change(s, process_id, cause_id, _renumber(siblings))


def indent_cause(db: Database, process_id: int, cause_id: int) -> Change | None:
    """Make the cause a sub-cause of the sibling above it (last among that sibling's children).

    None when it is the first of its siblings: there is nothing above it to go under.
    """
    with db.transaction() as s:
        row = owned(s, Cause, cause_id, process_id, "Tej przyczyny już nie ma — mogła zostać usunięta.")
        siblings = _siblings(s, process_id, row.parent_id)
        index = next(i for i, c in enumerate(siblings) if c.id == cause_id)
        if index == 0:
            return None
        new_parent = siblings[index - 1]
        children = _siblings(s, process_id, new_parent.id)
    return move_cause(db, process_id, cause_id, new_parent.id, len(children))


def outdent_cause(db: Database, process_id: int, cause_id: int) -> Change | None:
    """Make the cause a sibling of its parent, right after it; None when it has no parent."""
    with db.transaction() as s:
        row = owned(s, Cause, cause_id, process_id, "Tej przyczyny już nie ma — mogła zostać usunięta.")
        if row.parent_id is None:
            return None
        parent = s.get(Cause, row.parent_id)
        grand_siblings = _siblings(s, process_id, parent.parent_id)
        index = next(i for i, c in enumerate(grand_siblings) if c.id == parent.id) + 1
        grandparent = parent.parent_id
    return move_cause(db, process_id, cause_id, grandparent, index)


def _subtree_ids(s, cause_id: int) -> list[int]:
    ids, frontier = [cause_id], [cause_id]
    while frontier:
        frontier = list(s.scalars(select(Cause.id).where(Cause.parent_id.in_(frontier))))
        ids += frontier
    return ids


def cause_dependants(db: Database, cause_id: int) -> list[str]:
    """Sub-causes that go with it, and gaps that name it (or a sub-cause) among their causes."""
    with db.transaction() as s:
        ids = _subtree_ids(s, cause_id)
        found = []
        if len(ids) > 1:
            from wsparcie_desktop.i18n import plural

            found.append(f"{plural(len(ids) - 1, 'przyczyna')} podrzędnych (zostaną usunięte razem z nią)")
        gaps = s.execute(
            select(DevelopmentGap.id, DevelopmentGap.description)
            .join(GapCause, GapCause.gap_id == DevelopmentGap.id)
            .where(GapCause.cause_id.in_(ids))
            .distinct()
        ).all()
        for gap in gaps:
            left = s.scalar(
                select(GapCause.cause_id).where(GapCause.gap_id == gap.id, GapCause.cause_id.not_in(ids)).limit(1)
            )
            suffix = "" if left else " — zostanie bez przyczyn i trzeba będzie wskazać nowe"
            found.append(f"luka rozwojowa „{short(gap.description)}”{suffix}")
        return found


def delete_cause(db: Database, cause_id: int) -> Change:
    """Delete the cause with its sub-causes; gaps lose the link (see :func:`cause_dependants`).

    The Change names the deleted causes, the cause itself first.
    """
    with db.transaction() as s:
        row = s.get(Cause, cause_id)
        if row is None:  # already deleted elsewhere
            return Change(Kind.DIAGNOSIS, ids=(cause_id,), deleted=True)
        process_id, parent_id = row.process_id, row.parent_id
        change = process_change(s, Kind.DIAGNOSIS, process_id, _subtree_ids(s, cause_id), deleted=True)
        s.delete(row)
        s.flush()
        _renumber(_siblings(s, process_id, parent_id))
        return change


def check_causes(db: Database, process_id: int) -> None:
    """Before leaving the causes page: at least one cause."""
    with db.transaction() as s:
        if s.scalar(select(Cause.id).where(Cause.process_id == process_id).limit(1)) is None:
            raise DomainError("Zapisz co najmniej jedną przyczynę.")
