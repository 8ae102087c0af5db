"""The register of the schools and kindergartens a JST runs: list, add, edit, delete, totals."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import (
    SCHOOL_TYPES,
    ActivityPartner,
    FundAllocation,
    FundYear,
    HdrActivity,
    Jst,
    Network,
    NetworkMember,
    ProcessSupport,
    School,
    SupportProvider,
)
from wsparcie_desktop.db.plain_rows import plain_rows
from wsparcie_desktop.db.versioning import check_version
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_date_short, format_money, format_number
from wsparcie_desktop.services.summaries import SchoolTotals, format_fte  # noqa: F401 (format_fte: part of this API)
from wsparcie_desktop.text import fold, polish_sort_key
from wsparcie_desktop.validation import check_postal_code, check_regon, clean, require

# Polish names of the school types, in the order the type list offers them.
SCHOOL_TYPE_LABELS: dict[str, str] = {
    "przedszkole": "przedszkole",
    "szkola_podstawowa": "szkoła podstawowa",
    "liceum": "liceum ogólnokształcące",
    "technikum": "technikum",
    "branzowa_1": "branżowa szkoła I stopnia",
    "szkola_specjalna": "szkoła specjalna",
    "zespol_szkol": "zespół szkół",
    "inna": "inna placówka",
}
assert tuple(SCHOOL_TYPE_LABELS) == SCHOOL_TYPES

MAX_PUPILS = 100_000
MAX_FTE = Decimal("9999.99")


@dataclass
class SchoolData:
    """A school as the screens and the import see it. ``pupils`` and ``teachers_fte`` may be given as typed."""

    name: str = ""
    school_type: str = "szkola_podstawowa"
    rspo: str = ""
    regon: str = ""
    street: str = ""
    building_no: str = ""
    postal_code: str = ""
    city: str = ""
    director: str = ""
    pupils: int | str | None = None
    teachers_fte: Decimal | str | None = None
    is_public: bool = True
    notes: str = ""
    id: int | None = None
    jst_id: int | None = None
    version: int | None = None  # as read; a save over an older version is refused (StaleEditError)

    @property
    def type_label(self) -> str:
        return SCHOOL_TYPE_LABELS.get(self.school_type, self.school_type)

    @property
    def address(self) -> str:
        """'ul. Szkolna 4, 07-140 Zalesie' — a village without streets gives 'Borowina 27, 07-140 Borowina'."""
        first = " ".join(p for p in (self.street, self.building_no) if p)
        if not self.street and self.building_no and self.city:
            first = f"{self.city} {self.building_no}"
        second = " ".join(p for p in (self.postal_code, self.city) if p)
        return ", ".join(p for p in (first, second) if p)


def search_text(school: SchoolData) -> str:
    """What the search box looks in, folded: without case or Polish letters ("lodz" finds "Łódź")."""
    return fold(f"{school.name} {school.city} {school.rspo} {school.director}")


def search_words(typed: str) -> list[str]:
    return fold(typed).split()


def type_options() -> list[tuple[str, str]]:
    return list(SCHOOL_TYPE_LABELS.items())


def _to_data(school: School) -> SchoolData:
    return SchoolData(
        id=school.id, jst_id=school.jst_id, name=school.name, school_type=school.school_type, rspo=school.rspo or "",
        regon=school.regon or "", street=school.street, building_no=school.building_no,
        postal_code=school.postal_code, city=school.city, director=school.director, pupils=school.pupils,
        teachers_fte=school.teachers_fte, is_public=school.is_public, notes=school.notes, version=school.version,
    )  # fmt: skip


_LISTED = ("id", "jst_id", "name", "school_type", "rspo", "regon", "street", "building_no", "postal_code", "city",
           "director", "pupils", "teachers_fte", "is_public", "notes", "version")  # fmt: skip


def list_schools(db: Database, jst_id: int) -> list[SchoolData]:
    """The JST's register, read as plain rows (a register of 2,000 schools is not 2,000 ORM objects; on SQLite
    through the driver's cursor, db/plain_rows.py)."""
    columns = [getattr(School, name) for name in _LISTED]
    with db.transaction() as s:
        rows = [
            _row_data(dict(zip(_LISTED, row))) for row in plain_rows(s, select(*columns).where(School.jst_id == jst_id))
        ]
    return sorted(rows, key=lambda d: (polish_sort_key(d.name), d.id or 0))


def _row_data(values: dict) -> SchoolData:
    values["rspo"], values["regon"] = values["rspo"] or "", values["regon"] or ""
    return SchoolData(**values)


def get_school(db: Database, school_id: int) -> SchoolData:
    with db.transaction() as s:
        return _to_data(_get(s, school_id))


def _get(s, school_id: int) -> School:
    school = s.get(School, school_id)
    if school is None:
        raise DomainError("Ta szkoła nie istnieje — mogła zostać usunięta w innym oknie.")
    return school


