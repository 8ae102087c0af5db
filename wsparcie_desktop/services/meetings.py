"""On-site meetings of the model: the opening conference, meetings 1 and 2 in the JST, the summary meeting, trainings.

A meeting lasts 1–3 consecutive days (``starts_on`` to ``ends_on``); the agenda, the attendance ticks and the
minutes hang on those days. A new meeting starts from the agenda template of its kind
(resources/templates/meeting_agendas.json), which is then edited freely. Participants come from the JST's
education team, advisory team and stakeholders, or are typed with their institution.

A meeting is *held* once its last day has come (:func:`meeting_held`): that is what the stage cards count.
Every change returns a ``Change`` of ``Kind.MEETING`` naming the meeting.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import (
    MEETING_KINDS,
    TASK_STATUSES,
    AdvisoryProcess,
    DataTask,
    Hdr,
    HdrActivity,
    Meeting,
    MeetingAgendaItem,
    MeetingAttendance,
    MeetingDecision,
    MeetingLeader,
    MeetingParticipant,
    MeetingTask,
    Person,
    TeamRole,
)
from wsparcie_desktop.db.versioning import check_version, touch
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_date_short
from wsparcie_desktop.paths import resource
from wsparcie_desktop.services.data_tasks import STATUS_LABELS
from wsparcie_desktop.text import polish_sort_key
from wsparcie_desktop.validation import clean, require

KIND_LABELS: dict[str, str] = {
    "conference": "Konferencja otwierająca",
    "meeting_1": "Spotkanie 1 w JST",
    "meeting_2": "Spotkanie 2 w JST",
    "summary": "Spotkanie podsumowujące",
    "training": "Szkolenie",
    "other": "Inne spotkanie",
}
# The model's meetings come once per process and in this order; trainings and others run alongside.
MODEL_ORDER = ("conference", "meeting_1", "meeting_2", "summary")
MAX_DAYS = 3
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
ONE_DAY = dt.timedelta(days=1)


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


# ---------------------------------------------------------------- plain data


@dataclass
class MeetingData:
    kind: str = "other"
    title: str = ""
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    place: str = ""
    leader_ids: list[int] = field(default_factory=list)
    notes: str = ""  # the general part of the minutes
    id: int | None = None
    process_id: int | None = None
    uid: str = ""
    version: int | None = None  # as read; a save over an older version is refused (StaleEditError)

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)

    @property
    def days(self) -> list[dt.date]:
        if self.starts_on is None or self.ends_on is None or self.ends_on < self.starts_on:
            return []
        return [self.starts_on + dt.timedelta(days=i) for i in range((self.ends_on - self.starts_on).days + 1)]

    @property
    def dates_text(self) -> str:
        """'12.03.2026' or '12.03.2026–13.03.2026'."""
        if self.starts_on is None:
            return ""
        if self.ends_on in (None, self.starts_on):
            return format_date_short(self.starts_on)
        return f"{format_date_short(self.starts_on)}–{format_date_short(self.ends_on)}"


@dataclass
class MeetingSummary:
    meeting: MeetingData
    leaders: list[str]
    participants: int
    present: int  # participants present on at least one day
    held: bool
    open_tasks: int


@dataclass
class AgendaItemData:
    topic: str = ""
    day: int = 1
    starts_at: str = ""
    ends_at: str = ""
    leader: str = ""
    discussion: str = ""
    id: int | None = None
    position: int = 0
    version: int | None = None


@dataclass
class ParticipantData:
    full_name: str = ""
    institution: str = ""
    person_id: int | None = None
    id: int | None = None
    days_present: set[dt.date] = field(default_factory=set)
    version: int | None = None


@dataclass
class DecisionData:
    text: str = ""
    id: int | None = None
    position: int = 0
    version: int | None = None


@dataclass
class MeetingTaskData:
    what: str = ""
    who: str = ""
    due_on: dt.date | None = None
    status: str = "planned"
    id: int | None = None
    meeting_id: int | None = None
    meeting_title: str = ""
    meeting_on: dt.date | None = None
    data_task_id: int | None = None
    hdr_activity_id: int | None = None
    version: int | None = None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def is_open(self) -> bool:
        return self.status in ("planned", "in_progress")

    @property
    def converted_to(self) -> str:
        if self.data_task_id is not None:
            return "zadanie zbierania danych"
        if self.hdr_activity_id is not None:
            return "działanie HDR"
        return ""


# ---------------------------------------------------------------- templates


@cache
def _templates() -> dict:
    with open(resource("templates", "meeting_agendas.json"), encoding="utf-8") as handle:
        return json.load(handle)


def template_title(kind: str) -> str:
    return _templates().get(kind, {}).get("title", kind_label(kind))


def template_days(kind: str) -> int:
    return int(_templates().get(kind, {}).get("days", 1))


def agenda_template(kind: str, days: int = MAX_DAYS) -> list[AgendaItemData]:
    """The template's agenda for a meeting of this kind, cut to the meeting's number of days."""
    items = _templates().get(kind, {}).get("items", [])
    return [
        AgendaItemData(topic=i["topic"], day=int(i["day"]), starts_at=i.get("starts_at", ""),
                       ends_at=i.get("ends_at", ""), leader=i.get("leader", ""), position=n)
        for n, i in enumerate(items, start=1) if int(i["day"]) <= days
    ]  # fmt: skip


# ---------------------------------------------------------------- reading


def _meeting_row(s: Session, meeting_id: int) -> Meeting:
    row = s.get(Meeting, meeting_id)
    if row is None:
        raise DomainError("To spotkanie nie istnieje — mogło zostać usunięte.")
    return row


def _change(s: Session, meeting: Meeting, deleted: bool = False) -> Change:
    process = s.get(AdvisoryProcess, meeting.process_id)
    return Change(Kind.MEETING, process.jst_id if process else None, meeting.process_id, (meeting.id,), deleted)


def _part_row(s: Session, model: type, meeting_id: int, data, missing: str):
    """The meeting's own row of ``model`` that ``data`` edits (checked for its version), or a new one placed last.

    ``data`` has ``id`` (None for a new row) and ``version``; a row of another meeting, or one deleted meanwhile,
    is refused with ``missing``.
    """
    if data.id is None:
        row = model(meeting_id=meeting_id)
        if hasattr(model, "position"):
            row.position = (s.scalar(select(func.max(model.position)).where(model.meeting_id == meeting_id)) or 0) + 1
        s.add(row)
        return row
    row = s.get(model, data.id)
    if row is None or row.meeting_id != meeting_id:
        raise DomainError(missing)
    check_version(row, data.version)
    return row


def _delete_part(db: Database, model: type, row_id: int) -> Change:
    """Delete one agenda point, participant, decision or task of a meeting; one already gone is no error."""
    with db.transaction() as s:
        row = s.get(model, row_id)
        if row is None:
            return Change(Kind.MEETING)
        meeting = _meeting_row(s, row.meeting_id)
        s.delete(row)
        return _change(s, meeting)


def _to_data(s: Session, m: Meeting) -> MeetingData:
    leaders = list(s.scalars(select(MeetingLeader.person_id).where(MeetingLeader.meeting_id == m.id)))
    return MeetingData(m.kind, m.title, m.starts_on, m.ends_on, m.place, leaders, m.minutes, m.id, m.process_id,
                       m.uid, m.version)  # fmt: skip


def get_meeting(db: Database, meeting_id: int) -> MeetingData:
    with db.transaction() as s:
        return _to_data(s, _meeting_row(s, meeting_id))


def list_meetings(db: Database, process_id: int, today: dt.date | None = None,
                  meeting_ids: list[int] | None = None) -> list[MeetingSummary]:  # fmt: skip
    """The process's meetings by date, each with its leaders, head counts and open agreed tasks; with
    ``meeting_ids``, only those of them (what a screen needs to redraw the rows of one change)."""
    today = today or dt.date.today()
    with db.transaction() as s:
        # the columns MeetingData takes, not ORM objects: a list of 500 meetings is read as plain rows
        query = select(Meeting.kind, Meeting.title, Meeting.starts_on, Meeting.ends_on, Meeting.place, Meeting.minutes,
                       Meeting.id, Meeting.process_id, Meeting.uid, Meeting.version).where(
            Meeting.process_id == process_id)  # fmt: skip
        if meeting_ids is not None:
            query = query.where(Meeting.id.in_(meeting_ids))
        rows = s.execute(query.order_by(Meeting.starts_on, Meeting.id)).all()
        ids = [m.id for m in rows]
        # four grouped reads for all the meetings, not four per meeting
        leader_ids: dict[int, list[int]] = {}
        names: dict[int, list[str]] = {}
        participants: dict[int, int] = {}
        present: dict[int, int] = {}
        open_tasks: dict[int, int] = {}
        for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):  # within SQLite's bound parameters
            for meeting_id, person_id, name in s.execute(
                select(MeetingLeader.meeting_id, MeetingLeader.person_id, Person.full_name)
                .join(Person, Person.id == MeetingLeader.person_id).where(MeetingLeader.meeting_id.in_(chunk))
            ):  # fmt: skip
                leader_ids.setdefault(meeting_id, []).append(person_id)
                names.setdefault(meeting_id, []).append(name)
            participants.update(s.execute(
                select(MeetingParticipant.meeting_id, func.count()).where(MeetingParticipant.meeting_id.in_(chunk))
                .group_by(MeetingParticipant.meeting_id)
            ).all())  # fmt: skip
            present.update(s.execute(
                select(MeetingParticipant.meeting_id, func.count(func.distinct(MeetingAttendance.participant_id)))
                .join(MeetingParticipant, MeetingParticipant.id == MeetingAttendance.participant_id)
                .where(MeetingParticipant.meeting_id.in_(chunk)).group_by(MeetingParticipant.meeting_id)
            ).all())  # fmt: skip
            open_tasks.update(s.execute(
                select(MeetingTask.meeting_id, func.count())
                .where(MeetingTask.meeting_id.in_(chunk), MeetingTask.status.in_(("planned", "in_progress")))
                .group_by(MeetingTask.meeting_id)
            ).all())  # fmt: skip
        result = []
        for kind, title, starts_on, ends_on, place, minutes, meeting_id, process, uid, version in rows:
            data = MeetingData(kind, title, starts_on, ends_on, place, leader_ids.get(meeting_id, []), minutes,
                               meeting_id, process, uid, version)  # fmt: skip
            result.append(MeetingSummary(data, sorted(names.get(meeting_id, [])), participants.get(meeting_id, 0),
                                         present.get(meeting_id, 0), ends_on <= today, open_tasks.get(meeting_id, 0)))  # fmt: skip
        return result


def held_kinds(s: Session, process_id: int, today: dt.date | None = None) -> set[str]:
    """The kinds of meeting of the process whose last day has come, read in the caller's transaction."""
    today = today or dt.date.today()
    return set(s.scalars(select(Meeting.kind).where(Meeting.process_id == process_id, Meeting.ends_on <= today)))


