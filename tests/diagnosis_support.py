"""Setting up a process with a chosen area, and a small diagnosis, for the stage 2 tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select

from wsparcie_desktop.db.models import AdvisoryProcess, Area
from wsparcie_desktop.services import causes, diagnosis, gaps, goals, processes
from wsparcie_desktop.services.causes import CauseData
from wsparcie_desktop.services.diagnosis import CurrentStateData, ParticipantData, TargetStateData
from wsparcie_desktop.services.gaps import GapData
from wsparcie_desktop.services.goals import GoalData, IndicatorData

STARTED = dt.date(2026, 3, 1)


def make_process(db, jst_id: int, area_number: int | None = 8, name: str = "Proces 2026") -> int:
    """A process as the 'Proces doradczy' section leaves it; the area is set directly, as stage 1 would."""
    process_id = processes.save_process(db, jst_id, processes.ProcessData(name=name, started_on=STARTED)).id
    if area_number is not None:
        with db.transaction() as s:
            area_id = s.scalar(select(Area.id).where(Area.number == area_number))
            s.get(AdvisoryProcess, process_id).chosen_area_id = area_id
    return process_id


def indicator(name: str = "Odsetek nauczycieli we wspomaganiu", **kw) -> IndicatorData:
    values = dict(
        name=name,
        unit="%",
        baseline_value=Decimal("10"),
        baseline_on=dt.date(2026, 6, 30),
        target_value=Decimal("40"),
        target_on=dt.date(2027, 6, 30),
        method="sprawozdania szkół",
        measured_by="inspektor ds. oświaty",
    )
    values.update(kw)
    return IndicatorData(**values)


@dataclass
class Small:
    process_id: int
    current_ids: list[int] = field(default_factory=list)
    target_ids: list[int] = field(default_factory=list)
    cause_ids: list[int] = field(default_factory=list)
    gap_ids: list[int] = field(default_factory=list)
    goal_ids: list[int] = field(default_factory=list)


def small_diagnosis(db, jst_id: int) -> Small:
    """Two statements with targets, three causes (one outside the JST's influence), two gaps, one goal."""
    pid = make_process(db, jst_id)
    out = Small(pid)
    diagnosis.save_participant(db, pid, ParticipantData("Anna Nowak", "inspektor ds. oświaty"))
    for text, evidence in (("Mało nauczycieli we wspomaganiu", "12% (SIO)"), ("Brak planu wydatków", "cytat")):
        cid = diagnosis.save_current_state(db, pid, CurrentStateData(text, "sio", evidence)).id
        out.current_ids.append(cid)
        out.target_ids.append(diagnosis.save_target_state(db, pid, TargetStateData(f"Cel: {text}", cid)).id)
    root = causes.save_cause(db, pid, CauseData("Brak diagnozy potrzeb", "procedures", "yes")).id
    child = causes.save_cause(db, pid, CauseData("Brak ankiety", "procedures", "partly", parent_id=root)).id
    law = causes.save_cause(db, pid, CauseData("Przepisy o awansie", "law", "no")).id
    out.cause_ids = [root, child, law]
    out.gap_ids.append(
        gaps.save_gap(db, pid, GapData("Za mało wspomagania", out.current_ids[0], out.target_ids[0], [root, child])).id
    )
    out.gap_ids.append(gaps.save_gap(db, pid, GapData("Brak planu", out.current_ids[1], out.target_ids[1], [law])).id)
    gaps.rate_gap(db, out.gap_ids[0], 5, 4)
    gaps.rate_gap(db, out.gap_ids[1], 3, 2)
    gaps.set_priority(db, out.gap_ids[0], True)
    saved = goals.save_goal(db, pid, GoalData("Objąć wspomaganiem połowę nauczycieli", out.gap_ids[0]))
    out.goal_ids.append(saved.id)
    goals.save_indicator(db, saved.id, indicator())
    return out
