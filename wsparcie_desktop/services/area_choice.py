"""Stage 1 of the model: the diagnostic sheet, its results and the choice of one area.

Every answer is stored the moment it is given (one short transaction each), so a conference laptop that
dies mid-sheet loses nothing but the key being pressed. An answer changed after the area was chosen marks
the choice as resting on older answers (``choice_outdated``) until the team reopens or confirms it.

Every change returns a ``Change`` of ``Kind.AREA_CHOICE`` for the process; its ``ids`` name the respondents
whose row or sheet changed (none for the choice itself, which is the process's).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import (
    INFLUENCE,
    AdvisoryProcess,
    Area,
    AreaStatement,
    Person,
    SheetAnswer,
    SheetAreaRating,
    SheetRespondent,
)
from wsparcie_desktop.db.versioning import check_version
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.services import processes
from wsparcie_desktop.services.area_ranking import AreaInput, AreaResult, RespondentArea, rank_areas
from wsparcie_desktop.services.processes import process_change
from wsparcie_desktop.validation import clean, require

WIZARD = "area_choice"


# ---------------------------------------------------------------- the 12 areas


@dataclass(frozen=True)
class StatementInfo:
    id: int
    position: int
    text: str


@dataclass(frozen=True)
class AreaInfo:
    id: int
    number: int
    name: str
    description: str
    statements: tuple[StatementInfo, ...]
    tasks_for_jst: tuple[str, ...]
    management_tools: tuple[str, ...]
    people_tools: tuple[str, ...]

    @property
    def title(self) -> str:
        return f"{self.number}. {self.name}"


def _area_info(area: Area) -> AreaInfo:
    def items(kind: str) -> tuple[str, ...]:
        return tuple(i.text for i in area.list_items if i.list_kind == kind)

    statements = tuple(StatementInfo(s.id, s.position, s.text) for s in area.statements if s.active)
    return AreaInfo(area.id, area.number, area.name, area.description, statements,
                    items("tasks_for_jst"), items("management_tools"), items("people_tools"))  # fmt: skip


def load_areas(db: Database) -> list[AreaInfo]:
    """The areas in their numbered order, with the statements still asked and the three lists."""
    with db.transaction() as s:
        return [_area_info(a) for a in s.scalars(select(Area).order_by(Area.number))]


def get_area(db: Database, area_id: int) -> AreaInfo:
    with db.transaction() as s:
        area = s.get(Area, area_id)
        if area is None:
            raise DomainError("Nie ma takiego obszaru.", "area")
        return _area_info(area)


# ---------------------------------------------------------------- respondents


@dataclass
class RespondentData:
    id: int
    full_name: str
    person_id: int | None = None
    order: int = 0
    job: str = ""  # the team member's position, when picked from the team
    version: int | None = None  # the row's version when read; a new name over an older one is refused


def _process(s: Session, process_id: int) -> AdvisoryProcess:
    process = s.get(AdvisoryProcess, process_id)
    if process is None:
        raise DomainError("Ten proces doradczy nie istnieje — mógł zostać usunięty.")
    return process


def _respondent(s: Session, respondent_id: int) -> SheetRespondent:
    respondent = s.get(SheetRespondent, respondent_id)
    if respondent is None:
        raise DomainError("Tego respondenta już nie ma na liście — mógł zostać usunięty.", "respondent")
    return respondent


def list_respondents(db: Database, process_id: int) -> list[RespondentData]:
    with db.transaction() as s:
        rows = s.execute(
            select(SheetRespondent, Person.position)
            .outerjoin(Person, Person.id == SheetRespondent.person_id)
            .where(SheetRespondent.process_id == process_id)
            .order_by(SheetRespondent.position, SheetRespondent.id)
        )
        return [RespondentData(r.id, r.full_name, r.person_id, r.position, job or "", r.version) for r, job in rows]


def add_respondent(db: Database, process_id: int, full_name: str = "", person_id: int | None = None) -> Change:
    """Add a respondent typed by name, or picked from the JST's people (the name then comes from the team)."""
    name = clean(full_name)
    try:
        with db.transaction() as s:
            process = _process(s, process_id)
            if person_id is not None:
                person = s.get(Person, person_id)
                if person is None or person.jst_id != process.jst_id:
                    raise DomainError("Tej osoby nie ma w zespole tego samorządu.", "person")
                if s.scalar(select(SheetRespondent.id).where(SheetRespondent.process_id == process_id,
                                                             SheetRespondent.person_id == person_id)):  # fmt: skip
                    raise DomainError(f"{person.full_name} jest już na liście respondentów.", "person")
                full_name = clean(full_name) or person.full_name
            name = require(full_name, "full_name", "Imię i nazwisko")
            _refuse_same_name(s, process_id, name, None)
            last = s.scalar(select(func.max(SheetRespondent.position)).where(SheetRespondent.process_id == process_id))
            respondent = SheetRespondent(process_id=process_id, person_id=person_id, full_name=name,
                                         position=(last or 0) + 1)  # fmt: skip
            s.add(respondent)
            s.flush()
            return Change(Kind.AREA_CHOICE, process.jst_id, process_id, (respondent.id,))
    except IntegrityError as exc:
        raise DomainError(f"„{name}” jest już na liście respondentów.", "full_name") from exc


