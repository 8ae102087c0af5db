"""The external exams' results of the JST's schools: the CKE import (preview, then one transaction) and the
comparison figures of the powiat, the voivodeship and the country, each with where it came from.

Schools are matched by their RSPO number, the stable key of a school across years. The preview names the schools
of the register the file does not have and the schools of the JST's gmina (by TERYT) the register does not have.
Importing a school's results for an exam and year replaces what was stored for them; nothing else is touched.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, func, select

from wsparcie_desktop.changes import Change, Kind
from wsparcie_desktop.db.database import Database
from wsparcie_desktop.db.models import COMPARISON_LEVELS, EXAMS, ExamComparison, ExamResult, Jst, School
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.i18n import format_number, plural_form
from wsparcie_desktop.importers.cke import EXAM_NAMES, CkeFile, CkeRow, Progress, parse_cke
from wsparcie_desktop.importers.csv_stream import ImportCancelled
from wsparcie_desktop.services.education_data import parse_decimal
from wsparcie_desktop.services.schools import polish_sort_key

__all__ = ["ImportCancelled", "ExamPreview", "ExamImportReport", "preview_cke_import", "read_cke_file",
           "build_cke_preview", "apply_cke_import"]  # fmt: skip

EXAM_SCHOOL_TYPES = {
    "e8": ("szkola_podstawowa", "szkola_specjalna", "zespol_szkol"),
    "em": ("liceum", "technikum", "zespol_szkol"),
}
LEVEL_LABELS = {"powiat": "powiat", "wojewodztwo": "województwo", "kraj": "kraj"}
METRIC_FIELDS = ("takers", "mean", "std_dev", "median", "mode", "pass_rate", "laureates")
TYPED = "wpisano ręcznie"
ADD, REPLACE = "add", "replace"


def check_exam(exam: str) -> str:
    if exam not in EXAMS:
        raise DomainError("Wybierz egzamin: ósmoklasisty (e8) albo maturalny (em).", "exam")
    return exam


def check_year(year: int | str) -> int:
    try:
        value = int(str(year).strip())
    except ValueError as exc:
        raise DomainError(f"Rok egzaminu to cztery cyfry, np. 2025 (wpisano „{year}”).", "year") from exc
    if not 2000 <= value <= 2100:
        raise DomainError("Rok egzaminu musi być między 2000 a 2100.", "year")
    return value


@dataclass(frozen=True)
class Target:
    """Whose schools the file is read for."""

    jst_id: int
    jst_name: str
    teryt: str | None
    exam: str
    year: int
    schools: dict[str, tuple[int, str, str]]  # RSPO -> (school id, name, type)


@dataclass(frozen=True)
class PreviewRow:
    line: int
    rspo: str
    name: str
    school_id: int
    action: str
    subjects: int
    takers: int | None
    stored: int
    notes: tuple[str, ...] = ()

    @property
    def action_label(self) -> str:
        return "dodanie" if self.action == ADD else "zastąpienie zapisanych wyników"


@dataclass
class ExamPreview:
    target: Target
    file: CkeFile
    rows: list[PreviewRow]
    not_in_file: list[str] = field(default_factory=list)
    not_in_register: list[str] = field(default_factory=list)
    records: dict[str, CkeRow] = field(default_factory=dict, repr=False)

    @property
    def writable(self) -> int:
        return len(self.rows)

    def headline(self) -> str:
        t = self.target
        read = f"{format_number(self.file.rows_read)} {plural_form(self.file.rows_read, 'szkoła', 'szkoły', 'szkół')}"
        if not self.rows:
            return f"W pliku ({read}) nie ma żadnej szkoły z rejestru: {t.jst_name}."
        n = len(self.rows)
        found = f"{n} {plural_form(n, 'szkołę', 'szkoły', 'szkół')}"
        replaced = sum(1 for r in self.rows if r.action == REPLACE)
        tail = f", w tym {replaced} z zapisanymi już wynikami (zostaną zastąpione)" if replaced else ""
        return (f"{EXAM_NAMES[t.exam].capitalize()} {t.year}: w pliku ({read}) znaleziono {found} z rejestru "
                f"{t.jst_name}{tail}.")  # fmt: skip

    def warnings(self) -> list[str]:
        notes = []
        if self.not_in_file:
            notes.append("Tych szkół z rejestru nie ma w pliku (ich wyniki zostają bez zmian): "
                         + "; ".join(self.not_in_file) + ".")  # fmt: skip
        if self.not_in_register:
            notes.append("Te szkoły z pliku leżą w gminie samorządu, ale nie ma ich w rejestrze szkół (dopisz je, "
                         "podając numer RSPO, i wczytaj plik ponownie): " + "; ".join(self.not_in_register) + ".")  # fmt: skip
        if self.file.twins:
            notes.append("W pliku są podwójne kolumny tego samego wyniku; wzięto pierwszą, a drugą uzupełniono braki: "
                         + "; ".join(self.file.twins) + ".")  # fmt: skip
        if self.file.other_rows:
            n = self.file.other_rows
            notes.append(f"Pominięto {format_number(n)} {plural_form(n, 'szkołę', 'szkoły', 'szkół')} innych gmin.")
        if self.file.no_rspo_rows:
            notes.append(f"Wiersze bez numeru RSPO (pominięte): {format_number(self.file.no_rspo_rows)}.")
        return notes


@dataclass
class ExamImportReport:
    written: list[str] = field(default_factory=list)
    results: int = 0
    skipped: list[str] = field(default_factory=list)
    changes: tuple[Change, ...] = ()

    def summary(self) -> str:
        if not self.written:
            return "Nie zapisano żadnych wyników."
        n = len(self.written)
        return (f"Zapisano wyniki {n} {plural_form(n, 'szkoły', 'szkół', 'szkół')} "
                f"({format_number(self.results)} {plural_form(self.results, 'przedmiot', 'przedmioty', 'przedmiotów')}"
                ").")  # fmt: skip


def target(db: Database, jst_id: int, exam: str, year: int | str) -> Target:
    exam, year = check_exam(exam), check_year(year)
    with db.transaction() as s:
        jst = s.get(Jst, jst_id)
        if jst is None:
            raise DomainError("Ten samorząd nie istnieje — mógł zostać usunięty w innym oknie.")
        schools = {sc.rspo: (sc.id, sc.name, sc.school_type)
                   for sc in s.scalars(select(School).where(School.jst_id == jst_id, School.rspo.is_not(None)))}  # fmt: skip
        return Target(jst_id, jst.name, jst.teryt, exam, year, schools)


def read_cke_file(source: str | Path, tgt: Target, progress: Progress | None = None,
                  cancel: threading.Event | None = None, **options) -> CkeFile:  # fmt: skip
    """Read and filter the file (no data touched: safe in a worker thread)."""
    return parse_cke(source, tgt.exam, frozenset(tgt.schools), tgt.teryt, progress=progress, cancel=cancel, **options)


def build_cke_preview(db: Database, tgt: Target, cke: CkeFile) -> ExamPreview:
    with db.transaction() as s:
        stored = dict(
            s.execute(
                select(ExamResult.school_id, func.count())
                .where(ExamResult.school_id.in_([v[0] for v in tgt.schools.values()]), ExamResult.exam == tgt.exam,
                       ExamResult.year == tgt.year)
                .group_by(ExamResult.school_id)
            ).all()
        )  # fmt: skip
    rows, records, not_in_register = [], {}, []
    for rec in cke.rows:
        known = tgt.schools.get(rec.rspo)
        if known is None:
            where = ", ".join(x for x in (rec.city,) if x)
            not_in_register.append(f"{rec.name or 'bez nazwy'} (RSPO {rec.rspo or '—'}{', ' + where if where else ''})")
            continue
        if rec.rspo in records:
            continue  # the same school twice: the first row counts
        school_id, name, _ = known
        takers = [m.get("takers") for m in rec.results.values() if m.get("takers") is not None]
        subjects = sum(1 for m in rec.results.values() if any(v is not None for v in m.values()))
        n_stored = stored.get(school_id, 0)
        rows.append(PreviewRow(rec.line, rec.rspo, name, school_id, REPLACE if n_stored else ADD, subjects,
                               max(takers) if takers else None, n_stored, tuple(rec.notes)))  # fmt: skip
        records[rec.rspo] = rec
    relevant = EXAM_SCHOOL_TYPES[tgt.exam]
    not_in_file = sorted((f"{name} (RSPO {rspo})" for rspo, (_, name, kind) in tgt.schools.items()
                          if rspo not in records and kind in relevant), key=polish_sort_key)  # fmt: skip
    rows.sort(key=lambda r: polish_sort_key(r.name))
    return ExamPreview(tgt, cke, rows, not_in_file, sorted(not_in_register, key=polish_sort_key), records)


def preview_cke_import(db: Database, jst_id: int, source: str | Path, exam: str, year: int | str,
                       progress: Progress | None = None, cancel: threading.Event | None = None) -> ExamPreview:  # fmt: skip
    tgt = target(db, jst_id, exam, year)
    return build_cke_preview(db, tgt, read_cke_file(source, tgt, progress, cancel))


def apply_cke_import(db: Database, preview: ExamPreview,
                     exclude: set[str] | frozenset[str] = frozenset()) -> ExamImportReport:  # fmt: skip
    """Store the confirmed schools' results in one transaction; a school's earlier results for the exam and year
    are replaced."""
    tgt = preview.target
    report = ExamImportReport()
    with db.transaction() as s:
        ids = []
        for row in preview.rows:
            if row.rspo in exclude:
                report.skipped.append(row.name)
                continue
            school = s.get(School, row.school_id)
            if school is None or school.jst_id != tgt.jst_id or school.rspo != row.rspo:
                raise DomainError(f"Szkoła „{row.name}” zmieniła się w rejestrze od podglądu — wczytaj plik ponownie. "
                                  "Niczego nie zapisano.")  # fmt: skip
            s.execute(delete(ExamResult).where(ExamResult.school_id == school.id, ExamResult.exam == tgt.exam,
                                               ExamResult.year == tgt.year))  # fmt: skip
            for subject, metrics in preview.records[row.rspo].results.items():
                if all(metrics.get(k) is None for k in METRIC_FIELDS):
                    continue
                s.add(ExamResult(school_id=school.id, exam=tgt.exam, year=tgt.year, subject=subject[:120],
                                 **{k: metrics.get(k) for k in METRIC_FIELDS}))  # fmt: skip
                report.results += 1
            report.written.append(row.name)
            ids.append(school.id)
        s.flush()
    if ids:
        report.changes = (Change(Kind.EXAM, tgt.jst_id, ids=tuple(ids)),)
    return report


# ---------------------------------------------------------------- reading the stored results


@dataclass(frozen=True)
class ResultData:
    school_id: int
    school_name: str
    exam: str
    year: int
    subject: str
    takers: int | None
    mean: Decimal | None
    std_dev: Decimal | None
    median: Decimal | None
    mode: Decimal | None
    pass_rate: Decimal | None
    laureates: int | None


def list_results(db: Database, jst_id: int, exam: str | None = None, year: int | None = None) -> list[ResultData]:
    with db.transaction() as s:
        # the columns, not ORM objects: 6,000 results of 2,000 schools read in a tenth of the time
        query = select(ExamResult.school_id, School.name, ExamResult.exam, ExamResult.year, ExamResult.subject,
                       *(getattr(ExamResult, k) for k in METRIC_FIELDS)).join(
            School, School.id == ExamResult.school_id).where(School.jst_id == jst_id)  # fmt: skip
        if exam:
            query = query.where(ExamResult.exam == exam)
        if year:
            query = query.where(ExamResult.year == year)
        found = [ResultData(*row) for row in s.execute(query).all()]
    found.sort(key=lambda r: (r.exam, -r.year, polish_sort_key(r.school_name), r.subject))
    return found


def exam_years(db: Database, jst_id: int) -> list[tuple[str, int]]:
    with db.transaction() as s:
        rows = s.execute(select(ExamResult.exam, ExamResult.year).join(School).where(School.jst_id == jst_id)
                         .distinct()).all()  # fmt: skip
    return sorted({(e, y) for e, y in rows}, key=lambda p: (p[0], -p[1]))


def jst_means(results: list[ResultData]) -> dict[str, Decimal | None]:
    """The JST's mean per subject, weighted by the takers of the schools whose mean was published."""
    sums: dict[str, list[Decimal]] = {}
    for r in results:
        acc = sums.setdefault(r.subject, [Decimal(0), Decimal(0)])
        if r.mean is not None and r.takers:
            acc[0] += r.mean * r.takers
            acc[1] += r.takers
    return {k: (v[0] / v[1]).quantize(Decimal("0.1")) if v[1] else None for k, v in sums.items()}


