"""The data collection plan (zadanie wdrożeniowe): what the JST team gathers before the deep diagnosis.

A task is overdue when its due date has passed and it is neither done nor cancelled; that is computed
here, from the date, so every screen and printout says the same. Files found while collecting (a budget
extract, a survey summary) are kept in the database beside the task, so the whole process travels in one file.

Changes return a ``Change`` of ``Kind.DATA_TASK``; its ``ids`` name the task, or for a file the attachment.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
from collections import namedtuple
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import DATA_SOURCES, TASK_STATUSES, AdvisoryProcess, Attachment, CurrentState, DataTask
from wsparcie_desktop.db.plain_rows import Prepared, plain_rows
from wsparcie_desktop.db.versioning import check_version
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_number, plural_form
from wsparcie_desktop.services.processes import process_change
from wsparcie_desktop.validation import clean, require

SOURCE_LABELS: dict[str, str] = {
    "sio": "SIO (System Informacji Oświatowej)",
    "cke": "Wyniki egzaminów zewnętrznych (CKE/OKE)",
    "budget": "Budżet i jego wykonanie",
    "school_docs": "Dokumentacja szkół",
    "survey": "Ankieta",
    "interview": "Wywiad",
    "other": "Inne źródło",
}
STATUS_LABELS: dict[str, str] = {
    "planned": "Zaplanowane",
    "in_progress": "W trakcie",
    "done": "Zakończone",
    "cancelled": "Odwołane",
}
OPEN_STATUSES = ("planned", "in_progress")
# SQLite keeps a blob in memory while it is read and written; 10 MB covers scans and spreadsheets
# while keeping the data file small enough to carry between laptops.
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024


@dataclass
class DataTaskData:
    what: str = ""
    source: str = "other"
    collector: str = ""
    due_on: dt.date | None = None
    status: str = "planned"
    findings: str = ""
    key_figures: str = ""
    id: int | None = None
    process_id: int | None = None
    overdue: bool = False
    days_overdue: int = 0
    attachments: int = 0
    version: int | None = None  # as read; a save over an older version is refused (StaleEditError)

    @property
    def source_label(self) -> str:
        return SOURCE_LABELS.get(self.source, self.source)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    mime: str
    size: int
    description: str
    added_at: dt.datetime | None

    @property
    def size_text(self) -> str:
        return file_size_text(self.size)


def file_size_text(size: int) -> str:
    """'340 B', '12,5 kB', '3,2 MB' — sizes the way a clerk reads them."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{format_number(size / 1024, 1)} kB"
    return f"{format_number(size / (1024 * 1024), 1)} MB"


def is_overdue(due_on: dt.date | None, status: str, today: dt.date) -> bool:
    return due_on is not None and due_on < today and status in OPEN_STATUSES


def overdue_text(days: int) -> str:
    """'po terminie (3 dni)' — the words that mark an overdue task on screen and on paper."""
    return f"po terminie ({days} {plural_form(days, 'dzień', 'dni', 'dni')})"


def _process(s, process_id: int) -> AdvisoryProcess:
    process = s.get(AdvisoryProcess, process_id)
    if process is None:
        raise DomainError("Ten proces doradczy nie istnieje — mógł zostać usunięty.")
    if process.chosen_area_id is None:
        raise DomainError("Najpierw wybierz obszar wsparcia w sekcji „Proces doradczy”.")
    return process


def _to_data(task: DataTask | _TaskRow, attachments: int, today: dt.date) -> DataTaskData:
    overdue = is_overdue(task.due_on, task.status, today)
    return DataTaskData(
        what=task.what, source=task.source, collector=task.collector, due_on=task.due_on, status=task.status,
        findings=task.findings, key_figures=task.key_figures, id=task.id, process_id=task.process_id,
        overdue=overdue, days_overdue=(today - task.due_on).days if overdue else 0, attachments=attachments,
        version=task.version,
    )  # fmt: skip


_T = DataTask
# Made and compiled once (db/plain_rows.py): the task's columns as _to_data reads them, by due date.
_TASK_ROWS = Prepared(select(_T.what, _T.source, _T.collector, _T.due_on, _T.status, _T.findings, _T.key_figures,
                             _T.id, _T.process_id, _T.version).where(_T.process_id == bindparam("process_id"))
                      .order_by(_T.due_on.is_(None), _T.due_on, _T.id))  # fmt: skip
_TaskRow = namedtuple("_TaskRow", "what source collector due_on status findings key_figures id process_id version")


def list_tasks(db: Database, process_id: int, today: dt.date | None = None) -> list[DataTaskData]:
    """The process's tasks by due date (tasks without a date last), each knowing whether it is overdue.

    Read as plain rows (db/plain_rows.py): 500 tasks as ORM objects took most of the screen's reading."""
    today = today or dt.date.today()
    with db.transaction() as s:
        counts = dict(
            s.execute(
                select(Attachment.data_task_id, func.count())
                .join(DataTask, DataTask.id == Attachment.data_task_id)
                .where(DataTask.process_id == process_id)
                .group_by(Attachment.data_task_id)
            ).all()
        )
        rows = map(_TaskRow._make, plain_rows(s, _TASK_ROWS, {"process_id": process_id}))
        return [_to_data(t, counts.get(t.id, 0), today) for t in rows]