def _refuse_same_name(s: Session, process_id: int, name: str, respondent_id: int | None) -> None:
    """One person, one sheet: names that differ only in letter case ("anna  nowak", "Anna Nowak") are the same."""

    def key(text: str) -> str:
        return " ".join(text.split()).casefold()

    same = key(name)
    for other_id, other in s.execute(select(SheetRespondent.id, SheetRespondent.full_name)
                                     .where(SheetRespondent.process_id == process_id)):  # fmt: skip
        if other_id != respondent_id and key(other) == same:
            raise DomainError(f"„{other}” jest już na liście respondentów.", "full_name")


def rename_respondent(db: Database, respondent_id: int, full_name: str, version: int | None = None) -> Change:
    """``version`` is the respondent's version the name was read at; a respondent changed since is refused."""
    name = require(full_name, "full_name", "Imię i nazwisko")
    try:
        with db.transaction() as s:
            respondent = _respondent(s, respondent_id)
            check_version(respondent, version)
            _refuse_same_name(s, respondent.process_id, name, respondent.id)
            respondent.full_name = name
            s.flush()
            return _change(s, respondent)
    except IntegrityError as exc:
        raise DomainError(f"„{name}” jest już na liście respondentów.", "full_name") from exc


def respondent_answer_count(db: Database, respondent_id: int) -> int:
    """How many answers (including "nie wiem") removing this respondent would throw away."""
    with db.transaction() as s:
        return s.scalar(select(func.count()).where(SheetAnswer.respondent_id == respondent_id)) or 0


def remove_respondent(db: Database, respondent_id: int) -> Change:
    """Remove a respondent with their sheet; a choice made on their answers then rests on older answers."""
    with db.transaction() as s:
        respondent = s.get(SheetRespondent, respondent_id)
        if respondent is None:  # already removed elsewhere: the process is not known any more
            return Change(Kind.AREA_CHOICE, ids=(respondent_id,), deleted=True)
        change = process_change(s, Kind.AREA_CHOICE, respondent.process_id, (respondent_id,), deleted=True)
        has_answers = s.scalar(select(func.count()).where(SheetAnswer.respondent_id == respondent_id))
        if has_answers:
            _mark_outdated(_process(s, respondent.process_id))
        s.delete(respondent)
        return change


# ---------------------------------------------------------------- answers


@dataclass
class AreaSheet:
    """One respondent's answers for one area. A statement absent from ``ratings`` is not answered yet;
    present with None it is "nie wiem"."""

    respondent_id: int
    area_id: int
    ratings: dict[int, int | None] = field(default_factory=dict)
    importance: int | None = None
    influence: str | None = None


def area_sheet(db: Database, respondent_id: int, area_id: int) -> AreaSheet:
    with db.transaction() as s:
        rows = s.execute(
            select(SheetAnswer.statement_id, SheetAnswer.rating)
            .join(AreaStatement, AreaStatement.id == SheetAnswer.statement_id)
            .where(SheetAnswer.respondent_id == respondent_id, AreaStatement.area_id == area_id)
        )
        sheet = AreaSheet(respondent_id, area_id, {sid: rating for sid, rating in rows})
        rating = s.scalar(select(SheetAreaRating).where(SheetAreaRating.respondent_id == respondent_id,
                                                         SheetAreaRating.area_id == area_id))  # fmt: skip
        if rating is not None:
            sheet.importance, sheet.influence = rating.importance, rating.influence
        return sheet


