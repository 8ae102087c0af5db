"""The chain from evidence to result, both ways: data task → current state → gap ← causes; gap → goal →
indicator; activity → goals and indicators.

The links are the ones the program already stores. :func:`load_chain` reads them for a process in one
transaction; :func:`path_of` then follows them from any item ("Ścieżka"): from an activity up to the goals,
gaps, causes, current states and data tasks it answers; from a cause or a data task down to the goals and
activities that act on it and what has been measured since. A sub-cause belongs to the gaps its parent
causes are linked to. :func:`chain_findings` lists the gaps in the chain as warnings for the HDR checklist
and the monitoring report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import bindparam, select

from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import (
    ActivityGoal,
    ActivityIndicator,
    Cause,
    CurrentState,
    DataTask,
    DevelopmentGap,
    DevelopmentGoal,
    GapCause,
    Hdr,
    HdrActivity,
    Indicator,
    IndicatorMeasurement,
)
from wsparcie_desktop.db.plain_rows import Prepared, plain_rows
from wsparcie_desktop.i18n import format_date_short, format_number
from wsparcie_desktop.services.hdr_validation import WARNING, Finding

ChainActivity = tuple[int, str, Iterable[int], Iterable[int]]  # an activity's id, name, goal ids and indicator ids
KINDS = ("task", "state", "cause", "gap", "goal", "indicator", "activity")
KIND_LABELS = {
    "task": "Zadania zbierania danych",
    "state": "Stan obecny (Jak jest?)",
    "cause": "Przyczyny",
    "gap": "Luki rozwojowe",
    "goal": "Cele rozwojowe",
    "indicator": "Wskaźniki",
    "activity": "Działania HDR",
}
KIND_SINGULAR = {
    "task": "zadanie zbierania danych", "state": "stan obecny", "cause": "przyczyna", "gap": "luka rozwojowa",
    "goal": "cel rozwojowy", "indicator": "wskaźnik", "activity": "działanie",
}  # fmt: skip


def _short(text: str, limit: int = 120) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass
class Measured:
    indicator_id: int
    measured_on: dt.date
    value: object


@dataclass
class Chain:
    """Every link of one process, by id; texts are the items' own words."""

    approved_on: dt.date | None = None
    texts: dict[tuple[str, int], str] = field(default_factory=dict)
    state_task: dict[int, int | None] = field(default_factory=dict)
    gap_state: dict[int, int] = field(default_factory=dict)
    gap_priority: dict[int, bool] = field(default_factory=dict)
    gap_causes: dict[int, set[int]] = field(default_factory=dict)  # as linked, without sub-causes
    cause_parent: dict[int, int | None] = field(default_factory=dict)
    cause_influence: dict[int, str] = field(default_factory=dict)
    goal_gap: dict[int, int] = field(default_factory=dict)
    indicator_goal: dict[int, int] = field(default_factory=dict)
    indicator_first: dict[int, dt.date | None] = field(default_factory=dict)
    activity_goals: dict[int, set[int]] = field(default_factory=dict)
    activity_indicators: dict[int, set[int]] = field(default_factory=dict)
    activity_order: list[int] = field(default_factory=list)
    measurements: dict[int, list[Measured]] = field(default_factory=dict)
    tasks: list[int] = field(default_factory=list)
    states: list[int] = field(default_factory=list)

    def items(self, kind: str) -> list[int]:
        """The ids of one kind, in the program's order."""
        order = {
            "task": self.tasks, "state": self.states, "cause": list(self.cause_parent), "gap": list(self.gap_state),
            "goal": list(self.goal_gap), "indicator": list(self.indicator_goal), "activity": self.activity_order,
        }  # fmt: skip
        return order[kind]

    def text(self, kind: str, item_id: int) -> str:
        return self.texts.get((kind, item_id), "")

    # --- derived links --------------------------------------------------------------------------------------
    def ancestors(self, cause_id: int) -> list[int]:
        found, seen, current = [], set(), self.cause_parent.get(cause_id)
        while current is not None and current not in seen:
            seen.add(current)
            found.append(current)
            current = self.cause_parent.get(current)
        return found

    def descendants(self, cause_id: int) -> set[int]:
        children: dict[int, list[int]] = {}
        for child, parent in self.cause_parent.items():
            if parent is not None:
                children.setdefault(parent, []).append(child)
        found, queue = set(), [cause_id]
        while queue:
            for child in children.get(queue.pop(), []):
                if child not in found:
                    found.add(child)
                    queue.append(child)
        return found

    def gaps_of_cause(self, cause_id: int) -> set[int]:
        own = {cause_id, *self.ancestors(cause_id)}
        return {gap for gap, causes in self.gap_causes.items() if causes & own}

    def causes_of_gap(self, gap_id: int) -> set[int]:
        linked = self.gap_causes.get(gap_id, set())
        found = set(linked)
        for cause in linked:
            found |= self.descendants(cause)
        return found

    def goals_of_gap(self, gap_id: int) -> set[int]:
        return {goal for goal, gap in self.goal_gap.items() if gap == gap_id}

    def activities_of_goals(self, goals: set[int]) -> set[int]:
        indicators = {i for i, g in self.indicator_goal.items() if g in goals}
        return {a for a in self.activity_order
                if self.activity_goals.get(a, set()) & goals or self.activity_indicators.get(a, set()) & indicators}  # fmt: skip

    def any_activity_for(self, goals: set[int]) -> bool:
        """Whether some activity serves one of the goals or measures one of their indicators (stops at the first:
        a plan of 5,000 activities is not gone through for each gap)."""
        if not goals:
            return False
        indicators = {i for i, g in self.indicator_goal.items() if g in goals}
        return any(not goals.isdisjoint(linked) for linked in self.activity_goals.values()) or any(
            not indicators.isdisjoint(linked) for linked in self.activity_indicators.values()
        )