def meeting_held(db: Database, process_id: int, kind: str, today: dt.date | None = None) -> bool:
    """True when the process has a meeting of this kind ('conference', 'summary', …) whose last day has come."""
    with db.transaction() as s:
        return kind in held_kinds(s, process_id, today)


# ---------------------------------------------------------------- the meeting itself


def _check_dates(data: MeetingData) -> tuple[dt.date, dt.date]:
    if data.starts_on is None:
        raise DomainError("Podaj datę pierwszego dnia spotkania.", "starts_on")
    ends_on = data.ends_on or data.starts_on
    if ends_on < data.starts_on:
        raise DomainError(
            f"Ostatni dzień spotkania ({format_date_short(ends_on)}) nie może być wcześniejszy niż pierwszy "
            f"({format_date_short(data.starts_on)}).", "ends_on")  # fmt: skip
    days = (ends_on - data.starts_on).days + 1
    if days > MAX_DAYS:
        raise DomainError(f"Spotkanie trwa od 1 do {MAX_DAYS} dni (podane daty obejmują {days} dni).", "ends_on")
    return data.starts_on, ends_on


def _check_model_order(s: Session, process_id: int, meeting_id: int | None, kind: str, starts_on: dt.date,
                       ends_on: dt.date) -> None:  # fmt: skip
    """One conference, meeting 1, meeting 2 and summary per process, each after the one before it."""
    if kind not in MODEL_ORDER:
        return
    others = {m.kind: m for m in s.scalars(select(Meeting).where(Meeting.process_id == process_id,
                                                                  Meeting.kind.in_(MODEL_ORDER)))
              if m.id != meeting_id}  # fmt: skip
    if kind in others:
        raise DomainError(f"Ten proces ma już spotkanie „{kind_label(kind)}” "
                          f"({format_date_short(others[kind].starts_on)}).", "kind")  # fmt: skip
    index = MODEL_ORDER.index(kind)
    for before in MODEL_ORDER[:index]:
        other = others.get(before)
        if other is not None and starts_on <= other.ends_on:
            raise DomainError(
                f"„{kind_label(kind)}” musi się odbyć po spotkaniu „{kind_label(before)}”, które kończy się "
                f"{format_date_short(other.ends_on)}.", "starts_on")  # fmt: skip
    for after in MODEL_ORDER[index + 1 :]:
        other = others.get(after)
        if other is not None and ends_on >= other.starts_on:
            raise DomainError(
                f"„{kind_label(kind)}” musi się skończyć przed spotkaniem „{kind_label(after)}”, które zaczyna się "
                f"{format_date_short(other.starts_on)}.", "ends_on")  # fmt: skip