def get_task(db: Database, task_id: int, today: dt.date | None = None) -> DataTaskData:
    with db.transaction() as s:
        task = s.get(DataTask, task_id)
        if task is None:
            raise DomainError("To zadanie nie istnieje — mogło zostać usunięte.")
        count = s.scalar(select(func.count()).where(Attachment.data_task_id == task_id)) or 0
        return _to_data(task, count, today or dt.date.today())


def save_task(db: Database, process_id: int, data: DataTaskData) -> Change:
    """Add (id None) or change a data collection task."""
    what = require(data.what, "what", "Jakie dane")
    if data.source not in DATA_SOURCES:
        raise DomainError("Wybierz źródło danych z listy.", "source")
    if data.status not in TASK_STATUSES:
        raise DomainError("Wybierz stan zadania z listy.", "status")
    with db.transaction() as s:
        process = _process(s, process_id)
        if data.due_on is not None and data.due_on < process.started_on:
            raise DomainError("Termin nie może być wcześniejszy niż początek procesu doradczego.", "due_on")
        values = dict(
            what=what, source=data.source, collector=clean(data.collector), due_on=data.due_on, status=data.status,
            findings=clean(data.findings), key_figures=clean(data.key_figures),
        )  # fmt: skip
        if data.id is None:
            task = DataTask(process_id=process_id, **values)
            s.add(task)
        else:
            task = s.get(DataTask, data.id)
            if task is None or task.process_id != process_id:
                raise DomainError("To zadanie nie istnieje — mogło zostać usunięte.")
            check_version(task, data.version)
            for key, value in values.items():
                setattr(task, key, value)
        s.flush()
        return Change(Kind.DATA_TASK, process.jst_id, process_id, (task.id,))


def task_dependants(db: Database, task_id: int) -> list[str]:
    """Current-state statements citing this task as evidence: deleting the task leaves them without it."""
    with db.transaction() as s:
        texts = s.scalars(select(CurrentState.text).where(CurrentState.data_task_id == task_id))
        return [f"stan obecny „{_short(t)}” (straci wskazanie tego zadania jako źródła)" for t in texts]


def delete_task(db: Database, task_id: int) -> Change:
    """Delete the task with its attachments; statements that cited it keep their evidence text."""
    with db.transaction() as s:
        task = s.get(DataTask, task_id)
        if task is None:  # already deleted elsewhere
            return Change(Kind.DATA_TASK, ids=(task_id,), deleted=True)
        change = process_change(s, Kind.DATA_TASK, task.process_id, (task_id,), deleted=True)
        s.delete(task)
        return change


def overdue_tasks(db: Database, process_id: int, today: dt.date | None = None) -> list[DataTaskData]:
    return [t for t in list_tasks(db, process_id, today) if t.overdue]


# ---------------------------------------------------------------- attachments


def _mime_for(filename: str) -> str:
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


def check_attachment_size(filename: str, size: int) -> None:
    """Refuse a file over the limit before it is read, with both sizes in the message."""
    if size > MAX_ATTACHMENT_BYTES:
        raise DomainError(
            f"Plik „{filename}” ma {file_size_text(size)}, a załącznik może mieć najwyżej "
            f"{file_size_text(MAX_ATTACHMENT_BYTES)}. Zmniejsz plik (np. zapisz skan w niższej rozdzielczości "
            f"albo spakuj go) i dodaj ponownie.",
            "attachment",
        )


def add_attachment(db: Database, task_id: int, filename: str, data: bytes, description: str = "") -> Change:
    """Store a file with the task; refuses files over the limit with the sizes in the message."""
    name = clean(filename).replace("\\", "/").rsplit("/", 1)[-1]
    if not name:
        raise DomainError("Plik musi mieć nazwę.", "attachment")
    check_attachment_size(name, len(data))
    with db.transaction() as s:
        task = s.get(DataTask, task_id)
        if task is None:
            raise DomainError("Najpierw zapisz zadanie, potem dodaj do niego pliki.", "attachment")
        process = s.get(AdvisoryProcess, task.process_id)
        row = Attachment(
            jst_id=process.jst_id, process_id=process.id, data_task_id=task_id, filename=name,
            mime=_mime_for(name), size=len(data), data=bytes(data), description=clean(description),
        )  # fmt: skip
        s.add(row)
        s.flush()
        return Change(Kind.DATA_TASK, process.jst_id, process.id, (row.id,))


def list_attachments(db: Database, task_id: int) -> list[AttachmentInfo]:
    """The task's files without their contents (those are read only when saved back out)."""
    with db.transaction() as s:
        rows = s.execute(
            select(Attachment.id, Attachment.filename, Attachment.mime, Attachment.size, Attachment.description,
                   Attachment.added_at)
            .where(Attachment.data_task_id == task_id)
            .order_by(Attachment.id)
        ).all()  # fmt: skip
        return [AttachmentInfo(*row) for row in rows]


def attachment_content(db: Database, attachment_id: int) -> tuple[str, bytes]:
    """The file's name and its bytes, to be written back to disk."""
    with db.transaction() as s:
        row = s.get(Attachment, attachment_id)
        if row is None:
            raise DomainError("Ten załącznik nie istnieje — mógł zostać usunięty.")
        return row.filename, bytes(row.data)


def delete_attachment(db: Database, attachment_id: int) -> Change:
    with db.transaction() as s:
        row = s.get(Attachment, attachment_id)
        change = Change(Kind.DATA_TASK, row.jst_id if row else None, row.process_id if row else None, (attachment_id,),
                        deleted=True)  # fmt: skip
        if row is not None:
            s.delete(row)
        return change


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
