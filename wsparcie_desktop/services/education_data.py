"""The figures of the annual report on education (art. 11 ust. 7 Prawa oświatowego), per school year.

Each school's pupils, classes, teachers by promotion grade, posts and pupils with a special-needs statement; the
JST's spending, the state money and the transport of pupils; the kurator's supervision results. The rules: a school
year is written "2025/2026"; every number is ≥ 0; the teachers by grade do not add up to more than the teachers in
total when both are given. Every call is one transaction: a refused grid stores none of its rows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from decimal import Decimal, InvalidOperation

from sqlalchemy import bindparam, select, union

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import (
    SUPERVISION_KINDS,
    EducationYear,
    Jst,
    School,
    SchoolYearStats,
    SupervisionEntry,
)
from wsparcie_desktop.db.plain_rows import Prepared, plain_rows
from wsparcie_desktop.db.versioning import check_version
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_number
from wsparcie_desktop.services.schools import polish_sort_key

SCHOOL_YEAR = re.compile(r"(\d{4})\s*/\s*(\d{4})")
MAX_COUNT = 1_000_000
MAX_MONEY = Decimal("999999999999.99")
GRADE_REFORM_YEAR = 2022  # from 2022/2023 the stażysta and kontraktowy grades are gone (initially kept in transition)

# Column key -> Polish label, in the order of the grid and the template.
STAT_LABELS: dict[str, str] = {
    "pupils": "Uczniowie",
    "classes": "Oddziały",
    "teachers": "Nauczyciele ogółem",
    "trainee": "Stażyści",
    "contract": "Kontraktowi",
    "beginning": "Początkujący",
    "appointed": "Mianowani",
    "chartered": "Dyplomowani",
    "posts": "Etaty",
    "special_needs": "Uczniowie z orzeczeniem",
}
GRADES = ("trainee", "contract", "beginning", "appointed", "chartered")
OLD_GRADES = ("trainee", "contract")
SUPERVISION_LABELS = {"ewaluacja": "ewaluacja", "kontrola": "kontrola", "monitorowanie": "monitorowanie",
                      "inne": "inne"}  # fmt: skip
MONEY_LABELS = {
    "spending_current": "Wydatki bieżące na oświatę",
    "spending_capital": "Wydatki majątkowe na oświatę",
    "state_funding": "Subwencja oświatowa / potrzeby oświatowe",
    "transport_cost": "Koszt dowozu uczniów",
}


def check_school_year(value: str | None, field_name: str = "school_year") -> str:
    """'2025/2026' (also typed as '2025 / 2026'); the second year follows the first."""
    text = (value or "").strip()
    match = SCHOOL_YEAR.fullmatch(text)
    if not match or int(match[2]) != int(match[1]) + 1 or not 2000 <= int(match[1]) <= 2099:
        raise DomainError(f"Rok szkolny zapisz jako dwa kolejne lata, np. 2025/2026 (wpisano „{text}”).", field_name)
    return f"{match[1]}/{match[2]}"


def first_year(school_year: str) -> int:
    return int(school_year[:4])


def previous_school_year(school_year: str) -> str:
    start = first_year(school_year) - 1
    return f"{start}/{start + 1}"


def school_year_of_exam(year: int) -> str:
    """The exams of May 2025 close the school year 2024/2025."""
    return f"{year - 1}/{year}"


def current_school_year(today: dt.date | None = None) -> str:
    """The school year under way on ``today`` (it starts on 1 September)."""
    today = today or dt.date.today()
    start = today.year if today.month >= 9 else today.year - 1
    return f"{start}/{start + 1}"


def report_school_year(today: dt.date | None = None) -> str:
    """The year the report presented by 31 October is about: the one that ended last."""
    return previous_school_year(current_school_year(today))


def state_funding_label(budget_year: int) -> str:
    """Up to 2024 the subwencja oświatowa; from 2025 the "potrzeby oświatowe" (ustawa o dochodach JST of 2024)."""
    return "subwencja oświatowa" if budget_year <= 2024 else "potrzeby oświatowe"


def uses_old_grades(school_year: str) -> bool:
    return first_year(school_year) < GRADE_REFORM_YEAR


def parse_count(value: object, field_name: str, label: str) -> int | None:
    """A whole number ≥ 0 typed or read from a cell; empty means not given."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise DomainError(f"„{label}”: to ma być liczba całkowita.", field_name)
    if isinstance(value, int):
        number = value
    elif isinstance(value, float | Decimal):
        if value != int(value):
            raise DomainError(f"„{label}”: to ma być liczba całkowita (jest {format_number(value)}).", field_name)
        number = int(value)
    else:
        text = str(value).strip().replace(" ", "").replace("\u00a0", "")
        if not text:
            return None
        if not text.lstrip("-").isdigit():
            raise DomainError(f"„{label}”: to ma być liczba całkowita, np. 24 (wpisano „{str(value).strip()}”).",
                              field_name)  # fmt: skip
        number = int(text)
    if number < 0:
        raise DomainError(f"„{label}” nie może być mniejsze od zera.", field_name)
    if number > MAX_COUNT:
        raise DomainError(f"„{label}” jest za duże (najwyżej {format_number(MAX_COUNT)}).", field_name)
    return number


