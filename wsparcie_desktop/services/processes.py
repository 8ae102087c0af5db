"""Advisory processes: a JST may go through the model several times over the years."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import AdvisoryProcess, Person, ProcessAdvisor, TeamRole, WizardProgress
from wsparcie_desktop.db.versioning import check_version, touch
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.validation import require


@dataclass
class ProcessData:
    name: str = ""
    started_on: dt.date | None = None
    advisor_ids: list[int] = field(default_factory=list)
    id: int | None = None
    jst_id: int | None = None
    chosen_area_id: int | None = None
    ended_on: dt.date | None = None
    version: int | None = None  # the stored row's version when read; saving over an older one is refused


def process_change(s: Session, kind: Kind, process_id: int, ids: Iterable[int] = (), deleted: bool = False) -> Change:
    """The Change of rows belonging to a process, its JST read in the caller's transaction (None when gone)."""
    process = s.get(AdvisoryProcess, process_id)
    return Change(kind, process.jst_id if process is not None else None, process_id, tuple(ids), deleted)


def list_processes(db: Database, jst_id: int) -> list[ProcessData]:
    with db.transaction() as s:
        rows = s.scalars(
            select(AdvisoryProcess).where(AdvisoryProcess.jst_id == jst_id).order_by(AdvisoryProcess.started_on.desc())
        )
        return [_to_data(s, p) for p in rows]


def _to_data(s, p: AdvisoryProcess) -> ProcessData:
    advisors = list(s.scalars(select(ProcessAdvisor.person_id).where(ProcessAdvisor.process_id == p.id)))
    return ProcessData(p.name, p.started_on, advisors, p.id, p.jst_id, p.chosen_area_id, p.ended_on, p.version)


def get_process(db: Database, process_id: int) -> ProcessData:
    with db.transaction() as s:
        p = s.get(AdvisoryProcess, process_id)
        if p is None:
            raise DomainError("Ten proces doradczy nie istnieje — mógł zostać usunięty.")
        return _to_data(s, p)


def save_process(db: Database, jst_id: int, data: ProcessData) -> Change:
    """Start a process (id None) or change its name, start date and advisors."""
    name = require(data.name, "name", "Nazwa procesu")
    if data.started_on is None:
        raise DomainError("Podaj datę rozpoczęcia procesu.", "started_on")
    try:
        with db.transaction() as s:
            for person_id in data.advisor_ids:
                person = s.get(Person, person_id)
                role = s.get(TeamRole, person.role_code) if person else None
                if person is None or person.jst_id != jst_id or role.team != "advisory":
                    raise DomainError("Doradców wybiera się spośród teamu doradczego tego samorządu.", "advisors")
            stored: set[int] = set()
            if data.id is None:
                process = AdvisoryProcess(jst_id=jst_id, name=name, started_on=data.started_on)
                s.add(process)
                s.flush()
            else:
                process = s.get(AdvisoryProcess, data.id)
                if process is None:
                    raise DomainError("Ten proces doradczy nie istnieje — mógł zostać usunięty.")
                check_version(process, data.version)
                stored = set(s.scalars(select(ProcessAdvisor.person_id).where(ProcessAdvisor.process_id == data.id)))
                process.name, process.started_on = name, data.started_on
            if stored != set(data.advisor_ids):
                if data.id is not None:
                    touch(process)  # other advisors alone are a change of the process: its version goes up too
                    s.query(ProcessAdvisor).filter_by(process_id=process.id).delete()
                for person_id in dict.fromkeys(data.advisor_ids):
                    s.add(ProcessAdvisor(process_id=process.id, person_id=person_id))
            s.flush()
            return Change(Kind.PROCESS, jst_id, process.id, (process.id,))
    except IntegrityError as exc:
        raise DomainError(f"Ten samorząd ma już proces o nazwie „{name}”.", "name") from exc


def delete_process(db: Database, process_id: int) -> Change:
    """Delete the process with everything recorded in it (sheets, diagnosis, HDR)."""
    with db.transaction() as s:
        change = process_change(s, Kind.PROCESS, process_id, (process_id,), deleted=True)
        process = s.get(AdvisoryProcess, process_id)
        if process is not None:
            s.delete(process)
        return change


def wizard_page(db: Database, process_id: int, wizard: str) -> tuple[int, str]:
    """The page (and any detail, e.g. the respondent) where the user left a wizard."""
    with db.transaction() as s:
        row = s.get(WizardProgress, (process_id, wizard))
        return (row.page, row.detail) if row else (0, "")


def set_wizard_page(db: Database, process_id: int, wizard: str, page: int, detail: str = "") -> Change:
    """Remember where the wizard was left; the row is keyed by process and wizard, so the Change names no ids."""
    with db.transaction() as s:
        row = s.get(WizardProgress, (process_id, wizard))
        if row is None:
            s.add(WizardProgress(process_id=process_id, wizard=wizard, page=page, detail=detail))
        else:
            row.page, row.detail = page, detail
        return process_change(s, Kind.WIZARD, process_id)