def _mark_outdated(process: AdvisoryProcess) -> None:
    if process.chosen_area_id is not None:
        process.choice_outdated = True


def _change(s: Session, respondent: SheetRespondent) -> Change:
    """The change of one respondent's row or sheet (the choice may have become outdated with it)."""
    return process_change(s, Kind.AREA_CHOICE, respondent.process_id, (respondent.id,))


def set_answer(db: Database, respondent_id: int, statement_id: int, rating: int | None) -> Change:
    """Rate a statement 1–4, or None for "nie wiem" (stored, but not counted in the score)."""
    if rating is not None and rating not in (1, 2, 3, 4):
        raise DomainError("Ocena stwierdzenia to liczba od 1 do 4 albo „nie wiem”.", "rating")
    with db.transaction() as s:
        respondent = _respondent(s, respondent_id)
        if s.get(AreaStatement, statement_id) is None:
            raise DomainError("Tego stwierdzenia nie ma już w arkuszu.", "rating")
        answer = s.scalar(select(SheetAnswer).where(SheetAnswer.respondent_id == respondent_id,
                                                     SheetAnswer.statement_id == statement_id))  # fmt: skip
        if answer is None:
            s.add(SheetAnswer(respondent_id=respondent_id, statement_id=statement_id, rating=rating))
        elif answer.rating == rating:
            return _change(s, respondent)
        else:
            answer.rating = rating
        _mark_outdated(_process(s, respondent.process_id))
        return _change(s, respondent)


def clear_answer(db: Database, respondent_id: int, statement_id: int) -> Change:
    """Take an answer back: the statement becomes unanswered again."""
    with db.transaction() as s:
        respondent = _respondent(s, respondent_id)
        answer = s.scalar(select(SheetAnswer).where(SheetAnswer.respondent_id == respondent_id,
                                                     SheetAnswer.statement_id == statement_id))  # fmt: skip
        if answer is not None:
            s.delete(answer)
            _mark_outdated(_process(s, respondent.process_id))
        return _change(s, respondent)


_UNSET = object()


def set_area_rating(db: Database, respondent_id: int, area_id: int, *, importance=_UNSET, influence=_UNSET) -> Change:
    """Set the importance (1–3) and/or the influence (yes / partly / no) one respondent gives an area."""
    if importance is not _UNSET and importance is not None and importance not in (1, 2, 3):
        raise DomainError("Ważność obszaru to 1, 2 albo 3.", "importance")
    if influence is not _UNSET and influence is not None and influence not in INFLUENCE:
        raise DomainError("Wpływ JST to „tak”, „częściowo” albo „nie”.", "influence")
    with db.transaction() as s:
        respondent = _respondent(s, respondent_id)
        if s.get(Area, area_id) is None:
            raise DomainError("Nie ma takiego obszaru.", "area")
        row = s.scalar(select(SheetAreaRating).where(SheetAreaRating.respondent_id == respondent_id,
                                                      SheetAreaRating.area_id == area_id))  # fmt: skip
        if row is None:
            row = SheetAreaRating(respondent_id=respondent_id, area_id=area_id)
            s.add(row)
        before = (row.importance, row.influence)
        if importance is not _UNSET:
            row.importance = importance
        if influence is not _UNSET:
            row.influence = influence
        if (row.importance, row.influence) != before:
            _mark_outdated(_process(s, respondent.process_id))
        return _change(s, respondent)


@dataclass(frozen=True)
class AreaProgress:
    answered: int  # statements with an answer, "nie wiem" included
    statements: int
    importance: bool
    influence: bool

    @property
    def complete(self) -> bool:
        return self.answered >= self.statements and self.importance and self.influence

    @property
    def started(self) -> bool:
        return self.answered > 0 or self.importance or self.influence