def parse_decimal(value: object, field_name: str, label: str, maximum: Decimal = MAX_MONEY) -> Decimal | None:
    """A number ≥ 0 with at most two decimal places ('12,5', '1 234 567,89'); empty means not given."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise DomainError(f"„{label}”: to ma być liczba.", field_name)
    if isinstance(value, int | float | Decimal):
        try:
            number = Decimal(str(value))
        except InvalidOperation as exc:
            raise DomainError(f"„{label}”: to ma być liczba.", field_name) from exc
    else:
        text = str(value).strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
        if text.lower().endswith("zł"):
            text = text[:-2]
        if not text:
            return None
        if not re.fullmatch(r"-?\d+(\.\d+)?", text):
            raise DomainError(f"„{label}”: to ma być liczba, np. 12,5 (wpisano „{str(value).strip()}”).", field_name)
        number = Decimal(text)
    if not number.is_finite():
        raise DomainError(f"„{label}”: to ma być liczba.", field_name)
    if number < 0:
        raise DomainError(f"„{label}” nie może być mniejsze od zera.", field_name)
    if number > maximum:
        raise DomainError(f"„{label}” jest za duże.", field_name)
    if number != number.quantize(Decimal("0.01")):
        raise DomainError(f"„{label}”: podaj najwyżej dwa miejsca po przecinku.", field_name)
    return number.quantize(Decimal("0.01"))


# ---------------------------------------------------------------- per school


@dataclass
class SchoolYearRow:
    """One school's figures for a school year; all None when nothing was typed yet."""

    school_id: int
    school_name: str = ""
    school_rspo: str = ""
    school_type: str = ""
    school_uid: str = ""
    pupils: int | None = None
    classes: int | None = None
    teachers: int | None = None
    trainee: int | None = None
    contract: int | None = None
    beginning: int | None = None
    appointed: int | None = None
    chartered: int | None = None
    posts: Decimal | None = None
    special_needs: int | None = None
    version: int | None = None  # None: no row stored yet

    def values(self) -> dict[str, object]:
        return {key: getattr(self, key) for key in STAT_LABELS}

    @property
    def is_empty(self) -> bool:
        return all(v is None for v in self.values().values())

    @property
    def graded(self) -> int | None:
        known = [getattr(self, g) for g in GRADES if getattr(self, g) is not None]
        return sum(known) if known else None


def validated_stats(row: SchoolYearRow, where: str = "") -> dict[str, object]:
    """The row's values after the rules; ``where`` (e.g. a school's name) is put before a refusal."""
    prefix = f"{where}: " if where else ""
    values: dict[str, object] = {}
    try:
        for key, label in STAT_LABELS.items():
            raw = getattr(row, key)
            if key == "posts":
                values[key] = parse_decimal(raw, key, label, Decimal("99999.99"))
            else:
                values[key] = parse_count(raw, key, label)
    except DomainError as exc:
        raise DomainError(prefix + exc.message, exc.field) from exc
    graded = [values[g] for g in GRADES if values[g] is not None]
    if values["teachers"] is not None and graded and sum(graded) > values["teachers"]:
        raise DomainError(
            f"{prefix}nauczycieli według stopni awansu ({sum(graded)}) jest więcej niż nauczycieli ogółem "
            f"({values['teachers']}).",
            "teachers",
        )
    return values