# The chain's selects, made and compiled once (db/plain_rows.py): the HDR screen reads them at every opening.
_PROCESS = bindparam("process_id")
_GAP_IDS = select(DevelopmentGap.id).where(DevelopmentGap.process_id == _PROCESS)
_GOAL_IDS = select(DevelopmentGoal.id).where(DevelopmentGoal.process_id == _PROCESS)
_HDR = Prepared(select(Hdr.id, Hdr.approved_on).where(Hdr.process_id == _PROCESS))
_TASKS = Prepared(select(DataTask.id, DataTask.what).where(DataTask.process_id == _PROCESS).order_by(DataTask.id))
_STATES = Prepared(select(CurrentState.id, CurrentState.data_task_id, CurrentState.text)
                   .where(CurrentState.process_id == _PROCESS).order_by(CurrentState.position, CurrentState.id))  # fmt: skip
_CAUSES = Prepared(select(Cause.id, Cause.parent_id, Cause.influence, Cause.text).where(Cause.process_id == _PROCESS)
                   .order_by(Cause.position, Cause.id))  # fmt: skip
_GAPS = Prepared(select(DevelopmentGap.id, DevelopmentGap.current_state_id, DevelopmentGap.is_priority,
                        DevelopmentGap.description)
                 .where(DevelopmentGap.process_id == _PROCESS).order_by(DevelopmentGap.id))  # fmt: skip
_GAP_CAUSES = Prepared(select(GapCause.gap_id, GapCause.cause_id).where(GapCause.gap_id.in_(_GAP_IDS)))
_GOALS = Prepared(select(DevelopmentGoal.id, DevelopmentGoal.gap_id, DevelopmentGoal.text)
                  .where(DevelopmentGoal.process_id == _PROCESS)
                  .order_by(DevelopmentGoal.position, DevelopmentGoal.id))  # fmt: skip
_INDICATORS = Prepared(select(Indicator.id, Indicator.goal_id, Indicator.baseline_on, Indicator.name)
                       .where(Indicator.goal_id.in_(_GOAL_IDS)).order_by(Indicator.id))  # fmt: skip
