"""Sieci współpracy i samokształcenia: a network, its members (voluntary, with dates) and its meetings.

A network is run by a coordinator from an ODN, a PPP or a BP for a school year, with goals its participants set
from a needs diagnosis and a number of planned meetings (5 by default). Members are teachers from the JST's
schools or from elsewhere; a person is a member once (names compared without case and extra spaces). A meeting
held records who attended; :func:`network_summary` sets the meetings held against the planned and gives each
member's attendance.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import and_, delete, func, select
from sqlalchemy.orm import Session

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import (
    NETWORK_MEETING_FORMS,
    NETWORK_PROVIDERS,
    FundAllocation,
    FundYear,
    Network,
    NetworkAttendance,
    NetworkMeeting,
    NetworkMember,
    School,
    SupportProvider,
)
from wsparcie_desktop.db.versioning import check_version, touch
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_money, plural_form
from wsparcie_desktop.services.school_support import provider_label
from wsparcie_desktop.validation import clean, require

DEFAULT_MEETINGS = 5
MEETING_FORM_LABELS = {
    "samoksztalcenie": "samokształcenie",
    "wymiana_doswiadczen": "wymiana doświadczeń",
    "rozwiazywanie_problemow": "wspólne rozwiązywanie problemów",
    "wyklad": "wykład",
    "warsztat": "warsztat",
    "obserwacja_lekcji": "wzajemna obserwacja lekcji",
}
assert set(MEETING_FORM_LABELS) == set(NETWORK_MEETING_FORMS)
SCHOOL_YEAR = re.compile(r"^(\d{4})\s*/\s*(\d{4})$")


def check_school_year(text: str | None) -> str:
    """'2026/2027': two consecutive years between 2000 and 2100."""
    value = clean(text)
    found = SCHOOL_YEAR.match(value)
    if not found:
        raise DomainError("Rok szkolny zapisuje się jako dwa kolejne lata, np. 2026/2027.", "school_year")
    first, second = int(found.group(1)), int(found.group(2))
    if second != first + 1:
        raise DomainError("Rok szkolny to dwa kolejne lata, np. 2026/2027.", "school_year")
    if not 2000 <= first <= 2099:
        raise DomainError("Rok musi być z przedziału 2000–2100.", "school_year")
    return f"{first}/{second}"


def school_year_of(day: dt.date) -> str:
    """The school year a day falls in (1 September starts a new one)."""
    first = day.year if day.month >= 9 else day.year - 1
    return f"{first}/{first + 1}"


def school_year_dates(school_year: str) -> tuple[dt.date, dt.date]:
    first = int(school_year[:4])
    return dt.date(first, 9, 1), dt.date(first + 1, 8, 31)


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


@dataclass
class NetworkData:
    name: str = ""
    provider_code: str = "ODN"
    provider_name: str = ""
    coordinator: str = ""
    school_year: str = ""
    needs_diagnosis: str = ""
    goals: str = ""
    planned_meetings: int = DEFAULT_MEETINGS
    conclusions: str = ""
    id: int | None = None
    jst_id: int | None = None
    version: int | None = None
    provider_label: str = ""  # read only
    members: int = 0
    meetings_held: int = 0


@dataclass
class MemberData:
    full_name: str = ""
    school_id: int | None = None
    institution: str = ""
    joined_on: dt.date | None = None
    left_on: dt.date | None = None
    id: int | None = None
    network_id: int | None = None
    version: int | None = None
    school_name: str = ""  # read only

    @property
    def workplace(self) -> str:
        return self.school_name or self.institution

    def member_on(self, day: dt.date) -> bool:
        return (self.joined_on is None or self.joined_on <= day) and (self.left_on is None or day <= self.left_on)


@dataclass
class MeetingData:
    held_on: dt.date | None = None
    topic: str = ""
    expert: str = ""
    form: str = "wymiana_doswiadczen"
    held: bool = False
    notes: str = ""
    attendee_ids: list[int] = field(default_factory=list)
    id: int | None = None
    network_id: int | None = None
    version: int | None = None

    @property
    def form_label(self) -> str:
        return MEETING_FORM_LABELS.get(self.form, self.form)


def provider_options(db: Database) -> list[tuple[str, str]]:
    """The providers that run networks (ODN, PPP, BP), as (code, name)."""
    with db.transaction() as s:
        rows = s.scalars(select(SupportProvider).where(SupportProvider.code.in_(NETWORK_PROVIDERS))
                         .order_by(SupportProvider.position))  # fmt: skip
        return [(p.code, p.name) for p in rows]


def _network_data(s: Session, n: Network, names: dict[str, str]) -> NetworkData:
    members = s.scalar(select(func.count()).where(NetworkMember.network_id == n.id)) or 0
    held = s.scalar(select(func.count()).where(NetworkMeeting.network_id == n.id, NetworkMeeting.held)) or 0
    return NetworkData(n.name, n.provider_code, n.provider_name, n.coordinator, n.school_year, n.needs_diagnosis,
                       n.goals, n.planned_meetings, n.conclusions, n.id, n.jst_id, n.version,
                       provider_label(n.provider_code, n.provider_name, names), members, held)  # fmt: skip


def _names(s: Session) -> dict[str, str]:
    return {p.code: p.name for p in s.scalars(select(SupportProvider))}


_NETWORK_COLUMNS = (Network.name, Network.provider_code, Network.provider_name, Network.coordinator,
                    Network.school_year, Network.needs_diagnosis, Network.goals, Network.planned_meetings,
                    Network.conclusions, Network.id, Network.jst_id, Network.version)  # fmt: skip


def list_networks(db: Database, jst_id: int) -> list[NetworkData]:
    """The JST's networks with their numbers of members and of meetings held, in three queries (one per
    network and number took a tenth of a second for 100 networks)."""
    with db.transaction() as s:
        names = _names(s)
        c = s.connection()  # plain rows, without the ORM's handling of each
        mine = Network.jst_id == jst_id
        members = dict(c.execute(select(NetworkMember.network_id, func.count()).join(Network).where(mine)
                                 .group_by(NetworkMember.network_id)).all())  # fmt: skip
        held = dict(c.execute(select(NetworkMeeting.network_id, func.count()).join(Network)
                              .where(mine, NetworkMeeting.held).group_by(NetworkMeeting.network_id)).all())  # fmt: skip
        rows = c.execute(select(*_NETWORK_COLUMNS).where(mine)
                         .order_by(Network.school_year.desc(), func.lower(Network.name))).all()  # fmt: skip
    return [NetworkData(*row, provider_label=provider_label(row.provider_code, row.provider_name, names),
                        members=members.get(row.id, 0), meetings_held=held.get(row.id, 0)) for row in rows]  # fmt: skip


def get_network(db: Database, network_id: int) -> NetworkData:
    with db.transaction() as s:
        row = s.get(Network, network_id)
        if row is None:
            raise DomainError("Ta sieć nie istnieje — mogła zostać usunięta.")
        return _network_data(s, row, _names(s))


def save_network(db: Database, jst_id: int, data: NetworkData) -> Change:
    name = require(data.name, "name", "Nazwa sieci")
    if data.provider_code not in NETWORK_PROVIDERS:
        raise DomainError("Sieć prowadzi placówka doskonalenia nauczycieli, poradnia albo biblioteka pedagogiczna.",
                          "provider_code")  # fmt: skip
    year = check_school_year(data.school_year)
    try:
        planned = int(data.planned_meetings)
    except (TypeError, ValueError) as exc:
        raise DomainError("Liczbę spotkań podaje się liczbą całkowitą, np. 5.", "planned_meetings") from exc
    if not 0 <= planned <= 100:
        raise DomainError("Liczba planowanych spotkań musi wynosić od 0 do 100.", "planned_meetings")
    with db.transaction() as s:
        twin = s.scalar(select(Network.id).where(Network.jst_id == jst_id, func.lower(Network.name) == name.lower(),
                                                 Network.school_year == year))  # fmt: skip
        if twin is not None and twin != data.id:
            raise DomainError(f"Sieć „{name}” na rok szkolny {year} już istnieje.", "name")
        if data.id is None:
            row = Network(jst_id=jst_id, name=name, provider_code=data.provider_code, school_year=year)
            s.add(row)
        else:
            row = s.get(Network, data.id)
            if row is None or row.jst_id != jst_id:
                raise DomainError("Ta sieć nie istnieje — mogła zostać usunięta.")
            check_version(row, data.version)
        row.name, row.provider_code, row.school_year, row.planned_meetings = name, data.provider_code, year, planned
        row.provider_name, row.coordinator = clean(data.provider_name), clean(data.coordinator)
        row.needs_diagnosis, row.goals, row.conclusions = (
            clean(data.needs_diagnosis),
            clean(data.goals),
            clean(data.conclusions),
        )
        s.flush()
        return Change(Kind.NETWORK, jst_id, ids=(row.id,))


def network_dependants(db: Database, network_id: int) -> list[str]:
    with db.transaction() as s:
        found = []
        members = s.scalar(select(func.count()).where(NetworkMember.network_id == network_id)) or 0
        meetings = s.scalar(select(func.count()).where(NetworkMeeting.network_id == network_id)) or 0
        if members:
            found.append(f"{members} {plural_form(members, 'członek', 'członków', 'członków')}")
        if meetings:
            found.append(f"{meetings} {plural_form(meetings, 'spotkanie', 'spotkania', 'spotkań')} z obecnością")
        for year, amount in s.execute(select(FundYear.year, FundAllocation.amount).join(FundYear)
                                      .where(FundAllocation.network_id == network_id)):  # fmt: skip
            found.append(f"przydział z funduszu doskonalenia na {year} r. ({format_money(amount)}) — zostanie, bez "
                         "powiązania z siecią")  # fmt: skip
        return found


def delete_network(db: Database, network_id: int) -> Change:
    with db.transaction() as s:
        row = s.get(Network, network_id)
        jst_id = row.jst_id if row is not None else None
        if row is not None:
            s.delete(row)
    return Change(Kind.NETWORK, jst_id, ids=(network_id,), deleted=True)


def _network(s: Session, network_id: int) -> Network:
    row = s.get(Network, network_id)
    if row is None:
        raise DomainError("Ta sieć nie istnieje — mogła zostać usunięta.")
    return row


# ---------------------------------------------------------------- members


def list_members(db: Database, network_id: int) -> list[MemberData]:
    with db.transaction() as s:
        # plain rows: a network of 500 members, each with its school's name (not every school of the JST read)
        rows = s.connection().execute(
            select(NetworkMember.full_name, NetworkMember.school_id, NetworkMember.institution,
                   NetworkMember.joined_on, NetworkMember.left_on, NetworkMember.id, NetworkMember.network_id,
                   NetworkMember.version, School.name)
            .join(Network, Network.id == NetworkMember.network_id)
            .outerjoin(School, and_(School.id == NetworkMember.school_id, School.jst_id == Network.jst_id))
            .where(NetworkMember.network_id == network_id)).all()  # fmt: skip
        members = [MemberData(*row[:8], school_name=row[8] or "") for row in rows]
    members.sort(key=lambda m: _surname_key(m.full_name))
    return members


def _surname_key(name: str) -> tuple[str, str]:
    from wsparcie_desktop.services.schools import polish_sort_key

    parts = name.split()
    return (polish_sort_key(parts[-1]) if parts else "", polish_sort_key(name))


def save_member(db: Database, network_id: int, data: MemberData) -> Change:
    """Add or change a member; the same person twice in one network is refused."""
    name = " ".join(require(data.full_name, "full_name", "Imię i nazwisko").split())
    if data.joined_on and data.left_on and data.left_on < data.joined_on:
        raise DomainError("Data wystąpienia z sieci nie może być wcześniejsza niż data przystąpienia.", "left_on")
    with db.transaction() as s:
        network = _network(s, network_id)
        if data.school_id is not None:
            school = s.get(School, data.school_id)
            if school is None or school.jst_id != network.jst_id:
                raise DomainError("Wybierz szkołę z rejestru samorządu albo wpisz miejsce pracy.", "school_id")
        for other_id, other_name in s.execute(select(NetworkMember.id, NetworkMember.full_name)
                                              .where(NetworkMember.network_id == network_id)):  # fmt: skip
            if other_id != data.id and _name_key(other_name) == _name_key(name):
                raise DomainError(f"{name} jest już członkiem tej sieci.", "full_name")
        if data.id is None:
            row = NetworkMember(network_id=network_id, full_name=name)
            s.add(row)
        else:
            row = s.get(NetworkMember, data.id)
            if row is None or row.network_id != network_id:
                raise DomainError("Ten członek sieci nie istnieje — mógł zostać usunięty.")
            check_version(row, data.version)
        row.full_name, row.school_id = name, data.school_id
        row.institution = "" if data.school_id is not None else clean(data.institution)
        row.joined_on, row.left_on = data.joined_on, data.left_on
        touch(network)
        s.flush()
        return Change(Kind.NETWORK, network.jst_id, ids=(network.id,))


def delete_member(db: Database, member_id: int) -> Change:
    with db.transaction() as s:
        row = s.get(NetworkMember, member_id)
        if row is None:
            return Change(Kind.NETWORK, None, deleted=True)
        network = _network(s, row.network_id)
        s.delete(row)
        return Change(Kind.NETWORK, network.jst_id, ids=(network.id,))


# ---------------------------------------------------------------- meetings


def list_meetings(db: Database, network_id: int) -> list[MeetingData]:
    with db.transaction() as s:
        attendance: dict[int, list[int]] = {}
        for meeting_id, member_id in s.execute(
            select(NetworkAttendance.meeting_id, NetworkAttendance.member_id).join(NetworkMeeting)
            .where(NetworkMeeting.network_id == network_id)
        ):  # fmt: skip
            attendance.setdefault(meeting_id, []).append(member_id)
        rows = s.connection().execute(
            select(NetworkMeeting.held_on, NetworkMeeting.topic, NetworkMeeting.expert, NetworkMeeting.form,
                   NetworkMeeting.held, NetworkMeeting.notes, NetworkMeeting.id, NetworkMeeting.network_id,
                   NetworkMeeting.version)
            .where(NetworkMeeting.network_id == network_id).order_by(NetworkMeeting.held_on, NetworkMeeting.id))  # fmt: skip
        return [MeetingData(held_on, topic, expert, form, held, notes, sorted(attendance.get(meeting_id, [])),
                            meeting_id, network, version)
                for held_on, topic, expert, form, held, notes, meeting_id, network, version in rows]  # fmt: skip


def save_meeting(db: Database, network_id: int, data: MeetingData) -> Change:
    """Add or change a meeting; attendance is recorded for a meeting held, of the network's members only."""
    topic = require(data.topic, "topic", "Temat spotkania")
    if data.held_on is None:
        raise DomainError("Podaj datę spotkania.", "held_on")
    if not 2000 <= data.held_on.year <= 2100:
        raise DomainError("Rok musi być z przedziału 2000–2100.", "held_on")
    if data.form not in NETWORK_MEETING_FORMS:
        raise DomainError("Wybierz formę spotkania.", "form")
    attendees = sorted(set(data.attendee_ids)) if data.held else []
    if data.held and data.held_on > dt.date.today():
        raise DomainError("Spotkanie z datą w przyszłości nie mogło się jeszcze odbyć.", "held")
    with db.transaction() as s:
        network = _network(s, network_id)
        members = set(s.scalars(select(NetworkMember.id).where(NetworkMember.network_id == network_id)))
        if not set(attendees) <= members:
            raise DomainError("Obecność zaznacza się tylko członkom tej sieci.", "attendees")
        if data.id is None:
            row = NetworkMeeting(network_id=network_id, held_on=data.held_on, topic=topic)
            s.add(row)
        else:
            row = s.get(NetworkMeeting, data.id)
            if row is None or row.network_id != network_id:
                raise DomainError("To spotkanie nie istnieje — mogło zostać usunięte.")
            check_version(row, data.version)
            touch(row)
        row.held_on, row.topic, row.expert, row.form = data.held_on, topic, clean(data.expert), data.form
        row.held, row.notes = bool(data.held), clean(data.notes)
        s.flush()
        s.execute(delete(NetworkAttendance).where(NetworkAttendance.meeting_id == row.id))
        for member_id in attendees:
            s.add(NetworkAttendance(meeting_id=row.id, member_id=member_id))
        touch(network)
        s.flush()
        return Change(Kind.NETWORK, network.jst_id, ids=(network.id,))