def _check_leaders(s: Session, jst_id: int, leader_ids: list[int]) -> None:
    for person_id in leader_ids:
        person = s.get(Person, person_id)
        role = s.get(TeamRole, person.role_code) if person else None
        if person is None or person.jst_id != jst_id or role.team != "advisory":
            raise DomainError("Spotkanie prowadzą doradcy z teamu doradczego tego samorządu.", "leaders")


def _check_days_kept(s: Session, meeting: Meeting, starts_on: dt.date, ends_on: dt.date) -> None:
    """New dates must keep every day on which attendance was ticked, and every agenda day."""
    ticked = s.scalars(
        select(MeetingAttendance.day_on)
        .join(MeetingParticipant, MeetingParticipant.id == MeetingAttendance.participant_id)
        .where(MeetingParticipant.meeting_id == meeting.id, ~MeetingAttendance.day_on.between(starts_on, ends_on))
        .order_by(MeetingAttendance.day_on)
    ).first()  # fmt: skip
    if ticked is not None:
        raise DomainError(
            f"Obecność zaznaczono {format_date_short(ticked)}, a nowe daty nie obejmują tego dnia. Najpierw usuń "
            "obecność z tego dnia albo zmień daty.", "starts_on")  # fmt: skip
    days = (ends_on - starts_on).days + 1
    last_day = s.scalar(select(func.max(MeetingAgendaItem.day)).where(MeetingAgendaItem.meeting_id == meeting.id))
    if last_day is not None and last_day > days:
        raise DomainError(
            f"Program spotkania ma punkty w dniu {last_day}., a nowe daty obejmują {days} "
            f"{'dzień' if days == 1 else 'dni'}. Najpierw przenieś lub usuń te punkty.", "ends_on")  # fmt: skip


