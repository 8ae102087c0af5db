"""Where a JST stands in the three stages of the model, derived from stored data — never typed in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wsparcie_desktop.db.database import Database
    from wsparcie_desktop.services.dashboard_stage3 import Stage3Counts

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
    overdue: list[str] = field(default_factory=list)  # what is past its due date, each on its own line


STAGE_TITLES = (
    "Wybór obszaru (diagnoza wstępna)",
    "Diagnoza pogłębiona, priorytety, cele i HDR",
    "Realizacja HDR",
)


def _state(steps: list[Step]) -> str:
    if steps and all(s.done for s in steps):
        return DONE
    return IN_PROGRESS if any(s.done for s in steps) else NOT_STARTED


@dataclass(frozen=True)
class ProcessCounts:
    """What the three stages are derived from: read by the ORM here and with plain sqlite3 in quick_reads.py."""

    process_id: int
    process_name: str
    choice_outdated: bool
    area: tuple[int, str] | None  # the chosen area's number and name
    respondents: int
    tasks: int
    tasks_done: int
    tasks_overdue: int
    has_hdr: bool
    hdr_approved: bool
    activities: int
    participants: int
    current_states: int
    target_states: int
    causes: int
    gaps: int
    priorities: int
    unrated: int
    goals: int
    priorities_without_goal: int
    goals_without_indicator: int
    meetings: int
    remote_advice: int
    held: frozenset[str]  # the kinds of meeting whose last day has come ('conference', 'meeting_1', …)
    agreed: frozenset[str]  # the charters agreed at least once ('rules', 'ethics')
    advice_given: bool  # remote advice given by today
    carried: Stage3Counts | None = None  # how far the HDR is carried out (services/dashboard_stage3.py)


def latest_process_id(db: Database, jst_id: int) -> int | None:
    from sqlalchemy import select

    from wsparcie_desktop.db.models import AdvisoryProcess

    with db.transaction() as s:
        return s.scalar(
            select(AdvisoryProcess.id)
            .where(AdvisoryProcess.jst_id == jst_id)
            .order_by(AdvisoryProcess.started_on.desc(), AdvisoryProcess.id.desc())
            .limit(1)
        )


def no_process() -> Dashboard:
    stages = [
        StageStatus(i + 1, t, NOT_STARTED, "Nie rozpoczęto procesu doradczego.") for i, t in enumerate(STAGE_TITLES)
    ]
    return Dashboard(None, "", stages)


def dashboard(db: Database, jst_id: int, process_id: int | None = None) -> Dashboard:
    process_id = process_id or latest_process_id(db, jst_id)
    if process_id is None:
        return no_process()
    return stages_of(process_counts(db, process_id))


def process_counts(db: Database, process_id: int) -> ProcessCounts:
    from sqlalchemy import func, select

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
    from wsparcie_desktop.services.dashboard_stage3 import stage3_counts
    from wsparcie_desktop.services.meetings import held_kinds
    from wsparcie_desktop.services.remote_advice import advice_given

    with db.transaction() as s:
        process = s.get(AdvisoryProcess, process_id)

        def count(model, *where) -> int:
            return s.scalar(select(func.count()).select_from(model).where(*where)) or 0

        def of_process(model) -> int:
            return count(model, model.process_id == process_id)

        area = s.get(Area, process.chosen_area_id) if process.chosen_area_id else None
        hdr = s.scalar(select(Hdr).where(Hdr.process_id == process_id))
        of_gaps = DevelopmentGap.process_id == process_id
        return ProcessCounts(
            process_id=process.id, process_name=process.name, choice_outdated=bool(process.choice_outdated),
            area=(area.number, area.name) if area else None,
            respondents=of_process(SheetRespondent),
            tasks=of_process(DataTask),
            tasks_done=count(DataTask, DataTask.process_id == process_id, DataTask.status.in_(("done", "cancelled"))),
            tasks_overdue=count(DataTask, DataTask.process_id == process_id, DataTask.due_on < dt.date.today(),
                                DataTask.status.in_(("planned", "in_progress"))),
            has_hdr=hdr is not None, hdr_approved=bool(hdr and hdr.approved_on),
            activities=count(HdrActivity, HdrActivity.hdr_id == hdr.id) if hdr else 0,
            participants=of_process(DiagnosisParticipant), current_states=of_process(CurrentState),
            target_states=of_process(TargetState), causes=of_process(Cause),
            gaps=of_process(DevelopmentGap),
            priorities=count(DevelopmentGap, of_gaps, DevelopmentGap.is_priority),
            unrated=count(DevelopmentGap, of_gaps,
                          DevelopmentGap.importance.is_(None) | DevelopmentGap.feasibility.is_(None)),
            goals=of_process(DevelopmentGoal),
            priorities_without_goal=count(
                DevelopmentGap, of_gaps, DevelopmentGap.is_priority,
                ~select(DevelopmentGoal.id).where(DevelopmentGoal.gap_id == DevelopmentGap.id).exists()),
            goals_without_indicator=count(
                DevelopmentGoal, DevelopmentGoal.process_id == process_id,
                ~select(Indicator.id).where(Indicator.goal_id == DevelopmentGoal.id).exists()),
            meetings=of_process(Meeting), remote_advice=of_process(RemoteAdvice),
            held=frozenset(held_kinds(s, process_id)), agreed=frozenset(agreed_kinds(s, process_id)),
            advice_given=advice_given(s, process_id), carried=stage3_counts(s, hdr),
        )  # fmt: skip


def stages_of(c: ProcessCounts) -> Dashboard:
    """The three stages of a process, from its counts: the rules of the dashboard, in one place."""
    stage1_steps = [
        Step("Konferencja otwierająca odbyta", "conference" in c.held),
        Step("Respondenci arkusza diagnostycznego", c.respondents > 0),
        Step("Wybrany obszar", c.area is not None),
    ]
    stage1 = StageStatus(
        1, STAGE_TITLES[0], _state(stage1_steps),
        f"Wybrany obszar: {c.area[0]}. {c.area[1]}"
        + (" (wybór oparty na wcześniejszych odpowiedziach)" if c.choice_outdated else "") if c.area else (
            f"Arkusze wypełnia {c.respondents} os." if c.respondents else "Nie rozpoczęto."),
        stage1_steps,
    )  # fmt: skip

    # Stage 2 is complete only when every priority has a goal and every goal an indicator.
    stage2_steps = [
        Step("Plan zbierania danych", c.tasks > 0 and c.tasks_done == c.tasks),
        Step("Spotkanie 1 w JST odbyte", "meeting_1" in c.held),
        Step("Kodeks etyczny i zasady współpracy uzgodnione", c.agreed >= {"rules", "ethics"}),
        Step("Uczestnicy diagnozy pogłębionej", c.participants > 0),
        Step("Jak jest? (stan obecny)", c.current_states > 0),
        Step("Jak chcemy, żeby było? (stan docelowy)", c.target_states > 0),
        Step("Przyczyny", c.causes > 0),
        Step("Luki rozwojowe", c.gaps > 0),
        Step("Priorytety", c.priorities > 0 and c.unrated == 0),
        Step("Cele i wskaźniki", c.goals > 0 and c.priorities_without_goal == 0 and c.goals_without_indicator == 0),
        Step("Spotkanie 2 w JST odbyte", "meeting_2" in c.held),
        Step("HDR zatwierdzony", bool(c.hdr_approved and c.activities)),
    ]
    done2 = sum(step.done for step in stage2_steps)
    summary2 = f"Ukończono {done2} z {len(stage2_steps)} kroków."
    if c.tasks_overdue:
        summary2 += f" Zadania zbierania danych po terminie: {c.tasks_overdue}."
    stage2 = StageStatus(2, STAGE_TITLES[1], _state(stage2_steps), summary2, stage2_steps)

    from wsparcie_desktop.services.dashboard_stage3 import Stage3Counts, stage3_step_labels

    carried = c.carried or Stage3Counts()
    stage3_steps = [
        Step("HDR zatwierdzony", c.hdr_approved),
        *(Step(label, done) for label, done in stage3_step_labels(carried)),
        Step("Doradztwo zdalne udzielone", c.advice_given),
        Step("Spotkanie podsumowujące odbyte", "summary" in c.held),
    ]
    state3 = _state(stage3_steps) if stage3_steps[0].done else NOT_STARTED
    stage3 = StageStatus(3, STAGE_TITLES[2], state3,
                         f"{carried.summary} Spotkania: {c.meetings}, porady zdalne: {c.remote_advice}."
                         if state3 != NOT_STARTED
                         else "Rozpocznie się po zatwierdzeniu HDR.", stage3_steps)  # fmt: skip
    overdue = [carried.overdue_notice] if carried.overdue_notice else []
    return Dashboard(c.process_id, c.process_name, [stage1, stage2, stage3], overdue)
