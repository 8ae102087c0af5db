"""The remote advice log (doradztwo zdalne): about an hour a month per advisor during the process.

The allowance is a setting kept with the data (``remote_advice_minutes_per_month``, 60 in the model). For each
advisor and calendar month of the process the log shows the minutes used against it, flagging months over the
allowance and months with none; the same per stage of the process. A stage runs from its start (the process's
start, the day the area was chosen, the day the HDR was approved) to the day before the next one starts; an
entry counts in the stage its date falls in, and a month's allowance in the stage its last day falls in (the
current month's in today's stage). A month with no advice is flagged only once it is over.

Changes return a ``Change`` of ``Kind.REMOTE_ADVICE`` (an entry) or ``Kind.SETTING`` (the allowance).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import AdvisoryProcess, Hdr, Person, ProcessAdvisor, RemoteAdvice, Setting, TeamRole
from wsparcie_desktop.db.plain_rows import Prepared, plain_rows
from wsparcie_desktop.db.versioning import check_version
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_date_short
from wsparcie_desktop.services.access import check_store_wide
from wsparcie_desktop.services.hdr_dates import month_end, months_in
from wsparcie_desktop.validation import clean, require

ALLOWANCE_KEY = "remote_advice_minutes_per_month"
DEFAULT_ALLOWANCE = 60
MAX_MINUTES = 1440  # a whole day: more in one entry is a typing error
CHANNEL_LABELS: dict[str, str] = {
    "telefon": "telefon",
    "email": "e-mail",
    "wideokonferencja": "wideokonferencja",
    "inne": "inne",
}
MONTH_NAMES = ("styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
               "październik", "listopad", "grudzień")  # fmt: skip
STAGE_NAMES = ("Etap 1: wybór obszaru", "Etap 2: diagnoza pogłębiona i HDR", "Etap 3: realizacja HDR")


def month_text(year: int, month: int) -> str:
    """'marzec 2026'."""
    return f"{MONTH_NAMES[month - 1]} {year}"


def minutes_text(minutes: int) -> str:
    """'45 min', '1 h', '1 h 30 min'."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h" + (f" {rest} min" if rest else "")


@dataclass
class AdviceData:
    advisor_id: int | None = None
    held_on: dt.date | None = None
    minutes: int = 60
    channel: str = "telefon"
    topic: str = ""
    notes: str = ""
    agreed: str = ""
    id: int | None = None
    process_id: int | None = None
    advisor_name: str = ""
    version: int | None = None

    @property
    def channel_label(self) -> str:
        return CHANNEL_LABELS.get(self.channel, self.channel or "—")


@dataclass(frozen=True)
class MonthUse:
    advisor_id: int | None
    advisor_name: str
    year: int
    month: int
    used: int
    allowance: int
    finished: bool = True  # the month is over (the current month is not flagged as empty yet)

    @property
    def over(self) -> bool:
        return self.used > self.allowance

    @property
    def empty(self) -> bool:
        return self.used == 0 and self.finished

    @property
    def label(self) -> str:
        return month_text(self.year, self.month)


@dataclass(frozen=True)
class StageUse:
    stage: int
    advisor_id: int | None
    advisor_name: str
    months: int
    used: int
    allowance: int

    @property
    def over(self) -> bool:
        return self.used > self.allowance

    @property
    def name(self) -> str:
        return STAGE_NAMES[self.stage - 1]


@dataclass(frozen=True)
class AdviceLog:
    process_name: str
    allowance: int
    entries: list[AdviceData]
    months: list[MonthUse]  # by advisor, then month
    stages: list[StageUse]  # by stage, then advisor
    first_month: tuple[int, int] | None
    last_month: tuple[int, int] | None


# ---------------------------------------------------------------- the allowance setting


def allowance(db: Database) -> int:
    with db.transaction() as s:
        return _allowance(s)


def _allowance(s: Session) -> int:
    value = s.scalar(select(Setting.value).where(Setting.key == ALLOWANCE_KEY))
    try:
        return int(value) if value is not None else DEFAULT_ALLOWANCE
    except ValueError:
        return DEFAULT_ALLOWANCE


def set_allowance(db: Database, minutes: int | None) -> Change:
    """The minutes of remote advice each advisor gives a month (60 in the model)."""
    if minutes is None or not 1 <= minutes <= MAX_MINUTES * 31:
        raise DomainError("Limit doradztwa zdalnego to liczba minut na doradcę na miesiąc, np. 60.", "allowance")
    with db.transaction() as s:
        check_store_wide(db, s, "Limit doradztwa zdalnego", "allowance")
        row = s.get(Setting, ALLOWANCE_KEY)
        if row is None:
            s.add(Setting(key=ALLOWANCE_KEY, value=str(minutes)))
        else:
            row.value = str(minutes)
        return Change(Kind.SETTING)