def delete_meeting(db: Database, meeting_id: int) -> Change:
    with db.transaction() as s:
        row = s.get(NetworkMeeting, meeting_id)
        if row is None:
            return Change(Kind.NETWORK, None, deleted=True)
        network = _network(s, row.network_id)
        s.delete(row)
        return Change(Kind.NETWORK, network.jst_id, ids=(network.id,))


# ---------------------------------------------------------------- the summary


@dataclass(frozen=True)
class MemberAttendance:
    member: MemberData
    attended: int
    possible: int  # meetings held while they were a member

    @property
    def percent(self) -> int | None:
        return round(100 * self.attended / self.possible) if self.possible else None


@dataclass(frozen=True)
class NetworkSummary:
    network: NetworkData
    planned: int
    held: int
    meetings: tuple[MeetingData, ...]
    attendance: tuple[MemberAttendance, ...]

    @property
    def average_attendance(self) -> int | None:
        """Attendance as a percentage of all the places at meetings held (None before any)."""
        possible = sum(a.possible for a in self.attendance)
        return round(100 * sum(a.attended for a in self.attendance) / possible) if possible else None

    def text(self) -> str:
        """'Odbyło się 3 z 5 planowanych spotkań; średnia frekwencja 83 %.'"""
        text = f"Odbyło się {self.held} z {self.planned} planowanych spotkań"
        if self.average_attendance is not None:
            text += f"; średnia frekwencja {self.average_attendance} %"
        return text + "."


def network_summary(db: Database, network_id: int) -> NetworkSummary:
    """Meetings held against planned and each member's attendance (of the meetings held while a member)."""
    network = get_network(db, network_id)
    members = list_members(db, network_id)
    meetings = list_meetings(db, network_id)
    held = [m for m in meetings if m.held]
    present = [(m.held_on, set(m.attendee_ids)) for m in held]
    rows = []
    for member in members:
        possible = sum(1 for day, ids in present if member.id in ids or member.member_on(day))
        attended = sum(1 for _day, ids in present if member.id in ids)
        rows.append(MemberAttendance(member, attended, possible))
    return NetworkSummary(network, network.planned_meetings, len(held), tuple(meetings), tuple(rows))


def networks_summary(db: Database, jst_id: int, school_year: str | None = None) -> list[NetworkSummary]:
    """For the annual report: every network of the JST (of one school year when given), with its figures."""
    return [network_summary(db, n.id) for n in list_networks(db, jst_id)
            if school_year is None or n.school_year == school_year]  # fmt: skip