def parse_pupils(value: int | str | None) -> int | None:
    if value is None or isinstance(value, int):
        number = value
    else:
        text = value.strip().replace(" ", "").replace("\u00a0", "")
        if not text:
            return None
        if not text.isdigit():
            raise DomainError(f"Liczba uczniów to liczba całkowita, np. 245 (wpisano „{value.strip()}”).", "pupils")
        number = int(text)
    if number is not None and not 0 <= number <= MAX_PUPILS:
        raise DomainError(f"Liczba uczniów musi być między 0 a {format_number(MAX_PUPILS)}.", "pupils")
    return number


def parse_fte(value: Decimal | str | float | None) -> Decimal | None:
    """Teachers' posts (etaty) as typed in Poland: '12,5' or '12.50'; at most two decimal places."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
        if not text:
            return None
        if not re.fullmatch(r"\d+(\.\d+)?", text):
            raise DomainError(f"Liczba etatów to liczba, np. 12,5 (wpisano „{value.strip()}”).", "teachers_fte")
        number = Decimal(text)
    else:
        try:
            number = Decimal(str(value))
        except InvalidOperation as exc:
            raise DomainError("Liczba etatów to liczba, np. 12,5.", "teachers_fte") from exc
    if number < 0 or number > MAX_FTE:
        raise DomainError("Liczba etatów musi być między 0 a 9999,99.", "teachers_fte")
    if number != number.quantize(Decimal("0.01")):
        raise DomainError("Liczbę etatów podaj najwyżej z dwoma miejscami po przecinku (np. 12,75).", "teachers_fte")
    return number.quantize(Decimal("0.01"))


def check_rspo(value: str | None) -> str | None:
    text = clean(value).replace(" ", "")
    if not text:
        return None
    if not text.isdigit() or len(text) > 12:
        raise DomainError(f"Numer RSPO składa się z samych cyfr, np. 21458 (wpisano „{text}”).", "rspo")
    return text


def validated_values(data: SchoolData) -> dict:
    """The row's columns after every single-field rule; raises DomainError naming the field."""
    name = " ".join(require(data.name, "name", "Nazwa").split())
    if len(name) > 400:
        raise DomainError("Nazwa może mieć najwyżej 400 znaków.", "name")
    if data.school_type not in SCHOOL_TYPES:
        raise DomainError("Wybierz typ szkoły lub placówki.", "school_type")
    values = {
        "name": name,
        "school_type": data.school_type,
        "rspo": check_rspo(data.rspo),
        "regon": check_regon(data.regon),
        "street": clean(data.street),
        "building_no": clean(data.building_no),
        "postal_code": check_postal_code(data.postal_code),
        "city": clean(data.city),
        "director": clean(data.director),
        "pupils": parse_pupils(data.pupils),
        "teachers_fte": parse_fte(data.teachers_fte),
        "is_public": bool(data.is_public),
        "notes": (data.notes or "").strip(),
    }
    for key, label, limit in (("street", "Ulica", 200), ("building_no", "Numer budynku", 30),
                              ("city", "Miejscowość", 120), ("director", "Dyrektor", 200)):  # fmt: skip
        if len(values[key]) > limit:
            raise DomainError(f"Pole „{label}” może mieć najwyżej {limit} znaków.", key)
    return values


def _check_rspo_free(s, jst_id: int, rspo: str | None, school_id: int | None) -> None:
    if not rspo:
        return
    clash = s.scalar(select(School.name).where(School.jst_id == jst_id, School.rspo == rspo,
                                               School.id != (school_id or -1)))  # fmt: skip
    if clash:
        raise DomainError(f"Numer RSPO {rspo} ma już w tym samorządzie „{clash}”.", "rspo")


def save_school(db: Database, jst_id: int, data: SchoolData) -> Change:
    """Add (id None) or update a school; the Change's ``id`` is the school's."""
    values = validated_values(data)
    try:
        with db.transaction() as s:
            if s.get(Jst, jst_id) is None:
                raise DomainError("Ten samorząd nie istnieje — mógł zostać usunięty w innym oknie.")
            _check_rspo_free(s, jst_id, values["rspo"], data.id)
            if data.id is None:
                school = School(jst_id=jst_id, **values)
                s.add(school)
            else:
                school = _get(s, data.id)
                if school.jst_id != jst_id:
                    raise DomainError("Ta szkoła należy do innego samorządu.")
                check_version(school, data.version)
                for key, value in values.items():
                    setattr(school, key, value)
            s.flush()
            return Change(Kind.SCHOOL, jst_id, ids=(school.id,))
    except IntegrityError as exc:  # a concurrent change slipped past the checks above
        raise DomainError("Nie zapisano: numer RSPO jest już użyty w tym samorządzie.", "rspo") from exc


# ------------------------------------------------------------------ totals


def totals(schools: list[SchoolData]) -> SchoolTotals:
    pupils = [parse_pupils(s.pupils) for s in schools]
    fte = [parse_fte(s.teachers_fte) for s in schools]
    return SchoolTotals(
        count=len(schools), pupils=sum(p for p in pupils if p is not None),
        teachers_fte=sum((f for f in fte if f is not None), Decimal(0)),
        without_pupils=sum(1 for p in pupils if p is None), without_fte=sum(1 for f in fte if f is None),
    )  # fmt: skip