def save_meeting(db: Database, process_id: int, data: MeetingData, from_template: bool = True) -> Change:
    """Add (id None; the agenda starts from the kind's template unless ``from_template`` is False) or change."""
    if data.kind not in MEETING_KINDS:
        raise DomainError("Wybierz rodzaj spotkania z listy.", "kind")
    title = require(data.title, "title", "Tytuł")
    if len(title) > 300:
        raise DomainError("Tytuł może mieć najwyżej 300 znaków.", "title")
    starts_on, ends_on = _check_dates(data)
    with db.transaction() as s:
        process = s.get(AdvisoryProcess, process_id)
        if process is None:
            raise DomainError("Ten proces doradczy nie istnieje — mógł zostać usunięty.")
        _check_model_order(s, process_id, data.id, data.kind, starts_on, ends_on)
        leader_ids = list(dict.fromkeys(data.leader_ids))
        _check_leaders(s, process.jst_id, leader_ids)
        if data.id is None:
            meeting = Meeting(process_id=process_id, kind=data.kind)
            s.add(meeting)
            stored: set[int] = set()
        else:
            meeting = _meeting_row(s, data.id)
            if meeting.process_id != process_id:
                raise DomainError("To spotkanie należy do innego procesu.")
            check_version(meeting, data.version)
            _check_days_kept(s, meeting, starts_on, ends_on)
            stored = set(s.scalars(select(MeetingLeader.person_id).where(MeetingLeader.meeting_id == meeting.id)))
        meeting.kind, meeting.title, meeting.place = data.kind, title, clean(data.place)
        meeting.starts_on, meeting.ends_on, meeting.minutes = starts_on, ends_on, clean(data.notes)
        s.flush()
        if stored != set(leader_ids):
            if data.id is not None:
                touch(meeting)
                s.query(MeetingLeader).filter_by(meeting_id=meeting.id).delete()
            s.add_all(MeetingLeader(meeting_id=meeting.id, person_id=pid) for pid in leader_ids)
        if data.id is None and from_template:
            for item in agenda_template(data.kind, (ends_on - starts_on).days + 1):
                s.add(MeetingAgendaItem(meeting_id=meeting.id, day=item.day, position=item.position,
                                        starts_at=item.starts_at, ends_at=item.ends_at, topic=item.topic,
                                        leader=item.leader))  # fmt: skip
        s.flush()
        return _change(s, meeting)