# ---------------------------------------------------------------- entries


def _advisor_names(s: Session, ids) -> dict[int, str]:
    ids = [i for i in ids if i is not None]
    if not ids:
        return {}
    return dict(s.execute(select(Person.id, Person.full_name).where(Person.id.in_(ids))).all())


def _entry(r: RemoteAdvice, names: dict[int, str]) -> AdviceData:
    return AdviceData(r.advisor_id, r.held_on, r.minutes, r.channel, r.topic, r.notes, r.agreed, r.id, r.process_id,
                      names.get(r.advisor_id, "(doradca usunięty)" if r.advisor_id is None else ""), r.version)  # fmt: skip


_R = RemoteAdvice
# Made and compiled once (db/plain_rows.py): the columns in the order AdviceData takes them, oldest first.
_LOG_ROWS = Prepared(select(_R.advisor_id, _R.held_on, _R.minutes, _R.channel, _R.topic, _R.notes, _R.agreed, _R.id,
                            _R.process_id, _R.version).where(_R.process_id == bindparam("process_id"))
                     .order_by(_R.held_on, _R.id))  # fmt: skip


def _entries(s: Session, process_id: int, names: dict[int, str] | None = None) -> list[AdviceData]:
    """The process's entries, oldest first, read as plain rows (a log of 1,000 entries as ORM objects took
    a fifth of the screen's time); ``names`` of the advisors, read here when not given."""
    rows = plain_rows(s, _LOG_ROWS, {"process_id": process_id})
    if names is None:
        names = _advisor_names(s, {r[0] for r in rows})
    return [AdviceData(advisor_id, held_on, minutes, channel, topic, notes, agreed, entry_id, process,
                       names.get(advisor_id, "(doradca usunięty)" if advisor_id is None else ""), version)
            for advisor_id, held_on, minutes, channel, topic, notes, agreed, entry_id, process, version in rows]  # fmt: skip


def list_advice(db: Database, process_id: int) -> list[AdviceData]:
    """The process's remote advice, newest first."""
    with db.transaction() as s:
        return _entries(s, process_id)[::-1]


def get_advice(db: Database, advice_id: int) -> AdviceData:
    with db.transaction() as s:
        row = s.get(RemoteAdvice, advice_id)
        if row is None:
            raise DomainError("Ten wpis nie istnieje — mógł zostać usunięty.")
        return _entry(row, _advisor_names(s, [row.advisor_id]))


def check_minutes(minutes: int | None) -> int:
    if minutes is None or not 1 <= minutes <= MAX_MINUTES:
        raise DomainError(f"Czas doradztwa to od 1 do {MAX_MINUTES} minut (wpisano {minutes}).", "minutes")
    return minutes


def save_advice(db: Database, process_id: int, data: AdviceData) -> Change:
    """Add (id None) or change an entry of the log."""
    if data.advisor_id is None:
        raise DomainError("Wybierz doradcę z teamu doradczego.", "advisor")
    if data.held_on is None:
        raise DomainError("Podaj datę doradztwa.", "held_on")
    minutes = check_minutes(data.minutes)
    if data.channel not in CHANNEL_LABELS:
        raise DomainError("Wybierz formę kontaktu z listy.", "channel")
    topic = require(data.topic, "topic", "Temat")
    with db.transaction() as s:
        process = s.get(AdvisoryProcess, process_id)
        if process is None:
            raise DomainError("Ten proces doradczy nie istnieje — mógł zostać usunięty.")
        person = s.get(Person, data.advisor_id)
        role = s.get(TeamRole, person.role_code) if person else None
        if person is None or person.jst_id != process.jst_id or role.team != "advisory":
            raise DomainError("Doradztwa zdalnego udzielają doradcy z teamu doradczego tego samorządu.", "advisor")
        if data.held_on < process.started_on:
            raise DomainError(f"Data doradztwa nie może być wcześniejsza niż początek procesu "
                              f"({format_date_short(process.started_on)}).", "held_on")  # fmt: skip
        if process.ended_on is not None and data.held_on > process.ended_on:
            raise DomainError(f"Proces zakończył się {format_date_short(process.ended_on)}.", "held_on")
        if data.id is None:
            row = RemoteAdvice(process_id=process_id)
            s.add(row)
        else:
            row = s.get(RemoteAdvice, data.id)
            if row is None or row.process_id != process_id:
                raise DomainError("Ten wpis nie istnieje — mógł zostać usunięty.")
            check_version(row, data.version)
        row.advisor_id, row.held_on, row.minutes, row.channel = data.advisor_id, data.held_on, minutes, data.channel
        row.topic, row.notes, row.agreed = topic, clean(data.notes), clean(data.agreed)
        s.flush()
        return Change(Kind.REMOTE_ADVICE, process.jst_id, process_id, (row.id,))