# ---------------------------------------------------------------- comparisons


@dataclass
class ComparisonData:
    exam: str
    year: int
    subject: str
    level: str
    mean: Decimal | str | None
    source: str = TYPED
    id: int | None = None


def list_comparisons(db: Database, jst_id: int, exam: str, year: int) -> list[ComparisonData]:
    with db.transaction() as s:
        rows = s.scalars(select(ExamComparison).where(ExamComparison.jst_id == jst_id, ExamComparison.exam == exam,
                                                      ExamComparison.year == year))  # fmt: skip
        return [ComparisonData(r.exam, r.year, r.subject, r.level, r.mean, r.source, r.id) for r in rows]


def save_comparisons(db: Database, jst_id: int, items: list[ComparisonData]) -> Change:
    """Store (or clear, when the mean is empty) the comparison figures, in one transaction."""
    checked = []
    for item in items:
        check_exam(item.exam)
        year = check_year(item.year)
        if item.level not in COMPARISON_LEVELS:
            raise DomainError("Wybierz poziom porównania: powiat, województwo albo kraj.", "level")
        subject = " ".join((item.subject or "").split())
        if not subject:
            raise DomainError("Podaj przedmiot.", "subject")
        mean = parse_decimal(item.mean, "mean", f"{subject}, {LEVEL_LABELS[item.level]}", Decimal(100))
        source = " ".join((item.source or TYPED).split())[:300]
        checked.append((item.exam, year, subject[:120], item.level, mean, source))
    ids = []
    with db.transaction() as s:
        if s.get(Jst, jst_id) is None:
            raise DomainError("Ten samorząd nie istnieje — mógł zostać usunięty w innym oknie.")
        for exam, year, subject, level, mean, source in checked:
            row = s.scalar(select(ExamComparison).where(
                ExamComparison.jst_id == jst_id, ExamComparison.exam == exam, ExamComparison.year == year,
                ExamComparison.subject == subject, ExamComparison.level == level))  # fmt: skip
            if mean is None:
                if row is not None:
                    s.delete(row)
                continue
            if row is None:
                row = ExamComparison(jst_id=jst_id, exam=exam, year=year, subject=subject, level=level)
                s.add(row)
            if (row.mean, row.source) != (mean, source):
                row.mean, row.source = mean, source
            s.flush()
            ids.append(row.id)
    return Change(Kind.EXAM, jst_id, ids=tuple(ids))
