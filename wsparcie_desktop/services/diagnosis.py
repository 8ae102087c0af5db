"""The deep diagnosis of the chosen area: who took part, "Jak jest?" and "Jak chcemy, żeby było?".

The causes, gaps and goals live in causes.py, gaps.py and goals.py; this module holds what they share
(finding the process and its area) and the summary of how far stage 2 has got.

Deleting a statement others depend on is two calls: ``*_dependants`` says in words what would go with it,
the screen asks, then ``delete_*`` removes the statement and everything listed, in one transaction.

Changes return a ``Change`` of ``Kind.DIAGNOSIS`` naming the row saved or deleted; a deletion that takes
development goals with it adds a ``Kind.GOALS`` change naming those goals.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import (
    DATA_SOURCES,
    AdvisoryProcess,
    Area,
    Cause,
    CurrentState,
    DataTask,
    DevelopmentGap,
    DevelopmentGoal,
    DiagnosisParticipant,
    Indicator,
    Jst,
    Person,
    TargetState,
)
from wsparcie_desktop.db.versioning import check_version
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services.processes import process_change
from wsparcie_desktop.validation import clean, require

WIZARD = "diagnosis"
PAGE_TITLES = (
    "Uczestnicy diagnozy",
    "Jak jest?",
    "Jak chcemy, żeby było?",
    "Co powoduje, że nie mamy stanu docelowego?",
    "Luka rozwojowa",
    "Priorytety",
    "Cele i wskaźniki",
)


# ---------------------------------------------------------------- shared


def short(text: str, limit: int = 80) -> str:
    """One line of ``text`` for messages and lists, cut with '…'."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def process_with_area(s, process_id: int) -> AdvisoryProcess:
    """The process, which must have its area chosen: the deep diagnosis is always of that one area."""
    process = s.get(AdvisoryProcess, process_id)
    if process is None:
        raise DomainError("Ten proces doradczy nie istnieje — mógł zostać usunięty.")
    if process.chosen_area_id is None:
        raise DomainError("Najpierw wybierz obszar wsparcia w sekcji „Proces doradczy”.")
    return process


def owned(s, model, row_id: int | None, process_id: int, missing: str, field_name: str | None = None):
    """The row of ``model`` with that id, when it belongs to the process; otherwise a DomainError."""
    row = s.get(model, row_id) if row_id is not None else None
    if row is None or row.process_id != process_id:
        raise DomainError(missing, field_name)
    return row


def next_position(s, model, *where) -> int:
    return (s.scalar(select(func.max(model.position)).where(*where)) or 0) + 1


@dataclass(frozen=True)
class DiagnosisContext:
    """What a stage-2 screen shows in its heading; area fields are None until the area is chosen."""

    process_id: int
    process_name: str
    jst_id: int
    jst_name: str
    area_id: int | None
    area_number: int | None
    area_name: str | None

    @property
    def area_title(self) -> str:
        return f"{self.area_number}. {self.area_name}" if self.area_id else ""


def diagnosis_context(db: Database, process_id: int) -> DiagnosisContext:
    with db.transaction() as s:
        process = s.get(AdvisoryProcess, process_id)
        if process is None:
            raise DomainError("Ten proces doradczy nie istnieje — mógł zostać usunięty.")
        area = s.get(Area, process.chosen_area_id) if process.chosen_area_id else None
        jst = s.get(Jst, process.jst_id)
        return DiagnosisContext(process.id, process.name, jst.id, jst.name, area.id if area else None,
                                area.number if area else None, area.name if area else None)  # fmt: skip


# ---------------------------------------------------------------- participants


@dataclass
class ParticipantData:
    full_name: str = ""
    role: str = ""
    person_id: int | None = None
    id: int | None = None
    version: int | None = None  # the row's version when read; a save over an older one is refused


def list_participants(db: Database, process_id: int) -> list[ParticipantData]:
    with db.transaction() as s:
        rows = s.scalars(
            select(DiagnosisParticipant)
            .where(DiagnosisParticipant.process_id == process_id)
            .order_by(DiagnosisParticipant.id)
        )
        return [ParticipantData(p.full_name, p.role, p.person_id, p.id, p.version) for p in rows]