def delete_advice(db: Database, advice_id: int) -> Change:
    with db.transaction() as s:
        row = s.get(RemoteAdvice, advice_id)
        if row is None:
            return Change(Kind.REMOTE_ADVICE, ids=(advice_id,), deleted=True)
        process = s.get(AdvisoryProcess, row.process_id)
        s.delete(row)
        return Change(Kind.REMOTE_ADVICE, process.jst_id, process.id, (advice_id,), deleted=True)


def advice_given(s: Session, process_id: int, today: dt.date | None = None) -> bool:
    """Whether any remote advice was given by today, read in the caller's transaction (for the stage cards)."""
    today = today or dt.date.today()
    return s.scalar(select(RemoteAdvice.id).where(RemoteAdvice.process_id == process_id,
                                                  RemoteAdvice.held_on <= today).limit(1)) is not None  # fmt: skip


# ---------------------------------------------------------------- the allowance, month by month and per stage


def stage_starts(s: Session, process: AdvisoryProcess) -> list[dt.date | None]:
    """When stages 1, 2 and 3 began (None: not yet)."""
    hdr = s.scalar(select(Hdr).where(Hdr.process_id == process.id))
    return [process.started_on, process.chosen_on, hdr.approved_on if hdr else None]


def stage_of(day: dt.date, starts: list[dt.date | None]) -> int:
    stage = 1
    for number, start in enumerate(starts, start=1):
        if start is not None and day >= start:
            stage = number
    return stage


def advice_log(db: Database, process_id: int, today: dt.date | None = None) -> AdviceLog:
    """The entries with the use of the allowance per advisor and month and per stage, up to today's month."""
    today = today or dt.date.today()
    with db.transaction() as s:
        process = s.get(AdvisoryProcess, process_id)
        if process is None:
            raise DomainError("Ten proces doradczy nie istnieje — mógł zostać usunięty.")
        per_month = _allowance(s)
        assigned = list(s.scalars(select(ProcessAdvisor.person_id).where(ProcessAdvisor.process_id == process_id)))
        rows = entries = _entries(s, process_id, {})
        advisor_ids = list(dict.fromkeys([*assigned, *(r.advisor_id for r in rows)]))
        names = _advisor_names(s, advisor_ids)
        for entry in entries:
            entry.advisor_name = names.get(entry.advisor_id, "(doradca usunięty)" if entry.advisor_id is None else "")
        starts = stage_starts(s, process)
        end = process.ended_on or today
        if rows and rows[-1].held_on > end:
            end = rows[-1].held_on
        months = months_in(process.started_on, end) if end >= process.started_on else []
        used: dict[tuple[int | None, int, int], int] = {}
        stage_used: dict[tuple[int, int | None], int] = {}
        for r in rows:
            key = (r.advisor_id, r.held_on.year, r.held_on.month)
            used[key] = used.get(key, 0) + r.minutes
            stage_key = (stage_of(r.held_on, starts), r.advisor_id)
            stage_used[stage_key] = stage_used.get(stage_key, 0) + r.minutes
        month_rows = []
        for advisor_id in advisor_ids:
            name = names.get(advisor_id, "(doradca usunięty)")
            for year, month in months:
                month_rows.append(MonthUse(advisor_id, name, year, month, used.get((advisor_id, year, month), 0),
                                           per_month, month_end(year, month) < today))  # fmt: skip
        month_stage = [stage_of(min(month_end(y, m), today), starts) for y, m in months]
        stage_rows = []
        for stage in (1, 2, 3):
            count = month_stage.count(stage)
            for advisor_id in advisor_ids:
                minutes = stage_used.get((stage, advisor_id), 0)
                if count or minutes:
                    stage_rows.append(StageUse(stage, advisor_id, names.get(advisor_id, "(doradca usunięty)"), count,
                                               minutes, count * per_month))  # fmt: skip
        return AdviceLog(process.name, per_month, entries, month_rows, stage_rows,
                         months[0] if months else None, months[-1] if months else None)  # fmt: skip
