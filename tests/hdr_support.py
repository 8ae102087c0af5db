"""Building the stage 2 rows an HDR needs (a process, gaps, goals, indicators) directly, for the HDR tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from wsparcie_desktop.db.models import CurrentState, DevelopmentGap, DevelopmentGoal, Indicator, TargetState
from wsparcie_desktop.services import people, processes
from wsparcie_desktop.services.people import PersonData

PERIOD = (dt.date(2026, 9, 1), dt.date(2027, 8, 31))


@dataclass
class Stage2:
    process_id: int
    goal_ids: list[int] = field(default_factory=list)
    indicator_ids: dict[int, list[int]] = field(default_factory=dict)
    person_ids: list[int] = field(default_factory=list)


def add_person(db, jst_id: int, name: str, role: str = "naczelnik_oswiaty", position: str = "") -> int:
    return people.save_person(db, jst_id, PersonData(full_name=name, role_code=role, position=position)).id


def add_goal(
    db, process_id: int, text: str, priority: bool = True, indicators: tuple[str, ...] = ()
) -> tuple[int, list[int]]:
    with db.transaction() as s:
        current = CurrentState(process_id=process_id, text=f"Stan obecny: {text}", source="sio")
        s.add(current)
        s.flush()
        target = TargetState(process_id=process_id, current_state_id=current.id, text=f"Stan docelowy: {text}")
        s.add(target)
        s.flush()
        gap = DevelopmentGap(
            process_id=process_id,
            current_state_id=current.id,
            target_state_id=target.id,
            description=f"Luka: {text}",
            is_priority=priority,
        )
        s.add(gap)
        s.flush()
        goal = DevelopmentGoal(process_id=process_id, gap_id=gap.id, position=gap.id, text=text)
        s.add(goal)
        s.flush()
        ids = []
        for name in indicators:
            ind = Indicator(
                goal_id=goal.id,
                name=name,
                unit="%",
                baseline_value=Decimal("10"),
                baseline_on=dt.date(2026, 6, 30),
                target_value=Decimal("40"),
                target_on=dt.date(2027, 6, 30),
                method="ankieta",
                measured_by="inspektor",
            )
            s.add(ind)
            s.flush()
            ids.append(ind.id)
        return goal.id, ids


def stage2(db, jst_id: int, goals: int = 2, with_non_priority: bool = True) -> Stage2:
    data = processes.ProcessData(name="Proces 2026", started_on=dt.date(2026, 3, 1))
    process_id = processes.save_process(db, jst_id, data).id
    result = Stage2(process_id)
    for n in range(goals):
        goal_id, ind = add_goal(
            db, process_id, f"Cel priorytetowy {n + 1}", True, (f"Wskaźnik {n + 1}a", f"Wskaźnik {n + 1}b")
        )
        result.goal_ids.append(goal_id)
        result.indicator_ids[goal_id] = ind
    if with_non_priority:
        goal_id, ind = add_goal(db, process_id, "Cel dodatkowy", False, ("Wskaźnik dodatkowy",))
        result.goal_ids.append(goal_id)
        result.indicator_ids[goal_id] = ind
    result.person_ids = [
        add_person(db, jst_id, "Anna Nowak", "naczelnik_oswiaty", "Inspektor ds. oświaty"),
        add_person(db, jst_id, "Jan Wójcik", "decydent", "Wójt Gminy"),
        add_person(db, jst_id, "Ewa Lis", "skarbnik", "Skarbnik"),
    ]
    return result