def save_participant(db: Database, process_id: int, data: ParticipantData) -> Change:
    """Add (id None) or change a participant; a person of the JST keeps the link to their record."""
    name = require(data.full_name, "full_name", "Imię i nazwisko")
    role = require(data.role, "role", "Rola w diagnozie")
    with db.transaction() as s:
        process = process_with_area(s, process_id)
        if data.person_id is not None:
            person = s.get(Person, data.person_id)
            if person is None or person.jst_id != process.jst_id:
                raise DomainError("Tej osoby nie ma w zespołach samorządu.", "full_name")
        # Compared in Python: SQLite's lower() leaves Ł, Ś, Ż… as they are, a server's follows its collation.
        clash = any(
            other.casefold() == name.casefold()
            for other in s.scalars(
                select(DiagnosisParticipant.full_name).where(
                    DiagnosisParticipant.process_id == process_id, DiagnosisParticipant.id != (data.id or 0)
                )
            )
        )
        if clash:
            raise DomainError(f"{name} jest już na liście uczestników.", "full_name")
        if data.id is None:
            row = DiagnosisParticipant(process_id=process_id, full_name=name, role=role, person_id=data.person_id)
            s.add(row)
        else:
            row = owned(s, DiagnosisParticipant, data.id, process_id, "Tego uczestnika nie ma już na liście.")
            check_version(row, data.version)
            row.full_name, row.role, row.person_id = name, role, data.person_id
        s.flush()
        return Change(Kind.DIAGNOSIS, process.jst_id, process_id, (row.id,))


def delete_participant(db: Database, participant_id: int) -> Change:
    with db.transaction() as s:
        row = s.get(DiagnosisParticipant, participant_id)
        if row is None:  # already deleted elsewhere
            return Change(Kind.DIAGNOSIS, ids=(participant_id,), deleted=True)
        change = process_change(s, Kind.DIAGNOSIS, row.process_id, (participant_id,), deleted=True)
        s.delete(row)
        return change


# ---------------------------------------------------------------- "Jak jest?"


@dataclass
class CurrentStateData:
    text: str = ""
    source: str = "other"
    evidence: str = ""
    data_task_id: int | None = None
    id: int | None = None
    position: int = 0
    data_task_what: str = ""
    version: int | None = None  # the row's version when read; a save over an older one is refused


def list_current_states(db: Database, process_id: int) -> list[CurrentStateData]:
    with db.transaction() as s:
        rows = s.execute(
            select(CurrentState, DataTask.what)
            .outerjoin(DataTask, DataTask.id == CurrentState.data_task_id)
            .where(CurrentState.process_id == process_id)
            .order_by(CurrentState.position, CurrentState.id)
        ).all()
        return [CurrentStateData(c.text, c.source, c.evidence, c.data_task_id, c.id, c.position, what or "",
                                 c.version) for c, what in rows]  # fmt: skip


def save_current_state(db: Database, process_id: int, data: CurrentStateData) -> Change:
    """A statement needs its evidence: where it comes from and a figure or quote that shows it."""
    text = require(data.text, "text", "Jak jest?")
    if data.source not in DATA_SOURCES:
        raise DomainError("Wybierz źródło danych z listy.", "source")
    evidence = clean(data.evidence)
    if not evidence:
        raise DomainError("Podaj dowód: liczbę z danych albo cytat, na którym opiera się to stwierdzenie.", "evidence")
    with db.transaction() as s:
        process = process_with_area(s, process_id)
        if data.data_task_id is not None:
            owned(s, DataTask, data.data_task_id, process_id, "To zadanie zbierania danych nie należy do procesu.",
                  "data_task_id")  # fmt: skip
        if data.id is None:
            row = CurrentState(process_id=process_id, position=next_position(
                s, CurrentState, CurrentState.process_id == process_id))  # fmt: skip
            s.add(row)
        else:
            row = owned(s, CurrentState, data.id, process_id, "Tego stwierdzenia już nie ma — mogło zostać usunięte.")
            check_version(row, data.version)
        row.text, row.source, row.evidence, row.data_task_id = text, data.source, evidence, data.data_task_id
        s.flush()
        return Change(Kind.DIAGNOSIS, process.jst_id, process_id, (row.id,))


def _goal_names(s, gap_ids: list[int]) -> list[str]:
    if not gap_ids:
        return []
    texts = s.scalars(select(DevelopmentGoal.text).where(DevelopmentGoal.gap_id.in_(gap_ids)))
    return [f"cel rozwojowy „{short(t)}”" for t in texts]


def _gap_names(s, where) -> tuple[list[int], list[str]]:
    gaps = list(s.execute(select(DevelopmentGap.id, DevelopmentGap.description).where(where)).all())
    return [g.id for g in gaps], [f"luka rozwojowa „{short(g.description)}”" for g in gaps]


def current_state_dependants(db: Database, state_id: int) -> list[str]:
    """Its target states, the gaps built on it and their goals: all go if the statement is deleted."""
    with db.transaction() as s:
        texts = s.scalars(select(TargetState.text).where(TargetState.current_state_id == state_id))
        targets = [f"stan docelowy „{short(t)}”" for t in texts]
        gap_ids, gaps = _gap_names(s, DevelopmentGap.current_state_id == state_id)
        return targets + gaps + _goal_names(s, gap_ids)