def delete_meeting(db: Database, meeting_id: int) -> Change:
    """Delete the meeting with its agenda, participants, attendance, minutes and agreed tasks."""
    with db.transaction() as s:
        meeting = s.get(Meeting, meeting_id)
        if meeting is None:
            return Change(Kind.MEETING, ids=(meeting_id,), deleted=True)
        change = _change(s, meeting, deleted=True)
        s.delete(meeting)
        return change


def meeting_dependants(db: Database, meeting_id: int) -> list[str]:
    """What goes with a meeting, in words, for the question before deleting it."""
    with db.transaction() as s:
        found = []
        for model, label in ((MeetingAgendaItem, "punkty programu"), (MeetingParticipant, "uczestnicy"),
                             (MeetingDecision, "decyzje"), (MeetingTask, "uzgodnione zadania")):  # fmt: skip
            n = s.scalar(select(func.count()).where(model.meeting_id == meeting_id)) or 0
            if n:
                found.append(f"{label}: {n}")
        return found


# ---------------------------------------------------------------- agenda and the discussion per item


def list_agenda(db: Database, meeting_id: int) -> list[AgendaItemData]:
    """The agenda by day, time and position."""
    with db.transaction() as s:
        rows = s.scalars(
            select(MeetingAgendaItem)
            .where(MeetingAgendaItem.meeting_id == meeting_id)
            .order_by(
                MeetingAgendaItem.day,
                MeetingAgendaItem.starts_at == "",
                MeetingAgendaItem.starts_at,
                MeetingAgendaItem.position,
                MeetingAgendaItem.id,
            )
        )
        return [AgendaItemData(r.topic, r.day, r.starts_at, r.ends_at, r.leader, r.discussion, r.id, r.position,
                               r.version) for r in rows]  # fmt: skip


def _check_time(value: str, field_name: str, label: str) -> str:
    value = clean(value).replace(".", ":")
    if re.fullmatch(r"\d:\d\d", value):
        value = "0" + value
    if value and not TIME.match(value):
        raise DomainError(f"{label} ma postać GG:MM, np. 09:30 (wpisano „{value}”).", field_name)
    return value


def save_agenda_item(db: Database, meeting_id: int, data: AgendaItemData) -> Change:
    """Add (id None, placed last in its day) or change one point of the agenda, or its discussion."""
    topic = require(data.topic, "topic", "Temat")
    starts_at = _check_time(data.starts_at, "starts_at", "Godzina rozpoczęcia")
    ends_at = _check_time(data.ends_at, "ends_at", "Godzina zakończenia")
    if starts_at and ends_at and ends_at <= starts_at:
        raise DomainError(f"Punkt programu musi się skończyć po swoim początku ({starts_at}).", "ends_at")
    with db.transaction() as s:
        meeting = _meeting_row(s, meeting_id)
        days = (meeting.ends_on - meeting.starts_on).days + 1
        if not 1 <= data.day <= days:
            raise DomainError(f"Spotkanie trwa {days} {'dzień' if days == 1 else 'dni'}: wybierz dzień od 1 do "
                              f"{days}.", "day")  # fmt: skip
        row = _part_row(
            s, MeetingAgendaItem, meeting_id, data, "Ten punkt programu nie istnieje — mógł zostać usunięty."
        )
        row.day, row.starts_at, row.ends_at, row.topic = data.day, starts_at, ends_at, topic
        row.leader, row.discussion = clean(data.leader), clean(data.discussion)
        s.flush()
        return _change(s, meeting)