_MEASUREMENTS = Prepared(
    select(IndicatorMeasurement.indicator_id, IndicatorMeasurement.measured_on, IndicatorMeasurement.value)
    .where(IndicatorMeasurement.indicator_id.in_(select(Indicator.id).where(Indicator.goal_id.in_(_GOAL_IDS))))
    .order_by(IndicatorMeasurement.measured_on, IndicatorMeasurement.id)
)  # fmt: skip


def load_chain(db: Database, process_id: int, activities: Iterable[ChainActivity] | None = None) -> Chain:
    """Every link of the process's chain, read in one transaction as plain rows (columns, not ORM objects).

    ``activities``: the HDR's activities with their goals and indicators, when the caller has just read them
    (the HDR screen has its plan): then they are not read again (a plan of 5,000 activities took most of the
    time).
    """
    chain = Chain()
    with db.transaction() as s:
        params = {"process_id": process_id}
        found = plain_rows(s, _HDR, params)
        hdr = found[0] if found else None
        chain.approved_on = hdr[1] if hdr else None
        for task_id, what in plain_rows(s, _TASKS, params):
            chain.tasks.append(task_id)
            chain.texts[("task", task_id)] = what
        for state_id, task_id, text in plain_rows(s, _STATES, params):
            chain.states.append(state_id)
            chain.state_task[state_id] = task_id
            chain.texts[("state", state_id)] = text
        for cause_id, parent_id, influence, text in plain_rows(s, _CAUSES, params):
            chain.cause_parent[cause_id] = parent_id
            chain.cause_influence[cause_id] = influence
            chain.texts[("cause", cause_id)] = text
        for gap_id, state_id, priority, description in plain_rows(s, _GAPS, params):
            chain.gap_state[gap_id] = state_id
            chain.gap_priority[gap_id] = priority
            chain.gap_causes[gap_id] = set()
            chain.texts[("gap", gap_id)] = description
        if chain.gap_state:
            for gap_id, cause_id in plain_rows(s, _GAP_CAUSES, params):
                chain.gap_causes[gap_id].add(cause_id)
        for goal_id, gap_id, text in plain_rows(s, _GOALS, params):
            chain.goal_gap[goal_id] = gap_id
            chain.texts[("goal", goal_id)] = text
        if chain.goal_gap:
            for indicator_id, goal_id, baseline_on, name in plain_rows(s, _INDICATORS, params):
                chain.indicator_goal[indicator_id] = goal_id
                chain.indicator_first[indicator_id] = baseline_on
                chain.texts[("indicator", indicator_id)] = name
                chain.measurements[indicator_id] = []
        if chain.indicator_goal:
            for indicator_id, measured_on, value in plain_rows(s, _MEASUREMENTS, params):
                chain.measurements[indicator_id].append(Measured(indicator_id, measured_on, value))
        if hdr is not None and activities is None:
            activities = _activities(s, hdr[0])
    if hdr is not None:
        activities = list(activities)
        chain.activity_order = [a[0] for a in activities]
        chain.activity_goals = {a[0]: set(a[2]) for a in activities}
        chain.activity_indicators = {a[0]: set(a[3]) for a in activities}
        chain.texts.update({("activity", a[0]): a[1] for a in activities})
    return chain


def _activities(s, hdr_id: int) -> list[ChainActivity]:
    a = HdrActivity
    rows = s.execute(select(a.id, a.name).where(a.hdr_id == hdr_id).order_by(a.position, a.id)).all()
    goals: dict[int, list[int]] = {row[0]: [] for row in rows}
    indicators: dict[int, list[int]] = {row[0]: [] for row in rows}
    if rows:
        of_hdr = select(a.id).where(a.hdr_id == hdr_id)  # the links of this HDR's activities, whatever their number
        for activity_id, goal_id in s.execute(select(ActivityGoal.activity_id, ActivityGoal.goal_id)
                                              .where(ActivityGoal.activity_id.in_(of_hdr))):  # fmt: skip
            goals[activity_id].append(goal_id)
        for activity_id, indicator_id in s.execute(select(ActivityIndicator.activity_id, ActivityIndicator.indicator_id)
                                                   .where(ActivityIndicator.activity_id.in_(of_hdr))):  # fmt: skip
            indicators[activity_id].append(indicator_id)
    return [(activity_id, name, goals[activity_id], indicators[activity_id]) for activity_id, name in rows]