def sheet_progress(db: Database, process_id: int) -> dict[int, dict[int, AreaProgress]]:
    """For each respondent id, for each area id: how far their sheet is filled in."""
    with db.transaction() as s:
        totals = dict(s.execute(select(AreaStatement.area_id, func.count()).where(AreaStatement.active)
                                .group_by(AreaStatement.area_id)).all())  # fmt: skip
        respondents = list(s.scalars(select(SheetRespondent.id).where(SheetRespondent.process_id == process_id)))
        answered = s.execute(
            select(SheetAnswer.respondent_id, AreaStatement.area_id, func.count())
            .join(AreaStatement, AreaStatement.id == SheetAnswer.statement_id)
            .join(SheetRespondent, SheetRespondent.id == SheetAnswer.respondent_id)
            .where(SheetRespondent.process_id == process_id, AreaStatement.active)
            .group_by(SheetAnswer.respondent_id, AreaStatement.area_id)
        )
        counts = {(rid, aid): n for rid, aid, n in answered}
        ratings = {
            (r.respondent_id, r.area_id): r
            for r in s.scalars(select(SheetAreaRating).join(SheetRespondent)
                               .where(SheetRespondent.process_id == process_id))
        }  # fmt: skip
        result: dict[int, dict[int, AreaProgress]] = {}
        for rid in respondents:
            result[rid] = {}
            for aid, total in totals.items():
                rating = ratings.get((rid, aid))
                result[rid][aid] = AreaProgress(
                    counts.get((rid, aid), 0),
                    total,
                    bool(rating and rating.importance),
                    bool(rating and rating.influence),
                )
        return result


# ---------------------------------------------------------------- results and the choice


@dataclass
class Results:
    areas: list[AreaResult]  # in ranking order
    respondents: int
    chosen_area_id: int | None
    choice_outdated: bool

    @property
    def has_data(self) -> bool:
        return any(a.has_data for a in self.areas)

    @property
    def top(self) -> AreaResult | None:
        return self.areas[0] if self.areas and self.areas[0].has_data else None

    def by_id(self, area_id: int) -> AreaResult | None:
        return next((a for a in self.areas if a.area_id == area_id), None)


def _results(s: Session, process_id: int) -> Results:
    process = _process(s, process_id)
    areas = list(s.scalars(select(Area).order_by(Area.number)))
    respondents = list(s.scalars(select(SheetRespondent.id).where(SheetRespondent.process_id == process_id)))
    answers: dict[tuple[int, int], list[int | None]] = {}
    for rid, aid, rating in s.execute(
        select(SheetAnswer.respondent_id, AreaStatement.area_id, SheetAnswer.rating)
        .join(AreaStatement, AreaStatement.id == SheetAnswer.statement_id)
        .join(SheetRespondent, SheetRespondent.id == SheetAnswer.respondent_id)
        .where(SheetRespondent.process_id == process_id, AreaStatement.active)
        .order_by(AreaStatement.position)
    ):
        answers.setdefault((rid, aid), []).append(rating)
    ratings = {
        (r.respondent_id, r.area_id): r
        for r in s.scalars(select(SheetAreaRating).join(SheetRespondent)
                           .where(SheetRespondent.process_id == process_id))
    }  # fmt: skip
    items = []
    for area in areas:
        sheets = []
        for rid in respondents:
            rating = ratings.get((rid, area.id))
            sheets.append(RespondentArea(tuple(answers.get((rid, area.id), ())),
                                         rating.importance if rating else None,
                                         rating.influence if rating else None))  # fmt: skip
        items.append(AreaInput(area.id, area.number, area.name, tuple(sheets)))
    return Results(rank_areas(items), len(respondents), process.chosen_area_id, process.choice_outdated)


def results(db: Database, process_id: int) -> Results:
    with db.transaction() as s:
        return _results(s, process_id)


def choose_area(db: Database, process_id: int, area_id: int | None, justification: str,
                on: dt.date | None = None) -> Change:  # fmt: skip
    """Choose the one area to develop. Any area other than the top-ranked one needs a written justification."""
    text = clean(justification)
    with db.transaction() as s:
        ranking = _results(s, process_id)
        if not ranking.has_data:
            raise DomainError("Nie ma jeszcze żadnej oceny w arkuszach — najpierw wypełnij arkusze respondentów.",
                              "area")  # fmt: skip
        if area_id is None or ranking.by_id(area_id) is None:
            raise DomainError("Wybierz jeden obszar.", "area")
        top = ranking.top
        if area_id != top.area_id and not text:
            raise DomainError(
                f"Wybrano obszar inny niż pierwszy w rankingu (obszar {top.number}) — napisz, dlaczego.",
                "justification",
            )
        process = _process(s, process_id)
        process.chosen_area_id = area_id
        process.choice_justification = text
        process.chosen_on = on or dt.date.today()
        process.choice_outdated = False
        return Change(Kind.AREA_CHOICE, process.jst_id, process_id)