def delete_gaps_with_goals(s, gap_ids: list[int]) -> list[int]:
    """Goals hang on gaps without a cascade (the HDR must not lose them silently), so they go first.

    Works in the caller's transaction and returns the ids of the goals deleted, for the caller's Change.
    """
    if not gap_ids:
        return []
    goal_ids = []
    for goal in s.scalars(select(DevelopmentGoal).where(DevelopmentGoal.gap_id.in_(gap_ids))):
        goal_ids.append(goal.id)
        s.delete(goal)
    s.flush()
    for gap in s.scalars(select(DevelopmentGap).where(DevelopmentGap.id.in_(gap_ids))):
        s.delete(gap)
    s.flush()
    return goal_ids


def deleted_with_goals(s, process_id: int, ids: list[int], goal_ids: list[int]) -> tuple[Change, ...]:
    """The Changes of a deletion in the diagnosis: the rows deleted (``ids``), and the goals that went with them."""
    changes = [process_change(s, Kind.DIAGNOSIS, process_id, ids, deleted=True)]
    if goal_ids:
        changes.append(process_change(s, Kind.GOALS, process_id, goal_ids, deleted=True))
    return tuple(changes)


def delete_current_state(db: Database, state_id: int) -> tuple[Change, ...]:
    """Delete the statement with everything :func:`current_state_dependants` listed.

    The DIAGNOSIS change names the statement (its target states and gaps go with it); a GOALS change the goals.
    """
    with db.transaction() as s:
        row = s.get(CurrentState, state_id)
        if row is None:  # already deleted elsewhere
            return (Change(Kind.DIAGNOSIS, ids=(state_id,), deleted=True),)
        gap_ids = list(s.scalars(select(DevelopmentGap.id).where(DevelopmentGap.current_state_id == state_id)))
        goal_ids = delete_gaps_with_goals(s, gap_ids)
        process_id = row.process_id
        s.delete(row)
        return deleted_with_goals(s, process_id, [state_id], goal_ids)


# ---------------------------------------------------------------- "Jak chcemy, żeby było?"


@dataclass
class TargetStateData:
    text: str = ""
    current_state_id: int | None = None
    id: int | None = None
    version: int | None = None  # the row's version when read; a save over an older one is refused


def list_target_states(db: Database, process_id: int) -> list[TargetStateData]:
    """Target states in the order of the current states they answer."""
    with db.transaction() as s:
        rows = s.scalars(
            select(TargetState)
            .join(CurrentState, CurrentState.id == TargetState.current_state_id)
            .where(TargetState.process_id == process_id)
            .order_by(CurrentState.position, CurrentState.id, TargetState.position)
        )
        return [TargetStateData(t.text, t.current_state_id, t.id, t.version) for t in rows]


def save_target_state(db: Database, process_id: int, data: TargetStateData) -> Change:
    """Each target answers one current state, and a current state has one target (they print side by side)."""
    text = require(data.text, "text", "Jak chcemy, żeby było?")
    with db.transaction() as s:
        process = process_with_area(s, process_id)
        missing = "Wskaż stwierdzenie „Jak jest?”, na które odpowiada ten stan docelowy."
        current = owned(s, CurrentState, data.current_state_id, process_id, missing, "current_state_id")
        other = s.scalar(select(TargetState.id).where(TargetState.current_state_id == current.id,
                                                      TargetState.id != (data.id or 0)))  # fmt: skip
        if other:
            raise DomainError(f"Stwierdzenie „{short(current.text)}” ma już swój stan docelowy — popraw go zamiast "
                              f"dodawać drugi.", "current_state_id")  # fmt: skip
        if data.id is None:
            row = TargetState(process_id=process_id, current_state_id=current.id, text=text, position=current.position)
            s.add(row)
        else:
            row = owned(s, TargetState, data.id, process_id, "Tego stanu docelowego już nie ma.")
            check_version(row, data.version)
            if row.current_state_id != current.id and s.scalar(
                select(func.count()).where(DevelopmentGap.target_state_id == row.id)
            ):
                raise DomainError("Na tym stanie docelowym opiera się luka rozwojowa — nie można go przenieść do "
                                  "innego stwierdzenia.", "current_state_id")  # fmt: skip
            row.text, row.current_state_id, row.position = text, current.id, current.position
        s.flush()
        return Change(Kind.DIAGNOSIS, process.jst_id, process_id, (row.id,))


def target_state_dependants(db: Database, target_id: int) -> list[str]:
    with db.transaction() as s:
        gap_ids, gaps = _gap_names(s, DevelopmentGap.target_state_id == target_id)
        return gaps + _goal_names(s, gap_ids)