def _jst(s, jst_id: int) -> Jst:
    jst = s.get(Jst, jst_id)
    if jst is None:
        raise DomainError("Ten samorząd nie istnieje — mógł zostać usunięty w innym oknie.")
    return jst


def _year_rows_select(*where):
    """Each school's columns and its figures of the year (none where nothing is stored), as SchoolYearRow takes
    them (the rspo as given: None becomes "" below)."""
    return (
        select(School.id, School.name, School.rspo, School.school_type, School.uid,
               *(getattr(SchoolYearStats, key) for key in STAT_LABELS), SchoolYearStats.version)
        .outerjoin(SchoolYearStats, (SchoolYearStats.school_id == School.id)
                   & (SchoolYearStats.school_year == bindparam("school_year")))
        .where(*where)
    )  # fmt: skip


# Made and compiled once (db/plain_rows.py): the grid of the annual report reads it at every opening.
_YEAR_ROWS = Prepared(_year_rows_select(School.jst_id == bindparam("jst_id")))


def school_year_rows(db: Database, jst_id: int, school_year: str,
                     school_ids: Iterable[int] | None = None) -> list[SchoolYearRow]:  # fmt: skip
    """Every school of the JST (or those of ``school_ids``) with its figures for the year (empty where none are
    stored), by name. One query of plain columns: 2,000 schools read as ORM objects took a quarter of a second."""
    school_year = check_school_year(school_year)
    params = {"jst_id": jst_id, "school_year": school_year}
    with db.transaction() as s:
        if school_ids is None:
            found = plain_rows(s, _YEAR_ROWS, params)
        else:  # the few rows just stored
            query = _year_rows_select(School.jst_id == bindparam("jst_id"), School.id.in_(list(school_ids)))
            found = [tuple(row) for row in s.execute(query, params)]
    rows = [SchoolYearRow(school_id, name, rspo or "", *rest) for school_id, name, rspo, *rest in found]
    rows.sort(key=lambda r: polish_sort_key(r.school_name))
    return rows


def save_school_year_rows(db: Database, jst_id: int, school_year: str, rows: list[SchoolYearRow]) -> Change:
    """Store the grid for the year in one transaction; a row with every figure empty removes the stored one.

    The schools and their stored figures are read in one query each (not two per row: saving 2,000 rows took
    seconds); only the rows given are touched, so a screen passes the rows the user changed."""
    school_year = check_school_year(school_year)
    checked = [(row, validated_stats(row, row.school_name)) for row in rows]
    ids = []
    with db.transaction() as s:
        _jst(s, jst_id)
        wanted = [row.school_id for row, _values in checked]
        schools = {}
        stats = {}
        for chunk in range(0, len(wanted), 500):  # a bound list of ids at most 500 long (SQLite's old limit: 999)
            part = wanted[chunk : chunk + 500]
            schools.update(s.execute(select(School.id, School.jst_id).where(School.id.in_(part))).tuples().all())
            stats.update((st.school_id, st) for st in s.scalars(select(SchoolYearStats).where(
                SchoolYearStats.school_id.in_(part), SchoolYearStats.school_year == school_year)))  # fmt: skip
        for row, values in checked:
            if schools.get(row.school_id) != jst_id:
                raise DomainError(f"Szkoła „{row.school_name}” nie należy już do tego samorządu — odśwież widok.")
            stored = stats.get(row.school_id)
            if stored is not None:
                check_version(stored, row.version)
            if all(v is None for v in values.values()):
                if stored is not None:
                    s.delete(stored)
                continue
            if stored is None:
                stored = SchoolYearStats(school_id=row.school_id, school_year=school_year)
                s.add(stored)
            changed = False
            for key, value in values.items():
                if getattr(stored, key) != value:
                    setattr(stored, key, value)
                    changed = True
            if changed or stored.id is None:
                ids.append(row.school_id)
        s.flush()
    return Change(Kind.EDUCATION_DATA, jst_id, ids=tuple(ids))