@dataclass
class PathItem:
    kind: str
    id: int
    text: str
    detail: str = ""  # a measurement's value and date, ...


@dataclass
class Path:
    """What is connected to ``start``: every kind of item, in the chain's order, evidence first."""

    start: PathItem
    items: dict[str, list[PathItem]] = field(default_factory=dict)

    def ids(self, kind: str) -> list[int]:
        return [i.id for i in self.items.get(kind, [])]

    @property
    def empty(self) -> bool:
        return not any(v for k, v in self.items.items() if k != self.start.kind)


def _gaps_of(chain: Chain, kind: str, item_id: int) -> set[int]:
    if kind == "gap":
        return {item_id}
    if kind == "state":
        return {g for g, st in chain.gap_state.items() if st == item_id}
    if kind == "task":
        states = {st for st, t in chain.state_task.items() if t == item_id}
        return {g for g, st in chain.gap_state.items() if st in states}
    if kind == "cause":
        return chain.gaps_of_cause(item_id)
    if kind == "goal":
        return {chain.goal_gap[item_id]} if item_id in chain.goal_gap else set()
    if kind == "indicator":
        goal = chain.indicator_goal.get(item_id)
        return {chain.goal_gap[goal]} if goal in chain.goal_gap else set()
    if kind == "activity":
        goals = set(chain.activity_goals.get(item_id, set()))
        goals |= {chain.indicator_goal[i] for i in chain.activity_indicators.get(item_id, set())
                  if i in chain.indicator_goal}  # fmt: skip
        return {chain.goal_gap[g] for g in goals if g in chain.goal_gap}
    raise ValueError(kind)


def path_of(chain: Chain, kind: str, item_id: int) -> Path:
    """Everything linked to the item, both ways: the evidence it rests on and the results meant to come of it."""
    if kind not in KINDS:
        raise ValueError(kind)
    gaps = _gaps_of(chain, kind, item_id)
    states = {chain.gap_state[g] for g in gaps}
    if kind == "state":
        states = {item_id}
    if kind == "task":
        states = {st for st, t in chain.state_task.items() if t == item_id}
    tasks = {chain.state_task[st] for st in states if chain.state_task.get(st) is not None}
    if kind == "cause":
        causes = {item_id, *chain.ancestors(item_id), *chain.descendants(item_id)}
    else:
        causes = set().union(*(chain.causes_of_gap(g) for g in gaps)) if gaps else set()
    if kind == "activity":
        goals = {g for g in chain.activity_goals.get(item_id, set()) if g in chain.goal_gap}
        goals |= {chain.indicator_goal[i] for i in chain.activity_indicators.get(item_id, set())
                  if i in chain.indicator_goal}  # fmt: skip
        activities = {item_id}
        indicators = set(chain.activity_indicators.get(item_id, set())) or {
            i for i, g in chain.indicator_goal.items() if g in goals}  # fmt: skip
    elif kind in ("goal", "indicator"):
        goals = {item_id} if kind == "goal" else {chain.indicator_goal[item_id]}
        indicators = {i for i, g in chain.indicator_goal.items() if g in goals} if kind == "goal" else {item_id}
        activities = chain.activities_of_goals(goals) if kind == "goal" else {
            a for a in chain.activity_order
            if item_id in chain.activity_indicators.get(a, set()) or goals & chain.activity_goals.get(a, set())}  # fmt: skip
    else:
        goals = set().union(*(chain.goals_of_gap(g) for g in gaps)) if gaps else set()
        indicators = {i for i, g in chain.indicator_goal.items() if g in goals}
        activities = chain.activities_of_goals(goals)
    chosen = {"task": tasks, "state": states, "cause": causes, "gap": gaps, "goal": goals,
              "indicator": indicators, "activity": activities}  # fmt: skip
    since = chain.approved_on
    path = Path(PathItem(kind, item_id, chain.text(kind, item_id)))
    for k in KINDS:
        items = []
        for i in chain.items(k):
            if i not in chosen[k]:
                continue
            detail = ""
            if k == "cause":
                detail = {"yes": "w zasięgu wpływu JST", "partly": "częściowo w zasięgu wpływu JST",
                          "no": "poza wpływem JST"}.get(chain.cause_influence.get(i, ""), "")  # fmt: skip
            elif k == "gap" and chain.gap_priority.get(i):
                detail = "priorytet"
            elif k == "indicator":
                measured = [m for m in chain.measurements.get(i, []) if since is None or m.measured_on >= since]
                if measured:
                    detail = "pomiary od zatwierdzenia HDR: " + "; ".join(
                        f"{format_number(m.value.normalize())} ({format_date_short(m.measured_on)})"
                        for m in measured[-4:])  # fmt: skip
                else:
                    detail = "brak pomiarów od zatwierdzenia HDR" if since else "brak pomiarów"
            items.append(PathItem(k, i, chain.text(k, i), detail))
        path.items[k] = items
    return path