def delete_target_state(db: Database, target_id: int) -> tuple[Change, ...]:
    """Delete the target state with its gaps and their goals (a DIAGNOSIS change for it, GOALS for the goals)."""
    with db.transaction() as s:
        row = s.get(TargetState, target_id)
        if row is None:  # already deleted elsewhere
            return (Change(Kind.DIAGNOSIS, ids=(target_id,), deleted=True),)
        gap_ids = list(s.scalars(select(DevelopmentGap.id).where(DevelopmentGap.target_state_id == target_id)))
        goal_ids = delete_gaps_with_goals(s, gap_ids)
        process_id = row.process_id
        s.delete(row)
        return deleted_with_goals(s, process_id, [target_id], goal_ids)


# ---------------------------------------------------------------- before leaving a page of the wizard


def check_participants(db: Database, process_id: int) -> None:
    if not list_participants(db, process_id):
        raise DomainError("Dodaj co najmniej jednego uczestnika diagnozy.")


def check_current_states(db: Database, process_id: int) -> None:
    if not list_current_states(db, process_id):
        raise DomainError("Zapisz co najmniej jedno stwierdzenie „Jak jest?”.")


def check_target_states(db: Database, process_id: int) -> None:
    if not list_target_states(db, process_id):
        raise DomainError("Zapisz co najmniej jeden stan docelowy „Jak chcemy, żeby było?”.")


# ---------------------------------------------------------------- how far stage 2 got


@dataclass
class ProgressStep:
    label: str
    count_text: str
    done: bool


@dataclass
class DiagnosisProgress:
    context: DiagnosisContext
    steps: list[ProgressStep] = field(default_factory=list)
    wizard_page: int = 0

    @property
    def done_count(self) -> int:
        return sum(step.done for step in self.steps)


def diagnosis_progress(db: Database, process_id: int) -> DiagnosisProgress:
    """The seven parts of the deep diagnosis, each with what it holds and whether it is complete."""
    from wsparcie_desktop.i18n import plural, plural_form
    from wsparcie_desktop.services.processes import wizard_page

    context = diagnosis_context(db, process_id)
    with db.transaction() as s:

        def count(model, *where) -> int:
            return s.scalar(select(func.count()).select_from(model).where(model.process_id == process_id, *where)) or 0

        participants = count(DiagnosisParticipant)
        current = count(CurrentState)
        target = count(TargetState)
        causes = count(Cause)
        outside = count(Cause, Cause.influence == "no")
        gaps = count(DevelopmentGap)
        rated = count(DevelopmentGap, DevelopmentGap.importance.is_not(None), DevelopmentGap.feasibility.is_not(None))
        priorities = count(DevelopmentGap, DevelopmentGap.is_priority)
        goals = count(DevelopmentGoal)
        indicators = s.scalar(select(func.count()).select_from(Indicator).join(DevelopmentGoal)
                              .where(DevelopmentGoal.process_id == process_id)) or 0  # fmt: skip
        priorities_without_goal = s.scalar(
            select(func.count()).select_from(DevelopmentGap).where(
                DevelopmentGap.process_id == process_id, DevelopmentGap.is_priority,
                ~select(DevelopmentGoal.id).where(DevelopmentGoal.gap_id == DevelopmentGap.id).exists(),
            )
        ) or 0  # fmt: skip
        goals_without_indicator = count(
            DevelopmentGoal, ~select(Indicator.id).where(Indicator.goal_id == DevelopmentGoal.id).exists()
        )
    steps = [
        ProgressStep(PAGE_TITLES[0], plural(participants, "osoba"), participants > 0),
        ProgressStep(PAGE_TITLES[1], f"{current} {plural_form(current, 'stwierdzenie', 'stwierdzenia', 'stwierdzeń')}",
                     current > 0),
        ProgressStep(PAGE_TITLES[2], f"{target} z {current}", target > 0),
        ProgressStep(PAGE_TITLES[3],
                     plural(causes, "przyczyna") + (f", poza wpływem JST: {outside}" if outside else ""), causes > 0),
        ProgressStep(PAGE_TITLES[4], f"{gaps} {plural_form(gaps, 'luka', 'luki', 'luk')}", gaps > 0),
        ProgressStep(PAGE_TITLES[5], f"ocenione {rated} z {gaps}, priorytety: {priorities}",
                     priorities > 0 and rated == gaps),
        ProgressStep(PAGE_TITLES[6], f"{plural(goals, 'cel')}, {plural(indicators, 'wskaźnik')}",
                     goals > 0 and priorities_without_goal == 0 and goals_without_indicator == 0),
    ]  # fmt: skip
    return DiagnosisProgress(context, steps, wizard_page(db, process_id, WIZARD)[0])
