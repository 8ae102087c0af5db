"""Where a JST stands in the three stages of the model, derived from stored data — never typed in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select

from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import (
    AdvisoryProcess,
    Area,
    Cause,
    CurrentState,
    DataTask,
    DevelopmentGap,
    DevelopmentGoal,
    DiagnosisParticipant,
    Hdr,
    HdrActivity,
    Indicator,
    Meeting,
    RemoteAdvice,
    SheetRespondent,
    TargetState,
)
from wsparcie_desktop.services.charters import agreed_kinds
from wsparcie_desktop.services.meetings import held_kinds
from wsparcie_desktop.services.remote_advice import advice_given

NOT_STARTED, IN_PROGRESS, DONE = "not_started", "in_progress", "done"


@dataclass
class Step:
    label: str
    done: bool


@dataclass
class StageStatus:
    number: int
    title: str
    state: str
    summary: str
    steps: list[Step] = field(default_factory=list)


@dataclass
class Dashboard:
    process_id: int | None
    process_name: str
    stages: list[StageStatus]


STAGE_TITLES = (
    "Wybór obszaru (diagnoza wstępna)",
    "Diagnoza pogłębiona, priorytety, cele i HDR",
    "Realizacja HDR",
)


def _state(steps: list[Step]) -> str:
    if steps and all(s.done for s in steps):
        return DONE
    return IN_PROGRESS if any(s.done for s in steps) else NOT_STARTED


def latest_process_id(db: Database, jst_id: int) -> int | None:
    with db.transaction() as s:
        return s.scalar(
            select(AdvisoryProcess.id)
            .where(AdvisoryProcess.jst_id == jst_id)
            .order_by(AdvisoryProcess.started_on.desc(), AdvisoryProcess.id.desc())
            .limit(1)
        )


def dashboard(db: Database, jst_id: int, process_id: int | None = None) -> Dashboard:
    process_id = process_id or latest_process_id(db, jst_id)
    if process_id is None:
        stages = [
            StageStatus(i + 1, t, NOT_STARTED, "Nie rozpoczęto procesu doradczego.") for i, t in enumerate(STAGE_TITLES)
        ]
        return Dashboard(None, "", stages)
    with db.transaction() as s:
        process = s.get(AdvisoryProcess, process_id)

        def count(model, *where) -> int:
            return s.scalar(select(func.count()).select_from(model).where(*where)) or 0

        def of_process(model) -> int:
            return count(model, model.process_id == process_id)

        held = held_kinds(s, process_id)
        agreed = agreed_kinds(s, process_id)
        respondents = of_process(SheetRespondent)
        area = s.get(Area, process.chosen_area_id) if process.chosen_area_id else None
        stage1_steps = [
            Step("Konferencja otwierająca odbyta", "conference" in held),
            Step("Respondenci arkusza diagnostycznego", respondents > 0),
            Step("Wybrany obszar", area is not None),
        ]
        stage1 = StageStatus(
            1, STAGE_TITLES[0], _state(stage1_steps),
            f"Wybrany obszar: {area.number}. {area.name}"
            + (" (wybór oparty na wcześniejszych odpowiedziach)" if process.choice_outdated else "") if area else (
                f"Arkusze wypełnia {respondents} os." if respondents else "Nie rozpoczęto."),
            stage1_steps,
        )  # fmt: skip

        tasks = of_process(DataTask)
        tasks_done = count(DataTask, DataTask.process_id == process_id, DataTask.status.in_(("done", "cancelled")))
        overdue = count(DataTask, DataTask.process_id == process_id, DataTask.due_on < dt.date.today(),
                        DataTask.status.in_(("planned", "in_progress")))  # fmt: skip
        hdr = s.scalar(select(Hdr).where(Hdr.process_id == process_id))
        activities = count(HdrActivity, HdrActivity.hdr_id == hdr.id) if hdr else 0
        gaps = of_process(DevelopmentGap)
        of_gaps = DevelopmentGap.process_id == process_id
        priorities = count(DevelopmentGap, of_gaps, DevelopmentGap.is_priority)
        unrated = count(DevelopmentGap, of_gaps,
                        DevelopmentGap.importance.is_(None) | DevelopmentGap.feasibility.is_(None))  # fmt: skip
        goals = of_process(DevelopmentGoal)
        # Stage 2 is complete only when every priority has a goal and every goal an indicator.
        without_goal = count(DevelopmentGap, of_gaps, DevelopmentGap.is_priority,
                             ~select(DevelopmentGoal.id).where(DevelopmentGoal.gap_id == DevelopmentGap.id).exists())  # fmt: skip
        without_indicator = count(DevelopmentGoal, DevelopmentGoal.process_id == process_id,
                                  ~select(Indicator.id).where(Indicator.goal_id == DevelopmentGoal.id).exists())  # fmt: skip
        stage2_steps = [
            Step("Plan zbierania danych", tasks > 0 and tasks_done == tasks),
            Step("Spotkanie 1 w JST odbyte", "meeting_1" in held),
            Step("Kodeks etyczny i zasady współpracy uzgodnione", agreed >= {"rules", "ethics"}),
            Step("Uczestnicy diagnozy pogłębionej", of_process(DiagnosisParticipant) > 0),
            Step("Jak jest? (stan obecny)", of_process(CurrentState) > 0),
            Step("Jak chcemy, żeby było? (stan docelowy)", of_process(TargetState) > 0),
            Step("Przyczyny", of_process(Cause) > 0),
            Step("Luki rozwojowe", gaps > 0),
            Step("Priorytety", priorities > 0 and unrated == 0),
            Step("Cele i wskaźniki", goals > 0 and without_goal == 0 and without_indicator == 0),
            Step("Spotkanie 2 w JST odbyte", "meeting_2" in held),
            Step("HDR zatwierdzony", bool(hdr and hdr.approved_on and activities)),
        ]
        done2 = sum(step.done for step in stage2_steps)
        summary2 = f"Ukończono {done2} z {len(stage2_steps)} kroków."
        if overdue:
            summary2 += f" Zadania zbierania danych po terminie: {overdue}."
        stage2 = StageStatus(2, STAGE_TITLES[1], _state(stage2_steps), summary2, stage2_steps)

        meetings = of_process(Meeting)
        advice = of_process(RemoteAdvice)
        stage3_steps = [
            Step("HDR zatwierdzony", bool(hdr and hdr.approved_on)),
            Step("Doradztwo zdalne udzielone", advice_given(s, process_id)),
            Step("Spotkanie podsumowujące odbyte", "summary" in held),
        ]
        state3 = _state(stage3_steps) if stage3_steps[0].done else NOT_STARTED
        stage3 = StageStatus(3, STAGE_TITLES[2], state3,
                             f"Spotkania: {meetings}, porady zdalne: {advice}." if state3 != NOT_STARTED
                             else "Rozpocznie się po zatwierdzeniu HDR.", stage3_steps)  # fmt: skip
        return Dashboard(process.id, process.name, [stage1, stage2, stage3])