def school_years(db: Database, jst_id: int) -> list[str]:
    """Every school year with any figure, narrative or result stored for the JST, newest first."""
    from wsparcie_desktop.db.models import ExamResult, ReportSection

    school_ids = select(School.id).where(School.jst_id == jst_id)
    # the stored years in one query, the exams' in another (five queries took a tenth of the screen's opening)
    years = union(
        select(SchoolYearStats.school_year).where(SchoolYearStats.school_id.in_(school_ids)),
        select(EducationYear.school_year).where(EducationYear.jst_id == jst_id),
        select(ReportSection.school_year).where(ReportSection.jst_id == jst_id),
        select(SupervisionEntry.school_year).where(SupervisionEntry.school_id.in_(school_ids)),
    )
    with db.transaction() as s:
        found = set(s.execute(years).scalars())
        found |= {school_year_of_exam(y) for y in s.scalars(select(ExamResult.year).where(
            ExamResult.school_id.in_(school_ids)).distinct())}  # fmt: skip
    return sorted(found, reverse=True)


def latest_school_year(db: Database, jst_id: int) -> str | None:
    years = school_years(db, jst_id)
    return years[0] if years else None


# ---------------------------------------------------------------- per JST


@dataclass
class JstYearData:
    """The JST's own figures for a school year; money in PLN as Decimal, None when not given."""

    school_year: str
    budget_year: int | None = None
    spending_current: Decimal | None = None
    spending_capital: Decimal | None = None
    state_funding: Decimal | None = None
    transported_pupils: int | None = None
    transport_cost: Decimal | None = None
    version: int | None = None

    @property
    def budget(self) -> int:
        return self.budget_year or first_year(self.school_year)

    @property
    def state_funding_label(self) -> str:
        return state_funding_label(self.budget)


def jst_year(db: Database, jst_id: int, school_year: str) -> JstYearData:
    school_year = check_school_year(school_year)
    with db.transaction() as s:
        row = s.scalar(select(EducationYear).where(EducationYear.jst_id == jst_id,
                                                   EducationYear.school_year == school_year))  # fmt: skip
        data = JstYearData(school_year)
        if row is not None:
            for f in fields(JstYearData):
                if f.name != "school_year":
                    setattr(data, f.name, getattr(row, f.name))
        return data


def save_jst_year(db: Database, jst_id: int, data: JstYearData) -> Change:
    school_year = check_school_year(data.school_year)
    budget_year = data.budget_year or first_year(school_year)
    if not 2000 <= int(budget_year) <= 2100:
        raise DomainError("Rok budżetowy musi być między 2000 a 2100.", "budget_year")
    values: dict[str, object] = {"budget_year": int(budget_year)}
    for key, label in MONEY_LABELS.items():
        values[key] = parse_decimal(getattr(data, key), key, label)
    values["transported_pupils"] = parse_count(data.transported_pupils, "transported_pupils", "Uczniowie dowożeni")
    with db.transaction() as s:
        _jst(s, jst_id)
        row = s.scalar(select(EducationYear).where(EducationYear.jst_id == jst_id,
                                                   EducationYear.school_year == school_year))  # fmt: skip
        if row is None:
            row = EducationYear(jst_id=jst_id, school_year=school_year)
            s.add(row)
        else:
            check_version(row, data.version)
        for key, value in values.items():
            setattr(row, key, value)
        s.flush()
        return Change(Kind.EDUCATION_DATA, jst_id, ids=(row.id,))


# ---------------------------------------------------------------- supervision


@dataclass
class SupervisionData:
    school_id: int
    school_year: str
    subject: str
    kind: str = "ewaluacja"
    result: str = ""
    id: int | None = None
    version: int | None = None
    school_name: str = field(default="", compare=False)