def delete_agenda_item(db: Database, item_id: int) -> Change:
    return _delete_part(db, MeetingAgendaItem, item_id)


# ---------------------------------------------------------------- participants and attendance


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def list_participants(db: Database, meeting_id: int) -> list[ParticipantData]:
    """The participants by name, each with the days they were present."""
    with db.transaction() as s:
        rows = sorted(
            s.scalars(select(MeetingParticipant).where(MeetingParticipant.meeting_id == meeting_id)),
            key=lambda r: (polish_sort_key(r.full_name), r.id),
        )  # the same Polish order on every store
        days: dict[int, set[dt.date]] = {r.id: set() for r in rows}
        for pid, day in s.execute(select(MeetingAttendance.participant_id, MeetingAttendance.day_on)
                                  .where(MeetingAttendance.participant_id.in_(days))):  # fmt: skip
            days[pid].add(day)
        return [ParticipantData(r.full_name, r.institution, r.person_id, r.id, days[r.id], r.version) for r in rows]


def _check_once(s: Session, meeting_id: int, full_name: str, person_id: int | None, own_id: int | None) -> None:
    for other in s.scalars(select(MeetingParticipant).where(MeetingParticipant.meeting_id == meeting_id)):
        if other.id == own_id:
            continue
        if (person_id is not None and other.person_id == person_id) or _same_name(other.full_name, full_name):
            raise DomainError(f"{other.full_name} jest już na liście uczestników tego spotkania.", "full_name")


def save_participant(db: Database, meeting_id: int, data: ParticipantData) -> Change:
    """Add (id None) or change a participant typed by hand, or one picked from the JST's people (person_id)."""
    with db.transaction() as s:
        meeting = _meeting_row(s, meeting_id)
        process = s.get(AdvisoryProcess, meeting.process_id)
        full_name, institution = clean(data.full_name), clean(data.institution)
        if data.person_id is not None:
            person = s.get(Person, data.person_id)
            if person is None or person.jst_id != process.jst_id:
                raise DomainError("Uczestników wybiera się spośród osób tego samorządu.", "full_name")
            full_name = full_name or person.full_name
            institution = institution or person.institution or person.position
        if not full_name:
            raise DomainError("Pole „Imię i nazwisko” nie może być puste.", "full_name")
        _check_once(s, meeting_id, full_name, data.person_id, data.id)
        row = _part_row(s, MeetingParticipant, meeting_id, data, "Ten uczestnik nie istnieje — mógł zostać usunięty.")
        row.full_name, row.institution, row.person_id = full_name, institution, data.person_id
        s.flush()
        return _change(s, meeting)


def add_people(db: Database, meeting_id: int, person_ids: list[int]) -> Change:
    """Add the chosen people of the JST at once; those already listed are skipped, not refused."""
    with db.transaction() as s:
        meeting = _meeting_row(s, meeting_id)
        process = s.get(AdvisoryProcess, meeting.process_id)
        listed = list(s.scalars(select(MeetingParticipant).where(MeetingParticipant.meeting_id == meeting_id)))
        for person_id in dict.fromkeys(person_ids):
            person = s.get(Person, person_id)
            if person is None or person.jst_id != process.jst_id:
                raise DomainError("Uczestników wybiera się spośród osób tego samorządu.", "people")
            if any(p.person_id == person_id or _same_name(p.full_name, person.full_name) for p in listed):
                continue
            row = MeetingParticipant(meeting_id=meeting_id, person_id=person_id, full_name=person.full_name,
                                     institution=person.institution or person.position)  # fmt: skip
            s.add(row)
            listed.append(row)
        s.flush()
        return _change(s, meeting)


def delete_participant(db: Database, participant_id: int) -> Change:
    return _delete_part(db, MeetingParticipant, participant_id)