@dataclass(frozen=True)
class ChoiceStatus:
    chosen_area_id: int | None
    outdated: bool


def choice_status(db: Database, process_id: int) -> ChoiceStatus:
    """Cheap enough to ask before every change of an answer."""
    with db.transaction() as s:
        process = _process(s, process_id)
        return ChoiceStatus(process.chosen_area_id, process.choice_outdated)


def reopen_choice(db: Database, process_id: int) -> Change:
    """Clear the chosen area (answers changed): the team chooses again. The justification is kept as a draft."""
    with db.transaction() as s:
        process = _process(s, process_id)
        process.chosen_area_id = None
        process.chosen_on = None
        process.choice_outdated = False
        return Change(Kind.AREA_CHOICE, process.jst_id, process_id)


def save_justification_draft(db: Database, process_id: int, justification: str) -> Change:
    """Keep the justification being written even when the choice itself is not made yet."""
    with db.transaction() as s:
        process = _process(s, process_id)
        process.choice_justification = clean(justification)
        return Change(Kind.AREA_CHOICE, process.jst_id, process_id)


@dataclass
class StageState:
    """What the process screen shows about stage 1."""

    process_id: int
    respondents: int
    sheets_complete: int  # respondents whose whole sheet is filled in
    areas_answered: int  # (respondent, area) pairs with at least one answer
    areas_total: int  # respondents × areas
    chosen_area_id: int | None
    chosen_area_title: str
    justification: str
    chosen_on: dt.date | None
    outdated: bool
    top_area_title: str

    @property
    def done(self) -> bool:
        return self.chosen_area_id is not None


def stage_state(db: Database, process_id: int) -> StageState:
    progress = sheet_progress(db, process_id)
    ranking = results(db, process_id)
    with db.transaction() as s:
        process = _process(s, process_id)
        area = process.chosen_area
        top = ranking.top
        return StageState(
            process_id=process_id,
            respondents=len(progress),
            sheets_complete=sum(all(p.complete for p in areas.values()) for areas in progress.values()),
            areas_answered=sum(p.answered > 0 for areas in progress.values() for p in areas.values()),
            areas_total=sum(len(areas) for areas in progress.values()),
            chosen_area_id=process.chosen_area_id,
            chosen_area_title=f"{area.number}. {area.name}" if area else "",
            justification=process.choice_justification,
            chosen_on=process.chosen_on,
            outdated=process.choice_outdated,
            top_area_title=f"{top.number}. {top.name}" if top else "",
        )


# ---------------------------------------------------------------- where the wizard was left


@dataclass
class WizardPlace:
    """The page, the respondent and area being rated, the row in focus, and the area picked but not yet saved.

    ``draft`` is a justification being written while an area is already chosen: it waits here until the
    choice is saved, so the recorded choice never carries words written for another area."""

    page: int = 0
    respondent_id: int | None = None
    area_number: int = 1
    row: int = 0
    picked_area_id: int | None = None
    draft: str | None = None


def wizard_place(db: Database, process_id: int) -> WizardPlace:
    page, detail = processes.wizard_page(db, process_id, WIZARD)
    try:
        data = json.loads(detail) if detail else {}
        draft = data.get("draft")
        return WizardPlace(page, data.get("respondent_id"), int(data.get("area") or 1), int(data.get("row") or 0),
                           data.get("picked_area_id"), draft if isinstance(draft, str) else None)  # fmt: skip
    except (ValueError, TypeError, AttributeError):  # a damaged detail only loses the place, never the answers
        return WizardPlace(page)


def save_wizard_place(db: Database, process_id: int, place: WizardPlace) -> Change:
    detail = json.dumps({"respondent_id": place.respondent_id, "area": place.area_number, "row": place.row,
                         "picked_area_id": place.picked_area_id, "draft": place.draft})  # fmt: skip
    return processes.set_wizard_page(db, process_id, WIZARD, place.page, detail)
