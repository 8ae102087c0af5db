"""The people of a JST: its education team, its advisory team and its stakeholders."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import HdrActivity, Person, ProcessAdvisor, TeamRole
from wsparcie_desktop.db.versioning import check_version
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import plural_form
from wsparcie_desktop.text import polish_sort_key
from wsparcie_desktop.validation import check_email, check_phone, clean, require

TEAMS = ("education", "advisory", "stakeholder")


@dataclass(frozen=True)
class RoleOption:
    code: str
    name: str
    team: str


@dataclass
class PersonData:
    full_name: str = ""
    role_code: str = ""
    position: str = ""
    institution: str = ""
    email: str = ""
    phone: str = ""
    id: int | None = None
    jst_id: int | None = None
    role_name: str = ""
    team: str = ""
    version: int | None = None  # as read; a save over an older version is refused (StaleEditError)


def roles(db: Database, team: str | None = None) -> list[RoleOption]:
    with db.transaction() as s:
        query = select(TeamRole).order_by(TeamRole.position)
        if team:
            query = query.where(TeamRole.team == team)
        return [RoleOption(r.code, r.name, r.team) for r in s.scalars(query)]


def _to_data(p: Person) -> PersonData:
    return PersonData(
        id=p.id, jst_id=p.jst_id, full_name=p.full_name, role_code=p.role_code, position=p.position,
        institution=p.institution, email=p.email, phone=p.phone, role_name=p.role.name, team=p.role.team,
        version=p.version,
    )  # fmt: skip


def list_people(db: Database, jst_id: int, team: str | None = None) -> list[PersonData]:
    """The people in the order of their teams and roles, then by name; read as plain rows with their role's name
    in one query (a team of 300 people read as ORM objects, each loading its role, took a third of the screen's
    opening)."""
    with db.transaction() as s:
        query = (
            select(Person.id, Person.jst_id, Person.full_name, Person.role_code, Person.position, Person.institution,
                   Person.email, Person.phone, TeamRole.name, TeamRole.team, Person.version, TeamRole.position)
            .join(TeamRole)
            .where(Person.jst_id == jst_id)
        )  # fmt: skip
        if team:
            query = query.where(TeamRole.team == team)
        rows = s.execute(query).all()
    rows.sort(key=lambda r: (r[9], r[11], polish_sort_key(r[2]), r[0]))
    return [PersonData(id=r[0], jst_id=r[1], full_name=r[2], role_code=r[3], position=r[4], institution=r[5],
                       email=r[6], phone=r[7], role_name=r[8], team=r[9], version=r[10]) for r in rows]  # fmt: skip


def get_person(db: Database, person_id: int) -> PersonData:
    with db.transaction() as s:
        person = s.get(Person, person_id)
        if person is None:
            raise DomainError("Ta osoba nie istnieje — mogła zostać usunięta.")
        return _to_data(person)


def save_person(db: Database, jst_id: int, data: PersonData, team: str | None = None) -> Change:
    """Add (id None) or update a person; ``team`` restricts the role to that team."""
    with db.transaction() as s:
        role = s.get(TeamRole, data.role_code or "")
        if role is None or (team and role.team != team):
            raise DomainError("Wybierz rolę w zespole.", "role_code")
        values = dict(
            full_name=require(data.full_name, "full_name", "Imię i nazwisko"),
            role_code=role.code,
            position=clean(data.position),
            institution=clean(data.institution),
            email=check_email(data.email),
            phone=check_phone(data.phone),
        )
        if data.id is None:
            person = Person(jst_id=jst_id, **values)
            s.add(person)
        else:
            person = s.get(Person, data.id)
            if person is None or person.jst_id != jst_id:
                raise DomainError("Ta osoba nie istnieje — mogła zostać usunięta.")
            check_version(person, data.version)
            for key, value in values.items():
                setattr(person, key, value)
        s.flush()
        return Change(Kind.PERSON, jst_id, ids=(person.id,))


def person_dependants(db: Database, person_id: int) -> list[str]:
    """What else points at this person, in words, so that deleting can say what changes."""
    with db.transaction() as s:
        found = []
        processes = s.scalar(select(func.count()).where(ProcessAdvisor.person_id == person_id)) or 0
        if processes:
            found.append(f"doradca w {processes} {plural_form(processes, 'procesie', 'procesach', 'procesach')}")
        activities = s.scalar(select(func.count()).where(HdrActivity.responsible_id == person_id)) or 0
        if activities:
            found.append(
                f"osoba odpowiedzialna za {activities} "
                f"{plural_form(activities, 'działanie', 'działania', 'działań')} w HDR (pole zostanie puste)"
            )
        return found


def delete_person(db: Database, person_id: int) -> Change:
    """Delete the person (HDR activities they were responsible for keep the field empty)."""
    with db.transaction() as s:
        person = s.get(Person, person_id)
        jst_id = person.jst_id if person is not None else None  # None: already deleted elsewhere
        if person is not None:
            s.delete(person)
    return Change(Kind.PERSON, jst_id, ids=(person_id,), deleted=True)