def set_attendance(db: Database, participant_id: int, day_on: dt.date, present: bool) -> Change:
    """Tick (or untick) a participant as present on one of the meeting's days."""
    with db.transaction() as s:
        row = s.get(MeetingParticipant, participant_id)
        if row is None:
            raise DomainError("Ten uczestnik nie istnieje — mógł zostać usunięty.")
        meeting = _meeting_row(s, row.meeting_id)
        if not meeting.starts_on <= day_on <= meeting.ends_on:
            raise DomainError(
                f"Obecność zaznacza się tylko w dniach spotkania ({format_date_short(meeting.starts_on)}–"
                f"{format_date_short(meeting.ends_on)}), a wybrano {format_date_short(day_on)}.", "attendance")  # fmt: skip
        stored = s.get(MeetingAttendance, (participant_id, day_on))
        if present and stored is None:
            s.add(MeetingAttendance(participant_id=participant_id, day_on=day_on))
        elif not present and stored is not None:
            s.delete(stored)
        row.attended = present or bool(
            s.scalar(select(func.count()).where(MeetingAttendance.participant_id == participant_id,
                                                MeetingAttendance.day_on != day_on)))  # fmt: skip
        s.flush()
        return _change(s, meeting)


# ---------------------------------------------------------------- minutes: decisions and agreed tasks


def list_decisions(db: Database, meeting_id: int) -> list[DecisionData]:
    with db.transaction() as s:
        rows = s.scalars(select(MeetingDecision).where(MeetingDecision.meeting_id == meeting_id)
                         .order_by(MeetingDecision.position, MeetingDecision.id))  # fmt: skip
        return [DecisionData(r.text, r.id, r.position, r.version) for r in rows]


def save_decision(db: Database, meeting_id: int, data: DecisionData) -> Change:
    text = require(data.text, "text", "Decyzja")
    with db.transaction() as s:
        meeting = _meeting_row(s, meeting_id)
        row = _part_row(s, MeetingDecision, meeting_id, data, "Ta decyzja nie istnieje — mogła zostać usunięta.")
        row.text = text
        s.flush()
        return _change(s, meeting)


def delete_decision(db: Database, decision_id: int) -> Change:
    return _delete_part(db, MeetingDecision, decision_id)


def _task_data(t: MeetingTask, m: Meeting) -> MeetingTaskData:
    return MeetingTaskData(t.what, t.who, t.due_on, t.status, t.id, t.meeting_id, m.title, m.starts_on,
                           t.data_task_id, t.hdr_activity_id, t.version)  # fmt: skip


def list_meeting_tasks(db: Database, meeting_id: int) -> list[MeetingTaskData]:
    with db.transaction() as s:
        meeting = _meeting_row(s, meeting_id)
        rows = s.scalars(select(MeetingTask).where(MeetingTask.meeting_id == meeting_id)
                         .order_by(MeetingTask.due_on.is_(None), MeetingTask.due_on, MeetingTask.id))  # fmt: skip
        return [_task_data(t, meeting) for t in rows]


def open_tasks(db: Database, process_id: int) -> list[MeetingTaskData]:
    """Tasks agreed at the process's meetings and not yet done (nor cancelled), by due date: the dashboard's list."""
    with db.transaction() as s:
        rows = s.execute(
            select(MeetingTask, Meeting).join(Meeting, Meeting.id == MeetingTask.meeting_id)
            .where(Meeting.process_id == process_id, MeetingTask.status.in_(("planned", "in_progress")))
            .order_by(MeetingTask.due_on.is_(None), MeetingTask.due_on, MeetingTask.id)
        ).all()  # fmt: skip
        return [_task_data(t, m) for t, m in rows]


def save_meeting_task(db: Database, meeting_id: int, data: MeetingTaskData) -> Change:
    """Add (id None) or change a task agreed at the meeting: what, who, by when, its status."""
    what = require(data.what, "what", "Zadanie")
    if data.status not in TASK_STATUSES:
        raise DomainError("Wybierz stan zadania z listy.", "status")
    with db.transaction() as s:
        meeting = _meeting_row(s, meeting_id)
        if data.due_on is not None and data.due_on < meeting.starts_on:
            raise DomainError(
                f"Termin zadania nie może być wcześniejszy niż spotkanie, na którym je uzgodniono "
                f"({format_date_short(meeting.starts_on)}).", "due_on")  # fmt: skip
        row = _part_row(s, MeetingTask, meeting_id, data, "To zadanie nie istnieje — mogło zostać usunięte.")
        row.what, row.who, row.due_on, row.status = what, clean(data.who), data.due_on, data.status
        s.flush()
        return _change(s, meeting)