def list_supervision(db: Database, jst_id: int, school_year: str) -> list[SupervisionData]:
    school_year = check_school_year(school_year)
    with db.transaction() as s:
        rows = s.execute(
            select(SupervisionEntry, School.name)
            .join(School, School.id == SupervisionEntry.school_id)
            .where(School.jst_id == jst_id, SupervisionEntry.school_year == school_year)
        ).all()
        found = [SupervisionData(e.school_id, e.school_year, e.subject, e.kind, e.result, e.id, e.version, name)
                 for e, name in rows]  # fmt: skip
    found.sort(key=lambda d: (polish_sort_key(d.school_name), d.id))
    return found


def save_supervision(db: Database, jst_id: int, data: SupervisionData) -> Change:
    school_year = check_school_year(data.school_year)
    subject = " ".join((data.subject or "").split())
    if not subject:
        raise DomainError("Napisz, czego dotyczyła ewaluacja lub kontrola.", "subject")
    if data.kind not in SUPERVISION_KINDS:
        raise DomainError("Wybierz rodzaj nadzoru.", "kind")
    with db.transaction() as s:
        school = s.get(School, data.school_id) if data.school_id else None
        if school is None or school.jst_id != jst_id:
            raise DomainError("Wybierz szkołę tego samorządu.", "school_id")
        if data.id is None:
            entry = SupervisionEntry(school_id=school.id, school_year=school_year)
            s.add(entry)
        else:
            entry = s.get(SupervisionEntry, data.id)
            if entry is None:
                raise DomainError("Ten wpis nie istnieje — mógł zostać usunięty w innym oknie.")
            check_version(entry, data.version)
            entry.school_id = school.id
        entry.kind, entry.subject, entry.result = data.kind, subject, (data.result or "").strip()
        s.flush()
        return Change(Kind.EDUCATION_DATA, jst_id, ids=(entry.id,))


def delete_supervision(db: Database, jst_id: int, entry_id: int) -> Change:
    with db.transaction() as s:
        entry = s.get(SupervisionEntry, entry_id)
        if entry is not None:
            s.delete(entry)
    return Change(Kind.EDUCATION_DATA, jst_id, ids=(entry_id,), deleted=True)


# ---------------------------------------------------------------- the XLSX template


def import_template(db: Database, jst_id: int, school_year: str, path) -> Change:
    """Store the figures of a filled template for ``school_year`` in one transaction; a refusal names the cell."""
    from wsparcie_desktop.importers.education_template import read_template

    school_year = check_school_year(school_year)
    template = read_template(path)
    if template.school_year != school_year:
        raise DomainError(f"To szablon na rok szkolny {template.school_year or '(brak)'}, a wybrano {school_year}. "
                          "Wybierz właściwy rok albo plik; niczego nie zapisano.", "file")  # fmt: skip
    current = {r.school_uid: r for r in school_year_rows(db, jst_id, school_year)}
    rows = []
    for t in template.rows:
        row = current.get(t.uid)
        if row is None:
            raise DomainError(f"Komórka A{t.row}: szkoły „{t.name}” nie ma w rejestrze tego samorządu. Niczego nie "
                              "zapisano.", "file")  # fmt: skip
        for key, raw in t.values.items():
            label = f"Komórka {t.cell(key)} ({STAT_LABELS[key]}, {row.school_name})"
            try:
                value = parse_decimal(raw, key, label) if key == "posts" else parse_count(raw, key, label)
            except DomainError as exc:
                raise DomainError(exc.message.replace(f"„{label}”", label) + " Niczego nie zapisano.", "file") from exc
            setattr(row, key, value)
        row.version = None  # the file is the user's decision for these rows: no form version to compare
        rows.append(row)
    try:
        return save_school_year_rows(db, jst_id, school_year, rows)
    except DomainError as exc:
        raise DomainError(f"{exc.message} Niczego nie zapisano.", "file") from exc


def checked_school_year(db: Database, typed: str) -> str:
    """The school year a screen was given, checked (for ``ctx.run``: a refusal shows at the year field)."""
    return check_school_year(typed)