# ------------------------------------------------------------------ deleting


@dataclass(frozen=True)
class SchoolReferences:
    """What points to a school, in words, and whether that forbids deleting it."""

    name: str
    support: list[str] = field(default_factory=list)  # process support: deleting would lose its history
    partners: list[str] = field(default_factory=list)  # HDR activities that name the school as a partner
    network_members: list[str] = field(default_factory=list)
    fund_allocations: list[str] = field(default_factory=list)

    @property
    def blocked(self) -> bool:
        return bool(self.support)

    @property
    def any(self) -> bool:
        return bool(self.support or self.partners or self.network_members or self.fund_allocations)

    def refusal(self) -> str:
        lines = [
            f"Nie można usunąć szkoły „{self.name}”, bo jest objęta procesowym wspomaganiem:",
            *(f"• {item}" for item in self.support),
            "",
            "Usunięcie skasowałoby historię tego wspomagania (diagnozę, roczny plan wspomagania, wnioski).",
            "",
            "Jeśli szkoła została zlikwidowana albo połączona z inną, zostaw ją w rejestrze i zapisz to w uwagach.",
        ]
        return "\n".join(lines)

    def question(self) -> str:
        lines = [f"Usunąć szkołę „{self.name}” z rejestru?"]
        if self.partners:
            lines += ["", "Jest partnerem działań w harmonogramie (HDR) — zniknie z listy partnerów tych działań:"]
            lines += [f"• {item}" for item in self.partners]
        if self.network_members:
            lines += ["", "Pracują w niej uczestnicy sieci współpracy — zostaną w sieciach, bez wskazania szkoły:"]
            lines += [f"• {item}" for item in self.network_members]
        if self.fund_allocations:
            lines += ["", "Przydzielono jej środki z funduszu doskonalenia nauczycieli — kwoty zostaną, bez szkoły:"]
            lines += [f"• {item}" for item in self.fund_allocations]
        lines += ["", "Tej operacji nie można cofnąć."]
        return "\n".join(lines)


SUPPORT_STATUS_LABELS = {
    "planned": "zaplanowane", "diagnosis": "diagnoza", "rpw": "roczny plan wspomagania",
    "activities": "w trakcie działań", "evaluation": "ewaluacja", "finished": "zakończone",
}  # fmt: skip


def school_dependants(db: Database, school_id: int) -> SchoolReferences:
    with db.transaction() as s:
        school = _get(s, school_id)
        support = [
            f"{format_date_short(p.starts_on)}–{format_date_short(p.ends_on)}: {p.provider_name or provider}"
            f" ({SUPPORT_STATUS_LABELS.get(p.status, p.status)})" + (f", obszar: {p.area}" if p.area else "")
            for p, provider in s.execute(
                select(ProcessSupport, SupportProvider.name).join(SupportProvider)
                .where(ProcessSupport.school_id == school_id).order_by(ProcessSupport.starts_on)
            )
        ]  # fmt: skip
        partners = [f"„{name}”" for _starts, name in sorted(s.execute(
            select(HdrActivity.starts_on, HdrActivity.name).join(ActivityPartner, ActivityPartner.activity_id == HdrActivity.id)
            .where(ActivityPartner.school_id == school_id)
        ).all(), key=lambda r: (r[0], polish_sort_key(r[1])))]  # fmt: skip
        members = [f"{person} (sieć „{network}”, {year})" for person, network, year in sorted(s.execute(
            select(NetworkMember.full_name, Network.name, Network.school_year).join(Network)
            .where(NetworkMember.school_id == school_id)
        ).all(), key=lambda r: (r[2], polish_sort_key(r[0])))]  # fmt: skip
        allocations = [f"{year}: {purpose} — {format_money(amount)}" for year, purpose, amount in s.execute(
            select(FundYear.year, FundAllocation.purpose, FundAllocation.amount).join(FundYear)
            .where(FundAllocation.school_id == school_id).order_by(FundYear.year, FundAllocation.id)
        )]  # fmt: skip
        return SchoolReferences(school.name, support, partners, members, allocations)


def delete_school(db: Database, school_id: int, confirmed: bool = False) -> Change:
    """Delete a school. Refused while process support points to it; other links need ``confirmed``."""
    references = school_dependants(db, school_id)
    if references.blocked:
        raise DomainError(references.refusal())
    if references.any and not confirmed:
        raise DomainError(references.question())
    with db.transaction() as s:
        school = _get(s, school_id)
        if s.scalar(select(func.count()).select_from(ProcessSupport).where(ProcessSupport.school_id == school_id)):
            raise DomainError(f"Nie można usunąć szkoły „{school.name}”: w międzyczasie objęto ją wspomaganiem.")
        jst_id = school.jst_id
        s.delete(school)
    return Change(Kind.SCHOOL, jst_id, ids=(school_id,), deleted=True)