def delete_meeting_task(db: Database, task_id: int) -> Change:
    return _delete_part(db, MeetingTask, task_id)


def _task_for_conversion(s: Session, task_id: int, version: int | None) -> tuple[MeetingTask, Meeting]:
    task = s.get(MeetingTask, task_id)
    if task is None:
        raise DomainError("To zadanie nie istnieje — mogło zostać usunięte.")
    check_version(task, version)
    if task.data_task_id is not None or task.hdr_activity_id is not None:
        raise DomainError("To zadanie zostało już przeniesione do zbierania danych albo do HDR.")
    return task, _meeting_row(s, task.meeting_id)


def make_data_task(db: Database, task_id: int, version: int | None = None) -> tuple[Change, ...]:
    """Turn an agreed task into a data collection task of the same process (what, who, by when), in one step.

    The agreed task stays in the minutes, marked as carried over, and is shown as in progress there.
    """
    with db.transaction() as s:
        task, meeting = _task_for_conversion(s, task_id, version)
        process = s.get(AdvisoryProcess, meeting.process_id)
        if process.chosen_area_id is None:
            raise DomainError("Zadanie zbierania danych wymaga wybranego obszaru wsparcia — wybierz go najpierw "
                              "w sekcji „Proces doradczy”.")  # fmt: skip
        if task.due_on is not None and task.due_on < process.started_on:
            raise DomainError("Termin zadania jest wcześniejszy niż początek procesu doradczego.", "due_on")
        data_task = DataTask(process_id=process.id, what=task.what, source="other", collector=task.who,
                             due_on=task.due_on, status="in_progress" if task.status == "in_progress" else "planned",
                             findings=f"Uzgodnione na spotkaniu „{meeting.title}” "
                                      f"({format_date_short(meeting.starts_on)}).")  # fmt: skip
        s.add(data_task)
        s.flush()
        task.data_task_id = data_task.id
        s.flush()
        return (_change(s, meeting), Change(Kind.DATA_TASK, process.jst_id, process.id, (data_task.id,)))


def make_hdr_activity(db: Database, task_id: int, version: int | None = None) -> tuple[Change, ...]:
    """Turn an agreed task into an activity at the end of the process's HDR, in one step.

    It runs from the meeting's first day (or the HDR's start, if later) to the task's due date (or that same
    day); the responsible person is the JST's person of that name, when there is one.
    """
    from wsparcie_desktop.services.hdr import _next_activity_id

    with db.transaction() as s:
        task, meeting = _task_for_conversion(s, task_id, version)
        process = s.get(AdvisoryProcess, meeting.process_id)
        hdr = s.scalar(select(Hdr).where(Hdr.process_id == process.id))
        if hdr is None:
            raise DomainError("Ten proces nie ma jeszcze HDR — utwórz go w sekcji „HDR”.")
        if len(task.what) > 300:
            raise DomainError("Nazwa działania może mieć najwyżej 300 znaków — skróć opis zadania.", "what")
        starts_on = max(meeting.starts_on, hdr.period_start)
        ends_on = task.due_on if task.due_on is not None and task.due_on >= starts_on else starts_on
        responsible = next((pid for pid, name in s.execute(select(Person.id, Person.full_name)  # compared in Python:
                            .where(Person.jst_id == process.jst_id).order_by(Person.id))  # SQLite's lower() leaves Ł
                            if _same_name(name, task.who)), None)  # fmt: skip
        last = s.scalar(select(func.max(HdrActivity.position)).where(HdrActivity.hdr_id == hdr.id)) or 0
        activity = HdrActivity(id=_next_activity_id(s), hdr_id=hdr.id, position=last + 1, name=task.what,
                               description=f"Uzgodnione na spotkaniu „{meeting.title}” "
                                           f"({format_date_short(meeting.starts_on)}).",
                               form="inna", starts_on=starts_on, ends_on=ends_on, responsible_id=responsible,
                               cost=0, financing="bez_kosztow")  # fmt: skip
        s.add(activity)
        s.flush()
        task.hdr_activity_id = activity.id
        s.flush()
        return (_change(s, meeting), Change(Kind.HDR_ACTIVITY, process.jst_id, process.id, (activity.id,)))
