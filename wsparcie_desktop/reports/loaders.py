"""Reading what the documents print from the store, through the services, into :mod:`.data` values."""

from __future__ import annotations

from decimal import Decimal

from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import SCHOOL_TYPES
from wsparcie_desktop.reports.data import JstInfo, PrintOptions, SchoolInfo, Signatory, TeamMember
from wsparcie_desktop.services import jst as jst_service
from wsparcie_desktop.services import people as people_service
from wsparcie_desktop.services import schools as schools_service
from wsparcie_desktop.services.schools import polish_sort_key

# Who signs by default: the education officer prepares, the head of the JST approves.
PREPARER_ROLES = ("naczelnik_oswiaty",)
APPROVER_ROLES = ("decydent",)


def _member(person: people_service.PersonData) -> TeamMember:
    return TeamMember(
        name=person.full_name, role=person.role_name, position=person.position, institution=person.institution,
        email=person.email, phone=person.phone, role_code=person.role_code,
    )  # fmt: skip


def load_jst(db: Database, jst_id: int) -> JstInfo:
    """The JST's profile with its coat of arms and both teams; DomainError if the JST is gone."""
    profile = jst_service.get_profile(db, jst_id)
    arms = jst_service.coat_of_arms(db, jst_id) if profile.has_coat_of_arms else None
    return JstInfo(
        name=profile.name, kind=profile.kind_name, teryt=profile.teryt, voivodeship=profile.voivodeship,
        street=profile.street, postal_code=profile.postal_code, city=profile.city, phone=profile.phone,
        email=profile.email, website=profile.website, coat_of_arms=arms,
        education_team=tuple(_member(p) for p in people_service.list_people(db, jst_id, "education")),
        advisory_team=tuple(_member(p) for p in people_service.list_people(db, jst_id, "advisory")),
    )  # fmt: skip


def load_schools(db: Database, jst_id: int) -> list[SchoolInfo]:
    """The JST's schools grouped by type (kindergartens first, as the type list orders them), then by name."""
    order = {code: index for index, code in enumerate(SCHOOL_TYPES)}
    rows = sorted(schools_service.list_schools(db, jst_id),
                  key=lambda d: (order.get(d.school_type, len(order)), polish_sort_key(d.name)))  # fmt: skip
    return [
        SchoolInfo(
            name=row.name,
            kind=row.type_label,
            rspo=row.rspo,
            address=row.address,
            director=row.director,
            pupils=row.pupils if isinstance(row.pupils, int) else None,
            teacher_posts=row.teachers_fte if isinstance(row.teachers_fte, Decimal) else None,
            public=row.is_public,
            notes=row.notes or "",
        )  # fmt: skip
        for row in rows
    ]


def default_signatures(info: JstInfo) -> PrintOptions:
    """The education officer as the one who prepared it, the head of the JST as the one who approves."""
    return PrintOptions(
        place=info.city,
        prepared_by=_first(info.education_team, PREPARER_ROLES),
        approved_by=_first(info.education_team, APPROVER_ROLES),
    )


def _first(team: tuple[TeamMember, ...], roles: tuple[str, ...]) -> Signatory:
    for member in team:
        if member.role_code in roles:
            return Signatory(member.name, member.position or member.role)
    return Signatory()
