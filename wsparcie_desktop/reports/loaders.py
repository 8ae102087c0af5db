"""Reading what the documents print from the store, through the services, into :mod:`.data` values."""

from __future__ import annotations

from sqlalchemy import select

from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import SCHOOL_TYPES, School
from wsparcie_desktop.reports.data import JstInfo, PrintOptions, SchoolInfo, Signatory, TeamMember
from wsparcie_desktop.services import jst as jst_service
from wsparcie_desktop.services import people as people_service

SCHOOL_TYPE_NAMES = {
    "przedszkole": "przedszkole",
    "szkola_podstawowa": "szkoła podstawowa",
    "liceum": "liceum ogólnokształcące",
    "technikum": "technikum",
    "branzowa_1": "branżowa szkoła I stopnia",
    "szkola_specjalna": "szkoła specjalna",
    "zespol_szkol": "zespół szkół",
    "inna": "inna placówka",
}
assert set(SCHOOL_TYPE_NAMES) == set(SCHOOL_TYPES)

# Who signs by default: the education officer prepares, the head of the JST approves.
PREPARER_ROLES = ("naczelnik_oswiaty",)
APPROVER_ROLES = ("decydent",)

_POLISH_ORDER = str.maketrans({"ą": "a~", "ć": "c~", "ę": "e~", "ł": "l~", "ń": "n~", "ó": "o~", "ś": "s~",
                               "ź": "z~", "ż": "z~~"})  # fmt: skip


def polish_sort_key(text: str) -> str:
    """Alphabetical order as a Polish reader expects it: 'Łąka' after 'Lipa', 'Żabno' after 'Zalesie'."""
    return text.casefold().translate(_POLISH_ORDER)


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
    """The JST's schools, by type and then by name in Polish alphabetical order."""
    with db.transaction() as s:
        rows = s.scalars(select(School).where(School.jst_id == jst_id)).all()
        schools = [
            SchoolInfo(
                name=row.name, kind=SCHOOL_TYPE_NAMES.get(row.school_type, row.school_type), rspo=row.rspo or "",
                address=school_address(row.street, row.building_no, row.postal_code, row.city),
                director=row.director, pupils=row.pupils, teacher_posts=row.teachers_fte, public=row.is_public,
            )  # fmt: skip
            for row in rows
        ]
    order = {code: index for index, code in enumerate(SCHOOL_TYPES)}
    codes = {v: k for k, v in SCHOOL_TYPE_NAMES.items()}
    return sorted(schools, key=lambda x: (order.get(codes.get(x.kind, ""), 99), polish_sort_key(x.name)))


def school_address(street: str, building_no: str, postal_code: str, city: str) -> str:
    """'ul. Szkolna 5, 07-140 Zalesie'; a village without streets gives 'Zalesie 5, 07-140 Zalesie'."""
    street_part = " ".join(p for p in (street.strip(), building_no.strip()) if p)
    town = " ".join(p for p in (postal_code.strip(), city.strip()) if p)
    return ", ".join(p for p in (street_part, town) if p)


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