def path_from(db: Database, process_id: int, kind: str, item_id: int) -> Path:
    return path_of(load_chain(db, process_id), kind, item_id)


# ---------------------------------------------------------------- gaps in the chain

CHAIN_CODES = ("chain_gap_without_activity", "chain_cause_without_goal", "chain_activity_without_goal",
               "chain_indicator_unmeasured")  # fmt: skip


def chain_findings(chain: Chain, today: dt.date | None = None, activities: bool = True) -> list[Finding]:
    """Warnings: a priority gap with no activity, a cause the JST influences that no goal addresses, an activity
    serving no goal (``activities``), an indicator never measured after its first date (once the HDR is approved).
    """
    today = today or dt.date.today()
    found = []
    for gap in chain.gap_state:
        if chain.gap_priority.get(gap) and not chain.any_activity_for(chain.goals_of_gap(gap)):
            found.append(Finding(WARNING, "chain_gap_without_activity",
                                 f"Luka priorytetowa bez żadnego działania: {_short(chain.text('gap', gap))}"))  # fmt: skip
    addressed = {g for g in chain.gap_state if chain.goals_of_gap(g)}
    for cause, influence in chain.cause_influence.items():
        if influence == "yes" and not (chain.gaps_of_cause(cause) & addressed):
            found.append(Finding(WARNING, "chain_cause_without_goal",
                                 f"Przyczyna w zasięgu wpływu JST, na którą nie odpowiada żaden cel: "
                                 f"{_short(chain.text('cause', cause))}"))  # fmt: skip
    if activities:
        for a in chain.activity_order:
            if not chain.activity_goals.get(a) and not chain.activity_indicators.get(a):
                found.append(Finding(WARNING, "chain_activity_without_goal",
                                     f"„{_short(chain.text('activity', a))}” nie służy żadnemu celowi rozwojowemu.",
                                     a, "goal_ids"))  # fmt: skip
    if chain.approved_on is not None:
        for indicator in chain.indicator_goal:
            first = chain.indicator_first.get(indicator)
            if first is None or first >= today:
                continue
            if not any(m.measured_on > first for m in chain.measurements.get(indicator, [])):
                found.append(Finding(WARNING, "chain_indicator_unmeasured",
                                     f"Wskaźnika nie zmierzono ani razu po dacie bazowej "
                                     f"({format_date_short(first)}): {_short(chain.text('indicator', indicator))}"))  # fmt: skip
    return found


def checklist_findings(db: Database, process_id: int, today: dt.date | None = None,
                       activities: Iterable[ChainActivity] | None = None) -> list[Finding]:  # fmt: skip
    """The chain's warnings for the HDR checklist, which already names activities serving no goal itself.

    ``activities`` as for :func:`load_chain` (the HDR screen passes its plan's, see :func:`chain_activities`)."""
    return chain_findings(load_chain(db, process_id, activities), today, activities=False)


def chain_activities(activities: Iterable) -> list[ChainActivity]:
    """What the chain needs of a plan's activities (``ActivityData``): id, name, goals and indicators."""
    return [(a.id, a.name, a.goal_ids, a.indicator_ids) for a in activities]
